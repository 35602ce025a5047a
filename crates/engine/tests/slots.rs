//! Finding a time: suggested starts are conflict-free where the week allows, ranked, spread over
//! days, and each says exactly what the full check would say after the move.

use meridian_engine::schedule::{CohortId, Schedule, Session, SessionId, SessionKind, Weekly};
use meridian_engine::slots::{moved, suggest_times, SlotSearch, Suggestion};
use meridian_engine::{check, demo, CivilDate, CivilDateTime, ConflictKind, Severity};

fn index(s: &Schedule, id: &str) -> usize {
    s.sessions.iter().position(|x| x.id.as_str() == id).unwrap()
}

/// (errors, warnings, notes) the full check finds for session `id` once it starts at `start`.
fn full_check_counts(s: &Schedule, i: usize, start: CivilDateTime) -> (usize, usize, usize) {
    let mut after = s.clone();
    if i < after.sessions.len() {
        after.sessions[i] = moved(&s.sessions[i], start).unwrap();
    }
    after.validate().unwrap();
    let id = after.sessions[i].id.clone();
    let found = check(&after);
    let of = |sev: Severity| {
        found
            .iter()
            .filter(|c| c.severity == sev && c.sessions.contains(&id))
            .count()
    };
    (
        of(Severity::Error),
        of(Severity::Warning),
        of(Severity::Info),
    )
}

fn counts(x: &Suggestion) -> (usize, usize, usize) {
    (x.errors, x.warnings, x.notes)
}

#[test]
fn the_markets_tutorial_clash_gets_free_times_each_counted_as_the_full_check_counts() {
    let s = demo::load("enhance-autumn-2026").unwrap();
    let i = index(&s, "markets-tutorial");
    let found = suggest_times(&s, Some(i), &s.sessions[i], &SlotSearch::default()).unwrap();
    assert!(
        found.now.errors >= 1,
        "it clashes with the markets lecture now"
    );
    assert_eq!(
        found.now.first_problem.as_ref().unwrap().kind,
        ConflictKind::CohortDoubleBooked
    );
    assert_eq!(found.better.len(), 5);
    assert_eq!(found.better[0].errors, 0);
    assert_eq!(counts(&found.better[0]), (0, 0, 0));
    for x in std::iter::once(&found.now).chain(&found.better) {
        assert_eq!(
            counts(x),
            full_check_counts(&s, i, x.start),
            "at {}",
            x.start
        );
    }
    let ranks: Vec<_> = found.better.iter().map(counts).collect();
    let mut sorted = ranks.clone();
    sorted.sort();
    assert_eq!(ranks, sorted, "best first");
    for x in &found.better {
        let same_day = found
            .better
            .iter()
            .filter(|y| y.start.date() == x.start.date())
            .count();
        assert!(same_day <= 2, "at most two a day: {:?}", found.better);
        assert_ne!(x.start, s.sessions[i].start, "never where it is now");
    }
}

#[test]
fn the_seven_campus_lecture_is_offered_a_day_without_holidays_inside_everyones_hours() {
    let s = demo::load("enhance-autumn-2026").unwrap();
    let i = index(&s, "energy-systems");
    let found = suggest_times(&s, Some(i), &s.sessions[i], &SlotSearch::default()).unwrap();
    // On Mondays it meets on Hispanic Day at UPV (12 Oct); Tuesdays and Wednesdays have
    // holidays too (8 Dec, 11 Nov). Thursday at the same time is free for all seven.
    assert!(found.now.errors >= 1);
    let best = &found.better[0];
    assert_eq!(best.start.to_string(), "2026-09-10 10:15");
    assert_eq!(best.errors, 0);
    // The one warning left is one no time avoids: RWTH's term starts on 12 Oct.
    assert_eq!(best.warnings, found.now.warnings);
    let worst = best.first_problem.as_ref().unwrap();
    assert_eq!(worst.kind, ConflictKind::OutsideCampusTerm);
    assert_eq!(worst.campuses, ["rwth".into()]);
    assert_eq!(counts(best), full_check_counts(&s, i, best.start));
}

#[test]
fn a_new_auckland_santiago_session_is_offered_hours_that_suit_both() {
    let mut s = demo::load("gma-spring-2027").unwrap();
    // Nothing else in the way: only the two campuses' hours, days and holidays matter.
    s.sessions.clear();
    let new = Session {
        id: SessionId::from("pacific"),
        title: "Pacific seminar".into(),
        course: None,
        kind: SessionKind::Seminar,
        host: "auckland".into(),
        zone: None,
        start: CivilDateTime::parse("2027-03-02T03:00").unwrap(),
        duration_minutes: 60,
        repeat: Some(Weekly {
            interval: 1,
            weekdays: Vec::new(),
            until: None,
            // Four weeks, before Auckland's Easter break.
            count: Some(4),
            skip: Vec::new(),
        }),
        cohorts: vec![CohortId::from("auckland-la"), CohortId::from("uchile-la")],
        lecturer: None,
        rooms: Vec::new(),
        meeting_url: None,
        notes: None,
        changes: Vec::new(),
    };
    let found = suggest_times(&s, None, &new, &SlotSearch::default()).unwrap();
    assert!(
        found.now.warnings >= 1,
        "03:00 in Auckland is outside its hours"
    );
    let best = &found.better[0];
    assert_eq!((best.errors, best.warnings), (0, 0), "{:?}", found.better);
    let mut with = s.clone();
    with.sessions.push(moved(&new, best.start).unwrap());
    assert!(check(&with).iter().all(|c| c.severity == Severity::Info));
}

#[test]
fn a_series_moved_to_another_day_keeps_its_skipped_week_and_stays_valid() {
    let s = demo::load("enhance-autumn-2026").unwrap();
    let lab = &s.sessions[index(&s, "hydrogen-lab")];
    assert_eq!(
        lab.repeat.as_ref().unwrap().skip,
        [CivilDate::parse("2026-10-21").unwrap()]
    );
    let thursday = moved(lab, CivilDateTime::parse("2026-09-10T09:00").unwrap()).unwrap();
    assert_eq!(
        thursday.repeat.as_ref().unwrap().skip,
        [CivilDate::parse("2026-10-22").unwrap()]
    );
    let mut after = s.clone();
    let i = index(&s, "hydrogen-lab");
    after.sessions[i] = thursday;
    after.validate().unwrap();
}

#[test]
fn a_series_on_several_weekdays_is_only_offered_other_times_of_its_first_day() {
    let s = demo::load("enhance-autumn-2026").unwrap();
    let i = index(&s, "markets-tutorial");
    let mut twice = s.sessions[i].clone();
    let first = twice.start.date();
    twice.repeat.as_mut().unwrap().weekdays =
        vec![meridian_engine::Weekday::Tue, meridian_engine::Weekday::Thu];
    let found = suggest_times(&s, Some(i), &twice, &SlotSearch::default()).unwrap();
    assert!(!found.better.is_empty());
    assert!(found.better.iter().all(|x| x.start.date() == first));
}

#[test]
fn one_week_on_a_holiday_is_offered_another_day_that_week_and_the_series_stays() {
    use meridian_engine::slots::suggest_week_times;
    let s = demo::load("enhance-autumn-2026").unwrap();
    let i = index(&s, "energy-systems");
    let hispanic_day = CivilDate::parse("2026-10-12").unwrap();
    let found = suggest_week_times(&s, i, hispanic_day, &SlotSearch::default()).unwrap();
    assert_eq!(found.now.start.to_string(), "2026-10-12 10:15");
    // That week has one problem: UPV is closed. The other weeks' do not count here.
    assert_eq!((found.now.errors, found.now.warnings), (1, 0));
    let worst = found.now.first_problem.as_ref().unwrap();
    assert_eq!(
        worst.calendar.as_ref().map(|d| d.name.as_str()),
        Some("Hispanic Day"),
        "{worst:?}"
    );
    let best = &found.better[0];
    assert_eq!((best.errors, best.warnings), (0, 0), "{:?}", found.better);
    assert!(
        best.start.date() >= hispanic_day
            && best.start.date() < CivilDate::parse("2026-10-19").unwrap()
    );
    // Applied as "this week only", the full check agrees for that week, and every other week
    // of the series is where it was.
    let moved = s
        .with_occurrence_changed(
            i,
            hispanic_day,
            meridian_engine::edit::OccurrenceEdit {
                start: Some(best.start),
                duration_minutes: None,
                rooms: None,
            },
        )
        .unwrap();
    let that_week: Vec<_> = check(&moved)
        .into_iter()
        .filter(|c| {
            c.occurrences
                .iter()
                .any(|o| o.session == i && o.date == hispanic_day)
        })
        .collect();
    assert!(that_week.is_empty(), "{that_week:?}");
    assert_eq!(moved.sessions[i].start, s.sessions[i].start);
    assert_eq!(moved.sessions[i].changes.len(), 1);
    assert!(
        suggest_week_times(
            &s,
            i,
            CivilDate::parse("2026-10-13").unwrap(),
            &SlotSearch::default()
        )
        .is_err(),
        "no occurrence that day"
    );
}
