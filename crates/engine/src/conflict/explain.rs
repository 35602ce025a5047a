//! Explaining: each group of raw findings made into one conflict, with what happened and a hint
//! a coordinator can act on as data (names, local dates and times, amounts), once, when first
//! asked. The front ends word it (`meridian-words`).

use super::index::*;
use super::{
    Booked, CalendarDay, CalendarKind, Conflict, ConflictDetail, ConflictKind, DriftRow,
    DriftSegment, Hint, Opening, Repeats, Resource, Severity, Span, Switch,
};
use crate::occurrence::Occurrence;
use crate::schedule::{Campus, CampusId, Schedule};
use crate::time::{CivilDate, CivilTime, Instant, Weekday};
use crate::zone::{Resolution, Zone};

/// The wall-clock span of an occurrence on `zone`'s clock.
fn span_in(zone: Zone, o: &Occurrence) -> Span {
    Span {
        start: zone.local(o.start).datetime.time(),
        end: zone.local(o.end).datetime.time(),
    }
}

/// The city of the campus on `zone`'s clock, or the zone's place.
fn place_of(schedule: &Schedule, zone: Zone) -> String {
    schedule
        .campuses
        .iter()
        .find(|c| c.zone == zone)
        .map_or_else(|| zone.place(), |c| c.city.clone())
}

impl ConflictIndex {
    /// One group as a conflict: the first member's detail, then how many more dates.
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
        if let (true, Some(&last)) = (dates.len() > 1, dates.last()) {
            conflict.repeats = Some(Repeats {
                more: dates.len() - 1,
                last,
            });
        }
        conflict.dates = dates;
        conflict.occurrences.sort_by_key(|o| (o.start, o.session));
        conflict.start = conflict
            .occurrences
            .first()
            .map_or(conflict.start, |o| o.start);
        conflict
    }

    /// Where a double-booked resource is free long enough for the later session of the clash
    /// on the same local day (within its campus's teaching hours that day, or the whole day when
    /// it has none), as a hint: move the lab by 45 min to 11:45, after energy; or for a room
    /// with the free window too. Says so when nothing is free later that day.
    pub(super) fn free_slot_hint(
        &self,
        schedule: &Schedule,
        resource: Resource,
        zone: Zone,
        first: &Occurrence,
        moving: &Occurrence,
    ) -> Option<Hint> {
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
        let title = &schedule.sessions[moving.session].title;
        let Some(&(ws, we)) = free.iter().find(|w| w.1 - from.max(w.0) >= need) else {
            return Some(Hint::NoFreeTime {
                booked: booked(schedule, resource),
                minutes: moving.duration_minutes(),
            });
        };
        let to = from.max(ws);
        let local = |t: i64| Instant::from_unix_seconds(t).map(|i| zone.local(i).datetime.time());
        let opening = match resource {
            Resource::Room(k) => Opening::RoomFree {
                room: schedule.rooms[k].name.clone(),
                free: Span {
                    start: local(ws)?,
                    end: local(we)?,
                },
            },
            _ if to == first.end.unix_seconds() && first.session < schedule.sessions.len() => {
                Opening::After(schedule.sessions[first.session].title.clone())
            }
            _ => Opening::WhenFree(booked(schedule, resource)),
        };
        Some(Hint::MoveTo {
            session: title.clone(),
            minutes: (to - from) / 60,
            to: local(to)?,
            opening,
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
            detail: ConflictDetail::Busy {
                booked: booked(schedule, r),
                place: place_of(schedule, zone),
                date: zone.local(bo.start).datetime.date(),
                busy: span_in(zone, bo),
                block: block.title.trim().to_string(),
                calendar: calendar.name.clone(),
                session: session.title.clone(),
                meets: span_in(zone, so),
            },
            hint: None,
            repeats: None,
            dates: Vec::new(),
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
        let title = session.title.clone();
        let (detail, hint) = match campus {
            None => {
                let switch = match o.resolution {
                    Resolution::Gap {
                        skipped_from,
                        skipped_to,
                        ..
                    } => Switch::Skipped {
                        from: skipped_from.time(),
                        to: skipped_to.time(),
                    },
                    Resolution::Fold { earlier, later } => Switch::Repeated { earlier, later },
                    // Only a skipped or repeated time is reported without a campus.
                    Resolution::Exact => unreachable!("an exact time is no switch"),
                };
                (
                    ConflictDetail::SwitchHour {
                        session: title,
                        local: o.local_start,
                        switch,
                        place: schedule.anchor_place(session),
                    },
                    Some(Hint::AvoidSwitchHour),
                )
            }
            Some(c) => {
                let s = self.local(c.zone, o.start);
                let e = self.local(c.zone, o.end);
                let date = s.date();
                let span = Span {
                    start: s.time(),
                    end: e.time(),
                };
                let (short, city) = (c.short.clone(), c.city.clone());
                match kind {
                    ConflictKind::OnClosure | ConflictKind::InExamPeriod => {
                        let hint = if kind == ConflictKind::InExamPeriod {
                            Hint::ExamsMaybe
                        } else {
                            Hint::SkipOrMove
                        };
                        calendar = self.calendar_day(c, date, detail);
                        (
                            ConflictDetail::OnCalendarDay {
                                session: title,
                                date,
                                campus: short,
                                city,
                            },
                            Some(hint),
                        )
                    }
                    ConflictKind::OutsideCampusTerm => {
                        let term = c.term.unwrap_or(schedule.term);
                        (
                            ConflictDetail::OutsideCampusTerm {
                                session: title,
                                date,
                                campus: short,
                                term_start: term.start,
                                term_end: term.end,
                            },
                            None,
                        )
                    }
                    ConflictKind::OtherLocalWeekday => (
                        ConflictDetail::OtherLocalWeekday {
                            session: title,
                            host_date: anchor.civil(o.start.unix_seconds()).date(),
                            date,
                            campus: short,
                            city,
                            span,
                        },
                        self.common_window_hint(
                            schedule,
                            session,
                            &self.info[i].campuses,
                            anchor.zone,
                            o,
                        ),
                    ),
                    _ => (
                        match c.teaching_hours.get(&s.weekday()) {
                            None => ConflictDetail::NoTeachingDay {
                                session: title,
                                date,
                                campus: short,
                                city,
                                span,
                            },
                            Some(&hours) => ConflictDetail::OutsideTeachingHours {
                                session: title,
                                date,
                                campus: short,
                                city,
                                span,
                                hours,
                            },
                        },
                        self.common_window_hint(
                            schedule,
                            session,
                            &self.info[i].campuses,
                            anchor.zone,
                            o,
                        ),
                    ),
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
            detail,
            hint,
            repeats: None,
            dates: Vec::new(),
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
    ) -> Option<Hint> {
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
        Some(Hint::CommonWindow {
            span: Span {
                start: anchor.local(s).datetime.time(),
                end: anchor.local(e).datetime.time(),
            },
            place: schedule.anchor_place(session),
        })
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
        let mut weekdays: Vec<Weekday> = regular
            .iter()
            .map(|o| anchor.civil(o.start.unix_seconds()).weekday())
            .collect();
        weekdays.sort();
        weekdays.dedup();
        let detail = ConflictDetail::Drift {
            session: session.title.clone(),
            weekdays,
            time: first.local_start.time(),
            place: schedule.anchor_place(session),
        };
        Some(Conflict {
            kind: ConflictKind::DaylightSavingDrift,
            severity: Severity::Info,
            start: first.start,
            sessions: vec![session.id.clone()],
            campuses: rows.iter().map(|r| r.campus.clone()).collect(),
            occurrences: regular.iter().map(|o| reference(o)).collect(),
            detail,
            hint: None,
            repeats: None,
            dates: Vec::new(),
            drift: rows,
            calendar: None,
        })
    }
}

/// A cohort, lecturer or room with its name.
pub(super) fn booked(schedule: &Schedule, r: Resource) -> Booked {
    let name = match r {
        Resource::Cohort(i) => &schedule.cohorts[i].name,
        Resource::Lecturer(i) => &schedule.lecturers[i].name,
        Resource::Room(i) => &schedule.rooms[i].name,
    };
    Booked {
        resource: r,
        name: name.clone(),
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
    let (booked, place) = (booked(schedule, r), place_of(schedule, zone));
    let (la, lb) = (zone.local(a.start).datetime, zone.local(b.start).datetime);
    let (ea, eb) = (zone.local(a.end).datetime, zone.local(b.end).datetime);
    // A double booking's hint is where the resource is free (`free_slot_hint`), found later.
    let (detail, hint) = if kind == ConflictKind::ShortBreak {
        let gap = a.end.minutes_until(b.start);
        let want = schedule.rules.min_break_minutes;
        (
            ConflictDetail::ShortBreak {
                booked,
                place,
                date: lb.date(),
                first: sa.title.clone(),
                first_ends: ea.time(),
                second: sb.title.clone(),
                second_starts: lb.time(),
                gap_minutes: gap,
                rule_minutes: want,
            },
            Some(Hint::MoveBy {
                session: sb.title.clone(),
                minutes: i64::from(want) - gap,
            }),
        )
    } else {
        (
            ConflictDetail::DoubleBooked {
                booked,
                place,
                date: la.date(),
                first: sa.title.clone(),
                first_span: Span {
                    start: la.time(),
                    end: ea.time(),
                },
                second: sb.title.clone(),
                second_span: Span {
                    start: lb.time(),
                    end: eb.time(),
                },
                same_session: a.session == b.session,
                overlap_minutes: b.start.minutes_until(a.end.min(b.end)),
            },
            None,
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
        detail,
        hint,
        repeats: None,
        dates: Vec::new(),
        drift: Vec::new(),
        calendar: None,
    }
}

/// The clashes of a resource past [`MAX_CLASHES_PER_RESOURCE`], as one conflict that says how
/// many were not listed.
pub(super) fn omitted_conflict(schedule: &Schedule, r: Resource, o: &Omitted) -> Conflict {
    Conflict {
        kind: double_kind(r),
        severity: Severity::Error,
        start: Instant::from_unix_seconds(o.first_start)
            .unwrap_or_else(|| Instant::from_unix_seconds(0).unwrap_or_else(|| unreachable!())),
        sessions: Vec::new(),
        campuses: Vec::new(),
        occurrences: Vec::new(),
        detail: ConflictDetail::Omitted {
            booked: booked(schedule, r),
            pairs: o.pairs,
            most_conflicts: MAX_CONFLICTS_PER_RESOURCE,
            most_clashes: MAX_CLASHES_PER_RESOURCE,
        },
        hint: Some(Hint::FixListedFirst),
        repeats: None,
        dates: Vec::new(),
        drift: Vec::new(),
        calendar: None,
    }
}
