//! Resolved values of temporal expressions, written as ISO 8601.

use crate::CivilDate;
use std::fmt;

/// A point on the calendar at day, month or year precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum TimePoint {
    /// `YYYY-MM-DD`.
    Day(CivilDate),
    /// `YYYY-MM`.
    Month {
        /// Year.
        year: i32,
        /// Month, 1–12.
        month: u8,
    },
    /// `YYYY`.
    Year(i32),
}

impl TimePoint {
    /// The last day the point covers (`2016-04` → 2016-04-30).
    pub fn last_day(self) -> Option<CivilDate> {
        match self {
            TimePoint::Day(day) => Some(day),
            TimePoint::Month { year, month } => {
                CivilDate::new(year, month, crate::calendar::days_in_month(year, month))
            }
            TimePoint::Year(year) => CivilDate::new(year, 12, 31),
        }
    }
}

/// What a temporal expression denotes: a point, or a range `A/B`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeValue {
    /// The point, or the start of the range.
    pub start: TimePoint,
    /// The end of the range; `None` for a point.
    pub end: Option<TimePoint>,
}

impl TimeValue {
    /// A single point.
    pub fn point(point: TimePoint) -> TimeValue {
        TimeValue { start: point, end: None }
    }

    /// A range from `start` to `end`, both included.
    pub fn range(start: TimePoint, end: TimePoint) -> TimeValue {
        TimeValue { start, end: Some(end) }
    }

    /// A single day.
    pub fn day(date: CivilDate) -> TimeValue {
        TimeValue::point(TimePoint::Day(date))
    }
}

impl fmt::Display for TimePoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimePoint::Day(date) => date.fmt(f),
            TimePoint::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            TimePoint::Year(year) => write!(f, "{year:04}"),
        }
    }
}

impl fmt::Display for TimeValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.end {
            Some(end) => write!(f, "{}/{}", self.start, end),
            None => self.start.fmt(f),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_print_as_iso_8601() {
        let day = CivilDate::new(2020, 9, 27).unwrap();
        assert_eq!(TimeValue::day(day).to_string(), "2020-09-27");
        let month = TimePoint::Month { year: 1988, month: 2 };
        assert_eq!(TimeValue::point(month).to_string(), "1988-02");
        let years = TimeValue::range(TimePoint::Year(1992), TimePoint::Year(1994));
        assert_eq!(years.to_string(), "1992/1994");
    }
}
