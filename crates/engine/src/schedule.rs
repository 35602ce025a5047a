//! The schedule document (`"format": "meridian/1"`): campuses, cohorts, lecturers, rooms and
//! sessions, read from and written to JSON, and validated as a whole.
//!
//! See `docs/schedule-format.md` for the format as users see it.

use crate::time::{CivilDate, CivilDateTime, CivilTime, Instant, Weekday};
use crate::zone::Zone;
use crate::Error;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::{BTreeMap, HashSet};
use std::fmt;

/// The format tag this version writes and reads.
pub const FORMAT: &str = "meridian/1";

/// The longest session the format accepts, in minutes (a week).
pub const MAX_DURATION_MINUTES: u32 = 7 * 24 * 60;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// The identifier as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                $name(s.to_string())
            }
        }
    };
}

id_type!(
    /// Identifies a campus within a schedule, e.g. `tub`.
    CampusId
);
id_type!(
    /// Identifies a cohort (a group of students who attend together), e.g. `ntnu-msc1`.
    CohortId
);
id_type!(
    /// Identifies a lecturer.
    LecturerId
);
id_type!(
    /// Identifies a room; a room belongs to one campus.
    RoomId
);
id_type!(
    /// Identifies a session (a one-off or a weekly series).
    SessionId
);

macro_rules! string_serde {
    ($t:ty) => {
        impl Serialize for $t {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }
        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = String::deserialize(d)?;
                <$t>::parse(&text).map_err(serde::de::Error::custom)
            }
        }
    };
}
string_serde!(CivilDate);
string_serde!(CivilTime);
string_serde!(Hours);

impl Serialize for Instant {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}
impl<'de> Deserialize<'de> for Instant {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        // An instant is whole seconds: a fraction would be dropped without a word.
        let fraction = text
            .split_once('.')
            .is_some_and(|(_, f)| f.bytes().take_while(u8::is_ascii_digit).any(|b| b != b'0'));
        if fraction {
            return Err(serde::de::Error::custom(format!(
                "\"{}\" has a fraction of a second; Meridian keeps whole seconds",
                crate::error::excerpt(&text, crate::error::MAX_ECHO_CHARS)
            )));
        }
        Instant::parse_rfc3339(&text).map_err(serde::de::Error::custom)
    }
}

impl Serialize for CivilDateTime {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&format_args!("{}T{}", self.date(), self.time()))
    }
}
impl<'de> Deserialize<'de> for CivilDateTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        let t = CivilDateTime::parse(&text).map_err(serde::de::Error::custom)?;
        if !whole_minute(t.time()) {
            return Err(serde::de::Error::custom(seconds_refused(&text)));
        }
        Ok(t)
    }
}

/// Whether a time is on a whole minute (schedules are to the minute: links and the grid keep
/// minutes, so seconds would be dropped without a word).
fn whole_minute(t: CivilTime) -> bool {
    t == CivilTime::from_minutes_of_day(t.minutes_of_day())
}

fn seconds_refused(text: &str) -> String {
    format!(
        "\"{}\" has seconds; a schedule is to the minute: write HH:MM",
        crate::error::excerpt(text, crate::error::MAX_ECHO_CHARS)
    )
}

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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
            expected: "HH:MM-HH:MM",
        };
        let (a, b) = text.split_once(['-', '–']).ok_or_else(bad)?;
        let minutes = |t: &str| -> Result<u32, Error> {
            let t = CivilTime::parse(t).map_err(|_| bad())?;
            if !whole_minute(t) {
                return Err(Error::Invalid {
                    path: String::new(),
                    message: seconds_refused(text),
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
                message: format!("teaching hours \"{text}\" end before they start"),
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
                        serde::de::Error::custom(format!(
                            "\"{}\" is not a weekday; use mon, tue, wed, thu, fri, sat or sun",
                            crate::error::excerpt(&name, crate::error::MAX_ECHO_CHARS)
                        ))
                    })?;
                let hours: Hours = map.next_value()?;
                if out.insert(day, hours).is_some() {
                    return Err(serde::de::Error::custom(format!(
                        "{name} is given twice; give each weekday's hours once"
                    )));
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    /// ISO 3166 country code, e.g. "DE".
    #[serde(default)]
    pub country: String,
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
    /// Holidays and other closed days.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub closures: Vec<Closure>,
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

/// What kind of session it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SessionKind {
    /// A live lecture taught from one campus and joined by the others.
    #[default]
    JointLecture,
    /// A lecture for one campus only.
    Lecture,
    /// A lab or practical.
    Lab,
    /// A seminar or discussion group.
    Seminar,
    /// A tutorial or exercise class.
    Tutorial,
    /// An exam.
    Exam,
    /// Office hours.
    OfficeHours,
    /// Anything else.
    Other,
}

impl SessionKind {
    /// Every kind, in the order a form offers them.
    pub const ALL: [SessionKind; 8] = [
        SessionKind::JointLecture,
        SessionKind::Lecture,
        SessionKind::Lab,
        SessionKind::Seminar,
        SessionKind::Tutorial,
        SessionKind::Exam,
        SessionKind::OfficeHours,
        SessionKind::Other,
    ];

    /// Words for the UI, e.g. "joint lecture".
    pub fn label(self) -> &'static str {
        match self {
            SessionKind::JointLecture => "joint lecture",
            SessionKind::Lecture => "lecture",
            SessionKind::Lab => "lab",
            SessionKind::Seminar => "seminar",
            SessionKind::Tutorial => "tutorial",
            SessionKind::Exam => "exam",
            SessionKind::OfficeHours => "office hours",
            SessionKind::Other => "other",
        }
    }
}

/// A weekly recurrence. Without `until` or `count` it runs to the end of the term; it is always
/// clipped to the term.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Weekly {
    /// Every `interval` weeks (1 = every week).
    #[serde(default = "one")]
    pub interval: u32,
    /// The weekdays, in the anchor zone; empty means the weekday of the first start.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub weekdays: Vec<Weekday>,
    /// Last date (in the anchor zone) an occurrence may fall on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<CivilDate>,
    /// Number of occurrences (skipped dates count, as in RFC 5545).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
    /// Dates (in the anchor zone) on which the series does not take place.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skip: Vec<CivilDate>,
}

fn one() -> u32 {
    1
}

/// One occurrence of a series changed without breaking the series: moved, lengthened or in
/// another room. `date` names the occurrence (its date in the series, anchor zone).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OccurrenceChange {
    /// The date the occurrence had in the series (anchor zone).
    pub date: CivilDate,
    /// New wall-clock start in the anchor zone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<CivilDateTime>,
    /// New length in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_minutes: Option<u32>,
    /// Rooms for this occurrence instead of the series' rooms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rooms: Option<Vec<RoomId>>,
}

/// Schedule-wide rules for the conflict check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    /// The least break, in minutes, between two sessions of one cohort or lecturer (0: none).
    #[serde(default)]
    pub min_break_minutes: u32,
}

impl Rules {
    fn is_default(&self) -> bool {
        *self == Rules::default()
    }
}

/// A session: a one-off or a weekly series, taught from a host campus, anchored to the
/// wall clock of one zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// Identifier.
    pub id: SessionId,
    /// Title, e.g. "Hydrogen systems".
    pub title: String,
    /// Course it belongs to, e.g. "Sustainable Energy Systems".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub course: Option<String>,
    /// Kind of session.
    #[serde(default)]
    pub kind: SessionKind,
    /// The campus it is taught from.
    pub host: CampusId,
    /// The zone its wall-clock time is fixed in; defaults to the host campus's zone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<Zone>,
    /// Local start of the first occurrence in the anchor zone, `YYYY-MM-DDTHH:MM`.
    pub start: CivilDateTime,
    /// Length in minutes.
    pub duration_minutes: u32,
    /// Weekly recurrence; absent for a one-off session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repeat: Option<Weekly>,
    /// Cohorts that attend.
    #[serde(default)]
    pub cohorts: Vec<CohortId>,
    /// Who teaches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lecturer: Option<LecturerId>,
    /// Rooms booked (at any participating campus).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rooms: Vec<RoomId>,
    /// Online meeting link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_url: Option<String>,
    /// Free-text notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Single occurrences moved or changed without breaking the series.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<OccurrenceChange>,
}

impl Session {
    /// The change recorded for the occurrence of `date`, if any.
    pub fn change_on(&self, date: CivilDate) -> Option<&OccurrenceChange> {
        self.changes.iter().find(|c| c.date == date)
    }
}

/// An identifier made from a name, free among the ones `taken` says are used: the name in small
/// letters with dashes between its words (`fallback` when nothing is left), then `-2`, `-3`…
pub fn free_id(name: &str, fallback: &str, taken: impl Fn(&str) -> bool) -> String {
    let words: Vec<String> = name
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    let base = if words.is_empty() {
        fallback.to_string()
    } else {
        words.join("-")
    };
    (1..)
        .map(|n| {
            if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            }
        })
        .find(|id| !taken(id))
        .unwrap_or(base)
}

/// Busy time imported from a calendar (a partner's timetabling system, a lecturer's calendar),
/// attached to one campus, cohort, lecturer or room. It takes part in the conflict check like
/// any booking; a campus's busy time books each of its cohorts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BusyCalendar {
    /// Identifier.
    pub id: String,
    /// Where it came from, e.g. "NTNU TimeEdit, autumn 2026".
    pub name: String,
    /// The campus it applies to (all its cohorts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campus: Option<CampusId>,
    /// The cohort it applies to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cohort: Option<CohortId>,
    /// The lecturer it applies to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lecturer: Option<LecturerId>,
    /// The room it applies to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room: Option<RoomId>,
    /// The busy blocks, expanded from the calendar's events (recurring ones included).
    #[serde(default)]
    pub blocks: Vec<BusyBlock>,
}

/// One busy stretch of time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BusyBlock {
    /// Start (UTC).
    pub start: Instant,
    /// End (UTC).
    pub end: Instant,
    /// What it is, from the calendar's event.
    #[serde(default)]
    pub title: String,
}

/// A meeting link safe to show as a link: `http://` or `https://` (any letter case) with a
/// host and no spaces or control characters, trimmed. Anything else (`javascript:`, `data:`,
/// `file:`, a bare word) is `None`: show it as text, never as a link, since a schedule may come
/// from anyone's share link.
pub fn web_link(url: &str) -> Option<&str> {
    let url = url.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &url[8..]
    } else if lower.starts_with("http://") {
        &url[7..]
    } else {
        return None;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let clean = url.chars().all(|c| !c.is_control() && !c.is_whitespace());
    (clean && !host.is_empty() && !host.starts_with(['@', ':'])).then_some(url)
}

/// A whole schedule: what a coordinator edits and what a link shares.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Schedule {
    /// Always [`FORMAT`].
    pub format: String,
    /// Stable identity of this schedule (survives renames).
    pub id: String,
    /// Name, e.g. "Sustainable Energy Systems — autumn 2026".
    pub name: String,
    /// Alliance or partnership, e.g. "ENHANCE".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alliance: Option<String>,
    /// The term the schedule covers (dates in the host's calendar).
    pub term: Term,
    /// Participating campuses.
    pub campuses: Vec<Campus>,
    /// Cohorts.
    #[serde(default)]
    pub cohorts: Vec<Cohort>,
    /// Lecturers.
    #[serde(default)]
    pub lecturers: Vec<Lecturer>,
    /// Rooms.
    #[serde(default)]
    pub rooms: Vec<Room>,
    /// Sessions.
    #[serde(default)]
    pub sessions: Vec<Session>,
    /// Rules for the conflict check.
    #[serde(default, skip_serializing_if = "Rules::is_default")]
    pub rules: Rules,
    /// Busy time imported from other calendars.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub busy: Vec<BusyCalendar>,
}

impl Schedule {
    /// Reads and validates a schedule document. Syntax errors carry line and column; every other
    /// error carries the JSON path of what is wrong.
    pub fn from_json(text: &str) -> Result<Schedule, Error> {
        // A byte order mark, as Windows editors write one, is no part of the document.
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| Error::Syntax {
            message: strip_position(&e.to_string()),
            line: e.line(),
            column: e.column(),
        })?;
        match value.get("format") {
            Some(serde_json::Value::String(f)) if f == FORMAT => {}
            Some(serde_json::Value::String(f)) => return Err(Error::UnsupportedFormat(f.clone())),
            Some(_) => {
                return Err(invalid(
                    "format",
                    format!("must be the string \"{FORMAT}\""),
                ))
            }
            None => {
                return Err(invalid(
                    "format",
                    format!("missing; a Meridian schedule starts with \"format\": \"{FORMAT}\""),
                ))
            }
        }
        let de = &mut serde_json::Deserializer::from_str(text);
        let schedule: Schedule = serde_path_to_error::deserialize(de).map_err(|e| {
            let (path, message) = (e.path().to_string(), e.into_inner().to_string());
            Error::Invalid {
                path: path_of_missing_field(&path, &message),
                message,
            }
        })?;
        // After the typed read (whose errors, such as an unknown field, say more), what it
        // accepted but should not have: a list read as an object.
        crate::input::refuse_misplaced_lists(&value)?;
        schedule.validate()?;
        Ok(schedule)
    }

    /// Reads and validates a schedule file's bytes: UTF-8 (with or without a byte order mark)
    /// or UTF-16 with one, at most [`MAX_DOCUMENT_BYTES`](crate::input::MAX_DOCUMENT_BYTES).
    /// Text that is not UTF-8 is refused with its line and column.
    pub fn from_bytes(bytes: &[u8]) -> Result<Schedule, Error> {
        Schedule::from_json(&crate::input::document_text(bytes)?)
    }

    /// The schedule as pretty-printed JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Checks everything that JSON types alone cannot: unique ids, references that resolve,
    /// spans that end after they start, recurrence rules that make sense.
    pub fn validate(&self) -> Result<(), Error> {
        if self.format != FORMAT {
            return Err(Error::UnsupportedFormat(self.format.clone()));
        }
        if self.id.trim().is_empty() {
            return Err(invalid("id", "must not be empty".into()));
        }
        check_term(&self.term, "term")?;
        let campuses = unique_ids(
            self.campuses.iter().map(|c| c.id.as_str()),
            "campuses",
            "campus",
        )?;
        let cohorts = unique_ids(
            self.cohorts.iter().map(|c| c.id.as_str()),
            "cohorts",
            "cohort",
        )?;
        let lecturers = unique_ids(
            self.lecturers.iter().map(|c| c.id.as_str()),
            "lecturers",
            "lecturer",
        )?;
        let rooms = unique_ids(self.rooms.iter().map(|c| c.id.as_str()), "rooms", "room")?;
        unique_ids(
            self.sessions.iter().map(|c| c.id.as_str()),
            "sessions",
            "session",
        )?;
        if self.campuses.is_empty() {
            return Err(invalid(
                "campuses",
                "a schedule needs at least one campus".into(),
            ));
        }
        for (i, c) in self.campuses.iter().enumerate() {
            if c.code
                .as_ref()
                .is_some_and(|code| code.trim().is_empty() || code.chars().count() > 5)
            {
                return Err(invalid(
                    &format!("campuses[{i}].code"),
                    format!(
                        "campus \"{}\" needs a code of 1 to 5 characters, e.g. \"BER\"",
                        c.id
                    ),
                ));
            }
            if let Some(t) = &c.term {
                check_term(t, &format!("campuses[{i}].term"))?;
            }
            for (j, closure) in c.closures.iter().enumerate() {
                if closure.end.is_some_and(|e| e < closure.start) {
                    return Err(invalid(
                        &format!("campuses[{i}].closures[{j}].end"),
                        format!("closure \"{}\" ends before it starts", closure.name),
                    ));
                }
            }
        }
        let known = |set: &HashSet<&str>, id: &str| set.contains(id);
        for (i, c) in self.cohorts.iter().enumerate() {
            if !known(&campuses, c.campus.as_str()) {
                return Err(invalid(
                    &format!("cohorts[{i}].campus"),
                    format!(
                        "cohort \"{}\" belongs to campus \"{}\", which is not in this schedule",
                        c.id, c.campus
                    ),
                ));
            }
        }
        for (i, r) in self.rooms.iter().enumerate() {
            if !known(&campuses, r.campus.as_str()) {
                return Err(invalid(
                    &format!("rooms[{i}].campus"),
                    format!(
                        "room \"{}\" is at campus \"{}\", which is not in this schedule",
                        r.id, r.campus
                    ),
                ));
            }
        }
        for (i, l) in self.lecturers.iter().enumerate() {
            if let Some(c) = &l.campus {
                if !known(&campuses, c.as_str()) {
                    return Err(invalid(
                        &format!("lecturers[{i}].campus"),
                        format!(
                            "lecturer \"{}\" is at campus \"{c}\", which is not in this schedule",
                            l.id
                        ),
                    ));
                }
            }
        }
        unique_ids(
            self.busy.iter().map(|b| b.id.as_str()),
            "busy",
            "busy calendar",
        )?;
        for (i, b) in self.busy.iter().enumerate() {
            let at = |field: &str| format!("busy[{i}].{field}");
            let targets = [
                b.campus.as_ref().map(|c| ("campus", c.as_str(), &campuses)),
                b.cohort.as_ref().map(|c| ("cohort", c.as_str(), &cohorts)),
                b.lecturer
                    .as_ref()
                    .map(|c| ("lecturer", c.as_str(), &lecturers)),
                b.room.as_ref().map(|c| ("room", c.as_str(), &rooms)),
            ];
            let set: Vec<_> = targets.iter().flatten().collect();
            if set.len() != 1 {
                return Err(invalid(
                    &format!("busy[{i}]"),
                    format!(
                        "busy calendar \"{}\" must apply to exactly one campus, cohort, lecturer or room",
                        b.id
                    ),
                ));
            }
            let (what, id, ids) = set[0];
            if !known(ids, id) {
                return Err(invalid(
                    &at(what),
                    format!(
                        "busy calendar \"{}\" applies to {what} \"{id}\", which is not in this schedule",
                        b.id
                    ),
                ));
            }
            if let Some(j) = b.blocks.iter().position(|x| x.end <= x.start) {
                return Err(invalid(
                    &at(&format!("blocks[{j}].end")),
                    format!("busy block \"{}\" ends before it starts", b.blocks[j].title),
                ));
            }
        }
        for (i, s) in self.sessions.iter().enumerate() {
            let at = |field: &str| format!("sessions[{i}].{field}");
            let missing = |field: String, what: &str, id: &str| {
                invalid(
                    &field,
                    format!(
                        "session \"{}\" refers to {what} \"{id}\", which is not in this schedule",
                        s.id
                    ),
                )
            };
            if !known(&campuses, s.host.as_str()) {
                return Err(missing(at("host"), "host campus", s.host.as_str()));
            }
            for (j, c) in s.cohorts.iter().enumerate() {
                if !known(&cohorts, c.as_str()) {
                    return Err(missing(at(&format!("cohorts[{j}]")), "cohort", c.as_str()));
                }
            }
            for (j, r) in s.rooms.iter().enumerate() {
                if !known(&rooms, r.as_str()) {
                    return Err(missing(at(&format!("rooms[{j}]")), "room", r.as_str()));
                }
            }
            if let Some(l) = &s.lecturer {
                if !known(&lecturers, l.as_str()) {
                    return Err(missing(at("lecturer"), "lecturer", l.as_str()));
                }
            }
            if s.duration_minutes == 0 || s.duration_minutes > MAX_DURATION_MINUTES {
                return Err(invalid(
                    &at("duration_minutes"),
                    format!("session \"{}\" must last between 1 minute and 7 days", s.id),
                ));
            }
            for (j, change) in s.changes.iter().enumerate() {
                let here = |field: &str| at(&format!("changes[{j}].{field}"));
                if !crate::occurrence::session_dates(s, &self.term).contains(&change.date) {
                    return Err(invalid(
                        &here("date"),
                        format!(
                            "session \"{}\" has no occurrence on {} to change",
                            s.id, change.date
                        ),
                    ));
                }
                if change
                    .duration_minutes
                    .is_some_and(|d| d == 0 || d > MAX_DURATION_MINUTES)
                {
                    return Err(invalid(
                        &here("duration_minutes"),
                        "must be between 1 minute and 7 days".into(),
                    ));
                }
                for (k, r) in change.rooms.iter().flatten().enumerate() {
                    if !known(&rooms, r.as_str()) {
                        return Err(missing(here(&format!("rooms[{k}]")), "room", r.as_str()));
                    }
                }
            }
            if let Some(w) = &s.repeat {
                if w.interval == 0 || w.interval > 52 {
                    return Err(invalid(
                        &at("repeat.interval"),
                        "must be between 1 and 52 weeks".into(),
                    ));
                }
                if w.count == Some(0) {
                    return Err(invalid(&at("repeat.count"), "must be at least 1".into()));
                }
                if w.until.is_some() && w.count.is_some() {
                    return Err(invalid(
                        &at("repeat"),
                        "give either until or count, not both".into(),
                    ));
                }
                if let Some(u) = w.until {
                    if u < s.start.date() {
                        return Err(invalid(
                            &at("repeat.until"),
                            format!(
                                "session \"{}\" repeats until {u}, before its first date {}",
                                s.id,
                                s.start.date()
                            ),
                        ));
                    }
                }
            }
        }
        Ok(())
    }

    /// The campus with this id.
    pub fn campus(&self, id: &CampusId) -> Option<&Campus> {
        self.campuses.iter().find(|c| &c.id == id)
    }

    /// The cohort with this id.
    pub fn cohort(&self, id: &CohortId) -> Option<&Cohort> {
        self.cohorts.iter().find(|c| &c.id == id)
    }

    /// The room with this id.
    pub fn room(&self, id: &RoomId) -> Option<&Room> {
        self.rooms.iter().find(|c| &c.id == id)
    }

    /// The lecturer with this id.
    pub fn lecturer(&self, id: &LecturerId) -> Option<&Lecturer> {
        self.lecturers.iter().find(|c| &c.id == id)
    }

    /// The zone a session's wall-clock time is anchored in: its own, or its host's.
    pub fn anchor_zone(&self, session: &Session) -> Zone {
        session
            .zone
            .or_else(|| self.campus(&session.host).map(|c| c.zone))
            .unwrap_or(Zone::UTC)
    }

    /// The place whose clock a session's time is told in: the host's city when the session is
    /// anchored in the host's zone, else the zone's place ("Toronto").
    pub fn anchor_place(&self, session: &Session) -> String {
        let zone = self.anchor_zone(session);
        match self.campus(&session.host) {
            Some(host) if host.zone == zone => host.city.clone(),
            _ => zone.place(),
        }
    }

    /// The schedule with only the sessions a campus or a cohort takes part in (a campus takes
    /// part when it hosts, or one of its cohorts attends, or one of its rooms is booked). With
    /// neither, the whole schedule.
    pub fn narrowed(&self, campus: Option<&CampusId>, cohort: Option<&CohortId>) -> Schedule {
        let mut s = self.clone();
        s.sessions.retain(|x| self.involves(x, campus, cohort));
        s
    }

    /// Whether a campus and a cohort take part in a session (each `None` = any): the cohort
    /// attends, and the campus hosts it or one of its cohorts attends or one of its rooms is
    /// booked.
    pub fn involves(
        &self,
        session: &Session,
        campus: Option<&CampusId>,
        cohort: Option<&CohortId>,
    ) -> bool {
        let campus_of_cohort =
            |k: &CohortId| self.cohorts.iter().find(|c| c.id == *k).map(|c| &c.campus);
        let campus_of_room = |r: &RoomId| self.rooms.iter().find(|x| x.id == *r).map(|x| &x.campus);
        cohort.is_none_or(|c| session.cohorts.contains(c))
            && campus.is_none_or(|c| {
                session.host == *c
                    || session
                        .cohorts
                        .iter()
                        .any(|k| campus_of_cohort(k) == Some(c))
                    || session.rooms.iter().any(|r| campus_of_room(r) == Some(c))
            })
    }

    /// The campuses taking part in a session, host first, then in schedule order: the host,
    /// the campuses of its cohorts and of its rooms.
    pub fn participating_campuses<'a>(&'a self, session: &Session) -> Vec<&'a Campus> {
        let mut ids: Vec<&CampusId> = vec![&session.host];
        ids.extend(
            session
                .cohorts
                .iter()
                .filter_map(|c| self.cohort(c))
                .map(|c| &c.campus),
        );
        ids.extend(
            session
                .rooms
                .iter()
                .filter_map(|r| self.room(r))
                .map(|r| &r.campus),
        );
        let mut out: Vec<&Campus> = Vec::new();
        if let Some(host) = self.campus(&session.host) {
            out.push(host);
        }
        for c in &self.campuses {
            if c.id != session.host && ids.contains(&&c.id) {
                out.push(c);
            }
        }
        out
    }
}

fn invalid(path: &str, message: String) -> Error {
    Error::Invalid {
        path: path.to_string(),
        message,
    }
}

fn check_term(t: &Term, path: &str) -> Result<(), Error> {
    if t.end < t.start {
        return Err(invalid(
            &format!("{path}.end"),
            format!("the term ends ({}) before it starts ({})", t.end, t.start),
        ));
    }
    if t.start.days_until(t.end) > 366 {
        return Err(invalid(path, "a term may last at most a year".into()));
    }
    Ok(())
}

fn unique_ids<'a>(
    ids: impl Iterator<Item = &'a str>,
    list: &str,
    what: &str,
) -> Result<HashSet<&'a str>, Error> {
    let mut seen = HashSet::new();
    for (i, id) in ids.enumerate() {
        if id.trim().is_empty() {
            return Err(invalid(
                &format!("{list}[{i}].id"),
                format!("every {what} needs an id"),
            ));
        }
        if !seen.insert(id) {
            return Err(invalid(
                &format!("{list}[{i}].id"),
                format!("two {list} have the id \"{id}\""),
            ));
        }
    }
    Ok(seen)
}

/// The path of a missing field: serde names the object (`.` for the whole document,
/// `sessions[0]`) and the field only in its message ("missing field `start`").
fn path_of_missing_field(path: &str, message: &str) -> String {
    let field = message
        .strip_prefix("missing field `")
        .and_then(|m| m.split('`').next());
    match (field, path) {
        (Some(f), "." | "") => f.to_string(),
        (Some(f), p) => format!("{p}.{f}"),
        (None, p) => p.to_string(),
    }
}

/// serde_json appends " at line L column C"; the typed error carries those separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}
