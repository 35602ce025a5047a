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
        let link = encode(&s, &LinkKind::Edit).unwrap();
        assert!(link.starts_with("s1."), "{link}");
        let opened = decode(&link).unwrap();
        assert_eq!(opened.kind, LinkKind::Edit);
        assert_eq!(opened.schedule, s, "{}", s.name);
    }
}

#[test]
fn encoding_is_deterministic_and_decoding_then_encoding_gives_the_same_link() {
    for s in [enhance(), gma()] {
        let link = encode(&s, &LinkKind::Edit).unwrap();
        assert_eq!(encode(&s, &LinkKind::Edit).unwrap(), link);
        assert_eq!(
            encode(&decode(&link).unwrap().schedule, &LinkKind::Edit).unwrap(),
            link
        );
    }
}

#[test]
fn a_whole_url_a_fragment_and_the_bare_text_all_open() {
    let s = enhance();
    let full = url("https://meridian.example/app/?x=1#old", &s, &LinkKind::Edit).unwrap();
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
        let link = encode(&s, &LinkKind::Edit).unwrap();
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
    let opened = decode(&encode(&s, &kind).unwrap()).unwrap();
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
    let opened = decode(&encode(&s, &kind).unwrap()).unwrap();
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
    let link = encode(&enhance(), &LinkKind::Edit).unwrap();
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
        problem("#s5.eJwLAAAB"),
        Some(LinkProblem::Newer {
            version: 5,
            supported: meridian_engine::link::LINK_VERSION
        })
    );
    let message = said(&decode("https://x.example/#s17.abc").unwrap_err());
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
    let link = encode(&s, &LinkKind::Edit).unwrap();
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
    // A character that cannot be in a link, with more of the link after it, is damage.
    let (head, tail) = link.split_at(link.len() / 2);
    assert_eq!(
        problem(&format!("{head}!{tail}")),
        Some(LinkProblem::Damaged)
    );
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
    // A schedule that only validation refuses (a session longer than a week) still packs
    // (though `encode` refuses to write it, a hostile sender can).
    let mut s = enhance();
    s.sessions[0].duration_minutes = 8 * 24 * 60;
    let link = meridian_engine::link::encode_unchecked(&s, &LinkKind::Edit);
    match decode(&link) {
        Err(Error::BadLink(LinkProblem::InvalidSchedule { path, .. })) => {
            assert!(path.starts_with("sessions[0]"), "{path}")
        }
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
        let link = encode(&gma(), &LinkKind::Edit).unwrap();
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
        prop_assert_eq!(decode(&encode(&s, &LinkKind::Edit).unwrap()).unwrap().schedule, s);
    }
}

#[test]
fn the_qr_form_opens_the_same_schedule_in_capitals_or_small_letters() {
    let s = gma();
    let text = meridian_engine::link::encode_for_qr(&s, &LinkKind::Edit).unwrap();
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
    let link = encode(&s, &LinkKind::Edit).unwrap();
    assert!(link.starts_with("s2."), "{link}");
    assert_eq!(decode(&link).unwrap().schedule, s);
    let qr = meridian_engine::link::encode_for_qr(&s, &LinkKind::Edit).unwrap();
    assert!(qr.starts_with("Q2."));
    assert_eq!(decode(&qr).unwrap().schedule, s);
    assert!(encode(&enhance(), &LinkKind::Edit)
        .unwrap()
        .starts_with("s1."));
}

// ---- Issue 15: links as real senders pass them on, and links that must not cost seconds ----

/// A schedule with a campus Meridian has no preset for, so that its zone travels by name.
fn own_campus_schedule() -> Schedule {
    let mut s = enhance();
    let old = s.campuses[0].id.clone();
    let new = meridian_engine::schedule::CampusId::from("x-own-campus");
    s.campuses[0].id = new.clone();
    for c in &mut s.cohorts {
        if c.campus == old {
            c.campus = new.clone();
        }
    }
    for r in &mut s.rooms {
        if r.campus == old {
            r.campus = new.clone();
        }
    }
    for l in &mut s.lecturers {
        if l.campus.as_ref() == Some(&old) {
            l.campus = Some(new.clone());
        }
    }
    for x in &mut s.sessions {
        if x.host == old {
            x.host = new.clone();
        }
    }
    s
}

/// A postcard string: its length as a varint, then its bytes.
fn postcard_string(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut n = text.len();
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
    out.extend_from_slice(text);
    out
}

#[test]
fn huge_unknown_zone_name_is_refused_quickly() {
    let s = own_campus_schedule();
    let zone = s.campuses[0].zone.name().as_bytes().to_vec();
    let link = encode(&s, &LinkKind::Edit).unwrap();
    let payload = meridian_engine::link::payload_bytes(&link).unwrap();
    let needle = postcard_string(&zone);
    let at = payload
        .windows(needle.len())
        .position(|w| w == needle.as_slice())
        .expect("the campus's zone is in the string table");
    let huge = vec![b'Z'; 1_000_000];
    let mut hostile = payload[..at].to_vec();
    hostile.extend(postcard_string(&huge));
    hostile.extend_from_slice(&payload[at + needle.len()..]);
    let hostile = meridian_engine::link::link_of_bytes(&hostile);
    assert!(hostile.len() < 8 * 1024, "{} characters", hostile.len());
    let start = std::time::Instant::now();
    let result = decode(&hostile);
    let took = start.elapsed();
    assert_eq!(result.unwrap_err(), Error::BadLink(LinkProblem::Damaged));
    assert!(took.as_secs_f64() < 2.0, "took {took:?}");
}

#[test]
fn huge_unknown_zone_name_in_a_file_is_refused_quickly_with_an_excerpt() {
    let mut json: serde_json::Value = serde_json::from_str(&enhance().to_json()).unwrap();
    json["campuses"][0]["zone"] = "Mars/Olympus_Mons".repeat(60_000).into();
    let start = std::time::Instant::now();
    let e = Schedule::from_json(&json.to_string()).unwrap_err();
    assert!(start.elapsed().as_secs_f64() < 2.0, "{:?}", start.elapsed());
    let message = said(&e);
    assert!(
        message.starts_with("campuses[0].zone: unknown time zone \"Mars/Olympus_Mons"),
        "{message}"
    );
    assert!(
        message.contains('…') && message.len() < 600,
        "{} bytes",
        message.len()
    );
}

#[test]
fn a_huge_unknown_zone_name_gets_no_suggestions_and_an_excerpt() {
    let name = "Europe/Berlinn".repeat(100_000);
    let start = std::time::Instant::now();
    match meridian_engine::Zone::parse(&name) {
        Err(Error::UnknownZone { name, suggestions }) => {
            assert!(suggestions.is_empty());
            assert!(
                name.chars().count() <= meridian_engine::MAX_ECHO_CHARS + 1,
                "{name}"
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(start.elapsed().as_secs_f64() < 1.0, "{:?}", start.elapsed());
    // Short misspellings still get their suggestion.
    assert!(
        said(&meridian_engine::Zone::parse("Europe/Berln").unwrap_err()).contains("Europe/Berlin")
    );
}

/// `text` wrapped the way a mail client wraps it: `width` characters a line, each next line
/// starting with `indent`.
fn wrapped(text: &str, width: usize, indent: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .chunks(width)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(&format!("\n{indent}"))
}

fn percent_encoded_whole(text: &str) -> String {
    text.bytes().map(|b| format!("%{b:02X}")).collect()
}

fn percent_encoded_query(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[test]
fn links_as_mail_clients_chat_apps_and_redirectors_pass_them_on_all_open() {
    let s = gma();
    let full = url("https://meridian.example/app/", &s, &LinkKind::Edit).unwrap();
    let hashed = full.replacen('#', "%23", 1);
    let cases: Vec<(&str, String)> = vec![
        ("wrapped at 76", wrapped(&full, 76, "")),
        ("wrapped with CRLF", wrapped(&full, 70, "").replace('\n', "\r\n")),
        ("wrapped and indented", format!("    {}", wrapped(&full, 60, "    "))),
        ("quoted in a reply", format!("> Here it is:\n> {}\n> \n> Best", wrapped(&full, 72, "> "))),
        ("quoted twice", format!("> > {}", wrapped(&full, 64, "> > "))),
        ("flowed (space before the break)", wrapped(&full, 72, "").replace('\n', " \n")),
        ("in angle brackets", format!("<{full}>")),
        ("wrapped in angle brackets", format!("<{}>", wrapped(&full, 76, " "))),
        ("in double quotes", format!("\"{full}\"")),
        ("in single quotes", format!("'{full}'")),
        ("in curly quotes", format!("“{full}”")),
        ("markdown", format!("[the timetable]({full})")),
        ("markdown with the link as text", format!("[{full}]({full})")),
        ("followed by a full stop", format!("Open {full}.")),
        ("followed by a comma", format!("Open {full}, then save it")),
        ("in parentheses", format!("(see {full})")),
        ("followed by an exclamation mark", format!("{full}!")),
        ("%23 for #", hashed.clone()),
        ("percent-encoded whole", percent_encoded_whole(&full)),
        (
            "Outlook Safe Links",
            format!(
                "https://eur01.safelinks.protection.outlook.com/?url={}&data=05%7C02%7Cx%40uni.example%7C1234&sdata=abc%3D&reserved=0",
                percent_encoded_query(&full)
            ),
        ),
        (
            "Safe Links around %23",
            format!(
                "https://eur01.safelinks.protection.outlook.com/?url={}&data=05",
                percent_encoded_query(&hashed)
            ),
        ),
        (
            "Google redirect",
            format!(
                "https://www.google.com/url?q={}&sa=D&source=editors&ust=1&usg=AOv",
                percent_encoded_query(&full)
            ),
        ),
        ("only the fragment in a sentence", format!("the link is {}.", &full[full.find('#').unwrap()..])),
        ("bare text in a sentence", format!("paste this: {}", &full[full.find('#').unwrap() + 1..])),
    ];
    for (what, text) in cases {
        match decode(&text) {
            Ok(opened) => assert_eq!(opened.schedule, s, "{what}"),
            Err(e) => panic!("{what}: {e}\n{text}"),
        }
    }
}

#[test]
fn a_qr_link_wrapped_or_in_small_letters_opens() {
    let s = gma();
    let text = meridian_engine::link::encode_for_qr(&s, &LinkKind::Edit).unwrap();
    let link = format!("HTTPS://MERIDIAN.EXAMPLE/#{text}");
    for t in [
        wrapped(&link, 70, "> "),
        format!("<{}>.", link.to_lowercase()),
    ] {
        assert_eq!(decode(&t).unwrap().schedule, s, "{t}");
    }
}

#[test]
fn a_damaged_link_still_says_damaged_however_it_is_wrapped() {
    let s = gma();
    let full = url("https://meridian.example/", &s, &LinkKind::Edit).unwrap();
    let i = full.find('#').unwrap() + 40;
    let mut bytes = full.clone().into_bytes();
    bytes[i] = if bytes[i] == b'A' { b'B' } else { b'A' };
    let damaged = String::from_utf8(bytes).unwrap();
    for text in [
        damaged.clone(),
        wrapped(&damaged, 72, "> "),
        format!("<{damaged}>."),
        percent_encoded_whole(&damaged),
    ] {
        assert_eq!(
            decode(&text).unwrap_err(),
            Error::BadLink(LinkProblem::Damaged),
            "{text}"
        );
    }
    // Cut off in a mail, then a signature: cut off or damaged, never a schedule.
    let cut = &full[..full.len() - 30];
    for text in [format!("{cut}\n\nBest,\nAnna"), format!("{cut}\n-- \nAnna")] {
        assert!(matches!(
            decode(&text),
            Err(Error::BadLink(LinkProblem::CutOff | LinkProblem::Damaged))
        ));
    }
}

#[test]
fn link_text_finds_the_link_and_only_the_link() {
    use meridian_engine::link::link_text;
    let s = gma();
    let text = encode(&s, &LinkKind::Edit).unwrap();
    let mail = format!(
        "Hi,\n\nthe timetable:\n> <https://m.example/#{}>.\n\nThanks!",
        wrapped(&text, 50, "> ")
    );
    assert_eq!(link_text(&mail).unwrap(), text);
    // Prose with "Q1." or "s2." at a sentence start is no link.
    assert_eq!(
        link_text("Q1. Why? s2. Because.").unwrap_err(),
        Error::BadLink(LinkProblem::NotALink)
    );
}

#[test]
fn link_text_is_bounded_in_length() {
    let huge = "a".repeat(meridian_engine::link::MAX_LINK_TEXT_BYTES + 1);
    assert_eq!(
        decode(&huge).unwrap_err(),
        Error::BadLink(LinkProblem::TooLong {
            limit: meridian_engine::link::MAX_LINK_TEXT_BYTES
        })
    );
    // A megabyte of near-misses ("s1" without a dot, "%2" without a digit) is quick.
    let start = std::time::Instant::now();
    let _ = decode(&"s1 %2 #s".repeat(100_000));
    assert!(start.elapsed().as_secs_f64() < 2.0, "{:?}", start.elapsed());
}

#[test]
fn link_encode_refuses_what_link_decode_would_refuse_1_1_mb_of_notes() {
    let mut s = enhance();
    s.sessions[0].notes = Some(
        (0..1_100_000u32)
            .map(|i| char::from(b'a' + (i.wrapping_mul(2_654_435_761) >> 27) as u8 % 26))
            .collect(),
    );
    match encode(&s, &LinkKind::Edit) {
        Err(Error::TooLargeToShare { limit, size, .. }) => {
            assert!(size > limit);
            assert!(limit == MAX_UNPACKED_BYTES || limit == meridian_engine::link::MAX_LINK_CHARS);
        }
        Ok(link) => panic!("encoded {} characters", link.len()),
        Err(e) => panic!("{e}"),
    }
    let message = said(&encode(&s, &LinkKind::Edit).unwrap_err());
    assert!(message.contains("too large for a share link"), "{message}");
}

#[test]
fn link_encode_of_10_000_sessions_opens_or_is_refused_with_the_limit() {
    let mut s = enhance();
    let first = s.sessions[0].clone();
    s.sessions = (0..10_000)
        .map(|i| {
            let mut x = first.clone();
            x.id = meridian_engine::schedule::SessionId(format!("session-{i}"));
            x.title = format!("Session number {i}");
            x
        })
        .collect();
    match encode(&s, &LinkKind::Edit) {
        Ok(link) => assert_eq!(decode(&link).unwrap().schedule, s),
        Err(Error::TooLargeToShare { .. }) => {}
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn a_link_whose_schedule_fails_validation_says_so_with_the_place() {
    let mut s = enhance();
    s.id = String::new();
    let link = meridian_engine::link::encode_unchecked(&s, &LinkKind::Edit);
    let e = decode(&link).unwrap_err();
    assert_eq!(
        e,
        Error::BadLink(LinkProblem::InvalidSchedule {
            path: "id".into(),
            problem: meridian_engine::Problem::IdEmpty
        })
    );
    let message = said(&e);
    assert!(
        message.contains("link") && message.contains("id: must not be empty"),
        "{message}"
    );
    // And `encode` does not write it.
    assert!(encode(&s, &LinkKind::Edit).is_err());
}

#[test]
fn seconds_do_not_travel_silently() {
    let mut s = enhance();
    let t = s.sessions[0].start;
    s.sessions[0].start =
        meridian_engine::CivilDateTime::parse(&format!("{}T{}:30", t.date(), t.time())).unwrap();
    assert!(encode(&s, &LinkKind::Edit).is_err());
}

/// Found by `make fuzz`: a view link narrowed to a cohort whose payload (under a valid
/// checksum) holds sessions the cohort does not attend; shared on, it would say something else.
#[test]
fn a_view_link_holding_sessions_outside_its_cohort_is_refused() {
    let link = "s1.hZbPTxNREMdn9u2PLhQoyi9BYBHE8mPL7lJRg4miAXpCEm7eKm3aBtttujZWj_pP-Ad4lRBPHE306F2PnPRiwj9g0Jm3u9AS0F6aN29m37x5bz7vi4Bwz2TlZFeDXXekUKz6drFW5vto55skH2q253gr8223PeqS-KJLhRC6WuxqrG_l1rYerwsSg4lY16m8hB4qq8ELNavKOkqQPhqOFU-NuVBtxuI3masEdW5yHggSQ6nz-jpBK8ptLHRoUGZjlHJHS4ad1BOnKCO9dv3JgZfvO_7AfCw529bhS9EBj9C1OyyAXCl9pi__naDJhZEhTqwyZcAZ2iStLgpNUDll5HSkOTnwFFWntIucqaTSeSYSmex86ad10vTN56_7w4dsrVZjnLNFL-ebhP1oYr1R2SMcsUWj5gsqKX7zNitNUnvEKjLoJZKTlXw_27cpLd_aJMPnD3nd38tTW0zxBMkGEt5PpMFKlxgUp8_znMnHXnZcJzuUs_jPSkdkCzk3Z8j7HXg9O15cZ0JUV3QYz7Jul0Tno0w24-pcMrfULS3upuVllnuLMsYOwnMfjz4RDc-BavTyCzPTQQ9mVp0g4zdKS3HDBcXgwc6LBtGK2BuChAjTsZnVMyYHDB122GUYFK06vZiZZPlVoeFTuW0i5EAuGsTJMjZn_5tG2SM3oxqCO9kO8Gz4DCxa9Ya_S_AtFlZDvkXEoYZj0vkvayGTGTIZVFC8f4df0QAVAJW-I3Fgpo7EYQIANLLg5JH4bdBAl9PHNJM6Fp_YYsjpY_HWBEwcIoBJRtzYVwC6pPOJ-GWmTsQPHUT3Q0hugPTqicIOKKz3DYLRlwKc7b-COAJXFZwYGBRoDw2rODZyTcOh0TEdR7Xr4wgTk6hYUyhuTKM2cxPU2VuA2-k5BdPzCwJbi7aG90VmCR1KA36qT5EA-gU5T1SEqunMU3TRg-UsOooC6je9hQrn_EcoqCP_bgOs3EGHdl74rrbaQsnrLsDH1v7AXw";
    match decode(link) {
        Err(Error::BadLink(LinkProblem::InvalidSchedule { path, .. })) => {
            assert!(path.starts_with("sessions["), "{path}")
        }
        other => panic!("{other:?}"),
    }
}

// ---- Issue 17: each campus's holiday calendar (region, switched-off days, own periods) ----

/// The ENHANCE demo with each campus's region as the presets give it, the Valencian Community
/// Day switched off at UPV, and an exam period and a reading week at TU Berlin.
fn enhance_with_calendars() -> Schedule {
    use meridian_engine::schedule::{Period, PeriodKind};
    let mut s = enhance();
    for c in &mut s.campuses {
        c.region = meridian_engine::presets::known_campus(c.id.as_str())
            .map(|k| k.region)
            .filter(|r| !r.is_empty())
            .map(str::to_string);
    }
    let date = |t: &str| meridian_engine::CivilDate::parse(t).unwrap();
    let upv = s
        .campuses
        .iter_mut()
        .find(|c| c.id.as_str() == "upv")
        .unwrap();
    upv.holidays_off.push(date("2026-10-09"));
    let tub = s
        .campuses
        .iter_mut()
        .find(|c| c.id.as_str() == "tub")
        .unwrap();
    tub.periods.push(Period {
        kind: PeriodKind::Exams,
        name: "Exam period".into(),
        start: date("2026-12-14"),
        end: date("2026-12-18"),
    });
    tub.periods.push(Period {
        kind: PeriodKind::LectureFree,
        name: "Reading week".into(),
        start: date("2026-11-02"),
        end: date("2026-11-06"),
    });
    s
}

#[test]
fn a_switched_off_holiday_and_own_periods_survive_a_link_round_trip_in_version_4() {
    let s = enhance_with_calendars();
    let link = encode(&s, &LinkKind::Edit).unwrap();
    assert!(link.starts_with("s4."), "{link}");
    assert_eq!(decode(&link).unwrap().schedule, s);
    let qr = meridian_engine::link::encode_for_qr(&s, &LinkKind::Edit).unwrap();
    assert!(qr.starts_with("Q4."));
    assert_eq!(decode(&qr).unwrap().schedule, s);
    let base = meridian_engine::lineage::fingerprint(&enhance());
    let with_base =
        meridian_engine::link::encode_with_base(&s, &LinkKind::Edit, Some(base)).unwrap();
    assert!(with_base.starts_with("s4."));
    let opened = decode(&with_base).unwrap();
    assert_eq!((opened.schedule, opened.base), (s, Some(base)));
    // Only the region differs: still version 4; nothing at all: version 1 as before.
    let mut region_only = enhance();
    region_only.campuses[0].region = Some("BE".into());
    assert!(encode(&region_only, &LinkKind::Edit)
        .unwrap()
        .starts_with("s4."));
    assert!(encode(&enhance(), &LinkKind::Edit)
        .unwrap()
        .starts_with("s1."));
}

#[test]
fn a_preset_campus_without_a_region_keeps_none_through_a_link() {
    // The presets now have regions; a link of a campus without one must not gain it.
    let mut s = enhance();
    s.campuses[0].region = None;
    s.campuses[1].region = Some("X".into());
    let opened = decode(&encode(&s, &LinkKind::Edit).unwrap())
        .unwrap()
        .schedule;
    assert_eq!(opened.campuses[0].region, None);
    assert_eq!(opened, s);
}

#[test]
fn the_campuses_that_joined_enhance_travel_whole_so_older_meridians_open_the_link() {
    use meridian_engine::presets::{alliance, new_schedule};
    use meridian_engine::schedule::Term;
    let enhance = alliance("enhance").unwrap();
    let term = Term {
        start: meridian_engine::CivilDate::parse("2026-09-07").unwrap(),
        end: meridian_engine::CivilDate::parse("2026-12-18").unwrap(),
    };
    let s = new_schedule("t", "Fresh", Some(enhance.name), enhance.members, term).unwrap();
    let link = encode(&s, &LinkKind::Edit).unwrap();
    let bytes = meridian_engine::link::payload_bytes(&link).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.contains("Delft University of Technology"));
    assert!(text.contains("ETH Zürich"));
    assert!(
        !text.contains("Technische Universität Berlin"),
        "a founder goes by reference"
    );
    assert_eq!(decode(&link).unwrap().schedule, s);
}

#[test]
fn regions_add_few_bytes_to_the_enhance_demo_link() {
    let plain = encode(&enhance(), &LinkKind::Edit).unwrap();
    let mut regions = enhance();
    for c in &mut regions.campuses {
        c.region = meridian_engine::presets::known_campus(c.id.as_str())
            .map(|k| k.region)
            .filter(|r| !r.is_empty())
            .map(str::to_string);
    }
    let with = encode(&regions, &LinkKind::Edit).unwrap();
    let full = encode(&enhance_with_calendars(), &LinkKind::Edit).unwrap();
    println!(
        "ENHANCE demo link: {} chars, with regions {} (+{}), with regions, a day off and two periods {} (+{})",
        plain.len(),
        with.len(),
        with.len() - plain.len(),
        full.len(),
        full.len() - plain.len()
    );
    assert!(
        with.len() - plain.len() <= 40,
        "{} → {}",
        plain.len(),
        with.len()
    );
}

/// Found by `make fuzz` when the decoder stopped going through the file's JSON reader: a
/// link whose teaching hours end at "270:59" opened, though no file could say that.
#[test]
fn a_link_with_teaching_hours_past_midnight_is_refused() {
    let link = "s1.hZbPTxNREMdn9u2PLhQpyi9BYBHE8mPL7lJRg4miAXpCEi7GW6VN22C7TZdG9GKif4OJf4BXCUeOJnr0rkdOejHhHzDozNtdaAloL82bN7Nv3rw3n_dFQLhrsnKyq8GWO1goVn27WCvzfbTzTZIPNdtzvMWZltsedUl80aVCCF0tdjVW1nPL649WBInBRKzrVF5CD5VV37maVWUdJUgfDcSKp8ZcqDZj8ZvMVYI6NzkPBImh1Fl9naAV5TZm2zQoszFKua0lw07qilOUkV6r_uTAi_cdf2Amlpwt6_ClaINH6NoZFkCulD7Vl_9O0OTCyBAnVpky4BRtklbnhSaonDJyItKcHHiCqhPaRc5UUuk8GYlMdr7w0zpp-ubzVz3hQ7ZcqzHO2aKX803CfjSx0qhsE47YolHzBZUUv3lrlSapPWIVGfQSyclKvoftG5SWb62R4fPHvO5v56ktxnmCZAMJ78fSYKVLDIqT53na5GMvO66T7c9Z_GelI7KFnJs25P0OvK5NL64zIaojOoxnWbdDovNhJptxdS6ZW-qUFnfN8jILl4oyxg7Ccx-JPhENz4Bq6OILM9lGD2ZWnSDjN0rzccMFxeD-5k6DaEXsDUFChGnbzNIpkwOGDjtsvSYYFK06vZiZZPlloeFTuW0iZG8uGsTJMjan_ptG2SM3oxqCO9kK8Gz4DMxZ9Ya_RfAtFpZCvkXEoYZj0vkvaiGTGTIZVFB8eI9f0QAVAJXuQ7Fvpg7FQQIANLLg2KH4bdBAl9NHNJM6Ep_YYsjpI_H2D2DiAAFMMuLqngLQIZ2PxS8zdSx-6CA6H0ByFaRXVxS2bwJeeoNgdKcAp3ouIw7CFQVHe_sE2v0DKg4PXtWwf2hYxyHt2gjC6Bgq1jiK6xOoTd4Adeom4EZ6WsH0zKzA3Tlbw3siM48OpQE_1adIAP2CnCcqQtV05im66MFCFh1FAfWbvosK5_xEKKgj_24BLN5Gh3Ze-K7utoSS1x2Adzt7wV8";
    assert!(decode(link).is_err());
}

/// An engine error as a user reads it, in English.
#[allow(dead_code)]
fn said(e: &meridian_engine::Error) -> String {
    meridian_words::error(&meridian_words::Words::english(), e)
}

#[test]
fn a_students_link_points_at_the_timetable_page_wherever_meridian_is_served() {
    use meridian_engine::link::{page_for, sibling_page};
    let view = LinkKind::View {
        campus: None,
        cohort: None,
    };
    for (address, page) in [
        (
            "https://uni.example/meridian/index.html?demo=x#s1.abc",
            "https://uni.example/meridian/timetable.html",
        ),
        (
            "https://uni.example/meridian/",
            "https://uni.example/meridian/timetable.html",
        ),
        (
            "https://uni.example/meridian",
            "https://uni.example/meridian/timetable.html",
        ),
        (
            "http://127.0.0.1:8080",
            "http://127.0.0.1:8080/timetable.html",
        ),
        (
            "http://127.0.0.1:8080/timetable.html",
            "http://127.0.0.1:8080/timetable.html",
        ),
        ("index.html", "timetable.html"),
    ] {
        assert_eq!(page_for(address, &view), page, "{address}");
    }
    // An edit link opens where it was made; a timetable page sends readers to the planner.
    assert_eq!(
        page_for("https://uni.example/meridian/#s1.abc", &LinkKind::Edit),
        "https://uni.example/meridian/"
    );
    assert_eq!(
        sibling_page("http://127.0.0.1:8081/timetable.html#s3.abc", "index.html"),
        "http://127.0.0.1:8081/index.html"
    );
}
