//! The conflict check in steps, so that a front end on one thread (the app in a browser tab)
//! can check a large schedule a slice at a time, show how far it got, and stay responsive.
//! [`ConflictIndex::new`] is these steps run to the end: there is one check, not two.

use super::index::{resource_of_key, ConflictIndex};
use crate::holidays::PublicHolidays;
use crate::schedule::Schedule;

/// How far a stepped piece of work got: `done` of `total` units (a unit is one session, busy
/// calendar or resource; their cost varies, so this is a count, not a time).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Units done.
    pub done: usize,
    /// Units in all.
    pub total: usize,
}

impl Progress {
    /// Whether the work is finished.
    pub fn is_done(self) -> bool {
        self.done >= self.total
    }

    /// Per cent done, 0–100.
    pub fn percent(self) -> u8 {
        if self.total == 0 {
            return 100;
        }
        (self.done.min(self.total) * 100 / self.total) as u8
    }
}

/// Where a check stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// Expanding session `n` (then the busy calendars).
    Expand,
    /// Booking session `n` and finding its own conflicts (then booking the calendars).
    Book,
    /// Sweeping resource key `n` for double bookings.
    Sweep,
    Done,
}

/// A conflict check under way. Every step must be given the schedule it was started on (a
/// schedule that changed meanwhile needs a new check); the result equals
/// [`ConflictIndex::new`]'s whatever the sizes of the steps.
///
/// ```
/// # use meridian_engine::{conflict::Checking, demo, ConflictIndex};
/// let schedule = demo::load("enhance-autumn-2026").unwrap();
/// let mut check = Checking::new(&schedule);
/// while !check.step(&schedule, 10).is_done() {}
/// let index = check.finish(&schedule);
/// assert_eq!(index.conflicts(&schedule), ConflictIndex::new(&schedule).conflicts(&schedule));
/// ```
#[derive(Debug, Clone)]
pub struct Checking {
    index: ConflictIndex,
    stage: Stage,
    /// The next unit within the stage.
    next: usize,
    done: usize,
    total: usize,
}

impl Checking {
    /// Starts checking `schedule` without public holidays: reads its zones' clocks and its
    /// ids, books nothing yet.
    pub fn new(schedule: &Schedule) -> Checking {
        Checking::with_holidays(schedule, &PublicHolidays::none())
    }

    /// Starts checking `schedule` with each campus's public holidays from `holidays` closing it
    /// as typed closures do: reads its zones' clocks, its ids and its campuses' holidays over
    /// the term, books nothing yet.
    pub fn with_holidays(schedule: &Schedule, holidays: &PublicHolidays) -> Checking {
        let index = ConflictIndex::started(schedule, holidays);
        let (sessions, busy) = (schedule.sessions.len(), schedule.busy.len());
        let total = 2 * (sessions + busy) + index.bookings.len();
        Checking {
            index,
            stage: Stage::Expand,
            next: 0,
            done: 0,
            total,
        }
    }

    /// How far the check got.
    pub fn progress(&self) -> Progress {
        Progress {
            done: self.done,
            total: self.total,
        }
    }

    /// Does up to `units` more units of the check (at least one while any is left) and says how
    /// far it got.
    pub fn step(&mut self, schedule: &Schedule, units: usize) -> Progress {
        let (sessions, busy) = (schedule.sessions.len(), schedule.busy.len());
        let mut left = units.max(1);
        while left > 0 {
            match self.stage {
                Stage::Expand if self.next < sessions => {
                    self.index.expand_next(schedule, self.next)
                }
                Stage::Expand if self.next < sessions + busy => {
                    self.index.expand_busy(&schedule.busy[self.next - sessions]);
                }
                Stage::Expand => {
                    self.index.reserve_bookings();
                    self.advance(Stage::Book);
                    continue;
                }
                Stage::Book if self.next < sessions => self.index.book_session(schedule, self.next),
                Stage::Book if self.next < sessions + busy => {
                    self.index.add_bookings(schedule, self.next);
                }
                Stage::Book => {
                    self.advance(Stage::Sweep);
                    continue;
                }
                Stage::Sweep if self.next < self.index.bookings.len() => {
                    if !self.index.bookings[self.next].is_empty() {
                        self.index
                            .recheck_resource(schedule, resource_of_key(self.next));
                    }
                }
                Stage::Sweep => {
                    self.advance(Stage::Done);
                    break;
                }
                Stage::Done => break,
            }
            self.next += 1;
            self.done += 1;
            left -= 1;
        }
        // Move past stages with nothing left, so that a check whose progress says done is.
        loop {
            match self.stage {
                Stage::Expand if self.next >= sessions + busy => {
                    self.index.reserve_bookings();
                    self.advance(Stage::Book);
                }
                Stage::Book if self.next >= sessions + busy => self.advance(Stage::Sweep),
                Stage::Sweep if self.next >= self.index.bookings.len() => self.advance(Stage::Done),
                _ => break,
            }
        }
        self.progress()
    }

    fn advance(&mut self, stage: Stage) {
        self.stage = stage;
        self.next = 0;
        if stage == Stage::Done {
            self.done = self.total;
        }
    }

    /// Whether every step is done.
    pub fn is_done(&self) -> bool {
        self.stage == Stage::Done
    }

    /// The index, after doing whatever steps are left.
    pub fn finish(mut self, schedule: &Schedule) -> ConflictIndex {
        while !self.is_done() {
            self.step(schedule, usize::MAX);
        }
        self.index
    }
}
