//! Word classes learned from unlabeled news: words that occur in similar contexts share
//! a class, so the tagger generalizes from `Udinese` to a club name it never saw.
//!
//! Built by the exchange algorithm, which moves each word to the class that most raises
//! the likelihood of a class-bigram model of the text. The source is
//! `data/clusters.tsv.gz` (`class<TAB>word` lines), made by `dateline clusters build`.

use crate::Result;
use learn::hash::lowercase_hash;
use rustc_hash::FxHashMap;

/// Word classes by lowercase word hash.
#[derive(Clone, Default)]
pub struct Clusters {
    classes: FxHashMap<u64, u16>,
}

impl Clusters {
    /// Parses `class<TAB>word` lines.
    pub fn from_tsv(text: &str) -> Clusters {
        let classes = text
            .lines()
            .filter_map(|line| line.split_once('\t'))
            .filter_map(|(class, word)| Some((lowercase_hash(word), class.parse().ok()?)))
            .collect();
        Clusters { classes }
    }

    /// Reads the gzip-compressed TSV.
    pub fn from_gzip(bytes: &[u8]) -> Result<Clusters> {
        Ok(Clusters::from_tsv(&crate::gunzip_text(bytes, "word clusters", "dateline clusters build")?))
    }

    /// The class of a lowercase word hash, if the word was frequent enough to get one.
    pub fn class_of(&self, word_hash: u64) -> Option<u16> {
        self.classes.get(&word_hash).copied()
    }

    /// Number of words with a class.
    pub fn len(&self) -> usize {
        self.classes.len()
    }

    /// Whether no word has a class.
    pub fn is_empty(&self) -> bool {
        self.classes.is_empty()
    }
}

/// `x ln x`, with `0 ln 0 = 0`.
fn xlogx(x: f64) -> f64 {
    if x > 0.0 {
        x * x.ln()
    } else {
        0.0
    }
}

/// Clusters the words of `sentences` (already lowercased tokens) that occur at least
/// `min_count` times into `n_classes` classes, over `iterations` exchange passes.
/// Deterministic: ties and the initial assignment follow word frequency, then text.
pub fn exchange(
    sentences: &[Vec<String>],
    n_classes: usize,
    min_count: usize,
    iterations: usize,
) -> Vec<(String, u16)> {
    let mut counts: FxHashMap<&str, usize> = FxHashMap::default();
    for word in sentences.iter().flatten() {
        *counts.entry(word.as_str()).or_default() += 1;
    }
    let mut vocabulary: Vec<(&str, usize)> = counts.into_iter().filter(|(_, c)| *c >= min_count).collect();
    vocabulary.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let index: FxHashMap<&str, usize> = vocabulary.iter().enumerate().map(|(i, (w, _))| (*w, i)).collect();
    let n_words = vocabulary.len();
    // Word bigrams among known words, as neighbour lists with counts.
    let mut right: Vec<FxHashMap<usize, f64>> = vec![FxHashMap::default(); n_words];
    let mut left: Vec<FxHashMap<usize, f64>> = vec![FxHashMap::default(); n_words];
    for sentence in sentences {
        for pair in sentence.windows(2) {
            if let (Some(&a), Some(&b)) = (index.get(pair[0].as_str()), index.get(pair[1].as_str())) {
                *right[a].entry(b).or_default() += 1.0;
                *left[b].entry(a).or_default() += 1.0;
            }
        }
    }
    let right: Vec<Vec<(usize, f64)>> = right.into_iter().map(sorted).collect();
    let left: Vec<Vec<(usize, f64)>> = left.into_iter().map(sorted).collect();
    let word_count: Vec<f64> = vocabulary.iter().map(|(_, c)| *c as f64).collect();
    let mut class: Vec<usize> = (0..n_words).map(|w| w % n_classes).collect();
    let mut class_count = vec![0.0; n_classes];
    let mut bigram = vec![0.0; n_classes * n_classes];
    for w in 0..n_words {
        class_count[class[w]] += word_count[w];
        for &(v, n) in &right[w] {
            bigram[class[w] * n_classes + class[v]] += n;
        }
    }
    let mut to_class = vec![0.0; n_classes];
    let mut from_class = vec![0.0; n_classes];
    for _ in 0..iterations {
        let mut moved = 0;
        for w in 0..n_words {
            let old = class[w];
            // Counts of w's bigrams by the class of the other word, w itself left out.
            to_class.iter_mut().for_each(|x| *x = 0.0);
            from_class.iter_mut().for_each(|x| *x = 0.0);
            let mut self_pairs = 0.0;
            for &(v, n) in &right[w] {
                if v == w {
                    self_pairs += n;
                } else {
                    to_class[class[v]] += n;
                }
            }
            for &(v, n) in &left[w] {
                if v != w {
                    from_class[class[v]] += n;
                }
            }
            // Take w out of its class.
            for c in 0..n_classes {
                bigram[old * n_classes + c] -= to_class[c];
                bigram[c * n_classes + old] -= from_class[c];
            }
            bigram[old * n_classes + old] -= self_pairs;
            class_count[old] -= word_count[w];
            // The gain of putting it into each class.
            let mut best = old;
            let mut best_gain = f64::NEG_INFINITY;
            for candidate in 0..n_classes {
                let mut gain = 0.0;
                for c in 0..n_classes {
                    if to_class[c] > 0.0 {
                        let n = bigram[candidate * n_classes + c];
                        gain += xlogx(n + to_class[c]) - xlogx(n);
                    }
                    if from_class[c] > 0.0 && c != candidate {
                        let n = bigram[c * n_classes + candidate];
                        gain += xlogx(n + from_class[c]) - xlogx(n);
                    }
                }
                let diagonal = bigram[candidate * n_classes + candidate];
                let added = from_class[candidate] + self_pairs;
                gain += xlogx(diagonal + to_class[candidate] + added) - xlogx(diagonal + to_class[candidate]);
                gain -= 2.0 * (xlogx(class_count[candidate] + word_count[w]) - xlogx(class_count[candidate]));
                if gain > best_gain + 1e-9 {
                    best_gain = gain;
                    best = candidate;
                }
            }
            // Put it back, into the best class.
            for c in 0..n_classes {
                bigram[best * n_classes + c] += to_class[c];
                bigram[c * n_classes + best] += from_class[c];
            }
            bigram[best * n_classes + best] += self_pairs;
            class_count[best] += word_count[w];
            if best != old {
                class[w] = best;
                moved += 1;
            }
        }
        if moved == 0 {
            break;
        }
    }
    vocabulary.iter().enumerate().map(|(w, (word, _))| (word.to_string(), class[w] as u16)).collect()
}

fn sorted(map: FxHashMap<usize, f64>) -> Vec<(usize, f64)> {
    let mut pairs: Vec<(usize, f64)> = map.into_iter().collect();
    pairs.sort_by_key(|(v, _)| *v);
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<Vec<String>> {
        text.lines().map(|l| l.split(' ').map(String::from).collect()).collect()
    }

    #[test]
    fn words_in_the_same_contexts_share_a_class() {
        let mut text = String::new();
        for (team, city) in [("arsenal", "paris"), ("chelsea", "rome"), ("udinese", "berlin"), ("leeds", "madrid")] {
            for _ in 0..5 {
                text.push_str(&format!("the match against {team} ended\nshe flew to {city} today\n"));
            }
        }
        let classes: FxHashMap<String, u16> = exchange(&sentences(text.trim()), 4, 2, 20).into_iter().collect();
        assert_eq!(classes["arsenal"], classes["udinese"]);
        assert_eq!(classes["paris"], classes["madrid"]);
        assert_ne!(classes["arsenal"], classes["paris"]);
    }

    #[test]
    fn clustering_is_deterministic_and_round_trips() {
        let text = sentences("a b c a b d\nb c a d a b\nc a b a d c");
        let first = exchange(&text, 2, 1, 5);
        assert_eq!(first, exchange(&text, 2, 1, 5));
        let tsv: String = first.iter().map(|(w, c)| format!("{c}\t{w}\n")).collect();
        let clusters = Clusters::from_tsv(&tsv);
        assert_eq!(clusters.class_of(lowercase_hash("A")), Some(first[0].1));
    }
}
