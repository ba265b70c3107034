//! Building: the index (in memory, and on disk as `faqbot index` does: written beside the live
//! one, marked ready, swapped in), the whole brain (index + spelling table + rules, what a reload
//! builds), and opening a brain whose index is already on disk (what `faqbot serve` does at
//! start), for the shipped knowledge and for 10,000 synthetic entries.
//!
//! ```sh
//! cargo bench --bench index_build
//! FAQBOT_BENCH_SIZES=0 cargo bench --bench index_build    # the shipped knowledge only
//! ```

mod common;
#[path = "../examples/synthetic_knowledge.rs"]
mod synthetic;

use std::time::Duration;

use criterion::{BatchSize, BenchmarkId, Criterion, SamplingMode, criterion_group, criterion_main};
use faqbot::index::SearchIndex;
use faqbot::knowledge::Knowledge;
use faqbot::matcher::Brain;

fn bench_build(c: &mut Criterion) {
    let mut group = c.benchmark_group("build");
    group.sampling_mode(SamplingMode::Flat);
    for size in common::sizes("0,10000") {
        let files = if size == 0 {
            synthetic::shipped_files()
        } else {
            synthetic::generate(size, synthetic::DEFAULT_SEED)
        };
        let (samples, seconds) = if size == 0 { (20, 10) } else { (10, 60) };
        group.sample_size(samples);
        group.measurement_time(Duration::from_secs(seconds));
        let name = common::label(size);

        group.bench_function(BenchmarkId::new("knowledge_from_files", &name), |b| {
            b.iter_batched(
                || files.clone(),
                |files| Knowledge::from_files(files).unwrap(),
                BatchSize::PerIteration,
            )
        });
        let knowledge = Knowledge::from_files(files.clone()).unwrap();
        group.bench_function(BenchmarkId::new("index_in_memory", &name), |b| {
            b.iter_with_large_drop(|| SearchIndex::build_in_memory(&knowledge).unwrap())
        });
        group.bench_function(BenchmarkId::new("index_on_disk", &name), |b| {
            b.iter_batched(
                || tempfile::tempdir().unwrap(),
                |dir| {
                    let index = SearchIndex::build(dir.path(), &knowledge).unwrap();
                    (dir, index)
                },
                BatchSize::PerIteration,
            )
        });
        group.bench_function(BenchmarkId::new("brain_in_memory", &name), |b| {
            b.iter_batched(
                || knowledge.clone(),
                |knowledge| Brain::in_memory(knowledge).unwrap(),
                BatchSize::PerIteration,
            )
        });
        // What `faqbot serve` does at start when the index is up to date: load the knowledge,
        // open the index, compile the brain.
        let folder = tempfile::tempdir().unwrap();
        let knowledge_dir = folder.path().join("knowledge");
        let index_dir = folder.path().join("index");
        synthetic::write_files(&knowledge_dir, &files).unwrap();
        SearchIndex::build(&index_dir, &knowledge).unwrap();
        group.bench_function(BenchmarkId::new("brain_open_built_index", &name), |b| {
            b.iter_with_large_drop(|| {
                let (brain, source) = Brain::open(&knowledge_dir, &index_dir).unwrap();
                assert_eq!(source, faqbot::matcher::IndexSource::Reused);
                brain
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench_build);
criterion_main!(benches);
