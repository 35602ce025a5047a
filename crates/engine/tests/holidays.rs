//! The public-holiday files as the engine reads them: every generated file, the region filter,
//! and hostile files (mutated, cut off, oversized), which must be refused with a line, never a
//! panic.

use meridian_engine::holidays::{
    holidays_for, split_place, CountryHolidays, Holiday, HolidayKind, Scope, MAX_FILE_BYTES,
};
use meridian_engine::{CivilDate, Error, HolidayField, HolidayFileProblem as P, MAX_ECHO_CHARS};
use proptest::prelude::*;
use std::path::PathBuf;

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/holidays")
}

fn text(country: &str) -> String {
    std::fs::read_to_string(data_dir().join(format!("{country}.txt"))).unwrap()
}

fn country(code: &str) -> CountryHolidays {
    CountryHolidays::parse(&text(code)).unwrap()
}

fn day(s: &str) -> CivilDate {
    CivilDate::parse(s).unwrap()
}

/// `(date, local name)` of the holidays in `place` (e.g. `DE-BE`) in `year`.
fn listed(place: &str, year: i32) -> Vec<(String, String)> {
    let (code, region) = split_place(place).unwrap();
    let file = country(&code);
    holidays_for(&file, region, year..=year)
        .unwrap()
        .into_iter()
        .map(|h| (h.date.to_string(), h.local_name.clone()))
        .collect()
}

#[test]
fn every_generated_file_reads_and_matches_the_index() {
    let index = std::fs::read_to_string(data_dir().join("index.txt")).unwrap();
    let mut countries = 0;
    let mut regions = 0;
    let mut empty = Vec::new();
    for line in index.lines().skip(2) {
        let (code, subdivisions) = line.split_once('\t').unwrap();
        let file = CountryHolidays::from_bytes(
            &std::fs::read(data_dir().join(format!("{code}.txt"))).unwrap(),
        )
        .unwrap_or_else(|e| panic!("{code}: {e}"));
        assert_eq!(file.country, code);
        assert_eq!(file.years, 2025..=2030, "{code}");
        let expected: Vec<&str> = subdivisions.split(',').filter(|s| !s.is_empty()).collect();
        assert_eq!(file.regions, expected, "{code}");
        if file.holidays.is_empty() {
            empty.push(code);
        }
        countries += 1;
        regions += file.regions.len();
    }
    assert_eq!((countries, regions), (250, 629));
    // Uninhabited Bouvet Island, Heard and McDonald Islands and the Chagos; and Ukraine, whose
    // public holidays are not days off under martial law (since 2022; the source's reading).
    assert_eq!(empty, ["BV", "HM", "IO", "UA"]);
}

#[test]
fn berlin_2026_has_womens_day_and_not_corpus_christi() {
    let names: Vec<(String, String)> = listed("DE-BE", 2026);
    let dates: Vec<&str> = names.iter().map(|(d, _)| d.as_str()).collect();
    assert_eq!(
        dates,
        [
            "2026-01-01",
            "2026-03-08",
            "2026-04-03",
            "2026-04-06",
            "2026-05-01",
            "2026-05-14",
            "2026-05-25",
            "2026-10-03",
            "2026-12-25",
            "2026-12-26"
        ]
    );
    assert!(names.contains(&("2026-03-08".into(), "Frauentag".into())));
}

#[test]
fn aachen_has_corpus_christi_on_4_june_2026() {
    assert!(listed("DE-NW", 2026).contains(&("2026-06-04".into(), "Fronleichnam".into())));
    assert!(!listed("DE-BE", 2026).iter().any(|(d, _)| d == "2026-06-04"));
    // Germany without a region: only the holidays every state keeps.
    assert!(!listed("DE", 2026).iter().any(|(d, _)| d == "2026-06-04"));
}

#[test]
fn valencia_and_milan_have_their_own_days_with_local_and_english_names() {
    let es = country("ES");
    let vc = holidays_for(&es, Some("VC"), 2026..=2026).unwrap();
    let day_of_vc = vc.iter().find(|h| h.date == day("2026-10-09")).unwrap();
    assert_eq!(day_of_vc.local_name, "Día de la Comunidad Valenciana");
    assert_eq!(day_of_vc.english_name, "Valencian Community Day");
    assert_eq!(es.region_codes(day_of_vc).collect::<Vec<_>>(), ["VC"]);
    assert!(!holidays_for(&es, Some("MD"), 2026..=2026)
        .unwrap()
        .iter()
        .any(|h| h.date == day("2026-10-09")));

    let it = country("IT");
    let milan = holidays_for(&it, Some("MI"), 2026..=2026).unwrap();
    let ambrose = milan.iter().find(|h| h.date == day("2026-12-07")).unwrap();
    assert_eq!(ambrose.local_name, "Sant'Ambrogio");
    assert_eq!(ambrose.english_name, "Saint Ambrose's Day");
    assert!(!holidays_for(&it, Some("RM"), 2026..=2026)
        .unwrap()
        .iter()
        .any(|h| h.date == day("2026-12-07")));
}

#[test]
fn same_day_holidays_keep_their_own_english_names() {
    // Regression: the package sorts one date's names alphabetically, in each language, so
    // pairing them by position gave Whit Monday the English name "Constitution Day".
    let no = country("NO");
    let may17: Vec<(&str, &str)> = no
        .holidays
        .iter()
        .filter(|h| h.date == day("2027-05-17"))
        .map(|h| (h.local_name.as_str(), h.english_name.as_str()))
        .collect();
    assert_eq!(
        may17,
        [
            ("Andre pinsedag", "Pentecost Monday"),
            ("Grunnlovsdag", "Constitution Day")
        ]
    );
}

#[test]
fn observed_and_substituted_days_are_marked() {
    // Christmas 2026 is a Friday: Boxing Day (Saturday) is observed on Monday 28 December.
    let gb = country("GB");
    let eng = holidays_for(&gb, Some("ENG"), 2026..=2026).unwrap();
    let boxing: Vec<&&Holiday> = eng.iter().filter(|h| h.date == day("2026-12-28")).collect();
    assert_eq!(boxing.len(), 1);
    assert_eq!(boxing[0].kind, HolidayKind::Observed);
    assert!(boxing[0].observed());
    assert_eq!(boxing[0].english_name, "Boxing Day (observed)");
    let christmas = eng.iter().find(|h| h.date == day("2026-12-25")).unwrap();
    assert_eq!(christmas.kind, HolidayKind::Holiday);
    assert!(!christmas.observed());

    // China moves working days around the Spring Festival: 20 February 2026 is a day off
    // in exchange for Saturday 14 February.
    let cn = country("CN");
    let feb20 = cn
        .holidays
        .iter()
        .find(|h| h.date == day("2026-02-20"))
        .unwrap();
    assert_eq!(feb20.kind, HolidayKind::Substituted);
    assert_eq!(feb20.english_name, "Day off (substituted from 02/14/2026)");
}

#[test]
fn the_countrys_own_calendar_keeps_holidays_some_regions_do_not() {
    // Washington's Birthday is a federal holiday that not every state keeps.
    let us = country("US");
    let federal = holidays_for(&us, None, 2026..=2026).unwrap();
    assert!(federal
        .iter()
        .any(|h| h.date == day("2026-02-16") && h.local_name == "Washington's Birthday"));
    let washington = federal
        .iter()
        .find(|h| h.date == day("2026-02-16"))
        .unwrap();
    assert!(matches!(
        washington.scope,
        Scope::Listed { national: true, .. }
    ));
    // Texas: Texas Independence Day on 2 March, which the federal calendar does not have.
    let tx = holidays_for(&us, Some("TX"), 2026..=2026).unwrap();
    assert!(tx.iter().any(|h| h.date == day("2026-03-02")));
    assert!(!federal.iter().any(|h| h.date == day("2026-03-02")));
}

#[test]
fn a_region_is_matched_ignoring_case_and_an_unknown_one_lists_the_regions() {
    let de = country("DE");
    assert_eq!(
        holidays_for(&de, Some("be"), 2026..=2026).unwrap(),
        holidays_for(&de, Some("BE"), 2026..=2026).unwrap()
    );
    let e = holidays_for(&de, Some("XX"), 2026..=2026).unwrap_err();
    assert!(matches!(e, Error::UnknownRegion { .. }));
    let message = said(&e);
    assert!(message.starts_with("DE has no region \"XX\""), "{message}");
    assert!(message.contains("BE, BW, BY"), "{message}");
    // Years the file does not cover give nothing; the file says which it covers.
    assert!(holidays_for(&de, Some("BE"), 2031..=2040)
        .unwrap()
        .is_empty());
    assert!(de.covers(2030) && !de.covers(2031));
}

#[test]
fn places_split_into_country_and_region() {
    assert_eq!(
        split_place("DE-BE").unwrap(),
        ("DE".to_string(), Some("BE"))
    );
    assert_eq!(split_place("nz").unwrap(), ("NZ".to_string(), None));
    assert_eq!(
        split_place("NZ-South Canterbury").unwrap(),
        ("NZ".to_string(), Some("South Canterbury"))
    );
    for bad in ["", "D", "DEU", "../etc", "D1", "DE-", "DE- "] {
        assert!(
            matches!(split_place(bad), Err(Error::UnknownCountry(_))),
            "{bad:?}"
        );
    }
}

const SMALL: &str = "meridian-holidays/1\ncountry XY\nsource holidays 0.108\nyears 2026 2027\n\
languages xy en_US\nlocal xy\nenglish en_US\nregions A,B\n\
2026-01-01\t-\t*\tUno\tOne\n2026-02-01\to\t-,B\tDos\t\n2027-03-01\ts\tA,B\tTres\tThree\n";

fn refused_at(text: &str) -> (usize, P) {
    match CountryHolidays::parse(text) {
        Err(Error::HolidayFile { line, problem }) => (line, problem),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn a_small_file_reads_field_by_field() {
    let f = CountryHolidays::parse(SMALL).unwrap();
    assert_eq!(f.languages, ["xy", "en_US"]);
    assert_eq!(f.local_language.as_deref(), Some("xy"));
    assert_eq!(f.holidays.len(), 3);
    assert_eq!(
        f.holidays[1].english_name, "Dos",
        "an empty English name is the local one"
    );
    assert_eq!(
        f.holidays[1].scope,
        Scope::Listed {
            national: true,
            regions: vec![1]
        }
    );
    assert_eq!(f.holidays[2].kind, HolidayKind::Substituted);
    let a: Vec<&str> = holidays_for(&f, Some("A"), 2025..=2030)
        .unwrap()
        .iter()
        .map(|h| h.local_name.as_str())
        .collect();
    assert_eq!(a, ["Uno", "Tres"]);
    let national: Vec<&str> = holidays_for(&f, None, 2025..=2030)
        .unwrap()
        .iter()
        .map(|h| h.local_name.as_str())
        .collect();
    assert_eq!(national, ["Uno", "Dos"]);
    // Windows line ends read the same.
    assert_eq!(
        CountryHolidays::parse(&SMALL.replace('\n', "\r\n")).unwrap(),
        f
    );
}

#[test]
fn a_damaged_file_is_refused_with_its_line() {
    let text = |t: &str| t.to_string();
    let date = |t: &str| P::NotADate {
        text: t.to_string(),
        first: 2026,
        last: 2027,
    };
    let cases: Vec<(&str, &str, usize, P)> = vec![
        (
            "meridian-holidays/1",
            "meridian-holidays/2",
            1,
            P::NotAHolidayFile {
                found: text("meridian-holidays/2"),
            },
        ),
        (
            "country XY",
            "country Xy",
            2,
            P::NotACountryCode { text: text("Xy") },
        ),
        (
            "years 2026 2027",
            "years 2027 2026",
            4,
            P::YearSpan {
                first: 2027,
                last: 2026,
                max: 100,
            },
        ),
        (
            "years 2026 2027",
            "years 0026 2027",
            4,
            P::NotAYear { text: text("0026") },
        ),
        (
            "years 2026 2027",
            "years 2026",
            4,
            P::ExpectedYears {
                found: text("2026"),
            },
        ),
        ("languages xy en_US", "languages xy -", 5, P::DashNotAlone),
        (
            "local xy",
            "local x-y",
            6,
            P::NotALocale { text: text("x-y") },
        ),
        (
            "english en_US",
            "English en_US",
            7,
            P::ExpectedHeader {
                key: "english",
                found: text("English en_US"),
            },
        ),
        (
            "regions A,B",
            "regions A,A",
            8,
            P::RegionTwice { code: text("A") },
        ),
        (
            "regions A,B",
            "regions A,*",
            8,
            P::NotARegionCode {
                text: text("*"),
                max: 64,
            },
        ),
        ("\t-,B\t", "\tB,-\t", 10, P::NotARegion { code: text("-") }),
        (
            "\tA,B\t",
            "\tB,A\t",
            11,
            P::RegionOutOfOrder { code: text("A") },
        ),
        ("\tA,B\t", "\tA,C\t", 11, P::NotARegion { code: text("C") }),
        ("2027-03-01", "2028-03-01", 11, date("2028-03-01")),
        ("2027-03-01", "2026-01-00", 11, date("2026-01-00")),
        ("2026-02-01", "2025-12-31", 10, date("2025-12-31")),
        ("\ts\t", "\tx\t", 11, P::NotAKind { text: text("x") }),
        (
            "\tUno\t",
            "\t \t",
            9,
            P::EmptyName {
                field: HolidayField::LocalName,
            },
        ),
        (
            "\tUno\t",
            "\tU\u{7}no\t",
            9,
            P::ControlCharacter {
                field: HolidayField::LocalName,
            },
        ),
        ("\tThree\n", "\tThree\tFour\n", 11, P::TooManyFields),
        ("\tThree\n", "\n", 11, P::TooFewFields { fields: 4 }),
        ("2026-02-01\to", "2025-12-31\to", 10, date("2025-12-31")),
        (
            "source holidays 0.108",
            "source \u{1b}",
            3,
            P::ControlCharacter {
                field: HolidayField::Source,
            },
        ),
        (
            "\tOne\n",
            "\tO\u{7}ne\n",
            9,
            P::ControlCharacter {
                field: HolidayField::EnglishName,
            },
        ),
    ];
    for (from, to, line, problem) in cases {
        assert!(SMALL.contains(from), "{from}");
        assert_eq!(
            refused_at(&SMALL.replacen(from, to, 1)),
            (line, problem),
            "{to:?}"
        );
    }
    // Out of date order.
    let swapped = SMALL.replace("2026-01-01\t-\t*\tUno", "2026-03-01\t-\t*\tUno");
    assert_eq!(refused_at(&swapped), (10, P::OutOfDateOrder));
    // Cut off: no final line break, or a header line missing.
    assert_eq!(refused_at(SMALL.trim_end()), (0, P::CutOff));
    assert_eq!(
        refused_at("meridian-holidays/1\ncountry XY\n"),
        (0, P::EndsBefore { key: "source" })
    );
    // Empty (before, a file of no bytes was said to be cut off).
    assert_eq!(refused_at(""), (0, P::Empty));
    assert_eq!(refused_at("\n"), (1, P::Empty));
    // Not UTF-8: the byte and its line.
    let mut bytes = SMALL.as_bytes().to_vec();
    bytes[150] = 0xff;
    let line = SMALL.as_bytes()[..150]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1;
    assert_eq!(
        CountryHolidays::from_bytes(&bytes),
        Err(Error::HolidayFile {
            line,
            problem: P::NotUtf8 { byte: 151 }
        })
    );
}

#[test]
fn an_oversized_file_is_refused_at_once_and_a_large_one_is_read_in_linear_time() {
    let huge = "x".repeat(MAX_FILE_BYTES + 1);
    assert_eq!(
        refused_at(&huge),
        (
            0,
            P::FileTooLarge {
                bytes: MAX_FILE_BYTES + 1,
                max: MAX_FILE_BYTES
            }
        )
    );
    // Just under the limit: 20,000 regions and lines listing all of them.
    let codes: Vec<String> = (0..20_000).map(|i| format!("R{i}")).collect();
    let mut text = SMALL.replace("regions A,B", &format!("regions {}", codes.join(",")));
    text = text.lines().take(8).collect::<Vec<_>>().join("\n") + "\n";
    let scope = codes.join(",");
    while text.len() + scope.len() + 40 < MAX_FILE_BYTES {
        text.push_str(&format!("2026-01-01\t-\t{scope}\tUno\t\n"));
    }
    let started = std::time::Instant::now();
    let f = CountryHolidays::parse(&text).unwrap();
    assert_eq!(f.regions.len(), 20_000);
    let r = holidays_for(&f, Some("R19999"), 2026..=2026).unwrap();
    assert_eq!(r.len(), f.holidays.len());
    assert!(started.elapsed().as_secs() < 5, "{:?}", started.elapsed());
}

/// One mutation of a file's text: an edit a damaged download, a hand edit or an attacker makes.
#[derive(Debug, Clone)]
enum Mutation {
    Byte(usize, u8),
    DropLine(usize),
    RepeatLine(usize),
    SwapLines(usize, usize),
    CutAt(usize),
    Insert(usize, String),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Byte(i, b)),
        any::<usize>().prop_map(Mutation::DropLine),
        any::<usize>().prop_map(Mutation::RepeatLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        any::<usize>().prop_map(Mutation::CutAt),
        (
            any::<usize>(),
            prop_oneof![
                Just("\t".to_string()),
                Just(",".to_string()),
                Just("\n".to_string()),
                Just("\r".to_string()),
                Just("*".to_string()),
                Just("-,".to_string()),
                Just("9999-12-31".to_string()),
                Just("\u{0}".to_string()),
                "[ -~]{0,12}",
            ]
        )
            .prop_map(|(i, s)| Mutation::Insert(i, s)),
    ]
}

fn apply(text: &str, mutations: &[Mutation]) -> Vec<u8> {
    let mut bytes = text.as_bytes().to_vec();
    for m in mutations {
        let lines =
            |b: &[u8]| -> Vec<Vec<u8>> { b.split(|&c| c == b'\n').map(<[u8]>::to_vec).collect() };
        match m {
            Mutation::Byte(i, b) if !bytes.is_empty() => {
                let n = bytes.len();
                bytes[i % n] = *b;
            }
            Mutation::DropLine(i) => {
                let mut l = lines(&bytes);
                let n = l.len();
                l.remove(i % n);
                bytes = l.join(&b'\n');
            }
            Mutation::RepeatLine(i) => {
                let mut l = lines(&bytes);
                let n = l.len();
                let line = l[i % n].clone();
                l.insert(i % n, line);
                bytes = l.join(&b'\n');
            }
            Mutation::SwapLines(a, b) => {
                let mut l = lines(&bytes);
                let n = l.len();
                l.swap(a % n, b % n);
                bytes = l.join(&b'\n');
            }
            Mutation::CutAt(i) => {
                let n = bytes.len() + 1;
                bytes.truncate(i % n);
            }
            Mutation::Insert(i, s) => {
                let n = bytes.len() + 1;
                let at = i % n;
                bytes.splice(at..at, s.bytes());
            }
            _ => {}
        }
    }
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// Mutated real files (Germany's, with 17 regions; New Zealand's, with a region code that
    /// has a space) are read or refused with a line, never a panic, and whatever is read keeps
    /// the file's promises: dates within its years and in order, scopes naming its regions.
    #[test]
    fn mutated_files_are_read_or_refused_never_a_panic(
        which in 0..2usize,
        mutations in proptest::collection::vec(mutation(), 1..6),
    ) {
        let original = text(["DE", "NZ"][which]);
        let bytes = apply(&original, &mutations);
        match CountryHolidays::from_bytes(&bytes) {
            Ok(f) => {
                let mut previous = None;
                for h in &f.holidays {
                    prop_assert!(f.years.contains(&h.date.year()));
                    prop_assert!(previous.is_none_or(|p| p <= h.date));
                    previous = Some(h.date);
                    prop_assert!(!h.local_name.trim().is_empty());
                    if let Scope::Listed { regions, .. } = &h.scope {
                        prop_assert!(regions.windows(2).all(|w| w[0] < w[1]));
                        prop_assert!(regions.iter().all(|&i| usize::from(i) < f.regions.len()));
                    }
                }
                for r in f.regions.iter().take(3) {
                    holidays_for(&f, Some(r), 2025..=2030).unwrap();
                }
            }
            Err(Error::HolidayFile { line, problem }) => {
                // The line is one of the file's (0: the whole file), and what the problem
                // repeats from the file is there, cut to an excerpt.
                let lines = bytes.split(|&b| b == b'\n').count();
                prop_assert!(line <= lines, "line {} of {}: {:?}", line, lines, problem);
                let text = String::from_utf8_lossy(&bytes);
                for found in repeated(&problem) {
                    prop_assert!(found.chars().count() <= MAX_ECHO_CHARS + 1, "{:?}", problem);
                    prop_assert!(text.contains(found.trim_end_matches('…')), "{:?}", problem);
                }
            }
            Err(other) => prop_assert!(false, "unexpected error {other:?}"),
        }
    }
}

/// The text from the file a problem repeats.
fn repeated(problem: &P) -> Vec<&str> {
    match problem {
        P::NotAHolidayFile { found }
        | P::ExpectedHeader { found, .. }
        | P::ExpectedYears { found } => vec![found],
        P::NotACountryCode { text }
        | P::NotAYear { text }
        | P::NotALocale { text }
        | P::NotARegionCode { text, .. }
        | P::NotADate { text, .. }
        | P::NotAKind { text } => vec![text],
        P::RegionTwice { code } | P::NotARegion { code } | P::RegionOutOfOrder { code } => {
            vec![code]
        }
        _ => vec![],
    }
}

/// An engine error as a user reads it, in English.
#[allow(dead_code)]
fn said(e: &meridian_engine::Error) -> String {
    meridian_words::error(&meridian_words::Words::english(), e)
}
