//! The checks of one session alone, occurrence by occurrence at every participating campus:
//! teaching hours, closures (typed, public holidays, lecture-free periods: one rule), exam
//! periods, the campus's term, another local weekday, a skipped or repeated wall time, and
//! drift.

use super::index::*;
use super::ConflictKind;
use crate::schedule::{PeriodKind, Schedule, Unfit};
use crate::time::CivilDate;
use crate::zone::Resolution;

impl ConflictIndex {
    /// What closes campus `c` on `date` (its own calendar), if anything: a closure typed in,
    /// else a public holiday it keeps, else a lecture-free period. The one closure rule: the
    /// check and the hints ask it alike.
    pub(super) fn closed_by(
        &self,
        schedule: &Schedule,
        c: usize,
        date: CivilDate,
    ) -> Option<ClosedBy> {
        let campus = schedule.campuses.get(c)?;
        if let Some(x) = campus.closure_on(date) {
            return Some(ClosedBy::Closure(x));
        }
        if let Some(days) = self.campus_holidays.get(c) {
            let h = days.partition_point(|h| h.date < date);
            if days.get(h).is_some_and(|h| h.date == date) {
                return Some(ClosedBy::Holiday(h));
            }
        }
        campus
            .periods
            .iter()
            .position(|p| p.kind == PeriodKind::LectureFree && p.covers(date))
            .map(ClosedBy::LectureFree)
    }

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
                let date = local.date();
                // Closed (typed closure, public holiday, lecture-free period): the one closure
                // rule, and nothing else is reported for that day.
                if let Some(why) = self.closed_by(schedule, c, date) {
                    raw.push(single(
                        ConflictKind::OnClosure,
                        k,
                        Some(c),
                        Detail::Closed(why),
                    ));
                    continue;
                }
                // The rest of the campus's rules (its term, another local weekday, teaching
                // hours) are `Campus::unfit`'s, shared with the overlap map.
                let unfit = campus.unfit(local, minutes, host_day);
                if unfit != Some(Unfit::OutsideCampusTerm) {
                    if let Some(p) = campus
                        .periods
                        .iter()
                        .position(|p| p.kind == PeriodKind::Exams && p.covers(date))
                    {
                        raw.push(single(
                            ConflictKind::InExamPeriod,
                            k,
                            Some(c),
                            Detail::Exams(p),
                        ));
                    }
                }
                let from = local.time().minutes_of_day();
                let span = Detail::LocalSpan {
                    start_minute: from,
                    minutes,
                };
                let found = match unfit {
                    None => continue,
                    Some(Unfit::Closure(x)) => (
                        ConflictKind::OnClosure,
                        Detail::Closed(ClosedBy::Closure(x)),
                    ),
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
