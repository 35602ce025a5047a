//! What the JSON reader (serde_json, with serde's derived readers) found wrong with a document,
//! as data a front end words: [`json_problem`] classifies the reader's error once, for every
//! reader of JSON in Meridian (schedule files, the stored-schedule list).
//!
//! serde_json and serde report only text; the set of texts is finite (serde_json's `ErrorCode`
//! and serde's `de::Error` constructors with `Unexpected` and the derive's `expecting`), so the
//! classification reads it back. What is not one of those texts is kept as the reader's own
//! words ([`JsonProblem::Unclassified`]).

use crate::error::found;

/// Where a document that ends too early ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonPart {
    /// Inside a list (`[` without its `]`).
    List,
    /// Inside an object (`{` without its `}`).
    Object,
    /// Inside a text (a `"` without its closing `"`).
    Text,
    /// Where a value should follow (after `:` or `,`, or an empty file).
    Value,
}

impl JsonPart {
    /// A stable key (`list`, `object`, `text`, `value`), which message catalogues select on.
    pub fn key(self) -> &'static str {
        match self {
            JsonPart::List => "list",
            JsonPart::Object => "object",
            JsonPart::Text => "text",
            JsonPart::Value => "value",
        }
    }
}

/// What the reader expected where it found something else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonToken {
    /// `:` after a key.
    Colon,
    /// `,` or `]` after an item of a list.
    CommaOrListEnd,
    /// `,` or `}` after a value in an object.
    CommaOrObjectEnd,
    /// A value: text in quotes, a number, `true`, `false`, `null`, a list or an object.
    Value,
    /// `"`, opening a key.
    Quote,
    /// `true`, `false` or `null` (one of them is misspelt).
    Literal,
}

impl JsonToken {
    /// A stable key (`colon`, `comma-or-list-end`, `comma-or-object-end`, `value`, `quote`,
    /// `literal`), which message catalogues select on.
    pub fn key(self) -> &'static str {
        match self {
            JsonToken::Colon => "colon",
            JsonToken::CommaOrListEnd => "comma-or-list-end",
            JsonToken::CommaOrObjectEnd => "comma-or-object-end",
            JsonToken::Value => "value",
            JsonToken::Quote => "quote",
            JsonToken::Literal => "literal",
        }
    }
}

/// A value the reader found where another kind belongs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonFound {
    /// Text in quotes, as found (an excerpt of at most [`MAX_ECHO_CHARS`](crate::MAX_ECHO_CHARS)
    /// characters).
    Text(String),
    /// A number, as the reader wrote it (`-1`, `1.5`).
    Number(String),
    /// `true` or `false`.
    Bool(bool),
    /// `null`.
    Null,
    /// A list (`[…]`).
    List,
    /// An object (`{…}`).
    Object,
}

/// The kind of value a place in the document takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonExpected {
    /// Text in quotes (names, ids, dates and times are text).
    Text,
    /// A whole number from `min` to `max`.
    WholeNumber {
        /// The least it may be.
        min: i64,
        /// The most it may be.
        max: u64,
    },
    /// A number, with or without a fraction.
    Number,
    /// `true` or `false`.
    Bool,
    /// `null`.
    Null,
    /// A list (`[…]`).
    List,
    /// An object (`{…}`).
    Object,
}

/// What the JSON reader found wrong, as data: the front end words it
/// (`meridian_words::error`). Made by [`json_problem`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonProblem {
    /// The text ends before what it opened is closed: it was cut off.
    EndsInside(JsonPart),
    /// Something other than what belongs there (a missing comma, colon or quote).
    Expected(JsonToken),
    /// A backslash in a text that starts no escape (`\q`), or a `\u` escape cut short.
    InvalidEscape,
    /// A number written in a way JSON does not allow (`01`, `1.`, `+1`).
    InvalidNumber,
    /// A number too large for the reader.
    NumberOutOfRange,
    /// A `\u` escape that is no character (half of a surrogate pair).
    InvalidUnicode,
    /// A control character (a line break, a tab) written as it is inside a text.
    ControlCharacter,
    /// A key of an object that is not text in quotes.
    KeyNotText,
    /// A comma before a closing `]` or `}`.
    TrailingComma,
    /// More text after the document's end (or after the last item a list may have).
    TextAfterEnd,
    /// Lists and objects nested deeper than the reader follows (128 levels).
    TooDeep,
    /// A value of another kind than the place takes.
    WrongType {
        /// What was found.
        found: JsonFound,
        /// What the place takes.
        expected: JsonExpected,
    },
    /// A value of the right kind but outside what the place takes (a negative count).
    OutOfRange {
        /// What was found.
        found: JsonFound,
        /// What the place takes.
        expected: JsonExpected,
    },
    /// A key the object does not have (misspelt, or from another format).
    UnknownField {
        /// The key as found (an excerpt).
        field: String,
        /// The keys the object has.
        allowed: Vec<String>,
    },
    /// A name that is none of those the place allows.
    UnknownValue {
        /// The name as found (an excerpt).
        value: String,
        /// The names it allows.
        allowed: Vec<String>,
    },
    /// A list with another number of items than the place takes.
    WrongLength {
        /// How many items it has.
        length: usize,
        /// How many it should have, when the reader says.
        expected: Option<usize>,
    },
    /// A key given twice in one object.
    DuplicateField {
        /// The key.
        field: String,
    },
    /// A key the object must have and does not.
    MissingField {
        /// The key.
        field: String,
    },
    /// What the reader said in a way none of the above reads: its own words, a third party's
    /// English (serde_json's or serde's), which Meridian cannot translate. Bounded to
    /// [`MAX_MESSAGE_CHARS`](crate::MAX_MESSAGE_CHARS) characters.
    Unclassified(String),
}

/// `e` (serde_json's reader failed on a document) as the engine's error: what it says is wrong
/// ([`json_problem`]) at its line and column. Every reader of a JSON document Meridian keeps or
/// is given (a schedule file, the app's list of stored schedules) reports it so.
pub fn json_syntax_error(e: &serde_json::Error) -> crate::Error {
    crate::Error::Syntax {
        problem: crate::Problem::Json(json_problem(e)),
        line: e.line(),
        column: e.column(),
    }
}

/// What `e` (an error of serde_json's reader, syntax or data) says is wrong, as data; its line
/// and column are `e.line()` and `e.column()`. The one place Meridian reads serde_json's and
/// serde's messages.
pub fn json_problem(e: &serde_json::Error) -> JsonProblem {
    let text = e.to_string();
    let position = format!(" at line {} column {}", e.line(), e.column());
    let message = match text.strip_suffix(&position) {
        Some(m) if e.line() != 0 => m,
        _ => text.as_str(),
    };
    classify(message).unwrap_or_else(|| {
        JsonProblem::Unclassified(crate::excerpt(message, crate::MAX_MESSAGE_CHARS).into_owned())
    })
}

/// What is at `path` (a JSON path as `serde_path_to_error` writes it, `sessions[0].kind`) in
/// `document`, as a problem names what was found; `None` when the path leads nowhere.
pub(crate) fn found_at(document: &serde_json::Value, path: &str) -> Option<JsonFound> {
    use serde_json::Value as V;
    let mut here = document;
    for part in path.split('.') {
        let (key, indices) = part.split_once('[').unwrap_or((part, ""));
        if !key.is_empty() {
            here = here.as_object()?.get(key)?;
        }
        for index in indices.split('[').filter(|i| !i.is_empty()) {
            here = here
                .as_array()?
                .get(index.strip_suffix(']')?.parse::<usize>().ok()?)?;
        }
    }
    Some(match here {
        V::String(s) => JsonFound::Text(found(s)),
        V::Number(n) => JsonFound::Number(n.to_string()),
        V::Bool(b) => JsonFound::Bool(*b),
        V::Null => JsonFound::Null,
        V::Array(_) => JsonFound::List,
        V::Object(_) => JsonFound::Object,
    })
}

/// `message` (without its position) classified, or `None`.
pub(crate) fn classify(message: &str) -> Option<JsonProblem> {
    use JsonProblem as P;
    let fixed = match message {
        "EOF while parsing a list" => Some(P::EndsInside(JsonPart::List)),
        "EOF while parsing an object" => Some(P::EndsInside(JsonPart::Object)),
        "EOF while parsing a string" => Some(P::EndsInside(JsonPart::Text)),
        "EOF while parsing a value" => Some(P::EndsInside(JsonPart::Value)),
        "expected `:`" => Some(P::Expected(JsonToken::Colon)),
        "expected `,` or `]`" => Some(P::Expected(JsonToken::CommaOrListEnd)),
        "expected `,` or `}`" => Some(P::Expected(JsonToken::CommaOrObjectEnd)),
        "expected ident" => Some(P::Expected(JsonToken::Literal)),
        "expected value" => Some(P::Expected(JsonToken::Value)),
        "expected `\"`" => Some(P::Expected(JsonToken::Quote)),
        "invalid escape" | "unexpected end of hex escape" => Some(P::InvalidEscape),
        "invalid number" => Some(P::InvalidNumber),
        "number out of range" => Some(P::NumberOutOfRange),
        "invalid unicode code point" | "lone leading surrogate in hex escape" => {
            Some(P::InvalidUnicode)
        }
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            Some(P::ControlCharacter)
        }
        "key must be a string" => Some(P::KeyNotText),
        "trailing comma" => Some(P::TrailingComma),
        "trailing characters" => Some(P::TextAfterEnd),
        "recursion limit exceeded" => Some(P::TooDeep),
        _ => None,
    };
    if fixed.is_some() {
        return fixed;
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, expected) = found_and_expected(rest)?;
        return Some(P::WrongType { found, expected });
    }
    if let Some(rest) = message.strip_prefix("invalid value: ") {
        let (found, expected) = found_and_expected(rest)?;
        return Some(P::OutOfRange { found, expected });
    }
    if let Some(rest) = message.strip_prefix("invalid length ") {
        let (length, expected) = rest.split_once(", expected ")?;
        return Some(P::WrongLength {
            length: length.parse().ok()?,
            expected: expected_count(expected),
        });
    }
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let (field, allowed) = name_and_allowed(rest, "fields")?;
        return Some(P::UnknownField { field, allowed });
    }
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        let (value, allowed) = name_and_allowed(rest, "variants")?;
        return Some(P::UnknownValue { value, allowed });
    }
    if let Some(field) = quoted_field(message, "missing field `") {
        return Some(P::MissingField { field });
    }
    if let Some(field) = quoted_field(message, "duplicate field `") {
        return Some(P::DuplicateField { field });
    }
    None
}

/// The field of serde's "missing field `x`" or "duplicate field `x`".
fn quoted_field(message: &str, prefix: &str) -> Option<String> {
    let field = message.strip_prefix(prefix)?.strip_suffix('`')?;
    Some(found(field))
}

/// A name and serde's list of allowed names after it: "x`, expected `a` or `b`", or
/// "x`, there are no fields".
fn name_and_allowed(rest: &str, none: &str) -> Option<(String, Vec<String>)> {
    if let Some(name) = rest.strip_suffix(&format!("`, there are no {none}")) {
        return Some((found(name), Vec::new()));
    }
    // The name may hold anything (even "`, expected "); the allowed names are identifiers.
    let i = rest.rfind("`, expected ")?;
    let allowed = rest[i + "`, expected ".len()..].trim_start_matches("one of ");
    let names: Vec<String> = allowed
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect();
    (!names.is_empty()).then(|| (found(&rest[..i]), names))
}

/// serde's `Unexpected` and the `Expected` after it: "string \"x\", expected u32".
fn found_and_expected(rest: &str) -> Option<(JsonFound, JsonExpected)> {
    let (found, after) = if let Some(s) = rest.strip_prefix("string \"") {
        let (text, end) = debug_string(s)?;
        (JsonFound::Text(crate::error::found(&text)), &s[end..])
    } else {
        let i = rest.find(", expected ")?;
        let (what, after) = rest.split_at(i);
        let number = |n: &str| n.strip_prefix('`')?.strip_suffix('`').map(str::to_string);
        let found = match what {
            "boolean `true`" => JsonFound::Bool(true),
            "boolean `false`" => JsonFound::Bool(false),
            // serde_json's word for serde's "unit value".
            "null" | "unit value" => JsonFound::Null,
            "sequence" => JsonFound::List,
            "map" => JsonFound::Object,
            "number" => JsonFound::Number(String::new()),
            _ => {
                let n = what
                    .strip_prefix("integer ")
                    .or_else(|| what.strip_prefix("floating point "))?;
                JsonFound::Number(number(n)?)
            }
        };
        (found, after)
    };
    let expected = expected_kind(after.strip_prefix(", expected ")?)?;
    Some((found, expected))
}

/// A Rust `Debug`-quoted string's text (after the opening quote) and the byte index after its
/// closing quote.
fn debug_string(s: &str) -> Option<(String, usize)> {
    let mut out = String::new();
    let mut chars = s.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, i + 1)),
            '\\' => match chars.next()?.1 {
                'n' => out.push('\n'),
                'r' => out.push('\r'),
                't' => out.push('\t'),
                '0' => out.push('\0'),
                'u' => {
                    let mut hex = String::new();
                    chars.next().filter(|(_, c)| *c == '{')?;
                    for (_, c) in chars.by_ref() {
                        if c == '}' {
                            break;
                        }
                        hex.push(c);
                    }
                    out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                }
                other => out.push(other),
            },
            c => out.push(c),
        }
    }
    None
}

/// What serde's `Expected` text (a primitive's name, a derived type's `expecting`, the engine's
/// own visitors') takes, in Meridian's kinds.
fn expected_kind(expected: &str) -> Option<JsonExpected> {
    use JsonExpected as E;
    let whole = |min: i64, max: u64| Some(E::WholeNumber { min, max });
    match expected {
        "a string" | "a borrowed string" | "a character" | "string" => Some(E::Text),
        "u8" => whole(0, u8::MAX.into()),
        "u16" => whole(0, u16::MAX.into()),
        "u32" => whole(0, u32::MAX.into()),
        "u64" | "u128" | "usize" => whole(0, u64::MAX),
        "i8" => whole(i8::MIN.into(), 127),
        "i16" => whole(i16::MIN.into(), 32_767),
        "i32" => whole(i32::MIN.into(), 2_147_483_647),
        "i64" | "i128" | "isize" => whole(i64::MIN, 9_223_372_036_854_775_807),
        "f32" | "f64" => Some(E::Number),
        "a boolean" => Some(E::Bool),
        "unit" => Some(E::Null),
        "a sequence" => Some(E::List),
        "a map" => Some(E::Object),
        e if e.starts_with("a tuple of size ")
            || e.starts_with("an array of length ")
            || e.starts_with("tuple struct ")
            || e.starts_with("tuple variant ") =>
        {
            Some(E::List)
        }
        e if e.starts_with("struct ")
            || e.starts_with("an object")
            || e.starts_with("internally tagged enum ")
            || e.starts_with("adjacently tagged enum ") =>
        {
            Some(E::Object)
        }
        _ => None,
    }
}

/// The number of items in serde's `Expected` for a length ("a tuple of size 2", "struct Term
/// with 2 elements", "an array of length 3").
fn expected_count(expected: &str) -> Option<usize> {
    let last = expected.rsplit(' ').find(|w| w.parse::<usize>().is_ok())?;
    last.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_string_with_quotes_and_the_word_expected_is_read_whole() {
        let found = r#"string "a\", expected \"b\n", expected u32"#;
        assert_eq!(
            classify(&format!("invalid type: {found}")),
            Some(JsonProblem::WrongType {
                found: JsonFound::Text("a\", expected \"b\n".into()),
                expected: JsonExpected::WholeNumber {
                    min: 0,
                    max: u32::MAX.into()
                },
            })
        );
    }

    #[test]
    fn an_unknown_field_with_a_backtick_keeps_its_name_and_the_allowed_ones() {
        assert_eq!(
            classify("unknown field `a`, expected `b`, expected one of `id`, `name`, `term`"),
            Some(JsonProblem::UnknownField {
                field: "a`, expected `b".into(),
                allowed: vec!["id".into(), "name".into(), "term".into()],
            })
        );
        assert_eq!(
            classify("unknown variant `x`, expected `a` or `b`"),
            Some(JsonProblem::UnknownValue {
                value: "x".into(),
                allowed: vec!["a".into(), "b".into()],
            })
        );
    }
}
