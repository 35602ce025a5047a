//! What native readers found wrong in the partners' languages, said as they read it now: a new
//! schedule's cohorts in conflicts, the article before a time in Italian and Spanish hints, and
//! words a reader struck out of a catalogue.

use meridian_engine::conflict::Hint;
use meridian_engine::presets::{alliance, new_schedule};
use meridian_engine::schedule::Term;
use meridian_engine::{check, CivilDate, CivilTime, Schedule};
use meridian_words::conflict::{hint_text, message};
use meridian_words::{Words, LANGUAGES};

mod support;
use support::{ftl, words};

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

fn move_to(hour: u32, minute: u32) -> Hint {
    Hint::MoveTo {
        session: "Lab".into(),
        minutes: 30,
        to: CivilTime::from_minutes_of_day(hour * 60 + minute),
        opening: meridian_engine::conflict::Opening::After("Lecture".into()),
    }
}

// Italian says "all'1:30" (l'una) but "alle 10:00", "alle 13:00"; Spanish "a la 1:30" but
// "a las 10:00", "a las 13:00": the article before a time is chosen by its hour.
#[test]
fn italian_and_spanish_hints_put_the_article_the_hour_needs() {
    let said = |code: &str, hour, minute| hint_text(&words(code), &move_to(hour, minute));
    assert!(
        said("it", 1, 30).contains("all'01:30,"),
        "{}",
        said("it", 1, 30)
    );
    assert!(
        said("it", 10, 0).contains("alle 10:00,"),
        "{}",
        said("it", 10, 0)
    );
    assert!(
        said("it", 13, 0).contains("alle 13:00,"),
        "{}",
        said("it", 13, 0)
    );
    assert!(
        said("it", 0, 30).contains("alle 00:30,"),
        "{}",
        said("it", 0, 30)
    );
    assert!(
        said("es", 1, 30).contains("a la 01:30,"),
        "{}",
        said("es", 1, 30)
    );
    assert!(
        said("es", 10, 0).contains("a las 10:00,"),
        "{}",
        said("es", 10, 0)
    );
    assert!(
        said("es", 13, 0).contains("a las 13:00,"),
        "{}",
        said("es", 13, 0)
    );
    // Other languages read the hour and say the time as before.
    assert_eq!(
        hint_text(&Words::english(), &move_to(1, 30)),
        "move Lab 30 min later, to 01:30, after Lecture"
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

/// The messages of `ftl` in which a past participle follows a session's title with no noun
/// before the title for it to agree with: "{ $title } déplacée" reads wrong for "Cours
/// magistral", "Séance « { $title } » déplacée" does not.
fn participles_without_their_noun(ftl: &str, nouns: &[&str], endings: &[&str]) -> Vec<String> {
    ftl.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|line| {
            let (before, after) = line.split_once("{ $title }")?;
            // The title's own clause: up to the first full stop, semicolon or comma.
            let clause = after.split(['.', ';', ',']).next().unwrap_or("");
            let participle = clause.split_whitespace().any(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphabetic());
                w.chars().count() > 4 && endings.iter().any(|e| w.ends_with(e))
            });
            let named = nouns.iter().any(|n| before.to_lowercase().contains(n));
            (participle && !named).then(|| line.to_string())
        })
        .collect()
}

// Regression: French and Italian status lines put a feminine participle after the title
// ("{ $title } déplacée", "{ $title }: spostata"), agreeing with a "séance"/"lezione" the line
// never said; a title such as "Cours magistral" or "Seminario" is masculine.
#[test]
fn french_and_italian_participles_after_a_title_name_their_noun() {
    let fr = participles_without_their_noun(&ftl("fr"), &["séance", "série"], &["ée", "ées"]);
    assert!(fr.is_empty(), "{fr:#?}");
    let it = participles_without_their_noun(&ftl("it"), &["lezione", "serie"], &["ata", "ate"]);
    assert!(it.is_empty(), "{it:#?}");
}

// Saving Campuses and people with a lecturer still unnamed (a new lecturer starts without a
// name) says which one, in each language, with the word for a lecturer, never the message id.
#[test]
fn a_lecturer_without_a_name_is_refused_with_its_place_in_every_language() {
    let s = meridian_engine::demo::load("enhance-autumn-2026").unwrap();
    let (with, i) = s.with_lecturer_added(None).unwrap();
    let refused = s.with_setup_of(with).unwrap_err();
    let expected = [
        ("en", "lecturer 6 in the list has no name; type one or remove it"),
        ("de", "Lehrperson 6 in der Liste hat keinen Namen; geben Sie einen ein oder entfernen Sie die Lehrperson"),
        ("pl", "prowadzący nr 6 na liście nie ma imienia i nazwiska; wpisz je lub usuń tego prowadzącego"),
    ];
    assert_eq!(i, 5);
    for language in LANGUAGES {
        let said = meridian_words::error(&words(language.code), &refused);
        assert!(said.contains('6'), "{}: {said}", language.code);
        assert!(!said.contains("problem-"), "{}: {said}", language.code);
        if let Some((_, text)) = expected.iter().find(|(code, _)| *code == language.code) {
            assert_eq!(said, *text);
        }
    }
}

/// Spanish weekdays as a browser in es-CL writes them, the rest as the CLI's English.
struct SpanishWeekdays(meridian_words::EnglishDates);

impl meridian_words::Dates for SpanishWeekdays {
    fn weekday(&self, day: meridian_engine::Weekday) -> String {
        ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"][day.index()].to_string()
    }
    fn day_month(&self, date: CivilDate) -> String {
        self.0.day_month(date)
    }
    fn short_date(&self, date: CivilDate) -> String {
        self.0.short_date(date)
    }
    fn long_date(&self, date: CivilDate) -> String {
        self.0.long_date(date)
    }
    fn clock(&self, time: CivilTime) -> String {
        self.0.clock(time)
    }
}

// A Chilean coordinator read "Office hours (vie 9:00 a. m. hora de Singapore) cambia de hora…"
// for a series that meets Tuesday and Friday: the drift named its first date's weekday only.
#[test]
fn a_drift_summary_names_every_weekday_of_a_tuesday_and_friday_series() {
    let gma = meridian_engine::demo::load("gma-spring-2027").unwrap();
    let drift = check(&gma)
        .into_iter()
        .find(|c| {
            c.kind == meridian_engine::ConflictKind::DaylightSavingDrift
                && c.sessions[0].as_str() == "office-hours"
        })
        .expect("office hours drift at Auckland");
    assert_eq!(
        message(&Words::english(), &drift),
        "Office hours (Tue, Fri 09:00 Singapore time) moves at partners during the term: \
         Auckland: 14:00 until 2 Apr, 13:00 from 6 Apr"
    );
    let spanish = Words::new(
        meridian_words::Catalogue::parse("es", &ftl("es")).unwrap(),
        std::rc::Rc::new(SpanishWeekdays(meridian_words::EnglishDates::default())),
    );
    assert_eq!(
        message(&spanish, &drift),
        "Office hours (mar, vie 09:00 hora de Singapur) cambia de hora en los campus socios \
         durante el periodo lectivo: Auckland: 14:00 hasta el 2 Apr, 13:00 desde el 6 Apr"
    );
    // Every language names both days.
    for l in LANGUAGES {
        let said = message(&words(l.code), &drift);
        assert!(
            said.contains("Tue") && said.contains("Fri"),
            "{}: {said}",
            l.code
        );
    }
}
