//! `meridian occurrences`: a schedule's sessions expanded over its term.

use crate::stream::JsonArray;
use crate::Failure;
use meridian_engine::{occurrences, CivilDate};
use meridian_words::{conflict, Words};
use serde_json::{json, Value};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// A schedule file (JSON, format meridian/1).
    file: PathBuf,
    /// First date to list (in each session's anchor zone), YYYY-MM-DD.
    #[arg(long)]
    from: Option<String>,
    /// Last date to list (included), YYYY-MM-DD.
    #[arg(long)]
    to: Option<String>,
    /// A JSON array instead of text.
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args) -> Result<ExitCode, Failure> {
    let schedule = crate::load(&args.file)?;
    let date = |s: &Option<String>| s.as_deref().map(CivilDate::parse).transpose();
    let (from, to) = (date(&args.from)?, date(&args.to)?);
    let all = occurrences(&schedule, None, None)?;
    let picked = all.iter().filter(|o| {
        let d = o.local_start.date();
        from.is_none_or(|f| d >= f) && to.is_none_or(|t| d <= t)
    });
    let mut rows = args.json.then(JsonArray::stdout);
    let words = Words::english();
    for o in picked {
        let session = &schedule.sessions[o.session];
        let local: Vec<Value> = schedule
            .participating_campuses(session)
            .iter()
            .map(|c| {
                let (s, e) = (o.local_start_in(c.zone), o.local_end_in(c.zone));
                json!({
                    "campus": c.id.as_str(), "zone": c.zone.name(),
                    "start": s.datetime.to_iso(), "end": e.datetime.to_iso(),
                    "offset": s.offset.to_iso(), "abbreviation": s.abbreviation,
                    "weekday": s.weekday().short_name(),
                })
            })
            .collect();
        if let Some(rows) = &mut rows {
            rows.push(&json!({
                "session": session.id.as_str(), "title": session.title,
                "start": o.start.to_rfc3339(), "end": o.end.to_rfc3339(),
                "anchor": { "zone": o.zone.name(), "start": o.local_start.to_iso(), "resolution": o.resolution.name() },
                "local": local,
            }))?;
        } else {
            println!(
                "{} {}  {}  ({} – {})",
                o.local_start.weekday(),
                o.local_start.date(),
                session.title,
                o.start,
                o.end
            );
            if let Some(note) = conflict::resolution(&words, &o.resolution, o.local_start) {
                println!("    ! {note}; moved to the time after the switch");
            }
            for c in schedule.participating_campuses(session) {
                let (s, e) = (o.local_start_in(c.zone), o.local_end_in(c.zone));
                println!(
                    "    {:<12} {} {}–{} {} {}",
                    c.short,
                    s.weekday(),
                    s.datetime.time(),
                    e.datetime.time(),
                    s.offset,
                    s.abbreviation
                );
            }
        }
    }
    if let Some(rows) = rows {
        rows.finish()?;
    }
    Ok(ExitCode::SUCCESS)
}
