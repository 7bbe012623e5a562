//! Reading CoNLL-U: the silver sentences the tagger and parser learn from and are
//! evaluated on (`scripts/distill-parser-data.sh` writes them from spaCy's parses).

use doc::{DepRel, PosTag};

/// One sentence with its tags and tree.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sentence {
    /// The words as written.
    pub words: Vec<String>,
    /// Penn Treebank tag of each word (CoNLL-U's XPOS column).
    pub tags: Vec<PosTag>,
    /// Index of each word's head in the sentence; the root is its own head.
    pub heads: Vec<u32>,
    /// Relation of each word to its head.
    pub rels: Vec<DepRel>,
}

impl Sentence {
    /// Whether no two arcs cross: the only trees the transition system builds, so the
    /// only ones it learns from.
    pub fn is_projective(&self) -> bool {
        let arcs: Vec<(usize, usize)> = (0..self.heads.len())
            .filter(|&d| self.heads[d] as usize != d)
            .map(|d| {
                let h = self.heads[d] as usize;
                (d.min(h), d.max(h))
            })
            .collect();
        // Sentences are short (the distillation keeps at most 150 words): pairwise is fine.
        !arcs.iter().any(|&(a, b)| arcs.iter().any(|&(c, d)| a < c && c < b && b < d))
    }
}

/// Why a CoNLL-U text could not be read: the line and what is wrong with it.
#[derive(Debug, thiserror::Error)]
#[error("line {line}: {reason}")]
pub struct ConlluError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub reason: String,
}

/// Reads every sentence of a CoNLL-U text. Multiword-token and empty-node lines
/// (`1-2`, `1.1`) are skipped: the distilled data has none.
pub fn parse(text: &str) -> Result<Vec<Sentence>, ConlluError> {
    let mut sentences = Vec::new();
    let mut current = Sentence::default();
    for (number, line) in text.lines().enumerate() {
        let error = |reason: String| ConlluError { line: number + 1, reason };
        if line.is_empty() {
            if !current.words.is_empty() {
                sentences.push(std::mem::take(&mut current));
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() != 10 {
            return Err(error(format!("{} columns, CoNLL-U has 10", fields.len())));
        }
        if fields[0].contains(['-', '.']) {
            continue;
        }
        let id: usize = fields[0].parse().map_err(|_| error(format!("bad id {:?}", fields[0])))?;
        if id != current.words.len() + 1 {
            return Err(error(format!("id {id} out of order")));
        }
        let tag = PosTag::from_label(fields[4]).ok_or_else(|| error(format!("unknown tag {:?}", fields[4])))?;
        let head: usize = fields[6].parse().map_err(|_| error(format!("bad head {:?}", fields[6])))?;
        let rel = DepRel::from_label(fields[7]).ok_or_else(|| error(format!("unknown relation {:?}", fields[7])))?;
        current.words.push(fields[1].to_string());
        current.tags.push(tag);
        // CoNLL-U heads are 1-based with 0 for the root; ours index the sentence and the
        // root heads itself.
        current.heads.push(if head == 0 { id as u32 - 1 } else { head as u32 - 1 });
        current.rels.push(rel);
    }
    if !current.words.is_empty() {
        sentences.push(current);
    }
    for (index, sentence) in sentences.iter().enumerate() {
        if sentence.heads.iter().any(|&h| h as usize >= sentence.words.len()) {
            return Err(ConlluError {
                line: 0,
                reason: format!("sentence {}: a head outside the sentence", index + 1),
            });
        }
    }
    Ok(sentences)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) const SAMPLE: &str = "# sent_id = a-1\n\
        1\tRebels\t_\t_\tNNS\t_\t2\tnsubj\t_\t_\n\
        2\tattacked\t_\t_\tVBD\t_\t0\tROOT\t_\t_\n\
        3\tthe\t_\t_\tDT\t_\t4\tdet\t_\t_\n\
        4\tconvoy\t_\t_\tNN\t_\t2\tdobj\t_\tSpaceAfter=No\n\
        5\t.\t_\t_\t.\t_\t2\tpunct\t_\t_\n\n";

    #[test]
    fn reads_words_tags_and_trees() {
        let sentences = parse(SAMPLE).unwrap();
        assert_eq!(sentences.len(), 1);
        let s = &sentences[0];
        assert_eq!(s.words, ["Rebels", "attacked", "the", "convoy", "."]);
        assert_eq!(s.heads, [1, 1, 3, 1, 1]);
        assert_eq!(s.rels[0], DepRel::NSUBJ);
        assert_eq!(s.tags[1], PosTag::VBD);
        assert!(s.is_projective());
    }

    #[test]
    fn bad_lines_name_their_number() {
        let error = parse("1\tA\t_\t_\tNN\t_\t0\tROOT\t_\t_\n2\tB\t_\t_\tNN\t_\t1\tweird\t_\t_\n").unwrap_err();
        assert_eq!(error.to_string(), "line 2: unknown relation \"weird\"");
    }

    #[test]
    fn crossing_arcs_are_not_projective() {
        let mut s = parse(SAMPLE).unwrap().remove(0);
        // `the` heads to `Rebels` (0–2) across `convoy` → `attacked` (1–3).
        s.heads = vec![3, 1, 0, 1, 1];
        assert!(!s.is_projective());
    }
}
