//! Calendar export (RFC 5545): a schedule, or the part a campus or cohort takes part in, as an
//! iCalendar file that any calendar imports — and reads to the same instants as Meridian.
//!
//! One VEVENT per series: its wall-clock start in its anchor zone (`DTSTART;TZID=`), its exact
//! length as `DURATION`, and an `RRULE` with `UNTIL` in UTC. Weeks that stock readers would read
//! differently from the RFC are taken out of the rule: a week whose start is skipped or repeated
//! by a switch, or whose session spans a switch (readers add the length on the wall clock) is
//! excluded with `EXDATE` and written as its own VEVENT in UTC; a changed week is excluded too and
//! written as its own VEVENT (no `RECURRENCE-ID`, which stock ical.js matches across UIDs). A
//! `VTIMEZONE` for every zone used is written out transition by transition
//! over every instant the file names (so a calendar needs no time zone database of its own, and
//! agrees with Meridian's). `UID`s are stable (session id and schedule id, with characters that
//! are not safe in a content line percent-encoded), so importing a newer export updates events
//! instead of duplicating them. Lines end in CRLF and are folded at 75 octets without splitting a
//! UTF-8 character; no value can put a line break into the file. DESIGN.md ("Calendars and
//! students") says which reader behaviour each choice protects against.

mod academic;
mod export;
mod import;
mod zones;

pub use academic::{academic_events, propose, AcademicEvent, AcademicKind};
pub use export::{export, file_name, uid, Labels, Scope};
pub use import::{attach, import, MAX_IMPORT_BLOCKS, MAX_IMPORT_BYTES};
