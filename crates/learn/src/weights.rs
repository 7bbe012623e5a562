//! Trained weights quantized to 16 bits, with a filter that rules out unknown features.

use rustc_hash::FxHashMap;

/// Bits of a key that pick its slot in [`Weights::present`].
const PRESENT_BITS: u32 = 20;

fn present_slot(key: u64) -> usize {
    (key >> (64 - PRESENT_BITS)) as usize
}

/// Averaged perceptron weights for `N` classes by feature hash, kept as the 16-bit
/// integers the file stores: half the memory of `f32`, so more of the table stays in
/// cache while tagging. Integer sums are exact in any order, so scores may be added up
/// in parts (some cached) and come out the same.
#[derive(Clone)]
pub struct Weights<const N: usize> {
    pub(crate) table: FxHashMap<u64, [i16; N]>,
    /// Stored weight = weight × scale.
    pub(crate) scale: f32,
    /// A bit per slot of [`PRESENT_BITS`] bits of key, set when some feature with
    /// weights falls in it: most features of a text have none, and this 128 KiB filter
    /// (in a fast cache) rules them out before the large table is probed.
    present: Vec<u64>,
}

impl<const N: usize> Weights<N> {
    /// Weights from their table and scale, with the filter of their keys.
    pub(crate) fn from_table(table: FxHashMap<u64, [i16; N]>, scale: f32) -> Self {
        let mut present = vec![0u64; (1 << PRESENT_BITS) / 64];
        for key in table.keys() {
            let slot = present_slot(*key);
            present[slot / 64] |= 1 << (slot % 64);
        }
        Weights { table, scale, present }
    }

    /// Quantizes trained weights to 16 bits, the largest magnitude to `i16::MAX`,
    /// dropping the features whose quantized weights are all below `min_kept`.
    pub fn quantize(weights: FxHashMap<u64, [f32; N]>, min_kept: u16) -> Self {
        let largest = weights.values().flatten().fold(0f32, |m, w| m.max(w.abs())).max(f32::MIN_POSITIVE);
        let scale = f32::from(i16::MAX) / largest;
        let table = weights
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
        for feature in features {
            let slot = present_slot(*feature);
            if self.present[slot / 64] & (1 << (slot % 64)) == 0 {
                continue;
            }
            if let Some(weights) = self.table.get(feature) {
                for (sum, weight) in sums.iter_mut().zip(weights) {
                    *sum += i32::from(*weight);
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
        self.table.len()
    }

    /// Whether no feature has weights.
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
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
}
