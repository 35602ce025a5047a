//! Place names in the reader's language: every name Meridian knows in English (each preset
//! campus's city, the place of each zone a preset is in) has a message in every language, the
//! catalogue has no place message for a name Meridian does not know, English says each name as
//! the engine writes it, and a name a coordinator typed is said as typed.

mod support;

use meridian_engine::presets::CAMPUSES;
use meridian_engine::{check, ConflictKind, Schedule, Zone};
use meridian_words::conflict::{hint, message};
use meridian_words::{place_message, place_slug, Catalogue, Words, LANGUAGES};
use support::{ftl, words};

/// Every English place name Meridian knows: each preset campus's city and its zone's place.
fn known() -> Vec<String> {
    let mut names: Vec<String> = CAMPUSES
        .iter()
        .flat_map(|c| {
            let zone = Zone::parse(c.zone).unwrap_or_else(|e| panic!("{}: {e}", c.id));
            [c.city.to_string(), zone.place()]
        })
        .collect();
    names.sort();
    names.dedup();
    names
}

#[test]
fn every_preset_city_and_zone_place_has_a_message_in_every_language() {
    let names = known();
    assert!(names.contains(&"Milan".to_string()) && names.contains(&"Rome".to_string()));
    let mut problems = Vec::new();
    for language in LANGUAGES {
        let catalogue = Catalogue::parse(language.code, &ftl(language.code)).unwrap();
        for name in &names {
            match place_message(name) {
                None => problems.push(format!(
                    "\"{name}\": no message place-{} in en.ftl",
                    place_slug(name)
                )),
                Some(id) if !catalogue.has(id) => {
                    problems.push(format!("{}: no {id} for \"{name}\"", language.code))
                }
                Some(_) => {}
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_place_message_is_a_name_meridian_knows() {
    let names = known();
    let stale: Vec<String> = Catalogue::ids(&ftl("en"))
        .into_iter()
        .map(|(id, _)| id)
        .filter(|id| id.starts_with("place-"))
        .filter(|id| !names.iter().any(|n| place_message(n) == Some(id.as_str())))
        .collect();
    assert!(
        stale.is_empty(),
        "no preset city or zone is called {stale:?}"
    );
}

#[test]
fn english_says_every_known_name_exactly_as_the_engine_writes_it() {
    let english = Words::english();
    for name in known() {
        assert_eq!(english.place(&name), name);
    }
    // "Zürich" (ETH's city) and "Zurich" (the zone's place, as IANA and CLDR write it) are
    // two names, each said as written.
    assert_eq!(english.place("Zürich"), "Zürich");
    assert_eq!(english.place("Zurich"), "Zurich");
}

#[test]
fn a_known_name_is_said_in_the_readers_language_and_a_typed_one_as_typed() {
    let (de, pl, zh) = (words("de"), words("pl"), words("zh-Hans"));
    assert_eq!(de.place("Milan"), "Mailand");
    assert_eq!(de.place("Munich"), "München");
    assert_eq!(de.place("Gothenburg"), "Göteborg");
    assert_eq!(pl.place("Munich"), "Monachium");
    assert_eq!(pl.place("Warsaw"), "Warszawa");
    assert_eq!(zh.place("Milan"), "米兰");
    assert_eq!(zh.place("Cambridge, MA"), "马萨诸塞州剑桥");
    // What a coordinator typed is theirs.
    assert_eq!(de.place("Milano"), "Milano");
    assert_eq!(de.place("Garching"), "Garching");
    assert_eq!(zh.place("Mailand"), "Mailand");
}

/// PoliMi hosts a lecture at 10:00 for cohorts in Milan and Toronto (04:00 there): outside
/// Toronto's teaching hours (08:00–20:00 there), with the common window on Milan's clock.
fn milan_and_toronto(milan: &str) -> Schedule {
    let text = format!(
        r#"{{"format":"{}","id":"t","name":"T","term":{{"start":"2026-03-02","end":"2026-06-26"}},
        "campuses":[
          {{"id":"polimi","name":"Politecnico di Milano","short":"PoliMi","city":"{milan}","zone":"Europe/Rome"}},
          {{"id":"toronto","name":"University of Toronto","short":"Toronto","city":"Toronto","zone":"America/Toronto"}}],
        "cohorts":[{{"id":"mi","name":"MI","campus":"polimi"}},{{"id":"to","name":"TO","campus":"toronto"}}],
        "sessions":[{{"id":"x","title":"Energy","host":"polimi","start":"2026-03-03T10:00","duration_minutes":60,"cohorts":["mi","to"]}}]}}"#,
        meridian_engine::schedule::FORMAT
    );
    Schedule::from_json(&text).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn a_german_conflict_says_mailand_and_a_typed_milano_stays_milano() {
    let de = words("de");
    let said = |city: &str| {
        let all = check(&milan_and_toronto(city));
        let c = all
            .iter()
            .find(|c| c.kind == ConflictKind::OutsideTeachingHours)
            .unwrap();
        hint(&de, c).unwrap()
    };
    assert_eq!(
        said("Milan"),
        "an diesem Tag liegen 14:00–20:00 Ortszeit Mailand für alle Beteiligten in den Lehrzeiten"
    );
    assert_eq!(
        said("Milano"),
        "an diesem Tag liegen 14:00–20:00 Ortszeit Milano für alle Beteiligten in den Lehrzeiten"
    );
}

#[test]
fn a_polish_conflict_names_the_city_in_the_nominative_after_czas_lokalny() {
    let pl = words("pl");
    let all = check(&milan_and_toronto("Milan"));
    let c = all
        .iter()
        .find(|c| c.kind == ConflictKind::OutsideTeachingHours)
        .unwrap();
    assert!(
        hint(&pl, c).unwrap().contains("(czas lokalny: Mediolan)"),
        "{}",
        hint(&pl, c).unwrap()
    );
    assert!(
        message(&pl, c).contains("czas lokalny: Toronto"),
        "{}",
        message(&pl, c)
    );
}
