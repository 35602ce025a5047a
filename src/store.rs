//! The app's one source of truth: [`State`] changed only by [`Action`]s, each named for what
//! happened. Components read the state and dispatch actions; nothing else mutates it.

use crate::library::Entry;
use meridian_engine::edit::OccurrenceEdit;
use meridian_engine::link::LinkKind;
use meridian_engine::schedule::Schedule;
use meridian_engine::{demo, CivilDate, Instant, Zone};
use std::rc::Rc;
use yew::Reducible;

/// Where the open schedule came from.
#[derive(Debug, Clone, PartialEq)]
pub enum Origin {
    /// A demo (by file stem).
    Demo(&'static str),
    /// A share link: a copy to look at, not stored until the user saves it.
    Shared(LinkKind),
    /// The user's schedules in this browser.
    Saved,
}

/// Which screen is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The coordinator's week grid of every session.
    Planner,
    /// A student's own timetable (agenda, week, notices, calendar file).
    Timetable,
}

/// Whose timetable a student looks at.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StudentChoice {
    /// Their campus.
    pub campus: Option<meridian_engine::schedule::CampusId>,
    /// Their cohort.
    pub cohort: Option<meridian_engine::schedule::CohortId>,
}

/// What the app shows.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// Planner or timetable.
    pub mode: Mode,
    /// The student's campus and cohort in the timetable.
    pub student: StudentChoice,
    /// Whether the viewer's locale reads a 12-hour clock.
    pub twelve_hour: bool,
    /// Where the open schedule came from.
    pub origin: Origin,
    /// The schedules kept in this browser.
    pub library: Vec<Entry>,
    /// The open schedule.
    pub schedule: Rc<Schedule>,
    /// Monday of the shown week (a date in the reference zone).
    pub week: CivilDate,
    /// The zone the grid is drawn in.
    pub reference: Zone,
    /// The viewer's own zone (detected, switchable).
    pub viewer: Zone,
    /// The day shown on a phone (0 = Monday).
    pub day: usize,
    /// A problem to show (e.g. a demo that failed to load, a zone that was not found).
    pub notice: Option<String>,
    /// Today in the viewer's zone, when the browser said (a schedule opens on this week).
    pub today: Option<CivilDate>,
    /// Something that went well, said calmly (e.g. what an import added).
    pub status: Option<String>,
    /// Earlier versions of the schedule, the latest last (undo).
    pub past: Vec<Rc<Schedule>>,
    /// Versions undone, the next to redo last.
    pub future: Vec<Rc<Schedule>>,
    /// Sessions to highlight (a conflict the user asked to see).
    pub highlight: Vec<meridian_engine::schedule::SessionId>,
    /// The session that keeps the keyboard focus after a keyboard edit.
    pub focus: Option<usize>,
    /// The session form, when open, and what it edits.
    pub form: Option<FormTarget>,
    /// Minutes a drag snaps to, and a keyboard move or resize steps by (5 or 15).
    pub snap: i64,
    /// A drag of a series was dropped: move or resize this week only, or every week?
    pub pending: Option<Gesture>,
}

/// What the session form edits.
#[derive(Debug, Clone, PartialEq)]
pub enum FormTarget {
    /// A new session; at a time picked on the grid (start, minutes) when one was dragged out.
    New(Option<(Instant, u32)>),
    /// An existing session, opened from one of its occurrences (named by its date in the
    /// series) or from a list.
    Session {
        /// Index of the session.
        index: usize,
        /// The occurrence it was opened from.
        occurrence: Option<CivilDate>,
    },
    /// An existing session, opened to find it a better time (from the conflicts list): the
    /// form opens with its suggestions.
    FindingTime {
        /// Index of the session.
        index: usize,
        /// The week to move on its own (its date in the series), when the conflict is about one
        /// week of a series; `None` moves the whole series.
        week: Option<CivilDate>,
    },
}

/// A session moved or resized on the grid by pointer (minutes, snapped).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Gesture {
    /// Index of the session.
    pub session: usize,
    /// The occurrence that was dragged, by its date in the series.
    pub date: CivilDate,
    /// Moved (start later by minutes) or resized (longer by minutes).
    pub kind: GestureKind,
    /// Minutes later or longer (earlier or shorter when negative).
    pub minutes: i64,
}

/// Whether a drag moved a session or changed its length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GestureKind {
    /// Dragged by its body.
    Move,
    /// Dragged by its lower edge.
    Resize,
}

/// Which occurrences an edit of one occurrence of a series applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Only the occurrence that was dragged.
    ThisWeek,
    /// The whole series.
    EveryWeek,
}

impl Gesture {
    /// The edit this gesture makes in a scope.
    pub fn edit(&self, scope: Scope) -> Edit {
        let (session, date, minutes) = (self.session, self.date, self.minutes);
        match (self.kind, scope) {
            (GestureKind::Move, Scope::EveryWeek) => Edit::SessionMoved { session, minutes },
            (GestureKind::Resize, Scope::EveryWeek) => Edit::SessionResized { session, minutes },
            (GestureKind::Move, Scope::ThisWeek) => Edit::OccurrenceMoved {
                session,
                date,
                minutes,
            },
            (GestureKind::Resize, Scope::ThisWeek) => Edit::OccurrenceResized {
                session,
                date,
                minutes,
            },
        }
    }
}

/// Minutes a drag snaps to unless the coordinator picks another step.
pub const DEFAULT_SNAP_MINUTES: i64 = 15;

/// How many versions undo keeps.
pub const UNDO_DEPTH: usize = 100;

/// A change the coordinator made to the open schedule.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// A series (all its weeks) moved by minutes and days.
    SessionMoved {
        /// Index of the session.
        session: usize,
        /// Minutes later (earlier when negative).
        minutes: i64,
    },
    /// A session made longer or shorter.
    SessionResized {
        /// Index of the session.
        session: usize,
        /// Minutes more (fewer when negative).
        minutes: i64,
    },
    /// A session removed.
    SessionDeleted(usize),
    /// A new session.
    SessionAdded(Box<meridian_engine::Session>),
    /// A session's fields changed in the form.
    SessionReplaced(usize, Box<meridian_engine::Session>),
    /// A partner's calendar read as busy time (its blocks already read from the file).
    BusyImported(Box<meridian_engine::schedule::BusyCalendar>),
    /// Campuses, cohorts, lecturers or rooms changed (the whole schedule as edited).
    ScheduleChanged(Box<Schedule>),
    /// The schedule's name changed.
    ScheduleRenamed(String),
    /// One occurrence of a series moved, this week only.
    OccurrenceMoved {
        /// Index of the session.
        session: usize,
        /// The occurrence, by its date in the series.
        date: CivilDate,
        /// Minutes later (earlier when negative).
        minutes: i64,
    },
    /// One occurrence of a series made longer or shorter, this week only.
    OccurrenceResized {
        /// Index of the session.
        session: usize,
        /// The occurrence, by its date in the series.
        date: CivilDate,
        /// Minutes more (fewer when negative).
        minutes: i64,
    },
    /// One occurrence of a series changed in the form, this week only.
    OccurrenceChanged {
        /// Index of the session.
        session: usize,
        /// The occurrence, by its date in the series.
        date: CivilDate,
        /// Its start, length and rooms from now on.
        change: Box<OccurrenceEdit>,
    },
    /// One occurrence of a series cancelled (added to the series' skipped dates).
    OccurrenceSkipped {
        /// Index of the session.
        session: usize,
        /// The occurrence, by its date in the series.
        date: CivilDate,
    },
}

/// Something the user did.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A demo schedule was opened (by file stem).
    DemoOpened(&'static str),
    /// A share link was opened: its schedule is shown as a copy.
    LinkOpened(LinkKind, Rc<Schedule>),
    /// A schedule kept in this browser was opened.
    SavedOpened(Rc<Schedule>),
    /// A new schedule was made (from a preset); it is stored from now on.
    ScheduleCreated(Rc<Schedule>),
    /// The open schedule was saved to this browser (possibly as a copy with a new identity);
    /// the list is what storage holds now.
    Saved(Rc<Schedule>, Vec<Entry>),
    /// The list of stored schedules was read.
    LibraryRead(Vec<Entry>),
    /// Something went wrong that the user should know (a bad link, full storage).
    ProblemReported(String),
    /// Busy time was imported into the open schedule (the new schedule, and what to tell).
    /// The coordinator changed the schedule.
    Edited(Edit),
    /// The session form was opened (for a new session, or to edit one).
    SessionFormOpened(FormTarget),
    /// The session form was closed without a change.
    SessionFormClosed,
    /// The last change was undone.
    Undone,
    /// The last undone change was made again.
    Redone,
    /// Sessions were picked to be shown (from the conflicts list), in the week of `week`.
    ConflictShown(Vec<meridian_engine::schedule::SessionId>, CivilDate),
    /// A better time was asked for a session of a conflict (by id): for one week of it (its
    /// date in the series), or for the whole session.
    TimeSought(meridian_engine::schedule::SessionId, Option<CivilDate>),
    /// The planner or the timetable was chosen.
    ModeChosen(Mode),
    /// A student said which campus and cohort they are in.
    StudentChosen(StudentChoice),
    /// A week was chosen (its Monday).
    WeekChosen(CivilDate),
    /// The reference zone of the grid was changed.
    ReferenceZoneChosen(Zone),
    /// The viewer said which zone they are in.
    ViewerZoneChosen(Zone),
    /// The viewer typed a zone that does not exist; the message says what to do.
    ZoneRejected(String),
    /// A day was picked in the one-day (phone) view.
    DayChosen(usize),
    /// A snapping step was chosen for drags and keyboard moves (minutes).
    SnapChosen(i64),
    /// A session was dragged on the grid and dropped: a one-off changes at once, a series
    /// asks whether this week only or every week.
    Dropped(Gesture),
    /// The coordinator said which weeks a dropped drag applies to.
    ScopeChosen(Scope),
    /// The coordinator cancelled a dropped drag.
    DropCancelled,
}

impl State {
    /// The state for a demo schedule, opened on `week` (or the week of `today` when it is in the
    /// term, else the term's first week), drawn in the host's zone unless `reference` is given.
    pub fn open(
        name: &'static str,
        viewer: Zone,
        today: Option<CivilDate>,
        week: Option<CivilDate>,
        reference: Option<Zone>,
    ) -> State {
        let (schedule, notice) = match demo::load(name) {
            Ok(s) => (s, None),
            Err(e) => (
                fallback_schedule(),
                Some(format!("The demo schedule could not be loaded: {e}")),
            ),
        };
        let term = schedule.term;
        let week = week
            .or(today.filter(|d| term.contains(*d)))
            .unwrap_or(term.start)
            .monday();
        let reference = reference
            .or_else(|| schedule.campuses.first().map(|c| c.zone))
            .unwrap_or(viewer);
        let day = today
            .filter(|d| d.monday() == week)
            .map_or(0, |d| d.weekday().index());
        State {
            mode: Mode::Planner,
            student: StudentChoice::default(),
            twelve_hour: false,
            origin: Origin::Demo(name),
            library: Vec::new(),
            schedule: Rc::new(schedule),
            week,
            reference,
            viewer,
            day,
            notice,
            today,
            status: None,
            past: Vec::new(),
            future: Vec::new(),
            highlight: Vec::new(),
            focus: None,
            form: None,
            snap: DEFAULT_SNAP_MINUTES,
            pending: None,
        }
    }

    /// The state for another schedule, keeping the viewer's zone and the stored list: opened on
    /// the week of `today` when it is in the term, else its first week, in its host's zone.
    pub fn with_schedule(&self, origin: Origin, schedule: Rc<Schedule>) -> State {
        let today = self.today;
        let term = schedule.term;
        let (mode, student) = match &origin {
            Origin::Shared(LinkKind::View { campus, cohort }) => (
                Mode::Timetable,
                StudentChoice {
                    campus: campus.clone().or_else(|| {
                        let c = cohort.as_ref()?;
                        schedule
                            .cohorts
                            .iter()
                            .find(|x| x.id == *c)
                            .map(|x| x.campus.clone())
                    }),
                    cohort: cohort.clone(),
                },
            ),
            _ => (self.mode, StudentChoice::default()),
        };
        let week = today
            .filter(|d| term.contains(*d))
            .unwrap_or(term.start)
            .monday();
        State {
            mode,
            student,
            twelve_hour: self.twelve_hour,
            origin,
            library: self.library.clone(),
            reference: schedule.campuses.first().map_or(self.viewer, |c| c.zone),
            schedule,
            week,
            viewer: self.viewer,
            day: today
                .filter(|d| d.monday() == week)
                .map_or(0, |d| d.weekday().index()),
            notice: None,
            today,
            status: None,
            past: Vec::new(),
            future: Vec::new(),
            highlight: Vec::new(),
            focus: None,
            form: None,
            snap: self.snap,
            pending: None,
        }
    }

    /// Mondays of every week of the term.
    pub fn term_weeks(&self) -> Vec<CivilDate> {
        self.schedule.term.week_mondays()
    }
}

fn fallback_schedule() -> Schedule {
    // The smallest valid schedule, so that the app can still draw and explain the problem.
    Schedule::from_json(
        r#"{"format":"meridian/1","id":"empty","name":"Empty schedule","term":{"start":"2026-09-07","end":"2026-12-18"},
        "campuses":[{"id":"utc","name":"UTC","short":"UTC","city":"—","zone":"UTC"}]}"#,
    )
    .unwrap_or_else(|_| unreachable!("the fallback schedule is valid"))
}

impl State {
    /// Records a new version of the schedule: the current one goes to the undo history, and a
    /// schedule that is not stored yet (a demo, a shared copy) becomes the user's own copy under
    /// a free identity, which autosave then keeps. Nothing stored is ever overwritten by this.
    fn changed(&self, next: &mut State, mut schedule: Schedule, what: Option<String>) {
        let mut before = self.schedule.clone();
        if self.origin != Origin::Saved {
            // The copy takes a free identity (and "(my copy)" for a demo) from the version
            // before the change on, so that undo stays within the copy.
            let rename = |s: &mut Schedule| {
                if matches!(self.origin, Origin::Demo(_))
                    || self.library.iter().any(|e| e.id == s.id)
                {
                    s.id = crate::library::copy_beside(s, &self.library).id;
                }
                if matches!(self.origin, Origin::Demo(_)) {
                    s.name = format!("{} (my copy)", s.name);
                }
            };
            rename(&mut schedule);
            let mut b = (*before).clone();
            rename(&mut b);
            before = Rc::new(b);
            next.origin = Origin::Saved;
            next.past.clear();
        }
        next.past.push(before);
        if next.past.len() > UNDO_DEPTH {
            next.past.remove(0);
        }
        next.future.clear();
        list(&mut next.library, &schedule);
        next.schedule = Rc::new(schedule);
        next.status = what;
        next.notice = None;
    }
}

/// The list of stored schedules as it will be once autosave has written `schedule`.
fn list(library: &mut Vec<crate::library::Entry>, schedule: &Schedule) {
    let entry = crate::library::Entry {
        id: schedule.id.clone(),
        name: schedule.name.clone(),
    };
    match library.iter_mut().find(|e| e.id == entry.id) {
        Some(e) => *e = entry,
        None => library.push(entry),
    }
}

/// The schedule after an edit, and a line saying what changed; or why it cannot be made. Each
/// edit is one engine call (which validates its result); this only words what happened.
pub fn apply(schedule: &Schedule, edit: &Edit) -> Result<(Schedule, String), String> {
    use crate::timetable_view::{length, shift, short_date};
    let title = |i: usize| {
        schedule
            .sessions
            .get(i)
            .map(|x| x.title.clone())
            .ok_or_else(|| "That session is no longer in the schedule.".to_string())
    };
    let refused = |e: meridian_engine::Error| format!("That change is not possible: {e}");
    Ok(match *edit {
        Edit::SessionMoved { session, minutes } => {
            let title = title(session)?;
            let s = schedule.with_session_moved(session, minutes);
            (
                s.map_err(refused)?,
                format!("Moved {title} {}.", shift(minutes)),
            )
        }
        Edit::SessionResized { session, minutes } => {
            let title = title(session)?;
            let s = schedule
                .with_session_resized(session, minutes)
                .map_err(refused)?;
            let lasts = i64::from(s.sessions[session].duration_minutes);
            (s, format!("{title} now lasts {}.", length(lasts)))
        }
        Edit::SessionDeleted(session) => {
            let title = title(session)?;
            let s = schedule.without_session(session).map_err(refused)?;
            (s, format!("Deleted {title}. Undo brings it back."))
        }
        Edit::SessionAdded(ref new) => {
            let s = schedule.with_session_added((**new).clone());
            (s.map_err(refused)?, format!("Added {}.", new.title))
        }
        Edit::SessionReplaced(session, ref new) => {
            title(session)?;
            let s = schedule.with_session_replaced(session, (**new).clone());
            (s.map_err(refused)?, format!("Saved {}.", new.title))
        }
        Edit::BusyImported(ref calendar) => {
            let s = schedule
                .with_busy_calendar((**calendar).clone())
                .map_err(refused)?;
            let blocks = calendar.blocks.len();
            let what = format!(
                "Imported {blocks} busy block{} from “{}”: they take part in the conflict check and show greyed in the grid.",
                if blocks == 1 { "" } else { "s" },
                calendar.name
            );
            (s, what)
        }
        Edit::ScheduleRenamed(ref name) => {
            let s = schedule
                .renamed(name)
                .map_err(|_| "A schedule needs a name.".to_string())?;
            let what = format!("Renamed to “{}”.", s.name);
            (s, what)
        }
        Edit::OccurrenceMoved {
            session,
            date,
            minutes,
        } => {
            let title = title(session)?;
            let s = schedule.with_occurrence_moved(session, date, minutes);
            let what = format!(
                "Moved {title} on {} {}, that week only.",
                short_date(date),
                shift(minutes)
            );
            (s.map_err(refused)?, what)
        }
        Edit::OccurrenceResized {
            session,
            date,
            minutes,
        } => {
            let title = title(session)?;
            let s = schedule
                .with_occurrence_resized(session, date, minutes)
                .map_err(refused)?;
            let lasts = s.sessions[session]
                .change_on(date)
                .and_then(|c| c.duration_minutes)
                .unwrap_or(s.sessions[session].duration_minutes);
            let what = format!(
                "{title} on {} now lasts {}, that week only.",
                short_date(date),
                length(i64::from(lasts))
            );
            (s, what)
        }
        Edit::OccurrenceChanged {
            session,
            date,
            ref change,
        } => {
            let title = title(session)?;
            let s = schedule.with_occurrence_changed(session, date, (**change).clone());
            let what = format!("Saved {title} on {}, that week only.", short_date(date));
            (s.map_err(refused)?, what)
        }
        Edit::OccurrenceSkipped { session, date } => {
            let title = title(session)?;
            let s = schedule.with_occurrence_skipped(session, date);
            let what = format!(
                "{title} does not take place on {}. Undo brings it back.",
                short_date(date)
            );
            (s.map_err(refused)?, what)
        }
        Edit::ScheduleChanged(ref new) => {
            let s = schedule.with_setup_of((**new).clone());
            (
                s.map_err(refused)?,
                "Saved campuses and people.".to_string(),
            )
        }
    })
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::DemoOpened(name) => {
                next = State::open(name, self.viewer, self.today, None, None);
                next.library = self.library.clone();
                next.mode = self.mode;
                next.twelve_hour = self.twelve_hour;
            }
            Action::LinkOpened(kind, schedule) => {
                next = self.with_schedule(Origin::Shared(kind), schedule);
            }
            Action::SavedOpened(schedule) => {
                next = self.with_schedule(Origin::Saved, schedule);
            }
            Action::ScheduleCreated(schedule) => {
                let name = schedule.name.clone();
                next = self.with_schedule(Origin::Saved, schedule.clone());
                list(&mut next.library, &schedule);
                next.mode = Mode::Planner;
                next.status = Some(format!(
                    "Created “{name}”. Add sessions with “New session”; every change is kept in this browser."
                ));
            }
            Action::Saved(schedule, library) => {
                next.schedule = schedule;
                next.library = library;
                next.origin = Origin::Saved;
                next.notice = None;
            }
            Action::LibraryRead(library) => next.library = library,
            Action::ProblemReported(message) => next.notice = Some(message),
            Action::Edited(edit) => match apply(&self.schedule, &edit) {
                Ok((schedule, what)) => {
                    self.changed(&mut next, schedule, Some(what));
                    next.form = None;
                    next.pending = None;
                    next.focus = match edit {
                        Edit::SessionMoved { session, .. }
                        | Edit::SessionResized { session, .. } => Some(session),
                        _ => None,
                    };
                }
                Err(why) => {
                    next.notice = Some(why);
                    next.pending = None;
                }
            },
            Action::SessionFormOpened(which) => next.form = Some(which),
            Action::SessionFormClosed => next.form = None,
            Action::Undone => {
                if let Some(previous) = next.past.pop() {
                    next.future
                        .push(std::mem::replace(&mut next.schedule, previous));
                    next.status = Some("Undone.".into());
                }
            }
            Action::Redone => {
                if let Some(later) = next.future.pop() {
                    next.past.push(std::mem::replace(&mut next.schedule, later));
                    next.status = Some("Done again.".into());
                }
            }
            Action::ConflictShown(sessions, week) => {
                next.highlight = sessions;
                next.week = week.monday();
                next.mode = Mode::Planner;
            }
            Action::TimeSought(id, week) => {
                if let Some(index) = next.schedule.sessions.iter().position(|x| x.id == id) {
                    // A one-off has no "this week only": its week is the session.
                    let week = week.filter(|_| next.schedule.sessions[index].repeat.is_some());
                    next.form = Some(FormTarget::FindingTime { index, week });
                    next.mode = Mode::Planner;
                }
            }
            Action::ModeChosen(mode) => next.mode = mode,
            Action::StudentChosen(choice) => next.student = choice,
            Action::WeekChosen(monday) => {
                next.week = monday.monday();
                next.notice = None;
                next.status = None;
                next.focus = None;
            }
            Action::ReferenceZoneChosen(zone) => next.reference = zone,
            Action::ViewerZoneChosen(zone) => {
                next.viewer = zone;
                next.notice = None;
            }
            Action::ZoneRejected(message) => next.notice = Some(message),
            Action::DayChosen(day) => next.day = day.min(6),
            Action::SnapChosen(minutes) => next.snap = minutes.clamp(1, 60),
            Action::Dropped(g) => {
                let series = self
                    .schedule
                    .sessions
                    .get(g.session)
                    .is_some_and(|x| x.repeat.is_some());
                if series {
                    next.pending = Some(g);
                } else {
                    return self.reduce(Action::Edited(g.edit(Scope::EveryWeek)));
                }
            }
            Action::ScopeChosen(scope) => {
                if let Some(g) = self.pending {
                    return self.reduce(Action::Edited(g.edit(scope)));
                }
            }
            Action::DropCancelled => next.pending = None,
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> CivilDate {
        CivilDate::parse(s).unwrap()
    }

    #[test]
    fn opening_a_demo_during_its_term_shows_the_current_week() {
        let berlin = Zone::parse("Europe/Berlin").unwrap();
        let s = State::open(
            "enhance-autumn-2026",
            berlin,
            Some(date("2026-11-25")),
            None,
            None,
        );
        assert_eq!(s.week, date("2026-11-23"));
        assert_eq!(s.day, 2);
        let before = State::open(
            "enhance-autumn-2026",
            berlin,
            Some(date("2026-05-01")),
            None,
            None,
        );
        assert_eq!(
            before.week,
            date("2026-09-07"),
            "outside the term: its first week"
        );
        assert_eq!(
            before.reference.name(),
            "Europe/Berlin",
            "the host campus's zone by default"
        );
    }

    #[test]
    fn actions_change_only_what_they_name() {
        let berlin = Zone::parse("Europe/Berlin").unwrap();
        let s = Rc::new(State::open("enhance-autumn-2026", berlin, None, None, None));
        let s2 = s.clone().reduce(Action::WeekChosen(date("2026-10-21")));
        assert_eq!(s2.week, date("2026-10-19"));
        assert_eq!(s2.schedule, s.schedule);
        let s3 = s2.reduce(Action::DemoOpened("gma-spring-2027"));
        assert_eq!(s3.schedule.id, "demo-gma-spring-2027");
        assert_eq!(s3.week, date("2027-03-01"));
        assert_eq!(
            s3.viewer, berlin,
            "the viewer's zone survives opening another schedule"
        );
    }

    #[test]
    fn the_first_edit_of_a_demo_makes_a_copy_and_undo_stays_in_it() {
        let berlin = Zone::parse("Europe/Berlin").unwrap();
        let s = Rc::new(State::open("enhance-autumn-2026", berlin, None, None, None));
        let moved = s.clone().reduce(Action::Edited(Edit::SessionMoved {
            session: 4,
            minutes: 15,
        }));
        assert_eq!(moved.origin, Origin::Saved);
        assert_ne!(
            moved.schedule.id, s.schedule.id,
            "a copy has its own identity"
        );
        assert!(moved.schedule.name.ends_with("(my copy)"));
        let undone = moved.reduce(Action::Undone);
        assert_eq!(
            undone.schedule.sessions, s.schedule.sessions,
            "the content is back"
        );
        assert_eq!(undone.schedule.id, undone.future[0].id, "still the copy");
        let redone = undone.reduce(Action::Redone);
        assert_eq!(
            redone.schedule.sessions[4].start.to_string(),
            "2026-09-08 10:45"
        );
    }

    #[test]
    fn an_impossible_edit_changes_nothing_and_says_why() {
        let berlin = Zone::parse("Europe/Berlin").unwrap();
        let s = Rc::new(State::open("enhance-autumn-2026", berlin, None, None, None));
        let shorter = s.clone().reduce(Action::Edited(Edit::SessionResized {
            session: 4,
            minutes: -60,
        }));
        assert_eq!(shorter.schedule, s.schedule);
        assert!(shorter
            .notice
            .as_deref()
            .unwrap_or("")
            .contains("shorter than 5 minutes"));
    }

    fn gesture(s: &State, id: &str, date: &str, kind: GestureKind, minutes: i64) -> Gesture {
        Gesture {
            session: s
                .schedule
                .sessions
                .iter()
                .position(|x| x.id.as_str() == id)
                .unwrap(),
            date: CivilDate::parse(date).unwrap(),
            kind,
            minutes,
        }
    }

    #[test]
    fn a_dropped_series_asks_which_weeks_and_this_week_only_moves_one() {
        let berlin = Zone::parse("Europe/Berlin").unwrap();
        let s = Rc::new(State::open("enhance-autumn-2026", berlin, None, None, None));
        let g = gesture(&s, "energy-systems", "2026-10-26", GestureKind::Move, 30);
        let asked = s.clone().reduce(Action::Dropped(g));
        assert_eq!(asked.pending, Some(g), "nothing changes before the answer");
        assert_eq!(asked.schedule, s.schedule);
        let cancelled = asked.clone().reduce(Action::DropCancelled);
        assert_eq!(cancelled.pending, None);
        assert_eq!(cancelled.schedule, s.schedule);

        let one = asked.clone().reduce(Action::ScopeChosen(Scope::ThisWeek));
        assert_eq!(one.pending, None);
        let x = &one.schedule.sessions[g.session];
        assert_eq!(
            x.start, s.schedule.sessions[g.session].start,
            "the series stays"
        );
        assert_eq!(x.changes.len(), 1);
        assert_eq!(x.changes[0].start.unwrap().to_string(), "2026-10-26 10:45");
        assert_eq!(
            one.status.as_deref(),
            Some("Moved Energy systems: joint lecture on Mon 26 Oct 30 min later, that week only.")
        );
        let undone = one.reduce(Action::Undone);
        assert_eq!(undone.schedule.sessions, s.schedule.sessions);

        let all = asked.reduce(Action::ScopeChosen(Scope::EveryWeek));
        assert_eq!(
            all.schedule.sessions[g.session].start.to_string(),
            "2026-09-07 10:45"
        );
    }

    #[test]
    fn finding_a_time_from_a_conflict_opens_the_form_on_that_session() {
        let berlin = Zone::parse("Europe/Berlin").unwrap();
        let s = Rc::new(State::open("enhance-autumn-2026", berlin, None, None, None));
        let i = s
            .schedule
            .sessions
            .iter()
            .position(|x| x.id.as_str() == "markets-tutorial")
            .unwrap();
        let asked = s
            .clone()
            .reduce(Action::TimeSought("markets-tutorial".into(), None));
        assert_eq!(
            asked.form,
            Some(FormTarget::FindingTime {
                index: i,
                week: None
            })
        );
        let day = CivilDate::parse("2026-12-08").unwrap();
        let one_week = s
            .clone()
            .reduce(Action::TimeSought("markets-tutorial".into(), Some(day)));
        assert_eq!(
            one_week.form,
            Some(FormTarget::FindingTime {
                index: i,
                week: Some(day)
            })
        );
        let exam = s
            .clone()
            .reduce(Action::TimeSought("midterm".into(), Some(day)));
        assert!(
            matches!(exam.form, Some(FormTarget::FindingTime { week: None, .. })),
            "a one-off moves as a whole"
        );
        let unknown = s.reduce(Action::TimeSought("gone".into(), None));
        assert_eq!(
            unknown.form, None,
            "a session no longer there opens nothing"
        );
    }

    #[test]
    fn a_move_by_whole_days_is_said_in_days_not_hours() {
        // The question asked "5 days later?" and the answer said "120 h later".
        let berlin = Zone::parse("Europe/Berlin").unwrap();
        let s = Rc::new(State::open("enhance-autumn-2026", berlin, None, None, None));
        let g = gesture(
            &s,
            "energy-systems",
            "2026-10-19",
            GestureKind::Move,
            5 * 24 * 60,
        );
        let one = s
            .clone()
            .reduce(Action::Dropped(g))
            .reduce(Action::ScopeChosen(Scope::ThisWeek));
        assert_eq!(
            one.status.as_deref(),
            Some("Moved Energy systems: joint lecture on Mon 19 Oct 5 days later, that week only.")
        );
        let g = gesture(
            &s,
            "midterm",
            "2026-10-27",
            GestureKind::Move,
            -(24 * 60 + 30),
        );
        let earlier = s.reduce(Action::Dropped(g));
        assert_eq!(
            earlier.status.as_deref(),
            Some("Moved Midterm exam 1 day and 30 min earlier.")
        );
    }

    #[test]
    fn a_dropped_one_off_changes_at_once_and_a_resize_keeps_its_start() {
        let berlin = Zone::parse("Europe/Berlin").unwrap();
        let s = Rc::new(State::open("enhance-autumn-2026", berlin, None, None, None));
        let g = gesture(&s, "midterm", "2026-10-27", GestureKind::Resize, 30);
        let longer = s.clone().reduce(Action::Dropped(g));
        assert_eq!(longer.pending, None);
        assert_eq!(longer.schedule.sessions[g.session].duration_minutes, 150);
        let week = gesture(&s, "hydrogen-lab", "2026-09-23", GestureKind::Resize, -30);
        let shorter = s
            .reduce(Action::Dropped(week))
            .reduce(Action::ScopeChosen(Scope::ThisWeek));
        let x = &shorter.schedule.sessions[week.session];
        assert_eq!(x.duration_minutes, 120, "the series keeps its length");
        assert_eq!(x.changes[0].duration_minutes, Some(90));
        assert_eq!(x.changes[0].start, None);
    }

    #[test]
    fn a_week_that_cannot_change_says_why_and_forgets_the_drop() {
        let berlin = Zone::parse("Europe/Berlin").unwrap();
        let s = Rc::new(State::open("enhance-autumn-2026", berlin, None, None, None));
        let g = gesture(
            &s,
            "markets-tutorial",
            "2026-09-08",
            GestureKind::Resize,
            -60,
        );
        let refused = s
            .clone()
            .reduce(Action::Dropped(g))
            .reduce(Action::ScopeChosen(Scope::ThisWeek));
        assert_eq!(refused.pending, None);
        assert_eq!(refused.schedule, s.schedule);
        assert!(refused
            .notice
            .as_deref()
            .unwrap_or("")
            .contains("cannot be shorter than 5 minutes"));
    }
}
