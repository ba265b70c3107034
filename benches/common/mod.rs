//! What both benches share: which knowledge sizes to run, and their names.

/// The knowledge sizes to bench (0 = the shipped knowledge; N = shipped + N synthetic entries):
/// `FAQBOT_BENCH_SIZES` (`0,1000`), or `default`.
pub fn sizes(default: &str) -> Vec<usize> {
    std::env::var("FAQBOT_BENCH_SIZES")
        .unwrap_or_else(|_| default.to_owned())
        .split(',')
        .map(|s| {
            s.trim()
                .replace('_', "")
                .parse()
                .expect("FAQBOT_BENCH_SIZES: numbers")
        })
        .collect()
}

/// A size as criterion names it.
pub fn label(size: usize) -> String {
    if size == 0 {
        "shipped".to_owned()
    } else {
        format!("synthetic_{size}")
    }
}
