//! Token features, hashed, and the greedy decoder shared by tagging and training.

use crate::document::{Recorded, TokenContext};
use crate::gazetteer::{Gazetteer, MAX_PHRASE_WORDS};
use crate::labels::{Label, N_LABELS};
use crate::Lexicons;
use learn::hash::{exact_hash, lowercase_hash, mix};
use lexicon::WordLists;
use rustc_hash::FxHashMap;

/// Per-document memory of the tagger, and scratch buffers reused across sentences.
/// Reusing one state for a thread's documents (with [`DocState::clear`] between them)
/// also keeps its cache of token scores warm.
#[derive(Default)]
pub struct DocState {
    /// Entity label each capitalized word last received in this document.
    history: FxHashMap<u64, Label>,
    infos: Vec<TokenInfo>,
    features: Vec<u64>,
    /// Summed weights of a token's own features, by [`TokenInfo::own_key`]: the same
    /// wherever the token appears, so a fixed model looks them up once per token kind.
    pub(crate) own_scores: FxHashMap<u64, [i32; N_LABELS]>,
    /// The [`crate::Tagger::cache_key`] of the tagger the cached scores and word infos
    /// came from.
    cached_for: Option<u64>,
    /// What the features need of each word form seen, computed once: its place in
    /// `word_infos` by [`exact_hash`] (16-byte slots, looked up for every token: a
    /// table that stays in cache) and the infos themselves.
    word_info_index: FxHashMap<u64, u32>,
    word_infos: Vec<TokenInfo>,
    /// What the first pass recorded of each token of the document so far.
    pub(crate) recorded: Vec<Recorded>,
    /// Scratch space of [`crate::document::mark_disagreements`].
    pub(crate) type_counts: FxHashMap<u64, [u16; crate::document::TYPES]>,
    /// Scratch labels of one sentence.
    pub(crate) sentence_labels: Vec<Label>,
}

impl DocState {
    /// Forgets the document, keeping the buffers and the cache of token scores.
    pub fn clear(&mut self) {
        self.history.clear();
        self.recorded.clear();
        if self.own_scores.len() > MAX_CACHED_TOKENS || self.word_infos.len() > MAX_CACHED_TOKENS {
            self.own_scores.clear();
            self.word_info_index.clear();
            self.word_infos.clear();
        }
    }
}

impl DocState {
    /// Whether word `index` of the sentence last tagged is a role or title word
    /// ([`WordLists::is_role_word`], found once per word form).
    pub(crate) fn is_role_word(&self, index: usize) -> bool {
        self.infos[index].flags & ROLE_WORD != 0
    }

    /// Keeps the cached scores and word infos only if they came from the tagger with
    /// this cache key.
    pub(crate) fn use_tagger(&mut self, cache_key: u64) {
        if self.cached_for != Some(cache_key) {
            self.own_scores.clear();
            self.word_info_index.clear();
            self.word_infos.clear();
            self.cached_for = Some(cache_key);
        }
    }
}

/// The most token kinds whose scores a state keeps (about 80 bytes each).
const MAX_CACHED_TOKENS: usize = 1 << 18;

/// Which features of a token to list.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    /// All of them (training).
    All,
    /// Those that depend on the token alone.
    Own,
    /// Those that depend on its neighbours or on the labels before it.
    Context,
}

/// What the features of token `index` depend on besides the tokens.
#[derive(Clone, Copy)]
pub(crate) struct Position {
    pub index: usize,
    pub previous: Label,
    pub previous2: Label,
    pub context: TokenContext,
}

/// What the features need of one token, computed once per token.
#[derive(Clone, Copy, Default)]
pub(crate) struct TokenInfo {
    word: u64,
    shape: u64,
    short_shape: u64,
    prefixes: [u64; 3],
    suffixes: [u64; 4],
    flags: u32,
    gazetteer: u32,
    /// Word class plus one; 0 when the word has none.
    cluster: u64,
    /// Word path ([`crate::paths`]); 0 when the word has none.
    path: u32,
    /// Where the run of capitalized words holding this one starts and ends (exclusive),
    /// set per sentence; `0..0` outside a run of two or more.
    run: (u16, u16),
}

const CAPITALIZED: u32 = 1;
const ALL_CAPS: u32 = 1 << 1;
const HAS_DIGIT: u32 = 1 << 2;
const ALL_DIGITS: u32 = 1 << 3;
const HAS_HYPHEN: u32 = 1 << 4;
const HAS_PERIOD: u32 = 1 << 5;
const ROLE_WORD: u32 = 1 << 6;
const ORGANIZATION_WORD: u32 = 1 << 7;
const LOWERCASE: u32 = 1 << 8;
const NO_LETTER: u32 = 1 << 9;
const SENTENCE_START: u32 = 1 << 10;
const SENTENCE_ALL_CAPS: u32 = 1 << 11;
const PARTICLE: u32 = 1 << 12;
const TABLE_ROW: u32 = 1 << 13;

/// Defines each feature template once: a constant in [`template`] and a row of
/// [`TEMPLATES`], so the schema a model records is derived from the code that uses it.
macro_rules! templates {
    ($($name:ident = $id:literal,)*) => {
        /// Feature templates: the first value mixed into each feature hash.
        mod template {
            $(pub const $name: u64 = $id;)*
        }

        /// Every template with its name: part of the feature schema.
        pub(crate) const TEMPLATES: &[(&str, u64)] = &[$((stringify!($name), $id),)*];
    };
}

// The ids are in every feature hash of a trained model: never renumber one.
templates! {
    BIAS = 1,
    WORD = 2,
    WORD_PREV = 3,
    WORD_NEXT = 4,
    WORD_PREV2 = 5,
    WORD_NEXT2 = 6,
    PREFIX = 7,
    SUFFIX = 8,
    SHAPE = 9,
    SHORT_SHAPE = 10,
    SHORT_SHAPE_PREV = 11,
    SHORT_SHAPE_NEXT = 12,
    FLAG = 13,
    FLAG_PREV = 14,
    FLAG_NEXT = 15,
    LABEL_PREV = 16,
    LABELS_PREV2 = 17,
    LABEL_PREV_WORD = 18,
    LABEL_PREV_SHAPE = 19,
    GAZETTEER = 20,
    GAZETTEER_PREV = 21,
    GAZETTEER_NEXT = 22,
    HISTORY = 23,
    BIGRAM_PREV = 24,
    BIGRAM_NEXT = 25,
    CAPS_SENTENCE_WORD = 26,
    HISTORY_SHAPE = 27,
    WORD_CASED = 28,
    WORD_PREV_CASED = 29,
    WORD_NEXT_CASED = 30,
    SHAPE_TRIGRAM = 31,
    LABEL_PREV_NEXT_WORD = 32,
    BIGRAM_PREV2 = 33,
    TABLE_POSITION_SHAPE = 34,
    CLUSTER = 35,
    CLUSTER_PREV = 36,
    CLUSTER_NEXT = 37,
    CLUSTER_SHAPE = 38,
    CLUSTER_LABEL_PREV = 39,
    RUN_LAST_WORD = 40,
    RUN_LAST_CLUSTER = 41,
    RUN_FIRST_WORD = 42,
    AGREEMENT_SEEN = 43,
    AGREEMENT_MAJORITY = 44,
    AGREEMENT_MAJORITY_SHAPE = 45,
    GAZETTEER_LAYOUT = 46,
    GAZETTEER_WORD_PREV = 47,
    PATH = 48,
    PATH_PREV = 49,
    PATH_NEXT = 50,
    PATH_LABEL_PREV = 51,
    PATH_SHAPE = 52,
    RUN_LAST_PATH = 53,
    PATH_CASE = 54,
    GAZETTEER_PATH = 55,
}

/// Lengths of the word-path prefixes that are features: coarse classes to fine.
const PATH_PREFIXES: [u32; 4] = [4, 6, 10, 20];

/// The first `bits` bits of a word path, with the length, as a feature value.
fn path_prefix(path: u32, bits: u32) -> u64 {
    if path == 0 {
        return 0;
    }
    mix(u64::from(bits), u64::from(path & ((1u32 << bits) - 1)))
}

fn token_info(word: &str, word_lists: &WordLists) -> TokenInfo {
    let mut info = TokenInfo { word: lowercase_hash(word), ..TokenInfo::default() };
    let (mut upper, mut lower, mut digit, mut letters) = (0, 0, 0, 0);
    let mut shape = 0x1234_5678u64;
    let mut short_shape = shape;
    let mut last_class = '\0';
    let mut prefix = 0u64;
    for (index, c) in word.chars().enumerate() {
        let class = if c.is_uppercase() {
            upper += 1;
            'X'
        } else if c.is_lowercase() {
            lower += 1;
            'x'
        } else if c.is_ascii_digit() {
            digit += 1;
            'd'
        } else {
            c
        };
        letters += usize::from(c.is_alphabetic());
        shape = mix(shape, class as u64);
        if class != last_class {
            short_shape = mix(short_shape, class as u64);
            last_class = class;
        }
        if index < info.prefixes.len() {
            prefix = mix(prefix, c.to_lowercase().next().unwrap_or(c) as u64);
            info.prefixes[index] = prefix;
        }
        if c == '-' {
            info.flags |= HAS_HYPHEN;
        }
        if c == '.' {
            info.flags |= HAS_PERIOD;
        }
    }
    let mut suffix = 0u64;
    for (index, c) in word.chars().rev().take(info.suffixes.len()).enumerate() {
        suffix = mix(suffix, c.to_lowercase().next().unwrap_or(c) as u64);
        info.suffixes[index] = suffix;
    }
    info.shape = shape;
    info.short_shape = short_shape;
    let first_upper = word.chars().next().is_some_and(char::is_uppercase);
    let flags = [
        (first_upper, CAPITALIZED),
        (upper > 0 && lower == 0, ALL_CAPS),
        (digit > 0, HAS_DIGIT),
        (digit > 0 && digit == word.len(), ALL_DIGITS),
        (lower > 0 && upper == 0, LOWERCASE),
        (letters == 0, NO_LETTER),
        (word_lists.is_role_word(word), ROLE_WORD),
        (word_lists.is_organization_word(word), ORGANIZATION_WORD),
        (lexicon::is_name_particle(word), PARTICLE),
    ];
    for (set, flag) in flags {
        if set {
            info.flags |= flag;
        }
    }
    info
}

impl TokenInfo {
    /// A key for everything the token's own features depend on.
    pub(crate) fn own_key(&self) -> u64 {
        let key =
            mix(mix(mix(mix(self.word, self.shape), u64::from(self.flags)), u64::from(self.gazetteer)), self.cluster);
        mix(key, u64::from(self.path))
    }
}

/// Scores tokens, and learns from mistakes when it is a trainer.
pub(crate) trait Scorer {
    /// Scores the token at `at` of `infos`; `features` is scratch space, left holding
    /// all the token's features when the scorer learns from them.
    fn score_token(
        &self,
        infos: &[TokenInfo],
        at: Position,
        own_scores: &mut FxHashMap<u64, [i32; N_LABELS]>,
        features: &mut Vec<u64>,
    ) -> [f32; N_LABELS];
    fn learn(&mut self, _features: &[u64], _gold: Label, _predicted: Label) {}
    /// Whether it scores the words tagging otherwise labels `O` unscored
    /// ([`outside_names`]): a trainer's weights learn from every token.
    fn scores_every_token(&self) -> bool {
        false
    }
}

/// Tags one sentence greedily; with `gold`, the scorer learns from each mistake.
///
/// Without `contexts` this is a first pass: each token's history comes from the
/// document's earlier sentences and is recorded in `state.recorded`, and the sentence's
/// labels become history. With `contexts` (this sentence's, recorded by a first pass and
/// marked by [`crate::document::mark_disagreements`]) it is a second pass.
pub(crate) fn tag(
    scorer: &mut impl Scorer,
    lexicons: &Lexicons,
    words: &[&str],
    state: &mut DocState,
    labels: &mut Vec<Label>,
    gold: Option<&[Label]>,
    contexts: Option<&[Recorded]>,
) {
    labels.clear();
    state.infos.clear();
    for word in words {
        let next = state.word_infos.len() as u32;
        let index = *state.word_info_index.entry(exact_hash(word)).or_insert(next) as usize;
        if index == state.word_infos.len() {
            let mut info = token_info(word, &lexicons.words);
            info.cluster = lexicons.clusters.class_of(info.word).map_or(0, |c| u64::from(c) + 1);
            info.path = lexicons.paths.path_of(word, info.word);
            state.word_infos.push(info);
        }
        state.infos.push(state.word_infos[index]);
    }
    let letters_all_caps = state.infos.iter().filter(|i| i.flags & NO_LETTER == 0).all(|i| i.flags & ALL_CAPS != 0);
    if let Some(first) = state.infos.first_mut() {
        first.flags |= SENTENCE_START;
    }
    if letters_all_caps && words.len() > 1 {
        for info in &mut state.infos {
            info.flags |= SENTENCE_ALL_CAPS;
        }
    }
    // Results tables and scores: many numbers among few words.
    let numbers = state.infos.iter().filter(|i| i.flags & HAS_DIGIT != 0).count();
    if numbers * 10 >= words.len() * 3 && words.len() > 2 {
        for info in &mut state.infos {
            info.flags |= TABLE_ROW;
        }
    }
    mark_gazetteer(&lexicons.gazetteer, &mut state.infos);
    if !letters_all_caps {
        mark_runs(words, &mut state.infos);
    }
    let mut features = std::mem::take(&mut state.features);
    // A second pass at tagging time changes nothing before the first token with
    // document evidence, and nothing after the last once its labels meet the first
    // pass's again: the model and every other feature are the same.
    let first_pass_labels = contexts.filter(|_| gold.is_none());
    let (first_marked, last_marked) = match first_pass_labels {
        Some(contexts) => {
            let marked = |r: &Recorded| r.context.agreement.is_some();
            (contexts.iter().position(marked).unwrap_or(words.len()), contexts.iter().rposition(marked).unwrap_or(0))
        }
        None => (0, words.len()),
    };
    if let Some(contexts) = first_pass_labels {
        labels.extend(contexts[..first_marked].iter().map(|r| r.label));
    }
    for index in first_marked..words.len() {
        if let Some(contexts) = first_pass_labels.filter(|_| index > last_marked + 2) {
            if labels[index - 2..index].iter().zip(&contexts[index - 2..index]).all(|(l, r)| *l == r.label) {
                labels.extend(contexts[index..].iter().map(|r| r.label));
                break;
            }
        }
        let previous = index.checked_sub(1).map_or(Label::O, |i| labels[i]);
        let previous2 = index.checked_sub(2).map_or(Label::O, |i| labels[i]);
        // A first pass finds the history itself and records the token once labelled.
        let (context, recorded_word) = match contexts {
            Some(contexts) => (contexts[index].context, None),
            None => {
                let info = &state.infos[index];
                let capitalized = info.flags & CAPITALIZED != 0;
                let history = if capitalized { state.history.get(&info.word).copied() } else { None };
                (TokenContext { history, agreement: None }, Some(if capitalized { info.word } else { 0 }))
            }
        };
        let mut best = Label::O;
        let scored = scorer.scores_every_token() || previous != Label::O;
        if scored || !outside_names(&state.infos, index) {
            let at = Position { index, previous, previous2, context };
            let scores = scorer.score_token(&state.infos, at, &mut state.own_scores, &mut features);
            let mut best_score = f32::NEG_INFINITY;
            for (label_index, score) in scores.iter().enumerate() {
                let label = Label(label_index as u8);
                if *score > best_score && label.may_follow(previous) {
                    best = label;
                    best_score = *score;
                }
            }
        }
        if let Some(gold) = gold {
            if gold[index] != best {
                scorer.learn(&features, gold[index], best);
            }
        }
        labels.push(best);
        if let Some(word) = recorded_word {
            state.recorded.push(Recorded { word, context, label: best });
        }
    }
    if contexts.is_none() {
        for (info, label) in state.infos.iter().zip(labels.iter()) {
            if let (Some(kind), true) = (label.entity_type(), info.flags & CAPITALIZED != 0) {
                state.history.insert(info.word, Label::new(kind, crate::labels::Position::Unit));
            }
        }
    }
    state.features = features;
}

/// Whether the token at `index` stands outside any name: a word of lowercase letters
/// alone (no name particle, no organization word, none before one), punctuation or a
/// number (`300`, `1,200`; not in a results table), before a token that is not
/// capitalized, or, for such a word that joins no name (`said`, not `of`), before one
/// that is. Tagging labels it `O` after an `O` without scoring it (most tokens of news
/// text), as the model does all but never (one entity of the 11,697 of 300 news
/// articles changed, `judicial Power` to `Power`; CoNLL-2003's test figures the same);
/// training scores every token.
fn outside_names(infos: &[TokenInfo], index: usize) -> bool {
    const NOT_PLAIN: u32 = HAS_DIGIT | HAS_HYPHEN | HAS_PERIOD | PARTICLE | NO_LETTER | TABLE_ROW | ORGANIZATION_WORD;
    let flags = infos[index].flags;
    let word = flags & LOWERCASE != 0 && flags & NOT_PLAIN == 0;
    let punctuation_or_number = flags & NO_LETTER != 0 && flags & TABLE_ROW == 0;
    let plain = word || punctuation_or_number;
    let next = infos.get(index + 1).map_or(0, |next| next.flags);
    // A lowercase word before a capitalized one is outside its name unless it may join
    // the name (`of`, `and`); before an organization word it may open it (`the interior
    // ministry`).
    let next_opens_name = next & ORGANIZATION_WORD != 0
        || next & CAPITALIZED != 0 && (!word || JOINER_HASHES.contains(&infos[index].word));
    plain && !next_opens_name
}

/// The lowercase words that may join a name to the capitalized word after them (`Bank
/// of England`, `Johnson and Johnson`, `the Hague`), by [`lowercase_hash`]: a plain
/// word before a capitalized one is scored only when it is one of these (a name
/// particle, `de`, `al`, is no plain word: its own flag, [`PARTICLE`], keeps it scored).
static JOINER_HASHES: std::sync::LazyLock<Vec<u64>> = std::sync::LazyLock::new(|| {
    ["of", "for", "and", "the", "on", "in", "y"].iter().map(|w| lowercase_hash(w)).collect()
});

/// Marks runs of capitalized words (joined by `of`, `&`, `for` and name particles): the
/// last word of `Santa Fe Pacific Gold Corp` or `Green Bay Packers` tells the type of the
/// whole run before the greedy decoder commits to its first word.
fn mark_runs(words: &[&str], infos: &mut [TokenInfo]) {
    let joins = |infos: &[TokenInfo], index: usize| {
        infos[index].flags & PARTICLE != 0 || matches!(words[index], "of" | "&" | "for" | "de")
    };
    let mut start = 0;
    while start < infos.len() {
        if infos[start].flags & CAPITALIZED == 0 {
            start += 1;
            continue;
        }
        let mut end = start + 1;
        let mut last_capitalized = start;
        while end < infos.len() && (infos[end].flags & CAPITALIZED != 0 || joins(infos, end)) {
            if infos[end].flags & CAPITALIZED != 0 {
                last_capitalized = end;
            }
            end += 1;
        }
        let end = last_capitalized + 1;
        if end - start >= 2 && end <= usize::from(u16::MAX) {
            for info in &mut infos[start..end] {
                info.run = (start as u16, end as u16);
            }
        }
        start = end;
    }
}

fn mark_gazetteer(gazetteer: &Gazetteer, infos: &mut [TokenInfo]) {
    for first in 0..infos.len() {
        if infos[first].flags & CAPITALIZED == 0 {
            continue;
        }
        let longest = MAX_PHRASE_WORDS.min(infos.len() - first);
        for words in 1..=longest {
            let (mask, longer) = gazetteer.lookup_run(infos[first..first + words].iter().map(|i| i.word));
            for (offset, info) in infos[first..first + words].iter_mut().enumerate() {
                // Bits 0..16: category begins here; bits 16..32: category continues here.
                info.gazetteer |= if offset == 0 { mask } else { mask << 16 };
            }
            if !longer {
                break;
            }
        }
    }
}

/// Lists the features of `part` for the token at `at` into `out`.
pub(crate) fn push_features(infos: &[TokenInfo], at: Position, part: Part, out: &mut Vec<u64>) {
    if part != Part::Context {
        push_own_features(&infos[at.index], out);
    }
    if part != Part::Own {
        push_context_features(infos, at, out);
    }
}

fn feature(template: u64, value: u64) -> u64 {
    mix(mix(0, template), value)
}

/// The casing flags that words are conjoined with.
fn case(info: &TokenInfo) -> u64 {
    u64::from(info.flags & (CAPITALIZED | ALL_CAPS | SENTENCE_START))
}

/// The set bits of `bits`, lowest first.
fn set_bits(mut bits: u32) -> impl Iterator<Item = u64> {
    std::iter::from_fn(move || {
        (bits != 0).then(|| {
            let bit = bits.trailing_zeros();
            bits &= bits - 1;
            u64::from(bit)
        })
    })
}

/// The features of a token alone: the same wherever it stands (see [`TokenInfo::own_key`]).
fn push_own_features(current: &TokenInfo, out: &mut Vec<u64>) {
    out.push(feature(template::BIAS, 0));
    out.push(feature(template::WORD, current.word));
    out.push(feature(template::WORD_CASED, mix(current.word, case(current))));
    for (k, prefix) in current.prefixes.iter().enumerate().filter(|(_, p)| **p != 0) {
        out.push(feature(template::PREFIX, mix(k as u64, *prefix)));
    }
    for (k, suffix) in current.suffixes.iter().enumerate().filter(|(_, s)| **s != 0) {
        out.push(feature(template::SUFFIX, mix(k as u64, *suffix)));
    }
    for bits in PATH_PREFIXES {
        out.push(feature(template::PATH, path_prefix(current.path, bits)));
    }
    out.push(feature(template::PATH_SHAPE, mix(path_prefix(current.path, 6), current.short_shape)));
    out.push(feature(template::CLUSTER, current.cluster));
    out.push(feature(template::CLUSTER_SHAPE, mix(current.cluster, current.short_shape)));
    out.push(feature(template::SHAPE, current.shape));
    out.push(feature(template::SHORT_SHAPE, current.short_shape));
    out.extend(set_bits(current.flags).map(|bit| feature(template::FLAG, bit)));
    let layout = u64::from(current.flags & (TABLE_ROW | SENTENCE_ALL_CAPS));
    let path = path_prefix(current.path, 10);
    out.push(feature(template::PATH_CASE, mix(path, case(current))));
    for bit in set_bits(current.gazetteer) {
        out.push(feature(template::GAZETTEER, bit));
        out.push(feature(template::GAZETTEER_LAYOUT, mix(bit, layout)));
        out.push(feature(template::GAZETTEER_PATH, mix(bit, path)));
    }
    if current.flags & SENTENCE_ALL_CAPS != 0 {
        out.push(feature(template::CAPS_SENTENCE_WORD, current.word));
    }
}

/// The features that depend on a token's neighbours, the labels before it and the
/// document.
fn push_context_features(infos: &[TokenInfo], at: Position, out: &mut Vec<u64>) {
    const NONE: TokenInfo = TokenInfo {
        word: 0x55,
        shape: 0,
        short_shape: 0x66,
        prefixes: [0; 3],
        suffixes: [0; 4],
        flags: 0,
        gazetteer: 0,
        cluster: 0,
        path: 0,
        run: (0, 0),
    };
    let Position { index, previous, previous2, context } = at;
    let at =
        |offset: isize| -> &TokenInfo { index.checked_add_signed(offset).and_then(|i| infos.get(i)).unwrap_or(&NONE) };
    let (current, prev, next, prev2) = (&infos[index], at(-1), at(1), at(-2));
    let previous_label = u64::from(previous.0);
    out.push(feature(template::WORD_PREV_CASED, mix(prev.word, case(prev))));
    out.push(feature(template::WORD_NEXT_CASED, mix(next.word, case(next))));
    out.push(feature(template::WORD_PREV, prev.word));
    out.push(feature(template::WORD_NEXT, next.word));
    out.push(feature(template::WORD_PREV2, prev2.word));
    out.push(feature(template::WORD_NEXT2, at(2).word));
    out.push(feature(template::BIGRAM_PREV, mix(prev.word, current.word)));
    out.push(feature(template::BIGRAM_NEXT, mix(current.word, next.word)));
    for bits in [6, 20] {
        out.push(feature(template::PATH_PREV, path_prefix(prev.path, bits)));
        out.push(feature(template::PATH_NEXT, path_prefix(next.path, bits)));
    }
    out.push(feature(template::PATH_LABEL_PREV, mix(path_prefix(current.path, 10), previous_label)));
    out.push(feature(template::CLUSTER_PREV, prev.cluster));
    out.push(feature(template::CLUSTER_NEXT, next.cluster));
    out.push(feature(template::CLUSTER_LABEL_PREV, mix(current.cluster, previous_label)));
    out.push(feature(template::SHORT_SHAPE_PREV, mix(prev.short_shape, current.short_shape)));
    out.push(feature(template::SHORT_SHAPE_NEXT, mix(current.short_shape, next.short_shape)));
    out.extend(set_bits(prev.flags).map(|bit| feature(template::FLAG_PREV, bit)));
    out.extend(set_bits(next.flags).map(|bit| feature(template::FLAG_NEXT, bit)));
    out.extend(set_bits(current.gazetteer).map(|bit| feature(template::GAZETTEER_WORD_PREV, mix(bit, prev.word))));
    out.extend(set_bits(prev.gazetteer).map(|bit| feature(template::GAZETTEER_PREV, bit)));
    out.extend(set_bits(next.gazetteer).map(|bit| feature(template::GAZETTEER_NEXT, bit)));
    out.push(feature(template::LABEL_PREV, previous_label));
    out.push(feature(template::LABELS_PREV2, mix(u64::from(previous2.0), previous_label)));
    out.push(feature(template::LABEL_PREV_WORD, mix(previous_label, current.word)));
    out.push(feature(template::LABEL_PREV_SHAPE, mix(previous_label, current.short_shape)));
    out.push(feature(template::LABEL_PREV_NEXT_WORD, mix(previous_label, next.word)));
    out.push(feature(template::SHAPE_TRIGRAM, mix(mix(prev.short_shape, current.short_shape), next.short_shape)));
    out.push(feature(template::BIGRAM_PREV2, mix(prev2.word, prev.word)));
    if let Some(history) = context.history {
        out.push(feature(template::HISTORY, u64::from(history.0)));
        out.push(feature(template::HISTORY_SHAPE, mix(u64::from(history.0), current.short_shape)));
    }
    if let Some(agreement) = context.agreement {
        let (seen, majority, own) =
            (u64::from(agreement.seen), u64::from(agreement.majority), u64::from(agreement.own));
        out.push(feature(template::AGREEMENT_SEEN, seen));
        out.push(feature(template::AGREEMENT_MAJORITY, mix(majority, own)));
        out.push(feature(template::AGREEMENT_MAJORITY_SHAPE, mix(majority, current.short_shape)));
    }
    if current.flags & TABLE_ROW != 0 {
        let position = index.min(3) as u64;
        out.push(feature(template::TABLE_POSITION_SHAPE, mix(position, mix(current.short_shape, next.short_shape))));
    }
    let (run_start, run_end) = (usize::from(current.run.0), usize::from(current.run.1));
    if run_end > index + 1 {
        let last = &infos[run_end - 1];
        let place = u64::from(index > run_start);
        out.push(feature(template::RUN_LAST_WORD, mix(place, last.word)));
        out.push(feature(template::RUN_LAST_CLUSTER, mix(place, last.cluster)));
        out.push(feature(template::RUN_LAST_PATH, mix(place, path_prefix(last.path, 10))));
    }
    if index > run_start + 1 && run_end > index {
        out.push(feature(template::RUN_FIRST_WORD, infos[run_start].word));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Agreement;

    /// Counts the tokens it scores and learns from; scores every label alike, so `O` wins.
    #[derive(Default)]
    struct CountingScorer {
        scored: std::cell::Cell<usize>,
        learned: usize,
    }

    impl Scorer for CountingScorer {
        fn score_token(
            &self,
            _infos: &[TokenInfo],
            _at: Position,
            _own_scores: &mut FxHashMap<u64, [i32; N_LABELS]>,
            _features: &mut Vec<u64>,
        ) -> [f32; N_LABELS] {
            self.scored.set(self.scored.get() + 1);
            [0.0; N_LABELS]
        }
        fn learn(&mut self, _features: &[u64], _gold: Label, _predicted: Label) {
            self.learned += 1;
        }

        // The window a pass scores, whatever words tagging would leave unscored.
        fn scores_every_token(&self) -> bool {
            true
        }
    }

    impl CountingScorer {
        fn tag(&mut self, words: &[&str], gold: Option<&[Label]>, contexts: &[Recorded]) -> Vec<Label> {
            let mut labels = Vec::new();
            tag(self, &Lexicons::default(), words, &mut DocState::default(), &mut labels, gold, Some(contexts));
            labels
        }
    }

    /// The embedded model, scoring every token.
    struct EveryToken<'m>(&'m crate::Model);

    impl Scorer for EveryToken<'_> {
        fn score_token(
            &self,
            infos: &[TokenInfo],
            at: Position,
            own_scores: &mut FxHashMap<u64, [i32; N_LABELS]>,
            features: &mut Vec<u64>,
        ) -> [f32; N_LABELS] {
            (&self.0).score_token(infos, at, own_scores, features)
        }

        fn scores_every_token(&self) -> bool {
            true
        }
    }

    #[test]
    fn words_outside_names_are_labelled_as_the_model_labels_them() {
        let tagger = crate::Tagger::embedded();
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
        let folders = ["examples", "eval/practice/articles", "../shared/eval/dev/articles"]
            .map(|folder| std::path::Path::new(root).join(folder));
        let (mut skipped, mut sentences) = (0, 0);
        for path in folders.iter().flat_map(|folder| std::fs::read_dir(folder).unwrap()).map(|e| e.unwrap().path()) {
            let text = std::fs::read_to_string(&path).unwrap();
            // Sentences enough for the test: lines cut at full stops, words at spaces
            // with the punctuation split off.
            for sentence in text.lines().flat_map(|line| line.split(". ")) {
                let spaced = sentence.replace([',', '"', '(', ')'], " , ");
                let words: Vec<&str> = spaced.split_whitespace().collect();
                if words.is_empty() {
                    continue;
                }
                let (mut state, mut skipping, mut every) = (DocState::default(), Vec::new(), Vec::new());
                tag(&mut tagger.model(), tagger.lexicons(), &words, &mut state, &mut skipping, None, None);
                skipped += (0..words.len()).filter(|&i| outside_names(&state.infos, i)).count();
                let mut state = DocState::default();
                tag(&mut EveryToken(tagger.model()), tagger.lexicons(), &words, &mut state, &mut every, None, None);
                assert_eq!(skipping, every, "{words:?} ({})", path.display());
                sentences += 1;
            }
        }
        assert!(sentences > 150 && skipped > 1000, "{sentences} sentences, {skipped} words skipped");
    }

    #[test]
    fn template_ids_are_unique() {
        let mut ids: Vec<u64> = TEMPLATES.iter().map(|(_, id)| *id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), TEMPLATES.len(), "two templates share an id, and so their features");
    }

    #[test]
    fn a_second_pass_scores_only_its_window_but_training_sees_every_word() {
        let words = ["The", "talks", "in", "Baku", "ended", "on", "Friday", "."];
        let agreement = Agreement { seen: 0b101, majority: 2, own: 4 };
        let mut contexts = vec![Recorded::default(); words.len()];
        contexts[3].context.agreement = Some(agreement);
        let mut scorer = CountingScorer::default();
        let labels = scorer.tag(&words, None, &contexts);
        assert_eq!(labels, vec![Label::O; words.len()]);
        // Tokens 0..3 keep their first-pass labels; 3 is retagged, and from 6 on the
        // labels before agree with the first pass again.
        assert_eq!(scorer.scored.get(), 3, "tokens 3, 4 and 5");
        let gold = vec![Label(1); words.len()];
        let mut trainer = CountingScorer::default();
        trainer.tag(&words, Some(&gold), &contexts);
        assert_eq!(trainer.scored.get(), words.len(), "training scores every word");
        assert_eq!(trainer.learned, words.len());
    }
}
