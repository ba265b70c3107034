//! Prints every entry's phrasings and answer as the index sees them (synonyms replaced, stemmed),
//! one JSON line per entry, for offline study of the matcher's scoring together with
//! `faqbot eval --dump`: `cargo run --release --example dump_corpus > corpus.jsonl`.

use faqbot::index::analyzer;
use faqbot::knowledge::Knowledge;

fn main() -> anyhow::Result<()> {
    let knowledge = Knowledge::load("knowledge".as_ref())?;
    let mut stemmed = analyzer::stemmed();
    for entry in &knowledge.entries {
        let variants: Vec<Vec<String>> = entry
            .variants()
            .map(|v| analyzer::terms(&mut stemmed, v))
            .collect();
        let body = analyzer::terms(&mut stemmed, &entry.body);
        println!(
            "{}",
            serde_json::json!({ "id": entry.id, "variants": variants, "body": body })
        );
    }
    Ok(())
}
