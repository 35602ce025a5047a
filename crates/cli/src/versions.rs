//! `meridian diff` and `meridian merge`: what changed between two versions of a schedule, and
//! two versions made from one base merged, in the engine's terms (`lineage`) and English words.

use crate::{load, Failure};
use meridian_engine::lineage::{
    conflict_effect, diff, fingerprint, merge, CampusChange, Change, Edit, Question, QuestionKind,
    ScheduleChange, SessionChange, Side, Subject,
};
use meridian_engine::schedule::{OccurrenceChange, Session, Weekly};
use meridian_engine::{CivilDate, CivilDateTime, Conflict, Disambiguation, Schedule};
use meridian_words::{conflict, Words};
use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct DiffArgs {
    /// The older version: a schedule file or a share link.
    a: String,
    /// The newer version: a schedule file or a share link.
    b: String,
    /// Writes the changes and the conflicts they make or resolve as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Prefer {
    Mine,
    Theirs,
}

#[derive(clap::Args)]
pub struct MergeArgs {
    /// The version both sides started from: a schedule file or a share link.
    base: String,
    /// My version (file or link).
    mine: String,
    /// Their version (file or link).
    theirs: String,
    /// Writes the merged schedule to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Settles every conflict of versions with this side instead of stopping to ask.
    #[arg(long, value_enum)]
    prefer: Option<Prefer>,
}

/// A schedule from a file, or from a share link when no file has that name.
fn load_version(arg: &str) -> Result<Schedule, Failure> {
    let path = Path::new(arg);
    if path.exists() {
        return load(path);
    }
    match meridian_engine::link::decode(arg) {
        Ok(shared) => Ok(shared.schedule),
        Err(meridian_engine::Error::BadLink(meridian_engine::LinkProblem::NotALink)) => {
            Err(Failure::Input(format!(
                "{}: no such file, and no share link in it",
                meridian_engine::excerpt(arg, meridian_engine::MAX_ECHO_CHARS)
            )))
        }
        Err(e) => Err(Failure::Input(format!("the link: {}", crate::said(&e)))),
    }
}

pub fn run_diff(args: DiffArgs) -> Result<ExitCode, Failure> {
    let a = load_version(&args.a)?;
    let b = load_version(&args.b)?;
    let changes = diff(&a, &b);
    let effect = conflict_effect(&a, &b);
    if args.json {
        let words = Words::english();
        let conflict = |c: &Conflict| {
            json!({
                "kind": c.kind.name(),
                "severity": c.severity.name(),
                "sessions": c.sessions,
                "campuses": c.campuses,
                "message": conflict::message(&words, c),
            })
        };
        let out = json!({
            "from": fingerprint(&a),
            "to": fingerprint(&b),
            "changes": changes,
            "conflicts": {
                "new": effect.new.iter().map(conflict).collect::<Vec<_>>(),
                "resolved": effect.resolved.iter().map(conflict).collect::<Vec<_>>(),
            },
        });
        println!("{}", serde_json::to_string_pretty(&out).unwrap_or_default());
        return Ok(ExitCode::SUCCESS);
    }
    if changes.is_empty() {
        println!(
            "No changes: both versions mean the same ({}).",
            fingerprint(&a)
        );
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "{} from {} to {}:",
        count(changes.len(), "change"),
        fingerprint(&a),
        fingerprint(&b)
    );
    for c in &changes {
        println!("  {}", describe(c, &a, &b));
    }
    for (title, list) in [
        ("New conflicts", &effect.new),
        ("Conflicts resolved", &effect.resolved),
    ] {
        if !list.is_empty() {
            println!("{title}:");
            let words = Words::english();
            for c in list {
                println!("  {}: {}", c.severity, conflict::message(&words, c));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn run_merge(args: MergeArgs) -> Result<ExitCode, Failure> {
    let base = load_version(&args.base)?;
    let mine = load_version(&args.mine)?;
    let theirs = load_version(&args.theirs)?;
    let m = merge(&base, &mine, &theirs);
    let merged = match (m.questions.is_empty(), args.prefer) {
        (true, _) => m.schedule.clone(),
        (false, Some(p)) => m.settle_all(side(p)).map_err(|e| {
            Failure::Check(format!(
                "keeping {} side of every conflict of versions makes an invalid schedule: {}",
                match p {
                    Prefer::Mine => "my",
                    Prefer::Theirs => "their",
                },
                crate::said(&e)
            ))
        })?,
        (false, None) => {
            let mut text = format!(
                "{} of versions {} a choice; nothing was written. Give --prefer mine or \
                 --prefer theirs, or settle them in the app:",
                count(m.questions.len(), "conflict"),
                if m.questions.len() == 1 {
                    "needs"
                } else {
                    "need"
                }
            );
            for q in &m.questions {
                text.push_str("\n  ");
                text.push_str(&ask(q, &base, &mine, &theirs));
            }
            return Err(Failure::Check(text));
        }
    };
    let json = merged.to_json();
    match &args.output {
        Some(path) => std::fs::write(path, json + "\n")
            .map_err(|e| Failure::Input(format!("cannot write {}: {e}", path.display())))?,
        None => println!("{json}"),
    }
    eprintln!(
        "Merged: {} applied{}; the result is {}.",
        count(m.applied.len(), "change"),
        match (m.questions.len(), args.prefer) {
            (0, _) => String::new(),
            (n, Some(Prefer::Mine)) => format!(", {} settled my way", count(n, "conflict")),
            (n, _) => format!(", {} settled their way", count(n, "conflict")),
        },
        fingerprint(&merged)
    );
    Ok(ExitCode::SUCCESS)
}

fn side(p: Prefer) -> Side {
    match p {
        Prefer::Mine => Side::Mine,
        Prefer::Theirs => Side::Theirs,
    }
}

fn count(n: usize, one: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {one}s")
    }
}

/// A conflict of versions in words: the item, why, and both sides.
fn ask(q: &Question, base: &Schedule, mine: &Schedule, theirs: &Schedule) -> String {
    let what = subject(&q.subject, base, mine, theirs);
    let why = match q.kind {
        QuestionKind::BothChanged => "changed on both sides",
        QuestionKind::RemovedAndChanged => "removed on one side, changed on the other",
        QuestionKind::DoesNotFit => "the two sides' changes do not fit together",
    };
    let words = |cs: &[Change], now: &Schedule| -> String {
        if cs.is_empty() {
            "left as it was".to_string()
        } else {
            cs.iter()
                .map(|c| describe(c, base, now))
                .collect::<Vec<_>>()
                .join("; ")
        }
    };
    format!(
        "{what} — {why}\n      mine:   {}\n      theirs: {}",
        words(&q.mine, mine),
        words(&q.theirs, theirs)
    )
}

fn subject(s: &Subject, a: &Schedule, b: &Schedule, c: &Schedule) -> String {
    let session = |id: &meridian_engine::schedule::SessionId| {
        [a, b, c]
            .iter()
            .find_map(|x| x.sessions.iter().find(|y| y.id == *id))
            .map(|y| format!("session “{}”", y.title))
    };
    match s {
        Subject::Schedule => "the schedule".into(),
        Subject::Campus(id) => format!("campus {id}"),
        Subject::Cohort(id) => format!("cohort {id}"),
        Subject::Lecturer(id) => format!("lecturer {id}"),
        Subject::Room(id) => format!("room {id}"),
        Subject::Busy(id) => format!("busy calendar {id}"),
        Subject::Session(id) => session(id).unwrap_or_else(|| format!("session {id}")),
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn day(d: CivilDate) -> String {
    format!(
        "{} {} {}",
        d.weekday().short_name(),
        d.day(),
        MONTHS[(d.month() as usize).saturating_sub(1) % 12]
    )
}

/// A session's wall-clock start told at every campus taking part, campuses at the same local
/// time named together: "Mon 7 Sep 14:00 Berlin, Milan / 09:00 Santiago" (the date again only
/// where it differs).
fn local_times(s: &Schedule, session: &Session, start: CivilDateTime) -> String {
    let zone = s.anchor_zone(session);
    let campuses = s.participating_campuses(session);
    let resolved = zone.resolve(start, Disambiguation::Compatible);
    let (Ok(resolved), false) = (resolved, campuses.is_empty()) else {
        return format!(
            "{} {} {}",
            day(start.date()),
            start.time(),
            s.anchor_place(session)
        );
    };
    let mut groups: Vec<(CivilDateTime, Vec<&str>)> = Vec::new();
    for c in campuses {
        let local = c.zone.local(resolved.instant).datetime;
        match groups.iter_mut().find(|(t, _)| *t == local) {
            Some((_, cities)) if cities.contains(&c.city.as_str()) => {}
            Some((_, cities)) => cities.push(&c.city),
            None => groups.push((local, vec![&c.city])),
        }
    }
    let mut last_date = None;
    let mut out = Vec::new();
    for (local, cities) in groups {
        let when = if last_date == Some(local.date()) {
            format!("{}", local.time())
        } else {
            format!("{} {}", day(local.date()), local.time())
        };
        last_date = Some(local.date());
        out.push(format!("{when} {}", cities.join(", ")));
    }
    out.join(" / ")
}

fn minutes(m: u32) -> String {
    match (m / 60, m % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m:02} min"),
    }
}

fn opt(x: &Option<String>) -> String {
    x.as_deref()
        .map(|t| format!("“{}”", meridian_engine::excerpt(t, 60)))
        .unwrap_or_else(|| "none".into())
}

fn list<T: std::fmt::Display>(xs: &[T]) -> String {
    if xs.is_empty() {
        "none".into()
    } else {
        xs.iter()
            .map(|x| x.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn repeat(r: &Option<Weekly>) -> String {
    let Some(r) = r else {
        return "once".into();
    };
    let mut text = if r.interval == 1 {
        "every week".to_string()
    } else {
        format!("every {} weeks", r.interval)
    };
    if !r.weekdays.is_empty() {
        let days: Vec<&str> = r.weekdays.iter().map(|d| d.short_name()).collect();
        text += &format!(" on {}", days.join(", "));
    }
    if let Some(u) = r.until {
        text += &format!(" until {}", day(u));
    }
    if let Some(c) = r.count {
        text += &format!(", {}", count(c as usize, "time"));
    }
    if !r.skip.is_empty() {
        let days: Vec<String> = r.skip.iter().map(|d| day(*d)).collect();
        text += &format!(", not on {}", days.join(", "));
    }
    text
}

fn week(s: &Schedule, session: Option<&Session>, c: &Option<OccurrenceChange>) -> String {
    let Some(c) = c else {
        return "as the series".into();
    };
    let mut parts = Vec::new();
    if let Some(t) = c.start {
        parts.push(match session {
            Some(x) => format!("at {}", local_times(s, x, t)),
            None => format!("at {} {}", day(t.date()), t.time()),
        });
    }
    if let Some(d) = c.duration_minutes {
        parts.push(minutes(d));
    }
    if let Some(r) = &c.rooms {
        parts.push(format!("in {}", list(r)));
    }
    parts.join(", ")
}

fn from_to(e: &Edit<String>) -> String {
    format!("“{}” → “{}”", e.before, e.after)
}

/// One change in words, with local times at the campuses involved (`a` the version before,
/// `b` the version after).
fn describe(c: &Change, a: &Schedule, b: &Schedule) -> String {
    let title = |id: &meridian_engine::schedule::SessionId| {
        b.sessions
            .iter()
            .chain(&a.sessions)
            .find(|x| x.id == *id)
            .map(|x| x.title.clone())
            .unwrap_or_else(|| id.to_string())
    };
    let campus = |id: &meridian_engine::schedule::CampusId| {
        b.campus(id)
            .or_else(|| a.campus(id))
            .map(|x| x.short.clone())
            .unwrap_or_else(|| id.to_string())
    };
    match c {
        Change::Schedule(s) => match s {
            ScheduleChange::Id(e) => format!("Schedule identity: {}", from_to(e)),
            ScheduleChange::Name(e) => format!("Schedule renamed: {}", from_to(e)),
            ScheduleChange::Alliance(e) => {
                format!("Alliance: {} → {}", opt(&e.before), opt(&e.after))
            }
            ScheduleChange::Term(e) => format!(
                "Term: {} to {} → {} to {}",
                day(e.before.start),
                day(e.before.end),
                day(e.after.start),
                day(e.after.end)
            ),
            ScheduleChange::Rules(e) => format!(
                "Least break between sessions: {} → {}",
                minutes(e.before.min_break_minutes),
                minutes(e.after.min_break_minutes)
            ),
        },
        Change::CampusAdded(x) => format!("Campus added: {} ({}, {})", x.short, x.city, x.zone),
        Change::CampusRemoved(x) => format!("Campus removed: {}", x.short),
        Change::Campus { id, change } => {
            let name = campus(id);
            match change {
                CampusChange::Name(e) => format!("{name}: name {}", from_to(e)),
                CampusChange::Short(e) => format!("{name}: short name {}", from_to(e)),
                CampusChange::Code(e) => {
                    format!("{name}: code {} → {}", opt(&e.before), opt(&e.after))
                }
                CampusChange::City(e) => format!("{name}: city {}", from_to(e)),
                CampusChange::Country(e) => format!("{name}: country {}", from_to(e)),
                CampusChange::Zone(e) => format!("{name}: time zone {} → {}", e.before, e.after),
                CampusChange::Hours { day, hours } => {
                    let h = |x: &Option<meridian_engine::schedule::Hours>| {
                        x.map(|h| h.to_string().replace('-', "–"))
                            .unwrap_or_else(|| "no teaching".into())
                    };
                    format!(
                        "{name}: teaching hours on {} {} (were {})",
                        day.short_name(),
                        h(&hours.after),
                        h(&hours.before)
                    )
                }
                CampusChange::Term(e) => {
                    let t = |x: &Option<meridian_engine::schedule::Term>| {
                        x.map(|t| format!("{} to {}", day(t.start), day(t.end)))
                            .unwrap_or_else(|| "the schedule's".into())
                    };
                    format!("{name}: own term {} → {}", t(&e.before), t(&e.after))
                }
                CampusChange::ClosureAdded(x) | CampusChange::ClosureRemoved(x) => {
                    let added = matches!(change, CampusChange::ClosureAdded(_));
                    let span = match x.end.filter(|e| *e != x.start) {
                        Some(e) => format!("{} to {}", day(x.start), day(e)),
                        None => day(x.start),
                    };
                    format!(
                        "{name}: closed {span} ({}) {}",
                        x.name,
                        if added { "added" } else { "removed" }
                    )
                }
                CampusChange::Region(e) => {
                    let r = |x: &Option<String>| {
                        x.clone()
                            .unwrap_or_else(|| "none (the country's own holidays)".into())
                    };
                    format!("{name}: holiday region {} → {}", r(&e.before), r(&e.after))
                }
                CampusChange::HolidaySwitchedOff(d) => {
                    format!(
                        "{name}: teaches on {} (public holiday switched off)",
                        day(*d)
                    )
                }
                CampusChange::HolidaySwitchedOn(d) => {
                    format!("{name}: public holiday on {} switched back on", day(*d))
                }
                CampusChange::PeriodAdded(p) | CampusChange::PeriodRemoved(p) => {
                    let added = matches!(change, CampusChange::PeriodAdded(_));
                    let what = match p.kind {
                        meridian_engine::schedule::PeriodKind::LectureFree => "lecture-free",
                        meridian_engine::schedule::PeriodKind::Exams => "exams",
                    };
                    format!(
                        "{name}: {what} {} to {} ({}) {}",
                        day(p.start),
                        day(p.end),
                        p.name,
                        if added { "added" } else { "removed" }
                    )
                }
            }
        }
        Change::CohortAdded(x) => format!("Cohort added: {} at {}", x.name, campus(&x.campus)),
        Change::CohortRemoved(x) => format!("Cohort removed: {}", x.name),
        Change::CohortChanged(e) => format!("Cohort {} changed", e.after.name),
        Change::LecturerAdded(x) => format!("Lecturer added: {}", x.name),
        Change::LecturerRemoved(x) => format!("Lecturer removed: {}", x.name),
        Change::LecturerChanged(e) => format!("Lecturer {} changed", e.after.name),
        Change::RoomAdded(x) => format!("Room added: {} at {}", x.name, campus(&x.campus)),
        Change::RoomRemoved(x) => format!("Room removed: {}", x.name),
        Change::RoomChanged(e) => format!("Room {} changed", e.after.name),
        Change::BusyAdded(x) => format!(
            "Busy time added: {} ({})",
            x.name,
            count(x.blocks.len(), "block")
        ),
        Change::BusyRemoved(x) => format!("Busy time removed: {}", x.name),
        Change::BusyChanged(e) => format!("Busy time {} changed", e.after.name),
        Change::SessionAdded(x) => format!(
            "Session added: “{}”, {}, {}, {}",
            x.title,
            local_times(b, x, x.start),
            minutes(x.duration_minutes),
            repeat(&x.repeat)
        ),
        Change::SessionRemoved(x) => format!(
            "Session removed: “{}” ({}, {})",
            x.title,
            local_times(a, x, x.start),
            repeat(&x.repeat)
        ),
        Change::Session { id, change } => {
            let name = format!("“{}”", title(id));
            let before = a.sessions.iter().find(|x| x.id == *id);
            let after = b.sessions.iter().find(|x| x.id == *id);
            match change {
                SessionChange::Start(e) => {
                    let at = |s: &Schedule, x: Option<&Session>, t: CivilDateTime| match x {
                        Some(x) => local_times(s, x, t),
                        None => format!("{} {}", day(t.date()), t.time()),
                    };
                    format!(
                        "{name} moved: {} → {}",
                        at(a, before, e.before),
                        at(b, after.or(before), e.after)
                    )
                }
                SessionChange::Length(e) => format!(
                    "{name} {}: {} → {}",
                    if e.after > e.before {
                        "lengthened"
                    } else {
                        "shortened"
                    },
                    minutes(e.before),
                    minutes(e.after)
                ),
                SessionChange::Repeat(e) => {
                    format!(
                        "{name} repeats {} (was {})",
                        repeat(&e.after),
                        repeat(&e.before)
                    )
                }
                SessionChange::Week { date, change } => format!(
                    "{name}, week of {} only: {} (was {})",
                    day(*date),
                    week(b, after.or(before), &change.after),
                    week(a, before, &change.before)
                ),
                SessionChange::Title(e) => format!("Session renamed: {}", from_to(e)),
                SessionChange::Course(e) => {
                    format!("{name}: course {} → {}", opt(&e.before), opt(&e.after))
                }
                SessionChange::Kind(e) => {
                    format!("{name}: {} → {}", e.before.label(), e.after.label())
                }
                SessionChange::Host(e) => format!(
                    "{name}: taught from {} → {}",
                    campus(&e.before),
                    campus(&e.after)
                ),
                SessionChange::Zone(e) => {
                    let z = |x: &Option<meridian_engine::Zone>| {
                        x.map(|z| z.to_string())
                            .unwrap_or_else(|| "the host's zone".into())
                    };
                    format!("{name}: clock of {} → {}", z(&e.before), z(&e.after))
                }
                SessionChange::Cohorts(e) => {
                    format!("{name}: cohorts {} → {}", list(&e.before), list(&e.after))
                }
                SessionChange::Lecturer(e) => {
                    let l = |x: &Option<meridian_engine::schedule::LecturerId>, s: &Schedule| {
                        x.as_ref()
                            .map(|id| s.lecturer(id).map_or(id.to_string(), |l| l.name.clone()))
                            .unwrap_or_else(|| "nobody".into())
                    };
                    format!("{name}: taught by {} → {}", l(&e.before, a), l(&e.after, b))
                }
                SessionChange::Rooms(e) => {
                    format!("{name}: rooms {} → {}", list(&e.before), list(&e.after))
                }
                SessionChange::MeetingUrl(e) => format!(
                    "{name}: meeting link {} → {}",
                    opt(&e.before),
                    opt(&e.after)
                ),
                SessionChange::Notes(e) => {
                    format!("{name}: notes {} → {}", opt(&e.before), opt(&e.after))
                }
            }
        }
    }
}
