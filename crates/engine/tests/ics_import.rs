//! Importing a partner's calendar as busy time: what timetabling systems export, the errors a
//! coordinator can act on, and the conflicts busy time produces.

use meridian_engine::conflict::ConflictDetail;
use meridian_engine::ics::{export, import, Scope, MAX_IMPORT_BYTES};
use meridian_engine::schedule::{BusyCalendar, CohortId};
use meridian_engine::{check, demo, CalendarProblem, ConflictKind, Error, Instant, Zone};

fn at(s: &str) -> Instant {
    Instant::parse_rfc3339(s).unwrap()
}

fn oslo() -> Zone {
    Zone::parse("Europe/Oslo").unwrap()
}

const TIMEEDIT: &str = "BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//TimeEdit//EN\r
BEGIN:VTIMEZONE\r
TZID:W. Europe Standard Time\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:te-1\r
DTSTART;TZID=W. Europe Standard Time:20261006T101500\r
DTEND;TZID=W. Europe Standard Time:20261006T120000\r
RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=6\r
EXDATE;TZID=W. Europe Standard Time:20261020T101500\r
SUMMARY:Thermodynamics\\, lecture\r
  (folded)\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:te-1\r
RECURRENCE-ID;TZID=W. Europe Standard Time:20261013T101500\r
DTSTART;TZID=W. Europe Standard Time:20261013T140000\r
DURATION:PT1H\r
SUMMARY:Thermodynamics (moved)\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:te-2\r
DTSTART:20261008T080000Z\r
DTEND:20261008T090000Z\r
STATUS:CANCELLED\r
SUMMARY:Cancelled\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:te-3\r
DTSTART:20261009T090000\r
DURATION:PT45M\r
TRANSP:TRANSPARENT\r
SUMMARY:Free time\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:te-4\r
DTSTART;VALUE=DATE:20261016\r
SUMMARY:Excursion\r
END:VEVENT\r
END:VCALENDAR\r
";

#[test]
fn a_timetabling_export_becomes_busy_blocks() {
    let blocks = import(
        TIMEEDIT,
        oslo(),
        at("2026-09-01T00:00:00Z"),
        at("2027-01-01T00:00:00Z"),
    )
    .unwrap();
    let got: Vec<(String, String, String)> = blocks
        .iter()
        .map(|b| (b.start.to_string(), b.end.to_string(), b.title.clone()))
        .collect();
    let row = |a: &str, b: &str, t: &str| (a.to_string(), b.to_string(), t.to_string());
    assert_eq!(
        got,
        [
            row(
                "2026-10-06T08:15:00Z",
                "2026-10-06T10:00:00Z",
                "Thermodynamics, lecture (folded)"
            ),
            row(
                "2026-10-13T12:00:00Z",
                "2026-10-13T13:00:00Z",
                "Thermodynamics (moved)"
            ),
            row("2026-10-15T22:00:00Z", "2026-10-16T22:00:00Z", "Excursion"),
            // 20 Oct is excluded; 27 Oct is after the switch (CET), so 09:15 UTC.
            row(
                "2026-10-27T09:15:00Z",
                "2026-10-27T11:00:00Z",
                "Thermodynamics, lecture (folded)"
            ),
            row(
                "2026-11-03T09:15:00Z",
                "2026-11-03T11:00:00Z",
                "Thermodynamics, lecture (folded)"
            ),
            row(
                "2026-11-10T09:15:00Z",
                "2026-11-10T11:00:00Z",
                "Thermodynamics, lecture (folded)"
            ),
        ]
    );
}

#[test]
fn meridians_own_export_imports_to_exactly_its_occurrences() {
    let s = demo::load("gma-spring-2027").unwrap();
    let text = export(
        &s,
        &Scope::default(),
        at("2027-01-01T00:00:00Z"),
        &meridian_words::Words::english(),
    );
    let blocks = import(
        &text,
        Zone::UTC,
        at("2027-01-01T00:00:00Z"),
        at("2028-01-01T00:00:00Z"),
    )
    .unwrap();
    let mut expected: Vec<(Instant, Instant)> = meridian_engine::occurrences(&s, None, None)
        .unwrap()
        .iter()
        .map(|o| (o.start, o.end))
        .collect();
    expected.sort();
    let got: Vec<(Instant, Instant)> = blocks.iter().map(|b| (b.start, b.end)).collect();
    assert_eq!(got, expected);
}

#[test]
fn a_malformed_file_names_the_line() {
    let err = |text: &str| match import(
        text,
        oslo(),
        at("2026-01-01T00:00:00Z"),
        at("2027-01-01T00:00:00Z"),
    ) {
        Err(Error::Calendar { line, problem }) => (line, problem),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        err("hello"),
        (
            1,
            CalendarProblem::NotAContentLine {
                text: "hello".into()
            }
        )
    );
    assert_eq!(
        err("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:2026-10-06\nEND:VEVENT\nEND:VCALENDAR\n"),
        (
            3,
            CalendarProblem::NotADateTime {
                text: "2026-10-06".into()
            }
        )
    );
    assert_eq!(
        err("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261006T100000Z\nRRULE:FREQ=MONTHLY\nEND:VEVENT\nEND:VCALENDAR\n"),
        (
            4,
            CalendarProblem::FreqNotRead {
                freq: "MONTHLY".into()
            }
        )
    );
    assert_eq!(
        err("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;TZID=Mars/Olympus:20261006T100000\nEND:VEVENT\nEND:VCALENDAR\n"),
        (
            3,
            CalendarProblem::UnknownZone {
                name: "Mars/Olympus".into()
            }
        )
    );
    assert_eq!(
        err("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261006T100000Z\n"),
        (3, CalendarProblem::CutOff)
    );
    let huge = format!("BEGIN:VCALENDAR\n{}", "X".repeat(MAX_IMPORT_BYTES));
    assert_eq!(
        err(&huge),
        (
            0,
            CalendarProblem::FileTooLarge {
                bytes: huge.len(),
                max: MAX_IMPORT_BYTES
            }
        )
    );
    // A value from the file is kept as an excerpt: a hostile file cannot make an error large.
    let long = format!(
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:{}\nEND:VEVENT\nEND:VCALENDAR\n",
        "9".repeat(100_000)
    );
    match err(&long) {
        (3, CalendarProblem::NotADateTime { text }) => {
            assert_eq!(
                text,
                format!("{}…", "9".repeat(meridian_engine::MAX_ECHO_CHARS))
            )
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_cohorts_busy_time_clashes_with_a_session_and_says_where_it_came_from() {
    let mut s = demo::load("enhance-autumn-2026").unwrap();
    let blocks = import(
        TIMEEDIT,
        oslo(),
        at("2026-09-01T00:00:00Z"),
        at("2027-01-01T00:00:00Z"),
    )
    .unwrap();
    s.busy.push(BusyCalendar {
        id: "ntnu-timeedit".into(),
        name: "NTNU TimeEdit".into(),
        campus: None,
        cohort: Some(CohortId::from("ntnu-msc1")),
        lecturer: None,
        room: None,
        blocks,
    });
    let s = meridian_engine::Schedule::from_json(&s.to_json()).unwrap();
    let all = check(&s);
    let busy: Vec<_> = all
        .iter()
        .filter(|c| c.kind == ConflictKind::BusyElsewhere)
        .collect();
    // The excursion (all day Fri 16 Oct in Oslo) does not meet an NTNU session; the hydrogen lab
    // (Wed, every other week) does not meet Tuesday's thermodynamics; the midterm (Tue 27 Oct,
    // 10:00–12:00 Berlin, all cohorts) does.
    assert_eq!(busy.len(), 1, "{busy:#?}");
    let ConflictDetail::Busy {
        booked,
        place,
        date,
        busy: when,
        block,
        calendar,
        session,
        meets,
    } = &busy[0].detail
    else {
        panic!("{:?}", busy[0].detail)
    };
    assert_eq!(booked.name, "NTNU · MSc Energy and Environment, year 1");
    assert_eq!(
        (
            place.as_str(),
            date.to_string(),
            when.start.to_string(),
            when.end.to_string()
        ),
        (
            "Trondheim",
            "2026-10-27".into(),
            "10:15".into(),
            "12:00".into()
        )
    );
    assert_eq!(
        (block.as_str(), calendar.as_str(), session.as_str()),
        (
            "Thermodynamics, lecture (folded)",
            "NTNU TimeEdit",
            "Midterm exam"
        )
    );
    assert_eq!(
        (meets.start.to_string(), meets.end.to_string()),
        ("10:00".into(), "12:00".into())
    );
    assert_eq!(busy[0].sessions.len(), 1);
}

fn blocks_of(text: &str, from: &str, to: &str) -> Vec<(String, String)> {
    import(text, oslo(), at(from), at(to))
        .unwrap()
        .iter()
        .map(|b| (b.start.to_string(), b.end.to_string()))
        .collect()
}

fn one_event(lines: &str) -> String {
    format!("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:e\r\n{lines}END:VEVENT\r\nEND:VCALENDAR\r\n")
}

#[test]
fn daily_rule_with_byday_keeps_weekends_free() {
    // Friday 2 October 2026, then weekdays only: Fri, Mon, Tue, Wed (COUNT counts weekdays).
    let text = one_event(
        "DTSTART;TZID=Europe/Oslo:20261002T090000\r\nDURATION:PT1H\r\nRRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=4\r\n",
    );
    let got = blocks_of(&text, "2026-09-01T00:00:00Z", "2027-01-01T00:00:00Z");
    let starts: Vec<&str> = got.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(
        starts,
        [
            "2026-10-02T07:00:00Z",
            "2026-10-05T07:00:00Z",
            "2026-10-06T07:00:00Z",
            "2026-10-07T07:00:00Z"
        ]
    );
    // A rule whose days never come (every 7 days from a Friday, on Mondays) ends; it gives nothing.
    let never = one_event(
        "DTSTART;TZID=Europe/Oslo:20261002T090000\r\nDURATION:PT1H\r\nRRULE:FREQ=DAILY;INTERVAL=7;BYDAY=MO\r\n",
    );
    assert!(blocks_of(&never, "2026-09-01T00:00:00Z", "2027-01-01T00:00:00Z").is_empty());
}

#[test]
fn byday_naming_a_day_twice_does_not_double_blocks() {
    let text = one_event(
        "DTSTART;TZID=Europe/Oslo:20261005T090000\r\nDURATION:PT1H\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,MO;COUNT=3\r\n",
    );
    let got = blocks_of(&text, "2026-09-01T00:00:00Z", "2027-01-01T00:00:00Z");
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[2].0, "2026-10-19T07:00:00Z");
}

// ---- Issue 15: calendar files as mail clients and Outlook produce them. ----

fn refused(text: &str) -> (usize, CalendarProblem) {
    match import(
        text,
        oslo(),
        at("2026-09-01T00:00:00Z"),
        at("2027-01-01T00:00:00Z"),
    ) {
        Err(Error::Calendar { line, problem }) => (line, problem),
        other => panic!("{other:?}"),
    }
}

#[test]
fn byte_order_mark_and_cr_only_line_ends_are_read() {
    let crlf = one_event("DTSTART:20261006T080000Z\r\nDURATION:PT1H\r\nSUMMARY:A\r\n  b\r\n");
    let want = blocks_of(&crlf, "2026-09-01T00:00:00Z", "2027-01-01T00:00:00Z");
    assert_eq!(want.len(), 1);
    let bom = format!("\u{feff}{crlf}");
    assert_eq!(
        blocks_of(&bom, "2026-09-01T00:00:00Z", "2027-01-01T00:00:00Z"),
        want
    );
    let cr = crlf.replace("\r\n", "\r");
    assert_eq!(
        blocks_of(&cr, "2026-09-01T00:00:00Z", "2027-01-01T00:00:00Z"),
        want
    );
    // Line numbers still count lines: the bad value is on line 5.
    let (line, _) = refused("BEGIN:VCALENDAR\rVERSION:2.0\rBEGIN:VEVENT\rUID:e\rDTSTART:2026-10-06\rEND:VEVENT\rEND:VCALENDAR\r");
    assert_eq!(line, 5);
}

#[test]
fn mozilla_style_tzid_is_read_as_its_iana_zone() {
    let text = one_event(
        "DTSTART;TZID=/mozilla.org/20070129_1/Europe/Berlin:20261006T100000\r\nDURATION:PT1H\r\n",
    );
    let got = blocks_of(&text, "2026-09-01T00:00:00Z", "2027-01-01T00:00:00Z");
    assert_eq!(got[0].0, "2026-10-06T08:00:00Z");
    let evolution = one_event(
        "DTSTART;TZID=/softwarestudio.org/Olson_20011030_5/America/Argentina/Buenos_Aires:20261006T100000\r\nDURATION:PT1H\r\n",
    );
    let got = blocks_of(&evolution, "2026-09-01T00:00:00Z", "2027-01-01T00:00:00Z");
    assert_eq!(got[0].0, "2026-10-06T13:00:00Z");
}

#[test]
fn rdate_adds_instances_and_a_period_is_refused_with_its_line() {
    let text = one_event(
        "DTSTART;TZID=Europe/Oslo:20261006T100000\r\nDURATION:PT1H\r\nRRULE:FREQ=WEEKLY;COUNT=2\r\nRDATE;TZID=Europe/Oslo:20261009T120000,20261013T100000\r\nRDATE;VALUE=DATE:20261030\r\n",
    );
    let got = blocks_of(&text, "2026-09-01T00:00:00Z", "2027-01-01T00:00:00Z");
    let starts: Vec<&str> = got.iter().map(|(s, _)| s.as_str()).collect();
    // 13 Oct is both a rule date and an RDATE: one block.
    assert_eq!(
        starts,
        [
            "2026-10-06T08:00:00Z",
            "2026-10-09T10:00:00Z",
            "2026-10-13T08:00:00Z",
            "2026-10-29T23:00:00Z"
        ]
    );
    assert_eq!(
        refused(&one_event(
            "DTSTART:20261006T100000Z\r\nDURATION:PT1H\r\nRDATE;VALUE=PERIOD:20261009T120000Z/PT1H\r\n",
        )),
        (7, CalendarProblem::RdatePeriods)
    );
}

#[test]
fn dtstart_after_dtend_or_a_negative_duration_is_refused_with_the_line() {
    assert_eq!(
        refused(&one_event(
            "DTSTART:20261006T100000Z\r\nDTEND:20261006T090000Z\r\n",
        )),
        (6, CalendarProblem::EndsBeforeStart)
    );
    assert_eq!(
        refused(&one_event(
            "DTSTART:20261006T100000Z\r\nDURATION:-PT15M\r\n"
        )),
        (
            6,
            CalendarProblem::NegativeDuration {
                text: "-PT15M".into()
            }
        )
    );
}

#[test]
fn daily_event_since_1970_gives_the_blocks_inside_the_term() {
    for (since, count) in [
        ("19700101", ""),
        ("19720101", ""),
        ("19000101", ";COUNT=60000"),
    ] {
        let text = one_event(&format!(
            "DTSTART:{since}T080000Z\r\nDURATION:PT1H\r\nRRULE:FREQ=DAILY{count}\r\n"
        ));
        let got = blocks_of(&text, "2026-09-01T00:00:00Z", "2026-12-15T00:00:00Z");
        assert_eq!(got.len(), 105, "{since}");
        assert_eq!(got[0].0, "2026-09-01T08:00:00Z");
    }
    // COUNT is counted from the first start: 1 Jan 1970 + 20,700 days is 4 Sep 2026.
    let text =
        one_event("DTSTART:19700101T080000Z\r\nDURATION:PT1H\r\nRRULE:FREQ=DAILY;COUNT=20701\r\n");
    let got = blocks_of(&text, "2026-09-01T00:00:00Z", "2026-12-15T00:00:00Z");
    assert_eq!(got.last().unwrap().0, "2026-09-04T08:00:00Z");
    assert_eq!(got.len(), 4);
    // Weekdays only, every other week, since 1970: still only the term's blocks.
    let text = one_event(
        "DTSTART:19700105T080000Z\r\nDURATION:PT1H\r\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE\r\n",
    );
    let got = blocks_of(&text, "2026-09-01T00:00:00Z", "2026-12-15T00:00:00Z");
    assert!(got.len() == 15 || got.len() == 16, "{}", got.len());
}

#[test]
fn many_daily_events_from_1900_take_bounded_time() {
    // 30,000 daily events since 1900 (2.4 MB): each is expanded from the term, not from 1900,
    // and the file is refused at the block limit instead of taking minutes.
    let mut text = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
    for i in 0..30_000 {
        text.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:{i}\r\nDTSTART:19000101T080000Z\r\nDURATION:PT1H\r\nRRULE:FREQ=DAILY\r\nEND:VEVENT\r\n"
        ));
    }
    text.push_str("END:VCALENDAR\r\n");
    let started = std::time::Instant::now();
    let (_, problem) = refused(&text);
    assert_eq!(problem, CalendarProblem::TooManyEvents { max: 20_000 });
    assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
}

#[test]
fn windows_zone_names_beyond_the_common_ones_are_read() {
    // From CLDR's windowsZones (crates/engine/src/windows_zones.rs, scripts/windows-zones.py).
    for (tzid, want) in [
        ("Tokyo Standard Time", "2026-10-06T01:00:00Z"),
        ("India Standard Time", "2026-10-06T04:30:00Z"),
        ("Newfoundland Standard Time", "2026-10-06T12:30:00Z"),
        ("Cen. Australia Standard Time", "2026-10-05T23:30:00Z"),
        ("Morocco Standard Time", "2026-10-06T09:00:00Z"),
        ("E. South America Standard Time", "2026-10-06T13:00:00Z"),
    ] {
        let text = one_event(&format!(
            "DTSTART;TZID={tzid}:20261006T100000\r\nDURATION:PT1H\r\n"
        ));
        let got = blocks_of(&text, "2026-09-01T00:00:00Z", "2027-01-01T00:00:00Z");
        assert_eq!(got[0].0, want, "{tzid}");
    }
}

const OUTLOOK_CUSTOM: &str = "BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:Microsoft Exchange Server 2010\r
BEGIN:VTIMEZONE\r
TZID:Customized Time Zone\r
BEGIN:STANDARD\r
DTSTART:16010101T030000\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:16010101T020000\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0200\r
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\r
END:DAYLIGHT\r
END:VTIMEZONE\r
BEGIN:VTIMEZONE\r
TZID:Campus clock\r
BEGIN:STANDARD\r
DTSTART:19700101T000000\r
TZOFFSETFROM:+0530\r
TZOFFSETTO:+0530\r
END:STANDARD\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:weekly\r
DTSTART;TZID=\"Customized Time Zone\":20261020T100000\r
DTEND;TZID=\"Customized Time Zone\":20261020T110000\r
RRULE:FREQ=WEEKLY;COUNT=2\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:gap\r
DTSTART;TZID=Customized Time Zone:20270328T023000\r
DURATION:PT1H\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:fixed\r
DTSTART;TZID=Campus clock:20261020T100000\r
DURATION:PT1H\r
END:VEVENT\r
END:VCALENDAR\r
";

#[test]
fn custom_tzid_is_read_from_the_files_own_vtimezone() {
    let got = blocks_of(
        OUTLOOK_CUSTOM,
        "2026-09-01T00:00:00Z",
        "2027-06-01T00:00:00Z",
    );
    let starts: Vec<&str> = got.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(
        starts,
        [
            "2026-10-20T04:30:00Z", // 10:00 at +05:30
            "2026-10-20T08:00:00Z", // 10:00 summer time (+02:00)
            "2026-10-27T09:00:00Z", // after the last Sunday of October (+01:00)
            "2027-03-28T01:30:00Z"  // 02:30 is skipped on 28 March: read as 03:30 (+02:00)
        ]
    );
    // A zone the file names but does not define is still refused.
    assert_eq!(
        refused(&one_event(
            "DTSTART;TZID=Nowhere:20261006T100000\r\nDURATION:PT1H\r\n",
        ))
        .1,
        CalendarProblem::UnknownZone {
            name: "Nowhere".into()
        }
    );
}

/// Found by `make fuzz` (calendar files): an override whose start was 1601 and whose end fell
/// in the term made a block of 425 years; a share link carries a block's length in 32 bits, so
/// the schedule opened from its own link ended the block in 1737. A block is kept within the
/// span read, and the schedule then survives its link.
#[test]
fn block_reaching_back_centuries_is_kept_within_the_term_and_survives_a_link() {
    let s = meridian_engine::demo::load("enhance-autumn-2026").unwrap();
    let text = include_str!("fuzz-found-override-from-1601.ics");
    let calendar = meridian_engine::schedule::BusyCalendar {
        id: String::new(),
        name: "Partner".into(),
        campus: None,
        cohort: Some("tub-msc1".into()),
        lecturer: None,
        room: None,
        blocks: Vec::new(),
    };
    let (with, _) = meridian_engine::ics::attach(&s, text, calendar).unwrap();
    let blocks = &with.busy[0].blocks;
    let term_start = meridian_engine::Instant::parse_rfc3339("2026-09-01T00:00:00Z").unwrap();
    assert!(blocks.iter().all(|b| b.start >= term_start), "{blocks:#?}");
    let link =
        meridian_engine::link::encode(&with, &meridian_engine::link::LinkKind::Edit).unwrap();
    assert_eq!(meridian_engine::link::decode(&link).unwrap().schedule, with);
}
