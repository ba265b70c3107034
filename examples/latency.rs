//! Per-question latency in process, as criterion does not give it: every line of
//! `tests/questions/*.jsonl` goes through the whole path of a message (crisis check,
//! normalisation, spelling, search, decision, reply formatting: `brain.answer(q)` then
//! `Reply::for_decision(..).render_telegram()`), each call timed on its own; then the median,
//! p90, p99 and max over all calls, and the same over each question's own median. Also the time
//! to build everything first (knowledge, index in memory and on disk, brain) and the resident
//! size. See `PERFORMANCE.md`.
//!
//! ```sh
//! cargo run --release --example latency                       # the shipped knowledge
//! cargo run --release --example latency -- 1000 10000 100000  # + synthetic knowledge of N entries
//! cargo run --release --example latency -- --reps 50 0        # 0 = the shipped knowledge alone
//! ```
//!
//! Synthetic knowledge is made in memory by `examples/synthetic_knowledge.rs` (same generator,
//! same seed), and also written to a temporary folder for the on-disk index build. Memory
//! figures are only meaningful for the first size of a run (memory freed by one size is kept by
//! the allocator for the next): measure one size per run for them.

#[path = "synthetic_knowledge.rs"]
mod synthetic;

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use faqbot::eval::{self, Question};
use faqbot::index::SearchIndex;
use faqbot::knowledge::Knowledge;
use faqbot::matcher::{Brain, IndexSource};
use faqbot::reply::Reply;

fn main() -> anyhow::Result<()> {
    let mut reps = 20usize;
    let mut sizes = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--reps" => reps = args.next().expect("--reps N").parse()?,
            "-h" | "--help" => {
                println!(
                    "usage: cargo run --release --example latency -- [--reps N] [ENTRIES…]  (0 = shipped knowledge)"
                );
                return Ok(());
            }
            n => sizes.push(n.replace('_', "").parse::<usize>()?),
        }
    }
    if sizes.is_empty() {
        sizes.push(0);
    }
    let (questions, held_out) = all_questions()?;
    println!(
        "{} questions (all lines of tests/questions/*.jsonl), {reps} timed passes each; resident size now {}",
        questions.len(),
        memory()
    );
    for size in sizes {
        run(size, &questions, &held_out, reps)?;
    }
    Ok(())
}

/// Every question of `tests/questions/*.jsonl`, files in name order, and for each whether it
/// comes from a held-out set, whose words nobody on the project reads: the list of slowest
/// questions leaves them out.
fn all_questions() -> anyhow::Result<(Vec<Question>, Vec<bool>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/questions");
    let (mut questions, mut held_out) = (Vec::new(), Vec::new());
    for path in eval::question_sets(&dir)? {
        let set = eval::load(&path)?;
        held_out.extend(std::iter::repeat_n(eval::is_held_out(&path), set.len()));
        questions.extend(set);
    }
    Ok((questions, held_out))
}

fn run(size: usize, questions: &[Question], held_out: &[bool], reps: usize) -> anyhow::Result<()> {
    let label = if size == 0 {
        "shipped knowledge".to_owned()
    } else {
        format!("shipped + {size} synthetic entries")
    };
    println!("\n== {label}");

    let started = Instant::now();
    let files = if size == 0 {
        synthetic::shipped_files()
    } else {
        synthetic::generate(size, synthetic::DEFAULT_SEED)
    };
    let generate = started.elapsed();
    let bytes: usize = files.iter().map(|(_, b)| b.len()).sum();

    // On disk first, as `faqbot index` and `faqbot serve` do.
    let folder = tempfile::tempdir()?;
    let knowledge_dir = folder.path().join("knowledge");
    let index_dir = folder.path().join("index");
    synthetic::write_files(&knowledge_dir, &files)?;
    let started = Instant::now();
    let loaded = Knowledge::load(&knowledge_dir)?;
    let load = started.elapsed();
    let started = Instant::now();
    SearchIndex::build(&index_dir, &loaded)?;
    let disk_build = started.elapsed();
    drop(loaded);
    let started = Instant::now();
    let (reopened, source) = Brain::open(&knowledge_dir, &index_dir)?;
    let open = started.elapsed();
    assert_eq!(source, IndexSource::Reused);
    drop(reopened);

    let rss_before = rss_kb();
    let started = Instant::now();
    let knowledge = Knowledge::from_files(files)?;
    let parse = started.elapsed();
    let entries = knowledge.entries.len();
    let documents: usize = knowledge.entries.iter().map(|e| e.asks.len() + 3).sum();
    let started = Instant::now();
    let index = SearchIndex::build_in_memory(&knowledge)?;
    let ram_build = started.elapsed();
    let started = Instant::now();
    let brain = Brain::new(std::sync::Arc::new(knowledge), index)?;
    let compile = started.elapsed();
    let rss_after = rss_kb();
    println!(
        "{entries} entries, {documents} index documents, {:.1} MB of Markdown; {brain:?}",
        bytes as f64 / 1e6
    );
    println!(
        "build: generate {} | Knowledge::load (disk) {} | SearchIndex::build (disk) {} | \
         Brain::open with the index built (cold start: load + open + compile) {}",
        ms(generate),
        ms(load),
        ms(disk_build),
        ms(open)
    );
    println!(
        "       Knowledge::from_files {} | SearchIndex::build_in_memory {} | Brain::new (speller, corpus, rules) {}",
        ms(parse),
        ms(ram_build),
        ms(compile)
    );
    println!(
        "memory: resident {} (the brain: about {:.1} MB more than before it was built)",
        memory(),
        (rss_after.saturating_sub(rss_before)) as f64 / 1024.0
    );

    let k = brain.knowledge().clone();
    let pipeline = |q: &str| {
        let decision = brain.answer(q);
        let messages = Reply::for_decision(&decision, &k).render_telegram();
        black_box((decision, messages));
    };
    // Warm up: one pass.
    for q in questions {
        pipeline(&q.q);
    }
    let mut all: Vec<Duration> = Vec::with_capacity(questions.len() * reps);
    let mut per_question: Vec<Vec<Duration>> = vec![Vec::with_capacity(reps); questions.len()];
    let wall = Instant::now();
    for _ in 0..reps {
        for (i, q) in questions.iter().enumerate() {
            let started = Instant::now();
            pipeline(&q.q);
            let took = started.elapsed();
            all.push(took);
            per_question[i].push(took);
        }
    }
    let wall = wall.elapsed();
    // The same for the matcher alone, and for the reply alone, to split the cost.
    let mut answer_only = Vec::with_capacity(questions.len());
    let mut reply_only = Vec::with_capacity(questions.len());
    for q in questions {
        let started = Instant::now();
        let decision = brain.answer(&q.q);
        answer_only.push(started.elapsed());
        let started = Instant::now();
        black_box(Reply::for_decision(&decision, &k).render_telegram());
        reply_only.push(started.elapsed());
        black_box(decision);
    }

    let mut medians: Vec<(Duration, usize)> = per_question
        .iter_mut()
        .enumerate()
        .map(|(i, times)| {
            times.sort();
            (times[times.len() / 2], i)
        })
        .collect();
    medians.sort();
    all.sort();
    answer_only.sort();
    reply_only.sort();
    let by_question: Vec<Duration> = medians.iter().map(|(d, _)| *d).collect();
    println!(
        "answer + reply, all {} calls:        {}",
        all.len(),
        summary(&all)
    );
    println!(
        "answer + reply, per-question median: {}",
        summary(&by_question)
    );
    println!(
        "brain.answer alone (1 pass):         {}",
        summary(&answer_only)
    );
    println!(
        "reply formatting alone (1 pass):     {}",
        summary(&reply_only)
    );
    println!(
        "one thread: {:.0} questions a second (mean {:.1} µs)",
        all.len() as f64 / wall.as_secs_f64(),
        wall.as_secs_f64() * 1e6 / all.len() as f64
    );
    println!("slowest questions of the tuning sets (their median):");
    let tuning = medians
        .iter()
        .rev()
        .filter(|(_, i)| !held_out.get(*i).copied().unwrap_or(true));
    for (took, i) in tuning.take(5) {
        let decision = brain.answer(&questions[*i].q);
        println!(
            "  {:>9}  {:<11} {:?}",
            us(*took),
            decision.outcome.status(),
            shorten(&questions[*i].q, 90)
        );
    }
    println!("memory after the passes: {}", memory());
    Ok(())
}

fn percentile(sorted: &[Duration], q: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * q).round() as usize]
}

fn summary(sorted: &[Duration]) -> String {
    format!(
        "median {}  p90 {}  p99 {}  max {}",
        us(percentile(sorted, 0.5)),
        us(percentile(sorted, 0.9)),
        us(percentile(sorted, 0.99)),
        us(percentile(sorted, 1.0))
    )
}

fn us(d: Duration) -> String {
    let micros = d.as_secs_f64() * 1e6;
    if micros >= 1000.0 {
        format!("{:.2} ms", micros / 1000.0)
    } else {
        format!("{micros:.1} µs")
    }
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1e3)
}

fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        text.chars().take(max).collect::<String>() + "…"
    }
}

/// VmRSS of this process, in kB.
fn rss_kb() -> u64 {
    status_kb("VmRSS:")
}

fn status_kb(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|n| n.parse().ok())
        })
        .unwrap_or(0)
}

fn memory() -> String {
    format!(
        "VmRSS {:.1} MB, VmHWM (peak) {:.1} MB",
        rss_kb() as f64 / 1024.0,
        status_kb("VmHWM:") as f64 / 1024.0
    )
}
