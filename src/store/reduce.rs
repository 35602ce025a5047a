//! The reducer: how each [`Action`] changes the [`State`], with the undo history and the copy a
//! first edit of a demo or a shared schedule makes.

use super::{
    apply, Action, Dialog, Edit, FormTarget, Mode, Origin, Said, Scope, Source, State, UNDO_DEPTH,
};
use crate::library::Kept;
use meridian_engine::demo;
use meridian_engine::lineage::{self, fingerprint};
use meridian_engine::link::LinkKind;
use meridian_engine::schedule::Schedule;
use std::rc::Rc;
use yew::Reducible;

impl State {
    /// Records a new version of the schedule: the current one goes to the undo history, and a
    /// schedule that is not stored yet (a demo, a shared copy) becomes the user's own copy under
    /// a free identity and its own name, which autosave then keeps. Nothing stored is ever overwritten by this.
    fn changed(&self, next: &mut State, mut schedule: Schedule, what: Option<Said>) {
        let mut before = self.schedule.clone();
        if self.origin == Origin::Shared(LinkKind::Edit)
            && !self.library.iter().any(|e| e.id == schedule.id)
        {
            // A shared copy becomes this browser's schedule under the link's identity: the
            // version that came is kept as received, the base of a link back.
            next.to_keep.push((self.schedule.clone(), Kept::Received));
        }
        if self.origin != Origin::Saved {
            // The copy takes a free identity from the version before the change on, so that
            // undo stays within the copy. Its name stays the schedule's own: it travels in the
            // links partners and students get, so no label in this user's language goes into
            // it (the Schedule menu lists the copy under My schedules, the demo under Demos).
            let rename = |s: &mut Schedule| {
                if matches!(self.origin, Origin::Demo(_))
                    || self.library.iter().any(|e| e.id == s.id)
                {
                    s.id = crate::library::copy_id(s, &self.library);
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

impl State {
    /// Another tab stored `theirs` over the version this tab loaded: with no change here it is
    /// taken as it is; else this tab's changes are merged onto it three-way (the version this
    /// tab loaded is the base), and a conflict of versions opens the Compare dialog, where the
    /// user chooses. Nothing is written until then.
    fn stored_elsewhere(&self, next: &mut State, theirs: std::rc::Rc<Schedule>) {
        let Some(loaded) = self.loaded.clone() else {
            return;
        };
        if self.origin != Origin::Saved
            || theirs.id != self.schedule.id
            || fingerprint(&theirs) == fingerprint(&loaded)
        {
            return;
        }
        let unchanged = fingerprint(&self.schedule) == fingerprint(&loaded);
        let merged = lineage::merge(&loaded, &self.schedule, &theirs);
        let (schedule, status) = if unchanged {
            ((*theirs).clone(), Said::UpdatedFromTab)
        } else if merged.questions.is_empty() {
            (merged.schedule, Said::MergedWithTab)
        } else {
            next.comparison = Some(std::rc::Rc::new(super::Comparison {
                theirs,
                base: Some(loaded),
                source: Source::OtherTab,
            }));
            next.dialog = Some(Dialog::Compare);
            next.notice = Some(Said::ChangedOnBothTabs);
            return;
        };
        next.past.push(self.schedule.clone());
        if next.past.len() > UNDO_DEPTH {
            next.past.remove(0);
        }
        next.future.clear();
        list(&mut next.library, &schedule);
        next.schedule = std::rc::Rc::new(schedule);
        next.loaded = Some(theirs);
        next.status = Some(status);
    }

    /// A demo opened from this state: the stored list, the screen, the clock and the open
    /// dialog stay.
    fn demo_opened(&self, name: &'static str) -> State {
        let mut next = State::open(name, self.viewer, self.today, None, None);
        next.library = self.library.clone();
        next.mode = self.mode;
        next.twelve_hour = self.twelve_hour;
        next.words = self.words.clone();
        next.dialog = self.dialog;
        next.removed = self.removed.clone();
        next.now = self.now;
        next
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

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::DemoOpened(name) => next = self.demo_opened(name),
            Action::LinkOpened(kind, schedule, base) => {
                next = self.with_schedule(Origin::Shared(kind), schedule);
                next.link_base = base;
            }
            Action::SavedOpened(schedule) => {
                next = self.with_schedule(Origin::Saved, schedule.clone());
                next.loaded = Some(schedule);
            }
            Action::ComparisonOpened { mine, comparison } => {
                if let Some(mine) = mine {
                    next = self.with_schedule(Origin::Saved, mine.clone());
                    next.loaded = Some(mine);
                }
                if matches!(comparison.source, Source::Link | Source::File(_)) {
                    next.to_keep
                        .push((comparison.theirs.clone(), Kept::Received));
                }
                next.comparison = Some(Rc::new(comparison));
                next.dialog = Some(Dialog::Compare);
            }
            Action::VersionsKept(n) => {
                next.to_keep.drain(..n.min(next.to_keep.len()));
            }
            Action::Autosaved(schedule, library) => {
                if schedule.id == self.schedule.id {
                    next.loaded = Some(schedule);
                }
                next.library = library;
            }
            Action::StoredChanged(theirs) => self.stored_elsewhere(&mut next, theirs),
            Action::ScheduleCreated(schedule) => {
                let name = schedule.name.clone();
                next = self.with_schedule(Origin::Saved, schedule.clone());
                list(&mut next.library, &schedule);
                next.mode = Mode::Planner;
                next.dialog = None;
                next.status = Some(Said::Created(name));
            }
            Action::Saved(schedule, library) => {
                next.loaded = Some(schedule.clone());
                next.schedule = schedule;
                next.library = library;
                next.origin = Origin::Saved;
                next.notice = None;
            }
            Action::LibraryRead(library) => next.library = library,
            Action::ScheduleRemoved { id, list, removed } => {
                if self.origin == Origin::Saved && self.schedule.id == id {
                    next = self.demo_opened(demo::ALL[0].0);
                }
                next.library = list;
                next.removed = removed;
            }
            Action::RemovalUndone(list) => {
                next.library = list;
                next.removed = None;
            }
            Action::DialogOpened(dialog) => {
                next.dialog = Some(dialog);
                next.removed = None;
            }
            Action::DialogClosed => {
                next.dialog = None;
                next.removed = None;
                next.comparison = None;
            }
            Action::ProblemReported(message) => next.notice = Some(message),
            Action::Edited(edit) => match apply(&self.schedule, &edit) {
                Ok((schedule, what)) => {
                    self.changed(&mut next, schedule, Some(what));
                    if let Edit::Merged { theirs, .. } | Edit::ChangesAccepted { theirs, .. } =
                        &edit
                    {
                        // Nothing is lost: the version had here stays in the history (the
                        // other one was kept when the comparison opened).
                        next.to_keep.push((self.schedule.clone(), Kept::Had));
                        let from_tab = self
                            .comparison
                            .as_ref()
                            .is_some_and(|c| c.source == Source::OtherTab);
                        if from_tab {
                            next.loaded = Some(theirs.clone());
                        }
                        next.comparison = None;
                        next.dialog = None;
                    }
                    if matches!(edit, Edit::RotationAccepted { .. }) {
                        // The session it was for is replaced by the rotation's series.
                        next.best_times = None;
                    }
                    next.form = None;
                    next.form_draft = None;
                    if matches!(edit, Edit::RotationAccepted { .. }) {
                        next.form_aside = None;
                    }
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
            Action::SessionFormOpened(which) => {
                next.form = Some(which);
                next.form_draft = None;
                next.form_aside = None;
            }
            Action::SessionFormClosed => {
                next.form = None;
                next.form_draft = None;
            }
            Action::BestTimesOpened(what, draft) => {
                next.best_times = super::BestTimes::for_draft(&self.schedule, what, &draft);
                next.form_aside = self.form.clone().map(|target| (target, Rc::new(*draft)));
                next.form = None;
                next.form_draft = None;
                next.mode = Mode::Planner;
            }
            Action::BestTimeChosen(at, minutes) => match self.form_aside.clone() {
                Some((target, draft)) => {
                    next.form = Some(target);
                    next.form_draft = Some(Rc::new(draft.starting_at(&self.schedule, at)));
                    next.form_aside = None;
                }
                None => {
                    next.form = Some(FormTarget::New(Some((at, minutes))));
                    next.form_draft = None;
                }
            },
            Action::BestTimesCampusToggled(id) => {
                if let Some(b) = next.best_times.as_mut() {
                    match b.campuses.iter().position(|c| *c == id) {
                        Some(i) => {
                            b.campuses.remove(i);
                        }
                        None => {
                            b.campuses.push(id);
                            let order = |c: &meridian_engine::schedule::CampusId| {
                                self.schedule.campuses.iter().position(|x| x.id == *c)
                            };
                            b.campuses.sort_by_key(order);
                        }
                    }
                }
            }
            Action::BestTimesLengthChosen(minutes) => {
                if let Some(b) = next.best_times.as_mut() {
                    b.length_minutes = minutes.clamp(5, 24 * 60);
                }
            }
            Action::BestTimesClosed => {
                next.best_times = None;
                // The form set aside comes back as it was.
                if let Some((target, draft)) = self.form_aside.clone() {
                    next.form = Some(target);
                    next.form_draft = Some(draft);
                    next.form_aside = None;
                }
            }
            Action::Undone => {
                if let Some(previous) = next.past.pop() {
                    next.future
                        .push(std::mem::replace(&mut next.schedule, previous));
                    next.status = Some(Said::Undone);
                }
            }
            Action::Redone => {
                if let Some(later) = next.future.pop() {
                    next.past.push(std::mem::replace(&mut next.schedule, later));
                    next.status = Some(Said::Redone);
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
            Action::ZoneRejected(text) => next.notice = Some(Said::ZoneUnknown(text)),
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
            Action::LanguageChanged(words) => next.words = words,
            Action::ClockTicked(now) => {
                let now = super::to_the_minute(now);
                if self.now == Some(now) {
                    return self;
                }
                let today = Some(self.viewer.local(now).datetime.date());
                (next.week, next.day) = super::following_today(
                    self.schedule.term,
                    (self.week, self.day),
                    self.today,
                    today,
                );
                next.now = Some(now);
                next.today = today;
            }
        }
        Rc::new(next)
    }
}
