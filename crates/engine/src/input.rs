//! Untrusted input before it is read as a schedule: the bytes of a file as text (UTF-8 with or
//! without a byte order mark, UTF-16 with one), and the shape of its JSON (a list where an
//! object belongs is refused, since serde would read it as the object's fields in order).
//!
//! Everything here is linear in the input and bounded by [`MAX_DOCUMENT_BYTES`].

use crate::{Error, Problem};
use serde_json::Value;

/// The largest schedule file Meridian reads, in bytes (as UTF-8, or UTF-16 before decoding).
/// A schedule of 10,000 sessions with notes is a few megabytes.
pub const MAX_DOCUMENT_BYTES: usize = 32 * 1024 * 1024;

/// A document's bytes as text: UTF-8 (a byte order mark is dropped), or UTF-16 little- or
/// big-endian with its byte order mark (as Windows tools write it). Invalid text is refused with
/// its line and column (1-based, in characters) and byte offset.
pub fn document_text(bytes: &[u8]) -> Result<String, Error> {
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(Error::Syntax {
            problem: Problem::FileTooLarge {
                bytes: bytes.len(),
                max: MAX_DOCUMENT_BYTES,
            },
            line: 1,
            column: 1,
        });
    }
    match bytes {
        [0xef, 0xbb, 0xbf, rest @ ..] => utf8(rest, 3),
        [0xff, 0xfe, rest @ ..] => utf16(rest, u16::from_le_bytes),
        [0xfe, 0xff, rest @ ..] => utf16(rest, u16::from_be_bytes),
        _ => utf8(bytes, 0),
    }
}

/// 1-based line and column (in characters) of byte `at` of `text` (`at` on a char boundary).
fn position(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[start..].chars().count() + 1)
}

fn utf8(bytes: &[u8], offset: usize) -> Result<String, Error> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let good = std::str::from_utf8(&bytes[..at]).unwrap_or_default();
            let (line, column) = position(good, at);
            Err(Error::Syntax {
                problem: Problem::NotUtf8 {
                    byte: offset + at + 1,
                    value: bytes[at],
                },
                line,
                column,
            })
        }
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, Error> {
    let units = bytes.chunks(2).map(|c| match c {
        [a, b] => Ok(unit([*a, *b])),
        _ => Err(()),
    });
    let mut out = String::with_capacity(bytes.len());
    let mut units = units.peekable();
    let bad = |out: &String, problem: Problem| {
        let (line, column) = position(out, out.len());
        Error::Syntax {
            problem,
            line,
            column,
        }
    };
    while let Some(u) = units.next() {
        let Ok(u) = u else {
            return Err(bad(&out, Problem::OddByteUtf16));
        };
        let c = match u {
            0xd800..=0xdbff => match units.peek() {
                Some(Ok(low @ 0xdc00..=0xdfff)) => {
                    let c = 0x10000 + ((u32::from(u) - 0xd800) << 10) + (u32::from(*low) - 0xdc00);
                    units.next();
                    char::from_u32(c)
                }
                _ => None,
            },
            _ => char::from_u32(u32::from(u)),
        };
        match c {
            Some(c) => out.push(c),
            None => return Err(bad(&out, Problem::LoneSurrogate)),
        }
    }
    Ok(out)
}

/// A key as a path shows it: an excerpt, so that paths stay short whatever the keys.
fn key(k: &str) -> String {
    crate::error::excerpt(k, crate::error::MAX_ECHO_CHARS).into_owned()
}

/// Keys whose value is a list in a schedule document (of objects or of strings); a list
/// anywhere else stands where an object, a string or a number belongs.
const LIST_KEYS: &[&str] = &[
    "campuses",
    "cohorts",
    "lecturers",
    "rooms",
    "sessions",
    "busy",
    "closures",
    "holidays_off",
    "periods",
    "weekdays",
    "skip",
    "changes",
    "blocks",
];

/// Refuses a list where the schedule format has an object (or a single value), with its path:
/// serde reads `"term": ["2026-09-01", "2026-12-18"]` as a term and `"repeat": []` as a weekly
/// series with every field defaulted, which silently changes what a file says. No list in the
/// format holds lists.
pub(crate) fn refuse_misplaced_lists(value: &Value) -> Result<(), Error> {
    let Value::Object(top) = value else {
        return Err(Error::Invalid {
            path: String::new(),
            problem: Problem::NotAnObject,
        });
    };
    // An explicit stack: the depth is the document's (serde_json limits it to 128).
    let mut stack: Vec<(String, &Value, bool)> = top
        .iter()
        .map(|(k, v)| (key(k), v, LIST_KEYS.contains(&k.as_str())))
        .collect();
    while let Some((path, v, list_allowed)) = stack.pop() {
        match v {
            Value::Array(_) if !list_allowed => {
                return Err(Error::Invalid {
                    path,
                    problem: Problem::MisplacedList,
                });
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    stack.push((format!("{path}[{i}]"), item, false));
                }
            }
            Value::Object(map) => {
                for (k, item) in map {
                    let list = LIST_KEYS.contains(&k.as_str());
                    stack.push((format!("{path}.{}", key(k)), item, list));
                }
            }
            _ => {}
        }
    }
    Ok(())
}
