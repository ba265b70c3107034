//! What an inline button carries back when pressed (Telegram's `callback_data`, at most 64
//! bytes), encoded as short text. Anything that does not decode was not issued by this bot and is
//! answered politely, never trusted.

use crate::knowledge::MAX_ID_LEN;

/// Telegram's limit on `callback_data`.
pub const MAX_CALLBACK_BYTES: usize = 64;

/// A button's meaning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Callback {
    /// Show this entry (a topic, a suggestion, a related question).
    Entry(String),
    /// Show this page of the topic list.
    Topics(usize),
    /// 👍 (`true`) or 👎 (`false`) on this entry.
    Vote { entry: String, helpful: bool },
    /// "None of these: talk to someone".
    TalkToSomeone,
}

impl Callback {
    /// The `callback_data` string.
    pub fn encode(&self) -> String {
        let data = match self {
            Callback::Entry(id) => format!("e:{id}"),
            Callback::Topics(page) => format!("t:{page}"),
            Callback::Vote { entry, helpful } => {
                format!("v:{}:{entry}", if *helpful { '+' } else { '-' })
            }
            Callback::TalkToSomeone => "h".to_owned(),
        };
        debug_assert!(data.len() <= MAX_CALLBACK_BYTES);
        data
    }

    /// Reads a `callback_data` string; `None` for anything this bot did not issue.
    pub fn decode(data: &str) -> Option<Callback> {
        if data.len() > MAX_CALLBACK_BYTES {
            return None;
        }
        let valid_id = |id: &str| {
            !id.is_empty()
                && id.len() <= MAX_ID_LEN
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
        };
        match data.split_once(':') {
            None if data == "h" => Some(Callback::TalkToSomeone),
            Some(("e", id)) if valid_id(id) => Some(Callback::Entry(id.to_owned())),
            Some(("t", page)) if page.len() <= 4 => page.parse().ok().map(Callback::Topics),
            Some(("v", rest)) => {
                let (sign, id) = rest.split_once(':')?;
                let helpful = match sign {
                    "+" => true,
                    "-" => false,
                    _ => return None,
                };
                valid_id(id).then(|| Callback::Vote {
                    entry: id.to_owned(),
                    helpful,
                })
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_fits_the_limit() {
        let long_id = "a".repeat(MAX_ID_LEN);
        for callback in [
            Callback::Entry(long_id.clone()),
            Callback::Topics(12),
            Callback::Vote {
                entry: long_id.clone(),
                helpful: true,
            },
            Callback::Vote {
                entry: "faq4".into(),
                helpful: false,
            },
            Callback::TalkToSomeone,
        ] {
            let data = callback.encode();
            assert!(data.len() <= MAX_CALLBACK_BYTES, "{data}");
            assert_eq!(Callback::decode(&data), Some(callback));
        }
    }

    #[test]
    fn rejects_what_it_did_not_issue() {
        for data in [
            "",
            "x",
            "e:",
            "e:Bad Id",
            "t:-1",
            "t:99999",
            "v:?:faq1",
            "v:+:",
            "h:1",
            &"e:a".repeat(40),
        ] {
            assert_eq!(Callback::decode(data), None, "{data}");
        }
    }
}
