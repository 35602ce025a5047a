//! Reading a schedule document (JSON in UTF-8 or UTF-16) and validating it as a whole, with a
//! path to whatever is wrong.

use super::*;
use crate::{Error, Item, JsonExpected, JsonProblem, JsonToken, Problem};
use std::collections::HashSet;

/// Whether `c` is a bidirectional-text control that reorders the text after it: the
/// embeddings and overrides (U+202A–U+202E) and the isolates (U+2066–U+2069). A title written
/// `U+202E` "evil" `U+202C` reads "live"; a link or file is a stranger's text, so these are
/// taken out when one is read. The marks (U+200E, U+200F, U+061C) stay: they only settle where
/// punctuation beside right-to-left words goes, and Arabic and Hebrew letters need nothing.
pub fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

impl Schedule {
    /// Reads and validates a schedule document. Syntax errors carry line and column; every other
    /// error carries the JSON path of what is wrong.
    pub fn from_json(text: &str) -> Result<Schedule, Error> {
        // A byte order mark, as Windows editors write one, is no part of the document.
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| crate::json_syntax_error(&e))?;
        match value.get("format") {
            Some(serde_json::Value::String(f)) if f == FORMAT => {}
            Some(serde_json::Value::String(f)) => return Err(Error::UnsupportedFormat(f.clone())),
            Some(_) => return Err(invalid("format", Problem::FormatNotString)),
            None => return Err(invalid("format", Problem::FormatMissing)),
        }
        let de = &mut serde_json::Deserializer::from_str(text);
        let schedule: Schedule = serde_path_to_error::deserialize(de).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner();
            match crate::error::take_refused(&inner.to_string()) {
                // A value's own check (seconds in a time) names the value's place.
                Some(Error::Invalid { problem, .. }) => Error::Invalid { path, problem },
                Some(refused) => Error::Invalid {
                    path,
                    problem: Problem::Value(Box::new(refused)),
                },
                None => {
                    let mut problem = crate::json_problem(&inner);
                    // serde_json's reader of names (a session's `kind`) says only "expected
                    // value" for a value of another kind; the document is valid JSON, so what
                    // is there is known: a name is text.
                    if problem == JsonProblem::Expected(JsonToken::Value) {
                        if let Some(found) = crate::json::found_at(&value, &path) {
                            problem = JsonProblem::WrongType {
                                found,
                                expected: JsonExpected::Text,
                            };
                        }
                    }
                    Error::Invalid {
                        path: path_of_missing_field(&path, &problem),
                        problem: Problem::Json(problem),
                    }
                }
            }
        })?;
        // After the typed read (whose errors, such as an unknown field, say more), what it
        // accepted but should not have: a list read as an object.
        crate::input::refuse_misplaced_lists(&value)?;
        let mut schedule = schedule;
        schedule.read_in()?;
        Ok(schedule)
    }

    /// What every schedule read from outside (a file, a link) goes through, in this order: the
    /// bidirectional-text controls that reorder what is shown (see [`is_direction_control`])
    /// are taken out of every text a reader sees, then the schedule is validated.
    pub(crate) fn read_in(&mut self) -> Result<(), Error> {
        self.strip_direction_controls();
        self.validate()
    }

    /// Takes the direction controls out of the schedule's names, titles, places and notes.
    fn strip_direction_controls(&mut self) {
        let strip = |t: &mut String| {
            if t.chars().any(is_direction_control) {
                t.retain(|c| !is_direction_control(c));
            }
        };
        let strip_opt = |t: &mut Option<String>| {
            if let Some(t) = t {
                strip(t)
            }
        };
        strip(&mut self.name);
        strip_opt(&mut self.alliance);
        for c in &mut self.campuses {
            for t in [&mut c.name, &mut c.short, &mut c.city, &mut c.country] {
                strip(t);
            }
            strip_opt(&mut c.code);
            strip_opt(&mut c.region);
            c.closures.iter_mut().for_each(|x| strip(&mut x.name));
            c.periods.iter_mut().for_each(|x| strip(&mut x.name));
        }
        self.cohorts.iter_mut().for_each(|x| strip(&mut x.name));
        self.lecturers.iter_mut().for_each(|x| strip(&mut x.name));
        self.rooms.iter_mut().for_each(|x| strip(&mut x.name));
        for x in &mut self.sessions {
            strip(&mut x.title);
            strip_opt(&mut x.course);
            strip_opt(&mut x.notes);
            strip_opt(&mut x.meeting_url);
        }
        for b in &mut self.busy {
            strip(&mut b.name);
            b.blocks.iter_mut().for_each(|x| strip(&mut x.title));
        }
    }

    /// Reads and validates a schedule file's bytes: UTF-8 (with or without a byte order mark)
    /// or UTF-16 with one, at most [`MAX_DOCUMENT_BYTES`](crate::input::MAX_DOCUMENT_BYTES).
    /// Text that is not UTF-8 is refused with its line and column.
    pub fn from_bytes(bytes: &[u8]) -> Result<Schedule, Error> {
        Schedule::from_json(&crate::input::document_text(bytes)?)
    }

    /// The schedule as pretty-printed JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Checks everything that JSON types alone cannot: unique ids, references that resolve,
    /// spans that end after they start, recurrence rules that make sense.
    pub fn validate(&self) -> Result<(), Error> {
        if self.format != FORMAT {
            return Err(Error::UnsupportedFormat(self.format.clone()));
        }
        if self.id.trim().is_empty() {
            return Err(invalid("id", Problem::IdEmpty));
        }
        check_term(&self.term, "term")?;
        let campuses = unique_ids(
            self.campuses.iter().map(|c| c.id.as_str()),
            "campuses",
            Item::Campus,
        )?;
        let cohorts = unique_ids(
            self.cohorts.iter().map(|c| c.id.as_str()),
            "cohorts",
            Item::Cohort,
        )?;
        let lecturers = unique_ids(
            self.lecturers.iter().map(|c| c.id.as_str()),
            "lecturers",
            Item::Lecturer,
        )?;
        let rooms = unique_ids(
            self.rooms.iter().map(|c| c.id.as_str()),
            "rooms",
            Item::Room,
        )?;
        unique_ids(
            self.sessions.iter().map(|c| c.id.as_str()),
            "sessions",
            Item::Session,
        )?;
        if self.campuses.is_empty() {
            return Err(invalid("campuses", Problem::NoCampus));
        }
        for (i, c) in self.campuses.iter().enumerate() {
            if c.code
                .as_ref()
                .is_some_and(|code| code.trim().is_empty() || code.chars().count() > 5)
            {
                return Err(invalid(
                    &format!("campuses[{i}].code"),
                    Problem::CampusCode {
                        campus: c.id.to_string(),
                    },
                ));
            }
            if let Some(t) = &c.term {
                check_term(t, &format!("campuses[{i}].term"))?;
            }
            if let Some(r) = &c.region {
                let ok = !r.trim().is_empty()
                    && r.trim() == r
                    && r.chars().count() <= crate::holidays::MAX_REGION_CHARS
                    && !r.chars().any(char::is_control);
                if !ok {
                    return Err(invalid(
                        &format!("campuses[{i}].region"),
                        Problem::CampusRegion {
                            campus: c.id.to_string(),
                            max: crate::holidays::MAX_REGION_CHARS,
                        },
                    ));
                }
            }
            for (j, p) in c.periods.iter().enumerate() {
                if p.end < p.start {
                    return Err(invalid(
                        &format!("campuses[{i}].periods[{j}].end"),
                        Problem::PeriodEndsBeforeStart {
                            name: p.name.clone(),
                        },
                    ));
                }
            }
            for (j, closure) in c.closures.iter().enumerate() {
                if closure.end.is_some_and(|e| e < closure.start) {
                    return Err(invalid(
                        &format!("campuses[{i}].closures[{j}].end"),
                        Problem::ClosureEndsBeforeStart {
                            name: closure.name.clone(),
                        },
                    ));
                }
            }
        }
        let known = |set: &HashSet<&str>, id: &str| set.contains(id);
        for (i, c) in self.cohorts.iter().enumerate() {
            if !known(&campuses, c.campus.as_str()) {
                return Err(invalid(
                    &format!("cohorts[{i}].campus"),
                    missing(Item::Cohort, c.id.as_str(), Item::Campus, c.campus.as_str()),
                ));
            }
        }
        for (i, r) in self.rooms.iter().enumerate() {
            if !known(&campuses, r.campus.as_str()) {
                return Err(invalid(
                    &format!("rooms[{i}].campus"),
                    missing(Item::Room, r.id.as_str(), Item::Campus, r.campus.as_str()),
                ));
            }
        }
        for (i, l) in self.lecturers.iter().enumerate() {
            if let Some(c) = &l.campus {
                if !known(&campuses, c.as_str()) {
                    return Err(invalid(
                        &format!("lecturers[{i}].campus"),
                        missing(Item::Lecturer, l.id.as_str(), Item::Campus, c.as_str()),
                    ));
                }
            }
        }
        unique_ids(
            self.busy.iter().map(|b| b.id.as_str()),
            "busy",
            Item::BusyCalendar,
        )?;
        for (i, b) in self.busy.iter().enumerate() {
            let at = |field: &str| format!("busy[{i}].{field}");
            let Some(target) = b.target() else {
                return Err(invalid(
                    &format!("busy[{i}]"),
                    Problem::BusyTargetNotOne { busy: b.id.clone() },
                ));
            };
            let (what, item, id, ids) = match target {
                BusyTarget::Campus(c) => ("campus", Item::Campus, c.as_str(), &campuses),
                BusyTarget::Cohort(c) => ("cohort", Item::Cohort, c.as_str(), &cohorts),
                BusyTarget::Lecturer(l) => ("lecturer", Item::Lecturer, l.as_str(), &lecturers),
                BusyTarget::Room(r) => ("room", Item::Room, r.as_str(), &rooms),
            };
            if !known(ids, id) {
                return Err(invalid(
                    &at(what),
                    missing(Item::BusyCalendar, &b.id, item, id),
                ));
            }
            if let Some(j) = b.blocks.iter().position(|x| x.end <= x.start) {
                return Err(invalid(
                    &at(&format!("blocks[{j}].end")),
                    Problem::BusyBlockEndsBeforeStart {
                        title: b.blocks[j].title.clone(),
                    },
                ));
            }
            if let Some(j) = b.blocks.iter().position(|x| {
                x.end.unix_seconds() - x.start.unix_seconds() > MAX_BUSY_BLOCK_SECONDS
            }) {
                return Err(invalid(
                    &at(&format!("blocks[{j}].end")),
                    Problem::BusyBlockTooLong {
                        title: b.blocks[j].title.clone(),
                    },
                ));
            }
        }
        for (i, s) in self.sessions.iter().enumerate() {
            let at = |field: &str| format!("sessions[{i}].{field}");
            let missing = |field: String, what: Item, id: &str| {
                invalid(&field, missing(Item::Session, s.id.as_str(), what, id))
            };
            if !known(&campuses, s.host.as_str()) {
                return Err(missing(at("host"), Item::HostCampus, s.host.as_str()));
            }
            for (j, c) in s.cohorts.iter().enumerate() {
                if !known(&cohorts, c.as_str()) {
                    return Err(missing(
                        at(&format!("cohorts[{j}]")),
                        Item::Cohort,
                        c.as_str(),
                    ));
                }
            }
            for (j, r) in s.rooms.iter().enumerate() {
                if !known(&rooms, r.as_str()) {
                    return Err(missing(at(&format!("rooms[{j}]")), Item::Room, r.as_str()));
                }
            }
            if let Some(l) = &s.lecturer {
                if !known(&lecturers, l.as_str()) {
                    return Err(missing(at("lecturer"), Item::Lecturer, l.as_str()));
                }
            }
            if s.duration_minutes == 0 || s.duration_minutes > MAX_DURATION_MINUTES {
                return Err(invalid(
                    &at("duration_minutes"),
                    Problem::SessionLength {
                        session: s.id.to_string(),
                    },
                ));
            }
            for (j, change) in s.changes.iter().enumerate() {
                let here = |field: &str| at(&format!("changes[{j}].{field}"));
                if !s.dates(&self.term).contains(&change.date) {
                    return Err(invalid(
                        &here("date"),
                        Problem::ChangeWithoutOccurrence {
                            session: s.id.to_string(),
                            date: change.date,
                        },
                    ));
                }
                if change
                    .duration_minutes
                    .is_some_and(|d| d == 0 || d > MAX_DURATION_MINUTES)
                {
                    return Err(invalid(&here("duration_minutes"), Problem::ChangeLength));
                }
                for (k, r) in change.rooms.iter().flatten().enumerate() {
                    if !known(&rooms, r.as_str()) {
                        return Err(missing(
                            here(&format!("rooms[{k}]")),
                            Item::Room,
                            r.as_str(),
                        ));
                    }
                }
            }
            if let Some(w) = &s.repeat {
                if w.interval == 0 || w.interval > 52 {
                    return Err(invalid(&at("repeat.interval"), Problem::RepeatInterval));
                }
                if w.count == Some(0) {
                    return Err(invalid(&at("repeat.count"), Problem::RepeatCount));
                }
                if w.until.is_some() && w.count.is_some() {
                    return Err(invalid(&at("repeat"), Problem::UntilAndCount));
                }
                if let Some(u) = w.until {
                    if u < s.start.date() {
                        return Err(invalid(
                            &at("repeat.until"),
                            Problem::UntilBeforeStart {
                                session: s.id.to_string(),
                                until: u,
                                first: s.start.date(),
                            },
                        ));
                    }
                }
            }
        }
        Ok(())
    }
}

pub(super) fn invalid(path: &str, problem: Problem) -> Error {
    Error::Invalid {
        path: path.to_string(),
        problem,
    }
}

/// `from` (`id`) refers to `to` (`target`), which is not in the schedule.
fn missing(from: Item, id: &str, to: Item, target: &str) -> Problem {
    Problem::MissingReference {
        from,
        id: id.to_string(),
        to,
        target: target.to_string(),
    }
}

pub(super) fn check_term(t: &Term, path: &str) -> Result<(), Error> {
    if t.end < t.start {
        return Err(invalid(
            &format!("{path}.end"),
            Problem::TermEndsBeforeStart {
                start: t.start,
                end: t.end,
            },
        ));
    }
    if t.start.days_until(t.end) > 366 {
        return Err(invalid(path, Problem::TermTooLong));
    }
    Ok(())
}

pub(super) fn unique_ids<'a>(
    ids: impl Iterator<Item = &'a str>,
    list: &str,
    item: Item,
) -> Result<HashSet<&'a str>, Error> {
    let mut seen = HashSet::new();
    for (i, id) in ids.enumerate() {
        if id.trim().is_empty() {
            return Err(invalid(
                &format!("{list}[{i}].id"),
                Problem::IdMissing { item },
            ));
        }
        if !seen.insert(id) {
            return Err(invalid(
                &format!("{list}[{i}].id"),
                Problem::DuplicateId {
                    item,
                    id: id.to_string(),
                },
            ));
        }
    }
    Ok(seen)
}

/// The path of a missing field: serde names the object (`.` for the whole document,
/// `sessions[0]`), and the field only in its message ([`JsonProblem::MissingField`]).
pub(super) fn path_of_missing_field(path: &str, problem: &JsonProblem) -> String {
    match (problem, path) {
        (JsonProblem::MissingField { field }, "." | "") => field.clone(),
        (JsonProblem::MissingField { field }, p) => format!("{p}.{field}"),
        (_, p) => p.to_string(),
    }
}

#[cfg(test)]
mod direction_tests {
    use crate::link::{self, LinkKind};
    use crate::Schedule;

    /// A schedule whose session title and schedule name carry the controls a link author used
    /// to make "evil" read "live", beside a Hebrew title with its marks.
    fn crafted() -> Schedule {
        let mut s = crate::demo::load("enhance-autumn-2026").unwrap();
        s.name = "\u{2067}Autumn\u{2069} term".into();
        s.sessions[0].title = "\u{202E}evil\u{202C} lecture".into();
        s.sessions[1].title = "\u{200F}סמינר אנרגיה\u{200F}".into();
        s.cohorts[0].name = "\u{202B}MSc\u{202C} \u{2066}1\u{2069}".into();
        s
    }

    #[test]
    fn a_title_with_bidi_overrides_read_live_so_links_and_files_drop_them() {
        let view = LinkKind::View {
            campus: None,
            cohort: None,
        };
        let from_link = link::decode(&link::encode(&crafted(), &view).unwrap())
            .unwrap()
            .schedule;
        let from_file = Schedule::from_json(&crafted().to_json()).unwrap();
        for s in [from_link, from_file] {
            assert_eq!(s.sessions[0].title, "evil lecture");
            assert_eq!(s.name, "Autumn term");
            assert_eq!(s.cohorts[0].name, "MSc 1");
            // Right-to-left letters and their marks are kept as they are.
            assert_eq!(s.sessions[1].title, "\u{200F}סמינר אנרגיה\u{200F}");
        }
    }
}
