//! Adding cohorts, lecturers and rooms (the Campuses and people dialog), and the rule that
//! each of them has a name before the dialog's copy is saved.

use super::{refused, unknown};
use crate::schedule::{
    free_id, CampusId, Cohort, CohortId, Lecturer, LecturerId, Room, RoomId, Schedule,
};
use crate::{Error, Item, Problem};

/// The name a new cohort at a campus gets: the campus's short name alone ("TU Berlin", so a
/// conflict says "Cohort TU Berlin" in every language, never "Cohort New cohort"), numbered
/// when a cohort has that name already ("TU Berlin 2", "TU Berlin 3"). The one rule for a new
/// schedule's cohorts ([`crate::presets::new_schedule`]) and for one added later
/// ([`Schedule::with_cohort_added`]); the coordinator renames it.
pub fn cohort_name(campus_short: &str, taken: impl Fn(&str) -> bool) -> String {
    let base = campus_short.trim();
    (1..)
        .map(|n| {
            if n == 1 {
                base.to_string()
            } else {
                format!("{base} {n}")
            }
        })
        .find(|name| !taken(name))
        .unwrap_or_else(|| base.to_string())
}

impl Schedule {
    /// The schedule with a new cohort at campus `campus`, named by [`cohort_name`] (its id
    /// likewise free: `tub-cohort`, `tub-cohort-2`), and the new cohort's index. Refused for a
    /// campus not in the schedule.
    pub fn with_cohort_added(&self, campus: &CampusId) -> Result<(Schedule, usize), Error> {
        let short = self
            .campus(campus)
            .map(|c| c.short.clone())
            .ok_or_else(|| unknown(Item::Campus, campus.as_str()))?;
        let name = cohort_name(&short, |n| self.cohorts.iter().any(|c| c.name.trim() == n));
        let id = free_id(&format!("{campus} cohort"), "cohort", |id| {
            self.cohorts.iter().any(|c| c.id.as_str() == id)
        });
        let mut next = self.clone();
        next.cohorts.push(Cohort {
            id: CohortId(id),
            name,
            campus: campus.clone(),
            size: None,
        });
        next.validate()?;
        Ok((next, self.cohorts.len()))
    }

    /// The schedule with a new lecturer, at campus `campus` when given, and the new lecturer's
    /// index. The name is left empty for the coordinator to type (a made-up name such as "New
    /// lecturer" would be read in conflicts until replaced); [`Schedule::with_setup_of`] refuses
    /// to save it empty.
    pub fn with_lecturer_added(
        &self,
        campus: Option<&CampusId>,
    ) -> Result<(Schedule, usize), Error> {
        if let Some(c) = campus.filter(|c| self.campus(c).is_none()) {
            return Err(unknown(Item::Campus, c.as_str()));
        }
        let id = free_id("lecturer", "lecturer", |id| {
            self.lecturers.iter().any(|l| l.id.as_str() == id)
        });
        let mut next = self.clone();
        next.lecturers.push(Lecturer {
            id: LecturerId(id),
            name: String::new(),
            campus: campus.cloned(),
        });
        next.validate()?;
        Ok((next, self.lecturers.len()))
    }

    /// The schedule with a new room at campus `campus`, and the new room's index. Like a new
    /// lecturer, its name is left empty for the coordinator to type.
    pub fn with_room_added(&self, campus: &CampusId) -> Result<(Schedule, usize), Error> {
        if self.campus(campus).is_none() {
            return Err(unknown(Item::Campus, campus.as_str()));
        }
        let id = free_id("room", "room", |id| {
            self.rooms.iter().any(|r| r.id.as_str() == id)
        });
        let mut next = self.clone();
        next.rooms.push(Room {
            id: RoomId(id),
            name: String::new(),
            campus: campus.clone(),
            capacity: None,
        });
        next.validate()?;
        Ok((next, self.rooms.len()))
    }

    /// The first cohort, lecturer or room (in that order) whose name is empty or only spaces,
    /// as [`Problem::Unnamed`] (with no path: the problem names its place in its list); `None`
    /// when every one is named.
    pub fn unnamed(&self) -> Option<Error> {
        fn first<'a>(item: Item, mut names: impl Iterator<Item = &'a str>) -> Option<Error> {
            names.position(|n| n.trim().is_empty()).map(|i| {
                refused(
                    String::new(),
                    Problem::Unnamed {
                        item,
                        position: i + 1,
                    },
                )
            })
        }
        first(Item::Cohort, self.cohorts.iter().map(|c| c.name.as_str()))
            .or_else(|| {
                first(
                    Item::Lecturer,
                    self.lecturers.iter().map(|l| l.name.as_str()),
                )
            })
            .or_else(|| first(Item::Room, self.rooms.iter().map(|r| r.name.as_str())))
    }
}
