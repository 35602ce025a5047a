//! `meridian convert`: one wall-clock time, resolved explicitly, shown in other zones.

use crate::Failure;
use meridian_engine::{CivilDateTime, Disambiguation, Error, Resolution, Resolved, Zone};
use meridian_words::{conflict, Words};
use serde_json::{json, Value};
use std::io::{BufRead, Write};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// `-` to read requests from standard input, one a line.
    #[arg(value_name = "-", conflicts_with_all = ["zone", "at"])]
    stdin: Option<String>,
    /// The zone the wall-clock time is in (IANA name, e.g. Europe/Berlin).
    #[arg(long, required_unless_present = "stdin")]
    zone: Option<String>,
    /// The wall-clock time, YYYY-MM-DDTHH:MM.
    #[arg(long, required_unless_present = "stdin")]
    at: Option<String>,
    /// Zones to show the instant in (repeatable); defaults to --zone.
    #[arg(long = "to", value_name = "ZONE")]
    to: Vec<String>,
    /// What to do with a time skipped (gap) or repeated (fold) by a switch.
    #[arg(long, value_enum, default_value_t = Choice::Compatible)]
    disambiguation: Choice,
    /// One JSON object instead of text.
    #[arg(long)]
    json: bool,
}

/// What to do with a wall time a switch skips or repeats (the engine's [`Disambiguation`]).
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Choice {
    /// Forward by the gap; the earlier of a fold (RFC 5545, Temporal).
    Compatible,
    /// The earlier instant.
    Earlier,
    /// The later instant.
    Later,
    /// Refuse the time.
    Reject,
}

impl From<Choice> for Disambiguation {
    fn from(c: Choice) -> Disambiguation {
        match c {
            Choice::Compatible => Disambiguation::Compatible,
            Choice::Earlier => Disambiguation::Earlier,
            Choice::Later => Disambiguation::Later,
            Choice::Reject => Disambiguation::Reject,
        }
    }
}

struct Request {
    zone: Zone,
    at: CivilDateTime,
    disambiguation: Disambiguation,
    to: Vec<Zone>,
}

impl Request {
    fn parse(
        zone: &str,
        at: &str,
        disambiguation: Disambiguation,
        to: &[String],
    ) -> Result<Self, Error> {
        let zone = Zone::parse(zone)?;
        let to = if to.is_empty() {
            vec![zone]
        } else {
            to.iter()
                .map(|z| Zone::parse(z))
                .collect::<Result<_, _>>()?
        };
        Ok(Request {
            zone,
            at: CivilDateTime::parse(at)?,
            disambiguation,
            to,
        })
    }

    /// `ZONE DATETIME [DISAMBIGUATION] [TO_ZONE…]`; what is wrong in words (the line's shape
    /// is the CLI's own, so said here; the engine's errors through `Words::english()`).
    fn parse_line(line: &str) -> Result<Self, String> {
        let words: Vec<&str> = line.split_whitespace().collect();
        let [zone, at, rest @ ..] = words.as_slice() else {
            return Err(format!(
                "cannot read \"{}\" as a request; expected ZONE DATETIME [DISAMBIGUATION] [TO_ZONE…]",
                meridian_engine::excerpt(line.trim(), meridian_engine::MAX_ECHO_CHARS)
            ));
        };
        let (dis, to) = match rest.first().map(|w| w.parse::<Disambiguation>()) {
            Some(Ok(d)) => (d, &rest[1..]),
            _ => (Disambiguation::Compatible, rest),
        };
        let to: Vec<String> = to.iter().map(|s| s.to_string()).collect();
        Request::parse(zone, at, dis, &to).map_err(|e| crate::said(&e))
    }

    fn resolve(&self) -> Result<Resolved, Error> {
        self.zone.resolve(self.at, self.disambiguation)
    }

    fn to_json(&self, r: &Resolved) -> Value {
        let local: Vec<Value> = self
            .to
            .iter()
            .map(|z| {
                let l = z.local(r.instant);
                json!({
                    "zone": z.name(),
                    "datetime": l.datetime.to_iso(),
                    "offset": l.offset.to_iso(),
                    "abbreviation": l.abbreviation,
                    "weekday": l.weekday().short_name(),
                })
            })
            .collect();
        let mut out = json!({
            "instant": r.instant.to_rfc3339(),
            "resolution": r.resolution.name(),
            "disambiguation": self.disambiguation.name(),
            "local": local,
        });
        match r.resolution {
            Resolution::Exact => {}
            Resolution::Gap {
                skipped_from,
                skipped_to,
                before,
                after,
            } => {
                out["gap"] = json!({
                    "skipped_from": skipped_from.to_iso(), "skipped_to": skipped_to.to_iso(),
                    "offset_before": before.to_iso(), "offset_after": after.to_iso(),
                });
            }
            Resolution::Fold { earlier, later } => {
                out["fold"] =
                    json!({ "earlier_offset": earlier.to_iso(), "later_offset": later.to_iso() });
            }
        }
        out
    }

    fn to_text(&self, r: &Resolved) -> String {
        let mut s = format!("{} {} = {}\n", self.at, self.zone, r.instant.to_rfc3339());
        if let Some(what) = conflict::resolution(&Words::english(), &r.resolution, self.at) {
            s += &format!(
                "  {}: {what}; resolved as {}\n",
                r.resolution.name(),
                self.disambiguation.name()
            );
        }
        let width = self.to.iter().map(|z| z.name().len()).max().unwrap_or(0);
        for z in &self.to {
            let l = z.local(r.instant);
            s += &format!(
                "  {:width$}  {} {}  {} {}\n",
                z.name(),
                l.weekday(),
                l.datetime,
                l.offset,
                l.abbreviation
            );
        }
        s
    }
}

pub fn run(args: Args) -> Result<ExitCode, Failure> {
    if let Some(dash) = &args.stdin {
        if dash != "-" {
            return Err(Failure::Input(format!(
                "unexpected argument \"{dash}\"; use - to read from standard input"
            )));
        }
        return batch();
    }
    let request = Request::parse(
        args.zone.as_deref().unwrap_or_default(),
        args.at.as_deref().unwrap_or_default(),
        args.disambiguation.into(),
        &args.to,
    )?;
    let resolved = request.resolve()?;
    if args.json {
        println!("{}", request.to_json(&resolved));
    } else {
        print!("{}", request.to_text(&resolved));
    }
    Ok(ExitCode::SUCCESS)
}

/// The longest request line read whole, in bytes; the rest of a longer line is read and
/// dropped, and the line is answered with an error.
const MAX_LINE_BYTES: usize = 4096;

/// One JSON object per input line; a failed line (bad text, bad bytes, too long) gives
/// `{"line": N, "error": "..."}` and the rest go on. Exit 1 when any line failed.
fn batch() -> Result<ExitCode, Failure> {
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut failed = false;
    let mut n = 0;
    while let Some((bytes, whole)) =
        next_line(&mut input).map_err(|e| Failure::Input(format!("standard input: {e}")))?
    {
        n += 1;
        let shown = meridian_engine::excerpt(
            &String::from_utf8_lossy(&bytes),
            meridian_engine::MAX_ECHO_CHARS,
        )
        .into_owned();
        let unreadable = match std::str::from_utf8(&bytes) {
            Ok(line) if whole => Ok(line),
            Ok(_) => Err(format!("the line is longer than {MAX_LINE_BYTES} bytes")),
            Err(e) => {
                let at = e.valid_up_to();
                Err(format!(
                    "byte {} (0x{:02X}) of the line is not UTF-8 text",
                    at + 1,
                    bytes[at]
                ))
            }
        };
        let line = match unreadable {
            Ok(line) => line,
            Err(error) => {
                failed = true;
                writeln!(
                    out,
                    "{}",
                    json!({ "line": n, "input": shown, "error": error })
                )
                .map_err(|e| Failure::Input(format!("standard output: {e}")))?;
                continue;
            }
        };
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let value = match Request::parse_line(line).and_then(|r| {
            r.resolve()
                .map(|x| r.to_json(&x))
                .map_err(|e| crate::said(&e))
        }) {
            Ok(v) => v,
            Err(error) => {
                failed = true;
                json!({ "line": n, "input": shown, "error": error })
            }
        };
        writeln!(out, "{value}").map_err(|e| Failure::Input(format!("standard output: {e}")))?;
    }
    out.flush()
        .map_err(|e| Failure::Input(format!("standard output: {e}")))?;
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The next line's bytes without its line end (at most [`MAX_LINE_BYTES`]; `false` when more
/// was dropped), or `None` at the end of the input. Memory stays bounded whatever the input.
fn next_line(input: &mut impl BufRead) -> std::io::Result<Option<(Vec<u8>, bool)>> {
    let mut line = Vec::new();
    let mut whole = true;
    let mut any = false;
    loop {
        let buf = input.fill_buf()?;
        if buf.is_empty() {
            break;
        }
        any = true;
        let (chunk, done) = match buf.iter().position(|&b| b == b'\n') {
            Some(i) => (&buf[..i], Some(i + 1)),
            None => (buf, None),
        };
        let room = MAX_LINE_BYTES.saturating_sub(line.len());
        line.extend_from_slice(&chunk[..chunk.len().min(room)]);
        whole &= chunk.len() <= room;
        let used = done.unwrap_or(buf.len());
        input.consume(used);
        if done.is_some() {
            break;
        }
    }
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    Ok(any.then_some((line, whole)))
}
