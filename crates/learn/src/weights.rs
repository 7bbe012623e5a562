//! Trained weights quantized to 16 bits, with a filter that rules out unknown features.

use rustc_hash::FxHashMap;

/// Features whose table loads are issued together in [`Weights::add_sums`].
const LOOKAHEAD: usize = 32;

/// Keys per 64-bit word of [`KeyFilter`], at most: from 8 to 16 bits per key.
const KEYS_PER_FILTER_WORD: usize = 8;

/// A blocked Bloom filter of the keys with weights: two bits per key, in one 64-bit
/// word picked by the key's top bits. Most features of a text have no weights; this
/// filter, sized to the table (two to five in a hundred absent keys pass) and small
/// enough to stay in a core's cache, rules them out before the table is probed, where
/// each probe of an absent key would wait on memory.
#[derive(Clone)]
struct KeyFilter {
    words: Vec<u64>,
    /// Shift that leaves a key's top bits: its word.
    shift: u32,
}

impl KeyFilter {
    fn new(keys: usize) -> Self {
        let count = (keys / KEYS_PER_FILTER_WORD).next_power_of_two().max(2);
        let mut words = Vec::with_capacity(count);
        advise_huge_pages(&words);
        words.resize(count, 0);
        KeyFilter { words, shift: 64 - count.trailing_zeros() }
    }

    /// The key's word and its two bits, taken from the middle of the key: below the
    /// bits that pick the word, and well mixed by a multiplicative hash.
    fn place(&self, key: u64) -> (usize, u64) {
        ((key >> self.shift) as usize, 1 << ((key >> 32) & 63) | 1 << ((key >> 38) & 63))
    }

    fn insert(&mut self, key: u64) {
        let (word, bits) = self.place(key);
        self.words[word] |= bits;
    }

    fn may_contain(&self, key: u64) -> bool {
        let (word, bits) = self.place(key);
        self.words[word] & bits == bits
    }
}

/// Averaged perceptron weights for `N` classes by feature hash, kept as the 16-bit
/// integers the file stores: half the memory of `f32`, so more of the table stays in
/// cache. Integer sums are exact in any order, so scores may be added up in parts (some
/// cached) and come out the same.
#[derive(Clone)]
pub struct Weights<const N: usize> {
    /// Open addressing with linear probing, each key beside its weights, so a lookup
    /// touches one place in memory; at most three quarters full. Key 0 marks an empty
    /// slot (a feature hashed to 0 has `zero` instead).
    slots: Vec<Slot<N>>,
    zero: Option<[i16; N]>,
    len: usize,
    /// Stored weight = weight × scale.
    pub(crate) scale: f32,
    /// The keys with weights, to rule out the others before probing.
    filter: KeyFilter,
}

#[derive(Clone, Copy)]
struct Slot<const N: usize> {
    key: u64,
    weights: [i16; N],
}

impl<const N: usize> Weights<N> {
    /// Weights from their features' rows and scale, with the filter of their keys.
    pub(crate) fn from_table(table: impl ExactSizeIterator<Item = (u64, [i16; N])>, scale: f32) -> Self {
        let len = table.len();
        let capacity = (len + len / 3 + 1).next_power_of_two().max(2);
        let mut slots: Vec<Slot<N>> = Vec::with_capacity(capacity);
        advise_huge_pages(&slots);
        slots.resize(capacity, Slot { key: 0, weights: [0; N] });
        let mut weights = Weights { slots, zero: None, len, scale, filter: KeyFilter::new(len) };
        for (key, row) in table {
            weights.filter.insert(key);
            if key == 0 {
                weights.zero = Some(row);
                continue;
            }
            let mut at = weights.home(key);
            while weights.slots[at].key != 0 {
                at = (at + 1) & (capacity - 1);
            }
            weights.slots[at] = Slot { key, weights: row };
        }
        weights
    }

    /// The slot a key's probe starts at: its top bits, which a multiplicative hash
    /// mixes best.
    fn home(&self, key: u64) -> usize {
        (key >> (64 - self.slots.len().trailing_zeros())) as usize
    }

    /// The row of `key`, probing from its home slot `at`.
    fn get(&self, key: u64, mut at: usize) -> Option<&[i16; N]> {
        if key == 0 {
            return self.zero.as_ref();
        }
        loop {
            let slot = &self.slots[at];
            if slot.key == key {
                return Some(&slot.weights);
            }
            if slot.key == 0 {
                return None;
            }
            at = (at + 1) & (self.slots.len() - 1);
        }
    }

    /// Every feature with its row, in no particular order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (u64, [i16; N])> + '_ {
        let stored = self.slots.iter().filter(|slot| slot.key != 0).map(|slot| (slot.key, slot.weights));
        self.zero.iter().map(|row| (0, *row)).chain(stored)
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
        Weights::from_table(table.into_iter(), scale)
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
        // processor overlaps their misses instead of waiting for each in turn (the
        // touched keys go to `black_box` so the loads stay).
        let mut known = [(0u64, 0usize); LOOKAHEAD];
        for chunk in features.chunks(LOOKAHEAD) {
            let (mut count, mut touched) = (0, 0u64);
            for &feature in chunk {
                if self.filter.may_contain(feature) {
                    let home = self.home(feature);
                    touched ^= self.slots[home].key;
                    known[count] = (feature, home);
                    count += 1;
                }
            }
            std::hint::black_box(touched);
            for &(feature, home) in &known[..count] {
                if let Some(weights) = self.get(feature, home) {
                    if N > WIDE_ROW {
                        add_wide_row(sums, weights);
                    } else {
                        for (sum, weight) in sums.iter_mut().zip(weights) {
                            *sum += i32::from(*weight);
                        }
                    }
                }
            }
        }
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

/// Asks the kernel to back the untouched allocation of `slots` (a table's, or its
/// filter's) with huge pages where it spans whole ones. A lookup lands anywhere in tens
/// of megabytes, so with small pages nearly every one also misses the address
/// translation cache; huge pages take a tenth off the parse and the entity tagger.
/// Advice only: where the kernel keeps huge pages for those that ask (`madvise`, the
/// usual setting), it follows it at the first write.
#[cfg(target_os = "linux")]
fn advise_huge_pages<T>(slots: &Vec<T>) {
    if let Some(pages) = whole_huge_pages(slots.as_ptr() as usize, slots.capacity() * size_of::<T>()) {
        // SAFETY: the range lies inside the allocation `slots` owns, and `MADV_HUGEPAGE`
        // changes how its pages are backed, never their contents or whether they are
        // mapped. Failure (a kernel without it) leaves small pages, which are correct too.
        unsafe { libc::madvise(pages.start as *mut libc::c_void, pages.len(), libc::MADV_HUGEPAGE) };
    }
}

#[cfg(not(target_os = "linux"))]
fn advise_huge_pages<T>(_slots: &Vec<T>) {}

/// Bytes of a huge page (x86-64 and arm64 Linux).
const HUGE_PAGE: usize = 2 << 20;

/// The whole huge pages inside the `len` bytes at `start`, if any.
fn whole_huge_pages(start: usize, len: usize) -> Option<std::ops::Range<usize>> {
    let pages = start.next_multiple_of(HUGE_PAGE)..(start + len) / HUGE_PAGE * HUGE_PAGE;
    (pages.start < pages.end).then_some(pages)
}

/// Rows of more classes than this are added by [`add_wide_row`].
const WIDE_ROW: usize = 32;

/// Adds a wide row of weights to the sums, several classes per instruction. Kept out of
/// line: inlined into [`Weights::add_sums`], the compiler keeps each of some fifty sums
/// in a register of its own and adds the classes one by one, several times the
/// instructions (the entity tagger's 17 are added several at a time in place).
#[inline(never)]
fn add_wide_row<const N: usize>(sums: &mut [i32; N], row: &[i16; N]) {
    for (sum, weight) in sums.iter_mut().zip(row) {
        *sum += i32::from(*weight);
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

    #[test]
    fn the_filter_admits_every_key_and_rules_out_most_others() {
        let keys: Vec<u64> = (1..=10_000u64).map(|i| crate::hash::mix(7, i)).collect();
        let mut filter = KeyFilter::new(keys.len());
        keys.iter().for_each(|&key| filter.insert(key));
        assert!(keys.iter().all(|&key| filter.may_contain(key)));
        let absent = (1_000_001..=1_010_000u64).map(|i| crate::hash::mix(7, i));
        let passed = absent.filter(|&key| filter.may_contain(key)).count();
        assert!(passed < 600, "{passed} of 10,000 absent keys pass");
    }

    #[test]
    fn huge_pages_are_asked_for_only_inside_the_allocation() {
        assert_eq!(whole_huge_pages(HUGE_PAGE + 4096, 3 * HUGE_PAGE), Some(2 * HUGE_PAGE..4 * HUGE_PAGE));
        assert_eq!(whole_huge_pages(2 * HUGE_PAGE, 2 * HUGE_PAGE), Some(2 * HUGE_PAGE..4 * HUGE_PAGE));
        assert_eq!(whole_huge_pages(4096, HUGE_PAGE), None, "no whole page inside");
        assert_eq!(whole_huge_pages(HUGE_PAGE, 0), None);
    }

    #[test]
    fn wide_rows_sum_like_narrow_ones() {
        // 40 classes: added by `add_wide_row`; each class sums its weights of the keys.
        let row = |key: u64| std::array::from_fn::<f32, 40, _>(|class| (key as f32 - class as f32) / 64.0);
        let weights = Weights::quantize(FxHashMap::from_iter((1..=3).map(|key| (key, row(key)))), 1);
        let sums = weights.sums(&[1, 3, 99]);
        let scale = weights.scale();
        for (class, sum) in sums.iter().enumerate() {
            let expected = [1, 3].map(|key| (row(key)[class] * scale).round() as i32).iter().sum::<i32>();
            assert_eq!(*sum, expected, "class {class}");
        }
    }
}
