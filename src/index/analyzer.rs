//! The two ways text becomes index terms. Tantivy does not store analyzers in the index, so
//! [`register`] must run on every index created *or opened*.

use tantivy::Index;
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    StopWordFilter, TextAnalyzer,
};

use crate::text::STOP_WORDS;

/// Stemmed English without stop words: what questions, headings and answers are searched by.
pub const STEMMED: &str = "faqbot_en_stem";
/// Lowercase, accent-folded whole words: the vocabulary the spelling corrector knows.
pub const WORDS: &str = "faqbot_words";

/// Tokens longer than this are noise (URLs, keyboard mashing) and are dropped.
const MAX_TOKEN_BYTES: usize = 40;

/// The analyzer behind [`STEMMED`].
pub fn stemmed() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(StopWordFilter::remove(
            STOP_WORDS.iter().map(|w| (*w).to_owned()),
        ))
        .filter(Stemmer::new(Language::English))
        .build()
}

/// The analyzer behind [`WORDS`].
pub fn words() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// Registers both analyzers on `index`.
pub fn register(index: &Index) {
    index.tokenizers().register(STEMMED, stemmed());
    index.tokenizers().register(WORDS, words());
}

/// The terms `analyzer` makes of `text`, in order.
pub fn terms(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_and_drops_stop_words() {
        let mut a = stemmed();
        assert_eq!(
            terms(&mut a, "Is Ketamine addictive?"),
            ["ketamin", "addict"]
        );
        assert_eq!(
            terms(&mut a, "withdrawal symptoms"),
            terms(&mut a, "Withdrawals symptom")
        );
    }

    #[test]
    fn words_keep_whole_forms() {
        let mut a = words();
        assert_eq!(terms(&mut a, "Café WITHDRAWAL"), ["cafe", "withdrawal"]);
    }
}
