//! `answer-model.md`: the weights of the learned second reader for answers, as
//! `faqbot learn-answers` wrote them. `matcher::answer_model` compiles and applies them.
//!
//! ```markdown
//! ## model
//! threshold: 0.9
//! threshold_suggested: 0.4
//! margin: 0.2
//!
//! ## biases
//! - -3.214 withdrawal
//!
//! ## weights
//! - rattl: 2.310 withdrawal, -0.410 faq5
//! - come off: 1.120 withdrawal
//! ```

use super::crisis_model::{feature_key_of_words, parse_threshold};
use super::fields::check_known_fields;
use super::problem::Problem;
use super::source::SourceFile;

/// The model as written: for each entry id a bias, and for each feature (one word stem, or two
/// neighbouring ones) a weight per entry it tells of.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AnswerModelWeights {
    /// How likely an entry must be for it to be answered where the search found no answer
    /// for want of a good match; `None` when staff wrote `off`.
    pub threshold: Option<f32>,
    /// The same where the search offered "did you mean…" (absent: as `threshold`).
    pub threshold_suggested: Option<f32>,
    /// How much more likely than the search's answer another entry must be to take its place;
    /// `None` (`off`) when the search's answers stand.
    pub margin: Option<f32>,
    /// How likely it must be that a message asks nothing the knowledge answers (the weights of
    /// [`DECLINED_ID`]) for an answer to give way; `None` (`off`, or absent) when it never does.
    pub decline: Option<f32>,
    /// How likely a smalltalk intent (the weights of a [`smalltalk_id`]) must be for a message
    /// nothing answers to get its reply; `None` (`off`, or absent) when it never does.
    pub smalltalk: Option<f32>,
    /// How likely an entry must be for a message declined for a reason (a `not-covered.md`
    /// phrase, another substance) to be answered all the same; `None` (`off`, or absent) when
    /// such a message is always declined.
    pub threshold_not_covered: Option<f32>,
    /// The entry ids the model knows, each with its line in the file (to name it when the
    /// knowledge has no such entry).
    pub ids: Vec<(String, usize)>,
    /// Bias by position in `ids`.
    pub biases: Vec<f32>,
    /// (feature key, position in `ids`, weight), in file order.
    pub weights: Vec<(u64, u32, f32)>,
}

/// The name under which `answer-model.md` keeps what tells a question the knowledge does not
/// answer: no entry id has parentheses.
pub const DECLINED_ID: &str = "(declined)";

/// The name under which `answer-model.md` keeps what tells of a smalltalk intent
/// (`smalltalk.md`'s heading "How are you": `(smalltalk:how-are-you)`).
pub fn smalltalk_id(intent: &str) -> String {
    let slug: Vec<String> = intent.split_whitespace().map(str::to_lowercase).collect();
    format!("(smalltalk:{})", slug.join("-"))
}

/// Reads `answer-model.md`: `## model` (`threshold:`, `threshold_suggested:`, `margin:`,
/// `decline:`, `smalltalk:`, `threshold_not_covered:`), `## biases` and `## weights`.
pub fn answer_model_of(
    file: &SourceFile,
    problems: &mut Vec<Problem>,
) -> Option<AnswerModelWeights> {
    let path = file.path.as_path();
    let errors_before = problems.iter().filter(|p| p.is_error()).count();
    let mut model = AnswerModelWeights::default();
    let mut positions: rustc_hash::FxHashMap<String, u32> = rustc_hash::FxHashMap::default();
    let (mut threshold, mut threshold_suggested, mut margin) = (None, None, None);
    let (mut decline, mut smalltalk, mut threshold_not_covered) = (None, None, None);
    let (mut seen_biases, mut seen_weights) = (false, false);
    const RELEARN: &str = "run `faqbot learn-answers` rather than editing weights by hand";
    for section in &file.sections {
        let lines = || {
            section
                .body
                .lines()
                .enumerate()
                .filter_map(|(offset, line)| {
                    let number = section
                        .body_line_numbers
                        .get(offset)
                        .copied()
                        .unwrap_or(section.line);
                    let line = line.trim();
                    (!line.is_empty()).then_some((number, line))
                })
        };
        match section.heading.to_lowercase().as_str() {
            "model" => {
                check_known_fields(
                    path,
                    section,
                    &[
                        "threshold",
                        "threshold_suggested",
                        "margin",
                        "decline",
                        "smalltalk",
                        "threshold_not_covered",
                    ],
                    problems,
                );
                for field in &section.fields {
                    let slot = match field.key.as_str() {
                        "threshold" => &mut threshold,
                        "threshold_suggested" => &mut threshold_suggested,
                        "margin" => &mut margin,
                        "decline" => &mut decline,
                        "smalltalk" => &mut smalltalk,
                        "threshold_not_covered" => &mut threshold_not_covered,
                        _ => continue,
                    };
                    *slot = Some(parse_threshold(&field.value).unwrap_or_else(|| {
                        problems.push(Problem::error(
                            path,
                            field.line,
                            format!("`{}:` is a number between 0 and 1, or `off`", field.key),
                        ));
                        None
                    }));
                }
            }
            "biases" => {
                check_known_fields(path, section, &[], problems);
                seen_biases = true;
                for (number, line) in lines() {
                    match parse_bias(line) {
                        Some((bias, id)) if !positions.contains_key(id) => {
                            positions.insert(id.to_owned(), model.ids.len() as u32);
                            model.ids.push((id.to_owned(), number));
                            model.biases.push(bias);
                        }
                        Some((_, id)) => problems.push(Problem::error(
                            path,
                            number,
                            format!("`{id}` has a bias already"),
                        )),
                        None => problems.push(Problem::error(
                            path,
                            number,
                            format!("write a bias as `- -3.25 entry_id`: {RELEARN}"),
                        )),
                    }
                }
            }
            "weights" => {
                check_known_fields(path, section, &[], problems);
                seen_weights = true;
                for (number, line) in lines() {
                    match parse_weights(line) {
                        Some((key, weights)) => {
                            for (weight, id) in weights {
                                match positions.get(id) {
                                    Some(&at) => model.weights.push((key, at, weight)),
                                    None => problems.push(Problem::error(
                                        path,
                                        number,
                                        format!("`{id}` has no bias under `## biases`: {RELEARN}"),
                                    )),
                                }
                            }
                        }
                        None => problems.push(Problem::error(
                            path,
                            number,
                            format!("write weights as `- word: 1.25 entry_id, -0.5 other_id`: {RELEARN}"),
                        )),
                    }
                }
            }
            other => problems.push(Problem::error(
                path,
                section.line,
                format!(
                    "unknown section `## {other}` (answer-model.md has `## model`, `## biases` and `## weights`)"
                ),
            )),
        }
    }
    for (missing, what) in [
        (threshold.is_none(), "`threshold:` under `## model`"),
        (margin.is_none(), "`margin:` under `## model`"),
        (!seen_biases, "the section `## biases`"),
        (!seen_weights, "the section `## weights`"),
    ] {
        if missing {
            problems.push(Problem::error(path, 0, format!("{what} is missing")));
        }
    }
    if problems.iter().filter(|p| p.is_error()).count() > errors_before {
        return None;
    }
    model.threshold = threshold.flatten();
    model.threshold_suggested = threshold_suggested.unwrap_or(model.threshold);
    model.margin = margin.flatten();
    model.decline = decline.flatten();
    model.smalltalk = smalltalk.flatten();
    model.threshold_not_covered = threshold_not_covered.flatten();
    Some(model)
}

/// `- -3.25 withdrawal` → (-3.25, "withdrawal").
fn parse_bias(line: &str) -> Option<(f32, &str)> {
    weight_and_id(line.strip_prefix("- ")?.trim())
}

/// `-3.25 withdrawal` → (-3.25, "withdrawal").
fn weight_and_id(text: &str) -> Option<(f32, &str)> {
    let (weight, id) = text.split_once(' ')?;
    let weight = weight.parse::<f32>().ok().filter(|w| w.is_finite())?;
    let id = id.trim();
    (!id.is_empty() && !id.contains(char::is_whitespace)).then_some((weight, id))
}

/// `- come off: 1.12 withdrawal, -0.4 faq5` → (the key of "come off", [(1.12, "withdrawal"),
/// (-0.4, "faq5")]).
fn parse_weights(line: &str) -> Option<(u64, Vec<(f32, &str)>)> {
    let (feature, list) = line.strip_prefix("- ")?.split_once(':')?;
    let key = feature_key_of_words(feature)?;
    // One pass over the bytes: the file holds tens of thousands of weights, and splitting each
    // pair with `split`, `trim` and `split_once` took most of the start-up time spent on it.
    let bytes = list.as_bytes();
    let skip_spaces = |mut at: usize| {
        while at < bytes.len() && bytes[at] == b' ' {
            at += 1;
        }
        at
    };
    let mut weights = Vec::new();
    let mut at = skip_spaces(0);
    while at < bytes.len() {
        let start = at;
        while at < bytes.len() && bytes[at] != b' ' {
            at += 1;
        }
        let weight = list[start..at]
            .parse::<f32>()
            .ok()
            .filter(|w| w.is_finite())?;
        at = skip_spaces(at);
        let start = at;
        while at < bytes.len() && !matches!(bytes[at], b' ' | b',') {
            at += 1;
        }
        if at == start {
            return None;
        }
        weights.push((weight, &list[start..at]));
        at = skip_spaces(at);
        match bytes.get(at) {
            None => {}
            Some(b',') if skip_spaces(at + 1) < bytes.len() => at = skip_spaces(at + 1),
            Some(_) => return None,
        }
    }
    (!weights.is_empty()).then_some((key, weights))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::feature_key;
    use crate::knowledge::source;
    use std::path::Path;

    fn read(text: &str) -> (Option<AnswerModelWeights>, Vec<Problem>) {
        let mut problems = Vec::new();
        let file = source::parse(Path::new("answer-model.md"), text, &mut problems);
        let model = answer_model_of(&file, &mut problems);
        (model, problems)
    }

    #[test]
    fn reads_thresholds_biases_and_weights() {
        let (model, problems) = read(
            "# x\n\n## model\nthreshold: 0.9\nmargin: off\ndecline: 0.75\n\n## biases\n- -3.25 withdrawal\n- -4 faq5\n\n## weights\n- rattl: 2.5 withdrawal, -0.5 faq5\n- come off: 1 withdrawal\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        let model = model.unwrap();
        assert_eq!(model.threshold, Some(0.9));
        assert_eq!(
            model.threshold_suggested,
            Some(0.9),
            "absent: as `threshold`"
        );
        assert_eq!(model.margin, None, "`off`");
        assert_eq!(model.decline, Some(0.75));
        assert_eq!(model.threshold_not_covered, None, "absent: off");
        assert_eq!(
            model.ids,
            [("withdrawal".to_owned(), 9), ("faq5".to_owned(), 10)]
        );
        assert_eq!(model.biases, [-3.25, -4.0]);
        assert_eq!(
            model.weights,
            [
                (feature_key("rattl"), 0, 2.5),
                (feature_key("rattl"), 1, -0.5),
                (feature_key("come off"), 0, 1.0)
            ]
        );
    }

    #[test]
    fn mistakes_are_named_with_their_line() {
        let (model, problems) = read(
            "## model\nthreshold: 2\nmargin: 0.2\n\n## biases\n- -1 a\n- x a\n- -2 a\n\n## weights\n- w: 1 a\n- w: 1 nosuch\n- three words here: 1 a\n- w: one a\n",
        );
        assert!(model.is_none());
        let lines: Vec<usize> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [2, 7, 8, 12, 13, 14], "{problems:?}");
        let (model, problems) = read(
            "## model\nthreshold: 0.5\nmargin: 0.5\n\n## biases\n- 1 a\n- 2 b\n\n## weights\n- x  y:  1 a ,  -2   b\n- z: 1 a,\n",
        );
        assert_eq!(
            model.map(|m| m.weights),
            None,
            "a list may not end with a comma: {problems:?}"
        );
        assert_eq!(problems.len(), 1);
        let (model, problems) = read(
            "## model\nthreshold: 0.5\nmargin: 0.5\n\n## biases\n- 1 a\n- 2 b\n\n## weights\n- x  y:  1 a ,  -2   b\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            model.unwrap().weights,
            [(feature_key("x y"), 0, 1.0), (feature_key("x y"), 1, -2.0)],
            "spaces aside"
        );
        let (_, problems) = read("## model\nthreshold: 0.5\n");
        assert_eq!(
            problems.len(),
            3,
            "margin, biases and weights missing: {problems:?}"
        );
    }
}
