//! Wording: each group of raw findings put into a sentence and a hint a coordinator can act on,
//! once, when first asked.

use super::index::*;
use super::{
    describe_rows, CalendarDay, CalendarKind, Conflict, ConflictKind, DriftRow, DriftSegment,
    Resource, Severity,
};
use crate::occurrence::Occurrence;
use crate::schedule::{Campus, CampusId, Schedule};
use crate::time::{CivilDate, CivilDateTime, CivilTime, Instant};
use crate::zone::{Resolution, Zone};

pub(super) const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

pub(super) fn day_month(d: CivilDate) -> String {
    format!("{} {}", d.day(), MONTHS[(d.month() as usize + 11) % 12])
}

/// "Tue 13 Oct 2026".
pub(super) fn long_date(d: CivilDate) -> String {
    format!("{} {} {}", d.weekday(), day_month(d), d.year())
}

/// "Chalmers'", "RWTH's".
pub(super) fn possessive(name: &str) -> String {
    if name.ends_with('s') {
        format!("{name}'")
    } else {
        format!("{name}'s")
    }
}

pub(super) fn hhmm(t: CivilTime) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

impl ConflictIndex {
    /// One group in words: the first member's message, then how many more dates.
    pub(super) fn describe(&self, schedule: &Schedule, group: &[Raw]) -> Conflict {
        let occ = |(s, k): (usize, usize)| &self.occurrences[s][k];
        let (mut conflict, mut dates) = match group[0] {
            Raw::Drift { session } => {
                let c = self.drift(schedule, session);
                return c.unwrap_or_else(|| {
                    unreachable!("a drift group is made only for a drifting series")
                });
            }
            Raw::Pair { kind, resource, .. } => {
                let mut c = None;
                let mut dates = Vec::new();
                let mut refs = Vec::new();
                for x in group {
                    if let Raw::Pair { a, b, .. } = *x {
                        let zone = self.resource_zone(resource, a.0);
                        dates.push(self.local(zone, occ(b).start).date());
                        // Busy blocks are not occurrences of the schedule: only sessions count.
                        for x in [a, b].into_iter().filter(|x| x.0 < schedule.sessions.len()) {
                            refs.push(reference(occ(x)));
                        }
                        if c.is_none() && kind == ConflictKind::BusyElsewhere {
                            c = Some(self.busy_conflict(schedule, resource, zone, a, b));
                        } else if c.is_none() {
                            let (ia, ib) = (&self.info[a.0].campuses, &self.info[b.0].campuses);
                            let mut campuses = ia.clone();
                            campuses.extend(ib.iter().filter(|x| !ia.contains(x)));
                            c = Some(pair_conflict(
                                schedule,
                                kind,
                                resource,
                                zone,
                                &campuses,
                                occ(a),
                                occ(b),
                            ));
                        }
                    }
                }
                let mut c = c.unwrap_or_else(|| unreachable!("a group has a member"));
                if let (true, Raw::Pair { a, b, .. }) = (kind != ConflictKind::ShortBreak, group[0])
                {
                    let zone = self.resource_zone(resource, a.0);
                    // The session is what moves; busy time stays where it is.
                    let (fixed, moving) = if b.0 >= schedule.sessions.len() {
                        (b, a)
                    } else {
                        (a, b)
                    };
                    c.hint = self.free_slot_hint(schedule, resource, zone, occ(fixed), occ(moving));
                }
                refs.dedup();
                c.occurrences = refs;
                (c, dates)
            }
            Raw::Single {
                kind,
                session,
                occurrence,
                campus,
                detail,
            } => {
                let campus = campus.map(|c| &schedule.campuses[c]);
                let zone = campus.map_or(self.clocks[self.info[session].anchor].zone, |c| c.zone);
                let first = &self.occurrences[session][occurrence];
                let mut c = self.single_conflict(schedule, kind, session, first, campus, detail);
                let mut dates = Vec::new();
                c.occurrences.clear();
                for x in group {
                    if let Raw::Single { occurrence, .. } = *x {
                        let o = &self.occurrences[session][occurrence];
                        dates.push(self.local(zone, o.start).date());
                        c.occurrences.push(reference(o));
                    }
                }
                (c, dates)
            }
        };
        dates.sort();
        dates.dedup();
        if dates.len() > 1 {
            let more = dates.len() - 1;
            let word = if more == 1 { "date" } else { "dates" };
            let last = dates[dates.len() - 1];
            conflict.message = format!(
                "{} (and {more} more {word}, until {})",
                conflict.message,
                long_date(last)
            );
        }
        conflict.occurrences.sort_by_key(|o| (o.start, o.session));
        conflict.start = conflict
            .occurrences
            .first()
            .map_or(conflict.start, |o| o.start);
        conflict
    }

    /// Where a double-booked resource is free long enough for the later session of the clash
    /// on the same local day (within its campus's teaching hours that day, or the whole day when
    /// it has none), as a hint: "move lab by 45 min to 11:45, after energy", or for a room the
    /// free window too. Says so when nothing is free later that day.
    pub(super) fn free_slot_hint(
        &self,
        schedule: &Schedule,
        resource: Resource,
        zone: Zone,
        first: &Occurrence,
        moving: &Occurrence,
    ) -> Option<String> {
        let day = zone.local(moving.start).datetime.date();
        let campus = self.resource_campus(resource);
        let hours = campus.and_then(|c| schedule.campuses[c].teaching_hours.get(&day.weekday()));
        let (open, close) = hours.map_or((0, 1440), |h| {
            (u32::from(h.start_minute), u32::from(h.end_minute))
        });
        let at = |minute: u32| {
            let d = if minute >= 1440 {
                day.add_days(1)?
            } else {
                day
            };
            let t = CivilTime::from_minutes_of_day(minute % 1440);
            zone.resolve(d.at(t), crate::Disambiguation::Compatible)
                .ok()
                .map(|r| r.instant.unix_seconds())
        };
        let (lo, hi) = (at(open)?, at(close)?);
        let need = moving.duration_minutes() * 60;
        let mut busy: Vec<(i64, i64)> = self
            .bookings
            .get(resource_key(resource))?
            .iter()
            .filter(|x| x.end > lo && x.start < hi)
            .filter(|x| {
                let o = &self.occurrences[x.session][x.occurrence];
                !(x.session == moving.session && o.date == moving.date)
            })
            .map(|x| (x.start, x.end))
            .collect();
        busy.sort_unstable();
        let mut free = Vec::new();
        let mut t = lo;
        for (start, end) in busy {
            if start - t >= need {
                free.push((t, start));
            }
            t = t.max(end);
        }
        if hi - t >= need {
            free.push((t, hi));
        }
        let from = moving.start.unix_seconds();
        let (title, label) = (
            &schedule.sessions[moving.session].title,
            resource_label(schedule, resource),
        );
        let Some(&(ws, we)) = free.iter().find(|w| w.1 - from.max(w.0) >= need) else {
            return Some(format!(
                "{label} has no free {} min later that day",
                moving.duration_minutes()
            ));
        };
        let to = from.max(ws);
        let local =
            |t: i64| Instant::from_unix_seconds(t).map(|i| hhmm(zone.local(i).datetime.time()));
        let moved = format!("move {title} by {} min to {}", (to - from) / 60, local(to)?);
        Some(match resource {
            Resource::Room(k) => format!(
                "{moved}: {} is free {}–{} that day",
                schedule.rooms[k].name,
                local(ws)?,
                local(we)?
            ),
            _ if to == first.end.unix_seconds() && first.session < schedule.sessions.len() => {
                format!("{moved}, after {}", schedule.sessions[first.session].title)
            }
            _ => format!("{moved}, when {label} is free"),
        })
    }

    /// A session meeting while its resource is busy in an imported calendar.
    pub(super) fn busy_conflict(
        &self,
        schedule: &Schedule,
        r: Resource,
        zone: Zone,
        a: (usize, usize),
        b: (usize, usize),
    ) -> Conflict {
        let sessions = schedule.sessions.len();
        let (busy, meeting) = if is_busy_calendar(schedule, a.0) {
            (a, b)
        } else {
            (b, a)
        };
        let calendar = &schedule.busy[busy.0 - sessions];
        let block = &calendar.blocks[busy.1];
        let (bo, so) = (
            &self.occurrences[busy.0][busy.1],
            &self.occurrences[meeting.0][meeting.1],
        );
        let session = &schedule.sessions[meeting.0];
        let city = schedule
            .campuses
            .iter()
            .find(|c| c.zone == zone)
            .map_or_else(|| zone.place(), |c| c.city.clone());
        let span = |o: &Occurrence| {
            format!(
                "{}–{}",
                hhmm(zone.local(o.start).datetime.time()),
                hhmm(zone.local(o.end).datetime.time())
            )
        };
        let what = if block.title.trim().is_empty() {
            calendar.name.clone()
        } else {
            format!("{}, from {}", block.title, calendar.name)
        };
        Conflict {
            kind: ConflictKind::BusyElsewhere,
            severity: Severity::Error,
            start: so.start.min(bo.start),
            sessions: vec![session.id.clone()],
            campuses: self.info[meeting.0]
                .campuses
                .iter()
                .map(|&c| schedule.campuses[c].id.clone())
                .collect(),
            occurrences: vec![reference(so)],
            message: format!(
                "{} is busy on {}, {} {city} time ({what}) when {} meets {}",
                resource_label(schedule, r),
                long_date(zone.local(bo.start).datetime.date()),
                span(bo),
                session.title,
                span(so)
            ),
            hint: None,
            drift: Vec::new(),
            calendar: None,
        }
    }

    pub(super) fn single_conflict(
        &self,
        schedule: &Schedule,
        kind: ConflictKind,
        i: usize,
        o: &Occurrence,
        campus: Option<&Campus>,
        detail: Detail,
    ) -> Conflict {
        let session = &schedule.sessions[i];
        let anchor = &self.clocks[self.info[i].anchor];
        let mut calendar = None;
        let (message, hint) = match campus {
            None => {
                let note = o.resolution.describe(o.local_start).unwrap_or_default();
                let what = match o.resolution {
                    Resolution::Gap { .. } => "moved forward past the switch",
                    _ => "taken at its first occurrence",
                };
                (
                    format!(
                        "{}: {note} in {}; {what}",
                        session.title,
                        schedule.anchor_place(session)
                    ),
                    Some("pick a wall-clock time outside the switch hour".to_string()),
                )
            }
            Some(c) => {
                let s = self.local(c.zone, o.start);
                let e = self.local(c.zone, o.end);
                let date = s.date();
                let span = format!("{}–{}", hhmm(s.time()), hhmm(e.time()));
                let city = &c.city;
                match kind {
                    ConflictKind::OnClosure | ConflictKind::InExamPeriod => {
                        let day = self.calendar_day(c, date, detail);
                        let name = day.as_ref().map_or("a closure", |d| d.name.as_str());
                        let message = match day.as_ref().map(|d| (d.kind, &d.english_name)) {
                            Some((CalendarKind::PublicHoliday(_), english)) => {
                                let english = english
                                    .as_deref()
                                    .filter(|e| *e != name)
                                    .map_or(String::new(), |e| format!(" ({e})"));
                                format!(
                                    "{} on {} falls on {name}{english}, a public holiday at {} ({city}): its cohorts there are off",
                                    session.title,
                                    long_date(date),
                                    c.short
                                )
                            }
                            Some((CalendarKind::LectureFree, _)) => format!(
                                "{} on {} falls in {name}, lecture-free at {}",
                                session.title,
                                long_date(date),
                                c.short
                            ),
                            Some((CalendarKind::Exams, _)) => format!(
                                "{} on {} is in {} exam period ({name})",
                                session.title,
                                long_date(date),
                                possessive(&c.short)
                            ),
                            _ => format!(
                                "{} on {} falls on {name} at {} (closed)",
                                session.title,
                                long_date(date),
                                c.short
                            ),
                        };
                        let hint = if kind == ConflictKind::InExamPeriod {
                            "students may be sitting exams: move the occurrence out of the period, or keep it if they are not"
                        } else {
                            "skip this date or move the occurrence"
                        };
                        calendar = day;
                        (message, Some(hint.to_string()))
                    }
                    ConflictKind::OutsideCampusTerm => {
                        let term = c.term.unwrap_or(schedule.term);
                        (
                            format!(
                                "{} on {} is outside {} term ({} – {})",
                                session.title,
                                long_date(date),
                                possessive(&c.short),
                                long_date(term.start),
                                long_date(term.end)
                            ),
                            None,
                        )
                    }
                    ConflictKind::OtherLocalWeekday => {
                        let host = anchor.civil(o.start.unix_seconds());
                        (
                            format!(
                                "{} on {} {} is on {} at {}, {span} {city} time, not a teaching day there",
                                session.title,
                                host.weekday(),
                                day_month(host.date()),
                                long_date(date),
                                c.short
                            ),
                            self.common_window_hint(schedule, session, &self.info[i].campuses, anchor.zone, o),
                        )
                    }
                    _ => match c.teaching_hours.get(&s.weekday()) {
                        None => (
                            format!(
                                "{} on {} is on a day {} does not teach ({span} {city} time)",
                                session.title,
                                long_date(date),
                                c.short
                            ),
                            self.common_window_hint(
                                schedule,
                                session,
                                &self.info[i].campuses,
                                anchor.zone,
                                o,
                            ),
                        ),
                        Some(hours) => (
                            format!(
                                "{} on {} runs {span} {city} time, outside {} teaching hours ({})",
                                session.title,
                                long_date(date),
                                possessive(&c.short),
                                hours.to_string().replace('-', "–")
                            ),
                            self.common_window_hint(
                                schedule,
                                session,
                                &self.info[i].campuses,
                                anchor.zone,
                                o,
                            ),
                        ),
                    },
                }
            }
        };
        Conflict {
            kind,
            severity: kind.severity(),
            start: o.start,
            sessions: vec![session.id.clone()],
            campuses: campus.map(|c| vec![c.id.clone()]).unwrap_or_default(),
            occurrences: vec![reference(o)],
            message,
            hint,
            drift: Vec::new(),
            calendar,
        }
    }

    /// The closure, public holiday or period `detail` names at campus `c`, as data.
    pub(super) fn calendar_day(
        &self,
        c: &Campus,
        date: CivilDate,
        detail: Detail,
    ) -> Option<CalendarDay> {
        let day = |kind, name: &str, english_name: Option<&str>| CalendarDay {
            campus: c.id.clone(),
            date,
            kind,
            name: name.to_string(),
            english_name: english_name.map(str::to_string),
        };
        match detail {
            Detail::Closed(ClosedBy::Closure(x)) => c
                .closures
                .get(x)
                .map(|x| day(CalendarKind::Closure, &x.name, None)),
            Detail::Closed(ClosedBy::Holiday(h)) => {
                let k = *self.ids.campuses.get(c.id.as_str())?;
                let h = self.campus_holidays.get(k)?.get(h)?;
                Some(day(
                    CalendarKind::PublicHoliday(h.kind),
                    &h.local_name,
                    Some(&h.english_name),
                ))
            }
            Detail::Closed(ClosedBy::LectureFree(p)) => c
                .periods
                .get(p)
                .map(|p| day(CalendarKind::LectureFree, &p.name, None)),
            Detail::Exams(p) => c
                .periods
                .get(p)
                .map(|p| day(CalendarKind::Exams, &p.name, None)),
            Detail::None | Detail::LocalSpan { .. } | Detail::Occurrence(_) => None,
        }
    }

    /// When everyone taking part is in teaching hours that day, as a hint in anchor-zone time.
    pub(super) fn common_window_hint(
        &self,
        schedule: &Schedule,
        session: &crate::Session,
        campuses: &[usize],
        anchor: Zone,
        o: &Occurrence,
    ) -> Option<String> {
        let day = anchor.local(o.start).datetime.date();
        let start_of = |z: Zone, d: CivilDate, minute: u32| {
            let t = CivilTime::from_minutes_of_day(minute.min(1439));
            let extra = i64::from(minute.saturating_sub(1439));
            z.resolve(d.at(t), crate::Disambiguation::Compatible)
                .ok()
                .and_then(|r| r.instant.add_minutes(extra))
                .map(|i| i.unix_seconds())
        };
        // The host's day, then narrowed by each campus's teaching hours on the local days it spans.
        let mut window: Vec<(i64, i64)> = vec![(
            start_of(anchor, day, 0)?,
            start_of(anchor, day.add_days(1)?, 0)?,
        )];
        for (at, c) in campuses.iter().map(|&at| (at, &schedule.campuses[at])) {
            let mut open: Vec<(i64, i64)> = Vec::new();
            for k in -1..=1 {
                let d = day.add_days(k)?;
                if let Some(h) = c.teaching_hours.get(&d.weekday()) {
                    if self.closed_by(schedule, at, d).is_some() {
                        continue;
                    }
                    open.push((
                        start_of(c.zone, d, u32::from(h.start_minute))?,
                        start_of(c.zone, d, u32::from(h.end_minute))?,
                    ));
                }
            }
            window = window
                .iter()
                .flat_map(|w| open.iter().map(move |x| (w.0.max(x.0), w.1.min(x.1))))
                .filter(|w| w.1 - w.0 >= o.duration_minutes() * 60)
                .collect();
        }
        let best = window.iter().max_by_key(|w| w.1 - w.0)?;
        let (s, e) = (
            Instant::from_unix_seconds(best.0)?,
            Instant::from_unix_seconds(best.1)?,
        );
        Some(format!(
            "everyone taking part is in teaching hours {}–{} {} time that day",
            hhmm(anchor.local(s).datetime.time()),
            hhmm(anchor.local(e).datetime.time()),
            schedule.anchor_place(session)
        ))
    }

    /// A series whose local start changes during the term at some participating campus.
    pub(super) fn drift(&self, schedule: &Schedule, i: usize) -> Option<Conflict> {
        let session = &schedule.sessions[i];
        session.repeat.as_ref()?;
        let regular: Vec<&Occurrence> = self.occurrences[i].iter().filter(|o| !o.changed).collect();
        let mut rows = Vec::new();
        for &c in &self.info[i].campuses {
            let campus = &schedule.campuses[c];
            let clock = &self.clocks[self.campus_clock[c]];
            let mut segments: Vec<DriftSegment> = Vec::new();
            for o in &regular {
                let l = clock.civil(o.start.unix_seconds());
                match segments.last_mut() {
                    Some(s) if s.local_start == l.time() => {
                        s.last = l.date();
                        s.count += 1;
                    }
                    _ => segments.push(DriftSegment {
                        first: l.date(),
                        last: l.date(),
                        local_start: l.time(),
                        count: 1,
                    }),
                }
            }
            if segments.len() > 1 {
                rows.push(DriftRow {
                    campus: campus.id.clone(),
                    city: campus.city.clone(),
                    segments,
                });
            }
        }
        if rows.is_empty() {
            return None;
        }
        let first = regular.first()?;
        let anchor = &self.clocks[self.info[i].anchor];
        let message = format!(
            "{} ({} {} {} time) moves at partners during the term: {}",
            session.title,
            anchor.civil(first.start.unix_seconds()).weekday(),
            hhmm(first.local_start.time()),
            schedule.anchor_place(session),
            describe_rows(&rows)
        );
        Some(Conflict {
            kind: ConflictKind::DaylightSavingDrift,
            severity: Severity::Info,
            start: first.start,
            sessions: vec![session.id.clone()],
            campuses: rows.iter().map(|r| r.campus.clone()).collect(),
            occurrences: regular.iter().map(|o| reference(o)).collect(),
            message,
            hint: None,
            drift: rows,
            calendar: None,
        })
    }
}

pub(super) fn resource_label(schedule: &Schedule, r: Resource) -> String {
    match r {
        Resource::Cohort(i) => format!("Cohort {}", schedule.cohorts[i].name),
        Resource::Lecturer(i) => format!("Lecturer {}", schedule.lecturers[i].name),
        Resource::Room(i) => format!("Room {}", schedule.rooms[i].name),
    }
}

pub(super) fn pair_conflict(
    schedule: &Schedule,
    kind: ConflictKind,
    r: Resource,
    zone: Zone,
    campuses: &[usize],
    a: &Occurrence,
    b: &Occurrence,
) -> Conflict {
    let (sa, sb) = (&schedule.sessions[a.session], &schedule.sessions[b.session]);
    let label = resource_label(schedule, r);
    let city = schedule
        .campuses
        .iter()
        .find(|c| c.zone == zone)
        .map_or_else(|| zone.place(), |c| c.city.clone());
    let (la, lb) = (zone.local(a.start).datetime, zone.local(b.start).datetime);
    let (ea, eb) = (zone.local(a.end).datetime, zone.local(b.end).datetime);
    let span =
        |s: CivilDateTime, e: CivilDateTime| format!("{}–{}", hhmm(s.time()), hhmm(e.time()));
    let (message, hint) = if kind == ConflictKind::ShortBreak {
        let gap = a.end.minutes_until(b.start);
        let want = schedule.rules.min_break_minutes;
        (
            format!(
                "{label} has only {gap} min between {} (ends {}) and {} (starts {}) on {}, {city} time; the rule asks for {want} min",
                sa.title,
                hhmm(ea.time()),
                sb.title,
                hhmm(lb.time()),
                long_date(lb.date()),
            ),
            Some(format!("move {} by {} min", sb.title, i64::from(want) - gap)),
        )
    } else {
        let overlap = b.start.minutes_until(a.end.min(b.end));
        let names = if a.session == b.session {
            format!("two occurrences of {}", sa.title)
        } else {
            format!("{} and {}", sa.title, sb.title)
        };
        let shift = b.start.minutes_until(a.end);
        let moved = b
            .start
            .add_minutes(shift)
            .map(|i| hhmm(zone.local(i).datetime.time()))
            .unwrap_or_default();
        (
            format!(
                "{label} has two sessions on {}, {} and {} {city} time ({names}, overlapping {overlap} min)",
                long_date(la.date()),
                span(la, ea),
                span(lb, eb),
            ),
            Some(format!("move {} by {shift} min to {moved}, after {}", sb.title, sa.title)),
        )
    };
    let campuses: Vec<CampusId> = campuses
        .iter()
        .map(|&c| schedule.campuses[c].id.clone())
        .collect();
    let mut sessions = vec![sa.id.clone()];
    if sb.id != sa.id {
        sessions.push(sb.id.clone());
    }
    Conflict {
        kind,
        severity: kind.severity(),
        start: a.start.min(b.start),
        sessions,
        campuses,
        occurrences: vec![reference(a), reference(b)],
        message,
        hint,
        drift: Vec::new(),
        calendar: None,
    }
}

/// The clashes of a resource past [`MAX_CLASHES_PER_RESOURCE`], as one conflict that says how
/// many were not listed.
pub(super) fn omitted_conflict(schedule: &Schedule, r: Resource, o: &Omitted) -> Conflict {
    let label = resource_label(schedule, r);
    Conflict {
        kind: double_kind(r),
        severity: Severity::Error,
        start: Instant::from_unix_seconds(o.first_start)
            .unwrap_or_else(|| Instant::from_unix_seconds(0).unwrap_or_else(|| unreachable!())),
        sessions: Vec::new(),
        campuses: Vec::new(),
        occurrences: Vec::new(),
        message: format!(
            "{label} has {} more overlapping bookings than are listed (Meridian lists {} conflicts or {} overlaps of a cohort, lecturer or room)",
            o.pairs, MAX_CONFLICTS_PER_RESOURCE, MAX_CLASHES_PER_RESOURCE
        ),
        hint: Some("fix the double bookings listed first: copies of one session are the usual cause".into()),
        drift: Vec::new(),
        calendar: None,
    }
}
