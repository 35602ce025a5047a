//! The reducer's tests: what each action changes, undo, and the questions a drop asks.

use super::*;
use meridian_engine::{CivilDate, Zone};
use std::rc::Rc;
use yew::Reducible;

/// What the status line or a notice says in English.
trait English {
    fn en(&self) -> Option<String>;
}

impl English for Option<Said> {
    fn en(&self) -> Option<String> {
        self.as_ref()
            .map(|s| s.words(&meridian_words::Words::english()))
    }
}

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
    assert_eq!(
        moved.schedule.name, s.schedule.name,
        "the schedule's own name"
    );
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
        .en()
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
        one.status.en().as_deref(),
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
        one.status.en().as_deref(),
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
        earlier.status.en().as_deref(),
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
        .en()
        .as_deref()
        .unwrap_or("")
        .contains("cannot be shorter than 5 minutes"));
}

#[test]
fn one_dialog_at_a_time_and_it_stays_over_another_schedule() {
    let berlin = Zone::parse("Europe/Berlin").unwrap();
    let s = Rc::new(State::open("enhance-autumn-2026", berlin, None, None, None));
    let sharing = s.reduce(Action::DialogOpened(Dialog::Share));
    assert_eq!(sharing.dialog, Some(Dialog::Share));
    let mine = sharing.reduce(Action::DialogOpened(Dialog::MySchedules));
    assert_eq!(
        mine.dialog,
        Some(Dialog::MySchedules),
        "the other one closed"
    );
    let other = mine.reduce(Action::DemoOpened("gma-spring-2027"));
    assert_eq!(other.dialog, Some(Dialog::MySchedules));
    assert_eq!(other.reduce(Action::DialogClosed).dialog, None);
}

#[test]
fn deleting_the_open_schedule_opens_the_demo_and_keeps_it_for_undo() {
    let berlin = Zone::parse("Europe/Berlin").unwrap();
    let s = Rc::new(State::open("gma-spring-2027", berlin, None, None, None));
    let mine = s
        .reduce(Action::Edited(Edit::ScheduleRenamed("Mine".into())))
        .reduce(Action::DialogOpened(Dialog::MySchedules));
    assert_eq!(mine.origin, Origin::Saved);
    let removed = Removed {
        name: "Mine".into(),
        text: mine.schedule.to_json(),
    };
    let gone = mine.clone().reduce(Action::ScheduleRemoved {
        id: mine.schedule.id.clone(),
        list: Vec::new(),
        removed: Some(removed.clone()),
    });
    assert_eq!(gone.origin, Origin::Demo("enhance-autumn-2026"));
    assert_eq!(gone.dialog, Some(Dialog::MySchedules));
    assert_eq!(gone.removed, Some(removed));
    assert!(gone.library.is_empty());
    let back = gone.reduce(Action::RemovalUndone(vec![crate::library::Entry {
        id: "x".into(),
        name: "Mine".into(),
    }]));
    assert_eq!((back.removed.clone(), back.library.len()), (None, 1));
}

// Issue 16: versions compared and merged, and two tabs on one schedule.

/// A stored schedule open in a tab (as after opening it from *My schedules*), in Berlin.
fn stored_open(name: &'static str) -> Rc<State> {
    let berlin = Zone::parse("Europe/Berlin").unwrap();
    let demo = State::open(name, berlin, None, None, None);
    let s = demo.schedule.clone();
    Rc::new(demo).reduce(Action::SavedOpened(s))
}

fn index_of(s: &meridian_engine::Schedule, id: &str) -> usize {
    s.sessions.iter().position(|x| x.id.as_str() == id).unwrap()
}

/// A session by id, and when and how long it is (a merge may put sessions in another order
/// and write a series' weekday out).
fn when(s: &meridian_engine::Schedule, id: &str) -> (meridian_engine::CivilDateTime, u32) {
    let x = &s.sessions[index_of(s, id)];
    (x.start, x.duration_minutes)
}

#[test]
fn a_link_back_opens_the_stored_version_beside_it_and_keeps_the_link_s_version() {
    let s = stored_open("gma-spring-2027");
    let mine = s.schedule.clone();
    let theirs = Rc::new(mine.with_session_resized(3, 30).unwrap());
    let shared = s.clone().reduce(Action::LinkOpened(
        meridian_engine::link::LinkKind::Edit,
        theirs.clone(),
        Some(meridian_engine::lineage::fingerprint(&mine)),
    ));
    assert_eq!(
        shared.link_base,
        Some(meridian_engine::lineage::fingerprint(&mine))
    );
    let compared = shared.reduce(Action::ComparisonOpened {
        mine: Some(mine.clone()),
        comparison: Comparison {
            theirs: theirs.clone(),
            base: Some(mine.clone()),
            source: Source::Link,
        },
    });
    assert_eq!(compared.origin, Origin::Saved, "the stored version is open");
    assert_eq!(compared.schedule, mine);
    assert_eq!(compared.loaded.as_ref(), Some(&mine));
    assert_eq!(compared.dialog, Some(Dialog::Compare));
    assert_eq!(
        compared.to_keep,
        vec![(theirs, crate::library::Kept::Received)],
        "the link's version is kept even if the comparison is cancelled"
    );
}

#[test]
fn a_three_way_merge_is_one_undoable_step_with_both_sides_changes() {
    let s = stored_open("gma-spring-2027");
    let base = s.schedule.clone();
    let studio = index_of(&base, "americas-studio");
    let lecture = index_of(&base, "la-lecture");
    let theirs = Rc::new(base.with_session_resized(studio, 30).unwrap());
    let s = s.reduce(Action::Edited(Edit::SessionMoved {
        session: lecture,
        minutes: 15,
    }));
    let mine = s.schedule.clone();
    let s = s.reduce(Action::ComparisonOpened {
        mine: None,
        comparison: Comparison {
            theirs: theirs.clone(),
            base: Some(base.clone()),
            source: Source::Link,
        },
    });
    let merged = s.reduce(Action::Edited(Edit::Merged {
        base: base.clone(),
        theirs: theirs.clone(),
        answers: vec![],
    }));
    assert_eq!(merged.dialog, None);
    assert_eq!(merged.comparison, None);
    assert_eq!(
        when(&merged.schedule, "americas-studio"),
        when(&theirs, "americas-studio")
    );
    assert_eq!(
        when(&merged.schedule, "la-lecture"),
        when(&mine, "la-lecture")
    );
    assert!(merged
        .status
        .en()
        .as_deref()
        .unwrap()
        .starts_with("Merged: 1 change"));
    assert!(merged
        .to_keep
        .contains(&(mine.clone(), crate::library::Kept::Had)));
    let undone = merged.reduce(Action::Undone);
    assert_eq!(
        undone.schedule, mine,
        "undo goes back to my version in one step"
    );
}

#[test]
fn accepting_every_difference_of_a_two_way_comparison_gives_the_other_version() {
    let s = stored_open("gma-spring-2027");
    let other = s
        .schedule
        .with_session_moved(0, 60)
        .unwrap()
        .with_session_resized(2, 15)
        .unwrap();
    let n = crate::store::offered(&s.schedule, &other).len();
    assert!(n >= 2);
    let all = s.clone().reduce(Action::Edited(Edit::ChangesAccepted {
        theirs: Rc::new(other.clone()),
        accepted: (0..n).collect(),
    }));
    assert_eq!(
        meridian_engine::lineage::fingerprint(&all.schedule),
        meridian_engine::lineage::fingerprint(&other)
    );
    let none = s.clone().reduce(Action::Edited(Edit::ChangesAccepted {
        theirs: Rc::new(other),
        accepted: vec![],
    }));
    assert_eq!(
        none.schedule.sessions, s.schedule.sessions,
        "every one skipped"
    );
}

#[test]
fn another_tab_s_version_is_taken_as_it_is_when_this_tab_changed_nothing() {
    let s = stored_open("gma-spring-2027");
    let theirs = Rc::new(s.schedule.with_session_moved(1, 15).unwrap());
    let next = s.clone().reduce(Action::StoredChanged(theirs.clone()));
    assert_eq!(next.schedule, theirs);
    assert_eq!(next.loaded.as_ref(), Some(&theirs));
    assert_eq!(next.dialog, None);
    assert!(next.status.en().as_deref().unwrap().contains("another tab"));
}

#[test]
fn two_tabs_one_moves_the_other_lengthens_and_both_changes_survive() {
    let b = stored_open("gma-spring-2027");
    let loaded = b.schedule.clone();
    let (lecture, studio) = (
        index_of(&loaded, "la-lecture"),
        index_of(&loaded, "americas-studio"),
    );
    // Tab A moved the lecture and stored it; tab B, loaded before, lengthened the studio.
    let a = Rc::new(loaded.with_session_moved(lecture, 15).unwrap());
    let b = b.reduce(Action::Edited(Edit::SessionResized {
        session: studio,
        minutes: 30,
    }));
    let b = b.reduce(Action::StoredChanged(a.clone()));
    assert_eq!(b.dialog, None, "no question");
    assert_eq!(when(&b.schedule, "la-lecture"), when(&a, "la-lecture"));
    assert_eq!(
        when(&b.schedule, "americas-studio").1,
        loaded.sessions[studio].duration_minutes + 30
    );
    assert_eq!(
        b.loaded.as_ref(),
        Some(&a),
        "A's version is what B writes over now"
    );
}

#[test]
fn a_conflict_with_another_tab_asks_and_changes_nothing_until_answered() {
    let b = stored_open("gma-spring-2027");
    let loaded = b.schedule.clone();
    let studio = index_of(&loaded, "americas-studio");
    let a = Rc::new(loaded.with_session_moved(studio, 15).unwrap());
    let b = b.reduce(Action::Edited(Edit::SessionMoved {
        session: studio,
        minutes: -15,
    }));
    let mine = b.schedule.clone();
    let asked = b.reduce(Action::StoredChanged(a.clone()));
    assert_eq!(asked.dialog, Some(Dialog::Compare));
    assert_eq!(asked.schedule, mine, "nothing changed yet");
    assert_eq!(
        asked.loaded.as_ref(),
        Some(&loaded),
        "and nothing will be written over A"
    );
    let c = asked.comparison.clone().unwrap();
    assert_eq!(c.source, Source::OtherTab);
    let merge = meridian_engine::lineage::merge(&loaded, &mine, &a);
    assert_eq!(merge.questions.len(), 1);
    let settled = asked.reduce(Action::Edited(Edit::Merged {
        base: loaded.clone(),
        theirs: a.clone(),
        answers: vec![meridian_engine::lineage::Side::Theirs],
    }));
    assert_eq!(
        when(&settled.schedule, "americas-studio"),
        when(&a, "americas-studio")
    );
    assert_eq!(settled.loaded.as_ref(), Some(&a));
}

#[test]
fn the_first_edit_of_a_shared_copy_keeps_the_link_s_version_as_received() {
    let berlin = Zone::parse("Europe/Berlin").unwrap();
    let s = Rc::new(State::open("gma-spring-2027", berlin, None, None, None));
    let link = Rc::new(s.schedule.with_session_moved(0, 15).unwrap());
    let shared = s.reduce(Action::LinkOpened(
        meridian_engine::link::LinkKind::Edit,
        link.clone(),
        None,
    ));
    let edited = shared.reduce(Action::Edited(Edit::SessionResized {
        session: 0,
        minutes: 15,
    }));
    assert_eq!(edited.origin, Origin::Saved);
    assert_eq!(
        edited.schedule.id, link.id,
        "the link's identity, free here"
    );
    assert_eq!(edited.to_keep, vec![(link, crate::library::Kept::Received)]);
    let kept = edited.reduce(Action::VersionsKept(1));
    assert!(kept.to_keep.is_empty());
}

#[test]
fn a_kept_version_compared_is_not_kept_again() {
    let s = stored_open("gma-spring-2027");
    let kept = Rc::new(s.schedule.with_session_moved(0, 15).unwrap());
    let next = s.reduce(Action::ComparisonOpened {
        mine: None,
        comparison: Comparison {
            theirs: kept,
            base: None,
            source: Source::Kept,
        },
    });
    assert_eq!(next.dialog, Some(Dialog::Compare));
    assert!(next.to_keep.is_empty());
}

#[test]
fn accepting_a_rotation_is_one_edit_that_undo_takes_back() {
    let rome = Zone::parse("Europe/Rome").unwrap();
    let s = Rc::new(State::open("gma-spring-2027", rome, None, None, None));
    let id = meridian_engine::schedule::SessionId("la-lecture".into());
    let s = s.clone().reduce(Action::BestTimesOpened(
        BestTimesFor::Session(id.clone()),
        draft_of(&s, Some("la-lecture")),
    ));
    let best = s.best_times.clone().unwrap();
    assert_eq!(best.campuses.len(), 6);
    let q = crate::screens::planner::best_times::questions(&s.schedule, &best, rome);
    let rotation = meridian_engine::overlap::propose_rotation(&s.schedule, &q.rotation, 3)
        .unwrap()
        .unwrap();
    let i = q.session.unwrap();
    let before = s.schedule.clone();
    let s = s.reduce(Action::Edited(Edit::RotationAccepted {
        rotation: Rc::new(rotation.clone()),
        template: Box::new(before.sessions[i].clone()),
        replacing: Some(i),
    }));
    assert!(s.notice.is_none(), "{:?}", s.notice);
    assert_eq!(s.best_times, None, "the session it was for is replaced");
    let ids: Vec<&str> = s
        .schedule
        .sessions
        .iter()
        .filter(|x| x.id.as_str().starts_with("la-lecture"))
        .map(|x| x.id.as_str())
        .collect();
    assert_eq!(ids.len(), rotation.slots.len());
    assert!(!ids.contains(&"la-lecture"));
    assert!(s
        .status
        .en()
        .as_deref()
        .unwrap()
        .contains("now rotates between"));
    let s = s.reduce(Action::Undone);
    assert_eq!(s.schedule.sessions.len(), before.sessions.len());
    assert!(s.schedule.sessions.iter().any(|x| x.id == id));
}

#[test]
fn ticking_campuses_in_best_times_keeps_the_schedules_order() {
    let rome = Zone::parse("Europe/Rome").unwrap();
    let s = Rc::new(State::open("gma-spring-2027", rome, None, None, None));
    let id = meridian_engine::schedule::SessionId("la-lecture".into());
    let s = s.clone().reduce(Action::BestTimesOpened(
        BestTimesFor::Session(id),
        draft_of(&s, Some("la-lecture")),
    ));
    let nairobi = meridian_engine::schedule::CampusId("nairobi".into());
    let s = s.reduce(Action::BestTimesCampusToggled(nairobi.clone()));
    let ids: Vec<String> = s
        .best_times
        .as_ref()
        .unwrap()
        .campuses
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(
        ids,
        [
            "polimi",
            "auckland",
            "nairobi",
            "manchester",
            "toronto",
            "rice",
            "uchile"
        ]
    );
    let s = s.reduce(Action::BestTimesCampusToggled(nairobi));
    assert_eq!(s.best_times.as_ref().unwrap().campuses.len(), 6);
    let s = s.reduce(Action::BestTimesLengthChosen(60));
    assert_eq!(s.best_times.as_ref().unwrap().length_minutes, 60);
    let s = s.reduce(Action::BestTimesClosed);
    assert_eq!(s.best_times, None);
}

#[test]
fn a_holiday_taught_from_the_conflicts_list_is_one_undoable_edit_that_names_it() {
    let berlin = Zone::parse("Europe/Berlin").unwrap();
    let s = Rc::new(State::open("enhance-autumn-2026", berlin, None, None, None));
    let upv = meridian_engine::schedule::CampusId::from("upv");
    let taught = s.clone().reduce(Action::Edited(Edit::HolidaySwitched {
        campus: upv.clone(),
        date: date("2026-10-12"),
        off: true,
        name: "Fiesta Nacional de España".into(),
    }));
    assert_eq!(
        taught.schedule.campus(&upv).unwrap().holidays_off,
        [date("2026-10-12")]
    );
    assert_eq!(
        taught.status.en().as_deref(),
        Some("UPV teaches on Mon 12 Oct although it is Fiesta Nacional de España. Undo makes it a holiday again.")
    );
    let undone = taught.reduce(Action::Undone);
    assert!(undone
        .schedule
        .campus(&upv)
        .unwrap()
        .holidays_off
        .is_empty());
}

/// The session form's draft of a session (by id), or of a new one.
fn draft_of(s: &State, session: Option<&str>) -> Box<SessionDraft> {
    let x = session.and_then(|id| s.schedule.sessions.iter().find(|x| x.id.as_str() == id));
    Box::new(SessionDraft::of(&s.schedule, x, s.week))
}

#[test]
fn best_times_keeps_what_was_typed_in_the_new_session_form() {
    // "Best times" closed the form and started from every campus; picking a start opened an
    // empty form.
    let berlin = Zone::parse("Europe/Berlin").unwrap();
    let s = Rc::new(State::open("enhance-autumn-2026", berlin, None, None, None));
    let s = s.reduce(Action::SessionFormOpened(FormTarget::New(None)));
    let mut typed = draft_of(&s, None);
    typed.title = "MY TYPED TITLE".into();
    typed.cohorts = vec!["ntnu-msc1".into()];
    typed.lecturer = "schulz".into();
    typed.minutes = "60".into();
    typed.weekdays = vec![meridian_engine::Weekday::Tue];
    let s = s.reduce(Action::BestTimesOpened(
        BestTimesFor::NewSeries,
        typed.clone(),
    ));
    assert_eq!(s.form, None, "set aside while the panel is open");
    let best = s.best_times.clone().unwrap();
    let ids: Vec<&str> = best.campuses.iter().map(|c| c.as_str()).collect();
    assert_eq!(ids, ["tub", "ntnu"], "the host and the cohort's campus");
    assert_eq!(best.length_minutes, 60);
    // Closing the panel brings the form back as it was.
    let closed = s.clone().reduce(Action::BestTimesClosed);
    assert_eq!(closed.form, Some(FormTarget::New(None)));
    assert_eq!(closed.form_draft.as_deref(), Some(&*typed));
    // A start picked (Mon 26 Oct 08:30 in Berlin): only the date, time and weekday change.
    let at = berlin
        .resolve(
            date("2026-10-26").at(meridian_engine::CivilTime::new(8, 30).unwrap()),
            meridian_engine::Disambiguation::Compatible,
        )
        .unwrap()
        .instant;
    let s = s.reduce(Action::BestTimeChosen(at, 60));
    assert_eq!(s.form, Some(FormTarget::New(None)));
    assert_eq!(s.form_aside, None);
    let back = s.form_draft.as_deref().unwrap();
    let mut expected = (*typed).clone();
    expected.date = "2026-10-26".into();
    expected.time = "08:30".into();
    expected.weekdays = vec![meridian_engine::Weekday::Mon];
    assert_eq!(back, &expected);
    // The form opened afresh starts from its target again.
    let s = s.reduce(Action::SessionFormClosed);
    let s = s.reduce(Action::SessionFormOpened(FormTarget::New(None)));
    assert_eq!(s.form_draft, None);
}

// A Dutch coordinator's first edit of the demo named it "… (mijn kopie)", and that name went to
// the Italian partner and the students in the links: the copy keeps the schedule's own name.
#[test]
fn a_dutch_copy_of_the_demo_keeps_its_own_name_in_the_links_partners_and_students_get() {
    let berlin = Zone::parse("Europe/Berlin").unwrap();
    let mut opened = State::open("enhance-autumn-2026", berlin, None, None, None);
    opened.words = meridian_words::Words::new(
        meridian_words::Catalogue::parse("nl", include_str!("../../locales/nl.ftl")).unwrap(),
        Rc::new(meridian_words::EnglishDates::default()),
    );
    let demo_name = opened.schedule.name.clone();
    let moved = Rc::new(opened).reduce(Action::Edited(Edit::SessionMoved {
        session: 4,
        minutes: 15,
    }));
    assert_eq!(moved.origin, Origin::Saved, "the edit made a copy");
    assert_eq!(
        moved.schedule.name,
        "Sustainable Energy Systems — autumn 2026"
    );
    assert_eq!(moved.schedule.name, demo_name);
    use meridian_engine::link::{decode, encode, LinkKind};
    for kind in [
        LinkKind::Edit,
        LinkKind::View {
            campus: None,
            cohort: None,
        },
    ] {
        let shared = decode(&encode(&moved.schedule, &kind).unwrap()).unwrap();
        assert_eq!(shared.schedule.name, demo_name, "{kind:?}");
    }
    assert_eq!(
        moved.library.last().map(|e| e.name.as_str()),
        Some(demo_name.as_str())
    );
}

#[test]
fn the_next_session_and_week_went_stale_on_an_open_page_so_the_clock_ticks_into_the_store() {
    // Outsider report: "Next: … in 24 min" still said so two hours later, and the week view
    // stayed on the week the page opened on. A tick moves "now" and today, and the week
    // follows today unless the reader picked another.
    let oslo = Zone::parse("Europe/Oslo").unwrap();
    let at = |s: &str| meridian_engine::Instant::parse_rfc3339(s).unwrap();
    let mut opened = State::open(
        "enhance-autumn-2026",
        oslo,
        Some(date("2026-10-25")),
        None,
        None,
    );
    opened.now = Some(at("2026-10-25T21:50:00Z"));
    let s = Rc::new(opened);
    assert_eq!((s.week, s.day), (date("2026-10-19"), 6), "Sunday evening");
    // The same minute again: nothing changes, so nothing is drawn again.
    let same = s
        .clone()
        .reduce(Action::ClockTicked(at("2026-10-25T21:50:40Z")));
    assert!(Rc::ptr_eq(&s, &same));
    // Past midnight in Oslo: Monday, a new week.
    let monday = s
        .clone()
        .reduce(Action::ClockTicked(at("2026-10-25T23:01:30Z")));
    assert_eq!(
        monday.now,
        Some(at("2026-10-25T23:01:00Z")),
        "to the minute"
    );
    assert_eq!(monday.today, Some(date("2026-10-26")));
    assert_eq!((monday.week, monday.day), (date("2026-10-26"), 0));
    // Tuesday: the phone's day follows today within the week.
    let tuesday = monday
        .clone()
        .reduce(Action::ClockTicked(at("2026-10-27T08:00:00Z")));
    assert_eq!((tuesday.week, tuesday.day), (date("2026-10-26"), 1));
    // A reader who picked another week keeps it when the day changes.
    let picked = tuesday
        .clone()
        .reduce(Action::WeekChosen(date("2026-11-09")))
        .reduce(Action::ClockTicked(at("2026-10-28T08:00:00Z")));
    assert_eq!(picked.today, Some(date("2026-10-28")));
    assert_eq!(picked.week, date("2026-11-09"));
    // And a day picked on the phone stays while the week is the same.
    let friday = tuesday
        .reduce(Action::DayChosen(4))
        .reduce(Action::ClockTicked(at("2026-10-28T08:00:00Z")));
    assert_eq!((friday.week, friday.day), (date("2026-10-26"), 4));
}

#[test]
fn the_week_follows_today_into_the_term_from_its_first_week() {
    let term = meridian_engine::demo::load("enhance-autumn-2026")
        .unwrap()
        .term;
    // Before the term the page opens on its first week; once the term has begun, the week of
    // today.
    let before = Some(date("2026-08-30"));
    let first = opening_week(before, term);
    assert_eq!(
        following_today(term, (first, 0), before, Some(date("2026-09-08"))),
        (date("2026-09-07"), 1)
    );
    // Unknown today to a known one: the same rule.
    assert_eq!(
        following_today(term, (first, 0), None, Some(date("2026-10-21"))),
        (date("2026-10-19"), 2)
    );
}
