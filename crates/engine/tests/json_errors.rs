//! What the JSON reader finds wrong in a schedule file comes back as data
//! (`meridian_engine::JsonProblem`), never as the reader's English: broken documents made from
//! the demo schedules (cut off, a comma, bracket or quote deleted or doubled, values of the
//! wrong kind, unknown fields) each give a classified problem at serde_json's own line and
//! column, and a few read in English exactly as a user sees them.

use meridian_engine::schedule::Schedule;
use meridian_engine::{
    demo, json_problem, Error, JsonExpected, JsonFound, JsonPart, JsonProblem, JsonToken, Problem,
};
use serde_json::Value;

fn said(e: &Error) -> String {
    meridian_words::error(&meridian_words::Words::english(), e)
}

/// Every demo schedule as its file's text.
fn documents() -> Vec<String> {
    demo::ALL.iter().map(|(_, text)| text.to_string()).collect()
}

/// A small deterministic generator (xorshift), so that a failure can be run again.
struct Dice(u64);

impl Dice {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// `text` read as a schedule must be refused with a classified JSON problem at serde_json's
/// position (a syntax error), or with a classified problem at a path (a data error), or with
/// a problem of Meridian's own; never with the reader's raw words. Returns the JSON problem.
fn check(text: &str) -> Option<JsonProblem> {
    let result = Schedule::from_json(text);
    match result {
        Err(Error::Syntax {
            problem: Problem::Json(problem),
            line,
            column,
        }) => {
            let e = serde_json::from_str::<Value>(text).expect_err("serde_json refuses it too");
            assert_eq!((line, column), (e.line(), e.column()), "{text}");
            assert_eq!(problem, json_problem(&e));
            assert!(
                !matches!(problem, JsonProblem::Unclassified(_)),
                "{problem:?} for {text}"
            );
            Some(problem)
        }
        Err(Error::Invalid {
            problem: Problem::Json(problem),
            ..
        }) => {
            assert!(
                !matches!(problem, JsonProblem::Unclassified(_)),
                "{problem:?} for {text}"
            );
            // The same as serde_json says reading the schedule directly, but for a name
            // (a session's `kind`), of which serde_json says only "expected value".
            let e = serde_json::from_str::<Schedule>(text).expect_err("serde refuses it too");
            let direct = json_problem(&e);
            if direct == JsonProblem::Expected(JsonToken::Value) {
                assert!(
                    matches!(
                        &problem,
                        JsonProblem::WrongType {
                            expected: JsonExpected::Text,
                            ..
                        }
                    ),
                    "{problem:?}"
                );
            } else {
                assert_eq!(problem, direct, "{text}");
            }
            Some(problem)
        }
        _ => None,
    }
}

#[test]
fn a_file_cut_off_anywhere_ends_inside_something_at_its_end() {
    let mut kinds = Vec::new();
    for text in documents() {
        let cuts: Vec<usize> = (0..text.trim_end().len())
            .step_by(7)
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for at in cuts {
            let cut = &text[..at];
            let problem = check(cut).unwrap_or_else(|| panic!("cut at {at} is not refused"));
            match problem {
                JsonProblem::EndsInside(part) => kinds.push(part),
                // A number cut after its sign or point.
                JsonProblem::InvalidNumber => {}
                // `tru` for `true`, cut.
                other => panic!("cut at {at}: {other:?}"),
            }
        }
    }
    for part in [
        JsonPart::List,
        JsonPart::Object,
        JsonPart::Text,
        JsonPart::Value,
    ] {
        assert!(kinds.contains(&part), "no cut ends inside {part:?}");
    }
}

#[test]
fn a_comma_bracket_or_quote_deleted_or_doubled_is_classified_where_serde_json_finds_it() {
    let mut dice = Dice(0x5eed_1234_abcd_ef01);
    let mut seen = Vec::new();
    for text in documents() {
        let marks: Vec<usize> = text
            .char_indices()
            .filter(|(_, c)| matches!(c, ',' | '[' | ']' | '{' | '}' | '"' | ':'))
            .map(|(i, _)| i)
            .collect();
        for _ in 0..300 {
            let at = marks[dice.below(marks.len())];
            let mark = &text[at..at + 1];
            let broken = if dice.below(2) == 0 {
                format!("{}{}", &text[..at], &text[at + 1..])
            } else {
                format!("{}{mark}{}", &text[..at], &text[at..])
            };
            if let Some(problem) = check(&broken) {
                if !seen.contains(&problem) {
                    seen.push(problem);
                }
            }
        }
        // The last `}` doubled: more after the end.
        let end = text.rfind('}').unwrap();
        let doubled = format!("{}}}{}", &text[..=end], &text[end + 1..]);
        assert_eq!(check(&doubled), Some(JsonProblem::TextAfterEnd));
    }
    for kind in [
        JsonProblem::Expected(JsonToken::CommaOrObjectEnd),
        JsonProblem::Expected(JsonToken::CommaOrListEnd),
        JsonProblem::Expected(JsonToken::Colon),
        JsonProblem::Expected(JsonToken::Value),
        JsonProblem::KeyNotText,
        JsonProblem::ControlCharacter,
    ] {
        assert!(seen.contains(&kind), "never {kind:?}: {seen:?}");
    }
}

/// Every place in `value`, as a list of steps from the root.
fn places(value: &Value, at: Vec<Step>, out: &mut Vec<Vec<Step>>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let mut here = at.clone();
                here.push(Step::Key(k.clone()));
                places(v, here, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let mut here = at.clone();
                here.push(Step::Index(i));
                places(v, here, out);
            }
        }
        _ => {}
    }
    out.push(at);
}

#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Index(usize),
}

fn at<'a>(value: &'a mut Value, path: &[Step]) -> &'a mut Value {
    path.iter().fold(value, |v, step| match step {
        Step::Key(k) => &mut v[k.as_str()],
        Step::Index(i) => &mut v[*i],
    })
}

#[test]
fn a_value_of_another_kind_anywhere_is_a_wrong_type_in_meridians_kinds() {
    let replacements = [
        serde_json::json!("ninety"),
        serde_json::json!(-7),
        serde_json::json!(2.5),
        serde_json::json!(true),
        serde_json::json!(null),
        serde_json::json!([1]),
        serde_json::json!({"x": 1}),
    ];
    let mut expected_seen = Vec::new();
    let mut found_seen = Vec::new();
    for text in documents() {
        let doc: Value = serde_json::from_str(&text).unwrap();
        let mut all = Vec::new();
        places(&doc, Vec::new(), &mut all);
        for (n, path) in all.iter().enumerate().filter(|(_, p)| !p.is_empty()) {
            let mut broken = doc.clone();
            *at(&mut broken, path) = replacements[n % replacements.len()].clone();
            let broken = serde_json::to_string_pretty(&broken).unwrap();
            if let Some(JsonProblem::WrongType { found, expected }) = check(&broken) {
                if !expected_seen.contains(&expected) {
                    expected_seen.push(expected);
                }
                let kind = std::mem::discriminant(&found);
                if !found_seen.contains(&kind) {
                    found_seen.push(kind);
                }
            }
        }
    }
    for expected in [JsonExpected::Text, JsonExpected::List, JsonExpected::Object] {
        assert!(expected_seen.contains(&expected), "{expected_seen:?}");
    }
    assert!(
        expected_seen
            .iter()
            .any(|e| matches!(e, JsonExpected::WholeNumber { .. })),
        "{expected_seen:?}"
    );
    for found in [
        JsonFound::Text(String::new()),
        JsonFound::Number(String::new()),
        JsonFound::Bool(true),
        JsonFound::Null,
        JsonFound::List,
        JsonFound::Object,
    ] {
        assert!(
            found_seen.contains(&std::mem::discriminant(&found)),
            "never found {found:?}"
        );
    }
}

#[test]
fn an_unknown_field_in_any_object_names_the_fields_it_has() {
    for text in documents() {
        let doc: Value = serde_json::from_str(&text).unwrap();
        let mut all = Vec::new();
        places(&doc, Vec::new(), &mut all);
        let mut unknown = 0;
        for path in &all {
            let mut broken = doc.clone();
            let Value::Object(map) = at(&mut broken, path) else {
                continue;
            };
            map.insert("colour".into(), serde_json::json!("blue"));
            match check(&serde_json::to_string(&broken).unwrap()) {
                Some(JsonProblem::UnknownField { field, allowed }) => {
                    assert_eq!(field, "colour");
                    assert!(!allowed.is_empty() && !allowed.contains(&field));
                    unknown += 1;
                }
                // Teaching hours are keyed by weekday: "colour" is no weekday.
                None => assert!(
                    matches!(path.last(), Some(Step::Key(k)) if k == "teaching_hours"),
                    "{path:?}"
                ),
                Some(other) => panic!("{path:?}: {other:?}"),
            }
        }
        assert!(unknown > 10, "{unknown}");
    }
}

#[test]
fn what_a_user_reads_for_a_broken_file() {
    let e = Schedule::from_json("{\"format\": \"meridian/1\",\n \"id\": }").unwrap_err();
    assert_eq!(
        said(&e),
        "line 2, column 8: a value is expected here: text in quotes, a number, `true`, `false`, \
         `null`, a list or an object"
    );
    let e = Schedule::from_json("{\"format\": \"meridian/1\",\n \"id\": [\"a\"").unwrap_err();
    assert_eq!(
        said(&e),
        "line 2, column 11: the file ends inside a list: a `[` has no closing `]` (was the file \
         cut off?)"
    );
    let e = Schedule::from_json("{\"format\": \"meridian/1\" \"id\": 1}").unwrap_err();
    assert_eq!(
        said(&e),
        "line 1, column 25: a `,` between two entries or a `}` closing the object is missing"
    );
    let e = Schedule::from_json("{\"format\": \"meridian/1\", \"id\": \"x\",}").unwrap_err();
    assert_eq!(
        said(&e),
        "line 1, column 36: a `,` stands before a closing `]` or `}`; remove it"
    );
}

#[test]
fn what_a_user_reads_for_a_wrong_value_or_field() {
    let text = demo::GMA_SPRING_2027;
    let doc: Value = serde_json::from_str(text).unwrap();
    let mut broken = doc.clone();
    broken["sessions"][0]["duration_minutes"] = serde_json::json!("ninety");
    let e = Schedule::from_json(&broken.to_string()).unwrap_err();
    assert_eq!(
        said(&e),
        "sessions[0].duration_minutes: the text \"ninety\" where a whole number belongs"
    );
    let mut broken = doc.clone();
    broken["sessions"][0]["duration_minutes"] = serde_json::json!(-1);
    let e = Schedule::from_json(&broken.to_string()).unwrap_err();
    assert_eq!(
        said(&e),
        "sessions[0].duration_minutes: the number -1 is out of range: a whole number from 0 to \
         4294967295 belongs here"
    );
    let mut broken = doc.clone();
    broken["sessions"][0]["kind"] = serde_json::json!("lesson");
    let e = Schedule::from_json(&broken.to_string()).unwrap_err();
    assert_eq!(
        said(&e),
        "sessions[0].kind: \"lesson\" is not allowed here; allowed are joint-lecture, lecture, lab, seminar, tutorial, exam, office-hours, other"
    );
    // serde_json's reader of names says only "expected value" for a number there: the
    // reader says what it found.
    let mut broken = doc.clone();
    broken["sessions"][0]["kind"] = serde_json::json!(5);
    let e = Schedule::from_json(&broken.to_string()).unwrap_err();
    assert_eq!(
        said(&e),
        "sessions[0].kind: the number 5 where text in quotes belongs"
    );
    let mut broken = doc.clone();
    broken["term"]["colour"] = serde_json::json!("blue");
    let e = Schedule::from_json(&broken.to_string()).unwrap_err();
    assert_eq!(
        said(&e),
        "term.colour: \"colour\" is not a field here (misspelt?); the fields here are start, end"
    );
    let mut broken = doc.clone();
    broken["term"].as_object_mut().unwrap().remove("end");
    let e = Schedule::from_json(&broken.to_string()).unwrap_err();
    assert_eq!(
        said(&e),
        "term.end: missing; the field \"end\" must be given here"
    );
}
