//! Writes Meridian's compact time zone table (`$OUT_DIR/zone_table.rs`, included by
//! `src/zone/table.rs`) from chrono-tz, which is a build dependency only: the engine (and so the
//! wasm) carries this table instead of chrono-tz's. See DESIGN.md, "Time zones: Meridian's own
//! table".
//!
//! For every zone, chrono-tz is asked the offset, the daylight-saving part and the abbreviation
//! at every day from 1800 to 2100 and bisected to the second wherever they change (no two
//! changes in chrono-tz 0.10.4's tables are closer than 6.9 days, so a daily sample misses none;
//! the engine's tests compare the result with chrono-tz at every change ± 1 s). Before 1800 and
//! after 2100 chrono-tz's answer is checked to stay the same every year up to 9999.
//!
//! What is written:
//! - the zone names, concatenated, in chrono-tz's (byte) order, and per zone the number of its
//!   data (zones with the same data, such as links, share it);
//! - the distinct (offset, daylight saving, abbreviation) states, and the abbreviations once;
//! - per data, one byte string of LEB128 varints: the first state, the number of changes, the
//!   time from each change to the next (the first from 1970; in hours, minutes or seconds, the
//!   unit in the two low bits), the state after each (times
//!   and states apart: they compress better so), and the yearly rule that generates the changes
//!   after the last one written (e.g. "last Sunday of March at 01:00 UTC, to CEST").
//!   The rule is read from chrono-tz's changes of the last 28 years it lists (2072–2099: every
//!   weekday position of a date is met), then followed back year by year as long as it
//!   generates chrono-tz's changes exactly; a zone without such a pattern keeps all its changes
//!   and its last state after them.

use chrono::{DateTime, Offset, TimeZone};
use chrono_tz::{OffsetComponents, OffsetName, Tz, TZ_VARIANTS};
use std::collections::HashMap;
use std::fmt::Write as _;

/// 1800-01-01T00:00:00Z: chrono-tz's earliest change is in 1845.
const SCAN_FROM: i64 = -5_364_662_400;
/// 2100-01-01T00:00:00Z: chrono-tz lists changes up to 2099.
const SCAN_TO: i64 = 4_102_444_800;
/// Sampling step of the scan, one day.
const STEP: i64 = 86_400;
/// First and last years the engine handles.
const FIRST_YEAR: i64 = 1000;
const LAST_YEAR: i64 = 9999;
/// Years of a repeating pattern needed to call it the zone's rule.
const RULE_YEARS: i64 = 28;
/// An abbreviation index meaning "none" (the engine writes `+08`-style text).
const NO_ABBREVIATION: u8 = 127;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
struct State {
    offset: i32,
    dst: bool,
    abbreviation: Option<&'static str>,
}

fn state(tz: Tz, t: i64) -> State {
    let utc = DateTime::from_timestamp(t, 0)
        .unwrap_or_else(|| panic!("{t} out of chrono's range"))
        .naive_utc();
    let o = tz.offset_from_utc_datetime(&utc);
    State {
        offset: o.fix().local_minus_utc(),
        dst: o.dst_offset().num_seconds() > 0,
        abbreviation: o.abbreviation().map(leak),
    }
}

/// chrono-tz's abbreviations borrow from the offset value; they are `'static` strings inside
/// chrono-tz, but its API does not say so. The build script keeps them for its lifetime.
fn leak(s: &str) -> &'static str {
    thread_local! {
        static KEPT: std::cell::RefCell<HashMap<String, &'static str>> = Default::default();
    }
    KEPT.with(|k| {
        *k.borrow_mut()
            .entry(s.to_string())
            .or_insert_with(|| Box::leak(s.to_string().into_boxed_str()))
    })
}

/// Seconds at 00:00 UTC of 1 January of `year`.
fn year_start(year: i64) -> i64 {
    days_from_civil(year, 1, 1) * 86_400
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm); the same
/// function is in the engine (`zone/table.rs`).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

include!("src/zone/calendar.rs");

struct Data {
    first: usize,
    changes: Vec<(i64, usize)>,
    /// (first year, the changes of each year from then on)
    rule: Option<(i64, Vec<RuleChange>)>,
}

/// A change as the rule would describe it: (wall year, month, day, weekday, seconds after the
/// local date's 00:00 in UTC, state after).
fn describe(t: i64, before: i32, to: usize) -> (i64, i64, i64, i64, i64, usize) {
    let date = (t + i64::from(before)).div_euclid(86_400);
    let (y, m, d) = civil_from_days(date);
    (y, m, d, weekday(date), t - date * 86_400, to)
}

/// The yearly rule that generates the end of chrono-tz's list: read from its last
/// [`RULE_YEARS`] years, then followed back year by year while it generates chrono-tz's changes
/// exactly. Gives (index of the first change the rule generates, its year, the rule).
fn find_rule(
    first: usize,
    changes: &[(i64, usize)],
    offsets: &[i32],
) -> Option<(usize, i64, Vec<RuleChange>)> {
    let described: Vec<_> = changes
        .iter()
        .enumerate()
        .map(|(i, &(t, to))| {
            let before = if i == 0 { first } else { changes[i - 1].1 };
            describe(t, offsets[before], to)
        })
        .collect();
    let last_year = described.last()?.0;
    if last_year < 2099 {
        return None;
    }
    let per_year = described.iter().filter(|d| d.0 == last_year).count();
    let window = per_year * RULE_YEARS as usize;
    let tail = described.get(described.len().checked_sub(window)?..)?;
    // Each change's day: "last <weekday>" or "<weekday> on or after <day>" (28 years meet
    // every weekday position of a date, so the least day seen is the rule's).
    // A change may be anchored on the day before or after its wall date: Cairo's "last
    // Thursday of October at 24:00" falls on 1 November in some years.
    let mut rule = Vec::new();
    for phase in 0..per_year {
        let found = [0, -1, 1, -2, 2].into_iter().find_map(|shift: i64| {
            let seen: Vec<_> = tail
                .iter()
                .skip(phase)
                .step_by(per_year)
                .map(|d| {
                    let date = days_from_civil(d.0, d.1, d.2) + shift;
                    let (y, m, day) = civil_from_days(date);
                    (y, m, day, weekday(date), d.4 - shift * 86_400, d.5)
                })
                .collect();
            let d0 = seen[0];
            if seen.iter().any(|d| (d.1, d.3, d.4) != (d0.1, d0.3, d0.4)) {
                return None;
            }
            let min_day = seen.iter().map(|d| d.2).min()?;
            let candidates = [0, min_day].map(|day| RuleChange {
                month: d0.1,
                day,
                weekday: d0.3,
                seconds: d0.4,
                to: d0.5 as u16,
            });
            let fits = |c: &RuleChange| {
                seen.iter()
                    .all(|d| c.at(d.0) == d.4 + days_from_civil(d.0, d.1, d.2) * 86_400)
            };
            candidates.into_iter().find(|c| fits(c))
        });
        rule.push(found?);
    }
    let generate = |y: i64| -> Vec<(i64, usize)> {
        rule.iter().map(|c| (c.at(y), usize::from(c.to))).collect()
    };
    // Back year by year while the rule gives chrono-tz's changes of that year.
    let mut start = changes.len();
    let mut year = last_year;
    while start >= per_year && changes[start - per_year..start] == generate(year)[..] {
        start -= per_year;
        year -= 1;
    }
    let first_year = year + 1;
    if last_year - first_year + 1 < RULE_YEARS {
        return None;
    }
    // The rule must generate chrono-tz's list exactly, from a state the list reaches.
    let generated: Vec<(i64, usize)> = (first_year..=last_year).flat_map(generate).collect();
    if generated != changes[start..] {
        return None;
    }
    Some((start, first_year, rule))
}

fn scan(tz: Tz, states: &mut Vec<State>, index: &mut HashMap<State, usize>) -> Data {
    let mut id = |s: State| {
        *index.entry(s).or_insert_with(|| {
            states.push(s);
            states.len() - 1
        })
    };
    let before = state(tz, SCAN_FROM);
    for y in FIRST_YEAR..1800 {
        assert_eq!(
            state(tz, year_start(y)),
            before,
            "{}: a change before 1800; scan from earlier",
            tz.name()
        );
    }
    let first = id(before);
    let mut changes = Vec::new();
    let mut current = before;
    let mut t = SCAN_FROM;
    while t < SCAN_TO {
        let next = t + STEP;
        let s = state(tz, next);
        if s != current {
            let (mut lo, mut hi) = (t, next);
            while hi - lo > 1 {
                let mid = lo + (hi - lo) / 2;
                if state(tz, mid) == current {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            let after = state(tz, hi);
            changes.push((hi, id(after)));
            current = after;
            // Bisection found the first change in (t, next]; look again from there.
            t = hi;
            continue;
        }
        t = next;
    }
    for y in 2100..=LAST_YEAR {
        assert_eq!(
            state(tz, year_start(y)),
            current,
            "{}: a change after 2100; scan further",
            tz.name()
        );
    }
    Data {
        first,
        changes,
        rule: None,
    }
}

fn varint(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let b = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

fn zigzag(out: &mut Vec<u8>, n: i64) {
    varint(out, ((n << 1) ^ (n >> 63)) as u64);
}

fn encode(d: &Data) -> Vec<u8> {
    let mut out = Vec::new();
    varint(&mut out, d.first as u64);
    varint(&mut out, d.changes.len() as u64);
    let mut prev = 0;
    for &(t, _) in &d.changes {
        // In hours, minutes or seconds, whichever divides: most changes are on the hour.
        let delta = t - prev;
        let (n, unit) = if delta % 3600 == 0 {
            (delta / 3600, 0)
        } else if delta % 60 == 0 {
            (delta / 60, 1)
        } else {
            (delta, 2)
        };
        varint(&mut out, (((n << 1) ^ (n >> 63)) as u64) << 2 | unit);
        prev = t;
    }
    for &(_, to) in &d.changes {
        varint(&mut out, to as u64);
    }
    match &d.rule {
        None => varint(&mut out, 0),
        Some((year, changes)) => {
            varint(&mut out, changes.len() as u64);
            zigzag(&mut out, *year);
            for c in changes {
                varint(&mut out, c.month as u64);
                varint(&mut out, c.day as u64);
                varint(&mut out, c.weekday as u64);
                zigzag(&mut out, c.seconds);
                varint(&mut out, c.to as u64);
            }
        }
    }
    out
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let mut states = Vec::new();
    let mut index = HashMap::new();
    let mut blobs: Vec<Vec<u8>> = Vec::new();
    let mut blob_ids: HashMap<Vec<u8>, usize> = HashMap::new();
    let mut zone_data = Vec::new();
    let mut names = String::new();
    let mut name_ends = Vec::new();
    let mut utc = None;
    let (mut written, mut ruled) = (0, 0);
    let mut previous_name = "";
    for &tz in TZ_VARIANTS.iter() {
        assert!(
            previous_name < tz.name(),
            "chrono-tz's zones are not in name order"
        );
        previous_name = tz.name();
        let mut data = scan(tz, &mut states, &mut index);
        let offsets: Vec<i32> = states.iter().map(|s| s.offset).collect();
        if let Some((start, year, rule)) = find_rule(data.first, &data.changes, &offsets) {
            data.changes.truncate(start);
            data.rule = Some((year, rule));
        }
        let blob = encode(&data);
        let id = *blob_ids.entry(blob.clone()).or_insert_with(|| {
            written += data.changes.len();
            ruled += usize::from(data.rule.is_some());
            blobs.push(blob);
            blobs.len() - 1
        });
        zone_data.push(id);
        if tz.name() == "UTC" {
            utc = Some(name_ends.len());
        }
        names.push_str(tz.name());
        name_ends.push(names.len());
    }
    let mut abbreviations: Vec<&str> = states.iter().filter_map(|s| s.abbreviation).collect();
    abbreviations.sort_unstable();
    abbreviations.dedup();
    assert!(abbreviations.len() < usize::from(NO_ABBREVIATION));
    assert!(states.len() <= usize::from(u16::MAX));
    assert!(names.len() <= usize::from(u16::MAX));

    let mut o = String::new();
    let _ = writeln!(
        o,
        "// Generated by crates/engine/build.rs from chrono-tz {}; do not edit.\n\
         // {} zones, {} distinct, {} states, {} changes written, {} yearly rules.",
        chrono_tz::IANA_TZDB_VERSION,
        zone_data.len(),
        blobs.len(),
        states.len(),
        written,
        ruled
    );
    let _ = writeln!(
        o,
        "pub(crate) const TZDB_VERSION: &str = {:?};",
        chrono_tz::IANA_TZDB_VERSION
    );
    let _ = writeln!(o, "pub(crate) const ZONES: usize = {};", zone_data.len());
    let _ = writeln!(
        o,
        "pub(crate) const UTC: u16 = {};",
        utc.expect("a UTC zone")
    );
    let _ = writeln!(o, "pub(crate) const NAMES: &str = {names:?};");
    let _ = writeln!(
        o,
        "pub(crate) const NAME_ENDS: [u16; ZONES] = {name_ends:?};"
    );
    let _ = writeln!(
        o,
        "pub(crate) const ZONE_DATA: [u16; ZONES] = {zone_data:?};"
    );
    let _ = writeln!(o, "pub(crate) const DATA: usize = {};", blobs.len());
    let abbreviation_text: String = abbreviations.concat();
    let mut abbreviation_ends = Vec::new();
    let mut end = 0;
    for a in &abbreviations {
        end += a.len();
        abbreviation_ends.push(end);
    }
    let _ = writeln!(
        o,
        "pub(crate) const ABBREVIATIONS: &str = {abbreviation_text:?};"
    );
    let _ = writeln!(
        o,
        "pub(crate) const ABBREVIATION_ENDS: [u16; {}] = {abbreviation_ends:?};",
        abbreviations.len()
    );
    let state_offsets: Vec<i32> = states.iter().map(|s| s.offset).collect();
    let state_info: Vec<u8> = states
        .iter()
        .map(|s| {
            let a = s.abbreviation.map_or(NO_ABBREVIATION, |a| {
                abbreviations.binary_search(&a).unwrap_or_default() as u8
            });
            a | (u8::from(s.dst) << 7)
        })
        .collect();
    let _ = writeln!(
        o,
        "pub(crate) const STATE_OFFSETS: [i32; {}] = {state_offsets:?};",
        states.len()
    );
    let _ = writeln!(
        o,
        "pub(crate) const STATE_INFO: [u8; {}] = {state_info:?};",
        states.len()
    );
    let mut bytes = Vec::new();
    let mut data_ends = Vec::new();
    for b in &blobs {
        bytes.extend_from_slice(b);
        data_ends.push(bytes.len() as u32);
    }
    let _ = writeln!(
        o,
        "pub(crate) const DATA_ENDS: [u32; DATA] = {data_ends:?};"
    );
    let _ = writeln!(
        o,
        "pub(crate) static BYTES: [u8; {}] = {bytes:?};",
        bytes.len()
    );
    let out =
        std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("zone_table.rs");
    std::fs::write(out, o).expect("writing the zone table");
}
