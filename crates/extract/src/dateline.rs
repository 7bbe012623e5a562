//! The opening dateline: `MOSCOW, October 7. /TASS/.`, `GENEVA (Reuters) -`,
//! `NAIROBI, Kenya (AP) —`, `BEIJING, Jan. 5 (Xinhua) --`, `ISLAMABAD, Sep 2 (APP):`,
//! `New Delhi, Feb 21 (PTI)`.
//!
//! Grammar, over the first tokens of the text:
//! `PLACE [, REGION] [, MONTH DAY [, YEAR]] [.] [(AGENCY) | /AGENCY/] [SEPARATOR]`,
//! where PLACE and REGION are capitalized words. A dateline needs an agency, or a date,
//! or an all-capitals place followed by a dash; anything else is ordinary prose.

use crate::dates::month_of;
use doc::{CivilDate, Dateline, Doc, Span, Token, TokenKind};

/// The most words a place or region name has.
const MAX_NAME_WORDS: usize = 4;
/// Lowercase words allowed inside a place name (`Rio de Janeiro`).
const NAME_PARTICLES: &[&str] = &["de", "del", "da", "do", "la", "el", "al", "of", "upon", "am", "an", "der"];

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

    fn parse(&self, reference: Option<CivilDate>) -> Option<Dateline> {
        let place_end = self.name(0)?;
        let place = self.span(0, place_end);
        let mut index = place_end;
        let mut region = None;
        let mut date_text = None;
        let mut date = None;
        if self.word(index) == "," {
            if let Some(end) = self.name(index + 1) {
                region = Some(self.span(index + 1, end));
                index = end;
            }
        }
        if self.word(index) == "," {
            if let Some((month, _)) = month_of(self.word(index + 1)) {
                let day: u8 = self.word(index + 2).parse().ok().filter(|d| (1..=31).contains(d))?;
                let mut end = index + 3;
                let mut year = None;
                if self.word(end) == "," && self.word(end + 1).len() == 4 {
                    year = self.word(end + 1).parse().ok();
                    end += 2;
                }
                date_text = Some(self.span(index + 1, end));
                date = resolve(month, day, year, reference);
                index = end;
            }
        }
        if self.word(index) == "." {
            index += 1;
        }
        let mut agency = None;
        let (open, close) = match self.word(index) {
            "(" => ("(", ")"),
            "/" => ("/", "/"),
            _ => ("", ""),
        };
        if !open.is_empty() {
            let first = index + 1;
            let end = (first..first + MAX_NAME_WORDS + 1).find(|&i| self.word(i) == close)?;
            let all_words = (first..end).all(|i| self.kind(i) == Some(TokenKind::Word));
            if end == first || !all_words {
                return None;
            }
            agency = Some(self.span(first, end));
            index = end + 1;
        }
        let separator = self.kind(index) == Some(TokenKind::Dash) || matches!(self.word(index), ":" | "." | "-");
        let all_caps = self.text[place.range()].chars().all(|c| !c.is_lowercase());
        let accepted = agency.is_some() || date_text.is_some() || (separator && (all_caps || region.is_some()));
        if !accepted {
            return None;
        }
        let end = if separator { index + 1 } else { index };
        Some(Dateline { span: self.span(0, end), place, region, agency, date_text, date })
    }
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

    #[test]
    fn agency_styles() {
        let cases = [
            (
                "MOSCOW, October 7. /TASS/. The minister",
                "MOSCOW | - | TASS | October 7 | 2020-10-07 | MOSCOW, October 7. /TASS/.",
            ),
            ("GENEVA (Reuters) - Yemen's", "GENEVA | - | Reuters | - | - | GENEVA (Reuters) -"),
            ("NAIROBI, Kenya (AP) — Kenyan police", "NAIROBI | Kenya | AP | - | - | NAIROBI, Kenya (AP) —"),
            (
                "BEIJING, Jan. 5 (Xinhua) -- China",
                "BEIJING | - | Xinhua | Jan. 5 | 2021-01-05 | BEIJING, Jan. 5 (Xinhua) --",
            ),
            (
                "KYIV, March 3. /UNIAN/. Russian-backed",
                "KYIV | - | UNIAN | March 3 | 2021-03-03 | KYIV, March 3. /UNIAN/.",
            ),
            ("PARIS (AFP) – France", "PARIS | - | AFP | - | - | PARIS (AFP) –"),
            (
                "ISLAMABAD, Sep 2 (APP): International",
                "ISLAMABAD | - | APP | Sep 2 | 2020-09-02 | ISLAMABAD, Sep 2 (APP):",
            ),
            (
                "New Delhi, Feb 21 (PTI) India and Oman",
                "New Delhi | - | PTI | Feb 21 | 2021-02-21 | New Delhi, Feb 21 (PTI)",
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
