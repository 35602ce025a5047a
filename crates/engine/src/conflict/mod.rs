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
mod explain;
mod index;
mod steps;
mod sweep;

use crate::holidays::{HolidayKind, PublicHolidays};
use crate::schedule::Hours;
use crate::schedule::{CampusId, Schedule, SessionId};
use crate::time::{CivilDate, CivilDateTime, CivilTime, Instant, UtcOffset, Weekday};
use std::fmt;

pub(crate) use clock::Clock;
pub use index::{ConflictIndex, MAX_CLASHES_PER_RESOURCE, MAX_CONFLICTS_PER_RESOURCE};
pub use steps::{Checking, Progress};
pub use sweep::{overlapping_pairs, overlapping_pairs_pairwise};

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
    /// A session falls on a day a participating campus is closed: a closure typed in, a public
    /// holiday of its country and region, or a lecture-free period ([`Conflict::calendar`]
    /// says which).
    OnClosure,
    /// A session falls in an exam period of a participating campus (teaching may go on).
    InExamPeriod,
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
            ConflictKind::InExamPeriod => "in-exam-period",
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
    /// Its city, as the front ends name the row.
    pub city: String,
    /// The stretches, in date order.
    pub segments: Vec<DriftSegment>,
}

/// What a day in a campus's calendar is, when a conflict is about one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CalendarKind {
    /// A closure typed into the schedule.
    Closure,
    /// A public holiday from the holiday data (the holiday itself, or observed or substituted).
    PublicHoliday(HolidayKind),
    /// A lecture-free period of the campus.
    LectureFree,
    /// An exam period of the campus.
    Exams,
}

impl CalendarKind {
    /// `closure`, `public-holiday`, `lecture-free` or `exams`: the word the CLI's JSON uses.
    pub fn name(self) -> &'static str {
        match self {
            CalendarKind::Closure => "closure",
            CalendarKind::PublicHoliday(_) => "public-holiday",
            CalendarKind::LectureFree => "lecture-free",
            CalendarKind::Exams => "exams",
        }
    }
}

/// The day in a campus's calendar a conflict is about, as data for the front ends to word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarDay {
    /// The campus.
    pub campus: CampusId,
    /// The first date involved, in the campus's own calendar.
    pub date: CivilDate,
    /// A closure, a public holiday, a lecture-free or an exam period.
    pub kind: CalendarKind,
    /// Its name as the schedule gives it, or a public holiday's name in the country's language
    /// ("Día de la Comunidad Valenciana").
    pub name: String,
    /// A public holiday's name in English ("Valencian Community Day"); `None` for the others.
    pub english_name: Option<String>,
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
    /// What happened, with everything a front end needs to say it in a sentence a
    /// coordinator understands without reading code.
    pub detail: ConflictDetail,
    /// What would fix it, where Meridian can tell.
    pub hint: Option<Hint>,
    /// When the same conflict repeats on other dates (a weekly series clashing the same way
    /// every week): how many more, and the last. The detail is about the first date.
    pub repeats: Option<Repeats>,
    /// Every date it happens on, on the clock its times are given in, sorted without repeats:
    /// the detail is about the first, [`Conflict::repeats`] counts the others. Empty for a
    /// drift (it belongs to the series, not to its dates) and for a resource's clashes past
    /// the listed ones.
    pub dates: Vec<CivilDate>,
    /// For [`ConflictKind::DaylightSavingDrift`]: per campus, its local times over the term.
    pub drift: Vec<DriftRow>,
    /// For [`ConflictKind::OnClosure`] and [`ConflictKind::InExamPeriod`]: the closure, public
    /// holiday or period, at which campus, from which date.
    pub calendar: Option<CalendarDay>,
}

/// How many more dates a conflict repeats on, after the first its detail is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Repeats {
    /// Dates after the first (at least 1).
    pub more: usize,
    /// The last date, on the clock the conflict's times are given in.
    pub last: CivilDate,
}

/// A cohort, lecturer or room as a conflict names it. Ordered cohorts first, then lecturers,
/// then rooms, each by name.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Booked {
    /// Which one (its index in the schedule's list, which the variant names).
    pub resource: Resource,
    /// Its name in the schedule.
    pub name: String,
}

impl Booked {
    fn order(&self) -> (u8, &str, Resource) {
        let kind = match self.resource {
            Resource::Cohort(_) => 0,
            Resource::Lecturer(_) => 1,
            Resource::Room(_) => 2,
        };
        (kind, &self.name, self.resource)
    }
}

impl Ord for Booked {
    fn cmp(&self, other: &Booked) -> std::cmp::Ordering {
        self.order().cmp(&other.order())
    }
}

impl PartialOrd for Booked {
    fn partial_cmp(&self, other: &Booked) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// A span of wall-clock times on one clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// Start.
    pub start: CivilTime,
    /// End.
    pub end: CivilTime,
}

/// How a switch of the clocks moved a session's wall-clock time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Switch {
    /// The time does not exist that day: the clocks skip from `from` to `to`; the session was
    /// moved forward past the switch.
    Skipped {
        /// First skipped wall-clock time (02:00).
        from: CivilTime,
        /// First wall-clock time after the gap (03:00).
        to: CivilTime,
    },
    /// The time happens twice; the session was taken at the first.
    Repeated {
        /// Offset of the first (before the switch).
        earlier: UtcOffset,
        /// Offset of the second (after the switch).
        later: UtcOffset,
    },
}

/// What happened, as data for a front end to word. Names (sessions, campuses, places, cohorts,
/// lecturers, rooms) are as the checked schedule gives them, so a conflict can be worded without
/// the schedule (a resolved conflict's schedule is an older version). Times and dates are on
/// the clock named by `place` or the campus.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ConflictDetail {
    /// Two sessions (or two occurrences of one) of a cohort, lecturer or room overlap.
    DoubleBooked {
        /// The resource booked twice.
        booked: Booked,
        /// The city (or zone's place) whose clock the times are on.
        place: String,
        /// The first session's local date.
        date: CivilDate,
        /// The first session's title.
        first: String,
        /// Its local times.
        first_span: Span,
        /// The second session's title (the same as `first` when `same_session`).
        second: String,
        /// Its local times.
        second_span: Span,
        /// Both are occurrences of one session.
        same_session: bool,
        /// How long they overlap.
        overlap_minutes: i64,
    },
    /// Less than the schedule's minimum break between two sessions of a cohort or lecturer.
    ShortBreak {
        /// The cohort or lecturer.
        booked: Booked,
        /// The city (or zone's place) whose clock the times are on.
        place: String,
        /// The second session's local date.
        date: CivilDate,
        /// The first session's title.
        first: String,
        /// When it ends.
        first_ends: CivilTime,
        /// The second session's title.
        second: String,
        /// When it starts.
        second_starts: CivilTime,
        /// The break there is.
        gap_minutes: i64,
        /// The break the schedule's rule asks for.
        rule_minutes: u32,
    },
    /// A session meets while its cohort, lecturer or room is busy in an imported calendar.
    Busy {
        /// Who or what is busy.
        booked: Booked,
        /// The city (or zone's place) whose clock the times are on.
        place: String,
        /// The busy block's local date.
        date: CivilDate,
        /// The busy block's local times.
        busy: Span,
        /// The busy block's title (empty when the calendar gives none).
        block: String,
        /// The imported calendar's name.
        calendar: String,
        /// The session's title.
        session: String,
        /// Its local times.
        meets: Span,
    },
    /// A session falls on a closure, public holiday, lecture-free or exam period of a campus;
    /// [`Conflict::calendar`] says which (a closure without a name when `None`).
    OnCalendarDay {
        /// The session's title.
        session: String,
        /// The campus's local date.
        date: CivilDate,
        /// The campus's short name.
        campus: String,
        /// Its city.
        city: String,
    },
    /// A session falls outside a campus's own term.
    OutsideCampusTerm {
        /// The session's title.
        session: String,
        /// The campus's local date.
        date: CivilDate,
        /// The campus's short name.
        campus: String,
        /// First day of its term.
        term_start: CivilDate,
        /// Last day of its term.
        term_end: CivilDate,
    },
    /// A session falls on another local weekday at a campus, one it does not teach on.
    OtherLocalWeekday {
        /// The session's title.
        session: String,
        /// The date at the host (anchor zone).
        host_date: CivilDate,
        /// The date at the campus.
        date: CivilDate,
        /// The campus's short name.
        campus: String,
        /// Its city.
        city: String,
        /// The local times there.
        span: Span,
    },
    /// A session falls on a day a campus does not teach.
    NoTeachingDay {
        /// The session's title.
        session: String,
        /// The campus's local date.
        date: CivilDate,
        /// The campus's short name.
        campus: String,
        /// Its city.
        city: String,
        /// The local times there.
        span: Span,
    },
    /// A session runs outside a campus's teaching hours that day.
    OutsideTeachingHours {
        /// The session's title.
        session: String,
        /// The campus's local date.
        date: CivilDate,
        /// The campus's short name.
        campus: String,
        /// Its city.
        city: String,
        /// The local times there.
        span: Span,
        /// The campus's teaching hours that weekday (may end at 24:00).
        hours: Hours,
    },
    /// A session's wall-clock time is skipped or repeated by a switch of the clocks.
    SwitchHour {
        /// The session's title.
        session: String,
        /// The wall-clock date and time asked for.
        local: CivilDateTime,
        /// What the switch did to it.
        switch: Switch,
        /// The place whose clock it is (the session's anchor).
        place: String,
    },
    /// A series starts at different local times at some campuses during the term; the rows
    /// are in [`Conflict::drift`].
    Drift {
        /// The session's title.
        session: String,
        /// Every weekday it meets on, on its own clock, Monday first (a Tue+Fri series names
        /// both).
        weekdays: Vec<Weekday>,
        /// And its local start there.
        time: CivilTime,
        /// The place whose clock it is (the session's anchor).
        place: String,
    },
    /// A resource has more overlapping bookings than are listed.
    Omitted {
        /// The resource.
        booked: Booked,
        /// How many overlapping pairs were not listed.
        pairs: usize,
        /// [`MAX_CONFLICTS_PER_RESOURCE`].
        most_conflicts: usize,
        /// [`MAX_CLASHES_PER_RESOURCE`].
        most_clashes: usize,
    },
}

/// Why a slot is free, in a hint that moves a session there.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Opening {
    /// The room is free from `free.start` to `free.end` that day.
    RoomFree {
        /// The room's name.
        room: String,
        /// The free window.
        free: Span,
    },
    /// Right after this session (by title) ends.
    After(String),
    /// When the cohort or lecturer is free.
    WhenFree(Booked),
}

/// What would fix a conflict, as data for a front end to word.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Hint {
    /// Move the session (by title) later by `minutes` (to keep the minimum break).
    MoveBy {
        /// The session's title.
        session: String,
        /// How much later.
        minutes: i64,
    },
    /// Move the session (by title) later by `minutes`, to `to` on the same clock, where the
    /// resource is free.
    MoveTo {
        /// The session's title.
        session: String,
        /// How much later.
        minutes: i64,
        /// The new local start.
        to: CivilTime,
        /// Why it is free then.
        opening: Opening,
    },
    /// The resource has no free stretch of `minutes` later that day.
    NoFreeTime {
        /// The resource.
        booked: Booked,
        /// The session's length.
        minutes: i64,
    },
    /// Everyone taking part is in teaching hours during `span` that day, on `place`'s clock.
    CommonWindow {
        /// The window.
        span: Span,
        /// The place whose clock it is (the session's anchor).
        place: String,
    },
    /// Skip this date or move the occurrence (a closed day).
    SkipOrMove,
    /// Students may be sitting exams: move the occurrence out of the period, or keep it.
    ExamsMaybe,
    /// Pick a wall-clock time outside the switch hour.
    AvoidSwitchHour,
    /// Fix the double bookings listed first (copies of one session are the usual cause).
    FixListedFirst,
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

/// Every conflict of a schedule, sorted by start, then kind, without public holidays (only
/// closures typed in close a campus).
pub fn check(schedule: &Schedule) -> Vec<Conflict> {
    ConflictIndex::new(schedule).conflicts(schedule)
}

/// Every conflict of a schedule with each campus's public holidays from `holidays` closing it
/// as typed closures do, sorted by start, then kind.
pub fn check_with_holidays(schedule: &Schedule, holidays: &PublicHolidays) -> Vec<Conflict> {
    ConflictIndex::with_holidays(schedule, holidays).conflicts(schedule)
}
