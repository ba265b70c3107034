//! `synonyms.md`: the words people use for what the knowledge calls otherwise (slang, plain
//! words), the knowledge's subject, and the substances it does not cover.

use super::fields::{check_known_fields, list_items};
use super::problem::Problem;
use super::source::SourceFile;

/// One synonym line: `canonical: variant, variant`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Synonym {
    pub line: usize,
    /// What the knowledge says (`ketamine`, `urination bladder`).
    pub canonical: String,
    /// What people say (`ket`, `special k`, `pee`).
    pub variants: Vec<String>,
}

/// A substance the knowledge does not cover, with its street names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Substance {
    pub line: usize,
    pub names: Vec<String>,
}

/// Everything `synonyms.md` says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lexicon {
    pub synonyms: Vec<Synonym>,
    /// Words that name what the knowledge is about (`ketamine`). A message that names one of
    /// [`Lexicon::other_substances`] and none of these is about something else.
    pub subject: Vec<String>,
    pub other_substances: Vec<Substance>,
}

/// Reads `synonyms.md`: `## synonyms`, `## subject`, `## other substances`.
pub fn lexicon_of(file: &SourceFile, problems: &mut Vec<Problem>) -> Lexicon {
    let path = file.path.as_path();
    let mut lexicon = Lexicon::default();
    for section in &file.sections {
        check_known_fields(path, section, &[], problems);
        let items = list_items(path, section, problems);
        match section.heading.to_lowercase().as_str() {
            "synonyms" => {
                for (line, item) in items {
                    match item.split_once(':') {
                        Some((canonical, variants)) if !canonical.trim().is_empty() => {
                            let variants: Vec<String> = split_list(variants);
                            if variants.is_empty() {
                                problems.push(Problem::error(path, line, "no variant after the `:`"));
                            }
                            lexicon.synonyms.push(Synonym {
                                line,
                                canonical: canonical.trim().to_owned(),
                                variants,
                            });
                        }
                        _ => problems.push(Problem::error(
                            path,
                            line,
                            "write a synonym as `- what the knowledge says: what people say, other way`",
                        )),
                    }
                }
            }
            "subject" => lexicon.subject.extend(items.into_iter().flat_map(|(_, i)| split_list(&i))),
            "other substances" => {
                for (line, item) in items {
                    let names = split_list(&item.replace(':', ","));
                    lexicon.other_substances.push(Substance { line, names });
                }
            }
            other => problems.push(Problem::error(
                path,
                section.line,
                format!("unknown section `## {other}` (synonyms.md has `## synonyms`, `## subject` and `## other substances`)"),
            )),
        }
    }
    lexicon
}

fn split_list(text: &str) -> Vec<String> {
    text.split(',')
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::source::parse;
    use std::path::Path;

    #[test]
    fn reads_all_three_sections() {
        let mut problems = Vec::new();
        let file = parse(
            Path::new("synonyms.md"),
            "## synonyms\n- ketamine: ket, special k\n- bad line\n\n## subject\n- ketamine\n\n## other substances\n- cocaine: coke, crack\n",
            &mut problems,
        );
        let lexicon = lexicon_of(&file, &mut problems);
        assert_eq!(lexicon.synonyms[0].variants, ["ket", "special k"]);
        assert_eq!(lexicon.subject, ["ketamine"]);
        assert_eq!(
            lexicon.other_substances[0].names,
            ["cocaine", "coke", "crack"]
        );
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 3);
    }
}
