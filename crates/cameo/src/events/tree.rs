//! Reading an event from the dependency tree of its sentence (`doc.deps`): the source
//! from the verb's subject (a passive's from its agent), the target from its object or
//! the object of a preposition that aims (`sanctions on Iran`), through coordination,
//! relative clauses, participles and the complements of control verbs; negation and
//! modality from the verb's own dependents. Each actor comes with the chain of
//! relations that reached it (`agent>pobj`), for the event's path.

use super::mentions::{aims, completes_noun, directs, is_quantity, is_seat, Mention};
use crate::lexicon::{word_matches, Entry, Follow};
use crate::Codebook;
use doc::{DepChain, DepRel, Doc, PosTag};
use std::ops::Range;

/// An actor read from the tree: its mention and the chain of relations that reached it.
pub(super) type Reading = (Mention, DepChain);

/// The most heads walked up from a verb to find its subject: a coordinated verb's first
/// conjunct, then the verb whose complement that is (`began to shell and loot`).
const MAX_UP: usize = 2;

/// The most heads walked up from a noun to the verb it depends on.
const MAX_NOUN_DEPTH: usize = 4;

/// The children of every token of one parsed sentence, indexed once per sentence that
/// holds a trigger, in buffers reused from sentence to sentence: a query reads the
/// children of a few tokens, never the whole sentence.
#[derive(Default)]
pub(super) struct Tree {
    /// The sentence's first token.
    first: usize,
    /// The children of the sentence's `i`th token are `children[offsets[i]..offsets[i + 1]]`.
    offsets: Vec<u32>,
    /// Token indexes, in text order under each head.
    children: Vec<u32>,
}

impl Tree {
    /// Indexes the children of the sentence of `tokens` (one pass to count, one to fill).
    pub(super) fn index(&mut self, doc: &Doc, tokens: Range<usize>) {
        self.first = tokens.start;
        self.offsets.clear();
        // Counts go two places up, so that after the prefix sum `offsets[i + 1]` is where
        // token `i`'s children start, and filling moves it to where they end.
        self.offsets.resize(tokens.len() + 2, 0);
        for token in tokens.clone() {
            if let Some(head) = self.head_in_sentence(doc, token, tokens.end) {
                self.offsets[head - tokens.start + 2] += 1;
            }
        }
        for i in 1..self.offsets.len() {
            self.offsets[i] += self.offsets[i - 1];
        }
        self.children.clear();
        self.children.resize(self.offsets[tokens.len() + 1] as usize, 0);
        for token in tokens.clone() {
            if let Some(head) = self.head_in_sentence(doc, token, tokens.end) {
                let slot = &mut self.offsets[head - tokens.start + 1];
                self.children[*slot as usize] = token as u32;
                *slot += 1;
            }
        }
    }

    /// The head of a parsed token that is not the root, when it lies in the sentence.
    fn head_in_sentence(&self, doc: &Doc, token: usize, end: usize) -> Option<usize> {
        let dep = doc.deps[token];
        let head = dep.head as usize;
        (dep.rel != DepRel::NONE && head != token && (self.first..end).contains(&head)).then_some(head)
    }

    /// The children of `token` inside `window`, in text order (the window's mentions are
    /// the only actors a child can name, and it bounds the work of one trigger).
    fn children(&self, token: usize, window: &Range<usize>) -> &[u32] {
        let local = token - self.first;
        let all = &self.children[self.offsets[local] as usize..self.offsets[local + 1] as usize];
        let first = all.partition_point(|&c| (c as usize) < window.start);
        let end = all.partition_point(|&c| (c as usize) < window.end);
        &all[first..end]
    }

    /// The first child of `token` related to it by `rel`.
    fn child(&self, doc: &Doc, token: usize, rel: DepRel, window: &Range<usize>) -> Option<usize> {
        self.children(token, window).iter().map(|&c| c as usize).find(|&c| doc.deps[c].rel == rel)
    }

    /// The head of `token`, when it is inside `window`.
    fn head(&self, doc: &Doc, token: usize, window: &Range<usize>) -> Option<usize> {
        let head = doc.deps[token].head as usize;
        (head != token && window.contains(&head)).then_some(head)
    }

    /// Whether the verb at `at` is a past participle the parse hangs on a noun it
    /// describes (`acl`): `men convicted of crimes`, `the ship seized by Iran`. One with
    /// a direct object is a main verb the parser took for one (`forces backed by
    /// militias killed 30 fighters`).
    pub(super) fn describes_noun(&self, doc: &Doc, at: usize, window: &Range<usize>) -> bool {
        doc.deps.get(at).is_some_and(|d| d.rel == DepRel::ACL)
            && doc.pos.get(at) == Some(&PosTag::VBN)
            && self.child(doc, at, DepRel::DOBJ, window).is_none()
    }

    /// The verb a noun at `at` depends on, through at most [`MAX_NOUN_DEPTH`] heads
    /// (`aid` ← `in` ← `dollars` ← `send`).
    pub(super) fn governing_verb(&self, doc: &Doc, at: usize, window: &Range<usize>) -> Option<usize> {
        let mut token = at;
        for _ in 0..MAX_NOUN_DEPTH {
            token = self.head(doc, token, window)?;
            if doc.pos.get(token).is_some_and(|p| p.is_verb()) {
                return Some(token);
            }
        }
        None
    }

    /// Whether the verb at `at` reports an act as done: not negated (`neg`), not under a
    /// modal (`aux` tagged `MD`: `may`, `would`), and not the complement of a control verb
    /// (`called on Rwanda to withdraw`), unless that verb reports its complement as done
    /// (`began to shell`). A coordinated verb that shares its first conjunct's subject
    /// shares its auxiliaries too (`will not storm or loot`), unless `but` sets it
    /// against it (`did not storm the town but shelled it`).
    pub(super) fn asserted(&self, doc: &Doc, at: usize, window: &Range<usize>) -> bool {
        let mut verb = at;
        for _ in 0..=MAX_UP {
            let denied = self.children(verb, window).iter().any(|&c| {
                let c = c as usize;
                let rel = doc.deps[c].rel;
                rel == DepRel::NEG || (rel == DepRel::AUX && doc.pos.get(c) == Some(&PosTag::MD))
            });
            if denied {
                return false;
            }
            let Some(head) = self.head(doc, verb, window) else {
                return true;
            };
            // An infinitive that is another verb's object is what that verb allows,
            // asks or wants (`would not allow inspectors to visit the sites`), as a
            // control verb's complement is.
            let complement = match doc.deps[verb].rel {
                DepRel::XCOMP => true,
                DepRel::CCOMP => self.is_infinitive(doc, verb, window),
                _ => false,
            };
            match doc.deps[verb].rel {
                _ if complement && !doc::with_lowercase(doc.token_text(head), reports_complement) => return false,
                _ if complement => verb = head,
                DepRel::CONJ if !self.has_subject(doc, verb, window) && !self.contrasted(doc, head, verb, window) => {
                    verb = head
                }
                _ => return true,
            }
        }
        true
    }

    /// Whether a `but` or `yet` joins the conjunct `verb` to its head `head` (spaCy hangs
    /// the conjunction from the first conjunct).
    fn contrasted(&self, doc: &Doc, head: usize, verb: usize, window: &Range<usize>) -> bool {
        self.children(head, window)
            .iter()
            .map(|&c| c as usize)
            .any(|c| c < verb && doc.deps[c].rel == DepRel::CC && matches!(doc.token_text(c), "but" | "yet"))
    }

    /// Whether `verb` is an infinitive: `to` hangs from it.
    fn is_infinitive(&self, doc: &Doc, verb: usize, window: &Range<usize>) -> bool {
        self.children(verb, window).iter().any(|&c| c < verb as u32 && doc.pos.get(c as usize) == Some(&PosTag::TO))
    }

    fn has_subject(&self, doc: &Doc, verb: usize, window: &Range<usize>) -> bool {
        self.children(verb, window)
            .iter()
            .any(|&c| matches!(doc.deps[c as usize].rel, DepRel::NSUBJ | DepRel::NSUBJPASS))
    }
}

/// Verbs (and adjectives) whose complement is reported as done: `began to shell` is a
/// shelling, an attempt is coded as the act attempted (`tried to seize a border post`),
/// and `was quick to condemn` condemns. After any
/// other verb the complement is what is urged, threatened, promised or wanted (`called on
/// Rwanda to withdraw`, `threatened to strike`, `plans to visit`), not an act of the
/// verb's subject or object: the control verb's own lexicon entry codes the appeal or
/// the threat, and an entry that spans both (`refuse to negotiate`) codes the pair.
pub(super) fn reports_complement(word: &str) -> bool {
    matches!(
        word,
        "begin"
            | "began"
            | "begun"
            | "begins"
            | "beginning"
            | "start"
            | "started"
            | "starts"
            | "starting"
            | "continue"
            | "continued"
            | "continues"
            | "continuing"
            | "resume"
            | "resumed"
            | "resumes"
            | "resuming"
            | "keep"
            | "kept"
            | "keeps"
            | "keeping"
            | "try"
            | "tried"
            | "tries"
            | "trying"
            | "attempt"
            | "attempted"
            | "attempts"
            | "attempting"
            | "managed"
            | "quick"
            | "first"
            | "swift"
    )
}

/// A relative pronoun stands for the noun its clause modifies (`Russia, which recognizes`).
fn is_relative_pronoun(word: &str) -> bool {
    matches!(word, "who" | "which" | "that" | "whom" | "Who" | "Which" | "That")
}

/// The tree of a trigger's sentence read against the actors of the trigger's window.
pub(super) struct Reader<'a> {
    pub(super) doc: &'a Doc,
    pub(super) codebook: &'a Codebook,
    pub(super) tree: &'a Tree,
    pub(super) window: Range<usize>,
    pub(super) mentions: &'a [Mention],
}

impl Reader<'_> {
    /// The sources and targets of the verb at `at` whose entry matched up to
    /// `pattern_end`, each with its chain; a side is empty where the tree names no actor.
    pub(super) fn read(&self, entry: &Entry, at: usize, pattern_end: usize) -> (Vec<Reading>, Vec<Reading>) {
        let heads = self.pattern_heads(entry, at, pattern_end);
        if entry.flags.undergo {
            // `came under fire from Armenia`: the subject suffers it, `from` names who acts.
            let from = |_, rel: DepRel, word: &str| rel == DepRel::PREP && matches!(word, "from" | "by");
            (self.preposition_object(heads, from), self.subject(at, DepRel::NSUBJ))
        } else if self.passive(at) {
            let agent = |_, rel: DepRel, _: &str| rel == DepRel::AGENT;
            (self.preposition_object(heads, agent), self.subject(at, DepRel::NSUBJPASS))
        } else {
            // An accusation, a demand or a threat (verbal conflict) is the speaker's,
            // though the parser join it to the clause the speaker reports (`the ELN said
            // its fighters had acted in self-defence and accused the army`: `accused`
            // under `acted`); what two sides agreed is theirs.
            let said = entry.quad == 3;
            (self.subject_of(at, DepRel::NSUBJ, said), self.object(at, (entry, pattern_end), heads))
        }
    }

    fn rel(&self, token: usize) -> DepRel {
        self.doc.deps[token].rel
    }

    fn children(&self, token: usize) -> impl Iterator<Item = usize> + '_ {
        self.tree.children(token, &self.window).iter().map(|&c| c as usize)
    }

    fn child(&self, token: usize, rel: DepRel) -> Option<usize> {
        self.tree.child(self.doc, token, rel, &self.window)
    }

    fn head(&self, token: usize) -> Option<usize> {
        self.tree.head(self.doc, token, &self.window)
    }

    /// Whether the verb is passive: it has a passive subject or auxiliary (`was
    /// ambushed`), it is a participle modifying a noun (`troops backed by Iran`), or a
    /// participle coordinated with a passive verb whose subject it shares (`were shelled
    /// and burned`).
    fn passive(&self, at: usize) -> bool {
        let mut verb = at;
        for _ in 0..=MAX_UP {
            if self.children(verb).any(|c| matches!(self.rel(c), DepRel::NSUBJPASS | DepRel::AUXPASS)) {
                return true;
            }
            let participle = self.doc.pos.get(verb) == Some(&PosTag::VBN);
            match (self.rel(verb), self.head(verb)) {
                (DepRel::ACL, _) => return participle,
                (DepRel::CONJ, Some(head)) if participle && !self.tree.has_subject(self.doc, verb, &self.window) => {
                    verb = head
                }
                _ => return false,
            }
        }
        false
    }

    /// Where a target's preposition may hang, most specific first: the words of the
    /// trigger's pattern after it (`sanctions` of `impose sanctions`), the trigger's
    /// direct object (`imposed new curbs on Iran`), then the trigger itself, each with
    /// the chain that reaches it. A preposition under the pattern's noun names what the
    /// act is aimed at (`sanctions on Iran`); one under the verb is as often an adjunct
    /// (`over deliveries to Russia`, which a parse may hang on the verb). A pattern
    /// word's chain is empty: a path starts from the pattern.
    fn pattern_heads<'e>(
        &'e self,
        entry: &'e Entry,
        at: usize,
        pattern_end: usize,
    ) -> impl Iterator<Item = (usize, DepChain)> + 'e {
        let pattern_words =
            (at + 1..pattern_end.min(self.window.end)).filter(move |&i| is_pattern_word(self.doc, entry, i));
        let object = self.child(at, DepRel::DOBJ).map(|o| (o, DepChain::default().down(DepRel::DOBJ)));
        pattern_words.map(|i| (i, DepChain::default())).chain(object).chain(std::iter::once((at, DepChain::default())))
    }

    /// The actors of the first preposition under one of `heads` that `accepts` (its
    /// relation and word), with those coordinated with it.
    fn preposition_object(
        &self,
        heads: impl Iterator<Item = (usize, DepChain)>,
        accepts: impl Fn(usize, DepRel, &str) -> bool,
    ) -> Vec<Reading> {
        for (head, chain) in heads {
            for preposition in self.children(head) {
                let rel = self.rel(preposition);
                if !doc::with_lowercase(self.doc.token_text(preposition), |word| accepts(head, rel, word)) {
                    continue;
                }
                if let Some(object) = self.child(preposition, DepRel::POBJ) {
                    let found = self.group(object, chain.down(rel).down(DepRel::POBJ));
                    if !found.is_empty() {
                        return found;
                    }
                }
            }
        }
        Vec::new()
    }

    /// The target of an active verb: its direct or dative object when that names an
    /// actor and is not a word of the pattern (`sanctions`), else the object of a
    /// preposition that aims (`on Iran`, `called on Rwanda`).
    fn object(
        &self,
        at: usize,
        pattern: (&Entry, usize),
        heads: impl Iterator<Item = (usize, DepChain)>,
    ) -> Vec<Reading> {
        let (entry, pattern_end) = pattern;
        for object in self.children(at) {
            let rel = self.rel(object);
            let in_pattern =
                object < pattern_end && is_pattern_word(self.doc, entry, object) && super::moves_what_it_names(entry);
            if !matches!(rel, DepRel::DOBJ | DepRel::DATIVE) || in_pattern {
                continue;
            }
            let found = self.noun_or_antecedent(at, object, DepChain::default().down(rel));
            // An object the pattern names is what the act moves when it has a recipient
            // (`sent police officers to Haiti`): the recipient is the target then.
            if super::moves_what_it_names(entry)
                && found.iter().any(|(m, _)| super::holds_pattern_word(self.doc, entry, m, pattern_end))
            {
                let towards = |_, rel: DepRel, word: &str| is_preposition(rel) && directs(word);
                let recipient = self.preposition_object(self.pattern_heads(entry, at, pattern_end), towards);
                if !recipient.is_empty() {
                    return recipient;
                }
            }
            if !found.is_empty() {
                return found;
            }
        }
        // Who did the act the object names is whom an act on it is aimed at: `condemned
        // the attack on Kenyan police by al-Shabaab`.
        if let Some(object) = self.child(at, DepRel::DOBJ) {
            let agent = self.agent_of(object, DepChain::default().down(DepRel::DOBJ));
            if !agent.is_empty() {
                return agent;
            }
        }
        // The possessor of a noun of the pattern is whose it is: `rejected the EU's proposal`.
        let possessor = (at + 1..pattern_end.min(self.window.end))
            .filter(|&i| is_pattern_word(self.doc, entry, i))
            .find_map(|noun| self.child(noun, DepRel::POSS))
            .map(|owner| self.group(owner, DepChain::default().down(DepRel::POSS)))
            .unwrap_or_default();
        if !possessor.is_empty() {
            return possessor;
        }
        // `between` under the verb or the pattern names both parties (`mediated between`);
        // `in` under a state's seat abroad that names no owner names its host (`closed its
        // consulate in France`; `the French embassy in Niamey` is France's).
        let aimed = |head: usize, rel: DepRel, word: &str| {
            let hosted =
                word == "in" && doc::with_lowercase(self.doc.token_text(head), is_seat) && self.actor(head).is_none();
            is_preposition(rel) && (aims(word) || word == "between" || hosted)
        };
        let found = self.preposition_object(heads, aimed);
        if !found.is_empty() {
            return found;
        }
        // Failing those, `of` and `from` under a noun of the pattern name its object
        // (`requested the extradition of`), `of` under an object that names no actor its
        // owner (`raided the offices of a Kurdish party`), and the agent of a noun after
        // the verb whose it is (`rejected the proposal by Greece`; the agent of a noun
        // trigger, `the attack by militants`, is its source); under the verb they say
        // what of, whence or how.
        let literal = entry.pattern.starts_with('=');
        let completes = |head: usize, rel: DepRel, word: &str| {
            let on_noun = if head == at { literal } else { is_pattern_word(self.doc, entry, head) };
            let object = head != at && (self.rel(head) == DepRel::DOBJ || on_noun);
            let owner = object && (word == "of" || rel == DepRel::AGENT || word == "by");
            matches!(rel, DepRel::PREP | DepRel::AGENT) && ((on_noun && completes_noun(word)) || owner)
        };
        self.preposition_object(self.pattern_heads(entry, at, pattern_end), completes)
    }

    /// The actors of the `by` phrase of the noun at `noun`, which the parse may hang on a
    /// noun of the noun's own prepositional phrase (`the attack on the academy by
    /// al-Shabaab`).
    fn agent_of(&self, noun: usize, chain: DepChain) -> Vec<Reading> {
        let by = |_, rel: DepRel, word: &str| rel == DepRel::AGENT || rel == DepRel::PREP && word == "by";
        let objects = self.children(noun).filter(|&p| is_preposition(self.rel(p))).filter_map(|p| {
            let rel = self.rel(p);
            self.child(p, DepRel::POBJ).map(|o| (o, chain.down(rel).down(DepRel::POBJ)))
        });
        self.preposition_object(std::iter::once((noun, chain)).chain(objects), by)
    }

    /// The subject of the verb at `at` (`rel` is `nsubj` or `nsubjpass`, by its voice):
    /// its own, else that of the verb it is coordinated with, is the complement of or
    /// is a participle's clause of (`stormed a village and abducted`, `began to shell`,
    /// `expelled two diplomats, accusing`); a relative clause's or a
    /// participle's is the noun it modifies (`troops who attacked`, `troops backed by`).
    fn subject(&self, at: usize, rel: DepRel) -> Vec<Reading> {
        self.subject_of(at, rel, false)
    }

    /// [`Reader::subject`]; for an act of the speaker's (`said`), or one outside the
    /// quote it is coordinated with, one coordinated with the verb of a clause a speech
    /// verb reports acts with the speech verb's subject.
    fn subject_of(&self, at: usize, rel: DepRel, said: bool) -> Vec<Reading> {
        let (mut verb, mut chain) = (at, DepChain::default());
        for _ in 0..=MAX_UP {
            // A verb has one subject; two are a coordinated subject whose second half
            // the parser attached to the verb (`the government and the movement opened`).
            let mut subjects = self.children(verb).filter(|&c| self.rel(c) == rel).peekable();
            if subjects.peek().is_some() {
                let chain = chain.down(rel);
                return subjects.flat_map(|subject| self.noun_or_antecedent(verb, subject, chain)).collect();
            }
            let clause = self.rel(verb);
            let Some(head) = self.head(verb) else {
                break;
            };
            match clause {
                DepRel::RELCL | DepRel::ACL => return self.group(head, chain.up(clause)),
                DepRel::CONJ | DepRel::XCOMP => {
                    let speaker_s = clause == DepRel::CONJ && verb == at && (said || self.quoted_apart(head, at));
                    (verb, chain) = match speaker_s.then(|| self.reported(head)).flatten() {
                        Some(speech) => (speech, chain.up(clause).up(DepRel::CCOMP)),
                        None => (head, chain.up(clause)),
                    };
                }
                // A participle's clause acts with its verb's subject: `Poland expelled two
                // diplomats, accusing Minsk of sabotage`.
                DepRel::ADVCL if self.doc.pos.get(verb) == Some(&PosTag::VBG) => {
                    (verb, chain) = (head, chain.up(clause))
                }
                _ => break,
            }
        }
        Vec::new()
    }

    /// Whether `token` stands in a quote that `at` is outside of (`wrote that "our people
    /// are home" and thanked the UAE`: `are` of `thanked`).
    fn quoted_apart(&self, token: usize, at: usize) -> bool {
        let quote = |i: usize| super::in_quote(self.doc, self.doc.tokens[i].span).map(|q| q.span);
        quote(token).is_some() && quote(token) != quote(at)
    }

    /// The speech verb whose reported clause `verb` heads (`said` of `had acted`).
    fn reported(&self, verb: usize) -> Option<usize> {
        let speech = self.head(verb).filter(|_| self.rel(verb) == DepRel::CCOMP)?;
        doc::with_lowercase(self.doc.token_text(speech), |w| self.codebook.words.speech_verb_lemma(w).is_some())
            .then_some(speech)
    }

    /// The actors a dependent of `verb` names, or, for a relative pronoun, those of the
    /// noun the relative clause modifies (`the village, which rebels attacked`).
    fn noun_or_antecedent(&self, verb: usize, dependent: usize, chain: DepChain) -> Vec<Reading> {
        if self.rel(verb) == DepRel::RELCL && is_relative_pronoun(self.doc.token_text(dependent)) {
            if let Some(noun) = self.head(verb) {
                return self.group(noun, DepChain::default().up(DepRel::RELCL));
            }
        }
        self.group(dependent, chain)
    }

    /// The actor a noun names, with the actors coordinated with it (`Russia and China`:
    /// `conj`, however long the list, is one step of the chain).
    fn group(&self, noun: usize, chain: DepChain) -> Vec<Reading> {
        let mut found: Vec<Reading> = Vec::new();
        if let Some(actor) = self.actor(noun) {
            // `Indian and Pakistani troops`: the parse hangs `Indian` under `Pakistani`,
            // but the mentions know it shares the head.
            let before = self.mentions.partition_point(|m| m.first < actor.first).checked_sub(1);
            let sharing = before.map(|i| self.mentions[i]).filter(|m| m.shares_head);
            found.extend(sharing.into_iter().chain([actor]).map(|m| (m, chain)));
        }
        let listed = chain.down(DepRel::CONJ);
        let mut at = noun;
        while let Some(next) = self.next_conjunct(at) {
            let mention = self.actor(next).filter(|m| found.last().is_none_or(|(last, _)| last.span != m.span));
            found.extend(mention.map(|m| (m, listed)));
            at = next;
        }
        found
    }

    /// The noun coordinated with `noun`: its `conj`, or the noun a multi-word
    /// conjunction governs (`Armenia as well as Azerbaijan`: the `cc` `as` takes
    /// `Azerbaijan` as its `pobj`).
    fn next_conjunct(&self, noun: usize) -> Option<usize> {
        self.child(noun, DepRel::CONJ).or_else(|| {
            let conjunction = self.child(noun, DepRel::CC)?;
            self.children(conjunction).find(|&c| matches!(self.rel(c), DepRel::POBJ | DepRel::CONJ))
        })
    }

    /// The mention whose tokens hold the noun, or else one of its modifiers (`compound`,
    /// `amod`, `poss`) or theirs: `Somali insurgents` is an actor by `Somali`.
    fn actor(&self, noun: usize) -> Option<Mention> {
        // A quantity names its `of` phrase's actor: `dozens of opposition members`.
        if is_quantity(self.doc.token_text(noun)) {
            let of = self.children(noun).find(|&c| self.rel(c) == DepRel::PREP && self.doc.token_text(c) == "of");
            if let Some(members) = of.and_then(|of| self.child(of, DepRel::POBJ)) {
                return self.actor(members);
            }
        }
        self.mention_at(noun).or_else(|| {
            self.children(noun).filter(|&c| is_modifier(self.rel(c))).find_map(|modifier| {
                self.mention_at(modifier).or_else(|| {
                    self.children(modifier).filter(|&c| is_modifier(self.rel(c))).find_map(|c| self.mention_at(c))
                })
            })
        })
    }

    /// The mention that holds token `token` (mentions are in text order, apart).
    fn mention_at(&self, token: usize) -> Option<Mention> {
        let after = self.mentions.partition_point(|m| m.first <= token);
        after.checked_sub(1).map(|i| self.mentions[i]).filter(|m| token < m.end)
    }
}

/// A preposition's relation to its head: `prep`, or `dative` for a recipient's `to`
/// (`sent police to Haiti`).
fn is_preposition(rel: DepRel) -> bool {
    matches!(rel, DepRel::PREP | DepRel::DATIVE)
}

fn is_modifier(rel: DepRel) -> bool {
    matches!(rel, DepRel::COMPOUND | DepRel::AMOD | DepRel::POSS)
}

/// Whether token `at` is one of the words an entry's pattern names after its trigger.
pub(super) fn is_pattern_word(doc: &Doc, entry: &Entry, at: usize) -> bool {
    entry.follows.iter().any(|follow| match follow {
        Follow::Near(word) | Follow::Far(word) => word_matches(doc.token_text(at), word),
        Follow::Not(_) => false,
    })
}

#[cfg(test)]
mod tests {
    use crate::testing::parsed;

    /// `(source, code, target, path)` of every event of the sentence `text` parsed as
    /// `tree` (see [`parsed`]); the path is empty for an event the tree did not read.
    fn coded(text: &str, tree: &str) -> Vec<(String, String, String, String)> {
        code(parsed(text, tree))
    }

    /// The same without the parse: what the flat reading makes of the sentence.
    fn unparsed(text: &str, tree: &str) -> Vec<(String, String, String, String)> {
        let mut doc = parsed(text, tree);
        (doc.pos, doc.deps) = (Vec::new(), Vec::new());
        code(doc)
    }

    fn code(mut doc: doc::Doc) -> Vec<(String, String, String, String)> {
        let codebook = crate::testing::codebook();
        let triggers = codebook.triggers(&doc, geo::Gazetteer::embedded());
        super::super::code_events(&mut doc, codebook, geo::Gazetteer::embedded(), &triggers);
        doc.events
            .iter()
            .map(|e| {
                let path = e.path.map(|p| p.display(e.lemma).to_string()).unwrap_or_default();
                (e.source.code.as_str().into(), e.code.as_str().into(), e.target.code.as_str().into(), path)
            })
            .collect()
    }

    fn event(source: &str, code: &str, target: &str, path: &str) -> (String, String, String, String) {
        (source.into(), code.into(), target.into(), path.into())
    }

    #[test]
    fn a_passive_takes_its_source_from_the_agent_even_a_role_phrase() {
        let found = coded(
            "Kenyan troops were attacked on Tuesday by heavily armed Somali insurgents.",
            "Kenyan:amod>1 troops:nsubjpass>3 were:auxpass>3 attacked/VBN:ROOT on:prep>3 Tuesday:pobj>4 by:agent>3 \
             heavily:advmod>8 armed:amod>10 Somali:amod>10 insurgents:pobj>6 .:punct>3",
        );
        assert_eq!(found, [event("SOMREB", "190", "KENMIL", "agent>pobj←attack→nsubjpass")]);
    }

    #[test]
    fn a_subject_is_found_across_a_relative_clause() {
        let found = coded(
            "Russia, which is a member of the council, condemned Ukraine on Monday.",
            "Russia:nsubj>10 ,:punct>0 which:nsubj>3 is/VBZ:relcl>0 a:det>5 member:attr>3 of:prep>5 the:det>8 \
             council:pobj>6 ,:punct>0 condemned/VBD:ROOT Ukraine:dobj>10 on:prep>10 Monday:pobj>12 .:punct>10",
        );
        assert_eq!(found, [event("RUSGOV", "111", "UKRGOV", "nsubj←condemn→dobj")]);
        let (text, tree) = (
            "Russia, which Kenyan officials described as a partner, condemned Ukraine.",
            "Russia:nsubj>10 ,:punct>0 which:dobj>5 Kenyan:amod>4 officials:nsubj>5 described/VBD:relcl>0 as:prep>5 \
             a:det>8 partner:pobj>6 ,:punct>0 condemned/VBD:ROOT Ukraine:dobj>10 .:punct>10",
        );
        assert_eq!(coded(text, tree), [event("RUSGOV", "111", "UKRGOV", "nsubj←condemn→dobj")]);
        assert_eq!(
            unparsed(text, tree),
            [event("KENGOV", "111", "UKRGOV", "")],
            "the nearest actor is not the subject"
        );
    }

    #[test]
    fn a_coordinated_verb_shares_the_first_ones_subject() {
        let found = coded(
            "Somali rebels attacked Kenyan troops and abducted Ugandan soldiers on Monday.",
            "Somali:amod>1 rebels:nsubj>2 attacked/VBD:ROOT Kenyan:amod>4 troops:dobj>2 and:cc>2 \
             abducted/VBD:conj>2 Ugandan:amod>8 soldiers:dobj>6 on:prep>6 Monday:pobj>9 .:punct>2",
        );
        assert_eq!(
            found,
            [
                event("SOMREB", "190", "KENMIL", "nsubj←attack→dobj"),
                event("SOMREB", "181", "UGAMIL", "^conj>nsubj←abduct→dobj"),
            ]
        );
        let (text, tree) = (
            "Somali rebels attacked a village where Kenyan troops were stationed and abducted Ugandan soldiers.",
            "Somali:amod>1 rebels:nsubj>2 attacked/VBD:ROOT a:det>4 village:dobj>2 where:advmod>9 Kenyan:amod>7 \
             troops:nsubjpass>9 were:auxpass>9 stationed/VBN:relcl>4 and:cc>2 abducted/VBD:conj>2 Ugandan:amod>13 \
             soldiers:dobj>11 .:punct>2",
        );
        assert_eq!(coded(text, tree), [event("SOMREB", "181", "UGAMIL", "^conj>nsubj←abduct→dobj")]);
        assert_eq!(unparsed(text, tree), [], "the flat reading loses the subject past the relative clause");
    }

    #[test]
    fn a_second_subject_of_one_verb_is_a_coordinated_subject() {
        let found = coded(
            "The European Union and Britain imposed sanctions on Iran.",
            "The:det>2 European:compound>2 Union:nsubj>5 and:cc>2 Britain:nsubj>5 imposed/VBD:ROOT \
             sanctions:dobj>5 on:prep>5 Iran:pobj>7 .:punct>5",
        );
        assert_eq!(
            found,
            [
                event("IGOEUREEC", "163", "IRNGOV", "nsubj←impose→prep>pobj"),
                event("GBRGOV", "163", "IRNGOV", "nsubj←impose→prep>pobj"),
            ]
        );
    }

    #[test]
    fn coordinated_actors_give_one_event_each() {
        let found = coded(
            "Russia and China condemned the strikes on Syria.",
            "Russia:nsubj>3 and:cc>0 China:conj>0 condemned/VBD:ROOT the:det>5 strikes:dobj>3 on:prep>5 \
             Syria:pobj>6 .:punct>3",
        );
        assert_eq!(
            found,
            [
                event("RUSGOV", "111", "SYRGOV", "nsubj←condemn→dobj>prep>pobj"),
                event("CHNGOV", "111", "SYRGOV", "nsubj>conj←condemn→dobj>prep>pobj"),
            ]
        );
    }

    #[test]
    fn as_well_as_coordinates_like_and() {
        let found = coded(
            "Armenia as well as Azerbaijan signed a ceasefire agreement in Moscow.",
            "Armenia:nsubj>5 as:advmod>3 well:advmod>3 as:cc>0 Azerbaijan:pobj>3 signed/VBD:ROOT a:det>8 \
             ceasefire:compound>8 agreement:dobj>5 in:prep>8 Moscow:pobj>9 .:punct>5",
        );
        assert_eq!(found, [event("ARMGOV", "057", "AZEGOV", "nsubj←sign→nsubj>conj")]);
    }

    #[test]
    fn a_relative_clause_or_participle_acts_for_the_noun_it_modifies() {
        let found = coded(
            "Somali rebels who attacked Kenyan troops on Monday fled into the forest.",
            "Somali:amod>1 rebels:nsubj>8 who:nsubj>3 attacked/VBD:relcl>1 Kenyan:amod>5 troops:dobj>3 \
             on:prep>3 Monday:pobj>6 fled/VBD:ROOT into:prep>8 the:det>11 forest:pobj>9 .:punct>8",
        );
        assert_eq!(found, [event("SOMREB", "190", "KENMIL", "^relcl←attack→dobj")]);
        let found = coded(
            "Kenyan troops attacked by Somali rebels on Monday retreated.",
            "Kenyan:amod>1 troops:nsubj>8 attacked/VBN:acl>1 by:agent>2 Somali:amod>5 rebels:pobj>3 on:prep>2 \
             Monday:pobj>6 retreated/VBD:ROOT .:punct>8",
        );
        assert_eq!(found, [event("SOMREB", "190", "KENMIL", "agent>pobj←attack→^acl")]);
    }

    #[test]
    fn reported_speech_codes_the_reported_event_not_the_report() {
        let found = coded(
            "Kenya said Somali rebels attacked Ethiopian troops on Monday.",
            "Kenya:nsubj>1 said/VBD:ROOT Somali:amod>3 rebels:nsubj>4 attacked/VBD:ccomp>1 Ethiopian:amod>6 \
             troops:dobj>4 on:prep>4 Monday:pobj>7 .:punct>1",
        );
        assert_eq!(found, [event("SOMREB", "190", "ETHMIL", "nsubj←attack→dobj")]);
    }

    #[test]
    fn a_control_verb_is_an_appeal_to_its_object_not_the_complements_act() {
        let found = coded(
            "The United Nations called on Rwanda to withdraw its troops from Congo.",
            "The:det>2 United:compound>2 Nations:nsubj>3 called/VBD:ROOT on:prep>3 Rwanda:pobj>4 to:aux>7 \
             withdraw/VB:xcomp>3 its:poss>9 troops:dobj>7 from:prep>7 Congo:pobj>10 .:punct>3",
        );
        assert_eq!(found, [event("IGOUNO", "0256", "RWAGOV", "nsubj←call→prep>pobj")]);
        let (text, tree) = (
            "France urged Rwanda to withdraw its troops from Congo.",
            "France:nsubj>1 urged/VBD:ROOT Rwanda:dobj>1 to:aux>4 withdraw/VB:xcomp>1 its:poss>6 troops:dobj>4 \
             from:prep>4 Congo:pobj>7 .:punct>1",
        );
        assert_eq!(coded(text, tree), [event("FRAGOV", "0256", "RWAGOV", "nsubj←urge→dobj")]);
        // Read flat, the infinitive after `to` is what is urged too.
        let flat = unparsed(text, tree);
        assert!(flat.contains(&event("FRAGOV", "0256", "RWAGOV", "")), "{flat:?}");
        assert!(!flat.iter().any(|e| e.1 == "0874"), "the flat reading codes no withdrawal: {flat:?}");
        // A verb that reports its complement as done passes its subject on.
        let found = coded(
            "Somali rebels began to attack Kenyan troops.",
            "Somali:amod>1 rebels:nsubj>2 began/VBD:ROOT to:aux>4 attack/VB:xcomp>2 Kenyan:amod>6 troops:dobj>4 \
             .:punct>2",
        );
        assert_eq!(found, [event("SOMREB", "190", "KENMIL", "^xcomp>nsubj←attack→dobj")]);
        // An attempt is coded as the act attempted.
        let found = coded(
            "Somali rebels tried to seize Kenyan troops.",
            "Somali:amod>1 rebels:nsubj>2 tried/VBD:ROOT to:aux>4 seize/VB:xcomp>2 Kenyan:amod>6 troops:dobj>4 \
             .:punct>2",
        );
        assert_eq!(found, [event("SOMREB", "192", "KENMIL", "^xcomp>nsubj←seize→dobj")]);
    }

    #[test]
    fn negation_is_the_verbs_own_not_a_nearby_words() {
        let never = "Kenyan troops have never, according to officials, attacked Somali rebels.";
        let tree = "Kenyan:amod>1 troops:nsubj>9 have:aux>9 never:neg>9 ,:punct>9 according:prep>9 to:prep>5 \
                    officials:pobj>6 ,:punct>9 attacked/VBN:ROOT Somali:amod>11 rebels:dobj>9 .:punct>9";
        assert_eq!(coded(never, tree), []);
        assert_eq!(unparsed(never, tree).len(), 1, "`never` is too far for the flat reading's window");
        let (text, tree) = (
            "Kenyan troops who did not flee attacked Somali rebels.",
            "Kenyan:amod>1 troops:nsubj>6 who:nsubj>5 did:aux>5 not:neg>5 flee/VB:relcl>1 attacked/VBD:ROOT \
             Somali:amod>8 rebels:dobj>6 .:punct>6",
        );
        assert_eq!(coded(text, tree), [event("KENMIL", "190", "SOMREB", "nsubj←attack→dobj")], "`not` negates `flee`");
        assert_eq!(unparsed(text, tree), []);
        let found = coded(
            "Somali rebels did not attack Kenyan troops but abducted Ugandan soldiers.",
            "Somali:amod>1 rebels:nsubj>4 did:aux>4 not:neg>4 attack/VB:ROOT Kenyan:amod>6 troops:dobj>4 \
             but:cc>4 abducted/VBD:conj>4 Ugandan:amod>10 soldiers:dobj>8 .:punct>4",
        );
        assert_eq!(found, [event("SOMREB", "181", "UGAMIL", "^conj>nsubj←abduct→dobj")], "`but` is no shared `not`");
    }

    #[test]
    fn a_modal_auxiliary_makes_the_event_hypothetical() {
        let (text, tree) = (
            "Kenyan troops could, officials said, attack Somali rebels.",
            "Kenyan:amod>1 troops:nsubj>7 could/MD:aux>7 ,:punct>7 officials:nsubj>5 said/VBD:parataxis>7 \
             ,:punct>7 attack/VB:ROOT Somali:amod>9 rebels:dobj>7 .:punct>7",
        );
        assert_eq!(coded(text, tree), []);
        assert_eq!(unparsed(text, tree).len(), 1, "the modal is too far for the flat reading's window");
    }

    #[test]
    fn a_preposition_that_aims_names_the_target() {
        let found = coded(
            "The European Union imposed sanctions on Iran.",
            "The:det>2 European:compound>2 Union:nsubj>3 imposed/VBD:ROOT sanctions:dobj>3 on:prep>3 Iran:pobj>5 \
             .:punct>3",
        );
        assert_eq!(found, [event("IGOEUREEC", "163", "IRNGOV", "nsubj←impose→prep>pobj")]);
        // Hung from the pattern's noun, the preposition is read from there.
        let found = coded(
            "The European Union imposed sanctions on Iran.",
            "The:det>2 European:compound>2 Union:nsubj>3 imposed/VBD:ROOT sanctions:dobj>3 on:prep>4 Iran:pobj>5 \
             .:punct>3",
        );
        assert_eq!(found, [event("IGOEUREEC", "163", "IRNGOV", "nsubj←impose→prep>pobj")]);
    }

    #[test]
    fn a_verbs_entry_does_not_fire_on_a_word_tagged_otherwise() {
        let (text, tree) = (
            "Kenyan police arrested striking Somali doctors.",
            "Kenyan:amod>1 police:nsubj>2 arrested/VBD:ROOT striking/JJ:amod>5 Somali:amod>5 doctors:dobj>2 \
             .:punct>2",
        );
        assert_eq!(coded(text, tree), [event("KENCOP", "173", "SOMHLH", "nsubj←arrest→dobj")]);
        let participle = tree.replace("striking/JJ", "striking/VBG");
        assert_eq!(coded(text, &participle), coded(text, tree), "a participle modifying a noun is no verb");
        let as_verb = coded(text, &participle.replace("VBG:amod", "VBG:conj"));
        assert!(as_verb.iter().any(|e| e.1 == "190"), "used as a verb, it fires: {as_verb:?}");
    }

    #[test]
    fn a_side_the_tree_names_no_actor_on_is_read_flat() {
        let found = coded(
            "Kenya said it attacked Somali rebels.",
            "Kenya:nsubj>1 said/VBD:ROOT it:nsubj>3 attacked/VBD:ccomp>1 Somali:amod>5 rebels:dobj>3 .:punct>1",
        );
        assert_eq!(found, [event("KENMIL", "190", "SOMREB", "←attack→dobj")]);
    }
}
