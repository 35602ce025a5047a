//! Rotations: when no slot holds for everyone, two or three weekly slots taken in turn (week 1
//! the first, week 2 the second, …) so that the inconvenient sessions are shared as evenly as
//! the campuses' hours allow.
//!
//! Fairness: minimise the largest burden any one campus has over the term, then the total over
//! all campuses, then the minutes outside 08:00–20:00, then the number of slots (one slot is
//! simpler than a rotation). A campus's burden is its inconvenient sessions in points: a session
//! in the local night (before 06:00 or ending after 23:00) costs [`NIGHT_POINTS`], any other
//! inconvenient one 1, so that a rotation does not buy an even tally with a 01:00 lecture. The search is exact (branch and bound over every ordered choice of slots) up to
//! [`MAX_ROTATION_TUPLES`] choices; past that the best found so far is returned, marked.

use super::map::{OverlapRequest, Prepared};
use super::{SLOTS_PER_DAY, STEP_MINUTES};
use crate::schedule::{Campus, CampusId, Unfit};
use crate::time::{CivilDate, CivilDateTime, CivilTime, Weekday};
use crate::zone::Zone;
use crate::Error;
use std::collections::HashMap;

/// A local start before this minute of the day is in the night (06:00).
pub const NIGHT_BEFORE_MINUTE: u32 = 6 * 60;
/// A local end after this minute of the day is in the night (23:00).
pub const NIGHT_AFTER_MINUTE: u32 = 23 * 60;
/// What a session in the local night costs a campus, against 1 for any other inconvenient
/// session: three early mornings are as bad as one night.
pub const NIGHT_POINTS: u16 = 3;
/// A local start before this minute of the day is early (08:00).
pub const EARLY_BEFORE_MINUTE: u32 = 8 * 60;
/// A local end after this minute of the day is late (20:00).
pub const LATE_AFTER_MINUTE: u32 = 20 * 60;
/// Most slots a rotation takes in turn.
pub const MAX_ROTATION_SLOTS: usize = 3;
/// Most ordered choices of slots the search compares before it stops with the best so far.
pub const MAX_ROTATION_TUPLES: u64 = 5_000_000;

/// Why a session is inconvenient for a campus: one kind per session, the first that applies in
/// this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Burden {
    /// The local start is before 06:00 ([`NIGHT_BEFORE_MINUTE`]) or the local end after 23:00
    /// ([`NIGHT_AFTER_MINUTE`]) or on the next local day.
    Night,
    /// The local start is on a Saturday or Sunday.
    Weekend,
    /// The local start is before 08:00 ([`EARLY_BEFORE_MINUTE`]).
    Early,
    /// The local end is after 20:00 ([`LATE_AFTER_MINUTE`]) or on the next local day.
    Late,
    /// Otherwise outside the campus's teaching hours (or another local weekday it does not
    /// teach), by the conflict check's rule.
    OutsideHours,
}

impl Burden {
    /// Every kind, in the order of precedence.
    pub const ALL: [Burden; 5] = [
        Burden::Night,
        Burden::Weekend,
        Burden::Early,
        Burden::Late,
        Burden::OutsideHours,
    ];

    /// What a session of this kind costs its campus in the fairness measure.
    pub fn points(self) -> u16 {
        match self {
            Burden::Night => NIGHT_POINTS,
            _ => 1,
        }
    }

    /// The kebab-case name used by the CLI's JSON.
    pub fn name(self) -> &'static str {
        match self {
            Burden::Night => "night",
            Burden::Weekend => "weekend",
            Burden::Early => "early",
            Burden::Late => "late",
            Burden::OutsideHours => "outside-hours",
        }
    }
}

/// How inconvenient a session starting at `local` (the campus's clock) and lasting `minutes`
/// is for `campus` when the anchor's weekday is `host_day`; `None` when it is not, and on a
/// day the campus is closed (a closure or outside its own term): nobody there attends, the
/// conflict check reports the session, and the hour is no one's burden.
pub fn burden(
    campus: &Campus,
    local: CivilDateTime,
    minutes: u32,
    host_day: Weekday,
) -> Option<Burden> {
    let unfit = campus.unfit(local, minutes, host_day);
    if matches!(unfit, Some(Unfit::Closure(_) | Unfit::OutsideCampusTerm)) {
        return None;
    }
    let start = local.time().minutes_of_day();
    if start < NIGHT_BEFORE_MINUTE || start.saturating_add(minutes) > NIGHT_AFTER_MINUTE {
        return Some(Burden::Night);
    }
    if matches!(local.weekday(), Weekday::Sat | Weekday::Sun) {
        return Some(Burden::Weekend);
    }
    if start < EARLY_BEFORE_MINUTE {
        return Some(Burden::Early);
    }
    if start.saturating_add(minutes) > LATE_AFTER_MINUTE {
        return Some(Burden::Late);
    }
    unfit.map(|_| Burden::OutsideHours)
}

/// One slot of a rotation, on the anchor's clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RotationSlot {
    /// The anchor's weekday.
    pub weekday: Weekday,
    /// The anchor's wall-clock start.
    pub start: CivilTime,
}

/// One week of the term and the slot it takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RotationWeek {
    /// The week's Monday (anchor's calendar).
    pub monday: CivilDate,
    /// Index into [`Rotation::slots`].
    pub slot: usize,
    /// The session's date on the anchor's clock.
    pub date: CivilDate,
}

/// One campus's inconvenient sessions over the term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    /// The campus.
    pub campus: CampusId,
    /// How many of each kind, in the order of [`Burden::ALL`].
    pub counts: [u16; 5],
    /// Their sum.
    pub total: u16,
    /// Their cost in the fairness measure ([`Burden::points`]).
    pub points: u16,
}

impl Tally {
    /// How many sessions of `kind`.
    pub fn count(&self, kind: Burden) -> u16 {
        Burden::ALL
            .iter()
            .position(|&k| k == kind)
            .map_or(0, |i| self.counts[i])
    }
}

/// A proposed rotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rotation {
    /// The campus whose clock the slots are on.
    pub anchor: CampusId,
    /// Its zone.
    pub zone: Zone,
    /// The session length, minutes.
    pub length_minutes: u32,
    /// The slots taken in turn (one when a single slot is fairest).
    pub slots: Vec<RotationSlot>,
    /// Every week of the term and its slot: week `i` takes slot `i mod slots.len()`.
    pub weeks: Vec<RotationWeek>,
    /// Per campus (anchor first), the inconvenient sessions by kind.
    pub tallies: Vec<Tally>,
    /// The largest campus's points ([`Tally::points`]).
    pub largest: u16,
    /// The sum of all campuses' points.
    pub total: u16,
    /// Whether every choice was compared (false: the search stopped at
    /// [`MAX_ROTATION_TUPLES`] with the best so far).
    pub exhaustive: bool,
    /// How many (partial) choices of slots the search compared: its work.
    pub compared: u64,
}

/// Per candidate slot: its weekday and minute, and per week and campus the burden.
struct Candidate {
    weekday: Weekday,
    minute: u32,
    /// `[week][campus]`: the burden and the session's minutes outside 08:00–20:00 local.
    burden: Vec<Vec<(Option<Burden>, u16)>>,
    dates: Vec<CivilDate>,
}

/// The fairest rotation of up to `max_slots` (1 to [`MAX_ROTATION_SLOTS`]) weekly slots for
/// `request`, or `None` when no slot has a date in the term in every week and nothing booked.
///
/// Candidates are the map's slots (every 15 minutes of the chosen weekdays on the anchor's
/// clock) whose date lies in the term in every week and during which no chosen cohort,
/// lecturer or room is booked. Week `i` of the term takes slot `i mod k`, so each slot is a
/// series every k weeks. The result minimises, in order: the largest campus's burden in points
/// ([`burden`], [`Burden::points`]), the total, the minutes outside 08:00–20:00, and the number
/// of slots.
pub fn propose_rotation(
    schedule: &crate::Schedule,
    request: &OverlapRequest,
    max_slots: usize,
) -> Result<Option<Rotation>, Error> {
    let p = Prepared::new(schedule, request)?;
    let max_slots = max_slots.clamp(1, MAX_ROTATION_SLOTS);
    let n = p.campuses.len();
    let nweeks = p.weeks.len();
    let mut candidates: Vec<Candidate> = Vec::new();
    for &weekday in &p.weekdays {
        'slot: for q in 0..SLOTS_PER_DAY as u32 {
            let minute = q * STEP_MINUTES;
            let mut burden_weeks = Vec::with_capacity(nweeks);
            let mut dates = Vec::with_capacity(nweeks);
            for w in 0..nweeks {
                let Some(at) = p.week_at(weekday, minute, w) else {
                    continue 'slot;
                };
                if (0..p.resources.len()).any(|r| p.busy_at(r, at.instant)) {
                    continue 'slot;
                }
                burden_weeks.push(
                    (0..n)
                        .map(|k| {
                            let campus = &schedule.campuses[p.campuses[k]];
                            let local = p.local(k, at.instant);
                            match burden(campus, local, p.length, at.host_day) {
                                None => (None, 0),
                                b => (b, minutes_outside_day(local, p.length)),
                            }
                        })
                        .collect(),
                );
                dates.push(at.date);
            }
            if nweeks > 0 {
                candidates.push(Candidate {
                    weekday,
                    minute,
                    burden: burden_weeks,
                    dates,
                });
            }
        }
    }
    if candidates.is_empty() {
        return Ok(None);
    }
    let mut search = Search {
        n,
        best: None,
        tuples: 0,
        exhaustive: true,
    };
    for k in 1..=max_slots.min(nweeks) {
        search.run(&candidates, k, nweeks);
    }
    let Some(Best { slots: chosen, .. }) = search.best else {
        return Ok(None);
    };
    let k = chosen.len();
    let slots = chosen
        .iter()
        .map(|&s| RotationSlot {
            weekday: candidates[s].weekday,
            start: CivilTime::from_minutes_of_day(candidates[s].minute),
        })
        .collect();
    let weeks = (0..nweeks)
        .map(|w| RotationWeek {
            monday: p.weeks[w],
            slot: w % k,
            date: candidates[chosen[w % k]].dates[w],
        })
        .collect();
    let mut tallies: Vec<Tally> = p
        .campuses
        .iter()
        .map(|&c| Tally {
            campus: schedule.campuses[c].id.clone(),
            counts: [0; 5],
            total: 0,
            points: 0,
        })
        .collect();
    for w in 0..nweeks {
        for (t, b) in tallies.iter_mut().zip(&candidates[chosen[w % k]].burden[w]) {
            if let (Some(b), _) = b {
                if let Some(i) = Burden::ALL.iter().position(|x| x == b) {
                    t.counts[i] += 1;
                    t.total += 1;
                    t.points += b.points();
                }
            }
        }
    }
    Ok(Some(Rotation {
        anchor: schedule.campuses[p.anchor].id.clone(),
        zone: p.zone,
        length_minutes: p.length,
        slots,
        weeks,
        largest: tallies.iter().map(|t| t.points).max().unwrap_or(0),
        total: tallies.iter().map(|t| t.points).sum(),
        tallies,
        exhaustive: search.exhaustive,
        compared: search.tuples,
    }))
}

/// Minutes of a session from `local` lasting `minutes` outside 08:00–20:00 of its first local
/// day (all of it past that day's midnight counts), at most a week's.
fn minutes_outside_day(local: CivilDateTime, minutes: u32) -> u16 {
    let start = local.time().minutes_of_day();
    let end = start.saturating_add(minutes);
    let inside = end
        .min(LATE_AFTER_MINUTE)
        .saturating_sub(start.max(EARLY_BEFORE_MINUTE));
    (minutes - inside).min(u32::from(u16::MAX)) as u16
}

/// The best choice so far and what it costs.
struct Best {
    largest: u16,
    total: u16,
    outside: u64,
    slots: Vec<usize>,
}

/// One class of interchangeable slots: its slots, earliest first (a choice may take a class as
/// many times as it has slots, each time another of them), and for each residue j and campus c
/// (`j * n + c`) the inconvenient sessions and their minutes outside 08:00–20:00.
struct Class {
    slots: Vec<usize>,
    count: Vec<u16>,
    outside: Vec<u32>,
}

/// Branch and bound over ordered choices of k slots; keeps the best `(largest, total,
/// outside minutes)`, fewer slots on a tie (k grows from 1).
struct Search {
    n: usize,
    best: Option<Best>,
    tuples: u64,
    exhaustive: bool,
}

impl Search {
    fn better(&self, largest: u16, total: u16, outside: u64) -> bool {
        self.best
            .as_ref()
            .is_none_or(|b| (largest, total, outside) < (b.largest, b.total, b.outside))
    }

    /// Tries every ordered choice of `k` distinct slot classes; slot `j` takes the weeks
    /// `w ≡ j (mod k)`.
    fn run(&mut self, candidates: &[Candidate], k: usize, nweeks: usize) {
        let n = self.n;
        let mut classes: Vec<Class> = Vec::new();
        let mut seen: HashMap<(Vec<u16>, Vec<u32>), usize> = HashMap::new();
        for (s, cand) in candidates.iter().enumerate() {
            let mut count = vec![0u16; k * n];
            let mut outside = vec![0u32; k * n];
            for w in 0..nweeks {
                for (c, &(b, m)) in cand.burden[w].iter().enumerate() {
                    if let Some(b) = b {
                        count[(w % k) * n + c] += b.points();
                        outside[(w % k) * n + c] += u32::from(m);
                    }
                }
            }
            // Slots with the same figures are interchangeable: one class holds them all, and a
            // choice may take it once per slot (two equal slots with a third differ from one).
            match seen.entry((count.clone(), outside.clone())) {
                std::collections::hash_map::Entry::Occupied(e) => classes[*e.get()].slots.push(s),
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert(classes.len());
                    classes.push(Class {
                        slots: vec![s],
                        count,
                        outside,
                    });
                }
            }
        }
        if classes.iter().map(|c| c.slots.len()).sum::<usize>() < k {
            return;
        }
        // The least each campus can get from residue j: a lower bound for what is left.
        let mut least = vec![u16::MAX; k * n];
        let mut least_outside = vec![u32::MAX; k * n];
        for x in &classes {
            for i in 0..k * n {
                least[i] = least[i].min(x.count[i]);
                least_outside[i] = least_outside[i].min(x.outside[i]);
            }
        }
        // rest[j]: the least outside minutes residues j.. can add.
        let mut rest = vec![0u64; k + 1];
        for j in (0..k).rev() {
            rest[j] = rest[j + 1]
                + least_outside[j * n..(j + 1) * n]
                    .iter()
                    .map(|&m| u64::from(m))
                    .sum::<u64>();
        }
        let mut chosen = Vec::with_capacity(k);
        let mut sum = vec![0u16; n];
        self.descend(&classes, &least, &rest, k, &mut chosen, &mut sum, 0);
    }

    #[allow(clippy::too_many_arguments)]
    fn descend(
        &mut self,
        classes: &[Class],
        least: &[u16],
        rest: &[u64],
        k: usize,
        chosen: &mut Vec<usize>,
        sum: &mut [u16],
        outside: u64,
    ) {
        let n = self.n;
        let j = chosen.len();
        if j == k {
            let largest = sum.iter().copied().max().unwrap_or(0);
            let total = sum.iter().sum();
            if self.better(largest, total, outside) {
                self.best = Some(Best {
                    largest,
                    total,
                    outside,
                    // The i-th time a class is taken, its i-th slot.
                    slots: chosen
                        .iter()
                        .enumerate()
                        .map(|(i, &x)| {
                            let before = chosen[..i].iter().filter(|&&y| y == x).count();
                            classes[x].slots[before]
                        })
                        .collect(),
                });
            }
            return;
        }
        for (x, class) in classes.iter().enumerate() {
            if chosen.iter().filter(|&&y| y == x).count() >= class.slots.len() {
                continue;
            }
            if self.tuples >= MAX_ROTATION_TUPLES {
                self.exhaustive = false;
                return;
            }
            self.tuples += 1;
            // What this choice gives, plus the least the remaining residues can add.
            let (mut largest, mut total) = (0u16, 0u16);
            let here = &class.count[j * n..(j + 1) * n];
            for c in 0..n {
                let mut bound = sum[c] + here[c];
                for r in j + 1..k {
                    bound += least[r * n + c];
                }
                largest = largest.max(bound);
                total += bound;
            }
            let minutes: u64 = class.outside[j * n..(j + 1) * n]
                .iter()
                .map(|&m| u64::from(m))
                .sum();
            if !self.better(largest, total, outside + minutes + rest[j + 1]) {
                continue;
            }
            for c in 0..n {
                sum[c] += here[c];
            }
            chosen.push(x);
            self.descend(classes, least, rest, k, chosen, sum, outside + minutes);
            chosen.pop();
            for c in 0..n {
                sum[c] -= here[c];
            }
        }
    }
}
