//! `meridian check`: every conflict of a schedule, in a stable order.

use crate::load;
use crate::stream::JsonArray;
use crate::Failure;
use meridian_engine::{check, Severity};
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
    let all = check(&schedule);
    let errors = all.iter().filter(|c| c.severity == Severity::Error).count();
    let shown: Vec<_> = all.iter().filter(|c| c.severity <= floor).collect();
    if args.json {
        let mut out = JsonArray::stdout();
        for c in &shown {
            out.push(&json!({
                "kind": c.kind.name(),
                "severity": c.severity.name(),
                "message": c.message,
                "hint": c.hint,
                "start": c.start.to_rfc3339(),
                "sessions": c.sessions.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
                "campuses": c.campuses.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
                "occurrences": c.occurrences.iter().map(|o| json!({
                    "session": schedule.sessions[o.session].id.as_str(),
                    "date": o.date.to_string(),
                    "start": o.start.to_rfc3339(),
                    "end": o.end.to_rfc3339(),
                })).collect::<Vec<_>>(),
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
            println!("{icon} [{}] {}", c.kind.name(), c.message);
            if let Some(h) = &c.hint {
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
