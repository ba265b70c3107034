//! Noticing that staff saved a knowledge file. File-system events (notify, debounced: an editor
//! saving writes several times) are reduced to "the knowledge may have changed"; the reload
//! itself decides, by fingerprint, whether anything did. Where file-system events are not
//! available (some network and container file systems), the folder is polled instead.

use std::path::Path;
use std::time::Duration;

use notify::{PollWatcher, RecommendedWatcher, RecursiveMode};
use notify_debouncer_mini::{Config, DebounceEventResult, Debouncer, new_debouncer_opt};

/// Quiet time after the last event before a change is reported.
pub const DEBOUNCE: Duration = Duration::from_millis(400);
/// Polling interval when file-system events are not available.
pub const POLL_INTERVAL: Duration = Duration::from_secs(2);

/// Keeps watching while it lives.
pub enum Watch {
    Events(Debouncer<RecommendedWatcher>),
    Polling(Debouncer<PollWatcher>),
}

/// Calls `changed` (from a watcher thread) whenever a knowledge file (`*.md`) under `dir` may
/// have changed.
pub fn watch(dir: &Path, changed: impl Fn() + Send + Sync + 'static) -> anyhow::Result<Watch> {
    let changed = std::sync::Arc::new(changed);
    let handler = |changed: std::sync::Arc<dyn Fn() + Send + Sync>| {
        move |result: DebounceEventResult| match result {
            Ok(events) => {
                if events.iter().any(|e| is_knowledge_file(&e.path)) {
                    changed();
                }
            }
            Err(error) => tracing::warn!("watching the knowledge folder: {error}"),
        }
    };
    let config = Config::default().with_timeout(DEBOUNCE);
    match new_debouncer_opt::<_, RecommendedWatcher>(config, handler(changed.clone())) {
        Ok(mut debouncer) => match debouncer.watcher().watch(dir, RecursiveMode::Recursive) {
            Ok(()) => return Ok(Watch::Events(debouncer)),
            Err(error) => tracing::warn!(
                "file-system events unavailable ({error}); polling the knowledge folder"
            ),
        },
        Err(error) => {
            tracing::warn!("file-system events unavailable ({error}); polling the knowledge folder")
        }
    }
    let config = Config::default()
        .with_timeout(DEBOUNCE)
        .with_notify_config(notify::Config::default().with_poll_interval(POLL_INTERVAL));
    let mut debouncer = new_debouncer_opt::<_, PollWatcher>(config, handler(changed))?;
    debouncer.watcher().watch(dir, RecursiveMode::Recursive)?;
    Ok(Watch::Polling(debouncer))
}

/// Markdown files count; editors' swap and backup files do not.
fn is_knowledge_file(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    !name.starts_with('.') && !name.ends_with('~') && (name.ends_with(".md") || path.is_dir())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn only_markdown_files_count() {
        assert!(is_knowledge_file(Path::new("knowledge/faq.md")));
        assert!(!is_knowledge_file(Path::new("knowledge/.faq.md.swp")));
        assert!(!is_knowledge_file(Path::new("knowledge/faq.md~")));
        assert!(!is_knowledge_file(Path::new("knowledge/notes.txt")));
    }

    #[test]
    fn a_saved_file_is_noticed() {
        let dir = tempfile::tempdir().unwrap();
        let seen = Arc::new(AtomicUsize::new(0));
        let counter = seen.clone();
        let _watch = watch(dir.path(), move || {
            counter.fetch_add(1, Ordering::SeqCst);
        })
        .unwrap();
        std::thread::sleep(Duration::from_millis(200));
        std::fs::write(dir.path().join("faq.md"), "## A\n\nB\n").unwrap();
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while seen.load(Ordering::SeqCst) == 0 && std::time::Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
        assert!(seen.load(Ordering::SeqCst) >= 1);
    }
}
