//! The alliance presets match `shared/reference/campuses.md`.

use meridian_engine::presets::{alliance, ALLIANCES, CAMPUSES};
use meridian_engine::schedule::Hours;
use meridian_engine::{Weekday, Zone};

#[test]
fn every_preset_campus_has_a_real_zone_and_a_short_code() {
    for c in CAMPUSES {
        assert!(Zone::parse(c.zone).is_ok(), "{}: {}", c.id, c.zone);
        assert!((1..=5).contains(&c.code.chars().count()), "{}", c.id);
    }
    let mut ids: Vec<&str> = CAMPUSES.iter().map(|c| c.id).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), CAMPUSES.len(), "campus ids are unique");
}

#[test]
fn the_three_alliances_have_their_members() {
    let names = |id: &str| -> Vec<String> {
        alliance(id)
            .unwrap()
            .campuses()
            .iter()
            .map(|c| c.city.clone())
            .collect()
    };
    assert_eq!(
        names("enhance"),
        [
            "Berlin",
            "Gothenburg",
            "Trondheim",
            "Milan",
            "Aachen",
            "Valencia",
            "Warsaw",
            "Delft",
            "Gdańsk",
            "Zürich"
        ]
    );
    assert_eq!(names("polimi-tum"), ["Milan", "Munich"]);
    let gma = alliance("gma").unwrap().campuses();
    assert_eq!(gma.len(), 19);
    let zone_of = |city: &str| gma.iter().find(|c| c.city == city).unwrap().zone.name();
    assert_eq!(zone_of("Auckland"), "Pacific/Auckland");
    assert_eq!(zone_of("Santiago"), "America/Santiago");
    assert_eq!(zone_of("Houston"), "America/Chicago");
    assert_eq!(zone_of("Saint Petersburg"), "Europe/Moscow");
    assert_eq!(ALLIANCES.len(), 3);
}

#[test]
fn preset_campuses_teach_monday_to_friday_8_to_20_until_edited() {
    let tub = alliance("enhance").unwrap().campuses().remove(0);
    assert_eq!(tub.teaching_hours.len(), 5);
    assert_eq!(tub.teaching_hours.get(&Weekday::Mon), Some(&Hours::DEFAULT));
    assert_eq!(tub.teaching_hours.get(&Weekday::Sat), None);
    assert_eq!(Hours::DEFAULT.to_string(), "08:00-20:00");
    assert_eq!(Hours::parse("08:15-24:00").unwrap().end_minute, 1440);
    assert!(Hours::parse("18:00-08:00").is_err());
}

#[test]
fn a_new_schedule_from_a_preset_has_its_campuses_and_a_cohort_each() {
    use meridian_engine::presets::{alliance, new_schedule};
    use meridian_engine::schedule::Term;
    use meridian_engine::CivilDate;
    let enhance = alliance("enhance").unwrap();
    let term = Term {
        start: CivilDate::parse("2027-02-15").unwrap(),
        end: CivilDate::parse("2027-06-11").unwrap(),
    };
    let four = &enhance.members[..4];
    let s = new_schedule("t", "Spring", Some(enhance.name), four, term).unwrap();
    assert_eq!(s.campuses.len(), 4);
    assert_eq!(s.cohorts.len(), 4);
    // The campus's short name alone: conflicts say "Cohort NTNU", not "Cohort NTNU cohort".
    assert_eq!(s.cohorts[2].name, "NTNU");
    assert!(s.sessions.is_empty());
    let backwards = Term {
        start: term.end,
        end: term.start,
    };
    assert!(new_schedule("t", "Spring", None, four, backwards).is_err());
    assert!(
        new_schedule("t", "Spring", None, &[], term).is_err(),
        "a schedule needs a campus"
    );
}

#[test]
fn preset_campuses_name_the_region_whose_holidays_they_keep() {
    let region = |alliance_id: &str, city: &str| {
        alliance(alliance_id)
            .unwrap()
            .campuses()
            .into_iter()
            .find(|c| c.city == city)
            .map(|c| (c.country, c.region))
            .unwrap()
    };
    let some = |c: &str, r: &str| (c.to_string(), Some(r.to_string()));
    assert_eq!(region("enhance", "Berlin"), some("DE", "BE"));
    assert_eq!(region("enhance", "Aachen"), some("DE", "NW"));
    assert_eq!(region("enhance", "Valencia"), some("ES", "VC"));
    assert_eq!(region("enhance", "Zürich"), some("CH", "ZH"));
    assert_eq!(region("enhance", "Delft"), ("NL".to_string(), None));
    assert_eq!(region("polimi-tum", "Milan"), some("IT", "MI"));
    assert_eq!(region("polimi-tum", "Munich"), some("DE", "BY"));
    assert_eq!(region("gma", "Auckland"), some("NZ", "AUK"));
}

/// Every preset's country and region is in the holiday data, so a fresh term from a preset
/// has its holidays.
#[test]
fn every_preset_region_is_in_the_holiday_data() {
    use meridian_engine::holidays::CountryHolidays;
    for c in CAMPUSES {
        let path = format!(
            "{}/../../data/holidays/{}.txt",
            env!("CARGO_MANIFEST_DIR"),
            c.country
        );
        let data = CountryHolidays::from_bytes(&std::fs::read(&path).unwrap()).unwrap();
        if !c.region.is_empty() {
            assert_eq!(data.region(c.region), Some(c.region), "{}", c.id);
        }
    }
}
