//! Edits with the schedule's rules: one week of a series changed (and changed back), and
//! campuses, cohorts, lecturers and rooms removed with everything that named them.

use meridian_engine::edit::OccurrenceEdit;
use meridian_engine::schedule::{CampusId, CohortId, LecturerId, RoomId, Schedule};
use meridian_engine::{demo, occurrences, CivilDate, CivilDateTime, Zone};

fn enhance() -> Schedule {
    demo::load("enhance-autumn-2026").unwrap()
}

fn date(s: &str) -> CivilDate {
    CivilDate::parse(s).unwrap()
}

fn index(s: &Schedule, id: &str) -> usize {
    s.sessions.iter().position(|x| x.id.as_str() == id).unwrap()
}

/// Local starts (host zone) of a session's occurrences, as text.
fn starts(s: &Schedule, id: &str) -> Vec<String> {
    let i = index(s, id);
    let zone = s.anchor_zone(&s.sessions[i]);
    occurrences(s, None, None)
        .unwrap()
        .into_iter()
        .filter(|o| o.session == i)
        .map(|o| zone.local(o.start).datetime.to_string())
        .collect()
}

#[test]
fn moving_one_week_of_a_series_moves_only_that_week() {
    let s = enhance();
    let i = index(&s, "energy-systems");
    let before = starts(&s, "energy-systems");
    let moved = s.with_occurrence_moved(i, date("2026-10-26"), 90).unwrap();
    let after = starts(&moved, "energy-systems");
    assert_eq!(before.len(), after.len(), "the series keeps every week");
    let differ: Vec<(&String, &String)> =
        before.iter().zip(&after).filter(|(a, b)| a != b).collect();
    assert_eq!(
        differ,
        vec![(
            &"2026-10-26 10:15".to_string(),
            &"2026-10-26 11:45".to_string()
        )]
    );
    // Moving it again starts from where it is now; moving it back makes it regular.
    let again = moved
        .with_occurrence_moved(i, date("2026-10-26"), 15)
        .unwrap();
    assert_eq!(
        again.sessions[i].changes[0].start.unwrap().to_string(),
        "2026-10-26 12:00"
    );
    let back = again
        .with_occurrence_moved(i, date("2026-10-26"), -105)
        .unwrap();
    assert!(
        back.sessions[i].changes.is_empty(),
        "a week moved back is regular again, not a change that changes nothing"
    );
    assert_eq!(back, s);
}

#[test]
fn a_week_moved_across_the_switch_keeps_its_wall_clock_in_the_anchor_zone() {
    // The guest lecture is fixed in Toronto; moving the 26 Oct week to Tuesday 09:00 Toronto
    // lands at 14:00 Berlin (Europe already left summer time, Toronto not yet).
    let s = enhance();
    let i = index(&s, "guest-grid");
    let moved = s
        .with_occurrence_changed(
            i,
            date("2026-10-26"),
            OccurrenceEdit {
                start: Some(CivilDateTime::parse("2026-10-27T09:00").unwrap()),
                ..OccurrenceEdit::default()
            },
        )
        .unwrap();
    let berlin = Zone::parse("Europe/Berlin").unwrap();
    let o = occurrences(&moved, None, None)
        .unwrap()
        .into_iter()
        .find(|o| o.session == i && o.date == date("2026-10-26"))
        .unwrap();
    assert!(o.changed);
    assert_eq!(
        berlin.local(o.start).datetime.to_string(),
        "2026-10-27 14:00"
    );
}

#[test]
fn resizing_one_week_records_only_the_length() {
    let s = enhance();
    let i = index(&s, "hydrogen-lab");
    let longer = s
        .with_occurrence_resized(i, date("2026-09-23"), 30)
        .unwrap();
    let c = &longer.sessions[i].changes;
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].start, None, "the start stays the series'");
    assert_eq!(c[0].duration_minutes, Some(150));
    let e = s
        .with_occurrence_resized(i, date("2026-09-23"), -118)
        .unwrap_err();
    assert!(e.to_string().contains("shorter than 5 minutes"), "{e}");
}

#[test]
fn a_week_the_series_does_not_have_cannot_be_changed() {
    let s = enhance();
    let i = index(&s, "hydrogen-lab"); // every second Wednesday from 9 Sep
    let e = s
        .with_occurrence_moved(i, date("2026-09-16"), 15)
        .unwrap_err();
    assert!(
        e.to_string()
            .contains("“Hydrogen systems lab” has no occurrence on 2026-09-16"),
        "{e}"
    );
    let skipped = s
        .with_occurrence_moved(i, date("2026-10-21"), 15)
        .unwrap_err();
    assert!(skipped.to_string().contains("no occurrence on 2026-10-21"));
}

#[test]
fn removing_a_cohort_takes_it_out_of_every_session() {
    let s = enhance();
    let (next, removed) = s.without_cohort(&CohortId::from("chalmers-msc1")).unwrap();
    assert!(next
        .cohorts
        .iter()
        .all(|c| c.id.as_str() != "chalmers-msc1"));
    assert!(next
        .sessions
        .iter()
        .all(|x| x.cohorts.iter().all(|c| c.as_str() != "chalmers-msc1")));
    assert_eq!(removed.sessions, 4);
    assert_eq!(
        removed.to_string(),
        "Removed Chalmers · MSc Sustainable Energy Systems, year 1; 4 sessions no longer include it."
    );
    next.validate().unwrap();
}

#[test]
fn removing_a_lecturer_or_a_room_leaves_their_sessions_without_them() {
    let s = enhance();
    let (next, removed) = s.without_lecturer(&LecturerId::from("rossi")).unwrap();
    assert_eq!(removed.sessions, 2);
    assert!(next
        .sessions
        .iter()
        .all(|x| x.lecturer.as_ref().is_none_or(|l| l.as_str() != "rossi")));
    let (_, one) = s.without_lecturer(&LecturerId::from("okafor")).unwrap();
    assert_eq!(
        one.to_string(),
        "Removed Dr. Chidi Okafor (guest, Toronto); 1 session no longer includes it."
    );
    // A week moved into another room loses that room too, and a change left with nothing
    // different goes.
    let i = index(&s, "energy-systems");
    let with_room = s
        .with_occurrence_changed(
            i,
            date("2026-09-14"),
            OccurrenceEdit {
                rooms: Some(vec![RoomId::from("tub-h0104"), RoomId::from("polimi-b41")]),
                ..OccurrenceEdit::default()
            },
        )
        .unwrap();
    let (next, removed) = with_room.without_room(&RoomId::from("polimi-b41")).unwrap();
    assert_eq!(removed.sessions, 2, "the grid seminar and the changed week");
    assert!(next.sessions[i].changes.is_empty());
}

#[test]
fn a_campus_goes_with_its_cohorts_and_rooms_but_not_while_it_teaches() {
    let s = enhance();
    let e = s.without_campus(&CampusId::from("ntnu")).unwrap_err();
    assert!(
        e.to_string().contains(
            "NTNU cannot be removed while it teaches “Hydrogen systems lab”; have another campus teach it first"
        ),
        "{e}"
    );
    let (next, removed) = s.without_campus(&CampusId::from("chalmers")).unwrap();
    assert_eq!(
        removed.to_string(),
        "Removed Chalmers with its 1 cohort; 4 sessions no longer include it."
    );
    assert!(next.campuses.iter().all(|c| c.id.as_str() != "chalmers"));
    assert!(next.cohorts.iter().all(|c| c.campus.as_str() != "chalmers"));
    // Removing NTNU once its lab is taught elsewhere takes its room out of the lab.
    let mut moved = s.clone();
    let i = index(&moved, "hydrogen-lab");
    moved.sessions[i].host = CampusId::from("chalmers");
    let (next, removed) = moved.without_campus(&CampusId::from("ntnu")).unwrap();
    assert_eq!((removed.cohorts, removed.rooms), (1, 1));
    assert!(next.sessions[i].rooms.is_empty());
    assert!(next
        .lecturers
        .iter()
        .all(|l| l.campus.as_ref().is_none_or(|c| c.as_str() != "ntnu")));
}

#[test]
fn the_last_campus_and_unknown_ids_are_refused_with_a_reason() {
    let mut s = enhance();
    s.sessions.clear();
    s.cohorts.clear();
    s.rooms.clear();
    s.lecturers.clear();
    s.campuses.truncate(1);
    let e = s.without_campus(&CampusId::from("tub")).unwrap_err();
    assert!(e.to_string().contains("the schedule's only campus"), "{e}");
    let e = enhance()
        .without_room(&RoomId::from("nowhere"))
        .unwrap_err();
    assert!(e.to_string().contains("no room \"nowhere\""), "{e}");
}

#[test]
fn cancelling_one_week_skips_it_and_forgets_its_change() {
    let s = enhance();
    let i = index(&s, "grid-seminar");
    let moved = s.with_occurrence_moved(i, date("2026-10-15"), 60).unwrap();
    let skipped = moved
        .with_occurrence_skipped(i, date("2026-10-15"))
        .unwrap();
    assert!(skipped.sessions[i].changes.is_empty());
    assert_eq!(
        starts(&skipped, "grid-seminar").len(),
        starts(&s, "grid-seminar").len() - 1
    );
    assert!(!starts(&skipped, "grid-seminar").contains(&"2026-10-15 16:00".to_string()));
    let midterm = index(&s, "midterm");
    let e = s
        .with_occurrence_skipped(midterm, date("2026-10-27"))
        .unwrap_err();
    assert!(
        e.to_string().contains("one-off session: delete it instead"),
        "{e}"
    );
}
