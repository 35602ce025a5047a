//! `meridian busy`: a partner's calendar file (.ics) attached to a schedule as busy time.

use crate::load;
use crate::Failure;
use meridian_engine::schedule::{BusyCalendar, CampusId, CohortId, LecturerId, RoomId};
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
    /// Write the schedule here instead of standard output (`-` is standard output).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

pub fn run(args: Args) -> Result<ExitCode, Failure> {
    let schedule = load(&args.file)?;
    let text = std::fs::read_to_string(&args.calendar)
        .map_err(|e| Failure::Input(format!("cannot read {}: {e}", args.calendar.display())))?;
    let calendar = BusyCalendar {
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
    let (schedule, blocks) =
        meridian_engine::ics::attach(&schedule, &text, calendar).map_err(|e| match e {
            meridian_engine::Error::Calendar { .. } => {
                Failure::Input(format!("{}: {}", args.calendar.display(), crate::said(&e)))
            }
            e => Failure::Input(format!("{}: {}", args.file.display(), crate::said(&e))),
        })?;
    let json = schedule.to_json();
    crate::write_output(args.output.as_deref(), &(json + "\n"))?;
    eprintln!(
        "{blocks} busy block{} in the term",
        if blocks == 1 { "" } else { "s" }
    );
    Ok(ExitCode::SUCCESS)
}
