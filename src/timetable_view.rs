//! What the student timetable shows, computed from the engine's timetable data: the agenda by
//! day, plain-language notices where a time changes, the next session, and a term overview.
//! Pure and tested natively; times follow the viewer's 12- or 24-hour clock.

use crate::view_model::Meeting;
use crate::words::{city, clock, length, short_date, span};
use meridian_engine::schedule::Schedule;
use meridian_engine::timetable::{Entry, Status, TimeChange};
use meridian_engine::{CivilDate, Instant};
use std::collections::BTreeMap;

/// One session on the agenda.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Index of the session.
    pub session: usize,
    /// Its title.
    pub title: String,
    /// `16:00–17:30` on the viewer's clock.
    pub time: String,
    /// `1 h 30 min`.
    pub length: String,
    /// `10:15 in Berlin (TU Berlin)`: the host's clock.
    pub host: String,
    /// Rooms, `H 0104, TU Berlin`.
    pub rooms: String,
    /// The meeting link.
    pub meeting: Option<Meeting>,
    /// Regular, moved or skipped.
    pub status: Status,
    /// Over at `now`.
    pub past: bool,
}

/// One day of the agenda (viewer's clock).
#[derive(Debug, Clone, PartialEq)]
pub struct Day {
    /// The date.
    pub date: CivilDate,
    /// `Mon 19 Oct`.
    pub label: String,
    /// The sessions that day, in time order.
    pub items: Vec<Item>,
}

/// The agenda grouped by the viewer's days.
pub fn days(schedule: &Schedule, entries: &[Entry], now: Instant, twelve_hour: bool) -> Vec<Day> {
    let mut by_day: BTreeMap<CivilDate, Vec<Item>> = BTreeMap::new();
    for e in entries {
        let Some(session) = schedule.sessions.get(e.session) else {
            continue;
        };
        let host = schedule.campus(&session.host);
        let mut time = span(e.local_start.time(), e.local_end.time(), twelve_hour);
        if e.local_end.date() != e.local_start.date() {
            time.push_str(" (next day)");
        }
        let rooms_of = match session.change_on(e.series_date) {
            Some(c) if c.rooms.is_some() => c.rooms.clone().unwrap_or_default(),
            _ => session.rooms.clone(),
        };
        let rooms = rooms_of
            .iter()
            .filter_map(|r| schedule.rooms.iter().find(|x| x.id == *r))
            .map(|r| match schedule.campus(&r.campus) {
                Some(c) => format!("{}, {}", r.name, c.short),
                None => r.name.clone(),
            })
            .collect::<Vec<_>>()
            .join("; ");
        by_day.entry(e.local_start.date()).or_default().push(Item {
            session: e.session,
            title: session.title.clone(),
            time,
            length: length(e.start.minutes_until(e.end)),
            host: format!(
                "{} in {}{}",
                clock(e.host_start.time(), twelve_hour),
                city(schedule, e.host_zone),
                host.map(|h| format!(" ({})", h.short)).unwrap_or_default()
            ),
            rooms,
            meeting: session.meeting_url.as_deref().map(Meeting::of),
            status: e.status,
            past: e.end <= now,
        });
    }
    by_day
        .into_iter()
        .map(|(date, items)| Day {
            date,
            label: short_date(date),
            items,
        })
        .collect()
}

/// "From Mon 30 Mar, Weekly starts at 05:00 instead of 06:00 (Berlin switches to summer time)."
pub fn notice(schedule: &Schedule, change: &TimeChange, twelve_hour: bool) -> String {
    let title = schedule
        .sessions
        .get(change.session)
        .map_or("This class", |s| s.title.as_str());
    let why: Vec<String> = change
        .switched
        .iter()
        .map(|(zone, summer)| {
            format!(
                "{} {}",
                city(schedule, *zone),
                if *summer {
                    "switches to summer time"
                } else {
                    "leaves summer time"
                }
            )
        })
        .collect();
    let mut text = format!(
        "From {}, {title} starts at {} instead of {}",
        short_date(change.from),
        clock(change.now, twelve_hour),
        clock(change.was, twelve_hour)
    );
    if !why.is_empty() {
        text.push_str(&format!(" ({})", why.join("; ")));
    }
    text.push('.');
    text
}

/// One series in the term overview.
#[derive(Debug, Clone, PartialEq)]
pub struct OverviewRow {
    /// The title.
    pub title: String,
    /// The usual weekday and time on the viewer's clock, e.g. `Mon 16:00–17:30`, with the
    /// other times it takes, e.g. `(15:00 from 26 Oct)`.
    pub when: String,
    /// `7 Sep – 14 Dec · 14 sessions`.
    pub dates: String,
}

/// Each session once: when it usually is on the viewer's clock, and its dates.
pub fn overview(schedule: &Schedule, entries: &[Entry], twelve_hour: bool) -> Vec<OverviewRow> {
    let mut order: Vec<usize> = Vec::new();
    let mut held: BTreeMap<usize, Vec<&Entry>> = BTreeMap::new();
    for e in entries.iter().filter(|e| e.status != Status::Skipped) {
        if !order.contains(&e.session) {
            order.push(e.session);
        }
        held.entry(e.session).or_default().push(e);
    }
    order
        .into_iter()
        .filter_map(|i| {
            let list = held.get(&i)?;
            let session = schedule.sessions.get(i)?;
            // The most frequent weekday and times.
            let mut counts: BTreeMap<String, usize> = BTreeMap::new();
            for e in list {
                let key = format!(
                    "{} {}",
                    e.local_start.weekday(),
                    span(e.local_start.time(), e.local_end.time(), twelve_hour)
                );
                *counts.entry(key).or_default() += 1;
            }
            let usual = counts
                .iter()
                .max_by_key(|(_, n)| **n)
                .map(|(k, _)| k.clone())
                .unwrap_or_default();
            let others = counts.len() - 1;
            let when = if others > 0 {
                format!(
                    "{usual} (other times on {} date{})",
                    list.len() - counts.get(&usual).copied().unwrap_or(0),
                    if list.len() - counts.get(&usual).copied().unwrap_or(0) == 1 {
                        ""
                    } else {
                        "s"
                    }
                )
            } else {
                usual
            };
            let (first, last) = (list.first()?, list.last()?);
            let dates = if list.len() == 1 {
                short_date(first.local_start.date())
            } else {
                format!(
                    "{} – {} · {} sessions",
                    short_date(first.local_start.date()),
                    short_date(last.local_start.date()),
                    list.len()
                )
            };
            Some(OverviewRow {
                title: session.title.clone(),
                when,
                dates,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use meridian_engine::schedule::CohortId;
    use meridian_engine::timetable::{agenda, time_changes, Viewer};
    use meridian_engine::Zone;

    #[test]
    fn a_student_in_toronto_is_told_when_and_why_the_guest_lecture_moves() {
        let s = meridian_engine::demo::load("enhance-autumn-2026").unwrap();
        let viewer = Viewer {
            campus: None,
            cohort: Some(CohortId::from("tub-msc1")),
            zone: Some(Zone::parse("Europe/Berlin").unwrap()),
        };
        let notices: Vec<String> = time_changes(&s, &viewer)
            .iter()
            .map(|c| notice(&s, c, false))
            .collect();
        assert!(
            notices.contains(&"From Mon 26 Oct, Guest lecture: North American grids starts at 15:00 instead of 16:00 (Berlin leaves summer time).".to_string()),
            "{notices:#?}"
        );
        assert!(
            notices.contains(&"From Mon 2 Nov, Guest lecture: North American grids starts at 16:00 instead of 15:00 (Toronto leaves summer time).".to_string()),
            "{notices:#?}"
        );
        let entries = agenda(&s, &viewer);
        let rows = overview(&s, &entries, false);
        let guest = rows.iter().find(|r| r.title.starts_with("Guest")).unwrap();
        assert_eq!(guest.when, "Mon 16:00–17:00 (other times on 1 date)");
        assert_eq!(guest.dates, "Mon 19 Oct – Mon 9 Nov · 4 sessions");
    }
}
