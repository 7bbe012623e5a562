//! The syntactic layer: a part-of-speech tag and a dependency (head and relation) per
//! token of every parsed sentence, in the scheme of spaCy's English models (Penn
//! Treebank tags, ClearNLP relations), so a parse reads as spaCy users expect.

/// Defines a label type: a `u8` index into its table of names, `NONE` (index 0) for a
/// token that was not parsed, and a constant per label the code names.
macro_rules! label_set {
    ($(#[$meta:meta])* $name:ident, $table:ident, [$($label:literal),* $(,)?], { $($constant:ident = $text:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub u8);

        /// The names of the labels by index; index 0, the empty name, is `NONE`.
        pub const $table: &[&str] = &["", $($label),*];

        impl $name {
            /// No label: the token's sentence was not parsed.
            pub const NONE: $name = $name(0);
            $(
                #[doc = concat!("`", $text, "`")]
                pub const $constant: $name = $name(label_index($table, $text));
            )*

            /// The label of this name, if the set has one.
            pub fn from_label(label: &str) -> Option<$name> {
                $table.iter().position(|l| *l == label).filter(|&i| i > 0).map(|i| $name(i as u8))
            }

            /// Its name (empty for `NONE`).
            pub fn label(self) -> &'static str {
                $table.get(usize::from(self.0)).copied().unwrap_or("")
            }

            /// Number of labels, `NONE` included: the indexes run below it.
            pub const COUNT: usize = $table.len();
        }
    };
}

/// Index of `label` in `table`, at compile time (a missing name fails the build).
const fn label_index(table: &[&str], label: &str) -> u8 {
    let mut i = 0;
    while i < table.len() {
        if const_str_eq(table[i], label) {
            return i as u8;
        }
        i += 1;
    }
    panic!("label not in its table")
}

const fn const_str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

label_set!(
    /// A Penn Treebank part-of-speech tag.
    PosTag,
    POS_TAGS,
    [
        "$", "''", ",", "-LRB-", "-RRB-", ".", ":", "ADD", "AFX", "CC", "CD", "DT", "EX", "FW", "HYPH", "IN", "JJ",
        "JJR", "JJS", "LS", "MD", "NFP", "NN", "NNP", "NNPS", "NNS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS",
        "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", "XX", "_SP", "``",
    ],
    {
        CC = "CC", CD = "CD", DT = "DT", IN = "IN", JJ = "JJ", MD = "MD", NN = "NN", NNP = "NNP", NNPS = "NNPS",
        NNS = "NNS", POSSESSIVE = "POS", PRP = "PRP", PRP_POSSESSIVE = "PRP$", RB = "RB", TO = "TO", VB = "VB",
        VBD = "VBD", VBG = "VBG", VBN = "VBN", VBP = "VBP", VBZ = "VBZ", WDT = "WDT", WP = "WP",
    }
);

impl PosTag {
    /// A verb form (`VB`, `VBD`, `VBG`, `VBN`, `VBP`, `VBZ`).
    pub fn is_verb(self) -> bool {
        self.label().starts_with("VB")
    }

    /// A noun (`NN`, `NNS`, `NNP`, `NNPS`).
    pub fn is_noun(self) -> bool {
        self.label().starts_with("NN")
    }
}

label_set!(
    /// A dependency relation of the ClearNLP scheme spaCy's English models use.
    DepRel,
    DEP_LABELS,
    [
        "ROOT", "acl", "acomp", "advcl", "advmod", "agent", "amod", "appos", "attr", "aux", "auxpass", "case", "cc",
        "ccomp", "compound", "conj", "csubj", "csubjpass", "dative", "dep", "det", "dobj", "expl", "intj", "mark",
        "meta", "neg", "nmod", "npadvmod", "nsubj", "nsubjpass", "nummod", "oprd", "parataxis", "pcomp", "pobj",
        "poss", "preconj", "predet", "prep", "prt", "punct", "quantmod", "relcl", "xcomp",
    ],
    {
        ROOT = "ROOT", ACL = "acl", ACOMP = "acomp", ADVCL = "advcl", ADVMOD = "advmod", AGENT = "agent",
        AMOD = "amod", APPOS = "appos", ATTR = "attr", AUX = "aux", AUXPASS = "auxpass", CC = "cc", CCOMP = "ccomp",
        COMPOUND = "compound", CONJ = "conj", CSUBJ = "csubj", DATIVE = "dative", DEP = "dep", DET = "det",
        DOBJ = "dobj", MARK = "mark", NEG = "neg", NMOD = "nmod", NPADVMOD = "npadvmod", NSUBJ = "nsubj",
        NSUBJPASS = "nsubjpass", NUMMOD = "nummod", OPRD = "oprd", PARATAXIS = "parataxis", PCOMP = "pcomp",
        POBJ = "pobj", POSS = "poss", PREP = "prep", PRT = "prt", PUNCT = "punct", RELCL = "relcl", XCOMP = "xcomp",
    }
);

/// A token's place in its sentence's dependency tree.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Dep {
    /// Index into [`crate::Doc::tokens`] of its head, in the same sentence; the root of
    /// a sentence is its own head (as in spaCy).
    pub head: u32,
    /// Its relation to the head; [`DepRel::NONE`] when the sentence was not parsed.
    pub rel: DepRel,
}

/// The most steps of one side of a [`DepPath`]. The event reader goes up at most two
/// heads (a coordinated verb, then a clause's head) and down at most three relations
/// (`agent`, `pobj`, `conj`), so its chains fit.
pub const MAX_CHAIN_STEPS: usize = 6;

/// How an event's source or target was reached in the dependency tree, from the trigger
/// (or the pattern word it hangs from) outward: a step down to a dependent by its
/// relation (`nsubj`), or up to the head, named by the relation of the token left
/// (`^conj`: the trigger is coordinated with the verb whose subject is read). Inline, so
/// an event carries it without allocating.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DepChain {
    steps: [DepRel; MAX_CHAIN_STEPS],
    /// Bit `i` set: step `i` goes up to the head.
    up: u8,
    len: u8,
}

impl DepChain {
    /// The chain with one more step down, to a dependent related by `rel`.
    pub fn down(self, rel: DepRel) -> DepChain {
        self.then(rel, false)
    }

    /// The chain with one more step up, from a token related to its head by `rel`.
    pub fn up(self, rel: DepRel) -> DepChain {
        self.then(rel, true)
    }

    fn then(mut self, rel: DepRel, up: bool) -> DepChain {
        let at = usize::from(self.len);
        debug_assert!(at < MAX_CHAIN_STEPS, "the event reader's walks are bounded below MAX_CHAIN_STEPS");
        if at < MAX_CHAIN_STEPS {
            self.steps[at] = rel;
            self.up |= u8::from(up) << at;
            self.len += 1;
        }
        self
    }

    /// No step: the actor was not read from the tree.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The steps in order, each with whether it goes up.
    pub fn steps(&self) -> impl Iterator<Item = (DepRel, bool)> + '_ {
        (0..usize::from(self.len)).map(|i| (self.steps[i], self.up & (1 << i) != 0))
    }
}

impl std::fmt::Display for DepChain {
    /// `agent>pobj`, `^conj>nsubj`: steps joined by `>`, a step up marked `^`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, (rel, up)) in self.steps().enumerate() {
            let separator = if i > 0 { ">" } else { "" };
            let mark = if up { "^" } else { "" };
            write!(f, "{separator}{mark}{}", rel.label())?;
        }
        Ok(())
    }
}

/// The dependency path an event was read along: the chain to its source and the chain
/// to its target (either empty where that side was not read from the tree).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DepPath {
    /// From the trigger to the source.
    pub source: DepChain,
    /// From the trigger to the target.
    pub target: DepChain,
}

impl DepPath {
    /// The path written around the trigger's lemma, `source←lemma→target`:
    /// `nsubj←shell→dobj`, `agent>pobj←ambush→nsubjpass`, `^relcl←attack→dobj`.
    pub fn display<'a>(&'a self, lemma: &'a str) -> impl std::fmt::Display + 'a {
        struct Shown<'a>(&'a DepPath, &'a str);
        impl std::fmt::Display for Shown<'_> {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}←{}→{}", self.0.source, self.1, self.0.target)
            }
        }
        Shown(self, lemma)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_round_trip_and_none_is_no_label() {
        assert_eq!(DepRel::from_label("nsubjpass"), Some(DepRel::NSUBJPASS));
        assert_eq!(DepRel::NSUBJPASS.label(), "nsubjpass");
        assert_eq!(PosTag::from_label("PRP$"), Some(PosTag::PRP_POSSESSIVE));
        assert_eq!(PosTag::from_label(""), None);
        assert_eq!(DepRel::from_label("nsubj:pass"), None);
        assert_eq!(DepRel::NONE.label(), "");
        assert_eq!(DepRel::COUNT, 46);
        assert_eq!(PosTag::COUNT, 51);
        assert!(PosTag::VBN.is_verb() && PosTag::NNPS.is_noun() && !PosTag::MD.is_verb());
    }

    #[test]
    fn paths_read_outward_from_the_trigger() {
        let source = DepChain::default().down(DepRel::AGENT).down(DepRel::POBJ);
        let path = DepPath { source, target: DepChain::default().down(DepRel::NSUBJPASS) };
        assert_eq!(path.display("ambush").to_string(), "agent>pobj←ambush→nsubjpass");
        let inherited = DepChain::default().up(DepRel::CONJ).down(DepRel::NSUBJ);
        let path = DepPath { source: inherited, target: DepChain::default() };
        assert_eq!(path.display("abduct").to_string(), "^conj>nsubj←abduct→");
        assert_eq!(std::mem::size_of::<DepPath>(), 16, "inline and small");
    }
}
