//! A student's timetable: the sessions of one cohort (or campus) as they fall on the viewer's
//! clock, the weeks that are skipped or moved, and plain-language notices where the local time
//! of a series changes because a zone switches to or from summer time.
//!
//! Everything here is data (dates, wall-clock times, zone names); the app formats it in the
//! viewer's locale.

use crate::occurrence::{session_occurrences, Occurrence};
use crate::schedule::{CampusId, CohortId, Schedule, Session};
use crate::time::{CivilDate, CivilDateTime, CivilTime, Instant};
use crate::zone::Zone;

/// Whose timetable.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Viewer {
    /// The campus the student is at (its sessions, when no cohort is chosen).
    pub campus: Option<CampusId>,
    /// The student's cohort.
    pub cohort: Option<CohortId>,
    /// The zone the student reads times in.
    pub zone: Option<Zone>,
}

/// What happens to a session on a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// As the series says.
    Regular,
    /// Moved, lengthened or in another room this week.
    Changed,
    /// Not held this week (a skipped date of the series).
    Skipped,
}

/// One line of the agenda.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Index of the session in the schedule.
    pub session: usize,
    /// Its status on this date.
    pub status: Status,
    /// The date that names it in its series (the host's date as scheduled, even when moved).
    pub series_date: CivilDate,
    /// Absolute start (for a skipped date: when it would have started).
    pub start: Instant,
    /// Absolute end.
    pub end: Instant,
    /// Start on the viewer's clock.
    pub local_start: CivilDateTime,
    /// End on the viewer's clock.
    pub local_end: CivilDateTime,
    /// Start on the host's clock (the anchor zone).
    pub host_start: CivilDateTime,
    /// The anchor zone.
    pub host_zone: Zone,
}

/// A series whose time on the viewer's clock changes from some date on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeChange {
    /// Index of the session.
    pub session: usize,
    /// The first date (viewer's clock) at the new time.
    pub from: CivilDate,
    /// The time before.
    pub was: CivilTime,
    /// The time from then on.
    pub now: CivilTime,
    /// The zones that switched in between, with whether they went to summer time.
    pub switched: Vec<(Zone, bool)>,
}

/// The sessions this viewer takes part in (all when the viewer names neither campus nor cohort).
pub fn sessions_of(schedule: &Schedule, viewer: &Viewer) -> Vec<usize> {
    schedule
        .sessions
        .iter()
        .enumerate()
        .filter(|(_, s)| schedule.involves(s, viewer.campus.as_ref(), viewer.cohort.as_ref()))
        .map(|(i, _)| i)
        .collect()
}

/// Every entry of the viewer's term in time order: held occurrences, and skipped dates of
/// series (at the time they would have had).
pub fn agenda(schedule: &Schedule, viewer: &Viewer) -> Vec<Entry> {
    let zone = viewer.zone.unwrap_or(Zone::UTC);
    let mut out = Vec::new();
    for i in sessions_of(schedule, viewer) {
        let session = &schedule.sessions[i];
        let host_zone = schedule.anchor_zone(session);
        for o in session_occurrences(schedule, i).unwrap_or_default() {
            let status = if o.changed {
                Status::Changed
            } else {
                Status::Regular
            };
            out.push(entry(i, status, &o, zone));
        }
        for date in skipped_dates(schedule, session) {
            let local = date.at(session.start.time());
            if let Ok(r) = host_zone.resolve(local, crate::Disambiguation::Compatible) {
                let end = r
                    .instant
                    .add_minutes(i64::from(session.duration_minutes))
                    .unwrap_or(r.instant);
                out.push(Entry {
                    session: i,
                    status: Status::Skipped,
                    series_date: date,
                    start: r.instant,
                    end,
                    local_start: zone.local(r.instant).datetime,
                    local_end: zone.local(end).datetime,
                    host_start: local,
                    host_zone,
                });
            }
        }
    }
    out.sort_by_key(|e| (e.start, e.session));
    out
}

fn entry(session: usize, status: Status, o: &Occurrence, zone: Zone) -> Entry {
    Entry {
        session,
        status,
        series_date: o.date,
        start: o.start,
        end: o.end,
        local_start: zone.local(o.start).datetime,
        local_end: zone.local(o.end).datetime,
        host_start: o.zone.local(o.start).datetime,
        host_zone: o.zone,
    }
}

/// Skipped dates of a series that fall in the term.
fn skipped_dates(schedule: &Schedule, session: &Session) -> Vec<CivilDate> {
    let Some(rule) = &session.repeat else {
        return Vec::new();
    };
    crate::occurrence::counted_dates(session, &schedule.term)
        .into_iter()
        .filter(|d| rule.skip.contains(d) && schedule.term.contains(*d))
        .collect()
}

/// Whether an entry falls in the week (Monday to Sunday, on the viewer's clock) of `today`: a
/// skipped or moved date is flagged "this week" only then.
pub fn in_week_of(entry: &Entry, today: CivilDate) -> bool {
    entry.local_start.date().monday() == today.monday()
}

/// The first entry still to come at `now` (one that is running counts), skipped dates left out.
pub fn next(entries: &[Entry], now: Instant) -> Option<&Entry> {
    entries
        .iter()
        .find(|e| e.status != Status::Skipped && e.end > now)
}

/// How far off a session is, counted as a reader counts: in calendar days between the local
/// dates on the reader's clock, not in whole 24-hour spans (on Wednesday afternoon, Monday's
/// lecture is 5 days away, whatever its hour).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Countdown {
    /// It has begun (or is starting this minute).
    Now,
    /// Later today on the reader's clock, or within [`COUNTDOWN_HOURS`] hours past midnight:
    /// this many minutes from now.
    Minutes(i64),
    /// On the reader's next calendar day.
    Tomorrow,
    /// This many calendar days ahead (2 or more).
    Days(i64),
}

/// Below this many hours, a session after midnight is counted in hours and minutes (at 23:30,
/// a session at 00:15 is "in 45 min", not "tomorrow").
pub const COUNTDOWN_HOURS: i64 = 6;

/// How far `start` is from `now` for a reader whose clock is `zone` (see [`Countdown`]).
pub fn countdown(now: Instant, start: Instant, zone: Zone) -> Countdown {
    let minutes = now.minutes_until(start);
    if minutes <= 0 {
        return Countdown::Now;
    }
    let days = zone
        .local(now)
        .datetime
        .date()
        .days_until(zone.local(start).datetime.date());
    if days <= 0 || minutes < COUNTDOWN_HOURS * 60 {
        Countdown::Minutes(minutes)
    } else if days == 1 {
        Countdown::Tomorrow
    } else {
        Countdown::Days(days)
    }
}

/// Where a series' time on the viewer's clock changes during the term, and which zones
/// switched in between (the host's, the viewer's, or both).
pub fn time_changes(schedule: &Schedule, viewer: &Viewer) -> Vec<TimeChange> {
    let zone = viewer.zone.unwrap_or(Zone::UTC);
    let mut out = Vec::new();
    for i in sessions_of(schedule, viewer) {
        let session = &schedule.sessions[i];
        if session.repeat.is_none() {
            continue;
        }
        let regular: Vec<Occurrence> = session_occurrences(schedule, i)
            .unwrap_or_default()
            .into_iter()
            .filter(|o| !o.changed)
            .collect();
        for pair in regular.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            let (ta, tb) = (zone.local(a.start).datetime, zone.local(b.start).datetime);
            if ta.time() == tb.time() {
                continue;
            }
            let mut switched = Vec::new();
            for z in [a.zone, zone] {
                if switched.iter().any(|(x, _)| *x == z) {
                    continue;
                }
                if let Some((at, _, _)) = z.transitions(a.start, b.start).last() {
                    switched.push((z, z.is_daylight_saving(*at)));
                }
            }
            out.push(TimeChange {
                session: i,
                from: tb.date(),
                was: ta.time(),
                now: tb.time(),
                switched,
            });
        }
    }
    out.sort_by_key(|c| (c.from, c.session));
    out
}
