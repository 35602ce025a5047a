//! The conflict check of the open schedule, kept off the critical path: a schedule whose check
//! fits in one short slice is checked at once (the list is never behind the grid); a larger
//! one is checked a slice at a time ([`crate::browser::in_slices`]) while the tab keeps
//! answering, with its progress shown and the previous list kept (marked as from before the
//! change) until the new one is ready. A change during a check starts a new one.

use crate::browser;
use meridian_engine::conflict::{Checking, Progress};
use meridian_engine::{Conflict, ConflictIndex, Schedule};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Units of the check between two looks at the clock.
const UNITS: usize = 4;

/// A finished check: the schedule it is of, its index and its list.
#[derive(Debug)]
pub struct Checked {
    /// The schedule checked.
    pub schedule: Rc<Schedule>,
    /// Its index (a drag re-checks a copy of it).
    pub index: Rc<ConflictIndex>,
    /// Every conflict, in start order.
    pub conflicts: Rc<Vec<Conflict>>,
}

impl Checked {
    fn new(schedule: &Rc<Schedule>, index: ConflictIndex) -> Rc<Checked> {
        let conflicts = Rc::new(index.conflicts(schedule));
        Rc::new(Checked {
            schedule: schedule.clone(),
            index: Rc::new(index),
            conflicts,
        })
    }
}

/// What the planner shows of the check.
#[derive(Debug, Clone)]
pub struct CheckState {
    /// The latest finished check: of this schedule when `progress` is `None`, of an earlier
    /// version while a check is under way (`None` only before the first check finished).
    pub latest: Option<Rc<Checked>>,
    /// How far the check of this schedule got, while it is under way.
    pub progress: Option<Progress>,
}

impl CheckState {
    /// The index of this very schedule, when its check is done (a drag needs it).
    pub fn current(&self) -> Option<&Rc<Checked>> {
        self.latest.as_ref().filter(|_| self.progress.is_none())
    }
}

/// What the first attempt left: the finished check, or the check to go on with.
enum FirstTry {
    Done(Rc<Checked>),
    Going(RefCell<Option<Box<Checking>>>, Progress),
}

/// Checks `schedule` as described in the module's comment, with the partners' public holidays
/// loaded so far (checked again when a country's file arrives).
#[hook]
pub fn use_conflict_check(schedule: &Rc<Schedule>) -> CheckState {
    let holidays = crate::holidays::use_holidays();
    let first = use_memo((schedule.clone(), holidays.clone()), |(s, holidays)| {
        browser::timed("meridian:check", || {
            let mut check = Checking::with_holidays(s, &holidays.data);
            if browser::for_a_while(browser::AT_ONCE_MS, || check.step(s, UNITS).is_done()) {
                FirstTry::Done(Checked::new(s, check.finish(s)))
            } else {
                let p = check.progress();
                FirstTry::Going(RefCell::new(Some(Box::new(check))), p)
            }
        })
    });
    // The last finished check of any version, for the list while a newer one runs.
    let latest = use_mut_ref(|| None::<Rc<Checked>>);
    // Each keyed by the first attempt it continues (one per schedule version).
    let finished = use_state(|| None::<(Rc<FirstTry>, Rc<Checked>)>);
    let progress = use_state(|| None::<(Rc<FirstTry>, Progress)>);
    {
        let (first, finished, progress) = (first.clone(), finished.clone(), progress.clone());
        use_effect_with((schedule.clone(), holidays.clone()), move |(s, _)| {
            let going = match &*first {
                FirstTry::Going(check, _) => check.borrow_mut().take(),
                FirstTry::Done(_) => None,
            };
            let slices = going.map(|check| {
                let s = s.clone();
                let check = Rc::new(RefCell::new(Some(check)));
                let step = {
                    let (s, check) = (s.clone(), check.clone());
                    move || match check.borrow_mut().as_mut() {
                        Some(c) => c.step(&s, UNITS).is_done(),
                        None => true,
                    }
                };
                let key = first.clone();
                browser::in_slices(step, move |done| {
                    let mut slot = check.borrow_mut();
                    if done {
                        if let Some(c) = slot.take() {
                            finished.set(Some((key.clone(), Checked::new(&s, c.finish(&s)))));
                        }
                        progress.set(None);
                    } else if let Some(c) = slot.as_ref() {
                        progress.set(Some((key.clone(), c.progress())));
                    }
                })
            });
            move || drop(slices)
        });
    }
    let fresh = match &*first {
        FirstTry::Done(c) => Some(c.clone()),
        FirstTry::Going(..) => (*finished)
            .as_ref()
            .filter(|(key, _)| Rc::ptr_eq(key, &first))
            .map(|(_, c)| c.clone()),
    };
    if let Some(c) = &fresh {
        *latest.borrow_mut() = Some(c.clone());
    }
    let progress = match (&fresh, &*first) {
        (Some(_), _) | (None, FirstTry::Done(_)) => None,
        (None, FirstTry::Going(_, at_first)) => Some(
            (*progress)
                .as_ref()
                .filter(|(key, _)| Rc::ptr_eq(key, &first))
                .map(|(_, p)| *p)
                .unwrap_or(*at_first),
        ),
    };
    let latest = latest.borrow().clone();
    CheckState { latest, progress }
}
