//! Answering in process: `brain.answer(q)` then `Reply::for_decision(..).render_telegram()`, for
//! every line of `tests/questions/*.jsonl`, on the shipped knowledge and on synthetic knowledge
//! of 1,000, 10,000 and 100,000 entries (made in memory by `examples/synthetic_knowledge.rs`).
//!
//! ```sh
//! cargo bench --bench answer                              # every size (100,000 takes minutes)
//! FAQBOT_BENCH_SIZES=0,1000 cargo bench --bench answer    # 0 = the shipped knowledge
//! ```
//!
//! One criterion iteration is the whole question set; criterion reports its time and the
//! questions per second ("thrpt"). Criterion gives no per-question percentiles, so after each
//! size this also times every question on its own (5 passes) and prints the median and p99 of a
//! single question (`examples/latency.rs` does the same with more detail), and how long the
//! brain took to build.

mod common;
#[path = "../examples/synthetic_knowledge.rs"]
mod synthetic;

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{
    BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main,
};
use faqbot::knowledge::Knowledge;
use faqbot::matcher::Brain;
use faqbot::reply::Reply;

fn questions() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/questions");
    faqbot::eval::load_all(&dir)
        .unwrap()
        .into_iter()
        .map(|q| q.q)
        .collect()
}

fn brain(size: usize) -> Brain {
    let started = Instant::now();
    let files = if size == 0 {
        synthetic::shipped_files()
    } else {
        synthetic::generate(size, synthetic::DEFAULT_SEED)
    };
    let knowledge = Knowledge::from_files(files).unwrap();
    let brain = Brain::in_memory(knowledge).unwrap();
    eprintln!(
        "{}: {} entries; knowledge + index in memory + brain built in {:.2} s",
        common::label(size),
        brain.knowledge().entries.len(),
        started.elapsed().as_secs_f64()
    );
    brain
}

fn answer_and_reply(brain: &Brain, q: &str) {
    let decision = brain.answer(q);
    let messages = Reply::for_decision(&decision, brain.knowledge()).render_telegram();
    black_box((decision, messages));
}

/// Each question timed alone, `passes` times: median and p99 of one question.
fn per_question(brain: &Brain, questions: &[String], passes: usize) -> String {
    let mut times: Vec<Duration> = Vec::with_capacity(questions.len() * passes);
    for _ in 0..passes {
        for q in questions {
            let started = Instant::now();
            answer_and_reply(brain, q);
            times.push(started.elapsed());
        }
    }
    times.sort();
    let at = |p: f64| times[((times.len() - 1) as f64 * p).round() as usize];
    let us = |d: Duration| d.as_secs_f64() * 1e6;
    format!(
        "one question: median {:.1} µs, p99 {:.1} µs, max {:.1} µs ({} timings)",
        us(at(0.5)),
        us(at(0.99)),
        us(at(1.0)),
        times.len()
    )
}

fn bench_answer(c: &mut Criterion) {
    let questions = questions();
    let mut group = c.benchmark_group("answer_question_set");
    group.throughput(Throughput::Elements(questions.len() as u64));
    group.sampling_mode(SamplingMode::Flat);
    for size in common::sizes("0,1000,10000,100000") {
        let brain = brain(size);
        let (samples, seconds) = match size {
            0..=1_000 => (20, 15),
            1_001..=10_000 => (10, 20),
            _ => (10, 60),
        };
        group.sample_size(samples);
        group.measurement_time(Duration::from_secs(seconds));
        group.bench_with_input(
            BenchmarkId::new("answer+reply", common::label(size)),
            &questions,
            |b, questions| {
                b.iter(|| {
                    for q in questions {
                        answer_and_reply(&brain, q);
                    }
                })
            },
        );
        eprintln!(
            "{}: {}",
            common::label(size),
            per_question(&brain, &questions, 5)
        );
    }
    group.finish();
}

criterion_group!(benches, bench_answer);
criterion_main!(benches);
