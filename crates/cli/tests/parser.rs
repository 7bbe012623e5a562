//! The syntactic layer end to end: `--tokens`, `train parser` and `eval parser`.

use crate::util::{dateline, lines, path_str, scratch};

const STORY: &str = "{\"id\":\"p1\",\"date\":\"2024-05-02\",\"text\":\"KHARTOUM, May 2 (Reuters) - \
    Rebels attacked a convoy near the border on Wednesday. The weather was mild. \
    \\\"We will respond,\\\" the army said. Rebels attacked the town in 1998. Sudan beat Chad 2-1 in the \
    qualifier.\"}\n";

#[test]
fn tokens_hold_the_parse_of_the_sentences_the_event_coder_reads() {
    let run = dateline(&["extract", "--tokens", "-"], Some(STORY.as_bytes()));
    assert_eq!(run.code, 0, "{}", run.stderr);
    let article = &lines(&run.stdout)[0];
    let text = article["text"].as_str().unwrap();
    let tokens = article["tokens"].as_array().expect("tokens with --tokens");
    let word =
        |t: &serde_json::Value| &text[t["start"].as_u64().unwrap() as usize..t["end"].as_u64().unwrap() as usize];
    let words: Vec<&str> = tokens.iter().map(word).collect();
    assert!(words.contains(&"convoy"), "{words:?}");
    assert!(!words.contains(&"weather"), "a sentence without a trigger is not parsed: {words:?}");
    assert!(!words.contains(&"respond"), "nor is a quote without one: {words:?}");
    assert!(!words.contains(&"town"), "nor a sentence of events long past: {words:?}");
    assert!(!words.contains(&"qualifier"), "nor a sports report: {words:?}");
    let at = |w: &str| tokens.iter().position(|t| word(t) == w).unwrap();
    let attacked = &tokens[at("attacked")];
    assert_eq!(attacked["dep"], "ROOT");
    assert_eq!(attacked["head"], -1);
    assert!(attacked["pos"].as_str().unwrap().starts_with("VB"), "{attacked}");
    let rebels = &tokens[at("Rebels")];
    assert_eq!((rebels["dep"].as_str(), rebels["head"].as_i64()), (Some("nsubj"), Some(at("attacked") as i64)));
    assert_eq!(tokens[at("convoy")]["dep"], "dobj");
    for token in tokens {
        let head = token["head"].as_i64().unwrap();
        assert!(head == -1 || (0..tokens.len() as i64).contains(&head), "{token}");
    }
    let plain = dateline(&["extract", "-"], Some(STORY.as_bytes()));
    assert!(lines(&plain.stdout)[0].get("tokens").is_none(), "no tokens by default");
}

/// Three projective sentences in the teacher's scheme, repeated: enough to learn them.
fn silver(dir: &std::path::Path) {
    let sentences = [
        "1\tRebels\t_\t_\tNNS\t_\t2\tnsubj\t_\t_\n2\tattacked\t_\t_\tVBD\t_\t0\tROOT\t_\t_\n\
         3\tthe\t_\t_\tDT\t_\t4\tdet\t_\t_\n4\tconvoy\t_\t_\tNN\t_\t2\tdobj\t_\t_\n5\t.\t_\t_\t.\t_\t2\tpunct\t_\t_\n",
        "1\tThe\t_\t_\tDT\t_\t2\tdet\t_\t_\n2\tconvoy\t_\t_\tNN\t_\t4\tnsubjpass\t_\t_\n\
         3\twas\t_\t_\tVBD\t_\t4\tauxpass\t_\t_\n4\tattacked\t_\t_\tVBN\t_\t0\tROOT\t_\t_\n\
         5\tby\t_\t_\tIN\t_\t4\tagent\t_\t_\n6\trebels\t_\t_\tNNS\t_\t5\tpobj\t_\t_\n7\t.\t_\t_\t.\t_\t4\tpunct\t_\t_\n",
    ];
    let text: String = (0..20).flat_map(|_| sentences.iter().map(|s| format!("{s}\n"))).collect();
    std::fs::write(dir.join("train.conllu"), &text).unwrap();
    std::fs::write(dir.join("heldout.conllu"), &text).unwrap();
}

#[test]
fn training_is_deterministic_and_eval_reports_every_figure() {
    let dir = scratch("parser-train");
    silver(&dir);
    let model = |name: &str| {
        let out = dir.join(name);
        let args = ["train", "parser", "--data", path_str(&dir), "--out", path_str(&out), "--epochs", "4"];
        let run = dateline(&args, None);
        assert_eq!(run.code, 0, "{}", run.stderr);
        std::fs::read(&out).unwrap()
    };
    assert_eq!(model("a.bin.gz"), model("b.bin.gz"), "same seed, same model");
    let run = dateline(&["eval", "parser", "--data", path_str(&dir), "--model", path_str(&dir.join("a.bin.gz"))], None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for figure in ["POS accuracy 1.0000", "UAS 1.0000  LAS 1.0000", "nsubjpass", "agent", "words/s"] {
        assert!(run.stdout.contains(figure), "{figure} missing from:\n{}", run.stdout);
    }
    std::fs::write(dir.join("bad.bin"), b"DLDEP001 and nothing else").unwrap();
    let bad = dateline(&["eval", "parser", "--data", path_str(&dir), "--model", path_str(&dir.join("bad.bin"))], None);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("bad.bin: checksum mismatch; rebuild it with"), "{}", bad.stderr);
}

#[test]
fn missing_silver_data_names_the_script_that_makes_it() {
    let dir = scratch("parser-missing");
    let run = dateline(&["train", "parser", "--data", path_str(&dir)], None);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("train.conllu") && run.stderr.contains("scripts/distill-parser-data.sh"),
        "{}",
        run.stderr
    );
}
