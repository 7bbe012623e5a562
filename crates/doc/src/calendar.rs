//! Proleptic Gregorian dates and the little arithmetic the resolvers need.
//!
//! Hand-written rather than a date crate: resolving "last Tuesday" needs only day
//! counts, weekdays and month lengths, and this keeps `doc` free of dependencies.

use std::fmt;

/// A calendar day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    /// Year, e.g. 2020.
    pub year: i32,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, 1–31.
    pub day: u8,
}

/// The months' names, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The weekdays' names, Monday first.
pub const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Whether a word as written is a weekday's or a month's name: capitalized, yet a date's,
/// no name's part (`the Foreign Ministry on Thursday`).
pub fn is_day_or_month_name(word: &str) -> bool {
    WEEKDAYS.contains(&word) || MONTHS.contains(&word)
}

/// Days in `month` of `year`.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl CivilDate {
    /// A date, or `None` when the day does not exist.
    pub fn new(year: i32, month: u8, day: u8) -> Option<CivilDate> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(CivilDate { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<CivilDate> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year = s[0..4].parse().ok()?;
        let month = s[5..7].parse().ok()?;
        let day = s[8..10].parse().ok()?;
        CivilDate::new(year, month, day)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil algorithm, restated.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01.
    pub fn from_days(days: i64) -> CivilDate {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        CivilDate { year, month, day }
    }

    /// The date `n` days later (earlier when negative).
    pub fn add_days(self, n: i64) -> CivilDate {
        CivilDate::from_days(self.to_days() + n)
    }

    /// Day of the week, Monday = 0 … Sunday = 6.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        ((self.to_days() + 3).rem_euclid(7)) as u8
    }

    /// The Monday of this date's ISO week.
    pub fn week_start(self) -> CivilDate {
        self.add_days(-i64::from(self.weekday()))
    }

    /// The first day of the month `n` months later (earlier when negative).
    pub fn add_months(self, n: i32) -> (i32, u8) {
        let index = self.year * 12 + i32::from(self.month) - 1 + n;
        (index.div_euclid(12), (index.rem_euclid(12) + 1) as u8)
    }
}

impl fmt::Display for CivilDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_counts_round_trip() {
        for days in -800_000..800_000i64 {
            if days % 997 == 0 {
                assert_eq!(CivilDate::from_days(days).to_days(), days);
            }
        }
        assert_eq!(CivilDate::new(1970, 1, 1).unwrap().to_days(), 0);
        assert_eq!(CivilDate::new(2000, 3, 1).unwrap().to_days(), 11_017);
    }

    #[test]
    fn weekdays_and_weeks() {
        let d = CivilDate::parse_iso("2021-03-03").unwrap();
        assert_eq!(d.weekday(), 2, "a Wednesday");
        assert_eq!(d.week_start().to_string(), "2021-03-01");
        assert_eq!(d.add_days(-9).to_string(), "2021-02-22");
        assert_eq!(CivilDate::parse_iso("2024-02-29").unwrap().weekday(), 3);
    }

    #[test]
    fn invalid_dates_are_refused() {
        assert!(CivilDate::parse_iso("2021-02-29").is_none());
        assert!(CivilDate::parse_iso("2021-13-01").is_none());
        assert!(CivilDate::parse_iso("21-03-01").is_none());
        assert!(CivilDate::new(2020, 2, 29).is_some());
    }

    #[test]
    fn month_arithmetic_crosses_years() {
        let d = CivilDate::parse_iso("2023-01-05").unwrap();
        assert_eq!(d.add_months(-7), (2022, 6));
        assert_eq!(d.add_months(12), (2024, 1));
        assert_eq!(d.add_months(-1), (2022, 12));
    }
}
