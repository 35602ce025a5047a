//! Share links: round trips, size, golden links that must keep decoding, and a decoder that
//! gives a typed error for anything else.

use meridian_engine::link::{decode, encode, url, LinkKind, SharedSchedule, MAX_UNPACKED_BYTES};
use meridian_engine::schedule::{CampusId, CohortId};
use meridian_engine::{demo, Error, LinkProblem, Schedule};
use proptest::prelude::*;

fn enhance() -> Schedule {
    demo::load("enhance-autumn-2026").unwrap()
}

fn gma() -> Schedule {
    demo::load("gma-spring-2027").unwrap()
}

fn problem(text: &str) -> Option<LinkProblem> {
    match decode(text) {
        Err(Error::BadLink(p)) => Some(p),
        _ => None,
    }
}

#[test]
fn an_edit_link_opens_the_identical_schedule() {
    for s in [enhance(), gma()] {
        let link = encode(&s, &LinkKind::Edit);
        assert!(link.starts_with("s1."), "{link}");
        let opened = decode(&link).unwrap();
        assert_eq!(opened.kind, LinkKind::Edit);
        assert_eq!(opened.schedule, s, "{}", s.name);
    }
}

#[test]
fn encoding_is_deterministic_and_decoding_then_encoding_gives_the_same_link() {
    for s in [enhance(), gma()] {
        let link = encode(&s, &LinkKind::Edit);
        assert_eq!(encode(&s, &LinkKind::Edit), link);
        assert_eq!(
            encode(&decode(&link).unwrap().schedule, &LinkKind::Edit),
            link
        );
    }
}

#[test]
fn a_whole_url_a_fragment_and_the_bare_text_all_open() {
    let s = enhance();
    let full = url("https://meridian.example/app/?x=1#old", &s, &LinkKind::Edit);
    assert!(full.starts_with("https://meridian.example/app/?x=1#s1."));
    let fragment = &full[full.find('#').unwrap()..];
    for text in [
        full.as_str(),
        fragment,
        &fragment[1..],
        &format!("  {full}\n"),
    ] {
        assert_eq!(decode(text).unwrap().schedule, s);
    }
}

#[test]
fn an_edit_link_is_at_most_35_percent_of_lz_string_on_the_json() {
    for s in [enhance(), gma()] {
        let link = encode(&s, &LinkKind::Edit);
        let json = serde_json::to_string(&s).unwrap();
        let lz = lz_str::compress_to_encoded_uri_component(&json);
        assert!(
            link.len() * 100 <= lz.len() * 35,
            "{} characters against lz-string's {}",
            link.len(),
            lz.len()
        );
    }
}

#[test]
fn a_view_link_narrowed_to_a_cohort_holds_only_its_sessions() {
    let s = enhance();
    let cohort = s.cohorts[0].id.clone();
    let kind = LinkKind::View {
        campus: None,
        cohort: Some(cohort.clone()),
    };
    let opened = decode(&encode(&s, &kind)).unwrap();
    assert_eq!(opened.kind, kind);
    let expected: Vec<_> = s
        .sessions
        .iter()
        .filter(|x| x.cohorts.contains(&cohort))
        .map(|x| x.id.clone())
        .collect();
    assert!(!expected.is_empty() && expected.len() < s.sessions.len());
    let got: Vec<_> = opened
        .schedule
        .sessions
        .iter()
        .map(|x| x.id.clone())
        .collect();
    assert_eq!(got, expected);
    assert_eq!(opened.schedule.campuses, s.campuses);
}

#[test]
fn a_view_link_narrowed_to_a_campus_keeps_what_involves_it() {
    let s = gma();
    let campus = CampusId::from("uchile");
    let kind = LinkKind::View {
        campus: Some(campus.clone()),
        cohort: None,
    };
    let opened = decode(&encode(&s, &kind)).unwrap();
    assert_eq!(opened.kind, kind);
    let chile_cohorts: Vec<CohortId> = s
        .cohorts
        .iter()
        .filter(|c| c.campus == campus)
        .map(|c| c.id.clone())
        .collect();
    for x in &opened.schedule.sessions {
        assert!(x.host == campus || x.cohorts.iter().any(|c| chile_cohorts.contains(c)));
    }
    assert!(!opened.schedule.sessions.is_empty());
}

#[test]
fn a_link_cut_off_anywhere_says_it_was_cut_off() {
    let link = encode(&enhance(), &LinkKind::Edit);
    for end in 3..link.len() {
        let p = problem(&link[..end]);
        assert_eq!(
            p,
            Some(LinkProblem::CutOff),
            "cut at {end} of {}",
            link.len()
        );
    }
}

#[test]
fn a_link_from_a_newer_meridian_says_so() {
    assert_eq!(
        problem("#s3.eJwLAAAB"),
        Some(LinkProblem::Newer { version: 3 })
    );
    let message = decode("https://x.example/#s17.abc")
        .unwrap_err()
        .to_string();
    assert!(message.contains("newer Meridian"), "{message}");
}

#[test]
fn text_that_is_no_link_says_so() {
    for text in [
        "",
        "hello",
        "#",
        "#x1.abc",
        "https://example.com/#about",
        "s.abc",
        "s1",
    ] {
        assert_eq!(problem(text), Some(LinkProblem::NotALink), "{text:?}");
    }
}

#[test]
fn a_changed_character_is_damage_never_another_schedule() {
    let s = enhance();
    let link = encode(&s, &LinkKind::Edit);
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for i in 3..link.len() {
        let mut bytes = link.clone().into_bytes();
        bytes[i] = alphabet[(alphabet.iter().position(|&c| c == bytes[i]).unwrap() + 17) % 64];
        let changed = String::from_utf8(bytes).unwrap();
        match decode(&changed) {
            Ok(opened) => assert_eq!(opened.schedule, s, "changed at {i}"),
            Err(Error::BadLink(LinkProblem::Damaged | LinkProblem::CutOff)) => {}
            Err(e) => panic!("changed at {i}: {e}"),
        }
    }
    assert_eq!(problem(&format!("{link}!")), Some(LinkProblem::Damaged));
}

/// Packs raw bytes as a version-1 link, for hostile payloads.
fn link_of(bytes: &[u8]) -> String {
    meridian_engine::link::link_of_bytes(bytes)
}

#[test]
fn a_decompression_bomb_is_refused() {
    let bomb = link_of(&vec![0u8; MAX_UNPACKED_BYTES + 1]);
    assert!(bomb.len() < 3000, "{}", bomb.len());
    assert_eq!(
        problem(&bomb),
        Some(LinkProblem::TooLong {
            limit: MAX_UNPACKED_BYTES
        })
    );
}

#[test]
fn huge_declared_lengths_are_damage_not_an_allocation() {
    // No view, then a string table claiming 2^32 − 1 entries, then nothing.
    assert_eq!(
        problem(&link_of(&[0, 0xff, 0xff, 0xff, 0xff, 0x0f])),
        Some(LinkProblem::Damaged)
    );
    // A string claiming 2^32 − 1 bytes.
    assert_eq!(
        problem(&link_of(&[0, 1, 0xff, 0xff, 0xff, 0xff, 0x0f, b'a'])),
        Some(LinkProblem::Damaged)
    );
}

#[test]
fn a_decoded_schedule_is_validated_like_an_imported_file() {
    // A schedule that only validation refuses (a session longer than a week) still packs.
    let mut s = enhance();
    s.sessions[0].duration_minutes = 8 * 24 * 60;
    let link = encode(&s, &LinkKind::Edit);
    match decode(&link) {
        Err(Error::Invalid { path, .. }) => assert!(path.starts_with("sessions[0]"), "{path}"),
        other => panic!("{other:?}"),
    }
}

/// Golden links: made by released versions, they must keep opening to the same schedule.
#[test]
fn golden_links_keep_decoding() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("link") {
            continue;
        }
        let link = std::fs::read_to_string(&path).unwrap();
        let expected =
            Schedule::from_json(&std::fs::read_to_string(path.with_extension("json")).unwrap())
                .unwrap();
        let SharedSchedule { schedule, .. } =
            decode(&link).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(schedule, expected, "{}", path.display());
        seen += 1;
    }
    assert!(seen >= 3, "{seen} golden links");
}

fn mutate(link: &str, ops: &[(u8, usize, u8)]) -> String {
    let mut bytes = link.as_bytes().to_vec();
    for &(op, at, value) in ops {
        let i = at % bytes.len().max(1);
        match op % 4 {
            0 => bytes.truncate(i),
            1 => {
                if let Some(b) = bytes.get_mut(i) {
                    *b ^= 1 << (value % 8);
                }
            }
            2 => bytes.insert(i, value),
            _ => {
                if i < bytes.len() {
                    bytes.remove(i);
                }
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// A share of `make fuzz`: mutated and random links give a schedule or a typed error.
    #[test]
    fn any_text_gives_a_schedule_or_a_typed_error(
        ops in proptest::collection::vec((any::<u8>(), any::<usize>(), any::<u8>()), 1..6),
        noise in ".{0,200}",
    ) {
        let link = encode(&gma(), &LinkKind::Edit);
        let _ = decode(&mutate(&link, &ops));
        let _ = decode(&noise);
        let _ = decode(&format!("s1.{noise}"));
    }

    /// Titles, notes and names in any script survive the trip.
    #[test]
    fn any_text_in_a_schedule_survives_a_link(title in "\\PC{1,40}", notes in "\\PC{0,200}") {
        let mut s = enhance();
        s.sessions[1].title = title;
        s.sessions[1].notes = Some(notes);
        prop_assert_eq!(decode(&encode(&s, &LinkKind::Edit)).unwrap().schedule, s);
    }
}

#[test]
fn the_qr_form_opens_the_same_schedule_in_capitals_or_small_letters() {
    let s = gma();
    let text = meridian_engine::link::encode_for_qr(&s, &LinkKind::Edit);
    assert!(text.starts_with("Q1."), "{text}");
    assert!(text[3..]
        .bytes()
        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()));
    assert_eq!(decode(&text).unwrap().schedule, s);
    assert_eq!(
        decode(&format!("https://x.example/#{}", text.to_lowercase()))
            .unwrap()
            .schedule,
        s
    );
    for end in 3..text.len() {
        assert_eq!(
            problem(&text[..end]),
            Some(LinkProblem::CutOff),
            "cut at {end}"
        );
    }
}

#[test]
fn a_qr_code_holds_the_address_and_the_link() {
    let s = enhance();
    let code =
        meridian_engine::link::qr("https://meridian.example/#old", &s, &LinkKind::Edit).unwrap();
    assert!(
        code.text.starts_with("https://meridian.example/#Q1."),
        "{}",
        code.text
    );
    assert!((1..=40).contains(&code.version));
    assert_eq!(code.width, 17 + 4 * code.version as usize);
    assert!(code.svg.contains("<svg"), "{}", &code.svg[..100]);
    assert_eq!(decode(&code.text).unwrap().schedule, s);
}

#[test]
fn busy_time_travels_in_a_version_2_link_and_other_links_stay_version_1() {
    let mut s = enhance();
    s.busy.push(meridian_engine::schedule::BusyCalendar {
        id: "ntnu-timeedit".into(),
        name: "NTNU TimeEdit".into(),
        campus: None,
        cohort: Some(CohortId::from("ntnu-msc1")),
        lecturer: None,
        room: None,
        blocks: vec![meridian_engine::schedule::BusyBlock {
            start: meridian_engine::Instant::parse_rfc3339("2026-10-06T08:15:00Z").unwrap(),
            end: meridian_engine::Instant::parse_rfc3339("2026-10-06T10:00:30Z").unwrap(),
            title: "Thermodynamics".into(),
        }],
    });
    let link = encode(&s, &LinkKind::Edit);
    assert!(link.starts_with("s2."), "{link}");
    assert_eq!(decode(&link).unwrap().schedule, s);
    let qr = meridian_engine::link::encode_for_qr(&s, &LinkKind::Edit);
    assert!(qr.starts_with("Q2."));
    assert_eq!(decode(&qr).unwrap().schedule, s);
    assert!(encode(&enhance(), &LinkKind::Edit).starts_with("s1."));
}
