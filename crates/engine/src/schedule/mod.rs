//! The schedule document (`"format": "meridian/1"`): campuses, cohorts, lecturers, rooms and
//! sessions, read from and written to JSON, and validated as a whole.
//!
//! See `docs/schedule-format.md` for the format as users see it.

mod busy;
mod campus;
mod load;
pub use load::is_direction_control;
mod session;

pub use busy::*;
pub use campus::*;
pub use session::*;

use crate::time::{CivilDate, CivilDateTime, CivilTime, Instant};
use crate::zone::Zone;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
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
                <$t>::parse(&text).map_err(crate::error::refused_by_serde)
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
            return Err(refused_by_serde(crate::Problem::FractionOfSecond { text }));
        }
        Instant::parse_rfc3339(&text).map_err(crate::error::refused_by_serde)
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
        let t = CivilDateTime::parse(&text).map_err(crate::error::refused_by_serde)?;
        if !whole_minute(t.time()) {
            return Err(refused_by_serde(crate::Problem::Seconds { text }));
        }
        Ok(t)
    }
}

/// Whether a time is on a whole minute (schedules are to the minute: links and the grid keep
/// minutes, so seconds would be dropped without a word).
pub(super) fn whole_minute(t: CivilTime) -> bool {
    t == CivilTime::from_minutes_of_day(t.minutes_of_day())
}

/// A serde error for a value's own problem (the reader puts it at the value's path).
pub(super) fn refused_by_serde<E: serde::de::Error>(problem: crate::Problem) -> E {
    crate::error::refused_by_serde(crate::Error::Invalid {
        path: String::new(),
        problem,
    })
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

    /// Whether a session keeps its host campus's clock: it has no zone of its own, or its zone
    /// is its host's. A guest lecture kept on Toronto's clock but hosted by TU Berlin does not,
    /// and is worded apart ("10:00 Toronto time · hosted by TU Berlin"), not as if its host were
    /// in Toronto. A session whose host is not in the schedule keeps no host's clock.
    pub fn keeps_host_clock(&self, session: &Session) -> bool {
        self.campus(&session.host)
            .is_some_and(|host| host.zone == self.anchor_zone(session))
    }

    /// The place whose clock a session's time is told in: the host's city when the session is
    /// anchored in the host's zone, else the zone's place ("Toronto").
    pub fn anchor_place(&self, session: &Session) -> String {
        match self.campus(&session.host) {
            Some(host) if self.keeps_host_clock(session) => host.city.clone(),
            _ => self.anchor_zone(session).place(),
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
