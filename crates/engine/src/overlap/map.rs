//! The overlap map: for every 15-minute start of the week on the anchor campus's clock, how many
//! of the chosen campuses are inside their teaching hours in every week of the term, and for the
//! others how many weeks fail, from when and why.

use super::{MAX_CAMPUSES, SLOTS_PER_DAY, STEP_MINUTES};
use crate::conflict::{Clock, ConflictIndex, Resource};
use crate::schedule::{
    CampusId, CohortId, LecturerId, RoomId, Schedule, Unfit, MAX_DURATION_MINUTES,
};
use crate::time::{CivilDate, CivilDateTime, CivilTime, Instant, Weekday};
use crate::zone::Zone;
use crate::{Error, Item, Problem};
use std::collections::HashMap;

/// What a map (or a rotation) is asked about.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OverlapRequest {
    /// The campuses that must take part (each counted once).
    pub campuses: Vec<CampusId>,
    /// Whose wall clock the slots are on; `None`: the first of `campuses`.
    pub anchor: Option<CampusId>,
    /// The session's length in minutes.
    pub length_minutes: u32,
    /// The weekdays (on the anchor's clock) to look at; empty: all seven.
    pub weekdays: Vec<Weekday>,
    /// Cohorts whose sessions and busy time count (their campuses take part too).
    pub cohorts: Vec<CohortId>,
    /// Lecturers whose sessions and busy time count.
    pub lecturers: Vec<LecturerId>,
    /// Rooms whose bookings count (their campuses take part too).
    pub rooms: Vec<RoomId>,
    /// A session of the schedule left out of the bookings (the series being placed).
    pub ignore_session: Option<usize>,
}

/// Why a campus cannot take a slot in some week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FailureKind {
    /// Outside the campus's teaching hours (or on a day it does not teach), at the same local
    /// time as in the weeks it holds, or in every week.
    OutsideTeachingHours,
    /// On another local weekday than the anchor's, not a teaching day there.
    OtherLocalWeekday,
    /// On a closure of the campus (its index in [`crate::Campus::closures`]).
    Closure(usize),
    /// Outside the campus's own term.
    OutsideCampusTerm,
    /// Outside teaching hours (or on another weekday) because a daylight-saving switch moved the
    /// slot's local time: the slot holds at this campus in another week at another local time.
    ClockChange,
}

impl FailureKind {
    /// The kebab-case name used by the CLI's JSON.
    pub fn name(self) -> &'static str {
        match self {
            FailureKind::OutsideTeachingHours => "outside-teaching-hours",
            FailureKind::OtherLocalWeekday => "other-local-weekday",
            FailureKind::Closure(_) => "closure",
            FailureKind::OutsideCampusTerm => "outside-campus-term",
            FailureKind::ClockChange => "clock-change",
        }
    }
}

/// A zone's daylight-saving switch (or other change of offset).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Switch {
    /// The zone that switched (the campus's or the anchor's).
    pub zone: Zone,
    /// When.
    pub at: Instant,
    /// Offset before, seconds east of UTC.
    pub offset_before: i32,
    /// Offset after, seconds east of UTC.
    pub offset_after: i32,
    /// Whether the zone keeps daylight-saving (summer) time after the switch.
    pub daylight_saving_after: bool,
}

/// One reason a campus fails a slot, with the weeks it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FailureReason {
    /// Why.
    pub kind: FailureKind,
    /// The anchor's date of the first week failing for this reason.
    pub first: CivilDate,
    /// The slot's local start at the campus that week.
    pub local_start: CivilDateTime,
    /// How many weeks fail for this reason.
    pub weeks: u16,
    /// For [`FailureKind::ClockChange`]: the switches (at the campus or the anchor) between the
    /// nearest week that holds and the first that fails; else empty.
    pub switches: Vec<Switch>,
}

/// A campus that fails a slot in at least one week.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CampusFailure {
    /// The campus, as an index into [`OverlapMap::campuses`].
    pub campus: usize,
    /// Weeks that fail (for any reason).
    pub weeks: u16,
    /// Whether every failing week is a closed one (a closure, or outside the campus's own
    /// term): the slot is inside its teaching hours whenever it teaches, and no start could
    /// avoid a break of a week or more.
    pub holds_when_open: bool,
    /// Why, each reason once, by first failing week.
    pub reasons: Vec<FailureReason>,
}

/// A cohort, lecturer or room that is booked during a slot in at least one week.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BusyFailure {
    /// The resource, as an index into [`OverlapMap::resources`].
    pub resource: usize,
    /// Weeks it is booked.
    pub weeks: u16,
    /// The anchor's date of the first such week.
    pub first: CivilDate,
}

/// One start of the week on the anchor's clock, judged over the term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlotOverlap {
    /// The anchor's weekday.
    pub weekday: Weekday,
    /// The anchor's wall-clock start.
    pub start: CivilTime,
    /// Weeks of the term whose date for this slot is within the term.
    pub weeks: u16,
    /// How many of the campuses are inside their teaching hours in every one of those weeks in
    /// which they teach (closed weeks are listed in `failures` but do not count against it).
    pub holding: u16,
    /// How many hold in every week, closed weeks included.
    pub holding_every_week: u16,
    /// The campuses that fail in some week, in the order of [`OverlapMap::campuses`].
    pub failures: Vec<CampusFailure>,
    /// The resources booked in some week.
    pub busy: Vec<BusyFailure>,
}

impl SlotOverlap {
    /// How many of the campuses `chosen` keeps (by index into [`OverlapMap::campuses`]) hold
    /// as [`SlotOverlap::holding`] counts: a campus toggled off or on is a filter over one map,
    /// not a new one.
    pub fn holding_among(&self, chosen: impl Fn(usize) -> bool, campuses: usize) -> u16 {
        (0..campuses)
            .filter(|&k| chosen(k))
            .filter(|&k| {
                self.failures
                    .iter()
                    .find(|f| f.campus == k)
                    .is_none_or(|f| f.holds_when_open)
            })
            .count() as u16
    }

    /// Whether every campus is inside its teaching hours in every week it teaches, no resource
    /// is booked, and the slot has a week in the term.
    pub fn holds_for_everyone(&self) -> bool {
        self.weeks > 0 && self.busy.is_empty() && self.failures.iter().all(|f| f.holds_when_open)
    }
}

/// The map: one [`SlotOverlap`] per weekday asked for × 96 starts, Monday first, in time order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverlapMap {
    /// The campus whose clock the slots are on.
    pub anchor: CampusId,
    /// Its zone.
    pub zone: Zone,
    /// The campuses judged, anchor first.
    pub campuses: Vec<CampusId>,
    /// The cohorts, lecturers and rooms whose bookings count (indices in the schedule).
    pub resources: Vec<Resource>,
    /// The session length, minutes.
    pub length_minutes: u32,
    /// The Mondays (anchor's calendar) of the term's weeks.
    pub weeks: Vec<CivilDate>,
    /// The slots.
    pub slots: Vec<SlotOverlap>,
}

impl OverlapMap {
    /// The slot at `weekday` and `start` (a multiple of 15 minutes), if the map has it.
    pub fn slot(&self, weekday: Weekday, start: CivilTime) -> Option<&SlotOverlap> {
        self.slots
            .iter()
            .find(|s| s.weekday == weekday && s.start == start)
    }

    /// The slots that hold for every campus in every week it teaches, with nothing booked
    /// ([`SlotOverlap::holds_for_everyone`]).
    pub fn holding_for_everyone(&self) -> impl Iterator<Item = &SlotOverlap> {
        self.slots.iter().filter(|s| s.holds_for_everyone())
    }
}

/// What both the map and a rotation need, resolved once: campuses, clocks, weeks, bookings.
pub(super) struct Prepared<'a> {
    pub(super) schedule: &'a Schedule,
    pub(super) anchor: usize,
    pub(super) zone: Zone,
    /// Indices into `schedule.campuses`, anchor first.
    pub(super) campuses: Vec<usize>,
    pub(super) resources: Vec<Resource>,
    pub(super) length: u32,
    pub(super) weekdays: Vec<Weekday>,
    pub(super) weeks: Vec<CivilDate>,
    clocks: Vec<Clock>,
    /// Clock of each of `campuses`.
    campus_clock: Vec<usize>,
    anchor_clock: usize,
    /// Booked spans per resource, sorted, overlapping ones merged.
    busy: Vec<Vec<(i64, i64)>>,
}

/// One week of a slot: the anchor's date, the instant it starts and the anchor's weekday then.
#[derive(Debug, Clone, Copy)]
pub(super) struct WeekAt {
    pub(super) date: CivilDate,
    pub(super) instant: i64,
    pub(super) host_day: Weekday,
}

fn unknown(path: &str, item: Item, id: &str) -> Error {
    Error::Invalid {
        path: path.to_string(),
        problem: Problem::Unknown {
            item,
            id: id.to_string(),
        },
    }
}

impl<'a> Prepared<'a> {
    pub(super) fn new(schedule: &'a Schedule, request: &OverlapRequest) -> Result<Self, Error> {
        let campus_index = |id: &CampusId, path: &str| {
            schedule
                .campuses
                .iter()
                .position(|c| &c.id == id)
                .ok_or_else(|| unknown(path, Item::Campus, id.as_str()))
        };
        let mut campuses: Vec<usize> = Vec::new();
        let mut add = |c: usize| {
            if !campuses.contains(&c) {
                campuses.push(c);
            }
        };
        if let Some(a) = &request.anchor {
            add(campus_index(a, "anchor")?);
        }
        for id in &request.campuses {
            add(campus_index(id, "campuses")?);
        }
        let mut resources = Vec::new();
        for id in &request.cohorts {
            let k = schedule
                .cohorts
                .iter()
                .position(|c| &c.id == id)
                .ok_or_else(|| unknown("cohorts", Item::Cohort, id.as_str()))?;
            add(campus_index(&schedule.cohorts[k].campus, "cohorts")?);
            resources.push(Resource::Cohort(k));
        }
        for id in &request.lecturers {
            let k = schedule
                .lecturers
                .iter()
                .position(|c| &c.id == id)
                .ok_or_else(|| unknown("lecturers", Item::Lecturer, id.as_str()))?;
            resources.push(Resource::Lecturer(k));
        }
        for id in &request.rooms {
            let k = schedule
                .rooms
                .iter()
                .position(|c| &c.id == id)
                .ok_or_else(|| unknown("rooms", Item::Room, id.as_str()))?;
            add(campus_index(&schedule.rooms[k].campus, "rooms")?);
            resources.push(Resource::Room(k));
        }
        resources.sort();
        resources.dedup();
        if campuses.is_empty() {
            return Err(Error::Invalid {
                path: "campuses".into(),
                problem: Problem::NoCampusChosen,
            });
        }
        if campuses.len() > MAX_CAMPUSES || resources.len() > MAX_CAMPUSES {
            return Err(Error::Invalid {
                path: "campuses".into(),
                problem: Problem::TooManyAtOnce { max: MAX_CAMPUSES },
            });
        }
        if !(5..=MAX_DURATION_MINUTES).contains(&request.length_minutes) {
            return Err(Error::Invalid {
                path: "length_minutes".into(),
                problem: Problem::MapLength,
            });
        }
        let mut weekdays = if request.weekdays.is_empty() {
            Weekday::ALL.to_vec()
        } else {
            request.weekdays.clone()
        };
        weekdays.sort();
        weekdays.dedup();
        let term = schedule.term;
        let edge = |d: Option<CivilDate>| {
            d.and_then(|d| {
                Instant::from_unix_seconds(d.at(CivilTime::MIDNIGHT).0.and_utc().timestamp())
            })
        };
        let (from, to) = match (edge(term.start.add_days(-2)), edge(term.end.add_days(9))) {
            (Some(f), Some(t)) => (f, t),
            _ => return Err(Error::OutOfRange(term.start.to_string())),
        };
        let mut zones: Vec<Zone> = Vec::new();
        let mut clock_of = |z: Zone| match zones.iter().position(|&x| x == z) {
            Some(i) => i,
            None => {
                zones.push(z);
                zones.len() - 1
            }
        };
        let anchor = campuses[0];
        let zone = schedule.campuses[anchor].zone;
        let anchor_clock = clock_of(zone);
        let campus_clock: Vec<usize> = campuses
            .iter()
            .map(|&c| clock_of(schedule.campuses[c].zone))
            .collect();
        let clocks = zones.iter().map(|&z| Clock::new(z, from, to)).collect();
        let busy = if resources.is_empty() {
            Vec::new()
        } else {
            let index = ConflictIndex::new(schedule);
            resources
                .iter()
                .map(|&r| merged(index.booked(r, request.ignore_session)))
                .collect()
        };
        Ok(Prepared {
            schedule,
            anchor,
            zone,
            campuses,
            resources,
            length: request.length_minutes,
            weekdays,
            weeks: term.week_mondays(),
            clocks,
            campus_clock,
            anchor_clock,
            busy,
        })
    }

    /// Week `w` of the slot at `weekday` and `minute` on the anchor's clock, when its date is in
    /// the term.
    pub(super) fn week_at(&self, weekday: Weekday, minute: u32, w: usize) -> Option<WeekAt> {
        let date = self.weeks.get(w)?.add_days(weekday.index() as i64)?;
        if !self.schedule.term.contains(date) {
            return None;
        }
        let clock = &self.clocks[self.anchor_clock];
        let at = clock
            .resolve(date.at(CivilTime::from_minutes_of_day(minute)))
            .ok()?;
        let instant = at.instant.unix_seconds();
        Some(WeekAt {
            date,
            instant,
            host_day: clock.civil(instant).weekday(),
        })
    }

    /// The local start at campus `k` (a position in `campuses`) of an instant.
    pub(super) fn local(&self, k: usize, instant: i64) -> CivilDateTime {
        self.clocks[self.campus_clock[k]].civil(instant)
    }

    /// Whether resource `r` (a position in `resources`) is booked during the session from `t`.
    pub(super) fn busy_at(&self, r: usize, t: i64) -> bool {
        let spans = &self.busy[r];
        let end = t + i64::from(self.length) * 60;
        // The first span ending after t; spans are merged, so it is the only candidate.
        let i = spans.partition_point(|s| s.1 <= t);
        spans.get(i).is_some_and(|s| s.0 < end)
    }

    /// Offset changes of campus `k`'s zone and of the anchor's zone within `(a, b]`.
    fn switches(&self, k: usize, a: i64, b: i64) -> Vec<Switch> {
        let (a, b) = (a.min(b), a.max(b));
        let mut clocks = vec![self.campus_clock[k]];
        if self.anchor_clock != clocks[0] {
            clocks.push(self.anchor_clock);
        }
        let mut out = Vec::new();
        for c in clocks {
            let clock = &self.clocks[c];
            for pair in clock.changes.windows(2) {
                let (t, after) = pair[1];
                if a < t && t <= b {
                    let at = Instant::from_unix_seconds(t);
                    if let Some(at) = at {
                        out.push(Switch {
                            zone: clock.zone,
                            at,
                            offset_before: pair[0].1,
                            offset_after: after,
                            daylight_saving_after: clock.zone.is_daylight_saving(at),
                        });
                    }
                }
            }
        }
        out.sort_by_key(|s| s.at);
        out
    }
}

/// One week of a slot at one campus: why it fails (if it does), the local start, the instant
/// and the anchor's date.
type Seen = (Option<Unfit>, CivilDateTime, i64, CivilDate);

/// Sorted spans with overlapping or touching ones merged.
fn merged(spans: Vec<(i64, i64)>) -> Vec<(i64, i64)> {
    let mut out: Vec<(i64, i64)> = Vec::with_capacity(spans.len());
    for (s, e) in spans {
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

/// The overlap map for `request`: every 15-minute start of the chosen weekdays on the anchor
/// campus's clock, each resolved in every week of the term and judged at every campus by the
/// conflict check's own rule ([`crate::Campus::unfit`]).
///
/// Work is bounded: at most 7 × 96 slots × 200 weeks × [`MAX_CAMPUSES`] campuses, each a
/// table lookup; 20 campuses over 15 weeks is about 200,000 (see DESIGN.md, Measurements).
pub fn overlap_map(schedule: &Schedule, request: &OverlapRequest) -> Result<OverlapMap, Error> {
    let p = Prepared::new(schedule, request)?;
    let n = p.campuses.len();
    let mut slots = Vec::with_capacity(p.weekdays.len() * SLOTS_PER_DAY);
    // Per campus, per week: (why it fails, local start, instant), reused from slot to slot.
    let mut seen: Vec<Vec<Seen>> = vec![Vec::with_capacity(p.weeks.len()); n];
    for &weekday in &p.weekdays {
        for q in 0..SLOTS_PER_DAY as u32 {
            let minute = q * STEP_MINUTES;
            let mut weeks = 0u16;
            let mut busy: Vec<BusyFailure> = Vec::new();
            for s in &mut seen {
                s.clear();
            }
            for w in 0..p.weeks.len() {
                let Some(at) = p.week_at(weekday, minute, w) else {
                    continue;
                };
                weeks += 1;
                for (k, s) in seen.iter_mut().enumerate() {
                    let local = p.local(k, at.instant);
                    let campus = &schedule.campuses[p.campuses[k]];
                    s.push((
                        campus.unfit(local, p.length, at.host_day),
                        local,
                        at.instant,
                        at.date,
                    ));
                }
                for r in 0..p.resources.len() {
                    if p.busy_at(r, at.instant) {
                        match busy.iter_mut().find(|b| b.resource == r) {
                            Some(b) => b.weeks += 1,
                            None => busy.push(BusyFailure {
                                resource: r,
                                weeks: 1,
                                first: at.date,
                            }),
                        }
                    }
                }
            }
            let mut failures = Vec::new();
            for (k, s) in seen.iter().enumerate() {
                if let Some(f) = campus_failure(&p, k, s) {
                    failures.push(f);
                }
            }
            slots.push(SlotOverlap {
                weekday,
                start: CivilTime::from_minutes_of_day(minute),
                weeks,
                holding: (n - failures.iter().filter(|f| !f.holds_when_open).count()) as u16,
                holding_every_week: (n - failures.len()) as u16,
                failures,
                busy,
            });
        }
    }
    Ok(OverlapMap {
        anchor: schedule.campuses[p.anchor].id.clone(),
        zone: p.zone,
        campuses: p
            .campuses
            .iter()
            .map(|&c| schedule.campuses[c].id.clone())
            .collect(),
        resources: p.resources.clone(),
        length_minutes: p.length,
        weeks: p.weeks.clone(),
        slots,
    })
}

/// Campus `k`'s failures over the weeks of one slot, grouped by reason.
fn campus_failure(p: &Prepared, k: usize, weeks: &[Seen]) -> Option<CampusFailure> {
    let failing = weeks.iter().filter(|x| x.0.is_some()).count();
    if failing == 0 {
        return None;
    }
    let mut reasons: Vec<FailureReason> = Vec::new();
    let mut at: HashMap<FailureKind, usize> = HashMap::new();
    for (w, &(unfit, local, instant, date)) in weeks.iter().enumerate() {
        let Some(unfit) = unfit else { continue };
        let mut kind = match unfit {
            Unfit::Closure(x) => FailureKind::Closure(x),
            Unfit::OutsideCampusTerm => FailureKind::OutsideCampusTerm,
            Unfit::OtherLocalWeekday => FailureKind::OtherLocalWeekday,
            Unfit::OutsideTeachingHours => FailureKind::OutsideTeachingHours,
        };
        // A week that holds at another local time: the clock change is why this one fails.
        let holds_elsewhere = |x: &Seen| x.0.is_none() && x.1.time() != local.time();
        let mut nearest = None;
        if matches!(
            kind,
            FailureKind::OutsideTeachingHours | FailureKind::OtherLocalWeekday
        ) {
            nearest = (0..weeks.len())
                .filter(|&v| holds_elsewhere(&weeks[v]))
                .min_by_key(|&v| (v as i64 - w as i64).abs());
            if nearest.is_some() {
                kind = FailureKind::ClockChange;
            }
        }
        match at.get(&kind) {
            Some(&i) => reasons[i].weeks += 1,
            None => {
                let switches =
                    nearest.map_or_else(Vec::new, |v| p.switches(k, weeks[v].2, instant));
                at.insert(kind, reasons.len());
                reasons.push(FailureReason {
                    kind,
                    first: date,
                    local_start: local,
                    weeks: 1,
                    switches,
                });
            }
        }
    }
    Some(CampusFailure {
        campus: k,
        weeks: failing as u16,
        holds_when_open: reasons.iter().all(|r| {
            matches!(
                r.kind,
                FailureKind::Closure(_) | FailureKind::OutsideCampusTerm
            )
        }),
        reasons,
    })
}
