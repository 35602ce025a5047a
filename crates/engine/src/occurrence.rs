//! Sessions expanded into dated occurrences on the UTC time line.
//!
//! A series keeps its wall-clock time in its anchor zone; every week is resolved on its own with
//! [`Disambiguation::Compatible`], so one series lands at different local times at partners whose
//! daylight-saving switches fall on other dates.

use crate::schedule::{Schedule, Session, Term};
use crate::time::{CivilDate, CivilDateTime, Instant};
use crate::zone::{Disambiguation, LocalTime, Resolution, Zone};
use crate::Error;

/// One dated meeting of a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence {
    /// Index of the session in [`Schedule::sessions`].
    pub session: usize,
    /// The occurrence's date in its series (anchor zone); names it even when it was moved.
    pub date: CivilDate,
    /// Whether this occurrence was changed (moved, lengthened, other rooms) in the series.
    pub changed: bool,
    /// Wall-clock start in the session's anchor zone, as scheduled.
    pub local_start: CivilDateTime,
    /// The anchor zone.
    pub zone: Zone,
    /// Absolute start.
    pub start: Instant,
    /// Absolute end (start + duration; a switch during a session does not stretch it).
    pub end: Instant,
    /// Whether the scheduled wall-clock start was exact, skipped (gap) or repeated (fold).
    pub resolution: Resolution,
}

impl Occurrence {
    /// The rooms booked for this occurrence (a change may name other rooms than the series).
    pub fn rooms<'a>(&self, schedule: &'a Schedule) -> &'a [crate::schedule::RoomId] {
        let Some(session) = schedule.sessions.get(self.session) else {
            return &[];
        };
        match session.change_on(self.date).and_then(|c| c.rooms.as_ref()) {
            Some(rooms) => rooms,
            None => &session.rooms,
        }
    }
    /// Length in minutes.
    pub fn duration_minutes(&self) -> i64 {
        self.start.minutes_until(self.end)
    }
    /// The start as seen in another zone.
    pub fn local_start_in(&self, zone: Zone) -> LocalTime {
        zone.local(self.start)
    }
    /// The end as seen in another zone.
    pub fn local_end_in(&self, zone: Zone) -> LocalTime {
        zone.local(self.end)
    }
}

/// The dates (in the anchor zone) on which a session takes place, before the term clip
/// ([`Session::dates`]).
pub fn session_dates(session: &Session, term: &Term) -> Vec<CivilDate> {
    session.dates(term)
}

/// Every date a series counts, skipped ones included ([`Session::counted_dates`]).
pub fn counted_dates(session: &Session, term: &Term) -> Vec<CivilDate> {
    session.counted_dates(term)
}

/// Every occurrence of one session within the schedule's term, in time order.
pub fn session_occurrences(schedule: &Schedule, index: usize) -> Result<Vec<Occurrence>, Error> {
    session_occurrences_with(schedule, index, &|zone, local| {
        zone.resolve(local, Disambiguation::Compatible)
    })
}

/// [`session_occurrences`] with the `compatible` resolution supplied by the caller (the conflict
/// index resolves through its cached offsets).
pub(crate) fn session_occurrences_with(
    schedule: &Schedule,
    index: usize,
    resolve: &dyn Fn(Zone, CivilDateTime) -> Result<crate::Resolved, Error>,
) -> Result<Vec<Occurrence>, Error> {
    let Some(session) = schedule.sessions.get(index) else {
        return Ok(Vec::new());
    };
    let zone = schedule.anchor_zone(session);
    let time = session.start.time();
    let mut out = Vec::new();
    for date in session_dates(session, &schedule.term) {
        if !schedule.term.contains(date) {
            continue;
        }
        let change = session.change_on(date);
        let local_start = change
            .and_then(|c| c.start)
            .unwrap_or_else(|| date.at(time));
        let duration = change
            .and_then(|c| c.duration_minutes)
            .unwrap_or(session.duration_minutes);
        let resolved = resolve(zone, local_start)?;
        let end = resolved
            .instant
            .add_minutes(i64::from(duration))
            .ok_or_else(|| Error::OutOfRange(local_start.to_string()))?;
        out.push(Occurrence {
            session: index,
            date,
            changed: change.is_some(),
            local_start,
            zone,
            start: resolved.instant,
            end,
            resolution: resolved.resolution,
        });
    }
    out.sort_by_key(|o| o.start);
    Ok(out)
}

/// Every occurrence of every session whose start lies in `[from, to)` (or the whole term when
/// both are `None`), sorted by start, then by session order.
pub fn occurrences(
    schedule: &Schedule,
    from: Option<Instant>,
    to: Option<Instant>,
) -> Result<Vec<Occurrence>, Error> {
    let mut all = Vec::new();
    for i in 0..schedule.sessions.len() {
        all.extend(
            session_occurrences(schedule, i)?
                .into_iter()
                .filter(|o| from.is_none_or(|f| o.start >= f) && to.is_none_or(|t| o.start < t)),
        );
    }
    all.sort_by(|a, b| a.start.cmp(&b.start).then(a.session.cmp(&b.session)));
    Ok(all)
}

/// The Mondays of the weeks to page through when days are drawn in `zone`: the term's weeks
/// ([`Term::week_mondays`]), and the week before or after them where an occurrence falls on a
/// day of `zone` outside those weeks. A Monday 09:00 lecture in Auckland on the term's first day
/// meets on Sunday afternoon in Santiago, in the week before the term's first: without that
/// week a student there could not page to their first session. Occurrences lie within the term,
/// and a day in one zone is at most two days from the same instant's day in another, so at most
/// one week is added at each end. A schedule whose sessions cannot be expanded gives the term's
/// weeks.
pub fn week_mondays_in(schedule: &Schedule, zone: Zone) -> Vec<CivilDate> {
    match occurrences(schedule, None, None) {
        Ok(all) => weeks_holding(schedule.term, zone, all.iter().map(|o| o.start)),
        Err(_) => schedule.term.week_mondays(),
    }
}

/// [`week_mondays_in`] for occurrences already expanded (a timetable's agenda): the term's
/// weeks, and before or after them the week in `zone` of the earliest or latest of `starts`
/// when it falls outside.
pub fn weeks_holding(
    term: Term,
    zone: Zone,
    starts: impl IntoIterator<Item = Instant>,
) -> Vec<CivilDate> {
    let mut weeks = term.week_mondays();
    let (Some(&first), Some(&last)) = (weeks.first(), weeks.last()) else {
        return weeks;
    };
    let mondays = starts
        .into_iter()
        .map(|at| zone.local(at).datetime.date().monday());
    let Some((earliest, latest)) = mondays.fold(None, |span, m| match span {
        None => Some((m, m)),
        Some((a, b)) => Some((m.min(a), m.max(b))),
    }) else {
        return weeks;
    };
    if earliest < first {
        weeks.insert(0, earliest);
    }
    if latest > last {
        weeks.push(latest);
    }
    weeks
}
