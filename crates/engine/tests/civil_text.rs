//! The engine reads and writes dates and times itself (not through chrono's format machinery,
//! which the timetable page would otherwise carry): checked here against chrono's
//! `parse_from_str` and `format`, which it replaced, on tricky and on pseudo-random text.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use meridian_engine::{CivilDate, CivilDateTime, CivilTime, Error};

fn in_years(y: i32) -> bool {
    (1000..=9999).contains(&y)
}

/// Checks one text; says how many of the three forms chrono read.
fn check(text: &str) -> usize {
    let mut read = 0;
    use chrono::Datelike;
    let t = text.trim();
    // A date.
    let theirs = NaiveDate::parse_from_str(t, "%Y-%m-%d").ok();
    read += usize::from(theirs.is_some());
    match (CivilDate::parse(text), theirs) {
        (Ok(d), Some(c)) => assert_eq!(d.to_string(), c.format("%Y-%m-%d").to_string(), "{text:?}"),
        (Err(Error::OutOfRange(_)), Some(c)) => assert!(!in_years(c.year()), "{text:?}"),
        (Err(Error::BadDateTime { .. }), None) => {}
        (ours, theirs) => panic!("{text:?}: engine {ours:?}, chrono {theirs:?}"),
    }
    // A time.
    let theirs = NaiveTime::parse_from_str(t, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(t, "%H:%M:%S"))
        .ok();
    read += usize::from(theirs.is_some());
    match (CivilTime::parse(text), theirs) {
        (Ok(ours), Some(c)) => {
            use chrono::Timelike;
            let f = if c.second() == 0 { "%H:%M" } else { "%H:%M:%S" };
            assert_eq!(ours.to_string(), c.format(f).to_string(), "{text:?}");
        }
        (Err(Error::BadDateTime { .. }), None) => {}
        (ours, theirs) => panic!("{text:?}: engine {ours:?}, chrono {theirs:?}"),
    }
    // A date and time.
    let t = t.replacen(' ', "T", 1);
    let theirs = NaiveDateTime::parse_from_str(&t, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(&t, "%Y-%m-%dT%H:%M:%S"))
        .ok();
    read += usize::from(theirs.is_some());
    match (CivilDateTime::parse(text), theirs) {
        (Ok(ours), Some(c)) => {
            assert_eq!(
                ours.to_iso(),
                c.format("%Y-%m-%dT%H:%M:%S").to_string(),
                "{text:?}"
            )
        }
        (Err(Error::OutOfRange(_)), Some(c)) => assert!(!in_years(c.year()), "{text:?}"),
        (Err(Error::BadDateTime { .. }), None) => {}
        (ours, theirs) => panic!("{text:?}: engine {ours:?}, chrono {theirs:?}"),
    }
    read
}

#[test]
fn dates_and_times_read_and_write_as_chrono_did() {
    for text in [
        "2026-03-30",
        " 2026-3-5 ",
        "2026- 03- 05",
        "2026-02-29",
        "2028-02-29",
        "0999-01-01",
        "+10000-01-01",
        "-0500-01-01",
        "+300000-01-01",
        "99999999999999999999-01-01",
        "2026-13-01",
        "2026-03-30x",
        "2026-03",
        "20260330",
        "2026-03-30T10:15",
        "2026-03-30 10:15:30",
        "2026-03-30T24:00",
        "2026-03-30T23:59:60",
        "2026-03-30T10:15:",
        "2026-03-30T10",
        "10:15",
        "9:5",
        "10:15:07",
        "10:15:60",
        "10:15:61",
        "10:60",
        "24:00",
        " 10 : 15",
        "10:15 ",
        "",
        "-",
        "+",
        "2026-03-30T10:15:00Z",
        "２０２６-03-30",
        "2026-03-30T10:1٥",
    ] {
        let _ = check(text);
    }
    // Pseudo-random dates and times, with digits of any count, and a character or two changed.
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let mut next = |n: u64| rng.below(n);
    let mut read = 0;
    for _ in 0..200_000 {
        let mut text = String::new();
        let shape = next(3);
        let number = |text: &mut String, next: &mut dyn FnMut(u64) -> u64, most: u64, digits| {
            let n = next(most + 1);
            let d = 1 + next(digits) as usize;
            text.push_str(&format!("{n:0d$}"));
        };
        if shape != 1 {
            number(&mut text, &mut next, 10_999, 5);
            text.push('-');
            number(&mut text, &mut next, 13, 2);
            text.push('-');
            number(&mut text, &mut next, 32, 2);
        }
        if shape == 2 {
            text.push(if next(2) == 0 { 'T' } else { ' ' });
        }
        if shape != 0 {
            number(&mut text, &mut next, 24, 2);
            text.push(':');
            number(&mut text, &mut next, 60, 2);
            if next(2) == 0 {
                text.push(':');
                number(&mut text, &mut next, 61, 2);
            }
        }
        for _ in 0..next(3) {
            let mut chars: Vec<char> = text.chars().collect();
            let at = next(chars.len() as u64 + 1) as usize;
            let c = "0123456789-:T +"
                .chars()
                .nth(next(15) as usize)
                .unwrap_or(' ');
            match next(3) {
                0 if at < chars.len() => {
                    chars.remove(at);
                }
                1 if at < chars.len() => chars[at] = c,
                _ => chars.insert(at, c),
            }
            text = chars.into_iter().collect();
        }
        read += check(&text);
    }
    eprintln!("{read} readable");
    assert!(
        read > 1000,
        "the random texts are mostly unreadable: {read}"
    );
}

struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[test]
fn instants_are_written_as_rfc3339_in_utc() {
    for text in [
        "2026-03-29T01:30:00Z",
        "1000-01-01T00:00:00Z",
        "9999-12-31T23:59:59Z",
    ] {
        assert_eq!(
            meridian_engine::Instant::parse_rfc3339(text)
                .unwrap()
                .to_string(),
            text
        );
    }
}
