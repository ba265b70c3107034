//! `crisis-model.md`: the weights of the learned second reader for danger, as
//! `faqbot learn-crisis` wrote them. `matcher::crisis_model` compiles and applies them.
//!
//! ```markdown
//! ## model
//! threshold: 0.5
//! anchors: ending, means, overdose
//! threshold_without_anchors: 0.9
//! threshold_over_an_answer: 0.95
//! threshold_over_an_unlikely_answer: 0.5
//! threshold_reassured: 0.2
//! threshold_in_a_sentence: 0.98
//! threshold_ambiguous: 0.1
//! bias: -3.2104
//!
//! ## weights
//! - 4.073 tonight
//! - 2.123 end it
//! ```

use super::fields::check_known_fields;
use super::problem::Problem;
use super::source::SourceFile;

/// The model as written: a weight per feature (one word stem, or two neighbouring ones).
#[derive(Debug, Clone, PartialEq)]
pub struct CrisisModelWeights {
    /// How likely danger must be for the crisis reply; `None` when staff wrote `off`.
    pub threshold: Option<f32>,
    /// Signal groups of `crisis.md` (with the line that names them): the model reads only a
    /// message holding a word of one of them. Empty: every message.
    pub anchors: Vec<String>,
    /// The line of `anchors:` (0 when absent), to name it when a group does not exist.
    pub anchors_line: usize,
    /// How likely danger must be in a message that holds no word of the anchors; `None` (the
    /// line absent, or `off`) when such a message is not read at all.
    pub threshold_without_anchors: Option<f32>,
    /// How likely danger must be for the crisis reply to take the place of an answer; `None`
    /// (the line absent, or `off`) when an answered message keeps its answer.
    pub threshold_over_an_answer: Option<f32>,
    /// How likely danger must be, in a message holding a word of the anchors, for the crisis
    /// reply to take the place of an answer the learned answer reader finds unlikely; `None`
    /// (the line absent, or `off`) when only `threshold_over_an_answer` applies.
    pub threshold_over_an_unlikely_answer: Option<f32>,
    /// How likely danger must be for a crisis phrase to stand in a question that tells the
    /// danger as over or not real (`## reassurances` of crisis.md); `None` (the line absent, or
    /// `off`) when a crisis phrase always stands.
    pub threshold_reassured: Option<f32>,
    /// How likely danger must be in one sentence of a longer message the knowledge has no
    /// answer for, read alone; `None` (the line absent, or `off`) when only whole messages are
    /// read.
    pub threshold_in_a_sentence: Option<f32>,
    /// How likely danger must be for an `## ambiguous` phrase or combination of crisis.md, the
    /// only danger the rules found, to stand; `None` (the line absent, or `off`) when it
    /// always stands.
    pub threshold_ambiguous: Option<f32>,
    pub bias: f32,
    /// (feature, weight): a feature is one stem or two separated by a space, kept as its
    /// [`feature_key`] (30,000 weights need not keep 30,000 strings in memory).
    pub weights: Vec<(u64, f32)>,
}

/// A feature as the model looks it up: a hash of its text (FxHash: the same on every run and
/// machine).
pub fn feature_key(feature: &str) -> u64 {
    use std::hash::Hasher;
    let mut hasher = rustc_hash::FxHasher::default();
    hasher.write(feature.as_bytes());
    hasher.finish()
}

/// Reads `crisis-model.md`: `## model` (`threshold:`, `anchors:`,
/// `threshold_without_anchors:`, `threshold_over_an_answer:`,
/// `threshold_over_an_unlikely_answer:`, `threshold_reassured:`, `threshold_in_a_sentence:`,
/// `threshold_ambiguous:`,
/// `bias:`)
/// and `## weights`.
pub fn crisis_model_of(
    file: &SourceFile,
    problems: &mut Vec<Problem>,
) -> Option<CrisisModelWeights> {
    let path = file.path.as_path();
    let errors_before = problems.iter().filter(|p| p.is_error()).count();
    let (mut threshold, mut bias, mut weights) = (None, None, None);
    let (mut anchors, mut anchors_line) = (Vec::new(), 0);
    let (mut threshold_without_anchors, mut threshold_over_an_answer) = (None, None);
    let (mut threshold_reassured, mut threshold_over_an_unlikely_answer) = (None, None);
    let (mut threshold_in_a_sentence, mut threshold_ambiguous) = (None, None);
    for section in &file.sections {
        match section.heading.to_lowercase().as_str() {
            "model" => {
                check_known_fields(
                    path,
                    section,
                    &[
                        "threshold",
                        "anchors",
                        "threshold_without_anchors",
                        "threshold_over_an_answer",
                        "threshold_over_an_unlikely_answer",
                        "threshold_reassured",
                        "threshold_in_a_sentence",
                        "threshold_ambiguous",
                        "bias",
                    ],
                    problems,
                );
                for field in &section.fields {
                    let value = field.value.trim();
                    match field.key.as_str() {
                        // Named once when wrong: not "missing" as well.
                        "threshold" => threshold = Some(optional_threshold(path, field, problems)),
                        "threshold_without_anchors" => {
                            threshold_without_anchors = optional_threshold(path, field, problems)
                        }
                        "threshold_over_an_answer" => {
                            threshold_over_an_answer = optional_threshold(path, field, problems)
                        }
                        "threshold_over_an_unlikely_answer" => {
                            threshold_over_an_unlikely_answer =
                                optional_threshold(path, field, problems)
                        }
                        "threshold_reassured" => {
                            threshold_reassured = optional_threshold(path, field, problems)
                        }
                        "threshold_in_a_sentence" => {
                            threshold_in_a_sentence = optional_threshold(path, field, problems)
                        }
                        "threshold_ambiguous" => {
                            threshold_ambiguous = optional_threshold(path, field, problems)
                        }
                        "anchors" => {
                            anchors = value
                                .split(',')
                                .map(|a| a.trim().to_lowercase())
                                .filter(|a| !a.is_empty())
                                .collect();
                            anchors_line = field.line;
                        }
                        "bias" => match value.parse::<f32>() {
                            Ok(b) if b.is_finite() => bias = Some(b),
                            _ => {
                                problems.push(Problem::error(
                                    path,
                                    field.line,
                                    "`bias:` is a number: run `faqbot learn-crisis` to write it",
                                ));
                                bias = Some(0.0);
                            }
                        },
                        _ => {}
                    }
                }
            }
            "weights" => {
                check_known_fields(path, section, &[], problems);
                let mut list = Vec::new();
                for (offset, line) in section.body.lines().enumerate() {
                    let number = section
                        .body_line_numbers
                        .get(offset)
                        .copied()
                        .unwrap_or(section.line);
                    let line = line.trim();
                    if line.is_empty() {
                        continue;
                    }
                    match parse_weight(line) {
                        Some(pair) => list.push(pair),
                        None => problems.push(Problem::error(
                            path,
                            number,
                            "write a weight as `- 1.25 word` or `- 1.25 word word`: run `faqbot learn-crisis` rather than editing weights by hand",
                        )),
                    }
                }
                weights = Some(list);
            }
            other => problems.push(Problem::error(
                path,
                section.line,
                format!(
                    "unknown section `## {other}` (crisis-model.md has `## model` and `## weights`)"
                ),
            )),
        }
    }
    for (missing, what) in [
        (threshold.is_none(), "`threshold:` under `## model`"),
        (bias.is_none(), "`bias:` under `## model`"),
        (weights.is_none(), "the section `## weights`"),
    ] {
        if missing {
            problems.push(Problem::error(path, 0, format!("{what} is missing")));
        }
    }
    if problems.iter().filter(|p| p.is_error()).count() > errors_before {
        return None;
    }
    Some(CrisisModelWeights {
        threshold: threshold.flatten(),
        anchors,
        anchors_line,
        threshold_without_anchors,
        threshold_over_an_answer,
        threshold_over_an_unlikely_answer,
        threshold_reassured,
        threshold_in_a_sentence,
        threshold_ambiguous,
        bias: bias.unwrap_or_default(),
        weights: weights.unwrap_or_default(),
    })
}

/// An optional threshold's value: between 0 and 1, or `off` (`None`, as when the line is absent).
fn optional_threshold(
    path: &std::path::Path,
    field: &super::source::Field,
    problems: &mut Vec<Problem>,
) -> Option<f32> {
    parse_threshold(&field.value).unwrap_or_else(|| {
        problems.push(Problem::error(
            path,
            field.line,
            format!(
                "`{}:` is a number between 0 and 1 (how likely danger must be), or `off`",
                field.key
            ),
        ));
        None
    })
}

/// A threshold as written in `crisis-model.md` or given to `faqbot learn-crisis`: a number
/// between 0 and 1 (`Some(Some(t))`) or `off` (`Some(None)`); `None` when it is neither.
pub fn parse_threshold(text: &str) -> Option<Option<f32>> {
    let text = text.trim();
    if text.eq_ignore_ascii_case("off") {
        return Some(None);
    }
    match text.parse::<f32>() {
        Ok(t) if t > 0.0 && t < 1.0 => Some(Some(t)),
        _ => None,
    }
}

/// `- 1.25 end it` → ("end it", 1.25).
fn parse_weight(line: &str) -> Option<(u64, f32)> {
    let item = line.strip_prefix("- ")?;
    let (weight, feature) = item.trim().split_once(' ')?;
    let weight = weight.parse::<f32>().ok().filter(|w| w.is_finite())?;
    Some((feature_key_of_words(feature)?, weight))
}

/// The [`feature_key`] of a feature as written: one word, or two separated by any whitespace;
/// `None` for none or more than two.
pub(super) fn feature_key_of_words(feature: &str) -> Option<u64> {
    let mut words = feature.split_whitespace();
    let (first, second) = (words.next()?, words.next());
    if words.next().is_some() {
        return None;
    }
    Some(match second {
        None => feature_key(first),
        // As written by `learn-crisis` and `learn-answers`: one space between the two words.
        Some(second) if feature.trim().len() == first.len() + 1 + second.len() => {
            feature_key(feature.trim())
        }
        Some(second) => feature_key(&format!("{first} {second}")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::source;
    use std::path::Path;

    fn read(text: &str) -> (Option<CrisisModelWeights>, Vec<Problem>) {
        let mut problems = Vec::new();
        let file = source::parse(Path::new("crisis-model.md"), text, &mut problems);
        let model = crisis_model_of(&file, &mut problems);
        (model, problems)
    }

    #[test]
    fn reads_threshold_bias_and_weights() {
        let (model, problems) = read(
            "# x\n\n## model\nthreshold: 0.5\nanchors: ending, Means\nbias: -3.25\n\n## weights\n\n- 4.5 tonight\n- -1.5 not suicid\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        let model = model.unwrap();
        assert_eq!(model.threshold, Some(0.5));
        assert_eq!(model.anchors, ["ending", "means"]);
        assert_eq!(model.anchors_line, 5);
        assert_eq!(model.bias, -3.25);
        assert_eq!(
            model.weights,
            [
                (feature_key("tonight"), 4.5),
                (feature_key("not suicid"), -1.5)
            ]
        );
    }

    #[test]
    fn off_turns_it_off() {
        let (model, _) = read("## model\nthreshold: off\nbias: 0\n\n## weights\n- 1 x\n");
        assert_eq!(model.unwrap().threshold, None);
    }

    #[test]
    fn mistakes_are_named_with_their_line() {
        let (model, problems) = read(
            "## model\nthreshold: 2\nbias: -1\n\n## weights\n- 1.5 tonight\n- lots of words here\n- 1.5 three words here\n",
        );
        assert!(model.is_none());
        let lines: Vec<usize> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [2, 7, 8], "{problems:?}");
        let (_, problems) = read("## model\nthreshold: 0.5\n");
        assert_eq!(problems.len(), 2, "bias and weights missing: {problems:?}");
    }
}
