//! Conflicts: every clash and every daylight-saving drift across the term, explained.
//!
//! Bookings are intervals `[start, end)` of a *resource* (a cohort, a lecturer or a room). Two
//! bookings of one resource clash when they overlap; sessions that only touch do not. Detection
//! sorts each resource's bookings and sweeps them once ([`overlapping_pairs`]), O(n log n + k),
//! never pairwise over everything. [`ConflictIndex`] keeps the bookings per resource so that a
//! change to one session re-checks only the resources that session books.
//!
//! The other checks look at one occurrence and one participating campus at a time: teaching
//! hours, closures, the campus's term, another local weekday, and a wall-clock time skipped or
//! repeated by a switch. Drift looks at a whole series. Occurrences of a weekly series that
//! clash in the same way every week are reported once, with every occurrence listed.

mod build;
mod checks;
mod clock;
mod index;
mod steps;
mod sweep;
mod words;

use crate::schedule::{CampusId, Schedule, SessionId};
use crate::time::{CivilDate, CivilTime, Instant};
use std::fmt;

pub(crate) use clock::Clock;
pub use index::{ConflictIndex, MAX_CLASHES_PER_RESOURCE, MAX_CONFLICTS_PER_RESOURCE};
pub use steps::{Checking, Progress};
pub use sweep::{overlapping_pairs, overlapping_pairs_pairwise};
use words::day_month;

/// How bad a conflict is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// Cannot work as planned (a double booking, a closed campus).
    Error,
    /// Works, but someone pays for it (outside teaching hours, another weekday).
    Warning,
    /// Worth knowing (a series that moves at a partner with daylight saving).
    Info,
}

impl Severity {
    /// `error`, `warning` or `info`.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
    /// Reads `error`, `warning` or `info`.
    pub fn parse(s: &str) -> Option<Severity> {
        [Severity::Error, Severity::Warning, Severity::Info]
            .into_iter()
            .find(|v| v.name() == s)
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What kind of conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ConflictKind {
    /// A cohort has two sessions at once.
    CohortDoubleBooked,
    /// A lecturer has two sessions at once.
    LecturerDoubleBooked,
    /// A room is booked twice at once.
    RoomDoubleBooked,
    /// A session meets while its cohort, lecturer or room is busy in an imported calendar.
    BusyElsewhere,
    /// A session falls on a closure (holiday) of a participating campus.
    OnClosure,
    /// Less than the schedule's minimum break between two sessions of a cohort or lecturer.
    ShortBreak,
    /// Outside a participating campus's teaching hours (or on a day it does not teach).
    OutsideTeachingHours,
    /// Another local weekday at a partner than at the host, and not a teaching day there.
    OtherLocalWeekday,
    /// Outside a participating campus's own term.
    OutsideCampusTerm,
    /// The anchor wall-clock time is skipped or repeated by a switch that day.
    SkippedOrRepeatedTime,
    /// A series lands at different local times at some campus during the term.
    DaylightSavingDrift,
}

impl ConflictKind {
    /// The kebab-case name used by the CLI's JSON, e.g. `cohort-double-booked`.
    pub fn name(self) -> &'static str {
        match self {
            ConflictKind::CohortDoubleBooked => "cohort-double-booked",
            ConflictKind::LecturerDoubleBooked => "lecturer-double-booked",
            ConflictKind::RoomDoubleBooked => "room-double-booked",
            ConflictKind::BusyElsewhere => "busy-elsewhere",
            ConflictKind::OnClosure => "on-closure",
            ConflictKind::ShortBreak => "short-break",
            ConflictKind::OutsideTeachingHours => "outside-teaching-hours",
            ConflictKind::OtherLocalWeekday => "other-local-weekday",
            ConflictKind::OutsideCampusTerm => "outside-campus-term",
            ConflictKind::SkippedOrRepeatedTime => "skipped-or-repeated-time",
            ConflictKind::DaylightSavingDrift => "daylight-saving-drift",
        }
    }
    /// How bad this kind is.
    pub fn severity(self) -> Severity {
        match self {
            ConflictKind::CohortDoubleBooked
            | ConflictKind::LecturerDoubleBooked
            | ConflictKind::RoomDoubleBooked
            | ConflictKind::BusyElsewhere
            | ConflictKind::OnClosure => Severity::Error,
            ConflictKind::DaylightSavingDrift => Severity::Info,
            _ => Severity::Warning,
        }
    }
}

/// One occurrence taking part in a conflict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OccurrenceRef {
    /// Index of the session in the schedule.
    pub session: usize,
    /// The occurrence's date in its series.
    pub date: CivilDate,
    /// Absolute start.
    pub start: Instant,
    /// Absolute end.
    pub end: Instant,
}

/// A stretch of weeks in which a series starts at one local time at a campus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DriftSegment {
    /// Local date of the first occurrence of the stretch.
    pub first: CivilDate,
    /// Local date of the last occurrence of the stretch.
    pub last: CivilDate,
    /// Local start time during the stretch.
    pub local_start: CivilTime,
    /// Number of occurrences in the stretch.
    pub count: usize,
}

/// How a series' local start moves at one campus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DriftRow {
    /// The campus.
    pub campus: CampusId,
    /// Its city, for messages ("Santiago").
    pub city: String,
    /// The stretches, in date order.
    pub segments: Vec<DriftSegment>,
}

impl DriftRow {
    /// "Santiago: 06:00 until 23 Mar, 05:00 on 30 Mar, 04:00 from 6 Apr".
    pub fn describe(&self) -> String {
        let n = self.segments.len();
        let parts: Vec<String> = self
            .segments
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let when = if s.count == 1 {
                    format!("on {}", day_month(s.first))
                } else if i == 0 {
                    format!("until {}", day_month(s.last))
                } else if i == n - 1 {
                    format!("from {}", day_month(s.first))
                } else {
                    format!("from {} to {}", day_month(s.first), day_month(s.last))
                };
                format!("{} {when}", s.local_start)
            })
            .collect();
        format!("{}: {}", self.city, parts.join(", "))
    }
}

/// The drift rows as one sentence, campuses with the same times named together:
/// "Singapore, Shanghai: 09:00 until 31 Mar, 10:00 from 7 Apr; Auckland: …".
pub fn describe_rows(rows: &[DriftRow]) -> String {
    let mut merged: Vec<(Vec<&str>, &DriftRow)> = Vec::new();
    for r in rows {
        match merged.iter_mut().find(|(_, m)| m.segments == r.segments) {
            Some((cities, _)) => {
                if !cities.contains(&r.city.as_str()) {
                    cities.push(&r.city)
                }
            }
            None => merged.push((vec![&r.city], r)),
        }
    }
    merged
        .iter()
        .map(|(cities, r)| {
            let text = r.describe();
            let times = text
                .split_once(": ")
                .map_or(text.as_str(), |x| x.1)
                .to_string();
            format!("{}: {times}", cities.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A conflict, explained for a coordinator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// What kind.
    pub kind: ConflictKind,
    /// How bad.
    pub severity: Severity,
    /// Start of the first occurrence involved.
    pub start: Instant,
    /// Sessions involved, by id.
    pub sessions: Vec<SessionId>,
    /// Campuses involved, by id.
    pub campuses: Vec<CampusId>,
    /// Every occurrence involved, in time order.
    pub occurrences: Vec<OccurrenceRef>,
    /// A sentence a coordinator understands without reading code.
    pub message: String,
    /// What would fix it, where Meridian can tell.
    pub hint: Option<String>,
    /// For [`ConflictKind::DaylightSavingDrift`]: per campus, its local times over the term.
    pub drift: Vec<DriftRow>,
}

/// Something that can be booked twice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Resource {
    /// A cohort, by index in the schedule.
    Cohort(usize),
    /// A lecturer, by index.
    Lecturer(usize),
    /// A room, by index.
    Room(usize),
}

/// Every conflict of a schedule, sorted by start, then kind.
pub fn check(schedule: &Schedule) -> Vec<Conflict> {
    ConflictIndex::new(schedule).conflicts(schedule)
}
