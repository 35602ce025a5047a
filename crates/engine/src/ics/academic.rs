//! A university's academic calendar (.ics) read as named dates — exam periods, lecture-free
//! weeks, closed days — with a proposed kind for each, for a campus to keep.

use super::import::{bad, day_start, instances};
use super::zones::CalZone;
use crate::time::{CivilDate, Instant};
use crate::zone::Zone;

/// What a campus keeps an event of its academic calendar as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AcademicKind {
    /// A closed day or days: no teaching (a [`crate::schedule::Closure`]).
    Closure,
    /// An exam period: a session then is a warning.
    Exams,
    /// A lecture-free period: the campus is closed to teaching.
    LectureFree,
}

/// One event of an academic calendar over the term: its name (SUMMARY) and the campus's
/// local dates it covers, both ends included.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AcademicEvent {
    /// The event's SUMMARY, e.g. "Prüfungszeitraum".
    pub name: String,
    /// First local day.
    pub start: CivilDate,
    /// Last local day (included).
    pub end: CivilDate,
}

/// Words that name an exam period in the partners' languages (lower case, found anywhere in a
/// name): English, German, Swedish, Dutch, Danish and Norwegian, Italian, Spanish, Polish, French.
const EXAM_WORDS: &[&str] = &[
    "exam", "exám", "prüfung", "pruefung", "klausur", "tentamen", "eksamen", "esami", "esame",
    "egzamin", "sesja",
];

/// Words that name a lecture-free period (lower case, found anywhere in a name).
const LECTURE_FREE_WORDS: &[&str] = &[
    "vorlesungsfrei",
    "lecture-free",
    "lecture free",
    "reading week",
    "study week",
    "vacances",
    "vacaciones",
    "ferie",
];

/// The kind an event's name suggests: an exam period when it names exams ("Prüfungszeitraum",
/// "Sessione d'esame", "Sesja egzaminacyjna"), lecture-free when it names a break
/// ("Vorlesungsfreie Zeit", "Reading week", "Juleferie", "Höstlov"), otherwise a closure. A name
/// naming both is an exam period (exams are sat in it).
pub fn propose(name: &str) -> AcademicKind {
    let name = name.to_lowercase();
    if EXAM_WORDS.iter().any(|w| name.contains(w)) {
        return AcademicKind::Exams;
    }
    // Swedish "lov" (höstlov, sportlov) ends a word; inside one it is something else (Slovenia).
    let lov = name
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.ends_with("lov"));
    if lov || LECTURE_FREE_WORDS.iter().any(|w| name.contains(w)) {
        AcademicKind::LectureFree
    } else {
        AcademicKind::Closure
    }
}

/// The events of an academic calendar file that fall on `first`..=`last` (the term), with
/// their names and whole local dates at the campus (`zone`): an all-day event covers its
/// DTSTART up to the day before its DTEND, a timed one every local day it touches. Repeating
/// events are expanded and bounded as [`super::import`] does (it is the same reader); events
/// marked free (transparent) count, as calendars often mark all-day events so. Sorted by date,
/// then name; an event met twice is listed once. Errors name the line.
pub fn academic_events(
    text: &str,
    zone: Zone,
    first: CivilDate,
    last: CivilDate,
) -> Result<Vec<AcademicEvent>, crate::Error> {
    let at = CalZone::Iana(zone);
    let edge = |d: Option<CivilDate>| d.and_then(|d| day_start(d, at));
    let (Some(from), Some(to)) = (edge(Some(first)), edge(last.add_days(1))) else {
        return Err(bad(0, crate::CalendarProblem::TermOutOfRange));
    };
    let day = |t: Instant| at.local(t).map(|l| l.date());
    let mut out = Vec::new();
    for i in instances(text, zone, from, to)? {
        let last_moment = Instant::from_unix_seconds(i.end.unix_seconds() - 1).unwrap_or(i.end);
        let (Some(start), Some(end)) = (day(i.start), day(last_moment.max(i.start))) else {
            continue;
        };
        if end < first || start > last {
            continue;
        }
        out.push(AcademicEvent {
            name: i.title.trim().to_string(),
            start,
            end,
        });
    }
    out.sort_by(|a, b| (a.start, a.end, &a.name).cmp(&(b.start, b.end, &b.name)));
    out.dedup();
    Ok(out)
}
