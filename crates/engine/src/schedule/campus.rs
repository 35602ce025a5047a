//! Where sessions are taught: campuses with their zone, teaching hours, closures and term, and
//! their cohorts, lecturers and rooms.

use super::*;
use crate::time::{CivilDate, CivilDateTime, CivilTime, Weekday};
use crate::zone::Zone;
use crate::Error;
use serde::{Deserialize, Deserializer, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// A span of dates, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// First day.
    pub start: CivilDate,
    /// Last day (included).
    pub end: CivilDate,
}

impl Term {
    /// Whether `date` is within the term.
    pub fn contains(&self, date: CivilDate) -> bool {
        self.start <= date && date <= self.end
    }
    /// The Mondays of every week that overlaps the term, in order.
    pub fn week_mondays(&self) -> Vec<CivilDate> {
        let mut out = Vec::new();
        let mut m = self.start.monday();
        while m <= self.end && out.len() < 200 {
            out.push(m);
            match m.add_days(7) {
                Some(n) => m = n,
                None => break,
            }
        }
        out
    }
}

/// Daily teaching hours in local time, e.g. `08:00-20:00`. `end` may be `24:00`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Hours {
    /// Minutes after local midnight when teaching may start.
    pub start_minute: u16,
    /// Minutes after local midnight when teaching must have ended (≤ 1440).
    pub end_minute: u16,
}

impl Hours {
    /// Meridian's default when a campus has not said: 08:00–20:00.
    pub const DEFAULT: Hours = Hours {
        start_minute: 8 * 60,
        end_minute: 20 * 60,
    };

    /// Reads `HH:MM-HH:MM`.
    pub fn parse(text: &str) -> Result<Self, Error> {
        let bad = || Error::BadDateTime {
            text: text.to_string(),
            expected: crate::DateTimeShape::TimeRange,
        };
        let (a, b) = text.split_once(['-', '–']).ok_or_else(bad)?;
        let minutes = |t: &str| -> Result<u32, Error> {
            let t = CivilTime::parse(t).map_err(|_| bad())?;
            if !whole_minute(t) {
                return Err(Error::Invalid {
                    path: String::new(),
                    problem: crate::Problem::Seconds {
                        text: text.to_string(),
                    },
                });
            }
            Ok(t.minutes_of_day())
        };
        let start = minutes(a)?;
        let end = if b.trim() == "24:00" {
            1440
        } else {
            minutes(b)?
        };
        if end <= start {
            return Err(Error::Invalid {
                path: String::new(),
                problem: crate::Problem::HoursEndBeforeStart {
                    text: text.to_string(),
                },
            });
        }
        Ok(Hours {
            start_minute: start as u16,
            end_minute: end as u16,
        })
    }

    /// Whether the local span `[start, end)` in minutes after midnight lies within these hours.
    pub fn contains(&self, start_minute: u32, end_minute: u32) -> bool {
        u32::from(self.start_minute) <= start_minute && end_minute <= u32::from(self.end_minute)
    }
}

impl fmt::Display for Hours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let hm = |m: u16| format!("{:02}:{:02}", m / 60, m % 60);
        write!(f, "{}-{}", hm(self.start_minute), hm(self.end_minute))
    }
}

/// Teaching hours per weekday. A weekday that is absent is not a teaching day.
pub type TeachingHours = BTreeMap<Weekday, Hours>;

/// Reads teaching hours keyed by weekday names (`mon`…`sun`) as strings, so that an error in
/// a day's hours has the day in its path (`teaching_hours.mon`), and refuses a day given twice.
fn teaching_hours_by_name<'de, D: Deserializer<'de>>(d: D) -> Result<TeachingHours, D::Error> {
    struct Days;
    impl<'de> serde::de::Visitor<'de> for Days {
        type Value = TeachingHours;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object of weekdays and hours, e.g. {\"mon\": \"08:00-20:00\"}")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let mut out = TeachingHours::new();
            while let Some(name) = map.next_key::<String>()? {
                let day = Weekday::ALL
                    .into_iter()
                    .find(|d| d.short_name().eq_ignore_ascii_case(&name))
                    .filter(|_| name.chars().all(|c| c.is_ascii_lowercase()))
                    .ok_or_else(|| {
                        refused_by_serde(crate::Problem::NotAWeekday { text: name.clone() })
                    })?;
                let hours: Hours = map.next_value()?;
                if out.insert(day, hours).is_some() {
                    return Err(refused_by_serde(crate::Problem::WeekdayTwice { day: name }));
                }
            }
            Ok(out)
        }
    }
    d.deserialize_map(Days)
}

/// The default week: Monday to Friday, 08:00–20:00.
pub fn default_teaching_hours() -> TeachingHours {
    Weekday::ALL[..5]
        .iter()
        .map(|&d| (d, Hours::DEFAULT))
        .collect()
}

/// A day or span of days on which a campus does not teach (a holiday, a reading week).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Closure {
    /// What it is, e.g. "All Saints' Day".
    pub name: String,
    /// First day closed.
    pub start: CivilDate,
    /// Last day closed (defaults to `start`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<CivilDate>,
}

impl Closure {
    /// Whether the campus is closed on `date`.
    pub fn covers(&self, date: CivilDate) -> bool {
        self.start <= date && date <= self.end.unwrap_or(self.start)
    }
}

/// What kind of period of its own a university keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PeriodKind {
    /// No lectures (a reading week, a lecture-free week between terms): the campus is closed
    /// to teaching, as on a closure.
    LectureFree,
    /// Exams are sat: teaching may go on, but a session then is a warning.
    Exams,
}

impl PeriodKind {
    /// `lecture-free` or `exams`: the word the schedule file and the CLI's JSON use.
    pub fn name(self) -> &'static str {
        match self {
            PeriodKind::LectureFree => "lecture-free",
            PeriodKind::Exams => "exams",
        }
    }
}

/// A university's own period at one campus: lecture-free weeks or an exam period, both ends
/// included.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// Lecture-free or exams.
    pub kind: PeriodKind,
    /// What it is, e.g. "Winter exams".
    pub name: String,
    /// First day.
    pub start: CivilDate,
    /// Last day (included).
    pub end: CivilDate,
}

impl Period {
    /// Whether `date` is in the period.
    pub fn covers(&self, date: CivilDate) -> bool {
        self.start <= date && date <= self.end
    }
}

/// A partner campus: where it is, its zone and when it teaches.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Campus {
    /// Identifier used by cohorts, rooms and sessions.
    pub id: CampusId,
    /// Full name, e.g. "Technische Universität Berlin".
    pub name: String,
    /// Short label for chips and lists, e.g. "TU Berlin".
    pub short: String,
    /// A code of at most 5 characters for narrow places such as the grid's rulers, e.g. "BER"
    /// (IATA city codes work well). Derived from `short` when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// City, e.g. "Berlin".
    pub city: String,
    /// ISO 3166 country code, e.g. "DE": the country whose public holidays the campus keeps
    /// (see [`crate::PublicHolidays`]).
    #[serde(default)]
    pub country: String,
    /// The subdivision whose public holidays the campus keeps too, as the holiday data names
    /// it: the ISO 3166-2 code after the country (`BE` for `DE-BE`, `VC` for `ES-VC`), or the
    /// data's name for a city or province without one (`MI` for Milan). `None`: the country's
    /// own calendar only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// The campus's IANA time zone.
    pub zone: Zone,
    /// Local teaching hours per weekday; absent days are not teaching days.
    #[serde(
        default = "default_teaching_hours",
        deserialize_with = "teaching_hours_by_name"
    )]
    pub teaching_hours: TeachingHours,
    /// The campus's own term, when it differs from the schedule's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub term: Option<Term>,
    /// Holidays and other closed days typed in (public holidays come from the data, see
    /// `region`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub closures: Vec<Closure>,
    /// Public holidays of the campus's country and region switched off: the campus teaches on
    /// these dates although the data has a holiday there ("we teach on Whit Monday").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub holidays_off: Vec<CivilDate>,
    /// The university's own periods: lecture-free weeks and exam periods.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub periods: Vec<Period>,
}

impl Campus {
    /// The ruler code: `code`, or `short` when it is at most 5 characters, or the first three
    /// letters of `short` in capitals.
    pub fn code(&self) -> String {
        match &self.code {
            Some(c) => c.clone(),
            None if self.short.chars().count() <= 5 => self.short.clone(),
            None => self
                .short
                .chars()
                .filter(|c| c.is_alphanumeric())
                .take(3)
                .collect::<String>()
                .to_uppercase(),
        }
    }
}

/// Why a campus cannot take a session at some local time: the one copy of the rules the
/// conflict check, the overlap map and rotations share.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Unfit {
    /// The local date is in the campus's closure of this index in [`Campus::closures`].
    Closure(usize),
    /// The local date is outside the campus's own term.
    OutsideCampusTerm,
    /// The local weekday is another than the host's and is not a teaching day here.
    OtherLocalWeekday,
    /// Outside the day's teaching hours, or on a day the campus does not teach.
    OutsideTeachingHours,
}

impl Campus {
    /// The closure typed in for `date` (its index in [`Campus::closures`]), if any.
    pub fn closure_on(&self, date: CivilDate) -> Option<usize> {
        self.closures.iter().position(|x| x.covers(date))
    }

    /// Whether the campus can take a session starting at `local` (its own wall clock) and
    /// lasting `minutes`, when the host's local weekday is `host_day`: `None` when it can, else
    /// the first reason in the order closure, campus term, other local weekday, teaching hours.
    pub fn unfit(&self, local: CivilDateTime, minutes: u32, host_day: Weekday) -> Option<Unfit> {
        let date = local.date();
        if let Some(x) = self.closure_on(date) {
            return Some(Unfit::Closure(x));
        }
        if self.term.is_some_and(|t| !t.contains(date)) {
            return Some(Unfit::OutsideCampusTerm);
        }
        let from = local.time().minutes_of_day();
        match self.teaching_hours.get(&local.weekday()) {
            None if local.weekday() != host_day => Some(Unfit::OtherLocalWeekday),
            None => Some(Unfit::OutsideTeachingHours),
            Some(hours) if !hours.contains(from, from.saturating_add(minutes)) => {
                Some(Unfit::OutsideTeachingHours)
            }
            Some(_) => None,
        }
    }
}

/// A group of students at one campus who attend together.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cohort {
    /// Identifier.
    pub id: CohortId,
    /// Name, e.g. "NTNU MSc Energy, year 1".
    pub name: String,
    /// The campus the cohort studies at (its students see times in its zone).
    pub campus: CampusId,
    /// Number of students, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<u32>,
}

/// A person who teaches.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lecturer {
    /// Identifier.
    pub id: LecturerId,
    /// Name.
    pub name: String,
    /// Home campus, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campus: Option<CampusId>,
}

/// A room (a lecture hall, a lab, a studio with a camera) at one campus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Room {
    /// Identifier.
    pub id: RoomId,
    /// Name, e.g. "H 0104".
    pub name: String,
    /// The campus the room is at.
    pub campus: CampusId,
    /// Seats, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity: Option<u32>,
}
