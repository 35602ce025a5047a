//! Meridian's engine: the pure domain of a scheduler for joint university classes.
//!
//! It owns time zones and the two kinds of time ([`CivilDateTime`] on a wall clock, [`Instant`]
//! on the UTC line), campuses and alliance presets, the schedule document and its validation,
//! the expansion of sessions into dated occurrences, and the reading of public-holiday files.
//! It has no browser or operating-system dependency: the Yew app and the `meridian` CLI both
//! call it. Bad input gives an [`Error`], never a panic.

#![warn(missing_docs)]

pub mod conflict;
pub mod demo;
pub mod edit;
mod error;
pub mod holidays;
pub mod ics;
pub mod input;
mod json;
pub mod lineage;
pub mod link;
pub mod occurrence;
pub mod overlap;
pub mod presets;
pub mod schedule;
pub mod slots;
pub mod time;
pub mod timetable;
mod windows_zones;
pub mod zone;

pub use conflict::{check, check_with_holidays, Conflict, ConflictIndex, ConflictKind, Severity};
pub use error::{
    bounded, excerpt, CalendarProblem, DateTimeShape, Error, HolidayField, HolidayFileProblem,
    Item, LinkProblem, OccurrenceAction, Problem, ShareLimit, MAX_ECHO_CHARS, MAX_MESSAGE_CHARS,
};
pub use holidays::PublicHolidays;
pub use json::{
    json_problem, json_syntax_error, JsonExpected, JsonFound, JsonPart, JsonProblem, JsonToken,
};
pub use occurrence::{occurrences, week_mondays_in, weeks_holding, Occurrence};
pub use schedule::{Campus, Schedule, Session};
pub use time::{CivilDate, CivilDateTime, CivilTime, Instant, UtcOffset, Weekday};
pub use zone::{Disambiguation, LocalTime, Resolution, Resolved, Zone, TZDB_VERSION};
