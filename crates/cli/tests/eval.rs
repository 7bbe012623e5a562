//! The evaluations: extract a set's articles, score them with `../shared/eval/score.py`,
//! and fail when a score drops below its floor. The dev set is `../shared/eval/dev`; the
//! unseen set, `eval/unseen`, was written once and never tuned on; the practice set,
//! `eval/practice`, is the event reader's own (short wire stories with gold events only,
//! tuned on like dev); the fresh set, `eval/fresh`, was written before the event reader's
//! work on issue 12's full score, in the house styles and countries the others use little,
//! and scored once before any change (root 0.687, full 0.403), then tuned on. Skipped, with a note, where `../shared` or python3 is absent;
//! failed in CI (`CI=true`).

use crate::util::{available, dateline, path_str, repo_root, scratch};
use std::path::Path;
use std::process::Command;

/// Floors of the dev set: the issues' acceptance figures (#2 to #5), so that nothing regresses.
const DEV_FLOORS: &[(&str, f64)] = &[
    ("dateline_place_acc", 0.95),
    ("dateline_agency_acc", 0.95),
    ("dates.f1", 0.85),
    ("quotes.f1", 0.90),
    ("speaker_acc", 0.85),
    ("entities.f1", 0.85),
    ("geo_acc_50km", 0.85),
    ("geo_acc_161km", 0.90),
    // A little under the scores now (0.817 and 0.688; an offer to mediate between the
    // story's sides, `ready to act as a neutral intermediary`, that its gold leaves
    // uncoded): above the project's hard floor, the 0.80 the flat reading had before the
    // parse.
    ("events.f1", 0.81),
    ("events_full.f1", 0.68),
];

/// Floors of the unseen set: issue 12's acceptance figures for events (root 0.60, full
/// 0.40; scores now 0.619 and 0.405, after agency datelines, the actor dictionary, the
/// event patterns and the readers' mechanisms since it was written), and a little under
/// the scores now for the rest, so that a regression fails.
const UNSEEN_FLOORS: &[(&str, f64)] = &[
    ("dateline_place_acc", 0.95),
    ("dateline_agency_acc", 0.95),
    ("dates.f1", 0.93),
    ("quotes.f1", 0.95),
    ("speaker_acc", 0.80),
    ("entities.f1", 0.86),
    ("geo_acc_50km", 0.90),
    ("geo_acc_161km", 0.90),
    ("events.f1", 0.60),
    ("events_full.f1", 0.40),
];

/// Floors of the practice set: its gold has datelines and events only, so only those are
/// floored, a little under their scores now.
const PRACTICE_FLOORS: &[(&str, f64)] =
    &[("dateline_place_acc", 0.95), ("dateline_agency_acc", 0.95), ("events.f1", 0.85), ("events_full.f1", 0.82)];

/// Floors of the fresh set: datelines and events only, like practice; a little under its
/// scores now (0.892 and 0.743; tuned on since its first score, 0.687 and 0.403).
const FRESH_FLOORS: &[(&str, f64)] =
    &[("dateline_place_acc", 0.95), ("dateline_agency_acc", 0.95), ("events.f1", 0.87), ("events_full.f1", 0.72)];

/// Floors of the second fresh set (20 stories written for issue 12 in a session's first
/// hour, before any change was tuned on it; first score root 0.621, full 0.371): a
/// little under its scores now, 0.795 and 0.568, tuned on since.
const FRESH2_FLOORS: &[(&str, f64)] =
    &[("dateline_place_acc", 0.95), ("dateline_agency_acc", 0.95), ("events.f1", 0.77), ("events_full.f1", 0.53)];

/// Floors of the third fresh set (20 stories coded to the dev set's conventions, written
/// while the event reader changed, held out for a while, then tuned on): a little under
/// its scores now, root 0.723 and full 0.524 (first score 0.596 and 0.327; the code of
/// the session that wrote it scored 0.570 and 0.289 on it).
const FRESH3_FLOORS: &[(&str, f64)] =
    &[("dateline_place_acc", 0.95), ("dateline_agency_acc", 0.95), ("events.f1", 0.70), ("events_full.f1", 0.50)];

/// Floors of the fourth fresh set (20 stories coded to the dev set's conventions, written
/// at the end of the session that wrote fresh2 and fresh3, scored once, never looked
/// into): a little under its scores now, root 0.661 and full 0.402 (first score 0.567 and
/// 0.279; that session's first code scored 0.549 and 0.255 on it).
const FRESH4_FLOORS: &[(&str, f64)] =
    &[("dateline_place_acc", 0.95), ("dateline_agency_acc", 0.95), ("events.f1", 0.64), ("events_full.f1", 0.39)];

/// Floors of the fifth fresh set (20 stories in twenty agencies' house styles, coded to
/// the dev set's conventions by a helper that saw no other set, written at the start of
/// the session after fresh4's and never looked into): a little under its scores now,
/// root 0.727 and full 0.498 (first score 0.670 and 0.415).
const FRESH5_FLOORS: &[(&str, f64)] =
    &[("dateline_place_acc", 0.95), ("dateline_agency_acc", 0.95), ("events.f1", 0.71), ("events_full.f1", 0.47)];

/// Floors of the sixth fresh set (20 stories in twenty agencies' house styles, coded to
/// the dev set's conventions by a helper that saw only the dev set; first score root
/// 0.522 and full 0.239, tuned on since): a little under its scores now, 0.724 and 0.386.
const FRESH6_FLOORS: &[(&str, f64)] =
    &[("dateline_place_acc", 0.95), ("dateline_agency_acc", 0.95), ("events.f1", 0.71), ("events_full.f1", 0.37)];

/// Floors of the seventh fresh set (20 stories in 15 agencies' house styles, 164 events,
/// coded to the dev set's conventions by a helper that saw only the dev set; first score
/// root 0.503 and full 0.266 by this session's first binary, tuned on since): a little
/// under its scores now, 0.669 and 0.480.
const FRESH7_FLOORS: &[(&str, f64)] =
    &[("dateline_place_acc", 0.95), ("dateline_agency_acc", 0.95), ("events.f1", 0.64), ("events_full.f1", 0.46)];

/// Floors of the eighth fresh set (20 stories in twenty agencies' house styles, coded to
/// the dev set's conventions by two helpers that saw only the dev set; first score root
/// 0.492 and full 0.386, tuned on since): a little under its scores now, 0.637 and 0.526.
const FRESH8_FLOORS: &[(&str, f64)] =
    &[("dateline_place_acc", 0.95), ("dateline_agency_acc", 0.95), ("events.f1", 0.62), ("events_full.f1", 0.51)];

/// Floors of the ninth fresh set (20 stories in twenty more agencies' house styles, 210
/// events, coded by two helpers that saw only the dev set; first score root 0.470 and
/// full 0.207, datelines 0.95 and 0.80, tuned on since): a little under its scores now,
/// 0.570 and 0.285, datelines 1.0.
const FRESH9_FLOORS: &[(&str, f64)] =
    &[("dateline_place_acc", 0.95), ("dateline_agency_acc", 0.95), ("events.f1", 0.55), ("events_full.f1", 0.27)];

#[test]
fn dev_scores_stay_above_their_floors() {
    let eval = repo_root().join("../shared/eval");
    check_floors("dev", &eval.join("dev"), DEV_FLOORS);
}

#[test]
fn unseen_scores_stay_above_their_floors() {
    check_floors("unseen", &repo_root().join("eval/unseen"), UNSEEN_FLOORS);
}

#[test]
fn practice_scores_stay_above_their_floors() {
    check_floors("practice", &repo_root().join("eval/practice"), PRACTICE_FLOORS);
}

#[test]
fn fresh_scores_stay_above_their_floors() {
    check_floors("fresh", &repo_root().join("eval/fresh"), FRESH_FLOORS);
}

#[test]
fn fresh2_scores_stay_above_their_floors() {
    check_floors("fresh2", &repo_root().join("eval/fresh2"), FRESH2_FLOORS);
}

#[test]
fn fresh3_scores_stay_above_their_floors() {
    check_floors("fresh3", &repo_root().join("eval/fresh3"), FRESH3_FLOORS);
}

#[test]
fn fresh4_scores_stay_above_their_floors() {
    check_floors("fresh4", &repo_root().join("eval/fresh4"), FRESH4_FLOORS);
}

#[test]
fn fresh5_scores_stay_above_their_floors() {
    check_floors("fresh5", &repo_root().join("eval/fresh5"), FRESH5_FLOORS);
}

#[test]
fn fresh6_scores_stay_above_their_floors() {
    check_floors("fresh6", &repo_root().join("eval/fresh6"), FRESH6_FLOORS);
}

#[test]
fn fresh7_scores_stay_above_their_floors() {
    check_floors("fresh7", &repo_root().join("eval/fresh7"), FRESH7_FLOORS);
}

#[test]
fn fresh8_scores_stay_above_their_floors() {
    check_floors("fresh8", &repo_root().join("eval/fresh8"), FRESH8_FLOORS);
}

#[test]
fn fresh9_scores_stay_above_their_floors() {
    check_floors("fresh9", &repo_root().join("eval/fresh9"), FRESH9_FLOORS);
}

/// Extracts `set/articles`, scores against `set/gold`, prints every floored score and the
/// per-CAMEO-root precision and recall (`scripts/cameo-roots.py`), and fails below a floor.
fn check_floors(name: &str, set: &Path, floors: &[(&str, f64)]) {
    let score_py = repo_root().join("../shared/eval/score.py");
    if !available(score_py.exists(), &score_py.display().to_string())
        || !available(set.exists(), &set.display().to_string())
    {
        return;
    }
    let has_python = Command::new("python3").arg("--version").output().is_ok_and(|o| o.status.success());
    if !available(has_python, "python3") {
        return;
    }
    let out = scratch(&format!("eval-{name}")).join("predictions.jsonl");
    let run = dateline(&["extract", path_str(&set.join("articles")), "--out", path_str(&out)], None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let python = |script: &Path, json: bool| {
        let mut command = Command::new("python3");
        command.arg(script).arg(set.join("gold")).arg(&out);
        if json {
            command.arg("--json");
        }
        let output = command.output().expect("python3 runs");
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        output.stdout
    };
    let scores: serde_json::Value = serde_json::from_slice(&python(&score_py, true)).unwrap();
    eprint!(
        "{name}: per CAMEO root\n{}",
        String::from_utf8_lossy(&python(&repo_root().join("scripts/cameo-roots.py"), false))
    );
    let mut failures = Vec::new();
    for (key, floor) in floors {
        let value = key.split('.').fold(&scores, |v, part| &v[part]).as_f64().unwrap();
        eprintln!("{name}: {key:22} {value:.3} (floor {floor})");
        if value < *floor {
            failures.push(format!("{key} = {value:.3} < {floor}"));
        }
    }
    assert!(failures.is_empty(), "{name} scores below their floors: {failures:?}");
}
