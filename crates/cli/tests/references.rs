//! References across sentences on short wire stories written for these tests: who `the
//! ambassador`, `she`, `the ministry` and `the country` are, and the quotes' speakers
//! and events' actors that follow from it.

use crate::util::{dateline, lines};
use serde_json::Value;

fn extract(story: &str) -> Value {
    let run = dateline(&["extract", "-"], Some(story.as_bytes()));
    assert_eq!(run.code, 0, "{}", run.stderr);
    lines(&run.stdout).remove(0)
}

/// (referring words, antecedent) of each reference.
fn references(article: &Value) -> Vec<(String, String)> {
    article["references"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["text"].as_str().unwrap().to_string(), r["antecedent"]["text"].as_str().unwrap().to_string()))
        .collect()
}

/// (speaker, speaker's actor code) of each quote.
fn speakers(article: &Value) -> Vec<(String, String)> {
    article["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            (q["speaker"].as_str().unwrap_or("-").to_string(), q["speaker_actor"].as_str().unwrap_or("-").to_string())
        })
        .collect()
}

fn pairs(rows: &[(&str, &str)]) -> Vec<(String, String)> {
    rows.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

#[test]
fn the_ambassador_and_the_diplomat_are_the_ambassador_named_first() {
    let article = extract(
        "date 2020-10-07 MOSCOW, October 7. /TASS/. Azerbaijan's Ambassador to Russia Polad Bulbuloglu \
         met reporters on Tuesday.\n\n\"The talks must resume without preconditions,\" the ambassador added.\n\n\
         \"We are ready to sit at the table tomorrow,\" the Azerbaijani diplomat said. \"Moscow's role is \
         fair and balanced,\" the diplomat said.",
    );
    let polad = ("Polad Bulbuloglu", "AZEGOV");
    assert_eq!(speakers(&article), pairs(&[polad, polad, polad]));
    assert_eq!(
        references(&article),
        pairs(&[
            ("the ambassador", "Polad Bulbuloglu"),
            ("the Azerbaijani diplomat", "Polad Bulbuloglu"),
            ("the diplomat", "Polad Bulbuloglu")
        ])
    );
    assert_eq!(article["references"][0]["kind"], "role");
}

#[test]
fn the_minister_is_the_minister_not_the_latest_person() {
    let article = extract(
        "date 2023-02-08 BAKU, Feb. 8 (AZERTAC) -- Foreign Minister Jeyhun Bayramov met Greek Ambassador \
         Christos Lazaridis in Baku on Wednesday. \"Our cooperation keeps growing,\" the minister said.",
    );
    assert_eq!(speakers(&article)[0].0, "Jeyhun Bayramov");
    assert_eq!(references(&article), pairs(&[("the minister", "Jeyhun Bayramov")]));
}

#[test]
fn she_is_the_spokeswoman() {
    let article = extract(
        "date 2020-10-07 YEREVAN, October 7 (ARMENPRESS) -- Defense Ministry spokeswoman Shushan Stepanyan \
         rejected the claims on Wednesday. Officials in Baku did not comment.\n\n\
         \"Our positions came under fire overnight,\" she said.",
    );
    assert_eq!(speakers(&article)[0].0, "Shushan Stepanyan");
    assert!(references(&article).contains(&("she".into(), "Shushan Stepanyan".into())), "{:?}", references(&article));
}

#[test]
fn the_ministry_and_it_act_as_the_ministry() {
    let article = extract(
        "date 2020-10-07 YEREVAN, October 7 (ARMENPRESS) -- Armenia's Defense Ministry said on Wednesday \
         that the front line was calm. The ministry accused Azerbaijan of shelling villages near Berd. \
         It said two civilians were wounded.",
    );
    let found = references(&article);
    assert_eq!(found, pairs(&[("The ministry", "Defense Ministry"), ("It", "Defense Ministry")]), "{found:?}");
    let sources: Vec<&str> =
        article["events"].as_array().unwrap().iter().map(|e| e["source"].as_str().unwrap()).collect();
    assert!(sources.contains(&"ARMGOV"), "the ministry's accusation is Armenia's: {sources:?}");
}

#[test]
fn the_country_is_the_last_country() {
    let article = extract(
        "date 2023-02-08 ANKARA (AA) - Rescue teams from Greece arrived in Turkey on Wednesday. \
         The country has asked for more help.",
    );
    assert_eq!(references(&article), pairs(&[("The country", "Turkey")]));
    assert_eq!(article["references"][0]["kind"], "place");
}

#[test]
fn a_role_with_nobody_of_that_role_before_stays_unresolved() {
    let article = extract(
        "date 2020-10-07 BAKU, October 7 (AZERTAC) -- President Ilham Aliyev spoke on Tuesday. \
         \"We will respond,\" the ambassador said.",
    );
    assert!(references(&article).is_empty(), "{:?}", references(&article));
    assert_eq!(speakers(&article)[0].0, "ambassador");
}
