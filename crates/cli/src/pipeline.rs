//! The whole pipeline on one article: the extract stages, then coding.

use doc::Doc;
use std::time::{Duration, Instant};

/// Runs every stage on `doc`: segment, dateline, dates, entities, places, quotes
/// (`extract`), then CAMEO actors and events, tone and themes (`cameo`).
pub fn annotate(doc: &mut Doc, options: &extract::Options) {
    annotate_observed(doc, options, |_, _| {});
}

/// Runs every stage like [`annotate`], calling `observe(stage, started)` after each.
pub fn annotate_observed(doc: &mut Doc, options: &extract::Options, mut observe: impl FnMut(&'static str, Instant)) {
    extract::annotate_observed(doc, options, &mut observe);
    let gazetteer = geo::Gazetteer::embedded();
    extract::timed(&mut observe, "actors", || cameo::code_actors(doc, gazetteer));
    extract::timed(&mut observe, "events", || cameo::code_events(doc, gazetteer));
    extract::timed(&mut observe, "tone+themes", || {
        cameo::score_tone(doc);
        cameo::code_themes(doc);
    });
}

/// Time spent per stage, in pipeline order.
#[derive(Default)]
pub struct StageTimes {
    stages: Vec<(&'static str, Duration)>,
}

impl StageTimes {
    /// Adds the time since `started` to `stage`.
    pub fn record(&mut self, stage: &'static str, started: Instant) {
        let elapsed = started.elapsed();
        match self.stages.iter_mut().find(|(name, _)| *name == stage) {
            Some((_, total)) => *total += elapsed,
            None => self.stages.push((stage, elapsed)),
        }
    }

    /// `(stage, seconds, share of the total)` in pipeline order.
    pub fn shares(&self) -> Vec<(&'static str, f64, f64)> {
        let total: f64 = self.stages.iter().map(|(_, d)| d.as_secs_f64()).sum::<f64>().max(f64::MIN_POSITIVE);
        self.stages.iter().map(|(name, d)| (*name, d.as_secs_f64(), d.as_secs_f64() / total)).collect()
    }
}
