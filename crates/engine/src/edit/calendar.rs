//! A campus's own calendar beside the public holidays: the region whose holidays it keeps, a
//! public holiday switched off ("we teach on Whit Monday") or on again, and the university's
//! lecture-free weeks and exam periods added or removed.

use super::{refused, unknown};
use crate::ics::{AcademicEvent, AcademicKind};
use crate::schedule::{CampusId, Closure, Period, PeriodKind, Schedule};
use crate::time::CivilDate;
use crate::{Error, Item, Problem};

impl Schedule {
    /// A copy with campus `id` changed by `f`, validated.
    fn with_campus_changed(
        &self,
        id: &CampusId,
        f: impl FnOnce(&mut crate::Campus) -> Result<(), Error>,
    ) -> Result<Schedule, Error> {
        let mut next = self.clone();
        let campus = next
            .campuses
            .iter_mut()
            .find(|c| c.id == *id)
            .ok_or_else(|| unknown(Item::Campus, id.as_str()))?;
        f(campus)?;
        next.validate()?;
        Ok(next)
    }

    /// The schedule with campus `id` keeping the public holidays of `region` too (as the
    /// holiday data names it, e.g. `VC` for ES-VC), or only its country's (`None`). Surrounding
    /// spaces are dropped; an empty region is none.
    pub fn with_region(&self, id: &CampusId, region: Option<&str>) -> Result<Schedule, Error> {
        let region = region.map(str::trim).filter(|r| !r.is_empty());
        self.with_campus_changed(id, |c| {
            c.region = region.map(str::to_string);
            Ok(())
        })
    }

    /// The schedule with campus `id`'s public holiday on `date` switched off (`off`: the
    /// campus teaches that day) or on again. The dates stay sorted and once each; switching a
    /// day that is already so changes nothing.
    pub fn with_holiday_off(
        &self,
        id: &CampusId,
        date: CivilDate,
        off: bool,
    ) -> Result<Schedule, Error> {
        self.with_campus_changed(id, |c| {
            c.holidays_off.retain(|d| *d != date);
            if off {
                c.holidays_off.push(date);
                c.holidays_off.sort();
            }
            Ok(())
        })
    }

    /// The schedule with a lecture-free or exam period added to campus `id`, kept in order of
    /// start. Refused when it ends before it starts, has no name, or is there already.
    pub fn with_period_added(&self, id: &CampusId, period: Period) -> Result<Schedule, Error> {
        let name = period.name.trim().to_string();
        if name.is_empty() {
            return Err(refused("campuses.periods".into(), Problem::PeriodNeedsName));
        }
        self.with_campus_changed(id, |c| {
            let period = Period { name, ..period };
            if c.periods.contains(&period) {
                return Err(refused(
                    "campuses.periods".into(),
                    Problem::PeriodExists {
                        campus: c.id.to_string(),
                        period: period.name.clone(),
                    },
                ));
            }
            c.periods.push(period);
            c.periods.sort_by_key(|p| (p.start, p.end));
            Ok(())
        })
    }

    /// The schedule with entries of an academic calendar (see [`crate::ics::academic_events`])
    /// kept by campus `id` in one change: each as a closure, an exam period or a lecture-free
    /// period, as its kind says. An entry the campus has already (the same name, dates and
    /// kind) is not added twice, so reading the same file again changes nothing. Refused, with
    /// nothing added, when an entry has no name or ends before it starts. Returns the schedule
    /// and how many entries were added.
    pub fn with_academic_calendar(
        &self,
        id: &CampusId,
        entries: &[(AcademicKind, AcademicEvent)],
    ) -> Result<(Schedule, usize), Error> {
        let mut added = 0;
        let next = self.with_campus_changed(id, |c| {
            for (kind, event) in entries {
                let name = event.name.trim().to_string();
                if name.is_empty() || event.end < event.start {
                    return Err(refused(
                        "campuses.periods".into(),
                        Problem::AcademicEntry { date: event.start },
                    ));
                }
                let (start, end) = (event.start, event.end);
                let period = |kind| Period {
                    kind,
                    name: name.clone(),
                    start,
                    end,
                };
                match kind {
                    AcademicKind::Closure => {
                        let closure = Closure {
                            name: name.clone(),
                            start,
                            end: (end != start).then_some(end),
                        };
                        if !c.closures.contains(&closure) {
                            c.closures.push(closure);
                            added += 1;
                        }
                    }
                    AcademicKind::Exams | AcademicKind::LectureFree => {
                        let p = period(if *kind == AcademicKind::Exams {
                            PeriodKind::Exams
                        } else {
                            PeriodKind::LectureFree
                        });
                        if !c.periods.contains(&p) {
                            c.periods.push(p);
                            added += 1;
                        }
                    }
                }
            }
            c.periods.sort_by_key(|p| (p.start, p.end));
            Ok(())
        })?;
        Ok((next, added))
    }

    /// The schedule without campus `id`'s period number `index` (as listed).
    pub fn without_period(&self, id: &CampusId, index: usize) -> Result<Schedule, Error> {
        self.with_campus_changed(id, |c| {
            if index >= c.periods.len() {
                return Err(refused("campuses.periods".into(), Problem::PeriodGone));
            }
            c.periods.remove(index);
            Ok(())
        })
    }
}
