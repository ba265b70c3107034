//! The knowledge being served: one [`Brain`] at a time, replaced whole when the knowledge
//! changes. Questions in flight keep the brain they started with (an `Arc`), so a reload never
//! changes an answer halfway, and a failed reload changes nothing: the last good knowledge keeps
//! serving.

use std::fmt;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use arc_swap::ArcSwap;

use crate::index::SearchIndex;
use crate::knowledge::{Knowledge, KnowledgeError};
use crate::matcher::Brain;

/// The brain currently serving, shared by every handler.
#[derive(Debug)]
pub struct LiveBrain {
    current: ArcSwap<Brain>,
}

impl LiveBrain {
    pub fn new(brain: Brain) -> LiveBrain {
        LiveBrain {
            current: ArcSwap::from_pointee(brain),
        }
    }

    /// The brain to answer with now.
    pub fn get(&self) -> Arc<Brain> {
        self.current.load_full()
    }

    /// Puts `brain` in service; returns the one it replaces.
    pub fn replace(&self, brain: Brain) -> Arc<Brain> {
        self.current.swap(Arc::new(brain))
    }
}

/// What a reload changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReloadReport {
    /// Entries in the new knowledge.
    pub entries: usize,
    pub added: Vec<String>,
    pub removed: Vec<String>,
    pub edited: Vec<String>,
    /// Other parts that changed ("bot texts", "crisis phrases"…).
    pub also_changed: Vec<&'static str>,
    /// Nothing changed (same fingerprint): nothing was rebuilt.
    pub unchanged: bool,
    /// Warnings of the new knowledge.
    pub warnings: Vec<String>,
}

impl fmt::Display for ReloadReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.unchanged {
            return write!(
                f,
                "the knowledge has not changed ({} entries)",
                self.entries
            );
        }
        write!(f, "knowledge reloaded: {} entries", self.entries)?;
        for (label, ids) in [
            ("added", &self.added),
            ("removed", &self.removed),
            ("edited", &self.edited),
        ] {
            if !ids.is_empty() {
                write!(f, "; {label}: {}", ids.join(", "))?;
            }
        }
        if !self.also_changed.is_empty() {
            write!(f, "; also changed: {}", self.also_changed.join(", "))?;
        }
        if self.added.is_empty()
            && self.removed.is_empty()
            && self.edited.is_empty()
            && self.also_changed.is_empty()
        {
            write!(f, "; no answer changed (comments or layout only)")?;
        }
        Ok(())
    }
}

/// Why a reload did not happen. The last good knowledge keeps serving.
#[derive(Debug, thiserror::Error)]
pub enum ReloadError {
    #[error(transparent)]
    Knowledge(#[from] KnowledgeError),
    #[error("cannot build the index: {0:#}")]
    Index(anyhow::Error),
}

/// Reloads the knowledge from its folder into a [`LiveBrain`].
#[derive(Debug)]
pub struct Reloader {
    knowledge_dir: PathBuf,
    /// `None`: the index is built in memory.
    index_dir: Option<PathBuf>,
    live: Arc<LiveBrain>,
    /// One reload at a time (the watcher and /reload may ask together).
    busy: Mutex<()>,
}

impl Reloader {
    pub fn new(
        knowledge_dir: PathBuf,
        index_dir: Option<PathBuf>,
        live: Arc<LiveBrain>,
    ) -> Reloader {
        Reloader {
            knowledge_dir,
            index_dir,
            live,
            busy: Mutex::new(()),
        }
    }

    pub fn live(&self) -> &Arc<LiveBrain> {
        &self.live
    }

    pub fn knowledge_dir(&self) -> &std::path::Path {
        &self.knowledge_dir
    }

    /// Loads and checks the knowledge, builds its index beside the live one, and swaps the new
    /// brain in. On any error nothing changes. Blocking (it builds an index): call it from a
    /// blocking thread.
    pub fn reload(&self) -> Result<ReloadReport, ReloadError> {
        let _one_at_a_time = self
            .busy
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let knowledge = Knowledge::load(&self.knowledge_dir)?;
        let current = self.live.get();
        let old = current.knowledge();
        let warnings = knowledge.warnings.iter().map(ToString::to_string).collect();
        if knowledge.fingerprint == old.fingerprint {
            return Ok(ReloadReport {
                entries: old.entries.len(),
                unchanged: true,
                warnings,
                ..ReloadReport::default()
            });
        }
        let index = match &self.index_dir {
            Some(dir) => SearchIndex::open_or_build(dir, &knowledge).map(|(index, _)| index),
            None => SearchIndex::build_in_memory(&knowledge),
        }
        .map_err(ReloadError::Index)?;
        let mut report = difference(old, &knowledge);
        report.warnings = warnings;
        let brain = Brain::new(Arc::new(knowledge), index).map_err(ReloadError::Index)?;
        self.live.replace(brain);
        Ok(report)
    }
}

/// What changed from `old` to `new`.
pub fn difference(old: &Knowledge, new: &Knowledge) -> ReloadReport {
    let mut report = ReloadReport {
        entries: new.entries.len(),
        ..ReloadReport::default()
    };
    for entry in &new.entries {
        match old.entry(&entry.id) {
            None => report.added.push(entry.id.clone()),
            Some(before) => {
                let asks = |e: &crate::knowledge::Entry| {
                    e.asks.iter().map(|a| a.text.clone()).collect::<Vec<_>>()
                };
                if before.title != entry.title
                    || before.body != entry.body
                    || asks(before) != asks(entry)
                    || before.related != entry.related
                {
                    report.edited.push(entry.id.clone());
                }
            }
        }
    }
    for entry in &old.entries {
        if new.entry(&entry.id).is_none() {
            report.removed.push(entry.id.clone());
        }
    }
    if old.texts != new.texts {
        report.also_changed.push("bot texts");
    }
    if old.crisis != new.crisis {
        report.also_changed.push("crisis phrases");
    }
    if old.lexicon != new.lexicon {
        report.also_changed.push("synonyms");
    }
    if old.smalltalk != new.smalltalk {
        report.also_changed.push("smalltalk");
    }
    if old.not_covered != new.not_covered {
        report.also_changed.push("not-covered questions");
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::tests::sample_files;

    fn write(dir: &std::path::Path, files: &[(PathBuf, Vec<u8>)]) {
        for (path, bytes) in files {
            std::fs::write(dir.join(path), bytes).unwrap();
        }
    }

    #[test]
    fn a_good_edit_goes_live_and_a_bad_one_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), &sample_files());
        let brain = Brain::in_memory(Knowledge::load(dir.path()).unwrap()).unwrap();
        let live = Arc::new(LiveBrain::new(brain));
        let reloader = Reloader::new(dir.path().to_path_buf(), None, live.clone());

        assert!(reloader.reload().unwrap().unchanged);

        let faq = dir.path().join("faq.md");
        let text = std::fs::read_to_string(&faq).unwrap();
        std::fs::write(
            &faq,
            text.replace("Yes, it can be.", "Yes, it can be, mostly psychologically.")
                + "\n## What is a zebra?\nid: zebra\n\nA striped horse.\n",
        )
        .unwrap();
        let report = reloader.reload().unwrap();
        assert_eq!(report.added, ["zebra"]);
        assert_eq!(report.edited, ["addictive"]);
        assert_eq!(
            report.to_string(),
            "knowledge reloaded: 3 entries; added: zebra; edited: addictive"
        );
        assert_eq!(live.get().knowledge().entries.len(), 3);

        std::fs::write(&faq, "## Broken\nid: Not Valid\n").unwrap();
        let error = reloader.reload().unwrap_err();
        assert!(error.to_string().contains("faq.md:2"), "{error}");
        assert_eq!(
            live.get().knowledge().entries.len(),
            3,
            "the last good knowledge still serves"
        );
    }
}
