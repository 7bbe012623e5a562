//! The opening dateline, in the house styles of the world's agencies:
//! `MOSCOW, October 7. /TASS/.`, `GENEVA (Reuters) -`, `NAIROBI, Kenya (AP) —`,
//! `BEIJING, Jan. 5 (Xinhua) --`, `TOKYO, Sept. 5 Kyodo -`, `ROME, 17 April (ANSA) -`,
//! `MOSCOW. Jan 14 (Interfax) -`, `New Delhi [India], March 19 (ANI):`,
//! `(ANSA) - ROME, April 17 -`.
//!
//! Grammar, over the first tokens of the text:
//! `[BYLINE] [(AGENCY) SEPARATOR] PLACE [, REGION | [REGION]] [,|. DATE] [.|,] [AGENCY] [SEPARATOR]`,
//! where PLACE and REGION are capitalized words, DATE is `MONTH DAY` or `DAY MONTH` (`14th
//! January`) with an optional `[,] YEAR`, AGENCY is a name in brackets or slashes
//! (`(Reuters)`, `/TASS/`) or, before a separator, a listed agency without them
//! (`data/agencies.tsv`), and BYLINE is a line of its own that starts with `By`.
//! A dateline needs an agency, or a date, or an all-capitals place followed by a dash;
//! anything else is ordinary prose.

use crate::dates::month_of;
use doc::{CivilDate, Dateline, Doc, Span, Token, TokenKind};
use std::sync::OnceLock;

/// The most words a place or region name has (`Las Palmas de Gran Canaria`).
const MAX_NAME_WORDS: usize = 5;
/// The most tokens a byline's name part has (`By Anna Weber and Omar Hassan`).
const MAX_BYLINE_TOKENS: usize = 8;
/// Lowercase words allowed inside a place name (`Rio de Janeiro`, `Jammu and Kashmir`).
const NAME_PARTICLES: &[&str] = &["de", "del", "da", "do", "la", "el", "al", "of", "upon", "am", "an", "der", "and"];

/// The agency names that may stand without brackets, each split into its words, the
/// longest first so that `Kyodo News` wins over `Kyodo`; parsed once.
fn agencies() -> &'static [Vec<&'static str>] {
    static AGENCIES: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    AGENCIES.get_or_init(|| {
        let mut names: Vec<Vec<&str>> = doc::data_lines(include_str!("../../../data/agencies.tsv"))
            .map(|line| line.split('\t').next().unwrap_or(line).split(' ').collect())
            .collect();
        names.sort_by_key(|words| std::cmp::Reverse(words.len()));
        names
    })
}

/// Finds the dateline at the start of `doc.text`; needs `segment` first. The date is
/// resolved against `reference` when it has no year.
pub fn parse_dateline(doc: &Doc, reference: Option<CivilDate>) -> Option<Dateline> {
    let cursor = Cursor { text: &doc.text, tokens: &doc.tokens };
    cursor.parse(reference)
}

struct Cursor<'a> {
    text: &'a str,
    tokens: &'a [Token],
}

/// A date read from a dateline: month, day, year when written, and the token after it.
struct DatelineDate {
    month: u8,
    day: u8,
    year: Option<i32>,
    end: usize,
}

impl<'a> Cursor<'a> {
    fn word(&self, index: usize) -> &'a str {
        self.tokens.get(index).map_or("", |t| &self.text[t.span.range()])
    }

    fn kind(&self, index: usize) -> Option<TokenKind> {
        self.tokens.get(index).map(|t| t.kind)
    }

    fn span(&self, first: usize, end: usize) -> Span {
        Span::new(self.tokens[first].span.start as usize, self.tokens[end - 1].span.end as usize)
    }

    /// A run of capitalized words starting at `index`; returns its end.
    fn name(&self, index: usize) -> Option<usize> {
        let mut end = index;
        while end < self.tokens.len() && end - index < MAX_NAME_WORDS + 1 {
            let word = self.word(end);
            let capitalized = word.chars().next().is_some_and(char::is_uppercase);
            let particle = end > index && NAME_PARTICLES.contains(&word);
            if self.kind(end) != Some(TokenKind::Word) || !(capitalized || particle) || month_of(word).is_some() {
                break;
            }
            end += 1;
        }
        let words = end - index;
        (words > 0 && words <= MAX_NAME_WORDS && !NAME_PARTICLES.contains(&self.word(end - 1))).then_some(end)
    }

    /// The first token after a byline, a line of its own that starts with `By` (`By Anna
    /// Weber`), or 0 when the text has none.
    fn after_byline(&self) -> usize {
        if !matches!(self.word(0), "By" | "BY") {
            return 0;
        }
        let next_line = (1..=MAX_BYLINE_TOKENS + 1).find(|&i| self.tokens.get(i).is_some_and(|t| t.newline_before));
        match next_line {
            Some(end) if (1..end).all(|i| self.kind(i) == Some(TokenKind::Word) || self.word(i) == ",") => end,
            _ => 0,
        }
    }

    /// The day of the month at `index`: `5`, or an ordinal `14th`.
    fn day(&self, index: usize) -> Option<u8> {
        let word = self.word(index);
        let digits = ["st", "nd", "rd", "th"].iter().find_map(|suffix| word.strip_suffix(suffix)).unwrap_or(word);
        digits.parse().ok().filter(|day| (1..=31).contains(day))
    }

    /// A date at `index`, `MONTH DAY` (`Jan. 5`) or `DAY MONTH` (`17 April`), with an
    /// optional `[,] YEAR`.
    fn date(&self, index: usize) -> Option<DatelineDate> {
        let (month, day) = match month(self.word(index)) {
            Some(month) => (month, self.day(index + 1)?),
            None => (month(self.word(index + 1))?, self.day(index)?),
        };
        let after_day_and_month = index + 2;
        let year_at = after_day_and_month + usize::from(self.word(after_day_and_month) == ",");
        let year = Some(self.word(year_at)).filter(|word| word.len() == 4).and_then(|word| word.parse().ok());
        let end = if year.is_some() { year_at + 1 } else { after_day_and_month };
        Some(DatelineDate { month, day, year, end })
    }

    /// An agency in brackets or slashes at `index` (`(Reuters)`, `/TASS/`): its span and
    /// the token after it, or no span when none opens there; `None` when brackets open
    /// on something that is not an agency's name (prose, not a dateline).
    fn bracketed_agency(&self, index: usize) -> Option<(Option<Span>, usize)> {
        let close = match self.word(index) {
            "(" => ")",
            "/" => "/",
            _ => return Some((None, index)),
        };
        let first = index + 1;
        let end = (first..first + MAX_NAME_WORDS + 1).find(|&i| self.word(i) == close)?;
        let all_words = (first..end).all(|i| self.kind(i) == Some(TokenKind::Word));
        (end > first && all_words).then(|| (Some(self.span(first, end)), end + 1))
    }

    /// A listed agency's name at `index` (`Kyodo`, `KAZINFORM`): the token after it.
    fn listed_name(&self, index: usize) -> Option<usize> {
        let matches = |words: &Vec<&str>| {
            words.iter().enumerate().all(|(offset, word)| {
                self.kind(index + offset) == Some(TokenKind::Word) && self.word(index + offset) == *word
            })
        };
        Some(index + agencies().iter().find(|words| matches(words))?.len())
    }

    /// A listed agency at `index` without brackets, followed by a separator: the token
    /// after its name.
    fn listed_agency(&self, index: usize) -> Option<usize> {
        self.listed_name(index).filter(|&end| self.separator_len(end) > 0)
    }

    /// How many tokens the separator at `index` takes: a dash, `:`, `.` or `-` (1), or
    /// `.-` (2); 0 when there is none.
    fn separator_len(&self, index: usize) -> usize {
        let dash = |i: usize| self.kind(i) == Some(TokenKind::Dash) || matches!(self.word(i), "-" | "–" | "—");
        let glued = self.tokens.get(index + 1).is_some_and(|t| !t.space_before);
        if self.word(index) == "." && glued && dash(index + 1) {
            2
        } else {
            usize::from(dash(index) || matches!(self.word(index), ":" | "."))
        }
    }

    /// A listed agency in brackets that closes the text (`... to recognize. (PNA)`).
    fn closing_agency(&self) -> Option<Span> {
        let last = self.tokens.len().checked_sub(1)?;
        let close = last - usize::from(self.word(last) == ".");
        if self.word(close) != ")" {
            return None;
        }
        let open = (close.saturating_sub(MAX_NAME_WORDS + 1)..close).rev().find(|&i| self.word(i) == "(")?;
        let listed = self.listed_name(open + 1).is_some_and(|end| end == close);
        listed.then(|| self.span(open + 1, close))
    }

    fn parse(&self, reference: Option<CivilDate>) -> Option<Dateline> {
        let start = self.after_byline();
        // An agency may lead: `(ANSA) - ROME, April 17 -`.
        let (mut agency, mut place_start) = (None, start);
        if let Some((Some(span), end)) = self.bracketed_agency(start) {
            let separator = self.separator_len(end);
            if separator > 0 {
                (agency, place_start) = (Some(span), end + separator);
            }
        }
        let place_end = self.name(place_start)?;
        let place = self.span(place_start, place_end);
        let mut index = place_end;
        let mut region = None;
        if self.word(index) == "," && self.date(index + 1).is_none() && self.listed_agency(index + 1).is_none() {
            if let Some(end) = self.name(index + 1) {
                region = Some(self.span(index + 1, end));
                index = end;
            }
        } else {
            // `Srinagar (Jammu and Kashmir) [India], September 18 (ANI):`: a name in
            // brackets before another region or the date is a region, not the agency.
            if self.word(index) == "(" {
                if let Some(end) = self.name(index + 1).filter(|&end| self.word(end) == ")") {
                    if matches!(self.word(end + 1), "[" | ",") {
                        region = Some(self.span(index + 1, end));
                        index = end + 1;
                    }
                }
            }
            // `New Delhi [India], March 19 (ANI):`
            if self.word(index) == "[" {
                if let Some(end) = self.name(index + 1).filter(|&end| self.word(end) == "]") {
                    region = Some(self.span(index + 1, end));
                    index = end + 1;
                }
            }
        }
        let mut date_text = None;
        let mut date = None;
        if matches!(self.word(index), "," | ".") {
            if let Some(found) = self.date(index + 1) {
                date_text = Some(self.span(index + 1, found.end));
                date = resolve(found.month, found.day, found.year, reference);
                index = found.end;
            }
        }
        if agency.is_none() {
            // `October 7. /TASS/.`, `January 14, 2024, SPA --`, `ASTANA. KAZINFORM -`
            let at = index + usize::from(matches!(self.word(index), "." | ","));
            let (bracketed, end) = self.bracketed_agency(at)?;
            if let Some(span) = bracketed {
                (agency, index) = (Some(span), end);
            } else if let Some(end) = self.listed_agency(at) {
                (agency, index) = (Some(self.span(at, end)), end);
            }
        }
        let mut separator = self.separator_len(index);
        // After the separator, closed by a period: `MOSCOW, October 29 – RIA Novosti.`
        if agency.is_none() && separator > 0 {
            if let Some(end) = self.listed_agency(index + separator).filter(|&end| self.word(end) == ".") {
                agency = Some(self.span(index + separator, end));
                (index, separator) = (end, 1);
            }
        }
        // Or signed at the story's end: `MANILA – The Philippine government ... (PNA)`.
        let agency = agency.or_else(|| self.closing_agency());
        let all_caps = self.text[place.range()].chars().all(|c| !c.is_lowercase());
        let accepted = agency.is_some() || date_text.is_some() || (separator > 0 && (all_caps || region.is_some()));
        if !accepted {
            return None;
        }
        Some(Dateline { span: self.span(start, index + separator), place, region, agency, date_text, date })
    }
}

/// The month `word` names, in a spelling [`month_of`] reads or in capitals (`APR`, `SEPT.`:
/// ANSA's style).
fn month(word: &str) -> Option<u8> {
    if let Some((month, _)) = month_of(word) {
        return Some(month);
    }
    let mut title_case = [0u8; 10];
    let bytes = word.as_bytes();
    if bytes.len() > title_case.len() || !bytes.iter().all(|&b| b.is_ascii_uppercase() || b == b'.') {
        return None;
    }
    for (index, &byte) in bytes.iter().enumerate() {
        title_case[index] = if index == 0 { byte } else { byte.to_ascii_lowercase() };
    }
    month_of(std::str::from_utf8(&title_case[..bytes.len()]).ok()?).map(|(month, _)| month)
}

fn resolve(month: u8, day: u8, year: Option<i32>, reference: Option<CivilDate>) -> Option<CivilDate> {
    match (year, reference) {
        (Some(year), _) => CivilDate::new(year, month, day),
        // A dateline is never far from publication: take the nearest year.
        (None, Some(today)) => (today.year - 1..=today.year + 1)
            .filter_map(|year| CivilDate::new(year, month, day))
            .min_by_key(|d| (d.to_days() - today.to_days()).abs()),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// place | region | agency | date text | date
    fn dateline(text: &str, today: &str) -> String {
        let mut doc = Doc::new("t", text.to_string());
        segment::segment(&mut doc);
        let Some(d) = parse_dateline(&doc, CivilDate::parse_iso(today)) else {
            return "none".into();
        };
        let part = |span: Option<Span>| span.map_or("-", |s| doc.slice(s)).to_string();
        let date = d.date.map_or("-".to_string(), |d| d.to_string());
        format!(
            "{} | {} | {} | {} | {} | {}",
            doc.slice(d.place),
            part(d.region),
            part(d.agency),
            part(d.date_text),
            date,
            doc.slice(d.span)
        )
    }

    /// One dateline in each agency's house style.
    #[test]
    fn agency_styles() {
        let cases = [
            ("PARIS (AFP) – France", "PARIS | - | AFP | - | - | PARIS (AFP) –"),
            ("NAIROBI, Kenya (AP) — Kenyan police", "NAIROBI | Kenya | AP | - | - | NAIROBI, Kenya (AP) —"),
            ("GENEVA (Reuters) - Yemen's", "GENEVA | - | Reuters | - | - | GENEVA (Reuters) -"),
            (
                "BEIJING, Jan. 5 (Xinhua) -- China",
                "BEIJING | - | Xinhua | Jan. 5 | 2021-01-05 | BEIJING, Jan. 5 (Xinhua) --",
            ),
            (
                "MOSCOW, October 7. /TASS/. The minister",
                "MOSCOW | - | TASS | October 7 | 2020-10-07 | MOSCOW, October 7. /TASS/.",
            ),
            (
                "MOSCOW, October 7 (RIA Novosti) - The",
                "MOSCOW | - | RIA Novosti | October 7 | 2020-10-07 | MOSCOW, October 7 (RIA Novosti) -",
            ),
            (
                "MOSCOW. Dec 14 (Interfax) - The",
                "MOSCOW | - | Interfax | Dec 14 | 2020-12-14 | MOSCOW. Dec 14 (Interfax) -",
            ),
            ("Tehran, IRNA -- Iran's", "Tehran | - | IRNA | - | - | Tehran, IRNA --"),
            ("ANKARA (AA) - Turkish", "ANKARA | - | AA | - | - | ANKARA (AA) -"),
            ("TOKYO, Sept. 5 Kyodo - Japan", "TOKYO | - | Kyodo | Sept. 5 | 2020-09-05 | TOKYO, Sept. 5 Kyodo -"),
            (
                "SEOUL, Dec. 14 (Yonhap) -- North",
                "SEOUL | - | Yonhap | Dec. 14 | 2020-12-14 | SEOUL, Dec. 14 (Yonhap) --",
            ),
            ("KUWAIT, Dec 14 (KUNA) -- Kuwait", "KUWAIT | - | KUNA | Dec 14 | 2020-12-14 | KUWAIT, Dec 14 (KUNA) --"),
            (
                "ABU DHABI, 14th December, 2020 (WAM) -- The",
                "ABU DHABI | - | WAM | 14th December, 2020 | 2020-12-14 | ABU DHABI, 14th December, 2020 (WAM) --",
            ),
            (
                "Riyadh, December 14, 2020, SPA -- Saudi",
                "Riyadh | - | SPA | December 14, 2020 | 2020-12-14 | Riyadh, December 14, 2020, SPA --",
            ),
            (
                "ISLAMABAD, Sep 2 (APP): International",
                "ISLAMABAD | - | APP | Sep 2 | 2020-09-02 | ISLAMABAD, Sep 2 (APP):",
            ),
            (
                "New Delhi, Feb 21 (PTI) India and Oman",
                "New Delhi | - | PTI | Feb 21 | 2021-02-21 | New Delhi, Feb 21 (PTI)",
            ),
            (
                "New Delhi [India], December 19 (ANI): India",
                "New Delhi | India | ANI | December 19 | 2020-12-19 | New Delhi [India], December 19 (ANI):",
            ),
            (
                "KUALA LUMPUR, Aug 8 (Bernama) -- Malaysia",
                "KUALA LUMPUR | - | Bernama | Aug 8 | 2020-08-08 | KUALA LUMPUR, Aug 8 (Bernama) --",
            ),
            ("Jakarta (ANTARA) - Indonesia's", "Jakarta | - | ANTARA | - | - | Jakarta (ANTARA) -"),
            (
                "MANILA, Dec. 14 (PNA) -- President",
                "MANILA | - | PNA | Dec. 14 | 2020-12-14 | MANILA, Dec. 14 (PNA) --",
            ),
            ("ASTANA. KAZINFORM - President", "ASTANA | - | KAZINFORM | - | - | ASTANA. KAZINFORM -"),
            (
                "KYIV, March 3. /UNIAN/. Russian-backed",
                "KYIV | - | UNIAN | March 3 | 2021-03-03 | KYIV, March 3. /UNIAN/.",
            ),
            (
                "Kyiv, 25 December. /Ukrinform/. Ukraine",
                "Kyiv | - | Ukrinform | 25 December | 2020-12-25 | Kyiv, 25 December. /Ukrinform/.",
            ),
            (
                "Sofia, December 14 (BTA) - Bulgaria",
                "Sofia | - | BTA | December 14 | 2020-12-14 | Sofia, December 14 (BTA) -",
            ),
            ("(ANSA) - ROME, APR 17 - Premier", "ROME | - | ANSA | APR 17 | 2021-04-17 | (ANSA) - ROME, APR 17 -"),
            ("Berlin (dpa) - Germany's", "Berlin | - | dpa | - | - | Berlin (dpa) -"),
            ("Havana, Jun 9 (EFE).- The", "Havana | - | EFE | Jun 9 | 2021-06-09 | Havana, Jun 9 (EFE).-"),
            // A place of five words; a region in brackets before the country's.
            (
                "Las Palmas de Gran Canaria, Jun 8 (EFE).- Spain's",
                "Las Palmas de Gran Canaria | - | EFE | Jun 8 | 2021-06-08 | Las Palmas de Gran Canaria, Jun 8 (EFE).-",
            ),
            (
                "Srinagar (Jammu and Kashmir) [India], September 18 (ANI): Two",
                "Srinagar | India | ANI | September 18 | 2020-09-18 | Srinagar (Jammu and Kashmir) [India], September 18 (ANI):",
            ),
            // The agency after the dash, closed by a period (RIA Novosti's style).
            (
                "MOSCOW, October 29 – RIA Novosti. The Russian",
                "MOSCOW | - | RIA Novosti | October 29 | 2020-10-29 | MOSCOW, October 29 – RIA Novosti.",
            ),
            // Or signed where the story ends (the Philippine News Agency's), listed agencies only.
            ("MANILA – The coast guard said. (PNA)", "MANILA | - | PNA | - | - | MANILA –"),
            ("MANILA – The coast guard said. (Bantay Dagat)", "MANILA | - | - | - | - | MANILA –"),
            ("CAIRO, April 2 (MENA) - Egyptian", "CAIRO | - | MENA | April 2 | 2021-04-02 | CAIRO, April 2 (MENA) -"),
            (
                "HAVANA, Mar 5 (Prensa Latina) Cuban",
                "HAVANA | - | Prensa Latina | Mar 5 | 2021-03-05 | HAVANA, Mar 5 (Prensa Latina)",
            ),
            (
                "THE HAGUE, Netherlands (AP) — The",
                "THE HAGUE | Netherlands | AP | - | - | THE HAGUE, Netherlands (AP) —",
            ),
            ("RIO DE JANEIRO (Reuters) - Brazil", "RIO DE JANEIRO | - | Reuters | - | - | RIO DE JANEIRO (Reuters) -"),
            ("WASHINGTON — The Senate", "WASHINGTON | - | - | - | - | WASHINGTON —"),
        ];
        for (text, expected) in cases {
            assert_eq!(dateline(text, "2020-12-31"), expected, "{text}");
        }
    }

    #[test]
    fn a_byline_line_before_the_dateline_is_skipped() {
        assert_eq!(
            dateline("By Anna Weber\n\nBerlin (dpa) - Germany's", "2024-02-29"),
            "Berlin | - | dpa | - | - | Berlin (dpa) -"
        );
        assert_eq!(
            dateline("By Omar Hassan\nKHARTOUM, Sudan (AFP) - Sudan's", "2023-05-21"),
            "KHARTOUM | Sudan | AFP | - | - | KHARTOUM, Sudan (AFP) -"
        );
        assert_eq!(dateline("By Tuesday, the talks had failed.", "2023-05-21"), "none");
    }

    #[test]
    fn an_unlisted_agency_needs_brackets() {
        assert_eq!(
            dateline("TOKYO, Sept. 5 Mainichi - Japan", "2020-12-31"),
            "TOKYO | - | - | Sept. 5 | 2020-09-05 | TOKYO, Sept. 5"
        );
        assert_eq!(dateline("Tehran, Kayhan said -- Iran's", "2020-12-31"), "none");
    }

    #[test]
    fn every_listed_agency_has_a_full_name_and_a_country() {
        for line in doc::data_lines(include_str!("../../../data/agencies.tsv")) {
            let fields: Vec<&str> = line.split('\t').collect();
            let country = fields.get(2).copied().unwrap_or("");
            assert!(fields.len() == 3 && !fields[1].is_empty(), "{line}");
            assert!(country.len() == 2 && country.chars().all(|c| c.is_ascii_uppercase()), "{line}");
        }
        assert!(agencies().len() > 29);
    }

    #[test]
    fn the_dateline_date_takes_the_nearest_year() {
        assert_eq!(
            dateline("BAKU, December 31 (Xinhua) -- Text", "2021-01-01"),
            "BAKU | - | Xinhua | December 31 | 2020-12-31 | BAKU, December 31 (Xinhua) --"
        );
        assert_eq!(
            dateline("BAKU, July 14 (Xinhua) -- Text", ""),
            "BAKU | - | Xinhua | July 14 | - | BAKU, July 14 (Xinhua) --"
        );
    }

    #[test]
    fn prose_is_not_a_dateline() {
        for text in [
            "The European Union imposed sanctions.",
            "Kenyan police fired tear gas.",
            "Georgia, Armenia and Azerbaijan met.",
            "In Washington, the State Department said.",
            "",
        ] {
            assert_eq!(dateline(text, "2020-12-31"), "none", "{text}");
        }
    }
}
