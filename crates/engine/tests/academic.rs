//! A university's academic calendar (.ics) read as named dates with a proposed kind each, and
//! kept by a campus as closures and periods in one edit: a generated file in the style of TU
//! Berlin's and NTNU's published calendars (all-day, multi-day events, one repeating).

use meridian_engine::ics::{academic_events, import, propose, AcademicEvent, AcademicKind};
use meridian_engine::schedule::{PeriodKind, FORMAT};
use meridian_engine::{check, CivilDate, ConflictKind, Schedule, Severity, Zone};

fn date(text: &str) -> CivilDate {
    CivilDate::parse(text).unwrap()
}

fn berlin() -> Zone {
    Zone::parse("Europe/Berlin").unwrap()
}

/// TU Berlin's winter semester 2026/27 as its calendar lists it: all-day events, DTEND the day
/// after the last, one timed event, a weekly "Study week" repeating three times, one event
/// marked free (as Google Calendar marks all-day events), one before the term.
const TU_BERLIN: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//TU Berlin//Akademischer Kalender//DE\r\n\
BEGIN:VEVENT\r\nUID:a1@tu\r\nDTSTART;VALUE=DATE:20260801\r\nDTEND;VALUE=DATE:20260802\r\nSUMMARY:Sommerfest\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:a2@tu\r\nDTSTART;VALUE=DATE:20261221\r\nDTEND;VALUE=DATE:20270102\r\nSUMMARY:Vorlesungsfreie Zeit (Weihnachten)\r\nTRANSP:TRANSPARENT\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:a3@tu\r\nDTSTART;VALUE=DATE:20270208\r\nDTEND;VALUE=DATE:20270220\r\nSUMMARY:Prüfungszeitraum\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:a4@tu\r\nDTSTART;VALUE=DATE:20261104\r\nSUMMARY:Dies Academicus\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:a5@tu\r\nDTSTART;TZID=Europe/Berlin:20261125T220000\r\nDTEND;TZID=Europe/Berlin:20261126T020000\r\nSUMMARY:Lange Nacht der Wissenschaften\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:a6@tu\r\nDTSTART;VALUE=DATE:20261012\r\nDTEND;VALUE=DATE:20261013\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\nSUMMARY:Study week\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:a7@tu\r\nDTSTART;VALUE=DATE:20261215\r\nDTEND;VALUE=DATE:20261216\r\nSTATUS:CANCELLED\r\nSUMMARY:Cancelled day\r\nEND:VEVENT\r\n\
END:VCALENDAR\r\n";

fn event(name: &str, start: &str, end: &str) -> AcademicEvent {
    AcademicEvent {
        name: name.into(),
        start: date(start),
        end: date(end),
    }
}

#[test]
fn an_academic_calendar_lists_its_events_in_the_term_with_their_whole_local_dates() {
    let found =
        academic_events(TU_BERLIN, berlin(), date("2026-10-01"), date("2027-03-31")).unwrap();
    assert_eq!(
        found,
        vec![
            event("Study week", "2026-10-12", "2026-10-12"),
            event("Study week", "2026-10-19", "2026-10-19"),
            event("Study week", "2026-10-26", "2026-10-26"),
            event("Dies Academicus", "2026-11-04", "2026-11-04"),
            // A timed event counts for every local day it touches.
            event("Lange Nacht der Wissenschaften", "2026-11-25", "2026-11-26"),
            // DTEND is exclusive: the break ends on 1 January; marked free, it still counts.
            event(
                "Vorlesungsfreie Zeit (Weihnachten)",
                "2026-12-21",
                "2027-01-01"
            ),
            event("Prüfungszeitraum", "2027-02-08", "2027-02-19"),
        ]
    );
}

#[test]
fn an_event_overlapping_the_term_edge_is_listed_whole_and_one_outside_is_not() {
    let found =
        academic_events(TU_BERLIN, berlin(), date("2026-12-28"), date("2027-02-10")).unwrap();
    let names: Vec<_> = found.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        names,
        ["Vorlesungsfreie Zeit (Weihnachten)", "Prüfungszeitraum"]
    );
    assert_eq!(found[0].start, date("2026-12-21"));
    assert_eq!(found[1].end, date("2027-02-19"));
}

#[test]
fn the_busy_import_still_leaves_free_and_cancelled_events_out() {
    let at = |d: &str| {
        Zone::UTC
            .resolve(
                meridian_engine::CivilDateTime::parse(d).unwrap(),
                meridian_engine::Disambiguation::Compatible,
            )
            .unwrap()
            .instant
    };
    let blocks = import(
        TU_BERLIN,
        berlin(),
        at("2026-12-01T00:00"),
        at("2027-01-31T00:00"),
    )
    .unwrap();
    assert!(blocks.is_empty(), "{blocks:?}");
}

#[test]
fn names_in_the_partners_languages_propose_exams_lecture_free_or_a_closure() {
    for exams in [
        "Prüfungszeitraum",
        "Klausurenphase",
        "Winter examinations",
        "Exams",
        "Tentamensperiod",
        "Eksamensperiode høst",
        "Sessione d'esame invernale",
        "Esami",
        "Exámenes finales",
        "Sesja egzaminacyjna",
        "Egzaminy poprawkowe",
        "Tentamenperiode",
        "Période d'examens",
    ] {
        assert_eq!(propose(exams), AcademicKind::Exams, "{exams}");
    }
    for free in [
        "Vorlesungsfreie Zeit",
        "Lecture-free period",
        "Reading week",
        "Study Week",
        "Vacances de Noël",
        "Vacaciones de Navidad",
        "Juleferie",
        "Ferie estive",
        "Höstlov",
        "Ferien",
    ] {
        assert_eq!(propose(free), AcademicKind::LectureFree, "{free}");
    }
    for closed in [
        "Dies Academicus",
        "Rektoratstag",
        "Slovenian national day",
        "Open day in November",
    ] {
        assert_eq!(propose(closed), AcademicKind::Closure, "{closed}");
    }
}

fn campus_schedule() -> Schedule {
    let text = format!(
        r#"{{"format":"{FORMAT}","id":"t","name":"Academic","term":{{"start":"2026-10-12","end":"2027-02-19"}},
        "campuses":[{{"id":"tub","name":"TU Berlin","short":"TU Berlin","city":"Berlin","zone":"Europe/Berlin"}}],
        "cohorts":[{{"id":"tub-1","name":"TUB-1","campus":"tub"}}],
        "sessions":[{{"id":"lecture","title":"Lecture","host":"tub","start":"2026-10-14T10:00","duration_minutes":90,
          "repeat":{{"weekdays":["wed"]}},"cohorts":["tub-1"]}}]}}"#
    );
    Schedule::from_json(&text).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn accepted_entries_become_closures_and_periods_of_the_campus_in_one_edit_and_conflicts_follow() {
    let s = campus_schedule();
    let found = academic_events(TU_BERLIN, berlin(), s.term.start, s.term.end).unwrap();
    let entries: Vec<_> = found.into_iter().map(|e| (propose(&e.name), e)).collect();
    let (next, added) = s.with_academic_calendar(&"tub".into(), &entries).unwrap();
    assert_eq!(added, 7);
    let tub = &next.campuses[0];
    assert_eq!(tub.closures.len(), 2, "{:?}", tub.closures);
    assert!(tub
        .closures
        .iter()
        .any(|c| c.name == "Lange Nacht der Wissenschaften"
            && c.start == date("2026-11-25")
            && c.end == Some(date("2026-11-26"))));
    let kinds: Vec<_> = tub
        .periods
        .iter()
        .map(|p| (p.kind, p.name.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            (PeriodKind::LectureFree, "Study week"),
            (PeriodKind::LectureFree, "Study week"),
            (PeriodKind::LectureFree, "Study week"),
            (
                PeriodKind::LectureFree,
                "Vorlesungsfreie Zeit (Weihnachten)"
            ),
            (PeriodKind::Exams, "Prüfungszeitraum"),
        ]
    );
    // The Wednesday lecture: closed on Dies Academicus and in the Christmas break, a warning in
    // the exam period.
    let all = check(&next);
    let closed: Vec<_> = all
        .iter()
        .filter(|c| c.kind == ConflictKind::OnClosure)
        .collect();
    let closed_dates: Vec<_> = closed
        .iter()
        .flat_map(|c| c.occurrences.iter().map(|o| o.date))
        .collect();
    for d in ["2026-11-04", "2026-11-25", "2026-12-23", "2026-12-30"] {
        assert!(closed_dates.contains(&date(d)), "{d}: {closed_dates:?}");
    }
    let exams: Vec<_> = all
        .iter()
        .filter(|c| c.kind == ConflictKind::InExamPeriod)
        .collect();
    assert_eq!(exams.len(), 1);
    assert_eq!(exams[0].severity, Severity::Warning);
    assert_eq!(exams[0].occurrences.len(), 2, "10 and 17 February");

    // Reading the same file again adds nothing.
    let (again, added) = next
        .with_academic_calendar(&"tub".into(), &entries)
        .unwrap();
    assert_eq!(added, 0);
    assert_eq!(again, next);
}

#[test]
fn an_entry_without_a_name_refuses_the_whole_import_and_an_unknown_campus_too() {
    let s = campus_schedule();
    let good = (
        AcademicKind::Exams,
        event("Exams", "2027-02-08", "2027-02-19"),
    );
    let nameless = (
        AcademicKind::Closure,
        event("  ", "2026-11-04", "2026-11-04"),
    );
    assert!(s
        .with_academic_calendar(&"tub".into(), &[good.clone(), nameless])
        .is_err());
    let backwards = (
        AcademicKind::Closure,
        event("Day", "2026-11-05", "2026-11-04"),
    );
    assert!(s
        .with_academic_calendar(&"tub".into(), &[backwards])
        .is_err());
    assert!(s
        .with_academic_calendar(&"nowhere".into(), &[good])
        .is_err());
}

#[test]
fn a_repeating_event_is_bounded_as_the_busy_import_is() {
    let text = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:19700101\r\nRRULE:FREQ=DAILY\r\nSUMMARY:Every day\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let found = academic_events(text, berlin(), date("2026-10-01"), date("2026-10-31")).unwrap();
    assert_eq!(found.len(), 31);
    // A century of days is cut at the import's bound, as the busy import cuts it.
    let century = academic_events(text, berlin(), date("2000-01-01"), date("2099-12-31")).unwrap();
    assert!(
        (19_000..=meridian_engine::ics::MAX_IMPORT_BLOCKS).contains(&century.len()),
        "{}",
        century.len()
    );
}

proptest::proptest! {
    /// An all-day event of any length, anywhere in the year and in any of the partners' zones
    /// (across both DST switches), covers exactly its DTSTART up to the day before its DTEND:
    /// checked against plain date arithmetic.
    #[test]
    fn an_all_day_event_covers_its_dates_in_any_zone(
        offset in 0i64..365,
        days in 1i64..60,
        zone in proptest::sample::select(vec!["Europe/Berlin", "Pacific/Auckland", "America/Santiago", "Europe/Oslo", "UTC"]),
    ) {
        let start = date("2026-01-01").add_days(offset).unwrap();
        let end = start.add_days(days).unwrap();
        let compact = |d: CivilDate| d.to_string().replace('-', "");
        let text = format!(
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:{}\r\nDTEND;VALUE=DATE:{}\r\nSUMMARY:Break\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            compact(start),
            compact(end)
        );
        let found = academic_events(&text, Zone::parse(zone).unwrap(), date("2025-12-01"), date("2027-03-31")).unwrap();
        proptest::prop_assert_eq!(found, vec![event("Break", &start.to_string(), &end.add_days(-1).unwrap().to_string())]);
    }
}

/// NTNU's autumn as its calendar lists it, in Norwegian, with the exam period written as a
/// timed event in Oslo time (08:00 on the first day to 18:00 on the last) and a weekly
/// "Fadderuke" event repeating by UNTIL.
const NTNU: &str = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//NTNU//Studiekalender//NO\n\
BEGIN:VEVENT\nUID:n1@ntnu\nDTSTART;TZID=Europe/Oslo:20261126T080000\nDTEND;TZID=Europe/Oslo:20261218T180000\nSUMMARY:Eksamensperiode høst\nEND:VEVENT\n\
BEGIN:VEVENT\nUID:n2@ntnu\nDTSTART;VALUE=DATE:20261219\nDTEND;VALUE=DATE:20270104\nSUMMARY:Juleferie\nEND:VEVENT\n\
BEGIN:VEVENT\nUID:n3@ntnu\nDTSTART;VALUE=DATE:20260817\nDTEND;VALUE=DATE:20260818\nRRULE:FREQ=WEEKLY;UNTIL=20260831\nSUMMARY:Fadderuke\nEND:VEVENT\n\
END:VCALENDAR\n";

#[test]
fn an_ntnu_calendar_in_norwegian_gives_its_exam_period_and_christmas_break() {
    let oslo = Zone::parse("Europe/Oslo").unwrap();
    let found = academic_events(NTNU, oslo, date("2026-08-17"), date("2026-12-31")).unwrap();
    let kinds: Vec<_> = found
        .iter()
        .map(|e| {
            (
                e.name.as_str(),
                e.start.to_string(),
                e.end.to_string(),
                propose(&e.name),
            )
        })
        .collect();
    let row = |n: &'static str, s: &str, e: &str, k| (n, s.to_string(), e.to_string(), k);
    assert_eq!(
        kinds,
        [
            row(
                "Fadderuke",
                "2026-08-17",
                "2026-08-17",
                AcademicKind::Closure
            ),
            row(
                "Fadderuke",
                "2026-08-24",
                "2026-08-24",
                AcademicKind::Closure
            ),
            row(
                "Fadderuke",
                "2026-08-31",
                "2026-08-31",
                AcademicKind::Closure
            ),
            row(
                "Eksamensperiode høst",
                "2026-11-26",
                "2026-12-18",
                AcademicKind::Exams
            ),
            row(
                "Juleferie",
                "2026-12-19",
                "2027-01-03",
                AcademicKind::LectureFree
            ),
        ]
    );
}

/// An engine error as a user reads it, in English.
#[allow(dead_code)]
fn said(e: &meridian_engine::Error) -> String {
    meridian_words::error(&meridian_words::Words::english(), e)
}
