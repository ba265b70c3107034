//! Smalltalk: a message made only of greetings, thanks, "who are you" and the like (from
//! `knowledge/smalltalk.md`) gets a short friendly reply instead of a search.
//!
//! "Only" is the point: "hi, is ketamine addictive?" is a question with a greeting in front,
//! and goes to the search.

use crate::knowledge::SmalltalkIntent;
use crate::text::phrase::{Phrase, PhraseSet, Scan, Tokens};
use crate::text::{is_question_opener, is_stop_word, is_weak_word};

/// A word that may stand beside smalltalk without making the message a question. Typos of
/// these are not forgiven: "thnks for evrything" could be a goodbye the crisis reader must
/// still read, and a short smalltalk reply is not read by it.
fn is_filler(word: &str) -> bool {
    FILLER.contains(&word) || is_stop_word(word) || is_weak_word(word)
}

/// Reading a message as smalltalk from start to end: the phrases found at each word, and from
/// which words the rest of the message can be read as phrases and filler words (each worked
/// out once, when first asked).
struct Cover<'s, 't> {
    scan: Scan<'s, 't, usize>,
    words: &'t [String],
    /// (end, words, intent) of the phrases starting at each word.
    found: Vec<Option<Vec<(usize, usize, usize)>>>,
    /// Whether the words from here to the end are phrases and filler.
    coverable: Vec<Option<bool>>,
}

impl<'s, 't> Cover<'s, 't> {
    fn new(scan: Scan<'s, 't, usize>, words: &'t [String]) -> Self {
        Cover {
            scan,
            words,
            found: vec![None; words.len()],
            coverable: vec![None; words.len() + 1],
        }
    }

    fn found_at(&mut self, position: usize) -> &[(usize, usize, usize)] {
        if self.found[position].is_none() {
            let found = self
                .scan
                .matches_at(position)
                .into_iter()
                .map(|(end, len, intent)| (end, len, *intent))
                .collect();
            self.found[position] = Some(found);
        }
        self.found[position].as_deref().unwrap_or_default()
    }

    /// Whether the words from `position` to the end are smalltalk phrases and filler words.
    fn coverable_from(&mut self, position: usize) -> bool {
        if position >= self.words.len() {
            return true;
        }
        if let Some(known) = self.coverable[position] {
            return known;
        }
        // Every step moves forward (a phrase ends after it starts), so this ends.
        let ends: Vec<usize> = self.found_at(position).iter().map(|f| f.0).collect();
        let answer = ends.into_iter().any(|end| self.coverable_from(end))
            || (is_filler(&self.words[position]) && self.coverable_from(position + 1));
        self.coverable[position] = Some(answer);
        answer
    }

    /// The longest phrase at `position` after which the rest can be read as smalltalk, or else
    /// the longest phrase there: (end, intent).
    fn best_at(&mut self, position: usize) -> Option<(usize, usize)> {
        let mut found = self.found_at(position).to_vec();
        // Longest first; of equally long ones, the last found first.
        found.reverse();
        found.sort_by_key(|&(_, len, _)| std::cmp::Reverse(len));
        let longest = found.first().map(|&(end, _, intent)| (end, intent));
        found
            .into_iter()
            .find(|&(end, _, _)| self.coverable_from(end))
            .map(|(end, _, intent)| (end, intent))
            .or(longest)
    }
}

/// A phrase this short ("k", "ty") after a question word is a word of the question, not
/// smalltalk: "what does k do" is about ketamine, not "ok"; "hi, what does this bot do" is a
/// greeting.
const SHORT_PHRASE_CHARS: usize = 2;

/// A one-word phrase this long or longer says something inside a longer message ("thanks",
/// "goodbye"); shorter ones ("ok", "hi", "yes") are everywhere in stories.
const MENTION_MIN_CHARS: usize = 5;

/// Words that make the one word after them part of what a story tells, not something said to
/// the bot: "last *night*", "every *morning*", "the *evening* before".
const MODIFIERS: &[&str] = &[
    "a", "all", "at", "every", "last", "one", "other", "that", "the", "this", "tomorrow",
];

/// Words that turn a phrase around when they stand just before it, outside it ("im *not* ok",
/// "*never* been good"); inside a phrase they are part of it ("not bad", "no worries").
const NEGATIONS: &[&str] = &[
    "aint", "arent", "cant", "dont", "isnt", "never", "not", "wasnt",
];

/// How far before a phrase a negation turns it around: "not ok", "not really ok", but not
/// "never used one of these chat things before … ok".
const NEGATION_REACH: usize = 2;

/// Words that may accompany smalltalk without making it a question ("thanks *so much*",
/// "hi *there*, sorry, I feel a bit *awkward*"): function words and the words of talking about
/// the chat itself, and the polite particles and forms of address of other languages ("makasih
/// *kak*", "salamat *po*", "cam on *nha*", "mesi, Bondye beni *w*"). A word about anything else
/// (ketamine, insurance) makes the message a question.
const FILLER: &[&str] = &[
    "a",
    "actual",
    "again",
    "ah",
    "ai",
    "all",
    "alot",
    "amiga",
    "amigo",
    "and",
    "another",
    "answer",
    "answered",
    "answering",
    "answers",
    "anybody",
    "anyone",
    "anything",
    "appreciate",
    "ask",
    "asking",
    "awkward",
    "back",
    "before",
    "bit",
    "bot",
    "bro",
    "brother",
    "bruv",
    "buddy",
    "chat",
    "chatting",
    "check",
    "checking",
    "computer",
    "dad",
    "day",
    "dear",
    "dude",
    "earlier",
    "eh",
    "evening",
    "everyone",
    "everything",
    "explained",
    "explaining",
    "fam",
    "feel",
    "first",
    "folks",
    "for",
    "found",
    "friend",
    "glad",
    "going",
    "guys",
    "habibi",
    "have",
    "helped",
    "helpful",
    "here",
    "hermano",
    "human",
    "i",
    "ill",
    "im",
    "info",
    "information",
    "it",
    "its",
    "just",
    "kak",
    "kanka",
    "know",
    "l8r",
    "lah",
    "later",
    "latr",
    "loads",
    "lot",
    "lots",
    "machine",
    "made",
    "man",
    "mano",
    "mate",
    "meet",
    "message",
    "messaging",
    "mom",
    "much",
    "mum",
    "my",
    "nervous",
    "nha",
    "nice",
    "now",
    "oh",
    "ok",
    "okay",
    "pal",
    "patience",
    "person",
    "po",
    "programme",
    "promise",
    "properly",
    "question",
    "questions",
    "read",
    "real",
    "really",
    "rest",
    "robot",
    "say",
    "saying",
    "see",
    "silly",
    "sir",
    "sister",
    "site",
    "so",
    "sorry",
    "sorted",
    "that",
    "the",
    "then",
    "there",
    "these",
    "thing",
    "things",
    "this",
    "to",
    "today",
    "tonight",
    "u",
    "understand",
    "understanding",
    "very",
    "w",
    "wanted",
    "was",
    "website",
    "well",
    "wey",
    "with",
    "works",
    "x",
    "xo",
    "xoxo",
    "xx",
    "xxx",
    "yall",
    "you",
    "your",
];

/// The compiled smalltalk intents.
#[derive(Debug, Clone)]
pub struct SmalltalkDetector {
    /// Phrases with their intent's position.
    phrases: PhraseSet<usize>,
    /// Symbols (emoji) that are smalltalk on their own: (intent position, symbol).
    symbols: Vec<(usize, String)>,
    /// Number of intents.
    intents: usize,
    /// Up to how many words each intent answers a longer message that mentions it
    /// (`in_story:`).
    in_story: Vec<usize>,
    /// The same for a message that opens with one of the intent's phrases (`opening:`).
    opening: Vec<usize>,
}

impl SmalltalkDetector {
    pub fn new(intents: &[SmalltalkIntent]) -> SmalltalkDetector {
        let mut phrases = Vec::new();
        let mut symbols = Vec::new();
        for (i, intent) in intents.iter().enumerate() {
            for (_, text) in &intent.phrases {
                match Phrase::typo_tolerant(text) {
                    Some(phrase) => phrases.push((phrase, i)),
                    // Punctuation beside an emoji ("🤖?") is not a symbol of its own: kept,
                    // it made every "?" smalltalk.
                    None => {
                        let symbol: String = text.chars().filter(|c| is_symbol(*c)).collect();
                        if !symbol.is_empty() {
                            symbols.push((i, symbol));
                        }
                    }
                }
            }
        }
        SmalltalkDetector {
            phrases: PhraseSet::new(phrases),
            symbols,
            intents: intents.len(),
            in_story: intents.iter().map(|i| i.in_story).collect(),
            opening: intents.iter().map(|i| i.opening).collect(),
        }
    }

    /// The intent (position in the knowledge's smalltalk list) of `message`, when it is only
    /// smalltalk. `words` are the message's normalised words.
    pub fn detect(&self, message: &str, tokens: &Tokens) -> Option<usize> {
        if self.intents == 0 {
            return None;
        }
        if tokens.is_empty() {
            return self.detect_symbols(message);
        }
        let words = &tokens.words;
        let mut intent_found: Option<usize> = None;
        let mut position = 0;
        let mut covered_any = false;
        let mut open_question = false;
        let mut negation_at: Option<usize> = None;
        let mut cover = Cover::new(self.phrases.scan(tokens), words);
        while position < words.len() {
            // The longest phrase starting here ("thank you" over "you") after which the rest
            // of the message can still be read as smalltalk ("hola buenas" + "noches" cannot,
            // "hola" + "buenas noches" can).
            if let Some((end, intent)) = cover.best_at(position) {
                // "im not ok" is no "im ok": a negation just before a phrase turns it around.
                if negation_at.is_some_and(|at| position - at <= NEGATION_REACH) {
                    return None;
                }
                // The last thing said wins: "hi … thanks" is thanks.
                intent_found = Some(intent);
                covered_any = true;
                // A phrase this short inside a sentence is one of its words: "need more and
                // more k to feel anything" is about ketamine.
                let short =
                    end == position + 1 && words[position].chars().count() <= SHORT_PHRASE_CHARS;
                let inside = position > 0 && end < words.len();
                if short && (open_question || inside) {
                    return None;
                }
                position = end;
                continue;
            }
            let word = words[position].as_str();
            if NEGATIONS.contains(&word) {
                negation_at = Some(position);
            }
            if is_filler(word) {
                open_question |= is_question_opener(word);
                position += 1;
                continue;
            }
            return None;
        }
        if covered_any { intent_found } else { None }
    }

    /// The intent of the last distinctive smalltalk phrase anywhere in a message ("… for the
    /// first time I feel I understand. Really appreciate it."), for a message that is neither
    /// only smalltalk nor a question the knowledge answers. Distinctive: two words or more, or
    /// one of [`MENTION_MIN_CHARS`] letters ("thanks", not "ok" or "so").
    /// A message longer than the intent's `in_story:` still gets its reply up to its
    /// `opening:` length when it opens with one of the intent's phrases, short ones too ("hi,
    /// I'm 71 and…").
    pub fn mentioned(&self, tokens: &Tokens) -> Option<usize> {
        let mut found = None;
        let mut opened_by = None;
        let mut scan = self.phrases.scan(tokens);
        for position in 0..tokens.words.len() {
            for (end, _, intent) in scan.matches_at(position) {
                // Not "hi can u help with my tax return": a greeting, then a question.
                if position == 0 && !tokens.words.get(end).is_some_and(|w| is_question_opener(w)) {
                    opened_by = Some(*intent);
                }
                let one_word_said_of_something = end - position == 1
                    && position > 0
                    && MODIFIERS.contains(&tokens.words[position - 1].as_str());
                if (end - position >= 2
                    || tokens.words[position].chars().count() >= MENTION_MIN_CHARS)
                    && !one_word_said_of_something
                {
                    found = Some(*intent);
                }
            }
        }
        // Only intents meant for a story: "… im fine" or "… going to sleep" at the end of a
        // long message is not small talk to wave off.
        let fits = |intent: usize, lengths: &[usize]| {
            lengths
                .get(intent)
                .is_some_and(|&longest| tokens.words.len() <= longest)
        };
        found
            .filter(|&intent| fits(intent, &self.in_story))
            .or_else(|| opened_by.filter(|&intent| fits(intent, &self.opening)))
    }

    fn detect_symbols(&self, message: &str) -> Option<usize> {
        // Punctuation says nothing here: "👍!" is thanks, "?" alone is a vague message.
        let symbols: Vec<char> = message.chars().filter(|c| is_symbol(*c)).collect();
        if symbols.is_empty() {
            return None;
        }
        let mut intent_found = None;
        for c in symbols {
            let (intent, _) = self
                .symbols
                .iter()
                .find(|(_, s)| s.chars().any(|x| x == c))?;
            intent_found = Some(*intent);
        }
        intent_found
    }
}

/// A character that can make a message smalltalk on its own: not a space, not punctuation, not
/// emoji glue.
fn is_symbol(c: char) -> bool {
    !c.is_whitespace() && !c.is_ascii_punctuation() && !is_joiner(c)
}

/// Emoji glue (variation selectors, zero-width joiner, skin tones) that does not change what a
/// symbol means.
fn is_joiner(c: char) -> bool {
    matches!(
        c,
        '\u{fe0f}' | '\u{fe0e}' | '\u{200d}' | '\u{1f3fb}'..='\u{1f3ff}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words;

    fn detector() -> SmalltalkDetector {
        let intent = |name: &str, says: &[&str]| SmalltalkIntent {
            name: name.into(),
            phrases: says.iter().map(|s| (1, (*s).to_owned())).collect(),
            reply: format!("{name} reply"),
            in_story: if name == "thanks" { usize::MAX } else { 0 },
            opening: if name == "thanks" { usize::MAX } else { 0 },
        };
        SmalltalkDetector::new(&[
            intent("greeting", &["hi", "hello", "hey there", "👋"]),
            intent(
                "thanks",
                &["thanks", "thank you", "that helps", "cheers", "👍", "🙏"],
            ),
            intent("ack", &["ok", "k", "cool"]),
            intent("who", &["who are you", "are you a bot", "🤖?"]),
            intent("goodbye", &["going to sleep", "goodbye"]),
        ])
    }

    fn detect(d: &SmalltalkDetector, message: &str) -> Option<usize> {
        d.detect(message, &Tokens::new(words(message)))
    }

    #[test]
    fn punctuation_beside_an_emoji_is_not_a_symbol_of_its_own() {
        let d = detector();
        assert_eq!(detect(&d, "🤖?"), Some(3));
        assert_eq!(detect(&d, "🤖"), Some(3));
        assert_eq!(detect(&d, "👍!!"), Some(1));
        for vague in ["?", "???", "?!", "...", "👍🤷"] {
            assert_eq!(detect(&d, vague), None, "{vague}");
        }
    }

    #[test]
    fn polite_particles_and_forms_of_address_of_other_languages_are_filler() {
        let d = detector();
        // "kak" (Indonesian), "po" (Tagalog), "nha" (Vietnamese), "w" (Haitian "you").
        for message in [
            "thanks kak",
            "thank you po",
            "thanks nha",
            "cheers bruv",
            "thanks w",
        ] {
            assert_eq!(detect(&d, message), Some(1), "{message}");
        }
        assert_eq!(detect(&d, "kak"), None, "filler alone says nothing");
    }

    #[test]
    fn whole_message_smalltalk() {
        let d = detector();
        assert_eq!(detect(&d, "Hello!!"), Some(0));
        assert_eq!(detect(&d, "hey there"), Some(0));
        assert_eq!(detect(&d, "thank you so much"), Some(1));
        assert_eq!(detect(&d, "thnaks"), Some(1), "a typo in a longer word");
        assert_eq!(detect(&d, "hii"), None, "short words are strict");
        assert_eq!(detect(&d, "hi, thanks!"), Some(1));
        assert_eq!(detect(&d, "ok thanks"), Some(1));
        assert_eq!(detect(&d, "ok cool"), Some(2));
        assert_eq!(detect(&d, "Are you a bot?"), Some(3));
        assert_eq!(detect(&d, "👍🏽"), Some(1));
        assert_eq!(detect(&d, "👋 hi"), Some(0));
    }

    #[test]
    fn a_negation_outside_the_phrase_is_no_smalltalk() {
        let d = detector();
        assert_eq!(detect(&d, "ok"), Some(2));
        assert_eq!(detect(&d, "not ok"), None);
        assert_eq!(detect(&d, "im really not ok"), None);
        assert_eq!(detect(&d, "never cool"), None);
    }

    #[test]
    fn a_distinctive_phrase_is_found_anywhere() {
        let d = detector();
        let mentioned = |m: &str| d.mentioned(&Tokens::new(words(m)));
        assert_eq!(
            mentioned("i read your answers for an hour and understand my son better. thank you"),
            Some(1)
        );
        assert_eq!(
            mentioned("ok so my son uses ket every weekend"),
            None,
            "too short to tell"
        );
        assert_eq!(mentioned("my son uses ket every weekend"), None);
        assert_eq!(
            mentioned("after all the cheers at the party he took far more than the rest of us"),
            None,
            "a word of the story, not said to the bot"
        );
        assert_eq!(
            mentioned("he took far more than the rest of us at the party. cheers"),
            Some(1)
        );
        // Only intents written `in_story: yes`: a goodbye at the end of a story may be a
        // farewell, not small talk.
        assert_eq!(
            mentioned(
                "nothing has changed in two years of trying. im going to sleep tonight. goodbye"
            ),
            None
        );
    }

    #[test]
    fn a_shorter_phrase_is_taken_when_the_longest_leaves_words_no_phrase_holds() {
        let intent = |name: &str, says: &[&str]| SmalltalkIntent {
            name: name.into(),
            phrases: says.iter().map(|s| (1, (*s).to_owned())).collect(),
            reply: format!("{name} reply"),
            in_story: 0,
            opening: 0,
        };
        let d = SmalltalkDetector::new(&[
            intent("greeting", &["hola", "hola buenas"]),
            intent("goodnight", &["buenas noches"]),
        ]);
        assert_eq!(detect(&d, "hola buenas"), Some(0));
        assert_eq!(
            detect(&d, "hola buenas noches"),
            Some(1),
            "hola + buenas noches"
        );
        assert_eq!(
            detect(&d, "hola buenas tardes"),
            None,
            "tardes is no phrase here"
        );
    }

    /// A detector of one greeting intent with these phrases and story lengths.
    fn greeting(says: &[&str], in_story: usize, opening: usize) -> SmalltalkDetector {
        SmalltalkDetector::new(&[SmalltalkIntent {
            name: "greeting".into(),
            phrases: says.iter().map(|s| (1, (*s).to_owned())).collect(),
            reply: "Hello.".into(),
            in_story,
            opening,
        }])
    }

    #[test]
    fn an_intent_answers_stories_up_to_its_length() {
        let d = greeting(&["good evening"], 10, 10);
        let mentioned = |m: &str| d.mentioned(&Tokens::new(words(m)));
        assert_eq!(
            mentioned("good evening, my sister sent me the link to this"),
            Some(0)
        );
        assert_eq!(
            mentioned(
                "good evening. i moved here three years ago for work, i send the money home \
                 and nobody here knows me"
            ),
            None,
            "longer than the intent's stories"
        );
    }

    #[test]
    fn a_greeting_that_opens_a_long_introduction_answers_it_unless_a_question_follows() {
        let d = greeting(&["hi", "good evening"], 5, 30);
        let mentioned = |m: &str| d.mentioned(&Tokens::new(words(m)));
        assert_eq!(
            mentioned(
                "hi, i'm 71 and my granddaughter set this up on my phone for me this morning, \
                 so please forgive me if i do something wrong"
            ),
            Some(0),
            "opened by a greeting, short as it is"
        );
        assert_eq!(
            mentioned("hi can you help me with my tax return, the forms are due on friday"),
            None,
            "a question right after the greeting"
        );
        assert_eq!(
            mentioned(
                "my sister told me about this chat months ago and i only found it again \
                 tonight while tidying my phone, so good evening"
            ),
            None,
            "the greeting does not open it and the message is longer than `in_story`"
        );
        assert_eq!(
            mentioned(&["good evening"; 20].join(" ")),
            None,
            "longer than `opening`"
        );
    }

    #[test]
    fn a_question_with_a_greeting_is_not_smalltalk() {
        let d = detector();
        assert_eq!(detect(&d, "hi is ketamine addictive"), None);
        assert_eq!(detect(&d, "thanks, what about withdrawal?"), None);
        assert_eq!(detect(&d, "🍕"), None);
        assert_eq!(
            detect(&d, "what does k do to you"),
            None,
            "k is ketamine here"
        );
        assert_eq!(detect(&d, "k"), Some(2));
        assert_eq!(
            detect(&d, "NEED MORE AND MORE K TO FEEL ANYTHING NOW, IS THAT BAD"),
            None,
            "a short phrase inside a sentence is one of its words"
        );
        assert_eq!(detect(&d, "ok k"), Some(2));
        assert_eq!(detect(&d, "hi, what do you do"), Some(0));
        assert_eq!(detect(&d, "so"), None);
        assert_eq!(detect(&d, ""), None);
    }
}
