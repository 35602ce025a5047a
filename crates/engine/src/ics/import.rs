//! Import: a partner's calendar file read as busy blocks over the term (daily and weekly rules,
//! overrides, all-day events; IANA, Windows, Mozilla-style and file-defined zones).

use super::zones::*;
use crate::error::found;
use crate::schedule::Schedule;
use crate::time::{CivilDate, CivilDateTime, Instant, Weekday};
use crate::zone::Zone;
use crate::CalendarProblem as P;

/// The largest calendar file read (bytes).
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;
/// The most busy blocks one import may expand to.
pub const MAX_IMPORT_BLOCKS: usize = 20_000;

/// One content line, unfolded: name, parameters, value, and the line it started on.
pub(super) struct Property {
    pub(super) name: String,
    pub(super) params: Vec<(String, String)>,
    pub(super) value: String,
    pub(super) line: usize,
}

impl Property {
    pub(super) fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

pub(super) fn bad(line: usize, problem: P) -> crate::Error {
    crate::Error::Calendar { line, problem }
}

pub(super) fn content_lines(text: &str) -> Result<Vec<Property>, crate::Error> {
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
                None => return Err(bad(i + 1, P::StartsWithContinuation)),
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
                return Err(bad(line, P::NotAContentLine { text: found(&text) }));
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
pub(super) enum When {
    At(Instant),
    Day(CivilDate),
}

pub(super) fn parse_when(value: &str, zone: CalZone, line: usize) -> Result<When, crate::Error> {
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
    let wrong = || bad(line, P::NotADateTime { text: found(v) });
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
                .ok_or_else(|| bad(line, P::DateTimeOutOfRange { text: found(v) }))
        }
    }
}

pub(super) fn day_start(d: CivilDate, zone: CalZone) -> Option<Instant> {
    zone.resolve(d.at(crate::CivilTime::MIDNIGHT))
}

/// `PT1H30M`, `P1D`, `P1W`, `-PT15M` → seconds.
pub(super) fn parse_duration(v: &str, line: usize) -> Result<i64, crate::Error> {
    let wrong = || bad(line, P::NotADuration { text: found(v) });
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
    let zone = schedule
        .busy_campus(&calendar)
        .map_or(Zone::UTC, |c| c.zone);
    let edge = |d: Option<CivilDate>| d.and_then(|d| day_start(d, CalZone::UTC));
    let (Some(from), Some(to)) = (
        edge(schedule.term.start.add_days(-1)),
        edge(schedule.term.end.add_days(2)),
    ) else {
        return Err(bad(0, P::ScheduleTermOutOfRange));
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
    let mut out: Vec<crate::schedule::BusyBlock> = instances(text, zone, from, to)?
        .into_iter()
        .filter(|i| !i.transparent)
        // Busy before or after the span read says nothing more about the term: a block is
        // kept within it (a link carries a block's length in 32 bits, 136 years).
        .map(|i| crate::schedule::BusyBlock {
            start: i.start.max(from),
            end: i.end.min(to),
            title: i.title,
        })
        .collect();
    out.sort_by_key(|b| (b.start, b.end));
    Ok(out)
}

/// One instance of an event, as the file has it: its whole length (not cut to the span read),
/// its SUMMARY, and whether it is marked free (transparent).
pub(super) struct Instance {
    pub(super) start: Instant,
    pub(super) end: Instant,
    pub(super) title: String,
    pub(super) transparent: bool,
}

/// The one reader of events: every instance of every event that is not cancelled and lasts
/// some time, overlapping `from`..`to`, repeating events expanded, at most
/// [`MAX_IMPORT_BLOCKS`] of them. Local times without a zone are read in `zone`.
pub(super) fn instances(
    text: &str,
    zone: Zone,
    from: Instant,
    to: Instant,
) -> Result<Vec<Instance>, crate::Error> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(bad(
            0,
            P::FileTooLarge {
                bytes: text.len(),
                max: MAX_IMPORT_BYTES,
            },
        ));
    }
    let lines = content_lines(text)?;
    if !lines
        .first()
        .is_some_and(|p| p.name == "BEGIN" && p.value.trim().eq_ignore_ascii_case("VCALENDAR"))
    {
        return Err(bad(1, P::NotICalendar));
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
                    return Err(bad(p.line, P::EndWithoutBegin { what: found(&what) }));
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
        return Err(bad(lines.last().map_or(0, |p| p.line), P::CutOff));
    }
    pub(super) fn get<'a>(e: &[&'a Property], name: &str) -> Option<&'a Property> {
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
        if status.as_deref() == Some("CANCELLED") {
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
                    .ok_or_else(|| bad(start_p.line, P::DateOutOfRange))?,
                false,
            ),
        };
        let first_start = match parse_when(&start_p.value, ezone, start_p.line)? {
            When::Day(d) => {
                day_start(d, ezone).ok_or_else(|| bad(start_p.line, P::DateOutOfRange))?
            }
            When::At(t) => t,
        };
        let length = if let Some(p) = get(e, "DTEND") {
            let end = match parse_when(&p.value, zone_of(p, ezone, &files)?, p.line)? {
                When::Day(d) => {
                    day_start(d, ezone).ok_or_else(|| bad(p.line, P::DateOutOfRange))?
                }
                When::At(t) => t,
            };
            let length = end.unix_seconds() - first_start.unix_seconds();
            if length < 0 {
                return Err(bad(p.line, P::EndsBeforeStart));
            }
            length
        } else if let Some(p) = get(e, "DURATION") {
            let length = parse_duration(&p.value, p.line)?;
            if length < 0 {
                return Err(bad(
                    p.line,
                    P::NegativeDuration {
                        text: found(p.value.trim()),
                    },
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
                    return Err(bad(p.line, P::RdatePeriods));
                }
                for v in p.value.split(',') {
                    let t = match parse_when(v, z, p.line)? {
                        When::At(t) => t,
                        When::Day(d) => {
                            day_start(d, z).ok_or_else(|| bad(p.line, P::DateOutOfRange))?
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
                    P::TooManyEvents {
                        max: MAX_IMPORT_BLOCKS,
                    },
                ));
            }
            out.push(Instance {
                start,
                end,
                title: title.clone(),
                transparent,
            });
        }
    }
    Ok(out)
}

pub(super) fn unescape(v: &str) -> String {
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
pub(super) fn expand_rule(
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
            "INTERVAL" => {
                interval = v
                    .parse()
                    .ok()
                    .filter(|n: &i64| *n >= 1)
                    .ok_or_else(|| bad(rule.line, P::IntervalNotPositive { text: found(v) }))?
            }
            "COUNT" => {
                count = Some(
                    v.parse::<usize>()
                        .map_err(|_| bad(rule.line, P::CountNotANumber { text: found(v) }))?,
                )
            }
            "UNTIL" => {
                until = Some(match parse_when(v, zone, rule.line)? {
                    When::At(t) => t,
                    When::Day(d) => d
                        .add_days(1)
                        .and_then(|d| day_start(d, zone))
                        .ok_or_else(|| bad(rule.line, P::UntilOutOfRange))?,
                })
            }
            "BYDAY" => {
                for d in v.split(',') {
                    let code = d.trim().to_ascii_uppercase();
                    let i = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
                        .iter()
                        .position(|c| *c == code)
                        .ok_or_else(|| bad(rule.line, P::ByDayNotRead { day: found(d) }))?;
                    days.push(Weekday::ALL[i]);
                }
            }
            "WKST" => {}
            other => return Err(bad(rule.line, P::RulePartNotRead { part: found(other) })),
        }
    }
    let step_days = match freq.as_deref() {
        Some("DAILY") => 1,
        Some("WEEKLY") => 7,
        Some(f) => return Err(bad(rule.line, P::FreqNotRead { freq: found(f) })),
        None => return Err(bad(rule.line, P::NoFreq)),
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
