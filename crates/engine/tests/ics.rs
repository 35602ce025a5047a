//! Calendar export: the file's shape. Python's icalendar and recurring-ical-events check the
//! expansion independently (tests/python/test_ics.py).

use meridian_engine::ics::{export, file_name, Scope};
use meridian_engine::schedule::CohortId;
use meridian_engine::{demo, Instant};

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
    let text = export(&s, &Scope::default(), stamp());
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
    let text = unfold(&export(&s, &Scope::default(), stamp()));
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
    let text = unfold(&export(&s, &Scope::default(), stamp()));
    let uid = format!("UID:hydrogen-lab.{}@meridian", s.id);
    assert_eq!(
        text.matches(&uid).count(),
        2,
        "the series and its changed week"
    );
    assert!(text.contains("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;WKST=MO;UNTIL=20261216T131500Z"));
    assert!(text.contains("EXDATE;TZID=Europe/Oslo:20261021T141500"));
    assert!(text.contains("RECURRENCE-ID;TZID=Europe/Oslo:20260923T141500"));
    assert!(text.contains("DTSTART;TZID=Europe/Oslo:20260924T090000"));
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
    let text = unfold(&export(&s, &scope, stamp()));
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
