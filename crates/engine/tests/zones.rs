//! Table-driven time zone tests: every campus zone across both switches of 2026 and 2027, the gap
//! and fold hours of each, zones with odd offsets, and the round trip instant → local → instant.

use meridian_engine::{CivilDateTime, Disambiguation, Error, Instant, Resolution, Zone};
use proptest::prelude::*;

fn dt(s: &str) -> CivilDateTime {
    CivilDateTime::parse(s).unwrap()
}

fn zone(s: &str) -> Zone {
    Zone::parse(s).unwrap()
}

/// Instant of a wall-clock time at a known offset (minutes east of UTC).
fn at_offset(local: &str, offset_minutes: i64) -> Instant {
    let wall_as_utc = Zone::UTC
        .resolve(dt(local), Disambiguation::Reject)
        .unwrap()
        .instant;
    wall_as_utc.add_minutes(-offset_minutes).unwrap()
}

fn hm(minutes: i64) -> i64 {
    minutes * 60
}

/// (zone, January offset in minutes, switches as (local wall time just after, from, to) in minutes).
/// From `shared/reference/campuses.md` (IANA 2025b), plus zones with odd offsets.
type Row = (&'static str, i64, &'static [(&'static str, i64, i64)]);

const EUROPE_CET: &[(&str, i64, i64)] = &[
    ("2026-03-29T03:00", 60, 120),
    ("2026-10-25T02:00", 120, 60),
    ("2027-03-28T03:00", 60, 120),
    ("2027-10-31T02:00", 120, 60),
];
const LONDON: &[(&str, i64, i64)] = &[
    ("2026-03-29T02:00", 0, 60),
    ("2026-10-25T01:00", 60, 0),
    ("2027-03-28T02:00", 0, 60),
    ("2027-10-31T01:00", 60, 0),
];
const EASTERN: &[(&str, i64, i64)] = &[
    ("2026-03-08T03:00", -300, -240),
    ("2026-11-01T01:00", -240, -300),
    ("2027-03-14T03:00", -300, -240),
    ("2027-11-07T01:00", -240, -300),
];
const CENTRAL: &[(&str, i64, i64)] = &[
    ("2026-03-08T03:00", -360, -300),
    ("2026-11-01T01:00", -300, -360),
    ("2027-03-14T03:00", -360, -300),
    ("2027-11-07T01:00", -300, -360),
];
const SANTIAGO: &[(&str, i64, i64)] = &[
    ("2026-04-04T23:00", -180, -240),
    ("2026-09-06T01:00", -240, -180),
    ("2027-04-03T23:00", -180, -240),
    ("2027-09-05T01:00", -240, -180),
];
const AUCKLAND: &[(&str, i64, i64)] = &[
    ("2026-04-05T02:00", 780, 720),
    ("2026-09-27T03:00", 720, 780),
    ("2027-04-04T02:00", 780, 720),
    ("2027-09-26T03:00", 720, 780),
];
/// Lord Howe Island: a 30-minute daylight-saving shift.
const LORD_HOWE: &[(&str, i64, i64)] = &[
    ("2026-04-05T01:30", 660, 630),
    ("2026-10-04T02:30", 630, 660),
    ("2027-04-04T01:30", 660, 630),
    ("2027-10-03T02:30", 630, 660),
];
/// Newfoundland: half-hour standard offset, switches at 02:00 local like the rest of Canada.
const ST_JOHNS: &[(&str, i64, i64)] = &[
    ("2026-03-08T03:00", -210, -150),
    ("2026-11-01T01:00", -150, -210),
    ("2027-03-14T03:00", -210, -150),
    ("2027-11-07T01:00", -150, -210),
];
/// Chatham Islands: +12:45 / +13:45, switching at 02:45 standard time.
const CHATHAM: &[(&str, i64, i64)] = &[
    ("2026-04-05T02:45", 825, 765),
    ("2026-09-27T03:45", 765, 825),
    ("2027-04-04T02:45", 825, 765),
    ("2027-09-26T03:45", 765, 825),
];

const TABLE: &[Row] = &[
    ("Europe/Berlin", 60, EUROPE_CET),
    ("Europe/Stockholm", 60, EUROPE_CET),
    ("Europe/Oslo", 60, EUROPE_CET),
    ("Europe/Rome", 60, EUROPE_CET),
    ("Europe/Madrid", 60, EUROPE_CET),
    ("Europe/Warsaw", 60, EUROPE_CET),
    ("Europe/Paris", 60, EUROPE_CET),
    ("Europe/London", 0, LONDON),
    // Dublin's rule is written with negative daylight saving (winter is the "saving"); the
    // offsets a user sees are those of London.
    ("Europe/Dublin", 0, LONDON),
    ("America/New_York", -300, EASTERN),
    ("America/Toronto", -300, EASTERN),
    ("America/Chicago", -360, CENTRAL),
    ("America/Santiago", -180, SANTIAGO),
    ("Pacific/Auckland", 780, AUCKLAND),
    ("Australia/Lord_Howe", 660, LORD_HOWE),
    ("America/St_Johns", -210, ST_JOHNS),
    ("Pacific/Chatham", 825, CHATHAM),
    ("Europe/Moscow", 180, &[]),
    ("Africa/Nairobi", 180, &[]),
    ("Asia/Bangkok", 420, &[]),
    ("Asia/Shanghai", 480, &[]),
    ("Asia/Singapore", 480, &[]),
    ("Asia/Ulaanbaatar", 480, &[]),
    ("Asia/Kolkata", 330, &[]),
    ("Asia/Kathmandu", 345, &[]),
];

#[test]
fn january_offsets_match_the_reference() {
    for &(name, jan, _) in TABLE {
        for year in ["2026", "2027"] {
            let i = Instant::parse_rfc3339(&format!("{year}-01-15T12:00:00Z")).unwrap();
            assert_eq!(
                i64::from(zone(name).offset_at(i).seconds()),
                hm(jan),
                "{name} in January {year}"
            );
        }
    }
}

#[test]
fn every_switch_of_2026_and_2027_is_found_at_the_right_instant() {
    for &(name, _, switches) in TABLE {
        let z = zone(name);
        let from = Instant::parse_rfc3339("2026-01-01T00:00:00Z").unwrap();
        let to = Instant::parse_rfc3339("2028-01-01T00:00:00Z").unwrap();
        let found = z.transitions(from, to);
        assert_eq!(found.len(), switches.len(), "{name}: {found:?}");
        for (&(after, from_off, to_off), &(t, before, now)) in switches.iter().zip(&found) {
            assert_eq!(t, at_offset(after, to_off), "{name} switch at {after}");
            assert_eq!(
                i64::from(before.seconds()),
                hm(from_off),
                "{name} before {after}"
            );
            assert_eq!(i64::from(now.seconds()), hm(to_off), "{name} after {after}");
            assert_eq!(
                z.local(t).datetime,
                dt(after),
                "{name}: wall time just after the switch"
            );
        }
    }
}

#[test]
fn gap_hours_resolve_by_each_disambiguation() {
    for &(name, _, switches) in TABLE {
        let z = zone(name);
        for &(after, from_off, to_off) in switches.iter().filter(|s| s.2 > s.1) {
            let gap = to_off - from_off;
            let first_skipped = dt(after).add_minutes(-gap).unwrap();
            // Every minute-quarter of the gap is skipped; the wall time after the gap exists.
            for offset in (0..gap).step_by(15) {
                let local = first_skipped.add_minutes(offset).unwrap();
                let compatible = z.resolve(local, Disambiguation::Compatible).unwrap();
                let Resolution::Gap {
                    skipped_from,
                    skipped_to,
                    before,
                    after: after_off,
                } = compatible.resolution
                else {
                    panic!(
                        "{name} {local}: expected a gap, got {:?}",
                        compatible.resolution
                    )
                };
                assert_eq!(
                    (skipped_from, skipped_to),
                    (first_skipped, dt(after)),
                    "{name} {local}"
                );
                assert_eq!(
                    (i64::from(before.seconds()), i64::from(after_off.seconds())),
                    (hm(from_off), hm(to_off))
                );
                // Compatible moves forward by the gap: 02:30 reads as 03:30.
                let expected_later = at_offset(&local.to_iso()[..16], from_off);
                assert_eq!(
                    compatible.instant, expected_later,
                    "{name} {local} compatible"
                );
                assert_eq!(
                    z.local(compatible.instant).datetime,
                    local.add_minutes(gap).unwrap()
                );
                let later = z.resolve(local, Disambiguation::Later).unwrap();
                assert_eq!(later.instant, expected_later, "{name} {local} later");
                let earlier = z.resolve(local, Disambiguation::Earlier).unwrap();
                assert_eq!(
                    earlier.instant,
                    at_offset(&local.to_iso()[..16], to_off),
                    "{name} {local} earlier"
                );
                assert!(matches!(
                    z.resolve(local, Disambiguation::Reject),
                    Err(Error::NonexistentLocalTime { .. })
                ));
            }
            let exact = z.resolve(dt(after), Disambiguation::Reject).unwrap();
            assert_eq!(exact.resolution, Resolution::Exact, "{name} {after} exists");
            let before_gap = first_skipped.add_minutes(-1).unwrap();
            assert_eq!(
                z.resolve(before_gap, Disambiguation::Reject)
                    .unwrap()
                    .resolution,
                Resolution::Exact
            );
        }
    }
}

#[test]
fn fold_hours_resolve_by_each_disambiguation() {
    for &(name, _, switches) in TABLE {
        let z = zone(name);
        for &(after, from_off, to_off) in switches.iter().filter(|s| s.2 < s.1) {
            let fold = from_off - to_off;
            for offset in (0..fold).step_by(15) {
                let local = dt(after).add_minutes(offset).unwrap();
                let iso = &local.to_iso()[..16];
                let compatible = z.resolve(local, Disambiguation::Compatible).unwrap();
                assert_eq!(compatible.resolution.name(), "fold", "{name} {local}");
                let Resolution::Fold { earlier, later } = compatible.resolution else {
                    unreachable!()
                };
                assert_eq!(
                    (i64::from(earlier.seconds()), i64::from(later.seconds())),
                    (hm(from_off), hm(to_off))
                );
                assert_eq!(
                    compatible.instant,
                    at_offset(iso, from_off),
                    "{name} {local} compatible = earlier"
                );
                assert_eq!(
                    z.resolve(local, Disambiguation::Earlier).unwrap().instant,
                    at_offset(iso, from_off)
                );
                assert_eq!(
                    z.resolve(local, Disambiguation::Later).unwrap().instant,
                    at_offset(iso, to_off)
                );
                assert!(matches!(
                    z.resolve(local, Disambiguation::Reject),
                    Err(Error::AmbiguousLocalTime { .. })
                ));
            }
            let after_fold = dt(after).add_minutes(fold).unwrap();
            assert_eq!(
                z.resolve(after_fold, Disambiguation::Reject)
                    .unwrap()
                    .resolution,
                Resolution::Exact
            );
        }
    }
}

#[test]
fn abbreviations_name_the_season_or_fall_back_to_the_offset() {
    let cases = [
        ("Europe/Berlin", "2026-01-15T12:00:00Z", "CET"),
        ("Europe/Berlin", "2026-07-15T12:00:00Z", "CEST"),
        ("Europe/London", "2026-07-15T12:00:00Z", "BST"),
        ("Europe/Dublin", "2026-07-15T12:00:00Z", "IST"),
        ("Europe/Dublin", "2026-01-15T12:00:00Z", "GMT"),
        ("America/Toronto", "2026-01-15T12:00:00Z", "EST"),
        ("Pacific/Auckland", "2026-01-15T12:00:00Z", "NZDT"),
        ("America/Santiago", "2026-07-15T12:00:00Z", "-04"),
        ("Asia/Kathmandu", "2026-07-15T12:00:00Z", "+0545"),
        ("Asia/Singapore", "2026-07-15T12:00:00Z", "+08"),
    ];
    for (name, at, abbr) in cases {
        let local = zone(name).local(Instant::parse_rfc3339(at).unwrap());
        assert_eq!(local.abbreviation, abbr, "{name} at {at}");
    }
}

#[test]
fn a_monday_morning_in_auckland_is_still_sunday_in_europe_and_the_americas() {
    let r = zone("Pacific/Auckland")
        .resolve(dt("2026-03-02T08:00"), Disambiguation::Reject)
        .unwrap();
    let berlin = zone("Europe/Berlin").local(r.instant);
    let toronto = zone("America/Toronto").local(r.instant);
    assert_eq!(
        (
            berlin.weekday().short_name(),
            berlin.datetime.time().to_string()
        ),
        ("Sun", "20:00".into())
    );
    assert_eq!(
        (
            toronto.weekday().short_name(),
            toronto.datetime.time().to_string()
        ),
        ("Sun", "14:00".into())
    );
    assert_eq!(
        zone("Pacific/Auckland")
            .local(r.instant)
            .weekday()
            .short_name(),
        "Mon"
    );
}

#[test]
fn unknown_zones_suggest_close_names() {
    let cases = [
        ("Europe/Berln", "Europe/Berlin"),
        ("Milan", "Europe/Rome"),
        ("America/Santigo", "America/Santiago"),
        ("Gothenburg", "Europe/Stockholm"),
        ("Pacific/Aukland", "Pacific/Auckland"),
    ];
    for (typo, wanted) in cases {
        match Zone::parse(typo) {
            Err(Error::UnknownZone { suggestions, .. }) => {
                assert_eq!(
                    suggestions.first().map(String::as_str),
                    Some(wanted),
                    "{typo}: {suggestions:?}"
                )
            }
            other => panic!("{typo}: {other:?}"),
        }
    }
    let message = said(&Zone::parse("Europe/Berln").unwrap_err());
    assert!(message.contains("did you mean Europe/Berlin"), "{message}");
    assert_eq!(
        zone("europe/berlin").name(),
        "Europe/Berlin",
        "case is forgiven"
    );
}

#[test]
fn zones_are_searchable_by_city_and_name() {
    let first = |q: &str| Zone::search(q, 5).first().map(|m| m.zone.name());
    assert_eq!(first("Gothenburg"), Some("Europe/Stockholm"));
    assert_eq!(first("Trondheim"), Some("Europe/Oslo"));
    assert_eq!(first("houston"), Some("America/Chicago"));
    assert_eq!(first("Santiago"), Some("America/Santiago"));
    assert_eq!(first("los angeles"), Some("America/Los_Angeles"));
    assert_eq!(first("Europe/Warsaw"), Some("Europe/Warsaw"));
    assert!(Zone::search("", 5).is_empty());
    assert!(Zone::search("xyzzy", 5).is_empty());
    assert!(
        Zone::all().count() > 500,
        "the whole IANA database is available"
    );
}

#[test]
fn the_tzdb_version_is_exposed() {
    assert_eq!(meridian_engine::TZDB_VERSION, "2025b");
}

fn any_zone() -> impl Strategy<Value = Zone> {
    let zones: Vec<Zone> = Zone::all().collect();
    (0..zones.len()).prop_map(move |i| zones[i])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]
    /// instant → local → instant gives the same instant, except in a fold, where it gives one of
    /// the two and `earlier`/`later` pick it out.
    #[test]
    fn instant_to_local_and_back_round_trips(z in any_zone(), secs in 0i64..4_102_444_800) {
        let instant = Instant::from_unix_seconds(secs - secs % 60).unwrap();
        let local = z.local(instant);
        let back = z.resolve(local.datetime, Disambiguation::Compatible).unwrap();
        match back.resolution {
            Resolution::Exact => prop_assert_eq!(back.instant, instant),
            Resolution::Fold { earlier, later } => {
                prop_assert!(local.offset == earlier || local.offset == later);
                let pick = if local.offset == earlier { Disambiguation::Earlier } else { Disambiguation::Later };
                prop_assert_eq!(z.resolve(local.datetime, pick).unwrap().instant, instant);
            }
            Resolution::Gap { .. } => prop_assert!(false, "a shown local time is never in a gap"),
        }
        prop_assert_eq!(z.offset_at(instant), local.offset);
    }
}

#[test]
fn instants_cover_exactly_the_years_1000_to_9999() {
    let first = Instant::parse_rfc3339("1000-01-01T00:00:00Z").unwrap();
    let last = Instant::parse_rfc3339("9999-12-31T23:59:59Z").unwrap();
    assert_eq!(first.to_rfc3339(), "1000-01-01T00:00:00Z");
    assert_eq!(last.to_rfc3339(), "9999-12-31T23:59:59Z");
    assert!(Instant::from_unix_seconds(first.unix_seconds() - 1).is_none());
    assert!(Instant::from_unix_seconds(last.unix_seconds() + 1).is_none());
    assert!(Instant::parse_rfc3339("0999-12-31T23:59:59Z").is_err());
    assert!(last.add_minutes(1).is_none());
}

#[test]
fn the_table_lists_every_switch_an_hourly_scan_finds() {
    let from = Instant::parse_rfc3339("2025-01-01T00:00:00Z").unwrap();
    let to = Instant::parse_rfc3339("2028-01-01T00:00:00Z").unwrap();
    for zone in Zone::all() {
        assert_eq!(
            zone.transitions(from, to),
            zone.transitions_sampled(from, to, 3600),
            "{zone}"
        );
    }
}

/// An engine error as a user reads it, in English.
#[allow(dead_code)]
fn said(e: &meridian_engine::Error) -> String {
    meridian_words::error(&meridian_words::Words::english(), e)
}

#[test]
fn a_zone_found_without_suggestions_is_the_one_parse_reads() {
    use meridian_engine::Zone;
    for name in [
        "Europe/Berlin",
        " europe/berlin ",
        "AMERICA/ARGENTINA/BUENOS_AIRES",
        "UTC",
    ] {
        assert_eq!(Zone::find(name), Zone::parse(name).ok(), "{name}");
        assert!(Zone::find(name).is_some(), "{name}");
    }
    for name in ["Europe/Berln", "", "Berlin", "Europe/Berlin/x"] {
        assert_eq!(Zone::find(name), None, "{name}");
        assert!(Zone::parse(name).is_err(), "{name}");
    }
}
