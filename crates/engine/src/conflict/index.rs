//! Detection: the index of bookings per resource, the per-occurrence checks of each session,
//! grouping of what repeats every week, and the incremental re-check after one session changed.

use super::build::Ids;
use super::explain::omitted_conflict;
use super::sweep::overlaps;
use super::{Clock, Conflict, ConflictKind, OccurrenceRef, Resource, Severity};
use crate::holidays::{Holiday, PublicHolidays};
use crate::occurrence::Occurrence;
use crate::schedule::Schedule;
use crate::time::{CivilDateTime, Instant};
use crate::zone::Zone;
use rustc_hash::FxHashMap as HashMap;
use std::cell::OnceCell;
use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap};

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

/// A conflict before it is grouped and explained.
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

/// Most conflicts (pairs of sessions with every week they clash, short breaks) listed for one
/// cohort, lecturer or room; the rest are counted with the pairs past
/// [`MAX_CLASHES_PER_RESOURCE`].
pub const MAX_CONFLICTS_PER_RESOURCE: usize = 200;

/// Clashes of one resource past [`MAX_CLASHES_PER_RESOURCE`] or
/// [`MAX_CONFLICTS_PER_RESOURCE`].
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
    /// What closes the campus that day.
    Closed(ClosedBy),
    /// The exam period it falls in (its position in the campus's periods).
    Exams(usize),
    /// Its local start (minutes of the day) and length at the campus: the same hours every
    /// week make one conflict.
    LocalSpan { start_minute: u32, minutes: u32 },
    /// The occurrence itself (a skipped or repeated wall time is reported date by date).
    Occurrence(usize),
}

/// What closes a campus on a day: one rule for all three (see `ConflictIndex::closed_by`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum ClosedBy {
    /// A closure typed in (its position in the campus's closures).
    Closure(usize),
    /// A public holiday (its position in the index's holidays of the campus).
    Holiday(usize),
    /// A lecture-free period (its position in the campus's periods).
    LectureFree(usize),
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

/// Raw conflicts that repeat the same way on several dates, explained when first asked.
#[derive(Debug, Clone)]
pub(super) struct Group {
    pub(super) kind: ConflictKind,
    pub(super) raw: Vec<Raw>,
    pub(super) explained: OnceCell<Conflict>,
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
    /// The public holidays the index was built with (kept for a rebuild).
    pub(super) holidays: PublicHolidays,
    /// Each campus's public holidays over the term, by date (switched-off days left out).
    pub(super) campus_holidays: Vec<Vec<Holiday>>,
}

impl ConflictIndex {
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
        let mut groups = self.group(raw);
        // Past MAX_CONFLICTS_PER_RESOURCE groups (pairs of sessions, each over all its weeks),
        // the rest are counted with the pairs the sweep did not list.
        if groups.len() > MAX_CONFLICTS_PER_RESOURCE {
            for g in groups.drain(MAX_CONFLICTS_PER_RESOURCE..) {
                let first = g.raw.iter().find_map(|x| match *x {
                    Raw::Pair { b, .. } => Some(self.occurrences[b.0][b.1].start.unix_seconds()),
                    Raw::Single { .. } | Raw::Drift { .. } => None,
                });
                if let Some(t) = first {
                    omitted.first_start = if omitted.pairs == 0 {
                        t
                    } else {
                        omitted.first_start.min(t)
                    };
                }
                omitted.pairs += g.raw.len();
            }
        }
        if omitted.pairs > 0 {
            self.omitted.insert(r, omitted);
        } else {
            self.omitted.remove(&r);
        }
        self.per_resource.insert(r, groups);
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
                explained: OnceCell::new(),
            })
            .collect()
    }

    /// A group as a conflict, explained once and kept.
    pub(super) fn explained<'a>(&self, schedule: &Schedule, g: &'a Group) -> &'a Conflict {
        g.explained.get_or_init(|| self.describe(schedule, &g.raw))
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

    /// Every conflict, sorted by start, then kind. `schedule` is the one the index was built
    /// or last updated with; each conflict is explained once and kept.
    pub fn conflicts(&self, schedule: &Schedule) -> Vec<Conflict> {
        let mut all: Vec<Conflict> = self
            .per_session
            .iter()
            .flatten()
            .chain(self.per_resource.values().flatten())
            .map(|g| self.explained(schedule, g).clone())
            .chain(
                self.omitted
                    .iter()
                    .map(|(&r, o)| omitted_conflict(schedule, r, o)),
            )
            .collect();
        in_order(&mut all);
        all
    }

    /// The conflicts session `i` takes part in, in the order of [`ConflictIndex::conflicts`].
    /// Only these are explained, so a drag that re-checks one session after
    /// [`ConflictIndex::session_changed`] explains nothing else.
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
            .map(|g| self.explained(schedule, g).clone())
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

    /// Number of conflicts of each severity: (errors, warnings, infos). Explains none.
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

    /// When `resource` is booked (by sessions and imported busy time), as half-open
    /// `(start, end)` spans in Unix seconds sorted by start, leaving out session `except` (the
    /// series being placed).
    pub fn booked(&self, resource: Resource, except: Option<usize>) -> Vec<(i64, i64)> {
        let mut out: Vec<(i64, i64)> = self
            .bookings
            .get(resource_key(resource))
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .filter(|b| Some(b.session) != except)
            .map(|b| (b.start, b.end))
            .collect();
        out.sort_unstable();
        out
    }

    /// The occurrences of session `i`, as last checked.
    pub fn occurrences_of(&self, i: usize) -> &[Occurrence] {
        self.occurrences.get(i).map_or(&[], Vec::as_slice)
    }
}

/// Conflicts by start, then kind, sessions and what happened: the order every list is shown
/// in, the same however the index came to hold them.
pub(super) fn in_order(all: &mut [Conflict]) {
    all.sort_by(|a, b| {
        (a.start, a.kind, &a.sessions, &a.detail).cmp(&(b.start, b.kind, &b.sessions, &b.detail))
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
