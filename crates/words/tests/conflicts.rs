//! The conflict check's findings, hints and drift in English, exactly as Meridian has always
//! said them (the engine's tests check the same conflicts as data): the wording of
//! `meridian_words::conflict` through the English catalogue.

use meridian_engine::conflict::{
    Booked, CalendarDay, CalendarKind, ConflictDetail, DriftRow, Hint, Resource, Span,
    MAX_CLASHES_PER_RESOURCE, MAX_CONFLICTS_PER_RESOURCE,
};
use meridian_engine::holidays::CountryHolidays;
use meridian_engine::ics::import;
use meridian_engine::schedule::{BusyCalendar, CohortId, FORMAT};
use meridian_engine::slots::{suggest_times, suggest_week_times_with_holidays, SlotSearch};
use meridian_engine::{
    check, check_with_holidays, demo, CivilDate, CivilDateTime, Conflict, ConflictKind, Instant,
    PublicHolidays, Resolution, Schedule, Zone,
};
use meridian_words::conflict::{
    drift_row, drift_rows, hint, hint_text, message, resolution, resolution_in, suggestion_summary,
};
use meridian_words::Words;

fn en() -> Words {
    Words::english()
}

fn msg(c: &Conflict) -> String {
    message(&en(), c)
}

fn hint_of(c: &Conflict) -> Option<String> {
    hint(&en(), c)
}

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

fn session(id: &str, host: &str, start: &str, minutes: u32, extra: &str) -> String {
    format!(
        r#"{{"id":"{id}","title":"{id}","host":"{host}","start":"{start}","duration_minutes":{minutes}{extra}}}"#
    )
}

fn of_kind(all: &[Conflict], kind: ConflictKind) -> Vec<&Conflict> {
    all.iter().filter(|c| c.kind == kind).collect()
}

#[test]
fn a_cohort_booked_twice_says_local_times_and_hints_a_move() {
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
    assert_eq!(
        msg(clash[0]),
        "Cohort NTNU-MSc1 has two sessions on Tue 10 Mar 2026, 10:15–11:45 and 11:00–12:30 Trondheim time (energy and lab, overlapping 45 min)"
    );
    assert_eq!(
        hint_of(clash[0]).as_deref(),
        Some("move lab 45 min later, to 11:45, after energy")
    );
}

#[test]
fn a_weekly_clash_says_how_many_more_dates_and_until_when() {
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
    let m = msg(clash[0]);
    assert!(
        m.ends_with("(and 3 more dates, until Tue 31 Mar 2026)"),
        "{m}"
    );
    assert!(m.starts_with("Lecturer Dr. Lee has two sessions"), "{m}");
}

#[test]
fn one_more_date_is_said_in_the_singular() {
    let s = schedule(
        "",
        &[
            session(
                "a",
                "tub",
                "2026-03-10T10:00",
                90,
                r#","repeat":{"count":2},"lecturer":"lee""#,
            ),
            session(
                "b",
                "tub",
                "2026-03-10T11:00",
                60,
                r#","repeat":{"count":2},"lecturer":"lee""#,
            ),
        ]
        .join(","),
    );
    let all = check(&s);
    let clash = of_kind(&all, ConflictKind::LecturerDoubleBooked);
    let m = msg(clash[0]);
    assert!(
        m.ends_with("(and 1 more date, until Tue 17 Mar 2026)"),
        "{m}"
    );
}

#[test]
fn a_room_clash_names_the_room_and_when_it_is_free() {
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
    assert!(msg(clash[0]).starts_with(
        "Room H 1012 has two sessions on Wed 11 Mar 2026, 10:00–11:00 and 10:30–11:30 Berlin time"
    ));
    assert_eq!(
        hint_of(clash[0]).as_deref(),
        Some("move b 120 min later, to 12:30: H 1012 is free 12:30–20:00 that day")
    );
}

#[test]
fn two_occurrences_of_one_session_are_named_once() {
    let s = schedule(
        "",
        &[
            session("a", "tub", "2026-03-11T10:00", 60, r#","rooms":["h1"],"repeat":{"count":2},"changes":[{"date":"2026-03-11","start":"2026-03-18T10:30"}]"#),
        ]
        .join(","),
    );
    let all = check(&s);
    let clash = of_kind(&all, ConflictKind::RoomDoubleBooked);
    assert_eq!(clash.len(), 1, "{all:#?}");
    assert!(
        msg(clash[0]).contains("(two occurrences of a, overlapping 30 min)"),
        "{}",
        msg(clash[0])
    );
}

#[test]
fn a_move_hint_says_when_the_cohort_is_free() {
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
    assert_eq!(
        hint_of(clash[0]).as_deref(),
        Some("move b 150 min later, to 13:00, when Cohort TUB-MSc1 is free")
    );
}

#[test]
fn a_short_break_says_the_gap_and_the_rule() {
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
    let s = schedule(r#","rules":{"min_break_minutes":15}"#, &sessions);
    let all = check(&s);
    let brk = of_kind(&all, ConflictKind::ShortBreak);
    assert_eq!(
        msg(brk[0]),
        "Cohort TUB-MSc1 has only 5 min between a (ends 11:30) and b (starts 11:35) on Tue 10 Mar 2026, Berlin time; the rule asks for 15 min"
    );
    assert_eq!(hint_of(brk[0]).as_deref(), Some("move b 10 min later"));
}

#[test]
fn outside_a_partners_teaching_hours_says_its_local_time_and_the_common_window() {
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
    assert_eq!(msg(out[0]), "early on Tue 3 Mar 2026 runs 03:00–04:00 Toronto time, outside Toronto's teaching hours (09:00–17:00)");
    assert_eq!(
        hint_of(out[0]).as_deref(),
        Some("everyone taking part is in teaching hours 15:00–20:00 Berlin time that day")
    );
}

#[test]
fn a_closure_and_a_partner_term_are_said_with_their_names() {
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
    assert_eq!(
        msg(closed[0]),
        "mon on Mon 6 Apr 2026 falls on Easter Monday at TU Berlin (closed)"
    );
    assert_eq!(
        hint_of(closed[0]).as_deref(),
        Some("skip this date or move the occurrence")
    );
    let term = of_kind(&all, ConflictKind::OutsideCampusTerm);
    assert_eq!(
        msg(term[0]),
        "mon on Mon 2 Mar 2026 is outside NTNU's term (Mon 9 Mar 2026 – Fri 26 Jun 2026)"
    );
}

#[test]
fn another_local_weekday_says_both_dates() {
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
    assert_eq!(msg(other[0]), "late on Mon 2 Mar is on Sun 1 Mar 2026 at U. Chile, 21:00–22:00 Santiago time, not a teaching day there");
}

/// The reference table: Monday 10:00 Berlin, spring 2026, seen from Santiago and Toronto.
#[test]
fn daylight_saving_drift_reads_as_the_reference_drift_report() {
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
    let rows: Vec<String> = drift[0].drift.iter().map(|r| drift_row(&en(), r)).collect();
    assert_eq!(
        rows,
        [
            "Santiago: 06:00 until 23 Mar, 05:00 on 30 Mar, 04:00 from 6 Apr",
            "Toronto: 04:00 on 2 Mar, 05:00 from 9 Mar to 23 Mar, 04:00 from 30 Mar"
        ]
    );
    assert_eq!(msg(drift[0]), "weekly (Mon 10:00 Berlin time) moves at partners during the term: Santiago: 06:00 until 23 Mar, 05:00 on 30 Mar, 04:00 from 6 Apr; Toronto: 04:00 on 2 Mar, 05:00 from 9 Mar to 23 Mar, 04:00 from 30 Mar");
    assert_eq!(hint_of(drift[0]), None);
}

#[test]
fn campuses_that_drift_alike_are_named_together() {
    let row = |city: &str| DriftRow {
        campus: city.into(),
        city: city.into(),
        segments: Vec::new(),
    };
    let (mut a, mut b, c) = (row("Singapore"), row("Shanghai"), row("Auckland"));
    let seg =
        |first: &str, last: &str, time: &str, count| meridian_engine::conflict::DriftSegment {
            first: CivilDate::parse(first).unwrap(),
            last: CivilDate::parse(last).unwrap(),
            local_start: meridian_engine::CivilTime::parse(time).unwrap(),
            count,
        };
    a.segments = vec![
        seg("2026-03-02", "2026-03-31", "09:00", 5),
        seg("2026-04-07", "2026-05-05", "10:00", 5),
    ];
    b.segments = a.segments.clone();
    let mut c = c;
    c.segments = vec![
        seg("2026-03-02", "2026-03-02", "22:00", 1),
        seg("2026-03-09", "2026-05-05", "21:00", 9),
    ];
    assert_eq!(
        drift_rows(&en(), &[a, b, c]),
        "Singapore, Shanghai: 09:00 until 31 Mar, 10:00 from 7 Apr; Auckland: 22:00 on 2 Mar, 21:00 from 9 Mar"
    );
}

#[test]
fn a_time_in_a_gap_says_the_skipped_hour() {
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
    assert_eq!(msg(gap[0]), "night: 02:30 does not exist on 2026-03-29 (clocks skip 02:00–03:00) in Berlin; moved forward past the switch");
    assert_eq!(
        hint_of(gap[0]).as_deref(),
        Some("pick a wall-clock time outside the switch hour")
    );
}

#[test]
fn a_time_in_a_fold_says_both_offsets() {
    // Chile's clocks go back at midnight on Sat 4 Apr 2026: 23:30 happens twice.
    let s = schedule("", &session("late", "uchile", "2026-04-04T23:30", 60, ""));
    let all = check(&s);
    let fold = of_kind(&all, ConflictKind::SkippedOrRepeatedTime);
    assert_eq!(msg(fold[0]), "late: 23:30 happens twice on 2026-04-04 (UTC-03:00 and UTC-04:00) in Santiago; taken at its first occurrence");
}

#[test]
fn a_resolution_note_says_what_the_clock_change_did() {
    let berlin = Zone::parse("Europe/Berlin").unwrap();
    let note = |s: &str| {
        let local = CivilDateTime::parse(s).unwrap();
        let r = berlin
            .resolve(local, meridian_engine::Disambiguation::Compatible)
            .unwrap();
        resolution(&en(), &r.resolution, local)
    };
    assert_eq!(
        note("2026-03-29T02:30").as_deref(),
        Some("02:30 does not exist on 2026-03-29 (clocks skip 02:00–03:00)")
    );
    assert_eq!(
        note("2026-10-25T02:30").as_deref(),
        Some("02:30 happens twice on 2026-10-25 (UTC+02:00 and UTC+01:00)")
    );
    assert_eq!(note("2026-10-25T12:00"), None);
    let local = CivilDateTime::parse("2026-03-29T02:30").unwrap();
    let gap = berlin
        .resolve(local, meridian_engine::Disambiguation::Compatible)
        .unwrap()
        .resolution;
    assert_eq!(
        resolution_in(&en(), &gap, local, berlin).as_deref(),
        Some("02:30 does not exist on 2026-03-29 (clocks skip 02:00–03:00) in Europe/Berlin")
    );
    assert_eq!(
        resolution(
            &en(),
            &Resolution::Exact,
            CivilDateTime::parse("2026-10-25T12:00").unwrap()
        ),
        None
    );
}

/// A lecturer with no campus of their own is double-booked in two sessions taught from Warsaw:
/// the clash is told in Warsaw time.
#[test]
fn lecturer_without_campus_clash_is_told_in_the_host_campus_time() {
    let mut s = demo::load("enhance-autumn-2026").unwrap();
    for id in ["guest-a", "guest-b"] {
        let mut x = s.sessions[0].clone();
        x.id = meridian_engine::schedule::SessionId(id.into());
        x.title = id.into();
        x.host = "wut".into();
        x.start = CivilDateTime::parse("2026-10-21T10:00").unwrap();
        x.duration_minutes = 60;
        x.repeat = None;
        x.cohorts = Vec::new();
        x.rooms = Vec::new();
        x.lecturer = Some(meridian_engine::schedule::LecturerId("okafor".into()));
        s.sessions.push(x);
    }
    let all = check(&s);
    let clash = of_kind(&all, ConflictKind::LecturerDoubleBooked);
    let m = msg(clash[0]);
    assert!(m.contains("10:00–11:00 and 10:00–11:00 Warsaw time"), "{m}");
}

fn country(code: &str) -> CountryHolidays {
    let path = format!(
        "{}/../../data/holidays/{code}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    CountryHolidays::from_bytes(&std::fs::read(&path).unwrap()).unwrap()
}

fn data() -> PublicHolidays {
    PublicHolidays::new(["ES", "DE", "IT"].map(country))
}

/// UPV (region `upv_extra`), RWTH in Aachen and TU Berlin, a cohort at each, and a weekly
/// Thursday lecture hosted by TU Berlin for all three cohorts over autumn 2025.
fn holiday_schedule(upv_extra: &str, term: (&str, &str), start: &str) -> Schedule {
    let text = format!(
        r#"{{"format":"{FORMAT}","id":"t","name":"Holidays","term":{{"start":"{}","end":"{}"}},
        "campuses":[
          {{"id":"tub","name":"TU Berlin","short":"TU Berlin","city":"Berlin","country":"DE","region":"BE","zone":"Europe/Berlin"}},
          {{"id":"rwth","name":"RWTH Aachen","short":"RWTH","city":"Aachen","country":"DE","region":"NW","zone":"Europe/Berlin"}},
          {{"id":"upv","name":"UPV","short":"UPV","city":"Valencia","country":"ES","zone":"Europe/Madrid"{upv_extra}}}],
        "cohorts":[{{"id":"tub-1","name":"TUB-1","campus":"tub"}},{{"id":"rwth-1","name":"RWTH-1","campus":"rwth"}},
          {{"id":"upv-1","name":"UPV-1","campus":"upv"}}],
        "sessions":[{{"id":"lecture","title":"Joint lecture","host":"tub","start":"{start}","duration_minutes":90,
          "repeat":{{"weekdays":["thu"]}},"cohorts":["tub-1","rwth-1","upv-1"]}}]}}"#,
        term.0, term.1
    );
    Schedule::from_json(&text).unwrap_or_else(|e| panic!("{e}"))
}

fn autumn_2025(upv_extra: &str) -> Schedule {
    holiday_schedule(upv_extra, ("2025-09-01", "2025-12-19"), "2025-09-04T10:00")
}

#[test]
fn a_lecture_on_valencian_community_day_names_the_holiday_in_both_languages() {
    let s = autumn_2025(r#","region":"VC""#);
    let all = check_with_holidays(&s, &data());
    let c = all
        .iter()
        .find(|c| {
            c.calendar.as_ref().is_some_and(|d| {
                matches!(d.kind, CalendarKind::PublicHoliday(_)) && d.campus.as_str() == "upv"
            })
        })
        .unwrap();
    assert_eq!(
        msg(c),
        "Joint lecture on Thu 9 Oct 2025 falls on Día de la Comunidad Valenciana (Valencian Community Day), a public holiday at UPV (Valencia): its cohorts there are off"
    );
    assert_eq!(
        hint_of(c).as_deref(),
        Some("skip this date or move the occurrence")
    );
}

const TIMEEDIT: &str = "BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//TimeEdit//EN\r
BEGIN:VTIMEZONE\r
TZID:W. Europe Standard Time\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:te-1\r
DTSTART;TZID=W. Europe Standard Time:20261006T101500\r
DTEND;TZID=W. Europe Standard Time:20261006T120000\r
RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=6\r
EXDATE;TZID=W. Europe Standard Time:20261020T101500\r
SUMMARY:Thermodynamics\\, lecture\r
  (folded)\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:te-1\r
RECURRENCE-ID;TZID=W. Europe Standard Time:20261013T101500\r
DTSTART;TZID=W. Europe Standard Time:20261013T140000\r
DURATION:PT1H\r
SUMMARY:Thermodynamics (moved)\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:te-2\r
DTSTART:20261008T080000Z\r
DTEND:20261008T090000Z\r
STATUS:CANCELLED\r
SUMMARY:Cancelled\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:te-3\r
DTSTART:20261009T090000\r
DURATION:PT45M\r
TRANSP:TRANSPARENT\r
SUMMARY:Free time\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:te-4\r
DTSTART;VALUE=DATE:20261016\r
SUMMARY:Excursion\r
END:VEVENT\r
END:VCALENDAR\r
";

fn at(s: &str) -> Instant {
    Instant::parse_rfc3339(s).unwrap()
}

#[test]
fn a_cohorts_busy_time_says_where_it_came_from() {
    let mut s = demo::load("enhance-autumn-2026").unwrap();
    let blocks = import(
        TIMEEDIT,
        Zone::parse("Europe/Oslo").unwrap(),
        at("2026-09-01T00:00:00Z"),
        at("2027-01-01T00:00:00Z"),
    )
    .unwrap();
    s.busy.push(BusyCalendar {
        id: "ntnu-timeedit".into(),
        name: "NTNU TimeEdit".into(),
        campus: None,
        cohort: Some(CohortId::from("ntnu-msc1")),
        lecturer: None,
        room: None,
        blocks,
    });
    let s = Schedule::from_json(&s.to_json()).unwrap();
    let all = check(&s);
    let busy = of_kind(&all, ConflictKind::BusyElsewhere);
    assert_eq!(
        msg(busy[0]),
        "Cohort NTNU · MSc Energy and Environment, year 1 is busy on Tue 27 Oct 2026, 10:15–12:00 Trondheim time (Thermodynamics, lecture (folded), from NTNU TimeEdit) when Midterm exam meets 10:00–12:00"
    );
}

#[test]
fn suggestions_sum_up_their_errors_and_warnings_and_name_the_worst() {
    let s = demo::load("enhance-autumn-2026").unwrap();
    let i = s
        .sessions
        .iter()
        .position(|x| x.id.as_str() == "markets-tutorial")
        .unwrap();
    let found = suggest_times(&s, Some(i), &s.sessions[i], &SlotSearch::default()).unwrap();
    assert!(msg(found.now.first_problem.as_ref().unwrap()).contains("two sessions"));
    assert_eq!(suggestion_summary(&en(), &found.better[0]), "no conflicts");
    let mut x = found.better[0].clone();
    for ((errors, warnings), said) in [
        ((1, 0), "1 error"),
        ((0, 1), "1 warning"),
        ((2, 1), "2 errors, 1 warning"),
        ((1, 3), "1 error, 3 warnings"),
        ((0, 0), "no conflicts"),
    ] {
        (x.errors, x.warnings, x.notes) = (errors, warnings, 4);
        assert_eq!(suggestion_summary(&en(), &x), said);
    }
    let energy = s
        .sessions
        .iter()
        .position(|x| x.id.as_str() == "energy-systems")
        .unwrap();
    let holidays = PublicHolidays::new(["ES", "DE", "IT"].map(country));
    let hispanic_day = CivilDate::parse("2026-10-12").unwrap();
    let week = suggest_week_times_with_holidays(
        &s,
        energy,
        hispanic_day,
        &SlotSearch::default(),
        &holidays,
    )
    .unwrap();
    let worst = msg(week.now.first_problem.as_ref().unwrap());
    assert!(worst.contains("Hispanic Day"), "{worst}");
}

/// A conflict made directly from data, to word the findings the schedules above do not make.
fn made(kind: ConflictKind, detail: ConflictDetail, calendar: Option<CalendarDay>) -> Conflict {
    Conflict {
        kind,
        severity: kind.severity(),
        start: at("2026-10-27T09:00:00Z"),
        sessions: Vec::new(),
        campuses: Vec::new(),
        occurrences: Vec::new(),
        detail,
        hint: None,
        repeats: None,
        dates: Vec::new(),
        drift: Vec::new(),
        calendar,
    }
}

fn day(kind: CalendarKind, name: &str, english: Option<&str>) -> Option<CalendarDay> {
    Some(CalendarDay {
        campus: "x".into(),
        date: CivilDate::parse("2026-10-27").unwrap(),
        kind,
        name: name.into(),
        english_name: english.map(str::to_string),
    })
}

fn on_day(campus: &str, city: &str) -> ConflictDetail {
    ConflictDetail::OnCalendarDay {
        session: "Lab".into(),
        date: CivilDate::parse("2026-10-27").unwrap(),
        campus: campus.into(),
        city: city.into(),
    }
}

fn tm(s: &str) -> meridian_engine::CivilTime {
    meridian_engine::CivilTime::parse(s).unwrap()
}

fn sp(a: &str, b: &str) -> Span {
    Span {
        start: tm(a),
        end: tm(b),
    }
}

#[test]
fn calendar_days_are_said_by_their_kind_with_an_english_possessive() {
    let said = |kind, campus, calendar| msg(&made(kind, on_day(campus, "Gothenburg"), calendar));
    assert_eq!(
        said(
            ConflictKind::InExamPeriod,
            "Chalmers",
            day(CalendarKind::Exams, "Re-exams", None)
        ),
        "Lab on Tue 27 Oct 2026 is in Chalmers' exam period (Re-exams)"
    );
    assert_eq!(
        said(
            ConflictKind::InExamPeriod,
            "RWTH",
            day(CalendarKind::Exams, "Exams", None)
        ),
        "Lab on Tue 27 Oct 2026 is in RWTH's exam period (Exams)"
    );
    assert_eq!(
        said(
            ConflictKind::OnClosure,
            "RWTH",
            day(CalendarKind::LectureFree, "Autumn break", None)
        ),
        "Lab on Tue 27 Oct 2026 falls in Autumn break, lecture-free at RWTH"
    );
    assert_eq!(
        said(
            ConflictKind::OnClosure,
            "Chalmers",
            day(
                CalendarKind::PublicHoliday(meridian_engine::holidays::HolidayKind::Holiday),
                "Boxing Day",
                Some("Boxing Day")
            )
        ),
        "Lab on Tue 27 Oct 2026 falls on Boxing Day, a public holiday at Chalmers (Gothenburg): its cohorts there are off"
    );
    assert_eq!(
        said(ConflictKind::OnClosure, "Chalmers", None),
        "Lab on Tue 27 Oct 2026 falls on a closure at Chalmers (closed)"
    );
    let mut exams = made(ConflictKind::InExamPeriod, on_day("RWTH", "Aachen"), None);
    exams.hint = Some(Hint::ExamsMaybe);
    assert_eq!(
        hint_of(&exams).as_deref(),
        Some("students may be sitting exams: move the occurrence out of the period, or keep it if they are not")
    );
}

#[test]
fn teaching_days_and_hours_are_said_at_the_campus() {
    let date = CivilDate::parse("2026-10-31").unwrap();
    let no_day = made(
        ConflictKind::OutsideTeachingHours,
        ConflictDetail::NoTeachingDay {
            session: "Lab".into(),
            date,
            campus: "Chalmers".into(),
            city: "Gothenburg".into(),
            span: sp("10:00", "11:30"),
        },
        None,
    );
    assert_eq!(
        msg(&no_day),
        "Lab on Sat 31 Oct 2026 is on a day Chalmers does not teach (10:00–11:30 Gothenburg time)"
    );
    let late = made(
        ConflictKind::OutsideTeachingHours,
        ConflictDetail::OutsideTeachingHours {
            session: "Lab".into(),
            date,
            campus: "Chalmers".into(),
            city: "Gothenburg".into(),
            span: sp("06:00", "07:30"),
            hours: meridian_engine::schedule::Hours::parse("08:00-24:00").unwrap(),
        },
        None,
    );
    assert_eq!(
        msg(&late),
        "Lab on Sat 31 Oct 2026 runs 06:00–07:30 Gothenburg time, outside Chalmers' teaching hours (08:00–24:00)"
    );
}

#[test]
fn busy_time_without_a_title_and_uncounted_clashes_are_said_too() {
    let lecturer = Booked {
        resource: Resource::Lecturer(0),
        name: "Dr. Lee".into(),
    };
    let busy = made(
        ConflictKind::BusyElsewhere,
        ConflictDetail::Busy {
            booked: lecturer.clone(),
            place: "Berlin".into(),
            date: CivilDate::parse("2026-10-27").unwrap(),
            busy: sp("09:00", "10:00"),
            block: String::new(),
            calendar: "Office hours".into(),
            session: "Lab".into(),
            meets: sp("09:30", "11:00"),
        },
        None,
    );
    assert_eq!(
        msg(&busy),
        "Lecturer Dr. Lee is busy on Tue 27 Oct 2026, 09:00–10:00 Berlin time (Office hours) when Lab meets 09:30–11:00"
    );
    let cohort = Booked {
        resource: Resource::Cohort(0),
        name: "TUB-MSc1".into(),
    };
    let mut omitted = made(
        ConflictKind::CohortDoubleBooked,
        ConflictDetail::Omitted {
            booked: cohort,
            pairs: 12,
            most_conflicts: MAX_CONFLICTS_PER_RESOURCE,
            most_clashes: MAX_CLASHES_PER_RESOURCE,
        },
        None,
    );
    omitted.hint = Some(Hint::FixListedFirst);
    assert_eq!(
        msg(&omitted),
        "Cohort TUB-MSc1 has 12 more overlapping bookings than are listed (Meridian lists 200 conflicts or 5000 overlaps of a cohort, lecturer or room)"
    );
    assert_eq!(
        hint_of(&omitted).as_deref(),
        Some("fix the double bookings listed first: copies of one session are the usual cause")
    );
    let room = Booked {
        resource: Resource::Room(0),
        name: "H 1012".into(),
    };
    assert_eq!(
        hint_text(
            &en(),
            &Hint::NoFreeTime {
                booked: room,
                minutes: 90
            }
        ),
        "Room H 1012 has no free 90 min later that day"
    );
}

#[test]
fn a_conflict_worded_in_the_pseudo_locale_keeps_its_names_and_numbers() {
    let pseudo = Words::new(
        meridian_words::Catalogue::pseudo(),
        std::rc::Rc::new(meridian_words::EnglishDates::default()),
    );
    let c = made(ConflictKind::OnClosure, on_day("RWTH", "Aachen"), None);
    let said = message(&pseudo, &c);
    assert!(said.contains("RWTH") && said.contains("27"), "{said}");
    assert_ne!(said, msg(&c));
}
