//! `make fuzz`: three targets over the doors untrusted input comes through.
//!
//! - [`fuzz`]: random and mutated share links, and valid links as mail clients, chat apps and
//!   redirectors pass them on, thrown at the decoder.
//! - [`fuzz_schedules`]: schedule files made by structured mutation of a schedule's JSON (values
//!   swapped for hostile ones, lists for objects, seconds, huge names), then written as UTF-8,
//!   with a byte order mark, as UTF-16 or with a bad byte.
//! - [`fuzz_calendars`]: calendar files (the demos' exports, an Outlook-style file) mutated line
//!   by line and read as a partner's busy time.
//!
//! Every input must give a schedule or a typed error within [`MAX_MS_PER_INPUT`]; every schedule
//! accepted must keep its meaning through a save (JSON) and a share (link) and back, and a
//! valid link wrapped as senders wrap it must open the same schedule. A failure panics; the
//! panic hook prints the input that caused it.

use crate::Rng;
use meridian_engine::link::{decode, encode, link_of_bytes, LinkKind, MAX_UNPACKED_BYTES};
use meridian_engine::schedule::{CampusId, CohortId};
use meridian_engine::Schedule;
use meridian_engine::{demo, Error, JsonProblem, LinkProblem, Problem};
use serde_json::Value;
use std::cell::RefCell;
use std::collections::BTreeMap;

thread_local! {
    static CURRENT: RefCell<String> = const { RefCell::new(String::new()) };
}

/// What a fuzz run saw.
#[derive(Debug, Default)]
pub struct FuzzReport {
    /// Inputs decoded.
    pub runs: u64,
    /// How many ended how ("schedule", "cut off", "damaged", …).
    pub outcomes: BTreeMap<&'static str, u64>,
    /// The slowest decode, milliseconds, and what kind of input it was.
    pub slowest_ms: f64,
    /// The kind of input of the slowest decode.
    pub slowest_kind: &'static str,
    /// The first 120 characters of the slowest input.
    pub slowest_input: String,
}

/// The most milliseconds one input may take (in a release build; tests in debug builds pass
/// their own budget): the bound the decoder and the file reader promise, with room for a
/// loaded machine.
pub const MAX_MS_PER_INPUT: f64 = 2000.0;

impl FuzzReport {
    fn record(
        &mut self,
        outcome: &'static str,
        kind: &'static str,
        input: &str,
        ms: f64,
        budget: f64,
    ) {
        *self.outcomes.entry(outcome).or_default() += 1;
        if ms > self.slowest_ms {
            self.slowest_ms = ms;
            self.slowest_kind = kind;
            self.slowest_input = meridian_engine::excerpt(input, 120).into_owned();
        }
        assert!(
            ms <= budget,
            "{kind} input took {ms:.0} ms (budget {budget} ms): {}",
            meridian_engine::excerpt(input, 300)
        );
        self.runs += 1;
    }
}

fn outcome(r: &Result<meridian_engine::link::SharedSchedule, Error>) -> &'static str {
    match r {
        Ok(_) => "opened a schedule",
        Err(Error::BadLink(LinkProblem::CutOff)) => "cut off",
        Err(Error::BadLink(LinkProblem::Damaged)) => "damaged",
        Err(Error::BadLink(LinkProblem::NotALink)) => "not a link",
        Err(Error::BadLink(LinkProblem::Newer { .. })) => "newer version",
        Err(Error::BadLink(LinkProblem::TooLong { .. })) => "too long",
        Err(Error::BadLink(LinkProblem::InvalidSchedule { .. })) => {
            "schedule refused by validation"
        }
        Err(_) => "other error",
    }
}

/// Installs a panic hook that prints the input being decoded (then the default hook runs).
pub fn report_panicking_input() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        CURRENT.with(|c| eprintln!("meridian-fuzz: the decoder panicked on: {}", c.borrow()));
        default(info);
    }));
}

/// Decodes `runs` inputs made from seed `seed`, timing each with `now` (milliseconds); each
/// must take at most `budget_ms`.
pub fn fuzz(runs: u64, seed: u64, now: &dyn Fn() -> f64, budget_ms: f64) -> FuzzReport {
    let mut rng = Rng(seed | 1);
    let enhance = demo::load("enhance-autumn-2026").unwrap_or_else(|e| panic!("{e}"));
    let gma = demo::load("gma-spring-2027").unwrap_or_else(|e| panic!("{e}"));
    let seeds: Vec<String> = vec![
        encode(&enhance, &LinkKind::Edit).unwrap_or_default(),
        encode(&gma, &LinkKind::Edit).unwrap_or_default(),
        encode(
            &enhance,
            &LinkKind::View {
                campus: None,
                cohort: Some(CohortId::from("ntnu-msc1")),
            },
        )
        .unwrap_or_default(),
        encode(
            &gma,
            &LinkKind::View {
                campus: Some(CampusId::from("auckland")),
                cohort: None,
            },
        )
        .unwrap_or_default(),
    ];
    let opened: Vec<Schedule> = seeds
        .iter()
        .map(|l| {
            decode(l)
                .unwrap_or_else(|e| panic!("a seed link: {e}"))
                .schedule
        })
        .collect();
    // The payloads under the checksum, to mutate and re-pack: these reach the binary decoder
    // and validation instead of stopping at the checksum.
    let payloads: Vec<Vec<u8>> = seeds.iter().map(|s| unpacked(s)).collect();
    // Decompression bombs: a megabyte and more of one byte packs into a few hundred bytes.
    let bombs: Vec<String> = [MAX_UNPACKED_BYTES + 1, 8 * MAX_UNPACKED_BYTES]
        .iter()
        .map(|&n| link_of_bytes(&vec![0u8; n]))
        .collect();
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut report = FuzzReport::default();
    for _ in 0..runs {
        let pick = rng.below(seeds.len() as u64) as usize;
        let base = &seeds[pick];
        // One in ten: a valid link as a sender's software passes it on, which must open.
        if rng.below(10) == 0 {
            let input = passed_on(&format!("https://meridian.example/#{base}"), &mut rng);
            CURRENT.with(|c| c.replace(input.clone()));
            let t = now();
            let result = decode(&input);
            let ms = now() - t;
            match &result {
                Ok(shared) => assert!(
                    shared.schedule == opened[pick],
                    "a passed-on link opened another schedule: {input}"
                ),
                Err(e) => panic!("a passed-on valid link was refused ({e}): {input}"),
            }
            report.record(
                "passed on by a sender, opened",
                "passed on by a sender",
                &input,
                ms,
                budget_ms,
            );
            continue;
        }
        let (kind, input): (&'static str, String) = match rng.below(100) {
            0..=29 => (
                "truncated",
                base[..rng.below(base.len() as u64) as usize].to_string(),
            ),
            30..=54 => {
                let mut b = base.clone().into_bytes();
                for _ in 0..=rng.below(4) {
                    let i = 3 + rng.below(b.len() as u64 - 3) as usize;
                    b[i] = alphabet[rng.below(64) as usize];
                }
                (
                    "characters changed",
                    String::from_utf8_lossy(&b).into_owned(),
                )
            }
            55..=64 => {
                let mut b = base.clone().into_bytes();
                let i = rng.below(b.len() as u64) as usize;
                if rng.below(2) == 0 {
                    b.insert(i, rng.below(256) as u8);
                } else {
                    b.remove(i);
                }
                (
                    "byte inserted or removed",
                    String::from_utf8_lossy(&b).into_owned(),
                )
            }
            65..=84 => {
                let mut p = payloads[rng.below(payloads.len() as u64) as usize].clone();
                for _ in 0..=rng.below(3) {
                    if p.is_empty() {
                        break;
                    }
                    let i = rng.below(p.len() as u64) as usize;
                    match rng.below(4) {
                        0 => p[i] ^= 1 << rng.below(8),
                        1 => p[i] = 0xff,
                        2 => {
                            // A huge declared length (a varint of 2^35 - 1).
                            let at = i.min(p.len());
                            p.splice(at..at, [0xff, 0xff, 0xff, 0xff, 0x7f]);
                        }
                        _ => p.truncate(i),
                    }
                }
                ("payload mutated under a valid checksum", link_of_bytes(&p))
            }
            85..=86 => ("decompression bomb", bombs[rng.below(2) as usize].clone()),
            87..=94 => {
                let n = rng.below(300) as usize;
                let text: String = (0..n)
                    .map(|_| alphabet[rng.below(64) as usize] as char)
                    .collect();
                ("random base64url", format!("s1.{text}"))
            }
            _ => {
                let n = rng.below(80) as usize;
                let text: String = (0..n)
                    .map(|_| char::from_u32(rng.below(0x3000) as u32).unwrap_or('?'))
                    .collect();
                ("random text", text)
            }
        };
        CURRENT.with(|c| c.replace(input.clone()));
        let t = now();
        let result = decode(&input);
        let ms = now() - t;
        if let Ok(shared) = &result {
            // What a link opens is a schedule a file could hold: saved, it imports as it is
            // (the decoder validates directly, not through the file's JSON reader).
            match Schedule::from_json(&shared.schedule.to_json()) {
                Ok(back) => assert!(
                    back == shared.schedule,
                    "a decoded link's schedule changed when saved and imported: {input}"
                ),
                Err(e) => {
                    panic!("a decoded link's schedule does not import as a file ({e}): {input}")
                }
            }
            // What opened keeps its meaning through a share: encoded again, it opens the same.
            match encode(&shared.schedule, &shared.kind) {
                Ok(again) => assert!(
                    decode(&again).map(|x| x.schedule).as_ref() == Ok(&shared.schedule),
                    "a decoded link did not survive encode → decode: {input}"
                ),
                Err(e) => panic!("a decoded link could not be encoded again ({e}): {input}"),
            }
        }
        report.record(outcome(&result), kind, &input, ms, budget_ms);
    }
    report
}

/// A link as a sender's software may pass it on: wrapped over lines (plain, indented, quoted
/// with `> `, flowed), in brackets or quotes or markdown, followed by punctuation, with `%23`,
/// percent-encoded whole, or inside a redirector's query.
fn passed_on(link: &str, rng: &mut Rng) -> String {
    let wrap = |text: &str, width: usize, indent: &str| -> String {
        text.as_bytes()
            .chunks(width.max(1))
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join(&format!("\n{indent}"))
    };
    let encode_query = |text: &str| -> String {
        text.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect()
    };
    let width = 20 + rng.below(80) as usize;
    let mut text = match rng.below(6) {
        0 => link.to_string(),
        1 => link.replacen('#', "%23", 1),
        2 => link.bytes().map(|b| format!("%{b:02X}")).collect(),
        3 => format!(
            "https://eur01.safelinks.protection.outlook.com/?url={}&data=05%7C02%7Cx%40y%7C&sdata=a%3D&reserved=0",
            encode_query(link)
        ),
        4 => format!("https://www.google.com/url?q={}&sa=D&ust=1", encode_query(link)),
        _ => link.replacen("https://meridian.example/", "", 1),
    };
    let plain = !text.contains('%');
    if plain {
        text = match rng.below(5) {
            0 => wrap(&text, width, ""),
            1 => wrap(&text, width, "    "),
            2 => format!("> {}", wrap(&text, width, "> ")),
            3 => wrap(&text, width, "").replace('\n', " \r\n"),
            _ => text,
        };
    }
    let (before, after) = [
        ("", ""),
        ("<", ">"),
        ("\"", "\""),
        ("“", "”"),
        ("[the timetable](", ")"),
        ("Open ", "."),
        ("(see ", "),"),
        ("Link: ", "!\n\nBest,\nAnna"),
    ][rng.below(8) as usize];
    format!("{before}{text}{after}")
}

/// A schedule file's bytes made from seed `seed`, `runs` times: structured mutations of a
/// schedule's JSON, written as UTF-8, with a byte order mark, as UTF-16 or with a bad byte.
/// Each is read within `budget_ms`; each accepted schedule must come back equal from its JSON
/// and from its share link (or be refused by `encode` as too large, with the limit).
pub fn fuzz_schedules(runs: u64, seed: u64, now: &dyn Fn() -> f64, budget_ms: f64) -> FuzzReport {
    let mut rng = Rng(seed | 1);
    let bases: Vec<Value> = [
        crate::generate_json(2, 3, 4),
        crate::generate_json(1, 1, 2),
        serde_json::from_str(
            &demo::load("gma-spring-2027")
                .unwrap_or_else(|e| panic!("{e}"))
                .to_json(),
        )
        .unwrap_or_default(),
    ]
    .into_iter()
    .collect();
    let mut report = FuzzReport::default();
    for _ in 0..runs {
        // The small schedules mostly: many inputs a second, every field reached.
        let base = &bases[match rng.below(20) {
            0 => 2,
            1..=4 => 1,
            _ => 0,
        }];
        let mut value = base.clone();
        let mut kind = "mutated JSON";
        for _ in 0..=rng.below(3) {
            kind = mutate(&mut value, &mut rng);
        }
        let text = value.to_string();
        let (kind, bytes): (&'static str, Vec<u8>) = match rng.below(20) {
            0 => (
                "with a UTF-8 byte order mark",
                [&[0xef, 0xbb, 0xbf][..], text.as_bytes()].concat(),
            ),
            1 => (
                "as UTF-16 LE",
                [0xff, 0xfe]
                    .into_iter()
                    .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
                    .collect(),
            ),
            2 => (
                "as UTF-16 BE",
                [0xfe, 0xff]
                    .into_iter()
                    .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
                    .collect(),
            ),
            3 => {
                let mut b = text.into_bytes();
                let i = rng.below(b.len() as u64 + 1) as usize;
                b.insert(i, [0xff, 0xc3, 0x80, 0xed][rng.below(4) as usize]);
                ("with a bad byte", b)
            }
            4 => {
                let mut b = text.into_bytes();
                b.truncate(rng.below(b.len() as u64 + 1) as usize);
                ("cut off", b)
            }
            _ => (kind, text.into_bytes()),
        };
        let shown = String::from_utf8_lossy(&bytes).into_owned();
        CURRENT.with(|c| c.replace(shown.clone()));
        let t = now();
        let result = Schedule::from_bytes(&bytes);
        let ms = now() - t;
        let outcome = match &result {
            Ok(s) => {
                round_trip(s, &shown);
                "accepted, kept its meaning saved and shared"
            }
            // What the JSON reader said that Meridian could not read back into data reaches the
            // user in serde_json's English: counted apart, to be classified.
            Err(
                Error::Syntax {
                    problem: Problem::Json(JsonProblem::Unclassified(_)),
                    ..
                }
                | Error::Invalid {
                    problem: Problem::Json(JsonProblem::Unclassified(_)),
                    ..
                },
            ) => "refused in the JSON reader's own English (unclassified)",
            Err(Error::Syntax { .. }) => "refused: not JSON or not text",
            Err(Error::UnsupportedFormat(_)) => "refused: format",
            Err(Error::Invalid { .. }) => "refused with a path",
            Err(_) => "refused: other",
        };
        report.record(outcome, kind, &shown, ms, budget_ms);
    }
    report
}

/// An accepted schedule saved and opened again, and shared and opened again, is the same.
fn round_trip(s: &Schedule, input: &str) {
    match Schedule::from_json(&s.to_json()) {
        Ok(back) => assert!(back == *s, "saved and opened again, it changed: {input}"),
        Err(e) => panic!("its own save was refused ({e}): {input}"),
    }
    match encode(s, &LinkKind::Edit) {
        Ok(link) => match decode(&link) {
            Ok(shared) => assert!(
                shared.schedule == *s,
                "shared and opened, it changed: {input}"
            ),
            Err(e) => panic!("its own link was refused ({e}): {input}"),
        },
        Err(Error::TooLargeToShare { .. }) => {}
        Err(e) => panic!("an accepted schedule could not be shared ({e}): {input}"),
    }
}

/// Values that break things: edge dates and times, seconds, zones right and wrong, huge and
/// strange text, numbers at the edges, lists and objects where they do not belong.
fn hostile_value(rng: &mut Rng) -> Value {
    const STRINGS: &[&str] = &[
        "",
        " ",
        "2026-09-07",
        "2026-02-29",
        "2028-02-29",
        "0999-12-31",
        "9999-12-31",
        "2026-13-01",
        "2026-09-07T10:00",
        "2026-09-07T10:15:30",
        "2026-09-07T10:00:00",
        "2026-09-07T24:00",
        "2026-03-29T02:30",
        "2026-10-25T02:30",
        "2026-09-07 10:00",
        "10:00",
        "08:00-20:00",
        "08:00:30-20:00",
        "20:00-08:00",
        "00:00-24:00",
        "Europe/Berlin",
        "europe/berlin",
        "Europe/Berln",
        "Mars/Olympus",
        "UTC",
        "Pacific/Kiritimati",
        "America/St_Johns",
        "Asia/Kathmandu",
        "tub",
        "tub-1",
        "lec",
        "r1",
        "mon",
        "sun",
        "monday",
        "weekly",
        "joint-lecture",
        "exam",
        "2026-09-07T10:00:00Z",
        "2026-09-07T10:00:00.5Z",
        "2026-09-07T10:00:00+05:45",
        "meridian/1",
        "meridian/2",
        "javascript:alert(1)",
        "https://zoom.us/j/1",
        "\u{feff}",
        "\u{0}",
        "ä𝄞開",
        "\u{202e}evil",
    ];
    match rng.below(14) {
        0 => Value::Null,
        1 => Value::Bool(rng.below(2) == 0),
        2 => [
            0i64,
            1,
            -1,
            7,
            52,
            53,
            60,
            1440,
            10_080,
            10_081,
            i64::from(u32::MAX),
            i64::MAX,
        ][rng.below(12) as usize]
            .into(),
        3 => Value::from(rng.next() as f64 / 7.0),
        4 => Value::Array(Vec::new()),
        5 => serde_json::json!({}),
        6 => {
            let n = [65usize, 1000, 100_000][rng.below(3) as usize];
            let c = ['x', 'é', '/', ' '][rng.below(4) as usize];
            Value::String(std::iter::repeat_n(c, n).collect())
        }
        7 => {
            let a = STRINGS[rng.below(STRINGS.len() as u64) as usize];
            let b = STRINGS[rng.below(STRINGS.len() as u64) as usize];
            Value::Array(vec![a.into(), b.into()])
        }
        _ => STRINGS[rng.below(STRINGS.len() as u64) as usize].into(),
    }
}

/// Every JSON pointer in `v`.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                pointers(x, format!("{at}/{i}"), out);
            }
        }
        Value::Object(map) => {
            for (k, x) in map {
                pointers(
                    x,
                    format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        _ => {}
    }
    out.push(at);
}

/// Keys of the schedule format, to add where they may or may not belong.
const KEYS: &[&str] = &[
    "repeat",
    "term",
    "zone",
    "start",
    "end",
    "until",
    "count",
    "skip",
    "weekdays",
    "interval",
    "changes",
    "rooms",
    "cohorts",
    "teaching_hours",
    "closures",
    "code",
    "duration_minutes",
    "busy",
    "blocks",
    "rules",
    "min_break_minutes",
    "lecturer",
    "capacity",
    "size",
    "mon",
    "kind",
    "host",
    "date",
    "id",
    "format",
    "notes",
    "meeting_url",
];

/// One structured change to a schedule's JSON; says what it did.
fn mutate(v: &mut Value, rng: &mut Rng) -> &'static str {
    let mut all = Vec::new();
    pointers(v, String::new(), &mut all);
    let at = all[rng.below(all.len() as u64) as usize].clone();
    let Some(node) = v.pointer_mut(&at) else {
        return "mutated JSON";
    };
    match rng.below(6) {
        0 | 1 => {
            *node = hostile_value(rng);
            "a value replaced"
        }
        2 => match node {
            Value::Object(map) => {
                let key = KEYS[rng.below(KEYS.len() as u64) as usize];
                map.insert(key.to_string(), hostile_value(rng));
                "a field added or replaced"
            }
            Value::Array(items) if !items.is_empty() => {
                let i = rng.below(items.len() as u64) as usize;
                let copy = items[i].clone();
                items.push(copy);
                "a list element repeated"
            }
            _ => {
                *node = hostile_value(rng);
                "a value replaced"
            }
        },
        3 => match node {
            Value::Object(map) if !map.is_empty() => {
                let i = rng.below(map.len() as u64) as usize;
                let key = map.keys().nth(i).cloned().unwrap_or_default();
                map.remove(&key);
                "a field removed"
            }
            Value::Array(items) if !items.is_empty() => {
                items.remove(rng.below(items.len() as u64) as usize);
                "a list element removed"
            }
            _ => "mutated JSON",
        },
        4 => {
            // An object as a list of its values, as serde would read it.
            if let Value::Object(map) = node {
                *node = Value::Array(map.values().cloned().collect());
                "an object written as a list"
            } else {
                *node = Value::Array(vec![node.clone()]);
                "a value wrapped in a list"
            }
        }
        _ => match node {
            Value::String(s) if s.len() >= 5 && s.as_bytes()[s.len() - 3] == b':' => {
                s.push_str(&format!(":{:02}", rng.below(60)));
                "seconds added to a time"
            }
            Value::String(s) => {
                let mut n = rng.below(s.len() as u64 + 1) as usize;
                while !s.is_char_boundary(n) {
                    n -= 1;
                }
                s.truncate(n);
                "a text cut short"
            }
            Value::Number(_) => {
                *node = hostile_value(rng);
                "a number replaced"
            }
            _ => "mutated JSON",
        },
    }
}

/// The payload bytes inside a link (what the checksum covers).
fn unpacked(link: &str) -> Vec<u8> {
    meridian_engine::link::payload_bytes(link).unwrap_or_default()
}

/// An Outlook-style calendar: a zone defined only by the file (yearly rules), a Windows zone
/// name, a Mozilla-style TZID, a daily rule on weekdays, an override, RDATE and EXDATE.
const OUTLOOK: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:Microsoft Exchange Server 2010\r\n\
BEGIN:VTIMEZONE\r\nTZID:Customized Time Zone\r\nBEGIN:STANDARD\r\nDTSTART:16010101T030000\r\n\
TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\r\n\
END:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\n\
TZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\n\
END:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;TZID=Customized Time Zone:20260907T081500\r\n\
DTEND;TZID=Customized Time Zone:20260907T100000\r\n\
RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20261218T230000Z\r\n\
EXDATE;TZID=Customized Time Zone:20261012T081500\r\nRDATE:20261219T090000Z\r\nSUMMARY:Lab\r\n\
END:VEVENT\r\nBEGIN:VEVENT\r\nUID:a\r\nRECURRENCE-ID;TZID=Customized Time Zone:20261013T081500\r\n\
DTSTART;TZID=W. Europe Standard Time:20261013T140000\r\nDURATION:PT1H\r\nSUMMARY:Lab (moved)\r\n\
END:VEVENT\r\nBEGIN:VEVENT\r\nUID:b\r\n\
DTSTART;TZID=/mozilla.org/20070129_1/Europe/Oslo:20260910T120000\r\nDURATION:PT45M\r\n\
RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=8\r\nSUMMARY:Seminar\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:c\r\nDTSTART;VALUE=DATE:20261009\r\nSUMMARY:Closed\r\nEND:VEVENT\r\n\
END:VCALENDAR\r\n";

/// Property lines that break readers: rules that expand without end or from long ago, repeated
/// weekdays, negative and huge lengths, unknown zones, text where numbers belong.
const HOSTILE_LINES: &[&str] = &[
    "RRULE:FREQ=DAILY",
    "RRULE:FREQ=SECONDLY",
    "RRULE:FREQ=MONTHLY;BYSETPOS=1",
    "RRULE:FREQ=WEEKLY;BYDAY=MO,MO,MO,TU;INTERVAL=1",
    "RRULE:FREQ=DAILY;COUNT=4294967295",
    "RRULE:FREQ=DAILY;INTERVAL=0",
    "RRULE:FREQ=DAILY;UNTIL=99991231T235959Z",
    "DTSTART:19000101T000000Z",
    "DTSTART:19700101T000000",
    "DTSTART;TZID=Nowhere/Else:20261005T100000",
    "DTSTART;VALUE=DATE:20261005",
    "DTEND:18991231T000000Z",
    "DURATION:-PT1H",
    "DURATION:P9999999W",
    "DURATION:PT",
    "RDATE;VALUE=PERIOD:20261005T100000Z/PT1H",
    "RDATE:20261005T100000Z,20261006T100000Z,20261005T100000Z",
    "EXDATE:garbage",
    "TZOFFSETTO:+9999",
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=13",
    "BEGIN:VEVENT",
    "END:VEVENT",
    "BEGIN:VTIMEZONE",
    "STATUS:CANCELLED",
    "TRANSP:TRANSPARENT",
    " folded continuation with no line before",
];

/// Calendar files made from seed `seed`, `runs` times: the demos' own exports and an
/// Outlook-style file, mutated line by line (lines dropped, repeated, swapped, replaced by
/// hostile ones, cut off, CR-only line ends, a byte order mark) and attached as busy time of a
/// cohort. Each is read within `budget_ms`, never to more than `MAX_IMPORT_BLOCKS` blocks; each
/// schedule with a calendar attached must come back equal from its JSON and from its link.
pub fn fuzz_calendars(runs: u64, seed: u64, now: &dyn Fn() -> f64, budget_ms: f64) -> FuzzReport {
    use meridian_engine::ics::{attach, export, Scope, MAX_IMPORT_BLOCKS};
    use meridian_engine::schedule::BusyCalendar;
    let mut rng = Rng(seed | 1);
    let enhance = demo::load("enhance-autumn-2026").unwrap_or_else(|e| panic!("{e}"));
    let gma = demo::load("gma-spring-2027").unwrap_or_else(|e| panic!("{e}"));
    let stamp = meridian_engine::Instant::from_unix_seconds(1_790_000_000)
        .unwrap_or_else(|| panic!("a stamp"));
    let words = meridian_words::Words::english();
    let bases: Vec<String> = vec![
        export(&enhance, &Scope::default(), stamp, &words),
        export(&gma, &Scope::default(), stamp, &words),
        OUTLOOK.to_string(),
    ];
    let cohort = enhance.cohorts[0].id.clone();
    let mut report = FuzzReport::default();
    for _ in 0..runs {
        let base = &bases[rng.below(bases.len() as u64) as usize];
        let mut lines: Vec<String> = base.split("\r\n").map(str::to_string).collect();
        let mut kind = "mutated calendar";
        for _ in 0..=rng.below(4) {
            let n = lines.len().max(1) as u64;
            let i = rng.below(n) as usize;
            kind = match rng.below(6) {
                0 if !lines.is_empty() => {
                    lines.remove(i);
                    "a line dropped"
                }
                1 if !lines.is_empty() => {
                    let l = lines[i].clone();
                    lines.insert(i, l);
                    "a line repeated"
                }
                2 if !lines.is_empty() => {
                    let j = rng.below(n) as usize;
                    lines.swap(i, j);
                    "two lines swapped"
                }
                _ => {
                    let hostile = HOSTILE_LINES[rng.below(HOSTILE_LINES.len() as u64) as usize];
                    // Next to a property of the same name, or in its place.
                    let name = hostile.split([':', ';']).next().unwrap_or("");
                    match lines.iter().position(|l| l.starts_with(name)) {
                        Some(k) if rng.below(2) == 0 => lines[k] = hostile.to_string(),
                        _ => lines.insert(i.min(lines.len()), hostile.to_string()),
                    }
                    "a hostile line"
                }
            };
        }
        let mut text = lines.join("\r\n");
        match rng.below(12) {
            0 => {
                text = text.replace("\r\n", "\r");
                kind = "CR-only line ends";
            }
            1 => {
                text.insert(0, '\u{feff}');
                kind = "with a byte order mark";
            }
            2 => {
                let mut cut = rng.below(text.len() as u64 + 1) as usize;
                while !text.is_char_boundary(cut) {
                    cut -= 1;
                }
                text.truncate(cut);
                kind = "cut off";
            }
            _ => {}
        }
        CURRENT.with(|c| c.replace(text.clone()));
        let calendar = BusyCalendar {
            id: String::new(),
            name: "Partner".into(),
            campus: None,
            cohort: Some(cohort.clone()),
            lecturer: None,
            room: None,
            blocks: Vec::new(),
        };
        let t = now();
        let result = attach(&enhance, &text, calendar);
        let ms = now() - t;
        let outcome = match &result {
            Ok((s, blocks)) => {
                assert!(*blocks <= MAX_IMPORT_BLOCKS, "{blocks} blocks: {text}");
                round_trip(s, &text);
                "read, kept its meaning saved and shared"
            }
            Err(Error::Calendar { .. }) => "refused with the line",
            Err(_) => "refused: other",
        };
        report.record(outcome, kind, &text, ms, budget_ms);
    }
    report
}
