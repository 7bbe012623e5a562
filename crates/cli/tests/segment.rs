//! `dateline segment`: dateline's own tokens and sentences, in spaCy's `words`/`spaces` form.

use crate::util::{dateline, lines, path_str, scratch};
use serde_json::json;

#[test]
fn sentences_carry_words_and_the_space_after_each() {
    let stdin = "{\"id\":\"a1\",\"text\":\"Gen. Smith's Russian-backed unit left the U.S. on Monday.  \\\"We won,\\\" he said.\\n\"}\n";
    let run = dateline(&["segment", "-"], Some(stdin.as_bytes()));
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        lines(&run.stdout),
        [
            json!({"doc": "a1", "sentence": 0,
                "words": ["Gen.", "Smith", "'s", "Russian-backed", "unit", "left", "the", "U.S.", "on", "Monday", "."],
                "spaces": [true, false, true, true, true, true, true, true, true, false, true]}),
            json!({"doc": "a1", "sentence": 1,
                "words": ["\"", "We", "won", ",", "\"", "he", "said", "."],
                "spaces": [false, true, false, false, true, true, false, true]}),
        ]
    );
}

#[test]
fn a_bad_input_is_named_and_the_others_are_segmented() {
    let dir = scratch("segment");
    std::fs::write(dir.join("good.txt"), "Fine text. More.").unwrap();
    let missing = dir.join("missing.txt");
    let run = dateline(&["segment", path_str(&missing), path_str(&dir.join("good.txt"))], None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("missing.txt: No such file"), "{}", run.stderr);
    let sentences = lines(&run.stdout);
    assert_eq!(sentences.len(), 2);
    assert_eq!(sentences[1]["words"], json!(["More", "."]));
    assert_eq!(sentences[1]["spaces"], json!([false, false]), "nothing follows the last token");
}
