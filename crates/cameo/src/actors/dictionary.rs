//! The actor dictionary (`data/actors/*.tsv`): names of organizations and persons with
//! their CAMEO codes and the dates each code holds, matched longest first.
//!
//! A line is `name<TAB>code<TAB>from<TAB>to<TAB>other names`, the last three optional:
//! `from` and `to` are `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a `to` of a year or month
//! runs to its last day), empty when open; other names are separated by `|`. In the
//! files named `persons-*`, each line is one role of a person, whose other names, on
//! any of their lines, name every role: after the last role a person holds, a former
//! official of a state is that state's elite (`ELI`).

use doc::CivilDate;
use rustc_hash::{FxHashMap, FxHashSet};

/// The dictionary's files, compiled into dateline.
macro_rules! actor_files {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../../../../data/actors/", $name)))),*]
    };
}
pub(crate) const FILES: &[(&str, &str)] = actor_files!(
    "igos.tsv",
    "ngos.tsv",
    "national-bodies.tsv",
    "groups-africa.tsv",
    "groups-americas.tsv",
    "groups-asia.tsv",
    "groups-europe.tsv",
    "groups-middle-east.tsv",
    "media.tsv",
    "persons-africa.tsv",
    "persons-americas.tsv",
    "persons-asia.tsv",
    "persons-europe.tsv",
    "persons-middle-east.tsv",
);

/// Country prefixes aside, the prefixes a code may open with: international
/// organizations, non-governmental ones, international militarized groups, companies.
pub(crate) const GROUP_PREFIXES: [&str; 4] = ["IGO", "NGO", "IMG", "MNC"];

/// The first day the dictionary's dates can name, and the last: open ends.
const EARLIEST: CivilDate = CivilDate { year: 1, month: 1, day: 1 };
const LATEST: CivilDate = CivilDate { year: 9999, month: 12, day: 31 };

/// One line: a code and the days it holds.
#[derive(Debug)]
pub(crate) struct Entry {
    pub code: &'static str,
    pub from: CivilDate,
    pub to: CivilDate,
    /// For a person's role in a state, the code they hold after it (`RUSELI`).
    pub former: Option<String>,
}

/// A parsed line: its names (the first is the main one) and its entry.
pub(crate) type Line = (Vec<&'static str>, Entry);

/// Parses one data line of a file; `person` for the files of persons.
pub(crate) fn parse_line(line: &'static str, person: bool) -> Result<Line, String> {
    let mut fields = line.split('\t');
    let name = fields.next().filter(|n| !n.trim().is_empty()).ok_or("no name")?;
    let code = fields.next().filter(|c| !c.is_empty()).ok_or("no code")?;
    let from = date_field(fields.next(), false)?.unwrap_or(EARLIEST);
    let to = date_field(fields.next(), true)?.unwrap_or(LATEST);
    let mut names = vec![name];
    names.extend(fields.next().into_iter().flat_map(|other| other.split('|')).filter(|n| !n.is_empty()));
    if fields.next().is_some() {
        return Err("more than five fields".into());
    }
    let state = !GROUP_PREFIXES.iter().any(|prefix| code.starts_with(prefix));
    let former = (person && state).then(|| format!("{}ELI", &code[..code.len().min(3)]));
    Ok((names, Entry { code, from, to, former }))
}

/// A date field: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, the last day of its period when
/// `end`; `None` when empty.
fn date_field(field: Option<&str>, end: bool) -> Result<Option<CivilDate>, String> {
    let Some(field) = field.filter(|f| !f.is_empty()) else {
        return Ok(None);
    };
    let mut parts = field.split('-').map(|p| p.parse::<i32>().ok());
    let bad = || format!("bad date {field:?}");
    let year = parts.next().flatten().filter(|_| field.len() >= 4).ok_or_else(bad)?;
    let month = match parts.next() {
        Some(month) => month.ok_or_else(bad)?,
        None if end => 12,
        None => 1,
    };
    let month = u8::try_from(month).map_err(|_| bad())?;
    let date = match parts.next() {
        Some(day) => CivilDate::new(year, month, day.and_then(|d| u8::try_from(d).ok()).ok_or_else(bad)?),
        None if end => (28..=31).rev().find_map(|day| CivilDate::new(year, month, day)),
        None => CivilDate::new(year, month, 1),
    };
    date.filter(|_| parts.next().is_none()).map(Some).ok_or_else(bad)
}

/// The dictionary, indexed by name key.
pub(crate) struct Dictionary {
    /// Name key → the entries of that name, in file order.
    by_name: FxHashMap<String, Vec<Entry>>,
    /// The first words of the names, to skip words that open none.
    first_words: FxHashSet<String>,
    /// The most words of a name.
    max_words: usize,
}

impl Dictionary {
    /// The dictionary compiled into dateline.
    pub(crate) fn embedded() -> Dictionary {
        let mut dictionary =
            Dictionary { by_name: FxHashMap::default(), first_words: FxHashSet::default(), max_words: 0 };
        for &(file, source) in FILES {
            let person = file.starts_with("persons");
            let lines: Vec<Line> = source
                .lines()
                .enumerate()
                .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'))
                .map(|(number, line)| {
                    parse_line(line, person)
                        .unwrap_or_else(|reason| panic!("data/actors/{file}: line {}: {reason}", number + 1))
                })
                .collect();
            // A person's other names, given on any of their lines, name every role.
            let mut other_names: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
            for (names, _) in lines.iter().filter(|_| person) {
                other_names.entry(names[0]).or_default().extend(&names[1..]);
            }
            for (names, entry) in lines {
                let others = other_names.get(names[0]).map_or(&names[1..], Vec::as_slice);
                for name in others {
                    dictionary.insert(name, Entry { former: entry.former.clone(), ..entry });
                }
                dictionary.insert(names[0], entry);
            }
        }
        dictionary
    }

    fn insert(&mut self, name: &str, entry: Entry) {
        let key = geo::name_key(name);
        self.max_words = self.max_words.max(key.split(' ').count());
        self.first_words.insert(key.split(' ').next().unwrap_or_default().to_string());
        let entries = self.by_name.entry(key).or_default();
        // A name given twice for the same days and code (an other name repeated) is one entry.
        if !entries.iter().any(|e| e.code == entry.code && e.from == entry.from && e.to == entry.to) {
            entries.push(entry);
        }
    }

    /// The code `words` (all of them) name on `date`.
    pub(crate) fn code_of(&self, words: &[&str], date: Option<CivilDate>) -> Option<&str> {
        let mut key = String::new();
        for word in words {
            geo::push_name_key(&mut key, word);
        }
        self.by_name.get(key.as_str()).and_then(|entries| code_on(entries, date))
    }

    /// The longest name in `words` that no `masked` word is part of, and its code on
    /// `date` (`None` for a name that held no code then: `Soviet Union` in 2020); a
    /// name opens on a word with a capital letter (`WHO`, `al-Shabaab`, never `who`).
    /// One key buffer is extended word by word.
    pub(crate) fn longest_in(&self, words: &[&str], masked: &[bool], date: Option<CivilDate>) -> Option<Option<&str>> {
        let mut key = String::new();
        let mut best: Option<(usize, Option<&str>)> = None;
        for first in 0..words.len() {
            if !words[first].contains(char::is_uppercase) {
                continue;
            }
            key.clear();
            for (offset, word) in words[first..].iter().take(self.max_words).enumerate() {
                if masked.get(first + offset).copied().unwrap_or(false) {
                    break;
                }
                geo::push_name_key(&mut key, word);
                if offset == 0 && !self.first_words.contains(key.as_str()) {
                    break;
                }
                if let Some(entries) = self.by_name.get(key.as_str()) {
                    if best.is_none_or(|(length, _)| offset + 1 > length) {
                        best = Some((offset + 1, code_on(entries, date)));
                    }
                }
            }
        }
        best.map(|(_, code)| code)
    }
}

/// The code a name's entries give on `date` (today's roles when the date is unknown):
/// the entry holding then, else, for a person past a role in a state, the elite code
/// of the role that ended last.
fn code_on(entries: &[Entry], date: Option<CivilDate>) -> Option<&str> {
    let date = date.unwrap_or(LATEST);
    if let Some(entry) = entries.iter().find(|e| e.from <= date && date <= e.to) {
        return Some(entry.code);
    }
    entries.iter().filter(|e| e.to < date).max_by_key(|e| e.to).and_then(|e| e.former.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Roles a code may hold that no role word gives: elites, parties, insurgents,
    /// separatists, criminals, religious bodies, rights groups, and the like.
    const ROLES_BEYOND_WORDS: [&str; 12] =
        ["ELI", "PTY", "INS", "SEP", "CRM", "REL", "HRI", "ENV", "AGR", "DEV", "MOD", "RAD"];
    /// States CAMEO codes that the places gazetteer has no country for: Kosovo.
    const STATES_BEYOND_GAZETTEER: [&str; 1] = ["KSV"];

    /// CAMEO's grammar: a country and three-letter roles (`RUSGOV`, `PSEREB`), or a
    /// group prefix and the organization's letters (`IGOUNOIAEA`, `NGOICRC`); at most
    /// 15 capitals, what `ActorCode` holds.
    fn well_formed(code: &str, roles: &FxHashSet<&str>, gazetteer: &geo::Gazetteer) -> bool {
        if !(3..=15).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            return false;
        }
        let (prefix, rest) = code.split_at(3);
        if GROUP_PREFIXES.contains(&prefix) {
            return true;
        }
        (gazetteer.country_of_alpha3(prefix).is_some() || STATES_BEYOND_GAZETTEER.contains(&prefix))
            && rest.len() % 3 == 0
            && (0..rest.len() / 3).all(|i| roles.contains(&rest[i * 3..i * 3 + 3]))
    }

    #[test]
    fn codes_are_well_formed_dates_ordered_and_no_name_has_two_codes_at_once() {
        let mut roles: FxHashSet<&str> = doc::data_lines(include_str!("../../../../data/cameo_roles.tsv"))
            .filter_map(|l| l.split('\t').nth(1))
            .collect();
        roles.extend(ROLES_BEYOND_WORDS);
        let gazetteer = geo::Gazetteer::embedded();
        let mut problems = Vec::new();
        let mut entries = 0;
        for &(file, source) in FILES {
            for (number, line) in source.lines().enumerate().filter(|(_, l)| !l.is_empty() && !l.starts_with('#')) {
                entries += 1;
                match parse_line(line, file.starts_with("persons")) {
                    Err(reason) => problems.push(format!("{file}:{}: {reason}", number + 1)),
                    Ok((_, entry)) if !well_formed(entry.code, &roles, gazetteer) => {
                        problems.push(format!("{file}:{}: bad code {}", number + 1, entry.code));
                    }
                    Ok((_, entry)) if entry.from > entry.to => {
                        problems.push(format!("{file}:{}: ends before it begins", number + 1));
                    }
                    Ok(_) => {}
                }
            }
        }
        let dictionary = Dictionary::embedded();
        let mut names: Vec<_> = dictionary.by_name.iter().collect();
        names.sort_by_key(|(name, _)| name.as_str());
        for (name, entries) in names {
            for (i, a) in entries.iter().enumerate() {
                let clash = entries[i + 1..].iter().find(|b| b.code != a.code && a.from <= b.to && b.from <= a.to);
                if let Some(b) = clash {
                    problems.push(format!("{name:?} is {} and {} at once", a.code, b.code));
                }
            }
        }
        assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
        assert!(entries >= 3000, "the dictionary has {entries} entries");
    }

    #[test]
    fn persons_are_coded_by_the_role_held_on_the_date() {
        let dictionary = Dictionary::embedded();
        let on = |name: &str, date: &str| {
            let words: Vec<&str> = name.split(' ').collect();
            dictionary.code_of(&words, CivilDate::parse_iso(date)).map(String::from)
        };
        assert_eq!(on("Sergey Lavrov", "2020-06-01").as_deref(), Some("RUSGOV"));
        assert_eq!(on("Lavrov", "2020-06-01").as_deref(), Some("RUSGOV"));
        // Angela Merkel left office on 8 December 2021: the next day she is an elite.
        assert_eq!(on("Angela Merkel", "2021-12-08").as_deref(), Some("DEUGOV"));
        assert_eq!(on("Angela Merkel", "2021-12-09").as_deref(), Some("DEUELI"));
        // Before the first role, the dictionary says nothing.
        assert_eq!(on("Olaf Scholz", "2001-01-01"), None);
        // A group that changed sides: the Taliban ruled Afghanistan from 15 August 2021.
        assert_eq!(on("Taliban", "2021-08-14").as_deref(), Some("AFGREB"));
        assert_eq!(on("Taliban", "2021-08-15").as_deref(), Some("AFGGOV"));
    }
}
