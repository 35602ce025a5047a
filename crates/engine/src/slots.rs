//! Finding a time: start times for one session, each checked by the conflict engine against the
//! rest of the schedule, the best first.
//!
//! A coordinator placing a joint lecture for Auckland, Berlin and Santiago wants to know which
//! hours of the week keep every cohort inside its teaching hours, on its own teaching day and
//! free. [`suggest_times`] tries every step of the session's week (the days its host teaches, in
//! the session's own wall-clock time, 06:00 to 22:00 by default, and its present time of day on
//! each of them), moves the whole series there, re-checks only that session through
//! [`ConflictIndex::session_changed`], and ranks the candidates by what they would cause: errors
//! first, then warnings, then notes, then how far from where the session is now (the same time
//! on another day before a time hours away). The counts are exactly what the conflicts list
//! would show after the move (a test checks each against a full [`crate::check`]).

use crate::conflict::{Conflict, ConflictIndex, Severity};
use crate::schedule::{OccurrenceChange, Schedule, Session};
use crate::time::{CivilDate, CivilDateTime, CivilTime, Instant, Weekday};
use crate::zone::Disambiguation;
use crate::Error;

/// Where and how finely [`suggest_times`] looks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlotSearch {
    /// Minutes between two candidate starts (at least 5).
    pub step_minutes: u32,
    /// The earliest start tried, on the session's wall clock.
    pub earliest: CivilTime,
    /// The latest end allowed, in minutes after midnight on the session's wall clock (up to
    /// 1440).
    pub latest_end_minute: u32,
    /// How many suggestions to return at most.
    pub limit: usize,
    /// At most this many suggestions on one day, so that the list offers different days.
    pub per_day: usize,
}

impl Default for SlotSearch {
    /// Every half hour from 06:00 to a 22:00 end, five suggestions, two a day at most.
    fn default() -> Self {
        SlotSearch {
            step_minutes: 30,
            earliest: CivilTime::from_minutes_of_day(6 * 60),
            latest_end_minute: 22 * 60,
            limit: 5,
            per_day: 2,
        }
    }
}

/// One start time and what moving the session there would cause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    /// The new first start on the session's own wall clock (its host's, or the zone it is
    /// fixed in), as the session form shows it.
    pub start: CivilDateTime,
    /// The same start on the UTC line.
    pub instant: Instant,
    /// Errors the session would take part in (double bookings, closures, busy time).
    pub errors: usize,
    /// Warnings (outside teaching hours, another local weekday, short breaks…).
    pub warnings: usize,
    /// Notes (daylight-saving drift).
    pub notes: usize,
    /// The most serious of those conflicts in words, if any.
    pub first_problem: Option<String>,
}

impl Suggestion {
    /// "no conflicts", "1 warning", "2 errors, 1 warning".
    pub fn summary(&self) -> String {
        let part = |n: usize, one: &str, many: &str| match n {
            0 => None,
            1 => Some(format!("1 {one}")),
            n => Some(format!("{n} {many}")),
        };
        let parts: Vec<String> = [
            part(self.errors, "error", "errors"),
            part(self.warnings, "warning", "warnings"),
        ]
        .into_iter()
        .flatten()
        .collect();
        if parts.is_empty() {
            "no conflicts".to_string()
        } else {
            parts.join(", ")
        }
    }

    fn rank(&self) -> (usize, usize, usize) {
        (self.errors, self.warnings, self.notes)
    }
}

/// What [`suggest_times`] found: the session where it is now, and the best other starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestions {
    /// The session at its current start, for comparison.
    pub now: Suggestion,
    /// Better or equal starts, best first (never the current one).
    pub better: Vec<Suggestion>,
}

/// Start times for `session` in the week of its first start, best first. `index` is its place
/// in `schedule` when it is already there (it is then replaced), `None` for a new session. A
/// weekly series moves as a whole: its first date moves to the candidate day (a series on one
/// named weekday follows it; one on several weekdays only changes its time of day), and its
/// skipped and changed dates move with it. Candidates outside the schedule's term are left out.
/// Fails only when the session's own start cannot be placed on its zone's clock.
pub fn suggest_times(
    schedule: &Schedule,
    index: Option<usize>,
    session: &Session,
    search: &SlotSearch,
) -> Result<Suggestions, Error> {
    let mut trial = schedule.clone();
    let i = match index.filter(|&i| i < trial.sessions.len()) {
        Some(i) => {
            trial.sessions[i] = session.clone();
            i
        }
        None => {
            trial.sessions.push(session.clone());
            trial.sessions.len() - 1
        }
    };
    let several_days = session
        .repeat
        .as_ref()
        .is_some_and(|r| r.weekdays.len() > 1);
    let core = Core {
        session: session.clone(),
        i,
        now: session.start,
        length: session.duration_minutes,
        only_first_day: several_days,
    };
    core.run(trial, search, |_| true, |start| moved(session, start))
}

/// Start times for one week of a series ("this week only"): the occurrence the series has on
/// `date` (its date in the series) tried at every step of that week, with its length and rooms
/// as they stand, the rest of the series left where it is. Each suggestion counts only the
/// conflicts that week takes part in. Fails when the session or the occurrence is not there.
pub fn suggest_week_times(
    schedule: &Schedule,
    index: usize,
    date: CivilDate,
    search: &SlotSearch,
) -> Result<Suggestions, Error> {
    let session = schedule.session_at(index)?.clone();
    if !crate::occurrence::session_dates(&session, &schedule.term).contains(&date) {
        return Err(Error::Invalid {
            path: format!("sessions[{index}]"),
            message: format!("“{}” has no occurrence on {date}", session.title),
        });
    }
    let change = session.change_on(date).cloned();
    let now = change
        .as_ref()
        .and_then(|c| c.start)
        .unwrap_or(date.at(session.start.time()));
    let length = change
        .as_ref()
        .and_then(|c| c.duration_minutes)
        .unwrap_or(session.duration_minutes);
    let core = Core {
        session: session.clone(),
        i: index,
        now,
        length,
        only_first_day: false,
    };
    let this_week = move |c: &Conflict| {
        c.occurrences
            .iter()
            .any(|o| o.session == index && o.date == date)
    };
    let place = |start: CivilDateTime| {
        let mut x = session.clone();
        let mut c = change.clone().unwrap_or(OccurrenceChange {
            date,
            start: None,
            duration_minutes: None,
            rooms: None,
        });
        c.start = Some(start);
        x.changes.retain(|c| c.date != date);
        x.changes.push(c);
        x.changes.sort_by_key(|c| c.date);
        Some(x)
    };
    core.run(schedule.clone(), search, this_week, place)
}

/// What both searches share: where the session is, how long it lasts, and which days it may
/// go to.
struct Core {
    session: Session,
    i: usize,
    /// Its start now, on its own clock.
    now: CivilDateTime,
    length: u32,
    /// Only other times of the day it starts on (a series on several weekdays).
    only_first_day: bool,
}

impl Core {
    /// Tries every candidate in `trial` (which holds the session at `i`): `place` puts the
    /// session at a start (`None` when it cannot go there), `counted` says which of its conflicts count.
    fn run(
        &self,
        mut trial: Schedule,
        search: &SlotSearch,
        counted: impl Fn(&Conflict) -> bool,
        place: impl Fn(CivilDateTime) -> Option<Session>,
    ) -> Result<Suggestions, Error> {
        let i = self.i;
        let zone = trial.anchor_zone(&self.session);
        let mut conflicts = ConflictIndex::new(&trial);
        let judge = |conflicts: &ConflictIndex, trial: &Schedule, start: CivilDateTime, instant| {
            let found: Vec<Conflict> = conflicts
                .conflicts_of(trial, i)
                .into_iter()
                .filter(|c| counted(c))
                .collect();
            let count = |s: Severity| found.iter().filter(|c| c.severity == s).count();
            Suggestion {
                start,
                instant,
                errors: count(Severity::Error),
                warnings: count(Severity::Warning),
                notes: count(Severity::Info),
                first_problem: found
                    .iter()
                    .min_by_key(|c| c.severity)
                    .map(|c| c.message.clone()),
            }
        };
        let instant = |start| {
            zone.resolve(start, Disambiguation::Compatible)
                .map(|r| r.instant)
        };
        let now = judge(&conflicts, &trial, self.now, instant(self.now)?);
        let first = self.now.date();
        let teaching_days: Vec<Weekday> = trial
            .campus(&self.session.host)
            .map(|c| c.teaching_hours.keys().copied().collect::<Vec<_>>())
            .filter(|d| !d.is_empty())
            .unwrap_or_else(|| Weekday::ALL[..5].to_vec());
        // Every step from the earliest start, and its own time of day on every day.
        let last = search.latest_end_minute.min(1440);
        let fits = |m: &u32| m + self.length <= last;
        let mut minutes: Vec<u32> = (search.earliest.minutes_of_day()..)
            .step_by(search.step_minutes.max(5) as usize)
            .take_while(fits)
            .chain(Some(self.now.time().minutes_of_day()).filter(fits))
            .collect();
        minutes.sort_unstable();
        minutes.dedup();
        let mut found: Vec<Suggestion> = Vec::new();
        for offset in 0..7 {
            let Some(day) = first.monday().add_days(offset) else {
                continue;
            };
            let allowed = if self.only_first_day {
                day == first
            } else {
                teaching_days.contains(&day.weekday())
            };
            if !allowed || day < trial.term.start || day > trial.term.end {
                continue;
            }
            for &minute in &minutes {
                let start = day.at(CivilTime::from_minutes_of_day(minute));
                let Ok(at) = instant(start) else { continue };
                if start == self.now {
                    continue;
                }
                let Some(placed) = place(start) else { continue };
                trial.sessions[i] = placed;
                conflicts.session_changed(&trial, i);
                found.push(judge(&conflicts, &trial, start, at));
            }
        }
        // How far from where the session is now, on its own clock: minutes of the day apart,
        // and a day apart counts as two hours (the same time on another day comes before a
        // time three hours off).
        let distance = |s: &Suggestion| {
            let minutes = |t: CivilDateTime| i64::from(t.time().minutes_of_day());
            (minutes(s.start) - minutes(self.now)).abs()
                + 120 * first.days_until(s.start.date()).abs()
        };
        found.sort_by_key(|s| (s.rank(), distance(s), s.instant.unix_seconds()));
        let mut better: Vec<Suggestion> = Vec::new();
        for s in found {
            if better.len() >= search.limit || s.rank() > now.rank() {
                break;
            }
            let same_day = better
                .iter()
                .filter(|b| b.start.date() == s.start.date())
                .count();
            if same_day < search.per_day.max(1) {
                better.push(s);
            }
        }
        Ok(Suggestions { now, better })
    }
}

/// The session with its first start at `start` and every other occurrence moved by as much
/// ([`Session::moved_by`]); `None` when the series cannot say that move.
pub fn moved(session: &Session, start: CivilDateTime) -> Option<Session> {
    session.moved_by(session.start.minutes_until(start)).ok()
}
