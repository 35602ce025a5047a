//! What the JSON reader found wrong in a file, worded: every kind of
//! `meridian_engine::JsonProblem` reads in each language in that language's own words (never
//! English behind it), and shows the names and numbers it carries.

mod support;

use meridian_engine::{
    Error, JsonExpected as E, JsonFound as F, JsonPart, JsonProblem as P, JsonToken, Problem,
};
use meridian_words::{Words, LANGUAGES};

/// One of every kind the catalogues word (all but the reader's own words), with the values a
/// reader must see in it.
fn problems() -> Vec<(P, Vec<&'static str>)> {
    let mut out = Vec::new();
    for part in [
        JsonPart::List,
        JsonPart::Object,
        JsonPart::Text,
        JsonPart::Value,
    ] {
        out.push((P::EndsInside(part), vec![]));
    }
    for token in [
        JsonToken::Colon,
        JsonToken::CommaOrListEnd,
        JsonToken::CommaOrObjectEnd,
        JsonToken::Value,
        JsonToken::Quote,
        JsonToken::Literal,
    ] {
        out.push((P::Expected(token), vec![]));
    }
    for p in [
        P::InvalidEscape,
        P::InvalidNumber,
        P::NumberOutOfRange,
        P::InvalidUnicode,
        P::ControlCharacter,
        P::KeyNotText,
        P::TrailingComma,
        P::TextAfterEnd,
        P::TooDeep,
    ] {
        out.push((p, vec![]));
    }
    let founds = [
        (F::Text("neunzig".into()), "neunzig"),
        (F::Number("-7".into()), "-7"),
        (F::Bool(true), "true"),
        (F::Null, "null"),
        (F::List, ""),
        (F::Object, ""),
    ];
    let expecteds = [
        E::Text,
        E::WholeNumber { min: 0, max: 255 },
        E::Number,
        E::Bool,
        E::Null,
        E::List,
        E::Object,
    ];
    for (found, shown) in founds {
        for expected in &expecteds {
            out.push((
                P::WrongType {
                    found: found.clone(),
                    expected: expected.clone(),
                },
                vec![shown],
            ));
        }
    }
    out.push((
        P::OutOfRange {
            found: F::Number("300".into()),
            expected: E::WholeNumber { min: 0, max: 255 },
        },
        vec!["300", "255"],
    ));
    out.push((
        P::UnknownField {
            field: "colour".into(),
            allowed: vec!["start".into(), "end".into()],
        },
        vec!["colour", "start, end"],
    ));
    out.push((
        P::UnknownField {
            field: "colour".into(),
            allowed: vec![],
        },
        vec!["colour"],
    ));
    out.push((
        P::UnknownValue {
            value: "seminar".into(),
            allowed: vec!["lecture".into(), "tutorial".into()],
        },
        vec!["seminar", "lecture, tutorial"],
    ));
    for (length, expected) in [
        (1, Some(2)),
        (3, Some(1)),
        (5, Some(22)),
        (2, None),
        (1, None),
    ] {
        out.push((P::WrongLength { length, expected }, vec![]));
    }
    out.push((
        P::DuplicateField {
            field: "title".into(),
        },
        vec!["title"],
    ));
    out.push((
        P::MissingField {
            field: "start".into(),
        },
        vec!["start"],
    ));
    out
}

fn syntax(problem: &P) -> Error {
    Error::Syntax {
        problem: Problem::Json(problem.clone()),
        line: 3,
        column: 14,
    }
}

#[test]
fn every_json_problem_reads_in_every_language_in_its_own_words() {
    let en = Words::english();
    for language in LANGUAGES.iter().skip(1) {
        let words = support::words(language.code);
        for (problem, values) in problems() {
            let said = meridian_words::json_problem(&words, &problem);
            let english = meridian_words::json_problem(&en, &problem);
            assert_ne!(
                said, english,
                "{}: {problem:?} reads in English",
                language.code
            );
            assert!(!said.contains("problem-json"), "{}: {said}", language.code);
            for value in values {
                assert!(
                    said.contains(value),
                    "{}: {said:?} does not show {value:?}",
                    language.code
                );
            }
            // With its line and column, as a file's error reads.
            let whole = meridian_words::error(&words, &syntax(&problem));
            assert!(whole.contains("3") && whole.contains("14"), "{whole}");
            assert!(whole.contains(&said), "{whole}");
        }
    }
}

#[test]
fn a_polish_coordinator_reads_a_broken_file_in_polish() {
    let pl = support::words("pl");
    assert_eq!(
        meridian_words::error(&pl, &syntax(&P::Expected(JsonToken::CommaOrObjectEnd))),
        "wiersz 3, kolumna 14: brakuje `,` między dwoma wpisami albo `}` zamykającego obiekt"
    );
    assert_eq!(
        meridian_words::error(
            &pl,
            &Error::Invalid {
                path: "sessions[0].duration_minutes".into(),
                problem: Problem::Json(P::WrongType {
                    found: F::Text("dziewięćdziesiąt".into()),
                    expected: E::WholeNumber {
                        min: 0,
                        max: 4_294_967_295
                    },
                }),
            }
        ),
        "sessions[0].duration_minutes: w tym miejscu jest tekst „dziewięćdziesiąt”, a należy \
         podać liczbę całkowitą"
    );
}

#[test]
fn what_serde_json_says_in_english_never_reaches_the_reader() {
    let en = Words::english();
    for (problem, _) in problems() {
        let said = meridian_words::json_problem(&en, &problem);
        for serde_words in [
            "EOF while",
            "expected `",
            "invalid type",
            "unknown field",
            "expected ident",
            "trailing characters",
        ] {
            assert!(!said.contains(serde_words), "{said}");
        }
    }
}

#[test]
fn only_the_readers_unclassified_words_pass_through_as_they_are() {
    let en = Words::english();
    let odd = P::Unclassified("data did not match any variant of untagged enum X".into());
    assert_eq!(
        meridian_words::json_problem(&en, &odd),
        "data did not match any variant of untagged enum X"
    );
}
