//! The Tantivy index of the knowledge: its schema, building it beside the live one and swapping
//! it in atomically, opening it, and the one search the matcher needs.
//!
//! Every entry becomes several documents, so that each way of asking is scored on its own and
//! adding phrasings never dilutes an entry:
//!
//! - one **variant** document per phrasing (the heading and every `ask:` line), field `question`;
//! - one **answer** document with the heading (`title`) and the answer text (`body`), plus the
//!   entry's whole vocabulary, unstemmed (`words`), which the spelling corrector reads back;
//! - one **phrasings** document with all the entry's phrasings together (`phrasings`): how much
//!   the entry's questions, as a whole, are about the message's words.
//!
//! On disk, `index/<fingerprint>/` holds the index built from knowledge with that fingerprint.
//! It is built in a temporary folder beside it, marked complete, and renamed into place: a
//! crash mid-build leaves at most a temporary folder (removed next time), never a broken index,
//! and the knowledge's fingerprint alone tells whether the index on disk is stale.

pub mod analyzer;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use rustc_hash::FxHashMap;

use anyhow::Context;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::query::{BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    FAST, Field, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::{
    DocId, Index, IndexReader, IndexWriter, ReloadPolicy, Score, SegmentReader, TantivyDocument,
    Term,
};

use crate::knowledge::Knowledge;

/// Marks a generation folder as completely written.
const READY_FILE: &str = "READY";
/// Memory for building (at least 15 MB per thread).
const WRITER_MEMORY_BYTES: usize = 64 * 1024 * 1024;
/// `variant` value of the answer document in the packed `key` fast field.
const ANSWER_DOC: u32 = u32::MAX;
/// `variant` value of the phrasings document.
const PHRASINGS_DOC: u32 = u32::MAX - 1;

/// The fields of the schema.
#[derive(Debug, Clone, Copy)]
struct Fields {
    question: Field,
    title: Field,
    body: Field,
    phrasings: Field,
    words: Field,
    id: Field,
}

impl Fields {
    /// The fields a search reads, in the order of [`SearchIndex::fields_of_term`]'s bits.
    fn searched(&self) -> [Field; 4] {
        [self.question, self.title, self.body, self.phrasings]
    }
}

/// For every term of the searched fields, which of them hold it.
fn fields_of_term(
    reader: &IndexReader,
    fields: Fields,
) -> tantivy::Result<FxHashMap<Box<str>, u8>> {
    let mut held: FxHashMap<Box<str>, u8> = FxHashMap::default();
    for segment in reader.searcher().segment_readers() {
        for (i, field) in fields.searched().into_iter().enumerate() {
            let inverted = segment.inverted_index(field)?;
            let mut stream = inverted.terms().stream()?;
            while stream.advance() {
                if let Ok(term) = std::str::from_utf8(stream.key()) {
                    match held.get_mut(term) {
                        Some(bits) => *bits |= 1 << i,
                        None => {
                            held.insert(term.into(), 1 << i);
                        }
                    }
                }
            }
        }
    }
    Ok(held)
}

fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let stemmed = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(analyzer::STEMMED)
            .set_index_option(IndexRecordOption::WithFreqs),
    );
    let words = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(analyzer::WORDS)
            .set_index_option(IndexRecordOption::Basic),
    );
    let fields = Fields {
        question: builder.add_text_field("question", stemmed.clone()),
        title: builder.add_text_field("title", stemmed.clone()),
        body: builder.add_text_field("body", stemmed.clone()),
        phrasings: builder.add_text_field("phrasings", stemmed),
        words: builder.add_text_field("words", words),
        id: builder.add_text_field("id", STRING | STORED),
    };
    // entry position << 32 | variant number (ANSWER_DOC for the answer document).
    builder.add_u64_field("key", FAST);
    (builder.build(), fields)
}

/// Which field a query term searches, with its weight.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FieldBoosts {
    pub question: f32,
    pub title: f32,
    pub body: f32,
    pub phrasings: f32,
}

/// One term of a search: an analysed (stemmed) term and how much it counts.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryTerm {
    pub text: String,
    pub weight: f32,
    /// Also match terms one edit away (Tantivy's Levenshtein automaton), at a low weight.
    pub fuzzy: bool,
}

/// How one entry scored in a search.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct EntryHit {
    /// Position of the entry in [`Knowledge::entries`].
    pub entry: u32,
    /// BM25 of the best-scoring phrasing.
    pub best_variant_score: f32,
    /// Which phrasing: 0 is the heading, `n` the n-th `ask:` line.
    pub best_variant: u32,
    /// BM25 of the heading and answer text.
    pub answer_score: f32,
    /// BM25 of all the phrasings together.
    pub phrasings_score: f32,
}

/// A loaded index, ready to search. Cheap to share behind an `Arc`.
pub struct SearchIndex {
    reader: IndexReader,
    fields: Fields,
    location: Option<PathBuf>,
    /// The `key` (entry and phrasing) of every document, per segment of the reader's one
    /// searcher: the collector reads a slice instead of the fast-field column for every hit.
    /// The index never changes once open (a reload opens a new one), so neither do these.
    keys: Arc<[Arc<[u64]>]>,
    /// How many entries the index holds (the collector's map is sized for them).
    entries: usize,
    /// Which of the searched fields hold each term (bit `i` for [`Fields::searched`]`[i]`).
    /// A clause for a term its field lacks finds nothing but still costs Tantivy two
    /// term-dictionary lookups and a scorer; a long story asks for dozens of them.
    fields_of_term: FxHashMap<Box<str>, u8>,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("location", &self.location)
            .field("documents", &self.num_documents())
            .finish()
    }
}

impl SearchIndex {
    /// Builds the index of `knowledge` in memory (tests, benchmarks, `faqbot eval`).
    pub fn build_in_memory(knowledge: &Knowledge) -> anyhow::Result<SearchIndex> {
        let (schema, fields) = schema();
        let index = Index::create_in_ram(schema);
        analyzer::register(&index);
        write_documents(&index, fields, knowledge)?;
        SearchIndex::from_index(index, fields, None)
    }

    /// Opens the index of `knowledge` under `root`, building it first when it is missing,
    /// stale or unreadable. Returns the index and whether it was (re)built.
    pub fn open_or_build(
        root: &Path,
        knowledge: &Knowledge,
    ) -> anyhow::Result<(SearchIndex, bool)> {
        let folder = root.join(generation_name(knowledge));
        if folder.join(READY_FILE).is_file() {
            match SearchIndex::open(&folder, knowledge) {
                Ok(index) => return Ok((index, false)),
                Err(error) => tracing::warn!(
                    folder = %folder.display(),
                    "the index on disk cannot be used ({error:#}); rebuilding it"
                ),
            }
        }
        Ok((SearchIndex::build(root, knowledge)?, true))
    }

    /// Builds the index of `knowledge` beside the live one and swaps it in.
    pub fn build(root: &Path, knowledge: &Knowledge) -> anyhow::Result<SearchIndex> {
        std::fs::create_dir_all(root)
            .with_context(|| format!("cannot create the index folder {}", root.display()))?;
        let name = generation_name(knowledge);
        let target = root.join(&name);
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let temporary = root.join(format!(".building-{}-{nanos}", std::process::id()));
        let build = || -> anyhow::Result<()> {
            std::fs::create_dir_all(&temporary)?;
            let (schema, fields) = schema();
            let index = Index::create_in_dir(&temporary, schema)?;
            analyzer::register(&index);
            write_documents(&index, fields, knowledge)?;
            std::fs::write(temporary.join(READY_FILE), knowledge.fingerprint.as_bytes())?;
            sync_dir(&temporary);
            Ok(())
        };
        if let Err(error) = build() {
            let _ = std::fs::remove_dir_all(&temporary);
            return Err(error.context(format!("cannot build the index in {}", root.display())));
        }
        if target.exists() {
            // A stale or broken folder of the same name (or the same build by another process):
            // move it aside first, since a rename cannot replace a non-empty folder.
            let trash = root.join(format!(".trash-{}-{nanos}", std::process::id()));
            std::fs::rename(&target, &trash).ok();
            let _ = std::fs::remove_dir_all(&trash);
        }
        if let Err(error) = std::fs::rename(&temporary, &target) {
            let _ = std::fs::remove_dir_all(&temporary);
            if !target.join(READY_FILE).is_file() {
                return Err(
                    anyhow::Error::new(error).context("cannot move the new index into place")
                );
            }
        }
        sync_dir(root);
        remove_old_generations(root, &name);
        SearchIndex::open(&target, knowledge)
    }

    fn open(folder: &Path, knowledge: &Knowledge) -> anyhow::Result<SearchIndex> {
        let index = Index::open_in_dir(folder)
            .with_context(|| format!("cannot open the index in {}", folder.display()))?;
        analyzer::register(&index);
        let (_, fields) = schema();
        let search = SearchIndex::from_index(index, fields, Some(folder.to_path_buf()))?;
        let expected: usize = knowledge.entries.iter().map(|e| e.asks.len() + 3).sum();
        anyhow::ensure!(
            search.num_documents() == expected as u64,
            "the index holds {} documents, the knowledge makes {expected}",
            search.num_documents()
        );
        Ok(search)
    }

    fn from_index(
        index: Index,
        fields: Fields,
        location: Option<PathBuf>,
    ) -> anyhow::Result<SearchIndex> {
        // Check the schema is ours before trusting field ids.
        let schema = index.schema();
        for name in [
            "question",
            "title",
            "body",
            "phrasings",
            "words",
            "id",
            "key",
        ] {
            schema.get_field(name).with_context(|| {
                format!("the index has no `{name}` field: it was built by another version")
            })?;
        }
        let reader: IndexReader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let keys = reader
            .searcher()
            .segment_readers()
            .iter()
            .map(document_keys)
            .collect::<tantivy::Result<Arc<[_]>>>()?;
        let entries = keys
            .iter()
            .flat_map(|segment| segment.iter())
            .filter(|&&key| key != NO_KEY)
            .map(|&key| (key >> 32) as usize + 1)
            .max()
            .unwrap_or(0);
        let fields_of_term = fields_of_term(&reader, fields)?;
        Ok(SearchIndex {
            reader,
            fields,
            location,
            keys,
            entries,
            fields_of_term,
        })
    }

    /// Where the index lives on disk (`None` in memory).
    pub fn location(&self) -> Option<&Path> {
        self.location.as_deref()
    }

    /// Number of documents (phrasings and answers).
    pub fn num_documents(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Scores every entry that shares a term with the query. Each term searches the phrasings,
    /// headings and answers with the given boosts; BM25 scores are kept per entry: the best
    /// phrasing, and the answer document.
    pub fn search(
        &self,
        terms: &[QueryTerm],
        boosts: FieldBoosts,
    ) -> anyhow::Result<Vec<EntryHit>> {
        if terms.is_empty() {
            return Ok(Vec::new());
        }
        let f = self.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::with_capacity(terms.len() * 4);
        for term in terms {
            if term.fuzzy {
                // A word the knowledge does not know, one typo away from one it does. A fuzzy hit
                // scores a flat 1 × boost, not BM25: keep it well below a real match; and one
                // field only, as each fuzzy clause builds a Levenshtein automaton.
                let t = Term::from_field_text(f.phrasings, &term.text);
                let fuzzy = FuzzyTermQuery::new(t, 1, true);
                clauses.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(
                        Box::new(fuzzy),
                        0.2 * boosts.phrasings * term.weight,
                    )),
                ));
                continue;
            }
            let held = self
                .fields_of_term
                .get(term.text.as_str())
                .copied()
                .unwrap_or(0);
            let field_boosts = [boosts.question, boosts.title, boosts.body, boosts.phrasings];
            for (i, (field, boost)) in f.searched().into_iter().zip(field_boosts).enumerate() {
                if held & (1 << i) == 0 {
                    continue;
                }
                let t = Term::from_field_text(field, &term.text);
                let query = TermQuery::new(t, IndexRecordOption::WithFreqs);
                clauses.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(Box::new(query), boost * term.weight)),
                ));
            }
        }
        let query = BooleanQuery::new(clauses);
        let searcher = self.reader.searcher();
        let collector = PerEntry {
            keys: Arc::clone(&self.keys),
            // Enough for every entry of a small knowledge, so that the map never grows.
            capacity: self.entries.min(1024),
        };
        let hits = searcher.search(&query, &collector)?;
        Ok(hits.into_values().collect())
    }

    /// Every word of the knowledge (unstemmed) with the number of entries that use it.
    pub fn vocabulary(&self) -> anyhow::Result<Vec<(String, u32)>> {
        let searcher = self.reader.searcher();
        let mut counts: HashMap<String, u32> = HashMap::new();
        for segment in searcher.segment_readers() {
            let inverted = segment.inverted_index(self.fields.words)?;
            let mut stream = inverted.terms().stream()?;
            while stream.advance() {
                if let Ok(word) = std::str::from_utf8(stream.key()) {
                    *counts.entry(word.to_owned()).or_default() += stream.value().doc_freq;
                }
            }
        }
        Ok(counts.into_iter().collect())
    }
}

fn write_documents(index: &Index, f: Fields, knowledge: &Knowledge) -> anyhow::Result<()> {
    // Indexed in the knowledge's own words, slang and synonyms replaced as in every message.
    let synonyms = crate::synonyms::Synonyms::new(&knowledge.lexicon);
    let searchable = |text: &str| synonyms.rewrite(text);
    // One thread: each thread writes its own segment, and the knowledge is small.
    let mut writer: IndexWriter = index.writer_with_num_threads(1, WRITER_MEMORY_BYTES)?;
    let key_field = index.schema().get_field("key")?;
    for (position, entry) in knowledge.entries.iter().enumerate() {
        let position = position as u64;
        for (variant, text) in entry.variants().enumerate() {
            let mut doc = TantivyDocument::new();
            doc.add_text(f.question, searchable(text));
            doc.add_text(f.id, &entry.id);
            doc.add_u64(key_field, position << 32 | variant as u64);
            writer.add_document(doc)?;
        }
        let mut doc = TantivyDocument::new();
        doc.add_text(f.title, searchable(&entry.title));
        doc.add_text(f.body, searchable(&entry.body));
        doc.add_text(f.words, &entry.title);
        for ask in &entry.asks {
            doc.add_text(f.words, &ask.text);
        }
        doc.add_text(f.words, &entry.body);
        doc.add_text(f.id, &entry.id);
        doc.add_u64(key_field, position << 32 | ANSWER_DOC as u64);
        writer.add_document(doc)?;
        let mut doc = TantivyDocument::new();
        for variant in entry.variants() {
            doc.add_text(f.phrasings, searchable(variant));
        }
        doc.add_text(f.id, &entry.id);
        doc.add_u64(key_field, position << 32 | PHRASINGS_DOC as u64);
        writer.add_document(doc)?;
    }
    writer.commit()?;
    writer.wait_merging_threads()?;
    Ok(())
}

/// Folder name of the index built from `knowledge`.
fn generation_name(knowledge: &Knowledge) -> String {
    format!(
        "v-{}",
        &knowledge.fingerprint[..16.min(knowledge.fingerprint.len())]
    )
}

/// Removes temporary folders of crashed builds and every generation but `keep` and the one
/// before it (a process that has not reloaded yet may still read it).
fn remove_old_generations(root: &Path, keep: &str) {
    let Ok(items) = std::fs::read_dir(root) else {
        return;
    };
    let mut generations: Vec<(SystemTime, PathBuf)> = Vec::new();
    for item in items.flatten() {
        let name = item.file_name().to_string_lossy().into_owned();
        let path = item.path();
        if name.starts_with(".building-") || name.starts_with(".trash-") {
            let stale = item
                .metadata()
                .and_then(|m| m.modified())
                .map(|t| t.elapsed().map(|e| e.as_secs() > 3600).unwrap_or(false))
                .unwrap_or(true);
            if stale {
                let _ = std::fs::remove_dir_all(&path);
            }
        } else if name.starts_with("v-") && name != keep {
            let modified = item
                .metadata()
                .and_then(|m| m.modified())
                .unwrap_or(UNIX_EPOCH);
            generations.push((modified, path));
        }
    }
    generations.sort();
    generations.pop();
    for (_, path) in generations {
        let _ = std::fs::remove_dir_all(path);
    }
}

fn sync_dir(path: &Path) {
    if let Ok(dir) = std::fs::File::open(path) {
        let _ = dir.sync_all();
    }
}

/// The key of a document that has none (never written so: every document has its key).
const NO_KEY: u64 = u64::MAX;

/// The `key` of every document of a segment, by document id.
fn document_keys(segment: &SegmentReader) -> tantivy::Result<Arc<[u64]>> {
    let column: Column<u64> = segment.fast_fields().u64("key")?;
    Ok((0..segment.max_doc())
        .map(|doc| column.first(doc).unwrap_or(NO_KEY))
        .collect())
}

/// Collects the best phrasing score and the answer score of every matching entry.
struct PerEntry {
    /// [`SearchIndex::keys`].
    keys: Arc<[Arc<[u64]>]>,
    capacity: usize,
}

struct PerEntrySegment {
    keys: Arc<[u64]>,
    hits: FxHashMap<u32, EntryHit>,
}

impl Collector for PerEntry {
    type Fruit = FxHashMap<u32, EntryHit>;
    type Child = PerEntrySegment;

    fn for_segment(
        &self,
        segment_ord: u32,
        segment: &SegmentReader,
    ) -> tantivy::Result<PerEntrySegment> {
        let keys = match self.keys.get(segment_ord as usize) {
            Some(keys) if keys.len() == segment.max_doc() as usize => Arc::clone(keys),
            // Not the searcher the keys were read from: read them again (never happens today).
            _ => document_keys(segment)?,
        };
        Ok(PerEntrySegment {
            keys,
            hits: FxHashMap::with_capacity_and_hasher(self.capacity, Default::default()),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(
        &self,
        mut fruits: Vec<FxHashMap<u32, EntryHit>>,
    ) -> tantivy::Result<Self::Fruit> {
        if fruits.len() == 1 {
            return Ok(fruits.pop().expect("one fruit"));
        }
        let mut merged: FxHashMap<u32, EntryHit> = FxHashMap::default();
        for fruit in fruits {
            for (entry, hit) in fruit {
                let m = merged.entry(entry).or_insert(EntryHit {
                    entry,
                    ..Default::default()
                });
                if hit.best_variant_score > m.best_variant_score {
                    m.best_variant_score = hit.best_variant_score;
                    m.best_variant = hit.best_variant;
                }
                m.answer_score = m.answer_score.max(hit.answer_score);
                m.phrasings_score = m.phrasings_score.max(hit.phrasings_score);
            }
        }
        Ok(merged)
    }
}

impl SegmentCollector for PerEntrySegment {
    type Fruit = FxHashMap<u32, EntryHit>;

    fn collect(&mut self, doc: DocId, score: Score) {
        let key = self.keys.get(doc as usize).copied().unwrap_or(NO_KEY);
        if key == NO_KEY {
            return;
        }
        let entry = (key >> 32) as u32;
        let variant = key as u32;
        let hit = self.hits.entry(entry).or_insert(EntryHit {
            entry,
            ..Default::default()
        });
        if variant == ANSWER_DOC {
            hit.answer_score = hit.answer_score.max(score);
        } else if variant == PHRASINGS_DOC {
            hit.phrasings_score = hit.phrasings_score.max(score);
        } else if score > hit.best_variant_score {
            hit.best_variant_score = score;
            hit.best_variant = variant;
        }
    }

    fn harvest(self) -> Self::Fruit {
        self.hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::tests::sample;

    const BOOSTS: FieldBoosts = FieldBoosts {
        question: 1.0,
        title: 1.0,
        body: 1.0,
        phrasings: 1.0,
    };

    fn term(text: &str) -> QueryTerm {
        QueryTerm {
            text: text.to_owned(),
            weight: 1.0,
            fuzzy: false,
        }
    }

    #[test]
    fn search_scores_phrasings_and_answers_per_entry() {
        let knowledge = sample();
        let index = SearchIndex::build_in_memory(&knowledge).unwrap();
        let hits = index.search(&[term("hook")], BOOSTS).unwrap();
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].entry, 0);
        assert_eq!(hits[0].best_variant, 1, "the `ask:` line mentions hooked");
        assert_eq!(hits[0].answer_score, 0.0);
        let hits = index.search(&[term("crave")], BOOSTS).unwrap();
        assert_eq!((hits[0].entry, hits[0].best_variant_score), (1, 0.0));
        assert!(hits[0].answer_score > 0.0);
    }

    #[test]
    fn fuzzy_terms_reach_one_edit_away() {
        let index = SearchIndex::build_in_memory(&sample()).unwrap();
        let exact = index.search(&[term("hookx")], BOOSTS).unwrap();
        assert!(exact.is_empty());
        let fuzzy = index
            .search(
                &[QueryTerm {
                    fuzzy: true,
                    ..term("hookx")
                }],
                BOOSTS,
            )
            .unwrap();
        assert_eq!(fuzzy.len(), 1);
    }

    #[test]
    fn vocabulary_lists_unstemmed_words() {
        let index = SearchIndex::build_in_memory(&sample()).unwrap();
        let vocabulary = index.vocabulary().unwrap();
        assert!(vocabulary.iter().any(|(w, _)| w == "cravings"));
        assert!(vocabulary.iter().any(|(w, _)| w == "hooked"));
    }

    #[test]
    fn builds_on_disk_reuses_and_rebuilds_when_stale() {
        let dir = tempfile::tempdir().unwrap();
        let knowledge = sample();
        let (_, built) = SearchIndex::open_or_build(dir.path(), &knowledge).unwrap();
        assert!(built);
        let (index, built) = SearchIndex::open_or_build(dir.path(), &knowledge).unwrap();
        assert!(!built, "the fingerprint matches: reuse");
        assert_eq!(index.num_documents(), 4 + 3);

        let mut files = crate::knowledge::tests::sample_files();
        files[4]
            .1
            .extend_from_slice(b"\n## New\nid: new\n\nA new answer.\n");
        let changed = Knowledge::from_files(files).unwrap();
        let (index, built) = SearchIndex::open_or_build(dir.path(), &changed).unwrap();
        assert!(built);
        assert_eq!(index.num_documents(), 4 + 3 + 3);
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(
            leftovers.len(),
            2,
            "the live generation and the one before: {leftovers:?}"
        );
    }

    #[test]
    fn an_incomplete_generation_is_rebuilt() {
        let dir = tempfile::tempdir().unwrap();
        let knowledge = sample();
        let folder = dir.path().join(generation_name(&knowledge));
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join("meta.json"), b"{ truncated").unwrap();
        let (index, built) = SearchIndex::open_or_build(dir.path(), &knowledge).unwrap();
        assert!(built);
        assert_eq!(index.num_documents(), 7);
    }

    #[test]
    fn a_corrupt_ready_generation_is_rebuilt() {
        let dir = tempfile::tempdir().unwrap();
        let knowledge = sample();
        SearchIndex::open_or_build(dir.path(), &knowledge).unwrap();
        let folder = dir.path().join(generation_name(&knowledge));
        std::fs::write(folder.join("meta.json"), b"garbage").unwrap();
        let (index, built) = SearchIndex::open_or_build(dir.path(), &knowledge).unwrap();
        assert!(built);
        assert_eq!(index.num_documents(), 7);
    }
}
