//! Meridian's own zone table (written at build time from chrono-tz) against chrono-tz itself,
//! for every zone: the offset, abbreviation and daylight saving at every change ± 1 s and at a
//! pseudo-random second of every day from 1800 to 2100 and of every year from 1000, and
//! `resolve` of wall times around every change with every `Disambiguation`, against the
//! resolution chrono-tz gives (the engine's own code before it had its table). After 2099,
//! where chrono-tz's list ends, the engine goes on with each zone's yearly rule: checked on
//! zones whose rules are known.

use chrono::{LocalResult, Offset, TimeZone};
use chrono_tz::{OffsetComponents, OffsetName, Tz};
use meridian_engine::{
    CivilDate, CivilDateTime, CivilTime, Disambiguation, Error, Instant, Resolution, Zone,
};
use std::str::FromStr;

/// 1800-01-01T00:00:00Z and 2100-01-01T00:00:00Z.
const FROM: i64 = -5_364_662_400;
const TO: i64 = 4_102_444_800;

fn instant(s: i64) -> Instant {
    Instant::from_unix_seconds(s).unwrap()
}

fn tz(zone: Zone) -> Tz {
    Tz::from_str(zone.name()).unwrap()
}

/// chrono-tz's (offset, abbreviation, daylight saving) at an instant, as the engine words them.
fn reference(tz: Tz, s: i64) -> (i32, String, bool) {
    let utc = chrono::DateTime::from_timestamp(s, 0).unwrap().naive_utc();
    let o = tz.offset_from_utc_datetime(&utc);
    let offset = o.fix().local_minus_utc();
    let abbreviation = o
        .abbreviation()
        .map(str::to_string)
        .unwrap_or_else(|| numeric(offset));
    (offset, abbreviation, o.dst_offset().num_seconds() > 0)
}

fn numeric(offset: i32) -> String {
    let sign = if offset < 0 { '-' } else { '+' };
    let a = offset.unsigned_abs();
    if a % 3600 == 0 {
        format!("{sign}{:02}", a / 3600)
    } else {
        format!("{sign}{:02}{:02}", a / 3600, a / 60 % 60)
    }
}

fn engine(zone: Zone, s: i64) -> (i32, String, bool) {
    let i = instant(s);
    let local = zone.local(i);
    assert_eq!(zone.offset_at(i), local.offset);
    let wall = chrono::DateTime::from_timestamp(s + i64::from(local.offset.seconds()), 0)
        .unwrap()
        .naive_utc();
    assert_eq!(
        local.datetime.to_iso(),
        wall.format("%Y-%m-%dT%H:%M:%S").to_string()
    );
    (
        local.offset.seconds(),
        local.abbreviation,
        zone.is_daylight_saving(i),
    )
}

/// A small deterministic generator (xorshift64*).
struct Rng(u64);
impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n
    }
}

#[test]
fn every_zone_agrees_with_chrono_tz_at_every_change_and_through_1000_to_2100() {
    let mut rng = Rng(0x5eed_2025);
    let mut compared = 0u64;
    for zone in Zone::all() {
        let tz = tz(zone);
        for (t, before, after) in zone.transitions(instant(FROM), instant(TO)) {
            let s = t.unix_seconds();
            assert_ne!(before, after);
            for d in [-1, 0, 1] {
                assert_eq!(
                    engine(zone, s + d),
                    reference(tz, s + d),
                    "{zone} at {s}{d:+}"
                );
            }
            assert_eq!(
                reference(tz, s - 1).0,
                before.seconds(),
                "{zone} before {s}"
            );
            assert_eq!(reference(tz, s).0, after.seconds(), "{zone} after {s}");
            compared += 3;
        }
        // A pseudo-random second of every third day from 1970 (of every 30th before).
        let mut day = FROM;
        while day < TO {
            let s = day + rng.below(86_400) as i64;
            assert_eq!(engine(zone, s), reference(tz, s), "{zone} at {s}");
            day += if day < 0 { 30 } else { 3 } * 86_400;
            compared += 1;
        }
        for year in 1000..1800 {
            let s = CivilDate::new(year, 1 + rng.below(12) as u32, 1)
                .map(|d| d.at(CivilTime::MIDNIGHT))
                .map(|d| Zone::UTC.resolve(d, Disambiguation::Reject).unwrap())
                .unwrap()
                .instant
                .unix_seconds();
            assert_eq!(engine(zone, s), reference(tz, s), "{zone} in {year}");
        }
    }
    println!("{compared} instants compared");
}

#[test]
fn changes_listed_are_every_change_of_offset_chrono_tz_makes() {
    // The offsets at every change ± 1 s and on sampled days are checked above; here, that no
    // change of offset is missing from `transitions` (which the conflict check's clock uses):
    // between two listed changes chrono-tz's offset is the same at both ends and at random
    // instants between (chrono-tz's changes are at least 6.9 days apart).
    let mut rng = Rng(7);
    for zone in Zone::all() {
        let tz = tz(zone);
        let changes = zone.transitions(instant(FROM), instant(TO));
        let mut bounds: Vec<i64> = vec![FROM];
        bounds.extend(changes.iter().map(|c| c.0.unix_seconds()));
        bounds.push(TO);
        for w in bounds.windows(2) {
            let (a, b) = (w[0], w[1]);
            let o = reference(tz, a).0;
            assert_eq!(reference(tz, b - 1).0, o, "{zone}: a change in [{a}, {b})");
            let mut s = a;
            while s < b {
                assert_eq!(reference(tz, s).0, o, "{zone}: a change in [{a}, {b})");
                s += 86_400 + rng.below(6 * 86_400) as i64;
            }
        }
    }
}

/// The engine's resolution before it had its own table: chrono-tz's `from_local_datetime`,
/// and for a gap the change found by bisection on chrono-tz's offsets.
fn reference_resolve(
    tz: Tz,
    local: CivilDateTime,
    how: Disambiguation,
) -> Result<(i64, &'static str, i32, i32), ()> {
    let naive =
        chrono::NaiveDateTime::parse_from_str(&local.to_iso(), "%Y-%m-%dT%H:%M:%S").unwrap();
    let wall = naive.and_utc().timestamp();
    let offset = |s: i64| reference(tz, s).0;
    match tz.from_local_datetime(&naive) {
        LocalResult::Single(dt) => {
            let o = dt.offset().fix().local_minus_utc();
            Ok((wall - i64::from(o), "exact", o, o))
        }
        LocalResult::Ambiguous(a, b) => {
            let (oa, ob) = (
                a.offset().fix().local_minus_utc(),
                b.offset().fix().local_minus_utc(),
            );
            let (earlier, later) = (oa.max(ob), oa.min(ob));
            let chosen = match how {
                Disambiguation::Compatible | Disambiguation::Earlier => earlier,
                Disambiguation::Later => later,
                Disambiguation::Reject => return Err(()),
            };
            Ok((wall - i64::from(chosen), "fold", earlier, later))
        }
        LocalResult::None => {
            let (mut lo, mut hi) = (wall - 86_400, wall + 86_400);
            let before = offset(lo);
            while hi - lo > 1 {
                let mid = lo + (hi - lo) / 2;
                if offset(mid) == before {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            let after = offset(hi);
            let chosen = match how {
                Disambiguation::Compatible | Disambiguation::Later => before,
                Disambiguation::Earlier => after,
                Disambiguation::Reject => return Err(()),
            };
            Ok((wall - i64::from(chosen), "gap", before, after))
        }
    }
}

fn engine_resolve(
    zone: Zone,
    local: CivilDateTime,
    how: Disambiguation,
) -> Result<(i64, &'static str, i32, i32), ()> {
    match zone.resolve(local, how) {
        Ok(r) => {
            let (a, b) = match r.resolution {
                Resolution::Exact => {
                    let wall = Zone::UTC.resolve(local, how).unwrap().instant;
                    let o = (wall.unix_seconds() - r.instant.unix_seconds()) as i32;
                    (o, o)
                }
                Resolution::Gap { before, after, .. } => (before.seconds(), after.seconds()),
                Resolution::Fold { earlier, later } => (earlier.seconds(), later.seconds()),
            };
            Ok((r.instant.unix_seconds(), r.resolution.name(), a, b))
        }
        Err(Error::AmbiguousLocalTime { .. } | Error::NonexistentLocalTime { .. }) => Err(()),
        Err(e) => panic!("{zone} {local}: {e}"),
    }
}

/// The wall time `s` seconds after 1970-01-01T00:00 on a clock.
fn wall(s: i64) -> CivilDateTime {
    Zone::UTC.local(instant(s)).datetime
}

#[test]
fn every_zone_resolves_wall_times_around_every_change_as_chrono_tz_does() {
    let mut compared = 0u64;
    for zone in Zone::all() {
        let tz = tz(zone);
        for (t, before, after) in zone.transitions(instant(FROM), instant(TO)) {
            let s = t.unix_seconds();
            let walls = [
                s + i64::from(before.seconds()),
                s + i64::from(after.seconds()),
            ];
            for w in walls {
                for d in [-3600, -60, -1, 0, 1, 60, 1799, 3600] {
                    let local = wall(w + d);
                    for how in Disambiguation::ALL {
                        assert_eq!(
                            engine_resolve(zone, local, how),
                            reference_resolve(tz, local, how),
                            "{zone} {local} {how:?}"
                        );
                        compared += 1;
                    }
                }
            }
        }
    }
    println!("{compared} resolutions compared");
}

#[test]
fn gap_and_fold_bounds_are_the_wall_times_of_the_change() {
    let berlin = Zone::parse("Europe/Berlin").unwrap();
    let r = berlin
        .resolve(
            CivilDateTime::parse("2026-03-29T02:30").unwrap(),
            Disambiguation::Compatible,
        )
        .unwrap();
    assert_eq!(
        r.resolution,
        Resolution::Gap {
            skipped_from: CivilDateTime::parse("2026-03-29T02:00").unwrap(),
            skipped_to: CivilDateTime::parse("2026-03-29T03:00").unwrap(),
            before: berlin.offset_at(instant(1_774_745_999)),
            after: berlin.offset_at(instant(1_774_746_000)),
        }
    );
}

/// The changes of one year in a zone, as (UTC instant, offset after in minutes).
fn changes_in(zone: &str, year: i32) -> Vec<(String, i32)> {
    let z = Zone::parse(zone).unwrap();
    let from = Instant::parse_rfc3339(&format!("{year}-01-01T00:00:00Z")).unwrap();
    let to = Instant::parse_rfc3339(&format!("{}-01-01T00:00:00Z", year + 1))
        .unwrap_or_else(|_| Instant::parse_rfc3339("9999-12-31T23:59:59Z").unwrap());
    z.transitions(from, to)
        .into_iter()
        .map(|(t, _, after)| (t.to_rfc3339(), after.seconds() / 60))
        .collect()
}

#[test]
fn after_2099_zones_keep_switching_by_their_rule() {
    // Where chrono-tz's list ends (2099) the engine goes on with the rule in force, as the tz
    // database (its POSIX TZ strings) and Python's zoneinfo do; chrono-tz keeps the last offset.
    // Every expected change below is zoneinfo's (tzdata 2025.2).
    // EU: last Sunday of March and October at 01:00 UTC.
    assert_eq!(
        changes_in("Europe/Berlin", 2150),
        [
            ("2150-03-29T01:00:00Z".to_string(), 120),
            ("2150-10-25T01:00:00Z".to_string(), 60)
        ]
    );
    assert_eq!(
        changes_in("Europe/London", 9999),
        [
            ("9999-03-28T01:00:00Z".to_string(), 60),
            ("9999-10-31T01:00:00Z".to_string(), 0)
        ]
    );
    // US: second Sunday of March, first Sunday of November, 02:00 local.
    assert_eq!(
        changes_in("America/New_York", 2101),
        [
            ("2101-03-13T07:00:00Z".to_string(), -240),
            ("2101-11-06T06:00:00Z".to_string(), -300)
        ]
    );
    // Southern hemisphere: New Zealand's summer time ends in April and starts in September.
    assert_eq!(
        changes_in("Pacific/Auckland", 2200),
        [
            ("2200-04-05T14:00:00Z".to_string(), 720),
            ("2200-09-27T14:00:00Z".to_string(), 780)
        ]
    );
    // A zone without daylight saving stays as it is.
    assert!(changes_in("Asia/Kolkata", 2300).is_empty());
    // 2099 → 2100 → 2101 without a seam: chrono-tz's last listed year and the first ruled ones.
    for year in 2098..=2102 {
        assert_eq!(changes_in("Europe/Berlin", year).len(), 2, "{year}");
        assert_eq!(changes_in("Australia/Sydney", year).len(), 2, "{year}");
    }
    let berlin = Zone::parse("Europe/Berlin").unwrap();
    let summer = berlin.local(Instant::parse_rfc3339("2500-07-01T12:00:00Z").unwrap());
    assert_eq!(
        (summer.offset.seconds(), summer.abbreviation.as_str()),
        (7200, "CEST")
    );
    assert!(berlin.is_daylight_saving(Instant::parse_rfc3339("2500-07-01T12:00:00Z").unwrap()));
    // Wall times resolve by the rule too: the gap of 2150-03-29 02:00–03:00 in Berlin.
    let r = berlin
        .resolve(
            CivilDateTime::parse("2150-03-29T02:30").unwrap(),
            Disambiguation::Compatible,
        )
        .unwrap();
    assert_eq!(r.resolution.name(), "gap");
    assert_eq!(r.instant.to_rfc3339(), "2150-03-29T01:30:00Z");
}
