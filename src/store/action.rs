//! What happened: the user's [`Action`]s, and the [`Edit`]s a coordinator makes to a schedule.

use super::{
    Comparison, Dialog, FormTarget, Gesture, GestureKind, Mode, Removed, Scope, StudentChoice,
};
use crate::library::Entry;
use meridian_engine::edit::OccurrenceEdit;
use meridian_engine::lineage::{Fingerprint, Side};
use meridian_engine::link::LinkKind;
use meridian_engine::schedule::Schedule;
use meridian_engine::{CivilDate, Zone};
use std::rc::Rc;

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
    /// A campus's public holiday switched off (`off`: the campus teaches that day) or on again.
    HolidaySwitched {
        /// The campus.
        campus: meridian_engine::schedule::CampusId,
        /// The holiday's date.
        date: CivilDate,
        /// Off (taught) or on again.
        off: bool,
        /// The holiday's name, for the words.
        name: String,
    },
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
    /// Another version merged three-way onto the open one: every change made on one side
    /// only, and each conflict of versions settled by `answers` (one per question, in order).
    Merged {
        /// The version both came from.
        base: Rc<Schedule>,
        /// The other version.
        theirs: Rc<Schedule>,
        /// Mine or theirs, per question.
        answers: Vec<Side>,
    },
    /// A proposed rotation accepted: one series per slot of the rotation, each on its weeks,
    /// made from `template` (replacing the session `replacing`, when given).
    RotationAccepted {
        /// The rotation as proposed.
        rotation: Rc<meridian_engine::overlap::Rotation>,
        /// The session whose title, cohorts, lecturer and rooms the new series take.
        template: Box<meridian_engine::Session>,
        /// The session the rotation replaces, by index.
        replacing: Option<usize>,
    },
    /// Some of the differences from another version accepted (a two-way comparison: no
    /// common version is known).
    ChangesAccepted {
        /// The other version.
        theirs: Rc<Schedule>,
        /// The accepted differences, by their place in the comparison's list.
        accepted: Vec<usize>,
    },
}

/// Something the user did.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A demo schedule was opened (by file stem).
    DemoOpened(&'static str),
    /// A share link was opened: its schedule is shown as a copy (with the base it names).
    LinkOpened(LinkKind, Rc<Schedule>, Option<Fingerprint>),
    /// Another version of a schedule was put beside it to compare and merge: the stored
    /// schedule `mine` opens (when given; else the open one is mine) with the Compare dialog.
    ComparisonOpened {
        /// The stored schedule to compare with, when it is not the open one.
        mine: Option<Rc<Schedule>>,
        /// The other version and where it came from.
        comparison: Comparison,
    },
    /// The first `n` versions waiting in `State::to_keep` were kept in their history.
    VersionsKept(usize),
    /// Autosave wrote the schedule; the list is what storage holds now.
    Autosaved(Rc<Schedule>, Vec<Entry>),
    /// Another tab stored another version of the open schedule (this one).
    StoredChanged(Rc<Schedule>),
    /// A schedule kept in this browser was opened.
    SavedOpened(Rc<Schedule>),
    /// A new schedule was made (from a preset); it is stored from now on.
    ScheduleCreated(Rc<Schedule>),
    /// The open schedule was saved to this browser (possibly as a copy with a new identity);
    /// the list is what storage holds now.
    Saved(Rc<Schedule>, Vec<Entry>),
    /// The list of stored schedules was read.
    LibraryRead(Vec<Entry>),
    /// A stored schedule was deleted; the list is what storage holds now, and `removed` keeps
    /// its document for undo. Deleting the open schedule opens the first demo.
    ScheduleRemoved {
        /// The deleted schedule's id.
        id: String,
        /// The stored schedules now.
        list: Vec<Entry>,
        /// Its name and document, when there was one.
        removed: Option<Removed>,
    },
    /// A deleted schedule was stored again (undo); the list is what storage holds now.
    RemovalUndone(Vec<Entry>),
    /// A dialog was opened over the screen.
    DialogOpened(Dialog),
    /// The open dialog was closed.
    DialogClosed,
    /// Something went wrong that the user should know (a bad link, full storage).
    ProblemReported(super::Said),
    /// The coordinator changed the schedule.
    Edited(Edit),
    /// The session form was opened (for a new session, or to edit one).
    SessionFormOpened(FormTarget),
    /// The session form was closed without a change.
    SessionFormClosed,
    /// The "Best times" panel was opened (the overlap map over the grid) from the session
    /// form, which is set aside with its draft until a start is picked or the panel closed.
    BestTimesOpened(super::BestTimesFor, Box<super::SessionDraft>),
    /// A start was picked in the "Best times" panel or on its heat layer (with the panel's
    /// length): the form set aside comes back starting then, else a new session's form opens
    /// there.
    BestTimeChosen(meridian_engine::Instant, u32),
    /// A campus was ticked or unticked in the "Best times" panel.
    BestTimesCampusToggled(meridian_engine::schedule::CampusId),
    /// A length was chosen in the "Best times" panel (minutes).
    BestTimesLengthChosen(u32),
    /// The "Best times" panel was closed.
    BestTimesClosed,
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
    /// The viewer typed a zone that does not exist (the text typed).
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
    /// The browser's clock moved on (about once a minute, and when the page is shown again):
    /// "now" and today follow it, and the week shown follows today unless the reader picked
    /// another.
    ClockTicked(meridian_engine::Instant),
    /// The reader chose another language (or it arrived).
    LanguageChanged(meridian_words::Words),
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
