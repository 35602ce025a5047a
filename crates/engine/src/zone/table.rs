//! Meridian's own time zone table, written at build time from chrono-tz by `build.rs` (see
//! there and DESIGN.md, "Time zones: Meridian's own table"), and the lookups on it.
//!
//! Per zone the table holds its first state, its changes up to where a yearly rule takes over
//! (as varints in one byte string), and that rule. A zone's byte string is read once, the first
//! time the zone is asked something, into a sorted list of changes up to the end of 2100 (the
//! rule's years written out); every lookup is then a binary search. Past 2100 the rule is
//! applied year by year.

use std::sync::OnceLock;

#[allow(clippy::unreadable_literal)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/zone_table.rs"));
}

use generated::{
    ABBREVIATIONS, ABBREVIATION_ENDS, BYTES, DATA, DATA_ENDS, NAMES, NAME_ENDS, STATE_INFO,
    STATE_OFFSETS, ZONE_DATA,
};
pub(crate) use generated::{TZDB_VERSION, UTC, ZONES};

/// An abbreviation index meaning "none" (`build.rs`'s `NO_ABBREVIATION`).
const NO_ABBREVIATION: u8 = 127;
/// The rule's changes are written out in the decoded list up to this year (inclusive).
const LIST_RULE_UNTIL: i64 = 2100;

/// The part of a `[start, end)` list of ends that is item `i` of a concatenated text.
fn slice(text: &'static str, ends: &[u16], i: usize) -> &'static str {
    let start = if i == 0 {
        0
    } else {
        ends.get(i - 1).map_or(0, |&e| usize::from(e))
    };
    let end = ends.get(i).map_or(start, |&e| usize::from(e));
    text.get(start..end).unwrap_or_default()
}

/// The IANA name of zone number `zone`.
pub(crate) fn name(zone: u16) -> &'static str {
    slice(NAMES, &NAME_ENDS, usize::from(zone))
}

/// The zone with exactly this name (names are in byte order).
pub(crate) fn find(wanted: &str) -> Option<u16> {
    let (mut lo, mut hi) = (0, ZONES);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match name(mid as u16).cmp(wanted) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return Some(mid as u16),
        }
    }
    None
}

/// What is in force in a zone between two changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct State {
    /// Seconds east of UTC.
    pub(crate) offset: i32,
    /// Whether the offset includes a positive daylight-saving part.
    pub(crate) dst: bool,
    /// The abbreviation, where the database has one (`CET`; none for `+08`).
    pub(crate) abbreviation: Option<&'static str>,
}

pub(crate) fn state(s: u16) -> State {
    let i = usize::from(s);
    let info = STATE_INFO.get(i).copied().unwrap_or(NO_ABBREVIATION);
    let a = info & 0x7f;
    State {
        offset: STATE_OFFSETS.get(i).copied().unwrap_or_default(),
        dst: info & 0x80 != 0,
        abbreviation: (a != NO_ABBREVIATION)
            .then(|| slice(ABBREVIATIONS, &ABBREVIATION_ENDS, usize::from(a))),
    }
}

fn offset(s: u16) -> i32 {
    STATE_OFFSETS
        .get(usize::from(s))
        .copied()
        .unwrap_or_default()
}

/// The year of a day numbered from 1970-01-01.
fn year_of_day(z: i64) -> i64 {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    yoe + era * 400 + i64::from(mp >= 10)
}

include!("calendar.rs");

/// One zone's changes, read from its byte string.
#[derive(Debug)]
pub(crate) struct Table {
    /// The state before the first change.
    first: u16,
    /// When each change happens (seconds since 1970), ascending, …
    times: Vec<i64>,
    /// … and the state after it.
    states: Vec<u16>,
    /// The yearly rule after the listed changes, with the first year it applies to.
    rule: Option<(i64, Vec<RuleChange>)>,
    /// `times` holds every change before this instant (the end of time without a rule).
    listed_until: i64,
}

/// Reads LEB128 varints from a byte string; past its end it gives zeros (the table is
/// generated, so that does not happen).
struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn unsigned(&mut self) -> u64 {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let Some((&b, rest)) = self.0.split_first() else {
                return n;
            };
            self.0 = rest;
            n |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                break;
            }
        }
        n
    }
    fn signed(&mut self) -> i64 {
        let n = self.unsigned();
        ((n >> 1) as i64) ^ -((n & 1) as i64)
    }
    fn small(&mut self) -> u16 {
        u16::try_from(self.unsigned()).unwrap_or_default()
    }
}

impl Table {
    fn read(bytes: &[u8]) -> Table {
        let mut r = Reader(bytes);
        let first = r.small();
        let count = usize::try_from(r.unsigned())
            .unwrap_or_default()
            .min(bytes.len());
        let mut t = 0i64;
        let mut times: Vec<i64> = (0..count)
            .map(|_| {
                let n = r.unsigned();
                let unit = match n & 3 {
                    0 => 3600,
                    1 => 60,
                    _ => 1,
                };
                let n = n >> 2;
                let delta = ((n >> 1) as i64) ^ -((n & 1) as i64);
                t = t.saturating_add(delta.saturating_mul(unit));
                t
            })
            .collect();
        let mut states: Vec<u16> = (0..count).map(|_| r.small()).collect();
        let rule_changes = usize::try_from(r.unsigned())
            .unwrap_or_default()
            .min(bytes.len());
        let rule = (rule_changes > 0).then(|| {
            let year = r.signed();
            let changes: Vec<RuleChange> = (0..rule_changes)
                .map(|_| RuleChange {
                    month: r.unsigned() as i64,
                    day: r.unsigned() as i64,
                    weekday: r.unsigned() as i64,
                    seconds: r.signed(),
                    to: r.small(),
                })
                .collect();
            (year, changes)
        });
        let mut listed_until = i64::MAX;
        if let Some((year, changes)) = &rule {
            for y in *year..=LIST_RULE_UNTIL {
                for c in changes {
                    times.push(c.at(y));
                    states.push(c.to);
                }
            }
            listed_until = changes
                .first()
                .map_or(i64::MAX, |c| c.at(LIST_RULE_UNTIL + 1));
        }
        Table {
            first,
            times,
            states,
            rule,
            listed_until,
        }
    }

    /// The state in force at `t` (seconds since 1970).
    pub(crate) fn state_at(&self, t: i64) -> u16 {
        if t >= self.listed_until {
            if let Some(s) = self.rule_state_at(t) {
                return s;
            }
        }
        let i = self.times.partition_point(|&c| c <= t);
        if i == 0 {
            self.first
        } else {
            self.states.get(i - 1).copied().unwrap_or(self.first)
        }
    }

    /// The UTC offset in force at `t`, in seconds.
    pub(crate) fn offset_at(&self, t: i64) -> i32 {
        offset(self.state_at(t))
    }

    /// The latest rule change at or before `t`, by the rule (past the listed years).
    fn rule_state_at(&self, t: i64) -> Option<u16> {
        let (_, changes) = self.rule.as_ref()?;
        let year = year_of_day(t.div_euclid(86_400));
        (year - 1..=year + 1)
            .flat_map(|y| changes.iter().map(move |c| (c.at(y), c.to)))
            .filter(|&(at, _)| at <= t)
            .max_by_key(|&(at, _)| at)
            .map(|(_, to)| to)
    }

    /// The first change after `t`: (when, state before, state after); `None` when the zone
    /// never changes again.
    pub(crate) fn next_change(&self, t: i64) -> Option<(i64, u16, u16)> {
        if t < self.listed_until {
            let i = self.times.partition_point(|&c| c <= t);
            if let (Some(&at), Some(&to)) = (self.times.get(i), self.states.get(i)) {
                if at < self.listed_until {
                    let before = if i == 0 {
                        self.first
                    } else {
                        self.states.get(i - 1).copied().unwrap_or(self.first)
                    };
                    return Some((at, before, to));
                }
            }
        }
        let (_, changes) = self.rule.as_ref()?;
        let year = year_of_day(t.div_euclid(86_400));
        let (at, to) = (year - 1..=year + 1)
            .flat_map(|y| changes.iter().map(move |c| (c.at(y), c.to)))
            .filter(|&(at, _)| at > t)
            .min_by_key(|&(at, _)| at)?;
        Some((at, self.state_at(at - 1), to))
    }
}

static TABLES: [OnceLock<Table>; DATA] = [const { OnceLock::new() }; DATA];

/// Zone number `zone`'s table, read on first use.
pub(crate) fn table(zone: u16) -> &'static Table {
    static EMPTY: OnceLock<Table> = OnceLock::new();
    let Some(&data) = ZONE_DATA.get(usize::from(zone)) else {
        return EMPTY.get_or_init(|| Table::read(&[]));
    };
    let d = usize::from(data);
    let start = if d == 0 {
        0
    } else {
        DATA_ENDS.get(d - 1).map_or(0, |&e| e as usize)
    };
    let end = DATA_ENDS.get(d).map_or(start, |&e| e as usize);
    match TABLES.get(d) {
        Some(cell) => cell.get_or_init(|| Table::read(BYTES.get(start..end).unwrap_or_default())),
        None => EMPTY.get_or_init(|| Table::read(&[])),
    }
}
