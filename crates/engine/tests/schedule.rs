//! The schedule format: examples load, every validation error names where and what, and a
//! weekly series keeps its anchor wall-clock time while partners' local times move.

use meridian_engine::schedule::{Schedule, FORMAT};
use meridian_engine::{demo, occurrences, Error, Instant, Resolution, Zone};
use std::fs;

fn examples() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples");
    let mut out: Vec<(String, String)> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| (p.display().to_string(), fs::read_to_string(&p).unwrap()))
        .collect();
    out.sort();
    out
}

#[test]
fn every_example_is_a_valid_schedule_that_round_trips_through_json() {
    let all = examples();
    assert!(all.len() >= 2, "examples/ holds the demo schedules");
    for (path, text) in all {
        let s = Schedule::from_json(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!(
            Schedule::from_json(&s.to_json()).unwrap(),
            s,
            "{path} round-trips"
        );
        assert!(
            !occurrences(&s, None, None).unwrap().is_empty(),
            "{path} has occurrences"
        );
    }
}

#[test]
fn the_enhance_demo_has_seven_campuses_and_crosses_the_october_switch() {
    let s = demo::load("enhance-autumn-2026").unwrap();
    assert_eq!(s.alliance.as_deref(), Some("ENHANCE"));
    assert_eq!(s.campuses.len(), 7);
    assert!(s.cohorts.len() >= 7);
    // The Toronto-anchored guest series: 16:00, 15:00, 16:00, 16:00 in Berlin.
    let guest = s
        .sessions
        .iter()
        .position(|x| x.id.as_str() == "guest-grid")
        .unwrap();
    let berlin = Zone::parse("Europe/Berlin").unwrap();
    let times: Vec<String> = occurrences(&s, None, None)
        .unwrap()
        .iter()
        .filter(|o| o.session == guest)
        .map(|o| o.local_start_in(berlin).datetime.to_string())
        .collect();
    assert_eq!(
        times,
        [
            "2026-10-19 16:00",
            "2026-10-26 15:00",
            "2026-11-02 16:00",
            "2026-11-09 16:00"
        ]
    );
}

#[test]
fn the_gma_demo_has_sessions_on_another_local_weekday_at_partners() {
    let s = demo::load("gma-spring-2027").unwrap();
    let opening = occurrences(&s, None, None)
        .unwrap()
        .into_iter()
        .find(|o| s.sessions[o.session].id.as_str() == "opening")
        .unwrap();
    let toronto = opening.local_start_in(Zone::parse("America/Toronto").unwrap());
    assert_eq!(toronto.weekday().short_name(), "Sun");
    assert_eq!(toronto.datetime.to_string(), "2027-02-28 14:00");
    assert_eq!(
        opening.local_start_in(opening.zone).weekday().short_name(),
        "Mon"
    );
}

/// The table "weekly series anchored at Monday 10:00 Europe/Berlin, spring 2026" from
/// `shared/reference/campuses.md`.
#[test]
fn a_berlin_monday_series_lands_where_the_reference_table_says() {
    let text = format!(
        r#"{{"format":"{FORMAT}","id":"t","name":"t","term":{{"start":"2026-03-01","end":"2026-04-30"}},
        "campuses":[{{"id":"tub","name":"TU Berlin","short":"TUB","city":"Berlin","zone":"Europe/Berlin"}}],
        "sessions":[{{"id":"s","title":"s","host":"tub","start":"2026-03-02T10:00","duration_minutes":90,
        "repeat":{{"count":6}}}}]}}"#
    );
    let s = Schedule::from_json(&text).unwrap();
    let occ = occurrences(&s, None, None).unwrap();
    let zones = [
        "America/Toronto",
        "America/Chicago",
        "America/Santiago",
        "Pacific/Auckland",
        "Asia/Shanghai",
        "Europe/London",
    ];
    let expected = [
        (
            "2026-03-02",
            ["04:00", "03:00", "06:00", "22:00", "17:00", "09:00"],
        ),
        (
            "2026-03-09",
            ["05:00", "04:00", "06:00", "22:00", "17:00", "09:00"],
        ),
        (
            "2026-03-16",
            ["05:00", "04:00", "06:00", "22:00", "17:00", "09:00"],
        ),
        (
            "2026-03-23",
            ["05:00", "04:00", "06:00", "22:00", "17:00", "09:00"],
        ),
        (
            "2026-03-30",
            ["04:00", "03:00", "05:00", "21:00", "16:00", "09:00"],
        ),
        (
            "2026-04-06",
            ["04:00", "03:00", "04:00", "20:00", "16:00", "09:00"],
        ),
    ];
    assert_eq!(occ.len(), expected.len());
    for (o, (date, times)) in occ.iter().zip(expected) {
        assert_eq!(o.local_start.date().to_string(), date);
        assert_eq!(o.resolution, Resolution::Exact);
        for (z, t) in zones.iter().zip(times) {
            let local = o.local_start_in(Zone::parse(z).unwrap());
            assert_eq!(local.datetime.time().to_string(), t, "{date} in {z}");
        }
    }
}

fn minimal(sessions: &str) -> String {
    format!(
        r#"{{"format":"{FORMAT}","id":"t","name":"t","term":{{"start":"2026-09-07","end":"2026-12-18"}},
        "campuses":[{{"id":"tub","name":"TU Berlin","short":"TUB","city":"Berlin","zone":"Europe/Berlin"}}],
        "cohorts":[{{"id":"tub-1","name":"TUB 1","campus":"tub"}}],
        "sessions":[{sessions}]}}"#
    )
}

fn load_err(text: &str) -> Error {
    Schedule::from_json(text).expect_err("should be refused")
}

#[test]
fn a_dangling_cohort_names_the_session_and_the_missing_cohort() {
    let e = load_err(&minimal(
        r#"{"id":"lec","title":"L","host":"tub","start":"2026-09-07T10:00","duration_minutes":60,"cohorts":["tub-1","ntnu-1"]}"#,
    ));
    let Error::Invalid { path, problem } = &e else {
        panic!("{e:?}")
    };
    let message = meridian_words::problem(&meridian_words::Words::english(), problem);
    assert_eq!(path, "sessions[0].cohorts[1]");
    assert!(
        message.contains("\"lec\"") && message.contains("\"ntnu-1\""),
        "{message}"
    );
}

#[test]
fn an_unknown_zone_is_refused_with_its_path_and_a_suggestion() {
    let text = minimal("").replace("Europe/Berlin", "Europe/Berln");
    let e = load_err(&text);
    let Error::Invalid { path, problem } = &e else {
        panic!("{e:?}")
    };
    let message = meridian_words::problem(&meridian_words::Words::english(), problem);
    assert_eq!(path, "campuses[0].zone");
    assert!(message.contains("did you mean Europe/Berlin"), "{message}");
}

#[test]
fn a_term_that_ends_before_it_starts_is_refused() {
    let text = minimal("").replace(r#""end":"2026-12-18""#, r#""end":"2026-08-01""#);
    let e = load_err(&text);
    assert_eq!(
        said(&e),
        "term.end: the term ends (2026-08-01) before it starts (2026-09-07)"
    );
}

#[test]
fn a_repeat_until_before_the_first_date_is_refused() {
    let e = load_err(&minimal(
        r#"{"id":"lec","title":"L","host":"tub","start":"2026-09-07T10:00","duration_minutes":60,"repeat":{"until":"2026-09-01"}}"#,
    ));
    assert!(said(&e).starts_with("sessions[0].repeat.until:"), "{e}");
}

#[test]
fn an_unknown_format_version_says_it_is_from_a_newer_meridian() {
    let e = load_err(&minimal("").replace(FORMAT, "meridian/9"));
    assert_eq!(e, Error::UnsupportedFormat("meridian/9".into()));
    assert!(said(&e).contains("newer Meridian"));
    assert!(said(&load_err("{}")).starts_with("format: missing"));
}

#[test]
fn a_syntax_error_carries_line_and_column() {
    let e = load_err("{\n  \"format\": \"meridian/1\",\n  \"id\": oops\n}");
    let Error::Syntax { line, column, .. } = e else {
        panic!("{e:?}")
    };
    assert_eq!((line, column), (3, 9), "points at `oops`");
}

#[test]
fn wrong_types_and_misspelt_fields_carry_their_path() {
    let e = load_err(&minimal(
        r#"{"id":"lec","title":"L","host":"tub","start":"2026-09-07T10:00","duration_minutes":"ninety"}"#,
    ));
    assert!(said(&e).starts_with("sessions[0].duration_minutes:"), "{e}");
    let e = load_err(&minimal(
        r#"{"id":"lec","title":"L","host":"tub","start":"2026-09-07T10:00","duration_minutes":60,"cohort":["tub-1"]}"#,
    ));
    assert!(said(&e).contains("\"cohort\" is not a field here"), "{e}");
    let e = load_err(&minimal(
        r#"{"id":"lec","title":"L","host":"tub","start":"2026-09-07 25:00","duration_minutes":60}"#,
    ));
    assert!(said(&e).starts_with("sessions[0].start:"), "{e}");
}

#[test]
fn duplicate_ids_and_zero_durations_are_refused() {
    let s =
        r#"{"id":"a","title":"L","host":"tub","start":"2026-09-07T10:00","duration_minutes":60}"#;
    assert!(
        said(&load_err(&minimal(&format!("{s},{s}")))).contains("two sessions have the id \"a\"")
    );
    let zero = s.replace("60", "0");
    assert!(said(&load_err(&minimal(&zero))).starts_with("sessions[0].duration_minutes"));
}

#[test]
fn a_series_skips_dates_counts_them_and_stays_in_the_term() {
    let s = Schedule::from_json(&minimal(
        r#"{"id":"a","title":"L","host":"tub","start":"2026-09-07T10:00","duration_minutes":60,
            "repeat":{"interval":2,"weekdays":["mon","thu"],"count":5,"skip":["2026-09-10"]}},
           {"id":"b","title":"L","host":"tub","start":"2026-12-07T10:00","duration_minutes":60,"repeat":{}}"#,
    ))
    .unwrap();
    let dates = |i: usize| -> Vec<String> {
        occurrences(&s, None, None)
            .unwrap()
            .iter()
            .filter(|o| o.session == i)
            .map(|o| o.local_start.date().to_string())
            .collect()
    };
    // Five counted (the skipped Thursday counts, as in RFC 5545), every other week.
    assert_eq!(
        dates(0),
        ["2026-09-07", "2026-09-21", "2026-09-24", "2026-10-05"]
    );
    // Without until or count, a series runs to the end of the term.
    assert_eq!(dates(1), ["2026-12-07", "2026-12-14"]);
}

#[test]
fn an_occurrence_in_a_gap_is_marked_and_moved_forward() {
    let text = minimal(r#"{"id":"a","title":"L","host":"tub","start":"2026-10-18T02:30","duration_minutes":60,"repeat":{"count":3}}"#)
        .replace("2026-12-18", "2027-04-30")
        .replace("\"start\":\"2026-10-18", "\"start\":\"2027-03-21");
    let s = Schedule::from_json(&text).unwrap();
    let occ = occurrences(&s, None, None).unwrap();
    let names: Vec<&str> = occ.iter().map(|o| o.resolution.name()).collect();
    assert_eq!(names, ["exact", "gap", "exact"]);
    assert_eq!(
        occ[1].start,
        Instant::parse_rfc3339("2027-03-28T01:30:00Z").unwrap()
    );
}

#[test]
fn only_http_and_https_meeting_urls_count_as_links() {
    use meridian_engine::schedule::web_link;
    for ok in [
        "https://meet.example.org/enhance-ses",
        "HTTPS://Zoom.us/j/123",
        "http://127.0.0.1:8080/x?y=1#z",
        "  https://teams.microsoft.com/l/meetup-join/abc  ",
    ] {
        assert_eq!(web_link(ok), Some(ok.trim()), "{ok}");
    }
    for bad in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "vbscript:msgbox",
        "https://",
        "https:///path",
        "https://exa mple.org",
        "https://example.org/\u{0}x",
        "//example.org",
        "meet.example.org",
        "",
    ] {
        assert_eq!(web_link(bad), None, "{bad:?}");
    }
}

#[test]
fn free_ids_come_from_names_and_never_collide() {
    use meridian_engine::schedule::free_id;
    assert_eq!(
        free_id("Hydrogen economy — spring 2027", "term", |_| false),
        "hydrogen-economy-spring-2027"
    );
    assert_eq!(free_id("Lab", "session", |id| id == "lab"), "lab-2");
    assert_eq!(
        free_id("Lab", "session", |id| id == "lab" || id == "lab-2"),
        "lab-3"
    );
    assert_eq!(free_id(" — ", "session", |_| false), "session");
    assert_eq!(free_id("Énergie 能源", "x", |_| false), "énergie-能源");
}

// ---- Issue 15: files as Windows tools write them, and no silent change of meaning ----

const SESSION: &str =
    r#"{"id":"lec","title":"L","host":"tub","start":"2026-09-07T10:00","duration_minutes":60}"#;

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut out = if big_endian {
        vec![0xfe, 0xff]
    } else {
        vec![0xff, 0xfe]
    };
    for u in text.encode_utf16() {
        out.extend(if big_endian {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        });
    }
    out
}

#[test]
fn a_file_with_a_utf8_byte_order_mark_opens() {
    let text = minimal(SESSION);
    let mut bytes = vec![0xef, 0xbb, 0xbf];
    bytes.extend_from_slice(text.as_bytes());
    let expected = Schedule::from_json(&text).unwrap();
    assert_eq!(Schedule::from_bytes(&bytes).unwrap(), expected);
    assert_eq!(
        Schedule::from_json(&format!("\u{feff}{text}")).unwrap(),
        expected
    );
}

#[test]
fn a_utf16_file_with_a_byte_order_mark_opens_little_or_big_endian() {
    let text = minimal(&SESSION.replace("\"L\"", "\"Öffnung 𝄞 開講\""));
    let expected = Schedule::from_json(&text).unwrap();
    for big_endian in [false, true] {
        assert_eq!(
            Schedule::from_bytes(&utf16(&text, big_endian)).unwrap(),
            expected
        );
    }
    // An odd byte at the end is refused, not read.
    let mut odd = utf16(&text, false);
    odd.push(b'x');
    assert!(matches!(
        Schedule::from_bytes(&odd),
        Err(Error::Syntax { .. })
    ));
}

#[test]
fn invalid_utf8_gives_its_line_and_column() {
    let text = minimal(SESSION).replace("\"L\"", "\"L\u{e9}cture\"");
    let mut bytes = text.into_bytes();
    let at = bytes.windows(2).position(|w| w == "é".as_bytes()).unwrap();
    bytes[at] = 0xff;
    match Schedule::from_bytes(&bytes) {
        Err(e @ Error::Syntax { line, column, .. }) => {
            assert_eq!(line, 4, "{e}");
            assert!(column > 1, "{e}");
            let message = said(&e);
            assert!(message.starts_with("line 4, column"), "{message}");
            assert!(message.contains(&format!("byte {}", at + 1)), "{message}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_start_with_seconds_is_refused_with_its_path() {
    let e = load_err(&minimal(
        &SESSION.replace("2026-09-07T10:00", "2026-09-07T10:15:30"),
    ));
    let message = said(&e);
    assert!(message.starts_with("sessions[0].start:"), "{message}");
    assert!(message.contains("seconds"), "{message}");
    // Zero seconds say the same as none.
    assert!(Schedule::from_json(&minimal(
        &SESSION.replace("2026-09-07T10:00", "2026-09-07T10:00:00")
    ))
    .is_ok());
    // Teaching hours with seconds would lose them too.
    let hours = minimal(SESSION).replace(
        r#""zone":"Europe/Berlin""#,
        r#""zone":"Europe/Berlin","teaching_hours":{"mon":"08:00:30-20:00"}"#,
    );
    let message = said(&load_err(&hours));
    assert!(
        message.starts_with("campuses[0].teaching_hours.mon:"),
        "{message}"
    );
}

#[test]
fn an_empty_repeat_list_does_not_make_a_one_off_weekly() {
    let e = load_err(&minimal(&SESSION.replace(
        r#""duration_minutes":60"#,
        r#""duration_minutes":60,"repeat":[]"#,
    )));
    let Error::Invalid { path, problem } = &e else {
        panic!("{e:?}")
    };
    let message = meridian_words::problem(&meridian_words::Words::english(), problem);
    assert_eq!(path, "sessions[0].repeat");
    assert!(message.contains("list"), "{message}");
}

#[test]
fn a_term_given_as_a_list_is_refused_with_its_path() {
    let text = minimal(SESSION).replace(
        r#""term":{"start":"2026-09-07","end":"2026-12-18"}"#,
        r#""term":["2026-09-07","2026-12-18"]"#,
    );
    let e = load_err(&text);
    assert!(
        matches!(&e, Error::Invalid { path, .. } if path == "term"),
        "{e}"
    );
    // Where a list belongs, one is still fine, and a list of lists is not.
    let nested = minimal(&SESSION.replace(
        r#""duration_minutes":60"#,
        r#""duration_minutes":60,"cohorts":[["tub-1"]]"#,
    ));
    assert!(said(&load_err(&nested)).starts_with("sessions[0].cohorts[0]"));
}

#[test]
fn a_missing_top_level_field_names_the_field() {
    let text = minimal(SESSION).replace(r#""term":{"start":"2026-09-07","end":"2026-12-18"},"#, "");
    let e = load_err(&text);
    assert!(
        matches!(&e, Error::Invalid { path, .. } if path == "term"),
        "{e}"
    );
    let e = load_err(&minimal(
        &SESSION.replace(r#""start":"2026-09-07T10:00","#, ""),
    ));
    assert!(
        matches!(&e, Error::Invalid { path, .. } if path == "sessions[0].start"),
        "{e}"
    );
}

#[test]
fn a_teaching_hours_error_names_the_day() {
    let with = |hours: &str| {
        minimal(SESSION).replace(
            r#""zone":"Europe/Berlin""#,
            &format!(r#""zone":"Europe/Berlin","teaching_hours":{hours}"#),
        )
    };
    let message = said(&load_err(&with(r#"{"mon":"20:00-08:00"}"#)));
    assert!(
        message.starts_with("campuses[0].teaching_hours.mon: teaching hours \"20:00-08:00\""),
        "{message}"
    );
    assert!(
        !message.contains(": :") && !message.contains(".?"),
        "{message}"
    );
    let message = said(&load_err(&with(r#"{"monday":"08:00-20:00"}"#)));
    assert!(message.contains("\"monday\" is not a weekday"), "{message}");
    assert!(!message.contains(".?"), "{message}");
    let message = said(&load_err(&with(
        r#"{"mon":"08:00-20:00","mon":"09:00-17:00"}"#,
    )));
    assert!(message.contains("twice"), "{message}");
}

#[test]
fn error_messages_echo_an_excerpt_of_huge_text() {
    let huge = "x".repeat(1_000_000);
    for text in [
        {
            let twice = SESSION.replace("\"lec\"", &format!("\"{huge}\""));
            minimal(&format!("{twice},{twice}"))
        },
        minimal(&SESSION.replace("2026-09-07T10:00", &huge)),
        minimal(&SESSION.replace(r#""title":"L""#, &format!(r#""{huge}":"L""#))),
        minimal(SESSION).replace(FORMAT, &huge),
        minimal(&SESSION.replace("\"tub\"", &format!("\"{huge}\""))),
    ] {
        let message = said(&load_err(&text));
        assert!(
            message.len() < 1000,
            "{} bytes: {}…",
            message.len(),
            &message[..200]
        );
    }
}

#[test]
fn a_fractional_second_in_busy_time_is_refused() {
    let text = minimal(SESSION).replace(
        r#""sessions":"#,
        r#""busy":[{"id":"b","name":"B","campus":"tub","blocks":[{"start":"2026-09-07T10:00:00.5Z","end":"2026-09-07T11:00:00Z"}]}],"sessions":"#,
    );
    let message = said(&load_err(&text));
    assert!(message.starts_with("busy[0].blocks[0].start"), "{message}");
}

/// A busy block longer than a share link can carry (136 years) is refused with its path, not
/// shortened on the way through a link.
#[test]
fn busy_block_longer_than_a_link_can_carry_is_refused() {
    let mut v: serde_json::Value = serde_json::from_str(
        &meridian_engine::demo::load("enhance-autumn-2026")
            .unwrap()
            .to_json(),
    )
    .unwrap();
    v["busy"] = serde_json::json!([{
        "id": "long", "name": "Long", "cohort": "tub-msc1",
        "blocks": [{"start": "1601-01-01T00:00:00Z", "end": "2026-09-07T09:00:00Z", "title": "x"}]
    }]);
    let err = meridian_engine::Schedule::from_json(&v.to_string()).unwrap_err();
    assert!(
        said(&err).contains("busy[0].blocks[0].end") && said(&err).contains("136 years"),
        "{err}"
    );
}

/// An engine error as a user reads it, in English.
#[allow(dead_code)]
fn said(e: &meridian_engine::Error) -> String {
    meridian_words::error(&meridian_words::Words::english(), e)
}
