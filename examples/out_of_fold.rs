//! Reads the tuning sets out of fold, to choose a threshold on wording the readers never saw.
//!
//! Every fifth tuning set (`tests/questions/*.jsonl` but `holdout*`) goes in one fold. For each
//! fold, both learned readers are learned again without it (`faqbot learn-crisis` and
//! `faqbot learn-answers` on the other four fifths, in a copy of the knowledge), and the whole
//! bot answers the fold's messages. The held-out sets are answered by the shipped readers. Each
//! `--set` changes a value of a model file in every copy first, so two runs compare a threshold
//! the way round 23 chose its values (README, "Answer quality"):
//!
//! ```sh
//! cargo build --release
//! cargo run --release --example out_of_fold
//! cargo run --release --example out_of_fold -- --set crisis:threshold=0.3 --set answer:smalltalk=0.5
//! cargo run --release --example out_of_fold -- --dump /tmp/out-of-fold.jsonl
//! cargo run --release --example out_of_fold -- --learn answer:--shrink=0.002
//! ```
//!
//! `--learn model:ARG` passes `ARG` to that reader's `learn-…` command in every fold, so that
//! a learning setting (`--shrink`, `--smallest-kept`) is compared on wording the reader never
//! saw; the held-out sets are still answered by the shipped readers.
//!
//! It prints, for the tuning sets out of fold and for the held-out sets, in English and in
//! other languages: answers right and wrong, out-of-scope messages declined, crisis messages
//! given the crisis reply (and those whose reply shows no emergency number at all), smalltalk
//! given the smalltalk reply. Messages are never printed; `--dump FILE` writes each
//! tuning-set message read out of fold, with its reply's status, answer and suggestions and
//! whether the reply shows 988, as JSON lines (to look at the misses; the held-out sets' messages
//! are never written).

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context as _, bail, ensure};
use faqbot::eval::{self, Kind, Question};

const FOLDS: usize = 5;

fn main() -> anyhow::Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let faqbot = std::env::current_exe()?
        .parent()
        .and_then(Path::parent)
        .map(|release| release.join("faqbot"))
        .context("where is the faqbot binary?")?;
    ensure!(
        faqbot.exists(),
        "{} is missing: run `cargo build --release` first",
        faqbot.display()
    );
    let mut edits: Vec<(String, String, String)> = Vec::new();
    let mut learning_args: Vec<(String, String)> = Vec::new();
    let mut dump: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let setting = match arg.as_str() {
            "--set" => args.next().context("--set needs model:key=value")?,
            "--dump" => {
                dump = Some(args.next().context("--dump needs a file")?.into());
                continue;
            }
            "--learn" => {
                let learning = args.next().context("--learn needs model:ARG")?;
                let (model, arg) = learning.split_once(':').context("--learn model:ARG")?;
                let command = match model {
                    "crisis" => "learn-crisis",
                    "answer" => "learn-answers",
                    _ => bail!("the model is `crisis` or `answer`"),
                };
                learning_args.push((command.to_owned(), arg.to_owned()));
                continue;
            }
            _ => bail!(
                "usage: out_of_fold [--set crisis:threshold=0.3 | answer:smalltalk=0.5]… \
                 [--learn answer:--shrink=0.002]… [--dump FILE]"
            ),
        };
        let (model, rest) = setting.split_once(':').context("--set model:key=value")?;
        let (key, value) = rest.split_once('=').context("--set model:key=value")?;
        ensure!(
            matches!(model, "crisis" | "answer"),
            "the model is `crisis` or `answer`"
        );
        edits.push((model.to_owned(), key.to_owned(), value.to_owned()));
    }

    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("tests/questions"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let (held_out, tuning): (Vec<PathBuf>, Vec<PathBuf>) =
        files.into_iter().partition(|p| eval::is_held_out(p));

    let work = std::env::temp_dir().join(format!("faqbot-out-of-fold-{}", std::process::id()));
    let run = |name: &str, learn_from: Option<&[PathBuf]>, sets: &[PathBuf], dump: bool| {
        let dir = work.join(name);
        copy_dir(&root.join("knowledge"), &dir.join("knowledge"))?;
        let knowledge = dir.join("knowledge");
        let place: Vec<OsString> = vec![
            "--knowledge".into(),
            knowledge.clone().into(),
            "--index".into(),
            dir.join("index").into(),
        ];
        if let Some(learn_from) = learn_from {
            for command in ["learn-crisis", "learn-answers"] {
                let status = Command::new(&faqbot)
                    .args(&place)
                    .arg(command)
                    .args(
                        learning_args
                            .iter()
                            .filter(|(learner, _)| learner.as_str() == command)
                            .map(|(_, arg)| arg),
                    )
                    .args(learn_from)
                    .stdout(Stdio::null())
                    .status()?;
                ensure!(status.success(), "{command} failed for {name}");
            }
        }
        for (model, key, value) in &edits {
            set_value(&knowledge.join(format!("{model}-model.md")), key, value)?;
        }
        answer_sets(&faqbot, &place, sets, dump)
    };

    let tallies = std::thread::scope(|scope| {
        let folds: Vec<_> = (0..FOLDS)
            .map(|fold| {
                let learn_from: Vec<PathBuf> = tuning
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| i % FOLDS != fold)
                    .map(|(_, p)| p.clone())
                    .collect();
                let unseen: Vec<PathBuf> =
                    tuning.iter().skip(fold).step_by(FOLDS).cloned().collect();
                let run = &run;
                let dump = dump.is_some();
                scope.spawn(move || run(&format!("fold{fold}"), Some(&learn_from), &unseen, dump))
            })
            .collect();
        let shipped = scope.spawn(|| run("shipped", None, &held_out, false));
        let mut tuned = Tallies::default();
        let mut lines = Vec::new();
        for fold in folds {
            let (tallies, dumped) = fold.join().expect("a fold's thread")?;
            tuned.add(tallies);
            lines.extend(dumped);
        }
        let (held, _) = shipped.join().expect("the held-out thread")?;
        anyhow::Ok((tuned, held, lines))
    });
    let _ = std::fs::remove_dir_all(&work);
    let (tuned, held, lines) = tallies?;
    if let Some(path) = &dump {
        std::fs::write(path, lines.concat())
            .with_context(|| format!("writing {}", path.display()))?;
    }
    println!("tuning sets, out of fold ({} sets):", tuning.len());
    tuned.print();
    println!("held-out sets, shipped readers ({} sets):", held_out.len());
    held.print();
    Ok(())
}

/// (in another language, kind) → [messages, right, wrong]: English first. Wrong is an answer
/// to the wrong question, or a crisis message whose reply shows no emergency number.
#[derive(Default)]
struct Tallies(BTreeMap<(bool, &'static str), [usize; 3]>);

impl Tallies {
    fn add(&mut self, other: Tallies) {
        for (key, [n, right, wrong]) in other.0 {
            let t = self.0.entry(key).or_default();
            t[0] += n;
            t[1] += right;
            t[2] += wrong;
        }
    }

    fn print(&self) {
        for ((abroad, kind), [n, right, wrong]) in &self.0 {
            let language = if *abroad {
                "other languages"
            } else {
                "English"
            };
            let wrong = match *kind {
                "answered right" => format!(", {wrong} answered wrong"),
                "crisis reply" => format!(", {wrong} shown no emergency number"),
                _ => String::new(),
            };
            println!(
                "  {language:16} {kind:18} {right:>6} of {n:>6} ({:.3}){wrong}",
                *right as f64 / (*n).max(1) as f64
            );
        }
    }
}

/// Answers every message of `sets` with `faqbot ask --json --stdin` and tallies the replies;
/// with `dump`, also one JSON line per message (its set, the message, its labels and the reply).
fn answer_sets(
    faqbot: &Path,
    place: &[OsString],
    sets: &[PathBuf],
    dump: bool,
) -> anyhow::Result<(Tallies, Vec<String>)> {
    let mut questions: Vec<(Question, bool, String)> = Vec::new();
    for set in sets {
        let abroad = set.to_string_lossy().contains("multilingual");
        let name = set
            .file_stem()
            .map(|stem| stem.to_string_lossy().into_owned())
            .unwrap_or_default();
        questions.extend(
            eval::load(set)?
                .into_iter()
                .map(|q| (q, abroad, name.clone())),
        );
    }
    let mut child = Command::new(faqbot)
        .args(place)
        .args(["ask", "--json", "--stdin"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()?;
    let mut stdin = child.stdin.take().context("stdin")?;
    let lines: Vec<String> = questions
        .iter()
        .map(|(q, _, _)| serde_json::json!({ "q": q.q }).to_string())
        .collect();
    let writer = std::thread::spawn(move || -> std::io::Result<()> {
        for line in lines {
            writeln!(stdin, "{line}")?;
        }
        Ok(())
    });
    let output = child.wait_with_output()?;
    writer.join().expect("the writer thread")?;
    ensure!(output.status.success(), "faqbot ask failed");
    let replies: Vec<serde_json::Value> = String::from_utf8(output.stdout)?
        .lines()
        .map(serde_json::from_str)
        .collect::<Result<_, _>>()?;
    ensure!(replies.len() == questions.len(), "one reply a message");
    let mut tallies = Tallies::default();
    let mut dumped = Vec::new();
    for ((q, abroad, set), reply) in questions.iter().zip(&replies) {
        let status = reply["status"].as_str().unwrap_or_default();
        // The crisis reply and bot.md's danger note both give 988; a reply without it shows
        // no emergency number at all.
        let shows_988 = reply["reply"].as_str().unwrap_or_default().contains("988");
        let (kind, right, wrong) = match q.kind {
            Kind::Answer => {
                let id = reply["answer"]["id"].as_str().unwrap_or_default();
                let answered = status == "answered";
                let right = answered && q.accept.iter().any(|a| a == id);
                ("answered right", right, answered && !right)
            }
            Kind::OutOfScope => ("declined", status == "no_match", false),
            Kind::Crisis => ("crisis reply", status == "crisis", !shows_988),
            Kind::Smalltalk => ("smalltalk reply", status == "smalltalk", false),
        };
        let t = tallies.0.entry((*abroad, kind)).or_default();
        t[0] += 1;
        t[1] += usize::from(right);
        t[2] += usize::from(wrong);
        if dump {
            let suggested: Vec<&str> = reply["suggestions"]
                .as_array()
                .map(|s| s.iter().filter_map(|s| s["id"].as_str()).collect())
                .unwrap_or_default();
            let line = serde_json::json!({
                "set": set,
                "q": q.q,
                "kind": q.kind.name(),
                "accept": q.accept,
                "style": q.style,
                "status": status,
                "answered": reply["answer"]["id"],
                "suggested": suggested,
                "correct": right,
                "shows_988": shows_988,
            });
            dumped.push(format!("{line}\n"));
        }
    }
    Ok((tallies, dumped))
}

/// Writes `key: value` in place of the model file's `key:` line.
fn set_value(file: &Path, key: &str, value: &str) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(file)?;
    let prefix = format!("{key}:");
    let mut found = false;
    let lines: Vec<String> = text
        .lines()
        .map(|line| {
            if !found && line.starts_with(&prefix) {
                found = true;
                format!("{key}: {value}")
            } else {
                line.to_owned()
            }
        })
        .collect();
    ensure!(found, "{} has no `{key}:` line", file.display());
    std::fs::write(file, lines.join("\n") + "\n")?;
    Ok(())
}

fn copy_dir(from: &Path, to: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}
