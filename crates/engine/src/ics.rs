//! Calendar export (RFC 5545): a schedule, or the part a campus or cohort takes part in, as an
//! iCalendar file that any calendar imports.
//!
//! One VEVENT per series, its wall-clock start in its anchor zone (`DTSTART;TZID=`) and an
//! `RRULE` with `UNTIL` in UTC, skipped dates as `EXDATE` in the same zone, changed occurrences
//! as their own VEVENT with the series' `UID` and a `RECURRENCE-ID`, and a `VTIMEZONE` for every
//! zone used, written out transition by transition over the schedule's span (so a calendar needs
//! no time zone database of its own, and agrees with Meridian's). `UID`s are stable (schedule id
//! and session id), so importing a newer export updates events instead of duplicating them.
//! Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character.

use crate::occurrence::session_dates;
use crate::schedule::{web_link, CampusId, CohortId, Schedule, Session};
use crate::time::{CivilDate, CivilDateTime, Instant, Weekday};
use crate::zone::{Disambiguation, Zone};
use std::collections::BTreeSet;
use std::fmt::Write as _;

/// Which sessions go into the file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    /// Only the sessions this campus takes part in.
    pub campus: Option<CampusId>,
    /// Only the sessions this cohort attends.
    pub cohort: Option<CohortId>,
}

/// The iCalendar text of a schedule (or its part for a campus or cohort). `stamp` is the
/// export's time (`DTSTAMP`), given by the caller so that the engine stays pure.
pub fn export(schedule: &Schedule, scope: &Scope, stamp: Instant) -> String {
    let s = schedule.narrowed(scope.campus.as_ref(), scope.cohort.as_ref());
    let mut out = Lines::default();
    out.raw("BEGIN:VCALENDAR");
    out.raw("VERSION:2.0");
    out.raw(&format!(
        "PRODID:-//Meridian//Meridian {}//EN",
        env!("CARGO_PKG_VERSION")
    ));
    out.raw("CALSCALE:GREGORIAN");
    out.raw("METHOD:PUBLISH");
    out.text("X-WR-CALNAME", &calendar_name(&s, scope));
    let zones: BTreeSet<&str> = s.sessions.iter().map(|x| s.anchor_zone(x).name()).collect();
    for name in zones {
        if let Ok(zone) = Zone::parse(name) {
            vtimezone(&mut out, zone, &s);
        }
    }
    for session in &s.sessions {
        events(&mut out, &s, session, stamp);
    }
    out.raw("END:VCALENDAR");
    out.text
}

/// The file name to offer, e.g. `sustainable-energy-systems-autumn-2026-ntnu-msc1.ics`.
pub fn file_name(schedule: &Schedule, scope: &Scope) -> String {
    let mut base: String = schedule
        .name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    for part in [
        scope.campus.as_ref().map(|c| c.as_str()),
        scope.cohort.as_ref().map(|c| c.as_str()),
    ]
    .into_iter()
    .flatten()
    {
        base.push('-');
        base.push_str(part);
    }
    let words: Vec<&str> = base.split('-').filter(|w| !w.is_empty()).collect();
    let name = words.join("-");
    format!("{}.ics", if name.is_empty() { "meridian" } else { &name })
}

fn calendar_name(s: &Schedule, scope: &Scope) -> String {
    let who = scope
        .cohort
        .as_ref()
        .and_then(|c| {
            s.cohorts
                .iter()
                .find(|x| x.id == *c)
                .map(|x| x.name.clone())
        })
        .or_else(|| {
            scope
                .campus
                .as_ref()
                .and_then(|c| s.campus(c).map(|x| x.short.clone()))
        });
    match who {
        Some(w) => format!("{} · {w}", s.name),
        None => s.name.clone(),
    }
}

/// The span a zone's definition must cover: the term, a week either side.
fn span(s: &Schedule) -> (Instant, Instant) {
    let at = |d: Option<CivilDate>| {
        d.and_then(|d| {
            Zone::UTC
                .resolve(d.at(crate::CivilTime::MIDNIGHT), Disambiguation::Compatible)
                .ok()
        })
        .map(|r| r.instant)
    };
    let from = at(s.term.start.add_days(-8)).or_else(|| Instant::from_unix_seconds(0));
    let to = at(s.term.end.add_days(8)).or_else(|| Instant::from_unix_seconds(0));
    match (from, to) {
        (Some(a), Some(b)) => (a, b),
        _ => (stamp_zero(), stamp_zero()),
    }
}

fn stamp_zero() -> Instant {
    Instant::from_unix_seconds(0).unwrap_or_else(|| unreachable!("1970 is in range"))
}

/// A VTIMEZONE with the offset in force at the span's start and every switch within it.
fn vtimezone(out: &mut Lines, zone: Zone, s: &Schedule) {
    let (from, to) = span(s);
    out.raw("BEGIN:VTIMEZONE");
    out.raw(&format!("TZID:{}", zone.name()));
    let first = zone.local(from);
    let component =
        |out: &mut Lines, at: Instant, before: crate::UtcOffset, after: crate::UtcOffset| {
            let local = zone.local(at);
            let kind = if zone.is_daylight_saving(at) {
                "DAYLIGHT"
            } else {
                "STANDARD"
            };
            // DTSTART is the switch's wall-clock time on the clock before it.
            let wall =
                CivilDateTime::from_clock_seconds(at.unix_seconds() + i64::from(before.seconds()))
                    .unwrap_or(local.datetime);
            out.raw(&format!("BEGIN:{kind}"));
            out.raw(&format!("DTSTART:{}", basic(wall)));
            out.raw(&format!("TZOFFSETFROM:{}", offset(before)));
            out.raw(&format!("TZOFFSETTO:{}", offset(after)));
            out.text("TZNAME", &local.abbreviation);
            out.raw(&format!("END:{kind}"));
        };
    component(out, from, first.offset, first.offset);
    for (at, before, after) in zone.transitions(from, to) {
        component(out, at, before, after);
    }
    out.raw("END:VTIMEZONE");
}

/// The VEVENT of a session (and one per changed occurrence).
fn events(out: &mut Lines, s: &Schedule, session: &Session, stamp: Instant) {
    let zone = s.anchor_zone(session);
    let uid = format!("{}.{}@meridian", session.id, s.id);
    let time = session.start.time();
    // Dates the series counts (skipped ones too, as RFC 5545's COUNT does), within the term.
    let counted: Vec<CivilDate> = counted_dates(session, s);
    let Some(&first) = counted.first() else {
        return;
    };
    let last = *counted.last().unwrap_or(&first);
    let resolve = |local: CivilDateTime| {
        zone.resolve(local, Disambiguation::Compatible)
            .ok()
            .map(|r| r.instant)
    };
    let Some(start) = resolve(first.at(time)) else {
        return;
    };
    out.raw("BEGIN:VEVENT");
    out.raw(&format!("UID:{uid}"));
    out.raw(&format!("DTSTAMP:{}", utc(stamp)));
    out.raw(&format!(
        "DTSTART;TZID={}:{}",
        zone.name(),
        basic(first.at(time))
    ));
    end(out, zone, start, session.duration_minutes);
    if let Some(rule) = &session.repeat {
        let mut weekdays = rule.weekdays.clone();
        if weekdays.is_empty() {
            weekdays.push(session.start.date().weekday());
        }
        weekdays.sort();
        weekdays.dedup();
        let days: Vec<&str> = weekdays.iter().map(|d| byday(*d)).collect();
        let until = resolve(last.at(time)).unwrap_or(start);
        out.raw(&format!(
            "RRULE:FREQ=WEEKLY;INTERVAL={};BYDAY={};WKST=MO;UNTIL={}",
            rule.interval.max(1),
            days.join(","),
            utc(until)
        ));
        let skipped: Vec<String> = rule
            .skip
            .iter()
            .filter(|d| counted.contains(d))
            .map(|d| basic(d.at(time)))
            .collect();
        if !skipped.is_empty() {
            out.raw(&format!(
                "EXDATE;TZID={}:{}",
                zone.name(),
                skipped.join(",")
            ));
        }
    }
    describe(out, s, session, None);
    out.raw("END:VEVENT");
    for change in &session.changes {
        if !counted.contains(&change.date) || session.repeat.is_none() {
            continue;
        }
        if session
            .repeat
            .as_ref()
            .is_some_and(|r| r.skip.contains(&change.date))
        {
            continue;
        }
        let new_start = change.start.unwrap_or(change.date.at(time));
        let Some(instant) = resolve(new_start) else {
            continue;
        };
        out.raw("BEGIN:VEVENT");
        out.raw(&format!("UID:{uid}"));
        out.raw(&format!("DTSTAMP:{}", utc(stamp)));
        out.raw(&format!(
            "RECURRENCE-ID;TZID={}:{}",
            zone.name(),
            basic(change.date.at(time))
        ));
        out.raw(&format!(
            "DTSTART;TZID={}:{}",
            zone.name(),
            basic(new_start)
        ));
        end(
            out,
            zone,
            instant,
            change.duration_minutes.unwrap_or(session.duration_minutes),
        );
        describe(out, s, session, change.rooms.as_deref());
        out.raw("END:VEVENT");
    }
}

/// The series' counted dates within the term: what the engine expands (before skips).
fn counted_dates(session: &Session, s: &Schedule) -> Vec<CivilDate> {
    session_dates(session, &s.term)
        .into_iter()
        .chain(session.repeat.iter().flat_map(|r| r.skip.iter().copied()))
        .filter(|d| s.term.contains(*d))
        .filter(|d| {
            // Skipped dates are counted only when they are dates of the series.
            session.repeat.is_none() || series_has(session, s, *d)
        })
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// Whether `date` is one of the series' dates (skipped or not).
fn series_has(session: &Session, s: &Schedule, date: CivilDate) -> bool {
    let mut unskipped = session.clone();
    if let Some(r) = &mut unskipped.repeat {
        r.skip.clear();
    }
    session_dates(&unskipped, &s.term).contains(&date)
}

/// DTEND: the wall-clock end in the anchor zone (the exact length then holds for every
/// instance, as RFC 5545 says of recurring events).
fn end(out: &mut Lines, zone: Zone, start: Instant, minutes: u32) {
    if let Some(e) = start.add_minutes(i64::from(minutes)) {
        out.raw(&format!(
            "DTEND;TZID={}:{}",
            zone.name(),
            basic(zone.local(e).datetime)
        ));
    }
}

/// SUMMARY, LOCATION, URL and DESCRIPTION.
fn describe(
    out: &mut Lines,
    s: &Schedule,
    session: &Session,
    rooms: Option<&[crate::schedule::RoomId]>,
) {
    out.text("SUMMARY", &session.title);
    let rooms = rooms.unwrap_or(&session.rooms);
    let mut places: Vec<String> = rooms
        .iter()
        .filter_map(|r| s.rooms.iter().find(|x| x.id == *r))
        .map(|r| match s.campus(&r.campus) {
            Some(c) => format!("{}, {}", r.name, c.short),
            None => r.name.clone(),
        })
        .collect();
    let link = session.meeting_url.as_deref().and_then(web_link);
    if link.is_some() {
        places.push("Online".to_string());
    }
    if !places.is_empty() {
        out.text("LOCATION", &places.join("; "));
    }
    if let Some(url) = link {
        out.raw(&format!("URL:{url}"));
    }
    let mut lines = Vec::new();
    if let Some(c) = &session.course {
        lines.push(format!("{c} · {}", session.kind.label()));
    } else {
        lines.push(session.kind.label().to_string());
    }
    if let Some(host) = s.campus(&session.host) {
        lines.push(format!(
            "Taught from {} ({})",
            host.name,
            s.anchor_place(session)
        ));
    }
    if let Some(l) = session
        .lecturer
        .as_ref()
        .and_then(|l| s.lecturers.iter().find(|x| x.id == *l))
    {
        lines.push(format!("Lecturer: {}", l.name));
    }
    if let Some(url) = &session.meeting_url {
        lines.push(format!("Join: {url}"));
    }
    if let Some(n) = &session.notes {
        lines.push(String::new());
        lines.push(n.clone());
    }
    out.text("DESCRIPTION", &lines.join("\n"));
}

fn byday(d: Weekday) -> &'static str {
    ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][d.index()]
}

/// `YYYYMMDDTHHMMSS` (a local date-time).
fn basic(t: CivilDateTime) -> String {
    t.0.format("%Y%m%dT%H%M%S").to_string()
}

/// `YYYYMMDDTHHMMSSZ`.
fn utc(t: Instant) -> String {
    t.utc().format("%Y%m%dT%H%M%SZ").to_string()
}

/// `+HHMM` / `-HHMM`.
fn offset(o: crate::UtcOffset) -> String {
    let s = o.seconds();
    let sign = if s < 0 { '-' } else { '+' };
    let a = s.unsigned_abs();
    format!("{sign}{:02}{:02}", a / 3600, a % 3600 / 60)
}

/// Content lines: CRLF ends, folded at 75 octets on character boundaries.
#[derive(Default)]
struct Lines {
    text: String,
}

impl Lines {
    fn raw(&mut self, line: &str) {
        let mut width = 0;
        for c in line.chars() {
            let n = c.len_utf8();
            if width + n > 75 {
                self.text.push_str("\r\n ");
                width = 1;
            }
            self.text.push(c);
            width += n;
        }
        self.text.push_str("\r\n");
    }

    /// A TEXT property, escaped (RFC 5545 §3.3.11).
    fn text(&mut self, name: &str, value: &str) {
        let mut escaped = String::with_capacity(value.len());
        for c in value.chars() {
            match c {
                '\\' => escaped.push_str("\\\\"),
                ';' => escaped.push_str("\\;"),
                ',' => escaped.push_str("\\,"),
                '\n' => escaped.push_str("\\n"),
                '\r' => {}
                c if c.is_control() => {}
                c => escaped.push(c),
            }
        }
        let mut line = String::new();
        let _ = write!(line, "{name}:{escaped}");
        self.raw(&line);
    }
}
