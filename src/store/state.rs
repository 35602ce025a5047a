//! What the app shows: [`State`] and its parts, and the states a schedule opens in.

use super::DEFAULT_SNAP_MINUTES;
use crate::library::{Entry, Kept};
use meridian_engine::lineage::Fingerprint;
use meridian_engine::link::LinkKind;
use meridian_engine::schedule::Schedule;
use meridian_engine::{demo, CivilDate, Instant, Zone};
use std::rc::Rc;

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

impl StudentChoice {
    /// Whose timetable a link is for: a students' link names a campus, or a cohort whose campus
    /// it is; an edit link names nobody.
    pub fn of_link(kind: &LinkKind, schedule: &Schedule) -> StudentChoice {
        match kind {
            LinkKind::View { campus, cohort } => StudentChoice {
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
            LinkKind::Edit => StudentChoice::default(),
        }
    }
}

/// The Monday of the week a schedule opens on: the week of `today` when it is in the term, else
/// the term's first week.
pub fn opening_week(today: Option<CivilDate>, term: meridian_engine::schedule::Term) -> CivilDate {
    today
        .filter(|d| term.contains(*d))
        .unwrap_or(term.start)
        .monday()
}

/// The day a phone shows first in `week` (0 = Monday): today's when today is in that week, else
/// Monday.
pub fn opening_day(today: Option<CivilDate>, week: CivilDate) -> usize {
    today
        .filter(|d| d.monday() == week)
        .map_or(0, |d| d.weekday().index())
}

/// The week and day shown once the reader's date has gone from `before` to `today` (the clock
/// ticked, or the page was shown again): they follow today only while they show the week the
/// page would open on (and, within that week, today's day); a week or day the reader picked
/// themselves stays.
pub fn following_today(
    term: meridian_engine::schedule::Term,
    (week, day): (CivilDate, usize),
    before: Option<CivilDate>,
    today: Option<CivilDate>,
) -> (CivilDate, usize) {
    if before == today || week != opening_week(before, term) {
        return (week, day);
    }
    let now_week = opening_week(today, term);
    if now_week != week || day == opening_day(before, week) {
        (now_week, opening_day(today, now_week))
    } else {
        (week, day)
    }
}

/// `now` to the minute: what the pages show changes at most once a minute.
pub fn to_the_minute(now: Instant) -> Instant {
    let s = now.unix_seconds();
    Instant::from_unix_seconds(s - s.rem_euclid(60)).unwrap_or(now)
}

/// A dialog over the screen; one at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialog {
    /// The share links, the QR code and the calendar file.
    Share,
    /// Busy time from a partner's calendar file.
    BusyImport,
    /// Campuses, cohorts, lecturers and rooms.
    People,
    /// The schedules kept in this browser.
    MySchedules,
    /// A new schedule from an alliance preset.
    NewSchedule,
    /// What changed between the open schedule and another version, and merging them
    /// (`State::comparison`).
    Compare,
    /// Picking a file or pasting a link to compare the open schedule with.
    CompareWith,
}

/// Where the other version of a comparison came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A link to edit.
    Link,
    /// A schedule file (by its name).
    File(String),
    /// Another tab of this browser stored it.
    OtherTab,
    /// A version kept in the schedule's history (shared, received or had before a merge).
    Kept,
}

/// The open schedule ("mine") compared with another version of it ("theirs").
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// The other version.
    pub theirs: Rc<Schedule>,
    /// The version both came from, when this browser has it (a three-way merge); otherwise
    /// each difference is accepted or skipped.
    pub base: Option<Rc<Schedule>>,
    /// Where the other version came from.
    pub source: Source,
}

/// A stored schedule just deleted in *My schedules*, kept so that "Undo" can store it again.
#[derive(Debug, Clone, PartialEq)]
pub struct Removed {
    /// Its name.
    pub name: String,
    /// Its document as it was stored.
    pub text: String,
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
    pub notice: Option<super::Said>,
    /// Today in the viewer's zone, when the browser said (a schedule opens on this week).
    pub today: Option<CivilDate>,
    /// Now, to the minute, when the browser said: moved on by `Action::ClockTicked` while the
    /// page is open (the timetable's next session and countdown read it).
    pub now: Option<Instant>,
    /// Something that went well, said calmly (e.g. what an import added).
    pub status: Option<super::Said>,
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
    /// What the session form opens with instead of its target's fields: its own draft, kept
    /// while it was set aside for "Best times" (with the start picked there).
    pub form_draft: Option<Rc<SessionDraft>>,
    /// The session form set aside while "Best times" is open: what it edits and its draft.
    /// Picking a start there brings it back with that start; closing the panel brings it back
    /// as it was.
    pub form_aside: Option<(FormTarget, Rc<SessionDraft>)>,
    /// Minutes a drag snaps to, and a keyboard move or resize steps by (5 or 15).
    pub snap: i64,
    /// A drag of a series was dropped: move or resize this week only, or every week?
    pub pending: Option<Gesture>,
    /// The dialog open over the screen.
    pub dialog: Option<Dialog>,
    /// The stored schedule last deleted while *My schedules* is open (to undo).
    pub removed: Option<Removed>,
    /// The version of the open schedule this tab last read from or wrote to storage (`None`:
    /// not stored yet). Autosave writes only over this version; another tab's is merged.
    pub loaded: Option<Rc<Schedule>>,
    /// The base an open link to edit named (the version it was made from), if any.
    pub link_base: Option<Fingerprint>,
    /// Versions to keep in their schedule's history (the shell stores them, then says
    /// `Action::VersionsKept`).
    pub to_keep: Vec<(Rc<Schedule>, Kept)>,
    /// The comparison the Compare dialog shows.
    pub comparison: Option<Rc<Comparison>>,
    /// The "Best times" panel, when open: the overlap map over the grid, for a session or a
    /// new series.
    pub best_times: Option<BestTimes>,
    /// The language the app speaks, for what the reducer names (a demo's copy).
    pub words: meridian_words::Words,
}

/// The "Best times" panel's question: for what, which campuses, how long.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BestTimes {
    /// A session or a new series.
    pub what: BestTimesFor,
    /// The campuses that must take part (ticked), in the schedule's order.
    pub campuses: Vec<meridian_engine::schedule::CampusId>,
    /// The length looked for, minutes.
    pub length_minutes: u32,
}

impl BestTimes {
    /// The question for `what` in `schedule`: a session's participating campuses and length,
    /// or every campus and 90 minutes for a new series; `None` for a session not in it.
    pub fn asked(schedule: &Schedule, what: BestTimesFor) -> Option<BestTimes> {
        let (campuses, length_minutes) = match &what {
            BestTimesFor::NewSeries => {
                (schedule.campuses.iter().map(|c| c.id.clone()).collect(), 90)
            }
            BestTimesFor::Session(id) => {
                let x = schedule.sessions.iter().find(|x| &x.id == id)?;
                let mut ids: Vec<_> = schedule
                    .participating_campuses(x)
                    .into_iter()
                    .map(|c| c.id.clone())
                    .collect();
                ids.sort_by_key(|id| schedule.campuses.iter().position(|c| &c.id == id));
                (ids, x.duration_minutes)
            }
        };
        Some(BestTimes {
            what,
            campuses,
            length_minutes,
        })
    }
}

impl BestTimes {
    /// The question for what the session form holds: for a new series with cohorts ticked,
    /// the campuses of its host, cohorts and rooms (else every campus, as [`BestTimes::asked`])
    /// and the form's length when it is one; for a session, [`BestTimes::asked`].
    pub fn for_draft(
        schedule: &Schedule,
        what: BestTimesFor,
        draft: &SessionDraft,
    ) -> Option<BestTimes> {
        let mut best = BestTimes::asked(schedule, what)?;
        if best.what != BestTimesFor::NewSeries {
            return Some(best);
        }
        if !draft.cohorts.is_empty() {
            let cohorts = draft
                .cohorts
                .iter()
                .filter_map(|id| schedule.cohorts.iter().find(|c| c.id.as_str() == id))
                .map(|c| &c.campus);
            let rooms = draft
                .rooms
                .iter()
                .filter_map(|id| schedule.rooms.iter().find(|r| r.id.as_str() == id))
                .map(|r| &r.campus);
            let taking_part: Vec<&meridian_engine::schedule::CampusId> =
                cohorts.chain(rooms).collect();
            best.campuses = schedule
                .campuses
                .iter()
                .filter(|c| c.id.as_str() == draft.host || taking_part.contains(&&c.id))
                .map(|c| c.id.clone())
                .collect();
        }
        if let Ok(m) = draft.minutes.trim().parse::<u32>() {
            best.length_minutes = m.clamp(5, 24 * 60);
        }
        Some(best)
    }
}

impl SessionDraft {
    /// This draft starting at `at` (a start picked in "Best times"): its first date and time on
    /// its own clock (its zone, else its host's), and, for a series on one weekday, that day;
    /// every other field as typed.
    pub fn starting_at(&self, schedule: &Schedule, at: Instant) -> SessionDraft {
        let zone = Zone::parse(self.zone.trim()).ok().or_else(|| {
            schedule
                .campuses
                .iter()
                .find(|c| c.id.as_str() == self.host)
                .map(|c| c.zone)
        });
        let mut next = self.clone();
        if let Some(zone) = zone {
            let local = zone.local(at).datetime;
            next.date = local.date().to_string();
            next.time = local.time().to_string();
            if next.weekdays.len() == 1 {
                next.weekdays = vec![local.weekday()];
            }
        }
        next
    }
}

/// What the "Best times" panel looks for a time for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BestTimesFor {
    /// A new series: the coordinator picks the campuses.
    NewSeries,
    /// An existing session (its campuses, length, cohorts and lecturer; its own weeks left
    /// out of the bookings); a rotation replaces it.
    Session(meridian_engine::schedule::SessionId),
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

/// The session form's fields as typed (the form is `screens::planner::session_form`): kept
/// here while the form is set aside for "Best times", so that nothing typed is lost.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionDraft {
    pub title: String,
    pub course: String,
    pub kind: meridian_engine::schedule::SessionKind,
    pub host: String,
    pub zone: String,
    pub date: String,
    pub time: String,
    pub minutes: String,
    pub weekly: bool,
    pub interval: String,
    pub weekdays: Vec<meridian_engine::Weekday>,
    pub until: String,
    pub count: String,
    pub skip: String,
    pub cohorts: Vec<String>,
    pub lecturer: String,
    pub rooms: Vec<String>,
    pub meeting: String,
    pub notes: String,
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
            Err(e) => (fallback_schedule(), Some(super::Said::DemoNotLoaded(e))),
        };
        let term = schedule.term;
        let week = week
            .or(today.filter(|d| term.contains(*d)))
            .unwrap_or(term.start)
            .monday();
        let reference = reference
            .or_else(|| schedule.campuses.first().map(|c| c.zone))
            .unwrap_or(viewer);
        let day = opening_day(today, week);
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
            now: None,
            status: None,
            past: Vec::new(),
            future: Vec::new(),
            highlight: Vec::new(),
            focus: None,
            form: None,
            form_draft: None,
            form_aside: None,
            snap: DEFAULT_SNAP_MINUTES,
            pending: None,
            dialog: None,
            removed: None,
            loaded: None,
            link_base: None,
            to_keep: Vec::new(),
            comparison: None,
            best_times: None,
            words: crate::language::unprovided(),
        }
    }

    /// The state for another schedule, keeping the viewer's zone and the stored list: opened on
    /// the week of `today` when it is in the term, else its first week, in its host's zone.
    pub fn with_schedule(&self, origin: Origin, schedule: Rc<Schedule>) -> State {
        let today = self.today;
        let term = schedule.term;
        let (mode, student) = match &origin {
            Origin::Shared(kind @ LinkKind::View { .. }) => {
                (Mode::Timetable, StudentChoice::of_link(kind, &schedule))
            }
            _ => (self.mode, StudentChoice::default()),
        };
        let week = opening_week(today, term);
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
            day: opening_day(today, week),
            notice: None,
            today,
            now: self.now,
            status: None,
            past: Vec::new(),
            future: Vec::new(),
            highlight: Vec::new(),
            focus: None,
            form: None,
            form_draft: None,
            form_aside: None,
            snap: self.snap,
            pending: None,
            dialog: self.dialog.filter(|d| !matches!(d, Dialog::Compare)),
            removed: self.removed.clone(),
            loaded: None,
            link_base: None,
            to_keep: self.to_keep.clone(),
            comparison: None,
            best_times: None,
            words: self.words.clone(),
        }
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
