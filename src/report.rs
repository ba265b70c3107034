//! What people could not find, for staff: the unanswered questions kept by the [`Store`],
//! grouped by similarity (`faqbot report`), and turned into proposals of new `ask:` lines or new
//! questions (`faqbot suggest`). Nothing here changes the knowledge: staff decide.
//!
//! [`Store`]: crate::store::Store

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::knowledge::Knowledge;
use crate::matcher::tuning::SUGGEST_MIN_SCORE;
use crate::store::Unanswered;

/// Messages that say about the same thing, most frequent first.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// The messages, the first one representing the group.
    pub texts: Vec<String>,
    /// The entry that came closest, with its best confidence.
    pub nearest: Option<(String, f32)>,
}

/// Two messages belong together when this share of their words (stems, stop words aside) is
/// common to both (Jaccard).
const SAME_GROUP: f64 = 0.5;

fn jaccard(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let common = a.iter().filter(|x| b.contains(x)).count();
    common as f64 / (a.len() + b.len() - common) as f64
}

/// Groups kept messages by similarity, biggest groups first.
pub fn group(kept: &[Unanswered]) -> Vec<Group> {
    let mut groups: Vec<(Vec<String>, Group)> = Vec::new();
    for message in kept {
        let words = crate::text::content_stems(&message.text);
        let best = message.candidates.first().cloned();
        match groups
            .iter_mut()
            .find(|(g, _)| jaccard(g, &words) >= SAME_GROUP)
        {
            Some((_, group)) => {
                group.texts.push(message.text.clone());
                if let Some((id, score)) = best
                    && group.nearest.as_ref().is_none_or(|(_, s)| score > *s)
                {
                    group.nearest = Some((id, score));
                }
            }
            None => groups.push((
                words,
                Group {
                    texts: vec![message.text.clone()],
                    nearest: best,
                },
            )),
        }
    }
    let mut groups: Vec<Group> = groups.into_iter().map(|(_, g)| g).collect();
    groups.sort_by_key(|g| std::cmp::Reverse(g.texts.len()));
    groups
}

/// `faqbot suggest`: for each group, either a new `ask:` line for the entry that nearly
/// answered it, or a new question no entry covers. Printed ready to paste.
pub fn suggestions(kept: &[Unanswered], k: &Knowledge) -> String {
    let groups = group(kept);
    let mut for_entries: BTreeMap<String, Vec<&Group>> = BTreeMap::new();
    let mut uncovered: Vec<&Group> = Vec::new();
    for group in &groups {
        match &group.nearest {
            Some((id, score)) if *score >= SUGGEST_MIN_SCORE && k.entry(id).is_some() => {
                for_entries.entry(id.clone()).or_default().push(group)
            }
            _ => uncovered.push(group),
        }
    }
    let mut out = String::new();
    if groups.is_empty() {
        out.push_str("No unanswered questions are kept: nothing to suggest.\n");
        return out;
    }
    for (id, groups) in &for_entries {
        let Some(entry) = k.entry(id) else { continue };
        let _ = writeln!(
            out,
            "# {}:{} — `{id}` ({}) nearly answered these. If it does answer them, add under its heading:",
            entry.file.display(),
            entry.line,
            entry.title
        );
        for group in groups {
            let _ = writeln!(
                out,
                "ask: {}    <!-- asked {} time(s) -->",
                as_question(&group.texts[0]),
                group.texts.len()
            );
        }
        out.push('\n');
    }
    if !uncovered.is_empty() {
        out.push_str("# No entry answers these. Write an answer (with clinical review), or list them in not-covered.md:\n");
        for group in &uncovered {
            let _ = writeln!(
                out,
                "## {}    <!-- asked {} time(s) -->",
                as_question(&group.texts[0]),
                group.texts.len()
            );
        }
    }
    out
}

/// A message tidied into a question line: one line, trimmed, capitalised, at most 120 characters.
fn as_question(text: &str) -> String {
    let line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let line = crate::reply::shorten(&line, 120);
    let mut chars = line.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::tests::sample;

    fn kept(text: &str, nearest: Option<(&str, f32)>) -> Unanswered {
        Unanswered {
            at: 0,
            status: "no_match".into(),
            text: text.into(),
            candidates: nearest
                .map(|(id, s)| vec![(id.to_owned(), s)])
                .unwrap_or_default(),
        }
    }

    #[test]
    fn similar_messages_are_grouped_biggest_first() {
        let groups = group(&[
            kept("do you take insurance", None),
            kept("how long does withdrawal last", Some(("withdrawal", 0.3))),
            kept("does my insurance cover it", None),
            kept(
                "how long does ket withdrawal last",
                Some(("withdrawal", 0.35)),
            ),
            kept("do you take insurance?", None),
        ]);
        assert_eq!(groups.len(), 3);
        assert_eq!(groups[0].texts.len(), 2);
        assert_eq!(groups[1].nearest, Some(("withdrawal".to_owned(), 0.35)));
    }

    #[test]
    fn suggestions_are_ready_to_paste() {
        let k = sample();
        let text = suggestions(
            &[
                kept("how long does withdrawal last", Some(("withdrawal", 0.3))),
                kept("do you take insurance", Some(("addictive", 0.05))),
            ],
            &k,
        );
        assert!(text.contains("# faq.md:7 — `withdrawal`"), "{text}");
        assert!(
            text.contains("ask: How long does withdrawal last    <!-- asked 1 time(s) -->"),
            "{text}"
        );
        assert!(text.contains("## Do you take insurance"), "{text}");
    }
}
