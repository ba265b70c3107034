//! faqbot against a plain BM25 baseline, side by side in one run, on the same entries and the
//! same question sets: accuracy and latency of both. See `PERFORMANCE.md`.
//!
//! ```sh
//! cargo run --release --example compare_baseline                      # all tests/questions/*.jsonl
//! cargo run --release --example compare_baseline -- tests/questions/holdout.jsonl
//! cargo run --release --example compare_baseline -- --synthetic 10000 # + 10,000 distractor entries
//! cargo run --release --example compare_baseline -- --reps 20         # more timing passes (default 5)
//! ```
//!
//! The baseline is Tantivy with its defaults: every entry is one document (heading, `ask:` lines
//! and answer text in one `TEXT` field: the `default` tokenizer, i.e. split on non-alphanumerics,
//! drop tokens over 40 bytes, lowercase; no stemming, no stop words), and a message becomes one
//! `TermQuery` per distinct token of the message (same tokenizer), all `Should`, BM25 scoring.
//! Never Tantivy's `QueryParser`: user text can make it fail or abort. No fuzzy terms, no
//! synonyms, no crisis or smalltalk rules. The top hit is the answer; the baseline declines only
//! when nothing matches at all.
//!
//! Scores, for both:
//! - answer questions (`kind: answer`): the share whose answer is an entry of `accept`. For faqbot
//!   that is an `answered` decision (as `faqbot eval` counts it); a "did you mean" is not an
//!   answer. Also shown: faqbot's top-ranked candidate whatever it decided (ranking alone), and
//!   an accepted entry among its answer or suggestions;
//! - out of scope (`kind: out_of_scope`): the share declined (faqbot: `no_match`; baseline: no hit);
//! - crisis and smalltalk: faqbot's share with the crisis / smalltalk reply; the baseline has
//!   no such reply (it answers them with an entry, or not at all).
//!
//! Latency: the matching alone (faqbot `brain.answer`, the baseline's tokenizing, query and
//! search with the stored id read back), each call timed on its own, over `--reps` passes.

#[path = "synthetic_knowledge.rs"]
mod synthetic;

use std::collections::BTreeSet;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use faqbot::eval::{self, Kind, Question};
use faqbot::knowledge::Knowledge;
use faqbot::matcher::{Brain, Outcome};
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, STORED, STRING, Schema, TEXT, Value};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Index, IndexReader, TantivyDocument, Term};

/// The plain BM25 baseline.
struct Baseline {
    reader: IndexReader,
    text: tantivy::schema::Field,
    id: tantivy::schema::Field,
    tokenizer: TextAnalyzer,
}

impl Baseline {
    fn build(knowledge: &Knowledge) -> anyhow::Result<Baseline> {
        let mut builder = Schema::builder();
        let text = builder.add_text_field("text", TEXT);
        let id = builder.add_text_field("id", STRING | STORED);
        let index = Index::create_in_ram(builder.build());
        let mut writer = index.writer_with_num_threads(1, 64 * 1024 * 1024)?;
        for entry in &knowledge.entries {
            let mut all = entry.title.clone();
            for ask in &entry.asks {
                all.push('\n');
                all.push_str(&ask.text);
            }
            all.push('\n');
            all.push_str(&entry.body);
            let mut doc = TantivyDocument::new();
            doc.add_text(text, &all);
            doc.add_text(id, &entry.id);
            writer.add_document(doc)?;
        }
        writer.commit()?;
        writer.wait_merging_threads()?;
        let tokenizer = index.tokenizer_for_field(text)?;
        let reader = index.reader()?;
        Ok(Baseline {
            reader,
            text,
            id,
            tokenizer,
        })
    }

    /// The id of the best entry, or `None` when no entry shares a word with the message.
    fn answer(&self, message: &str) -> Option<String> {
        let mut tokenizer = self.tokenizer.clone();
        let mut stream = tokenizer.token_stream(message);
        let mut words = BTreeSet::new();
        while stream.advance() {
            words.insert(stream.token().text.clone());
        }
        if words.is_empty() {
            return None;
        }
        let clauses: Vec<(Occur, Box<dyn Query>)> = words
            .iter()
            .map(|w| {
                let term = Term::from_field_text(self.text, w);
                let query: Box<dyn Query> =
                    Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs));
                (Occur::Should, query)
            })
            .collect();
        let query = BooleanQuery::new(clauses);
        let searcher = self.reader.searcher();
        let top = searcher
            .search(&query, &TopDocs::with_limit(1).order_by_score())
            .ok()?;
        let (_, address) = top.first()?;
        let doc: TantivyDocument = searcher.doc(*address).ok()?;
        doc.get_first(self.id)
            .and_then(|v| v.as_str())
            .map(str::to_owned)
    }
}

/// How one system did on one set.
#[derive(Default)]
struct Tally {
    answer_n: usize,
    answer_ok: usize,
    /// faqbot: top-ranked candidate accepted, whatever the decision.
    ranked_ok: usize,
    /// faqbot: accepted entry answered or suggested.
    top3_ok: usize,
    oos_n: usize,
    oos_declined: usize,
    crisis_n: usize,
    crisis_ok: usize,
    /// Baseline: crisis messages answered with an ordinary entry.
    crisis_answered: usize,
    smalltalk_n: usize,
    smalltalk_ok: usize,
    times: Vec<Duration>,
}

fn rate(ok: usize, n: usize) -> String {
    if n == 0 {
        "-".to_owned()
    } else {
        format!("{:.1}% ({ok}/{n})", 100.0 * ok as f64 / n as f64)
    }
}

fn percentile(sorted: &[Duration], q: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() - 1) as f64 * q).round() as usize]
}

fn us(d: Duration) -> String {
    format!("{:.1} µs", d.as_secs_f64() * 1e6)
}

fn main() -> anyhow::Result<()> {
    let mut reps = 5usize;
    let mut synthetic_entries = 0usize;
    let mut paths: Vec<PathBuf> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--reps" => reps = args.next().expect("--reps N").parse()?,
            "--synthetic" => {
                synthetic_entries = args
                    .next()
                    .expect("--synthetic N")
                    .replace('_', "")
                    .parse()?
            }
            "-h" | "--help" => {
                println!(
                    "usage: cargo run --release --example compare_baseline -- [--reps N] [--synthetic N] [QUESTIONS.jsonl…]"
                );
                return Ok(());
            }
            path => paths.push(PathBuf::from(path)),
        }
    }
    if paths.is_empty() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/questions");
        paths = faqbot::eval::question_sets(&dir)?;
    }
    let sets: Vec<(String, Vec<Question>)> = paths
        .iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            eval::load(p).map(|q| (name, q))
        })
        .collect::<anyhow::Result<_>>()?;

    let files = if synthetic_entries == 0 {
        synthetic::shipped_files()
    } else {
        synthetic::generate(synthetic_entries, synthetic::DEFAULT_SEED)
    };
    let knowledge = Knowledge::from_files(files)?;
    let entries = knowledge.entries.len();
    let started = Instant::now();
    let baseline = Baseline::build(&knowledge)?;
    let baseline_build = started.elapsed();
    let started = Instant::now();
    let brain = Brain::in_memory(knowledge)?;
    let brain_build = started.elapsed();
    let k = brain.knowledge().clone();
    println!(
        "{entries} entries{}; built in memory: faqbot {:.0} ms (index + brain), baseline {:.0} ms",
        if synthetic_entries > 0 {
            format!(" (shipped + {synthetic_entries} synthetic)")
        } else {
            " (shipped knowledge)".to_owned()
        },
        brain_build.as_secs_f64() * 1e3,
        baseline_build.as_secs_f64() * 1e3
    );

    let mut total_faqbot = Tally::default();
    let mut total_baseline = Tally::default();
    let mut rows = Vec::new();
    for (name, questions) in &sets {
        let mut faqbot = Tally::default();
        let mut plain = Tally::default();
        // Warm up both.
        for q in questions {
            black_box(brain.answer(&q.q));
            black_box(baseline.answer(&q.q));
        }
        for q in questions {
            let accepted = |id: &str| q.accept.iter().any(|a| a == id);
            let decision = brain.answer(&q.q);
            let answered = match &decision.outcome {
                Outcome::Answered { entry, .. } => Some(k.entries[*entry].id.as_str()),
                _ => None,
            };
            let suggested: Vec<&str> = match &decision.outcome {
                Outcome::Suggestions { entries } => {
                    entries.iter().map(|&e| k.entries[e].id.as_str()).collect()
                }
                _ => Vec::new(),
            };
            let status = decision.outcome.status();
            let top = baseline.answer(&q.q);
            match q.kind {
                Kind::Answer => {
                    faqbot.answer_n += 1;
                    plain.answer_n += 1;
                    faqbot.answer_ok += usize::from(answered.is_some_and(accepted));
                    faqbot.ranked_ok += usize::from(
                        decision
                            .candidates
                            .first()
                            .is_some_and(|c| accepted(&k.entries[c.entry].id)),
                    );
                    faqbot.top3_ok += usize::from(
                        answered.is_some_and(accepted) || suggested.iter().any(|s| accepted(s)),
                    );
                    plain.answer_ok += usize::from(top.as_deref().is_some_and(accepted));
                }
                Kind::OutOfScope => {
                    faqbot.oos_n += 1;
                    plain.oos_n += 1;
                    faqbot.oos_declined += usize::from(status == "no_match");
                    plain.oos_declined += usize::from(top.is_none());
                }
                Kind::Crisis => {
                    faqbot.crisis_n += 1;
                    plain.crisis_n += 1;
                    faqbot.crisis_ok += usize::from(status == "crisis");
                    faqbot.crisis_answered += usize::from(answered.is_some());
                    plain.crisis_answered += usize::from(top.is_some());
                }
                Kind::Smalltalk => {
                    faqbot.smalltalk_n += 1;
                    plain.smalltalk_n += 1;
                    faqbot.smalltalk_ok += usize::from(status == "smalltalk");
                }
            }
        }
        // Timing passes, the two interleaved question by question so that both see the same
        // machine load.
        for _ in 0..reps {
            for q in questions {
                let started = Instant::now();
                black_box(brain.answer(&q.q));
                faqbot.times.push(started.elapsed());
                let started = Instant::now();
                black_box(baseline.answer(&q.q));
                plain.times.push(started.elapsed());
            }
        }
        for (total, one) in [(&mut total_faqbot, &faqbot), (&mut total_baseline, &plain)] {
            total.answer_n += one.answer_n;
            total.answer_ok += one.answer_ok;
            total.ranked_ok += one.ranked_ok;
            total.top3_ok += one.top3_ok;
            total.oos_n += one.oos_n;
            total.oos_declined += one.oos_declined;
            total.crisis_n += one.crisis_n;
            total.crisis_ok += one.crisis_ok;
            total.crisis_answered += one.crisis_answered;
            total.smalltalk_n += one.smalltalk_n;
            total.smalltalk_ok += one.smalltalk_ok;
            total.times.extend(one.times.iter().copied());
        }
        rows.push((
            format!("{name} ({} questions)", questions.len()),
            faqbot,
            plain,
        ));
    }
    let n: usize = sets.iter().map(|(_, q)| q.len()).sum();
    rows.push((
        format!("all sets ({n} questions)"),
        total_faqbot,
        total_baseline,
    ));

    for (name, mut faqbot, mut plain) in rows {
        faqbot.times.sort();
        plain.times.sort();
        println!("\n== {name}");
        println!(
            "| | faqbot | BM25 baseline |\n| --- | --- | --- |\n\
             | answer: top entry accepted | {} | {} |\n\
             | answer: top-ranked candidate accepted (ranking alone) | {} | {} |\n\
             | answer: accepted entry answered or suggested | {} | - |\n\
             | out of scope: declined | {} | {} |\n\
             | crisis: emergency reply | {} | - (answered with an entry: {}) |\n\
             | smalltalk: smalltalk reply | {} | - |\n\
             | latency median | {} | {} |\n\
             | latency p99 | {} | {} |",
            rate(faqbot.answer_ok, faqbot.answer_n),
            rate(plain.answer_ok, plain.answer_n),
            rate(faqbot.ranked_ok, faqbot.answer_n),
            rate(plain.answer_ok, plain.answer_n),
            rate(faqbot.top3_ok, faqbot.answer_n),
            rate(faqbot.oos_declined, faqbot.oos_n),
            rate(plain.oos_declined, plain.oos_n),
            rate(faqbot.crisis_ok, faqbot.crisis_n),
            rate(plain.crisis_answered, plain.crisis_n),
            rate(faqbot.smalltalk_ok, faqbot.smalltalk_n),
            us(percentile(&faqbot.times, 0.5)),
            us(percentile(&plain.times, 0.5)),
            us(percentile(&faqbot.times, 0.99)),
            us(percentile(&plain.times, 0.99)),
        );
    }
    Ok(())
}
