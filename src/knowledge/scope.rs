//! `not-covered.md`: questions the knowledge does not answer on purpose (doses, prices, opening
//! hours, drug tests…), so that a question that merely shares words with an answer ("how long
//! does ket stay in your system") gets the honest no-answer reply instead of a wrong answer.

use super::fields::{check_known_fields, list_items};
use super::problem::Problem;
use super::source::SourceFile;

/// Reads `not-covered.md`: a `## phrases` list.
pub fn not_covered_of(file: &SourceFile, problems: &mut Vec<Problem>) -> Vec<(usize, String)> {
    let path = file.path.as_path();
    let mut phrases = Vec::new();
    for section in &file.sections {
        check_known_fields(path, section, &[], problems);
        if section.heading.eq_ignore_ascii_case("phrases") {
            for (line, phrase) in list_items(path, section, problems) {
                if crate::text::words(&phrase).is_empty() {
                    problems.push(Problem::error(path, line, "this phrase has no words"));
                } else {
                    phrases.push((line, phrase));
                }
            }
        } else {
            problems.push(Problem::error(
                path,
                section.line,
                format!(
                    "unknown section `## {}` (not-covered.md has `## phrases`)",
                    section.heading
                ),
            ));
        }
    }
    phrases
}
