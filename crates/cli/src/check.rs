//! `meridian check`: every conflict of a schedule, in a stable order.

use crate::load;
use crate::stream::JsonArray;
use crate::Failure;
use meridian_engine::holidays::HolidayGap;
use meridian_engine::{check_with_holidays, PublicHolidays, Schedule, Severity};
use meridian_words::{conflict, Words};
use serde_json::json;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// A schedule file (JSON, format meridian/1).
    file: PathBuf,
    /// Only conflicts at least this severe.
    #[arg(long, value_enum, default_value_t = Floor::Info)]
    severity: Floor,
    /// A JSON array instead of text.
    #[arg(long)]
    json: bool,
    /// Check without public holidays (only the closures typed into the file close a campus).
    #[arg(long)]
    no_holidays: bool,
    /// The folder holding the holiday files (DE.txt, index.txt). Without it: $MERIDIAN_HOLIDAYS,
    /// else data/holidays beside the meridian binary or above it, else in the current folder or
    /// above it; when none is found, public holidays are not checked (a note says so).
    #[arg(long, value_name = "DIR")]
    data: Option<PathBuf>,
}

/// The public holidays of the schedules' countries (one schedule, or two versions of one),
/// from the data folder; notes on standard error for what is not covered, once each.
pub(crate) fn public_holidays(
    schedules: &[&Schedule],
    data: Option<PathBuf>,
    skip: bool,
) -> Result<PublicHolidays, Failure> {
    if skip {
        return Ok(PublicHolidays::none());
    }
    let given = data.is_some();
    let dir = match crate::holidays::data_dir(data) {
        Ok(dir) => dir,
        Err(Failure::Input(message)) if !given => {
            eprintln!("note: public holidays not checked: {message}, or --no-holidays");
            return Ok(PublicHolidays::none());
        }
        Err(e) => return Err(e),
    };
    let mut holidays = PublicHolidays::none();
    let mut countries: Vec<String> = schedules
        .iter()
        .flat_map(|s| PublicHolidays::countries_of(s))
        .collect();
    countries.sort();
    countries.dedup();
    for country in countries {
        // A country without a file is a gap, said below; a file that is there must read.
        if dir.join(format!("{country}.txt")).is_file() {
            holidays.add(crate::holidays::read_country(&dir, &country)?);
        }
    }
    let mut gaps = Vec::new();
    for gap in schedules.iter().flat_map(|s| holidays.gaps(s)) {
        if !gaps.contains(&gap) {
            gaps.push(gap);
        }
    }
    for gap in gaps {
        let note = match gap {
            HolidayGap::NoData { campus, country } if country.trim().is_empty() => format!(
                "campus \"{campus}\" has no country, so no public holidays; give it one (\"country\": \"DE\")"
            ),
            HolidayGap::NoData { campus, country } => format!(
                "no public holidays for campus \"{campus}\": {} has no {country}.txt",
                dir.display()
            ),
            HolidayGap::UnknownRegion {
                campus,
                country,
                region,
            } => format!(
                "campus \"{campus}\": {country} has no region \"{region}\" in the holiday data, so only {country}'s own holidays are checked; `meridian holidays {country}` shows the country, the data's regions line lists the regions"
            ),
            HolidayGap::YearNotCovered {
                campus,
                country,
                year,
            } => format!(
                "campus \"{campus}\": the {country} holiday data does not cover {year}, so {year} has no public holidays"
            ),
        };
        eprintln!("note: {note}");
    }
    Ok(holidays)
}

/// The least severe conflict to show.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Floor {
    /// Errors only.
    Error,
    /// Errors and warnings.
    Warning,
    /// Everything.
    Info,
}

impl From<Floor> for Severity {
    fn from(f: Floor) -> Severity {
        match f {
            Floor::Error => Severity::Error,
            Floor::Warning => Severity::Warning,
            Floor::Info => Severity::Info,
        }
    }
}

/// Exit 0 when no conflict of severity error, 1 when there is one, 2 on bad input.
pub fn run(args: Args) -> Result<ExitCode, Failure> {
    let schedule = load(&args.file)?;
    let floor = Severity::from(args.severity);
    let holidays = public_holidays(&[&schedule], args.data, args.no_holidays)?;
    let all = check_with_holidays(&schedule, &holidays);
    let errors = all.iter().filter(|c| c.severity == Severity::Error).count();
    let shown: Vec<_> = all.iter().filter(|c| c.severity <= floor).collect();
    let words = Words::english();
    if args.json {
        let mut out = JsonArray::stdout();
        for c in &shown {
            out.push(&json!({
                "kind": c.kind.name(),
                "severity": c.severity.name(),
                "message": conflict::message(&words, c),
                "hint": conflict::hint(&words, c),
                "start": c.start.to_rfc3339(),
                "sessions": c.sessions.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
                "campuses": c.campuses.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
                "occurrences": c.occurrences.iter().map(|o| json!({
                    "session": schedule.sessions[o.session].id.as_str(),
                    "date": o.date.to_string(),
                    "start": o.start.to_rfc3339(),
                    "end": o.end.to_rfc3339(),
                })).collect::<Vec<_>>(),
                "calendar": c.calendar.as_ref().map(|d| json!({
                    "campus": d.campus.as_str(),
                    "date": d.date.to_string(),
                    "kind": d.kind.name(),
                    "observed": matches!(d.kind, meridian_engine::conflict::CalendarKind::PublicHoliday(k) if k != meridian_engine::holidays::HolidayKind::Holiday),
                    "name": d.name,
                    "english_name": d.english_name,
                })),
                "drift": c.drift.iter().map(|r| json!({
                    "campus": r.campus.as_str(),
                    "segments": r.segments.iter().map(|s| json!({
                        "first": s.first.to_string(), "last": s.last.to_string(),
                        "local_start": s.local_start.to_string(), "count": s.count,
                    })).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
            }))?;
        }
        out.finish()?;
    } else {
        for c in &shown {
            let icon = match c.severity {
                Severity::Error => "⛔ error",
                Severity::Warning => "⚠ warning",
                Severity::Info => "ℹ info",
            };
            println!(
                "{icon} [{}] {}",
                c.kind.name(),
                conflict::message(&words, c)
            );
            if let Some(h) = conflict::hint(&words, c) {
                println!("    hint: {h}");
            }
        }
        let (e, w, i) = all.iter().fold((0, 0, 0), |n, c| match c.severity {
            Severity::Error => (n.0 + 1, n.1, n.2),
            Severity::Warning => (n.0, n.1 + 1, n.2),
            Severity::Info => (n.0, n.1, n.2 + 1),
        });
        let n =
            |k: usize, one: &str, many: &str| format!("{k} {}", if k == 1 { one } else { many });
        println!(
            "{}, {}, {}",
            n(e, "error", "errors"),
            n(w, "warning", "warnings"),
            n(i, "info", "infos")
        );
    }
    Ok(if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
