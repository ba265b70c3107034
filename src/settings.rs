//! Settings from the environment (and `.env`, loaded by the binary with dotenvy before this
//! runs). Every setting is listed once, in [`KNOWN`], with its meaning and default: `.env.example`
//! documents the same list, and a `FAQBOT_…` name that is not in it is an error, not a silently
//! ignored typo.
//!
//! The bot token is a [`Token`]: its `Debug` and `Display` never show the secret part.

use std::collections::HashMap;
use std::fmt;
use std::path::PathBuf;

/// A setting: name, meaning, default (`None` when empty by default).
pub struct Setting {
    pub name: &'static str,
    pub meaning: &'static str,
    pub default: Option<&'static str>,
}

/// Every setting faqbot reads.
pub const KNOWN: &[Setting] = &[
    Setting {
        name: "TELOXIDE_TOKEN",
        meaning: "the bot token from @BotFather (needed by `faqbot serve` only)",
        default: None,
    },
    Setting {
        name: "TELOXIDE_API_URL",
        meaning: "another Bot API server, e.g. a local one (default: Telegram's)",
        default: None,
    },
    Setting {
        name: "FAQBOT_KNOWLEDGE_DIR",
        meaning: "the knowledge folder",
        default: Some("knowledge"),
    },
    Setting {
        name: "FAQBOT_INDEX_DIR",
        meaning: "where the search index is kept",
        default: Some("index"),
    },
    Setting {
        name: "FAQBOT_DATA_DIR",
        meaning: "where the store of unanswered questions, votes and counts is kept",
        default: Some("data"),
    },
    Setting {
        name: "FAQBOT_KEEP_UNANSWERED",
        meaning: "keep the text of unanswered questions for staff (true/false); counts and votes are kept either way",
        default: Some("true"),
    },
    Setting {
        name: "FAQBOT_RETENTION_DAYS",
        meaning: "days after which kept questions, votes and counts are deleted",
        default: Some("30"),
    },
    Setting {
        name: "FAQBOT_WATCH",
        meaning: "reload the knowledge by itself when a file in it changes (true/false)",
        default: Some("true"),
    },
    Setting {
        name: "FAQBOT_WEBHOOK_URL",
        meaning: "for `faqbot serve --webhook`: the public https address Telegram posts updates to",
        default: None,
    },
    Setting {
        name: "FAQBOT_WEBHOOK_LISTEN",
        meaning: "for `faqbot serve --webhook`: the local address the webhook server listens on",
        default: Some("0.0.0.0:8443"),
    },
    Setting {
        name: "FAQBOT_WEBHOOK_SECRET",
        meaning: "for `faqbot serve --webhook`: the secret Telegram sends with every update (A-Z a-z 0-9 _ -, up to 256); a random one when empty",
        default: None,
    },
    Setting {
        name: "FAQBOT_LOG",
        meaning: "log filter (tracing syntax: error, warn, info, debug)",
        default: Some("info"),
    },
    Setting {
        name: "FAQBOT_LOG_MESSAGE_TEXT",
        meaning: "also log what people write, at debug level only (true/false); for local debugging, never in production",
        default: Some("false"),
    },
];

const PREFIX: &str = "FAQBOT_";

/// A bot token. Shown as `123456:***`.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    /// Checks the shape `<digits>:<letters, digits, _ or ->`.
    pub fn parse(raw: &str) -> Result<Token, SettingsError> {
        let raw = raw.trim();
        let valid = match raw.split_once(':') {
            Some((id, secret)) => {
                !id.is_empty()
                    && id.len() <= 20
                    && id.chars().all(|c| c.is_ascii_digit())
                    && secret.len() >= 10
                    && secret
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            }
            None => false,
        };
        if valid {
            Ok(Token(raw.to_owned()))
        } else {
            Err(SettingsError::MalformedToken)
        }
    }

    /// The whole token, to hand to teloxide. Never log it.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The secret part, to scrub it from any text before logging.
    pub fn secret(&self) -> &str {
        self.0.split_once(':').map(|(_, s)| s).unwrap_or(&self.0)
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Token({self})")
    }
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let id = self.0.split_once(':').map(|(id, _)| id).unwrap_or("");
        write!(f, "{id}:***")
    }
}

/// What is wrong with the settings, said so the operator can fix it.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SettingsError {
    #[error(
        "TELOXIDE_TOKEN is not set: create a bot with @BotFather on Telegram and put its token in .env (TELOXIDE_TOKEN=123456:ABC...), or try the bot without Telegram: faqbot chat"
    )]
    MissingToken,
    #[error(
        "TELOXIDE_TOKEN is malformed: a token looks like 123456789:AAE3x-… (digits, a colon, then letters, digits, _ or -); copy it again from @BotFather"
    )]
    MalformedToken,
    #[error("TELOXIDE_API_URL `{0}` is not a web address like http://127.0.0.1:8081")]
    MalformedApiUrl(String),
    #[error("{name}=`{value}` is not valid: {expected}")]
    Invalid {
        name: String,
        value: String,
        expected: String,
    },
    #[error("unknown setting {name}{hint}")]
    Unknown { name: String, hint: String },
}

/// The settings, read and checked.
#[derive(Debug, Clone)]
pub struct Settings {
    pub token: Option<Token>,
    pub api_url: Option<String>,
    pub knowledge_dir: PathBuf,
    pub index_dir: PathBuf,
    pub log_filter: String,
    pub log_message_text: bool,
    /// Telegram user ids of the admins.
    pub admin_ids: Vec<u64>,
    pub data_dir: PathBuf,
    pub keep_unanswered: bool,
    pub retention_days: u32,
    pub watch: bool,
    pub webhook_url: Option<String>,
    pub webhook_listen: String,
    pub webhook_secret: Option<String>,
}

impl Settings {
    /// Reads the process environment.
    pub fn from_env() -> Result<Settings, SettingsError> {
        Settings::from_map(&std::env::vars().collect())
    }

    /// Reads settings from `vars` (the environment, or a test's map).
    pub fn from_map(vars: &HashMap<String, String>) -> Result<Settings, SettingsError> {
        for name in vars.keys().filter(|k| k.starts_with(PREFIX)) {
            if !KNOWN.iter().any(|s| s.name == name) {
                return Err(SettingsError::Unknown {
                    name: name.clone(),
                    hint: hint(name),
                });
            }
        }
        let get = |name: &str| -> Option<String> {
            vars.get(name)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
                .or_else(|| default_of(name).map(str::to_owned))
        };
        let token = get("TELOXIDE_TOKEN")
            .map(|t| Token::parse(&t))
            .transpose()?;
        let api_url = get("TELOXIDE_API_URL");
        if let Some(url) = &api_url
            && !(url.starts_with("http://") || url.starts_with("https://"))
        {
            return Err(SettingsError::MalformedApiUrl(url.clone()));
        }
        Ok(Settings {
            token,
            api_url,
            knowledge_dir: PathBuf::from(get("FAQBOT_KNOWLEDGE_DIR").unwrap_or_default()),
            index_dir: PathBuf::from(get("FAQBOT_INDEX_DIR").unwrap_or_default()),
            log_filter: get("FAQBOT_LOG").unwrap_or_default(),
            log_message_text: parse_bool(
                "FAQBOT_LOG_MESSAGE_TEXT",
                &get("FAQBOT_LOG_MESSAGE_TEXT").unwrap_or_default(),
            )?,
            admin_ids: parse_ids("ADMIN_IDS", &get("ADMIN_IDS").unwrap_or_default())?,
            data_dir: PathBuf::from(get("FAQBOT_DATA_DIR").unwrap_or_default()),
            keep_unanswered: parse_bool(
                "FAQBOT_KEEP_UNANSWERED",
                &get("FAQBOT_KEEP_UNANSWERED").unwrap_or_default(),
            )?,
            retention_days: parse_number(
                "FAQBOT_RETENTION_DAYS",
                &get("FAQBOT_RETENTION_DAYS").unwrap_or_default(),
                1..=3650,
            )?,
            watch: parse_bool("FAQBOT_WATCH", &get("FAQBOT_WATCH").unwrap_or_default())?,
            webhook_url: get("FAQBOT_WEBHOOK_URL"),
            webhook_listen: get("FAQBOT_WEBHOOK_LISTEN").unwrap_or_default(),
            webhook_secret: get("FAQBOT_WEBHOOK_SECRET"),
        })
    }

    /// The token, or the error that tells the operator how to get one.
    pub fn require_token(&self) -> Result<&Token, SettingsError> {
        self.token.as_ref().ok_or(SettingsError::MissingToken)
    }
}

fn default_of(name: &str) -> Option<&'static str> {
    KNOWN
        .iter()
        .find(|s| s.name == name)
        .and_then(|s| s.default)
}

fn parse_bool(name: &str, value: &str) -> Result<bool, SettingsError> {
    match value.to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "on" => Ok(true),
        "false" | "0" | "no" | "off" | "" => Ok(false),
        _ => Err(SettingsError::Invalid {
            name: name.to_owned(),
            value: value.to_owned(),
            expected: "true or false".to_owned(),
        }),
    }
}

fn parse_ids(name: &str, value: &str) -> Result<Vec<u64>, SettingsError> {
    value
        .split(',')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(|v| {
            v.parse::<u64>().map_err(|_| SettingsError::Invalid {
                name: name.to_owned(),
                value: value.to_owned(),
                expected:
                    "Telegram user ids (numbers) separated by commas, e.g. 123456789,987654321"
                        .to_owned(),
            })
        })
        .collect()
}

fn parse_number(
    name: &str,
    value: &str,
    range: std::ops::RangeInclusive<u32>,
) -> Result<u32, SettingsError> {
    match value.parse::<u32>() {
        Ok(n) if range.contains(&n) => Ok(n),
        _ => Err(SettingsError::Invalid {
            name: name.to_owned(),
            value: value.to_owned(),
            expected: format!("a whole number from {} to {}", range.start(), range.end()),
        }),
    }
}

fn hint(name: &str) -> String {
    let best = KNOWN
        .iter()
        .map(|s| (strsim::jaro_winkler(name, s.name), s.name))
        .max_by(|a, b| a.0.total_cmp(&b.0));
    match best {
        Some((similarity, known)) if similarity > 0.85 => format!(" (did you mean {known}?)"),
        _ => " (see .env.example for the settings faqbot reads)".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(pairs: &[(&str, &str)]) -> Result<Settings, SettingsError> {
        Settings::from_map(
            &pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
        )
    }

    #[test]
    fn defaults_apply() {
        let s = settings(&[]).unwrap();
        assert_eq!(s.knowledge_dir, PathBuf::from("knowledge"));
        assert_eq!(s.index_dir, PathBuf::from("index"));
        assert!(s.token.is_none());
        assert_eq!(s.require_token(), Err(SettingsError::MissingToken));
        assert!(!s.log_message_text);
        assert!(s.admin_ids.is_empty());
        assert_eq!(
            (s.retention_days, s.keep_unanswered, s.watch),
            (30, true, true)
        );
        assert_eq!(s.data_dir, PathBuf::from("data"));
    }

    #[test]
    fn admin_ids_and_numbers_are_checked() {
        assert_eq!(
            settings(&[("ADMIN_IDS", " 12, 34 ")]).unwrap().admin_ids,
            vec![12, 34]
        );
        assert!(
            settings(&[("ADMIN_IDS", "12,abc")])
                .unwrap_err()
                .to_string()
                .contains("ADMIN_IDS")
        );
        assert!(settings(&[("FAQBOT_RETENTION_DAYS", "0")]).is_err());
        assert_eq!(
            settings(&[("FAQBOT_RETENTION_DAYS", "7")])
                .unwrap()
                .retention_days,
            7
        );
    }

    #[test]
    fn the_token_is_checked_and_never_shown() {
        let s = settings(&[("TELOXIDE_TOKEN", "123456789:AAE3xSECRETsecret_-9")]).unwrap();
        let token = s.token.unwrap();
        assert_eq!(format!("{token}"), "123456789:***");
        assert_eq!(format!("{token:?}"), "Token(123456789:***)");
        assert!(
            !format!(
                "{s:?}",
                s = settings(&[("TELOXIDE_TOKEN", "1:AAE3xSECRETsecret")]).unwrap()
            )
            .contains("SECRET")
        );
        for bad in [
            "nonsense",
            "abc:defghijklmnop",
            "123:short",
            "123:has space inside",
        ] {
            assert_eq!(
                settings(&[("TELOXIDE_TOKEN", bad)]).unwrap_err(),
                SettingsError::MalformedToken,
                "{bad}"
            );
        }
    }

    #[test]
    fn unknown_and_invalid_settings_are_errors() {
        let err = settings(&[("FAQBOT_KNOWLEDGE_DIRR", "x")]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown setting FAQBOT_KNOWLEDGE_DIRR (did you mean FAQBOT_KNOWLEDGE_DIR?)"
        );
        assert!(settings(&[("FAQBOT_LOG_MESSAGE_TEXT", "maybe")]).is_err());
        assert!(settings(&[("TELOXIDE_API_URL", "127.0.0.1:8081")]).is_err());
        assert!(settings(&[("OTHER_PROGRAM_SETTING", "x")]).is_ok());
    }

    #[test]
    fn error_messages_say_what_to_do() {
        assert!(
            SettingsError::MissingToken
                .to_string()
                .contains("@BotFather")
        );
        assert!(
            SettingsError::MissingToken
                .to_string()
                .contains("faqbot chat")
        );
    }
}
