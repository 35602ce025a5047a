//! Busy time imported from a partner's calendar.

use super::*;
use crate::time::Instant;
use serde::{Deserialize, Serialize};

/// Busy time imported from a calendar (a partner's timetabling system, a lecturer's calendar),
/// attached to one campus, cohort, lecturer or room. It takes part in the conflict check like
/// any booking; a campus's busy time books each of its cohorts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BusyCalendar {
    /// Identifier.
    pub id: String,
    /// Where it came from, e.g. "NTNU TimeEdit, autumn 2026".
    pub name: String,
    /// The campus it applies to (all its cohorts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campus: Option<CampusId>,
    /// The cohort it applies to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cohort: Option<CohortId>,
    /// The lecturer it applies to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lecturer: Option<LecturerId>,
    /// The room it applies to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room: Option<RoomId>,
    /// The busy blocks, expanded from the calendar's events (recurring ones included).
    #[serde(default)]
    pub blocks: Vec<BusyBlock>,
}

/// One busy stretch of time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BusyBlock {
    /// Start (UTC).
    pub start: Instant,
    /// End (UTC).
    pub end: Instant,
    /// What it is, from the calendar's event.
    #[serde(default)]
    pub title: String,
}

/// The longest a busy block may last (seconds): what a share link carries (32 bits, about 136
/// years). A calendar import keeps its blocks within the span it reads.
pub const MAX_BUSY_BLOCK_SECONDS: i64 = u32::MAX as i64;

/// What a busy calendar applies to: exactly one campus (all its cohorts), cohort, lecturer or
/// room.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BusyTarget<'a> {
    /// A campus: every cohort of it is busy.
    Campus(&'a CampusId),
    /// One cohort.
    Cohort(&'a CohortId),
    /// One lecturer.
    Lecturer(&'a LecturerId),
    /// One room.
    Room(&'a RoomId),
}

impl BusyCalendar {
    /// Whether it is the busy time of this campus (all its cohorts).
    pub fn is_for_campus(&self, id: &CampusId) -> bool {
        self.campus.as_ref() == Some(id)
    }

    /// Whether it is the busy time of this cohort.
    pub fn is_for_cohort(&self, id: &CohortId) -> bool {
        self.cohort.as_ref() == Some(id)
    }

    /// Whether it is the busy time of this lecturer.
    pub fn is_for_lecturer(&self, id: &LecturerId) -> bool {
        self.lecturer.as_ref() == Some(id)
    }

    /// Whether it is the busy time of this room.
    pub fn is_for_room(&self, id: &RoomId) -> bool {
        self.room.as_ref() == Some(id)
    }

    /// What it applies to; `None` unless exactly one of `campus`, `cohort`, `lecturer` and
    /// `room` is given (a valid schedule's calendars always have one).
    pub fn target(&self) -> Option<BusyTarget<'_>> {
        match (&self.campus, &self.cohort, &self.lecturer, &self.room) {
            (Some(c), None, None, None) => Some(BusyTarget::Campus(c)),
            (None, Some(c), None, None) => Some(BusyTarget::Cohort(c)),
            (None, None, Some(l), None) => Some(BusyTarget::Lecturer(l)),
            (None, None, None, Some(r)) => Some(BusyTarget::Room(r)),
            _ => None,
        }
    }
}

impl Schedule {
    /// The campus a busy calendar belongs to: its campus, or that of its cohort or room, or its
    /// lecturer's when they have one.
    pub fn busy_campus(&self, calendar: &BusyCalendar) -> Option<&Campus> {
        let id = match calendar.target()? {
            BusyTarget::Campus(c) => c,
            BusyTarget::Cohort(c) => &self.cohort(c)?.campus,
            BusyTarget::Room(r) => &self.room(r)?.campus,
            BusyTarget::Lecturer(l) => self.lecturer(l)?.campus.as_ref()?,
        };
        self.campus(id)
    }
}
