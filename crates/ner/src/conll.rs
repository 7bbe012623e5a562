//! CoNLL-2003 files and conlleval-style scoring.

use crate::labels::{entity_spans, from_iob, EntityType, Label};
use std::fmt::Write;

/// A sentence: words and their gold labels (IOB2).
#[derive(Clone, Debug, Default)]
pub struct Sentence {
    /// The words.
    pub words: Vec<String>,
    /// One label per word.
    pub labels: Vec<Label>,
}

/// A document: the sentences between two `-DOCSTART-` lines.
#[derive(Clone, Debug, Default)]
pub struct Document {
    /// Its sentences.
    pub sentences: Vec<Sentence>,
}

impl Document {
    /// Its words in one list, and where each sentence ends among them (the form
    /// [`crate::Tagger::tag_document`] takes).
    pub fn words_and_sentence_ends(&self) -> (Vec<&str>, Vec<usize>) {
        let mut words = Vec::new();
        let mut ends = Vec::with_capacity(self.sentences.len());
        for sentence in &self.sentences {
            words.extend(sentence.words.iter().map(String::as_str));
            ends.push(words.len());
        }
        (words, ends)
    }
}

/// Parses a CoNLL file (word first, tag last on each line; blank lines end sentences)
/// into BILOU labels. An error names the line.
pub fn parse(text: &str) -> Result<Vec<Document>, String> {
    let mut documents = vec![Document::default()];
    let mut words: Vec<String> = Vec::new();
    let mut tags: Vec<&str> = Vec::new();
    let mut first_line = 0;
    let finish = |words: &mut Vec<String>, tags: &mut Vec<&str>, documents: &mut Vec<Document>, line: usize| {
        if words.is_empty() {
            return Ok(());
        }
        let labels = from_iob(tags).ok_or_else(|| format!("line {}: unknown tag in sentence", line + 1))?;
        if let Some(document) = documents.last_mut() {
            document.sentences.push(Sentence { words: std::mem::take(words), labels });
        }
        tags.clear();
        Ok::<(), String>(())
    };
    for (number, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with("-DOCSTART-") {
            finish(&mut words, &mut tags, &mut documents, first_line)?;
            if line.starts_with("-DOCSTART-") && documents.last().is_some_and(|d| !d.sentences.is_empty()) {
                documents.push(Document::default());
            }
            continue;
        }
        if words.is_empty() {
            first_line = number;
        }
        let mut fields = line.split(' ');
        words.push(fields.next().unwrap_or_default().to_string());
        tags.push(fields.next_back().unwrap_or_default());
    }
    finish(&mut words, &mut tags, &mut documents, first_line)?;
    documents.retain(|d| !d.sentences.is_empty());
    Ok(documents)
}

/// Entity-level counts per type: exact span and type match, as conlleval counts.
#[derive(Clone, Copy, Debug, Default)]
pub struct Counts {
    /// `[true positives, false positives, false negatives]` per type, in `EntityType` order.
    pub by_type: [[usize; 3]; 4],
}

impl Counts {
    /// Adds one sentence.
    pub fn add(&mut self, gold: &[Label], predicted: &[Label]) {
        let gold = entity_spans(gold);
        let predicted = entity_spans(predicted);
        for span in &predicted {
            let kind = span.2 as usize;
            if gold.contains(span) {
                self.by_type[kind][0] += 1;
            } else {
                self.by_type[kind][1] += 1;
            }
        }
        for span in gold.iter().filter(|s| !predicted.contains(s)) {
            self.by_type[span.2 as usize][2] += 1;
        }
    }

    /// `(precision, recall, f1)` over all types.
    pub fn overall(&self) -> (f64, f64, f64) {
        let sum = |k: usize| self.by_type.iter().map(|t| t[k]).sum::<usize>();
        prf(sum(0), sum(1), sum(2))
    }

    /// A conlleval-style table.
    pub fn report(&self) -> String {
        let mut out = String::new();
        let (p, r, f) = self.overall();
        let _ = writeln!(
            out,
            "{:8} precision {:6.2}%  recall {:6.2}%  F1 {:6.2}",
            "overall",
            100.0 * p,
            100.0 * r,
            100.0 * f
        );
        for (kind, counts) in [EntityType::Location, EntityType::Misc, EntityType::Organization, EntityType::Person]
            .iter()
            .map(|k| (k, self.by_type[*k as usize]))
        {
            let (p, r, f) = prf(counts[0], counts[1], counts[2]);
            let _ = writeln!(
                out,
                "{:8} precision {:6.2}%  recall {:6.2}%  F1 {:6.2}  ({} found, {} gold)",
                kind.conll(),
                100.0 * p,
                100.0 * r,
                100.0 * f,
                counts[0] + counts[1],
                counts[0] + counts[2]
            );
        }
        out
    }
}

fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let p = if tp + fp > 0 { tp as f64 / (tp + fp) as f64 } else { 0.0 };
    let r = if tp + fn_ > 0 { tp as f64 / (tp + fn_) as f64 } else { 0.0 };
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::labels::Position;

    #[test]
    fn parses_documents_and_normalizes_iob1() {
        let text = "-DOCSTART- -X- -X- O\n\nEU NNP B-NP I-ORG\nrejects VBZ B-VP O\n\n-DOCSTART- -X- O O\n\nPeter NNP B-NP I-PER\nBlackburn NNP I-NP I-PER\n";
        let documents = parse(text).unwrap();
        assert_eq!(documents.len(), 2);
        assert_eq!(documents[0].sentences[0].labels[0], Label::new(EntityType::Organization, Position::Unit));
        assert_eq!(documents[1].sentences[0].labels[1], Label::new(EntityType::Person, Position::Last));
        assert!(parse("word X-FOO\n").unwrap_err().contains("line 1"));
    }

    #[test]
    fn counts_exact_matches_only() {
        let gold = from_iob(&["B-PER", "I-PER", "O", "B-LOC"]).unwrap();
        let predicted = from_iob(&["B-PER", "O", "O", "B-LOC"]).unwrap();
        let mut counts = Counts::default();
        counts.add(&gold, &predicted);
        assert_eq!(counts.by_type[EntityType::Person as usize], [0, 1, 1]);
        assert_eq!(counts.by_type[EntityType::Location as usize], [1, 0, 0]);
        let (p, r, _) = counts.overall();
        assert!((p - 0.5).abs() < 1e-9 && (r - 0.5).abs() < 1e-9);
    }
}
