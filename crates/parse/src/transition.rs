//! The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011) and its
//! dynamic oracle (Goldberg and Nivre 2013).
//!
//! A state is a stack, a buffer (the words from `b0` on, then the root), and the arcs
//! built so far. `Shift` pushes `b0`; `Left` makes `b0` the head of the stack's top
//! and pops it; `Right` makes the word under the top its head and pops it. A word gets
//! its head only once all its dependents are attached, so the label classifier sees a
//! dependent's whole subtree. `Left` onto the root is allowed only for the last word on
//! the stack: one root per sentence, as in the teacher's trees.

use doc::DepRel;

/// A transition, without its label (labels are chosen by their own classifier).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Move {
    Shift = 0,
    Left = 1,
    Right = 2,
}

/// Number of moves: the move classifier's classes.
pub(crate) const MOVES: usize = 3;
const ALL_MOVES: [Move; MOVES] = [Move::Shift, Move::Left, Move::Right];

impl Move {
    pub(crate) fn from_index(index: usize) -> Move {
        ALL_MOVES[index]
    }
}

/// No word: an empty stack slot or a missing child.
pub(crate) const NO_WORD: u32 = u32::MAX;

/// A parser state over a sentence of `n` words; word `n` is the root. Buffers are
/// reused from sentence to sentence.
#[derive(Default)]
pub(crate) struct State {
    pub n: u32,
    pub stack: Vec<u32>,
    pub b0: u32,
    /// Each word's head (`n` for the root), [`NO_WORD`] until attached.
    pub heads: Vec<u32>,
    pub rels: Vec<DepRel>,
    /// The two leftmost and the two rightmost dependents of each word (and the root),
    /// outermost first.
    pub left: Vec<[u32; 2]>,
    pub right: Vec<[u32; 2]>,
    /// The relations of each word's left and right dependents, one bit per relation.
    pub left_rels: Vec<u64>,
    pub right_rels: Vec<u64>,
}

impl State {
    pub(crate) fn reset(&mut self, n: usize) {
        self.n = n as u32;
        self.stack.clear();
        self.b0 = 0;
        self.heads.clear();
        self.heads.resize(n + 1, NO_WORD);
        self.rels.clear();
        self.rels.resize(n + 1, DepRel::NONE);
        for children in [&mut self.left, &mut self.right] {
            children.clear();
            children.resize(n + 1, [NO_WORD; 2]);
        }
        for rels in [&mut self.left_rels, &mut self.right_rels] {
            rels.clear();
            rels.resize(n + 1, 0);
        }
    }

    pub(crate) fn is_final(&self) -> bool {
        self.stack.is_empty() && self.b0 == self.n
    }

    /// The `i`th word from the top of the stack (0 is the top).
    pub(crate) fn stack_at(&self, i: usize) -> u32 {
        self.stack.len().checked_sub(i + 1).map_or(NO_WORD, |at| self.stack[at])
    }

    pub(crate) fn is_valid(&self, m: Move) -> bool {
        match m {
            Move::Shift => self.b0 < self.n,
            Move::Left => !self.stack.is_empty() && (self.b0 < self.n || self.stack.len() == 1),
            Move::Right => self.stack.len() >= 2,
        }
    }

    /// The move when only one is valid: a shift onto an empty stack, a reduction when
    /// only the root is left in the buffer.
    pub(crate) fn only_valid_move(&self) -> Option<Move> {
        let mut valid = ALL_MOVES.into_iter().filter(|&m| self.is_valid(m));
        let first = valid.next()?;
        valid.next().is_none().then_some(first)
    }

    /// The head and dependent of the arc a `Left` or `Right` would add.
    pub(crate) fn arc(&self, m: Move) -> Option<(u32, u32)> {
        match m {
            Move::Shift => None,
            Move::Left => Some((self.b0, self.stack_at(0))),
            Move::Right => Some((self.stack_at(1), self.stack_at(0))),
        }
    }

    /// Applies a valid move; `rel` labels the arc of `Left` and `Right`.
    pub(crate) fn apply(&mut self, m: Move, rel: DepRel) {
        if let Some((head, dependent)) = self.arc(m) {
            self.stack.pop();
            self.attach(head, dependent, rel);
        } else {
            self.stack.push(self.b0);
            self.b0 += 1;
        }
    }

    fn attach(&mut self, head: u32, dependent: u32, rel: DepRel) {
        let (h, d) = (head as usize, dependent as usize);
        self.heads[d] = head;
        self.rels[d] = rel;
        // Arcs reach outward from the head: each new dependent is the outermost so far.
        let (children, rels) = if dependent < head {
            (&mut self.left[h], &mut self.left_rels[h])
        } else {
            (&mut self.right[h], &mut self.right_rels[h])
        };
        *children = [dependent, children[0]];
        *rels |= 1 << rel.0;
    }

    /// How many arcs of the gold tree `m` makes unreachable (`gold[d]` is `d`'s head,
    /// `n` for the root). Exact for projective trees.
    pub(crate) fn cost(&self, m: Move, gold: &[u32]) -> usize {
        let buffer = self.b0..=self.n;
        let dependents_in_buffer =
            |word: u32| buffer.clone().filter(|&d| d < self.n && gold[d as usize] == word).count();
        match m {
            Move::Shift => {
                let b0 = self.b0;
                let below_top = &self.stack[..self.stack.len().saturating_sub(1)];
                usize::from(below_top.contains(&gold[b0 as usize]))
                    + self.stack.iter().filter(|&&d| gold[d as usize] == b0).count()
            }
            Move::Left => {
                let s0 = self.stack_at(0);
                let head = gold[s0 as usize];
                let reachable_elsewhere = head != self.b0 && (head == self.stack_at(1) || head > self.b0);
                usize::from(reachable_elsewhere) + dependents_in_buffer(s0)
            }
            Move::Right => {
                let s0 = self.stack_at(0);
                usize::from(gold[s0 as usize] >= self.b0) + dependents_in_buffer(s0)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Follows zero-cost moves only: must rebuild any projective gold tree.
    fn oracle_parse(gold: &[u32]) -> Vec<u32> {
        let mut state = State::default();
        state.reset(gold.len());
        while !state.is_final() {
            let m = ALL_MOVES
                .into_iter()
                .find(|&m| state.is_valid(m) && state.cost(m, gold) == 0)
                .expect("a zero-cost move exists for a projective tree");
            state.apply(m, DepRel::DEP);
        }
        state.heads[..gold.len()].to_vec()
    }

    #[test]
    fn the_oracle_rebuilds_projective_trees() {
        let n = 5;
        // Rebels attacked the convoy . → heads with the root at n.
        let gold = [1, n, 3, 1, 1];
        assert_eq!(oracle_parse(&gold), gold);
        // A right-branching chain and a left-branching one.
        assert_eq!(oracle_parse(&[1, 2, 3, 4, 5]), [1, 2, 3, 4, 5]);
        assert_eq!(oracle_parse(&[5, 0, 1, 2, 3]), [5, 0, 1, 2, 3]);
    }

    #[test]
    fn a_move_is_forced_only_when_no_other_is_valid() {
        let mut state = State::default();
        state.reset(3);
        assert_eq!(state.only_valid_move(), Some(Move::Shift), "an empty stack");
        state.apply(Move::Shift, DepRel::NONE);
        assert_eq!(state.only_valid_move(), None, "shift or left");
        state.apply(Move::Shift, DepRel::NONE);
        state.apply(Move::Shift, DepRel::NONE);
        assert_eq!(state.only_valid_move(), Some(Move::Right), "only the root left, three on the stack");
        state.apply(Move::Right, DepRel::DEP);
        state.apply(Move::Right, DepRel::DEP);
        assert_eq!(state.only_valid_move(), Some(Move::Left), "the last word goes to the root");
        state.apply(Move::Left, DepRel::ROOT);
        assert!(state.is_final() && state.only_valid_move().is_none());
    }

    #[test]
    fn costs_count_lost_arcs() {
        // `0 ← 1 → 2`, `1` the root (3).
        let gold = [1u32, 3, 1];
        let mut state = State::default();
        state.reset(3);
        state.apply(Move::Shift, DepRel::NONE);
        // `0`'s head is `1` = b0: Left is free, Right impossible, Shift loses 0 ← 1.
        assert_eq!(state.cost(Move::Left, &gold), 0);
        assert_eq!(state.cost(Move::Shift, &gold), 1);
        state.apply(Move::Shift, DepRel::NONE);
        // Stack 0 1, b0 = 2: Right gives `1` the head `0` and loses its own head (the
        // root) and its dependent `2`.
        assert_eq!(state.cost(Move::Right, &gold), 2);
    }
}
