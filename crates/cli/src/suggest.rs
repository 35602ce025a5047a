//! `meridian suggest`: the best start times for one session of a schedule, as the app's "Find a
//! time" offers them.

use crate::load;
use crate::Failure;
use meridian_engine::slots::{
    suggest_times_with_holidays, suggest_week_times_with_holidays, SlotSearch, Suggestion,
};
use meridian_engine::CivilDate;
use meridian_words::{conflict, Words};
use serde_json::{json, Value};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// A schedule file (JSON, format meridian/1).
    file: PathBuf,
    /// The session's id.
    session: String,
    /// Minutes between two starts tried.
    #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u32).range(5..=240))]
    step: u32,
    /// Only the week of the series on this date (its date in the series), moved on its own.
    #[arg(long, value_parser = parse_date)]
    week: Option<CivilDate>,
    /// How many suggestions at most.
    #[arg(long, default_value_t = 5)]
    limit: usize,
    /// A JSON object instead of text.
    #[arg(long)]
    json: bool,
    /// Without public holidays (only the closures typed into the file close a campus).
    #[arg(long)]
    no_holidays: bool,
    /// The folder holding the holiday files, found as for `meridian check` when not given.
    #[arg(long, value_name = "DIR")]
    data: Option<PathBuf>,
}

fn parse_date(text: &str) -> Result<CivilDate, String> {
    CivilDate::parse(text).map_err(|e| crate::said(&e))
}

fn row(words: &Words, x: &Suggestion) -> Value {
    json!({
        "start": x.start.to_string().replace(' ', "T"),
        "instant": x.instant.to_rfc3339(),
        "errors": x.errors,
        "warnings": x.warnings,
        "notes": x.notes,
        "first_problem": x.first_problem.as_ref().map(|c| conflict::message(words, c)),
    })
}

fn line(words: &Words, x: &Suggestion) -> String {
    let problem = x
        .first_problem
        .as_ref()
        .map(|c| format!(" — {}", conflict::message(words, c)))
        .unwrap_or_default();
    format!(
        "{} {}: {}{problem}",
        x.start.date().weekday(),
        x.start,
        conflict::suggestion_summary(words, x)
    )
}

/// Exit 0 with the suggestions (none better than now is not a failure), 2 on bad input.
pub fn run(args: Args) -> Result<ExitCode, Failure> {
    let schedule = load(&args.file)?;
    let holidays = crate::check::public_holidays(&[&schedule], args.data, args.no_holidays)?;
    let Some(index) = schedule
        .sessions
        .iter()
        .position(|x| x.id.as_str() == args.session)
    else {
        let ids: Vec<&str> = schedule.sessions.iter().map(|x| x.id.as_str()).collect();
        return Err(Failure::Input(format!(
            "{}: no session \"{}\"; it has {}",
            args.file.display(),
            args.session,
            ids.join(", ")
        )));
    };
    let search = SlotSearch {
        step_minutes: args.step,
        limit: args.limit,
        ..SlotSearch::default()
    };
    let session = &schedule.sessions[index];
    let found = match args.week {
        Some(date) => suggest_week_times_with_holidays(&schedule, index, date, &search, &holidays)?,
        None => suggest_times_with_holidays(&schedule, Some(index), session, &search, &holidays)?,
    };
    let words = Words::english();
    if args.json {
        let out = json!({
            "session": session.id.as_str(),
            "zone": schedule.anchor_zone(session).name(),
            "now": row(&words, &found.now),
            "better": found.better.iter().map(|x| row(&words, x)).collect::<Vec<_>>(),
        });
        println!("{}", serde_json::to_string_pretty(&out).unwrap_or_default());
    } else {
        println!(
            "{} (times in {}), now {}",
            session.title,
            schedule.anchor_place(session),
            line(&words, &found.now)
        );
        if found.better.is_empty() {
            println!("no other start that week is better");
        }
        for x in &found.better {
            println!("  {}", line(&words, x));
        }
    }
    Ok(ExitCode::SUCCESS)
}
