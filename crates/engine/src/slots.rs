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

use crate::conflict::{Checking, Conflict, ConflictIndex, Progress, Severity};
use crate::holidays::PublicHolidays;
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
    /// The most serious of those conflicts, if any.
    pub first_problem: Option<Box<Conflict>>,
}

impl Suggestion {
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
/// ([`Searching::times`] is the same search in steps.)
pub fn suggest_times(
    schedule: &Schedule,
    index: Option<usize>,
    session: &Session,
    search: &SlotSearch,
) -> Result<Suggestions, Error> {
    Ok(Searching::times(schedule, index, session, search)?.finish())
}

/// [`suggest_times`] with each campus's public holidays from `holidays` closing it, as typed
/// closures do.
pub fn suggest_times_with_holidays(
    schedule: &Schedule,
    index: Option<usize>,
    session: &Session,
    search: &SlotSearch,
    holidays: &PublicHolidays,
) -> Result<Suggestions, Error> {
    Ok(Searching::times_with_holidays(schedule, index, session, search, holidays)?.finish())
}

/// [`suggest_week_times`] with each campus's public holidays from `holidays` closing it: the
/// search for a week that falls on a partner's holiday.
pub fn suggest_week_times_with_holidays(
    schedule: &Schedule,
    index: usize,
    date: CivilDate,
    search: &SlotSearch,
    holidays: &PublicHolidays,
) -> Result<Suggestions, Error> {
    Ok(Searching::week_times_with_holidays(schedule, index, date, search, holidays)?.finish())
}

/// Start times for one week of a series ("this week only"): the occurrence the series has on
/// `date` (its date in the series) tried at every step of that week, with its length and rooms
/// as they stand, the rest of the series left where it is. Each suggestion counts only the
/// conflicts that week takes part in. Fails when the session or the occurrence is not there.
/// ([`Searching::week_times`] is the same search in steps.)
pub fn suggest_week_times(
    schedule: &Schedule,
    index: usize,
    date: CivilDate,
    search: &SlotSearch,
) -> Result<Suggestions, Error> {
    Ok(Searching::week_times(schedule, index, date, search)?.finish())
}

/// What is moved to each candidate start.
#[derive(Debug, Clone)]
enum Placing {
    /// The whole series ([`moved`]).
    Series,
    /// One week of it, the occurrence on `date` (with the change it has there, if any); only
    /// conflicts that week takes part in count.
    Week {
        date: CivilDate,
        change: Option<OccurrenceChange>,
    },
}

/// Where a search stands.
#[derive(Debug, Clone)]
enum Stage {
    /// Checking the schedule with the session where it is now.
    Checking(Box<Checking>),
    /// Trying candidate `next` against the index.
    Trying {
        conflicts: Box<ConflictIndex>,
        now: Suggestion,
        next: usize,
    },
    Done(Suggestions),
    /// Only while `step` moves from one stage to the next.
    Between,
}

/// A search for start times under way, in steps (one unit is a step of the conflict check, or
/// one candidate start tried), so that the app can search a large schedule a slice at a time and
/// show how far it got. [`suggest_times`] and [`suggest_week_times`] run it to the end; the
/// result does not depend on the sizes of the steps.
#[derive(Debug, Clone)]
pub struct Searching {
    session: Session,
    /// Its place in `trial`.
    i: usize,
    /// Its start now, on its own clock, and on the UTC line.
    now: CivilDateTime,
    now_instant: Instant,
    placing: Placing,
    search: SlotSearch,
    /// The schedule with the session at `i`, moved to each candidate in turn.
    trial: Schedule,
    /// The starts to try, with their instants.
    candidates: Vec<(CivilDateTime, Instant)>,
    found: Vec<Suggestion>,
    stage: Stage,
    /// Units of the check before the candidates.
    check_units: usize,
    /// The public holidays the check closes campuses on.
    holidays: PublicHolidays,
}

impl Searching {
    /// Starts the search [`suggest_times`] does.
    pub fn times(
        schedule: &Schedule,
        index: Option<usize>,
        session: &Session,
        search: &SlotSearch,
    ) -> Result<Searching, Error> {
        Searching::times_with_holidays(schedule, index, session, search, &PublicHolidays::none())
    }

    /// Starts the search [`suggest_times_with_holidays`] does.
    pub fn times_with_holidays(
        schedule: &Schedule,
        index: Option<usize>,
        session: &Session,
        search: &SlotSearch,
        holidays: &PublicHolidays,
    ) -> Result<Searching, Error> {
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
        Searching::start(
            trial,
            session.clone(),
            i,
            session.start,
            session.duration_minutes,
            several_days,
            Placing::Series,
            search,
            holidays,
        )
    }

    /// Starts the search [`suggest_week_times`] does.
    pub fn week_times(
        schedule: &Schedule,
        index: usize,
        date: CivilDate,
        search: &SlotSearch,
    ) -> Result<Searching, Error> {
        Searching::week_times_with_holidays(schedule, index, date, search, &PublicHolidays::none())
    }

    /// Starts the search [`suggest_week_times_with_holidays`] does.
    pub fn week_times_with_holidays(
        schedule: &Schedule,
        index: usize,
        date: CivilDate,
        search: &SlotSearch,
        holidays: &PublicHolidays,
    ) -> Result<Searching, Error> {
        let session = schedule.session_at(index)?.clone();
        if !crate::occurrence::session_dates(&session, &schedule.term).contains(&date) {
            return Err(Error::Invalid {
                path: format!("sessions[{index}]"),
                problem: crate::Problem::NoOccurrence {
                    title: session.title.clone(),
                    date,
                    action: crate::OccurrenceAction::Find,
                },
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
        Searching::start(
            schedule.clone(),
            session,
            index,
            now,
            length,
            false,
            Placing::Week { date, change },
            search,
            holidays,
        )
    }

    /// The candidates: every step from the earliest start, and its own time of day, on every
    /// allowed day of the week of `now` inside the term.
    #[allow(clippy::too_many_arguments)]
    fn start(
        trial: Schedule,
        session: Session,
        i: usize,
        now: CivilDateTime,
        length: u32,
        only_first_day: bool,
        placing: Placing,
        search: &SlotSearch,
        holidays: &PublicHolidays,
    ) -> Result<Searching, Error> {
        let zone = trial.anchor_zone(&session);
        let instant = |start| {
            zone.resolve(start, Disambiguation::Compatible)
                .map(|r| r.instant)
        };
        // The session's own start must be placeable, or there is nothing to compare with.
        let now_instant = instant(now)?;
        let first = now.date();
        let teaching_days: Vec<Weekday> = trial
            .campus(&session.host)
            .map(|c| c.teaching_hours.keys().copied().collect::<Vec<_>>())
            .filter(|d| !d.is_empty())
            .unwrap_or_else(|| Weekday::ALL[..5].to_vec());
        let last = search.latest_end_minute.min(1440);
        let fits = |m: &u32| m + length <= last;
        let mut minutes: Vec<u32> = (search.earliest.minutes_of_day()..)
            .step_by(search.step_minutes.max(5) as usize)
            .take_while(fits)
            .chain(Some(now.time().minutes_of_day()).filter(fits))
            .collect();
        minutes.sort_unstable();
        minutes.dedup();
        let mut candidates = Vec::new();
        for offset in 0..7 {
            let Some(day) = first.monday().add_days(offset) else {
                continue;
            };
            let allowed = if only_first_day {
                day == first
            } else {
                teaching_days.contains(&day.weekday())
            };
            if !allowed || day < trial.term.start || day > trial.term.end {
                continue;
            }
            for &minute in &minutes {
                let start = day.at(CivilTime::from_minutes_of_day(minute));
                if start == now {
                    continue;
                }
                if let Ok(at) = instant(start) {
                    candidates.push((start, at));
                }
            }
        }
        let check = Checking::with_holidays(&trial, holidays);
        let check_units = check.progress().total;
        Ok(Searching {
            session,
            i,
            now,
            now_instant,
            placing,
            search: search.clone(),
            trial,
            candidates,
            found: Vec::new(),
            stage: Stage::Checking(Box::new(check)),
            check_units,
            holidays: holidays.clone(),
        })
    }

    /// How far the search got.
    pub fn progress(&self) -> Progress {
        let total = self.check_units + self.candidates.len();
        let done = match &self.stage {
            Stage::Checking(c) => c.progress().done,
            Stage::Trying { next, .. } => self.check_units + next,
            Stage::Done(_) => total,
            Stage::Between => 0,
        };
        Progress { done, total }
    }

    /// Does up to `units` more units of the search (at least one while any is left) and says
    /// how far it got.
    pub fn step(&mut self, units: usize) -> Progress {
        let mut left = units.max(1);
        while left > 0 {
            match std::mem::replace(&mut self.stage, Stage::Between) {
                Stage::Checking(mut check) => {
                    let before = check.progress().done;
                    let after = check.step(&self.trial, left).done;
                    left = left.saturating_sub(after.saturating_sub(before).max(1));
                    self.stage = if check.is_done() {
                        let conflicts = check.finish(&self.trial);
                        let now = judge(
                            &self.placing,
                            self.i,
                            &conflicts,
                            &self.trial,
                            self.now,
                            self.now_instant,
                        );
                        Stage::Trying {
                            conflicts: Box::new(conflicts),
                            now,
                            next: 0,
                        }
                    } else {
                        Stage::Checking(check)
                    };
                }
                Stage::Trying {
                    mut conflicts,
                    now,
                    next,
                } => {
                    let (start, at) = self.candidates[next];
                    if let Some(placed) = place(&self.placing, &self.session, start) {
                        self.trial.sessions[self.i] = placed;
                        conflicts.session_changed(&self.trial, self.i);
                        let found =
                            judge(&self.placing, self.i, &conflicts, &self.trial, start, at);
                        self.found.push(found);
                    }
                    self.stage = Stage::Trying {
                        conflicts,
                        now,
                        next: next + 1,
                    };
                    left -= 1;
                }
                done @ (Stage::Done(_) | Stage::Between) => {
                    self.stage = done;
                    break;
                }
            }
            // Every candidate tried: rank them now, so that a search whose progress says done
            // is done.
            if matches!(&self.stage, Stage::Trying { next, .. } if *next >= self.candidates.len()) {
                if let Stage::Trying { now, .. } =
                    std::mem::replace(&mut self.stage, Stage::Between)
                {
                    let better = self.best(&now);
                    self.stage = Stage::Done(Suggestions { now, better });
                }
            }
        }
        self.progress()
    }

    /// Whether every step is done.
    pub fn is_done(&self) -> bool {
        matches!(self.stage, Stage::Done(_))
    }

    /// What the search found, after doing whatever steps are left.
    pub fn finish(mut self) -> Suggestions {
        loop {
            if let Stage::Done(found) = self.stage {
                return found;
            }
            if matches!(self.stage, Stage::Between) {
                // Not reachable: `step` always leaves a stage behind. Start again rather than
                // loop for ever.
                self.stage = Stage::Checking(Box::new(Checking::with_holidays(
                    &self.trial,
                    &self.holidays,
                )));
            }
            self.step(usize::MAX);
        }
    }

    /// The best candidates no worse than `now`: by what they cause, then how far from where the
    /// session is now on its own clock (minutes of the day apart, and a day apart counts as two
    /// hours, so the same time on another day comes before a time three hours off), at most
    /// `per_day` a day.
    fn best(&mut self, now: &Suggestion) -> Vec<Suggestion> {
        let first = self.now.date();
        let minutes = |t: CivilDateTime| i64::from(t.time().minutes_of_day());
        let here = minutes(self.now);
        let distance = |s: &Suggestion| {
            (minutes(s.start) - here).abs() + 120 * first.days_until(s.start.date()).abs()
        };
        let mut found = std::mem::take(&mut self.found);
        found.sort_by_key(|s| (s.rank(), distance(s), s.instant.unix_seconds()));
        let mut better: Vec<Suggestion> = Vec::new();
        for s in found {
            if better.len() >= self.search.limit || s.rank() > now.rank() {
                break;
            }
            let same_day = better
                .iter()
                .filter(|b| b.start.date() == s.start.date())
                .count();
            if same_day < self.search.per_day.max(1) {
                better.push(s);
            }
        }
        better
    }
}

/// The session (the whole series, or its week on one date) moved to `start`; `None` when it
/// cannot go there.
fn place(placing: &Placing, session: &Session, start: CivilDateTime) -> Option<Session> {
    match placing {
        Placing::Series => moved(session, start),
        Placing::Week { date, change } => {
            let mut x = session.clone();
            let mut c = change.clone().unwrap_or(OccurrenceChange {
                date: *date,
                start: None,
                duration_minutes: None,
                rooms: None,
            });
            c.start = Some(start);
            x.changes.retain(|c| c.date != *date);
            x.changes.push(c);
            x.changes.sort_by_key(|c| c.date);
            Some(x)
        }
    }
}

/// What the session at `i` takes part in as `trial` stands (only that week's conflicts when one
/// week is placed), as a suggestion for `start`.
fn judge(
    placing: &Placing,
    i: usize,
    conflicts: &ConflictIndex,
    trial: &Schedule,
    start: CivilDateTime,
    instant: Instant,
) -> Suggestion {
    let counted = |c: &Conflict| match placing {
        Placing::Series => true,
        Placing::Week { date, .. } => c
            .occurrences
            .iter()
            .any(|o| o.session == i && o.date == *date),
    };
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
            .map(|c| Box::new(c.clone())),
    }
}

/// The session with its first start at `start` and every other occurrence moved by as much
/// ([`Session::moved_by`]); `None` when the series cannot say that move.
pub fn moved(session: &Session, start: CivilDateTime) -> Option<Session> {
    session.moved_by(session.start.minutes_until(start)).ok()
}
