//! The event lexicon (`data/event_verbs.tsv`) read from wire sentences written for these
//! tests, one or more per CAMEO code, through the whole pipeline with its parse: each
//! sentence with the events it reports as `(source, code, target)` actor and event codes,
//! and ordinary sentences that must report none.

#[path = "lexicon/reader.rs"]
mod reader;
#[path = "lexicon/roots_01_10.rs"]
mod roots_01_10;
#[path = "lexicon/roots_11_20.rs"]
mod roots_11_20;

/// Every event of `text`, filed on `date`, as `(source, code, target)`, in the order coded.
fn events(text: &str, date: &str) -> Vec<(String, String, String)> {
    let resources = engine::Resources::embedded();
    let mut doc = doc::Doc::new("t", text.to_string());
    let options = engine::Options { fallback_date: doc::CivilDate::parse_iso(date) };
    engine::annotate(resources, &mut doc, &options);
    doc.events
        .iter()
        .map(|e| (e.source.code.as_str().into(), e.code.as_str().into(), e.target.code.as_str().into()))
        .collect()
}

/// An event as `(source, code, target)` actor and event codes.
pub type Coded<'a> = (&'a str, &'a str, &'a str);

/// Codes every sentence of `cases`, filed on `date`, and fails with every sentence whose events differ
/// from the ones it lists, so that one run shows all of them.
pub fn check(date: &str, cases: &[(&str, &[Coded])]) {
    let mut wrong = Vec::new();
    for (text, expected) in cases {
        let found = events(text, date);
        let expected: Vec<(String, String, String)> =
            expected.iter().map(|(s, c, t)| (s.to_string(), c.to_string(), t.to_string())).collect();
        if found != expected {
            wrong.push(format!("{text}\n    expected {expected:?}\n    found    {found:?}"));
        }
    }
    assert!(wrong.is_empty(), "{} of {} sentences coded otherwise:\n{}", wrong.len(), cases.len(), wrong.join("\n"));
}
