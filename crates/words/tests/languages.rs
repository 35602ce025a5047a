//! What native readers found wrong in the partners' languages, said as they read it now: a new
//! schedule's cohorts in conflicts, and words a reader struck out of a catalogue.

use meridian_engine::presets::{alliance, new_schedule};
use meridian_engine::schedule::Term;
use meridian_engine::{check, CivilDate, Schedule};
use meridian_words::conflict::message;
use meridian_words::{Catalogue, EnglishDates, Words, LANGUAGES};
use std::rc::Rc;

fn ftl(code: &str) -> String {
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../locales")
        .join(format!("{code}.ftl"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn words(code: &str) -> Words {
    Words::new(
        Catalogue::parse(code, &ftl(code)).unwrap(),
        Rc::new(EnglishDates::default()),
    )
}

/// A new ENHANCE term of TU Berlin and Chalmers, with two lectures at once for TU Berlin's cohort.
fn new_term_with_a_clash() -> Schedule {
    let enhance = alliance("enhance").unwrap();
    let term = Term {
        start: CivilDate::parse("2027-02-15").unwrap(),
        end: CivilDate::parse("2027-06-11").unwrap(),
    };
    let s = new_schedule(
        "t",
        "Spring",
        Some(enhance.name),
        &["tub", "chalmers"],
        term,
    )
    .unwrap();
    let session = |id: &str| {
        format!(
            r#"{{"id":"{id}","title":"{id}","host":"tub","start":"2027-02-16T09:15","duration_minutes":90,"cohorts":["tub-cohort"]}}"#
        )
    };
    let json = s.to_json();
    let (head, tail) = json
        .split_once(r#""sessions": []"#)
        .expect("no sessions yet");
    Schedule::from_json(&format!(
        r#"{head}"sessions": [{}, {}]{tail}"#,
        session("lecture"),
        session("seminar")
    ))
    .unwrap()
}

// Regression: a new schedule named its cohorts "TU Berlin cohort" ("Gruppe TU Berlin"), and
// conflicts say "Cohort { $name }", so every conflict of a new schedule read "Cohort TU Berlin
// cohort", "Gruppe Gruppe TU Berlin" in all ten languages.
#[test]
fn a_new_schedules_cohort_is_named_once_in_its_conflicts_in_every_language() {
    let s = new_term_with_a_clash();
    assert_eq!(s.cohorts[0].name, "TU Berlin");
    let clash = check(&s);
    assert_eq!(clash.len(), 1, "{clash:?}");
    for language in LANGUAGES {
        let words = words(language.code);
        let said = message(&words, &clash[0]);
        // The language's own word for a cohort, from "Cohort { $name }" with no name.
        let cohort = words.t_with(
            "conflict-resource-cohort",
            &meridian_words::Args::new().set("name", ""),
        );
        let cohort = cohort.trim().to_lowercase();
        assert!(!cohort.is_empty(), "{}", language.code);
        assert_eq!(
            said.to_lowercase().matches(&cohort).count(),
            1,
            "{}: {said}",
            language.code
        );
        assert_eq!(
            said.matches("TU Berlin").count(),
            1,
            "{}: {said}",
            language.code
        );
    }
    assert!(
        message(&Words::english(), &clash[0]).starts_with("Cohort TU Berlin has two sessions on")
    );
}

/// Words a native reader struck out of a catalogue, with what the language says instead.
const STRUCK_OUT: &[(&str, &str, &str)] = &[(
    "nl",
    "tijdwissel",
    "Dutch says the clock is set (\"de klok wordt verzet\"), not \"tijdwissel\"",
)];

#[test]
fn words_native_readers_struck_out_stay_out() {
    for (code, word, instead) in STRUCK_OUT {
        let text = ftl(code).to_lowercase();
        assert!(!text.contains(word), "{code}: {instead}");
    }
}
