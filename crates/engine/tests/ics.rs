//! Calendar export: the file's shape. Python's icalendar and recurring-ical-events check the
//! expansion independently (tests/python/test_ics.py).

use meridian_engine::ics::{export, file_name, import, uid, Scope};
use meridian_engine::schedule::CohortId;
use meridian_engine::{demo, Instant, Schedule, Zone};

fn stamp() -> Instant {
    Instant::parse_rfc3339("2026-11-24T12:00:00Z").unwrap()
}

fn unfold(text: &str) -> String {
    text.replace("\r\n ", "")
}

#[test]
fn lines_are_folded_at_75_octets_without_splitting_a_character() {
    let mut s = demo::load("enhance-autumn-2026").unwrap();
    s.sessions[0].title = "Ørsted — 能源系统与可持续发展 · énergie durable 🎓".repeat(4);
    let text = export(
        &s,
        &Scope::default(),
        stamp(),
        &meridian_words::Words::english(),
    );
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{line}");
    }
    assert!(unfold(&text).contains(&format!("SUMMARY:{}\r\n", s.sessions[0].title)));
}

#[test]
fn text_values_are_escaped() {
    let mut s = demo::load("enhance-autumn-2026").unwrap();
    s.sessions[0].notes = Some("a, b; c\\d\nnext line".into());
    let text = unfold(&export(
        &s,
        &Scope::default(),
        stamp(),
        &meridian_words::Words::english(),
    ));
    assert!(text.contains("a\\, b\\; c\\\\d\\nnext line"), "{text}");
}

#[test]
fn a_series_is_one_event_with_its_rule_skips_and_changed_weeks() {
    let mut s = demo::load("enhance-autumn-2026").unwrap();
    s.sessions[1].changes = vec![meridian_engine::schedule::OccurrenceChange {
        date: meridian_engine::CivilDate::parse("2026-09-23").unwrap(),
        start: Some(meridian_engine::CivilDateTime::parse("2026-09-24T09:00").unwrap()),
        duration_minutes: None,
        rooms: None,
    }];
    let text = unfold(&export(
        &s,
        &Scope::default(),
        stamp(),
        &meridian_words::Words::english(),
    ));
    let uid = format!("UID:hydrogen-lab.{}@meridian", s.id);
    assert_eq!(text.matches(&uid).count(), 1, "the series");
    assert!(text.contains("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;WKST=MO;UNTIL=20261216T191500Z"));
    // The skipped week and the changed one are out of the rule; the changed week is its own
    // event, at its new time.
    assert!(text.contains("EXDATE;TZID=Europe/Oslo:20260923T141500,20261021T141500"));
    assert!(text.contains(&format!(
        "UID:hydrogen-lab.{}+20260923@meridian\r\nDTSTAMP:20261124T120000Z\r\nDTSTART;TZID=Europe/Oslo:20260924T090000\r\n",
        s.id
    )));
    assert!(!text.contains("RECURRENCE-ID"));
    assert!(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Oslo\r\n"));
    assert!(text.contains("TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET"));
}

#[test]
fn a_cohort_file_has_only_its_sessions_and_says_whose_it_is() {
    let s = demo::load("enhance-autumn-2026").unwrap();
    let scope = Scope {
        campus: None,
        cohort: Some(CohortId::from("ntnu-msc1")),
    };
    let text = unfold(&export(
        &s,
        &scope,
        stamp(),
        &meridian_words::Words::english(),
    ));
    let expected = s
        .sessions
        .iter()
        .filter(|x| x.cohorts.iter().any(|c| c.as_str() == "ntnu-msc1"))
        .count();
    assert_eq!(text.matches("BEGIN:VEVENT").count(), expected);
    assert!(text.contains("X-WR-CALNAME:Sustainable Energy Systems — autumn 2026 · NTNU"));
    assert_eq!(
        file_name(&s, &scope),
        "sustainable-energy-systems-autumn-2026-ntnu-msc1.ics"
    );
}

#[test]
fn the_guest_lectures_host_reads_wrong_no_more_the_anchor_and_the_host_are_said_apart() {
    // The guest lecture keeps Toronto's clock but is hosted by TU Berlin: not "Taught from
    // Technische Universität Berlin (Toronto)", as if TU Berlin were in Toronto.
    let s = demo::load("enhance-autumn-2026").unwrap();
    let text = unfold(&export(
        &s,
        &Scope::default(),
        stamp(),
        &meridian_words::Words::english(),
    ));
    let event = |uid: &str| {
        let from = text.find(&format!("UID:{uid}.")).unwrap();
        let end = from + text[from..].find("END:VEVENT").unwrap();
        // The text unescaped (a comma is written `\,`).
        text[from..end].replace("\\,", ",")
    };
    let guest = event("guest-grid");
    assert!(
        guest.contains("Taught from Technische Universität Berlin, on Toronto time"),
        "{guest}"
    );
    assert!(!guest.contains("(Toronto)"), "{guest}");
    let joint = event(s.sessions[0].id.as_str());
    assert!(
        joint.contains("Taught from Technische Universität Berlin (Berlin)"),
        "{joint}"
    );
}

// ---- Issue 14: files every calendar reads to the engine's instants. ----

/// A schedule with one campus in `zone`, a term and the given sessions (JSON).
fn schedule(zone: &str, term: (&str, &str), sessions: serde_json::Value) -> Schedule {
    let doc = serde_json::json!({
        "format": "meridian/1", "id": "regress", "name": "Regression",
        "term": { "start": term.0, "end": term.1 },
        "campuses": [{ "id": "c", "name": "Campus", "short": "C", "city": "City", "zone": zone }],
        "sessions": sessions,
    });
    Schedule::from_json(&doc.to_string()).unwrap()
}

/// The file read back by the engine's own import: every block must be an occurrence.
fn reads_back_exactly(s: &Schedule, text: &str) {
    let blocks = import(
        text,
        Zone::UTC,
        Instant::parse_rfc3339("2000-01-01T00:00:00Z").unwrap(),
        Instant::parse_rfc3339("2040-01-01T00:00:00Z").unwrap(),
    )
    .unwrap();
    let got: Vec<(Instant, Instant)> = blocks.iter().map(|b| (b.start, b.end)).collect();
    let mut want: Vec<(Instant, Instant)> = meridian_engine::occurrences(s, None, None)
        .unwrap()
        .iter()
        .map(|o| (o.start, o.end))
        .collect();
    want.sort();
    assert_eq!(got, want, "{text}");
}

/// The unfolded lines of the VEVENTs.
fn event_lines(text: &str) -> Vec<String> {
    let text = unfold(text);
    let start = text.find("BEGIN:VEVENT").unwrap_or(0);
    text[start..].split("\r\n").map(str::to_string).collect()
}

#[test]
fn end_inside_repeated_hour_keeps_its_length() {
    // 00:30 in St John's on the fall-back date: 120 minutes end at 01:30 NST, the second 01:30.
    let s = schedule(
        "America/St_Johns",
        ("2026-09-01", "2026-12-18"),
        serde_json::json!([{ "id": "late", "title": "Late seminar", "host": "c",
            "start": "2026-10-04T00:30", "duration_minutes": 120, "repeat": {} }]),
    );
    let text = export(
        &s,
        &Scope::default(),
        stamp(),
        &meridian_words::Words::english(),
    );
    assert!(!text.contains("DTEND"), "{text}");
    // No DTSTART, DURATION pair can be read as anything but two hours.
    assert!(
        text.contains("DTSTART:20261101T030000Z\r\nDURATION:PT2H\r\n"),
        "{text}"
    );
    assert!(text.contains("EXDATE;TZID=America/St_Johns:20261101T003000"));
    assert_eq!(text.matches("DURATION:PT2H\r\n").count(), 2);
    reads_back_exactly(&s, &text);
}

#[test]
fn series_whose_first_date_is_skipped_is_never_zero_minutes_long() {
    // The first date is skipped, the second changed to a start in the spring gap (Berlin).
    let s = schedule(
        "Europe/Berlin",
        ("2026-03-01", "2026-05-01"),
        serde_json::json!([{ "id": "lab", "title": "Lab", "host": "c",
            "start": "2026-03-15T02:30", "duration_minutes": 45,
            "repeat": { "skip": ["2026-03-15"] },
            "changes": [{ "date": "2026-03-22", "start": "2026-03-29T02:15", "duration_minutes": 30 }] }]),
    );
    let text = export(
        &s,
        &Scope::default(),
        stamp(),
        &meridian_words::Words::english(),
    );
    assert!(!text.contains("PT0"), "{text}");
    assert!(!text.contains("DTEND"), "{text}");
    // The series starts on its first regular week, not on the skipped date.
    assert!(text.contains("DTSTART;TZID=Europe/Berlin:20260405T023000\r\n"));
    // The changed week starts in the gap (02:15 does not exist on 29 March): written in UTC.
    assert!(text.contains("DTSTART:20260329T011500Z\r\nDURATION:PT30M\r\n"));
    reads_back_exactly(&s, &text);
}

#[test]
fn one_off_session_change_is_exported() {
    let s = schedule(
        "Europe/Oslo",
        ("2026-09-01", "2026-12-18"),
        serde_json::json!([{ "id": "exam", "title": "Exam", "host": "c",
            "start": "2026-10-06T09:00", "duration_minutes": 180,
            "changes": [{ "date": "2026-10-06", "start": "2026-10-08T13:30", "duration_minutes": 240 }] }]),
    );
    let text = export(
        &s,
        &Scope::default(),
        stamp(),
        &meridian_words::Words::english(),
    );
    assert!(
        text.contains("DTSTART;TZID=Europe/Oslo:20261008T133000\r\nDURATION:PT4H\r\n"),
        "{text}"
    );
    assert!(!text.contains("20261006T090000"), "{text}");
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 1);
    assert!(text.contains("UID:exam.regress@meridian\r\n"));
    reads_back_exactly(&s, &text);
}

#[test]
fn vtimezone_covers_a_week_moved_outside_the_term() {
    // A term before Dublin's October switch; one week moved to December (after it), another
    // to August (before the term).
    let s = schedule(
        "Europe/Dublin",
        ("2026-09-01", "2026-10-09"),
        serde_json::json!([{ "id": "talk", "title": "Talk", "host": "c",
            "start": "2026-09-02T10:00", "duration_minutes": 60, "repeat": {},
            "changes": [
                { "date": "2026-09-16", "start": "2026-12-02T10:00" },
                { "date": "2026-09-23", "start": "2026-08-05T10:00" }] }]),
    );
    let text = export(
        &s,
        &Scope::default(),
        stamp(),
        &meridian_words::Words::english(),
    );
    let vtimezone =
        &text[text.find("BEGIN:VTIMEZONE").unwrap()..text.find("END:VTIMEZONE").unwrap()];
    // The switch back to GMT on 25 October is defined, and the zone starts before 5 August.
    assert!(
        vtimezone.contains("DTSTART:20261025T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000"),
        "{vtimezone}"
    );
    let first: String = vtimezone
        .lines()
        .find_map(|l| l.strip_prefix("DTSTART:"))
        .unwrap()
        .to_string();
    assert!(first.as_str() < "20260805T100000", "{first}");
    assert!(text.contains("DTSTART;TZID=Europe/Dublin:20261202T100000"));
    reads_back_exactly(&s, &text);
}

#[test]
fn uid_with_line_break_cannot_inject_properties() {
    let mut s = schedule(
        "Europe/Berlin",
        ("2026-09-01", "2026-12-18"),
        serde_json::json!([
            { "id": "x\r\nLOCATION:attacker", "title": "One", "host": "c",
              "start": "2026-09-07T10:00", "duration_minutes": 60 },
            { "id": "a,b;c\\d\n%+@", "title": "Two", "host": "c",
              "start": "2026-09-08T10:00", "duration_minutes": 60 }]),
    );
    s.id = "sched\nDESCRIPTION:evil".into();
    let text = export(
        &s,
        &Scope::default(),
        stamp(),
        &meridian_words::Words::english(),
    );
    for line in event_lines(&text) {
        assert!(
            !line.starts_with("LOCATION:attacker") && !line.starts_with("DESCRIPTION:evil"),
            "{line}"
        );
    }
    assert!(!text.replace("\r\n", "").contains('\n'));
    assert!(!text.replace("\r\n", "").contains('\r'));
    let unfolded = unfold(&text);
    let uids: Vec<&str> = unfolded.lines().filter(|l| l.starts_with("UID:")).collect();
    assert_eq!(
        uids,
        [
            "UID:x%0D%0ALOCATION:attacker.sched%0ADESCRIPTION:evil@meridian",
            "UID:a%2Cb%3Bc%5Cd%0A%25%2B%40.sched%0ADESCRIPTION:evil@meridian"
        ]
    );
    // Ordinary ids keep the UIDs of earlier exports.
    assert_eq!(
        uid("demo-enhance-autumn-2026", "hydrogen-lab", None),
        "hydrogen-lab.demo-enhance-autumn-2026@meridian"
    );
}

#[test]
fn tab_in_title_survives() {
    let mut s = demo::load("enhance-autumn-2026").unwrap();
    s.sessions[0].title = "Lab\tgroup A".into();
    s.sessions[0].notes = Some("one\r\ntwo\rthree\u{7}".into());
    let text = unfold(&export(
        &s,
        &Scope::default(),
        stamp(),
        &meridian_words::Words::english(),
    ));
    assert!(text.contains("SUMMARY:Lab\tgroup A\r\n"), "{text}");
    assert!(text.contains("one\\ntwo\\nthree\r\n"), "{text}");
}

#[test]
fn a_changed_week_is_not_read_into_another_series_meeting_at_the_same_time() {
    // Two parallel labs, Wednesdays 10:15; one moves a week. Stock ical.js relates every
    // RECURRENCE-ID in a calendar to every series, whatever the UID, so an override of the
    // first lab replaced that week of the second too (found by the generated test): the export
    // writes the changed week as its own event instead.
    let s = schedule(
        "Europe/Berlin",
        ("2026-09-01", "2026-12-18"),
        serde_json::json!([
            { "id": "lab-a", "title": "Lab A", "host": "c", "start": "2026-09-09T10:15",
              "duration_minutes": 90, "repeat": {},
              "changes": [{ "date": "2026-10-07", "start": "2026-10-08T14:00" }] },
            { "id": "lab-b", "title": "Lab B", "host": "c", "start": "2026-09-09T10:15",
              "duration_minutes": 90, "repeat": {} }]),
    );
    let text = export(
        &s,
        &Scope::default(),
        stamp(),
        &meridian_words::Words::english(),
    );
    assert!(!text.contains("RECURRENCE-ID"), "{text}");
    assert!(text.contains("UID:lab-a.regress+20261007@meridian\r\n"));
    assert_eq!(text.matches("EXDATE").count(), 1);
    reads_back_exactly(&s, &text);
}
