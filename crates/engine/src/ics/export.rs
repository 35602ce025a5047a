//! Export: a schedule (or its part for a campus or cohort) as an iCalendar file that every
//! major calendar reads to the same instants (see the module above).

use crate::occurrence::{session_occurrences, Occurrence};
use crate::schedule::{web_link, CampusId, CohortId, RoomId, Schedule, Session, SessionKind};
use crate::time::{CivilDate, CivilDateTime, Instant, Weekday};
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

/// The texts a calendar file holds besides the schedule's own, in the reader's language: the
/// front end words them (`meridian_words` implements this for its `Words`), so that a file
/// exported in the app speaks the app's language.
pub trait Labels {
    /// The calendar's name for the part of schedule `schedule` that `who` (a cohort's name or a
    /// campus's short name) takes part in.
    fn calendar_name(&self, schedule: &str, who: &str) -> String;
    /// A room at a campus, as LOCATION lists it.
    fn room(&self, room: &str, campus: &str) -> String;
    /// LOCATION's entry for a session with a meeting link.
    fn online(&self) -> String;
    /// DESCRIPTION's first line: the session's kind, after its course when it has one.
    fn kind(&self, course: Option<&str>, kind: SessionKind) -> String;
    /// DESCRIPTION's line for the host campus (`campus`, its full name) and the place whose
    /// clock the session keeps (`place`).
    fn taught_from(&self, campus: &str, place: &str) -> String;
    /// DESCRIPTION's line for a session kept on another zone's clock than its host campus's
    /// (see [`Schedule::keeps_host_clock`]): the host (`campus`, its full name) and the place
    /// whose clock it keeps (`place`, "Toronto"), said apart.
    fn taught_from_elsewhere(&self, campus: &str, place: &str) -> String;
    /// DESCRIPTION's line for the lecturer.
    fn lecturer(&self, name: &str) -> String;
    /// DESCRIPTION's line for the meeting link.
    fn join(&self, url: &str) -> String;
}

/// The iCalendar text of a schedule (or its part for a campus or cohort). `stamp` is the
/// export's time (`DTSTAMP`), given by the caller so that the engine stays pure; `labels` word
/// the texts around the schedule's own.
pub fn export(schedule: &Schedule, scope: &Scope, stamp: Instant, labels: &dyn Labels) -> String {
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
    out.text("X-WR-CALNAME", &calendar_name(&s, scope, labels));
    for (zone, from, to) in spans.values() {
        // Eight days either side, on whole UTC days.
        let margin = |t: Instant, days: i64| {
            let s = (t.unix_seconds() + days * 86_400).div_euclid(86_400) * 86_400;
            Instant::from_unix_seconds(s).unwrap_or(t)
        };
        vtimezone(&mut out, *zone, margin(*from, -8), margin(*to, 9));
    }
    for e in &events {
        write_event(&mut out, &s, e, stamp, labels);
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

pub(super) fn uid_part(id: &str) -> String {
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

pub(super) fn calendar_name(s: &Schedule, scope: &Scope, labels: &dyn Labels) -> String {
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
        Some(w) => labels.calendar_name(&s.name, &w),
        None => s.name.clone(),
    }
}

/// A VTIMEZONE with the offset in force at `from` and every switch up to `to`.
pub(super) fn vtimezone(out: &mut Lines, zone: Zone, from: Instant, to: Instant) {
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
pub(super) enum Start {
    Local(Zone, CivilDateTime, Instant),
    Utc(Instant),
}

/// A weekly rule as written: from the event's start to `until`, minus `exdates`.
pub(super) struct Rule {
    pub(super) interval: u32,
    pub(super) weekdays: Vec<Weekday>,
    pub(super) until: Instant,
    pub(super) exdates: Vec<CivilDateTime>,
    /// The last instant any instance of the rule (excluded ones too) may end.
    pub(super) last_end: Instant,
}

/// One VEVENT to write.
pub(super) struct Event<'a> {
    pub(super) uid: String,
    pub(super) session: &'a Session,
    pub(super) start: Start,
    pub(super) minutes: u32,
    pub(super) rule: Option<Rule>,
    pub(super) rooms: &'a [RoomId],
}

impl Event<'_> {
    /// The zone whose wall times the event names, and the instants they span.
    pub(super) fn zone_span(&self) -> Option<(Zone, Instant, Instant)> {
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
pub(super) fn unambiguous(zone: Zone, local: CivilDateTime, start: Instant, end: Instant) -> bool {
    let exact = |t: CivilDateTime, at: Instant| {
        zone.resolve(t, Disambiguation::Compatible)
            .is_ok_and(|r| r.resolution == Resolution::Exact && r.instant == at)
    };
    exact(local, start)
        && zone.offset_at(start) == zone.offset_at(end)
        && exact(zone.local(end).datetime, end)
}

/// How an occurrence is written when it is its own event (or an override).
pub(super) fn start_of(zone: Zone, o: &Occurrence) -> Start {
    if unambiguous(zone, o.local_start, o.start, o.end) {
        Start::Local(zone, o.local_start, o.start)
    } else {
        Start::Utc(o.start)
    }
}

pub(super) fn minutes(o: &Occurrence) -> u32 {
    u32::try_from(o.duration_minutes()).unwrap_or(0)
}

/// The events of one session: the series with the weeks every reader reads alike, and an event
/// of its own for every other week (changed, or one a reader could read two ways); a one-off
/// session is one event at its (possibly changed) time.
pub(super) fn plan<'a>(s: &'a Schedule, index: usize, events: &mut Vec<Event<'a>>) {
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
pub(super) fn rule_dates(
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

pub(super) fn write_event(
    out: &mut Lines,
    s: &Schedule,
    e: &Event,
    stamp: Instant,
    labels: &dyn Labels,
) {
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
    describe(out, s, e.session, e.rooms, labels);
    out.raw("END:VEVENT");
}

/// An exact length (RFC 5545 §3.3.6: a duration in days is nominal, so hours and minutes only),
/// e.g. `PT1H30M`, `PT45M`, `PT168H`.
pub(super) fn duration(minutes: u32) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    match (h, m) {
        (0, m) => format!("PT{m}M"),
        (h, 0) => format!("PT{h}H"),
        (h, m) => format!("PT{h}H{m}M"),
    }
}

/// SUMMARY, LOCATION, URL and DESCRIPTION.
pub(super) fn describe(
    out: &mut Lines,
    s: &Schedule,
    session: &Session,
    rooms: &[RoomId],
    labels: &dyn Labels,
) {
    out.text("SUMMARY", &session.title);
    let mut places: Vec<String> = rooms
        .iter()
        .filter_map(|r| s.rooms.iter().find(|x| x.id == *r))
        .map(|r| match s.campus(&r.campus) {
            Some(c) => labels.room(&r.name, &c.short),
            None => r.name.clone(),
        })
        .collect();
    let link = session.meeting_url.as_deref().and_then(web_link);
    if link.is_some() {
        places.push(labels.online());
    }
    if !places.is_empty() {
        out.text("LOCATION", &places.join("; "));
    }
    if let Some(url) = link {
        out.raw(&format!("URL:{url}"));
    }
    let mut lines = Vec::new();
    lines.push(labels.kind(session.course.as_deref(), session.kind));
    if let Some(host) = s.campus(&session.host) {
        let place = s.anchor_place(session);
        lines.push(if s.keeps_host_clock(session) {
            labels.taught_from(&host.name, &place)
        } else {
            labels.taught_from_elsewhere(&host.name, &place)
        });
    }
    if let Some(l) = session
        .lecturer
        .as_ref()
        .and_then(|l| s.lecturers.iter().find(|x| x.id == *l))
    {
        lines.push(labels.lecturer(&l.name));
    }
    if let Some(url) = &session.meeting_url {
        lines.push(labels.join(url));
    }
    if let Some(n) = &session.notes {
        lines.push(String::new());
        lines.push(n.clone());
    }
    out.text("DESCRIPTION", &lines.join("\n"));
}

pub(super) fn byday(d: Weekday) -> &'static str {
    ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][d.index()]
}

/// `YYYYMMDDTHHMMSS` (a local date-time).
pub(super) fn basic(t: CivilDateTime) -> String {
    let mut out = String::with_capacity(15);
    let _ = crate::time::write_date_time(&mut out, t.0, "", "");
    out
}

/// `YYYYMMDDTHHMMSSZ`.
pub(super) fn utc(t: Instant) -> String {
    let mut out = String::with_capacity(16);
    let _ = crate::time::write_date_time(&mut out, t.utc().naive_utc(), "", "");
    out.push('Z');
    out
}

/// `+HHMM` / `-HHMM` (`+HHMMSS` for historical offsets with seconds).
pub(super) fn offset(o: crate::UtcOffset) -> String {
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
pub(super) struct Lines {
    pub(super) text: String,
}

impl Lines {
    /// One content line. Line breaks and other control characters but HTAB cannot occur in a
    /// content line (RFC 5545 §3.1); any that reached here are dropped rather than written.
    pub(super) fn raw(&mut self, line: &str) {
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
    pub(super) fn text(&mut self, name: &str, value: &str) {
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
