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
    crate::occurrence::counted_dates(session, &s.term)
        .into_iter()
        .filter(|d| s.term.contains(*d))
        .collect()
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

// ---- Import: a partner's calendar file as busy time. ----

/// The largest calendar file read (bytes).
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;
/// The most busy blocks one import may expand to.
pub const MAX_IMPORT_BLOCKS: usize = 20_000;

/// A few Windows zone names (Outlook, Exchange) and their IANA zones.
const WINDOWS_ZONES: &[(&str, &str)] = &[
    ("W. Europe Standard Time", "Europe/Berlin"),
    ("Central Europe Standard Time", "Europe/Budapest"),
    ("Central European Standard Time", "Europe/Warsaw"),
    ("Romance Standard Time", "Europe/Paris"),
    ("GMT Standard Time", "Europe/London"),
    ("FLE Standard Time", "Europe/Helsinki"),
    ("Russian Standard Time", "Europe/Moscow"),
    ("E. Africa Standard Time", "Africa/Nairobi"),
    ("China Standard Time", "Asia/Shanghai"),
    ("Singapore Standard Time", "Asia/Singapore"),
    ("Ulaanbaatar Standard Time", "Asia/Ulaanbaatar"),
    ("New Zealand Standard Time", "Pacific/Auckland"),
    ("Pacific SA Standard Time", "America/Santiago"),
    ("Eastern Standard Time", "America/New_York"),
    ("Central Standard Time", "America/Chicago"),
    ("Pacific Standard Time", "America/Los_Angeles"),
    ("UTC", "UTC"),
];

/// One content line, unfolded: name, parameters, value, and the line it started on.
struct Property {
    name: String,
    params: Vec<(String, String)>,
    value: String,
    line: usize,
}

impl Property {
    fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

fn bad(line: usize, message: impl Into<String>) -> crate::Error {
    crate::Error::Calendar {
        line,
        message: message.into(),
    }
}

fn content_lines(text: &str) -> Result<Vec<Property>, crate::Error> {
    let mut out: Vec<(usize, String)> = Vec::new();
    for (i, raw) in text.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if let Some(rest) = raw.strip_prefix([' ', '\t']) {
            match out.last_mut() {
                Some((_, last)) => last.push_str(rest),
                None => return Err(bad(i + 1, "the file starts with a continuation line")),
            }
        } else if !raw.is_empty() {
            out.push((i + 1, raw.to_string()));
        }
    }
    out.into_iter()
        .map(|(line, text)| {
            // The value starts at the first colon outside a quoted parameter value.
            let mut quoted = false;
            let split = text.char_indices().find(|&(_, c)| {
                if c == '"' {
                    quoted = !quoted;
                }
                c == ':' && !quoted
            });
            let Some((at, _)) = split else {
                return Err(bad(
                    line,
                    format!(
                        "\"{}\" is not a calendar line (NAME:value)",
                        text.chars().take(40).collect::<String>()
                    ),
                ));
            };
            let (head, value) = (&text[..at], &text[at + 1..]);
            let mut parts = head.split(';');
            let name = parts.next().unwrap_or("").to_ascii_uppercase();
            let params = parts
                .filter_map(|p| p.split_once('='))
                .map(|(k, v)| (k.to_ascii_uppercase(), v.trim_matches('"').to_string()))
                .collect();
            Ok(Property {
                name,
                params,
                value: value.to_string(),
                line,
            })
        })
        .collect()
}

/// A DATE or DATE-TIME value: the instant (or a whole local day for a DATE), given the zone
/// for TZID-less local times.
enum When {
    At(Instant),
    Day(CivilDate),
}

fn zone_of(p: &Property, default: Zone) -> Result<Zone, crate::Error> {
    match p.param("TZID") {
        None => Ok(default),
        Some(tz) => {
            let tz = tz.trim_start_matches('/');
            Zone::parse(tz)
                .ok()
                .or_else(|| {
                    WINDOWS_ZONES
                        .iter()
                        .find(|(w, _)| w.eq_ignore_ascii_case(tz))
                        .and_then(|(_, iana)| Zone::parse(iana).ok())
                })
                .ok_or_else(|| {
                    bad(
                        p.line,
                        format!("unknown time zone \"{tz}\"; Meridian reads IANA names such as Europe/Berlin"),
                    )
                })
        }
    }
}

fn parse_when(value: &str, zone: Zone, line: usize) -> Result<When, crate::Error> {
    let v = value.trim();
    let date = |d: &str| {
        if d.len() != 8 || !d.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        CivilDate::new(
            d[..4].parse().ok()?,
            d[4..6].parse().ok()?,
            d[6..].parse().ok()?,
        )
    };
    let wrong = || {
        bad(
            line,
            format!("\"{v}\" is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS)"),
        )
    };
    match v.split_once('T') {
        None => date(v).map(When::Day).ok_or_else(wrong),
        Some((d, t)) => {
            let (t, utc) = match t.strip_suffix('Z') {
                Some(t) => (t, true),
                None => (t, false),
            };
            let d = date(d).ok_or_else(wrong)?;
            if t.len() != 6 || !t.bytes().all(|b| b.is_ascii_digit()) {
                return Err(wrong());
            }
            let local = CivilDateTime::parse(&format!("{d}T{}:{}:{}", &t[..2], &t[2..4], &t[4..]))
                .map_err(|_| wrong())?;
            let zone = if utc { Zone::UTC } else { zone };
            zone.resolve(local, Disambiguation::Compatible)
                .map(|r| When::At(r.instant))
                .map_err(|e| bad(line, e.to_string()))
        }
    }
}

fn day_start(d: CivilDate, zone: Zone) -> Option<Instant> {
    zone.resolve(d.at(crate::CivilTime::MIDNIGHT), Disambiguation::Compatible)
        .ok()
        .map(|r| r.instant)
}

/// `PT1H30M`, `P1D`, `P1W`, `-PT15M` → seconds.
fn parse_duration(v: &str, line: usize) -> Result<i64, crate::Error> {
    let wrong = || bad(line, format!("\"{v}\" is not a duration such as PT1H30M"));
    let (sign, rest) = match v.trim().strip_prefix('-') {
        Some(r) => (-1, r),
        None => (1, v.trim().trim_start_matches('+')),
    };
    let rest = rest.strip_prefix('P').ok_or_else(wrong)?;
    let (mut total, mut number, mut in_time) = (0i64, String::new(), false);
    for c in rest.chars() {
        match c {
            'T' => in_time = true,
            '0'..='9' => number.push(c),
            unit => {
                let n: i64 = number.parse().map_err(|_| wrong())?;
                number.clear();
                total += n * match (unit, in_time) {
                    ('W', false) => 7 * 86_400,
                    ('D', false) => 86_400,
                    ('H', true) => 3600,
                    ('M', true) => 60,
                    ('S', true) => 1,
                    _ => return Err(wrong()),
                };
            }
        }
    }
    if !number.is_empty() {
        return Err(wrong());
    }
    Ok(sign * total)
}

/// The schedule with a calendar file attached as busy time: `calendar` says to what (exactly one
/// of campus, cohort, lecturer or room) and what to call it; its blocks are read from `text` over
/// the term (local times without a zone at the campus it belongs to) and its id is made unique.
/// The result is validated like an imported file. Returns it with the number of blocks read.
pub fn attach(
    schedule: &Schedule,
    text: &str,
    mut calendar: crate::schedule::BusyCalendar,
) -> Result<(Schedule, usize), crate::Error> {
    let campus = calendar
        .campus
        .clone()
        .or_else(|| {
            let c = calendar.cohort.as_ref()?;
            schedule
                .cohorts
                .iter()
                .find(|x| x.id == *c)
                .map(|x| x.campus.clone())
        })
        .or_else(|| {
            let r = calendar.room.as_ref()?;
            schedule
                .rooms
                .iter()
                .find(|x| x.id == *r)
                .map(|x| x.campus.clone())
        })
        .or_else(|| {
            let l = calendar.lecturer.as_ref()?;
            schedule
                .lecturers
                .iter()
                .find(|x| x.id == *l)?
                .campus
                .clone()
        });
    let zone = campus
        .as_ref()
        .and_then(|c| schedule.campus(c))
        .map_or(Zone::UTC, |c| c.zone);
    let edge = |d: Option<CivilDate>| d.and_then(|d| day_start(d, Zone::UTC));
    let (Some(from), Some(to)) = (
        edge(schedule.term.start.add_days(-1)),
        edge(schedule.term.end.add_days(2)),
    ) else {
        return Err(bad(0, "the schedule's term is out of range"));
    };
    calendar.blocks = import(text, zone, from, to)?;
    calendar.id = crate::schedule::free_id(&calendar.name, "calendar", |id| {
        schedule.busy.iter().any(|b| b.id == id)
    });
    let blocks = calendar.blocks.len();
    let mut next = schedule.clone();
    next.busy.push(calendar);
    let next = Schedule::from_json(&next.to_json())?;
    Ok((next, blocks))
}

/// Reads a calendar file (from TimeEdit, Untis, Google Calendar, Outlook…) into busy blocks
/// between `from` and `to`, expanding daily and weekly repeating events. Local times without a
/// zone are read in `zone` (the campus the calendar belongs to). Cancelled and "free"
/// (transparent) events are left out. Errors name the line.
pub fn import(
    text: &str,
    zone: Zone,
    from: Instant,
    to: Instant,
) -> Result<Vec<crate::schedule::BusyBlock>, crate::Error> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(bad(
            0,
            format!(
                "the file is {} MB; Meridian reads calendar files up to {} MB (export a shorter period)",
                text.len() / (1024 * 1024),
                MAX_IMPORT_BYTES / (1024 * 1024)
            ),
        ));
    }
    let lines = content_lines(text)?;
    if !lines
        .first()
        .is_some_and(|p| p.name == "BEGIN" && p.value.trim().eq_ignore_ascii_case("VCALENDAR"))
    {
        return Err(bad(
            1,
            "this is not an iCalendar file (it should start with BEGIN:VCALENDAR)",
        ));
    }
    // Events, as their properties.
    let mut events: Vec<Vec<&Property>> = Vec::new();
    let mut depth: Vec<String> = Vec::new();
    for p in &lines {
        match p.name.as_str() {
            "BEGIN" => {
                let what = p.value.trim().to_ascii_uppercase();
                if what == "VEVENT" && depth.last().map(String::as_str) == Some("VCALENDAR") {
                    events.push(Vec::new());
                }
                depth.push(what);
            }
            "END" => {
                let what = p.value.trim().to_ascii_uppercase();
                if depth.pop().as_deref() != Some(what.as_str()) {
                    return Err(bad(
                        p.line,
                        format!("END:{what} does not close what was begun"),
                    ));
                }
            }
            _ if depth.last().map(String::as_str) == Some("VEVENT") && depth.len() == 2 => {
                if let Some(e) = events.last_mut() {
                    e.push(p);
                }
            }
            _ => {}
        }
    }
    if !depth.is_empty() {
        return Err(bad(
            lines.last().map_or(0, |p| p.line),
            "the file ends before END:VCALENDAR (was it cut off?)",
        ));
    }
    fn get<'a>(e: &[&'a Property], name: &str) -> Option<&'a Property> {
        e.iter().find(|p| p.name == name).copied()
    }
    // Instances replaced by a RECURRENCE-ID event: (UID, original start).
    let mut replaced: Vec<(String, Instant)> = Vec::new();
    for e in &events {
        if let (Some(uid), Some(rid)) = (get(e, "UID"), get(e, "RECURRENCE-ID")) {
            if let When::At(t) = parse_when(&rid.value, zone_of(rid, zone)?, rid.line)? {
                replaced.push((uid.value.clone(), t));
            }
        }
    }
    let mut out = Vec::new();
    for e in &events {
        let start_p = match get(e, "DTSTART") {
            Some(p) => p,
            None => continue,
        };
        let status = get(e, "STATUS").map(|p| p.value.trim().to_ascii_uppercase());
        let transparent =
            get(e, "TRANSP").is_some_and(|p| p.value.trim().eq_ignore_ascii_case("TRANSPARENT"));
        if status.as_deref() == Some("CANCELLED") || transparent {
            continue;
        }
        let ezone = zone_of(start_p, zone)?;
        let title = get(e, "SUMMARY")
            .map(|p| unescape(&p.value))
            .unwrap_or_default();
        let uid = get(e, "UID").map(|p| p.value.clone()).unwrap_or_default();
        // The first instance as (local start, length in seconds, whole days?).
        let (first_local, all_day) = match parse_when(&start_p.value, ezone, start_p.line)? {
            When::Day(d) => (d.at(crate::CivilTime::MIDNIGHT), true),
            When::At(t) => (ezone.local(t).datetime, false),
        };
        let first_start = match parse_when(&start_p.value, ezone, start_p.line)? {
            When::Day(d) => {
                day_start(d, ezone).ok_or_else(|| bad(start_p.line, "date out of range"))?
            }
            When::At(t) => t,
        };
        let length = if let Some(p) = get(e, "DTEND") {
            let end = match parse_when(&p.value, zone_of(p, ezone)?, p.line)? {
                When::Day(d) => {
                    day_start(d, ezone).ok_or_else(|| bad(p.line, "date out of range"))?
                }
                When::At(t) => t,
            };
            end.unix_seconds() - first_start.unix_seconds()
        } else if let Some(p) = get(e, "DURATION") {
            parse_duration(&p.value, p.line)?
        } else if all_day {
            86_400
        } else {
            0
        };
        let mut excluded: Vec<Instant> = Vec::new();
        for p in e.iter().filter(|p| p.name == "EXDATE") {
            let z = zone_of(p, ezone)?;
            for v in p.value.split(',') {
                match parse_when(v, z, p.line)? {
                    When::At(t) => excluded.push(t),
                    When::Day(d) => excluded.extend(day_start(d, z)),
                }
            }
        }
        let is_override = get(e, "RECURRENCE-ID").is_some();
        let starts = match get(e, "RRULE") {
            Some(rule) if !is_override => expand_rule(rule, first_local, ezone, to)?,
            _ => vec![first_start],
        };
        // A moment, not a stretch of time: nothing is busy.
        if length <= 0 {
            continue;
        }
        for start in starts {
            if excluded.contains(&start)
                || (!is_override && replaced.iter().any(|(u, t)| *u == uid && *t == start))
            {
                continue;
            }
            let Some(end) = Instant::from_unix_seconds(start.unix_seconds() + length) else {
                continue;
            };
            if end <= from || start >= to {
                continue;
            }
            if out.len() >= MAX_IMPORT_BLOCKS {
                return Err(bad(
                    start_p.line,
                    format!("the calendar expands to more than {MAX_IMPORT_BLOCKS} events in the term; export a shorter period"),
                ));
            }
            out.push(crate::schedule::BusyBlock {
                start,
                end,
                title: title.clone(),
            });
        }
    }
    out.sort_by_key(|b| (b.start, b.end));
    Ok(out)
}

fn unescape(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(o) => out.push(o),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The starts of a daily or weekly RRULE up to `to` (and its COUNT and UNTIL).
fn expand_rule(
    rule: &Property,
    first: CivilDateTime,
    zone: Zone,
    to: Instant,
) -> Result<Vec<Instant>, crate::Error> {
    let mut freq = None;
    let (mut interval, mut count, mut until, mut days) = (1i64, None, None, Vec::new());
    for part in rule.value.split(';') {
        let Some((k, v)) = part.split_once('=') else {
            continue;
        };
        match k.to_ascii_uppercase().as_str() {
            "FREQ" => freq = Some(v.to_ascii_uppercase()),
            "INTERVAL" => interval = v.parse().ok().filter(|n: &i64| *n >= 1).ok_or_else(|| bad(rule.line, format!("INTERVAL={v} is not a positive number")))?,
            "COUNT" => count = Some(v.parse::<usize>().map_err(|_| bad(rule.line, format!("COUNT={v} is not a number")))?),
            "UNTIL" => {
                until = Some(match parse_when(v, zone, rule.line)? {
                    When::At(t) => t,
                    When::Day(d) => d.add_days(1).and_then(|d| day_start(d, zone)).ok_or_else(|| bad(rule.line, "UNTIL out of range"))?,
                })
            }
            "BYDAY" => {
                for d in v.split(',') {
                    let code = d.trim().to_ascii_uppercase();
                    let i = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"].iter().position(|c| *c == code).ok_or_else(|| {
                        bad(rule.line, format!("BYDAY={d} is not read (only plain weekdays such as MO,WE)"))
                    })?;
                    days.push(Weekday::ALL[i]);
                }
            }
            "WKST" => {}
            other => return Err(bad(rule.line, format!("the repeat rule part {other} is not read; Meridian reads daily and weekly rules (FREQ, INTERVAL, COUNT, UNTIL, BYDAY)"))),
        }
    }
    let step_days = match freq.as_deref() {
        Some("DAILY") => 1,
        Some("WEEKLY") => 7,
        Some(f) => {
            return Err(bad(
                rule.line,
                format!("FREQ={f} is not read; Meridian reads daily and weekly repeating events"),
            ))
        }
        None => return Err(bad(rule.line, "the repeat rule has no FREQ")),
    };
    if days.is_empty() || step_days == 1 {
        days = vec![first.date().weekday()];
    }
    let time = first.time();
    let mut out = Vec::new();
    let mut period_start = if step_days == 7 {
        first.date().monday()
    } else {
        first.date()
    };
    let resolve = |d: CivilDate| {
        zone.resolve(d.at(time), Disambiguation::Compatible)
            .ok()
            .map(|r| r.instant)
    };
    'outer: loop {
        let dates: Vec<CivilDate> = if step_days == 7 {
            let mut ds: Vec<CivilDate> = days
                .iter()
                .filter_map(|w| period_start.add_days(w.index() as i64))
                .collect();
            ds.sort();
            ds
        } else {
            vec![period_start]
        };
        for d in dates {
            if d < first.date() {
                continue;
            }
            let Some(t) = resolve(d) else { break 'outer };
            if t >= to
                || until.is_some_and(|u| t > u)
                || count.is_some_and(|c| out.len() >= c)
                || out.len() >= MAX_IMPORT_BLOCKS
            {
                break 'outer;
            }
            out.push(t);
        }
        match period_start.add_days(step_days * interval) {
            Some(next) => period_start = next,
            None => break,
        }
    }
    Ok(out)
}
