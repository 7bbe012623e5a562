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

    #[cfg(test)]
    fn may_contain(&self, key: u64) -> bool {
        self.holds(self.place(key))
    }

    /// Whether the bits of a key's place are all set.
    fn holds(&self, (word, bits): (usize, u64)) -> bool {
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
        // Prefetching every feature's word of the filter, then every admitted feature's
        // home slot (its first and last byte: a wide row spans cache lines), before
        // reading any, makes those loads overlap instead of waiting for each in turn; a
        // prefetch, unlike a load, holds up nothing while its line comes.
        // Scratch rows, set up once per call (a fresh array per batch cost a memset
        // each); a batch writes the rows it reads before reading them.
        let mut known = [(0u64, 0usize); LOOKAHEAD];
        let mut places = [(0usize, 0u64); LOOKAHEAD];
        let zero = [0; N];
        let mut rows = [&zero; LOOKAHEAD];
        for chunk in features.chunks(LOOKAHEAD) {
            for (&feature, place) in chunk.iter().zip(&mut places) {
                *place = self.filter.place(feature);
                prefetch(&self.filter.words[place.0]);
            }
            let mut count = 0;
            for (&feature, &place) in chunk.iter().zip(&places) {
                if self.filter.holds(place) {
                    let home = self.home(feature);
                    prefetch(&self.slots[home]);
                    prefetch(&self.slots[home].weights[N - 1]);
                    known[count] = (feature, home);
                    count += 1;
                }
            }
            let mut found = 0;
            for &(feature, home) in &known[..count] {
                if let Some(row) = self.get(feature, home) {
                    rows[found] = row;
                    found += 1;
                }
            }
            add_rows(sums, &rows[..found]);
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

/// Asks for the cache line of `at` without waiting for it.
#[inline(always)]
fn prefetch<T>(at: &T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch is a hint: it changes no memory and faults on no address.
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(std::ptr::from_ref(at).cast::<i8>());
    }
    // Elsewhere the loads wait in turn: slower, the same sums.
    #[cfg(not(target_arch = "x86_64"))]
    let _ = at;
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

/// Adds `rows` of weights to the sums, with the widest vector instructions the
/// processor has: a row of the tagger or the relations is some fifty classes, which
/// AVX2 adds sixteen at a time, and its sums stay in registers from row to row.
/// A narrow row (the entity tagger's 17 classes, the moves' 3) is added in place.
fn add_rows<const N: usize>(sums: &mut [i32; N], rows: &[&[i16; N]]) {
    if N <= BLOCK + 1 {
        for row in rows {
            for (sum, weight) in sums.iter_mut().zip(*row) {
                *sum += i32::from(*weight);
            }
        }
        return;
    }
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the processor has AVX2, as just checked.
        unsafe { add_rows_avx2(sums, rows) };
        return;
    }
    add_rows_in_blocks(sums, rows);
}

/// [`add_rows_in_blocks`] compiled for AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn add_rows_avx2<const N: usize>(sums: &mut [i32; N], rows: &[&[i16; N]]) {
    add_rows_in_blocks(sums, rows);
}

/// Classes summed together over every row: a block's sums stay in vector registers.
const BLOCK: usize = 16;

/// Adds `rows` to the sums a block of classes at a time.
#[inline(always)]
fn add_rows_in_blocks<const N: usize>(sums: &mut [i32; N], rows: &[&[i16; N]]) {
    for start in (0..N).step_by(BLOCK) {
        let width = BLOCK.min(N - start);
        let mut block = [0i32; BLOCK];
        for row in rows {
            for (sum, weight) in block[..width].iter_mut().zip(&row[start..start + width]) {
                *sum += i32::from(*weight);
            }
        }
        for (sum, added) in sums[start..start + width].iter_mut().zip(&block) {
            *sum += added;
        }
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
        // 40 classes: added in blocks, by AVX2 where the processor has it; each class
        // sums its weights of the keys.
        let row = |key: u64| std::array::from_fn::<f32, 40, _>(|class| (key as f32 - class as f32) / 64.0);
        let weights = Weights::quantize(FxHashMap::from_iter((1..=3).map(|key| (key, row(key)))), 1);
        let sums = weights.sums(&[1, 3, 99]);
        let scale = weights.scale();
        let (rows, mut in_blocks) = ([&[1i16; 40], &[-3; 40]], [5i32; 40]);
        add_rows_in_blocks(&mut in_blocks, &rows);
        assert_eq!(in_blocks, [3; 40], "the portable blocks sum like the vector path");
        for (class, sum) in sums.iter().enumerate() {
            let expected = [1, 3].map(|key| (row(key)[class] * scale).round() as i32).iter().sum::<i32>();
            assert_eq!(*sum, expected, "class {class}");
        }
    }
}
