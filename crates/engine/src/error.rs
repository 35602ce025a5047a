//! The engine's one error type. Every message says what was wrong and, where possible, what to do.

use std::fmt;

/// Everything that can go wrong in the engine. Bad input is always reported with one of these;
/// the engine never panics on user data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A time zone name that is not in the IANA database. `suggestions` holds close names.
    UnknownZone {
        /// The name as given.
        name: String,
        /// Close zone names, best first (may be empty).
        suggestions: Vec<String>,
    },
    /// A date, time or date-time that could not be read.
    BadDateTime {
        /// The text as given.
        text: String,
        /// The expected shape, e.g. `YYYY-MM-DDTHH:MM`.
        expected: &'static str,
    },
    /// A disambiguation name other than `compatible`, `earlier`, `later` or `reject`.
    UnknownDisambiguation(String),
    /// A wall-clock time that does not exist in the zone (skipped by a daylight-saving switch)
    /// and the caller asked to reject it.
    NonexistentLocalTime {
        /// The zone.
        zone: String,
        /// The wall-clock time asked for.
        local: String,
        /// The skipped span, e.g. `02:00–03:00`.
        skipped: String,
    },
    /// A wall-clock time that happens twice in the zone and the caller asked to reject it.
    AmbiguousLocalTime {
        /// The zone.
        zone: String,
        /// The wall-clock time asked for.
        local: String,
        /// The two UTC offsets it could have, earlier first.
        offsets: (String, String),
    },
    /// A time outside the range the engine handles (years 1000–9999).
    OutOfRange(String),
    /// A schedule document that is not valid JSON; line and column are 1-based.
    Syntax {
        /// What the JSON parser said.
        message: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// A schedule document whose `format` this version of Meridian does not read.
    UnsupportedFormat(String),
    /// A schedule document that is valid JSON but not a valid schedule. `path` is a JSON path
    /// such as `sessions[2].cohorts[0]`.
    Invalid {
        /// Where in the document.
        path: String,
        /// What is wrong, in words a coordinator can act on.
        message: String,
    },
    /// An iCalendar file that cannot be read; `line` is 1-based (0 when it is about the whole
    /// file).
    Calendar {
        /// Where.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A public-holiday file (`data/holidays/CC.txt`) that cannot be read; `line` is 1-based
    /// (0 when it is about the whole file).
    HolidayFile {
        /// Where.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A country code that is not two letters (ISO 3166-1 alpha-2), as given.
    UnknownCountry(String),
    /// A region its country's holiday file does not list.
    UnknownRegion {
        /// The country, e.g. `DE`.
        country: String,
        /// The region as given.
        region: String,
        /// The regions the file lists.
        regions: Vec<String>,
    },
    /// A share link that cannot be opened.
    BadLink(LinkProblem),
    /// A schedule too large for a share link: the link would be longer, or unpack to more, than
    /// [`decode`](crate::link::decode) reads, so none is made.
    TooLargeToShare {
        /// What is over: "characters of link" or "bytes unpacked".
        what: &'static str,
        /// How much the schedule needs.
        size: usize,
        /// The limit ([`MAX_LINK_CHARS`](crate::link::MAX_LINK_CHARS) or
        /// [`MAX_UNPACKED_BYTES`](crate::link::MAX_UNPACKED_BYTES)).
        limit: usize,
    },
}

/// Why a share link cannot be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkProblem {
    /// The text holds no Meridian link (no `s1.` payload).
    NotALink,
    /// The link ends too early: it was cut off when copied or sent.
    CutOff,
    /// Made by a newer Meridian: its link version is one this version does not read.
    Newer {
        /// The link's version.
        version: u32,
        /// The newest version this Meridian reads.
        supported: u32,
    },
    /// The payload was changed after it was made (or is not Meridian's).
    Damaged,
    /// Longer than any link Meridian makes, or unpacks to more than it accepts.
    TooLong {
        /// The limit, in characters of link or bytes unpacked.
        limit: usize,
    },
    /// The link is intact (its checksum holds) but the schedule in it fails the checks an
    /// imported file must pass: it was not made by Meridian, or by a Meridian with a bug.
    InvalidSchedule {
        /// Where in the schedule, as a JSON path (`sessions[2].id`); empty for the whole.
        path: String,
        /// What is wrong.
        message: String,
    },
}

/// The most characters of user-given text an error message repeats; longer text is shown as
/// its start and an ellipsis ([`excerpt`]).
pub const MAX_ECHO_CHARS: usize = 80;

/// The most characters of a whole error message (composed ones, such as a JSON parser's, may
/// hold user text); longer messages are cut with an ellipsis.
pub const MAX_MESSAGE_CHARS: usize = 400;

/// `text` as an error message may repeat it: at most `max` characters, then `…` when cut.
/// Linear in `max`, not in the length of `text`.
pub fn excerpt(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(max) {
        None => std::borrow::Cow::Borrowed(text),
        Some((i, _)) => std::borrow::Cow::Owned(format!("{}…", &text[..i])),
    }
}

/// A composed message bounded: every quoted or back-quoted run of user text longer than
/// [`MAX_ECHO_CHARS`] is cut to an excerpt, then the whole to [`MAX_MESSAGE_CHARS`].
fn bounded(message: &str) -> std::borrow::Cow<'_, str> {
    let long_quote = message
        .split(['"', '`'])
        .skip(1)
        .step_by(2)
        .any(|q| q.chars().nth(MAX_ECHO_CHARS).is_some());
    if !long_quote {
        return excerpt(message, MAX_MESSAGE_CHARS);
    }
    let mut out = String::new();
    let mut rest = message;
    let mut inside = false;
    while let Some(i) = rest.find(['"', '`']) {
        let (part, quote) = (&rest[..i], &rest[i..i + 1]);
        out.push_str(
            if inside {
                excerpt(part, MAX_ECHO_CHARS)
            } else {
                std::borrow::Cow::Borrowed(part)
            }
            .as_ref(),
        );
        out.push_str(quote);
        inside = !inside;
        rest = &rest[i + 1..];
        if out.len() > 4 * MAX_MESSAGE_CHARS {
            break;
        }
    }
    if out.len() <= 4 * MAX_MESSAGE_CHARS {
        out.push_str(&if inside {
            excerpt(rest, MAX_ECHO_CHARS)
        } else {
            excerpt(rest, MAX_MESSAGE_CHARS)
        });
    }
    std::borrow::Cow::Owned(excerpt(&out, MAX_MESSAGE_CHARS).into_owned())
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::UnknownZone { name, suggestions } => {
                write!(f, "unknown time zone \"{}\"", excerpt(name, MAX_ECHO_CHARS))?;
                match suggestions.as_slice() {
                    [] => write!(f, "; use an IANA name such as Europe/Berlin"),
                    some => write!(f, "; did you mean {}?", some.join(", ")),
                }
            }
            Error::BadDateTime { text, expected } => {
                write!(
                    f,
                    "cannot read \"{}\" as a date or time; expected {expected}",
                    excerpt(text, MAX_ECHO_CHARS)
                )
            }
            Error::UnknownDisambiguation(s) => write!(
                f,
                "unknown disambiguation \"{}\"; use compatible, earlier, later or reject",
                excerpt(s, MAX_ECHO_CHARS)
            ),
            Error::NonexistentLocalTime {
                zone,
                local,
                skipped,
            } => write!(
                f,
                "{local} does not exist in {zone}: the clocks skip {skipped} that day; \
                 pick another time or use --disambiguation compatible"
            ),
            Error::AmbiguousLocalTime {
                zone,
                local,
                offsets,
            } => write!(
                f,
                "{local} happens twice in {zone} (at UTC{} and at UTC{}); \
                 use --disambiguation earlier or later to choose",
                offsets.0, offsets.1
            ),
            Error::OutOfRange(s) => write!(
                f,
                "{} is out of range (years 1000 to 9999)",
                excerpt(s, MAX_ECHO_CHARS)
            ),
            Error::Syntax {
                message,
                line,
                column,
            } => {
                write!(f, "line {line}, column {column}: {}", bounded(message))
            }
            Error::UnsupportedFormat(v) => write!(
                f,
                "format \"{}\" is not one this version of Meridian reads (it reads \"{}\"); \
                 if it came from a newer Meridian, open it there",
                excerpt(v, MAX_ECHO_CHARS),
                crate::schedule::FORMAT
            ),
            Error::Invalid { path, message } if path.is_empty() => {
                write!(f, "{}", bounded(message))
            }
            Error::Invalid { path, message } => {
                write!(f, "{}: {}", excerpt(path, MAX_ECHO_CHARS), bounded(message))
            }
            Error::BadLink(p) => write!(f, "{p}"),
            Error::TooLargeToShare { what, size, limit } => write!(
                f,
                "this schedule is too large for a share link: it needs {size} {what} and a link \
                 holds at most {limit}; share the schedule as a file instead"
            ),
            Error::HolidayFile { line: 0, message } => {
                write!(f, "holiday file: {}", bounded(message))
            }
            Error::HolidayFile { line, message } => {
                write!(f, "holiday file, line {line}: {}", bounded(message))
            }
            Error::UnknownCountry(text) => write!(
                f,
                "\"{}\" is not a country code; use two letters (ISO 3166), with a region after a \
                 hyphen: DE, DE-BE, US-TX",
                excerpt(text, MAX_ECHO_CHARS)
            ),
            Error::UnknownRegion {
                country,
                region,
                regions,
            } => {
                // The codes come from a file: at most 30 are named.
                write!(
                    f,
                    "{country} has no region \"{}\" in its holiday file",
                    excerpt(region, MAX_ECHO_CHARS)
                )?;
                if regions.is_empty() {
                    return write!(f, "; it has holidays for the whole country only");
                }
                let named: Vec<_> = regions
                    .iter()
                    .take(30)
                    .map(|r| excerpt(r, MAX_ECHO_CHARS))
                    .collect();
                write!(f, "; it has {}", named.join(", "))?;
                if regions.len() > 30 {
                    write!(f, " and {} more", regions.len() - 30)?;
                }
                Ok(())
            }
            Error::Calendar { line: 0, message } => {
                write!(f, "calendar file: {}", bounded(message))
            }
            Error::Calendar { line, message } => {
                write!(f, "calendar file, line {line}: {}", bounded(message))
            }
        }
    }
}

impl std::error::Error for Error {}

impl fmt::Display for LinkProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkProblem::NotALink => f.write_str(
                "this is not a Meridian link: a schedule link has \"#s1.\" or \"#s2.\" (\"#Q1.\" or \"#Q2.\" from a QR code) followed by letters and digits",
            ),
            LinkProblem::CutOff => f.write_str(
                "this link was cut off: copy the whole link again (mail and chat apps sometimes break long links)",
            ),
            LinkProblem::Newer { version, supported } => write!(
                f,
                "this link was made by a newer Meridian (link version {version}; this one reads version {supported}): open it with the newest Meridian"
            ),
            LinkProblem::Damaged => f.write_str(
                "this link is damaged (some characters were changed): ask the sender for it again",
            ),
            LinkProblem::TooLong { limit } => write!(
                f,
                "this link is larger than any schedule Meridian shares (limit {limit}): it was not made by Meridian"
            ),
            LinkProblem::InvalidSchedule { path, message } => {
                f.write_str("this link is intact but the schedule in it is not valid (")?;
                if !path.is_empty() {
                    write!(f, "{}: ", excerpt(path, MAX_ECHO_CHARS))?;
                }
                write!(
                    f,
                    "{}): it was not made by this Meridian; ask the sender for the schedule file",
                    bounded(message)
                )
            }
        }
    }
}
