//! Sessions: a one-off or weekly series with its wall-clock start in an anchor zone, its
//! recurrence rule, and single weeks changed without breaking the series.

use super::*;
use crate::time::{CivilDate, CivilDateTime, Weekday};
use crate::zone::Zone;
use serde::{Deserialize, Serialize};

/// Upper bound on the occurrences one session may produce (a year of daily sessions is 366).
pub const MAX_PER_SESSION: usize = 400;

/// What kind of session it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SessionKind {
    /// A live lecture taught from one campus and joined by the others.
    #[default]
    JointLecture,
    /// A lecture for one campus only.
    Lecture,
    /// A lab or practical.
    Lab,
    /// A seminar or discussion group.
    Seminar,
    /// A tutorial or exercise class.
    Tutorial,
    /// An exam.
    Exam,
    /// Office hours.
    OfficeHours,
    /// Anything else.
    Other,
}

impl SessionKind {
    /// Every kind, in the order a form offers them.
    pub const ALL: [SessionKind; 8] = [
        SessionKind::JointLecture,
        SessionKind::Lecture,
        SessionKind::Lab,
        SessionKind::Seminar,
        SessionKind::Tutorial,
        SessionKind::Exam,
        SessionKind::OfficeHours,
        SessionKind::Other,
    ];

    /// Words for the UI, e.g. "joint lecture".
    pub fn label(self) -> &'static str {
        match self {
            SessionKind::JointLecture => "joint lecture",
            SessionKind::Lecture => "lecture",
            SessionKind::Lab => "lab",
            SessionKind::Seminar => "seminar",
            SessionKind::Tutorial => "tutorial",
            SessionKind::Exam => "exam",
            SessionKind::OfficeHours => "office hours",
            SessionKind::Other => "other",
        }
    }
}

/// A weekly recurrence. Without `until` or `count` it runs to the end of the term; it is always
/// clipped to the term.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Weekly {
    /// Every `interval` weeks (1 = every week).
    #[serde(default = "one")]
    pub interval: u32,
    /// The weekdays, in the anchor zone; empty means the weekday of the first start.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub weekdays: Vec<Weekday>,
    /// Last date (in the anchor zone) an occurrence may fall on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<CivilDate>,
    /// Number of occurrences (skipped dates count, as in RFC 5545).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
    /// Dates (in the anchor zone) on which the series does not take place.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skip: Vec<CivilDate>,
}

fn one() -> u32 {
    1
}

/// One occurrence of a series changed without breaking the series: moved, lengthened or in
/// another room. `date` names the occurrence (its date in the series, anchor zone).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OccurrenceChange {
    /// The date the occurrence had in the series (anchor zone).
    pub date: CivilDate,
    /// New wall-clock start in the anchor zone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<CivilDateTime>,
    /// New length in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_minutes: Option<u32>,
    /// Rooms for this occurrence instead of the series' rooms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rooms: Option<Vec<RoomId>>,
}

/// Schedule-wide rules for the conflict check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    /// The least break, in minutes, between two sessions of one cohort or lecturer (0: none).
    #[serde(default)]
    pub min_break_minutes: u32,
}

impl Rules {
    pub(super) fn is_default(&self) -> bool {
        *self == Rules::default()
    }
}

/// A session: a one-off or a weekly series, taught from a host campus, anchored to the
/// wall clock of one zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// Identifier.
    pub id: SessionId,
    /// Title, e.g. "Hydrogen systems".
    pub title: String,
    /// Course it belongs to, e.g. "Sustainable Energy Systems".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub course: Option<String>,
    /// Kind of session.
    #[serde(default)]
    pub kind: SessionKind,
    /// The campus it is taught from.
    pub host: CampusId,
    /// The zone its wall-clock time is fixed in; defaults to the host campus's zone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<Zone>,
    /// Local start of the first occurrence in the anchor zone, `YYYY-MM-DDTHH:MM`.
    pub start: CivilDateTime,
    /// Length in minutes.
    pub duration_minutes: u32,
    /// Weekly recurrence; absent for a one-off session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repeat: Option<Weekly>,
    /// Cohorts that attend.
    #[serde(default)]
    pub cohorts: Vec<CohortId>,
    /// Who teaches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lecturer: Option<LecturerId>,
    /// Rooms booked (at any participating campus).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rooms: Vec<RoomId>,
    /// Online meeting link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_url: Option<String>,
    /// Free-text notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Single occurrences moved or changed without breaking the series.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<OccurrenceChange>,
}

impl Session {
    /// The change recorded for the occurrence of `date`, if any.
    pub fn change_on(&self, date: CivilDate) -> Option<&OccurrenceChange> {
        self.changes.iter().find(|c| c.date == date)
    }
}

impl Session {
    /// The dates (in the anchor zone) on which a session takes place, before the term clip:
    /// its first date for a one-off, every matching weekday for a weekly series.
    pub fn dates(&self, term: &Term) -> Vec<CivilDate> {
        let first = self.start.date();
        let Some(rule) = &self.repeat else {
            return vec![first];
        };
        let mut weekdays = rule.weekdays.clone();
        if weekdays.is_empty() {
            weekdays.push(first.weekday());
        }
        weekdays.sort();
        weekdays.dedup();
        let last = match rule.until {
            Some(u) => u.min(term.end),
            None => term.end,
        };
        let step = i64::from(rule.interval.max(1)) * 7;
        let mut out = Vec::new();
        let mut counted = 0u32;
        let mut monday = first.monday();
        'weeks: while monday <= last {
            for &w in &weekdays {
                let Some(date) = monday.add_days(w.index() as i64) else {
                    break 'weeks;
                };
                if date < first {
                    continue;
                }
                if date > last
                    || rule.count.is_some_and(|c| counted >= c)
                    || out.len() >= MAX_PER_SESSION
                {
                    break 'weeks;
                }
                counted += 1;
                if !rule.skip.contains(&date) {
                    out.push(date);
                }
            }
            match monday.add_days(step) {
                Some(m) => monday = m,
                None => break,
            }
        }
        out
    }

    /// Every date a series counts, skipped ones included (as RFC 5545's `COUNT` counts them),
    /// before the term clip: [`Session::dates`] without the skips.
    pub fn counted_dates(&self, term: &Term) -> Vec<CivilDate> {
        if self.repeat.as_ref().is_none_or(|r| r.skip.is_empty()) {
            return self.dates(term);
        }
        let mut all = self.clone();
        if let Some(r) = &mut all.repeat {
            r.skip.clear();
        }
        all.dates(term)
    }
}
