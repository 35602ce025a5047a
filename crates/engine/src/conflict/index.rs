//! Detection: the index of bookings per resource, the per-occurrence checks of each session,
//! grouping of what repeats every week, and the incremental re-check after one session changed.

use super::sweep::overlaps;
use super::words::omitted_conflict;
use super::{Clock, Conflict, ConflictKind, OccurrenceRef, Resource, Severity};
use crate::occurrence::{session_occurrences_with, Occurrence};
use crate::schedule::{CampusId, Schedule};
use crate::time::{CivilDate, CivilDateTime, CivilTime, Instant};
use crate::zone::{Resolution, Zone};
use rustc_hash::FxHashMap as HashMap;
use std::cell::OnceCell;
use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap};

/// One use of a resource: an occurrence (a later issue adds imported busy blocks, which are
/// bookings like any other).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Booking {
    pub(super) start: i64,
    pub(super) end: i64,
    pub(super) session: usize,
    pub(super) occurrence: usize,
}

/// What the index knows about one session, resolved once.
#[derive(Debug, Clone, Default)]
pub(super) struct SessionInfo {
    /// Cohorts and lecturer (every occurrence) and the series' rooms.
    pub(super) resources: Vec<Resource>,
    /// Participating campuses, host first (indices).
    pub(super) campuses: Vec<usize>,
    /// Clock of the anchor zone.
    pub(super) anchor: usize,
}

/// A conflict before it is grouped and put into words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Raw {
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
        detail: Detail,
    },
    Drift {
        session: usize,
    },
}

/// Most overlapping pairs listed for one cohort, lecturer or room (every week counts); the rest
/// are counted. 150 copies of one session would otherwise list 11,175 pairs a week for each
/// cohort they share, and `check --json` then needed gigabytes.
pub const MAX_CLASHES_PER_RESOURCE: usize = 5_000;

/// Clashes of one resource past [`MAX_CLASHES_PER_RESOURCE`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Omitted {
    /// How many overlapping pairs were not listed.
    pub(super) pairs: usize,
    /// Start (Unix seconds) of the first booking whose clashes were not listed.
    pub(super) first_start: i64,
}

/// What tells one finding about a single occurrence from another of the same kind and session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Detail {
    /// Nothing more: the kind and campus say it.
    None,
    /// The closure it falls on (its position in the campus's closures).
    Closure(usize),
    /// Its local start (minutes of the day) and length at the campus: the same hours every
    /// week make one conflict.
    LocalSpan { start_minute: u32, minutes: u32 },
    /// The occurrence itself (a skipped or repeated wall time is reported date by date).
    Occurrence(usize),
}

/// What makes raw conflicts "the same every week".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum GroupKey {
    /// A double booking, short break or busy clash of one resource between two sessions, at
    /// the same local start times (minutes of the day on the resource's clock).
    Pair {
        kind: ConflictKind,
        resource: Resource,
        sessions: (usize, usize),
        local_starts: (u32, u32),
    },
    /// A finding about one session's occurrences, at a campus when it concerns one.
    Single {
        kind: ConflictKind,
        session: usize,
        campus: Option<usize>,
        detail: Detail,
    },
    /// A series whose local start moves at some campus.
    Drift { session: usize },
}

/// Raw conflicts that repeat the same way on several dates, put into words when first asked.
#[derive(Debug, Clone)]
pub(super) struct Group {
    pub(super) kind: ConflictKind,
    pub(super) raw: Vec<Raw>,
    pub(super) words: OnceCell<Conflict>,
}

/// Conflicts of a schedule, kept up to date as sessions change.
#[derive(Debug, Clone)]
pub struct ConflictIndex {
    pub(super) occurrences: Vec<Vec<Occurrence>>,
    pub(super) info: Vec<SessionInfo>,
    pub(super) resources_of: Vec<Vec<Resource>>,
    /// Bookings per resource, at [`resource_key`].
    pub(super) bookings: Vec<Vec<Booking>>,
    /// Clock of each campus (index into `clocks`).
    pub(super) campus_clock: Vec<usize>,
    pub(super) per_session: Vec<Vec<Group>>,
    pub(super) per_resource: BTreeMap<Resource, Vec<Group>>,
    pub(super) clashes: BTreeMap<Resource, Vec<(OccurrenceRef, OccurrenceRef)>>,
    /// Clashes of a resource beyond [`MAX_CLASHES_PER_RESOURCE`], counted and not listed.
    pub(super) omitted: BTreeMap<Resource, Omitted>,
    pub(super) clocks: Vec<Clock>,
    pub(super) clock_of_zone: HashMap<Zone, usize>,
    pub(super) ids: Ids,
    pub(super) lists: ListSizes,
}

/// Positions of cohorts, lecturers, rooms and campuses by id, built once per index.
#[derive(Debug, Clone, Default)]
pub(super) struct Ids {
    pub(super) cohorts: HashMap<String, usize>,
    pub(super) lecturers: HashMap<String, usize>,
    pub(super) rooms: HashMap<String, usize>,
    pub(super) campuses: HashMap<String, usize>,
    /// The zone each cohort, lecturer (when known) and room lives by.
    pub(super) cohort_zone: Vec<Zone>,
    pub(super) lecturer_zone: Vec<Option<Zone>>,
    pub(super) room_zone: Vec<Zone>,
    /// The campus (index) of each cohort and room.
    pub(super) cohort_campus: Vec<Option<usize>>,
    pub(super) room_campus: Vec<Option<usize>>,
}

impl Ids {
    pub(super) fn new(s: &Schedule) -> Ids {
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
            omitted: BTreeMap::new(),
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
    pub(super) fn expand(&self, schedule: &Schedule, i: usize) -> Vec<Occurrence> {
        let resolve = |zone: Zone, local: CivilDateTime| match self.clock_of_zone.get(&zone) {
            Some(&c) => self.clocks[c].resolve(local),
            None => zone.resolve(local, crate::Disambiguation::Compatible),
        };
        session_occurrences_with(schedule, i, &resolve).unwrap_or_default()
    }

    /// Books every occurrence of session `i` on its resources.
    pub(super) fn add_bookings(&mut self, schedule: &Schedule, i: usize) {
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
    pub(super) fn session_info(&self, schedule: &Schedule, i: usize) -> Option<SessionInfo> {
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

    pub(super) fn occurrence_resources(
        &self,
        schedule: &Schedule,
        i: usize,
        o: &Occurrence,
    ) -> Vec<Resource> {
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

    pub(super) fn session_resources(&self, schedule: &Schedule, i: usize) -> Vec<Resource> {
        let mut out = self.info[i].resources.clone();
        for o in self.occurrences[i].iter().filter(|o| o.changed) {
            out.extend(self.occurrence_resources(schedule, i, o));
        }
        out.sort();
        out.dedup();
        out
    }

    pub(super) fn recheck_resource(&mut self, schedule: &Schedule, r: Resource) {
        let Some(list) = self.bookings.get_mut(resource_key(r)) else {
            return;
        };
        list.sort_unstable_by_key(|b| (b.start, b.end, b.session, b.occurrence));
        let list = &*list;
        let mut raw: Vec<Raw> = Vec::new();
        let at = |j: usize| (list[j].session, list[j].occurrence);
        // Sweep: every booking against those still running when it starts. Sessions and busy
        // blocks are kept apart, so two busy blocks (not ours to judge) are never even compared:
        // a calendar of 100,000 identical blocks costs a heap, not 10^10 comparisons. Past
        // MAX_CLASHES_PER_RESOURCE pairs the rest are counted, not listed.
        let busy = |i: usize| is_busy_calendar(schedule, i);
        let mut meetings: BinaryHeap<Reverse<(i64, usize)>> = BinaryHeap::new();
        let mut blocks: BinaryHeap<Reverse<(i64, usize)>> = BinaryHeap::new();
        let mut omitted = Omitted::default();
        let mut met: Vec<usize> = Vec::new();
        for (j, b) in list.iter().enumerate() {
            for active in [&mut meetings, &mut blocks] {
                while active
                    .peek()
                    .is_some_and(|Reverse((end, _))| *end <= b.start)
                {
                    active.pop();
                }
            }
            let against: &[&BinaryHeap<Reverse<(i64, usize)>>] = if busy(b.session) {
                &[&meetings]
            } else {
                &[&meetings, &blocks]
            };
            if raw.len() >= MAX_CLASHES_PER_RESOURCE {
                // Every booking still running overlaps this one (an empty booking at the very
                // start of another aside), so the count needs no comparison.
                let n: usize = against.iter().map(|h| h.len()).sum();
                if n > 0 && omitted.pairs == 0 {
                    omitted.first_start = b.start;
                }
                omitted.pairs += n;
            } else {
                met.clear();
                met.extend(
                    against
                        .iter()
                        .flat_map(|h| h.iter())
                        .map(|Reverse((_, a))| *a)
                        .filter(|&a| overlaps((list[a].start, list[a].end), (b.start, b.end))),
                );
                met.sort_unstable();
                for &a in &met {
                    let kind = match (busy(list[a].session), busy(b.session)) {
                        (false, false) => double_kind(r),
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
            let active = if busy(b.session) {
                &mut blocks
            } else {
                &mut meetings
            };
            active.push(Reverse((b.end, j)));
        }
        if omitted.pairs > 0 {
            self.omitted.insert(r, omitted);
        } else {
            self.omitted.remove(&r);
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
            for (j, b) in list.iter().enumerate().filter(|(_, b)| !busy(b.session)) {
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
    pub(super) fn session_conflicts(&self, schedule: &Schedule, i: usize) -> Vec<Group> {
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
                raw.push(single(
                    ConflictKind::SkippedOrRepeatedTime,
                    k,
                    None,
                    Detail::None,
                ));
            }
            let host_day = anchor.civil(o.start.unix_seconds()).weekday();
            let minutes = o.duration_minutes().max(0) as u32;
            for &c in &info.campuses {
                let campus = &schedule.campuses[c];
                let local = self.clocks[self.campus_clock[c]].civil(o.start.unix_seconds());
                let date = local.date();
                if let Some(x) = campus.closures.iter().position(|x| x.covers(date)) {
                    raw.push(single(
                        ConflictKind::OnClosure,
                        k,
                        Some(c),
                        Detail::Closure(x),
                    ));
                    continue;
                }
                if campus.term.is_some_and(|t| !t.contains(date)) {
                    raw.push(single(
                        ConflictKind::OutsideCampusTerm,
                        k,
                        Some(c),
                        Detail::None,
                    ));
                    continue;
                }
                let from = local.time().minutes_of_day();
                let detail = Detail::LocalSpan {
                    start_minute: from,
                    minutes,
                };
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
    pub(super) fn drifts(&self, schedule: &Schedule, i: usize) -> bool {
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

    pub(super) fn local(&self, zone: Zone, t: Instant) -> CivilDateTime {
        match self.clock_of_zone.get(&zone) {
            Some(&c) => self.clocks[c].civil(t.unix_seconds()),
            None => zone.local(t).datetime,
        }
    }

    /// Groups raw conflicts that repeat the same way on several dates.
    pub(super) fn group(&self, raw: Vec<Raw>) -> Vec<Group> {
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
                    GroupKey::Pair {
                        kind,
                        resource,
                        sessions: (a.0, b.0),
                        local_starts: (minutes(a), minutes(b)),
                    }
                }
                Raw::Single {
                    kind,
                    session,
                    occurrence,
                    campus,
                    detail,
                } => GroupKey::Single {
                    kind,
                    session,
                    campus,
                    detail: if kind == ConflictKind::SkippedOrRepeatedTime {
                        Detail::Occurrence(occurrence)
                    } else {
                        detail
                    },
                },
                Raw::Drift { session } => GroupKey::Drift { session },
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
    pub(super) fn words<'a>(&self, schedule: &Schedule, g: &'a Group) -> &'a Conflict {
        g.words.get_or_init(|| self.describe(schedule, &g.raw))
    }

    /// The campus (index) a cohort or room belongs to; a lecturer has none here.
    pub(super) fn resource_campus(&self, r: Resource) -> Option<usize> {
        match r {
            Resource::Cohort(i) => self.ids.cohort_campus[i],
            Resource::Room(i) => self.ids.room_campus[i],
            Resource::Lecturer(_) => None,
        }
    }

    /// The clock of the campus a cohort or room belongs to, when it has one.
    pub(super) fn resource_clock(&self, r: Resource, session: usize) -> Option<usize> {
        match self.resource_campus(r) {
            Some(c) => self.campus_clock.get(c).copied(),
            None => self
                .clock_of_zone
                .get(&self.resource_zone(r, session))
                .copied(),
        }
    }

    pub(super) fn resource_zone(&self, r: Resource, session: usize) -> Zone {
        match r {
            Resource::Cohort(i) => self.ids.cohort_zone[i],
            Resource::Lecturer(i) => self.ids.lecturer_zone[i].unwrap_or_else(|| {
                // The host campus's zone (a campus index, read through its clock).
                let host = self.info[session].campuses.first().copied();
                let clock = host.map_or(self.info[session].anchor, |c| self.campus_clock[c]);
                self.clocks[clock].zone
            }),
            Resource::Room(i) => self.ids.room_zone[i],
        }
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
            .chain(
                self.omitted
                    .iter()
                    .map(|(&r, o)| omitted_conflict(schedule, r, o)),
            )
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
            .chain(
                self.resources_of
                    .get(i)
                    .into_iter()
                    .flatten()
                    .filter_map(|r| {
                        let o = self.omitted.get(r)?;
                        Some(omitted_conflict(schedule, *r, o))
                    }),
            )
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
        c.0 += self.omitted.len();
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
pub(super) fn in_order(all: &mut [Conflict]) {
    all.sort_by(|a, b| {
        (a.start, a.kind, &a.sessions, &a.message).cmp(&(b.start, b.kind, &b.sessions, &b.message))
    });
}

/// How many of each list a schedule has: when any differs, a one-session re-check cannot
/// stand and the index is built anew.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct ListSizes {
    sessions: usize,
    busy_calendars: usize,
    busy_blocks: usize,
    cohorts: usize,
    lecturers: usize,
    rooms: usize,
    campuses: usize,
}

pub(super) fn list_sizes(s: &Schedule) -> ListSizes {
    ListSizes {
        sessions: s.sessions.len(),
        busy_calendars: s.busy.len(),
        busy_blocks: s.busy.iter().map(|b| b.blocks.len()).sum(),
        cohorts: s.cohorts.len(),
        lecturers: s.lecturers.len(),
        rooms: s.rooms.len(),
        campuses: s.campuses.len(),
    }
}

/// Whether booking owner `i` is a busy calendar: calendars are pseudo-sessions numbered after
/// the schedule's real sessions.
pub(super) fn is_busy_calendar(schedule: &Schedule, i: usize) -> bool {
    i >= schedule.sessions.len()
}

pub(super) fn resource_of_key(k: usize) -> Resource {
    match k % 3 {
        0 => Resource::Cohort(k / 3),
        1 => Resource::Lecturer(k / 3),
        _ => Resource::Room(k / 3),
    }
}

/// Dense position of a resource: cohorts, lecturers and rooms interleaved.
pub(super) fn resource_key(r: Resource) -> usize {
    match r {
        Resource::Cohort(i) => i * 3,
        Resource::Lecturer(i) => i * 3 + 1,
        Resource::Room(i) => i * 3 + 2,
    }
}

pub(super) fn raw_kind(r: &Raw) -> ConflictKind {
    match *r {
        Raw::Pair { kind, .. } | Raw::Single { kind, .. } => kind,
        Raw::Drift { .. } => ConflictKind::DaylightSavingDrift,
    }
}

pub(super) fn double_kind(r: Resource) -> ConflictKind {
    match r {
        Resource::Cohort(_) => ConflictKind::CohortDoubleBooked,
        Resource::Lecturer(_) => ConflictKind::LecturerDoubleBooked,
        Resource::Room(_) => ConflictKind::RoomDoubleBooked,
    }
}

pub(super) fn reference(o: &Occurrence) -> OccurrenceRef {
    OccurrenceRef {
        session: o.session,
        date: o.date,
        start: o.start,
        end: o.end,
    }
}
