//! The conflict engine on real-looking schedules, and the sweep against a plain pairwise check.

use meridian_engine::conflict::{
    overlapping_pairs, overlapping_pairs_pairwise, Booked, ConflictDetail, Hint, Opening, Repeats,
    Resource, Span, Switch,
};
use meridian_engine::schedule::FORMAT;
use meridian_engine::{
    check, demo, occurrences, Conflict, ConflictIndex, ConflictKind, Schedule, Severity,
};
use proptest::prelude::*;

/// Four campuses in both hemispheres, two cohorts each side, a lecturer, a room per campus.
fn schedule(rules: &str, sessions: &str) -> Schedule {
    let text = format!(
        r#"{{"format":"{FORMAT}","id":"t","name":"Test term","term":{{"start":"2026-03-02","end":"2026-06-26"}},
        "campuses":[
          {{"id":"tub","name":"TU Berlin","short":"TU Berlin","city":"Berlin","zone":"Europe/Berlin",
            "closures":[{{"name":"Easter Monday","start":"2026-04-06"}}]}},
          {{"id":"uchile","name":"Universidad de Chile","short":"U. Chile","city":"Santiago","zone":"America/Santiago"}},
          {{"id":"toronto","name":"University of Toronto","short":"Toronto","city":"Toronto","zone":"America/Toronto",
            "teaching_hours":{{"mon":"09:00-17:00","tue":"09:00-17:00","wed":"09:00-17:00","thu":"09:00-17:00","fri":"09:00-17:00"}}}},
          {{"id":"ntnu","name":"NTNU","short":"NTNU","city":"Trondheim","zone":"Europe/Oslo","term":{{"start":"2026-03-09","end":"2026-06-26"}}}}],
        "cohorts":[
          {{"id":"tub-1","name":"TUB-MSc1","campus":"tub"}},{{"id":"ntnu-1","name":"NTNU-MSc1","campus":"ntnu"}},
          {{"id":"chile-1","name":"UCH-MSc1","campus":"uchile"}},{{"id":"tor-1","name":"TOR-MSc1","campus":"toronto"}}],
        "lecturers":[{{"id":"lee","name":"Dr. Lee","campus":"tub"}}],
        "rooms":[{{"id":"h1","name":"H 1012","campus":"tub"}},{{"id":"s2","name":"S2","campus":"ntnu"}}],
        "sessions":[{sessions}]{rules}}}"#
    );
    Schedule::from_json(&text).unwrap_or_else(|e| panic!("{e}"))
}

fn t(text: &str) -> meridian_engine::CivilTime {
    meridian_engine::CivilTime::parse(text).unwrap()
}

fn d(text: &str) -> meridian_engine::CivilDate {
    meridian_engine::CivilDate::parse(text).unwrap()
}

fn span(start: &str, end: &str) -> Span {
    Span {
        start: t(start),
        end: t(end),
    }
}

fn session(id: &str, host: &str, start: &str, minutes: u32, extra: &str) -> String {
    format!(
        r#"{{"id":"{id}","title":"{id}","host":"{host}","start":"{start}","duration_minutes":{minutes}{extra}}}"#
    )
}

fn of_kind(all: &[Conflict], kind: ConflictKind) -> Vec<&Conflict> {
    all.iter().filter(|c| c.kind == kind).collect()
}

#[test]
fn a_cohort_booked_twice_is_an_error_with_local_times_and_a_hint() {
    let s = schedule(
        "",
        &[
            session(
                "energy",
                "ntnu",
                "2026-03-10T10:15",
                90,
                r#","cohorts":["ntnu-1"]"#,
            ),
            session(
                "lab",
                "ntnu",
                "2026-03-10T11:00",
                90,
                r#","cohorts":["ntnu-1"]"#,
            ),
        ]
        .join(","),
    );
    let all = check(&s);
    let clash = of_kind(&all, ConflictKind::CohortDoubleBooked);
    assert_eq!(clash.len(), 1);
    assert_eq!(clash[0].severity, Severity::Error);
    assert_eq!(
        clash[0].detail,
        ConflictDetail::DoubleBooked {
            booked: Booked {
                resource: Resource::Cohort(1),
                name: "NTNU-MSc1".into()
            },
            place: "Trondheim".into(),
            date: d("2026-03-10"),
            first: "energy".into(),
            first_span: span("10:15", "11:45"),
            second: "lab".into(),
            second_span: span("11:00", "12:30"),
            same_session: false,
            overlap_minutes: 45,
        }
    );
    assert_eq!(
        clash[0].hint,
        Some(Hint::MoveTo {
            session: "lab".into(),
            minutes: 45,
            to: t("11:45"),
            opening: Opening::After("energy".into())
        })
    );
    assert_eq!(clash[0].repeats, None);
    assert_eq!(
        clash[0]
            .campuses
            .iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>(),
        ["ntnu"]
    );
}

#[test]
fn sessions_that_only_touch_do_not_clash() {
    let s = schedule(
        "",
        &[
            session(
                "a",
                "tub",
                "2026-03-10T10:00",
                90,
                r#","cohorts":["tub-1"],"lecturer":"lee","rooms":["h1"]"#,
            ),
            session(
                "b",
                "tub",
                "2026-03-10T11:30",
                90,
                r#","cohorts":["tub-1"],"lecturer":"lee","rooms":["h1"]"#,
            ),
        ]
        .join(","),
    );
    assert!(
        check(&s).iter().all(|c| c.severity != Severity::Error),
        "{:#?}",
        check(&s)
    );
}

#[test]
fn a_weekly_clash_is_one_conflict_listing_every_week() {
    let s = schedule(
        "",
        &[
            session(
                "a",
                "tub",
                "2026-03-10T10:00",
                90,
                r#","cohorts":["tub-1"],"repeat":{"count":4},"lecturer":"lee""#,
            ),
            session(
                "b",
                "tub",
                "2026-03-10T11:00",
                60,
                r#","repeat":{"count":4},"lecturer":"lee","rooms":["h1"]"#,
            ),
        ]
        .join(","),
    );
    let all = check(&s);
    let clash = of_kind(&all, ConflictKind::LecturerDoubleBooked);
    assert_eq!(clash.len(), 1);
    assert_eq!(clash[0].occurrences.len(), 8);
    assert_eq!(
        clash[0].repeats,
        Some(Repeats {
            more: 3,
            last: d("2026-03-31")
        })
    );
    assert_eq!(ConflictIndex::new(&s).clashes().len(), 4);
}

#[test]
fn a_room_clash_names_the_room() {
    let s = schedule(
        "",
        &[
            session("a", "tub", "2026-03-11T10:00", 60, r#","rooms":["h1"]"#),
            session("b", "tub", "2026-03-11T10:30", 60, r#","rooms":["h1"]"#),
        ]
        .join(","),
    );
    let all = check(&s);
    let clash = of_kind(&all, ConflictKind::RoomDoubleBooked);
    let ConflictDetail::DoubleBooked {
        booked,
        place,
        date,
        first_span,
        second_span,
        ..
    } = &clash[0].detail
    else {
        panic!("{:?}", clash[0].detail)
    };
    assert_eq!(booked.resource, Resource::Room(0));
    assert_eq!(booked.name, "H 1012");
    assert_eq!(
        (place.as_str(), *date, *first_span, *second_span),
        (
            "Berlin",
            d("2026-03-11"),
            span("10:00", "11:00"),
            span("10:30", "11:30")
        )
    );
}

#[test]
fn a_room_clash_hints_when_the_room_is_free_that_day() {
    let s = schedule(
        "",
        &[
            session("a", "tub", "2026-03-11T10:00", 60, r#","rooms":["h1"]"#),
            session("b", "tub", "2026-03-11T10:30", 60, r#","rooms":["h1"]"#),
            session("c", "tub", "2026-03-11T11:30", 60, r#","rooms":["h1"]"#),
        ]
        .join(","),
    );
    let all = check(&s);
    let clash = of_kind(&all, ConflictKind::RoomDoubleBooked);
    assert_eq!(clash.len(), 1, "{all:#?}");
    // b (60 min) cannot go to 11:00 (c starts 11:30): the room is next free from 12:30 until
    // the end of Berlin's teaching day.
    assert_eq!(
        clash[0].hint,
        Some(Hint::MoveTo {
            session: "b".into(),
            minutes: 120,
            to: t("12:30"),
            opening: Opening::RoomFree {
                room: "H 1012".into(),
                free: span("12:30", "20:00")
            }
        })
    );
}

#[test]
fn a_move_hint_never_points_into_another_session_of_the_cohort() {
    let s = schedule(
        "",
        &[
            session(
                "a",
                "tub",
                "2026-03-11T10:00",
                60,
                r#","cohorts":["tub-1"]"#,
            ),
            session(
                "b",
                "tub",
                "2026-03-11T10:30",
                60,
                r#","cohorts":["tub-1"]"#,
            ),
            session(
                "c",
                "tub",
                "2026-03-11T11:30",
                90,
                r#","cohorts":["tub-1"]"#,
            ),
        ]
        .join(","),
    );
    let all = check(&s);
    let clash = of_kind(&all, ConflictKind::CohortDoubleBooked);
    assert_eq!(clash.len(), 1, "{all:#?}");
    assert_eq!(
        clash[0].hint,
        Some(Hint::MoveTo {
            session: "b".into(),
            minutes: 150,
            to: t("13:00"),
            opening: Opening::WhenFree(Booked {
                resource: Resource::Cohort(0),
                name: "TUB-MSc1".into()
            })
        })
    );
}

#[test]
fn too_little_break_is_a_warning_only_when_the_rule_asks() {
    let sessions = [
        session(
            "a",
            "tub",
            "2026-03-10T10:00",
            90,
            r#","cohorts":["tub-1"]"#,
        ),
        session(
            "b",
            "tub",
            "2026-03-10T11:35",
            60,
            r#","cohorts":["tub-1"]"#,
        ),
    ]
    .join(",");
    assert!(of_kind(&check(&schedule("", &sessions)), ConflictKind::ShortBreak).is_empty());
    let s = schedule(r#","rules":{"min_break_minutes":15}"#, &sessions);
    let all = check(&s);
    let brk = of_kind(&all, ConflictKind::ShortBreak);
    assert_eq!(brk.len(), 1);
    assert_eq!(brk[0].severity, Severity::Warning);
    assert_eq!(
        brk[0].detail,
        ConflictDetail::ShortBreak {
            booked: Booked {
                resource: Resource::Cohort(0),
                name: "TUB-MSc1".into()
            },
            place: "Berlin".into(),
            date: d("2026-03-10"),
            first: "a".into(),
            first_ends: t("11:30"),
            second: "b".into(),
            second_starts: t("11:35"),
            gap_minutes: 5,
            rule_minutes: 15,
        }
    );
    assert_eq!(
        brk[0].hint,
        Some(Hint::MoveBy {
            session: "b".into(),
            minutes: 10
        })
    );
}

#[test]
fn outside_a_partners_teaching_hours_gives_its_local_time_and_the_common_window() {
    // 09:00 Berlin is 03:00 (winter) in Toronto.
    let s = schedule(
        "",
        &session(
            "early",
            "tub",
            "2026-03-03T09:00",
            60,
            r#","cohorts":["tub-1","tor-1"]"#,
        ),
    );
    let all = check(&s);
    let out = of_kind(&all, ConflictKind::OutsideTeachingHours);
    assert_eq!(out.len(), 1);
    assert_eq!(
        out[0].detail,
        ConflictDetail::OutsideTeachingHours {
            session: "early".into(),
            date: d("2026-03-03"),
            campus: "Toronto".into(),
            city: "Toronto".into(),
            span: span("03:00", "04:00"),
            hours: meridian_engine::schedule::Hours::parse("09:00-17:00").unwrap(),
        }
    );
    assert_eq!(
        out[0].hint,
        Some(Hint::CommonWindow {
            span: span("15:00", "20:00"),
            place: "Berlin".into()
        })
    );
}

#[test]
fn a_holiday_and_a_partner_term_are_reported() {
    let s = schedule(
        "",
        &session(
            "mon",
            "tub",
            "2026-03-02T10:00",
            60,
            r#","cohorts":["tub-1","ntnu-1"],"repeat":{"count":6}"#,
        ),
    );
    let all = check(&s);
    let closed = of_kind(&all, ConflictKind::OnClosure);
    assert_eq!(closed.len(), 1);
    assert_eq!(
        closed[0].detail,
        ConflictDetail::OnCalendarDay {
            session: "mon".into(),
            date: d("2026-04-06"),
            campus: "TU Berlin".into(),
            city: "Berlin".into()
        }
    );
    let day = closed[0].calendar.as_ref().unwrap();
    assert_eq!(
        (day.kind, day.name.as_str()),
        (
            meridian_engine::conflict::CalendarKind::Closure,
            "Easter Monday"
        )
    );
    assert_eq!(closed[0].hint, Some(Hint::SkipOrMove));
    let term = of_kind(&all, ConflictKind::OutsideCampusTerm);
    assert_eq!(term.len(), 1);
    assert_eq!(
        term[0].detail,
        ConflictDetail::OutsideCampusTerm {
            session: "mon".into(),
            date: d("2026-03-02"),
            campus: "NTNU".into(),
            term_start: d("2026-03-09"),
            term_end: d("2026-06-26")
        }
    );
}

#[test]
fn another_local_weekday_that_is_not_a_teaching_day_is_a_warning() {
    // Monday 01:00 Berlin is still Sunday in Santiago and Toronto.
    let s = schedule(
        "",
        &session(
            "late",
            "tub",
            "2026-03-02T01:00",
            60,
            r#","cohorts":["chile-1"]"#,
        ),
    );
    let all = check(&s);
    let other = of_kind(&all, ConflictKind::OtherLocalWeekday);
    assert_eq!(other.len(), 1);
    assert_eq!(
        other[0].detail,
        ConflictDetail::OtherLocalWeekday {
            session: "late".into(),
            host_date: d("2026-03-02"),
            date: d("2026-03-01"),
            campus: "U. Chile".into(),
            city: "Santiago".into(),
            span: span("21:00", "22:00")
        }
    );
    assert!(of_kind(&all, ConflictKind::OutsideTeachingHours)
        .iter()
        .all(|c| !c.campuses.iter().any(|x| x.as_str() == "uchile")));
}

/// The reference table: Monday 10:00 Berlin, spring 2026, seen from Santiago and Toronto.
#[test]
fn daylight_saving_drift_is_info_with_the_reference_drift_report() {
    let s = schedule(
        "",
        &session(
            "weekly",
            "tub",
            "2026-03-02T10:00",
            60,
            r#","cohorts":["chile-1","tor-1"],"repeat":{"count":8}"#,
        ),
    );
    let all = check(&s);
    let drift = of_kind(&all, ConflictKind::DaylightSavingDrift);
    assert_eq!(drift.len(), 1);
    assert_eq!(drift[0].severity, Severity::Info);
    // (city, [(first, last, local start, count)]) per campus.
    type Stretch = (String, String, String, usize);
    let rows: Vec<(&str, Vec<Stretch>)> = drift[0]
        .drift
        .iter()
        .map(|r| {
            let segments = r.segments.iter().map(|s| {
                (
                    s.first.to_string(),
                    s.last.to_string(),
                    s.local_start.to_string(),
                    s.count,
                )
            });
            (r.city.as_str(), segments.collect())
        })
        .collect();
    let seg = |a: &str, b: &str, t: &str, n| (a.to_string(), b.to_string(), t.to_string(), n);
    assert_eq!(
        rows,
        [
            (
                "Santiago",
                vec![
                    seg("2026-03-02", "2026-03-23", "06:00", 4),
                    seg("2026-03-30", "2026-03-30", "05:00", 1),
                    seg("2026-04-06", "2026-04-20", "04:00", 3)
                ]
            ),
            (
                "Toronto",
                vec![
                    seg("2026-03-02", "2026-03-02", "04:00", 1),
                    seg("2026-03-09", "2026-03-23", "05:00", 3),
                    seg("2026-03-30", "2026-04-20", "04:00", 4)
                ]
            )
        ]
    );
    assert_eq!(
        drift[0].detail,
        ConflictDetail::Drift {
            session: "weekly".into(),
            weekdays: vec![meridian_engine::Weekday::Mon],
            time: t("10:00"),
            place: "Berlin".into()
        }
    );
}

#[test]
fn a_time_in_a_gap_is_a_warning_and_a_changed_occurrence_moves() {
    let s = schedule(
        "",
        &session(
            "night",
            "tub",
            "2026-03-22T02:30",
            60,
            r#","repeat":{"count":3},"changes":[{"date":"2026-04-05","start":"2026-04-05T09:00","duration_minutes":30}]"#,
        ),
    );
    let all = check(&s);
    let gap = of_kind(&all, ConflictKind::SkippedOrRepeatedTime);
    assert_eq!(gap.len(), 1);
    assert_eq!(
        gap[0].detail,
        ConflictDetail::SwitchHour {
            session: "night".into(),
            local: meridian_engine::CivilDateTime::parse("2026-03-29T02:30").unwrap(),
            switch: Switch::Skipped {
                from: t("02:00"),
                to: t("03:00")
            },
            place: "Berlin".into()
        }
    );
    assert_eq!(gap[0].hint, Some(Hint::AvoidSwitchHour));
    let occ = occurrences(&s, None, None).unwrap();
    assert_eq!(occ[2].local_start.to_string(), "2026-04-05 09:00");
    assert_eq!((occ[2].changed, occ[2].duration_minutes()), (true, 30));
}

#[test]
fn a_change_on_a_date_the_series_does_not_have_is_refused() {
    let text = format!(
        r#"{{"format":"{FORMAT}","id":"t","name":"t","term":{{"start":"2026-03-02","end":"2026-06-26"}},
        "campuses":[{{"id":"tub","name":"TU Berlin","short":"TUB","city":"Berlin","zone":"Europe/Berlin"}}],
        "sessions":[{}]}}"#,
        session(
            "a",
            "tub",
            "2026-03-02T10:00",
            60,
            r#","repeat":{"count":3},"changes":[{"date":"2026-03-03"}]"#
        )
    );
    let e = said(&Schedule::from_json(&text).unwrap_err());
    assert_eq!(
        e,
        "sessions[0].changes[0].date: session \"a\" has no occurrence on 2026-03-03 to change"
    );
}

#[test]
fn the_demos_show_realistic_conflicts_on_purpose() {
    let enhance = check(&demo::load("enhance-autumn-2026").unwrap());
    for kind in [
        ConflictKind::CohortDoubleBooked,
        ConflictKind::OnClosure,
        ConflictKind::OutsideTeachingHours,
        ConflictKind::OutsideCampusTerm,
        ConflictKind::DaylightSavingDrift,
    ] {
        assert!(
            !of_kind(&enhance, kind).is_empty(),
            "ENHANCE demo shows {kind:?}"
        );
    }
    let gma = check(&demo::load("gma-spring-2027").unwrap());
    for kind in [
        ConflictKind::OtherLocalWeekday,
        ConflictKind::DaylightSavingDrift,
        ConflictKind::OnClosure,
    ] {
        assert!(!of_kind(&gma, kind).is_empty(), "GMA demo shows {kind:?}");
    }
    // Stable order: by start, then kind.
    assert!(enhance
        .windows(2)
        .all(|w| (w[0].start, w[0].kind) <= (w[1].start, w[1].kind)));
}

fn intervals() -> impl Strategy<Value = Vec<(i64, i64)>> {
    // Small ranges so that touching, nested, equal and empty intervals are common.
    prop::collection::vec((0i64..60, 0i64..12), 0..40).prop_map(|v| {
        v.into_iter()
            .map(|(s, len)| (s * 15, s * 15 + len * 15))
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]
    #[test]
    fn the_sweep_finds_exactly_the_pairs_a_pairwise_check_finds(iv in intervals()) {
        prop_assert_eq!(overlapping_pairs(&iv), overlapping_pairs_pairwise(&iv));
    }
}

/// A random schedule: sessions over 3 cohorts, 2 lecturers and 2 rooms at campuses on both sides
/// of the date line, weekly or one-off, some crossing midnight in UTC, some back to back.
fn random_schedule() -> impl Strategy<Value = Schedule> {
    let one = (
        0usize..4,
        0u32..7,
        0u32..96,
        prop_oneof![Just(15u32), Just(45), Just(60), Just(90), Just(240)],
        any::<bool>(),
        0u8..8,
        0u8..4,
        0u8..4,
    );
    prop::collection::vec(one, 1..14).prop_map(|specs| {
        let hosts = ["tub", "uchile", "toronto", "ntnu"];
        let cohorts = ["tub-1", "ntnu-1", "chile-1"];
        let sessions: Vec<String> = specs
            .iter()
            .enumerate()
            .map(
                |(i, &(host, day, quarter, minutes, weekly, cohort_bits, lecturer, room))| {
                    let start = format!(
                        "2026-03-{:02}T{:02}:{:02}",
                        23 + day,
                        quarter / 4,
                        quarter % 4 * 15
                    );
                    let picked: Vec<String> = cohorts
                        .iter()
                        .enumerate()
                        .filter(|(k, _)| cohort_bits & (1 << k) != 0)
                        .map(|(_, c)| format!("\"{c}\""))
                        .collect();
                    let mut extra = format!(r#","cohorts":[{}]"#, picked.join(","));
                    if lecturer < 2 {
                        extra += r#","lecturer":"lee""#;
                    }
                    if room < 2 {
                        extra += &format!(r#","rooms":["{}"]"#, ["h1", "s2"][room as usize]);
                    }
                    if weekly {
                        extra += r#","repeat":{"count":3}"#;
                    }
                    session(&format!("s{i}"), hosts[host], &start, minutes, &extra)
                },
            )
            .collect();
        schedule("", &sessions.join(","))
    })
}

/// Every pair of occurrences sharing a resource, compared pairwise.
fn pairwise_clashes(s: &Schedule) -> Vec<(Resource, i64, i64, usize, usize)> {
    let occ = occurrences(s, None, None).unwrap();
    let res = |o: &meridian_engine::Occurrence| -> Vec<Resource> {
        let session = &s.sessions[o.session];
        let mut r: Vec<Resource> = session
            .cohorts
            .iter()
            .map(|c| Resource::Cohort(s.cohorts.iter().position(|x| &x.id == c).unwrap()))
            .collect();
        r.extend(
            session
                .lecturer
                .iter()
                .map(|l| Resource::Lecturer(s.lecturers.iter().position(|x| &x.id == l).unwrap())),
        );
        r.extend(
            o.rooms(s)
                .iter()
                .map(|x| Resource::Room(s.rooms.iter().position(|y| &y.id == x).unwrap())),
        );
        r
    };
    let mut out = Vec::new();
    for i in 0..occ.len() {
        for j in i + 1..occ.len() {
            let (a, b) = (&occ[i], &occ[j]);
            if a.start < b.end && b.start < a.end {
                for r in res(a) {
                    if res(b).contains(&r) {
                        let (x, y) = if (a.start, a.session) <= (b.start, b.session) {
                            (a, b)
                        } else {
                            (b, a)
                        };
                        out.push((
                            r,
                            x.start.unix_seconds(),
                            y.start.unix_seconds(),
                            x.session,
                            y.session,
                        ));
                    }
                }
            }
        }
    }
    out.sort();
    out
}

fn index_clashes(index: &ConflictIndex) -> Vec<(Resource, i64, i64, usize, usize)> {
    let mut out: Vec<_> = index
        .clashes()
        .into_iter()
        .map(|(r, a, b)| {
            let (x, y) = if (a.start, a.session) <= (b.start, b.session) {
                (a, b)
            } else {
                (b, a)
            };
            (
                r,
                x.start.unix_seconds(),
                y.start.unix_seconds(),
                x.session,
                y.session,
            )
        })
        .collect();
    out.sort();
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn double_bookings_agree_with_a_pairwise_check_on_random_schedules(s in random_schedule()) {
        prop_assert_eq!(index_clashes(&ConflictIndex::new(&s)), pairwise_clashes(&s));
    }

    /// The app checks a large schedule a slice at a time to keep the tab responsive: whatever
    /// the slices, it must find what the whole check finds.
    #[test]
    fn a_check_in_steps_of_any_size_equals_the_whole_check(s in random_schedule(), sizes in proptest::collection::vec(1usize..7, 1..20)) {
        let whole = ConflictIndex::new(&s);
        let mut check = meridian_engine::conflict::Checking::new(&s);
        let mut last = check.progress();
        prop_assert_eq!(last.done, 0);
        for n in sizes.iter().cycle() {
            if check.is_done() { break; }
            let p = check.step(&s, *n);
            prop_assert!(p.done > last.done && p.done <= p.total, "{:?} after {:?}", p, last);
            last = p;
        }
        prop_assert!(last.is_done());
        let stepped = check.finish(&s);
        prop_assert_eq!(stepped.conflicts(&s), whole.conflicts(&s));
        prop_assert_eq!(index_clashes(&stepped), index_clashes(&whole));
    }

    #[test]
    fn an_incremental_recheck_equals_a_full_check(s in random_schedule(), which in 0usize..14, shift in 1i64..200) {
        let i = which % s.sessions.len();
        let mut index = ConflictIndex::new(&s);
        let mut moved = s.clone();
        moved.sessions[i].start = moved.sessions[i].start.add_minutes(shift * 5).unwrap();
        moved.sessions[i].cohorts.reverse();
        index.session_changed(&moved, i);
        let fresh = ConflictIndex::new(&moved);
        prop_assert_eq!(index.conflicts(&moved), fresh.conflicts(&moved));
        prop_assert_eq!(index_clashes(&index), index_clashes(&fresh));
        // What a drag reads: the moved session's conflicts, the same as the full list's.
        let id = &moved.sessions[i].id;
        let mine: Vec<_> = fresh.conflicts(&moved).into_iter().filter(|c| c.sessions.contains(id)).collect();
        prop_assert_eq!(index.conflicts_of(&moved, i), mine);
    }
}

/// (errors, warnings, notes) of the conflicts session `i` takes part in, by a full check after
/// its series is moved to `start`.
fn counts_after_move(
    s: &Schedule,
    i: usize,
    start: meridian_engine::CivilDateTime,
) -> (usize, usize, usize) {
    let mut t = s.clone();
    t.sessions[i] =
        meridian_engine::slots::moved(&s.sessions[i], start).expect("a suggestion can be placed");
    let id = t.sessions[i].id.clone();
    let all = check(&t);
    let n = |sev| {
        all.iter()
            .filter(|c| c.severity == sev && c.sessions.contains(&id))
            .count()
    };
    (n(Severity::Error), n(Severity::Warning), n(Severity::Info))
}

/// The starts `suggest_times` documents it tries, written out plainly: the days of the first
/// start's week that the host teaches (Monday to Friday when it names none) inside the term,
/// each step from the earliest start while the session ends in time, and its own time of day.
fn candidate_starts(
    s: &Schedule,
    i: usize,
    search: &meridian_engine::slots::SlotSearch,
) -> Vec<meridian_engine::CivilDateTime> {
    let x = &s.sessions[i];
    let first = x.start.date();
    let monday = first.monday();
    let host = s.campus(&x.host).unwrap();
    let days: Vec<_> = if host.teaching_hours.is_empty() {
        meridian_engine::Weekday::ALL[..5].to_vec()
    } else {
        host.teaching_hours.keys().copied().collect()
    };
    let fits = |m: u32| m + x.duration_minutes <= search.latest_end_minute;
    let mut out = Vec::new();
    for d in 0..7 {
        let day = monday.add_days(d).unwrap();
        if !days.contains(&day.weekday()) || day < s.term.start || day > s.term.end {
            continue;
        }
        let mut minutes: Vec<u32> = Vec::new();
        let mut m = search.earliest.minutes_of_day();
        while fits(m) {
            minutes.push(m);
            m += search.step_minutes;
        }
        let own = x.start.time().minutes_of_day();
        if fits(own) && !minutes.contains(&own) {
            minutes.push(own);
        }
        for m in minutes {
            let start = day.at(meridian_engine::CivilTime::from_minutes_of_day(m));
            if start != x.start {
                out.push(start);
            }
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(60))]
    #[test]
    fn suggested_times_count_what_a_full_check_finds_and_none_tried_is_better(s in random_schedule(), which in 0usize..14) {
        use meridian_engine::slots::{suggest_times, SlotSearch};
        let i = which % s.sessions.len();
        let search = SlotSearch { step_minutes: 180, ..SlotSearch::default() };
        let found = suggest_times(&s, Some(i), &s.sessions[i], &search).unwrap();
        for x in std::iter::once(&found.now).chain(&found.better) {
            prop_assert_eq!((x.errors, x.warnings, x.notes), counts_after_move(&s, i, x.start), "at {}", x.start);
        }
        // The simple way: a full check at every candidate. The best of them is the first
        // suggestion, or no better than where the session is now when none is offered.
        let best = candidate_starts(&s, i, &search).into_iter().map(|t| counts_after_move(&s, i, t)).min();
        let now = (found.now.errors, found.now.warnings, found.now.notes);
        match (found.better.first(), best) {
            (Some(b), Some(best)) => prop_assert_eq!((b.errors, b.warnings, b.notes), best),
            (None, Some(best)) => prop_assert!(best > now, "{:?} was better than now {:?}", best, now),
            (Some(_), None) => prop_assert!(false, "a suggestion without a candidate"),
            (None, None) => {}
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(60))]
    /// The app searches a slice at a time: any slices find what the whole search finds, for the
    /// series and for one week of it, and progress only grows.
    #[test]
    fn a_search_in_steps_of_any_size_finds_what_the_whole_search_finds(s in random_schedule(), which in 0usize..14, sizes in proptest::collection::vec(1usize..9, 1..12)) {
        use meridian_engine::slots::{suggest_times, suggest_week_times, Searching, SlotSearch};
        let i = which % s.sessions.len();
        let search = SlotSearch { step_minutes: 120, ..SlotSearch::default() };
        let run = |mut searching: Searching| -> Result<_, TestCaseError> {
            let mut last = searching.progress();
            for n in sizes.iter().cycle() {
                if searching.is_done() { break; }
                let p = searching.step(*n);
                prop_assert!(p.done > last.done && p.done <= p.total, "{:?} after {:?}", p, last);
                last = p;
            }
            prop_assert!(last.is_done());
            Ok(searching.finish())
        };
        let whole = suggest_times(&s, Some(i), &s.sessions[i], &search).unwrap();
        prop_assert_eq!(run(Searching::times(&s, Some(i), &s.sessions[i], &search).unwrap())?, whole);
        let date = meridian_engine::occurrence::session_dates(&s.sessions[i], &s.term).last().copied();
        if let Some(date) = date {
            let whole = suggest_week_times(&s, i, date, &search).unwrap();
            prop_assert_eq!(run(Searching::week_times(&s, i, date, &search).unwrap())?, whole);
        }
    }
}

/// A lecturer with no campus of their own is double-booked in two sessions taught from Warsaw:
/// the clash is told in Warsaw time. The index read the host campus's position as a clock's,
/// so in the ENHANCE term (Warsaw is campus 7, the seventh clock is Toronto's) it said Toronto.
#[test]
fn lecturer_without_campus_clash_is_told_in_the_host_campus_time() {
    let mut s = demo::load("enhance-autumn-2026").unwrap();
    for id in ["guest-a", "guest-b"] {
        let mut x = s.sessions[0].clone();
        x.id = meridian_engine::schedule::SessionId(id.into());
        x.title = id.into();
        x.host = "wut".into();
        x.start = meridian_engine::CivilDateTime::parse("2026-10-21T10:00").unwrap();
        x.duration_minutes = 60;
        x.repeat = None;
        x.cohorts = Vec::new();
        x.rooms = Vec::new();
        x.lecturer = Some(meridian_engine::schedule::LecturerId("okafor".into()));
        s.sessions.push(x);
    }
    let all = check(&s);
    let clash = of_kind(&all, ConflictKind::LecturerDoubleBooked);
    assert_eq!(clash.len(), 1, "{all:#?}");
    let ConflictDetail::DoubleBooked {
        place,
        first_span,
        second_span,
        ..
    } = &clash[0].detail
    else {
        panic!("{:?}", clash[0].detail)
    };
    assert_eq!(
        (place.as_str(), *first_span, *second_span),
        ("Warsaw", span("10:00", "11:00"), span("10:00", "11:00"))
    );
}

/// A schedule with nobody booked has no resource to sweep: a check one unit at a time must
/// still say done exactly when it is (the app stops stepping when progress says so).
#[test]
fn a_check_of_a_schedule_without_people_is_done_when_its_progress_says_so() {
    let mut s = demo::load("enhance-autumn-2026").unwrap();
    s.sessions.truncate(3);
    for x in &mut s.sessions {
        x.cohorts.clear();
        x.rooms.clear();
        x.lecturer = None;
    }
    s.cohorts.clear();
    s.rooms.clear();
    s.lecturers.clear();
    s.busy.clear();
    let mut check = meridian_engine::conflict::Checking::new(&s);
    let mut steps = 0;
    while !check.is_done() {
        let p = check.step(&s, 1);
        steps += 1;
        assert_eq!(p.is_done(), check.is_done(), "after {steps} steps: {p:?}");
    }
    assert_eq!(steps, check.progress().total);
    assert_eq!(check.finish(&s).conflicts(&s), check_all(&s));
}

fn check_all(s: &Schedule) -> Vec<meridian_engine::Conflict> {
    ConflictIndex::new(s).conflicts(s)
}

/// An engine error as a user reads it, in English.
#[allow(dead_code)]
fn said(e: &meridian_engine::Error) -> String {
    meridian_words::error(&meridian_words::Words::english(), e)
}

#[test]
fn a_drift_of_a_tuesday_and_friday_series_names_both_weekdays() {
    // GMA's office hours meet Tue and Fri 09:00 in Singapore, first on a Friday (5 Mar 2027).
    let s = meridian_engine::demo::load("gma-spring-2027").unwrap();
    let drift = check(&s)
        .into_iter()
        .find(|c| {
            c.kind == ConflictKind::DaylightSavingDrift && c.sessions[0].as_str() == "office-hours"
        })
        .expect("office hours drift at Auckland");
    assert_eq!(
        drift.detail,
        ConflictDetail::Drift {
            session: "Office hours".into(),
            weekdays: vec![meridian_engine::Weekday::Tue, meridian_engine::Weekday::Fri],
            time: t("09:00"),
            place: "Singapore".into()
        }
    );
}
