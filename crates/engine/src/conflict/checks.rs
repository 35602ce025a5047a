//! The checks of one session alone, occurrence by occurrence at every participating campus:
//! teaching hours, closures, the campus's term, another local weekday, a skipped or repeated
//! wall time, and drift.

use super::index::*;
use super::ConflictKind;
use crate::schedule::{Schedule, Unfit};
use crate::zone::Resolution;

impl ConflictIndex {
    /// Conflicts of one session alone: per occurrence and participating campus, and drift.
    pub(super) fn session_conflicts(&self, schedule: &Schedule, i: usize) -> Vec<Group> {
        let info = &self.info[i];
        let anchor = &self.clocks[info.anchor];
        let occ = &self.occurrences[i];
        let mut raw: Vec<Raw> = Vec::new();
        let single = |kind, occurrence, campus, detail| Raw::Single {
            kind,
            session: i,
            occurrence,
            campus,
            detail,
        };
        for (k, o) in occ.iter().enumerate() {
            if o.resolution != Resolution::Exact {
                raw.push(single(
                    ConflictKind::SkippedOrRepeatedTime,
                    k,
                    None,
                    Detail::None,
                ));
            }
            let host_day = anchor.civil(o.start.unix_seconds()).weekday();
            let minutes = o.duration_minutes().max(0) as u32;
            for &c in &info.campuses {
                let campus = &schedule.campuses[c];
                let local = self.clocks[self.campus_clock[c]].civil(o.start.unix_seconds());
                let from = local.time().minutes_of_day();
                let span = Detail::LocalSpan {
                    start_minute: from,
                    minutes,
                };
                let found = match campus.unfit(local, minutes, host_day) {
                    None => continue,
                    Some(Unfit::Closure(x)) => (ConflictKind::OnClosure, Detail::Closure(x)),
                    Some(Unfit::OutsideCampusTerm) => {
                        (ConflictKind::OutsideCampusTerm, Detail::None)
                    }
                    Some(Unfit::OtherLocalWeekday) => (ConflictKind::OtherLocalWeekday, span),
                    Some(Unfit::OutsideTeachingHours) => (ConflictKind::OutsideTeachingHours, span),
                };
                raw.push(single(found.0, k, Some(c), found.1));
            }
        }
        if self.drifts(schedule, i) {
            raw.push(Raw::Drift { session: i });
        }
        self.group(raw)
    }

    /// Whether session `i` is a series whose local start changes at some participating campus.
    pub(super) fn drifts(&self, schedule: &Schedule, i: usize) -> bool {
        schedule.sessions[i].repeat.is_some()
            && self.info[i].campuses.iter().any(|&c| {
                let clock = &self.clocks[self.campus_clock[c]];
                let mut times = self.occurrences[i]
                    .iter()
                    .filter(|o| !o.changed)
                    .map(|o| clock.civil(o.start.unix_seconds()).time());
                times.next().is_some_and(|first| times.any(|t| t != first))
            })
    }
}
