//! Training: the averaged perceptron's weights, ensembles, the seeded shuffle and folds.

use rustc_hash::FxHashMap;

/// One feature's weights with the bookkeeping of lazy averaging: the sum of each
/// weight over time up to `updated_at`, and when it last changed.
#[derive(Clone, Copy)]
struct Entry<const N: usize> {
    weight: [f32; N],
    total: [f64; N],
    updated_at: [u64; N],
}

impl<const N: usize> Default for Entry<N> {
    fn default() -> Self {
        Entry { weight: [0.0; N], total: [0.0; N], updated_at: [0; N] }
    }
}

/// Perceptron weights by feature hash for `N` classes while training, averaged lazily:
/// each weight's sum over the clock ([`Averaged::tick`]) is brought up to date only when
/// the weight changes, so an update costs the same however long training has run.
#[derive(Clone, Default)]
pub struct Averaged<const N: usize> {
    entries: FxHashMap<u64, Entry<N>>,
    /// The clock of the averaging: steps (tokens, moves) seen so far.
    time: u64,
}

impl<const N: usize> Averaged<N> {
    /// No weights, at time 0.
    pub fn new() -> Self {
        Self::default()
    }

    /// Each class's score: the sum of the current weights of `features`.
    pub fn scores(&self, features: &[u64]) -> [f32; N] {
        let mut scores = [0.0; N];
        for feature in features {
            if let Some(entry) = self.entries.get(feature) {
                for (score, weight) in scores.iter_mut().zip(&entry.weight) {
                    *score += weight;
                }
            }
        }
        scores
    }

    /// The perceptron update: adds 1 to each feature's weight for `gold` and subtracts 1
    /// for `predicted` (both, even when they are the same class: callers update only on
    /// a mistake).
    pub fn update(&mut self, features: &[u64], gold: usize, predicted: usize) {
        let time = self.time;
        for feature in features {
            let entry = self.entries.entry(*feature).or_default();
            for (class, delta) in [(gold, 1.0f32), (predicted, -1.0)] {
                entry.total[class] += (time - entry.updated_at[class]) as f64 * f64::from(entry.weight[class]);
                entry.updated_at[class] = time;
                entry.weight[class] += delta;
            }
        }
    }

    /// Advances the clock by `steps`: the weights of now count `steps` times in the average.
    pub fn tick(&mut self, steps: u64) {
        self.time += steps;
    }

    /// Each feature's weights averaged over the clock (over one step if it never ticked).
    pub fn averaged(self) -> FxHashMap<u64, [f32; N]> {
        let time = self.time.max(1);
        self.entries
            .into_iter()
            .map(|(key, entry)| {
                let mut weights = [0f32; N];
                for (class, weight) in weights.iter_mut().enumerate() {
                    let total =
                        entry.total[class] + (time - entry.updated_at[class]) as f64 * f64::from(entry.weight[class]);
                    *weight = (total / time as f64) as f32;
                }
                (key, weights)
            })
            .collect()
    }
}

/// Adds `weights` into `sum`, feature by feature: an ensemble of models (of several
/// seeds) at the cost of one.
pub fn add_weights<const N: usize>(sum: &mut FxHashMap<u64, [f32; N]>, weights: FxHashMap<u64, [f32; N]>) {
    for (key, values) in weights {
        let total = sum.entry(key).or_insert([0.0; N]);
        for (t, v) in total.iter_mut().zip(values) {
            *t += v;
        }
    }
}

/// The state of [`shuffle`] for a training seed (never 0, which xorshift cannot leave).
pub fn shuffle_state(seed: u64) -> u64 {
    seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1
}

/// Fisher–Yates with xorshift64: the same state gives the same order on every machine.
pub fn shuffle(order: &mut [usize], state: &mut u64) {
    for i in (1..order.len()).rev() {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        order.swap(i, (*state % (i as u64 + 1)) as usize);
    }
}

/// Fold `fold` of a `k`-fold split of `n` items: `(held_out, learned)`, item `i` held
/// out when `i % k == fold`, both in order.
pub fn folds(n: usize, k: usize, fold: usize) -> (Vec<usize>, Vec<usize>) {
    (0..n).partition(|i| i % k == fold)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn averaged_weights_are_the_mean_over_the_clock() {
        let mut weights = Averaged::<2>::new();
        // Feature 5: class 0 weight 1 for 3 steps, then 0 after the second update for 1
        // step; class 1 weight -1 for 3 steps, then 0: means 3/4 and -3/4.
        weights.update(&[5], 0, 1);
        weights.tick(3);
        assert_eq!(weights.scores(&[5, 6]), [1.0, -1.0], "current weights, unknown features ignored");
        weights.update(&[5], 1, 0);
        weights.tick(1);
        let averaged = weights.averaged();
        assert_eq!(averaged[&5], [0.75, -0.75]);
        assert_eq!(averaged.len(), 1);
    }

    #[test]
    fn ensembles_sum_weights_and_shuffles_follow_the_seed() {
        let mut sum = FxHashMap::default();
        add_weights(&mut sum, FxHashMap::from_iter([(1, [1.0, 2.0]), (2, [0.5, 0.0])]));
        add_weights(&mut sum, FxHashMap::from_iter([(1, [1.0, -1.0])]));
        assert_eq!(sum, FxHashMap::from_iter([(1, [2.0, 1.0]), (2, [0.5, 0.0])]));
        let shuffled = |seed| {
            let mut order: Vec<usize> = (0..10).collect();
            shuffle(&mut order, &mut shuffle_state(seed));
            order
        };
        assert_eq!(shuffled(7), shuffled(7));
        assert_ne!(shuffled(7), shuffled(8));
        assert_eq!(shuffle_state(0), 1);
        assert_eq!(folds(7, 3, 1), (vec![1, 4], vec![0, 2, 3, 5, 6]));
    }
}
