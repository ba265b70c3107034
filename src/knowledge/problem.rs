//! What can be wrong with the knowledge files, said so that staff can fix it: file, line, and
//! what to do.

use std::fmt;
use std::path::PathBuf;

/// How bad a [`Problem`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Worth a look; the knowledge still goes live.
    Warning,
    /// The knowledge is not used until this is fixed (the last good knowledge keeps serving).
    Error,
}

/// One mistake in one place of one knowledge file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    /// Path relative to the knowledge folder, as staff see it in their editor.
    pub file: PathBuf,
    /// 1-based line number; 0 when the problem is about the file as a whole.
    pub line: usize,
    pub message: String,
}

impl Problem {
    pub fn error(file: impl Into<PathBuf>, line: usize, message: impl Into<String>) -> Self {
        Problem {
            severity: Severity::Error,
            file: file.into(),
            line,
            message: message.into(),
        }
    }

    pub fn warning(file: impl Into<PathBuf>, line: usize, message: impl Into<String>) -> Self {
        Problem {
            severity: Severity::Warning,
            ..Problem::error(file, line, message)
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        if self.line == 0 {
            write!(f, "{}: {label}: {}", self.file.display(), self.message)
        } else {
            write!(
                f,
                "{}:{}: {label}: {}",
                self.file.display(),
                self.line,
                self.message
            )
        }
    }
}

/// Why knowledge could not be loaded. The caller keeps whatever knowledge it had before.
#[derive(Debug, thiserror::Error)]
pub enum KnowledgeError {
    #[error("cannot read the knowledge folder {path}: {source}")]
    Unreadable {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}", describe_problems(.0))]
    Invalid(Vec<Problem>),
}

impl KnowledgeError {
    /// The problems found, errors first; empty for an unreadable folder.
    pub fn problems(&self) -> &[Problem] {
        match self {
            KnowledgeError::Invalid(problems) => problems,
            KnowledgeError::Unreadable { .. } => &[],
        }
    }
}

fn describe_problems(problems: &[Problem]) -> String {
    let errors = problems.iter().filter(|p| p.is_error()).count();
    let mut text = format!(
        "the knowledge has {errors} error{}:",
        if errors == 1 { "" } else { "s" }
    );
    for problem in problems.iter().filter(|p| p.is_error()) {
        text.push_str("\n  ");
        text.push_str(&problem.to_string());
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_file_and_line() {
        let p = Problem::error("faq.md", 12, "this entry has no answer text");
        assert_eq!(
            p.to_string(),
            "faq.md:12: error: this entry has no answer text"
        );
        let w = Problem::warning("bot.md", 0, "x");
        assert_eq!(w.to_string(), "bot.md: warning: x");
    }

    #[test]
    fn invalid_lists_only_errors() {
        let e = KnowledgeError::Invalid(vec![
            Problem::error("a.md", 1, "bad"),
            Problem::warning("a.md", 2, "meh"),
        ]);
        let text = e.to_string();
        assert!(text.contains("1 error:"));
        assert!(text.contains("a.md:1: error: bad"));
        assert!(!text.contains("meh"));
    }
}
