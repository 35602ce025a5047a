//! Calendar export (RFC 5545): a schedule, or the part a campus or cohort takes part in, as an
//! iCalendar file that any calendar imports — and reads to the same instants as Meridian.
//!
//! One VEVENT per series: its wall-clock start in its anchor zone (`DTSTART;TZID=`), its exact
//! length as `DURATION`, and an `RRULE` with `UNTIL` in UTC. Weeks that stock readers would read
//! differently from the RFC are taken out of the rule: a week whose start is skipped or repeated
//! by a switch, or whose session spans a switch (readers add the length on the wall clock) is
//! excluded with `EXDATE` and written as its own VEVENT in UTC; a changed week is excluded too and
//! written as its own VEVENT (no `RECURRENCE-ID`, which stock ical.js matches across UIDs). A
//! `VTIMEZONE` for every zone used is written out transition by transition
//! over every instant the file names (so a calendar needs no time zone database of its own, and
//! agrees with Meridian's). `UID`s are stable (session id and schedule id, with characters that
//! are not safe in a content line percent-encoded), so importing a newer export updates events
//! instead of duplicating them. Lines end in CRLF and are folded at 75 octets without splitting a
//! UTF-8 character; no value can put a line break into the file. DESIGN.md ("Calendars and
//! students") says which reader behaviour each choice protects against.

use crate::occurrence::{session_occurrences, Occurrence};
use crate::schedule::{web_link, CampusId, CohortId, RoomId, Schedule, Session};
use crate::time::{CivilDate, CivilDateTime, Instant, Weekday};
use crate::windows_zones::WINDOWS_ZONES;
use crate::zone::{Disambiguation, Resolution, Zone};
use std::collections::BTreeMap;
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
    let mut events = Vec::new();
    for i in 0..s.sessions.len() {
        plan(&s, i, &mut events);
    }
    // Every instant written in a zone's wall time, so that its VTIMEZONE covers them all.
    let mut spans: BTreeMap<&'static str, (Zone, Instant, Instant)> = BTreeMap::new();
    for e in &events {
        if let Some((zone, from, to)) = e.zone_span() {
            let span = spans.entry(zone.name()).or_insert((zone, from, to));
            span.1 = span.1.min(from);
            span.2 = span.2.max(to);
        }
    }
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
    for (zone, from, to) in spans.values() {
        // Eight days either side, on whole UTC days.
        let margin = |t: Instant, days: i64| {
            let s = (t.unix_seconds() + days * 86_400).div_euclid(86_400) * 86_400;
            Instant::from_unix_seconds(s).unwrap_or(t)
        };
        vtimezone(&mut out, *zone, margin(*from, -8), margin(*to, 9));
    }
    for e in &events {
        write_event(&mut out, &s, e, stamp);
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

/// The `UID` of a session's series (or of a one-off session): `session.schedule@meridian`, each
/// id with the characters that are not safe in a content line or that the UID's own structure
/// uses (controls and line breaks, `,` `;` `\` `%` `+` `@`, whitespace other than a space)
/// percent-encoded as UTF-8. Ids made of letters, digits, `-`, `_`, `.` and spaces come out
/// unchanged, so UIDs stay those of earlier exports. A week written as its own event (see
/// [`export`]) has `+YYYYMMDD` (its date in the series) before the `@`.
pub fn uid(schedule_id: &str, session_id: &str, week: Option<CivilDate>) -> String {
    let mut out = format!("{}.{}", uid_part(session_id), uid_part(schedule_id));
    if let Some(d) = week {
        let _ = write!(out, "+{:04}{:02}{:02}", d.year(), d.month(), d.day());
    }
    out.push_str("@meridian");
    out
}

fn uid_part(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for c in id.chars() {
        let unsafe_char = c.is_control()
            || (c.is_whitespace() && c != ' ')
            || matches!(c, ',' | ';' | '\\' | '%' | '+' | '@');
        if unsafe_char {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                let _ = write!(out, "%{b:02X}");
            }
        } else {
            out.push(c);
        }
    }
    out
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

/// A VTIMEZONE with the offset in force at `from` and every switch up to `to`.
fn vtimezone(out: &mut Lines, zone: Zone, from: Instant, to: Instant) {
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

/// When an event starts: a wall-clock time in its zone, or (when a reader could read the wall
/// time or the length differently) an instant in UTC.
#[derive(Debug, Clone, Copy)]
enum Start {
    Local(Zone, CivilDateTime, Instant),
    Utc(Instant),
}

/// A weekly rule as written: from the event's start to `until`, minus `exdates`.
struct Rule {
    interval: u32,
    weekdays: Vec<Weekday>,
    until: Instant,
    exdates: Vec<CivilDateTime>,
    /// The last instant any instance of the rule (excluded ones too) may end.
    last_end: Instant,
}

/// One VEVENT to write.
struct Event<'a> {
    uid: String,
    session: &'a Session,
    start: Start,
    minutes: u32,
    rule: Option<Rule>,
    rooms: &'a [RoomId],
}

impl Event<'_> {
    /// The zone whose wall times the event names, and the instants they span.
    fn zone_span(&self) -> Option<(Zone, Instant, Instant)> {
        let Start::Local(zone, _, start) = self.start else {
            return None;
        };
        let end = start.add_minutes(i64::from(self.minutes)).unwrap_or(start);
        let mut to = end;
        if let Some(rule) = &self.rule {
            to = to.max(rule.until).max(rule.last_end);
        }
        Some((zone, start, to))
    }
}

/// Whether every reader reads `local` in `zone` as `start`, and `start` plus the length added on
/// the wall clock as `end`: the wall time exists exactly once, the offset is the same at both
/// ends, and the wall-clock end exists exactly once too.
fn unambiguous(zone: Zone, local: CivilDateTime, start: Instant, end: Instant) -> bool {
    let exact = |t: CivilDateTime, at: Instant| {
        zone.resolve(t, Disambiguation::Compatible)
            .is_ok_and(|r| r.resolution == Resolution::Exact && r.instant == at)
    };
    exact(local, start)
        && zone.offset_at(start) == zone.offset_at(end)
        && exact(zone.local(end).datetime, end)
}

/// How an occurrence is written when it is its own event (or an override).
fn start_of(zone: Zone, o: &Occurrence) -> Start {
    if unambiguous(zone, o.local_start, o.start, o.end) {
        Start::Local(zone, o.local_start, o.start)
    } else {
        Start::Utc(o.start)
    }
}

fn minutes(o: &Occurrence) -> u32 {
    u32::try_from(o.duration_minutes()).unwrap_or(0)
}

/// The events of one session: the series with the weeks every reader reads alike, and an event
/// of its own for every other week (changed, or one a reader could read two ways); a one-off
/// session is one event at its (possibly changed) time.
fn plan<'a>(s: &'a Schedule, index: usize, events: &mut Vec<Event<'a>>) {
    let Some(session) = s.sessions.get(index) else {
        return;
    };
    let occurrences = session_occurrences(s, index).unwrap_or_default();
    let zone = s.anchor_zone(session);
    let single = |o: &Occurrence, week: Option<CivilDate>| Event {
        uid: uid(&s.id, session.id.as_str(), week),
        session,
        start: start_of(zone, o),
        minutes: minutes(o),
        rule: None,
        rooms: o.rooms(s),
    };
    let Some(repeat) = &session.repeat else {
        events.extend(occurrences.iter().map(|o| single(o, None)));
        return;
    };
    let time = session.start.time();
    let regular = |o: &Occurrence| {
        !o.changed
            && o.local_start == o.date.at(time)
            && unambiguous(zone, o.local_start, o.start, o.end)
    };
    let mut dates: Vec<&Occurrence> = occurrences.iter().filter(|o| regular(o)).collect();
    dates.sort_by_key(|o| o.date);
    let (Some(first), Some(last)) = (dates.first().copied(), dates.last().copied()) else {
        events.extend(occurrences.iter().map(|o| single(o, Some(o.date))));
        return;
    };
    let mut weekdays = repeat.weekdays.clone();
    if weekdays.is_empty() {
        weekdays.push(session.start.date().weekday());
    }
    weekdays.sort();
    weekdays.dedup();
    let interval = repeat.interval.max(1);
    let generated = rule_dates(first.date, last.date, &weekdays, interval);
    // UNTIL: the end of the last day in the anchor zone, but no more than 6 hours after the last
    // start, so that no reader's reading of the next date the rule would give (a day or more
    // later on the wall clock, at the same time) can fall before it.
    let end_of_day = last
        .date
        .add_days(1)
        .and_then(|d| {
            zone.resolve(d.at(crate::CivilTime::MIDNIGHT), Disambiguation::Compatible)
                .ok()
        })
        .and_then(|r| Instant::from_unix_seconds(r.instant.unix_seconds() - 1));
    let until = end_of_day
        .unwrap_or(last.start)
        .min(last.start.add_minutes(6 * 60).unwrap_or(last.start))
        .max(last.start);
    let mut exdates = Vec::new();
    let mut others = Vec::new();
    // Changed weeks too: a RECURRENCE-ID override would be matched by its wall time alone in
    // stock ical.js (`new ICAL.Event` relates every override in the calendar, whatever its UID),
    // so another series meeting at the same wall time would show this week's change.
    for o in occurrences.iter().filter(|o| !regular(o)) {
        if generated.contains(&o.date) {
            exdates.push(o.date.at(time));
        }
        others.push(single(o, Some(o.date)));
    }
    // Rule dates without an occurrence: skipped weeks.
    for d in &generated {
        if !occurrences.iter().any(|o| o.date == *d) {
            exdates.push(d.at(time));
        }
    }
    exdates.sort();
    exdates.dedup();
    let last_end = exdates
        .iter()
        .filter_map(|t| zone.resolve(*t, Disambiguation::Compatible).ok())
        .map(|r| r.instant)
        .chain([last.start])
        .max()
        .unwrap_or(last.start)
        .add_minutes(i64::from(crate::schedule::MAX_DURATION_MINUTES))
        .unwrap_or(until);
    events.push(Event {
        uid: uid(&s.id, session.id.as_str(), None),
        session,
        start: Start::Local(zone, first.local_start, first.start),
        minutes: minutes(first),
        rule: Some(Rule {
            interval,
            weekdays,
            until,
            exdates,
            last_end,
        }),
        rooms: &session.rooms,
    });
    events.extend(others);
}

/// The dates a weekly rule starting on `first` gives up to `last` (both included).
fn rule_dates(
    first: CivilDate,
    last: CivilDate,
    weekdays: &[Weekday],
    interval: u32,
) -> Vec<CivilDate> {
    let mut out = Vec::new();
    let mut monday = first.monday();
    while monday <= last {
        for w in weekdays {
            if let Some(d) = monday.add_days(w.index() as i64) {
                if d >= first && d <= last {
                    out.push(d);
                }
            }
        }
        match monday.add_days(i64::from(interval) * 7) {
            Some(m) => monday = m,
            None => break,
        }
    }
    out
}

fn write_event(out: &mut Lines, s: &Schedule, e: &Event, stamp: Instant) {
    out.raw("BEGIN:VEVENT");
    out.raw(&format!("UID:{}", e.uid));
    out.raw(&format!("DTSTAMP:{}", utc(stamp)));
    match e.start {
        Start::Local(zone, local, _) => {
            out.raw(&format!("DTSTART;TZID={}:{}", zone.name(), basic(local)))
        }
        Start::Utc(at) => out.raw(&format!("DTSTART:{}", utc(at))),
    }
    out.raw(&format!("DURATION:{}", duration(e.minutes)));
    if let (Some(rule), Start::Local(zone, _, _)) = (&e.rule, e.start) {
        let days: Vec<&str> = rule.weekdays.iter().map(|d| byday(*d)).collect();
        out.raw(&format!(
            "RRULE:FREQ=WEEKLY;INTERVAL={};BYDAY={};WKST=MO;UNTIL={}",
            rule.interval,
            days.join(","),
            utc(rule.until)
        ));
        if !rule.exdates.is_empty() {
            let dates: Vec<String> = rule.exdates.iter().map(|t| basic(*t)).collect();
            out.raw(&format!("EXDATE;TZID={}:{}", zone.name(), dates.join(",")));
        }
    }
    describe(out, s, e.session, e.rooms);
    out.raw("END:VEVENT");
}

/// An exact length (RFC 5545 §3.3.6: a duration in days is nominal, so hours and minutes only),
/// e.g. `PT1H30M`, `PT45M`, `PT168H`.
fn duration(minutes: u32) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    match (h, m) {
        (0, m) => format!("PT{m}M"),
        (h, 0) => format!("PT{h}H"),
        (h, m) => format!("PT{h}H{m}M"),
    }
}

/// SUMMARY, LOCATION, URL and DESCRIPTION.
fn describe(out: &mut Lines, s: &Schedule, session: &Session, rooms: &[RoomId]) {
    out.text("SUMMARY", &session.title);
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

/// `+HHMM` / `-HHMM` (`+HHMMSS` for historical offsets with seconds).
fn offset(o: crate::UtcOffset) -> String {
    let s = o.seconds();
    let sign = if s < 0 { '-' } else { '+' };
    let a = s.unsigned_abs();
    if a % 60 == 0 {
        format!("{sign}{:02}{:02}", a / 3600, a % 3600 / 60)
    } else {
        format!("{sign}{:02}{:02}{:02}", a / 3600, a % 3600 / 60, a % 60)
    }
}

/// Content lines: CRLF ends, folded at 75 octets on character boundaries.
#[derive(Default)]
struct Lines {
    text: String,
}

impl Lines {
    /// One content line. Line breaks and other control characters but HTAB cannot occur in a
    /// content line (RFC 5545 §3.1); any that reached here are dropped rather than written.
    fn raw(&mut self, line: &str) {
        let mut width = 0;
        for c in line.chars().filter(|c| *c == '\t' || !c.is_control()) {
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

    /// A TEXT property, escaped (RFC 5545 §3.3.11): `\` `;` `,` escaped, a line break (CRLF, LF
    /// or CR) as `\n`, HTAB kept, other control characters dropped.
    fn text(&mut self, name: &str, value: &str) {
        let mut escaped = String::with_capacity(value.len());
        let mut chars = value.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\\' => escaped.push_str("\\\\"),
                ';' => escaped.push_str("\\;"),
                ',' => escaped.push_str("\\,"),
                '\n' => escaped.push_str("\\n"),
                '\r' => {
                    if chars.peek() != Some(&'\n') {
                        escaped.push_str("\\n");
                    }
                }
                '\t' => escaped.push('\t'),
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
    // A byte order mark (Windows editors, Outlook) is not content; lines may end in CRLF, LF or
    // a lone CR (old Mac exports).
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut raw_lines = Vec::new();
    for line in text.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        raw_lines.extend(line.split('\r'));
    }
    for (i, raw) in raw_lines.into_iter().enumerate() {
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

/// The zone of a time in a calendar file: an IANA zone, or one defined only by the file's own
/// VTIMEZONE (Outlook's "Customized Time Zone", an unknown name).
#[derive(Clone, Copy)]
enum CalZone<'a> {
    Iana(Zone),
    File(&'a FileZone),
}

impl CalZone<'_> {
    const UTC: CalZone<'static> = CalZone::Iana(Zone::UTC);

    /// A wall time as an instant, as RFC 5545 §3.3.5 reads it (a skipped time moves forward by
    /// the gap, a repeated one is its first occurrence).
    fn resolve(self, local: CivilDateTime) -> Option<Instant> {
        match self {
            CalZone::Iana(z) => z
                .resolve(local, Disambiguation::Compatible)
                .ok()
                .map(|r| r.instant),
            CalZone::File(f) => f.resolve(local),
        }
    }

    /// The wall time of an instant.
    fn local(self, t: Instant) -> Option<CivilDateTime> {
        match self {
            CalZone::Iana(z) => Some(z.local(t).datetime),
            CalZone::File(f) => CivilDateTime::from_clock_seconds(
                t.unix_seconds() + i64::from(f.offset_at(t.unix_seconds())),
            ),
        }
    }
}

/// A zone as a file's VTIMEZONE defines it: its switches (UTC seconds, offset before, offset
/// after, in seconds) over the years the import looks at.
struct FileZone {
    switches: Vec<(i64, i32, i32)>,
}

impl FileZone {
    fn offset_at(&self, t: i64) -> i32 {
        let i = self.switches.partition_point(|s| s.0 <= t);
        match i {
            0 => self.switches.first().map_or(0, |s| s.1),
            i => self.switches[i - 1].2,
        }
    }

    fn resolve(&self, local: CivilDateTime) -> Option<Instant> {
        let wall = local.0.and_utc().timestamp();
        // Only switches within two days of the wall time can matter (offsets lie within ±1 day).
        let lo = self.switches.partition_point(|s| s.0 < wall - 2 * 86_400);
        let hi = self.switches.partition_point(|s| s.0 <= wall + 2 * 86_400);
        let near = &self.switches[lo..hi];
        let mut offsets: Vec<i32> = near.iter().flat_map(|s| [s.1, s.2]).collect();
        offsets.push(self.offset_at(wall - 2 * 86_400));
        offsets.sort_unstable();
        offsets.dedup();
        // Exists (once or twice): the earliest reading.
        let found = offsets
            .iter()
            .filter(|o| self.offset_at(wall - i64::from(**o)) == **o)
            .map(|o| wall - i64::from(*o))
            .min();
        let seconds = found.or_else(|| {
            // Skipped: read with the offset before the gap.
            near.iter()
                .find(|(t, before, after)| {
                    t + i64::from(*before) <= wall && wall < t + i64::from(*after)
                })
                .map(|(_, before, _)| wall - i64::from(*before))
        })?;
        Instant::from_unix_seconds(seconds)
    }
}

/// The most switches one VTIMEZONE may make in the years an import reads (real ones make two a
/// year).
const MAX_ZONE_SWITCHES: usize = 1000;

/// The zones the file's VTIMEZONEs define, by TZID, with switches over `years`.
fn file_zones(
    lines: &[Property],
    years: (i32, i32),
) -> Result<std::collections::HashMap<String, FileZone>, crate::Error> {
    let mut out = std::collections::HashMap::new();
    let mut tzid: Option<String> = None;
    let mut switches: Vec<(i64, i32, i32)> = Vec::new();
    let mut observance: Option<Vec<&Property>> = None;
    let mut inside = false;
    for p in lines {
        let value = p.value.trim();
        match (p.name.as_str(), inside, &mut observance) {
            ("BEGIN", false, _) if value.eq_ignore_ascii_case("VTIMEZONE") => {
                inside = true;
                tzid = None;
                switches = Vec::new();
            }
            ("BEGIN", true, o @ None)
                if value.eq_ignore_ascii_case("STANDARD")
                    || value.eq_ignore_ascii_case("DAYLIGHT") =>
            {
                *o = Some(Vec::new());
            }
            ("END", true, o @ Some(_))
                if value.eq_ignore_ascii_case("STANDARD")
                    || value.eq_ignore_ascii_case("DAYLIGHT") =>
            {
                if let Some(props) = o.take() {
                    onsets(&props, p.line, years, &mut switches)?;
                }
            }
            ("END", true, None) if value.eq_ignore_ascii_case("VTIMEZONE") => {
                inside = false;
                if switches.len() > MAX_ZONE_SWITCHES {
                    return Err(bad(
                        p.line,
                        format!("this time zone switches more than {MAX_ZONE_SWITCHES} times in the years read"),
                    ));
                }
                if let Some(id) = tzid.take() {
                    switches.sort();
                    out.insert(
                        id,
                        FileZone {
                            switches: std::mem::take(&mut switches),
                        },
                    );
                }
            }
            ("TZID", true, None) => tzid = Some(p.value.clone()),
            (_, true, Some(props)) => props.push(p),
            _ => {}
        }
    }
    Ok(out)
}

/// The switches one STANDARD or DAYLIGHT observance makes in `years`: its DTSTART (a wall time on
/// the clock before the switch), a yearly RRULE (`BYMONTH` with `BYDAY=-1SU`-style or
/// `BYMONTHDAY` days, `UNTIL`) and RDATEs.
fn onsets(
    props: &[&Property],
    end_line: usize,
    years: (i32, i32),
    out: &mut Vec<(i64, i32, i32)>,
) -> Result<(), crate::Error> {
    let get = |name: &str| props.iter().find(|p| p.name == name).copied();
    let offset = |name: &str| -> Result<i32, crate::Error> {
        let p =
            get(name).ok_or_else(|| bad(end_line, format!("a time zone rule without {name}")))?;
        parse_offset(p.value.trim()).ok_or_else(|| {
            bad(
                p.line,
                format!("\"{}\" is not a UTC offset such as +0100", p.value.trim()),
            )
        })
    };
    let (from, to) = (offset("TZOFFSETFROM")?, offset("TZOFFSETTO")?);
    let start_p =
        get("DTSTART").ok_or_else(|| bad(end_line, "a time zone rule without DTSTART"))?;
    let start = match parse_when(
        start_p.value.trim().trim_end_matches('Z'),
        CalZone::UTC,
        start_p.line,
    )? {
        When::At(t) => Zone::UTC.local(t).datetime,
        When::Day(d) => d.at(crate::CivilTime::MIDNIGHT),
    };
    let mut push = |wall: CivilDateTime| {
        out.push((wall.0.and_utc().timestamp() - i64::from(from), from, to));
    };
    push(start);
    for p in props.iter().filter(|p| p.name == "RDATE") {
        for v in p.value.split(',') {
            if let When::At(t) = parse_when(v.trim().trim_end_matches('Z'), CalZone::UTC, p.line)? {
                push(Zone::UTC.local(t).datetime);
            }
        }
    }
    let Some(rule) = get("RRULE") else {
        return Ok(());
    };
    let (mut month, mut nth, mut weekday, mut monthdays, mut until) =
        (None, None, None, Vec::new(), None);
    let refuse = |what: &str| {
        bad(
            rule.line,
            format!("the time zone rule {what} is not read; Meridian reads yearly rules by month and weekday (BYMONTH=3;BYDAY=-1SU)"),
        )
    };
    for part in rule.value.split(';') {
        let Some((k, v)) = part.split_once('=') else {
            continue;
        };
        match k.trim().to_ascii_uppercase().as_str() {
            "FREQ" if v.trim().eq_ignore_ascii_case("YEARLY") => {}
            "BYMONTH" => {
                month = v
                    .trim()
                    .parse::<u32>()
                    .ok()
                    .filter(|m| (1..=12).contains(m))
            }
            "BYDAY" => {
                let v = v.trim().to_ascii_uppercase();
                let split = v.len().saturating_sub(2);
                let (n, day) = v.split_at(split);
                weekday = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
                    .iter()
                    .position(|c| *c == day)
                    .map(|i| Weekday::ALL[i]);
                nth = match n.trim_start_matches('+') {
                    "" => None,
                    n => Some(
                        n.parse::<i64>()
                            .ok()
                            .filter(|n| *n != 0 && n.abs() <= 5)
                            .ok_or_else(|| refuse(part))?,
                    ),
                };
                if weekday.is_none() {
                    return Err(refuse(part));
                }
            }
            "BYMONTHDAY" => {
                for d in v.split(',') {
                    monthdays.push(
                        d.trim()
                            .parse::<u32>()
                            .ok()
                            .filter(|d| (1..=31).contains(d))
                            .ok_or_else(|| refuse(part))?,
                    );
                }
            }
            "UNTIL" => {
                until = match parse_when(v.trim().trim_end_matches('Z'), CalZone::UTC, rule.line)? {
                    When::At(t) => Some(t.unix_seconds()),
                    When::Day(d) => {
                        Some(d.at(crate::CivilTime::MIDNIGHT).0.and_utc().timestamp() + 86_400)
                    }
                }
            }
            "WKST" | "INTERVAL" if v.trim() == "1" || k.trim().eq_ignore_ascii_case("WKST") => {}
            _ => return Err(refuse(part)),
        }
    }
    let month = month.ok_or_else(|| refuse("without BYMONTH"))?;
    for year in years.0.max(start.date().year())..=years.1 {
        let Some(first) = CivilDate::new(year, month, 1) else {
            continue;
        };
        let days: Vec<CivilDate> = (0..31)
            .filter_map(|i| first.add_days(i))
            .filter(|d| d.month() == month)
            .collect();
        let matching: Vec<CivilDate> = days
            .iter()
            .copied()
            .filter(|d| weekday.is_none_or(|w| d.weekday() == w))
            .filter(|d| monthdays.is_empty() || monthdays.contains(&d.day()))
            .collect();
        let day = match nth {
            Some(n) if n > 0 => matching.get((n - 1) as usize).copied(),
            Some(n) => matching
                .len()
                .checked_sub(n.unsigned_abs() as usize)
                .and_then(|i| matching.get(i).copied()),
            None => matching.first().copied(),
        };
        let Some(day) = day else { continue };
        let wall = day.at(start.time());
        let at = wall.0.and_utc().timestamp() - i64::from(from);
        if wall > start && until.is_none_or(|u| at <= u) {
            push(wall);
        }
    }
    Ok(())
}

/// `+0100`, `-0330`, `+053028` → seconds.
fn parse_offset(v: &str) -> Option<i32> {
    let (sign, rest) = match v.as_bytes().first()? {
        b'+' => (1, &v[1..]),
        b'-' => (-1, &v[1..]),
        _ => return None,
    };
    if !(rest.len() == 4 || rest.len() == 6) || !rest.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = |r: std::ops::Range<usize>| rest.get(r).and_then(|x| x.parse::<i32>().ok());
    let seconds = n(0..2)? * 3600 + n(2..4)? * 60 + if rest.len() == 6 { n(4..6)? } else { 0 };
    Some(sign * seconds)
}

type FileZones = std::collections::HashMap<String, FileZone>;

fn zone_of<'a>(
    p: &Property,
    default: CalZone<'a>,
    files: &'a FileZones,
) -> Result<CalZone<'a>, crate::Error> {
    match p.param("TZID") {
        None => Ok(default),
        Some(tz) => {
            let tz = tz.trim_start_matches('/');
            Zone::parse(tz)
                .ok()
                // `/mozilla.org/20070129_1/Europe/Berlin` (Thunderbird, Evolution): an IANA name
                // after a prefix; the longest one that is a zone.
                .or_else(|| {
                    tz.match_indices('/')
                        .find_map(|(i, _)| Zone::parse(&tz[i + 1..]).ok())
                })
                .or_else(|| {
                    WINDOWS_ZONES
                        .iter()
                        .find(|(w, _)| w.eq_ignore_ascii_case(tz))
                        .and_then(|(_, iana)| Zone::parse(iana).ok())
                })
                .map(CalZone::Iana)
                .or_else(|| {
                    p.param("TZID")
                        .and_then(|id| files.get(id))
                        .map(CalZone::File)
                })
                .ok_or_else(|| {
                    bad(
                        p.line,
                        format!("unknown time zone \"{tz}\"; Meridian reads IANA names such as Europe/Berlin, Windows names such as W. Europe Standard Time, and zones the file defines in a VTIMEZONE"),
                    )
                })
        }
    }
}

fn parse_when(value: &str, zone: CalZone, line: usize) -> Result<When, crate::Error> {
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
            let zone = if utc { CalZone::UTC } else { zone };
            zone.resolve(local)
                .map(When::At)
                .ok_or_else(|| bad(line, format!("\"{v}\" is out of range")))
        }
    }
}

fn day_start(d: CivilDate, zone: CalZone) -> Option<Instant> {
    zone.resolve(d.at(crate::CivilTime::MIDNIGHT))
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
    let edge = |d: Option<CivilDate>| d.and_then(|d| day_start(d, CalZone::UTC));
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
    let year = |t: Instant| Zone::UTC.local(t).datetime.date().year();
    let files = file_zones(&lines, (year(from) - 1, year(to) + 1))?;
    let zone = CalZone::Iana(zone);
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
            if let When::At(t) = parse_when(&rid.value, zone_of(rid, zone, &files)?, rid.line)? {
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
        // A start in UTC repeats in UTC (RFC 5545 §3.3.5), not on the campus's clock.
        let ezone = if start_p.value.trim().ends_with(['Z', 'z']) {
            CalZone::UTC
        } else {
            zone_of(start_p, zone, &files)?
        };
        let title = get(e, "SUMMARY")
            .map(|p| unescape(&p.value))
            .unwrap_or_default();
        let uid = get(e, "UID").map(|p| p.value.clone()).unwrap_or_default();
        // The first instance as (local start, length in seconds, whole days?).
        let (first_local, all_day) = match parse_when(&start_p.value, ezone, start_p.line)? {
            When::Day(d) => (d.at(crate::CivilTime::MIDNIGHT), true),
            When::At(t) => (
                ezone
                    .local(t)
                    .ok_or_else(|| bad(start_p.line, "date out of range"))?,
                false,
            ),
        };
        let first_start = match parse_when(&start_p.value, ezone, start_p.line)? {
            When::Day(d) => {
                day_start(d, ezone).ok_or_else(|| bad(start_p.line, "date out of range"))?
            }
            When::At(t) => t,
        };
        let length = if let Some(p) = get(e, "DTEND") {
            let end = match parse_when(&p.value, zone_of(p, ezone, &files)?, p.line)? {
                When::Day(d) => {
                    day_start(d, ezone).ok_or_else(|| bad(p.line, "date out of range"))?
                }
                When::At(t) => t,
            };
            let length = end.unix_seconds() - first_start.unix_seconds();
            if length < 0 {
                return Err(bad(
                    p.line,
                    "the event ends (DTEND) before it starts (DTSTART)",
                ));
            }
            length
        } else if let Some(p) = get(e, "DURATION") {
            let length = parse_duration(&p.value, p.line)?;
            if length < 0 {
                return Err(bad(
                    p.line,
                    format!(
                        "the event lasts {}: a length cannot be negative",
                        p.value.trim()
                    ),
                ));
            }
            length
        } else if all_day {
            86_400
        } else {
            0
        };
        let mut excluded: Vec<Instant> = Vec::new();
        for p in e.iter().filter(|p| p.name == "EXDATE") {
            let z = zone_of(p, ezone, &files)?;
            for v in p.value.split(',') {
                match parse_when(v, z, p.line)? {
                    When::At(t) => excluded.push(t),
                    When::Day(d) => excluded.extend(day_start(d, z)),
                }
            }
        }
        let is_override = get(e, "RECURRENCE-ID").is_some();
        // Instances that may still be busy at `from` start no earlier than this.
        let since = Instant::from_unix_seconds(from.unix_seconds() - length.max(0)).unwrap_or(from);
        let mut starts = match get(e, "RRULE") {
            Some(rule) if !is_override => expand_rule(rule, first_local, ezone, since, to)?,
            _ => vec![first_start],
        };
        if !is_override {
            // RDATE: more instances, as dates or date-times (a PERIOD is refused).
            for p in e.iter().filter(|p| p.name == "RDATE") {
                let z = zone_of(p, ezone, &files)?;
                if p.param("VALUE")
                    .is_some_and(|v| v.eq_ignore_ascii_case("PERIOD"))
                    || p.value.contains('/')
                {
                    return Err(bad(
                        p.line,
                        "RDATE with periods (start/end) is not read; give dates or date-times",
                    ));
                }
                for v in p.value.split(',') {
                    let t = match parse_when(v, z, p.line)? {
                        When::At(t) => t,
                        When::Day(d) => {
                            day_start(d, z).ok_or_else(|| bad(p.line, "date out of range"))?
                        }
                    };
                    if !starts.contains(&t) {
                        starts.push(t);
                    }
                }
            }
        }
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

/// The starts of a daily or weekly RRULE from `from` up to `to` (and its COUNT and UNTIL). The
/// rule is counted from its first start, but whole stretches before `from` are skipped by
/// arithmetic, so an event repeating since 1970 costs as little as one that starts in the term.
fn expand_rule(
    rule: &Property,
    first: CivilDateTime,
    zone: CalZone,
    from: Instant,
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
    // BYDAY limits a daily rule to those weekdays (RFC 5545 §3.3.10) and expands a weekly one;
    // a weekday named twice is one weekday.
    days.sort();
    days.dedup();
    let only_on = if step_days == 1 {
        std::mem::take(&mut days)
    } else {
        Vec::new()
    };
    if days.is_empty() {
        days = vec![first.date().weekday()];
    }
    let time = first.time();
    let mut out = Vec::new();
    // Instances counted (for COUNT), before `from` too.
    let mut counted = 0usize;
    // Seven periods always hold the same number of instances (after the first period, which a
    // weekly rule may enter in its middle): a weekly rule's days, or a daily rule's weekdays,
    // which repeat every seven periods.
    let period = step_days * interval;
    let per_seven = if step_days == 7 {
        7 * days.len()
    } else {
        (0..7)
            .filter(|j| {
                first
                    .date()
                    .add_days(j * period)
                    .is_some_and(|d| only_on.is_empty() || only_on.contains(&d.weekday()))
            })
            .count()
    };
    let from_date = Zone::UTC.local(from).datetime.date().add_days(-2);
    let mut periods = 0u64;
    let mut period_start = if step_days == 7 {
        first.date().monday()
    } else {
        first.date()
    };
    let resolve = |d: CivilDate| zone.resolve(d.at(time));
    'outer: loop {
        if let Some(from_date) = from_date {
            let behind = period_start.days_until(from_date);
            if periods >= 1 && behind > 7 * period {
                let skip = behind / (7 * period);
                counted = counted.saturating_add(per_seven.saturating_mul(skip as usize));
                match period_start.add_days(skip * 7 * period) {
                    Some(p) => period_start = p,
                    None => break,
                }
                if count.is_some_and(|c| counted >= c) {
                    break;
                }
            }
        }
        periods += 1;
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
                || count.is_some_and(|c| counted >= c)
                || out.len() >= MAX_IMPORT_BLOCKS
            {
                break 'outer;
            }
            if only_on.is_empty() || only_on.contains(&d.weekday()) {
                counted += 1;
                if t >= from {
                    out.push(t);
                }
            }
        }
        match period_start.add_days(period) {
            Some(next) => period_start = next,
            None => break,
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_windows_zone_name_maps_to_a_zone_meridian_knows() {
        assert!(WINDOWS_ZONES.len() > 130);
        for (windows, iana) in WINDOWS_ZONES {
            assert!(Zone::parse(iana).is_ok(), "{windows} → {iana}");
        }
    }
}
