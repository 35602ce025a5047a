//! Building the index: ids to positions, each session's resources and campuses, its
//! occurrences through the cached clocks and its bookings; and the one-session re-check.

use super::index::*;
use super::{Clock, Resource};
use crate::holidays::PublicHolidays;
use crate::occurrence::{session_occurrences_with, Occurrence};
use crate::schedule::BusyTarget;
use crate::schedule::{CampusId, Schedule};
use crate::time::{CivilDate, CivilDateTime, CivilTime, Instant};
use crate::zone::{Resolution, Zone};
use rustc_hash::FxHashMap as HashMap;
use std::collections::{BTreeMap, BTreeSet};

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
    /// Checks the whole schedule (all of [`super::Checking`]'s steps at once), without public
    /// holidays.
    pub fn new(schedule: &Schedule) -> ConflictIndex {
        super::Checking::new(schedule).finish(schedule)
    }

    /// Checks the whole schedule with each campus's public holidays from `holidays` as closures
    /// (all of [`super::Checking::with_holidays`]'s steps at once).
    pub fn with_holidays(schedule: &Schedule, holidays: &PublicHolidays) -> ConflictIndex {
        super::Checking::with_holidays(schedule, holidays).finish(schedule)
    }

    /// An index with the schedule's clocks, ids and public holidays and nothing booked yet: the
    /// first step of a check.
    pub(super) fn started(schedule: &Schedule, holidays: &PublicHolidays) -> ConflictIndex {
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
            holidays: holidays.clone(),
            campus_holidays: Vec::new(),
        };
        // The days around the term that an occurrence's local date at a campus may fall on.
        if let (Some(first), Some(last)) = (term.start.add_days(-2), term.end.add_days(2)) {
            index.campus_holidays = schedule
                .campuses
                .iter()
                .map(|c| {
                    holidays
                        .of_campus(c, first, last)
                        .into_iter()
                        .cloned()
                        .collect()
                })
                .collect();
        }
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
        index
    }

    /// Session `i`'s occurrences and what it books on, in order (`i` is the next session).
    pub(super) fn expand_next(&mut self, schedule: &Schedule, i: usize) {
        let info = self.session_info(schedule, i).unwrap_or_default();
        self.info.push(info);
        let occ = self.expand(schedule, i);
        self.occurrences.push(occ);
        self.per_session.push(Vec::new());
        self.resources_of.push(Vec::new());
    }

    /// Imported busy time: each calendar is a pseudo-session after the real ones, whose
    /// occurrences are its blocks (in their order) and whose resources are what it is
    /// attached to. From here on it books like any session.
    pub(super) fn expand_busy(&mut self, b: &crate::schedule::BusyCalendar) {
        let n = self.occurrences.len();
        self.occurrences.push(
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
        let ids = &self.ids;
        let mut resources: Vec<Resource> = Vec::new();
        let mut campuses = Vec::new();
        match b.target() {
            Some(BusyTarget::Campus(c)) => {
                if let Some(&c) = ids.campuses.get(c.as_str()) {
                    campuses.push(c);
                    resources.extend(
                        (0..ids.cohort_campus.len())
                            .filter(|&k| ids.cohort_campus[k] == Some(c))
                            .map(Resource::Cohort),
                    );
                }
            }
            Some(BusyTarget::Cohort(c)) => {
                if let Some(&k) = ids.cohorts.get(c.as_str()) {
                    resources.push(Resource::Cohort(k));
                    campuses.extend(ids.cohort_campus[k]);
                }
            }
            Some(BusyTarget::Lecturer(l)) => {
                if let Some(&k) = ids.lecturers.get(l.as_str()) {
                    resources.push(Resource::Lecturer(k));
                }
            }
            Some(BusyTarget::Room(r)) => {
                if let Some(&k) = ids.rooms.get(r.as_str()) {
                    resources.push(Resource::Room(k));
                    campuses.extend(ids.room_campus[k]);
                }
            }
            None => {}
        }
        self.info.push(SessionInfo {
            resources: resources.clone(),
            campuses,
            anchor: 0,
        });
        self.per_session.push(Vec::new());
        self.resources_of.push(resources);
    }

    /// Sizes every booking list once instead of growing it booking by booking (after every
    /// session and calendar is expanded).
    pub(super) fn reserve_bookings(&mut self) {
        let mut sizes = vec![0usize; self.bookings.len()];
        for (info, occ) in self.info.iter().zip(&self.occurrences) {
            for &r in &info.resources {
                if let Some(n) = sizes.get_mut(resource_key(r)) {
                    *n += occ.len();
                }
            }
        }
        for (list, n) in self.bookings.iter_mut().zip(sizes) {
            list.reserve_exact(n);
        }
    }

    /// Session `i`'s own conflicts and its bookings.
    pub(super) fn book_session(&mut self, schedule: &Schedule, i: usize) {
        self.resources_of[i] = self.session_resources(schedule, i);
        self.per_session[i] = self.session_conflicts(schedule, i);
        self.add_bookings(schedule, i);
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
            *self = ConflictIndex::with_holidays(schedule, &self.holidays.clone());
            return;
        }
        let Some(info) = self.session_info(schedule, i) else {
            *self = ConflictIndex::with_holidays(schedule, &self.holidays.clone());
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
}
