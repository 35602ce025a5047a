//! What the student timetable shows, computed from the engine's timetable data: the agenda by
//! day, plain-language notices where a time changes, the next session, and a term overview.
//! Pure and tested natively; worded in the reader's language, times on the reader's 12- or
//! 24-hour clock (both from [`Words`]).

use crate::view_model::Meeting;
use crate::words::city;
use meridian_engine::schedule::Schedule;
use meridian_engine::timetable::{in_week_of, Entry, Status, TimeChange};
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
    /// Rooms, `H 0104, TU Berlin`.
    pub rooms: String,
    /// The details line: its length, the time on its host's clock (`1 h 30 min · host time
    /// 10:15 in Berlin (TU Berlin)`), or for a session kept on another zone's clock, that
    /// clock and its host apart (`1 h · 10:00 Toronto time · hosted by TU Berlin`), and rooms.
    pub meta: String,
    /// `no class this week`, `moved this week`; on a date outside today's week (or when
    /// today is not known) just `cancelled`, `moved`.
    pub flag: Option<String>,
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

/// The agenda grouped by the viewer's days; `today` (the viewer's date, when known) tells which
/// flags say "this week".
pub fn days(
    words: &Words,
    schedule: &Schedule,
    entries: &[Entry],
    now: Instant,
    today: Option<CivilDate>,
) -> Vec<Day> {
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
        let time_there = words.clock(e.host_start.time());
        let length = length(words, e.start.minutes_until(e.end));
        let meta = match host {
            Some(h) if !schedule.keeps_host_clock(session) => {
                let (city, campus) = (
                    words.place(&schedule.anchor_place(session)),
                    h.short.as_str(),
                );
                if rooms.is_empty() {
                    w!(
                        words,
                        "timetable-meta-elsewhere",
                        length = length.as_str(),
                        time = time_there,
                        city = city,
                        campus = campus
                    )
                } else {
                    w!(
                        words,
                        "timetable-meta-elsewhere-rooms",
                        length = length.as_str(),
                        time = time_there,
                        city = city,
                        campus = campus,
                        rooms = rooms.as_str()
                    )
                }
            }
            _ => {
                let host = match host {
                    Some(h) => w!(
                        words,
                        "timetable-host-time",
                        time = time_there,
                        city = words.place(&city(schedule, e.host_zone)),
                        campus = h.short.as_str()
                    ),
                    None => w!(
                        words,
                        "timetable-host-time-no-campus",
                        time = time_there,
                        city = words.place(&city(schedule, e.host_zone))
                    ),
                };
                if rooms.is_empty() {
                    w!(
                        words,
                        "timetable-meta",
                        length = length.as_str(),
                        host = host
                    )
                } else {
                    w!(
                        words,
                        "timetable-meta-rooms",
                        length = length.as_str(),
                        host = host,
                        rooms = rooms.as_str()
                    )
                }
            }
        };
        let this_week = today.is_some_and(|t| in_week_of(e, t));
        let flag = match (e.status, this_week) {
            (Status::Regular, _) => None,
            (Status::Skipped, true) => Some(words.t("timetable-skipped")),
            (Status::Skipped, false) => Some(words.t("timetable-skipped-date")),
            (Status::Changed, true) => Some(words.t("timetable-moved")),
            (Status::Changed, false) => Some(words.t("timetable-moved-date")),
        };
        by_day.entry(e.local_start.date()).or_default().push(Item {
            session: e.session,
            title: session.title.clone(),
            time,
            length,
            meta,
            flag,
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
            w!(words, id, city = words.place(&city(schedule, *zone)))
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

    fn wut_agenda(today: &str) -> Vec<Day> {
        let s = meridian_engine::demo::load("enhance-autumn-2026").unwrap();
        let viewer = Viewer {
            campus: Some(meridian_engine::schedule::CampusId::from("wut")),
            cohort: Some(CohortId::from("wut-msc1")),
            zone: Some(Zone::parse("Europe/Warsaw").unwrap()),
        };
        let entries = agenda(&s, &viewer);
        let now = Instant::parse_rfc3339("2026-12-02T15:15:00Z").unwrap();
        days(
            &Words::english(),
            &s,
            &entries,
            now,
            CivilDate::parse(today).ok(),
        )
    }

    fn item<'a>(days: &'a [Day], date: &str, title: &str) -> &'a Item {
        let date = CivilDate::parse(date).unwrap();
        days.iter()
            .find(|d| d.date == date)
            .and_then(|d| d.items.iter().find(|i| i.title.starts_with(title)))
            .unwrap()
    }

    #[test]
    fn the_guest_lectures_host_reads_wrong_no_more_toronto_time_hosted_by_tu_berlin() {
        let days = wut_agenda("2026-12-02");
        // Kept on Toronto's clock, hosted by TU Berlin: said apart, not "10:00 in Toronto
        // (TU Berlin)".
        let guest = item(&days, "2026-10-19", "Guest lecture");
        assert_eq!(guest.meta, "1 h · 10:00 Toronto time · hosted by TU Berlin");
        // An ordinary session keeps today's wording.
        let joint = item(&days, "2026-10-19", "Energy systems");
        assert_eq!(
            joint.meta,
            "1 h 30 min · host time 10:15 in Berlin (TU Berlin) · H 0104 (hybrid studio), TU Berlin"
        );
    }

    /// The words of a language from its catalogue, with English date forms.
    fn words_in(code: &str, ftl: &str) -> Words {
        Words::new(
            meridian_words::Catalogue::parse(code, ftl).unwrap(),
            std::rc::Rc::new(meridian_words::EnglishDates::default()),
        )
    }

    #[test]
    fn the_timetable_names_cities_in_the_readers_language_not_in_english() {
        // Outside readers found "Shanghai 时间" and "Ortszeit Milan": a city Meridian knows is
        // said in the reader's language.
        let s = meridian_engine::demo::load("enhance-autumn-2026").unwrap();
        let viewer = Viewer {
            campus: None,
            cohort: Some(CohortId::from("tub-msc1")),
            zone: Some(Zone::parse("Europe/Berlin").unwrap()),
        };
        let entries = agenda(&s, &viewer);
        let now = Instant::parse_rfc3339("2026-12-02T15:15:00Z").unwrap();
        let chinese = words_in("zh-Hans", include_str!("../locales/zh-Hans.ftl"));
        let days = days(&chinese, &s, &entries, now, None);
        let guest = item(&days, "2026-10-19", "Guest lecture");
        assert!(guest.meta.contains("多伦多时间 10:00"), "{}", guest.meta);
        let italian = words_in("it", include_str!("../locales/it.ftl"));
        let notices: Vec<String> = time_changes(&s, &viewer)
            .iter()
            .map(|c| notice(&italian, &s, c))
            .collect();
        assert!(
            notices
                .iter()
                .any(|n| n.contains("(Berlino passa all'ora solare)")),
            "{notices:#?}"
        );
    }

    #[test]
    fn a_past_cancellation_badged_this_week_says_just_cancelled() {
        // Wed 21 Oct's lab is skipped: seen on 2 Dec it is "cancelled", not "no class this week".
        let seen_later = wut_agenda("2026-12-02");
        let lab = item(&seen_later, "2026-10-21", "Hydrogen");
        assert_eq!(lab.status, Status::Skipped);
        assert_eq!(lab.flag.as_deref(), Some("cancelled"));
        // In its own week (seen on Monday 19 Oct), it is this week's.
        let that_week = wut_agenda("2026-10-19");
        let lab = item(&that_week, "2026-10-21", "Hydrogen");
        assert_eq!(lab.flag.as_deref(), Some("no class this week"));
        assert_eq!(item(&that_week, "2026-10-19", "Energy systems").flag, None);
    }

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
