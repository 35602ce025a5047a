//! `meridian ics`: a schedule (or what a campus or cohort takes part in) as an iCalendar file.

use crate::load;
use crate::Failure;
use meridian_engine::ics::{export, file_name, Scope};
use meridian_engine::schedule::{CampusId, CohortId};
use meridian_engine::Instant;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// A schedule file (JSON, format meridian/1).
    file: PathBuf,
    /// Only the sessions this campus takes part in (a campus id).
    #[arg(long)]
    campus: Option<String>,
    /// Only the sessions this cohort attends (a cohort id).
    #[arg(long)]
    cohort: Option<String>,
    /// Write to this file instead of standard output (`-o .` picks a name from the schedule,
    /// `-o -` is standard output).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// The export's time stamp (DTSTAMP), RFC 3339; defaults to now. For reproducible files.
    #[arg(long, value_name = "INSTANT")]
    stamp: Option<String>,
}

pub fn run(args: Args) -> Result<ExitCode, Failure> {
    let schedule = load(&args.file)?;
    crate::check_scope(
        &schedule,
        &args.file,
        args.campus.as_deref(),
        args.cohort.as_deref(),
    )?;
    let scope = Scope {
        campus: args.campus.map(CampusId),
        cohort: args.cohort.map(CohortId),
    };
    let stamp = match &args.stamp {
        Some(s) => Instant::parse_rfc3339(s)?,
        None => {
            let secs = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64);
            Instant::from_unix_seconds(secs)
                .ok_or_else(|| Failure::Input("the system clock is out of range".into()))?
        }
    };
    let text = export(&schedule, &scope, stamp, &meridian_words::Words::english());
    let path = match args.output {
        Some(path) if path.as_os_str() == "." => Some(PathBuf::from(file_name(&schedule, &scope))),
        other => other,
    };
    if let Some(path) = crate::write_output(path.as_deref(), &text)? {
        eprintln!("wrote {}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}
