//! How the Compare dialog words what changed between two versions of a schedule: the engine's
//! `lineage` gives the changes as data (kinds and ids); this groups them the way a coordinator
//! thinks (by campus, by session) and says them with local times at every campus taking part.
//! Pure, tested natively.

use crate::words::{clock, length, short_date, span};
use meridian_engine::schedule::{Campus, Schedule, Session};
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

/// The weekday and time of a wall-clock moment, as the viewer reads clocks: `Mon 10:00`.
pub fn day_time(t: CivilDateTime, twelve_hour: bool) -> String {
    format!("{} {}", t.weekday(), clock(t.time(), twelve_hour))
}

/// When a session takes place, on its own clock: `Mon, Wed 10:00–11:30 (Berlin)` for a
/// series, `Mon 12 Oct 10:00–11:30 (Berlin)` for a one-off.
pub fn session_when(schedule: &Schedule, s: &Session, twelve_hour: bool) -> String {
    let end = s
        .start
        .add_minutes(i64::from(s.duration_minutes))
        .unwrap_or(s.start);
    let days = match &s.repeat {
        Some(r) if !r.weekdays.is_empty() => r
            .weekdays
            .iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        Some(_) => s.start.weekday().to_string(),
        None => short_date(s.start.date()),
    };
    format!(
        "{days} {} ({})",
        span(s.start.time(), end.time(), twelve_hour),
        schedule.anchor_place(s)
    )
}

/// A session's first start and end at one campus, on that campus's clock: `Mon 05:00–06:30`.
pub fn local_span(schedule: &Schedule, s: &Session, campus: &Campus, twelve: bool) -> String {
    let zone = schedule.anchor_zone(s);
    let Ok(start) = zone.resolve(s.start, Disambiguation::Compatible) else {
        return "—".into();
    };
    let a = campus.zone.local(start.instant).datetime;
    let b = start
        .instant
        .add_minutes(i64::from(s.duration_minutes))
        .map_or(a, |end| campus.zone.local(end).datetime);
    let weekday: Weekday = a.weekday();
    format!("{weekday} {}", span(a.time(), b.time(), twelve))
}

/// A session's local times at every campus taking part in either version, before and after.
pub fn time_rows(
    old: (&Schedule, Option<&Session>),
    new: (&Schedule, Option<&Session>),
    twelve_hour: bool,
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
        part.then(|| local_span(schedule, s, c, twelve_hour))
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
pub fn lengths(before: u32, after: u32) -> String {
    format!(
        "{} → {}",
        length(i64::from(before)),
        length(i64::from(after))
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

/// Every difference between two versions of a schedule, in words, grouped: sessions by id
/// (added, removed, moved, longer, its weeks, people and rooms), campuses by id (teaching
/// hours per day, closures, term, zone), the schedule's own name, term and rules, people and
/// rooms, busy time. `before` and `after` are usually a version and the same with one of the
/// engine's changes applied (`lineage::apply`), so that each change reads on its own.
pub fn differences(before: &Schedule, after: &Schedule, twelve: bool) -> Vec<Line> {
    let mut out = Vec::new();
    let line = |group: &str, text: String| Line {
        group: group.to_string(),
        text,
        rows: Vec::new(),
    };
    // The schedule itself.
    if before.name != after.name {
        out.push(line(
            "Schedule",
            format!("renamed “{}” → “{}”", before.name, after.name),
        ));
    }
    if before.term != after.term {
        out.push(line(
            "Schedule",
            format!("term {} → {}", term(&before.term), term(&after.term)),
        ));
    }
    if before.rules != after.rules {
        out.push(line(
            "Schedule",
            format!(
                "breaks between sessions at least {} → {}",
                length(i64::from(before.rules.min_break_minutes)),
                length(i64::from(after.rules.min_break_minutes))
            ),
        ));
    }
    campuses(before, after, &mut out);
    sessions(before, after, twelve, &mut out);
    people(before, after, &mut out);
    let busy = |s: &Schedule| {
        s.busy
            .iter()
            .map(|b| (b.id.clone(), b.clone()))
            .collect::<Vec<_>>()
    };
    for (id, b) in busy(before) {
        match after.busy.iter().find(|x| x.id == id) {
            None => out.push(line("Busy time", format!("“{}” removed", b.name))),
            Some(x) if *x != b => out.push(line(
                "Busy time",
                format!(
                    "“{}”: {} blocks → {}",
                    x.name,
                    b.blocks.len(),
                    x.blocks.len()
                ),
            )),
            Some(_) => {}
        }
    }
    for b in &after.busy {
        if !before.busy.iter().any(|x| x.id == b.id) {
            out.push(line(
                "Busy time",
                format!("“{}” added ({} blocks)", b.name, b.blocks.len()),
            ));
        }
    }
    out
}

/// `7 Sep – 18 Dec 2026`.
fn term(t: &meridian_engine::schedule::Term) -> String {
    format!(
        "{} – {} {}",
        crate::words::day_month(t.start),
        crate::words::day_month(t.end),
        t.end.year()
    )
}

fn campuses(before: &Schedule, after: &Schedule, out: &mut Vec<Line>) {
    let line = |group: &str, text: String| Line {
        group: group.to_string(),
        text,
        rows: Vec::new(),
    };
    for a in &before.campuses {
        let Some(b) = after.campuses.iter().find(|x| x.id == a.id) else {
            out.push(line(&a.short, format!("campus {} removed", a.name)));
            continue;
        };
        let g = b.short.as_str();
        if a.name != b.name || a.short != b.short || a.city != b.city || a.code != b.code {
            out.push(line(g, format!("renamed {} → {}", a.name, b.name)));
        }
        if a.zone != b.zone {
            out.push(line(
                g,
                format!("time zone {} → {}", a.zone.name(), b.zone.name()),
            ));
        }
        for day in Weekday::ALL {
            let (x, y) = (a.teaching_hours.get(&day), b.teaching_hours.get(&day));
            if x == y {
                continue;
            }
            let hours = |h: Option<&meridian_engine::schedule::Hours>| {
                h.map_or("no teaching".to_string(), |h| {
                    h.to_string().replace('-', "–")
                })
            };
            out.push(line(
                g,
                format!("teaching hours on {day} {} → {}", hours(x), hours(y)),
            ));
        }
        if a.term != b.term {
            let t = |t: &Option<meridian_engine::schedule::Term>| {
                t.as_ref().map_or("the schedule's".to_string(), term)
            };
            out.push(line(g, format!("term {} → {}", t(&a.term), t(&b.term))));
        }
        let closure = |c: &meridian_engine::schedule::Closure| match c.end {
            Some(end) if end != c.start => {
                format!("{} – {} ({})", short_date(c.start), short_date(end), c.name)
            }
            _ => format!("{} ({})", short_date(c.start), c.name),
        };
        for c in &a.closures {
            if !b.closures.contains(c) {
                out.push(line(g, format!("no longer closed {}", closure(c))));
            }
        }
        for c in &b.closures {
            if !a.closures.contains(c) {
                out.push(line(g, format!("closed {}", closure(c))));
            }
        }
    }
    for b in &after.campuses {
        if !before.campuses.iter().any(|x| x.id == b.id) {
            out.push(line(
                &b.short,
                format!("campus {} added ({})", b.name, b.zone.name()),
            ));
        }
    }
}

fn sessions(before: &Schedule, after: &Schedule, twelve: bool, out: &mut Vec<Line>) {
    for a in &before.sessions {
        let Some(b) = after.sessions.iter().find(|x| x.id == a.id) else {
            out.push(Line {
                group: a.title.clone(),
                text: format!("removed ({})", session_when(before, a, twelve)),
                rows: time_rows((before, Some(a)), (after, None), twelve),
            });
            continue;
        };
        if a == b {
            continue;
        }
        let mut said: Vec<String> = Vec::new();
        let weekdays = |s: &Session| s.repeat.as_ref().map(|r| r.weekdays.clone());
        let timed = a.start != b.start
            || weekdays(a) != weekdays(b)
            || a.zone != b.zone
            || a.host != b.host
            || a.duration_minutes != b.duration_minutes;
        if a.start != b.start || weekdays(a) != weekdays(b) || a.zone != b.zone {
            said.push(format!(
                "moved from {} to {}",
                session_when(before, a, twelve),
                session_when(after, b, twelve)
            ));
        } else if a.duration_minutes != b.duration_minutes {
            let word = if b.duration_minutes > a.duration_minutes {
                "longer"
            } else {
                "shorter"
            };
            said.push(format!(
                "{word}: {} (now {})",
                lengths(a.duration_minutes, b.duration_minutes),
                session_when(after, b, twelve)
            ));
        }
        if a.title != b.title {
            said.push(format!("renamed “{}” → “{}”", a.title, b.title));
        }
        if a.host != b.host {
            let name = |s: &Schedule, x: &Session| {
                s.campus(&x.host)
                    .map_or(x.host.to_string(), |c| c.short.clone())
            };
            said.push(format!(
                "hosted by {} → {}",
                name(before, a),
                name(after, b)
            ));
        }
        let (ra, rb) = (a.repeat.as_ref(), b.repeat.as_ref());
        match (ra, rb) {
            (None, Some(_)) => said.push("now repeats weekly".into()),
            (Some(_), None) => said.push("now takes place once".into()),
            (Some(x), Some(y)) => {
                for d in &y.skip {
                    if !x.skip.contains(d) {
                        said.push(format!("cancelled on {}", short_date(*d)));
                    }
                }
                for d in &x.skip {
                    if !y.skip.contains(d) {
                        said.push(format!("takes place again on {}", short_date(*d)));
                    }
                }
                if x.interval != y.interval || x.until != y.until || x.count != y.count {
                    said.push("its weeks changed (every, until or how many)".into());
                }
            }
            (None, None) => {}
        }
        let mut dates: Vec<meridian_engine::CivilDate> =
            a.changes.iter().chain(&b.changes).map(|c| c.date).collect();
        dates.sort();
        dates.dedup();
        for d in dates {
            let (x, y) = (a.change_on(d), b.change_on(d));
            if x == y {
                continue;
            }
            let what = match y {
                None => "back to its usual time and rooms".to_string(),
                Some(c) => {
                    let mut parts = Vec::new();
                    if let Some(t) = c.start {
                        parts.push(format!("at {}", day_time(t, twelve)));
                    }
                    if let Some(m) = c.duration_minutes {
                        parts.push(format!("for {}", length(i64::from(m))));
                    }
                    if c.rooms.is_some() {
                        parts.push("in other rooms".into());
                    }
                    parts.join(", ")
                }
            };
            said.push(format!("that week only, {}: {what}", short_date(d)));
        }
        let names = |s: &Schedule, x: &Session| {
            let mut v: Vec<String> = x
                .cohorts
                .iter()
                .map(|c| s.cohort(c).map_or(c.to_string(), |k| k.name.clone()))
                .collect();
            v.sort();
            v
        };
        if a.cohorts != b.cohorts {
            said.push(format!(
                "cohorts {} → {}",
                list(&names(before, a)),
                list(&names(after, b))
            ));
        }
        if a.lecturer != b.lecturer {
            let who = |s: &Schedule, x: &Session| {
                x.lecturer.as_ref().map_or("none".to_string(), |l| {
                    s.lecturer(l).map_or(l.to_string(), |p| p.name.clone())
                })
            };
            said.push(format!("lecturer {} → {}", who(before, a), who(after, b)));
        }
        if a.rooms != b.rooms {
            let rooms = |s: &Schedule, x: &Session| {
                x.rooms
                    .iter()
                    .map(|r| s.room(r).map_or(r.to_string(), |m| m.name.clone()))
                    .collect::<Vec<_>>()
            };
            said.push(format!(
                "rooms {} → {}",
                list(&rooms(before, a)),
                list(&rooms(after, b))
            ));
        }
        if a.notes != b.notes || a.meeting_url != b.meeting_url || a.course != b.course {
            said.push("notes, meeting link or course changed".into());
        }
        if a.kind != b.kind {
            said.push(format!("now a {}", b.kind.label()));
        }
        if said.is_empty() {
            said.push("changed".into());
        }
        out.push(Line {
            group: b.title.clone(),
            text: said.join("; "),
            rows: if timed {
                time_rows((before, Some(a)), (after, Some(b)), twelve)
            } else {
                Vec::new()
            },
        });
    }
    for b in &after.sessions {
        if !before.sessions.iter().any(|x| x.id == b.id) {
            out.push(Line {
                group: b.title.clone(),
                text: format!("added ({})", session_when(after, b, twelve)),
                rows: time_rows((before, None), (after, Some(b)), twelve),
            });
        }
    }
}

/// `a, b` or `none`.
fn list(items: &[String]) -> String {
    if items.is_empty() {
        "none".into()
    } else {
        items.join(", ")
    }
}

fn people(before: &Schedule, after: &Schedule, out: &mut Vec<Line>) {
    let mut said = |what: &str, gone: Vec<String>, new: Vec<String>, changed: Vec<String>| {
        for n in gone {
            out.push(Line {
                group: "People and rooms".into(),
                text: format!("{what} {n} removed"),
                rows: Vec::new(),
            });
        }
        for n in new {
            out.push(Line {
                group: "People and rooms".into(),
                text: format!("{what} {n} added"),
                rows: Vec::new(),
            });
        }
        for n in changed {
            out.push(Line {
                group: "People and rooms".into(),
                text: format!("{what} {n} changed"),
                rows: Vec::new(),
            });
        }
    };
    macro_rules! compare {
        ($field:ident, $what:expr) => {{
            let gone = before
                .$field
                .iter()
                .filter(|x| !after.$field.iter().any(|y| y.id == x.id))
                .map(|x| x.name.clone())
                .collect();
            let new = after
                .$field
                .iter()
                .filter(|y| !before.$field.iter().any(|x| x.id == y.id))
                .map(|y| y.name.clone())
                .collect();
            let changed = after
                .$field
                .iter()
                .filter(|y| before.$field.iter().any(|x| x.id == y.id && x != *y))
                .map(|y| y.name.clone())
                .collect();
            said($what, gone, new, changed);
        }};
    }
    compare!(cohorts, "cohort");
    compare!(lecturers, "lecturer");
    compare!(rooms, "room");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_moved_session_reads_in_local_times_at_every_campus() {
        let before = meridian_engine::demo::load("enhance-autumn-2026").unwrap();
        let after = before.with_session_moved(0, 24 * 60).unwrap();
        let (a, b) = (&before.sessions[0], &after.sessions[0]);
        let rows = time_rows((&before, Some(a)), (&after, Some(b)), false);
        assert!(!rows.is_empty());
        for r in &rows {
            let (x, y) = (r.before.clone().unwrap(), r.after.clone().unwrap());
            assert_ne!(x[..3], y[..3], "a day later at {}: {x} → {y}", r.campus);
            assert_eq!(x[4..], y[4..], "same local time at {}", r.campus);
        }
        assert!(session_when(&before, a, false).contains('('));
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
        let lines = differences(&before, &after, false);
        let said: Vec<String> = lines
            .iter()
            .map(|l| format!("{}: {}", l.group, l.text))
            .collect();
        assert_eq!(
            said,
            [
                "U. Chile: teaching hours on Fri 08:00–20:00 → 09:00–13:00",
                "U. Chile: closed Mon 12 Apr – Fri 16 Apr (Fiestas Patrias)",
            ]
        );
    }

    #[test]
    fn a_removed_session_says_when_it_was_with_its_local_times() {
        let before = meridian_engine::demo::load("gma-spring-2027").unwrap();
        let after = before.without_session(0).unwrap();
        let lines = differences(&before, &after, false);
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
}
