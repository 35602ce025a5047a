//! Civil (wall-clock) time and absolute time, kept in different types.
//!
//! A [`CivilDateTime`] is what a clock on a wall shows: it means nothing until a zone is given.
//! An [`Instant`] is a point on the UTC time line. The only ways between them go through a
//! [`Zone`](crate::Zone): [`Zone::resolve`](crate::Zone::resolve) (civil → instant, with an explicit
//! [`Disambiguation`](crate::Disambiguation)) and [`Zone::local`](crate::Zone::local)
//! (instant → civil, always unique).

use crate::Error;
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The earliest and latest years the engine accepts, so that arithmetic never overflows.
const YEARS: std::ops::RangeInclusive<i32> = 1000..=9999;

/// A year as chrono's `%Y` wrote it: four digits, and a sign outside 0–9999.
fn write_year(f: &mut impl fmt::Write, year: i32) -> fmt::Result {
    if (0..=9999).contains(&year) {
        write!(f, "{year:04}")
    } else {
        write!(f, "{year:+05}")
    }
}

/// `YYYY-MM-DD` (with `sep` between the fields; empty for ICS's basic form).
fn write_date(f: &mut impl fmt::Write, d: NaiveDate, sep: &str) -> fmt::Result {
    write_year(f, d.year())?;
    write!(f, "{sep}{:02}{sep}{:02}", d.month(), d.day())
}

/// `HH:MM`, or `HH:MM:SS` with `seconds` (a leap second as 60, as chrono's `%S` did).
fn write_time(f: &mut impl fmt::Write, t: NaiveTime, sep: &str, seconds: bool) -> fmt::Result {
    write!(f, "{:02}{sep}{:02}", t.hour(), t.minute())?;
    if seconds {
        write!(f, "{sep}{:02}", t.second() + t.nanosecond() / 1_000_000_000)?;
    }
    Ok(())
}

/// `YYYY-MM-DDTHH:MM:SS` with the given separators (`YYYYMMDDTHHMMSS` with none).
pub(crate) fn write_date_time(
    f: &mut impl fmt::Write,
    t: NaiveDateTime,
    date_sep: &str,
    time_sep: &str,
) -> fmt::Result {
    write_date(f, t.date(), date_sep)?;
    f.write_char('T')?;
    write_time(f, t.time(), time_sep, true)
}

/// Reads dates and times field by field as chrono's `parse_from_str` read `%Y-%m-%d` and
/// `%H:%M[:%S]` (without its general format machinery, which the timetable page does not need):
/// a number may follow spaces and has 1–2 digits (a year 1–4, or any number after a sign).
struct Scan<'a>(&'a str);

impl Scan<'_> {
    fn digits(&mut self, max: usize) -> Option<i64> {
        let n = self
            .0
            .bytes()
            .take(max)
            .take_while(u8::is_ascii_digit)
            .count();
        let value = self.0.get(..n).filter(|d| !d.is_empty())?.parse().ok()?;
        self.0 = &self.0[n..];
        Some(value)
    }
    fn number(&mut self) -> Option<i64> {
        self.0 = self.0.trim_start();
        self.digits(2)
    }
    fn year(&mut self) -> Option<i32> {
        self.0 = self.0.trim_start();
        let year = if let Some(rest) = self.0.strip_prefix('-') {
            self.0 = rest;
            -self.digits(usize::MAX)?
        } else if let Some(rest) = self.0.strip_prefix('+') {
            self.0 = rest;
            self.digits(usize::MAX)?
        } else {
            self.digits(4)?
        };
        i32::try_from(year).ok()
    }
    fn literal(&mut self, c: char) -> bool {
        match self.0.strip_prefix(c) {
            Some(rest) => {
                self.0 = rest;
                true
            }
            None => false,
        }
    }
    fn field(&mut self, sep: char) -> Option<u32> {
        if !self.literal(sep) {
            return None;
        }
        u32::try_from(self.number()?).ok()
    }
    /// `Y-M-D`.
    fn date(&mut self) -> Option<NaiveDate> {
        let year = self.year()?;
        let month = self.field('-')?;
        NaiveDate::from_ymd_opt(year, month, self.field('-')?)
    }
    /// `H:M` or `H:M:S` (a second of 60 is a leap second).
    fn time(&mut self) -> Option<NaiveTime> {
        let hour = u32::try_from(self.number()?).ok()?;
        let minute = self.field(':')?;
        let second = if self.0.starts_with(':') {
            self.field(':')?
        } else {
            0
        };
        match second {
            60 => NaiveTime::from_hms_nano_opt(hour, minute, 59, 1_000_000_000),
            s => NaiveTime::from_hms_opt(hour, minute, s),
        }
    }
}

/// A day of the week, Monday first (ISO 8601).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    /// Monday.
    Mon,
    /// Tuesday.
    Tue,
    /// Wednesday.
    Wed,
    /// Thursday.
    Thu,
    /// Friday.
    Fri,
    /// Saturday.
    Sat,
    /// Sunday.
    Sun,
}

impl Weekday {
    /// All seven days, Monday first.
    pub const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    /// Three-letter English name, e.g. `Mon`.
    pub fn short_name(self) -> &'static str {
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][self.index()]
    }

    /// 0 for Monday … 6 for Sunday.
    pub fn index(self) -> usize {
        self as usize
    }

    pub(crate) fn from_chrono(w: chrono::Weekday) -> Self {
        Weekday::ALL[w.num_days_from_monday() as usize]
    }
}

impl fmt::Display for Weekday {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.short_name())
    }
}

/// A calendar date without a zone (e.g. a term start, a holiday).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CivilDate(pub(crate) NaiveDate);

impl CivilDate {
    /// The date for a year, month (1–12) and day; `None` if it does not exist or is out of range.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Self> {
        if !YEARS.contains(&year) {
            return None;
        }
        NaiveDate::from_ymd_opt(year, month, day).map(CivilDate)
    }

    /// Reads `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Result<Self, Error> {
        let bad = || Error::BadDateTime {
            text: text.to_string(),
            expected: crate::DateTimeShape::Date,
        };
        let mut scan = Scan(text.trim());
        let d = scan.date().filter(|_| scan.0.is_empty()).ok_or_else(bad)?;
        if !YEARS.contains(&d.year()) {
            return Err(Error::OutOfRange(text.to_string()));
        }
        Ok(CivilDate(d))
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.0.year()
    }
    /// The month, 1–12.
    pub fn month(self) -> u32 {
        self.0.month()
    }
    /// The day of the month, 1–31.
    pub fn day(self) -> u32 {
        self.0.day()
    }
    /// The day of the week.
    pub fn weekday(self) -> Weekday {
        Weekday::from_chrono(self.0.weekday())
    }
    /// The date `days` later (earlier when negative); `None` past the supported range.
    pub fn add_days(self, days: i64) -> Option<Self> {
        let d = self
            .0
            .checked_add_signed(chrono::TimeDelta::try_days(days)?)?;
        YEARS.contains(&d.year()).then_some(CivilDate(d))
    }
    /// Whole days from `self` to `other` (negative when `other` is earlier).
    pub fn days_until(self, other: CivilDate) -> i64 {
        (other.0 - self.0).num_days()
    }
    /// The Monday of the ISO week holding this date.
    pub fn monday(self) -> Self {
        CivilDate(self.0 - chrono::TimeDelta::days(self.0.weekday().num_days_from_monday() as i64))
    }
    /// The ISO 8601 week number (1–53).
    pub fn iso_week(self) -> u32 {
        self.0.iso_week().week()
    }
    /// This date at a wall-clock time.
    pub fn at(self, time: CivilTime) -> CivilDateTime {
        CivilDateTime(self.0.and_time(time.0))
    }
}

impl fmt::Display for CivilDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_date(f, self.0, "-")
    }
}

/// A wall-clock time of day, to the minute (seconds are kept when given).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CivilTime(pub(crate) NaiveTime);

impl CivilTime {
    /// Midnight.
    pub const MIDNIGHT: CivilTime = CivilTime(NaiveTime::MIN);

    /// The time for an hour (0–23) and minute (0–59).
    pub fn new(hour: u32, minute: u32) -> Option<Self> {
        NaiveTime::from_hms_opt(hour, minute, 0).map(CivilTime)
    }
    /// Reads `HH:MM` or `HH:MM:SS`.
    pub fn parse(text: &str) -> Result<Self, Error> {
        let mut scan = Scan(text.trim());
        scan.time()
            .filter(|_| scan.0.is_empty())
            .map(CivilTime)
            .ok_or_else(|| Error::BadDateTime {
                text: text.to_string(),
                expected: crate::DateTimeShape::Time,
            })
    }
    /// The hour, 0–23.
    pub fn hour(self) -> u32 {
        self.0.hour()
    }
    /// The minute, 0–59.
    pub fn minute(self) -> u32 {
        self.0.minute()
    }
    /// Minutes since midnight (0–1439).
    pub fn minutes_of_day(self) -> u32 {
        self.0.hour() * 60 + self.0.minute()
    }
    /// The time `minutes` after midnight, wrapping at 24 hours.
    pub fn from_minutes_of_day(minutes: u32) -> Self {
        let m = minutes % (24 * 60);
        CivilTime(NaiveTime::from_hms_opt(m / 60, m % 60, 0).unwrap_or(NaiveTime::MIN))
    }
}

impl fmt::Display for CivilTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_time(f, self.0, ":", self.0.second() != 0)
    }
}

/// A wall-clock date and time with no zone: "Monday 2026-03-30 10:00" on some clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CivilDateTime(pub(crate) NaiveDateTime);

impl CivilDateTime {
    /// Reads `YYYY-MM-DDTHH:MM[:SS]` (a space instead of `T` is accepted).
    pub fn parse(text: &str) -> Result<Self, Error> {
        let t = text.trim().replacen(' ', "T", 1);
        let mut scan = Scan(&t);
        let date = scan.date().filter(|_| scan.literal('T'));
        let dt = date
            .and_then(|d| Some(d.and_time(scan.time()?)))
            .filter(|_| scan.0.is_empty())
            .ok_or_else(|| Error::BadDateTime {
                text: text.to_string(),
                expected: crate::DateTimeShape::DateTime,
            })?;
        if !YEARS.contains(&dt.year()) {
            return Err(Error::OutOfRange(text.to_string()));
        }
        Ok(CivilDateTime(dt))
    }
    /// The date part.
    pub fn date(self) -> CivilDate {
        CivilDate(self.0.date())
    }
    /// The time part.
    pub fn time(self) -> CivilTime {
        CivilTime(self.0.time())
    }
    /// The day of the week.
    pub fn weekday(self) -> Weekday {
        self.date().weekday()
    }
    /// `YYYY-MM-DDTHH:MM:SS`, the form the CLI's JSON uses.
    pub fn to_iso(self) -> String {
        let mut out = String::with_capacity(19);
        let _ = write_date_time(&mut out, self.0, "-", ":");
        out
    }
    /// The wall-clock reading `seconds` after 1970-01-01T00:00 on a clock (used with an instant's
    /// seconds plus a known offset).
    pub(crate) fn from_clock_seconds(seconds: i64) -> Option<Self> {
        DateTime::<Utc>::from_timestamp(seconds, 0).map(|d| CivilDateTime(d.naive_utc()))
    }

    /// Minutes of wall-clock time from this reading to `later` (negative when it is earlier;
    /// no zone involved).
    pub fn minutes_until(self, later: CivilDateTime) -> i64 {
        (later.0 - self.0).num_minutes()
    }

    /// Adds minutes of wall-clock time (no zone involved).
    pub fn add_minutes(self, minutes: i64) -> Option<Self> {
        let dt = self
            .0
            .checked_add_signed(chrono::TimeDelta::try_minutes(minutes)?)?;
        YEARS.contains(&dt.year()).then_some(CivilDateTime(dt))
    }
}

impl fmt::Display for CivilDateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.date(), self.time())
    }
}

/// An absolute point in time, independent of any zone. Stored as whole seconds since the Unix
/// epoch (Meridian never needs sub-second precision).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Instant(i64);

impl Instant {
    /// The instant `seconds` after 1970-01-01T00:00:00Z; `None` outside years 1000–9999.
    pub fn from_unix_seconds(seconds: i64) -> Option<Self> {
        // 1000-01-01T00:00:00Z and 10000-01-01T00:00:00Z: a range check, not a calendar
        // computation (this runs for every occurrence).
        const FIRST: i64 = -30_610_224_000;
        const END: i64 = 253_402_300_800;
        (FIRST..END).contains(&seconds).then_some(Instant(seconds))
    }
    /// Seconds since 1970-01-01T00:00:00Z.
    pub fn unix_seconds(self) -> i64 {
        self.0
    }
    /// Reads RFC 3339 (`2026-03-29T01:30:00Z` or with an offset).
    pub fn parse_rfc3339(text: &str) -> Result<Self, Error> {
        let bad = || Error::BadDateTime {
            text: text.to_string(),
            expected: crate::DateTimeShape::Instant,
        };
        let dt = DateTime::parse_from_rfc3339(text.trim()).map_err(|_| bad())?;
        Instant::from_unix_seconds(dt.timestamp()).ok_or_else(|| Error::OutOfRange(text.into()))
    }
    /// RFC 3339 in UTC with a `Z`, e.g. `2026-03-29T01:30:00Z`.
    pub fn to_rfc3339(self) -> String {
        let mut out = String::with_capacity(20);
        let _ = write_date_time(&mut out, self.utc().naive_utc(), "-", ":");
        out.push('Z');
        out
    }
    /// The instant `minutes` later (earlier when negative).
    pub fn add_minutes(self, minutes: i64) -> Option<Self> {
        Instant::from_unix_seconds(self.0.checked_add(minutes.checked_mul(60)?)?)
    }
    /// Whole minutes from `self` to `later` (negative when `later` is earlier).
    pub fn minutes_until(self, later: Instant) -> i64 {
        (later.0 - self.0).div_euclid(60)
    }
    pub(crate) fn utc(self) -> DateTime<Utc> {
        // In range by construction.
        DateTime::<Utc>::from_timestamp(self.0, 0).unwrap_or_default()
    }
}

impl fmt::Display for Instant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_rfc3339())
    }
}

/// A UTC offset in seconds east of Greenwich, shown as `+05:45`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UtcOffset(pub(crate) i32);

impl UtcOffset {
    /// Seconds east of UTC.
    pub fn seconds(self) -> i32 {
        self.0
    }
    /// `+HH:MM` (with `:SS` only for historical offsets that have seconds).
    pub fn to_iso(self) -> String {
        let sign = if self.0 < 0 { '-' } else { '+' };
        let a = self.0.unsigned_abs();
        let (h, m, s) = (a / 3600, a / 60 % 60, a % 60);
        if s == 0 {
            format!("{sign}{h:02}:{m:02}")
        } else {
            format!("{sign}{h:02}:{m:02}:{s:02}")
        }
    }
}

impl fmt::Display for UtcOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_iso())
    }
}
