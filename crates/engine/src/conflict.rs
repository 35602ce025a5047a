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

use crate::occurrence::{session_occurrences, Occurrence};
use crate::schedule::{Campus, CampusId, Schedule, SessionId};
use crate::time::{CivilDate, CivilTime, Instant, Weekday};
use crate::zone::{Resolution, Zone};
use std::collections::BTreeMap;
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

/// Conflicts of a schedule, kept up to date as sessions change.
#[derive(Debug, Clone)]
pub struct ConflictIndex {
    occurrences: Vec<Vec<Occurrence>>,
    resources_of: Vec<Vec<Resource>>,
    bookings: BTreeMap<Resource, Vec<Booking>>,
    per_session: Vec<Vec<Conflict>>,
    per_resource: BTreeMap<Resource, Vec<Conflict>>,
    clashes: BTreeMap<Resource, Vec<(OccurrenceRef, OccurrenceRef)>>,
}

impl ConflictIndex {
    /// Checks the whole schedule.
    pub fn new(schedule: &Schedule) -> ConflictIndex {
        let mut index = ConflictIndex {
            occurrences: Vec::new(),
            resources_of: Vec::new(),
            bookings: BTreeMap::new(),
            per_session: Vec::new(),
            per_resource: BTreeMap::new(),
            clashes: BTreeMap::new(),
        };
        for i in 0..schedule.sessions.len() {
            let occ = session_occurrences(schedule, i).unwrap_or_default();
            index.resources_of.push(resources(schedule, i, &occ));
            index.per_session.push(session_conflicts(schedule, i, &occ));
            index.occurrences.push(occ);
        }
        for (s, occ) in index.occurrences.iter().enumerate() {
            for (k, o) in occ.iter().enumerate() {
                for r in occurrence_resources(schedule, o) {
                    index.bookings.entry(r).or_default().push(Booking {
                        start: o.start.unix_seconds(),
                        end: o.end.unix_seconds(),
                        session: s,
                        occurrence: k,
                    });
                }
            }
        }
        let all: Vec<Resource> = index.bookings.keys().copied().collect();
        for r in all {
            index.recheck_resource(schedule, r);
        }
        index
    }

    /// Re-checks after session `i` changed (same number of sessions as before; otherwise use
    /// [`ConflictIndex::new`]). Touches only the resources the session booked before or books now.
    pub fn session_changed(&mut self, schedule: &Schedule, i: usize) {
        if schedule.sessions.len() != self.occurrences.len() || i >= self.occurrences.len() {
            *self = ConflictIndex::new(schedule);
            return;
        }
        let occ = session_occurrences(schedule, i).unwrap_or_default();
        let mut touched = std::mem::take(&mut self.resources_of[i]);
        for r in &touched {
            if let Some(list) = self.bookings.get_mut(r) {
                list.retain(|b| b.session != i);
            }
        }
        for (k, o) in occ.iter().enumerate() {
            for r in occurrence_resources(schedule, o) {
                self.bookings.entry(r).or_default().push(Booking {
                    start: o.start.unix_seconds(),
                    end: o.end.unix_seconds(),
                    session: i,
                    occurrence: k,
                });
            }
        }
        self.resources_of[i] = resources(schedule, i, &occ);
        self.per_session[i] = session_conflicts(schedule, i, &occ);
        self.occurrences[i] = occ;
        touched.extend(self.resources_of[i].iter().copied());
        touched.sort();
        touched.dedup();
        for r in touched {
            self.recheck_resource(schedule, r);
        }
    }

    fn recheck_resource(&mut self, schedule: &Schedule, r: Resource) {
        let Some(list) = self.bookings.get_mut(&r) else {
            return;
        };
        list.sort_unstable_by_key(|b| (b.start, b.end, b.session, b.occurrence));
        let list = &*list;
        let mut raw: Vec<(ConflictKind, usize, usize)> = Vec::new();
        // Sweep: every booking against those still running when it starts.
        let mut active: Vec<usize> = Vec::new();
        for (j, b) in list.iter().enumerate() {
            active.retain(|&a| list[a].end > b.start);
            for &a in &active {
                if overlaps((list[a].start, list[a].end), (b.start, b.end)) {
                    raw.push((double_kind(r), a, j));
                }
            }
            active.push(j);
        }
        // Breaks: the booking that ended last before this one started, if too close.
        let min_break = i64::from(schedule.rules.min_break_minutes) * 60;
        if min_break > 0 && !matches!(r, Resource::Room(_)) {
            let mut latest: Option<usize> = None;
            for (j, b) in list.iter().enumerate() {
                if let Some(p) = latest {
                    let gap = b.start - list[p].end;
                    if (0..min_break).contains(&gap) {
                        raw.push((ConflictKind::ShortBreak, p, j));
                    }
                }
                if latest.is_none_or(|p| b.end >= list[p].end) {
                    latest = Some(j);
                }
            }
        }
        let clashes = raw
            .iter()
            .filter(|(kind, _, _)| *kind != ConflictKind::ShortBreak)
            .map(|&(_, a, b)| {
                let (a, b) = (&list[a], &list[b]);
                (
                    reference(&self.occurrences[a.session][a.occurrence]),
                    reference(&self.occurrences[b.session][b.occurrence]),
                )
            })
            .collect();
        self.clashes.insert(r, clashes);
        let conflicts = raw
            .into_iter()
            .map(|(kind, a, b)| {
                let (a, b) = (&list[a], &list[b]);
                let oa = &self.occurrences[a.session][a.occurrence];
                let ob = &self.occurrences[b.session][b.occurrence];
                pair_conflict(schedule, kind, r, oa, ob)
            })
            .collect();
        self.per_resource.insert(r, group(conflicts));
    }

    /// Every conflict, sorted by start, then kind.
    pub fn conflicts(&self) -> Vec<Conflict> {
        let mut all: Vec<Conflict> = self
            .per_session
            .iter()
            .flatten()
            .chain(self.per_resource.values().flatten())
            .cloned()
            .collect();
        all.sort_by(|a, b| {
            (a.start, a.kind, &a.sessions, &a.message).cmp(&(
                b.start,
                b.kind,
                &b.sessions,
                &b.message,
            ))
        });
        all
    }

    /// Number of conflicts of each severity: (errors, warnings, infos).
    pub fn counts(&self) -> (usize, usize, usize) {
        let mut c = (0, 0, 0);
        for x in self
            .per_session
            .iter()
            .flatten()
            .chain(self.per_resource.values().flatten())
        {
            match x.severity {
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

/// Every conflict of a schedule, sorted by start, then kind.
pub fn check(schedule: &Schedule) -> Vec<Conflict> {
    ConflictIndex::new(schedule).conflicts()
}

fn double_kind(r: Resource) -> ConflictKind {
    match r {
        Resource::Cohort(_) => ConflictKind::CohortDoubleBooked,
        Resource::Lecturer(_) => ConflictKind::LecturerDoubleBooked,
        Resource::Room(_) => ConflictKind::RoomDoubleBooked,
    }
}

fn occurrence_resources(schedule: &Schedule, o: &Occurrence) -> Vec<Resource> {
    let Some(session) = schedule.sessions.get(o.session) else {
        return Vec::new();
    };
    let mut out: Vec<Resource> = Vec::new();
    for c in &session.cohorts {
        if let Some(i) = schedule.cohorts.iter().position(|x| &x.id == c) {
            out.push(Resource::Cohort(i));
        }
    }
    if let Some(l) = &session.lecturer {
        if let Some(i) = schedule.lecturers.iter().position(|x| &x.id == l) {
            out.push(Resource::Lecturer(i));
        }
    }
    for r in o.rooms(schedule) {
        if let Some(i) = schedule.rooms.iter().position(|x| &x.id == r) {
            out.push(Resource::Room(i));
        }
    }
    out.sort();
    out.dedup();
    out
}

fn resources(schedule: &Schedule, _i: usize, occ: &[Occurrence]) -> Vec<Resource> {
    let mut out: Vec<Resource> = occ
        .iter()
        .flat_map(|o| occurrence_resources(schedule, o))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The campus whose clock a resource lives by, and how to name the resource.
fn resource_label(schedule: &Schedule, r: Resource, fallback: &Campus) -> (String, Zone, String) {
    let campus_zone = |id: &CampusId| schedule.campus(id).map(|c| (c.zone, c.city.clone()));
    let (label, place) = match r {
        Resource::Cohort(i) => {
            let c = &schedule.cohorts[i];
            (format!("Cohort {}", c.name), campus_zone(&c.campus))
        }
        Resource::Lecturer(i) => {
            let l = &schedule.lecturers[i];
            (
                format!("Lecturer {}", l.name),
                l.campus.as_ref().and_then(campus_zone),
            )
        }
        Resource::Room(i) => {
            let room = &schedule.rooms[i];
            (format!("Room {}", room.name), campus_zone(&room.campus))
        }
    };
    let (zone, city) = place.unwrap_or((fallback.zone, fallback.city.clone()));
    (label, zone, city)
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
    a: &Occurrence,
    b: &Occurrence,
) -> (Conflict, CivilDate) {
    let (sa, sb) = (&schedule.sessions[a.session], &schedule.sessions[b.session]);
    let host = schedule.campus(&sa.host).unwrap_or(&schedule.campuses[0]);
    let (label, zone, city) = resource_label(schedule, r, host);
    let (la, lb) = (zone.local(a.start), zone.local(b.start));
    let (ea, eb) = (zone.local(a.end), zone.local(b.end));
    let span = |s: &crate::LocalTime, e: &crate::LocalTime| {
        format!("{}–{}", hhmm(s.datetime.time()), hhmm(e.datetime.time()))
    };
    let (message, hint) = if kind == ConflictKind::ShortBreak {
        let gap = a.end.minutes_until(b.start);
        let want = schedule.rules.min_break_minutes;
        (
            format!(
                "{label} has only {gap} min between {} (ends {}) and {} (starts {}) on {}, {city} time; the rule asks for {want} min",
                sa.title,
                hhmm(ea.datetime.time()),
                sb.title,
                hhmm(lb.datetime.time()),
                long_date(lb.datetime.date()),
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
                long_date(la.datetime.date()),
                span(&la, &ea),
                span(&lb, &eb),
            ),
            Some(format!("move {} by {shift} min to {moved}, after {}", sb.title, sa.title)),
        )
    };
    let mut campuses: Vec<CampusId> = Vec::new();
    for s in [sa, sb] {
        for c in schedule.participating_campuses(s) {
            if !campuses.contains(&c.id) {
                campuses.push(c.id.clone());
            }
        }
    }
    let mut sessions = vec![sa.id.clone()];
    if sb.id != sa.id {
        sessions.push(sb.id.clone());
    }
    let conflict = Conflict {
        kind,
        severity: kind.severity(),
        start: a.start.min(b.start),
        sessions,
        campuses,
        occurrences: vec![reference(a), reference(b)],
        message,
        hint,
        drift: Vec::new(),
    };
    (conflict, lb.datetime.date())
}

/// Conflicts that concern one session: per occurrence and participating campus, and drift.
fn session_conflicts(schedule: &Schedule, i: usize, occ: &[Occurrence]) -> Vec<Conflict> {
    let session = &schedule.sessions[i];
    let campuses = schedule.participating_campuses(session);
    let anchor = schedule.anchor_zone(session);
    let mut out = Vec::new();
    let one = |kind: ConflictKind,
               o: &Occurrence,
               campus: Option<&Campus>,
               message: String,
               hint: Option<String>| {
        let date = campus.map_or(o.local_start.date(), |c| {
            c.zone.local(o.start).datetime.date()
        });
        (
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
            },
            date,
        )
    };
    for o in occ {
        let host_day = anchor.local(o.start).weekday();
        if let Some(note) = o.resolution.describe(o.local_start) {
            let what = match o.resolution {
                Resolution::Gap { .. } => "moved forward past the switch",
                _ => "taken at its first occurrence",
            };
            out.push(one(
                ConflictKind::SkippedOrRepeatedTime,
                o,
                None,
                format!(
                    "{}: {note} in {}; {what}",
                    session.title,
                    schedule.anchor_place(session)
                ),
                Some("pick a wall-clock time outside the switch hour".into()),
            ));
        }
        for c in &campuses {
            let s = c.zone.local(o.start);
            let e = c.zone.local(o.end);
            let date = s.datetime.date();
            let span = format!("{}–{}", hhmm(s.datetime.time()), hhmm(e.datetime.time()));
            let city = &c.city;
            if let Some(closure) = c.closures.iter().find(|x| x.covers(date)) {
                out.push(one(
                    ConflictKind::OnClosure,
                    o,
                    Some(c),
                    format!(
                        "{} on {} falls on {} at {} (closed)",
                        session.title,
                        long_date(date),
                        closure.name,
                        c.short
                    ),
                    Some("skip this date or move the occurrence".into()),
                ));
                continue;
            }
            if let Some(term) = c.term.filter(|t| !t.contains(date)) {
                out.push(one(
                    ConflictKind::OutsideCampusTerm,
                    o,
                    Some(c),
                    format!(
                        "{} on {} is outside {} term ({} – {})",
                        session.title,
                        long_date(date),
                        possessive(&c.short),
                        long_date(term.start),
                        long_date(term.end)
                    ),
                    None,
                ));
                continue;
            }
            let weekday = s.weekday();
            match c.teaching_hours.get(&weekday) {
                None if weekday != host_day => out.push(one(
                    ConflictKind::OtherLocalWeekday,
                    o,
                    Some(c),
                    format!(
                        "{} on {} {} is on {} at {}, {span} {city} time, not a teaching day there",
                        session.title,
                        host_day,
                        day_month(anchor.local(o.start).datetime.date()),
                        long_date(date),
                        c.short
                    ),
                    common_window_hint(schedule, session, anchor, o),
                )),
                None => out.push(one(
                    ConflictKind::OutsideTeachingHours,
                    o,
                    Some(c),
                    format!(
                        "{} on {} is on a day {} does not teach ({span} {city} time)",
                        session.title,
                        long_date(date),
                        c.short
                    ),
                    common_window_hint(schedule, session, anchor, o),
                )),
                Some(hours) => {
                    let from = s.datetime.time().minutes_of_day();
                    let to = from + o.duration_minutes().max(0) as u32;
                    if !hours.contains(from, to) {
                        out.push(one(
                            ConflictKind::OutsideTeachingHours,
                            o,
                            Some(c),
                            format!(
                                "{} on {} runs {span} {city} time, outside {} teaching hours ({})",
                                session.title,
                                long_date(date),
                                possessive(&c.short),
                                hours.to_string().replace('-', "–")
                            ),
                            common_window_hint(schedule, session, anchor, o),
                        ));
                    }
                }
            }
        }
    }
    let mut grouped = group(out);
    if let Some(d) = drift(schedule, i, occ) {
        grouped.push(d);
    }
    grouped
}

/// When everyone taking part is in teaching hours that day, as a hint in anchor-zone time.
fn common_window_hint(
    schedule: &Schedule,
    session: &crate::Session,
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
    for c in schedule.participating_campuses(session) {
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

/// Merges conflicts that repeat the same way every week into one, listing every occurrence.
/// Each comes with the local date its message speaks of, so "until" is told in the same clock.
fn group(conflicts: Vec<(Conflict, CivilDate)>) -> Vec<Conflict> {
    // Key: kind, sessions, campuses, and the message with its date taken out.
    let mut groups: Vec<(String, Conflict, Vec<CivilDate>)> = Vec::new();
    for (c, date) in conflicts {
        let date = Some(date);
        let key = format!(
            "{:?}|{:?}|{:?}|{}",
            c.kind,
            c.sessions,
            c.campuses,
            strip_dates(&c.message)
        );
        match groups.iter_mut().find(|g| g.0 == key) {
            Some((_, g, dates)) => {
                g.occurrences.extend(c.occurrences);
                dates.extend(date);
            }
            None => groups.push((key, c, date.into_iter().collect())),
        }
    }
    groups
        .into_iter()
        .map(|(_, mut c, dates)| {
            if dates.len() > 1 {
                let last = dates.iter().max().copied().unwrap_or(dates[0]);
                let more = dates.len() - 1;
                let dates_word = if more == 1 { "date" } else { "dates" };
                c.message = format!(
                    "{} (and {more} more {dates_word}, until {})",
                    c.message,
                    long_date(last)
                );
            }
            c.occurrences.sort_by_key(|o| (o.start, o.session));
            c.start = c.occurrences.first().map_or(c.start, |o| o.start);
            c
        })
        .collect()
}

/// The message without day and month names and numbers that differ from week to week.
fn strip_dates(message: &str) -> String {
    let weekdays = Weekday::ALL.map(|w| w.short_name());
    message
        .split(' ')
        .filter(|w| {
            let w = w.trim_matches(|c: char| c == ',' || c == '(' || c == ')');
            !(w.chars().all(|c| c.is_ascii_digit()) && w.len() <= 4
                || MONTHS.contains(&w)
                || weekdays.contains(&w))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A series whose local start changes during the term at some participating campus.
fn drift(schedule: &Schedule, i: usize, occ: &[Occurrence]) -> Option<Conflict> {
    let session = &schedule.sessions[i];
    session.repeat.as_ref()?;
    let regular: Vec<&Occurrence> = occ.iter().filter(|o| !o.changed).collect();
    let mut rows = Vec::new();
    for c in schedule.participating_campuses(session) {
        let mut segments: Vec<DriftSegment> = Vec::new();
        for o in &regular {
            let l = c.zone.local(o.start).datetime;
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
                campus: c.id.clone(),
                city: c.city.clone(),
                segments,
            });
        }
    }
    if rows.is_empty() {
        return None;
    }
    let first = regular.first()?;
    let message = format!(
        "{} ({} {} {} time) moves at partners during the term: {}",
        session.title,
        schedule.anchor_zone(session).local(first.start).weekday(),
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
