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

use crate::occurrence::{session_occurrences_with, Occurrence};
use crate::schedule::{Campus, CampusId, Schedule, SessionId};
use crate::time::{CivilDate, CivilDateTime, CivilTime, Instant};
use crate::zone::{Resolution, Zone};
use rustc_hash::FxHashMap as HashMap;
use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

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

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn day_month(d: CivilDate) -> String {
    format!("{} {}", d.day(), MONTHS[(d.month() as usize + 11) % 12])
}

/// "Tue 13 Oct 2026".
fn long_date(d: CivilDate) -> String {
    format!("{} {} {}", d.weekday(), day_month(d), d.year())
}

/// "Chalmers'", "RWTH's".
fn possessive(name: &str) -> String {
    if name.ends_with('s') {
        format!("{name}'")
    } else {
        format!("{name}'s")
    }
}

fn hhmm(t: CivilTime) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// The overlapping pairs among `[start, end)` intervals, by sorting and sweeping: O(n log n + k)
/// for k pairs. Pairs are `(i, j)` with `i < j` (input positions), sorted. Intervals that only
/// touch do not overlap; an empty interval overlaps only intervals that strictly contain its
/// instant.
pub fn overlapping_pairs(intervals: &[(i64, i64)]) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..intervals.len()).collect();
    order.sort_unstable_by_key(|&i| intervals[i]);
    let mut active: Vec<usize> = Vec::new();
    let mut pairs = Vec::new();
    for &i in &order {
        let (start, end) = intervals[i];
        active.retain(|&a| intervals[a].1 > start);
        for &a in &active {
            if overlaps(intervals[a], (start, end)) {
                pairs.push((a.min(i), a.max(i)));
            }
        }
        active.push(i);
    }
    pairs.sort_unstable();
    pairs
}

/// The same answer as [`overlapping_pairs`] by comparing every pair: O(n²). The reference the
/// sweep is tested against, and the baseline of the benchmark.
pub fn overlapping_pairs_pairwise(intervals: &[(i64, i64)]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for i in 0..intervals.len() {
        for j in i + 1..intervals.len() {
            if overlaps(intervals[i], intervals[j]) {
                pairs.push((i, j));
            }
        }
    }
    pairs
}

fn overlaps(a: (i64, i64), b: (i64, i64)) -> bool {
    a.0 < b.1 && b.0 < a.1
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

/// One use of a resource: an occurrence (a later issue adds imported busy blocks, which are
/// bookings like any other).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Booking {
    start: i64,
    end: i64,
    session: usize,
    occurrence: usize,
}

/// A zone's offsets over the term, so that converting thousands of instants costs a short
/// search instead of a database lookup each.
#[derive(Debug, Clone)]
struct Clock {
    zone: Zone,
    from: i64,
    to: i64,
    /// (instant, offset in force from then), the first at `from`.
    changes: Vec<(i64, i32)>,
    /// The local dates of the covered span, from the day numbered `first_day` (days since
    /// 1970-01-01): turning a local second count into a date is then an array lookup.
    first_day: i64,
    dates: Vec<CivilDate>,
}

/// Longest span (days) a clock keeps a date table for; longer terms take the slower path.
const MAX_CLOCK_DAYS: i64 = 20_000;

impl Clock {
    fn new(zone: Zone, from: Instant, to: Instant) -> Clock {
        let mut changes = vec![(from.unix_seconds(), zone.offset_at(from).seconds())];
        changes.extend(
            zone.transitions(from, to)
                .into_iter()
                .map(|(t, _, after)| (t.unix_seconds(), after.seconds())),
        );
        // Offsets stay within ±26 h, so one day either side covers every local date.
        let first_day = from.unix_seconds().div_euclid(86_400) - 1;
        let last_day = to.unix_seconds().div_euclid(86_400) + 1;
        let first_date = CivilDate::new(1970, 1, 1).and_then(|d| d.add_days(first_day));
        let dates = match first_date {
            Some(first) if last_day - first_day <= MAX_CLOCK_DAYS => (0..=last_day - first_day)
                .map_while(|n| first.add_days(n))
                .collect(),
            _ => Vec::new(),
        };
        Clock {
            zone,
            from: from.unix_seconds(),
            to: to.unix_seconds(),
            changes,
            first_day,
            dates,
        }
    }

    fn offset(&self, t: i64) -> i32 {
        if t < self.from || t >= self.to {
            return Instant::from_unix_seconds(t).map_or(0, |i| self.zone.offset_at(i).seconds());
        }
        let i = self.changes.partition_point(|c| c.0 <= t);
        self.changes[i.saturating_sub(1)].1
    }

    /// `compatible` resolution of a wall-clock time: by the cached offsets when no switch lies
    /// within two days (then the time is exact), else by the database.
    fn resolve(&self, local: CivilDateTime) -> Result<crate::Resolved, crate::Error> {
        let wall = local.0.and_utc().timestamp();
        let near = |t: i64| {
            let i = self.changes.partition_point(|c| c.0 <= t - 2 * 86_400);
            self.changes.get(i).is_some_and(|c| c.0 < t + 2 * 86_400)
        };
        if wall - 86_400 > self.from && wall + 86_400 < self.to && !near(wall) {
            let offset = self.offset(wall);
            if let Some(instant) = Instant::from_unix_seconds(wall - i64::from(offset)) {
                return Ok(crate::Resolved {
                    instant,
                    resolution: Resolution::Exact,
                });
            }
        }
        self.zone.resolve(local, crate::Disambiguation::Compatible)
    }

    fn civil(&self, t: i64) -> CivilDateTime {
        let local = t + i64::from(self.offset(t));
        let date = usize::try_from(local.div_euclid(86_400) - self.first_day)
            .ok()
            .and_then(|i| self.dates.get(i));
        let time = u32::try_from(local.rem_euclid(86_400))
            .ok()
            .and_then(|s| chrono::NaiveTime::from_num_seconds_from_midnight_opt(s, 0));
        if let (Some(date), Some(time)) = (date, time) {
            return date.at(CivilTime(time));
        }
        CivilDateTime::from_clock_seconds(local).unwrap_or_else(|| {
            CivilDate::new(1970, 1, 1).map_or_else(|| unreachable!(), |d| d.at(CivilTime::MIDNIGHT))
        })
    }
}

/// What the index knows about one session, resolved once.
#[derive(Debug, Clone, Default)]
struct SessionInfo {
    /// Cohorts and lecturer (every occurrence) and the series' rooms.
    resources: Vec<Resource>,
    /// Participating campuses, host first (indices).
    campuses: Vec<usize>,
    /// Clock of the anchor zone.
    anchor: usize,
}

/// A conflict before it is grouped and put into words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Raw {
    Pair {
        kind: ConflictKind,
        resource: Resource,
        a: (usize, usize),
        b: (usize, usize),
    },
    Single {
        kind: ConflictKind,
        session: usize,
        occurrence: usize,
        campus: Option<usize>,
        detail: usize,
    },
    Drift {
        session: usize,
    },
}

/// What makes raw conflicts "the same every week": kind, resource or campus, the sessions, a
/// detail (closure, local start and length), and the local start times of a pair.
type GroupKey = (ConflictKind, usize, usize, usize, usize, u32, u32);

/// Raw conflicts that repeat the same way on several dates, put into words when first asked.
#[derive(Debug, Clone)]
struct Group {
    kind: ConflictKind,
    raw: Vec<Raw>,
    words: OnceCell<Conflict>,
}

/// Conflicts of a schedule, kept up to date as sessions change.
#[derive(Debug, Clone)]
pub struct ConflictIndex {
    occurrences: Vec<Vec<Occurrence>>,
    info: Vec<SessionInfo>,
    resources_of: Vec<Vec<Resource>>,
    /// Bookings per resource, at [`resource_key`].
    bookings: Vec<Vec<Booking>>,
    /// Clock of each campus (index into `clocks`).
    campus_clock: Vec<usize>,
    per_session: Vec<Vec<Group>>,
    per_resource: BTreeMap<Resource, Vec<Group>>,
    clashes: BTreeMap<Resource, Vec<(OccurrenceRef, OccurrenceRef)>>,
    clocks: Vec<Clock>,
    clock_of_zone: HashMap<Zone, usize>,
    ids: Ids,
    lists: (usize, usize, usize, usize),
}

/// Positions of cohorts, lecturers, rooms and campuses by id, built once per index.
#[derive(Debug, Clone, Default)]
struct Ids {
    cohorts: HashMap<String, usize>,
    lecturers: HashMap<String, usize>,
    rooms: HashMap<String, usize>,
    campuses: HashMap<String, usize>,
    /// The zone each cohort, lecturer (when known) and room lives by.
    cohort_zone: Vec<Zone>,
    lecturer_zone: Vec<Option<Zone>>,
    room_zone: Vec<Zone>,
    /// The campus (index) of each cohort and room.
    cohort_campus: Vec<Option<usize>>,
    room_campus: Vec<Option<usize>>,
}

impl Ids {
    fn new(s: &Schedule) -> Ids {
        let map = |ids: Vec<&str>| {
            ids.into_iter()
                .enumerate()
                .map(|(i, id)| (id.to_string(), i))
                .collect()
        };
        let campuses: HashMap<String, usize> =
            map(s.campuses.iter().map(|x| x.id.as_str()).collect());
        let zone = |id: &CampusId| campuses.get(id.as_str()).map(|&i| s.campuses[i].zone);
        Ids {
            cohorts: map(s.cohorts.iter().map(|x| x.id.as_str()).collect()),
            lecturers: map(s.lecturers.iter().map(|x| x.id.as_str()).collect()),
            rooms: map(s.rooms.iter().map(|x| x.id.as_str()).collect()),
            cohort_zone: s
                .cohorts
                .iter()
                .map(|x| zone(&x.campus).unwrap_or(Zone::UTC))
                .collect(),
            lecturer_zone: s
                .lecturers
                .iter()
                .map(|x| x.campus.as_ref().and_then(zone))
                .collect(),
            room_zone: s
                .rooms
                .iter()
                .map(|x| zone(&x.campus).unwrap_or(Zone::UTC))
                .collect(),
            cohort_campus: s
                .cohorts
                .iter()
                .map(|x| campuses.get(x.campus.as_str()).copied())
                .collect(),
            room_campus: s
                .rooms
                .iter()
                .map(|x| campuses.get(x.campus.as_str()).copied())
                .collect(),
            campuses,
        }
    }
}

impl ConflictIndex {
    /// Checks the whole schedule.
    pub fn new(schedule: &Schedule) -> ConflictIndex {
        let term = schedule.term;
        let edge = |d: Option<CivilDate>| {
            d.and_then(|d| {
                Zone::UTC
                    .resolve(d.at(CivilTime::MIDNIGHT), crate::Disambiguation::Compatible)
                    .ok()
            })
            .map(|r| r.instant)
        };
        let from = edge(term.start.add_days(-2)).or_else(|| Instant::from_unix_seconds(0));
        let to = edge(term.end.add_days(9)).or_else(|| Instant::from_unix_seconds(0));
        let mut index = ConflictIndex {
            occurrences: Vec::new(),
            info: Vec::new(),
            resources_of: Vec::new(),
            bookings: Vec::new(),
            campus_clock: Vec::new(),
            per_session: Vec::new(),
            per_resource: BTreeMap::new(),
            clashes: BTreeMap::new(),
            clocks: Vec::new(),
            clock_of_zone: HashMap::default(),
            ids: Ids::new(schedule),
            lists: list_sizes(schedule),
        };
        if let (Some(from), Some(to)) = (from, to) {
            for zone in schedule
                .campuses
                .iter()
                .map(|c| c.zone)
                .chain(schedule.sessions.iter().map(|s| schedule.anchor_zone(s)))
            {
                if !index.clock_of_zone.contains_key(&zone) {
                    index.clock_of_zone.insert(zone, index.clocks.len());
                    index.clocks.push(Clock::new(zone, from, to));
                }
            }
        }
        index.campus_clock = schedule
            .campuses
            .iter()
            .map(|c| index.clock_of_zone.get(&c.zone).copied().unwrap_or(0))
            .collect();
        let (nc, nl, nr) = (
            schedule.cohorts.len(),
            schedule.lecturers.len(),
            schedule.rooms.len(),
        );
        index.bookings = vec![Vec::new(); 3 * nc.max(nl).max(nr)];
        for i in 0..schedule.sessions.len() {
            let info = index.session_info(schedule, i).unwrap_or_default();
            index.info.push(info);
            let occ = index.expand(schedule, i);
            index.occurrences.push(occ);
            index.per_session.push(Vec::new());
            index.resources_of.push(Vec::new());
        }
        // Imported busy time: each calendar is a pseudo-session after the real ones, whose
        // occurrences are its blocks (in their order) and whose resources are what it is
        // attached to. From here on it books like any session.
        for b in &schedule.busy {
            let n = index.occurrences.len();
            index.occurrences.push(
                b.blocks
                    .iter()
                    .map(|x| Occurrence {
                        session: n,
                        date: Zone::UTC.local(x.start).datetime.date(),
                        changed: false,
                        local_start: Zone::UTC.local(x.start).datetime,
                        zone: Zone::UTC,
                        start: x.start,
                        end: x.end,
                        resolution: Resolution::Exact,
                    })
                    .collect(),
            );
            let ids = &index.ids;
            let mut resources: Vec<Resource> = Vec::new();
            let mut campuses = Vec::new();
            if let Some(c) = b.campus.as_ref().and_then(|c| ids.campuses.get(c.as_str())) {
                campuses.push(*c);
                resources.extend(
                    (0..ids.cohort_campus.len())
                        .filter(|&k| ids.cohort_campus[k] == Some(*c))
                        .map(Resource::Cohort),
                );
            }
            if let Some(&k) = b.cohort.as_ref().and_then(|c| ids.cohorts.get(c.as_str())) {
                resources.push(Resource::Cohort(k));
                campuses.extend(ids.cohort_campus[k]);
            }
            if let Some(&k) = b
                .lecturer
                .as_ref()
                .and_then(|c| ids.lecturers.get(c.as_str()))
            {
                resources.push(Resource::Lecturer(k));
            }
            if let Some(&k) = b.room.as_ref().and_then(|c| ids.rooms.get(c.as_str())) {
                resources.push(Resource::Room(k));
                campuses.extend(ids.room_campus[k]);
            }
            index.info.push(SessionInfo {
                resources: resources.clone(),
                campuses,
                anchor: 0,
            });
            index.per_session.push(Vec::new());
            index.resources_of.push(resources);
        }
        // Size every booking list once instead of growing it booking by booking.
        let mut sizes = vec![0usize; index.bookings.len()];
        for (info, occ) in index.info.iter().zip(&index.occurrences) {
            for &r in &info.resources {
                if let Some(n) = sizes.get_mut(resource_key(r)) {
                    *n += occ.len();
                }
            }
        }
        for (list, n) in index.bookings.iter_mut().zip(sizes) {
            list.reserve_exact(n);
        }
        for i in 0..schedule.sessions.len() {
            index.resources_of[i] = index.session_resources(schedule, i);
            index.per_session[i] = index.session_conflicts(schedule, i);
            index.add_bookings(schedule, i);
        }
        for i in schedule.sessions.len()..index.occurrences.len() {
            index.add_bookings(schedule, i);
        }
        for k in 0..index.bookings.len() {
            if !index.bookings[k].is_empty() {
                index.recheck_resource(schedule, resource_of_key(k));
            }
        }
        index
    }

    /// The occurrences of session `i`, resolved through the cached clocks.
    fn expand(&self, schedule: &Schedule, i: usize) -> Vec<Occurrence> {
        let resolve = |zone: Zone, local: CivilDateTime| match self.clock_of_zone.get(&zone) {
            Some(&c) => self.clocks[c].resolve(local),
            None => zone.resolve(local, crate::Disambiguation::Compatible),
        };
        session_occurrences_with(schedule, i, &resolve).unwrap_or_default()
    }

    /// Books every occurrence of session `i` on its resources.
    fn add_bookings(&mut self, schedule: &Schedule, i: usize) {
        for k in 0..self.occurrences[i].len() {
            let o = &self.occurrences[i][k];
            let booking = Booking {
                start: o.start.unix_seconds(),
                end: o.end.unix_seconds(),
                session: i,
                occurrence: k,
            };
            // Only a changed occurrence may book other rooms than its series.
            let changed = o.changed.then(|| self.occurrence_resources(schedule, i, o));
            let resources = changed.as_deref().unwrap_or(&self.info[i].resources);
            for &r in resources {
                if let Some(list) = self.bookings.get_mut(resource_key(r)) {
                    list.push(booking);
                }
            }
        }
    }

    /// Re-checks after session `i` changed. Touches only the resources the session booked before
    /// or books now. When anything but that session changed (a campus's hours, the lists of
    /// cohorts, rooms or sessions), build a new index instead; this falls back to that when the
    /// lists changed size.
    pub fn session_changed(&mut self, schedule: &Schedule, i: usize) {
        if list_sizes(schedule) != self.lists || i >= self.occurrences.len() {
            *self = ConflictIndex::new(schedule);
            return;
        }
        let Some(info) = self.session_info(schedule, i) else {
            *self = ConflictIndex::new(schedule);
            return;
        };
        self.info[i] = info;
        self.occurrences[i] = self.expand(schedule, i);
        let mut touched = std::mem::take(&mut self.resources_of[i]);
        for r in &touched {
            if let Some(list) = self.bookings.get_mut(resource_key(*r)) {
                list.retain(|b| b.session != i);
            }
        }
        self.add_bookings(schedule, i);
        self.resources_of[i] = self.session_resources(schedule, i);
        self.per_session[i] = self.session_conflicts(schedule, i);
        touched.extend(self.resources_of[i].iter().copied());
        touched.sort();
        touched.dedup();
        for r in touched {
            self.recheck_resource(schedule, r);
        }
    }

    /// What the index needs to know about session `i`, or `None` when its anchor zone has no
    /// clock yet (a zone new to the schedule: rebuild).
    fn session_info(&self, schedule: &Schedule, i: usize) -> Option<SessionInfo> {
        let session = schedule.sessions.get(i)?;
        let ids = &self.ids;
        let mut resources: Vec<Resource> = session
            .cohorts
            .iter()
            .filter_map(|c| ids.cohorts.get(c.as_str()))
            .map(|&k| Resource::Cohort(k))
            .collect();
        resources.extend(
            session
                .lecturer
                .iter()
                .filter_map(|l| ids.lecturers.get(l.as_str()))
                .map(|&k| Resource::Lecturer(k)),
        );
        resources.extend(
            session
                .rooms
                .iter()
                .filter_map(|r| ids.rooms.get(r.as_str()))
                .map(|&k| Resource::Room(k)),
        );
        resources.sort();
        resources.dedup();
        // As Schedule::participating_campuses: the host, then the others in schedule order.
        let host = ids.campuses.get(session.host.as_str()).copied();
        let mut others = BTreeSet::new();
        for r in &resources {
            match *r {
                Resource::Cohort(k) => others.extend(ids.cohort_campus[k]),
                Resource::Room(k) => others.extend(ids.room_campus[k]),
                Resource::Lecturer(_) => {}
            }
        }
        let campuses = host
            .into_iter()
            .chain(others.into_iter().filter(|&c| Some(c) != host))
            .collect();
        let anchor = *self.clock_of_zone.get(&schedule.anchor_zone(session))?;
        Some(SessionInfo {
            resources,
            campuses,
            anchor,
        })
    }

    fn occurrence_resources(&self, schedule: &Schedule, i: usize, o: &Occurrence) -> Vec<Resource> {
        let info = &self.info[i];
        let changed_rooms = o
            .changed
            .then(|| {
                schedule.sessions[i]
                    .change_on(o.date)
                    .and_then(|c| c.rooms.as_ref())
            })
            .flatten();
        match changed_rooms {
            None => info.resources.clone(),
            Some(rooms) => {
                let mut r: Vec<Resource> = info
                    .resources
                    .iter()
                    .copied()
                    .filter(|r| !matches!(r, Resource::Room(_)))
                    .collect();
                r.extend(
                    rooms
                        .iter()
                        .filter_map(|x| self.ids.rooms.get(x.as_str()))
                        .map(|&k| Resource::Room(k)),
                );
                r.sort();
                r.dedup();
                r
            }
        }
    }

    fn session_resources(&self, schedule: &Schedule, i: usize) -> Vec<Resource> {
        let mut out = self.info[i].resources.clone();
        for o in self.occurrences[i].iter().filter(|o| o.changed) {
            out.extend(self.occurrence_resources(schedule, i, o));
        }
        out.sort();
        out.dedup();
        out
    }

    fn recheck_resource(&mut self, schedule: &Schedule, r: Resource) {
        let Some(list) = self.bookings.get_mut(resource_key(r)) else {
            return;
        };
        list.sort_unstable_by_key(|b| (b.start, b.end, b.session, b.occurrence));
        let list = &*list;
        let mut raw: Vec<Raw> = Vec::new();
        let at = |j: usize| (list[j].session, list[j].occurrence);
        // Sweep: every booking against those still running when it starts.
        let mut active: Vec<usize> = Vec::new();
        let sessions = schedule.sessions.len();
        for (j, b) in list.iter().enumerate() {
            active.retain(|&a| list[a].end > b.start);
            for &a in &active {
                if overlaps((list[a].start, list[a].end), (b.start, b.end)) {
                    // Busy time against a session; two busy blocks are not ours to judge.
                    let kind = match (list[a].session >= sessions, b.session >= sessions) {
                        (false, false) => double_kind(r),
                        (true, true) => continue,
                        _ => ConflictKind::BusyElsewhere,
                    };
                    raw.push(Raw::Pair {
                        kind,
                        resource: r,
                        a: at(a),
                        b: at(j),
                    });
                }
            }
            active.push(j);
        }
        self.clashes.insert(
            r,
            raw.iter()
                .filter_map(|x| match *x {
                    Raw::Pair { a, b, kind, .. } if kind != ConflictKind::BusyElsewhere => Some((
                        reference(&self.occurrences[a.0][a.1]),
                        reference(&self.occurrences[b.0][b.1]),
                    )),
                    Raw::Pair { .. } | Raw::Single { .. } | Raw::Drift { .. } => None,
                })
                .collect(),
        );
        // Breaks: the booking that ended last before this one started, if too close.
        let min_break = i64::from(schedule.rules.min_break_minutes) * 60;
        if min_break > 0 && !matches!(r, Resource::Room(_)) {
            let mut latest: Option<usize> = None;
            for (j, b) in list
                .iter()
                .enumerate()
                .filter(|(_, b)| b.session < sessions)
            {
                if let Some(p) = latest {
                    if (0..min_break).contains(&(b.start - list[p].end)) {
                        raw.push(Raw::Pair {
                            kind: ConflictKind::ShortBreak,
                            resource: r,
                            a: at(p),
                            b: at(j),
                        });
                    }
                }
                if latest.is_none_or(|p| b.end >= list[p].end) {
                    latest = Some(j);
                }
            }
        }
        let groups = self.group(raw);
        self.per_resource.insert(r, groups);
    }

    /// Conflicts of one session alone: per occurrence and participating campus, and drift.
    fn session_conflicts(&self, schedule: &Schedule, i: usize) -> Vec<Group> {
        let info = &self.info[i];
        let anchor = &self.clocks[info.anchor];
        let occ = &self.occurrences[i];
        let mut raw: Vec<Raw> = Vec::new();
        let single = |kind, occurrence, campus, detail| Raw::Single {
            kind,
            session: i,
            occurrence,
            campus,
            detail,
        };
        for (k, o) in occ.iter().enumerate() {
            if o.resolution != Resolution::Exact {
                raw.push(single(ConflictKind::SkippedOrRepeatedTime, k, None, 0));
            }
            let host_day = anchor.civil(o.start.unix_seconds()).weekday();
            let minutes = o.duration_minutes().max(0) as u32;
            for &c in &info.campuses {
                let campus = &schedule.campuses[c];
                let local = self.clocks[self.campus_clock[c]].civil(o.start.unix_seconds());
                let date = local.date();
                if let Some(x) = campus.closures.iter().position(|x| x.covers(date)) {
                    raw.push(single(ConflictKind::OnClosure, k, Some(c), x));
                    continue;
                }
                if campus.term.is_some_and(|t| !t.contains(date)) {
                    raw.push(single(ConflictKind::OutsideCampusTerm, k, Some(c), 0));
                    continue;
                }
                let from = local.time().minutes_of_day();
                let detail = (from * 10_000 + minutes) as usize;
                match campus.teaching_hours.get(&local.weekday()) {
                    None if local.weekday() != host_day => {
                        raw.push(single(ConflictKind::OtherLocalWeekday, k, Some(c), detail))
                    }
                    None => raw.push(single(
                        ConflictKind::OutsideTeachingHours,
                        k,
                        Some(c),
                        detail,
                    )),
                    Some(hours) if !hours.contains(from, from + minutes) => raw.push(single(
                        ConflictKind::OutsideTeachingHours,
                        k,
                        Some(c),
                        detail,
                    )),
                    Some(_) => {}
                }
            }
        }
        if self.drifts(schedule, i) {
            raw.push(Raw::Drift { session: i });
        }
        self.group(raw)
    }

    /// Whether session `i` is a series whose local start changes at some participating campus.
    fn drifts(&self, schedule: &Schedule, i: usize) -> bool {
        schedule.sessions[i].repeat.is_some()
            && self.info[i].campuses.iter().any(|&c| {
                let clock = &self.clocks[self.campus_clock[c]];
                let mut times = self.occurrences[i]
                    .iter()
                    .filter(|o| !o.changed)
                    .map(|o| clock.civil(o.start.unix_seconds()).time());
                times.next().is_some_and(|first| times.any(|t| t != first))
            })
    }

    fn local(&self, zone: Zone, t: Instant) -> CivilDateTime {
        match self.clock_of_zone.get(&zone) {
            Some(&c) => self.clocks[c].civil(t.unix_seconds()),
            None => zone.local(t).datetime,
        }
    }

    /// Groups raw conflicts that repeat the same way on several dates.
    fn group(&self, raw: Vec<Raw>) -> Vec<Group> {
        let mut groups: Vec<Vec<Raw>> = Vec::new();
        let mut by_key: HashMap<GroupKey, usize> = HashMap::default();
        for x in raw {
            let key = match x {
                Raw::Pair {
                    kind,
                    resource,
                    a,
                    b,
                } => {
                    let clock = self.resource_clock(resource, a.0);
                    let minutes = |(s, k): (usize, usize)| {
                        let start = self.occurrences[s][k].start;
                        match clock {
                            Some(c) => self.clocks[c].civil(start.unix_seconds()),
                            None => self.local(self.resource_zone(resource, a.0), start),
                        }
                        .time()
                        .minutes_of_day()
                    };
                    let (ta, tb) = (minutes(a), minutes(b));
                    (kind, resource_key(resource), a.0, b.0, 0, ta, tb)
                }
                Raw::Single {
                    kind,
                    session,
                    occurrence,
                    campus,
                    detail,
                } => {
                    let d = if kind == ConflictKind::SkippedOrRepeatedTime {
                        occurrence
                    } else {
                        detail
                    };
                    (
                        kind,
                        campus.map_or(usize::MAX, |c| c),
                        session,
                        usize::MAX,
                        d,
                        0,
                        0,
                    )
                }
                Raw::Drift { session } => (
                    ConflictKind::DaylightSavingDrift,
                    usize::MAX,
                    session,
                    usize::MAX,
                    0,
                    0,
                    0,
                ),
            };
            match by_key.get(&key) {
                Some(&g) => groups[g].push(x),
                None => {
                    by_key.insert(key, groups.len());
                    groups.push(vec![x]);
                }
            }
        }
        groups
            .into_iter()
            .map(|raw| Group {
                kind: raw_kind(&raw[0]),
                raw,
                words: OnceCell::new(),
            })
            .collect()
    }

    /// A group in words, described once and kept.
    fn words<'a>(&self, schedule: &Schedule, g: &'a Group) -> &'a Conflict {
        g.words.get_or_init(|| self.describe(schedule, &g.raw))
    }

    /// The campus (index) a cohort or room belongs to; a lecturer has none here.
    fn resource_campus(&self, r: Resource) -> Option<usize> {
        match r {
            Resource::Cohort(i) => self.ids.cohort_campus[i],
            Resource::Room(i) => self.ids.room_campus[i],
            Resource::Lecturer(_) => None,
        }
    }

    /// The clock of the campus a cohort or room belongs to, when it has one.
    fn resource_clock(&self, r: Resource, session: usize) -> Option<usize> {
        match self.resource_campus(r) {
            Some(c) => self.campus_clock.get(c).copied(),
            None => self
                .clock_of_zone
                .get(&self.resource_zone(r, session))
                .copied(),
        }
    }

    fn resource_zone(&self, r: Resource, session: usize) -> Zone {
        match r {
            Resource::Cohort(i) => self.ids.cohort_zone[i],
            Resource::Lecturer(i) => self.ids.lecturer_zone[i].unwrap_or_else(|| {
                let host = self.info[session].campuses.first().copied();
                host.map_or(self.clocks[self.info[session].anchor].zone, |c| {
                    self.clocks[c].zone
                })
            }),
            Resource::Room(i) => self.ids.room_zone[i],
        }
    }

    /// One group in words: the first member's message, then how many more dates.
    fn describe(&self, schedule: &Schedule, group: &[Raw]) -> Conflict {
        let occ = |(s, k): (usize, usize)| &self.occurrences[s][k];
        let (mut conflict, mut dates) = match group[0] {
            Raw::Drift { session } => {
                let c = self.drift(schedule, session);
                return c.unwrap_or_else(|| {
                    unreachable!("a drift group is made only for a drifting series")
                });
            }
            Raw::Pair { kind, resource, .. } => {
                let mut c = None;
                let mut dates = Vec::new();
                let mut refs = Vec::new();
                for x in group {
                    if let Raw::Pair { a, b, .. } = *x {
                        let zone = self.resource_zone(resource, a.0);
                        dates.push(self.local(zone, occ(b).start).date());
                        // Busy blocks are not occurrences of the schedule: only sessions count.
                        for x in [a, b].into_iter().filter(|x| x.0 < schedule.sessions.len()) {
                            refs.push(reference(occ(x)));
                        }
                        if c.is_none() && kind == ConflictKind::BusyElsewhere {
                            c = Some(self.busy_conflict(schedule, resource, zone, a, b));
                        } else if c.is_none() {
                            let (ia, ib) = (&self.info[a.0].campuses, &self.info[b.0].campuses);
                            let mut campuses = ia.clone();
                            campuses.extend(ib.iter().filter(|x| !ia.contains(x)));
                            c = Some(pair_conflict(
                                schedule,
                                kind,
                                resource,
                                zone,
                                &campuses,
                                occ(a),
                                occ(b),
                            ));
                        }
                    }
                }
                let mut c = c.unwrap_or_else(|| unreachable!("a group has a member"));
                if let (true, Raw::Pair { a, b, .. }) = (kind != ConflictKind::ShortBreak, group[0])
                {
                    let zone = self.resource_zone(resource, a.0);
                    // The session is what moves; busy time stays where it is.
                    let (fixed, moving) = if b.0 >= schedule.sessions.len() {
                        (b, a)
                    } else {
                        (a, b)
                    };
                    c.hint = self.free_slot_hint(schedule, resource, zone, occ(fixed), occ(moving));
                }
                refs.dedup();
                c.occurrences = refs;
                (c, dates)
            }
            Raw::Single {
                kind,
                session,
                occurrence,
                campus,
                detail,
            } => {
                let campus = campus.map(|c| &schedule.campuses[c]);
                let zone = campus.map_or(self.clocks[self.info[session].anchor].zone, |c| c.zone);
                let first = &self.occurrences[session][occurrence];
                let mut c = self.single_conflict(schedule, kind, session, first, campus, detail);
                let mut dates = Vec::new();
                c.occurrences.clear();
                for x in group {
                    if let Raw::Single { occurrence, .. } = *x {
                        let o = &self.occurrences[session][occurrence];
                        dates.push(self.local(zone, o.start).date());
                        c.occurrences.push(reference(o));
                    }
                }
                (c, dates)
            }
        };
        dates.sort();
        dates.dedup();
        if dates.len() > 1 {
            let more = dates.len() - 1;
            let word = if more == 1 { "date" } else { "dates" };
            let last = dates[dates.len() - 1];
            conflict.message = format!(
                "{} (and {more} more {word}, until {})",
                conflict.message,
                long_date(last)
            );
        }
        conflict.occurrences.sort_by_key(|o| (o.start, o.session));
        conflict.start = conflict
            .occurrences
            .first()
            .map_or(conflict.start, |o| o.start);
        conflict
    }

    /// Where a double-booked resource is free long enough for the later session of the clash
    /// on the same local day (within its campus's teaching hours that day, or the whole day when
    /// it has none), as a hint: "move lab by 45 min to 11:45, after energy", or for a room the
    /// free window too. Says so when nothing is free later that day.
    fn free_slot_hint(
        &self,
        schedule: &Schedule,
        resource: Resource,
        zone: Zone,
        first: &Occurrence,
        moving: &Occurrence,
    ) -> Option<String> {
        let day = zone.local(moving.start).datetime.date();
        let campus = self.resource_campus(resource);
        let hours = campus.and_then(|c| schedule.campuses[c].teaching_hours.get(&day.weekday()));
        let (open, close) = hours.map_or((0, 1440), |h| {
            (u32::from(h.start_minute), u32::from(h.end_minute))
        });
        let at = |minute: u32| {
            let d = if minute >= 1440 {
                day.add_days(1)?
            } else {
                day
            };
            let t = CivilTime::from_minutes_of_day(minute % 1440);
            zone.resolve(d.at(t), crate::Disambiguation::Compatible)
                .ok()
                .map(|r| r.instant.unix_seconds())
        };
        let (lo, hi) = (at(open)?, at(close)?);
        let need = moving.duration_minutes() * 60;
        let mut busy: Vec<(i64, i64)> = self
            .bookings
            .get(resource_key(resource))?
            .iter()
            .filter(|x| x.end > lo && x.start < hi)
            .filter(|x| {
                let o = &self.occurrences[x.session][x.occurrence];
                !(x.session == moving.session && o.date == moving.date)
            })
            .map(|x| (x.start, x.end))
            .collect();
        busy.sort_unstable();
        let mut free = Vec::new();
        let mut t = lo;
        for (start, end) in busy {
            if start - t >= need {
                free.push((t, start));
            }
            t = t.max(end);
        }
        if hi - t >= need {
            free.push((t, hi));
        }
        let from = moving.start.unix_seconds();
        let (title, label) = (
            &schedule.sessions[moving.session].title,
            resource_label(schedule, resource),
        );
        let Some(&(ws, we)) = free.iter().find(|w| w.1 - from.max(w.0) >= need) else {
            return Some(format!(
                "{label} has no free {} min later that day",
                moving.duration_minutes()
            ));
        };
        let to = from.max(ws);
        let local =
            |t: i64| Instant::from_unix_seconds(t).map(|i| hhmm(zone.local(i).datetime.time()));
        let moved = format!("move {title} by {} min to {}", (to - from) / 60, local(to)?);
        Some(match resource {
            Resource::Room(k) => format!(
                "{moved}: {} is free {}–{} that day",
                schedule.rooms[k].name,
                local(ws)?,
                local(we)?
            ),
            _ if to == first.end.unix_seconds() && first.session < schedule.sessions.len() => {
                format!("{moved}, after {}", schedule.sessions[first.session].title)
            }
            _ => format!("{moved}, when {label} is free"),
        })
    }

    /// A session meeting while its resource is busy in an imported calendar.
    fn busy_conflict(
        &self,
        schedule: &Schedule,
        r: Resource,
        zone: Zone,
        a: (usize, usize),
        b: (usize, usize),
    ) -> Conflict {
        let sessions = schedule.sessions.len();
        let (busy, meeting) = if a.0 >= sessions { (a, b) } else { (b, a) };
        let calendar = &schedule.busy[busy.0 - sessions];
        let block = &calendar.blocks[busy.1];
        let (bo, so) = (
            &self.occurrences[busy.0][busy.1],
            &self.occurrences[meeting.0][meeting.1],
        );
        let session = &schedule.sessions[meeting.0];
        let city = schedule
            .campuses
            .iter()
            .find(|c| c.zone == zone)
            .map_or_else(|| zone.place(), |c| c.city.clone());
        let span = |o: &Occurrence| {
            format!(
                "{}–{}",
                hhmm(zone.local(o.start).datetime.time()),
                hhmm(zone.local(o.end).datetime.time())
            )
        };
        let what = if block.title.trim().is_empty() {
            calendar.name.clone()
        } else {
            format!("{}, from {}", block.title, calendar.name)
        };
        Conflict {
            kind: ConflictKind::BusyElsewhere,
            severity: Severity::Error,
            start: so.start.min(bo.start),
            sessions: vec![session.id.clone()],
            campuses: self.info[meeting.0]
                .campuses
                .iter()
                .map(|&c| schedule.campuses[c].id.clone())
                .collect(),
            occurrences: vec![reference(so)],
            message: format!(
                "{} is busy on {}, {} {city} time ({what}) when {} meets {}",
                resource_label(schedule, r),
                long_date(zone.local(bo.start).datetime.date()),
                span(bo),
                session.title,
                span(so)
            ),
            hint: None,
            drift: Vec::new(),
        }
    }

    fn single_conflict(
        &self,
        schedule: &Schedule,
        kind: ConflictKind,
        i: usize,
        o: &Occurrence,
        campus: Option<&Campus>,
        detail: usize,
    ) -> Conflict {
        let session = &schedule.sessions[i];
        let anchor = &self.clocks[self.info[i].anchor];
        let (message, hint) = match campus {
            None => {
                let note = o.resolution.describe(o.local_start).unwrap_or_default();
                let what = match o.resolution {
                    Resolution::Gap { .. } => "moved forward past the switch",
                    _ => "taken at its first occurrence",
                };
                (
                    format!(
                        "{}: {note} in {}; {what}",
                        session.title,
                        schedule.anchor_place(session)
                    ),
                    Some("pick a wall-clock time outside the switch hour".to_string()),
                )
            }
            Some(c) => {
                let s = self.local(c.zone, o.start);
                let e = self.local(c.zone, o.end);
                let date = s.date();
                let span = format!("{}–{}", hhmm(s.time()), hhmm(e.time()));
                let city = &c.city;
                match kind {
                    ConflictKind::OnClosure => (
                        format!(
                            "{} on {} falls on {} at {} (closed)",
                            session.title,
                            long_date(date),
                            c.closures
                                .get(detail)
                                .map_or("a closure", |x| x.name.as_str()),
                            c.short
                        ),
                        Some("skip this date or move the occurrence".to_string()),
                    ),
                    ConflictKind::OutsideCampusTerm => {
                        let term = c.term.unwrap_or(schedule.term);
                        (
                            format!(
                                "{} on {} is outside {} term ({} – {})",
                                session.title,
                                long_date(date),
                                possessive(&c.short),
                                long_date(term.start),
                                long_date(term.end)
                            ),
                            None,
                        )
                    }
                    ConflictKind::OtherLocalWeekday => {
                        let host = anchor.civil(o.start.unix_seconds());
                        (
                            format!(
                                "{} on {} {} is on {} at {}, {span} {city} time, not a teaching day there",
                                session.title,
                                host.weekday(),
                                day_month(host.date()),
                                long_date(date),
                                c.short
                            ),
                            common_window_hint(schedule, session, &self.info[i].campuses, anchor.zone, o),
                        )
                    }
                    _ => match c.teaching_hours.get(&s.weekday()) {
                        None => (
                            format!(
                                "{} on {} is on a day {} does not teach ({span} {city} time)",
                                session.title,
                                long_date(date),
                                c.short
                            ),
                            common_window_hint(
                                schedule,
                                session,
                                &self.info[i].campuses,
                                anchor.zone,
                                o,
                            ),
                        ),
                        Some(hours) => (
                            format!(
                                "{} on {} runs {span} {city} time, outside {} teaching hours ({})",
                                session.title,
                                long_date(date),
                                possessive(&c.short),
                                hours.to_string().replace('-', "–")
                            ),
                            common_window_hint(
                                schedule,
                                session,
                                &self.info[i].campuses,
                                anchor.zone,
                                o,
                            ),
                        ),
                    },
                }
            }
        };
        Conflict {
            kind,
            severity: kind.severity(),
            start: o.start,
            sessions: vec![session.id.clone()],
            campuses: campus.map(|c| vec![c.id.clone()]).unwrap_or_default(),
            occurrences: vec![reference(o)],
            message,
            hint,
            drift: Vec::new(),
        }
    }

    /// A series whose local start changes during the term at some participating campus.
    fn drift(&self, schedule: &Schedule, i: usize) -> Option<Conflict> {
        let session = &schedule.sessions[i];
        session.repeat.as_ref()?;
        let regular: Vec<&Occurrence> = self.occurrences[i].iter().filter(|o| !o.changed).collect();
        let mut rows = Vec::new();
        for &c in &self.info[i].campuses {
            let campus = &schedule.campuses[c];
            let clock = &self.clocks[self.campus_clock[c]];
            let mut segments: Vec<DriftSegment> = Vec::new();
            for o in &regular {
                let l = clock.civil(o.start.unix_seconds());
                match segments.last_mut() {
                    Some(s) if s.local_start == l.time() => {
                        s.last = l.date();
                        s.count += 1;
                    }
                    _ => segments.push(DriftSegment {
                        first: l.date(),
                        last: l.date(),
                        local_start: l.time(),
                        count: 1,
                    }),
                }
            }
            if segments.len() > 1 {
                rows.push(DriftRow {
                    campus: campus.id.clone(),
                    city: campus.city.clone(),
                    segments,
                });
            }
        }
        if rows.is_empty() {
            return None;
        }
        let first = regular.first()?;
        let anchor = &self.clocks[self.info[i].anchor];
        let message = format!(
            "{} ({} {} {} time) moves at partners during the term: {}",
            session.title,
            anchor.civil(first.start.unix_seconds()).weekday(),
            hhmm(first.local_start.time()),
            schedule.anchor_place(session),
            describe_rows(&rows)
        );
        Some(Conflict {
            kind: ConflictKind::DaylightSavingDrift,
            severity: Severity::Info,
            start: first.start,
            sessions: vec![session.id.clone()],
            campuses: rows.iter().map(|r| r.campus.clone()).collect(),
            occurrences: regular.iter().map(|o| reference(o)).collect(),
            message,
            hint: None,
            drift: rows,
        })
    }

    /// Every conflict in words, sorted by start, then kind. `schedule` is the one the index
    /// was built or last updated with; each conflict is put into words once and kept.
    pub fn conflicts(&self, schedule: &Schedule) -> Vec<Conflict> {
        let mut all: Vec<Conflict> = self
            .per_session
            .iter()
            .flatten()
            .chain(self.per_resource.values().flatten())
            .map(|g| self.words(schedule, g).clone())
            .collect();
        in_order(&mut all);
        all
    }

    /// The conflicts session `i` takes part in, in words and in the order of
    /// [`ConflictIndex::conflicts`]. Only these are put into words, so a drag that re-checks one
    /// session after [`ConflictIndex::session_changed`] formats nothing else.
    pub fn conflicts_of(&self, schedule: &Schedule, i: usize) -> Vec<Conflict> {
        let involves = |g: &&Group| {
            g.raw.iter().any(|r| match *r {
                Raw::Pair { a, b, .. } => a.0 == i || b.0 == i,
                Raw::Single { session, .. } | Raw::Drift { session } => session == i,
            })
        };
        let shared = self
            .resources_of
            .get(i)
            .into_iter()
            .flatten()
            .filter_map(|r| self.per_resource.get(r))
            .flatten()
            .filter(involves);
        let mut all: Vec<Conflict> = self
            .per_session
            .get(i)
            .into_iter()
            .flatten()
            .chain(shared)
            .map(|g| self.words(schedule, g).clone())
            .collect();
        in_order(&mut all);
        all
    }

    /// Number of conflicts of each severity: (errors, warnings, infos). Needs no words.
    pub fn counts(&self) -> (usize, usize, usize) {
        let mut c = (0, 0, 0);
        for g in self
            .per_session
            .iter()
            .flatten()
            .chain(self.per_resource.values().flatten())
        {
            match g.kind.severity() {
                Severity::Error => c.0 += 1,
                Severity::Warning => c.1 += 1,
                Severity::Info => c.2 += 1,
            }
        }
        c
    }

    /// Every double booking, one entry per overlapping pair of occurrences of a resource, before
    /// weekly repeats are grouped into one conflict.
    pub fn clashes(&self) -> Vec<(Resource, OccurrenceRef, OccurrenceRef)> {
        self.clashes
            .iter()
            .flat_map(|(r, v)| v.iter().map(move |(a, b)| (*r, a.clone(), b.clone())))
            .collect()
    }

    /// The occurrences of session `i`, as last checked.
    pub fn occurrences_of(&self, i: usize) -> &[Occurrence] {
        self.occurrences.get(i).map_or(&[], Vec::as_slice)
    }
}

/// Conflicts by start, then kind, sessions and message: the order every list is shown in.
fn in_order(all: &mut [Conflict]) {
    all.sort_by(|a, b| {
        (a.start, a.kind, &a.sessions, &a.message).cmp(&(b.start, b.kind, &b.sessions, &b.message))
    });
}

fn list_sizes(s: &Schedule) -> (usize, usize, usize, usize) {
    let busy: usize = s.busy.iter().map(|b| b.blocks.len() + 1).sum();
    (
        s.sessions.len() + busy * 1_000_000,
        s.cohorts.len(),
        s.lecturers.len(),
        s.rooms.len() * 1000 + s.campuses.len(),
    )
}

fn resource_of_key(k: usize) -> Resource {
    match k % 3 {
        0 => Resource::Cohort(k / 3),
        1 => Resource::Lecturer(k / 3),
        _ => Resource::Room(k / 3),
    }
}

/// Dense position of a resource: cohorts, lecturers and rooms interleaved.
fn resource_key(r: Resource) -> usize {
    match r {
        Resource::Cohort(i) => i * 3,
        Resource::Lecturer(i) => i * 3 + 1,
        Resource::Room(i) => i * 3 + 2,
    }
}

/// Every conflict of a schedule, sorted by start, then kind.
pub fn check(schedule: &Schedule) -> Vec<Conflict> {
    ConflictIndex::new(schedule).conflicts(schedule)
}

fn raw_kind(r: &Raw) -> ConflictKind {
    match *r {
        Raw::Pair { kind, .. } | Raw::Single { kind, .. } => kind,
        Raw::Drift { .. } => ConflictKind::DaylightSavingDrift,
    }
}

fn double_kind(r: Resource) -> ConflictKind {
    match r {
        Resource::Cohort(_) => ConflictKind::CohortDoubleBooked,
        Resource::Lecturer(_) => ConflictKind::LecturerDoubleBooked,
        Resource::Room(_) => ConflictKind::RoomDoubleBooked,
    }
}

fn resource_label(schedule: &Schedule, r: Resource) -> String {
    match r {
        Resource::Cohort(i) => format!("Cohort {}", schedule.cohorts[i].name),
        Resource::Lecturer(i) => format!("Lecturer {}", schedule.lecturers[i].name),
        Resource::Room(i) => format!("Room {}", schedule.rooms[i].name),
    }
}

fn reference(o: &Occurrence) -> OccurrenceRef {
    OccurrenceRef {
        session: o.session,
        date: o.date,
        start: o.start,
        end: o.end,
    }
}

fn pair_conflict(
    schedule: &Schedule,
    kind: ConflictKind,
    r: Resource,
    zone: Zone,
    campuses: &[usize],
    a: &Occurrence,
    b: &Occurrence,
) -> Conflict {
    let (sa, sb) = (&schedule.sessions[a.session], &schedule.sessions[b.session]);
    let label = resource_label(schedule, r);
    let city = schedule
        .campuses
        .iter()
        .find(|c| c.zone == zone)
        .map_or_else(|| zone.place(), |c| c.city.clone());
    let (la, lb) = (zone.local(a.start).datetime, zone.local(b.start).datetime);
    let (ea, eb) = (zone.local(a.end).datetime, zone.local(b.end).datetime);
    let span =
        |s: CivilDateTime, e: CivilDateTime| format!("{}–{}", hhmm(s.time()), hhmm(e.time()));
    let (message, hint) = if kind == ConflictKind::ShortBreak {
        let gap = a.end.minutes_until(b.start);
        let want = schedule.rules.min_break_minutes;
        (
            format!(
                "{label} has only {gap} min between {} (ends {}) and {} (starts {}) on {}, {city} time; the rule asks for {want} min",
                sa.title,
                hhmm(ea.time()),
                sb.title,
                hhmm(lb.time()),
                long_date(lb.date()),
            ),
            Some(format!("move {} by {} min", sb.title, i64::from(want) - gap)),
        )
    } else {
        let overlap = b.start.minutes_until(a.end.min(b.end));
        let names = if a.session == b.session {
            format!("two occurrences of {}", sa.title)
        } else {
            format!("{} and {}", sa.title, sb.title)
        };
        let shift = b.start.minutes_until(a.end);
        let moved = b
            .start
            .add_minutes(shift)
            .map(|i| hhmm(zone.local(i).datetime.time()))
            .unwrap_or_default();
        (
            format!(
                "{label} has two sessions on {}, {} and {} {city} time ({names}, overlapping {overlap} min)",
                long_date(la.date()),
                span(la, ea),
                span(lb, eb),
            ),
            Some(format!("move {} by {shift} min to {moved}, after {}", sb.title, sa.title)),
        )
    };
    let campuses: Vec<CampusId> = campuses
        .iter()
        .map(|&c| schedule.campuses[c].id.clone())
        .collect();
    let mut sessions = vec![sa.id.clone()];
    if sb.id != sa.id {
        sessions.push(sb.id.clone());
    }
    Conflict {
        kind,
        severity: kind.severity(),
        start: a.start.min(b.start),
        sessions,
        campuses,
        occurrences: vec![reference(a), reference(b)],
        message,
        hint,
        drift: Vec::new(),
    }
}

/// When everyone taking part is in teaching hours that day, as a hint in anchor-zone time.
fn common_window_hint(
    schedule: &Schedule,
    session: &crate::Session,
    campuses: &[usize],
    anchor: Zone,
    o: &Occurrence,
) -> Option<String> {
    let day = anchor.local(o.start).datetime.date();
    let start_of = |z: Zone, d: CivilDate, minute: u32| {
        let t = CivilTime::from_minutes_of_day(minute.min(1439));
        let extra = i64::from(minute.saturating_sub(1439));
        z.resolve(d.at(t), crate::Disambiguation::Compatible)
            .ok()
            .and_then(|r| r.instant.add_minutes(extra))
            .map(|i| i.unix_seconds())
    };
    // The host's day, then narrowed by each campus's teaching hours on the local days it spans.
    let mut window: Vec<(i64, i64)> = vec![(
        start_of(anchor, day, 0)?,
        start_of(anchor, day.add_days(1)?, 0)?,
    )];
    for c in campuses.iter().map(|&c| &schedule.campuses[c]) {
        let mut open: Vec<(i64, i64)> = Vec::new();
        for k in -1..=1 {
            let d = day.add_days(k)?;
            if let Some(h) = c.teaching_hours.get(&d.weekday()) {
                if c.closures.iter().any(|x| x.covers(d)) {
                    continue;
                }
                open.push((
                    start_of(c.zone, d, u32::from(h.start_minute))?,
                    start_of(c.zone, d, u32::from(h.end_minute))?,
                ));
            }
        }
        window = window
            .iter()
            .flat_map(|w| open.iter().map(move |x| (w.0.max(x.0), w.1.min(x.1))))
            .filter(|w| w.1 - w.0 >= o.duration_minutes() * 60)
            .collect();
    }
    let best = window.iter().max_by_key(|w| w.1 - w.0)?;
    let (s, e) = (
        Instant::from_unix_seconds(best.0)?,
        Instant::from_unix_seconds(best.1)?,
    );
    Some(format!(
        "everyone taking part is in teaching hours {}–{} {} time that day",
        hhmm(anchor.local(s).datetime.time()),
        hhmm(anchor.local(e).datetime.time()),
        schedule.anchor_place(session)
    ))
}
