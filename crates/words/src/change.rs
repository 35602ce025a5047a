//! What changed between two versions of a schedule, in words. The engine's `lineage::diff` is
//! the one rule of what differs (as data: kinds and ids); this words its changes, each kind with
//! words of its own, grouped the way a coordinator thinks (by campus, by session) with local
//! times at every campus taking part. It compares nothing itself. The planner's Compare dialog
//! and the CLI's `meridian diff` and `merge` word through here.

use crate::{length, w, Words};
use meridian_engine::lineage::{
    self, CampusChange, Change, ScheduleChange, SessionChange, Subject,
};
use meridian_engine::schedule::{
    BusyCalendar, Campus, CampusId, Schedule, Session, SessionId, Weekly,
};
use meridian_engine::{CivilDateTime, Disambiguation, Weekday};

/// A session's time at one campus, before and after a change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeRow {
    /// The campus (its short name).
    pub campus: String,
    /// Its local time before (`Mon 05:00–06:30`), when the session was there before.
    pub before: Option<String>,
    /// Its local time after, when the session is there after.
    pub after: Option<String>,
}

/// The weekday and time of a wall-clock moment, as the reader reads clocks: `Mon 10:00`.
pub fn day_time(words: &Words, t: CivilDateTime) -> String {
    w!(
        words,
        "change-day-time",
        weekday = words.weekday(t.weekday()),
        time = words.clock(t.time())
    )
}

/// When a session takes place, on its own clock: `Mon, Wed 10:00–11:30 (Berlin)` for a
/// series, `Mon 12 Oct 10:00–11:30 (Berlin)` for a one-off.
pub fn session_when(words: &Words, schedule: &Schedule, s: &Session) -> String {
    let end = s
        .start
        .add_minutes(i64::from(s.duration_minutes))
        .unwrap_or(s.start);
    let days = match &s.repeat {
        Some(r) if !r.weekdays.is_empty() => words.weekdays(&r.weekdays),
        Some(_) => words.weekday(s.start.weekday()),
        None => words.short_date(s.start.date()),
    };
    w!(
        words,
        "change-when",
        days = days,
        span = words.span(s.start.time(), end.time()),
        place = words.place(&schedule.anchor_place(s))
    )
}

/// A session's first start and end at one campus, on that campus's clock: `Mon 05:00–06:30`.
pub fn local_span(words: &Words, schedule: &Schedule, s: &Session, campus: &Campus) -> String {
    let zone = schedule.anchor_zone(s);
    let Ok(start) = zone.resolve(s.start, Disambiguation::Compatible) else {
        return "—".into();
    };
    let a = campus.zone.local(start.instant).datetime;
    let b = start
        .instant
        .add_minutes(i64::from(s.duration_minutes))
        .map_or(a, |end| campus.zone.local(end).datetime);
    w!(
        words,
        "change-day-span",
        weekday = words.weekday(a.weekday()),
        span = words.span(a.time(), b.time())
    )
}

/// A session's local times at every campus taking part in either version, before and after.
pub fn time_rows(
    words: &Words,
    old: (&Schedule, Option<&Session>),
    new: (&Schedule, Option<&Session>),
) -> Vec<TimeRow> {
    let mut campuses: Vec<(&Campus, &Schedule)> = Vec::new();
    for (schedule, session) in [old, new] {
        if let Some(s) = session {
            for c in schedule.participating_campuses(s) {
                if !campuses.iter().any(|(x, _)| x.id == c.id) {
                    campuses.push((c, schedule));
                }
            }
        }
    }
    let at = |(schedule, session): (&Schedule, Option<&Session>), campus: &Campus| {
        let s = session?;
        let c = schedule.campus(&campus.id)?;
        let part = schedule
            .participating_campuses(s)
            .iter()
            .any(|x| x.id == c.id);
        part.then(|| local_span(words, schedule, s, c))
    };
    campuses
        .into_iter()
        .map(|(c, _)| TimeRow {
            campus: c.short.clone(),
            before: at(old, c),
            after: at(new, c),
        })
        .collect()
}

/// `1 h 30 min → 2 h`.
pub fn lengths(words: &Words, before: u32, after: u32) -> String {
    w!(
        words,
        "change-lengths",
        before = length(words, i64::from(before)),
        after = length(words, i64::from(after))
    )
}

/// How a series repeats, from its rule: `every 2 weeks until Fri 18 Dec`, `every week,
/// 12 times`, `every week to the end of the term`. Its weekdays are in [`session_when`], its
/// skipped dates are changes of their own.
pub fn repeat(words: &Words, r: &Weekly) -> String {
    let every = w!(words, "change-every", interval = r.interval);
    match (r.until, r.count) {
        (Some(date), _) => w!(
            words,
            "change-repeat-until",
            every = every,
            date = words.short_date(date)
        ),
        (None, Some(count)) => w!(words, "change-repeat-count", every = every, count = count),
        (None, None) => w!(words, "change-repeat-term", every = every),
    }
}

/// A user's text (notes, a meeting link, a course, an alliance, an id) as a change repeats it:
/// on one line (control and bidirectional-override characters become spaces) and at most
/// [`meridian_engine::MAX_ECHO_CHARS`] characters, so that a hostile link cannot make a huge
/// or reordered line.
pub fn text(t: &str) -> String {
    crate::error::echo(t)
        .chars()
        .map(|c| {
            let bidi = matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
            if c.is_control() || bidi {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// A text that may be there or not (notes, a meeting link, a course, the alliance), changed:
/// message `id` with `$state` (`added`, `removed` or `changed`) and the texts as [`text`] cuts
/// them (empty counts as none, unless the texts differ only by blanks: then as they are).
fn edit(words: &Words, id: &'static str, before: Option<&str>, after: Option<&str>) -> String {
    fn blank(t: Option<&str>) -> Option<&str> {
        t.filter(|t| !t.trim().is_empty())
    }
    let (x, y) = match (blank(before), blank(after)) {
        (x, y) if x == y => (before, after),
        xy => xy,
    };
    let (b, a) = match (x, y) {
        (Some(p), Some(q)) => apart(p, q),
        _ => (
            x.map(text).unwrap_or_default(),
            y.map(text).unwrap_or_default(),
        ),
    };
    w!(
        words,
        id,
        state = state(x.is_some(), y.is_some()),
        before = b,
        after = a
    )
}

/// Two different texts as [`text`] cuts them, apart: when they differ only beyond the cut,
/// both from a little before where they first differ (`…on the second floor, room 2.14` →
/// `…on the second floor, room 2.16`), so that the line never reads “a” → “a”.
fn apart(a: &str, b: &str) -> (String, String) {
    let (x, y) = (text(a), text(b));
    if x != y {
        return (x, y);
    }
    // Where they first differ, as a byte offset (the same in both: all before it is shared).
    let first = a
        .char_indices()
        .zip(b.chars())
        .find(|((_, p), q)| p != q)
        .map_or(a.len().min(b.len()), |((i, _), _)| i);
    // Up to thirty characters of what is shared, for context, from the start of a word.
    let shared = &a[..first];
    let back = shared.char_indices().rev().nth(29).map_or(0, |(i, _)| i);
    let from = match shared[back..]
        .char_indices()
        .find(|(_, c)| c.is_whitespace())
    {
        Some((w, c)) if back > 0 => back + w + c.len_utf8(),
        _ => back,
    };
    (
        format!("…{}", text(&a[from..])),
        format!("…{}", text(&b[from..])),
    )
}

/// One difference between two versions, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// What it is about, the way a coordinator groups things: a session's title, a campus's
    /// short name, "Schedule", "People and rooms", "Busy time".
    pub group: String,
    /// What changed: `moved from Mon 10:00 to Tue 10:00 (Berlin)`.
    pub text: String,
    /// For a session, its local times at every campus taking part, before and after.
    pub rows: Vec<TimeRow>,
}

fn line(group: String, text: String) -> Line {
    Line {
        group,
        text,
        rows: Vec::new(),
    }
}

/// Every difference between two versions of a schedule, in words: the engine's changes from
/// `before` to `after` ([`lineage::diff`], the one rule of what differs) worded by [`worded`].
/// `before` and `after` are usually a version and the same with one of the engine's changes
/// applied (`lineage::apply`), so that each change reads on its own.
pub fn differences(words: &Words, before: &Schedule, after: &Schedule) -> Vec<Line> {
    worded(words, before, after, &lineage::diff(before, after))
}

/// The engine's changes from `before` to `after` (`lineage::diff`, or some of them) in words,
/// grouped the way a coordinator reads them: the schedule's own name, identity, alliance, term
/// and rules; then each campus (added, removed, or each of its changes on a line: names, city,
/// country, holiday region, time zone, teaching hours per day, term, closures, public holidays
/// switched off or on, periods); then each session on one line (added, removed, moved, longer,
/// its weeks, people and rooms, details), with its local times at every campus taking part
/// when its time or host changed; then people and rooms; then busy time. Items in `before`'s
/// order, then those only in `after`. Every kind of change has words of its own.
pub fn worded(words: &Words, before: &Schedule, after: &Schedule, changes: &[Change]) -> Vec<Line> {
    let mut out = Vec::new();
    let group = words.t("change-group-schedule");
    // The name first, as a coordinator reads a version's summary.
    for name in [true, false] {
        for c in changes {
            if let Change::Schedule(c) = c {
                if matches!(c, ScheduleChange::Name(_)) == name {
                    out.push(line(group.clone(), schedule_change(words, c)));
                }
            }
        }
    }
    campuses(words, before, after, changes, &mut out);
    sessions(words, before, after, changes, &mut out);
    people(words, before, after, changes, &mut out);
    busy(words, before, after, changes, &mut out);
    out
}

fn schedule_change(words: &Words, c: &ScheduleChange) -> String {
    match c {
        ScheduleChange::Name(e) => w!(
            words,
            "change-renamed-quoted",
            before = e.before.as_str(),
            after = e.after.as_str()
        ),
        ScheduleChange::Id(e) => w!(
            words,
            "change-id",
            before = text(&e.before),
            after = text(&e.after)
        ),
        ScheduleChange::Alliance(e) => edit(
            words,
            "change-alliance",
            e.before.as_deref(),
            e.after.as_deref(),
        ),
        ScheduleChange::Term(e) => w!(
            words,
            "change-term",
            before = term(words, &e.before),
            after = term(words, &e.after)
        ),
        ScheduleChange::Rules(e) => w!(
            words,
            "change-breaks",
            before = length(words, i64::from(e.before.min_break_minutes)),
            after = length(words, i64::from(e.after.min_break_minutes))
        ),
    }
}

/// `7 Sep – 18 Dec 2026`.
fn term(words: &Words, t: &meridian_engine::schedule::Term) -> String {
    w!(
        words,
        "change-term-span",
        start = words.day_month(t.start),
        end = words.day_month(t.end),
        year = t.end.year().to_string()
    )
}

/// Where an item is among `before`'s and then `after`'s: the order its lines come in.
fn rank(before: Option<usize>, after: Option<usize>, before_len: usize) -> u64 {
    before
        .or_else(|| after.map(|i| before_len.saturating_add(i)))
        .map_or(u64::MAX, |i| i as u64)
}

/// Lines by their place (stable: lines of one place keep their order). One sort for every
/// group, so that the pages carry one copy of it.
fn in_order(out: &mut Vec<Line>, mut lines: Vec<(u64, Line)>) {
    lines.sort_by_key(|(place, _)| *place);
    out.extend(lines.into_iter().map(|(_, l)| l));
}

fn campuses(
    words: &Words,
    before: &Schedule,
    after: &Schedule,
    changes: &[Change],
    out: &mut Vec<Line>,
) {
    let at = |id: &CampusId| {
        rank(
            before.campuses.iter().position(|c| c.id == *id),
            after.campuses.iter().position(|c| c.id == *id),
            before.campuses.len(),
        )
    };
    let mut lines: Vec<(u64, Line)> = Vec::new();
    for c in changes {
        let (id, said) = match c {
            Change::CampusRemoved(a) => (
                &a.id,
                line(
                    a.short.clone(),
                    w!(words, "change-campus-removed", name = a.name.as_str()),
                ),
            ),
            Change::CampusAdded(b) => (
                &b.id,
                line(
                    b.short.clone(),
                    w!(
                        words,
                        "change-campus-added",
                        name = b.name.as_str(),
                        zone = b.zone.name()
                    ),
                ),
            ),
            Change::Campus { id, change } => {
                let (was, is) = (before.campus(id), after.campus(id));
                let group = is
                    .or(was)
                    .map_or_else(|| id.to_string(), |c| c.short.clone());
                let (x, y) = (
                    was.map(|c| c.country.as_str()),
                    is.map(|c| c.country.as_str()),
                );
                let countries = (x.or(y).unwrap_or_default(), y.or(x).unwrap_or_default());
                (id, line(group, campus_change(words, countries, change)))
            }
            _ => continue,
        };
        lines.push((at(id), said));
    }
    // Stable: a campus's changes stay in the engine's order.
    in_order(out, lines);
}

/// A country code as a change shows it (`—` for none).
fn country(code: &str) -> String {
    if code.trim().is_empty() {
        "—".into()
    } else {
        text(code)
    }
}

/// One change to a campus in words; `countries` are its country before and after the change.
fn campus_change(words: &Words, countries: (&str, &str), change: &CampusChange) -> String {
    let hours = |h: Option<&meridian_engine::schedule::Hours>| {
        h.map_or_else(
            || words.t("change-no-teaching"),
            |h| h.to_string().replace('-', "–"),
        )
    };
    let closure = |c: &meridian_engine::schedule::Closure| match c.end {
        Some(end) if end != c.start => w!(
            words,
            "change-closure-span",
            start = words.short_date(c.start),
            end = words.short_date(end),
            name = c.name.as_str()
        ),
        _ => w!(
            words,
            "change-closure-day",
            start = words.short_date(c.start),
            name = c.name.as_str()
        ),
    };
    let period = |id: &'static str, p: &meridian_engine::schedule::Period| {
        w!(
            words,
            id,
            kind = p.kind.name(),
            start = words.short_date(p.start),
            end = words.short_date(p.end),
            name = p.name.as_str()
        )
    };
    match change {
        CampusChange::Name(e) => w!(
            words,
            "change-campus-renamed",
            before = e.before.as_str(),
            after = e.after.as_str()
        ),
        CampusChange::Short(e) => w!(
            words,
            "change-campus-short",
            before = e.before.as_str(),
            after = e.after.as_str()
        ),
        CampusChange::Code(e) => w!(
            words,
            "change-campus-code",
            state = state(e.before.is_some(), e.after.is_some()),
            before = e.before.as_deref().map(text).unwrap_or_default(),
            after = e.after.as_deref().map(text).unwrap_or_default()
        ),
        CampusChange::City(e) => w!(
            words,
            "change-campus-city",
            before = e.before.as_str(),
            after = e.after.as_str()
        ),
        CampusChange::Country(e) => w!(
            words,
            "change-campus-country",
            before = country(&e.before),
            after = country(&e.after)
        ),
        CampusChange::Region(e) => w!(
            words,
            "change-campus-region",
            state = state(e.before.is_some(), e.after.is_some()),
            // The national holidays only: before the change when a region is added.
            country = country(if e.before.is_none() {
                countries.0
            } else {
                countries.1
            }),
            before = e.before.as_deref().map(text).unwrap_or_default(),
            after = e.after.as_deref().map(text).unwrap_or_default()
        ),
        CampusChange::Zone(e) => w!(
            words,
            "change-zone",
            before = e.before.name(),
            after = e.after.name()
        ),
        CampusChange::Hours { day, hours: e } => w!(
            words,
            "change-hours",
            day = words.weekday(*day),
            before = hours(e.before.as_ref()),
            after = hours(e.after.as_ref())
        ),
        CampusChange::Term(e) => {
            let t = |t: &Option<meridian_engine::schedule::Term>| {
                t.as_ref()
                    .map_or_else(|| words.t("change-schedules-term"), |t| term(words, t))
            };
            w!(
                words,
                "change-campus-term",
                before = t(&e.before),
                after = t(&e.after)
            )
        }
        CampusChange::ClosureRemoved(c) => w!(words, "change-reopened", closure = closure(c)),
        CampusChange::ClosureAdded(c) => w!(words, "change-closed", closure = closure(c)),
        CampusChange::HolidaySwitchedOff(d) => {
            w!(words, "change-holiday-off", date = words.short_date(*d))
        }
        CampusChange::HolidaySwitchedOn(d) => {
            w!(words, "change-holiday-on", date = words.short_date(*d))
        }
        CampusChange::PeriodAdded(p) => period("change-period-added", p),
        CampusChange::PeriodRemoved(p) => period("change-period-removed", p),
    }
}

/// `added`, `removed` or `changed`: a value that may be there or not, before and after.
fn state(before: bool, after: bool) -> &'static str {
    match (before, after) {
        (false, true) => "added",
        (true, false) => "removed",
        _ => "changed",
    }
}

/// The weekdays a session takes place on: a one-off's and a series' without weekdays of its
/// own are its first start's (a one-off made a series on its day has not moved).
fn weekdays(s: &Session) -> [bool; 7] {
    let mut days = [false; 7];
    let mut put = |d: Weekday| {
        if let Some(i) = Weekday::ALL.iter().position(|x| *x == d) {
            days[i] = true;
        }
    };
    match &s.repeat {
        Some(r) if !r.weekdays.is_empty() => r.weekdays.iter().copied().for_each(&mut put),
        _ => put(s.start.weekday()),
    }
    days
}

fn sessions(
    words: &Words,
    before: &Schedule,
    after: &Schedule,
    changes: &[Change],
    out: &mut Vec<Line>,
) {
    let find = |s: &Schedule, id: &SessionId| s.sessions.iter().position(|x| x.id == *id);
    let at = |id: &SessionId| rank(find(before, id), find(after, id), before.sessions.len());
    let mut lines: Vec<(u64, Line)> = Vec::new();
    // Each changed session's changes, in the engine's order, by where it first comes (the
    // engine gives a session's changes one after another, so the last one is usually it).
    let mut changed: Vec<(&SessionId, Vec<&SessionChange>)> = Vec::new();
    for c in changes {
        match c {
            Change::SessionRemoved(a) => lines.push((
                at(&a.id),
                Line {
                    group: a.title.clone(),
                    text: added_or_removed(words, false, before, a),
                    rows: time_rows(words, (before, Some(a)), (after, None)),
                },
            )),
            Change::SessionAdded(b) => lines.push((
                at(&b.id),
                Line {
                    group: b.title.clone(),
                    text: added_or_removed(words, true, after, b),
                    rows: time_rows(words, (before, None), (after, Some(b))),
                },
            )),
            Change::Session { id, change } => {
                match changed.iter_mut().rev().find(|(x, _)| *x == id) {
                    Some((_, said)) => said.push(change),
                    None => changed.push((id, vec![change])),
                }
            }
            _ => {}
        }
    }
    for (id, said) in changed {
        let (x, y) = (find(before, id), find(after, id));
        let (a, b) = match (
            x.and_then(|i| before.sessions.get(i)),
            y.and_then(|i| after.sessions.get(i)),
        ) {
            (Some(a), Some(b)) => (a, b),
            (Some(a), None) => (a, a),
            (None, Some(b)) => (b, b),
            (None, None) => continue,
        };
        let place = rank(x, y, before.sessions.len());
        lines.push((place, session_line(words, (before, a), (after, b), &said)));
    }
    in_order(out, lines);
}

/// A session's changes (the engine's, all about it) on one line: how its time moved (or its
/// length), its title, host, how it repeats, its single weeks, people and rooms, details and
/// kind, with its local times at every campus when its time or host changed.
fn session_line(
    words: &Words,
    (before, a): (&Schedule, &Session),
    (after, b): (&Schedule, &Session),
    changes: &[&SessionChange],
) -> Line {
    use SessionChange as C;
    let has = |f: fn(&SessionChange) -> bool| changes.iter().any(|c| f(c));
    let moved = has(|c| matches!(c, C::Start(_) | C::Zone(_)))
        || (has(|c| matches!(c, C::Repeat(_))) && weekdays(a) != weekdays(b));
    let longer = has(|c| matches!(c, C::Length(_)));
    let hosted = has(|c| matches!(c, C::Host(_)));
    let mut said: Vec<String> = Vec::new();
    if moved {
        said.push(w!(
            words,
            "change-moved",
            before = session_when(words, before, a),
            after = session_when(words, after, b)
        ));
    } else if longer {
        let id = if b.duration_minutes > a.duration_minutes {
            "change-longer"
        } else {
            "change-shorter"
        };
        said.push(w!(
            words,
            id,
            lengths = lengths(words, a.duration_minutes, b.duration_minutes),
            when = session_when(words, after, b)
        ));
    }
    // In a fixed order, whatever order the changes come in.
    for c in changes {
        if let C::Title(e) = c {
            said.push(w!(
                words,
                "change-renamed-quoted",
                before = e.before.as_str(),
                after = e.after.as_str()
            ));
        }
    }
    if hosted {
        let name = |s: &Schedule, x: &Session| {
            s.campus(&x.host)
                .map_or(x.host.to_string(), |c| c.short.clone())
        };
        said.push(w!(
            words,
            "change-hosted",
            before = name(before, a),
            after = name(after, b)
        ));
    }
    for c in changes {
        let C::Repeat(e) = c else { continue };
        match (&e.before, &e.after) {
            (None, Some(y)) => {
                said.push(w!(words, "change-now-repeats", repeat = repeat(words, y)))
            }
            (Some(_), None) => said.push(words.t("change-once")),
            (Some(x), Some(y)) => {
                for d in &y.skip {
                    if !x.skip.contains(d) {
                        said.push(w!(words, "change-cancelled", date = words.short_date(*d)));
                    }
                }
                for d in &x.skip {
                    if !y.skip.contains(d) {
                        said.push(w!(words, "change-again", date = words.short_date(*d)));
                    }
                }
                if x.interval != y.interval || x.until != y.until || x.count != y.count {
                    said.push(w!(
                        words,
                        "change-weeks",
                        before = repeat(words, x),
                        after = repeat(words, y)
                    ));
                }
            }
            (None, None) => {}
        }
    }
    for c in changes {
        let C::Week { date, change } = c else {
            continue;
        };
        let what = match &change.after {
            None => words.t("change-usual"),
            Some(c) => {
                let mut parts = Vec::new();
                if let Some(t) = c.start {
                    parts.push(w!(words, "change-week-at", time = day_time(words, t)));
                }
                if let Some(m) = c.duration_minutes {
                    parts.push(w!(
                        words,
                        "change-week-for",
                        length = length(words, i64::from(m))
                    ));
                }
                if c.rooms.is_some() {
                    parts.push(words.t("change-week-rooms"));
                }
                if parts.is_empty() {
                    // A week changed to nothing of its own is back to its usual time.
                    words.t("change-usual")
                } else {
                    parts.join(", ")
                }
            }
        };
        said.push(w!(
            words,
            "change-week",
            date = words.short_date(*date),
            what = what
        ));
    }
    let names = |s: &Schedule, x: &[meridian_engine::schedule::CohortId]| {
        let mut v: Vec<String> = x
            .iter()
            .map(|c| s.cohort(c).map_or(c.to_string(), |k| k.name.clone()))
            .collect();
        v.sort();
        v
    };
    let rooms = |s: &Schedule, x: &[meridian_engine::schedule::RoomId]| {
        x.iter()
            .map(|r| s.room(r).map_or(r.to_string(), |m| m.name.clone()))
            .collect::<Vec<_>>()
    };
    let who = |s: &Schedule, x: &Option<meridian_engine::schedule::LecturerId>| {
        x.as_ref().map_or_else(
            || words.t("change-none"),
            |l| s.lecturer(l).map_or(l.to_string(), |p| p.name.clone()),
        )
    };
    for c in changes {
        match c {
            C::Cohorts(e) => said.push(w!(
                words,
                "change-cohorts",
                before = list(words, &names(before, &e.before)),
                after = list(words, &names(after, &e.after))
            )),
            C::Lecturer(e) => said.push(w!(
                words,
                "change-lecturer",
                before = who(before, &e.before),
                after = who(after, &e.after)
            )),
            C::Rooms(e) => said.push(w!(
                words,
                "change-rooms",
                before = list(words, &rooms(before, &e.before)),
                after = list(words, &rooms(after, &e.after))
            )),
            _ => {}
        }
    }
    for c in changes {
        let (id, e) = match c {
            C::Course(e) => ("change-course", e),
            C::MeetingUrl(e) => ("change-link", e),
            C::Notes(e) => ("change-notes", e),
            _ => continue,
        };
        said.push(edit(words, id, e.before.as_deref(), e.after.as_deref()));
    }
    for c in changes {
        if let C::Kind(e) = c {
            said.push(w!(
                words,
                "change-kind",
                kind = crate::ics::kind_key(e.after)
            ));
        }
    }
    Line {
        group: b.title.clone(),
        text: said.join("; "),
        rows: if moved || longer || hosted {
            time_rows(words, (before, Some(a)), (after, Some(b)))
        } else {
            Vec::new()
        },
    }
}

/// A session added or removed (`added` says which): when it takes place and, for a series,
/// how it repeats.
fn added_or_removed(words: &Words, added: bool, schedule: &Schedule, s: &Session) -> String {
    let when = session_when(words, schedule, s);
    match (&s.repeat, added) {
        (None, true) => w!(words, "change-session-added", when = when),
        (None, false) => w!(words, "change-session-removed", when = when),
        (Some(r), true) => w!(
            words,
            "change-series-added",
            when = when,
            repeat = repeat(words, r)
        ),
        (Some(r), false) => w!(
            words,
            "change-series-removed",
            when = when,
            repeat = repeat(words, r)
        ),
    }
}

/// One of the engine's changes between versions (`lineage::Change`) in words, on its own: the
/// differences between `before` and `before` with that change alone applied
/// (`lineage::apply`), and that schedule. A change that makes no difference there (it was made
/// already) is worded as it is ([`worded`]). A change that cannot be made alone (it needs
/// another, e.g. a session for a cohort that is new too) is named by what it is about, with no
/// schedule. The planner's Compare dialog and `meridian diff` / `merge` word each change here.
pub fn alone(words: &Words, before: &Schedule, change: &Change) -> (Vec<Line>, Option<Schedule>) {
    let named = || match change {
        Change::SessionAdded(s) => s.title.clone(),
        Change::CampusAdded(c) => c.short.clone(),
        _ => subject(words, &[before], &change.subject()),
    };
    match lineage::apply(before, std::slice::from_ref(change)) {
        Ok(after) => {
            let mut lines = differences(words, before, &after);
            if lines.is_empty() {
                lines = worded(words, before, &after, std::slice::from_ref(change));
            }
            (lines, Some(after))
        }
        Err(_) => (vec![line(named(), words.t("compare-not-alone"))], None),
    }
}

/// What a change is about, by the name the first of `schedules` that has it gives: a session's
/// title, a campus's short name, "Schedule", "People and rooms", "Busy time".
pub fn subject(words: &Words, schedules: &[&Schedule], subject: &Subject) -> String {
    match subject {
        Subject::Schedule => words.t("change-group-schedule"),
        Subject::Campus(id) => schedules
            .iter()
            .find_map(|s| s.campus(id))
            .map_or(id.to_string(), |c| c.short.clone()),
        Subject::Session(id) => schedules
            .iter()
            .find_map(|s| s.sessions.iter().find(|x| x.id == *id))
            .map_or(id.to_string(), |x| x.title.clone()),
        Subject::Cohort(_) | Subject::Lecturer(_) | Subject::Room(_) => {
            words.t("change-group-people")
        }
        Subject::Busy(_) => words.t("change-group-busy"),
    }
}

/// What a removal took with it: "Removed Chalmers with its 1 cohort; 4 sessions no longer
/// include it."
pub fn removed(words: &Words, r: &meridian_engine::edit::Removed) -> String {
    let parts: Vec<String> = [
        (r.cohorts, "change-removed-cohorts"),
        (r.rooms, "change-removed-rooms"),
    ]
    .into_iter()
    .filter(|(k, _)| *k > 0)
    .map(|(k, id)| w!(words, id, count = k))
    .collect();
    let with = match parts.as_slice() {
        [] => None,
        [one] => Some(one.clone()),
        [a, b, ..] => Some(w!(
            words,
            "change-removed-and",
            first = a.as_str(),
            second = b.as_str()
        )),
    };
    match with {
        None => w!(
            words,
            "change-removed",
            what = r.what.as_str(),
            sessions = r.sessions,
            busy = r.busy
        ),
        Some(with) => w!(
            words,
            "change-removed-with",
            what = r.what.as_str(),
            with = with,
            sessions = r.sessions,
            busy = r.busy
        ),
    }
}

/// `a, b` or `none`.
fn list(words: &Words, items: &[String]) -> String {
    if items.is_empty() {
        words.t("change-none")
    } else {
        items.join(", ")
    }
}

fn people(
    words: &Words,
    before: &Schedule,
    after: &Schedule,
    changes: &[Change],
    out: &mut Vec<Line>,
) {
    let group = || words.t("change-group-people");
    // A campus by its short name in `first`, else in the other version.
    let campus = |id: Option<&CampusId>, first: &Schedule, other: &Schedule| {
        id.map_or_else(
            || words.t("change-none"),
            |id| {
                first
                    .campus(id)
                    .or_else(|| other.campus(id))
                    .map_or(id.to_string(), |c| c.short.clone())
            },
        )
    };
    let number = |n: Option<u32>| n.map_or_else(|| words.t("change-not-given"), |n| n.to_string());
    let whole = |id: &'static str, what: &str, name: &str| {
        vec![line(group(), w!(words, id, what = what, name = name))]
    };
    // What changed about one cohort, lecturer or room: its name, campus, size or capacity.
    let changed = |what: &str,
                   names: (&str, &str),
                   campuses: (Option<&CampusId>, Option<&CampusId>),
                   sizes: (Option<u32>, Option<u32>)| {
        let mut lines = Vec::new();
        if names.0 != names.1 {
            lines.push(line(
                group(),
                w!(
                    words,
                    "change-person-renamed",
                    what = what,
                    before = names.0,
                    after = names.1
                ),
            ));
        }
        if campuses.0 != campuses.1 {
            lines.push(line(
                group(),
                w!(
                    words,
                    "change-person-campus",
                    what = what,
                    name = names.1,
                    before = campus(campuses.0, before, after),
                    after = campus(campuses.1, after, before)
                ),
            ));
        }
        if sizes.0 != sizes.1 {
            lines.push(line(
                group(),
                w!(
                    words,
                    "change-person-size",
                    what = what,
                    name = names.1,
                    before = number(sizes.0),
                    after = number(sizes.1)
                ),
            ));
        }
        lines
    };
    // Cohorts, lecturers, rooms; each removed, added, changed; in `before`'s order, then
    // `after`'s.
    let cohort = |id: &str| {
        let at = |s: &Schedule| s.cohorts.iter().position(|x| x.id.as_str() == id);
        rank(at(before), at(after), before.cohorts.len())
    };
    let lecturer = |id: &str| {
        let at = |s: &Schedule| s.lecturers.iter().position(|x| x.id.as_str() == id);
        rank(at(before), at(after), before.lecturers.len())
    };
    let room = |id: &str| {
        let at = |s: &Schedule| s.rooms.iter().position(|x| x.id.as_str() == id);
        rank(at(before), at(after), before.rooms.len())
    };
    let mut lines: Vec<(u64, Line)> = Vec::new();
    for c in changes {
        let said = match c {
            Change::CohortRemoved(x) => (
                (0, cohort(x.id.as_str())),
                whole("change-person-removed", "cohort", &x.name),
            ),
            Change::CohortAdded(x) => (
                (1, cohort(x.id.as_str())),
                whole("change-person-added", "cohort", &x.name),
            ),
            Change::CohortChanged(e) => (
                (2, cohort(e.after.id.as_str())),
                changed(
                    "cohort",
                    (&e.before.name, &e.after.name),
                    (Some(&e.before.campus), Some(&e.after.campus)),
                    (e.before.size, e.after.size),
                ),
            ),
            Change::LecturerRemoved(x) => (
                (3, lecturer(x.id.as_str())),
                whole("change-person-removed", "lecturer", &x.name),
            ),
            Change::LecturerAdded(x) => (
                (4, lecturer(x.id.as_str())),
                whole("change-person-added", "lecturer", &x.name),
            ),
            Change::LecturerChanged(e) => (
                (5, lecturer(e.after.id.as_str())),
                changed(
                    "lecturer",
                    (&e.before.name, &e.after.name),
                    (e.before.campus.as_ref(), e.after.campus.as_ref()),
                    (None, None),
                ),
            ),
            Change::RoomRemoved(x) => (
                (6, room(x.id.as_str())),
                whole("change-person-removed", "room", &x.name),
            ),
            Change::RoomAdded(x) => (
                (7, room(x.id.as_str())),
                whole("change-person-added", "room", &x.name),
            ),
            Change::RoomChanged(e) => (
                (8, room(e.after.id.as_str())),
                changed(
                    "room",
                    (&e.before.name, &e.after.name),
                    (Some(&e.before.campus), Some(&e.after.campus)),
                    (e.before.capacity, e.after.capacity),
                ),
            ),
            _ => continue,
        };
        // Cohorts, lecturers, rooms; each removed, added, changed; each in its order.
        let ((kind, at), said) = said;
        let place = (kind << 32) | at.min(u64::from(u32::MAX));
        lines.extend(said.into_iter().map(|l| (place, l)));
    }
    in_order(out, lines);
}

fn busy(
    words: &Words,
    before: &Schedule,
    after: &Schedule,
    changes: &[Change],
    out: &mut Vec<Line>,
) {
    let group = || words.t("change-group-busy");
    // Whose busy time a calendar is: a cohort's, lecturer's, room's or campus's name.
    let whose = |b: &BusyCalendar| -> String {
        let named = |find: &dyn Fn(&Schedule) -> Option<String>, id: String| {
            find(after).or_else(|| find(before)).unwrap_or(id)
        };
        if let Some(id) = &b.cohort {
            return named(&|s| s.cohort(id).map(|x| x.name.clone()), id.to_string());
        }
        if let Some(id) = &b.lecturer {
            return named(&|s| s.lecturer(id).map(|x| x.name.clone()), id.to_string());
        }
        if let Some(id) = &b.room {
            return named(&|s| s.room(id).map(|x| x.name.clone()), id.to_string());
        }
        match &b.campus {
            Some(id) => named(&|s| s.campus(id).map(|x| x.short.clone()), id.to_string()),
            None => words.t("change-none"),
        }
    };
    let at = |id: &str| {
        let at = |s: &Schedule| s.busy.iter().position(|x| x.id == id);
        rank(at(before), at(after), before.busy.len())
    };
    // Removed, changed and added, in `before`'s order then `after`'s.
    let mut ranked: Vec<(u64, Line)> = Vec::new();
    for c in changes {
        let mut said = Vec::new();
        let id = match c {
            Change::BusyRemoved(b) | Change::BusyAdded(b) => b.id.as_str(),
            Change::BusyChanged(e) => e.after.id.as_str(),
            _ => continue,
        };
        match c {
            Change::BusyRemoved(b) => said.push(line(
                group(),
                w!(words, "change-busy-removed", name = b.name.as_str()),
            )),
            Change::BusyAdded(b) => said.push(line(
                group(),
                w!(
                    words,
                    "change-busy-added",
                    name = b.name.as_str(),
                    blocks = b.blocks.len()
                ),
            )),
            Change::BusyChanged(e) => {
                let (x, y) = (&e.before, &e.after);
                if x.name != y.name {
                    said.push(line(
                        group(),
                        w!(
                            words,
                            "change-busy-renamed",
                            before = x.name.as_str(),
                            after = y.name.as_str()
                        ),
                    ));
                }
                let owner = |b: &BusyCalendar| {
                    (
                        b.campus.clone(),
                        b.cohort.clone(),
                        b.lecturer.clone(),
                        b.room.clone(),
                    )
                };
                if owner(x) != owner(y) {
                    said.push(line(
                        group(),
                        w!(
                            words,
                            "change-busy-whose",
                            name = y.name.as_str(),
                            before = whose(x),
                            after = whose(y)
                        ),
                    ));
                }
                if x.blocks.len() != y.blocks.len() {
                    said.push(line(
                        group(),
                        w!(
                            words,
                            "change-busy-blocks",
                            name = y.name.as_str(),
                            before = x.blocks.len(),
                            after = y.blocks.len()
                        ),
                    ));
                } else if x.blocks != y.blocks {
                    // As many blocks: at other times, or the same times under other titles
                    // (the engine's changes hold blocks sorted by start, end and title).
                    let times = |b: &BusyCalendar| {
                        b.blocks
                            .iter()
                            .map(|k| (k.start, k.end))
                            .collect::<Vec<_>>()
                    };
                    let id = if times(x) != times(y) {
                        "change-busy-times"
                    } else {
                        "change-busy-titles"
                    };
                    said.push(line(
                        group(),
                        w!(words, id, name = y.name.as_str(), blocks = y.blocks.len()),
                    ));
                }
            }
            _ => {}
        }
        let place = at(id);
        ranked.extend(said.into_iter().map(|l| (place, l)));
    }
    in_order(out, ranked);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_moved_session_reads_in_local_times_at_every_campus() {
        let words = Words::english();
        let before = meridian_engine::demo::load("enhance-autumn-2026").unwrap();
        let after = before.with_session_moved(0, 24 * 60).unwrap();
        let (a, b) = (&before.sessions[0], &after.sessions[0]);
        let rows = time_rows(&words, (&before, Some(a)), (&after, Some(b)));
        assert!(!rows.is_empty());
        for r in &rows {
            let (x, y) = (r.before.clone().unwrap(), r.after.clone().unwrap());
            assert_ne!(x[..3], y[..3], "a day later at {}: {x} → {y}", r.campus);
            assert_eq!(x[4..], y[4..], "same local time at {}", r.campus);
        }
        assert!(session_when(&words, &before, a).contains('('));
    }

    #[test]
    fn a_campus_change_reads_by_campus_and_weekday() {
        let before = meridian_engine::demo::load("gma-spring-2027").unwrap();
        let mut after = before.clone();
        let chile = after
            .campuses
            .iter_mut()
            .find(|c| c.id.as_str() == "uchile")
            .unwrap();
        chile.teaching_hours.insert(
            Weekday::Fri,
            meridian_engine::schedule::Hours::parse("09:00-13:00").unwrap(),
        );
        chile.closures.push(meridian_engine::schedule::Closure {
            name: "Fiestas Patrias".into(),
            start: meridian_engine::CivilDate::parse("2027-04-12").unwrap(),
            end: Some(meridian_engine::CivilDate::parse("2027-04-16").unwrap()),
        });
        let lines = differences(&Words::english(), &before, &after);
        let said: Vec<String> = lines
            .iter()
            .map(|l| format!("{}: {}", l.group, l.text))
            .collect();
        assert_eq!(
            said,
            [
                "U. Chile: teaching hours on Fri 08:00–20:00 → 09:00–13:00",
                "U. Chile: closure added: Mon 12 Apr – Fri 16 Apr (Fiestas Patrias)",
            ]
        );
    }

    #[test]
    fn a_removed_session_says_when_it_was_with_its_local_times() {
        let before = meridian_engine::demo::load("gma-spring-2027").unwrap();
        let after = before.without_session(0).unwrap();
        let lines = differences(&Words::english(), &before, &after);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].group, "Opening plenary");
        assert!(
            lines[0]
                .text
                .starts_with("removed (Mon 1 Mar 08:00–09:00 (Auckland))"),
            "{}",
            lines[0].text
        );
        assert!(lines[0]
            .rows
            .iter()
            .all(|r| r.before.is_some() && r.after.is_none()));
    }

    #[test]
    fn a_session_of_another_kind_and_people_read_as_before() {
        let before = meridian_engine::demo::load("enhance-autumn-2026").unwrap();
        let mut after = before.clone();
        after.sessions[0].kind = meridian_engine::schedule::SessionKind::OfficeHours;
        after.cohorts.remove(after.cohorts.len() - 1);
        let lines = differences(&Words::english(), &before, &after);
        let said: Vec<String> = lines.iter().map(|l| l.text.clone()).collect();
        assert!(
            said.iter().any(|t| t.ends_with("now a office hours")),
            "{said:?}"
        );
        assert!(
            said.iter()
                .any(|t| t.starts_with("cohort ") && t.ends_with(" removed")),
            "{said:?}"
        );
    }

    fn gma() -> Schedule {
        meridian_engine::demo::load("gma-spring-2027").unwrap()
    }

    fn session<'a>(s: &'a mut Schedule, id: &str) -> &'a mut Session {
        s.sessions.iter_mut().find(|x| x.id.as_str() == id).unwrap()
    }

    fn said(words: &Words, before: &Schedule, after: &Schedule) -> Vec<String> {
        differences(words, before, after)
            .iter()
            .map(|l| format!("{}: {}", l.group, l.text))
            .collect()
    }

    /// `language`'s words from its catalogue in locales/, with English dates.
    fn words_in(language: &str) -> Words {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(format!("../../locales/{language}.ftl"));
        let ftl = std::fs::read_to_string(path).unwrap();
        Words::new(
            crate::Catalogue::parse(language, &ftl).unwrap(),
            std::rc::Rc::new(crate::EnglishDates::default()),
        )
    }

    #[test]
    fn notes_meeting_link_and_course_say_which_with_their_values() {
        let before = gma();
        let mut after = before.clone();
        let plenary = session(&mut after, "opening");
        plenary.notes = Some("Bring the reading list".into());
        plenary.meeting_url = None;
        plenary.course = Some("LA-101".into());
        session(&mut after, "office-hours").meeting_url =
            Some("https://meet.example.org/oh".into());
        assert_eq!(
            said(&Words::english(), &before, &after),
            [
                "Opening plenary: course “Learning Analytics” → “LA-101”; meeting link removed \
                 (was “https://meet.example.org/gma-opening”); notes “Monday morning in Auckland \
                 is still Sunday in Europe and the Americas.” → “Bring the reading list”",
                "Office hours: meeting link added: “https://meet.example.org/oh”",
            ]
        );
        let mut cleared = before.clone();
        session(&mut cleared, "opening").notes = None;
        assert_eq!(
            said(&Words::english(), &before, &cleared),
            [
                "Opening plenary: notes removed (were “Monday morning in Auckland is still Sunday \
              in Europe and the Americas.”)"
            ]
        );
    }

    #[test]
    fn notes_that_differ_beyond_the_cut_are_shown_from_where_they_differ() {
        let before = gma();
        let mut after = before.clone();
        let long =
            "Meet in the foyer of the main building; the lecture hall is on the second floor";
        session(&mut after, "opening").notes = Some(format!("{long}, room 2.14"));
        let mut later = after.clone();
        session(&mut later, "opening").notes = Some(format!("{long}, room 2.16"));
        assert_eq!(
            said(&Words::english(), &after, &later),
            [
                "Opening plenary: notes “…on the second floor, room 2.14” → “…on the second floor, \
                 room 2.16”"
            ]
        );
    }

    #[test]
    fn a_hostile_meeting_link_makes_one_short_line() {
        let before = gma();
        let mut after = before.clone();
        let hostile = format!(
            "https://evil.example/\n\u{202e}{}\r\n{}",
            "a".repeat(100_000),
            "b".repeat(100_000)
        );
        session(&mut after, "office-hours").meeting_url = Some(hostile);
        let lines = differences(&Words::english(), &before, &after);
        assert_eq!(lines.len(), 1);
        let text = &lines[0].text;
        assert!(
            text.starts_with("meeting link added: “https://evil.example/  aaaa"),
            "{text}"
        );
        assert!(text.ends_with("a…”"), "{text}");
        assert!(text.chars().count() < 120, "{} characters", text.len());
        assert!(!text.contains(['\n', '\r', '\u{202e}']), "{text:?}");
    }

    #[test]
    fn a_series_weeks_say_how_often_and_until_when_before_and_after() {
        let words = Words::english();
        let before = gma();
        let mut after = before.clone();
        let r = session(&mut after, "la-lecture").repeat.as_mut().unwrap();
        r.interval = 2;
        r.until = Some(meridian_engine::CivilDate::parse("2027-05-25").unwrap());
        assert_eq!(
            said(&words, &before, &after),
            [
                "Learning analytics: joint lecture: repeats every 2 weeks until Tue 25 May \
              (was every week until Tue 8 Jun)"
            ]
        );
        let mut counted = before.clone();
        let r = session(&mut counted, "la-lecture").repeat.as_mut().unwrap();
        r.until = None;
        r.count = Some(10);
        assert_eq!(
            said(&words, &before, &counted),
            [
                "Learning analytics: joint lecture: repeats every week, 10 times \
              (was every week until Tue 8 Jun)"
            ]
        );
        let mut open = before.clone();
        session(&mut open, "la-lecture")
            .repeat
            .as_mut()
            .unwrap()
            .until = None;
        assert_eq!(
            said(&words, &before, &open),
            [
                "Learning analytics: joint lecture: repeats every week to the end of the term \
              (was every week until Tue 8 Jun)"
            ]
        );
        let mut once = before.clone();
        session(&mut once, "apac-seminar").repeat = None;
        assert_eq!(
            said(&words, &once, &before),
            ["Asia–Pacific seminar: now repeats every week, 12 times"]
        );
    }

    #[test]
    fn an_added_or_removed_series_says_how_often_it_repeats() {
        let words = Words::english();
        let with = gma();
        let mut without = with.clone();
        without.sessions.retain(|s| s.id.as_str() != "emea-lab");
        assert_eq!(
            said(&words, &without, &with),
            ["EMEA data lab: added (Fri 11:00–13:00 (Nairobi)), repeats every 2 weeks to the end \
              of the term"]
        );
        assert_eq!(
            said(&words, &with, &without),
            ["EMEA data lab: removed (Fri 11:00–13:00 (Nairobi)), repeated every 2 weeks to the \
              end of the term"]
        );
    }

    #[test]
    fn the_schedules_alliance_and_identity_say_what_they_were_and_are() {
        let words = Words::english();
        let before = gma();
        let mut after = before.clone();
        after.alliance = Some("GMA".into());
        after.id = "another".into();
        assert_eq!(
            said(&words, &before, &after),
            [
                "Schedule: identity “demo-gma-spring-2027” → “another” (two different schedules)",
                "Schedule: alliance “Global MOOC Alliance” → “GMA”",
            ]
        );
        let mut none = before.clone();
        none.alliance = None;
        assert_eq!(
            said(&words, &before, &none),
            ["Schedule: alliance removed (was “Global MOOC Alliance”)"]
        );
        // Alone, as the Compare dialog and `meridian diff` word a change: no bare "changed".
        let changes = lineage::diff(&before, &after);
        let lines: Vec<String> = changes
            .iter()
            .flat_map(|c| alone(&words, &before, c).0)
            .map(|l| l.text)
            .collect();
        assert!(lines.iter().all(|t| t != "changed"), "{lines:?}");
        assert!(
            lines.contains(&"alliance “Global MOOC Alliance” → “GMA”".to_string()),
            "{lines:?}"
        );
    }

    #[test]
    fn german_and_polish_word_the_details_themselves_with_the_values() {
        let before = gma();
        let mut after = before.clone();
        after.alliance = Some("GMA".into());
        session(&mut after, "opening").notes = Some("Bring the reading list".into());
        session(&mut after, "office-hours").course = None;
        let r = session(&mut after, "la-lecture").repeat.as_mut().unwrap();
        r.interval = 3;
        r.until = None;
        r.count = Some(7);
        let mut without = before.clone();
        without.sessions.retain(|s| s.id.as_str() != "emea-lab");
        let english = said(&Words::english(), &before, &after);
        let english_added = said(&Words::english(), &without, &before);
        for language in ["de", "pl"] {
            let words = words_in(language);
            let lines = said(&words, &before, &after);
            assert_eq!(lines.len(), english.len(), "{language}: {lines:?}");
            for (line, en) in lines.iter().zip(&english) {
                assert_ne!(line, en, "{language} reads in English");
            }
            let all = lines.join("\n");
            for value in [
                "GMA",
                "Global MOOC Alliance",
                "Bring the reading list",
                "Learning Analytics",
                "3",
                "7",
                "Tue 8 Jun",
            ] {
                assert!(all.contains(value), "{language}: {value} not in {all}");
            }
            let added = said(&words, &without, &before);
            assert_ne!(added, english_added, "{language} reads in English");
            assert!(added[0].contains('2'), "{language}: {added:?}");
        }
        let german = said(&words_in("de"), &before, &after).join("\n");
        assert!(
            german.contains("Allianz „Global MOOC Alliance“ → „GMA“"),
            "{german}"
        );
        assert!(german.contains("alle 3 Wochen, 7-mal"), "{german}");
        let polish = said(&words_in("pl"), &before, &after).join("\n");
        assert!(polish.contains("co 3 tygodnie, 7 razy"), "{polish}");
    }
}
