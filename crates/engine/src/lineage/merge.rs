//! Three-way merge: two versions made from one base, every change made on only one side (or
//! the same on both) applied, and a question for each item both sides changed differently.

use super::diff::{apply, apply_unchecked, diff, validated, Change, Part, Subject};
use crate::schedule::Schedule;
use crate::Error;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// Which version an answer keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Side {
    /// The version of the one merging (the first of the two).
    Mine,
    /// The other version (a partner's link, another tab).
    Theirs,
}

/// Why a question is asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionKind {
    /// Both sides changed the same thing differently (or added an item with the same id and
    /// different contents).
    BothChanged,
    /// One side removed the item, the other changed it.
    RemovedAndChanged,
    /// Each side's changes are fine alone, but together they make a schedule that does not
    /// pass validation (e.g. a session added for a cohort the other side removed); `mine` and
    /// `theirs` hold each side's changes to the item, and the side chosen is kept.
    DoesNotFit,
}

/// A conflict of versions: an item both sides changed in ways Meridian does not choose
/// between. `mine` and `theirs` are each side's changes to it from the base (their `after`
/// values are what each side has; an empty list: that side left the item as the base has it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    /// The item.
    pub subject: Subject,
    /// Why it is asked.
    pub kind: QuestionKind,
    /// My changes to it.
    pub mine: Vec<Change>,
    /// Their changes to it.
    pub theirs: Vec<Change>,
}

impl Question {
    /// The changes an answer keeps.
    pub fn side(&self, side: Side) -> &[Change] {
        match side {
            Side::Mine => &self.mine,
            Side::Theirs => &self.theirs,
        }
    }
}

/// The result of a three-way [`merge`]: the schedule with every change that needs no choice,
/// and the questions that do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merge {
    /// The base with every change made on one side only, or the same on both, applied; the
    /// items in question as the base has them. Valid.
    pub schedule: Schedule,
    /// The changes applied to the base to make `schedule`.
    pub applied: Vec<Change>,
    /// The conflicts of versions, each to be answered with a [`Side`].
    pub questions: Vec<Question>,
}

impl Merge {
    /// The merged schedule with one answer per question (in the order of `questions`),
    /// validated like an imported file. Refused when the answers are not one per question, or
    /// when the sides chosen do not fit together (an error names the place).
    pub fn settle(&self, answers: &[Side]) -> Result<Schedule, Error> {
        if answers.len() != self.questions.len() {
            return Err(Error::Invalid {
                path: "answers".into(),
                problem: crate::Problem::AnswerCount {
                    questions: self.questions.len(),
                    answers: answers.len(),
                },
            });
        }
        let chosen: Vec<Change> = self
            .questions
            .iter()
            .zip(answers)
            .flat_map(|(q, side)| q.side(*side).iter().cloned())
            .collect();
        if chosen.is_empty() {
            return Ok(self.schedule.clone());
        }
        apply(&self.schedule, &chosen)
    }

    /// [`Merge::settle`] with the same answer to every question.
    pub fn settle_all(&self, side: Side) -> Result<Schedule, Error> {
        self.settle(&vec![side; self.questions.len()])
    }
}

/// The most times [`merge`] takes out an item whose changes do not fit before it stops trying
/// to apply the rest (each try costs one validation of the whole schedule).
pub const MAX_MISFITS: usize = 64;

/// Parts of a session that move together: its first start, its repeat and its single weeks
/// (a move shifts all of them), so they are asked about together.
fn unit(subject: &Subject, part: Part) -> Part {
    match (subject, &part) {
        (Subject::Session(_), Part::Field("start" | "repeat") | Part::Week(_)) => {
            Part::Field("timing")
        }
        _ => part,
    }
}

/// Changes of one item, mine and theirs.
#[derive(Default)]
struct Sides {
    mine: Vec<Change>,
    theirs: Vec<Change>,
}

/// Merges two versions made from `base`: changes made on one side only, or the same on both,
/// are applied; an item both sides changed differently (the same field, a session's timing,
/// an item added twice with one id) or removed on one side and changed on the other is a
/// [`Question`], never guessed. Changes that each fit but together fail validation are taken
/// out into questions too ([`QuestionKind::DoesNotFit`]), so the merged schedule is always valid.
/// Two diffs, grouping by id and one validation: linear in the sizes, apart from sorting, plus
/// one validation per misfit (at most [`MAX_MISFITS`]).
pub fn merge(base: &Schedule, mine: &Schedule, theirs: &Schedule) -> Merge {
    let mut order: Vec<Subject> = Vec::new();
    let mut by_subject: HashMap<Subject, Sides> = HashMap::new();
    for (side, changes) in [
        (Side::Mine, diff(base, mine)),
        (Side::Theirs, diff(base, theirs)),
    ] {
        for c in changes {
            let subject = c.subject();
            let entry = by_subject.entry(subject.clone()).or_insert_with(|| {
                order.push(subject);
                Sides::default()
            });
            match side {
                Side::Mine => entry.mine.push(c),
                Side::Theirs => entry.theirs.push(c),
            }
        }
    }
    // Subjects in diff order: the schedule, campuses, people and rooms, then sessions.
    order.sort_by_key(|s| match s {
        Subject::Schedule => 0,
        Subject::Campus(_) => 1,
        Subject::Cohort(_) => 2,
        Subject::Lecturer(_) => 3,
        Subject::Room(_) => 4,
        Subject::Busy(_) => 5,
        Subject::Session(_) => 6,
    });
    let mut groups: Vec<(Subject, Sides)> = Vec::new();
    let mut questions = Vec::new();
    for subject in order {
        let Some(sides) = by_subject.remove(&subject) else {
            continue;
        };
        let (auto, question) = settle_subject(&subject, sides);
        if let Some(q) = question {
            questions.push(q);
        }
        if !(auto.mine.is_empty() && auto.theirs.is_empty()) {
            groups.push((subject, auto));
        }
    }
    let flat = |groups: &[(Subject, Sides)]| -> Vec<Change> {
        let mut out = Vec::new();
        for (_, s) in groups {
            out.extend(s.mine.iter().cloned());
            // What both sides did once (changes as JSON in a set: linear).
            let mine: HashSet<String> = if s.theirs.is_empty() {
                HashSet::new()
            } else {
                s.mine.iter().map(json).collect()
            };
            out.extend(
                s.theirs
                    .iter()
                    .filter(|c| !mine.contains(&json(c)))
                    .cloned(),
            );
        }
        out
    };
    for _ in 0..=MAX_MISFITS {
        let applied = flat(&groups);
        let last = groups.len().checked_sub(1);
        let culprit = match apply_unchecked(base, &applied) {
            Ok(made) => match validated(&made) {
                Ok(schedule) => {
                    return Merge {
                        schedule,
                        applied,
                        questions,
                    }
                }
                // The item the error is about; when no group changed it, the last group
                // (sessions come last) is taken out first.
                Err(e) => blame(&made, &e)
                    .and_then(|b| groups.iter().position(|(x, _)| *x == b))
                    .or(last),
            },
            Err(_) => last,
        };
        let Some(i) = culprit else {
            break;
        };
        let (subject, sides) = groups.remove(i);
        questions.push(Question {
            subject,
            kind: QuestionKind::DoesNotFit,
            mine: sides.mine,
            theirs: sides.theirs,
        });
    }
    // Too many misfits to take out one by one: every change is asked.
    for (subject, sides) in groups {
        questions.push(Question {
            subject,
            kind: QuestionKind::DoesNotFit,
            mine: sides.mine,
            theirs: sides.theirs,
        });
    }
    Merge {
        schedule: base.clone(),
        applied: Vec::new(),
        questions,
    }
}

/// One item's changes split into those applied without a choice and a question, if any.
fn settle_subject(subject: &Subject, sides: Sides) -> (Sides, Option<Question>) {
    let Sides { mine, theirs } = sides;
    if mine.is_empty() || theirs.is_empty() || same_set(&mine, &theirs) {
        return (Sides { mine, theirs }, None);
    }
    if mine.iter().chain(&theirs).any(Change::removes) {
        return (
            Sides::default(),
            Some(Question {
                subject: subject.clone(),
                kind: QuestionKind::RemovedAndChanged,
                mine,
                theirs,
            }),
        );
    }
    // Each side's changes by unit; a unit both sides changed differently is in question.
    let mut by_unit: HashMap<Part, Sides> = HashMap::new();
    for (c, mine_side) in mine
        .iter()
        .map(|c| (c, true))
        .chain(theirs.iter().map(|c| (c, false)))
    {
        let entry = by_unit.entry(unit(subject, c.part())).or_default();
        if mine_side {
            entry.mine.push(c.clone());
        } else {
            entry.theirs.push(c.clone());
        }
    }
    let conflicting: HashSet<Part> = by_unit
        .into_iter()
        .filter(|(_, s)| {
            !s.mine.is_empty() && !s.theirs.is_empty() && !same_set(&s.mine, &s.theirs)
        })
        .map(|(u, _)| u)
        .collect();
    let split = |cs: Vec<Change>| -> (Vec<Change>, Vec<Change>) {
        cs.into_iter()
            .partition(|c| !conflicting.contains(&unit(subject, c.part())))
    };
    let (mine_auto, mine_asked) = split(mine);
    let (their_auto, their_asked) = split(theirs);
    let question = (!conflicting.is_empty()).then(|| Question {
        subject: subject.clone(),
        kind: QuestionKind::BothChanged,
        mine: mine_asked,
        theirs: their_asked,
    });
    (
        Sides {
            mine: mine_auto,
            theirs: their_auto,
        },
        question,
    )
}

fn json(c: &Change) -> String {
    serde_json::to_string(c).unwrap_or_default()
}

/// Whether two lists hold the same changes, whatever their order (in n log n).
fn same_set(a: &[Change], b: &[Change]) -> bool {
    let sorted = |cs: &[Change]| {
        let mut texts: Vec<String> = cs.iter().map(json).collect();
        texts.sort_unstable();
        texts
    };
    a.len() == b.len() && (a == b || sorted(a) == sorted(b))
}

/// The item a validation error's path points at (`sessions[3].cohorts[0]` → that session).
fn blame(s: &Schedule, e: &Error) -> Option<Subject> {
    let Error::Invalid { path, .. } = e else {
        return None;
    };
    let (list, rest) = path.split_once('[')?;
    let index: usize = rest.split(']').next()?.parse().ok()?;
    Some(match list {
        "sessions" => Subject::Session(s.sessions.get(index)?.id.clone()),
        "campuses" => Subject::Campus(s.campuses.get(index)?.id.clone()),
        "cohorts" => Subject::Cohort(s.cohorts.get(index)?.id.clone()),
        "lecturers" => Subject::Lecturer(s.lecturers.get(index)?.id.clone()),
        "rooms" => Subject::Room(s.rooms.get(index)?.id.clone()),
        "busy" => Subject::Busy(s.busy.get(index)?.id.clone()),
        _ => return None,
    })
}
