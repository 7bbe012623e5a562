//! Trained weights quantized to 16 bits, with a filter that rules out unknown features.

use rustc_hash::FxHashMap;

/// Features whose table loads are issued together in [`Weights::add_sums`].
const LOOKAHEAD: usize = 32;

/// Bits of a key that pick its slot in [`Weights::present`].
const PRESENT_BITS: u32 = 20;

fn present_slot(key: u64) -> usize {
    (key >> (64 - PRESENT_BITS)) as usize
}

/// Averaged perceptron weights for `N` classes by feature hash, kept as the 16-bit
/// integers the file stores. Integer sums are exact in any order, so scores may be
/// added up in parts (some cached) and come out the same.
#[derive(Clone)]
pub struct Weights<const N: usize> {
    rows: Rows<N>,
    /// The row of a feature hashed to 0 (key 0 marks an empty slot).
    zero: Option<[i16; N]>,
    len: usize,
    /// Stored weight = weight × scale.
    pub(crate) scale: f32,
    /// A bit per slot of [`PRESENT_BITS`] bits of key, set when some feature with
    /// weights falls in it: most features of a text have none, and this 128 KiB filter
    /// (in a fast cache) rules them out before the table is probed.
    present: Vec<u64>,
}

/// The table: open addressing with linear probing, at most three quarters full, one
/// slot per feature. What matters for speed is how much of it stays in cache: a
/// parser's rows of 46–51 classes hold about six nonzero weights, so a table keeps only
/// its nonzero weights when that takes at most half the memory of whole rows.
#[derive(Clone)]
enum Rows<const N: usize> {
    /// Each key beside its whole row: one memory access per lookup (few classes, or
    /// rows mostly filled: 16 bytes for the parser's three moves, 48 for the entity
    /// tagger's 17 labels).
    Dense(Vec<DenseSlot<N>>),
    /// Each key beside the range of its nonzero weights in `entries` (16 bytes), which
    /// are consecutive per row (4 bytes each): two accesses, the second touched early
    /// too, and under half the memory.
    Sparse { slots: Vec<SparseSlot>, entries: Vec<Entry> },
}

#[derive(Clone, Copy)]
struct DenseSlot<const N: usize> {
    key: u64,
    weights: [i16; N],
}

#[derive(Clone, Copy, Default)]
struct SparseSlot {
    key: u64,
    start: u32,
    end: u32,
}

/// One nonzero weight of a sparse row.
#[derive(Clone, Copy)]
struct Entry {
    class: u16,
    weight: i16,
}

trait Keyed {
    fn key(&self) -> u64;
}

impl<const N: usize> Keyed for DenseSlot<N> {
    fn key(&self) -> u64 {
        self.key
    }
}

impl Keyed for SparseSlot {
    fn key(&self) -> u64 {
        self.key
    }
}

/// The slot a key's probe starts at in a table of `len` (a power of two) slots: its
/// top bits, which a multiplicative hash mixes best.
fn home(key: u64, len: usize) -> usize {
    (key >> (64 - len.trailing_zeros())) as usize
}

/// The slot of `key` (not 0), probing from its home slot `at`.
fn probe<S: Keyed>(slots: &[S], key: u64, mut at: usize) -> Option<&S> {
    loop {
        let slot = &slots[at];
        if slot.key() == key {
            return Some(slot);
        }
        if slot.key() == 0 {
            return None;
        }
        at = (at + 1) & (slots.len() - 1);
    }
}

/// Puts `slot` in the first free slot from its key's home.
fn insert<S: Keyed>(slots: &mut [S], slot: S) {
    let mut at = home(slot.key(), slots.len());
    while slots[at].key() != 0 {
        at = (at + 1) & (slots.len() - 1);
    }
    slots[at] = slot;
}

fn add_row<const N: usize>(sums: &mut [i32; N], row: &[i16; N]) {
    for (sum, weight) in sums.iter_mut().zip(row) {
        *sum += i32::from(*weight);
    }
}

impl<const N: usize> Weights<N> {
    /// Weights from their features' rows and scale, with the filter of their keys.
    pub(crate) fn from_table(table: Vec<(u64, [i16; N])>, scale: f32) -> Self {
        let len = table.len();
        let capacity = (len + len / 3 + 1).next_power_of_two().max(2);
        let mut present = vec![0u64; (1 << PRESENT_BITS) / 64];
        let mut zero = None;
        let nonzero: usize = table.iter().map(|(_, row)| row.iter().filter(|w| **w != 0).count()).sum();
        let sparse_bytes = capacity * size_of::<SparseSlot>() + nonzero * size_of::<Entry>();
        let mut rows = if 2 * sparse_bytes > capacity * size_of::<DenseSlot<N>>() {
            Rows::Dense(vec![DenseSlot { key: 0, weights: [0; N] }; capacity])
        } else {
            Rows::Sparse { slots: vec![SparseSlot::default(); capacity], entries: Vec::new() }
        };
        for (key, row) in table {
            let bit = present_slot(key);
            present[bit / 64] |= 1 << (bit % 64);
            if key == 0 {
                zero = Some(row);
                continue;
            }
            match &mut rows {
                Rows::Dense(slots) => insert(slots, DenseSlot { key, weights: row }),
                Rows::Sparse { slots, entries } => {
                    let start = entries.len() as u32;
                    let nonzero = row.iter().enumerate().filter(|(_, w)| **w != 0);
                    entries.extend(nonzero.map(|(class, &weight)| Entry { class: class as u16, weight }));
                    insert(slots, SparseSlot { key, start, end: entries.len() as u32 });
                }
            }
        }
        Weights { rows, zero, len, scale, present }
    }

    /// Every feature with its row, in no particular order.
    pub(crate) fn iter(&self) -> Box<dyn Iterator<Item = (u64, [i16; N])> + '_> {
        let zero = self.zero.iter().map(|row| (0, *row));
        match &self.rows {
            Rows::Dense(slots) => Box::new(zero.chain(slots.iter().filter(|s| s.key != 0).map(|s| (s.key, s.weights)))),
            Rows::Sparse { slots, entries } => Box::new(zero.chain(slots.iter().filter(|s| s.key != 0).map(|s| {
                let mut row = [0; N];
                for entry in &entries[s.start as usize..s.end as usize] {
                    row[usize::from(entry.class)] = entry.weight;
                }
                (s.key, row)
            }))),
        }
    }

    /// Quantizes trained weights to 16 bits, the largest magnitude to `i16::MAX`,
    /// dropping the features whose quantized weights are all below `min_kept`.
    pub fn quantize(weights: FxHashMap<u64, [f32; N]>, min_kept: u16) -> Self {
        let largest = weights.values().flatten().fold(0f32, |m, w| m.max(w.abs())).max(f32::MIN_POSITIVE);
        let scale = f32::from(i16::MAX) / largest;
        let table: Vec<(u64, [i16; N])> = weights
            .into_iter()
            .map(|(key, values)| (key, values.map(|w| (w * scale).round() as i16)))
            .filter(|(_, quantized)| quantized.iter().any(|q| q.unsigned_abs() >= min_kept))
            .collect();
        Weights::from_table(table, scale)
    }

    /// Each class's score of `features`, times [`Weights::scale`].
    pub fn sums(&self, features: &[u64]) -> [i32; N] {
        let mut sums = [0i32; N];
        self.add_sums(features, &mut sums);
        sums
    }

    /// Adds each class's score of `features`, times [`Weights::scale`], to `sums`.
    pub fn add_sums(&self, features: &[u64], sums: &mut [i32; N]) {
        // A large table does not fit a core's cache, so a lookup waits on memory.
        // Touching every feature's home slot first makes those loads independent: the
        // processor overlaps their misses instead of waiting for each in turn. A sparse
        // row's weights are touched the same way before they are added.
        let mut known = [(0u64, 0usize); LOOKAHEAD];
        for chunk in features.chunks(LOOKAHEAD) {
            match &self.rows {
                Rows::Dense(slots) => {
                    let count = self.touch_homes(slots, chunk, sums, &mut known);
                    for &(feature, at) in &known[..count] {
                        if let Some(slot) = probe(slots, feature, at) {
                            add_row(sums, &slot.weights);
                        }
                    }
                }
                Rows::Sparse { slots, entries } => {
                    let count = self.touch_homes(slots, chunk, sums, &mut known);
                    let (mut ranges, mut found, mut touched) = ([(0u32, 0u32); LOOKAHEAD], 0, 0);
                    for &(feature, at) in &known[..count] {
                        if let Some(slot) = probe(slots, feature, at) {
                            ranges[found] = (slot.start, slot.end);
                            touched ^= entries.get(slot.start as usize).map_or(0, |entry| entry.weight);
                            found += 1;
                        }
                    }
                    std::hint::black_box(touched);
                    for &(start, end) in &ranges[..found] {
                        for entry in &entries[start as usize..end as usize] {
                            sums[usize::from(entry.class)] += i32::from(entry.weight);
                        }
                    }
                }
            }
        }
    }

    /// Puts the features of `chunk` that the filter lets through in `known`, with their
    /// home slots, each touched (the touched keys go to `black_box` so the loads stay),
    /// and returns how many; the row of a feature hashed to 0 is added at once.
    fn touch_homes<S: Keyed>(
        &self,
        slots: &[S],
        chunk: &[u64],
        sums: &mut [i32; N],
        known: &mut [(u64, usize); LOOKAHEAD],
    ) -> usize {
        let (mut count, mut touched) = (0, 0);
        for &feature in chunk {
            let bit = present_slot(feature);
            if self.present[bit / 64] & (1 << (bit % 64)) == 0 {
                continue;
            }
            if feature == 0 {
                if let Some(row) = &self.zero {
                    add_row(sums, row);
                }
                continue;
            }
            let at = home(feature, slots.len());
            touched ^= slots[at].key();
            known[count] = (feature, at);
            count += 1;
        }
        std::hint::black_box(touched);
        count
    }

    /// What a weight was multiplied by to be stored: a sum divided by it is a score.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    /// Number of features with weights.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether no feature has weights.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantizing_keeps_the_largest_weight_and_drops_small_features() {
        let weights = FxHashMap::from_iter([(7, [2.0, -1.0, 0.0]), (9, [0.001, 0.0, -0.001]), (11, [0.0, 0.5, 0.0])]);
        let quantized = Weights::quantize(weights, 64);
        assert_eq!(quantized.len(), 2, "feature 9's weights are below the threshold");
        let sums = quantized.sums(&[7, 9, 11, 13]);
        assert_eq!(sums[0], i32::from(i16::MAX), "the largest weight is i16::MAX");
        let scores = sums.map(|sum| sum as f32 / quantized.scale());
        assert!((scores[0] - 2.0).abs() < 1e-3 && (scores[1] + 0.5).abs() < 1e-3 && scores[2] == 0.0, "{scores:?}");
        let mut added = [1, 1, 1];
        quantized.add_sums(&[11], &mut added);
        assert_eq!(added, [1, 1 + quantized.sums(&[11])[1], 1]);
        assert!(Weights::<3>::quantize(FxHashMap::default(), 64).is_empty());
    }

    /// Rows of `N` classes, about one weight in `one_in` nonzero, keyed by scrambled
    /// numbers (one of them 0), with the sum of every row that `features` names.
    fn table_and_reference<const N: usize>(features: &[u64], one_in: u64) -> (Vec<(u64, [i16; N])>, [i32; N]) {
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let table: Vec<(u64, [i16; N])> = (0..5000u64)
            .map(|i| {
                let key = if i == 0 { 0 } else { i.wrapping_mul(0x2545_f491_4f6c_dd1d) };
                let row = [0; N].map(|_| if next() % one_in == 0 { next() as i16 } else { 0 });
                (key, row)
            })
            .collect();
        let rows: FxHashMap<u64, [i16; N]> = table.iter().copied().collect();
        let mut reference = [0i32; N];
        for row in features.iter().filter_map(|f| rows.get(f)) {
            for (sum, w) in reference.iter_mut().zip(row) {
                *sum += i32::from(*w);
            }
        }
        (table, reference)
    }

    /// Checks sums and stored rows of a random table, and which layout it got.
    fn sums_match_the_rows<const N: usize>(one_in: u64, sparse: bool) {
        // Known features (0 among them) and unknown ones, more than one lookahead's worth.
        let features: Vec<u64> =
            (0..300u64).map(|i| if i % 3 == 0 { i * 7 } else { i.wrapping_mul(0x2545_f491_4f6c_dd1d) }).collect();
        let (table, reference) = table_and_reference::<N>(&features, one_in);
        let weights = Weights::from_table(table.clone(), 1.0);
        assert_eq!(matches!(weights.rows, Rows::Sparse { .. }), sparse, "{N} classes, one weight in {one_in}");
        assert_eq!(weights.sums(&features), reference);
        let mut stored: Vec<(u64, [i16; N])> = weights.iter().collect();
        stored.sort_unstable_by_key(|(key, _)| *key);
        let mut expected = table;
        expected.sort_unstable_by_key(|(key, _)| *key);
        assert!(stored == expected, "every row comes back whole");
    }

    #[test]
    fn dense_and_sparse_rows_sum_as_the_rows_they_store() {
        sums_match_the_rows::<3>(8, false);
        sums_match_the_rows::<17>(2, false);
        sums_match_the_rows::<17>(8, true);
        sums_match_the_rows::<51>(8, true);
    }
}
