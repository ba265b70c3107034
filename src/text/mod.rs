//! Text normalisation shared by every stage that reads what a person typed.
//!
//! People write on phones: curly quotes, emoji, zero-width joiners, accents, ALL CAPS, and
//! sometimes 10,000 characters. Everything downstream (crisis rules, smalltalk, synonyms, the
//! spelling corrector, the search query) sees the same [`words`], so a rule written by staff in
//! `knowledge/` matches the same way everywhere.

pub mod dice;
pub mod edits;
pub mod english;
pub mod phrase;

use std::sync::LazyLock;

use rustc_hash::FxHashSet;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Characters of a message considered for matching. Longer messages are cut (at a character
/// boundary) before any work: a story of 10,000 characters still gets an answer, and the cost of
/// answering stays bounded.
pub const MAX_MATCH_CHARS: usize = 1_000;

/// Words of a message considered for matching, after [`MAX_MATCH_CHARS`].
pub const MAX_MATCH_WORDS: usize = 200;

/// Function words that carry no topic. Used for the search query (they would only add noise to
/// BM25 and to the coverage signal) and to tell an empty question ("what is it?") from a real one.
///
/// Deliberately absent: "not", "no", "never" are here, but negation is read by the crisis rules
/// *before* stop words are removed; topic words such as "help", "stop", "quit" are kept.
pub const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "abt",
    "actually",
    "after",
    "again",
    "all",
    "also",
    "although",
    "am",
    "an",
    "and",
    "another",
    "any",
    "anyone",
    "anything",
    "anyways",
    "are",
    "as",
    "at",
    "bc",
    "be",
    "been",
    "being",
    "bro",
    "but",
    "by",
    "can",
    "cos",
    "could",
    "coz",
    "dat",
    "did",
    "do",
    "does",
    "doing",
    "dont",
    "dude",
    "either",
    "else",
    "even",
    "ever",
    "exactly",
    "for",
    "fr",
    "frfr",
    "from",
    "gday",
    "get",
    "gets",
    "getting",
    "got",
    "greetings",
    "guys",
    "had",
    "hallo",
    "has",
    "have",
    "having",
    "he",
    "hed",
    "hello",
    "hence",
    "her",
    "here",
    "hers",
    "hes",
    "hey",
    "heya",
    "hi",
    "highkey",
    "him",
    "his",
    "hiya",
    "how",
    "howdy",
    "hows",
    "howya",
    "i",
    "id",
    "idk",
    "if",
    "im",
    "in",
    "into",
    "is",
    "isnt",
    "it",
    "itd",
    "itll",
    "its",
    "ive",
    "just",
    "like",
    "literally",
    "lol",
    "lowkey",
    "me",
    "meanwhile",
    "might",
    "mine",
    "my",
    "myself",
    "n",
    "ngl",
    "no",
    "nor",
    "not",
    "of",
    "off",
    "oh",
    "omg",
    "on",
    "once",
    "one",
    "ones",
    "onto",
    "or",
    "other",
    "others",
    "our",
    "ours",
    "out",
    "please",
    "pls",
    "plz",
    "really",
    "she",
    "shes",
    "should",
    "so",
    "some",
    "someone",
    "something",
    "somethings",
    "such",
    "tbh",
    "teh",
    "tha",
    "than",
    "that",
    "thats",
    "the",
    "their",
    "them",
    "then",
    "there",
    "therefore",
    "theres",
    "these",
    "they",
    "theyd",
    "theyll",
    "theyre",
    "theyve",
    "thing",
    "things",
    "this",
    "tho",
    "those",
    "though",
    "through",
    "thus",
    "to",
    "too",
    "totally",
    "u",
    "up",
    "upon",
    "ur",
    "us",
    "very",
    "was",
    "wasnt",
    "wat",
    "wats",
    "we",
    "wen",
    "were",
    "weve",
    "what",
    "whats",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "whilst",
    "who",
    "whod",
    "whos",
    "whove",
    "why",
    "will",
    "with",
    "wot",
    "would",
    "wut",
    "ya",
    "yeah",
    "yes",
    "you",
    "youd",
    "youll",
    "your",
    "youre",
    "yours",
    "yourself",
    "youve",
    "yu",
];

/// Words that say little about what a question is about ("really", "normal", "stuff"): unlike
/// stop words they are searched, but they weigh [`WEAK_WORD_WEIGHT`]. On a knowledge base of a
/// few dozen entries, inverse document frequency alone would rate such a word, used by one entry
/// by chance, above "addiction", used by all.
pub const WEAK_WORDS: &[&str] = &[
    "across",
    "actual",
    "ago",
    "along",
    "already",
    "always",
    "among",
    "anytime",
    "anyway",
    "apart",
    "apparently",
    "arent",
    "around",
    "ask",
    "asked",
    "asking",
    "aunt",
    "auntie",
    "back",
    "bad",
    "basically",
    "because",
    "besides",
    "best",
    "bf",
    "bit",
    "boyfriend",
    "bro",
    "brother",
    "bruv",
    "call",
    "called",
    "came",
    "certainly",
    "claims",
    "colleague",
    "come",
    "comes",
    "coming",
    "completely",
    "constantly",
    "couldnt",
    "couple",
    "cousin",
    "coworker",
    "curious",
    "cuz",
    "dad",
    "daughter",
    "daughters",
    "day",
    "days",
    "deal",
    "definitely",
    "didnt",
    "different",
    "doesnt",
    "done",
    "each",
    "every",
    "everyone",
    "except",
    "explain",
    "explaining",
    "feel",
    "feeling",
    "few",
    "fiance",
    "fiancee",
    "finally",
    "find",
    "fine",
    "first",
    "five",
    "flatmate",
    "flatmates",
    "four",
    "gf",
    "girlfriend",
    "give",
    "go",
    "goes",
    "going",
    "gonna",
    "good",
    "grandad",
    "granddad",
    "grandma",
    "grandpa",
    "guess",
    "guy",
    "happen",
    "happening",
    "happens",
    "hasnt",
    "havent",
    "honestly",
    "housemate",
    "housemates",
    "however",
    "hubby",
    "husband",
    "idea",
    "ideas",
    "instead",
    "kind",
    "kinda",
    "kinds",
    "know",
    "last",
    "lately",
    "less",
    "let",
    "life",
    "literally",
    "little",
    "long",
    "look",
    "lot",
    "lots",
    "make",
    "makes",
    "man",
    "many",
    "mate",
    "matter",
    "matters",
    "maybe",
    "mean",
    "meaning",
    "meant",
    "mention",
    "mentioned",
    "mentions",
    "mom",
    "month",
    "months",
    "more",
    "most",
    "much",
    "mum",
    "nan",
    "nana",
    "need",
    "nephew",
    "never",
    "new",
    "niece",
    "normal",
    "nothing",
    "now",
    "obvious",
    "obviously",
    "often",
    "ok",
    "okay",
    "otherwise",
    "own",
    "partner",
    "partners",
    "people",
    "perhaps",
    "person",
    "plenty",
    "point",
    "possibly",
    "ppl",
    "pretty",
    "probably",
    "proper",
    "properly",
    "put",
    "question",
    "questions",
    "quite",
    "rather",
    "real",
    "recently",
    "reckon",
    "reckoned",
    "reckons",
    "right",
    "roommate",
    "roommates",
    "said",
    "say",
    "says",
    "see",
    "seem",
    "seriously",
    "several",
    "shouldnt",
    "since",
    "sis",
    "sister",
    "somebody",
    "sometimes",
    "son",
    "sons",
    "sort",
    "sorta",
    "sorts",
    "started",
    "stepdad",
    "stepmom",
    "stepmum",
    "still",
    "stuff",
    "sure",
    "take",
    "taking",
    "teacher",
    "tell",
    "tells",
    "think",
    "thinks",
    "three",
    "till",
    "time",
    "times",
    "told",
    "tried",
    "tries",
    "try",
    "trying",
    "two",
    "type",
    "types",
    "uncle",
    "understand",
    "understanding",
    "until",
    "use",
    "used",
    "uses",
    "using",
    "usually",
    "via",
    "want",
    "wasnt",
    "way",
    "week",
    "weeks",
    "well",
    "whatever",
    "wife",
    "wifey",
    "within",
    "without",
    "wonder",
    "wondered",
    "wondering",
    "work",
    "worried",
    "worry",
    "wouldnt",
    "wrong",
    "year",
    "years",
];

/// Weight of a [`WEAK_WORDS`] word, against 1 for any other word.
pub const WEAK_WORD_WEIGHT: f32 = 0.3;

/// Weight of the words around the question in a message of several sentences (see
/// [`Focus`]).
pub const CONTEXT_WEIGHT: f32 = 0.5;

/// Messages shorter than this (in words) are taken whole, without looking for the question.
const FOCUS_MIN_WORDS: usize = 12;

/// Words that open a question.
const QUESTION_OPENERS: &[&str] = &[
    "am", "are", "can", "could", "do", "does", "how", "hows", "is", "should", "what", "whats",
    "when", "where", "which", "who", "why", "will", "would",
];

/// Whether `word` (already normalised) opens a question ("what", "how", "does").
pub fn is_question_opener(word: &str) -> bool {
    QUESTION_OPENERS.contains(&word)
}

/// Whether `word` (already normalised) is a weak word. A number is one too: "4 u", "2 grams",
/// "19 year old" say nothing about which answer is wanted.
pub fn is_weak_word(word: &str) -> bool {
    static SET: LazyLock<FxHashSet<&str>> = LazyLock::new(|| WEAK_WORDS.iter().copied().collect());
    SET.contains(word) || (!word.is_empty() && word.chars().all(|c| c.is_ascii_digit()))
}

/// A message read once, sentence by sentence.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Focus {
    /// The words of the message ([`rule_words`]) with how much each counts. People often tell
    /// a story and then ask: in a message of several sentences, the question (a sentence ending
    /// in `?` or opening with a question word; else the last sentence) counts fully and the
    /// rest [`CONTEXT_WEIGHT`].
    pub words: Vec<(String, f32)>,
    /// For each word, the number of the sentence it is in.
    pub sentence_of: Vec<usize>,
}

/// Reads `text` into its [`Focus`], sentences split once for both.
pub fn focus(text: &str) -> Focus {
    let sentences = sentences(text);
    let total: usize = sentences.iter().map(|(w, _)| w.len()).sum();
    let count = sentences.len();
    let focus_on = |i: usize, question: bool, any_question: bool| {
        let whole = count < 2 || total < FOCUS_MIN_WORDS;
        let the_question = if any_question {
            question
        } else {
            i + 1 == count
        };
        if whole || the_question {
            1.0
        } else {
            CONTEXT_WEIGHT
        }
    };
    let any_question = sentences.iter().any(|(_, q)| *q);
    let mut focus = Focus::default();
    for (i, (words, question)) in sentences.into_iter().enumerate() {
        let weight = focus_on(i, question, any_question);
        focus
            .sentence_of
            .extend(std::iter::repeat_n(i, words.len()));
        focus.words.extend(words.into_iter().map(|w| (w, weight)));
    }
    focus.words.truncate(MAX_MATCH_WORDS);
    focus.sentence_of.truncate(MAX_MATCH_WORDS);
    focus
}

/// The words of a plea for help that says nothing of what with ("help", "help me pls").
const BARE_HELP: &[&str] = &[
    "anyone", "help", "me", "please", "pls", "plz", "somebody", "someone", "us",
];

/// Whether `words` only ask for help, without saying with what: the bot's own help (how to
/// ask) answers that, not an article.
pub fn only_asks_for_help(words: &[String]) -> bool {
    words.iter().any(|w| w == "help") && words.iter().all(|w| BARE_HELP.contains(&w.as_str()))
}

/// Whether `text` asks something: a sentence that ends in `?` or opens with a question word,
/// or a question word and a verb that ask wherever they stand ("my dad drinks, *how do* i get
/// him to stop"; but not "what my son is going through").
pub fn has_question(text: &str) -> bool {
    sentences(text).iter().any(|(words, question)| {
        *question
            || words.windows(2).any(|pair| {
                WH_WORDS.contains(&pair[0].as_str()) && ASKING_VERBS.contains(&pair[1].as_str())
            })
    }) || asks_after_a_comma(text)
}

/// A clause after a comma that asks about what came before: "…couldnt string a sentence
/// together, is that normal", "…every weekend, does that mean im addicted".
fn asks_after_a_comma(text: &str) -> bool {
    let text = truncate_for_matching(text);
    text.split(',').skip(1).any(|clause| {
        let words = rule_words(clause);
        words.len() >= 2
            && ASKING_VERBS.contains(&words[0].as_str())
            && CLAUSE_SUBJECTS.contains(&words[1].as_str())
    })
}

/// Who or what a question after a comma asks about.
const CLAUSE_SUBJECTS: &[&str] = &[
    "he", "i", "it", "people", "she", "that", "there", "they", "this", "we", "you",
];

/// Question words…
const WH_WORDS: &[&str] = &["how", "what", "when", "where", "which", "who", "why"];
/// …and the verbs that follow them in a question.
const ASKING_VERBS: &[&str] = &[
    "am", "are", "can", "could", "did", "do", "does", "is", "should", "was", "were", "will",
    "would",
];

/// The sentences of a message ([`rule_words`] each), and whether each is a question.
fn sentences(text: &str) -> Vec<(Vec<String>, bool)> {
    let text = truncate_for_matching(text);
    let mut sentences: Vec<(Vec<String>, bool)> = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | '!' | '?' | '\n' | ';') {
            push_sentences(&mut sentences, rule_words(&text[start..i]), c == '?');
            start = i + c.len_utf8();
        }
    }
    push_sentences(&mut sentences, rule_words(&text[start..]), false);
    // "Regards, Brian" or "Kind regards,\nBrian" at the end of a longer message.
    let n = sentences.len();
    if n > 1 && is_sign_off(&sentences[n - 1].0, 1..=2) {
        sentences.pop();
    } else if n > 2 && sentences[n - 1].0.len() <= 2 && is_sign_off(&sentences[n - 2].0, 0..=0) {
        sentences.truncate(n - 2);
    }
    sentences
}

/// Laughter typed where a full stop would be ("id die if my mum saw this lol can you get
/// addicted"): it ends a sentence, and stays its last word (the crisis rules and smalltalk
/// read it).
const LAUGHTER: &[&str] = &["haha", "hahaha", "lmao", "lmfao", "lol", "rofl"];

/// Adds the sentences of `words` (one, or more where [`LAUGHTER`] ends one inside them); the
/// last is a question when `asked` (it ended in "?"), any when it opens with a question word.
fn push_sentences(sentences: &mut Vec<(Vec<String>, bool)>, words: Vec<String>, asked: bool) {
    let mut pieces: Vec<Vec<String>> = vec![Vec::new()];
    for word in words {
        let laughter = LAUGHTER.contains(&word.as_str());
        if let Some(piece) = pieces.last_mut() {
            piece.push(word);
        }
        if laughter {
            pieces.push(Vec::new());
        }
    }
    let last = pieces.len() - 1;
    for (i, piece) in pieces.into_iter().enumerate() {
        if piece.is_empty() {
            continue;
        }
        let question = (i == last && asked) || QUESTION_OPENERS.contains(&piece[0].as_str());
        sentences.push((piece, question));
    }
}

/// How a letter ends, before the writer's name.
const SIGN_OFFS: &[&[&str]] = &[
    &["regards"],
    &["kind", "regards"],
    &["best", "regards"],
    &["warm", "regards"],
    &["warmest", "regards"],
    &["sincerely"],
    &["yours", "sincerely"],
    &["yours", "truly"],
    &["best", "wishes"],
];

/// Whether a sentence is a letter's sign-off followed by as many words of a name as `name`
/// allows ("Regards, Brian"): a name is no question ("brian" would be read as "brain").
fn is_sign_off(words: &[String], name: std::ops::RangeInclusive<usize>) -> bool {
    SIGN_OFFS.iter().any(|sign_off| {
        words.len() >= sign_off.len()
            && words.iter().zip(sign_off.iter()).all(|(w, s)| w == s)
            && name.contains(&(words.len() - sign_off.len()))
    })
}

/// What a text is about, for comparing two texts: the stems of its words, stop words left out,
/// sorted and distinct.
pub fn content_stems(text: &str) -> Vec<String> {
    let mut stems: Vec<String> = words(text)
        .iter()
        .filter(|w| !is_stop_word(w))
        .map(|w| stem(w).into_owned())
        .collect();
    stems.sort();
    stems.dedup();
    stems
}

/// Whether `word` (already normalised) is a stop word.
pub fn is_stop_word(word: &str) -> bool {
    // Asked for every word, several times per message: a hash lookup, not a binary search.
    static SET: LazyLock<FxHashSet<&str>> = LazyLock::new(|| {
        STOP_WORDS
            .iter()
            .chain(OTHER_LANGUAGES_STOP_WORDS)
            .chain(OTHER_SCRIPTS_STOP_WORDS)
            .copied()
            .collect()
    });
    SET.contains(word)
}

/// Whether `word` (already normalised) is a little word of another language and not of English:
/// of German, Dutch, Polish and the other languages whose little words count only in a message
/// mostly in another language (in an English message "ins" of "do you take walk ins" is a word
/// like any other), or of Spanish, Portuguese, French and Italian ("de", "la").
pub fn is_little_word_of_other_languages(word: &str) -> bool {
    static SET: LazyLock<FxHashSet<&str>> = LazyLock::new(|| {
        MORE_LANGUAGES_STOP_WORDS
            .iter()
            .chain(OTHER_LANGUAGES_STOP_WORDS)
            .copied()
            .filter(|word| !STOP_WORDS.contains(word))
            .collect()
    });
    SET.contains(word)
}

/// The little words of Spanish, Portuguese, French and Italian (as [`normalise`] writes them,
/// without accents): a question asked in one of them carries no weight in these, so its words
/// the knowledge knows ("ketamina", "abstinencia", "tratamiento", from `synonyms.md`) decide
/// what it is about. Not in the index's stop words: the knowledge is English. Words that are
/// also English ("son", "come", "per", "ma") or slang the knowledge knows ("na": Narcotics
/// Anonymous; "ta": thanks) are left out.
const OTHER_LANGUAGES_STOP_WORDS: &[&str] = &[
    "a", "al", "algo", "alguem", "algun", "alguna", "ao", "aos", "as", "au", "aux", "c", "ca",
    "cada", "ce", "ces", "che", "chi", "ci", "comme", "como", "con", "cosa", "cual", "d", "da",
    "dal", "dalla", "dans", "de", "degli", "dei", "del", "della", "des", "do", "dos", "du", "e",
    "ee", "el", "ela", "ele", "ella", "ellos", "em", "entre", "eres", "es", "esa", "ese", "eso",
    "esse", "esta", "estas", "este", "esto", "et", "eu", "fa", "faz", "gli", "ha", "hay", "i",
    "il", "ils", "j", "je", "koi", "l", "la", "las", "le", "lei", "les", "leur", "lo", "los",
    "lui", "mais", "mas", "me", "mes", "meu", "mi", "mia", "minha", "mio", "mis", "moi", "muy",
    "n", "nao", "ne", "nel", "nella", "no", "nos", "nous", "num", "numa", "o", "on", "os", "ou",
    "para", "pe", "pero", "pode", "por", "porque", "pour", "pq", "pra", "puede", "q", "qual",
    "quand", "que", "quel", "quelle", "qui", "quien", "quoi", "se", "sei", "ser", "seu", "si",
    "so", "sono", "su", "sua", "sur", "sus", "tambem", "te", "tem", "ti", "tiene", "to", "toi",
    "tu", "tus", "um", "uma", "un", "una", "une", "uno", "va", "vai", "vc", "voce", "vous", "y",
    "ya",
];

/// The little words of German, Dutch, Polish, Romanian, Turkish, Indonesian, Vietnamese, Tagalog
/// and Haitian Creole (as [`normalise`] writes them), for the same reason as
/// [`OTHER_LANGUAGES_STOP_WORDS`], but only in a message mostly in another language (see
/// [`phrase::Tokens::mostly_english`]). Some are English words too ("over", "van", "gay"): they
/// count against a message being in English. Words of `crisis.md` ("od", "teraz": now, "duzo":
/// a lot) and of `synonyms.md` are left out, save "na" ("on" in Polish, "already" in Tagalog),
/// Narcotics Anonymous in English.
const MORE_LANGUAGES_STOP_WORDS: &[&str] = &[
    "aan",
    "aber",
    "aceasta",
    "acest",
    "acolo",
    "adalah",
    "ai",
    "aici",
    "ak",
    "ako",
    "aku",
    "albo",
    "ale",
    "alla",
    "als",
    "altijd",
    "ama",
    "anche",
    "ang",
    "anh",
    "ani",
    "ano",
    "ap",
    "apa",
    "asta",
    "atau",
    "auch",
    "auf",
    "avem",
    "ay",
    "ba",
    "bagaimana",
    "bakit",
    "banget",
    "bardziej",
    "bardzo",
    "bedzie",
    "bei",
    "beim",
    "bekommen",
    "benim",
    "bi",
    "bij",
    "bin",
    "bir",
    "bisa",
    "bist",
    "bitte",
    "bo",
    "boleh",
    "bu",
    "buat",
    "burada",
    "był",
    "była",
    "było",
    "cand",
    "cest",
    "ceva",
    "cho",
    "co",
    "cok",
    "cu",
    "cua",
    "cuando",
    "cum",
    "cung",
    "cunku",
    "czemu",
    "czy",
    "czym",
    "daar",
    "daca",
    "daha",
    "dan",
    "dann",
    "dar",
    "dari",
    "das",
    "dass",
    "degil",
    "deh",
    "dein",
    "deine",
    "deja",
    "dem",
    "den",
    "dengan",
    "despre",
    "deze",
    "di",
    "dia",
    "dice",
    "dicen",
    "dich",
    "dimana",
    "dito",
    "dla",
    "dlaczego",
    "doch",
    "donde",
    "doon",
    "dung",
    "dupa",
    "durch",
    "dwe",
    "ea",
    "een",
    "ei",
    "eigenlijk",
    "eigentlich",
    "ein",
    "eine",
    "einem",
    "einen",
    "einer",
    "en",
    "enggak",
    "erg",
    "eske",
    "est",
    "esti",
    "estoy",
    "etwas",
    "euch",
    "fe",
    "fi",
    "fino",
    "foarte",
    "fost",
    "ga",
    "gaat",
    "gak",
    "gay",
    "gdy",
    "gdzie",
    "geen",
    "gegen",
    "geht",
    "gen",
    "gewoon",
    "gi",
    "gibi",
    "gibt",
    "gimana",
    "gio",
    "gue",
    "gw",
    "haar",
    "hab",
    "habe",
    "haben",
    "hace",
    "hai",
    "hangi",
    "harus",
    "hatte",
    "hebben",
    "hebt",
    "heeft",
    "heel",
    "het",
    "hier",
    "hij",
    "hoac",
    "ia",
    "ich",
    "icin",
    "iets",
    "ihm",
    "ihn",
    "ihr",
    "ik",
    "ikaw",
    "ile",
    "imi",
    "immer",
    "ini",
    "ins",
    "io",
    "ise",
    "isit",
    "isso",
    "ist",
    "itu",
    "iyan",
    "iyon",
    "ja",
    "jadi",
    "jak",
    "jakies",
    "jakis",
    "jej",
    "jesli",
    "jest",
    "jestem",
    "jeszcze",
    "jij",
    "jouw",
    "juga",
    "jullie",
    "juz",
    "ka",
    "kadar",
    "kailan",
    "kak",
    "kalau",
    "kalo",
    "kamu",
    "kan",
    "kann",
    "kapab",
    "kapag",
    "kapan",
    "karena",
    "kasi",
    "kein",
    "keine",
    "kenapa",
    "khi",
    "khong",
    "ki",
    "kiedy",
    "kijan",
    "kile",
    "kisa",
    "kita",
    "kiyes",
    "ko",
    "kok",
    "konnen",
    "konsa",
    "kote",
    "kouman",
    "kounye",
    "kriegen",
    "kto",
    "ktora",
    "ktory",
    "ktos",
    "kun",
    "kung",
    "kunnen",
    "lam",
    "lan",
    "lange",
    "li",
    "lng",
    "lu",
    "lub",
    "luon",
    "maar",
    "machen",
    "macht",
    "mag",
    "mai",
    "mal",
    "mamy",
    "masih",
    "mau",
    "mea",
    "meer",
    "mein",
    "meine",
    "meinen",
    "meiner",
    "mengapa",
    "mereka",
    "mereu",
    "meron",
    "mga",
    "midir",
    "miec",
    "mij",
    "mijn",
    "minh",
    "mir",
    "mit",
    "mnie",
    "mo",
    "moeten",
    "moj",
    "moja",
    "moje",
    "mojego",
    "molto",
    "mon",
    "moun",
    "moze",
    "mozna",
    "mu",
    "muito",
    "multa",
    "musi",
    "mwen",
    "na",
    "naar",
    "nach",
    "nada",
    "naman",
    "nan",
    "nang",
    "nasil",
    "nay",
    "neden",
    "nein",
    "nerede",
    "neu",
    "ng",
    "nga",
    "nggak",
    "nhe",
    "nhu",
    "nhung",
    "ni",
    "nicht",
    "nie",
    "niet",
    "niste",
    "niya",
    "niye",
    "noch",
    "noi",
    "nou",
    "nu",
    "nur",
    "nya",
    "ob",
    "oder",
    "ogole",
    "ohne",
    "olur",
    "oluyor",
    "omdat",
    "ona",
    "oni",
    "onlar",
    "ons",
    "ook",
    "op",
    "orada",
    "oswa",
    "ot",
    "over",
    "pa",
    "paano",
    "pada",
    "pag",
    "pakai",
    "pake",
    "paske",
    "pentru",
    "perche",
    "piu",
    "po",
    "poate",
    "pou",
    "poukisa",
    "przez",
    "przy",
    "quais",
    "quando",
    "quon",
    "rin",
    "roi",
    "sa",
    "saan",
    "sama",
    "sangat",
    "sao",
    "sau",
    "saya",
    "schon",
    "sehr",
    "sein",
    "seit",
    "selalu",
    "sem",
    "sempre",
    "senin",
    "sey",
    "siapa",
    "sie",
    "sih",
    "sila",
    "sini",
    "sino",
    "siya",
    "siz",
    "soal",
    "sobie",
    "sobre",
    "soll",
    "sollte",
    "sudah",
    "sunt",
    "surtout",
    "tak",
    "taki",
    "takich",
    "takie",
    "talaga",
    "tambien",
    "tapi",
    "tayo",
    "tego",
    "tej",
    "tentang",
    "tez",
    "thay",
    "thi",
    "tidak",
    "tipo",
    "toch",
    "tou",
    "toujou",
    "trebuie",
    "tren",
    "trong",
    "trzeba",
    "tutaj",
    "ty",
    "uber",
    "udah",
    "uit",
    "und",
    "unde",
    "uns",
    "untuk",
    "usa",
    "uso",
    "van",
    "ve",
    "verdad",
    "vero",
    "veya",
    "vi",
    "viel",
    "vin",
    "voi",
    "vom",
    "von",
    "voor",
    "w",
    "waar",
    "waarom",
    "wala",
    "wann",
    "wanneer",
    "war",
    "warum",
    "weil",
    "wel",
    "welche",
    "welke",
    "wenn",
    "wer",
    "werd",
    "werden",
    "weshalb",
    "wie",
    "wiec",
    "wieso",
    "wij",
    "wir",
    "wird",
    "wirklich",
    "wo",
    "worden",
    "wordt",
    "wurde",
    "wy",
    "yok",
    "yon",
    "yun",
    "yung",
    "z",
    "za",
    "zal",
    "zawsze",
    "ze",
    "zij",
    "zijn",
    "zit",
    "zo",
    "zu",
    "zum",
    "zur",
    "đa",
    "đang",
    "đau",
    "đay",
    "đi",
    "đo",
    "đuoc",
];

/// The little words of Russian, Ukrainian and Arabic (as [`normalise`] writes them: "й" is
/// "и"), for the same reason as [`OTHER_LANGUAGES_STOP_WORDS`]. Their scripts share no word with
/// English or with the slang of `synonyms.md`, so none of them can hide an English word.
const OTHER_SCRIPTS_STOP_WORDS: &[&str] = &[
    "а",
    "або",
    "але",
    "б",
    "без",
    "би",
    "блин",
    "более",
    "больше",
    "був",
    "будет",
    "будто",
    "будь",
    "була",
    "було",
    "бути",
    "бы",
    "бывает",
    "был",
    "была",
    "были",
    "было",
    "быть",
    "в",
    "вам",
    "вас",
    "ведь",
    "вже",
    "взагалі",
    "ви",
    "во",
    "вона",
    "вони",
    "вообще",
    "вопрос",
    "вот",
    "все",
    "всегда",
    "всего",
    "всех",
    "всю",
    "вы",
    "від",
    "він",
    "где",
    "да",
    "даже",
    "де",
    "для",
    "до",
    "дуже",
    "его",
    "ее",
    "еи",
    "ему",
    "если",
    "есть",
    "еще",
    "ж",
    "же",
    "з",
    "за",
    "зачем",
    "здесь",
    "и",
    "из",
    "или",
    "им",
    "иногда",
    "иого",
    "их",
    "к",
    "как",
    "какая",
    "какие",
    "какои",
    "когда",
    "коли",
    "короче",
    "кто",
    "куда",
    "ласка",
    "ли",
    "лучше",
    "между",
    "мене",
    "меня",
    "мені",
    "ми",
    "мне",
    "много",
    "може",
    "может",
    "можна",
    "можно",
    "мои",
    "моя",
    "моє",
    "моі",
    "мы",
    "між",
    "міи",
    "на",
    "навіть",
    "над",
    "надо",
    "нас",
    "не",
    "него",
    "нее",
    "неи",
    "нет",
    "ни",
    "нибудь",
    "ним",
    "них",
    "ничего",
    "но",
    "ну",
    "о",
    "об",
    "он",
    "она",
    "они",
    "опять",
    "ось",
    "от",
    "очень",
    "перед",
    "питання",
    "по",
    "под",
    "подскажите",
    "пожалуиста",
    "после",
    "потом",
    "потому",
    "почему",
    "почти",
    "правда",
    "при",
    "про",
    "просто",
    "під",
    "підкажіть",
    "після",
    "раз",
    "разве",
    "реально",
    "с",
    "сам",
    "свіи",
    "себе",
    "себя",
    "сеичас",
    "скажите",
    "скажіть",
    "со",
    "совсем",
    "та",
    "так",
    "також",
    "такои",
    "там",
    "тебя",
    "теж",
    "тем",
    "теперь",
    "ти",
    "типа",
    "типу",
    "то",
    "тогда",
    "того",
    "тоже",
    "только",
    "том",
    "тот",
    "тут",
    "ты",
    "тільки",
    "у",
    "уж",
    "уже",
    "хоть",
    "хто",
    "це",
    "цеи",
    "ця",
    "ці",
    "чего",
    "чем",
    "через",
    "чи",
    "чому",
    "что",
    "чтоб",
    "чтобы",
    "чуть",
    "ще",
    "що",
    "эти",
    "это",
    "этого",
    "этои",
    "этом",
    "этот",
    "эту",
    "я",
    "як",
    "яка",
    "яке",
    "якии",
    "якщо",
    "які",
    "є",
    "і",
    "іх",
    "іі",
    "اذا",
    "التي",
    "الذي",
    "اللي",
    "الى",
    "انا",
    "انت",
    "او",
    "ايش",
    "بس",
    "بعد",
    "جدا",
    "ذلك",
    "شو",
    "عشان",
    "علشان",
    "على",
    "عن",
    "عند",
    "في",
    "فيه",
    "قبل",
    "قد",
    "كان",
    "كانت",
    "كيف",
    "لا",
    "لم",
    "لماذا",
    "لن",
    "لو",
    "ليش",
    "ما",
    "ماذا",
    "مع",
    "ممكن",
    "من",
    "نحن",
    "هذا",
    "هذه",
    "هل",
    "هم",
    "هو",
    "هي",
    "و",
    "يعني",
    "يكون",
];

/// Cuts `text` to at most [`MAX_MATCH_CHARS`] characters.
pub fn truncate_for_matching(text: &str) -> &str {
    match text.char_indices().nth(MAX_MATCH_CHARS) {
        Some((byte, _)) => &text[..byte],
        None => text,
    }
}

/// Lowercases and folds a message into plain words separated by single spaces.
///
/// Compatibility forms and accents are folded (`ﬁ` → `fi`, `é` → `e`), apostrophes inside a word
/// are dropped so contractions become one word (`don't` → `dont`, `I’m` → `im`), and everything
/// that is not a letter or digit (punctuation, emoji, zero-width and control characters) separates
/// words.
pub fn normalise(text: &str) -> String {
    let text = truncate_for_matching(text);
    // ASCII is its own decomposition and holds no combining mark: most messages skip the
    // decomposing iterator, the costliest step of reading a long one.
    if text.is_ascii() {
        fold_into_words(text.len(), text.chars())
    } else {
        fold_into_words(text.len(), without_marks(text))
    }
}

/// The characters of `text` decomposed, accents and other combining marks left out.
fn without_marks(text: &str) -> impl Iterator<Item = char> + '_ {
    text.nfkd().filter(|c| !is_combining_mark(*c))
}

/// [`normalise`] of the decomposed characters of a text of `len` bytes.
fn fold_into_words(len: usize, chars: impl Iterator<Item = char>) -> String {
    let mut out = String::with_capacity(len);
    let mut chars = chars.peekable();
    let mut pending_space = false;
    let mut previous_alnum = false;
    while let Some(c) = chars.next() {
        if let Some(word) = danger_emoji_word(c) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
            pending_space = true;
            previous_alnum = false;
        } else if is_written_without_spaces(c) {
            // Each character its own word: phrases in these scripts then match character by
            // character ("消えたい" in "もう消えたい"), as words match elsewhere.
            if !out.is_empty() {
                out.push(' ');
            }
            out.push(c);
            pending_space = true;
            previous_alnum = false;
        } else if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            match plain_letters(c) {
                Some(plain) => out.push_str(plain),
                None => out.extend(c.to_lowercase()),
            }
            previous_alnum = true;
        } else if is_apostrophe(c)
            && previous_alnum
            && chars.peek().is_some_and(|next| next.is_alphanumeric())
        {
            // A contraction: keep the word whole.
        } else {
            pending_space = true;
            previous_alnum = false;
        }
    }
    collapse_stretched_letters(&out)
}

/// Whether `c` belongs to a script written without spaces between words: Chinese characters,
/// Japanese kana, Thai, Lao, Khmer and Burmese. (Korean puts spaces between words.)
fn is_written_without_spaces(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}' // Hiragana, Katakana
        | '\u{31F0}'..='\u{31FF}' // Katakana phonetic extensions
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}' // CJK compatibility ideographs
        | '\u{FF66}'..='\u{FF9D}' // half-width Katakana
        | '\u{20000}'..='\u{2FA1F}' // CJK extensions B to F, compatibility supplement
        | '\u{0E00}'..='\u{0E7F}' // Thai
        | '\u{0E80}'..='\u{0EFF}' // Lao
        | '\u{1000}'..='\u{109F}' // Myanmar
        | '\u{1780}'..='\u{17FF}' // Khmer
    ) && c.is_alphanumeric()
}

/// The plain letters of a letter that Unicode does not decompose into one plus a mark, as people
/// type it without the mark: Turkish "ı" ("nasılsın" is "nasilsin"), Polish "ł" ("dzięki,
/// miłego dnia"), Vietnamese "đ", and a few more. Letters that decompose ("é", "ę", "ş") lose their
/// marks in [`normalise`] already.
fn plain_letters(c: char) -> Option<&'static str> {
    Some(match c {
        'ı' => "i",
        'ł' | 'Ł' => "l",
        'đ' | 'Đ' => "d",
        'ø' | 'Ø' => "o",
        'ß' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        _ => return None,
    })
}

/// Whether `text` is a picture of danger, which gets the crisis reply whatever the rules say:
/// - emoji of danger ([`danger_emoji_word`]) and no word: "🔪🩸", "👋🪦", "😴💊🔚", "🔫 🙂 🔚". In
///   the tuning sets all 27 messages of emoji alone that hold one are danger messages, and none
///   of the 192 smalltalk and out-of-scope messages of emoji alone holds one. Two emoji make too
///   few words for the learned crisis reader, and "knife blood" is no phrase a rule could hold
///   without catching stories;
/// - emoji of a place where people end their lives ([`is_place_emoji`]: a train, the sea, a
///   tall building) with a wave or a step ("🚆🙂👋"), or emoji of danger or of such a place with
///   no word but an hour, "tonight" or a goodbye ([`PICTURE_WORDS`]): "🌉⬇️ 11pm", "🚆🚆 tonight.
///   sorry x", "🌊🚶 goodbye lads" (round 56). In the tuning sets 76 danger messages hold one of
///   these emoji, and none of the 22 out-of-scope ones ("🚆 TRAIN STRIKE TOMORROW??") is
///   written in those words alone;
/// - a wave or a step with "for good" or "forever", and no other word but an hour, "tonight"
///   or a goodbye: "👋👋👋 FOR GOOD" (not "all good 👋").
pub fn is_danger_picture(text: &str) -> bool {
    let danger = text.chars().any(|c| danger_emoji_word(c).is_some());
    let place = text.chars().any(is_place_emoji);
    let farewell = text.chars().any(is_farewell_emoji);
    if !danger && !place && !farewell {
        return false;
    }
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        return danger || (place && farewell);
    }
    // A wave alone is a goodbye; "for good" or "forever" makes it a last one ("👋👋👋 FOR GOOD").
    let for_good = words.iter().any(|w| w == "forever")
        || words
            .windows(2)
            .any(|pair| pair[0] == "for" && pair[1] == "good");
    (danger || place || for_good)
        && words
            .iter()
            .all(|word| PICTURE_WORDS.contains(&word.as_str()) || is_hour(word))
}

/// The words a picture of danger may hold beside its emoji: when, and goodbye.
const PICTURE_WORDS: &[&str] = &[
    "tonight", "tonite", "now", "rn", "today", "tomorrow", "tmrw", "soon", "bye", "byee",
    "goodbye", "sorry", "soz", "x", "xx", "xxx", "finally", "lads", "guys", "everyone", "mum",
    "mom", "love", "you", "u", "all", "for", "good", "forever", "this", "is", "it", "time",
];

/// "11pm", "2am": an hour, its digits run into "am" or "pm" (digits alone are no word).
fn is_hour(word: &str) -> bool {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && ["am", "pm"].contains(&suffix)
}

/// Emoji of a place where people end their lives: trains and tracks, the sea, a tall building
/// (a bridge, 🌉, is an emoji of danger already). Not read as words: "🚆" alone is also a commute.
fn is_place_emoji(c: char) -> bool {
    matches!(
        c,
        '🚆' | '🚂' | '🚄' | '🚅' | '🚈' | '🚇' | '🚉' | '🛤' | '🌊' | '🏢'
    )
}

/// Emoji of leaving: a wave, a step down or away.
fn is_farewell_emoji(c: char) -> bool {
    matches!(c, '👋' | '⬇' | '🚶' | '🧍')
}

/// The word an emoji of danger stands for ("🔪🩸 did it again": a knife, blood), so that the
/// crisis rules read it; other emoji carry no words. Not 💀, which people mostly mean as "lol".
fn danger_emoji_word(c: char) -> Option<&'static str> {
    Some(match c {
        '🔪' | '🗡' => "knife",
        '🩸' => "blood",
        '💊' => "pills",
        '🔫' => "gun",
        '🪢' => "rope",
        '🚑' => "ambulance",
        '🌉' => "bridge",
        '⚰' | '🪦' => "coffin",
        _ => return None,
    })
}

/// "heyyy", "sooo", "pleeease" → "hey", "so", "please": a letter written three times or more
/// is one letter (no English word has a letter three times in a row), or two when that makes
/// the English word ("goood", "bladdder", "killl" → "good", "bladder", "kill"; one letter would
/// make "god", "blader", "kil").
fn collapse_stretched_letters(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    for c in text.chars() {
        if c.is_alphabetic() {
            word.push(c);
        } else {
            out.push_str(&collapse_word(&word));
            word.clear();
            out.push(c);
        }
    }
    out.push_str(&collapse_word(&word));
    out
}

/// One word of [`collapse_stretched_letters`]; most words have no letter three times in a row
/// and come back as they are, without allocating.
fn collapse_word(word: &str) -> std::borrow::Cow<'_, str> {
    let stretched = word
        .as_bytes()
        .windows(3)
        .any(|w| w[0] == w[1] && w[1] == w[2]);
    if !stretched && word.is_ascii() {
        return std::borrow::Cow::Borrowed(word);
    }
    let chars: Vec<char> = word.chars().collect();
    // (start, length) of each run of one letter.
    let mut runs = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let mut run = 1;
        while i + run < chars.len() && chars[i + run] == chars[i] {
            run += 1;
        }
        runs.push((i, run));
        i += run;
    }
    if runs.iter().all(|&(_, run)| run < 3) {
        return std::borrow::Cow::Borrowed(word);
    }
    let spelt = |doubled: Option<usize>| -> String {
        runs.iter()
            .enumerate()
            .flat_map(|(r, &(start, run))| {
                let keep = match run {
                    0..=2 => run,
                    _ if doubled == Some(r) => 2,
                    _ => 1,
                };
                std::iter::repeat_n(chars[start], keep)
            })
            .collect()
    };
    let stretched = runs.iter().enumerate().filter(|&(_, &(_, run))| run >= 3);
    for (r, _) in stretched {
        let doubled = spelt(Some(r));
        if english::is_english(&doubled) {
            return std::borrow::Cow::Owned(doubled);
        }
    }
    std::borrow::Cow::Owned(spelt(None))
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`' | '´')
}

/// The words of a message, normalised, at most [`MAX_MATCH_WORDS`] of them.
pub fn words(text: &str) -> Vec<String> {
    normalise(text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .take(MAX_MATCH_WORDS)
        .map(str::to_owned)
        .collect()
}

/// The English stem of a word (`jumping` → `jump`), as the index's analyzer makes it.
pub fn stem(word: &str) -> std::borrow::Cow<'_, str> {
    static STEMMER: LazyLock<frostem::Stemmer> =
        LazyLock::new(|| frostem::Stemmer::new(frostem::Algorithm::English));
    STEMMER.stem(word)
}

/// Informal spellings and their plain words, so that one rule covers both
/// ("i wanna end it" is "i want to end it").
const INFORMAL: &[(&str, &str)] = &[
    ("2day", "today"),
    ("2nite", "tonight"),
    ("abt", "about"),
    ("aftr", "after"),
    ("al", "all"),
    ("anymor", "anymore"),
    ("b4", "before"),
    ("bc", "because"),
    ("bout", "about"),
    ("cnat", "cant"),
    ("cnt", "cant"),
    ("coz", "because"),
    ("cuz", "because"),
    ("dnt", "dont"),
    ("dunno", "dont know"),
    ("gd", "good"),
    ("gimme", "give me"),
    ("gna", "going to"),
    ("gona", "going to"),
    ("gonna", "going to"),
    ("gotta", "got to"),
    ("gud", "good"),
    ("gunna", "going to"),
    ("helo", "hello"),
    ("hw", "how"),
    ("imma", "i am going to"),
    ("kinda", "kind of"),
    ("kno", "know"),
    ("nemore", "anymore"),
    ("nite", "night"),
    ("noone", "no one"),
    ("nymore", "anymore"),
    ("pils", "pills"),
    ("pls", "please"),
    ("plz", "please"),
    ("ppl", "people"),
    ("r", "are"),
    ("redy", "ready"),
    ("rly", "really"),
    ("rn", "right now"),
    ("sm", "so much"),
    ("ther", "there"),
    ("tho", "though"),
    ("thx", "thanks"),
    ("tmrw", "tomorrow"),
    ("tnight", "tonight"),
    ("tonite", "tonight"),
    ("tryna", "trying to"),
    ("u", "you"),
    ("ur", "your"),
    ("w", "with"),
    ("wana", "want to"),
    ("wanna", "want to"),
    ("wat", "what"),
    ("wen", "when"),
    ("wke", "wake"),
    ("wnat", "want"),
    ("wot", "what"),
    ("wots", "whats"),
    ("wut", "what"),
    ("y", "why"),
    ("ya", "you"),
    ("yr", "your"),
];

/// The words of a message as the staff's rules (crisis, smalltalk, not covered) read them:
/// [`words`], with informal spellings spelt out.
pub fn rule_words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in words(text) {
        match english::run_together(&word) {
            Some(pieces) => out.extend(pieces.into_iter().map(str::to_owned)),
            None => spell_out(word, &mut out),
        }
    }
    // "w/o" reaches here as "with" "o".
    for i in (1..out.len()).rev() {
        if out[i] == "o" && out[i - 1] == "with" {
            out.splice(i - 1..=i, ["without".to_owned()]);
        }
    }
    // Slips of a letter that make another English word, read by the words around them. In
    // one pass, left to right: "hoe dose it feel" is "how" first, then "does" after "how".
    for i in 0..out.len() {
        let next = out.get(i + 1).map(String::as_str);
        let meant = match out[i].as_str() {
            "hoe" if next.is_some_and(|w| ASKED_AFTER_HOW.contains(&w)) => "how",
            "dose" if i > 0 && dose_means_does(&out[i - 1], &out[i + 1..]) => "does",
            _ => continue,
        };
        out[i] = meant.to_owned();
    }
    out
}

/// Adds `word` to `out` as a message's word is read: chat spellings spelt out ("ur" as
/// "your", "wanna" as "want to", "thinkin" as "thinking").
pub fn spell_out(word: String, out: &mut Vec<String>) {
    match INFORMAL.binary_search_by(|(informal, _)| informal.cmp(&word.as_str())) {
        Ok(i) => out.extend(INFORMAL[i].1.split(' ').map(str::to_owned)),
        Err(_) => out.push(with_dropped_g(word)),
    }
}

/// "thinkin", "endin", "jumpin" spelt out: a word ending in "in" that is no English word,
/// whose "-ing" form is one ("cabin", "within", "brain" stay). "takin" is in the word list (a
/// goat), but in a chat it is always "taking".
fn with_dropped_g(word: String) -> String {
    if word.len() >= 4 && word.ends_with("in") && (word == "takin" || !english::is_english(&word)) {
        let spelt_out = format!("{word}g");
        if english::is_english(&spelt_out) {
            return spelt_out;
        }
    }
    word
}

/// The words after which "hoe" is the common slip for "how" (e beside w): "hoe does ket work",
/// "hoe long", "hoe much". The garden tool and the insult are not followed by these.
const ASKED_AFTER_HOW: &[&str] = &[
    "do", "does", "did", "dose", "long", "much", "many", "can", "could", "would", "should", "is",
    "are", "was", "bad", "often", "soon", "come", "to",
];

/// Who or what a drug "does" something to, after "to": "what ketamine dose to the brain".
const DONE_TO: &[&str] = &[
    "the", "your", "my", "his", "her", "their", "our", "you", "me", "him", "them", "us", "people",
    "someone", "someones", "a",
];

/// Whether "dose" is the common slip for "does": after "how", "why", "where"… it cannot be the
/// noun; after "what" only when a "do" follows and no "of" ("wat dose ket do to u", but "what
/// dose should i take" and "what dose of ket do vets use" ask for a dose).
fn dose_means_does(before: &str, after: &[String]) -> bool {
    match before {
        "how" | "why" | "y" | "where" | "when" | "who" | "it" | "that" | "this" | "he" | "she" => {
            true
        }
        "what" => {
            after.first().is_none_or(|w| w != "of") && after.iter().take(4).any(|w| w == "do")
        }
        // "what ketamine dose to the brain": the drug does something to someone; a dose "to
        // get the same high" or "to die" is the noun.
        "ketamine" | "ketamin" | "ket" | "keta" | "k" | "kitty" => {
            after.first().is_some_and(|w| w == "to")
                && after.get(1).is_some_and(|w| DONE_TO.contains(&w.as_str()))
        }
        _ => false,
    }
}

/// Whether a message has any letter or digit at all (emoji-only, stickers sent as text, blank).
pub fn has_words(text: &str) -> bool {
    text.chars().any(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The shortcut for ASCII reads a text as the full decomposition would.
        #[test]
        fn ascii_is_read_as_its_decomposition(text in "[ -~\t\n]{0,200}") {
            let decomposed = fold_into_words(text.len(), without_marks(&text));
            prop_assert_eq!(normalise(&text), decomposed);
        }
    }

    #[test]
    fn a_sign_off_and_the_name_after_it_are_not_read() {
        let words =
            |text: &str| -> Vec<String> { focus(text).words.into_iter().map(|(w, _)| w).collect() };
        assert_eq!(
            words("I would like to know if ketamine is addictive. Regards Brian"),
            words("I would like to know if ketamine is addictive.")
        );
        assert_eq!(
            words("is it addictive?\nKind regards,\nMary Ellen"),
            words("is it addictive?")
        );
        // Alone, or with more than a name after it, it is what was written.
        assert_eq!(words("regards brian"), ["regards", "brian"]);
        assert!(words("is k addictive. regards to my brain cells").contains(&"brain".to_owned()));
        assert!(words("thanks for everything. goodbye").contains(&"goodbye".to_owned()));
    }

    fn focus_words(text: &str) -> Vec<(String, f32)> {
        focus(text).words
    }

    #[test]
    fn a_question_is_a_question_mark_an_opening_question_word_or_a_question_inside() {
        assert!(has_question("is ket addictive"));
        assert!(has_question("tell me about withdrawal?"));
        assert!(has_question(
            "my dad drinks every night, how do i get him to stop"
        ));
        assert!(!has_question(
            "I feel like I understand what my son is going through. Really appreciate it."
        ));
        assert!(!has_question("thanks for being here when no one else is"));
        assert!(has_question(
            "was munted last night and couldnt string a sentence together, is that normal"
        ));
        assert!(!has_question("i was scared, is all. thanks for listening"));
    }

    #[test]
    fn laughter_ends_a_sentence_and_stays_in_it() {
        let said =
            sentences("id literally die if my parents saw this lol but can you get addicted?");
        let words: Vec<Vec<&str>> = said
            .iter()
            .map(|(w, _)| w.iter().map(String::as_str).collect())
            .collect();
        assert_eq!(words.len(), 2);
        assert_eq!(words[0].last(), Some(&"lol"));
        assert_eq!(words[1][..3], ["but", "can", "you"]);
        // Only the last piece ended in "?"; a laugh alone is still a sentence of its own.
        assert_eq!(
            said.iter().map(|(_, q)| *q).collect::<Vec<_>>(),
            [false, true]
        );
        assert_eq!(sentences("lol").len(), 1);
    }

    #[test]
    fn stop_words_are_listed_in_order_once() {
        let mut sorted = STOP_WORDS.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted, STOP_WORDS);
    }

    #[test]
    fn weak_words_are_listed_in_order_once() {
        let mut sorted = WEAK_WORDS.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted, WEAK_WORDS);
    }

    #[test]
    fn little_words_of_other_languages_keep_english_slang_and_danger_words_out() {
        assert!(is_little_word_of_other_languages("na") && !is_stop_word("na"));
        assert!(
            is_little_word_of_other_languages("czy") && is_little_word_of_other_languages("kann")
        );
        assert!(
            !is_little_word_of_other_languages("od"),
            "an overdose in English"
        );
        assert!(
            !is_little_word_of_other_languages("teraz"),
            "\"now\", a word of danger"
        );
    }

    #[test]
    fn fast_typing_spellings_of_question_words_are_stop_words() {
        // "wat" is "what": as a word the knowledge never uses it would otherwise weigh the most.
        for word in ["wat", "wot", "wut", "wen", "ya"] {
            assert!(is_stop_word(word), "{word}");
        }
        assert!(is_weak_word("kinds") && is_weak_word("types"));
    }

    #[test]
    fn the_question_of_a_story_counts_most() {
        let focused = focus_words(
            "My brother uses ket every weekend and drives home after. Our parents do not know. Is that a sign of addiction?",
        );
        let weight = |w: &str| focused.iter().find(|(x, _)| x == w).unwrap().1;
        assert_eq!(weight("addiction"), 1.0);
        assert_eq!(weight("brother"), CONTEXT_WEIGHT);
        let short = focus_words("ket withdrawal. how long?");
        assert!(short.iter().all(|(_, w)| *w == 1.0));
        let no_question = focus_words(
            "i have been using ket for years and i feel awful. my bladder hurts all the time now",
        );
        assert_eq!(no_question.last().unwrap().1, 1.0);
        assert_eq!(no_question[0].1, CONTEXT_WEIGHT);
    }

    #[test]
    fn folds_case_accents_quotes_and_contractions() {
        assert_eq!(normalise("I’m NOT sure—Café?!"), "im not sure cafe");
        assert_eq!(normalise("don't   won`t"), "dont wont");
        assert_eq!(normalise("'quoted'"), "quoted");
        assert_eq!(
            normalise("nasılsın, DZIĘKUJĘ, miłego dnia"),
            "nasilsin dziekuje milego dnia"
        );
        assert_eq!(normalise("Đi đâu, tschüß"), "di dau tschuss");
    }

    #[test]
    fn scripts_without_spaces_are_read_character_by_character() {
        assert_eq!(normalise("もう消えたい。"), "も う 消 え た い");
        assert_eq!(normalise("不想活了ok"), "不 想 活 了 ok");
        assert_eq!(normalise("K 케타민"), "k 케타민".nfkd().collect::<String>());
        // A phrase in such a script is found as the words of its characters.
        let phrase = words("消えたい");
        let message = words("今夜 消えたい");
        assert!(message.windows(phrase.len()).any(|w| w == phrase));
    }

    #[test]
    fn emoji_zero_width_and_control_characters_separate_words() {
        assert_eq!(
            normalise("ket\u{200b}amine😱\u{7}bladder"),
            "ket amine bladder"
        );
        assert_eq!(normalise("👍🙏"), "");
        assert!(!has_words("  👍 \n"));
    }

    #[test]
    fn a_dropped_g_is_put_back_on_words_that_need_it() {
        assert_eq!(
            rule_words("i keep thinkin about endin it al"),
            ["i", "keep", "thinking", "about", "ending", "it", "all"]
        );
        assert_eq!(
            rule_words("takin k within my brain cabin"),
            ["taking", "k", "within", "my", "brain", "cabin"]
        );
    }

    #[test]
    fn dose_is_does_where_only_the_verb_fits() {
        assert_eq!(
            rule_words("wat dose ket do to ur brain"),
            ["what", "does", "ket", "do", "to", "your", "brain"]
        );
        assert_eq!(rule_words("how dose it feel")[1], "does");
        assert_eq!(rule_words("hoe does ketamine work")[0], "how");
        assert_eq!(rule_words("hoe dose it feel")[..2], ["how", "does"]);
        assert_eq!(rule_words("hoe long does it last")[0], "how");
        assert_eq!(rule_words("i bought a new hoe for the garden")[4], "hoe");
        assert_eq!(rule_words("what dose should i take")[1], "dose");
        assert_eq!(rule_words("what dose of ket do vets use")[1], "dose");
        assert_eq!(rule_words("what ketamine dose to the brain")[2], "does");
        assert_eq!(rule_words("wat ket dose to ur body")[2], "does");
        assert_eq!(
            rule_words("upping my ketamine dose to get the same high")[3],
            "dose"
        );
        assert_eq!(rule_words("ket dose to die")[1], "dose");
        assert_eq!(rule_words("a high dose")[2], "dose");
    }

    #[test]
    fn informal_spellings_are_spelt_out() {
        let mut sorted = INFORMAL.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, INFORMAL);
        assert_eq!(
            rule_words("i wanna end it rn"),
            ["i", "want", "to", "end", "it", "right", "now"]
        );
        assert_eq!(
            rule_words("easier w/o me, noone cares"),
            ["easier", "without", "me", "no", "one", "cares"]
        );
        assert_eq!(rule_words("w o")[0], "without");
        assert_eq!(rule_words("go w me")[1..], ["with", "me"]);
        assert_eq!(stem("jumping"), "jump");
    }

    #[test]
    fn stretched_letters_are_one_letter() {
        assert_eq!(
            normalise("Heyyy thank youuu sooo much!!!"),
            "hey thank you so much"
        );
        assert_eq!(normalise("see 2000 bees"), "see 2000 bees");
        assert_eq!(
            normalise("sooo goood, my bladdder, pleeease, helllp!!"),
            "so good my bladder please help"
        );
        assert_eq!(normalise("ааааа"), "а");
    }

    #[test]
    fn emoji_of_danger_are_read_as_words() {
        assert_eq!(normalise("🔪🩸 did it again"), "knife blood did it again");
        assert_eq!(normalise("took all my 💊!"), "took all my pills");
        assert!(is_danger_picture("🔪🩸😶"));
        assert!(is_danger_picture("👋 🪦 30"));
        assert!(is_danger_picture("⚰️"), "with its variation selector");
        assert!(
            !is_danger_picture("took all my 💊"),
            "a word: the rules read it"
        );
        assert!(!is_danger_picture("👋😊"));
        assert!(!is_danger_picture("💀💀"), "mostly meant as \"lol\"");
        assert!(!is_danger_picture(""));
        // A place, with a wave, a step, an hour or a goodbye and no other word.
        assert!(is_danger_picture("🚆🙂👋"));
        assert!(is_danger_picture("🚆🚆 tonight. sorry x"));
        assert!(is_danger_picture("🌉⬇️ 11pm"));
        assert!(is_danger_picture("🌊🚶‍♂️ GOODBYE LADS"));
        assert!(!is_danger_picture("🚆"), "a commute");
        assert!(!is_danger_picture("🚆 stuck on the train AGAIN"));
        assert!(!is_danger_picture("🌊 rip currents!! how do you spot one"));
        assert!(!is_danger_picture("bye 👋"), "no place");
        assert!(is_danger_picture("👋👋👋 FOR GOOD"), "a last goodbye");
        assert!(!is_danger_picture("all good 👋"));
        assert!(!is_hour("11"));
        assert!(is_hour("2am"));
        assert_eq!(normalise("lol 💀😂"), "lol");
    }

    #[test]
    fn a_bare_plea_for_help_is_told_apart() {
        let asks = |text: &str| only_asks_for_help(&words(text));
        assert!(asks("help") && asks("HELP ME PLS") && asks("someone help"));
        assert!(!asks("help me quit ket") && !asks("please") && !asks("i need help"));
    }

    #[test]
    fn hyphens_split_words() {
        assert_eq!(words("k-hole"), vec!["k", "hole"]);
    }

    #[test]
    fn long_messages_are_capped() {
        let long = "ketamine ".repeat(2_000);
        assert!(normalise(&long).len() <= MAX_MATCH_CHARS);
        assert!(words(&long).len() <= MAX_MATCH_WORDS);
        let emoji = "😀".repeat(5_000);
        assert_eq!(
            truncate_for_matching(&emoji).chars().count(),
            MAX_MATCH_CHARS
        );
    }

    #[test]
    fn right_to_left_text_keeps_its_letters() {
        assert_eq!(words("مرحبا بك"), vec!["مرحبا", "بك"]);
    }
}
