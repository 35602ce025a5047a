//! Public holidays by country and region, read from the files `scripts/holidays.py` writes into
//! `data/holidays/` (one file per country, `DE.txt`; the grammar is in DESIGN.md, "Holidays").
//!
//! The files are data from outside the engine (fetched by the app, read from disk by the CLI), so
//! they are read as untrusted input: [`CountryHolidays::parse`] is total, linear in the text and
//! bounded by [`MAX_FILE_BYTES`], and refuses anything off the grammar with
//! [`Error::HolidayFile`] and the line. [`holidays_for`] is the one filter by region and years
//! that the CLI (and later the app) use.

use crate::error::found as echo;
use crate::{CivilDate, Error, HolidayField, HolidayFileProblem as P};
use rustc_hash::FxHashMap;
use std::ops::RangeInclusive;

/// The first line of every holiday file.
pub const FORMAT: &str = "meridian-holidays/1";

/// The largest holiday file read, in bytes. The largest generated file (Italy, 107 provinces
/// and 7 cities) has about 46 kB; this leaves room for twenty times that.
pub const MAX_FILE_BYTES: usize = 1024 * 1024;

/// The most years a file may cover (the generated ones cover six).
pub const MAX_YEARS: i32 = 100;

/// The longest region code, in characters (the longest generated one, `São Paulo Capital`, has
/// 17).
pub const MAX_REGION_CHARS: usize = 64;

/// What kind of day off a holiday entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HolidayKind {
    /// The holiday on its own date.
    Holiday,
    /// A holiday observed on another day (moved off a weekend or another holiday, e.g. the
    /// Monday after Christmas Day on a Sunday in England).
    Observed,
    /// A day off in exchange for a working day elsewhere (China's and Vietnam's bridge days).
    Substituted,
}

impl HolidayKind {
    /// `holiday`, `observed` or `substituted`: the word the data and the CLI's JSON use.
    pub fn as_str(self) -> &'static str {
        match self {
            HolidayKind::Holiday => "holiday",
            HolidayKind::Observed => "observed",
            HolidayKind::Substituted => "substituted",
        }
    }
}

/// Where in the country a holiday applies.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Scope {
    /// In the country's own calendar (no region named) and in every region.
    Everywhere,
    /// Only where listed.
    Listed {
        /// In the country's own calendar, used when no region is named (e.g. a US federal
        /// holiday that some states do not keep).
        national: bool,
        /// Indices into [`CountryHolidays::regions`], increasing (no repeats).
        regions: Vec<u16>,
    },
}

/// One public holiday (or observed or substituted day off) of a country.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Holiday {
    /// The day, a civil date in the country's own calendar.
    pub date: CivilDate,
    /// Its name in the country's language (the source's default), e.g. `Fronleichnam`.
    pub local_name: String,
    /// Its name in English, e.g. `Corpus Christi` (the local name when the source has no English
    /// one or the local language is English).
    pub english_name: String,
    /// The holiday itself, an observed day or a substituted day.
    pub kind: HolidayKind,
    /// Where it applies.
    pub scope: Scope,
}

impl Holiday {
    /// Whether this day is off for someone observing a holiday moved from elsewhere (observed
    /// or substituted), rather than on the holiday's own date.
    pub fn observed(&self) -> bool {
        self.kind != HolidayKind::Holiday
    }
}

/// One country's holiday file, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountryHolidays {
    /// ISO 3166-1 alpha-2 code, e.g. `DE`.
    pub country: String,
    /// Where the data came from, e.g. `holidays 0.108`.
    pub source: String,
    /// The years the file covers, first and last included.
    pub years: RangeInclusive<i32>,
    /// The locales the source names the country's holidays in (e.g. `de`, `en_US`); empty when
    /// it records none.
    pub languages: Vec<String>,
    /// The locale of [`Holiday::local_name`], when recorded.
    pub local_language: Option<String>,
    /// The locale of [`Holiday::english_name`], when the source has English names.
    pub english_language: Option<String>,
    /// Region codes: the part after the country in ISO 3166-2 (`BE` for `DE-BE`), or the
    /// source's name for a city or area without one (`Augsburg`).
    pub regions: Vec<String>,
    /// The holidays, by date.
    pub holidays: Vec<Holiday>,
}

fn bad(line: usize, problem: P) -> Error {
    Error::HolidayFile { line, problem }
}

/// The value of header line `number` (1-based), which must start with `key` and a space (or be
/// exactly `key` when the value may be empty).
fn header<'a>(lines: &mut Lines<'a>, key: &'static str) -> Result<(usize, &'a str), Error> {
    let (number, line) = lines.next().ok_or_else(|| bad(0, P::EndsBefore { key }))?;
    if line == key {
        return Ok((number, ""));
    }
    match line.strip_prefix(key).and_then(|r| r.strip_prefix(' ')) {
        Some(value) => Ok((number, value)),
        None => Err(bad(
            number,
            P::ExpectedHeader {
                key,
                found: echo(line),
            },
        )),
    }
}

type Lines<'a> = std::iter::Map<
    std::iter::Enumerate<std::str::Split<'a, char>>,
    fn((usize, &'a str)) -> (usize, &'a str),
>;

fn numbered((i, line): (usize, &str)) -> (usize, &str) {
    (i + 1, line.strip_suffix('\r').unwrap_or(line))
}

fn year(number: usize, text: &str) -> Result<i32, Error> {
    let ok = text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit());
    let y = if ok { text.parse::<i32>().ok() } else { None };
    match y {
        Some(y) if y >= 1000 => Ok(y),
        _ => Err(bad(number, P::NotAYear { text: echo(text) })),
    }
}

fn language(number: usize, text: &str) -> Result<Option<String>, Error> {
    if text == "-" {
        return Ok(None);
    }
    let ok = !text.is_empty()
        && text.len() <= 16
        && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    if ok {
        Ok(Some(text.to_string()))
    } else {
        Err(bad(number, P::NotALocale { text: echo(text) }))
    }
}

fn name(number: usize, text: &str, field: HolidayField) -> Result<(), Error> {
    if text.trim().is_empty() {
        return Err(bad(number, P::EmptyName { field }));
    }
    if text.chars().any(char::is_control) {
        return Err(bad(number, P::ControlCharacter { field }));
    }
    Ok(())
}

impl CountryHolidays {
    /// Reads a holiday file's bytes (UTF-8, no byte order mark).
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, Error> {
        if bytes.len() > MAX_FILE_BYTES {
            return Err(bad(
                0,
                P::FileTooLarge {
                    bytes: bytes.len(),
                    max: MAX_FILE_BYTES,
                },
            ));
        }
        let text = std::str::from_utf8(bytes).map_err(|e| {
            let at = e.valid_up_to();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            bad(line, P::NotUtf8 { byte: at + 1 })
        })?;
        Self::parse(text)
    }

    /// Reads a holiday file. Linear in the text; refuses a text over [`MAX_FILE_BYTES`] at once.
    pub fn parse(text: &str) -> Result<Self, Error> {
        if text.len() > MAX_FILE_BYTES {
            return Err(bad(
                0,
                P::FileTooLarge {
                    bytes: text.len(),
                    max: MAX_FILE_BYTES,
                },
            ));
        }
        if text.is_empty() {
            return Err(bad(0, P::Empty));
        }
        let body = text.strip_suffix('\n').ok_or_else(|| bad(0, P::CutOff))?;
        if body.is_empty() {
            return Err(bad(1, P::Empty));
        }
        let mut lines: Lines = body.split('\n').enumerate().map(numbered);
        match lines.next() {
            Some((_, FORMAT)) => {}
            Some((_, first)) => return Err(bad(1, P::NotAHolidayFile { found: echo(first) })),
            None => return Err(bad(1, P::Empty)),
        }
        let (n, country) = header(&mut lines, "country")?;
        if !(country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase())) {
            return Err(bad(
                n,
                P::NotACountryCode {
                    text: echo(country),
                },
            ));
        }
        let (n, source) = header(&mut lines, "source")?;
        name(n, source, HolidayField::Source)?;
        let (n, years) = header(&mut lines, "years")?;
        let (first, last) = years
            .split_once(' ')
            .ok_or_else(|| bad(n, P::ExpectedYears { found: echo(years) }))?;
        let (first, last) = (year(n, first)?, year(n, last)?);
        if first > last || last - first >= MAX_YEARS {
            return Err(bad(
                n,
                P::YearSpan {
                    first,
                    last,
                    max: MAX_YEARS,
                },
            ));
        }
        let (n, langs) = header(&mut lines, "languages")?;
        let languages = if langs == "-" {
            Vec::new()
        } else {
            langs
                .split(' ')
                .map(|l| language(n, l)?.ok_or_else(|| bad(n, P::DashNotAlone)))
                .collect::<Result<Vec<_>, _>>()?
        };
        let (n, local) = header(&mut lines, "local")?;
        let local_language = language(n, local)?;
        let (n, english) = header(&mut lines, "english")?;
        let english_language = language(n, english)?;
        let (n, codes) = header(&mut lines, "regions")?;
        let mut regions = Vec::new();
        let mut index: FxHashMap<&str, u16> = FxHashMap::default();
        if !codes.is_empty() {
            for code in codes.split(',') {
                let ok = !code.trim().is_empty()
                    && code.trim() == code
                    && code != "*"
                    && code != "-"
                    && code.chars().count() <= MAX_REGION_CHARS
                    && !code.chars().any(char::is_control);
                if !ok {
                    return Err(bad(
                        n,
                        P::NotARegionCode {
                            text: echo(code),
                            max: MAX_REGION_CHARS,
                        },
                    ));
                }
                let i = u16::try_from(regions.len()).map_err(|_| bad(n, P::TooManyRegions))?;
                if index.insert(code, i).is_some() {
                    return Err(bad(n, P::RegionTwice { code: echo(code) }));
                }
                regions.push(code.to_string());
            }
        }
        let mut holidays = Vec::new();
        let mut previous: Option<CivilDate> = None;
        for (n, line) in lines {
            let fields: Vec<&str> = line.splitn(6, '\t').collect();
            let [date, kind, scope, local_name, english_name] = fields[..] else {
                return Err(bad(
                    n,
                    if fields.len() > 5 {
                        P::TooManyFields
                    } else {
                        P::TooFewFields {
                            fields: fields.len(),
                        }
                    },
                ));
            };
            let parsed = (date.len() == 10)
                .then(|| CivilDate::parse(date).ok())
                .flatten()
                .filter(|d| (first..=last).contains(&d.year()));
            let date = parsed.ok_or_else(|| {
                bad(
                    n,
                    P::NotADate {
                        text: echo(date),
                        first,
                        last,
                    },
                )
            })?;
            if previous.is_some_and(|p| p > date) {
                return Err(bad(n, P::OutOfDateOrder));
            }
            previous = Some(date);
            let kind = match kind {
                "-" => HolidayKind::Holiday,
                "o" => HolidayKind::Observed,
                "s" => HolidayKind::Substituted,
                other => return Err(bad(n, P::NotAKind { text: echo(other) })),
            };
            let scope = if scope == "*" {
                Scope::Everywhere
            } else {
                let mut national = false;
                let mut listed: Vec<u16> = Vec::new();
                for code in scope.split(',') {
                    if code == "-" && !national && listed.is_empty() {
                        national = true;
                        continue;
                    }
                    let Some(&i) = index.get(code) else {
                        return Err(bad(n, P::NotARegion { code: echo(code) }));
                    };
                    // In the order of the `regions` line, so repeats are refused in one pass.
                    if listed.last().is_some_and(|&last| last >= i) {
                        return Err(bad(n, P::RegionOutOfOrder { code: echo(code) }));
                    }
                    listed.push(i);
                }
                Scope::Listed {
                    national,
                    regions: listed,
                }
            };
            name(n, local_name, HolidayField::LocalName)?;
            if !english_name.is_empty() {
                name(n, english_name, HolidayField::EnglishName)?;
            }
            holidays.push(Holiday {
                date,
                local_name: local_name.to_string(),
                english_name: if english_name.is_empty() {
                    local_name
                } else {
                    english_name
                }
                .to_string(),
                kind,
                scope,
            });
        }
        Ok(CountryHolidays {
            country: country.to_string(),
            source: source.to_string(),
            years: first..=last,
            languages,
            local_language,
            english_language,
            regions,
            holidays,
        })
    }

    /// The region codes a holiday applies in (empty for [`Scope::Everywhere`] and for a holiday
    /// only in the country's own calendar).
    pub fn region_codes<'a>(&'a self, holiday: &'a Holiday) -> impl Iterator<Item = &'a str> {
        let listed: &[u16] = match &holiday.scope {
            Scope::Everywhere => &[],
            Scope::Listed { regions, .. } => regions,
        };
        listed
            .iter()
            .filter_map(|&i| self.regions.get(usize::from(i)).map(String::as_str))
    }

    /// Whether the file has holidays for every day of `year`.
    pub fn covers(&self, year: i32) -> bool {
        self.years.contains(&year)
    }

    /// The file's region code for `region` as given: exact, or else the one code equal to it
    /// ignoring case (`be` for `BE`); `None` when there is none.
    pub fn region(&self, region: &str) -> Option<&str> {
        if let Some(r) = self.regions.iter().find(|r| r.as_str() == region) {
            return Some(r);
        }
        let mut folded = self
            .regions
            .iter()
            .filter(|r| r.to_lowercase() == region.to_lowercase());
        match (folded.next(), folded.next()) {
            (Some(r), None) => Some(r),
            _ => None,
        }
    }
}

/// The holidays of `country` in `region` (`None`: the country's own calendar, without a
/// region's holidays) on dates in `years`, by date. A region the file does not list is an
/// [`Error::UnknownRegion`] with the regions it has; years outside the file give no holidays
/// (see [`CountryHolidays::covers`]).
pub fn holidays_for<'a>(
    country: &'a CountryHolidays,
    region: Option<&str>,
    years: RangeInclusive<i32>,
) -> Result<Vec<&'a Holiday>, Error> {
    let wanted = match region {
        None => None,
        Some(r) => {
            let code = country.region(r).ok_or_else(|| Error::UnknownRegion {
                country: country.country.clone(),
                region: r.to_string(),
                regions: country.regions.clone(),
            })?;
            let i = country.regions.iter().position(|x| x == code);
            Some(i.and_then(|i| u16::try_from(i).ok()).unwrap_or(u16::MAX))
        }
    };
    Ok(country
        .holidays
        .iter()
        .filter(|h| years.contains(&h.date.year()))
        .filter(|h| match (&h.scope, wanted) {
            (Scope::Everywhere, _) => true,
            (Scope::Listed { national, .. }, None) => *national,
            (Scope::Listed { regions, .. }, Some(i)) => regions.contains(&i),
        })
        .collect())
}

/// Splits `DE-BE` into the country `DE` and the region `BE` (the country in capitals; the region
/// as given, `NZ-South Canterbury` too). `DE` alone has no region.
pub fn split_place(place: &str) -> Result<(String, Option<&str>), Error> {
    let (country, region) = match place.split_once('-') {
        Some((c, r)) => (c, Some(r)),
        None => (place, None),
    };
    if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Err(Error::UnknownCountry(place.to_string()));
    }
    if region.is_some_and(|r| r.trim().is_empty()) {
        return Err(Error::UnknownCountry(place.to_string()));
    }
    Ok((country.to_ascii_uppercase(), region))
}

/// Why a campus's public holidays are not all in the check, as data (the front ends word it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HolidayGap {
    /// No file was loaded for the campus's country (or the campus names none).
    NoData {
        /// The campus.
        campus: crate::schedule::CampusId,
        /// Its country as the schedule gives it (may be empty).
        country: String,
    },
    /// The country's file has no such region: the country's own calendar is used.
    UnknownRegion {
        /// The campus.
        campus: crate::schedule::CampusId,
        /// The country.
        country: String,
        /// The region as the schedule gives it.
        region: String,
    },
    /// The file does not cover a year of the term: that year has no public holidays.
    YearNotCovered {
        /// The campus.
        campus: crate::schedule::CampusId,
        /// The country.
        country: String,
        /// The year.
        year: i32,
    },
}

/// The public holidays of the countries a caller loaded (the CLI from `data/holidays`, the app
/// by fetching the same files), for the conflict check: the engine reads no files itself. Each
/// campus keeps its country's holidays and its region's (see [`Campus::region`]), minus the
/// dates it switched off ([`Campus::holidays_off`]). Cheap to clone (the data is shared).
///
/// [`Campus::region`]: crate::Campus::region
/// [`Campus::holidays_off`]: crate::Campus::holidays_off
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PublicHolidays {
    countries: std::sync::Arc<std::collections::BTreeMap<String, CountryHolidays>>,
}

impl PublicHolidays {
    /// No holidays at all: the check as without holiday data.
    pub fn none() -> PublicHolidays {
        PublicHolidays::default()
    }

    /// These countries' holidays (a later file of the same country replaces an earlier one).
    pub fn new(countries: impl IntoIterator<Item = CountryHolidays>) -> PublicHolidays {
        let mut out = PublicHolidays::none();
        for c in countries {
            out.add(c);
        }
        out
    }

    /// Adds (or replaces) one country's holidays.
    pub fn add(&mut self, country: CountryHolidays) {
        std::sync::Arc::make_mut(&mut self.countries).insert(country.country.clone(), country);
    }

    /// Whether no country is loaded.
    pub fn is_empty(&self) -> bool {
        self.countries.is_empty()
    }

    /// The loaded file of a country (`DE`; any letter case).
    pub fn country(&self, code: &str) -> Option<&CountryHolidays> {
        self.countries.get(&code.trim().to_ascii_uppercase())
    }

    /// The countries whose files a schedule's campuses need (`DE`, `ES`…), in capitals, sorted,
    /// once each: what the app fetches (`data/holidays/DE.txt`) and the CLI reads. A campus
    /// without a two-letter country needs none.
    pub fn countries_of(schedule: &crate::Schedule) -> Vec<String> {
        let mut out: Vec<String> = schedule
            .campuses
            .iter()
            .map(|c| c.country.trim().to_ascii_uppercase())
            .filter(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()))
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// The public holidays a campus keeps from `first` to `last` (both included), by date:
    /// its country's own calendar and its region's, without the dates it switched off. A region
    /// the country's file does not have gives the country's own calendar (see
    /// [`PublicHolidays::gaps`]); a country not loaded gives none.
    pub fn of_campus(
        &self,
        campus: &crate::Campus,
        first: CivilDate,
        last: CivilDate,
    ) -> Vec<&Holiday> {
        let Some(data) = self.country(&campus.country) else {
            return Vec::new();
        };
        let years = first.year()..=last.year();
        let region = campus
            .region
            .as_deref()
            .filter(|r| data.region(r).is_some());
        holidays_for(data, region, years)
            .unwrap_or_default()
            .into_iter()
            .filter(|h| first <= h.date && h.date <= last)
            .filter(|h| !campus.holidays_off.contains(&h.date))
            .collect()
    }

    /// What keeps a schedule's campuses from having all their public holidays in the check
    /// over its term: a country not loaded, a region the data does not have, a year the data
    /// does not cover. Empty when every campus is covered.
    pub fn gaps(&self, schedule: &crate::Schedule) -> Vec<HolidayGap> {
        let mut out = Vec::new();
        for c in &schedule.campuses {
            let Some(data) = self.country(&c.country) else {
                out.push(HolidayGap::NoData {
                    campus: c.id.clone(),
                    country: c.country.clone(),
                });
                continue;
            };
            if let Some(r) = c.region.as_deref().filter(|r| data.region(r).is_none()) {
                out.push(HolidayGap::UnknownRegion {
                    campus: c.id.clone(),
                    country: data.country.clone(),
                    region: r.to_string(),
                });
            }
            let term = c.term.unwrap_or(schedule.term);
            for year in term.start.year()..=term.end.year() {
                if !data.covers(year) {
                    out.push(HolidayGap::YearNotCovered {
                        campus: c.id.clone(),
                        country: data.country.clone(),
                        year,
                    });
                }
            }
        }
        out
    }
}
