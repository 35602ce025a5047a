//! `meridian busy`: a partner's calendar file (.ics) attached to a schedule as busy time.

use crate::occurrences::load;
use crate::Failure;
use meridian_engine::schedule::{BusyCalendar, CampusId, CohortId, LecturerId, RoomId};
use meridian_engine::{CivilTime, Disambiguation, Zone};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// A schedule file (JSON, format meridian/1).
    file: PathBuf,
    /// The calendar file (.ics), e.g. a TimeEdit, Untis or Google Calendar export.
    calendar: PathBuf,
    /// Busy for every cohort of this campus.
    #[arg(long, group = "target")]
    campus: Option<String>,
    /// Busy for this cohort.
    #[arg(long, group = "target")]
    cohort: Option<String>,
    /// Busy for this lecturer.
    #[arg(long, group = "target")]
    lecturer: Option<String>,
    /// Busy for this room.
    #[arg(long, group = "target")]
    room: Option<String>,
    /// What to call it (default: the calendar file's name).
    #[arg(long)]
    name: Option<String>,
    /// Write the schedule here instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

pub fn run(args: Args) -> Result<ExitCode, Failure> {
    let mut schedule = load(&args.file)?;
    let text = std::fs::read_to_string(&args.calendar)
        .map_err(|e| Failure::Input(format!("cannot read {}: {e}", args.calendar.display())))?;
    let mut calendar = BusyCalendar {
        id: String::new(),
        name: args.name.clone().unwrap_or_else(|| {
            args.calendar
                .file_stem()
                .map_or("calendar".into(), |s| s.to_string_lossy().into_owned())
        }),
        campus: args.campus.clone().map(CampusId),
        cohort: args.cohort.clone().map(CohortId),
        lecturer: args.lecturer.clone().map(LecturerId),
        room: args.room.clone().map(RoomId),
        blocks: Vec::new(),
    };
    // Local times without a zone are read at the campus the calendar belongs to.
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
    let edge = |d: Option<meridian_engine::CivilDate>| {
        d.and_then(|d| {
            Zone::UTC
                .resolve(d.at(CivilTime::MIDNIGHT), Disambiguation::Compatible)
                .ok()
        })
        .map(|r| r.instant)
    };
    let (from, to) = match (
        edge(schedule.term.start.add_days(-1)),
        edge(schedule.term.end.add_days(2)),
    ) {
        (Some(a), Some(b)) => (a, b),
        _ => return Err(Failure::Input("the schedule's term is out of range".into())),
    };
    calendar.blocks = meridian_engine::ics::import(&text, zone, from, to)
        .map_err(|e| Failure::Input(format!("{}: {e}", args.calendar.display())))?;
    let base: String = calendar
        .name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    calendar.id = (1..)
        .map(|n| {
            if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            }
        })
        .find(|id| !schedule.busy.iter().any(|b| b.id == *id))
        .unwrap_or(base);
    let blocks = calendar.blocks.len();
    schedule.busy.push(calendar);
    // The result is checked like any schedule (the target must exist).
    let schedule = meridian_engine::Schedule::from_json(&schedule.to_json())
        .map_err(|e| Failure::Input(format!("{}: {e}", args.file.display())))?;
    let json = schedule.to_json();
    match args.output {
        None => println!("{json}"),
        Some(path) => std::fs::write(&path, json + "\n")
            .map_err(|e| Failure::Input(format!("cannot write {}: {e}", path.display())))?,
    }
    eprintln!(
        "{blocks} busy block{} in the term",
        if blocks == 1 { "" } else { "s" }
    );
    Ok(ExitCode::SUCCESS)
}
