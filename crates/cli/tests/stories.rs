//! Events of short wire stories written for these tests, one construction each, read by
//! the whole pipeline with its parse: who did what to whom, as the dev set scores it
//! (source country or organization, CAMEO root, target country or organization).

use crate::util::{dateline, lines};

/// `(source, root, target)` of each event of `story`, codes cut to their first three
/// letters (country or `IGO`), sorted.
fn events(story: &str) -> Vec<(String, String, String)> {
    let run = dateline(&["extract", "-"], Some(story.as_bytes()));
    assert_eq!(run.code, 0, "{}", run.stderr);
    let article = lines(&run.stdout).remove(0);
    let prefix = |value: &serde_json::Value, n: usize| value.as_str().unwrap_or("").chars().take(n).collect();
    let mut found: Vec<_> = article["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (prefix(&e["source"], 3), prefix(&e["code"], 2), prefix(&e["target"], 3)))
        .collect();
    found.sort();
    found
}

fn expected(rows: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    let mut rows: Vec<_> = rows.iter().map(|(s, c, t)| (s.to_string(), c.to_string(), t.to_string())).collect();
    rows.sort();
    rows
}

#[test]
fn story_a_passive_takes_its_source_from_a_role_phrase_agent() {
    let story = "date 2023-03-14 NAIROBI, March 14 (Reuters) - A Kenyan army convoy was ambushed by Somali \
                 insurgents near the border town of Mandera on Tuesday, police said.";
    assert_eq!(events(story), expected(&[("SOM", "19", "KEN")]));
}

#[test]
fn story_a_subject_is_found_across_a_relative_clause() {
    let story = "date 2023-05-02 MOSCOW, May 2 (TASS) - Russia, which is a co-chair of the Minsk Group and a \
                 permanent member of the Security Council, criticized Azerbaijan on Tuesday. Russia, which \
                 Armenian officials have long described as their closest ally, condemned Turkey on Wednesday.";
    assert_eq!(events(story), expected(&[("RUS", "11", "AZE"), ("RUS", "11", "TUR")]));
}

#[test]
fn story_coordinated_verbs_share_their_subject() {
    let story = "date 2023-06-10 MANDERA, Kenya, June 10 (AP) - Somali militants attacked a Kenyan police post \
                 and abducted three Kenyan teachers on Saturday, local officials said.";
    assert_eq!(events(story), expected(&[("SOM", "19", "KEN"), ("SOM", "18", "KEN")]));
}

#[test]
fn story_coordinated_subjects_act_each_and_a_preposition_aims() {
    let story = "date 2023-07-01 BRUSSELS, July 1 (Reuters) - The European Union and Britain imposed sanctions \
                 on Iran on Friday over its deliveries of drones to Russia.";
    assert_eq!(events(story), expected(&[("IGO", "16", "IRN"), ("GBR", "16", "IRN")]));
}

#[test]
fn story_a_relative_clause_acts_for_the_noun_it_modifies() {
    let story = "date 2023-08-06 N'DJAMENA, Aug 6 (Reuters) - Sudanese soldiers who attacked a Chadian border \
                 post on Sunday later withdrew across the frontier, a Chadian army spokesman said.";
    assert_eq!(events(story), expected(&[("SDN", "19", "TCD")]));
}

#[test]
fn story_reported_speech_codes_the_report_not_the_reporter() {
    let story = "date 2023-09-12 KYIV, Sept 12 (AP) - Ukraine's defense ministry said Russian forces shelled \
                 Ukrainian villages near Kupiansk overnight.";
    assert_eq!(events(story), expected(&[("RUS", "19", "UKR")]));
}

#[test]
fn story_a_control_verb_is_an_appeal_not_the_act_urged() {
    let story = "date 2023-10-03 NEW YORK, Oct 3 (AP) - The United Nations called on Rwanda to withdraw its \
                 troops from eastern Congo on Tuesday.";
    assert_eq!(events(story), expected(&[("IGO", "02", "RWA")]));
}

#[test]
fn story_a_negated_verb_codes_nothing_and_its_contrast_does() {
    let story = "date 2023-11-20 ANKARA, Nov 20 (Reuters) - Turkish troops did not attack Syrian positions on \
                 Monday, but Syrian forces shelled a Turkish outpost near the border, the ministry said.";
    assert_eq!(events(story), expected(&[("SYR", "19", "TUR")]));
}

#[test]
fn story_a_noun_refers_back_to_the_previous_sentences_act() {
    let story = "date 2023-07-27 NIAMEY, July 27 (Reuters) - Niger's military junta expelled the French \
                 ambassador on Thursday. The African Union denounced the move on Friday.";
    assert_eq!(events(story), expected(&[("NER", "17", "FRA"), ("IGO", "11", "NER")]));
}

#[test]
fn story_the_ministry_and_he_speak_for_who_they_refer_to() {
    let story = "date 2023-02-10 BAKU, Feb 10 (AP) - Azerbaijan's Defense Ministry accused Armenia of violating \
                 the ceasefire overnight.\n\n\"We attacked Armenian artillery positions in response,\" the \
                 ministry said.\n\nAzerbaijani President Ilham Aliyev visited the front line on Friday. \"We \
                 expelled Armenian troops from two villages,\" he said.";
    assert_eq!(events(story), expected(&[("AZE", "11", "ARM"), ("AZE", "19", "ARM"), ("AZE", "17", "ARM")]));
}
