//! What is wrong in a calendar file or a public-holiday file, worded: in English exactly as
//! Meridian said it when the engine still wrote these sentences itself (the CLI prints them),
//! and in every other language in that language's own words, never English behind it.

mod support;

use meridian_engine::holidays::FORMAT;
use meridian_engine::{CalendarProblem as C, Error, HolidayField, HolidayFileProblem as H};
use meridian_words::{Words, LANGUAGES};

const MB: usize = 1024 * 1024;

/// One of every calendar problem, and what the engine said for it in English before it spoke
/// data. The match is exhaustive: a new kind of problem needs its English here.
fn calendar_english(p: &C) -> &'static str {
    match p {
        C::FileTooLarge { .. } => {
            "the file is 6 MB; Meridian reads calendar files up to 5 MB (export a shorter period)"
        }
        C::NotICalendar => "this is not an iCalendar file (it should start with BEGIN:VCALENDAR)",
        C::StartsWithContinuation => "the file starts with a continuation line",
        C::NotAContentLine { .. } => "\"hello\" is not a calendar line (NAME:value)",
        C::EndWithoutBegin { .. } => "END:VTODO does not match the last BEGIN still open",
        C::CutOff => "the file ends before END:VCALENDAR (was it cut off?)",
        C::NotADateTime { .. } => {
            "\"next tuesday\" is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS)"
        }
        C::DateTimeOutOfRange { .. } => "\"99991231T230000\" is out of range",
        C::DateOutOfRange => "date out of range",
        C::NotADuration { .. } => "\"1h\" is not a duration such as PT1H30M",
        C::NegativeDuration { .. } => "the event lasts -PT15M: a length cannot be negative",
        C::EndsBeforeStart => "the event ends (DTEND) before it starts (DTSTART)",
        C::RdatePeriods => "RDATE with periods (start/end) is not supported; give dates or date-times",
        C::TooManyEvents { .. } => {
            "the calendar expands to more than 20000 events in the term; export a shorter period"
        }
        C::NoFreq => "the repeat rule has no FREQ",
        C::FreqNotRead { .. } => {
            "FREQ=MONTHLY is not supported; Meridian reads daily and weekly repeating events"
        }
        C::IntervalNotPositive { .. } => "INTERVAL=0 is not a positive number",
        C::CountNotANumber { .. } => "COUNT=many is not a number",
        C::UntilOutOfRange => "UNTIL out of range",
        C::ByDayNotRead { .. } => "BYDAY=1MO is not supported (only plain weekdays such as MO,WE)",
        C::RulePartNotRead { .. } => "the repeat rule part BYMONTH is not supported; Meridian reads daily and weekly rules (FREQ, INTERVAL, COUNT, UNTIL, BYDAY)",
        C::UnknownZone { .. } => "unknown time zone \"Mars/Olympus\"; Meridian reads IANA names such as Europe/Berlin, Windows names such as W. Europe Standard Time, and zones the file defines in a VTIMEZONE",
        C::ZoneRuleWithout { .. } => "a time zone rule without TZOFFSETTO",
        C::NotAnOffset { .. } => "\"+1\" is not a UTC offset such as +0100",
        C::ZoneRulePartNotRead { .. } => "the time zone rule FREQ=MONTHLY is not supported; Meridian reads yearly rules by month and weekday (BYMONTH=3;BYDAY=-1SU)",
        C::ZoneRuleWithoutMonth => "the time zone rule without BYMONTH is not supported; Meridian reads yearly rules by month and weekday (BYMONTH=3;BYDAY=-1SU)",
        C::TooManySwitches { .. } => {
            "this time zone switches more than 1000 times in the years imported"
        }
        C::ScheduleTermOutOfRange => "the schedule's term is out of range",
        C::TermOutOfRange => "the term is out of range",
    }
}

fn calendar_problems() -> Vec<C> {
    let s = |t: &str| t.to_string();
    vec![
        C::FileTooLarge {
            bytes: 6 * MB + 5,
            max: 5 * MB,
        },
        C::NotICalendar,
        C::StartsWithContinuation,
        C::NotAContentLine { text: s("hello") },
        C::EndWithoutBegin { what: s("VTODO") },
        C::CutOff,
        C::NotADateTime {
            text: s("next tuesday"),
        },
        C::DateTimeOutOfRange {
            text: s("99991231T230000"),
        },
        C::DateOutOfRange,
        C::NotADuration { text: s("1h") },
        C::NegativeDuration { text: s("-PT15M") },
        C::EndsBeforeStart,
        C::RdatePeriods,
        C::TooManyEvents { max: 20_000 },
        C::NoFreq,
        C::FreqNotRead { freq: s("MONTHLY") },
        C::IntervalNotPositive { text: s("0") },
        C::CountNotANumber { text: s("many") },
        C::UntilOutOfRange,
        C::ByDayNotRead { day: s("1MO") },
        C::RulePartNotRead { part: s("BYMONTH") },
        C::UnknownZone {
            name: s("Mars/Olympus"),
        },
        C::ZoneRuleWithout {
            property: "TZOFFSETTO",
        },
        C::NotAnOffset { text: s("+1") },
        C::ZoneRulePartNotRead {
            part: s("FREQ=MONTHLY"),
        },
        C::ZoneRuleWithoutMonth,
        C::TooManySwitches { max: 1000 },
        C::ScheduleTermOutOfRange,
        C::TermOutOfRange,
    ]
}

/// One of every holiday-file problem and its English from before; exhaustive like
/// [`calendar_english`].
fn holiday_english(p: &H) -> &'static str {
    match p {
        H::FileTooLarge { .. } => "the file has 1048577 bytes; a holiday file has at most 1048576",
        H::NotUtf8 { .. } => "byte 151 is not UTF-8 text",
        H::CutOff => "the file does not end with a line break: it was cut off",
        H::Empty => "the file is empty",
        H::NotAHolidayFile { .. } => "\"meridian-holidays/2\" is not a holiday file of this Meridian (it reads meridian-holidays/1)",
        H::EndsBefore { .. } => "the file ends before its `source` line",
        H::ExpectedHeader { .. } => "expected the `english` line, found \"English en_US\"",
        H::NotACountryCode { .. } => "\"Xy\" is not a country code (two capital letters)",
        H::ExpectedYears { .. } => "expected `years FIRST LAST`, found \"2026\"",
        H::NotAYear { .. } => "\"0026\" is not a year (YYYY, 1000–9999)",
        H::YearSpan { .. } => "years 2027 to 2026: the first must not be after the last, and a file covers at most 100 years",
        H::NotALocale { .. } => "\"x-y\" is not a locale such as de or en_US",
        H::DashNotAlone => "`-` stands alone",
        H::NotARegionCode { .. } => "\"*\" is not a region code (1 to 64 characters, not * or -)",
        H::TooManyRegions => "a file lists at most 65,535 regions",
        H::RegionTwice { .. } => "region \"A\" is listed twice",
        H::TooFewFields { .. } => "a holiday line has 5 fields separated by tabs (date, kind, scope, local name, English name); this one has 4",
        H::TooManyFields => "a holiday line has 5 fields separated by tabs (date, kind, scope, local name, English name); this one has more",
        H::NotADate { .. } => "\"2028-03-01\" is not a date (YYYY-MM-DD) in the file's years 2026–2027",
        H::OutOfDateOrder => "the holidays are not in date order",
        H::NotAKind { .. } => "\"x\" is not a kind (- a holiday, o observed, s substituted)",
        H::NotARegion { .. } => "\"C\" is not one of the file's regions (or - first, for the country's own calendar)",
        H::RegionOutOfOrder { .. } => {
            "region \"A\" is out of the order of the regions line, or listed twice"
        }
        H::EmptyName { field } => match field {
            HolidayField::Source => "the source is empty",
            HolidayField::LocalName => "the local name is empty",
            HolidayField::EnglishName => "the English name is empty",
        },
        H::ControlCharacter { field } => match field {
            HolidayField::Source => "the source holds a control character",
            HolidayField::LocalName => "the local name holds a control character",
            HolidayField::EnglishName => "the English name holds a control character",
        },
    }
}

const FIELDS: [HolidayField; 3] = [
    HolidayField::Source,
    HolidayField::LocalName,
    HolidayField::EnglishName,
];

fn holiday_problems() -> Vec<H> {
    let s = |t: &str| t.to_string();
    let mut out = vec![
        H::FileTooLarge {
            bytes: MB + 1,
            max: MB,
        },
        H::NotUtf8 { byte: 151 },
        H::CutOff,
        H::Empty,
        H::NotAHolidayFile {
            found: s("meridian-holidays/2"),
        },
        H::EndsBefore { key: "source" },
        H::ExpectedHeader {
            key: "english",
            found: s("English en_US"),
        },
        H::NotACountryCode { text: s("Xy") },
        H::ExpectedYears { found: s("2026") },
        H::NotAYear { text: s("0026") },
        H::YearSpan {
            first: 2027,
            last: 2026,
            max: 100,
        },
        H::NotALocale { text: s("x-y") },
        H::DashNotAlone,
        H::NotARegionCode {
            text: s("*"),
            max: 64,
        },
        H::TooManyRegions,
        H::RegionTwice { code: s("A") },
        H::TooFewFields { fields: 4 },
        H::TooManyFields,
        H::NotADate {
            text: s("2028-03-01"),
            first: 2026,
            last: 2027,
        },
        H::OutOfDateOrder,
        H::NotAKind { text: s("x") },
        H::NotARegion { code: s("C") },
        H::RegionOutOfOrder { code: s("A") },
    ];
    for field in FIELDS {
        out.push(H::EmptyName { field });
        out.push(H::ControlCharacter { field });
    }
    out
}

/// Every problem as the two errors a reader meets: about the whole file and about a line.
fn errors() -> Vec<(Error, String)> {
    let mut out = Vec::new();
    for p in calendar_problems() {
        let english = calendar_english(&p);
        out.push((
            Error::Calendar {
                line: 0,
                problem: p.clone(),
            },
            format!("calendar file: {english}"),
        ));
        out.push((
            Error::Calendar {
                line: 12,
                problem: p,
            },
            format!("calendar file, line 12: {english}"),
        ));
    }
    for p in holiday_problems() {
        let english = holiday_english(&p);
        out.push((
            Error::HolidayFile {
                line: 0,
                problem: p.clone(),
            },
            format!("holiday file: {english}"),
        ));
        out.push((
            Error::HolidayFile {
                line: 12,
                problem: p,
            },
            format!("holiday file, line 12: {english}"),
        ));
    }
    out
}

#[test]
fn calendar_and_holiday_file_problems_read_in_english_as_before() {
    let en = Words::english();
    for (error, want) in errors() {
        assert_eq!(meridian_words::error(&en, &error), want, "{error:?}");
    }
}

#[test]
fn text_from_a_hostile_file_is_cut_to_an_excerpt() {
    let en = Words::english();
    let long = "9".repeat(10_000);
    let said = meridian_words::error(
        &en,
        &Error::Calendar {
            line: 3,
            problem: C::NotADateTime { text: long },
        },
    );
    assert_eq!(
        said,
        format!(
            "calendar file, line 3: \"{}…\" is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS)",
            "9".repeat(meridian_engine::MAX_ECHO_CHARS)
        )
    );
    let said = meridian_words::error(
        &en,
        &Error::HolidayFile {
            line: 8,
            problem: H::RegionTwice {
                code: "R".repeat(10_000),
            },
        },
    );
    assert!(said.chars().count() < 140, "{said}");
}

/// The text values a problem carries, which every language must show as they are.
fn values(error: &Error) -> Vec<String> {
    let text = |s: &String| vec![s.clone()];
    match error {
        Error::Calendar { problem, .. } => match problem {
            C::NotAContentLine { text: t }
            | C::NotADateTime { text: t }
            | C::DateTimeOutOfRange { text: t }
            | C::NotADuration { text: t }
            | C::NegativeDuration { text: t }
            | C::IntervalNotPositive { text: t }
            | C::CountNotANumber { text: t }
            | C::NotAnOffset { text: t } => text(t),
            C::EndWithoutBegin { what } => text(what),
            C::FreqNotRead { freq } => text(freq),
            C::ByDayNotRead { day } => text(day),
            C::RulePartNotRead { part } | C::ZoneRulePartNotRead { part } => text(part),
            C::UnknownZone { name } => text(name),
            C::ZoneRuleWithout { property } => vec![property.to_string()],
            C::TooManyEvents { max } | C::TooManySwitches { max } => vec![max.to_string()],
            _ => vec![],
        },
        Error::HolidayFile { problem, .. } => match problem {
            H::NotAHolidayFile { found } => vec![found.clone(), FORMAT.to_string()],
            H::ExpectedHeader { key, found } => vec![key.to_string(), found.clone()],
            H::EndsBefore { key } => vec![key.to_string()],
            H::ExpectedYears { found } => vec![found.clone()],
            H::NotACountryCode { text: t }
            | H::NotAYear { text: t }
            | H::NotALocale { text: t }
            | H::NotAKind { text: t } => text(t),
            H::NotARegionCode { text: t, max } => vec![t.clone(), max.to_string()],
            H::RegionTwice { code } | H::NotARegion { code } | H::RegionOutOfOrder { code } => {
                text(code)
            }
            H::NotADate {
                text: t,
                first,
                last,
            } => {
                vec![t.clone(), first.to_string(), last.to_string()]
            }
            H::YearSpan { first, last, max } => {
                vec![first.to_string(), last.to_string(), max.to_string()]
            }
            H::FileTooLarge { bytes, max } => vec![bytes.to_string(), max.to_string()],
            H::NotUtf8 { byte } => vec![byte.to_string()],
            H::TooFewFields { fields } => vec![fields.to_string()],
            _ => vec![],
        },
        _ => vec![],
    }
}

#[test]
fn every_language_words_every_problem_itself_with_its_values() {
    let en = Words::english();
    for language in LANGUAGES.iter().skip(1) {
        let words = support::words(language.code);
        for (error, _) in errors() {
            let said = meridian_words::error(&words, &error);
            let english = meridian_words::error(&en, &error);
            assert_ne!(
                said, english,
                "{}: {error:?} reads in English",
                language.code
            );
            // The problem's own words, not English's, after the lead-in.
            let (_, problem) = said.split_once([':', '：']).unwrap();
            let (_, english_problem) = english.split_once(':').unwrap();
            assert_ne!(
                problem.trim(),
                english_problem.trim(),
                "{}: {error:?} reads in English",
                language.code
            );
            for value in values(&error) {
                assert!(
                    said.contains(&value),
                    "{}: {said:?} does not show {value:?}",
                    language.code
                );
            }
        }
    }
}

/// The timetable page words a link's error with `link_error`, which leaves out the file kinds:
/// every error a link can give must read exactly as `error` says it.
#[test]
fn a_links_error_reads_on_the_timetable_page_as_everywhere_else() {
    use meridian_engine::{Error, LinkProblem};
    let words = meridian_words::Words::english();
    let cases = [
        Error::BadLink(LinkProblem::NotALink),
        Error::BadLink(LinkProblem::CutOff),
        Error::BadLink(LinkProblem::Newer {
            version: 9,
            supported: 3,
        }),
        Error::UnknownZone {
            name: "Europe/Berln".into(),
            suggestions: vec!["Europe/Berlin".into()],
        },
        Error::UnsupportedFormat("meridian/9".into()),
    ];
    for e in &cases {
        let said = meridian_words::link_error(&words, e);
        assert!(!said.is_empty(), "{e:?}");
        assert_eq!(said, meridian_words::error(&words, e), "{e:?}");
    }
    // A calendar file's error never comes from a link; the page does not carry its wording.
    let file = Error::Calendar {
        line: 3,
        problem: meridian_engine::CalendarProblem::FileTooLarge { bytes: 9, max: 1 },
    };
    assert!(meridian_words::error(&words, &file).contains("line 3"));
    assert_eq!(meridian_words::link_error(&words, &file), "");
    // Nor does what the JSON reader finds wrong in a file: a link is never read as JSON.
    let json = Error::Invalid {
        path: "term".into(),
        problem: meridian_engine::Problem::Json(meridian_engine::JsonProblem::TrailingComma),
    };
    assert!(meridian_words::error(&words, &json).contains("a `,` stands before"));
    assert_eq!(meridian_words::link_error(&words, &json), "term: ");
}

// Regression: "not a Meridian link" named "#s1." or "#s2." while links are written up to the
// newest version ("#s4." for a campus's holiday calendar): it names the versions the engine
// writes, in every language.
#[test]
fn not_a_link_names_every_link_version_the_engine_writes() {
    use meridian_engine::link::LINK_VERSION;
    use meridian_engine::{Error, LinkProblem};
    let newest = format!("#s{LINK_VERSION}.");
    let qr = format!("#Q{LINK_VERSION}.");
    for language in LANGUAGES {
        let words = support::words(language.code);
        let said = meridian_words::error(&words, &Error::BadLink(LinkProblem::NotALink));
        assert!(
            said.contains("#s1.") && said.contains(&newest) && said.contains(&qr),
            "{}: {said}",
            language.code
        );
        assert!(!said.contains("#s2."), "{}: {said}", language.code);
    }
}

// Regression: the Norwegian bad-date message said "forventet format: YYYY-MM-DD" (the engine's
// English pattern) while the Norwegian form said ÅÅÅÅ-MM-DD: a date's pattern is worded in
// each language as its readers write it, the same in errors and in the form's hints.
#[test]
fn a_bad_date_names_the_pattern_as_each_language_writes_it() {
    use meridian_engine::DateTimeShape;
    let expected = [
        ("en", "YYYY-MM-DD", "HH:MM"),
        ("de", "JJJJ-MM-TT", "HH:MM"),
        ("sv", "ÅÅÅÅ-MM-DD", "TT:MM"),
        ("nb", "ÅÅÅÅ-MM-DD", "TT:MM"),
        ("it", "AAAA-MM-GG", "HH:MM"),
        ("es", "AAAA-MM-DD", "HH:MM"),
        ("pl", "RRRR-MM-DD", "GG:MM"),
        ("nl", "JJJJ-MM-DD", "UU:MM"),
        ("fr", "AAAA-MM-JJ", "HH:MM"),
        ("zh-Hans", "YYYY-MM-DD", "HH:MM"),
    ];
    assert_eq!(expected.len(), LANGUAGES.len());
    for (code, date, time) in expected {
        let words = support::words(code);
        let bad = |text: &str, expected| {
            meridian_words::error(
                &words,
                &Error::BadDateTime {
                    text: text.into(),
                    expected,
                },
            )
        };
        let said = bad("2026-13-45", DateTimeShape::Date);
        assert!(said.contains(date), "{code}: {said}");
        assert!(
            code == "en" || code == "zh-Hans" || !said.contains("YYYY"),
            "{code}: {said}"
        );
        let said = bad("25:00", DateTimeShape::Time);
        assert!(said.contains(time), "{code}: {said}");
        let said = bad("8-20", DateTimeShape::TimeRange);
        assert!(said.contains(&format!("{time}-{time}")), "{code}: {said}");
        // The form's hints say the same pattern.
        let hint = words.t_with(
            "form-skip",
            &meridian_words::Args::new().set(
                "pattern",
                meridian_words::shape(&words, DateTimeShape::Date),
            ),
        );
        assert!(hint.contains(date), "{code}: {hint}");
    }
}
