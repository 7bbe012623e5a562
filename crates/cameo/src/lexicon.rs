//! The event lexicon (`data/event_verbs.tsv`) compiled for matching, and the table of
//! CAMEO codes with their Goldstein values (`data/cameo_codes.tsv`).
//!
//! Both are parsed once. Triggers are indexed by every inflected form, so matching a
//! token is one hash lookup of its lowercase text.

use doc::EventCode;
use rustc_hash::FxHashMap;

/// How many tokens may stand between two words of a pattern.
pub(crate) const WORD_GAP: usize = 6;

/// What an entry does beyond the usual subject–verb–object reading.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Flags {
    /// A coordinated subject with no target acts on itself (`A and B signed`).
    pub mutual: bool,
    /// With no target, the source's own country is the target.
    pub own_country: bool,
    /// With no target, the country where it happens is the target.
    pub place_country: bool,
    /// With no target, the government of the country where it happens is the target.
    pub place_government: bool,
    /// The subject suffers the event; the source follows `from` or `by`.
    pub undergo: bool,
    /// An evaluation in reported speech: the speaker judges the actor before it.
    pub judge: bool,
    /// Received or welcomed: with a visitor as the target (a person or a delegation of
    /// another state), the act hosts a visit (043); with another target, it keeps its
    /// own code, or, for a hosting entry, codes nothing (`received aid`).
    pub hosts: bool,
    /// Told of what carries relief (`a convoy of trucks carrying food crossed into Syria`):
    /// the act is its sender's aid; told of anything else, it is no event.
    pub cargo: bool,
}

/// A word after the trigger: `Near` within [`WORD_GAP`] tokens, `Far` anywhere later
/// in the clause, `Not` a word that must not come next (`fight !to`: `fought to
/// introduce` is no fighting).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Follow {
    Near(Box<str>),
    Far(Box<str>),
    Not(Box<str>),
}

/// One lexicon line.
#[derive(Debug)]
pub(crate) struct Entry {
    /// The line as written, for explaining the coding.
    pub pattern: &'static str,
    /// The trigger as written (`hold|held`, `=ceasefire`), or the word of its class.
    pub trigger: &'static str,
    /// Its line number in the file.
    pub line: u32,
    /// The words after the trigger.
    pub follows: Vec<Follow>,
    /// The [`pair_bit`]s of the words that must follow (`Near` and `Far`).
    pub follow_bits: u64,
    pub code: EventCode,
    pub goldstein: f32,
    pub quad: u8,
    pub flags: Flags,
}

impl Entry {
    /// The words after the trigger it needs (one it must not be followed by is none):
    /// of the entries a word opens, the one needing most is tried first.
    pub(crate) fn named_words(&self) -> usize {
        self.follows.iter().filter(|f| !matches!(f, Follow::Not(_))).count()
    }

    /// The follows of the object the pattern names after `...`, from its first `Far`
    /// word on; empty when it names none.
    pub(crate) fn object(&self) -> &[Follow] {
        let start = self.follows.iter().position(|f| matches!(f, Follow::Far(_))).unwrap_or(self.follows.len());
        &self.follows[start..]
    }
}

/// The compiled lexicon.
pub(crate) struct Lexicon {
    pub entries: Vec<Entry>,
    /// Every form of every trigger → the entries it opens, the longest pattern (most
    /// follows) first, then in line order: the first that matches is the best.
    triggers: FxHashMap<Box<str>, Vec<u16>>,
    /// Every trigger form that is a verb: the words that name an action (tone).
    verb_forms: rustc_hash::FxHashSet<Box<str>>,
    /// The irregular forms written after `|` (`held`, `shot`, `taken`): past forms.
    irregular_forms: rustc_hash::FxHashSet<Box<str>>,
    shapes: TriggerShapes,
    /// The codebook table: each code's Goldstein value and meaning.
    codes: Codes,
    /// By CAMEO root (`01` to `20`), the entries whose pattern names an object after
    /// `...` (`call for ... humanitarian aid`): what that object says of the code holds
    /// for every verb of the root (the event reader's `refined_code`).
    objects_by_root: Vec<Vec<u16>>,
}

/// CAMEO code → (Goldstein value, meaning), from `data/cameo_codes.tsv`.
type Codes = FxHashMap<&'static str, (f32, &'static str)>;

/// For each pair of first letters, a bit per word length that some trigger has.
struct TriggerShapes(Vec<u32>);

impl TriggerShapes {
    /// The slot and bit of a word; `None` for a word that does not start with two ASCII
    /// letters or is longer than 31 bytes (such words are looked up anyway).
    fn slot(word: &str) -> Option<(usize, u32)> {
        let bytes = word.as_bytes();
        let letter = |b: u8| b.is_ascii_alphabetic().then(|| usize::from(b.to_ascii_lowercase() - b'a'));
        let (first, second) = (letter(*bytes.first()?)?, letter(*bytes.get(1)?)?);
        (bytes.len() < 32).then(|| (first * 26 + second, 1 << bytes.len()))
    }

    fn add(&mut self, word: &str) {
        if let Some((slot, bit)) = TriggerShapes::slot(word) {
            self.0[slot] |= bit;
        }
    }
}

impl Lexicon {
    /// The entries of `root` whose pattern names an object after `...`, each with the
    /// follows of that object (`humanitarian aid` of `call for ... humanitarian aid`).
    pub(crate) fn objects_of_root(&self, root: &str) -> impl Iterator<Item = (&Entry, &[Follow])> {
        let index = root.parse().ok().filter(|&n: &usize| n < self.objects_by_root.len()).unwrap_or(0);
        self.objects_by_root[index].iter().map(|&i| {
            let entry = &self.entries[usize::from(i)];
            (entry, entry.object())
        })
    }

    /// The objects of `root`'s entries ([`Lexicon::objects_of_root`]) and, for a root of
    /// [`PARALLEL_ROOTS`], those of the roots whose categories run in parallel with it,
    /// each with the code it makes of an entry of `root`: `call for ... end ...
    /// fighting` (0256) makes a demand 1056 and a rejection 1246. Another root's object
    /// whose category `root` has no code for is left out.
    pub(crate) fn objects_for_root<'l>(&'l self, root: &'l str) -> impl Iterator<Item = (&'l [Follow], EventCode)> {
        let column = PARALLEL_ROOTS.iter().position(|&r| r == root);
        let others = PARALLEL_ROOTS.iter().copied().filter(move |&r| column.is_some() && r != root);
        let own = self.objects_of_root(root).map(|(entry, object)| (object, entry.code));
        own.chain(others.flat_map(move |other| {
            self.objects_of_root(other)
                .filter_map(move |(entry, object)| Some((object, parallel_code(entry.code.as_str(), column?)?)))
        }))
    }

    /// The code of `code`'s category in `root`, when both are roots of
    /// [`PARALLEL_ROOTS`]: an appeal to lift sanctions (0254) refused is 1244.
    pub(crate) fn parallel(&self, code: EventCode, root: &str) -> Option<EventCode> {
        let column = PARALLEL_ROOTS.iter().position(|&r| r == root)?;
        parallel_code(code.as_str(), column)
    }

    /// The entries a lowercase token opens.
    pub fn entries_at(&self, lowercase: &str) -> &[u16] {
        self.triggers.get(lowercase).map_or(&[], Vec::as_slice)
    }

    /// The entries a word as written opens, longest pattern first: none for most words,
    /// ruled out by their shape ([`Lexicon::may_trigger`]) before they are lowercased and
    /// looked up.
    pub fn entries_of(&self, word: &str) -> &[u16] {
        if !self.may_trigger(word) {
            return &[];
        }
        doc::with_lowercase(word, |lower| self.entries_at(lower))
    }

    /// Whether a lowercase word is a form of an event verb.
    pub fn is_action_verb(&self, lowercase: &str) -> bool {
        self.verb_forms.contains(lowercase)
    }

    /// Whether a lowercase verb form can be a past participle: regular (`shelled`,
    /// `proven`) or one of the lexicon's irregular forms (`held`, `shot`).
    pub fn is_past_form(&self, lowercase: &str) -> bool {
        lowercase.ends_with("ed") || lowercase.ends_with("en") || self.irregular_forms.contains(lowercase)
    }

    /// Every form of every event verb.
    pub fn verb_forms(&self) -> impl Iterator<Item = &str> {
        self.verb_forms.iter().map(|form| &**form)
    }

    /// Whether a word may be a trigger, by its first two letters and its length: most
    /// words of a text are ruled out without hashing them.
    pub fn may_trigger(&self, word: &str) -> bool {
        TriggerShapes::slot(word).is_none_or(|(slot, bit)| self.shapes.0[slot] & bit != 0)
    }
}

impl Lexicon {
    /// The lexicon and codebook table compiled into dateline.
    pub fn embedded() -> Lexicon {
        let codes = codes(include_str!("../../../data/cameo_codes.tsv"));
        compile(include_str!("../../../data/event_verbs.tsv"), codes)
    }

    /// Goldstein value of a code, from the codebook table; a sub-code missing from the
    /// table takes its base code's value, then its root's.
    pub fn goldstein(&self, code: EventCode) -> f32 {
        self.codebook_entry(code).map_or(0.0, |(goldstein, _)| *goldstein)
    }

    /// The codebook's line for a code (Goldstein value, meaning): its own, else its base
    /// code's, else its root's.
    fn codebook_entry(&self, code: EventCode) -> Option<&(f32, &'static str)> {
        [code.as_str(), code.base(), code.root()].iter().find_map(|c| self.codes.get(*c))
    }
}

/// The roots whose categories run in parallel in the CAMEO codebook: appeals (02),
/// intents to cooperate (03), demands (10) and rejections (12), the columns of
/// [`PARALLEL_KINDS`].
pub(crate) const PARALLEL_ROOTS: &[&str] = &["02", "03", "10", "12"];

/// The codebook's categories that appeals, intents, demands and rejections share, one
/// row per category with its code in each root of [`PARALLEL_ROOTS`] (empty where the
/// root has none: no rejection of diplomatic cooperation, and 101 is a demand for
/// information, not material cooperation). Rejections number theirs differently
/// (aid is 122, yielding 124, mediation 126).
const PARALLEL_KINDS: &[[&str; 4]] = &[
    ["021", "031", "", "121"],
    ["0211", "0311", "1011", "1211"],
    ["0212", "0312", "1012", "1212"],
    ["0213", "0313", "1013", ""],
    ["0214", "0314", "1014", ""],
    ["022", "032", "102", ""],
    ["023", "033", "103", "122"],
    ["0231", "0331", "1031", "1221"],
    ["0232", "0332", "1032", "1222"],
    ["0233", "0333", "1033", "1223"],
    ["0234", "0334", "1034", "1224"],
    ["024", "034", "104", "123"],
    ["0241", "0341", "1041", "1231"],
    ["0242", "0342", "1042", "1232"],
    ["0243", "0343", "1043", "1233"],
    ["0244", "0344", "1044", "1234"],
    ["025", "035", "105", "124"],
    ["0251", "0351", "1051", "1241"],
    ["0252", "0352", "1052", "1242"],
    ["0253", "0353", "1053", "1243"],
    ["0254", "0354", "1054", "1244"],
    ["0255", "0355", "1055", "1245"],
    ["0256", "0356", "1056", "1246"],
    ["026", "036", "106", "125"],
    ["027", "037", "107", "127"],
    ["028", "038", "108", "126"],
];

/// The code of the category `code` names, in the root of [`PARALLEL_ROOTS`] at
/// `column`: `0256` in demands is `1056`; `None` for a code of no shared category.
fn parallel_code(code: &str, column: usize) -> Option<EventCode> {
    let row = PARALLEL_KINDS.iter().find(|row| row.contains(&code))?;
    EventCode::new(row[column]).filter(|_| !row[column].is_empty())
}

/// The intents (CAMEO 03) that announce the acts of cooperation of roots 04 to 08, by
/// the act's code: the most specific first, then its base, then its root. A meeting to
/// come is an intent to meet (036), a mediation an intent to mediate (039), aid to come
/// an intent to give it (033, humanitarian 0333), a release to come an intent to yield
/// (0353).
const INTENDED_ACTS: &[(&str, &str)] = &[
    ("04", "036"),
    ("045", "039"),
    ("05", "032"),
    ("06", "031"),
    ("061", "0311"),
    ("062", "0312"),
    ("063", "0313"),
    ("064", "0314"),
    ("07", "033"),
    ("071", "0331"),
    ("072", "0332"),
    ("073", "0333"),
    ("074", "0334"),
    ("08", "035"),
    ("081", "0351"),
    ("082", "0352"),
    ("083", "034"),
    ("0831", "0341"),
    ("0832", "0342"),
    ("0833", "0343"),
    ("0834", "0344"),
    ("084", "0353"),
    ("085", "0354"),
    ("086", "0355"),
    ("087", "0356"),
];

/// The intent that announces the act `code` ([`INTENDED_ACTS`]); `None` for an act of
/// no cooperative root.
pub(crate) fn intent_to(code: EventCode) -> Option<EventCode> {
    let intent = |key: &str| INTENDED_ACTS.iter().find(|(act, _)| *act == key).map(|(_, intent)| *intent);
    let intent = intent(code.as_str()).or_else(|| intent(code.base())).or_else(|| intent(code.root()))?;
    EventCode::new(intent)
}

/// The refusal of the cooperative act `code` (CAMEO 12): the rejection of the category
/// its intent falls in (`ease economic sanctions`, 085, intended 0354, refused 1244);
/// `None` for an act of no cooperative root or a category rejections have no code for.
pub(crate) fn refusal_of(code: EventCode) -> Option<EventCode> {
    let column = PARALLEL_ROOTS.iter().position(|&r| r == "12")?;
    parallel_code(intent_to(code)?.as_str(), column)
}

/// GDELT QuadClass of a code: roots 01–05 verbal cooperation (1), 06–08 material
/// cooperation (2), 09–13 verbal conflict (3), 14–20 material conflict (4).
pub fn quad_class(code: EventCode) -> u8 {
    match code.root().parse::<u8>().unwrap_or(0) {
        1..=5 => 1,
        6..=8 => 2,
        9..=13 => 3,
        _ => 4,
    }
}

fn codes(source: &'static str) -> Codes {
    doc::data_lines(source)
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let code = fields.next()?;
            let goldstein = fields.next()?.parse().ok()?;
            Some((code, (goldstein, fields.next().unwrap_or(""))))
        })
        .collect()
}

fn compile(source: &'static str, codes: Codes) -> Lexicon {
    let mut lexicon = Lexicon {
        entries: Vec::new(),
        triggers: FxHashMap::default(),
        verb_forms: Default::default(),
        irregular_forms: Default::default(),
        shapes: TriggerShapes(vec![0; 26 * 26]),
        codes,
        objects_by_root: vec![Vec::new(); 21],
    };
    let mut classes: FxHashMap<&'static str, Vec<&'static str>> = FxHashMap::default();
    for (number, line) in source.lines().enumerate() {
        if !doc::is_data_line(line) {
            continue;
        }
        // `@name<TAB>words` defines a class; a pattern may open with one (`@grow ... ties`).
        let class = line.strip_prefix('@').and_then(|class| class.split_once('\t'));
        if let Some((name, words)) = class.filter(|(name, _)| !name.contains(' ')) {
            classes.insert(name, words.split(' ').filter(|w| !w.is_empty()).collect());
            continue;
        }
        let entries = parse_entry(line, number as u32 + 1, &lexicon, &classes)
            .unwrap_or_else(|| panic!("event_verbs.tsv:{}: {line}", number + 1));
        for entry in entries {
            add_entry(&mut lexicon, entry);
        }
    }
    let entries = &lexicon.entries;
    for opened in lexicon.triggers.values_mut() {
        // `=fighting between` before `fight !to`; stable, so entries needing as many
        // words stay in line order.
        opened.sort_by_key(|&index| std::cmp::Reverse(entries[usize::from(index)].named_words()));
    }
    lexicon
}

/// Indexes one entry under every form of its trigger.
fn add_entry(lexicon: &mut Lexicon, entry: Entry) {
    let head = entry.trigger;
    let forms: Vec<String> = match head.strip_prefix('=') {
        Some(literal) => vec![literal.to_string()],
        None => {
            let mut forms = Vec::new();
            for (i, form) in head.split('|').enumerate() {
                if i == 0 {
                    forms.extend(inflections(form));
                } else {
                    forms.push(form.to_string());
                    lexicon.irregular_forms.insert(form.into());
                }
            }
            lexicon.verb_forms.extend(forms.iter().map(|f| f.as_str().into()));
            forms
        }
    };
    let index = lexicon.entries.len() as u16;
    let root: Option<usize> = entry.code.root().parse().ok().filter(|&n: &usize| n <= 20);
    if let Some(root) = root.filter(|_| !entry.object().is_empty()) {
        lexicon.objects_by_root[root].push(index);
    }
    for form in forms {
        lexicon.shapes.add(&form);
        let entries = lexicon.triggers.entry(form.into()).or_default();
        if !entries.contains(&index) {
            entries.push(index);
        }
    }
    lexicon.entries.push(entry);
}

/// The entries of one lexicon line: one, or one per word of each class (`@name`) its
/// pattern names after the trigger.
fn parse_entry(
    line: &'static str,
    number: u32,
    lexicon: &Lexicon,
    classes: &FxHashMap<&'static str, Vec<&'static str>>,
) -> Option<Vec<Entry>> {
    let mut fields = line.split('\t');
    let pattern = fields.next()?;
    let code = EventCode::new(fields.next()?)?;
    let mut flags = Flags::default();
    for flag in fields.next().unwrap_or("").split(',').filter(|f| !f.is_empty()) {
        match flag {
            "mutual" => flags.mutual = true,
            "self" => flags.own_country = true,
            "place" => flags.place_country = true,
            "gov" => flags.place_government = true,
            "undergo" => flags.undergo = true,
            "judge" => flags.judge = true,
            "hosts" => flags.hosts = true,
            "cargo" => flags.cargo = true,
            _ => return None,
        }
    }
    let class = |word: &'static str| match word.strip_prefix('@') {
        Some(name) => classes.get(name).cloned(),
        None => Some(vec![word]),
    };
    let mut words = pattern.split(' ');
    let triggers = class(words.next()?)?;
    // Every choice of one word per class: `stop ... @hostilities` is `stop ... attacks`,
    // `stop ... shelling`, and so on.
    let mut choices: Vec<Vec<Follow>> = vec![Vec::new()];
    let mut far = false;
    for word in words {
        if word == "..." {
            far = true;
            continue;
        }
        if let Some(excluded) = word.strip_prefix('!') {
            choices.iter_mut().for_each(|follows| follows.push(Follow::Not(excluded.into())));
            continue;
        }
        let words = class(word)?;
        let follow = |word: &str| if far { Follow::Far(word.into()) } else { Follow::Near(word.into()) };
        choices = choices
            .into_iter()
            .flat_map(|follows| {
                words.iter().map(move |word| follows.iter().cloned().chain([follow(word)]).collect::<Vec<_>>())
            })
            .collect();
        far = false;
    }
    let entry = |(trigger, follows): (&'static str, Vec<Follow>)| {
        let follow_bits = follows
            .iter()
            .map(|follow| match follow {
                Follow::Near(word) | Follow::Far(word) => pair_bit(word.as_bytes()),
                Follow::Not(_) => 0,
            })
            .fold(0, |bits, bit| bits | bit);
        Entry {
            pattern,
            trigger,
            line: number,
            follows,
            follow_bits,
            code,
            goldstein: lexicon.goldstein(code),
            quad: quad_class(code),
            flags,
        }
    };
    let every = triggers.iter().flat_map(|&trigger| choices.iter().map(move |follows| (trigger, follows.clone())));
    Some(every.map(entry).collect())
}

/// The regular forms of an English verb: base, third person, past, gerund
/// (`shell`: shells, shelled, shelling; `seize`: seizes, seized, seizing).
pub(crate) fn inflections(base: &str) -> Vec<String> {
    let mut forms = vec![base.to_string()];
    let stem_y = base.strip_suffix('y').filter(|s| !s.ends_with(['a', 'e', 'o', 'u']));
    if let Some(stem) = stem_y {
        forms.push(format!("{stem}ies"));
        forms.push(format!("{stem}ied"));
    } else if base.ends_with(['s', 'x', 'z']) || base.ends_with("sh") || base.ends_with("ch") {
        forms.push(format!("{base}es"));
        forms.push(format!("{base}ed"));
    } else {
        forms.push(format!("{base}s"));
        forms.push(if base.ends_with('e') { format!("{base}d") } else { format!("{base}ed") });
    }
    let stem_e = base.strip_suffix('e').filter(|s| !s.ends_with(['e', 'o']));
    forms.push(match stem_e {
        Some(stem) => format!("{stem}ing"),
        None => format!("{base}ing"),
    });
    // A verb ending consonant–vowel–consonant doubles it when it is short (ban, banned),
    // ends in `l` (the wire agencies' British spelling: expel, expelled) or stresses its
    // last syllable (airdrop, airdropped; submit, submitted). Which syllable is stressed
    // the spelling does not say, so every such verb gets the doubled forms too: for one
    // that does not double (visit) they are no word and never match.
    let bytes = base.as_bytes();
    if bytes.len() >= 3 {
        let vowel = |b: u8| b"aeiou".contains(&b);
        let [a, b, c] = [bytes[bytes.len() - 3], bytes[bytes.len() - 2], bytes[bytes.len() - 1]];
        if !vowel(a) && vowel(b) && !vowel(c) && !b"wxy".contains(&c) {
            forms.push(format!("{base}{}ed", c as char));
            forms.push(format!("{base}{}ing", c as char));
        }
    }
    forms
}

/// Whether a token's lowercase text matches a pattern word: the word itself, its
/// plural, or the last part of a hyphenated compound (`search-and-rescue`).
pub(crate) fn word_matches(token: &str, word: &str) -> bool {
    let (token, word) = (token.as_bytes(), word.as_bytes());
    let Some(extra) = token.len().checked_sub(word.len()) else {
        return false;
    };
    // The word or its plural begins the token; a compound's last part ends it.
    let word_or_plural = extra <= 2 && token[..word.len()].eq_ignore_ascii_case(word);
    word_or_plural || (extra > 0 && token[extra - 1] == b'-' && token[extra..].eq_ignore_ascii_case(word))
}

/// A bit that stands for the words beginning with one pair of letters (case aside);
/// none for a word shorter than two bytes. A set of them says which pattern words a
/// stretch of text may hold ([`token_bits`]), so an entry whose words are missing is
/// ruled out without a scan.
pub(crate) fn pair_bit(word: &[u8]) -> u64 {
    match word {
        [first, second, ..] => {
            let pair = usize::from(first.to_ascii_lowercase()) * 31 + usize::from(second.to_ascii_lowercase());
            1 << (pair % 64)
        }
        _ => 0,
    }
}

/// The [`pair_bit`]s of every pattern word of two bytes or more that `token` matches
/// ([`word_matches`]): the bit of its start (the word or its plural) and of each part
/// after a hyphen (a compound's last part).
pub(crate) fn token_bits(token: &str) -> u64 {
    let bytes = token.as_bytes();
    let parts = bytes.iter().enumerate().filter(|(_, &b)| b == b'-').map(|(i, _)| pair_bit(&bytes[i + 1..]));
    parts.fold(pair_bit(bytes), |bits, bit| bits | bit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_announced_act_is_the_intent_of_its_most_specific_kind() {
        let intent = |code: &str| intent_to(EventCode::new(code).unwrap()).map(|c| c.as_str().to_string());
        assert_eq!(intent("073").as_deref(), Some("0333"));
        assert_eq!(intent("0841").as_deref(), Some("0353"), "a sub-code by its base");
        assert_eq!(intent("057").as_deref(), Some("032"), "by its root");
        assert_eq!(intent("042").as_deref(), Some("036"));
        assert_eq!(intent("190"), None, "no intent of force");
        assert_eq!(intent("0234"), None, "an appeal is no act");
    }

    #[test]
    fn verbs_inflect() {
        assert_eq!(inflections("shell"), ["shell", "shells", "shelled", "shelling"]);
        assert_eq!(inflections("seize"), ["seize", "seizes", "seized", "seizing"]);
        assert_eq!(inflections("accuse"), ["accuse", "accuses", "accused", "accusing"]);
        assert_eq!(inflections("deny"), ["deny", "denies", "denied", "denying"]);
        assert!(inflections("ban").contains(&"banned".to_string()));
        assert!(inflections("expel").contains(&"expelled".to_string()));
        assert!(inflections("airdrop").contains(&"airdropped".to_string()));
        assert!(inflections("submit").contains(&"submitted".to_string()));
        assert!(inflections("visit").contains(&"visited".to_string()));
        assert!(inflections("attach").contains(&"attaches".to_string()));
    }

    #[test]
    fn every_line_compiles_and_every_code_has_a_goldstein_value() {
        let lexicon = Lexicon::embedded();
        assert!(lexicon.entries.len() > 300);
        for entry in &lexicon.entries {
            let meaning = lexicon.codebook_entry(entry.code).map_or("", |(_, meaning)| meaning);
            assert!(!meaning.is_empty(), "no meaning for {:?} ({})", entry.code, entry.pattern);
        }
        let roots: std::collections::BTreeSet<&str> = lexicon.entries.iter().map(|e| e.code.root()).collect();
        assert_eq!(roots.len(), 20, "every CAMEO root category has words: {roots:?}");
        assert!(!lexicon.entries_at("shelled").is_empty());
        assert!(!lexicon.entries_at("held").is_empty());
        assert!(lexicon.may_trigger("Shelled") && lexicon.may_trigger("held"));
        // The best entry is the first that matches: the one needing most words first,
        // then in line order.
        for opened in lexicon.triggers.values() {
            let order: Vec<(std::cmp::Reverse<usize>, u16)> =
                opened.iter().map(|&i| (std::cmp::Reverse(lexicon.entries[usize::from(i)].named_words()), i)).collect();
            assert!(order.is_sorted(), "{order:?}");
        }
        assert!(lexicon.entries_at("called").len() > 100);
        assert!(!lexicon.may_trigger("the") && !lexicon.may_trigger("of"));
    }

    /// Every code a pattern fires is a line of the codebook table (not a fallback to its
    /// base code), every code below root level has at least three patterns, or a comment
    /// of `event_verbs.tsv` (`# CODE meaning: too narrow ...`) says why it has fewer, and
    /// every code's parent is in the table.
    #[test]
    fn every_code_is_in_the_codebook_with_its_parent_and_has_three_patterns_or_a_reason() {
        let lexicon = Lexicon::embedded();
        let mut patterns: FxHashMap<&str, usize> = FxHashMap::default();
        for entry in &lexicon.entries {
            let code = entry.code.as_str();
            assert!(lexicon.codes.contains_key(code), "{code} ({}) is not in cameo_codes.tsv", entry.pattern);
            *patterns.entry(code).or_default() += 1;
        }
        let narrow: rustc_hash::FxHashSet<&str> = include_str!("../../../data/event_verbs.tsv")
            .lines()
            .filter(|line| line.starts_with('#') && line.contains("too narrow"))
            .filter_map(|line| line[1..].split_whitespace().next())
            .collect();
        let mut thin: Vec<String> = lexicon
            .codes
            .keys()
            .filter(|code| code.len() > 2 && !narrow.contains(*code))
            .filter_map(|code| {
                let count = patterns.get(code).copied().unwrap_or(0);
                (count < 3).then(|| format!("{code} ({count})"))
            })
            .collect();
        thin.sort();
        assert!(thin.is_empty(), "codes with fewer than three patterns and no reason: {thin:?}");
        // The table is a closed tree: each sub-code's parent is a line of it too.
        let orphans: Vec<&&str> = lexicon
            .codes
            .keys()
            .filter(|code| code.len() > 2 && !lexicon.codes.contains_key(&code[..code.len() - 1]))
            .collect();
        assert!(orphans.is_empty(), "codes whose parent is not in cameo_codes.tsv: {orphans:?}");
    }

    #[test]
    fn goldstein_and_quad_class_follow_the_codebook() {
        let code = |c| EventCode::new(c).unwrap();
        let lexicon = Lexicon::embedded();
        assert_eq!(lexicon.goldstein(code("0871")), 10.0);
        assert_eq!(lexicon.goldstein(code("194")), -10.0);
        assert_eq!(lexicon.goldstein(code("051")), 3.4);
        assert_eq!(lexicon.goldstein(code("0334")), 6.0);
        assert_eq!(
            lexicon.codebook_entry(code("1041")).map(|(_, meaning)| *meaning),
            Some("demand change in leadership")
        );
        assert_eq!(quad_class(code("051")), 1);
        assert_eq!(quad_class(code("073")), 2);
        assert_eq!(quad_class(code("112")), 3);
        assert_eq!(quad_class(code("1724")), 4);
    }

    #[test]
    fn a_class_stands_for_one_entry_per_word_as_trigger_or_follower() {
        let source = "@grow\tdeepen expand\n@field\ttrade energy\n@grow ... @field cooperation\t061\tmutual\n";
        let lexicon = compile(source, codes(include_str!("../../../data/cameo_codes.tsv")));
        let entries: Vec<(&str, Vec<Follow>)> =
            lexicon.entries.iter().map(|e| (e.trigger, e.follows.clone())).collect();
        let follows = |field: &str| vec![Follow::Far(field.into()), Follow::Near("cooperation".into())];
        assert_eq!(
            entries,
            [
                ("deepen", follows("trade")),
                ("deepen", follows("energy")),
                ("expand", follows("trade")),
                ("expand", follows("energy"))
            ]
        );
        // Every form of each trigger opens its entries; all keep the line as written.
        assert_eq!(lexicon.entries_at("expanded").len(), 2);
        assert!(lexicon.entries.iter().all(|e| e.pattern == "@grow ... @field cooperation" && e.flags.mutual));
    }

    #[test]
    fn pattern_words_match_plurals_and_compounds() {
        assert!(word_matches("sanctions", "sanction"));
        assert!(word_matches("search-and-rescue", "rescue"));
        assert!(!word_matches("talkative", "talk"));
        // A token's bits hold the bit of every word it matches.
        for (token, word) in [("Sanctions", "sanction"), ("search-and-rescue", "rescue"), ("ceasefire", "ceasefire")] {
            assert!(word_matches(token, word));
            assert_eq!(token_bits(token) & pair_bit(word.as_bytes()), pair_bit(word.as_bytes()), "{token} {word}");
        }
        assert_eq!(pair_bit(b"a"), 0);
        let lexicon = Lexicon::embedded();
        let fight = lexicon.entries.iter().find(|e| e.pattern.starts_with("fight")).unwrap();
        assert_eq!(fight.follows, [Follow::Not("to".into())]);
    }
}
