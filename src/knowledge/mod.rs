//! The knowledge staff keep in `knowledge/`: plain Markdown files read into typed data, every
//! piece remembering its file and line.
//!
//! | file | what it holds |
//! | --- | --- |
//! | any other `*.md` (e.g. `faq.md`, `articles/…`) | answers: one [`Entry`] per `## ` section |
//! | `bot.md` | the bot's own texts and the centre's contact ([`BotTexts`]) |
//! | `crisis.md` | danger phrases and the emergency reply ([`CrisisRules`]) |
//! | `crisis-model.md` | optional: the learned second reader for danger ([`CrisisModelWeights`]) |
//! | `answer-model.md` | optional: the learned second reader for answers ([`AnswerModelWeights`]) |
//! | `synonyms.md` | slang and synonyms, the subject, other substances ([`Lexicon`]) |
//! | `smalltalk.md` | greetings and thanks ([`SmalltalkIntent`]) |
//! | `not-covered.md` | questions deliberately not answered (doses, prices, opening hours…) |
//! | `README.md` | the format, for staff; not read |
//!
//! Loading is all-or-nothing: [`Knowledge::load`] returns every problem it finds (not only the
//! first), and the caller keeps serving the knowledge it had when there is any error.

mod answer_model;
mod bot_texts;
mod crisis;
mod crisis_model;
mod entry;
mod fields;
mod lexicon;
mod problem;
mod scope;
mod smalltalk;
pub mod source;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

pub use answer_model::{AnswerModelWeights, DECLINED_ID, smalltalk_id};
pub use bot_texts::{BotTexts, ButtonLabels, Contact, is_safe_url};
pub use crisis::{CrisisRules, Signal};
pub use crisis_model::{CrisisModelWeights, feature_key, parse_threshold};
pub use entry::{Entry, MAX_ID_LEN, Phrasing};
pub use lexicon::{Lexicon, Substance, Synonym};
pub use problem::{KnowledgeError, Problem, Severity};
pub use scope::NotCoveredGroup;
pub use smalltalk::SmalltalkIntent;
#[cfg(test)]
pub(crate) use {answer_model::answer_model_of, crisis_model::crisis_model_of};

/// Files with a fixed role; every other `.md` file holds answers.
pub const BOT_FILE: &str = "bot.md";
pub const CRISIS_FILE: &str = "crisis.md";
pub const CRISIS_MODEL_FILE: &str = "crisis-model.md";
pub const ANSWER_MODEL_FILE: &str = "answer-model.md";
pub const SYNONYMS_FILE: &str = "synonyms.md";
pub const SMALLTALK_FILE: &str = "smalltalk.md";
pub const NOT_COVERED_FILE: &str = "not-covered.md";
const STAFF_GUIDE: &str = "README.md";

/// Bumped whenever the way knowledge becomes an index changes, so old indexes are rebuilt.
const FORMAT_VERSION: &str = "faqbot-knowledge-v3";

/// Everything in `knowledge/`, checked.
#[derive(Debug, Clone)]
pub struct Knowledge {
    /// Answers, in file order (files sorted by path).
    pub entries: Vec<Entry>,
    pub texts: BotTexts,
    pub crisis: CrisisRules,
    /// The learned second reader for danger, when `crisis-model.md` is there.
    pub crisis_model: Option<CrisisModelWeights>,
    /// The learned second reader for answers, when `answer-model.md` is there.
    pub answer_model: Option<AnswerModelWeights>,
    pub lexicon: Lexicon,
    pub smalltalk: Vec<SmalltalkIntent>,
    /// Questions the knowledge does not answer on purpose, in groups with their own reply.
    pub not_covered: Vec<NotCoveredGroup>,
    /// Warnings found while loading (errors prevent loading).
    pub warnings: Vec<Problem>,
    /// Hex SHA-256 of every file read (path and content): names the index built from it.
    pub fingerprint: String,
    by_id: HashMap<String, usize>,
}

impl Knowledge {
    /// Reads and checks every knowledge file under `dir`.
    pub fn load(dir: &Path) -> Result<Knowledge, KnowledgeError> {
        let files = read_dir(dir)?;
        Knowledge::from_files(files)
    }

    /// Builds knowledge from `(relative path, bytes)` pairs; the pure core of [`Knowledge::load`].
    pub fn from_files(mut files: Vec<(PathBuf, Vec<u8>)>) -> Result<Knowledge, KnowledgeError> {
        files.sort_by(|a, b| a.0.cmp(&b.0));
        let mut problems = Vec::new();
        let mut hasher = Sha256::new();
        hasher.update(FORMAT_VERSION);
        // The index drops stop words: a change to the list changes the index.
        for word in crate::text::STOP_WORDS {
            hasher.update(word.as_bytes());
            hasher.update([0]);
        }
        let mut entries = Vec::new();
        let (mut texts, mut crisis, mut lexicon, mut smalltalk) = (None, None, None, Vec::new());
        let mut not_covered = Vec::new();

        for (path, bytes) in &files {
            hasher.update(path.to_string_lossy().as_bytes());
            hasher.update([0]);
            hasher.update((bytes.len() as u64).to_le_bytes());
            hasher.update(bytes);
        }
        // The two learned models are the largest files (tens of thousands of weights): they are
        // read on a second thread while the rest is read here, some 10 ms off a cold start.
        let is_model = |path: &Path| matches!(role_of(path), Role::CrisisModel | Role::AnswerModel);
        let (crisis_model, answer_model, model_problems) = std::thread::scope(|scope| {
            let models = scope.spawn(|| {
                let mut problems = Vec::new();
                let (mut crisis_model, mut answer_model) = (None, None);
                for (path, bytes) in files.iter().filter(|(path, _)| is_model(path)) {
                    let Some(source) = source_of(path, bytes, &mut problems) else {
                        continue;
                    };
                    if let Role::CrisisModel = role_of(path) {
                        crisis_model = crisis_model::crisis_model_of(&source, &mut problems);
                    } else {
                        answer_model = answer_model::answer_model_of(&source, &mut problems);
                    }
                }
                (crisis_model, answer_model, problems)
            });
            for (path, bytes) in files.iter().filter(|(path, _)| !is_model(path)) {
                let Some(source) = source_of(path, bytes, &mut problems) else {
                    continue;
                };
                match role_of(path) {
                    Role::Bot => texts = bot_texts::bot_texts_of(&source, &mut problems),
                    Role::Crisis => crisis = crisis::crisis_rules_of(&source, &mut problems),
                    Role::Synonyms => lexicon = Some(lexicon::lexicon_of(&source, &mut problems)),
                    Role::Smalltalk => smalltalk = smalltalk::smalltalk_of(&source, &mut problems),
                    Role::NotCovered => not_covered = scope::not_covered_of(&source, &mut problems),
                    Role::Answers => entries.extend(entry::entries_of(&source, &mut problems)),
                    Role::CrisisModel | Role::AnswerModel => {}
                }
            }
            models
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        });
        problems.extend(model_problems);
        let present = |name: &str| files.iter().any(|(p, _)| p == Path::new(name));
        for required in [BOT_FILE, CRISIS_FILE] {
            if !present(required) {
                problems.push(Problem::error(
                    required,
                    0,
                    "this file is missing from the knowledge folder",
                ));
            }
        }
        if entries.is_empty() && problems.iter().all(|p| !p.is_error()) {
            problems.push(Problem::error(
                "knowledge",
                0,
                "there are no answers: add a `.md` file with `## ` sections",
            ));
        }

        if let (Some(model), Some(rules)) = (&crisis_model, &crisis) {
            let model: &CrisisModelWeights = model;
            let rules: &CrisisRules = rules;
            for anchor in &model.anchors {
                if !rules.signals.iter().any(|s| &s.name == anchor) {
                    problems.push(Problem::error(
                        CRISIS_MODEL_FILE,
                        model.anchors_line,
                        format!("`anchors:` names `{anchor}`, but crisis.md has no signal group of that name"),
                    ));
                }
            }
        }

        let mut by_id = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            if let Some(&first) = by_id.get(&e.id) {
                let first: &Entry = &entries[first];
                problems.push(Problem::error(
                    &e.file,
                    e.line,
                    format!(
                        "the id `{}` is already used at {}:{}; ids must be unique",
                        e.id,
                        first.file.display(),
                        first.line
                    ),
                ));
            } else {
                by_id.insert(e.id.clone(), i);
            }
        }
        // An entry renamed or removed since the model learned: the model no longer offers it,
        // and `faqbot learn-answers` learns the knowledge as it is now.
        for (id, line) in answer_model
            .iter()
            .flat_map(|m: &AnswerModelWeights| &m.ids)
        {
            let known = id == DECLINED_ID
                || by_id.contains_key(id)
                || smalltalk
                    .iter()
                    .any(|intent| smalltalk_id(&intent.name) == *id);
            if !known {
                problems.push(Problem::warning(
                    ANSWER_MODEL_FILE,
                    *line,
                    format!(
                        "no entry or smalltalk intent has the id `{id}` any more: run `faqbot learn-answers`"
                    ),
                ));
            }
        }
        for group in &not_covered {
            for (line, id) in &group.see {
                if !by_id.contains_key(id) {
                    problems.push(Problem::error(
                        NOT_COVERED_FILE,
                        *line,
                        format!(
                            "`see:` names `{id}`, but no entry has that id{}",
                            closest_id(id, &by_id)
                        ),
                    ));
                }
            }
        }
        for e in &entries {
            for id in &e.related {
                if !by_id.contains_key(id) {
                    problems.push(Problem::error(
                        &e.file,
                        e.line,
                        format!(
                            "`related:` names `{id}`, but no entry has that id{}",
                            closest_id(id, &by_id)
                        ),
                    ));
                }
            }
        }

        problems.sort_by(|a, b| {
            b.severity
                .cmp(&a.severity)
                .then(a.file.cmp(&b.file))
                .then(a.line.cmp(&b.line))
        });
        if problems.iter().any(Problem::is_error) {
            return Err(KnowledgeError::Invalid(problems));
        }
        let (Some(texts), Some(crisis)) = (texts, crisis) else {
            return Err(KnowledgeError::Invalid(problems));
        };
        Ok(Knowledge {
            entries,
            texts,
            crisis,
            crisis_model,
            answer_model,
            lexicon: lexicon.unwrap_or_default(),
            smalltalk,
            not_covered,
            warnings: problems,
            fingerprint: hex(&hasher.finalize()),
            by_id,
        })
    }

    /// The entry with this id.
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.by_id.get(id).map(|&i| &self.entries[i])
    }

    /// Position of the entry with this id in [`Knowledge::entries`].
    pub fn position(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// Of the not-covered `groups` a message matched (positions in
    /// [`Knowledge::not_covered`], in file order), the one whose words and entries the reply
    /// uses: the first with a `reply:` or a `see:`. One group speaks, so the words and the
    /// buttons under them agree.
    pub fn speaking_group(&self, groups: &[usize]) -> Option<&NotCoveredGroup> {
        groups
            .iter()
            .filter_map(|&g| self.not_covered.get(g))
            .find(|g| g.reply.is_some() || !g.see.is_empty())
    }

    /// The entries `group` points to (`see:`), each once: positions in [`Knowledge::entries`].
    pub fn pointers_of(&self, group: &NotCoveredGroup) -> Vec<usize> {
        let mut see = Vec::new();
        for (_, id) in &group.see {
            if let Some(position) = self.position(id)
                && !see.contains(&position)
            {
                see.push(position);
            }
        }
        see
    }
}

/// ` (did you mean `x`?)` when an entry's id is a typo away from `id` ("withdrawl").
fn closest_id(id: &str, by_id: &HashMap<String, usize>) -> String {
    let mut ids: Vec<&String> = by_id.keys().collect();
    ids.sort_unstable();
    ids.into_iter()
        .map(|known| (strsim::osa_distance(id, known), known))
        .min()
        .filter(|(distance, known)| *distance <= 1 + known.len() / 4 && *distance < known.len())
        .map(|(_, known)| format!(" (did you mean `{known}`?)"))
        .unwrap_or_default()
}

/// A file's text cut into sections; `None` (and an error naming the line) when it is not UTF-8.
fn source_of(path: &Path, bytes: &[u8], problems: &mut Vec<Problem>) -> Option<source::SourceFile> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|b| **b == b'\n')
                .count()
                + 1;
            problems.push(Problem::error(
                path,
                line,
                "this file is not UTF-8 text: save it as UTF-8 in your editor",
            ));
            return None;
        }
    };
    Some(source::parse(path, text, problems))
}

enum Role {
    Bot,
    Crisis,
    CrisisModel,
    AnswerModel,
    Synonyms,
    Smalltalk,
    NotCovered,
    Answers,
}

fn role_of(path: &Path) -> Role {
    match path.to_str() {
        Some(BOT_FILE) => Role::Bot,
        Some(CRISIS_FILE) => Role::Crisis,
        Some(CRISIS_MODEL_FILE) => Role::CrisisModel,
        Some(ANSWER_MODEL_FILE) => Role::AnswerModel,
        Some(SYNONYMS_FILE) => Role::Synonyms,
        Some(SMALLTALK_FILE) => Role::Smalltalk,
        Some(NOT_COVERED_FILE) => Role::NotCovered,
        _ => Role::Answers,
    }
}

/// Every `.md` file under `dir` (recursively), except the staff guide and hidden or backup files.
fn read_dir(dir: &Path) -> Result<Vec<(PathBuf, Vec<u8>)>, KnowledgeError> {
    let unreadable = |path: &Path, source| KnowledgeError::Unreadable {
        path: path.to_path_buf(),
        source,
    };
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for item in std::fs::read_dir(&folder).map_err(|e| unreadable(&folder, e))? {
            let item = item.map_err(|e| unreadable(&folder, e))?;
            let path = item.path();
            let name = item.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') || name.ends_with('~') {
                continue;
            }
            let kind = item.file_type().map_err(|e| unreadable(&path, e))?;
            if kind.is_dir() {
                pending.push(path);
            } else if name.ends_with(".md") {
                let relative = path.strip_prefix(dir).unwrap_or(&path).to_path_buf();
                if relative == Path::new(STAFF_GUIDE) {
                    continue;
                }
                let bytes = std::fs::read(&path).map_err(|e| unreadable(&path, e))?;
                files.push((relative, bytes));
            }
        }
    }
    Ok(files)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A small but complete knowledge base for tests across the crate.
    pub(crate) fn sample_files() -> Vec<(PathBuf, Vec<u8>)> {
        let mut bot = String::from("## contact\nwebsite: https://www.example.org/\n\n## buttons\n");
        for key in bot_texts::BUTTON_FIELDS {
            bot.push_str(&format!("{key}: {key}\n"));
        }
        for key in bot_texts::TEXT_SECTIONS {
            bot.push_str(&format!("\n## {key}\n\n{key} text.\n"));
        }
        vec![
            (PathBuf::from("bot.md"), bot.into_bytes()),
            (
                PathBuf::from("crisis.md"),
                b"## reply\n\nCall 911.\n\n## phrases\n- kill myself\n- suicid*\n\n## negations\n- not\n".to_vec(),
            ),
            (
                PathBuf::from("synonyms.md"),
                b"## synonyms\n- ketamine: ket, special k\n\n## subject\n- ketamine\n\n## other substances\n- cocaine: coke\n".to_vec(),
            ),
            (
                PathBuf::from("smalltalk.md"),
                b"## greeting\nsay: hi\nsay: hello\n\nHello!\n".to_vec(),
            ),
            (
                PathBuf::from("faq.md"),
                b"## Is ketamine addictive?\nid: addictive\nask: can you get hooked on ketamine\n\nYes, it can be.\n\n## What is ketamine withdrawal like?\nid: withdrawal\n\nMostly psychological: cravings, anxiety, low mood.\n".to_vec(),
            ),
        ]
    }

    /// The sample knowledge with one more file.
    pub(crate) fn sample_with(file: &str, text: &str) -> Result<Knowledge, KnowledgeError> {
        let mut files = sample_files();
        files.push((PathBuf::from(file), text.as_bytes().to_vec()));
        Knowledge::from_files(files)
    }

    pub(crate) fn sample() -> Knowledge {
        Knowledge::from_files(sample_files()).expect("sample knowledge loads")
    }

    #[test]
    fn sample_loads_with_every_part() {
        let k = sample();
        assert_eq!(k.entries.len(), 2);
        assert_eq!(
            k.entry("withdrawal").unwrap().title,
            "What is ketamine withdrawal like?"
        );
        assert_eq!(k.crisis.phrases.len(), 2);
        assert_eq!(k.smalltalk[0].phrases.len(), 2);
        assert_eq!(k.fingerprint.len(), 64);
    }

    #[test]
    fn an_answer_model_naming_an_entry_no_longer_there_is_a_warning_not_an_error() {
        assert!(sample().answer_model.is_none());
        let mut files = sample_files();
        files.push((
            PathBuf::from(ANSWER_MODEL_FILE),
            b"## model\nthreshold: 0.9\nmargin: 0.3\n\n## biases\n- -2 addictive\n- -2 renamed\n- -2 (declined)\n\n## weights\n- hook: 3 addictive, 1 renamed\n".to_vec(),
        ));
        let loaded = Knowledge::from_files(files).unwrap();
        let warnings: Vec<String> = loaded.warnings.iter().map(|p| p.to_string()).collect();
        assert_eq!(
            warnings,
            [
                "answer-model.md:7: warning: no entry or smalltalk intent has the id `renamed` any more: run `faqbot learn-answers`"
            ]
        );
        assert_eq!(loaded.answer_model.unwrap().weights.len(), 2);
    }

    #[test]
    fn the_crisis_model_is_optional_and_its_anchors_must_be_signal_groups() {
        assert!(sample().crisis_model.is_none());
        let model = |anchors: &str| {
            sample_with(
                CRISIS_MODEL_FILE,
                &format!(
                    "## model\nthreshold: 0.5\nanchors: {anchors}\nbias: -2\n\n## weights\n- 3 tonight\n"
                ),
            )
        };
        let loaded = model("").unwrap();
        assert_eq!(loaded.crisis_model.unwrap().weights.len(), 1);
        let err = model("ending").unwrap_err();
        let all: Vec<String> = err.problems().iter().map(|p| p.to_string()).collect();
        assert!(
            all.iter().any(|p| p.starts_with(
                "crisis-model.md:3: error: `anchors:` names `ending`, but crisis.md has no signal group"
            )),
            "{all:?}"
        );
    }

    #[test]
    fn fingerprint_follows_content_not_order() {
        let mut files = sample_files();
        let a = Knowledge::from_files(files.clone()).unwrap().fingerprint;
        files.reverse();
        assert_eq!(a, Knowledge::from_files(files.clone()).unwrap().fingerprint);
        files[0].1.extend_from_slice(b"\nMore.\n");
        assert_ne!(a, Knowledge::from_files(files).unwrap().fingerprint);
    }

    #[test]
    fn duplicate_ids_missing_files_and_bad_encoding_are_errors() {
        let mut files = sample_files();
        files.retain(|(p, _)| p != Path::new("crisis.md"));
        files.push((
            PathBuf::from("more.md"),
            b"## Again\nid: addictive\n\nText\n".to_vec(),
        ));
        files.push((PathBuf::from("bad.md"), b"## A\n\n\xff\xfe\n".to_vec()));
        let err = Knowledge::from_files(files).unwrap_err();
        let all: Vec<String> = err.problems().iter().map(|p| p.to_string()).collect();
        assert!(
            all.iter().any(|p| p
                .starts_with("more.md:1: error: the id `addictive` is already used at faq.md:1")),
            "{all:?}"
        );
        assert!(
            all.iter()
                .any(|p| p.starts_with("crisis.md: error: this file is missing")),
            "{all:?}"
        );
        assert!(
            all.iter()
                .any(|p| p.starts_with("bad.md:3: error: this file is not UTF-8")),
            "{all:?}"
        );
    }

    #[test]
    fn unknown_related_ids_are_errors() {
        let mut files = sample_files();
        files.push((
            PathBuf::from("more.md"),
            b"## Extra\nid: extra\nrelated: nope\n\nText\n".to_vec(),
        ));
        let err = Knowledge::from_files(files).unwrap_err();
        assert!(
            err.to_string()
                .contains("more.md:1: error: `related:` names `nope`")
        );
    }

    #[test]
    fn not_covered_groups_point_only_at_entries_that_exist() {
        let with = |see: &str| {
            sample_with(
                NOT_COVERED_FILE,
                &format!("## Withdrawal timeline\nsee: {see}\n\n- how long ... withdrawal\n"),
            )
        };
        let loaded = with("withdrawal").unwrap();
        assert_eq!(loaded.not_covered[0].see, [(2, "withdrawal".to_owned())]);
        let err = with("withdrawal, timeline").unwrap_err();
        assert!(
            err.to_string()
                .contains("not-covered.md:2: error: `see:` names `timeline`, but no entry"),
            "{err}"
        );
        assert!(
            !err.to_string().contains("did you mean"),
            "nothing close: {err}"
        );
        let err = with("withdrawl").unwrap_err();
        assert!(
            err.to_string().contains(
                "`see:` names `withdrawl`, but no entry has that id (did you mean `withdrawal`?)"
            ),
            "{err}"
        );
    }
}
