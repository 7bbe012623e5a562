//! Temporal expressions: found over tokens, resolved against the article date.
//!
//! Recognized: `July 27, 2020`, `Sept. 27`, `27 September`, `February 1988`, bare months
//! (`since January`), years (`since 1992`, `the 2015 deal`), ranges (`1992-1994`,
//! `2022-23`, `March 3-5`, `from March 3 to 5`), ISO dates, weekdays (`on Tuesday`,
//! `last Friday`, `Sunday night`), `today`/`tonight`/`yesterday`/`tomorrow`,
//! `last/this/next week|month|year`, and `two days earlier`, `three weeks ago`.
//! The text of a mention leaves prepositions out but keeps `last`/`this`/`next`.

use doc::calendar::{MONTHS, WEEKDAYS};
use doc::{CivilDate, DateMention, Doc, Span, TimePoint, TimeValue, Token, TokenKind};

/// The capitals the months open with, so do their abbreviations.
const MONTH_INITIALS: [char; 8] = ['J', 'F', 'M', 'A', 'S', 'O', 'N', 'D'];

/// Words before a bare month that show it is a date; they also keep the modal `May`
/// and the noun `march` out.
const MONTH_CUES: &[&str] = &[
    "in", "since", "until", "till", "by", "from", "to", "of", "during", "through", "before", "after", "early", "late",
    "mid", "last", "next", "this", "between", "and", "or", "on",
];
/// Words before a number that show it is a count, not a year.
const COUNT_CUES: &[&str] = &[
    "$",
    "€",
    "£",
    "about",
    "some",
    "nearly",
    "almost",
    "over",
    "than",
    "around",
    "approximately",
    "least",
    "No.",
    "number",
    "flight",
    "Flight",
    "Resolution",
    "resolution",
];
/// Words that make a clause about the future.
const FUTURE_CUES: &[&str] = &[
    "will",
    "would",
    "shall",
    "'ll",
    "’ll",
    "scheduled",
    "due",
    "expected",
    "planned",
    "plans",
    "plan",
    "upcoming",
    "set",
    "going",
    // The present of a scheduled event: `the visit ends on Saturday`.
    "begins",
    "ends",
    "starts",
    "opens",
    "closes",
    "resumes",
    "convenes",
    "expires",
];
const NUMBER_WORDS: [&str; 12] =
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/// The month a word names: full names (capitalized), or abbreviations with or without
/// their period (`Sept.`, `Sep`). The flag says whether it was abbreviated.
pub(crate) fn month_of(word: &str) -> Option<(u8, bool)> {
    // Most words of a text (every token is asked) are ruled out by their first letter.
    if !word.starts_with(MONTH_INITIALS) {
        return None;
    }
    if let Some(index) = MONTHS.iter().position(|m| *m == word) {
        return Some((index as u8 + 1, false));
    }
    let stem = word.strip_suffix('.').unwrap_or(word);
    if stem.len() < 3 || stem.len() > 4 {
        return None;
    }
    let stem = if stem == "Sept" { "Sep" } else { stem };
    MONTHS
        .iter()
        .position(|m| m.len() > 3 && m.starts_with(stem) && stem.len() == 3)
        .map(|index| (index as u8 + 1, true))
}

/// Unresolved meaning of an expression.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Expr {
    Full(CivilDate),
    MonthDay { month: u8, day: u8, end_day: Option<u8> },
    MonthYear { year: i32, month: u8 },
    Month { month: u8, shift: Shift },
    Year(i32),
    YearRange(i32, i32),
    Weekday { weekday: u8, shift: Shift },
    DayOffset(i64),
    Week(i64),
    MonthOffset(i32),
    YearOffset(i32),
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Shift {
    Bare,
    Last,
    This,
    Next,
}

/// Fills `doc.dates` from the tokens of each sentence; needs `segment` first.
pub fn extract_dates(doc: &mut Doc, reference: Option<CivilDate>) {
    doc.dates.clear();
    for sentence in &doc.sentences {
        let scanner = Scanner {
            text: &doc.text,
            tokens: &doc.tokens,
            first: sentence.first_token as usize,
            end: sentence.end_token as usize,
        };
        let mut index = scanner.first;
        let mut anchor = YearAnchor::default();
        while index < scanner.end {
            match scanner.match_at(index) {
                Some((first, end, expr)) => {
                    let future = scanner.is_future(first);
                    let expr = anchor.apply(expr, reference);
                    doc.dates.push(DateMention {
                        span: Span::new(
                            scanner.tokens[first].span.start as usize,
                            scanner.tokens[end - 1].span.end as usize,
                        ),
                        value: resolve(expr, reference, future),
                    });
                    index = end;
                }
                None => index += 1,
            }
        }
    }
}

/// The explicit year a sentence has named, which its yearless dates share:
/// `in 2017, from December 5 to January 30` is 2017-12-05 and 2018-01-30.
#[derive(Default)]
struct YearAnchor {
    year: Option<i32>,
    last_month: u8,
}

impl YearAnchor {
    fn apply(&mut self, expr: Expr, reference: Option<CivilDate>) -> Expr {
        match expr {
            Expr::Full(date) => self.set(date.year, date.month),
            Expr::MonthYear { year, month } => self.set(year, month),
            Expr::Year(year) | Expr::YearRange(year, _) => self.set(year, 0),
            Expr::MonthDay { month, day, end_day: None } => {
                let Some(mut year) = self.year.filter(|y| Some(*y) != reference.map(|r| r.year)) else {
                    return expr;
                };
                if month < self.last_month {
                    year += 1;
                }
                self.set(year, month);
                if let Some(date) = CivilDate::new(year, month, day) {
                    return Expr::Full(date);
                }
            }
            _ => {}
        }
        expr
    }

    fn set(&mut self, year: i32, month: u8) {
        self.year = Some(year);
        self.last_month = month;
    }
}

struct Scanner<'a> {
    text: &'a str,
    tokens: &'a [Token],
    first: usize,
    end: usize,
}

impl<'a> Scanner<'a> {
    fn word(&self, index: usize) -> &'a str {
        if index < self.first || index >= self.end {
            return "";
        }
        &self.text[self.tokens[index].span.range()]
    }

    fn kind(&self, index: usize) -> Option<TokenKind> {
        (index >= self.first && index < self.end).then(|| self.tokens[index].kind)
    }

    /// Whether token `index` follows the one before with no space between.
    fn attached(&self, index: usize) -> bool {
        index < self.end && !self.tokens[index].space_before
    }

    fn number(&self, index: usize) -> Option<u32> {
        match self.kind(index) {
            Some(TokenKind::Number) => self.word(index).parse().ok(),
            _ => None,
        }
    }

    /// A day of the month: `5`, `5th`.
    fn day(&self, index: usize) -> Option<u8> {
        let word = self.word(index);
        let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &word[digits.len()..];
        if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.is_empty() || digits.len() > 2 {
            return None;
        }
        // A day followed by `:` is a clock time (`12:00`).
        if self.word(index + 1) == ":" {
            return None;
        }
        digits.parse().ok().filter(|d| (1..=31).contains(d))
    }

    fn year(&self, index: usize) -> Option<i32> {
        let word = self.word(index);
        if word.len() != 4 || self.kind(index) != Some(TokenKind::Number) {
            return None;
        }
        word.parse().ok().filter(|y| (1800..=2100).contains(y))
    }

    fn shift(&self, index: usize) -> Shift {
        match self.word(index) {
            "last" | "Last" | "past" => Shift::Last,
            "this" | "This" => Shift::This,
            "next" | "Next" | "coming" => Shift::Next,
            _ => Shift::Bare,
        }
    }

    /// The expression starting at `index`: its first and end token and meaning.
    fn match_at(&self, index: usize) -> Option<(usize, usize, Expr)> {
        let word = self.word(index);
        let first_char = word.chars().next()?;
        if first_char.is_ascii_digit() {
            return self.match_numeric(index);
        }
        if let Some((month, abbreviated)) = month_of(word) {
            return self.match_month(index, month, abbreviated);
        }
        if let Some(weekday) = WEEKDAYS.iter().position(|w| *w == word) {
            return Some(self.match_weekday(index, weekday as u8));
        }
        let lower_is = |candidate: &str| word.eq_ignore_ascii_case(candidate);
        if lower_is("today") || lower_is("tonight") {
            return Some((index, index + 1, Expr::DayOffset(0)));
        }
        if lower_is("yesterday") {
            return Some((index, index + 1, Expr::DayOffset(-1)));
        }
        if lower_is("tomorrow") {
            return Some((index, index + 1, Expr::DayOffset(1)));
        }
        let shift = self.shift(index);
        if shift != Shift::Bare && word != "past" && word != "coming" {
            let step = match shift {
                Shift::Last => -1,
                Shift::Next => 1,
                _ => 0,
            };
            let expr = match self.word(index + 1) {
                "week" => Expr::Week(step),
                "month" => Expr::MonthOffset(step as i32),
                "year" => Expr::YearOffset(step as i32),
                _ => return None,
            };
            return Some((index, index + 2, expr));
        }
        self.match_offset(index)
    }

    fn match_numeric(&self, index: usize) -> Option<(usize, usize, Expr)> {
        if let Some(year) = self.year(index) {
            // ISO date: 2020-10-07.
            if self.word(index + 1) == "-" && self.attached(index + 1) && self.attached(index + 2) {
                let month = self.number(index + 2).filter(|_| self.word(index + 2).len() == 2);
                let day = self.number(index + 4).filter(|_| self.word(index + 4).len() == 2);
                if let (Some(month), Some(day), "-") = (month, day, self.word(index + 3)) {
                    if let Some(date) = CivilDate::new(year, month as u8, day as u8) {
                        return Some((index, index + 5, Expr::Full(date)));
                    }
                }
                // Year range: 1992-1994, 2022-23.
                if let Some(end) = self.year_range_end(year, index + 2) {
                    return Some((index, index + 3, Expr::YearRange(year, end)));
                }
            }
            if matches!(self.word(index + 1), "–" | "—") && self.attached(index + 1) && self.attached(index + 2) {
                if let Some(end) = self.year_range_end(year, index + 2) {
                    return Some((index, index + 3, Expr::YearRange(year, end)));
                }
            }
            if self.is_count(index) {
                return None;
            }
            return Some((index, index + 1, Expr::Year(year)));
        }
        // Day before month: 27 September [2020].
        let day = self.day(index)?;
        let (month, _) = month_of(self.word(index + 1))?;
        if let Some(year) = self.year(index + 2) {
            let date = CivilDate::new(year, month, day)?;
            return Some((index, index + 3, Expr::Full(date)));
        }
        Some((index, index + 2, Expr::MonthDay { month, day, end_day: None }))
    }

    fn year_range_end(&self, start: i32, index: usize) -> Option<i32> {
        let word = self.word(index);
        let value = self.number(index)? as i32;
        let end = match word.len() {
            2 => start / 100 * 100 + value,
            4 => value,
            _ => return None,
        };
        (end > start && end - start < 100).then_some(end)
    }

    /// Whether a year-shaped number is a count (`about 2000 troops`).
    fn is_count(&self, index: usize) -> bool {
        let before = if index > self.first { self.word(index - 1) } else { "" };
        let after = self.word(index + 1);
        let plural_noun_after =
            after.len() > 2 && after.ends_with('s') && after.chars().next().is_some_and(char::is_lowercase);
        COUNT_CUES.contains(&before) || after == "%" || plural_noun_after
    }

    fn match_month(&self, index: usize, month: u8, abbreviated: bool) -> Option<(usize, usize, Expr)> {
        let first = self.shifted_start(index);
        if let Some(day) = self.day(index + 1) {
            let mut end = index + 2;
            let mut end_day = None;
            if self.word(end) == "," && self.year(end + 1).is_some() {
                let date = CivilDate::new(self.year(end + 1)?, month, day)?;
                return Some((first, end + 2, Expr::Full(date)));
            }
            if let Some(year) = self.year(end) {
                let date = CivilDate::new(year, month, day)?;
                return Some((first, end + 1, Expr::Full(date)));
            }
            // March 3-5, March 3 to 5 (a bare day number, not a new month).
            let joiner = self.word(end);
            if matches!(joiner, "-" | "–" | "to" | "through") && month_of(self.word(end + 2)).is_none() {
                if let Some(last) = self.day(end + 1).filter(|last| *last > day) {
                    end_day = Some(last);
                    end += 2;
                }
            }
            return Some((first, end, Expr::MonthDay { month, day, end_day }));
        }
        if let Some(year) = self.year(index + 1) {
            return Some((first, index + 2, Expr::MonthYear { year, month }));
        }
        let before = if index > self.first { self.word(index - 1) } else { "" };
        let cued = MONTH_CUES.iter().any(|cue| cue.eq_ignore_ascii_case(before)) || before.ends_with("mid-");
        if abbreviated || !cued {
            return None;
        }
        Some((first, index + 1, Expr::Month { month, shift: self.shift_before(index) }))
    }

    fn match_weekday(&self, index: usize, weekday: u8) -> (usize, usize, Expr) {
        let first = self.shifted_start(index);
        let part_of_day = matches!(self.word(index + 1), "night" | "morning" | "evening" | "afternoon");
        let end = index + 1 + usize::from(part_of_day);
        (first, end, Expr::Weekday { weekday, shift: self.shift_before(index) })
    }

    /// `two days earlier`, `three weeks ago`, `a year later`.
    fn match_offset(&self, index: usize) -> Option<(usize, usize, Expr)> {
        let word = self.word(index);
        let count = match word {
            "a" | "an" | "one" | "A" | "An" | "One" => 1,
            _ => match NUMBER_WORDS.iter().position(|n| n.eq_ignore_ascii_case(word)) {
                Some(position) => position as i64 + 1,
                None => return None,
            },
        };
        let unit = self.word(index + 1).trim_end_matches('s');
        let sign = match self.word(index + 2) {
            "ago" | "earlier" | "before" => -1,
            "later" => 1,
            _ => return None,
        };
        let n = sign * count;
        let expr = match unit {
            "day" => Expr::DayOffset(n),
            "week" => Expr::DayOffset(7 * n),
            "month" => Expr::MonthOffset(n as i32),
            "year" => Expr::YearOffset(n as i32),
            _ => return None,
        };
        Some((index, index + 3, expr))
    }

    /// The start of an expression: one token earlier when `last`/`this`/`next` leads it.
    fn shifted_start(&self, index: usize) -> usize {
        if self.shift_before(index) != Shift::Bare {
            index - 1
        } else {
            index
        }
    }

    fn shift_before(&self, index: usize) -> Shift {
        if index > self.first && self.word(index - 1) != "past" {
            self.shift(index - 1)
        } else {
            Shift::Bare
        }
    }

    /// Whether the clause before token `index` speaks of the future.
    fn is_future(&self, index: usize) -> bool {
        let mut cursor = index;
        let window_start = index.saturating_sub(10).max(self.first);
        while cursor > window_start {
            cursor -= 1;
            let word = self.word(cursor);
            if matches!(word, "," | ";" | ":") || self.kind(cursor) == Some(TokenKind::OpenQuote) {
                return false;
            }
            if FUTURE_CUES.contains(&word) {
                return true;
            }
        }
        false
    }
}

fn resolve(expr: Expr, reference: Option<CivilDate>, future: bool) -> Option<TimeValue> {
    let point = |p| Some(TimeValue::point(p));
    match expr {
        Expr::Full(date) => return point(TimePoint::Day(date)),
        Expr::MonthYear { year, month } => return point(TimePoint::Month { year, month }),
        Expr::Year(year) => return point(TimePoint::Year(year)),
        Expr::YearRange(start, end) => return Some(TimeValue::range(TimePoint::Year(start), TimePoint::Year(end))),
        _ => {}
    }
    let today = reference?;
    let value = match expr {
        Expr::MonthDay { month, day, end_day } => {
            let year = closest_year(today, month, day, future)?;
            let start = CivilDate::new(year, month, day)?;
            match end_day.and_then(|d| CivilDate::new(year, month, d)) {
                Some(end) => TimeValue::range(TimePoint::Day(start), TimePoint::Day(end)),
                None => TimeValue::day(start),
            }
        }
        Expr::Month { month, shift } => {
            let year = match shift {
                Shift::This => today.year,
                Shift::Last => today.year - i32::from(month >= today.month),
                Shift::Next => today.year + i32::from(month <= today.month),
                Shift::Bare if future => today.year + i32::from(month < today.month),
                Shift::Bare => today.year - i32::from(month > today.month),
            };
            TimeValue::point(TimePoint::Month { year, month })
        }
        Expr::Weekday { weekday, shift } => {
            let back = i64::from((today.weekday() + 7 - weekday) % 7);
            let ahead = i64::from((weekday + 7 - today.weekday()) % 7);
            let offset = match shift {
                Shift::Last => -(if back == 0 { 7 } else { back }),
                Shift::Next => {
                    if ahead == 0 {
                        7
                    } else {
                        ahead
                    }
                }
                Shift::This => i64::from(weekday) - i64::from(today.weekday()),
                Shift::Bare if future => ahead,
                Shift::Bare => -back,
            };
            TimeValue::day(today.add_days(offset))
        }
        Expr::DayOffset(n) => TimeValue::day(today.add_days(n)),
        Expr::Week(n) => {
            let monday = today.week_start().add_days(7 * n);
            TimeValue::range(TimePoint::Day(monday), TimePoint::Day(monday.add_days(6)))
        }
        Expr::MonthOffset(n) => {
            let (year, month) = today.add_months(n);
            TimeValue::point(TimePoint::Month { year, month })
        }
        Expr::YearOffset(n) => TimeValue::point(TimePoint::Year(today.year + n)),
        Expr::Full(_) | Expr::MonthYear { .. } | Expr::Year(_) | Expr::YearRange(..) => return None,
    };
    Some(value)
}

/// Days back within which a yearless date is taken to be past: news reports mostly
/// what has happened, so `3 March` in an October story is the March just gone.
const PAST_HORIZON_DAYS: i64 = 300;

/// The year of a yearless `month`/`day`: in a future clause the nearest on or after
/// `today`; otherwise the latest on or before it when within the past horizon, else
/// the next one.
fn closest_year(today: CivilDate, month: u8, day: u8, future: bool) -> Option<i32> {
    let base = today.to_days();
    let candidates = (today.year - 1..=today.year + 1)
        .filter_map(|year| CivilDate::new(year, month, day).map(|d| (year, d.to_days() - base)));
    let (mut past, mut ahead) = (None, None);
    for (year, distance) in candidates {
        if distance <= 0 {
            past = Some((year, distance));
        } else if ahead.is_none() {
            ahead = Some((year, distance));
        }
    }
    let horizon = if future { 0 } else { PAST_HORIZON_DAYS };
    let past = past.filter(|(_, distance)| -distance <= horizon);
    past.or(ahead).map(|(year, _)| year)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(text: &str, today: &str) -> Vec<(String, String)> {
        let mut doc = Doc::new("t", text.to_string());
        segment::segment(&mut doc);
        extract_dates(&mut doc, CivilDate::parse_iso(today));
        doc.dates
            .iter()
            .map(|d| {
                let value = d.value.map(|v| v.to_string()).unwrap_or_else(|| "?".into());
                (doc.slice(d.span).to_string(), value)
            })
            .collect()
    }

    fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
        expected.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn months_and_their_abbreviations_open_with_a_month_initial() {
        for (index, month) in MONTHS.iter().enumerate() {
            assert!(month.starts_with(MONTH_INITIALS), "{month}");
            assert_eq!(month_of(month), Some((index as u8 + 1, false)));
            if month.len() > 3 {
                assert_eq!(month_of(&format!("{}.", &month[..3])), Some((index as u8 + 1, true)));
            }
        }
        assert_eq!(month_of("Sept."), Some((9, true)));
        assert_eq!(month_of("march"), None);
    }

    #[test]
    fn month_days_take_the_nearest_year() {
        assert_eq!(
            dates("Fighting resumed on September 27 and on Sept. 27, 2019, and 3 March.", "2020-10-07"),
            pairs(&[("September 27", "2020-09-27"), ("Sept. 27, 2019", "2019-09-27"), ("3 March", "2020-03-03")])
        );
        assert_eq!(dates("It began on December 20.", "2021-01-05"), pairs(&[("December 20", "2020-12-20")]));
        assert_eq!(dates("He will take office on January 10.", "2020-12-28"), pairs(&[("January 10", "2021-01-10")]));
    }

    #[test]
    fn months_years_and_ranges() {
        assert_eq!(
            dates("It erupted in February 1988 and ended in 1994; talks in 1992-1994 and 2022-23.", "2020-10-07"),
            pairs(&[
                ("February 1988", "1988-02"),
                ("1994", "1994"),
                ("1992-1994", "1992/1994"),
                ("2022-23", "2022/2023")
            ])
        );
        assert_eq!(
            dates("Talks ran from March 3 to 5 and March 8-9.", "2021-03-20"),
            pairs(&[("March 3 to 5", "2021-03-03/2021-03-05"), ("March 8-9", "2021-03-08/2021-03-09")])
        );
        assert_eq!(dates("It has held since 1992.", "2020-01-01"), pairs(&[("1992", "1992")]));
        assert_eq!(
            dates("between February 26 and February 28", "2021-03-03"),
            pairs(&[("February 26", "2021-02-26"), ("February 28", "2021-02-28")])
        );
    }

    #[test]
    fn a_year_named_in_the_sentence_dates_its_yearless_days() {
        assert_eq!(
            dates("They struck in 2017, from December 5 to January 30. It ended on June 2.", "2024-11-06"),
            pairs(&[
                ("2017", "2017"),
                ("December 5", "2017-12-05"),
                ("January 30", "2018-01-30"),
                ("June 2", "2024-06-02")
            ])
        );
    }

    #[test]
    fn bare_months_resolve_to_the_latest_past_one() {
        assert_eq!(
            dates("Shelling has risen since January. He was elected last August.", "2021-03-03"),
            pairs(&[("January", "2021-01"), ("last August", "2020-08")])
        );
        assert_eq!(dates("It was reintroduced in April.", "2024-05-14"), pairs(&[("April", "2024-04")]));
        assert_eq!(dates("May God help us. We may go. In May it rained.", "2024-05-14"), pairs(&[("May", "2024-05")]));
    }

    #[test]
    fn weekdays_follow_the_tense() {
        // 2021-03-03 is a Wednesday.
        assert_eq!(
            dates("Militants shelled positions on Tuesday. Talks will resume on Friday.", "2021-03-03"),
            pairs(&[("Tuesday", "2021-03-02"), ("Friday", "2021-03-05")])
        );
        assert_eq!(
            dates("Police arrested 300 people on Wednesday and last Friday, and on Sunday night.", "2023-07-12"),
            pairs(&[("Wednesday", "2023-07-12"), ("last Friday", "2023-07-07"), ("Sunday night", "2023-07-09")])
        );
        assert_eq!(dates("A team would fly to Hatay on Thursday.", "2023-02-08"), pairs(&[("Thursday", "2023-02-09")]));
        assert_eq!(dates("The visit ends on Saturday.", "2024-04-11"), pairs(&[("Saturday", "2024-04-13")]));
    }

    #[test]
    fn relative_expressions() {
        assert_eq!(
            dates("Talks were held last week and resume next month; it rained yesterday.", "2021-03-03"),
            pairs(&[("last week", "2021-02-22/2021-02-28"), ("next month", "2021-04"), ("yesterday", "2021-03-02")])
        );
        assert_eq!(
            dates("Tonight they voted. Two days earlier, this week, next year.", "2024-05-14"),
            pairs(&[
                ("Tonight", "2024-05-14"),
                ("Two days earlier", "2024-05-12"),
                ("this week", "2024-05-13/2024-05-19"),
                ("next year", "2025")
            ])
        );
    }

    #[test]
    fn numbers_that_are_not_dates() {
        assert_eq!(
            dates("About 2000 troops, 1,400 prisoners, 2015 recruits, 12:00 on October 10, 60%.", "2020-10-10"),
            pairs(&[("October 10", "2020-10-10")])
        );
        assert_eq!(dates("the 2015 agreement", "2022-08-01"), pairs(&[("2015", "2015")]));
    }

    #[test]
    fn unknown_article_date_leaves_relative_values_empty() {
        assert_eq!(dates("On Tuesday, in June 1975.", ""), pairs(&[("Tuesday", "?"), ("June 1975", "1975-06")]));
    }

    #[test]
    fn iso_dates() {
        assert_eq!(dates("Published 2020-10-07 in Baku.", "2020-10-07"), pairs(&[("2020-10-07", "2020-10-07")]));
    }
}
