//! The student timetable's data: a Berlin series seen from Santiago and Toronto (the table in
//! shared/reference/campuses.md), skipped and moved weeks, and the next session.

use meridian_engine::schedule::{CohortId, FORMAT};
use meridian_engine::timetable::{agenda, next, time_changes, Status, Viewer};
use meridian_engine::{CivilTime, Instant, Schedule, Zone};

fn schedule() -> Schedule {
    Schedule::from_json(&format!(
        r#"{{"format":"{FORMAT}","id":"t","name":"Spring","term":{{"start":"2026-03-02","end":"2026-04-30"}},
        "campuses":[{{"id":"tub","name":"TU Berlin","short":"TU Berlin","city":"Berlin","zone":"Europe/Berlin"}},
                    {{"id":"uchile","name":"U. Chile","short":"U. Chile","city":"Santiago","zone":"America/Santiago"}}],
        "cohorts":[{{"id":"tub-1","name":"TUB 1","campus":"tub"}},{{"id":"chile-1","name":"UCH 1","campus":"uchile"}}],
        "sessions":[
          {{"id":"weekly","title":"Weekly","host":"tub","start":"2026-03-02T10:00","duration_minutes":90,
            "repeat":{{"skip":["2026-04-13"]}},"cohorts":["tub-1","chile-1"],
            "changes":[{{"date":"2026-04-20","start":"2026-04-21T12:00"}}]}},
          {{"id":"berlin-only","title":"Berlin only","host":"tub","start":"2026-03-03T09:00","duration_minutes":60,
            "repeat":{{}},"cohorts":["tub-1"]}}]}}"#
    ))
    .unwrap()
}

fn viewer(cohort: &str, zone: &str) -> Viewer {
    Viewer {
        campus: None,
        cohort: Some(CohortId::from(cohort)),
        zone: Some(Zone::parse(zone).unwrap()),
    }
}

fn t(s: &str) -> CivilTime {
    CivilTime::parse(s).unwrap()
}

#[test]
fn santiago_sees_the_berlin_series_at_three_times_and_learns_why() {
    let s = schedule();
    let changes = time_changes(&s, &viewer("chile-1", "America/Santiago"));
    let got: Vec<_> = changes
        .iter()
        .map(|c| {
            (
                c.from.to_string(),
                c.was,
                c.now,
                c.switched
                    .iter()
                    .map(|(z, summer)| (z.name(), *summer))
                    .collect::<Vec<_>>(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "2026-03-30".to_string(),
                t("06:00"),
                t("05:00"),
                vec![("Europe/Berlin", true)]
            ),
            (
                "2026-04-06".to_string(),
                t("05:00"),
                t("04:00"),
                vec![("America/Santiago", false)]
            ),
        ]
    );
}

#[test]
fn toronto_sees_two_changes_one_from_each_side() {
    let s = schedule();
    let changes = time_changes(&s, &viewer("tub-1", "America/Toronto"));
    let weekly: Vec<_> = changes
        .iter()
        .filter(|c| s.sessions[c.session].id.as_str() == "weekly")
        .map(|c| (c.from.to_string(), c.was, c.now, c.switched[0].0.name()))
        .collect();
    assert_eq!(
        weekly,
        [
            (
                "2026-03-09".to_string(),
                t("04:00"),
                t("05:00"),
                "America/Toronto"
            ),
            (
                "2026-03-30".to_string(),
                t("05:00"),
                t("04:00"),
                "Europe/Berlin"
            ),
        ]
    );
}

#[test]
fn the_agenda_shows_skipped_and_moved_weeks_and_only_the_cohorts_sessions() {
    let s = schedule();
    let entries = agenda(&s, &viewer("chile-1", "America/Santiago"));
    assert!(entries
        .iter()
        .all(|e| s.sessions[e.session].id.as_str() == "weekly"));
    assert_eq!(entries.len(), 9, "2 Mar to 27 Apr: nine Mondays");
    let skipped: Vec<_> = entries
        .iter()
        .filter(|e| e.status == Status::Skipped)
        .collect();
    assert_eq!(skipped.len(), 1);
    assert_eq!(skipped[0].local_start.to_string(), "2026-04-13 04:00");
    let moved: Vec<_> = entries
        .iter()
        .filter(|e| e.status == Status::Changed)
        .collect();
    assert_eq!(moved[0].local_start.to_string(), "2026-04-21 06:00");
    assert_eq!(moved[0].host_start.to_string(), "2026-04-21 12:00");
    let berlin = agenda(&s, &viewer("tub-1", "Europe/Berlin"));
    assert!(berlin.len() > entries.len());
}

#[test]
fn the_next_session_is_the_first_not_over_and_never_a_skipped_one() {
    let s = schedule();
    let entries = agenda(&s, &viewer("chile-1", "America/Santiago"));
    // Monday 13 April is skipped: on the Sunday before, the next one is the moved Tuesday.
    let sunday = Instant::parse_rfc3339("2026-04-12T12:00:00Z").unwrap();
    assert_eq!(
        next(&entries, sunday).unwrap().local_start.to_string(),
        "2026-04-21 06:00"
    );
    // During a session, it is that session.
    let during = Instant::parse_rfc3339("2026-03-02T09:30:00Z").unwrap();
    assert_eq!(
        next(&entries, during).unwrap().local_start.to_string(),
        "2026-03-02 06:00"
    );
    let after = Instant::parse_rfc3339("2026-05-01T00:00:00Z").unwrap();
    assert!(next(&entries, after).is_none());
}

fn at(s: &str) -> Instant {
    Instant::parse_rfc3339(s).unwrap()
}

#[test]
fn countdowns_a_day_short_count_calendar_days_on_the_readers_clock() {
    use meridian_engine::timetable::{countdown, Countdown};
    let warsaw = Zone::parse("Europe/Warsaw").unwrap();
    let shanghai = Zone::parse("Asia/Shanghai").unwrap();
    // Wed 2 Dec 2026, 16:15 in Warsaw: Monday's 10:15 lecture is 5 days off (the tester read
    // "in 4 days"), next Wednesday's 14:15 lab 7 (not 6).
    let now = at("2026-12-02T15:15:00Z");
    assert_eq!(
        countdown(now, at("2026-12-07T09:15:00Z"), warsaw),
        Countdown::Days(5)
    );
    assert_eq!(
        countdown(now, at("2026-12-09T13:15:00Z"), warsaw),
        Countdown::Days(7)
    );
    // The same instants read in Shanghai (00:15 on Thu 3 Dec there): Monday 17:15 is 4 days off.
    let late = at("2026-12-02T16:15:00Z");
    assert_eq!(
        countdown(late, at("2026-12-07T09:15:00Z"), shanghai),
        Countdown::Days(4)
    );
    // Later today: hours and minutes; begun: now.
    assert_eq!(
        countdown(now, at("2026-12-02T17:30:00Z"), warsaw),
        Countdown::Minutes(135)
    );
    assert_eq!(countdown(now, now, warsaw), Countdown::Now);
    assert_eq!(
        countdown(now, at("2026-12-02T14:00:00Z"), warsaw),
        Countdown::Now
    );
    // Tomorrow morning, even fewer than 24 hours away; shortly after midnight, in minutes.
    assert_eq!(
        countdown(now, at("2026-12-03T07:00:00Z"), warsaw),
        Countdown::Tomorrow
    );
    assert_eq!(
        countdown(
            at("2026-12-02T22:30:00Z"),
            at("2026-12-02T23:15:00Z"),
            warsaw
        ),
        Countdown::Minutes(45)
    );
    // Across the end of a month and of a year.
    assert_eq!(
        countdown(
            at("2026-11-30T20:00:00Z"),
            at("2026-12-01T09:00:00Z"),
            warsaw
        ),
        Countdown::Tomorrow
    );
    assert_eq!(
        countdown(
            at("2026-12-30T12:00:00Z"),
            at("2027-01-04T08:00:00Z"),
            warsaw
        ),
        Countdown::Days(5)
    );
    // Across a switch to summer time (Sun 29 Mar 2026 in Warsaw, a 23-hour day): Saturday
    // 10:00 to Monday 09:00 is 46 hours, 2 days.
    assert_eq!(
        countdown(
            at("2026-03-28T09:00:00Z"),
            at("2026-03-30T07:00:00Z"),
            warsaw
        ),
        Countdown::Days(2)
    );
    // And from summer time (Sun 25 Oct 2026, a 25-hour day): Saturday 23:00 to Sunday 23:30
    // is 25 h 30 min, but the next day.
    assert_eq!(
        countdown(
            at("2026-10-24T21:00:00Z"),
            at("2026-10-25T22:30:00Z"),
            warsaw
        ),
        Countdown::Tomorrow
    );
}

#[test]
fn a_past_skipped_week_is_not_in_this_week() {
    use meridian_engine::timetable::in_week_of;
    use meridian_engine::CivilDate;
    let s = schedule();
    let entries = agenda(&s, &viewer("tub-1", "Europe/Berlin"));
    let skipped = entries
        .iter()
        .find(|e| e.status == Status::Skipped)
        .unwrap();
    let d = |x: &str| CivilDate::parse(x).unwrap();
    // Mon 13 Apr 2026 is skipped: flagged "this week" from Monday to Sunday of that week only.
    assert!(in_week_of(skipped, d("2026-04-13")));
    assert!(in_week_of(skipped, d("2026-04-19")));
    assert!(!in_week_of(skipped, d("2026-04-20")));
    assert!(!in_week_of(skipped, d("2026-04-12")));
}

/// The GMA term starts on Monday 1 Mar 2027 with a plenary at 08:00 in Auckland: Sunday 28 Feb,
/// 16:00 in Santiago. The week list there began with the term's first week, so a Chilean student
/// told "Next: Opening plenary — Sun 28 Feb" could not page to it in the week view.
#[test]
fn a_first_session_on_sunday_in_santiago_has_a_week_to_page_to() {
    let gma = meridian_engine::demo::load("gma-spring-2027").unwrap();
    let term = gma.term.week_mondays();
    let date = |s: &str| meridian_engine::CivilDate::parse(s).unwrap();
    assert_eq!(term.first(), Some(&date("2027-03-01")));

    let santiago = meridian_engine::week_mondays_in(&gma, Zone::parse("America/Santiago").unwrap());
    assert_eq!(
        santiago.first(),
        Some(&date("2027-02-22")),
        "the week of Sun 28 Feb comes first"
    );
    assert_eq!(
        &santiago[1..],
        &term[..],
        "then the term's own weeks, none lost"
    );

    // The timetable page takes them from its agenda's held entries: the same weeks.
    let everyone = Viewer {
        campus: None,
        cohort: None,
        zone: Some(Zone::parse("America/Santiago").unwrap()),
    };
    let held = agenda(&gma, &everyone)
        .into_iter()
        .filter(|e| e.status != Status::Skipped)
        .map(|e| e.start);
    assert_eq!(
        meridian_engine::weeks_holding(gma.term, everyone.zone.unwrap(), held),
        santiago
    );

    // Where the term's days are the sessions' days, the weeks are the term's.
    let auckland = meridian_engine::week_mondays_in(&gma, Zone::parse("Pacific/Auckland").unwrap());
    assert_eq!(auckland, term);

    // Every occurrence falls in one of the listed weeks, wherever it is read.
    let all = meridian_engine::occurrences(&gma, None, None).unwrap();
    for name in [
        "America/Santiago",
        "Pacific/Kiritimati",
        "Pacific/Pago_Pago",
        "Europe/Berlin",
    ] {
        let zone = Zone::parse(name).unwrap();
        let weeks = meridian_engine::week_mondays_in(&gma, zone);
        for o in &all {
            let monday = zone.local(o.start).datetime.date().monday();
            assert!(weeks.contains(&monday), "{name}: {} has no week", o.start);
        }
    }
}
