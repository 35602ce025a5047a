//! `meridian`: Meridian's engine from a terminal. A thin layer: argument parsing (clap), file
//! reading and output formatting; every decision about time is the engine's.
//!
//! Exit codes: 0 success, 1 a requested check failed (e.g. `reject` met a gap or fold), 2 bad
//! input (with a message naming the file, path and problem).

mod busy;
mod check;
mod convert;
mod holidays;
mod ics;
mod link;
mod occurrences;
mod slots;
mod stream;
mod suggest;
mod versions;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use meridian_engine::{Error, TZDB_VERSION};
use std::process::ExitCode;

/// Plans joint university classes across time zones.
#[derive(Parser)]
#[command(name = "meridian", about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Converts a wall-clock time in one zone to an instant and to other zones.
    ///
    /// With `-` instead of --zone/--at, reads one request a line from standard input
    /// (`ZONE DATETIME [DISAMBIGUATION] [TO_ZONE…]`) and writes one JSON object a line.
    Convert(convert::Args),
    /// Lists every occurrence of a schedule's sessions, with local times at each campus.
    Occurrences(occurrences::Args),
    /// Lists every conflict of a schedule (double bookings, teaching hours, holidays, drift…).
    ///
    /// Exit 0 when there is no conflict of severity error, 1 when there is, 2 on bad input.
    Check(check::Args),
    /// Writes a schedule as an iCalendar (.ics) file that any calendar imports.
    Ics(ics::Args),
    /// Attaches a calendar file (.ics) to a schedule as busy time of a campus, cohort, lecturer
    /// or room; `meridian check` then reports sessions that meet during it.
    Busy(busy::Args),
    /// Suggests start times for one session: every half hour of its first week on its host's
    /// teaching days, each checked against the whole schedule, the best first.
    Suggest(suggest::Args),
    /// The term-wide overlap map of chosen campuses: for every 15-minute start of the week on
    /// one campus's clock, which campuses are inside teaching hours in every week of the term,
    /// and why the others are not; with --rotate, a fair rotation of two or three slots.
    Slots(slots::Args),
    /// Lists a country's or region's public holidays (local and English names), from the data
    /// files beside the app (data/holidays; see --data for where they are looked for).
    Holidays(holidays::Args),
    /// Makes and reads share links (the schedule in the URL, as the app shares it).
    #[command(subcommand)]
    Link(link::Command),
    /// Lists what changed from one version of a schedule to another (files or share links),
    /// item by item with local times at the campuses involved, and the conflicts that makes
    /// or resolves.
    Diff(versions::DiffArgs),
    /// Merges two versions made from one base (files or share links) and writes the result.
    ///
    /// Changes made on one side only apply by themselves; an item both sides changed
    /// differently is a conflict of versions: exit 1 listing them, unless --prefer says
    /// which side to keep.
    Merge(versions::MergeArgs),
    /// Searches time zones by city or IANA name.
    Zones {
        /// Part of a city or zone name, e.g. "Gothenburg" or "America/".
        query: String,
    },
}

/// A failure, with the exit code it maps to.
pub enum Failure {
    /// Exit 1: what was asked could not be done (a rejected gap or fold).
    Check(String),
    /// Exit 2: the input was bad.
    Input(String),
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        Failure::Check(format!("could not write the answer: {e}"))
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        match e {
            Error::NonexistentLocalTime { .. } | Error::AmbiguousLocalTime { .. } => {
                Failure::Check(said(&e))
            }
            other => Failure::Input(said(&other)),
        }
    }
}

/// An engine error in English, as the CLI prints it.
pub fn said(e: &Error) -> String {
    meridian_words::error(&meridian_words::Words::english(), e)
}

/// Reads and validates a schedule file (UTF-8, with or without a byte order mark, or UTF-16);
/// errors name the file. Every command that opens a schedule file reads it here.
pub fn load(path: &std::path::Path) -> Result<meridian_engine::Schedule, Failure> {
    let name = path.display();
    // One byte over the limit is enough for the engine to refuse the file as too large.
    let limit = meridian_engine::input::MAX_DOCUMENT_BYTES as u64 + 1;
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| std::io::Read::read_to_end(&mut std::io::Read::take(f, limit), &mut bytes))
        .map_err(|e| Failure::Input(format!("{name}: {e}")))?;
    meridian_engine::Schedule::from_bytes(&bytes)
        .map_err(|e| Failure::Input(format!("{name}: {}", said(&e))))
}

/// Where `-o` sends a command's output: standard output when it is absent or `-` (as `-` reads
/// standard input for `convert`), else the file. Every command with `-o` writes through this.
/// Returns the file written, if any.
pub fn write_output<'a>(
    path: Option<&'a std::path::Path>,
    text: &str,
) -> Result<Option<&'a std::path::Path>, Failure> {
    match path {
        None => {}
        Some(p) if p.as_os_str() == "-" => {}
        Some(p) => {
            std::fs::write(p, text)
                .map_err(|e| Failure::Input(format!("cannot write {}: {e}", p.display())))?;
            return Ok(Some(p));
        }
    }
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(None)
}

/// Refuses a campus or cohort id the schedule does not have, listing the ones it has.
pub fn check_scope(
    schedule: &meridian_engine::Schedule,
    file: &std::path::Path,
    campus: Option<&str>,
    cohort: Option<&str>,
) -> Result<(), Failure> {
    // The ids come from the file: at most MAX_IDS_LISTED, each an excerpt.
    const MAX_IDS_LISTED: usize = 20;
    let missing = |what: &str, id: &str, ids: Vec<&str>| {
        let echo =
            |t: &str| meridian_engine::excerpt(t, meridian_engine::MAX_ECHO_CHARS).into_owned();
        let mut listed: Vec<String> = ids.iter().take(MAX_IDS_LISTED).map(|t| echo(t)).collect();
        if ids.len() > MAX_IDS_LISTED {
            listed.push(format!("and {} more", ids.len() - MAX_IDS_LISTED));
        }
        Failure::Input(format!(
            "{}: no {what} \"{}\"; it has {}",
            file.display(),
            echo(id),
            listed.join(", ")
        ))
    };
    if let Some(c) = campus {
        if !schedule.campuses.iter().any(|x| x.id.as_str() == c) {
            let ids = schedule.campuses.iter().map(|x| x.id.as_str()).collect();
            return Err(missing("campus", c, ids));
        }
    }
    if let Some(c) = cohort {
        if !schedule.cohorts.iter().any(|x| x.id.as_str() == c) {
            let ids = schedule.cohorts.iter().map(|x| x.id.as_str()).collect();
            return Err(missing("cohort", c, ids));
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    // Like other Unix tools, stop quietly when the reader of our output goes away
    // (`meridian occurrences … | head`), instead of panicking on a broken pipe.
    #[cfg(unix)]
    // SAFETY: restoring the default disposition of SIGPIPE before any thread is started.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let version = format!("{} (IANA tzdb {TZDB_VERSION})", env!("CARGO_PKG_VERSION"));
    let matches = Cli::command().version(version).get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    let result = match cli.command {
        Command::Convert(args) => convert::run(args),
        Command::Occurrences(args) => occurrences::run(args),
        Command::Check(args) => check::run(args),
        Command::Link(command) => link::run(command),
        Command::Ics(args) => ics::run(args),
        Command::Busy(args) => busy::run(args),
        Command::Suggest(args) => suggest::run(args),
        Command::Slots(args) => slots::run(args),
        Command::Holidays(args) => holidays::run(args),
        Command::Diff(args) => versions::run_diff(args),
        Command::Merge(args) => versions::run_merge(args),
        Command::Zones { query } => {
            let hits = meridian_engine::Zone::search(&query, 20);
            if hits.is_empty() {
                Err(Failure::Input(format!(
                    "no time zone or city matches \"{query}\""
                )))
            } else {
                for m in hits {
                    match m.city {
                        Some(city) => println!("{}  ({city})", m.zone),
                        None => println!("{}", m.zone),
                    }
                }
                Ok(ExitCode::SUCCESS)
            }
        }
    };
    match result {
        Ok(code) => code,
        Err(Failure::Check(m)) => {
            eprintln!("meridian: {m}");
            ExitCode::from(1)
        }
        Err(Failure::Input(m)) => {
            eprintln!("meridian: {m}");
            ExitCode::from(2)
        }
    }
}
