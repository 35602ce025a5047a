//! `meridian diff` and `meridian merge`: what changed between two versions of a schedule, and
//! two versions made from one base merged, in the engine's terms (`lineage`). Each change is
//! worded by `meridian_words::change` in English, the words of the planner's Compare dialog.

use crate::{load, Failure};
use meridian_engine::lineage::{
    conflict_effect, diff, fingerprint, merge, Change, Question, QuestionKind, Side,
};
use meridian_engine::{Conflict, Schedule};
use meridian_words::{change, conflict, Words};
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
    /// Checks both versions without public holidays (only the closures typed in close a
    /// campus).
    #[arg(long)]
    no_holidays: bool,
    /// The folder holding the holiday files, as for `check`.
    #[arg(long, value_name = "DIR")]
    data: Option<PathBuf>,
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
    /// Writes the merged schedule to this file instead of standard output (`-` is standard
    /// output).
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
    let holidays = crate::check::public_holidays(&[&a, &b], args.data, args.no_holidays)?;
    let effect = conflict_effect(&a, &b, &holidays);
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
                "changed": effect.changed.iter().map(|c| {
                    let mut out = conflict(&c.after);
                    let iso = |ds: &[meridian_engine::CivilDate]| {
                        ds.iter().map(ToString::to_string).collect::<Vec<_>>()
                    };
                    out["dates_gone"] = json!(iso(&c.dates_gone));
                    out["dates_added"] = json!(iso(&c.dates_added));
                    out["message"] = json!(conflict::changed(&words, c));
                    out
                }).collect::<Vec<_>>(),
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
    let words = Words::english();
    for c in &changes {
        for line in describe(&words, &a, c) {
            println!("  {line}");
        }
    }
    for (title, list) in [
        ("New conflicts", &effect.new),
        ("Conflicts resolved", &effect.resolved),
    ] {
        if !list.is_empty() {
            println!("{title}:");
            for c in list {
                println!("  {}: {}", c.severity, conflict::message(&words, c));
            }
        }
    }
    // The same conflicts on other dates: one line each, not one new and one resolved.
    if !effect.changed.is_empty() {
        println!("Conflicts changed:");
        for c in &effect.changed {
            println!("  {}: {}", c.after.severity, conflict::changed(&words, c));
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
    crate::write_output(args.output.as_deref(), &(json + "\n"))?;
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

/// A conflict of versions in words: the item, why, and each side's changes to it.
fn ask(q: &Question, base: &Schedule, mine: &Schedule, theirs: &Schedule) -> String {
    let words = Words::english();
    let what = change::subject(&words, &[base, mine, theirs], &q.subject);
    let why = match q.kind {
        QuestionKind::BothChanged => "changed on both sides",
        QuestionKind::RemovedAndChanged => "removed on one side, changed on the other",
        QuestionKind::DoesNotFit => "the two sides' changes do not fit together",
    };
    let side = |cs: &[Change]| -> String {
        if cs.is_empty() {
            return "left as it was".to_string();
        }
        cs.iter()
            .flat_map(|c| change::alone(&words, base, c).0)
            .map(|l| l.text)
            .collect::<Vec<_>>()
            .join("; ")
    };
    format!(
        "{what} — {why}\n      mine:   {}\n      theirs: {}",
        side(&q.mine),
        side(&q.theirs)
    )
}

/// One change as the planner's Compare dialog words it (`change::alone`, `before` the version
/// it applies to): a line per difference under its heading, each followed by its local times
/// at every campus taking part, before → after, campuses with the same times named together.
fn describe(words: &Words, before: &Schedule, c: &Change) -> Vec<String> {
    let mut out = Vec::new();
    for line in change::alone(words, before, c).0 {
        out.push(format!("{}: {}", line.group, line.text));
        let mut times: Vec<(Vec<&str>, Option<&str>, Option<&str>)> = Vec::new();
        for r in &line.rows {
            let (b, a) = (r.before.as_deref(), r.after.as_deref());
            match times.iter_mut().find(|(_, x, y)| (*x, *y) == (b, a)) {
                Some((campuses, _, _)) => campuses.push(&r.campus),
                None => times.push((vec![&r.campus], b, a)),
            }
        }
        for (campuses, b, a) in times {
            out.push(format!(
                "    {}: {} → {}",
                campuses.join(", "),
                b.unwrap_or("—"),
                a.unwrap_or("—")
            ));
        }
    }
    out
}
