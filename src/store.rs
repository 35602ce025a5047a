//! The app's one source of truth: [`State`] changed only by [`Action`]s, each named for what
//! happened. Components read the state and dispatch actions; nothing else mutates it.

use crate::library::Entry;
use meridian_engine::link::LinkKind;
use meridian_engine::schedule::Schedule;
use meridian_engine::{demo, CivilDate, Zone};
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
    /// Changed here (e.g. busy time imported into a demo) and not stored yet.
    Unsaved,
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
    /// The open schedule was saved to this browser (possibly as a copy with a new identity);
    /// the list is what storage holds now.
    Saved(Rc<Schedule>, Vec<Entry>),
    /// The list of stored schedules was read.
    LibraryRead(Vec<Entry>),
    /// Something went wrong that the user should know (a bad link, full storage).
    ProblemReported(String),
    /// Busy time was imported into the open schedule (the new schedule, and what to tell).
    BusyImported(Rc<Schedule>, String),
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
            Action::Saved(schedule, library) => {
                next.schedule = schedule;
                next.library = library;
                next.origin = Origin::Saved;
                next.notice = None;
            }
            Action::LibraryRead(library) => next.library = library,
            Action::ProblemReported(message) => next.notice = Some(message),
            Action::BusyImported(schedule, message) => {
                next.schedule = schedule;
                if next.origin != Origin::Saved {
                    next.origin = Origin::Unsaved;
                }
                next.status = Some(message);
                next.notice = None;
            }
            Action::ModeChosen(mode) => next.mode = mode,
            Action::StudentChosen(choice) => next.student = choice,
            Action::WeekChosen(monday) => {
                next.week = monday.monday();
                next.notice = None;
                next.status = None;
            }
            Action::ReferenceZoneChosen(zone) => next.reference = zone,
            Action::ViewerZoneChosen(zone) => {
                next.viewer = zone;
                next.notice = None;
            }
            Action::ZoneRejected(message) => next.notice = Some(message),
            Action::DayChosen(day) => next.day = day.min(6),
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
}
