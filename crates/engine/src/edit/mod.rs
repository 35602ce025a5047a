//! Every change to a schedule that needs the schedule's rules: a whole series moved, resized or
//! replaced (`series.rs`), one occurrence of a series changed without breaking the series ("this
//! week only"), and a campus, cohort, lecturer or room removed together with everything that
//! refers to it.
//!
//! Each returns a new schedule that passes [`Schedule::validate`], or an [`Error`] saying why the
//! edit cannot be made; the schedule given is never half-changed.

use crate::occurrence::session_dates;
use crate::schedule::{
    BusyCalendar, CampusId, CohortId, LecturerId, OccurrenceChange, RoomId, Schedule, Session,
    MAX_DURATION_MINUTES,
};
use crate::time::{CivilDate, CivilDateTime};
use crate::{Error, Item, OccurrenceAction, Problem};

mod calendar;
mod people;
mod rotation;
mod series;

pub use people::cohort_name;

/// What one occurrence of a series should be from now on: each field `None` keeps what the
/// series says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OccurrenceEdit {
    /// A new wall-clock start in the session's anchor zone.
    pub start: Option<CivilDateTime>,
    /// A new length in minutes.
    pub duration_minutes: Option<u32>,
    /// Other rooms for this occurrence.
    pub rooms: Option<Vec<RoomId>>,
}

/// What a removal took with it, for the coordinator to read (`meridian_words::removed` words it).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Removed {
    /// What was removed, e.g. "NTNU".
    pub what: String,
    /// Cohorts removed with a campus.
    pub cohorts: usize,
    /// Rooms removed with a campus.
    pub rooms: usize,
    /// Sessions that no longer name what was removed (its cohort, lecturer or room).
    pub sessions: usize,
    /// Busy calendars that belonged to what was removed.
    pub busy: usize,
}

fn refused(path: String, problem: Problem) -> Error {
    Error::Invalid { path, problem }
}

impl Schedule {
    /// The regular wall-clock start of session `session`'s occurrence on `date` (anchor zone),
    /// before any change.
    fn regular_start(&self, session: usize, date: CivilDate) -> Option<CivilDateTime> {
        self.sessions.get(session).map(|s| date.at(s.start.time()))
    }

    /// The schedule with one occurrence of a series changed ("this week only"). `date` names the
    /// occurrence by its date in the series. A field equal to the series' value is not recorded,
    /// and a change that leaves nothing different is removed, so moving an occurrence back makes
    /// it regular again.
    pub fn with_occurrence_changed(
        &self,
        session: usize,
        date: CivilDate,
        edit: OccurrenceEdit,
    ) -> Result<Schedule, Error> {
        let path = format!("sessions[{session}]");
        let s = self.session_at(session)?;
        if !session_dates(s, &self.term).contains(&date) {
            return Err(refused(
                format!("{path}.changes"),
                Problem::NoOccurrence {
                    title: s.title.clone(),
                    date,
                    action: OccurrenceAction::Change,
                },
            ));
        }
        if edit
            .duration_minutes
            .is_some_and(|d| !(5..=MAX_DURATION_MINUTES).contains(&d))
        {
            return Err(refused(
                format!("{path}.changes"),
                Problem::OccurrenceLength {
                    title: s.title.clone(),
                },
            ));
        }
        let regular = self.regular_start(session, date);
        let change = OccurrenceChange {
            date,
            start: edit.start.filter(|t| Some(*t) != regular),
            duration_minutes: edit.duration_minutes.filter(|d| *d != s.duration_minutes),
            rooms: edit.rooms.filter(|r| *r != s.rooms),
        };
        let mut next = self.clone();
        let x = &mut next.sessions[session];
        x.changes.retain(|c| c.date != date);
        if change.start.is_some() || change.duration_minutes.is_some() || change.rooms.is_some() {
            x.changes.push(change);
            x.changes.sort_by_key(|c| c.date);
        }
        next.validate()?;
        Ok(next)
    }

    /// The schedule with one occurrence moved by `minutes` (earlier when negative), this week
    /// only: from where it is now (a change already made counts).
    pub fn with_occurrence_moved(
        &self,
        session: usize,
        date: CivilDate,
        minutes: i64,
    ) -> Result<Schedule, Error> {
        let (edit, start) = self.current_occurrence(session, date)?;
        let start = start.add_minutes(minutes).ok_or_else(|| {
            refused(
                format!("sessions[{session}].changes"),
                Problem::TooFarToMove,
            )
        })?;
        self.with_occurrence_changed(
            session,
            date,
            OccurrenceEdit {
                start: Some(start),
                ..edit
            },
        )
    }

    /// The schedule with one occurrence made longer by `minutes` (shorter when negative), this
    /// week only.
    pub fn with_occurrence_resized(
        &self,
        session: usize,
        date: CivilDate,
        minutes: i64,
    ) -> Result<Schedule, Error> {
        let (edit, _) = self.current_occurrence(session, date)?;
        let now = edit
            .duration_minutes
            .or_else(|| self.sessions.get(session).map(|s| s.duration_minutes))
            .unwrap_or_default();
        let next = u32::try_from(i64::from(now) + minutes).unwrap_or(0);
        self.with_occurrence_changed(
            session,
            date,
            OccurrenceEdit {
                duration_minutes: Some(next),
                ..edit
            },
        )
    }

    /// The schedule with one occurrence of a series cancelled: its date joins the series'
    /// skipped dates (so a `count` still counts it, as in RFC 5545) and any change made to it
    /// goes.
    pub fn with_occurrence_skipped(
        &self,
        session: usize,
        date: CivilDate,
    ) -> Result<Schedule, Error> {
        let path = format!("sessions[{session}]");
        let s = self.session_at(session)?;
        if s.repeat.is_none() {
            return Err(refused(
                format!("{path}.repeat"),
                Problem::OneOff {
                    title: s.title.clone(),
                },
            ));
        }
        if !session_dates(s, &self.term).contains(&date) {
            return Err(refused(
                format!("{path}.repeat.skip"),
                Problem::NoOccurrence {
                    title: s.title.clone(),
                    date,
                    action: OccurrenceAction::Cancel,
                },
            ));
        }
        let mut next = self.clone();
        let x = &mut next.sessions[session];
        x.changes.retain(|c| c.date != date);
        if let Some(r) = &mut x.repeat {
            r.skip.push(date);
            r.skip.sort();
        }
        next.validate()?;
        Ok(next)
    }

    /// Session `session`, or why not.
    pub(crate) fn session_at(&self, session: usize) -> Result<&crate::schedule::Session, Error> {
        self.sessions
            .get(session)
            .ok_or_else(|| refused(format!("sessions[{session}]"), Problem::SessionGone))
    }

    /// The occurrence's change as it stands (all fields filled in) and its current start.
    fn current_occurrence(
        &self,
        session: usize,
        date: CivilDate,
    ) -> Result<(OccurrenceEdit, CivilDateTime), Error> {
        let s = self.session_at(session)?;
        let change = s.change_on(date);
        let regular = date.at(s.start.time());
        let start = change.and_then(|c| c.start).unwrap_or(regular);
        Ok((
            OccurrenceEdit {
                start: Some(start),
                duration_minutes: change.and_then(|c| c.duration_minutes),
                rooms: change.and_then(|c| c.rooms.clone()),
            },
            start,
        ))
    }

    /// The schedule without a cohort: sessions no longer include it, and busy time imported for
    /// it goes too.
    pub fn without_cohort(&self, id: &CohortId) -> Result<(Schedule, Removed), Error> {
        let what = self
            .cohort(id)
            .map(|c| c.name.clone())
            .ok_or_else(|| unknown(Item::Cohort, id.as_str()))?;
        self.removing(what, |next, removed| next.drop_cohort(id, removed))
    }

    /// The schedule without a lecturer: sessions they taught have no lecturer, and their busy
    /// time goes.
    pub fn without_lecturer(&self, id: &LecturerId) -> Result<(Schedule, Removed), Error> {
        let what = self
            .lecturer(id)
            .map(|l| l.name.clone())
            .ok_or_else(|| unknown(Item::Lecturer, id.as_str()))?;
        self.removing(what, |next, removed| next.drop_lecturer(id, removed))
    }

    fn drop_lecturer(&mut self, id: &LecturerId, removed: &mut Removed) {
        self.lecturers.retain(|l| l.id != *id);
        removed.sessions += strip_lecturer(self.sessions.iter_mut(), id);
        let before = self.busy.len();
        self.busy.retain(|b| !b.is_for_lecturer(id));
        removed.busy += before - self.busy.len();
    }

    /// The schedule without a room: sessions (and single changed occurrences) no longer book it,
    /// and its busy time goes.
    pub fn without_room(&self, id: &RoomId) -> Result<(Schedule, Removed), Error> {
        let what = self
            .room(id)
            .map(|r| r.name.clone())
            .ok_or_else(|| unknown(Item::Room, id.as_str()))?;
        self.removing(what, |next, removed| next.drop_room(id, removed))
    }

    /// A copy changed by `remove`, validated, and what the removal took with it.
    fn removing(
        &self,
        what: String,
        remove: impl FnOnce(&mut Schedule, &mut Removed),
    ) -> Result<(Schedule, Removed), Error> {
        let mut next = self.clone();
        let mut removed = Removed {
            what,
            ..Removed::default()
        };
        remove(&mut next, &mut removed);
        next.validate()?;
        Ok((next, removed))
    }

    /// The schedule without a campus, its cohorts and its rooms. Refused while sessions are
    /// taught from it (they must move to another campus first), and for the last campus.
    pub fn without_campus(&self, id: &CampusId) -> Result<(Schedule, Removed), Error> {
        let (i, campus) = self
            .campuses
            .iter()
            .enumerate()
            .find(|(_, c)| c.id == *id)
            .ok_or_else(|| unknown(Item::Campus, id.as_str()))?;
        let path = format!("campuses[{i}]");
        if self.campuses.len() == 1 {
            return Err(refused(
                path,
                Problem::OnlyCampus {
                    campus: campus.short.clone(),
                },
            ));
        }
        let hosted: Vec<&str> = self
            .sessions
            .iter()
            .filter(|s| s.host == *id)
            .map(|s| s.title.as_str())
            .collect();
        if !hosted.is_empty() {
            return Err(refused(
                path,
                Problem::CampusTeaches {
                    campus: campus.short.clone(),
                    sessions: hosted.iter().map(|t| t.to_string()).collect(),
                },
            ));
        }
        let mut next = self.clone();
        let mut removed = Removed {
            what: campus.short.clone(),
            ..Removed::default()
        };
        let cohorts: Vec<CohortId> = self
            .cohorts
            .iter()
            .filter(|c| c.campus == *id)
            .map(|c| c.id.clone())
            .collect();
        let rooms: Vec<RoomId> = self
            .rooms
            .iter()
            .filter(|r| r.campus == *id)
            .map(|r| r.id.clone())
            .collect();
        let mut touched = Removed::default();
        for c in &cohorts {
            next.drop_cohort(c, &mut touched);
        }
        for r in &rooms {
            next.drop_room(r, &mut touched);
        }
        removed.cohorts = cohorts.len();
        removed.rooms = rooms.len();
        // A session that lost several of the campus's cohorts and rooms counts once.
        removed.sessions = self
            .sessions
            .iter()
            .zip(&next.sessions)
            .filter(|(a, b)| a != b)
            .count();
        for l in &mut next.lecturers {
            if l.campus.as_ref() == Some(id) {
                l.campus = None;
            }
        }
        let before = next.busy.len();
        next.busy.retain(|b| !b.is_for_campus(id));
        removed.busy = touched.busy + before - next.busy.len();
        next.campuses.retain(|c| c.id != *id);
        next.validate()?;
        Ok((next, removed))
    }

    fn drop_cohort(&mut self, id: &CohortId, removed: &mut Removed) {
        self.cohorts.retain(|c| c.id != *id);
        removed.sessions += strip_cohort(self.sessions.iter_mut(), id);
        let before = self.busy.len();
        self.busy.retain(|b| !b.is_for_cohort(id));
        removed.busy += before - self.busy.len();
    }

    fn drop_room(&mut self, id: &RoomId, removed: &mut Removed) {
        self.rooms.retain(|r| r.id != *id);
        removed.sessions += strip_room(self.sessions.iter_mut(), id);
        let before = self.busy.len();
        self.busy.retain(|b| !b.is_for_room(id));
        removed.busy += before - self.busy.len();
    }
}

/// Sessions no longer include a cohort that is gone; how many did.
pub(crate) fn strip_cohort<'a>(
    sessions: impl Iterator<Item = &'a mut Session>,
    id: &CohortId,
) -> usize {
    let mut touched = 0;
    for s in sessions {
        let before = s.cohorts.len();
        s.cohorts.retain(|c| c != id);
        if s.cohorts.len() != before {
            touched += 1;
        }
    }
    touched
}

/// Sessions (and their single changed weeks) no longer book a room that is gone; how many did.
pub(crate) fn strip_room<'a>(
    sessions: impl Iterator<Item = &'a mut Session>,
    id: &RoomId,
) -> usize {
    let mut touched = 0;
    for s in sessions {
        let before = s.clone();
        s.rooms.retain(|r| r != id);
        let regular = s.rooms.clone();
        for c in &mut s.changes {
            if let Some(rooms) = &mut c.rooms {
                rooms.retain(|r| r != id);
                if *rooms == regular {
                    c.rooms = None;
                }
            }
        }
        s.changes
            .retain(|c| c.start.is_some() || c.duration_minutes.is_some() || c.rooms.is_some());
        if *s != before {
            touched += 1;
        }
    }
    touched
}

/// Sessions taught by a lecturer who is gone have no lecturer; how many.
pub(crate) fn strip_lecturer<'a>(
    sessions: impl Iterator<Item = &'a mut Session>,
    id: &LecturerId,
) -> usize {
    let mut touched = 0;
    for s in sessions {
        if s.lecturer.as_ref() == Some(id) {
            s.lecturer = None;
            touched += 1;
        }
    }
    touched
}

fn unknown(item: Item, id: &str) -> Error {
    refused(
        format!("{}s", item.key()),
        Problem::NotInSchedule {
            item,
            id: id.to_string(),
        },
    )
}

impl Schedule {
    /// The schedule under another name (trimmed); refused when nothing is left of it.
    pub fn renamed(&self, name: &str) -> Result<Schedule, Error> {
        let name = name.trim();
        if name.is_empty() {
            return Err(refused("name".into(), Problem::NameEmpty));
        }
        let mut next = self.clone();
        next.name = name.to_string();
        next.validate()?;
        Ok(next)
    }

    /// The schedule with a calendar of busy time added (its blocks already read, e.g. by
    /// [`crate::ics::import`]); its id is made free among the schedule's calendars.
    pub fn with_busy_calendar(&self, mut calendar: BusyCalendar) -> Result<Schedule, Error> {
        let taken = |id: &str| self.busy.iter().any(|b| b.id == id);
        if calendar.id.is_empty() || taken(&calendar.id) {
            calendar.id = crate::schedule::free_id(&calendar.name, "calendar", taken);
        }
        let mut next = self.clone();
        next.busy.push(calendar);
        next.validate()?;
        Ok(next)
    }

    /// The schedule with its campuses, cohorts, lecturers, rooms and term as edited in a copy
    /// (the people and campuses dialog): the copy, under this schedule's identity, validated.
    /// Refused while a cohort, lecturer or room has no name ([`Schedule::unnamed`]): a new
    /// lecturer or room starts without one, for the coordinator to type.
    pub fn with_setup_of(&self, edited: Schedule) -> Result<Schedule, Error> {
        if let Some(e) = edited.unnamed() {
            return Err(e);
        }
        let mut next = edited;
        next.id = self.id.clone();
        next.validate()?;
        Ok(next)
    }
}
