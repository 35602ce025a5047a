//! What the student timetable shows, computed from the engine's timetable data: the agenda by
//! day, plain-language notices where a time changes, the next session, and a term overview.
//! Pure and tested natively; worded in the reader's language, times on the reader's 12- or
//! 24-hour clock (both from [`Words`]).

use crate::view_model::Meeting;
use crate::words::city;
use meridian_engine::schedule::Schedule;
use meridian_engine::timetable::{Entry, Status, TimeChange};
use meridian_engine::{CivilDate, Instant};
use meridian_words::{length, w, Words};
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
pub fn days(words: &Words, schedule: &Schedule, entries: &[Entry], now: Instant) -> Vec<Day> {
    let mut by_day: BTreeMap<CivilDate, Vec<Item>> = BTreeMap::new();
    for e in entries {
        let Some(session) = schedule.sessions.get(e.session) else {
            continue;
        };
        let host = schedule.campus(&session.host);
        let mut time = words.span(e.local_start.time(), e.local_end.time());
        if e.local_end.date() != e.local_start.date() {
            time = w!(words, "timetable-next-day", time = time);
        }
        let rooms_of = match session.change_on(e.series_date) {
            Some(c) if c.rooms.is_some() => c.rooms.clone().unwrap_or_default(),
            _ => session.rooms.clone(),
        };
        let rooms = rooms_of
            .iter()
            .filter_map(|r| schedule.rooms.iter().find(|x| x.id == *r))
            .map(|r| match schedule.campus(&r.campus) {
                Some(c) => w!(
                    words,
                    "timetable-room",
                    room = r.name.as_str(),
                    campus = c.short.as_str()
                ),
                None => r.name.clone(),
            })
            .collect::<Vec<_>>()
            .join("; ");
        by_day.entry(e.local_start.date()).or_default().push(Item {
            session: e.session,
            title: session.title.clone(),
            time,
            length: length(words, e.start.minutes_until(e.end)),
            host: match host {
                Some(h) => w!(
                    words,
                    "timetable-host-time",
                    time = words.clock(e.host_start.time()),
                    city = city(schedule, e.host_zone),
                    campus = h.short.as_str()
                ),
                None => w!(
                    words,
                    "timetable-host-time-no-campus",
                    time = words.clock(e.host_start.time()),
                    city = city(schedule, e.host_zone)
                ),
            },
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
            label: words.short_date(date),
            items,
        })
        .collect()
}

/// "From Mon 30 Mar, Weekly starts at 05:00 instead of 06:00 (Berlin switches to summer time)."
pub fn notice(words: &Words, schedule: &Schedule, change: &TimeChange) -> String {
    let title = schedule
        .sessions
        .get(change.session)
        .map_or_else(|| w!(words, "timetable-this-class"), |s| s.title.clone());
    let why: Vec<String> = change
        .switched
        .iter()
        .map(|(zone, summer)| {
            let id = if *summer {
                "timetable-switch-to-summer"
            } else {
                "timetable-switch-from-summer"
            };
            w!(words, id, city = city(schedule, *zone))
        })
        .collect();
    let (date, now, was) = (
        words.short_date(change.from),
        words.clock(change.now),
        words.clock(change.was),
    );
    if why.is_empty() {
        w!(
            words,
            "timetable-change",
            date = date,
            title = title,
            now = now,
            was = was
        )
    } else {
        w!(
            words,
            "timetable-change-why",
            date = date,
            title = title,
            now = now,
            was = was,
            why = why.join("; ")
        )
    }
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
pub fn overview(words: &Words, schedule: &Schedule, entries: &[Entry]) -> Vec<OverviewRow> {
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
                let key = w!(
                    words,
                    "timetable-usual",
                    weekday = words.weekday(e.local_start.weekday()),
                    time = words.span(e.local_start.time(), e.local_end.time())
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
                let count = list.len() - counts.get(&usual).copied().unwrap_or(0);
                w!(words, "timetable-other-times", usual = usual, count = count)
            } else {
                usual
            };
            let (first, last) = (list.first()?, list.last()?);
            let dates = if list.len() == 1 {
                words.short_date(first.local_start.date())
            } else {
                w!(
                    words,
                    "timetable-dates",
                    first = words.short_date(first.local_start.date()),
                    last = words.short_date(last.local_start.date()),
                    count = list.len()
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
            .map(|c| notice(&Words::english(), &s, c))
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
        let rows = overview(&Words::english(), &s, &entries);
        let guest = rows.iter().find(|r| r.title.starts_with("Guest")).unwrap();
        assert_eq!(guest.when, "Mon 16:00–17:00 (other times on 1 date)");
        assert_eq!(guest.dates, "Mon 19 Oct – Mon 9 Nov · 4 sessions");
    }
}
