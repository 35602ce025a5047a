//! Public holidays from the data files closing campuses in the conflict check, as typed
//! closures do: with no closure typed, a lecture on a partner's regional holiday is flagged
//! with the holiday's name, its campus and date; switched-off days and other regions are not.

use meridian_engine::conflict::{CalendarKind, Checking, ConflictDetail};
use meridian_engine::demo;
use meridian_engine::holidays::{CountryHolidays, HolidayGap, HolidayKind};
use meridian_engine::schedule::FORMAT;
use meridian_engine::slots::{suggest_week_times, suggest_week_times_with_holidays, SlotSearch};
use meridian_engine::{
    check, check_with_holidays, CivilDate, Conflict, ConflictIndex, ConflictKind, PublicHolidays,
    Schedule, Severity,
};

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

fn date(text: &str) -> CivilDate {
    CivilDate::parse(text).unwrap()
}

/// UPV (region `upv_extra`), RWTH in Aachen and TU Berlin, a cohort at each, and a weekly
/// Thursday lecture hosted by TU Berlin for all three cohorts over autumn 2025.
fn schedule(upv_extra: &str, term: (&str, &str), start: &str) -> Schedule {
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
    schedule(upv_extra, ("2025-09-01", "2025-12-19"), "2025-09-04T10:00")
}

fn on_holiday<'a>(all: &'a [Conflict], campus: &str) -> Vec<&'a Conflict> {
    all.iter()
        .filter(|c| {
            c.calendar.as_ref().is_some_and(|d| {
                matches!(d.kind, CalendarKind::PublicHoliday(_)) && d.campus.as_str() == campus
            })
        })
        .collect()
}

#[test]
fn a_lecture_on_valencian_community_day_is_flagged_at_upv_with_no_closure_typed() {
    let s = autumn_2025(r#","region":"VC""#);
    assert!(check(&s).iter().all(|c| c.kind != ConflictKind::OnClosure));
    let all = check_with_holidays(&s, &data());
    let upv = on_holiday(&all, "upv");
    assert_eq!(upv.len(), 1, "{upv:#?}");
    let c = upv[0];
    assert_eq!(c.kind, ConflictKind::OnClosure);
    assert_eq!(c.severity, Severity::Error);
    let day = c.calendar.as_ref().unwrap();
    assert_eq!(day.date, date("2025-10-09"));
    assert_eq!(day.name, "Día de la Comunidad Valenciana");
    assert_eq!(day.english_name.as_deref(), Some("Valencian Community Day"));
    assert_eq!(day.kind, CalendarKind::PublicHoliday(HolidayKind::Holiday));
    assert_eq!(c.campuses, ["upv".into()]);
    assert_eq!(c.occurrences.len(), 1);
    assert_eq!(c.occurrences[0].date, date("2025-10-09"));
    assert_eq!(
        c.detail,
        ConflictDetail::OnCalendarDay {
            session: "Joint lecture".into(),
            date: date("2025-10-09"),
            campus: "UPV".into(),
            city: "Valencia".into()
        }
    );
}

#[test]
fn without_a_region_only_the_countrys_own_holidays_close_a_campus() {
    let s = autumn_2025("");
    let all = check_with_holidays(&s, &data());
    assert!(on_holiday(&all, "upv")
        .iter()
        .all(|c| c.calendar.as_ref().unwrap().date != date("2025-10-09")));
}

#[test]
fn a_switched_off_holiday_does_not_close_the_campus() {
    let s = autumn_2025(r#","region":"VC","holidays_off":["2025-10-09"]"#);
    let all = check_with_holidays(&s, &data());
    assert!(on_holiday(&all, "upv").is_empty(), "{all:#?}");
}

#[test]
fn corpus_christi_closes_aachen_and_not_berlin() {
    let s = schedule("", ("2026-04-13", "2026-07-17"), "2026-04-16T10:00");
    let all = check_with_holidays(&s, &data());
    let rwth: Vec<_> = on_holiday(&all, "rwth")
        .into_iter()
        .filter(|c| c.calendar.as_ref().unwrap().date == date("2026-06-04"))
        .collect();
    assert_eq!(rwth.len(), 1);
    assert_eq!(rwth[0].calendar.as_ref().unwrap().name, "Fronleichnam");
    assert!(on_holiday(&all, "tub")
        .iter()
        .all(|c| c.calendar.as_ref().unwrap().date != date("2026-06-04")));
}

#[test]
fn a_typed_closure_and_a_holiday_on_one_day_make_one_conflict_through_one_rule() {
    let s =
        autumn_2025(r#","region":"VC","closures":[{"name":"Campus closed","start":"2025-10-09"}]"#);
    let all = check_with_holidays(&s, &data());
    let upv: Vec<_> = all
        .iter()
        .filter(|c| {
            c.kind == ConflictKind::OnClosure
                && c.occurrences.iter().any(|o| o.date == date("2025-10-09"))
                && c.campuses == ["upv".into()]
        })
        .collect();
    assert_eq!(upv.len(), 1);
    let day = upv[0].calendar.as_ref().unwrap();
    assert_eq!(
        (day.kind, day.name.as_str()),
        (CalendarKind::Closure, "Campus closed")
    );
}

#[test]
fn an_exam_period_is_a_warning_and_a_lecture_free_week_closes_the_campus() {
    let s = autumn_2025(
        r#","periods":[{"kind":"exams","name":"Autumn exams","start":"2025-12-08","end":"2025-12-19"},
        {"kind":"lecture-free","name":"Reading week","start":"2025-11-03","end":"2025-11-07"}]"#,
    );
    let all = check(&s);
    let exams: Vec<_> = all
        .iter()
        .filter(|c| c.kind == ConflictKind::InExamPeriod)
        .collect();
    assert_eq!(
        exams.len(),
        1,
        "one conflict for the period, every week listed"
    );
    assert_eq!(exams[0].severity, Severity::Warning);
    assert_eq!(exams[0].occurrences.len(), 2);
    assert_eq!(
        exams[0].calendar.as_ref().unwrap().kind,
        CalendarKind::Exams
    );
    let free: Vec<_> = all
        .iter()
        .filter(|c| {
            c.calendar
                .as_ref()
                .is_some_and(|d| d.kind == CalendarKind::LectureFree)
        })
        .collect();
    assert_eq!(free.len(), 1);
    assert_eq!(free[0].kind, ConflictKind::OnClosure);
    assert_eq!(free[0].occurrences[0].date, date("2025-11-06"));
}

#[test]
fn the_stepped_check_with_holidays_equals_the_whole_one() {
    let s = autumn_2025(r#","region":"VC""#);
    let holidays = data();
    let whole = ConflictIndex::with_holidays(&s, &holidays).conflicts(&s);
    for units in [1, 3, 50] {
        let mut c = Checking::with_holidays(&s, &holidays);
        while !c.step(&s, units).is_done() {}
        assert_eq!(c.finish(&s).conflicts(&s), whole);
    }
}

#[test]
fn a_rebuilt_index_keeps_its_holidays() {
    let mut s = autumn_2025(r#","region":"VC""#);
    let mut index = ConflictIndex::with_holidays(&s, &data());
    let mut copy = s.sessions[0].clone();
    copy.id = "copy".into();
    copy.start = copy.start.date().add_days(1).unwrap().at(copy.start.time());
    copy.repeat = None;
    s.sessions.push(copy);
    // A new session changes the lists' sizes: the index is built anew, with the same holidays.
    index.session_changed(&s, 1);
    assert_eq!(
        index.conflicts(&s),
        check_with_holidays(&s, &data()),
        "same as a fresh check"
    );
    assert_eq!(on_holiday(&index.conflicts(&s), "upv").len(), 1);
}

#[test]
fn find_a_time_for_the_holiday_week_moves_that_week_off_the_holiday() {
    let s = autumn_2025(r#","region":"VC""#);
    let search = SlotSearch::default();
    let found =
        suggest_week_times_with_holidays(&s, 0, date("2025-10-09"), &search, &data()).unwrap();
    assert!(found.now.errors >= 1, "{:?}", found.now);
    let best = &found.better[0];
    assert_eq!(best.errors, 0, "{best:?}");
    assert_ne!(best.start.date(), date("2025-10-09"));
    // Without the data, the week has nothing to move off.
    let plain = suggest_week_times(&s, 0, date("2025-10-09"), &search).unwrap();
    assert_eq!(plain.now.errors, 0);
}

#[test]
fn the_countries_to_load_and_what_is_missing_are_data() {
    let s = autumn_2025(r#","region":"XX""#);
    assert_eq!(PublicHolidays::countries_of(&s), ["DE", "ES"]);
    let gaps = PublicHolidays::new([country("DE")]).gaps(&s);
    assert_eq!(
        gaps,
        [HolidayGap::NoData {
            campus: "upv".into(),
            country: "ES".into()
        }]
    );
    assert!(data().gaps(&s).contains(&HolidayGap::UnknownRegion {
        campus: "upv".into(),
        country: "ES".into(),
        region: "XX".into()
    }));
}

#[test]
fn a_fresh_enhance_term_from_the_preset_shows_its_partners_holidays_with_no_closure_typed() {
    use meridian_engine::presets::{alliance, new_schedule};
    use meridian_engine::schedule::{Session, Term};
    let enhance = alliance("enhance").unwrap();
    let term = Term {
        start: date("2026-09-07"),
        end: date("2026-12-18"),
    };
    let mut s = new_schedule("t", "Fresh", Some(enhance.name), enhance.members, term).unwrap();
    let cohorts: Vec<String> = s.cohorts.iter().map(|c| format!("\"{}\"", c.id)).collect();
    let lecture: Session = serde_json::from_str(&format!(
        r#"{{"id":"mon","title":"Monday lecture","host":"polimi","start":"2026-09-07T10:00",
        "duration_minutes":90,"repeat":{{"weekdays":["mon"]}},"cohorts":[{}]}}"#,
        cohorts.join(",")
    ))
    .unwrap();
    s.sessions.push(lecture);
    let countries = PublicHolidays::countries_of(&s);
    assert_eq!(countries, ["CH", "DE", "ES", "IT", "NL", "NO", "PL", "SE"]);
    let holidays = PublicHolidays::new(countries.iter().map(|c| country(c)));
    assert!(holidays.gaps(&s).is_empty(), "{:?}", holidays.gaps(&s));
    let all = check_with_holidays(&s, &holidays);
    let days: Vec<(String, CivilDate, String)> = all
        .iter()
        .filter_map(|c| c.calendar.as_ref())
        .map(|d| (d.campus.to_string(), d.date, d.name.clone()))
        .collect();
    let has = |campus: &str, day: &str, name: &str| {
        days.contains(&(campus.to_string(), date(day), name.to_string()))
    };
    assert!(has("polimi", "2026-12-07", "Sant'Ambrogio"), "{days:#?}");
    assert!(
        has("upv", "2026-10-12", "Fiesta Nacional de España"),
        "{days:#?}"
    );
    assert!(!days
        .iter()
        .any(|(c, d, _)| c == "tub" && *d == date("2026-12-07")));
    assert!(check(&s).iter().all(|c| c.calendar.is_none()));
}

#[test]
fn the_holiday_calendar_fields_are_omitted_when_empty_and_round_trip_when_set() {
    let demo = meridian_engine::demo::load("enhance-autumn-2026").unwrap();
    let json = demo.to_json();
    for field in ["\"region\"", "\"holidays_off\"", "\"periods\""] {
        assert!(
            !json.contains(field),
            "an old document is written as before"
        );
    }
    let s = autumn_2025(
        r#","region":"VC","holidays_off":["2025-10-09"],
        "periods":[{"kind":"exams","name":"Exams","start":"2025-12-08","end":"2025-12-19"}]"#,
    );
    assert_eq!(Schedule::from_json(&s.to_json()).unwrap(), s);
}

#[test]
fn a_period_that_ends_before_it_starts_or_an_empty_region_is_refused_with_its_path() {
    let text = |extra: &str| {
        let s = autumn_2025("").to_json();
        s.replacen(
            r#""zone": "Europe/Madrid""#,
            &format!(r#""zone": "Europe/Madrid"{extra}"#),
            1,
        )
    };
    let err = Schedule::from_json(&text(
        r#","periods":[{"kind":"exams","name":"Exams","start":"2025-12-19","end":"2025-12-08"}]"#,
    ))
    .unwrap_err();
    assert!(said(&err).contains("campuses[2].periods[0].end"), "{err}");
    let err = Schedule::from_json(&text(r#","region":" ""#)).unwrap_err();
    assert!(said(&err).contains("campuses[2].region"), "{err}");
    let err = Schedule::from_json(&text(
        r#","periods":[{"kind":"holiday","name":"X","start":"2025-12-19","end":"2025-12-19"}]"#,
    ))
    .unwrap_err();
    assert!(said(&err).contains("campuses[2].periods[0].kind"), "{err}");
}

/// An engine error as a user reads it, in English.
#[allow(dead_code)]
fn said(e: &meridian_engine::Error) -> String {
    meridian_words::error(&meridian_words::Words::english(), e)
}

// Regression: the Compare dialog said moving the one week that fell on a partner's public
// holiday to the next day left the conflicts alone, and the merge then cleared the planner's
// only error: what a change does to conflicts was checked without public holidays.
#[test]
fn a_week_moved_off_a_public_holiday_resolves_its_conflict_in_the_comparison() {
    use meridian_engine::lineage::conflict_effect;
    let s = autumn_2025(r#","region":"VC""#);
    let moved = s
        .with_occurrence_moved(0, date("2025-10-09"), 24 * 60)
        .unwrap();
    let effect = conflict_effect(&s, &moved, &data());
    assert!(effect.new.is_empty(), "{:#?}", effect.new);
    let resolved = on_holiday(&effect.resolved, "upv");
    assert_eq!(resolved.len(), 1, "{:#?}", effect.resolved);
    assert_eq!(
        resolved[0].calendar.as_ref().unwrap().date,
        date("2025-10-09")
    );
    // The same count as the planner's check before and after.
    let errors = |s: &Schedule| {
        check_with_holidays(s, &data())
            .iter()
            .filter(|c| c.severity == Severity::Error)
            .count()
    };
    assert_eq!(errors(&s) - errors(&moved), 1);
    // Without the holiday data the change is (rightly) said to do nothing.
    assert!(conflict_effect(&s, &moved, &PublicHolidays::none())
        .resolved
        .is_empty());
}

// The Compare dialog said a series' drift was both a new conflict and resolved when one week
// of the series moved (its dates changed): the drift is the series', neither new nor resolved.
#[test]
fn a_week_moved_leaves_its_series_drift_neither_new_nor_resolved() {
    use meridian_engine::lineage::conflict_effect;
    let s = demo::load("gma-spring-2027").unwrap();
    let seminar = s
        .sessions
        .iter()
        .position(|x| x.id.as_str() == "apac-seminar")
        .unwrap();
    let drift = |s: &Schedule| {
        check(s)
            .into_iter()
            .filter(|c| {
                c.kind == ConflictKind::DaylightSavingDrift
                    && c.sessions[0] == s.sessions[seminar].id
            })
            .count()
    };
    assert_eq!(drift(&s), 1);
    let moved = s
        .with_occurrence_moved(seminar, date("2027-03-10"), 24 * 60)
        .unwrap();
    assert_eq!(drift(&moved), 1);
    let effect = conflict_effect(&s, &moved, &PublicHolidays::none());
    let drifts = |list: &[Conflict]| {
        list.iter()
            .filter(|c| c.kind == ConflictKind::DaylightSavingDrift)
            .count()
    };
    assert_eq!(drifts(&effect.new), 0, "{:#?}", effect.new);
    assert_eq!(drifts(&effect.resolved), 0, "{:#?}", effect.resolved);
}
