//! What a change of version does to the conflicts: which are new, which are resolved.

use crate::conflict::{check_with_holidays, Conflict, ConflictKind};
use crate::holidays::PublicHolidays;
use crate::schedule::{CampusId, Schedule, SessionId};
use crate::time::CivilDate;
use std::collections::HashMap;

/// The conflicts one version has and the other has not.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ConflictEffect {
    /// Conflicts of the newer version that the older did not have (their occurrences refer to
    /// the newer version's sessions).
    pub new: Vec<Conflict>,
    /// Conflicts of the older version that the newer no longer has (their occurrences refer
    /// to the older version's sessions).
    pub resolved: Vec<Conflict>,
}

/// What tells two conflicts apart across versions: kind, sessions, dates and campuses (not
/// times, so a clash moved by ten minutes is the same clash). A drift belongs to the series,
/// not to its dates: one week of it moved leaves it the same drift.
type ConflictKey = (ConflictKind, Vec<SessionId>, Vec<CivilDate>, Vec<CampusId>);

fn key(c: &Conflict) -> ConflictKey {
    let mut sessions = c.sessions.clone();
    sessions.sort();
    let mut dates: Vec<CivilDate> = match c.kind {
        ConflictKind::DaylightSavingDrift => Vec::new(),
        _ => c.occurrences.iter().map(|o| o.date).collect(),
    };
    dates.sort();
    dates.dedup();
    let mut campuses = c.campuses.clone();
    campuses.sort();
    (c.kind, sessions, dates, campuses)
}

/// Which conflicts are new in `after` and which of `before`'s are resolved, matched by kind,
/// sessions, dates and campuses. Both versions are checked as the planner checks the open
/// schedule ([`check_with_holidays`], each campus's public holidays from `holidays` closing
/// it), so a change said to leave the conflicts alone does not change the planner's count;
/// [`PublicHolidays::none`] checks only the closures typed in. As fast as the two checks.
pub fn conflict_effect(
    before: &Schedule,
    after: &Schedule,
    holidays: &PublicHolidays,
) -> ConflictEffect {
    let old = check_with_holidays(before, holidays);
    let mut unmatched: HashMap<ConflictKey, usize> = HashMap::new();
    for c in &old {
        *unmatched.entry(key(c)).or_default() += 1;
    }
    let mut new = Vec::new();
    for c in check_with_holidays(after, holidays) {
        match unmatched.get_mut(&key(&c)) {
            Some(n) if *n > 0 => *n -= 1,
            _ => new.push(c),
        }
    }
    let mut resolved = Vec::new();
    for c in old {
        if let Some(n) = unmatched.get_mut(&key(&c)) {
            if *n > 0 {
                *n -= 1;
                resolved.push(c);
            }
        }
    }
    ConflictEffect { new, resolved }
}
