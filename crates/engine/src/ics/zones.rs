//! The zones of a calendar file being read: IANA and Windows names, Mozilla-style TZIDs, and
//! zones the file defines only in its own VTIMEZONE (their rules read and expanded).

use super::import::*;
use crate::error::found;
use crate::time::{CivilDate, CivilDateTime, Instant, Weekday};
use crate::windows_zones::WINDOWS_ZONES;
use crate::zone::{Disambiguation, Zone};
use crate::CalendarProblem as P;

/// The zone of a time in a calendar file: an IANA zone, or one defined only by the file's own
/// VTIMEZONE (Outlook's "Customized Time Zone", an unknown name).
#[derive(Clone, Copy)]
pub(super) enum CalZone<'a> {
    Iana(Zone),
    File(&'a FileZone),
}

impl CalZone<'_> {
    pub(super) const UTC: CalZone<'static> = CalZone::Iana(Zone::UTC);

    /// A wall time as an instant, as RFC 5545 §3.3.5 reads it (a skipped time moves forward by
    /// the gap, a repeated one is its first occurrence).
    pub(super) fn resolve(self, local: CivilDateTime) -> Option<Instant> {
        match self {
            CalZone::Iana(z) => z
                .resolve(local, Disambiguation::Compatible)
                .ok()
                .map(|r| r.instant),
            CalZone::File(f) => f.resolve(local),
        }
    }

    /// The wall time of an instant.
    pub(super) fn local(self, t: Instant) -> Option<CivilDateTime> {
        match self {
            CalZone::Iana(z) => Some(z.local(t).datetime),
            CalZone::File(f) => CivilDateTime::from_clock_seconds(
                t.unix_seconds() + i64::from(f.offset_at(t.unix_seconds())),
            ),
        }
    }
}

/// A zone as a file's VTIMEZONE defines it: its switches (UTC seconds, offset before, offset
/// after, in seconds) over the years the import looks at.
pub(super) struct FileZone {
    pub(super) switches: Vec<(i64, i32, i32)>,
}

impl FileZone {
    pub(super) fn offset_at(&self, t: i64) -> i32 {
        let i = self.switches.partition_point(|s| s.0 <= t);
        match i {
            0 => self.switches.first().map_or(0, |s| s.1),
            i => self.switches[i - 1].2,
        }
    }

    pub(super) fn resolve(&self, local: CivilDateTime) -> Option<Instant> {
        let wall = local.0.and_utc().timestamp();
        // Only switches within two days of the wall time can matter (offsets lie within ±1 day).
        let lo = self.switches.partition_point(|s| s.0 < wall - 2 * 86_400);
        let hi = self.switches.partition_point(|s| s.0 <= wall + 2 * 86_400);
        let near = &self.switches[lo..hi];
        let mut offsets: Vec<i32> = near.iter().flat_map(|s| [s.1, s.2]).collect();
        offsets.push(self.offset_at(wall - 2 * 86_400));
        offsets.sort_unstable();
        offsets.dedup();
        // Exists (once or twice): the earliest reading.
        let found = offsets
            .iter()
            .filter(|o| self.offset_at(wall - i64::from(**o)) == **o)
            .map(|o| wall - i64::from(*o))
            .min();
        let seconds = found.or_else(|| {
            // Skipped: read with the offset before the gap.
            near.iter()
                .find(|(t, before, after)| {
                    t + i64::from(*before) <= wall && wall < t + i64::from(*after)
                })
                .map(|(_, before, _)| wall - i64::from(*before))
        })?;
        Instant::from_unix_seconds(seconds)
    }
}

/// The most switches one VTIMEZONE may make in the years an import reads (real ones make two a
/// year).
pub(super) const MAX_ZONE_SWITCHES: usize = 1000;

/// The zones the file's VTIMEZONEs define, by TZID, with switches over `years`.
pub(super) fn file_zones(
    lines: &[Property],
    years: (i32, i32),
) -> Result<std::collections::HashMap<String, FileZone>, crate::Error> {
    let mut out = std::collections::HashMap::new();
    let mut tzid: Option<String> = None;
    let mut switches: Vec<(i64, i32, i32)> = Vec::new();
    let mut observance: Option<Vec<&Property>> = None;
    let mut inside = false;
    for p in lines {
        let value = p.value.trim();
        match (p.name.as_str(), inside, &mut observance) {
            ("BEGIN", false, _) if value.eq_ignore_ascii_case("VTIMEZONE") => {
                inside = true;
                tzid = None;
                switches = Vec::new();
            }
            ("BEGIN", true, o @ None)
                if value.eq_ignore_ascii_case("STANDARD")
                    || value.eq_ignore_ascii_case("DAYLIGHT") =>
            {
                *o = Some(Vec::new());
            }
            ("END", true, o @ Some(_))
                if value.eq_ignore_ascii_case("STANDARD")
                    || value.eq_ignore_ascii_case("DAYLIGHT") =>
            {
                if let Some(props) = o.take() {
                    onsets(&props, p.line, years, &mut switches)?;
                }
            }
            ("END", true, None) if value.eq_ignore_ascii_case("VTIMEZONE") => {
                inside = false;
                if switches.len() > MAX_ZONE_SWITCHES {
                    return Err(bad(
                        p.line,
                        P::TooManySwitches {
                            max: MAX_ZONE_SWITCHES,
                        },
                    ));
                }
                if let Some(id) = tzid.take() {
                    switches.sort();
                    out.insert(
                        id,
                        FileZone {
                            switches: std::mem::take(&mut switches),
                        },
                    );
                }
            }
            ("TZID", true, None) => tzid = Some(p.value.clone()),
            (_, true, Some(props)) => props.push(p),
            _ => {}
        }
    }
    Ok(out)
}

/// The switches one STANDARD or DAYLIGHT observance makes in `years`: its DTSTART (a wall time on
/// the clock before the switch), a yearly RRULE (`BYMONTH` with `BYDAY=-1SU`-style or
/// `BYMONTHDAY` days, `UNTIL`) and RDATEs.
pub(super) fn onsets(
    props: &[&Property],
    end_line: usize,
    years: (i32, i32),
    out: &mut Vec<(i64, i32, i32)>,
) -> Result<(), crate::Error> {
    let get = |name: &str| props.iter().find(|p| p.name == name).copied();
    let without = |property: &'static str| bad(end_line, P::ZoneRuleWithout { property });
    let offset = |name: &'static str| -> Result<i32, crate::Error> {
        let p = get(name).ok_or_else(|| without(name))?;
        parse_offset(p.value.trim()).ok_or_else(|| {
            bad(
                p.line,
                P::NotAnOffset {
                    text: found(p.value.trim()),
                },
            )
        })
    };
    let (from, to) = (offset("TZOFFSETFROM")?, offset("TZOFFSETTO")?);
    let start_p = get("DTSTART").ok_or_else(|| without("DTSTART"))?;
    let start = match parse_when(
        start_p.value.trim().trim_end_matches('Z'),
        CalZone::UTC,
        start_p.line,
    )? {
        When::At(t) => Zone::UTC.local(t).datetime,
        When::Day(d) => d.at(crate::CivilTime::MIDNIGHT),
    };
    let mut push = |wall: CivilDateTime| {
        out.push((wall.0.and_utc().timestamp() - i64::from(from), from, to));
    };
    push(start);
    for p in props.iter().filter(|p| p.name == "RDATE") {
        for v in p.value.split(',') {
            if let When::At(t) = parse_when(v.trim().trim_end_matches('Z'), CalZone::UTC, p.line)? {
                push(Zone::UTC.local(t).datetime);
            }
        }
    }
    let Some(rule) = get("RRULE") else {
        return Ok(());
    };
    let (mut month, mut nth, mut weekday, mut monthdays, mut until) =
        (None, None, None, Vec::new(), None);
    let refuse = |part: &str| bad(rule.line, P::ZoneRulePartNotRead { part: found(part) });
    for part in rule.value.split(';') {
        let Some((k, v)) = part.split_once('=') else {
            continue;
        };
        match k.trim().to_ascii_uppercase().as_str() {
            "FREQ" if v.trim().eq_ignore_ascii_case("YEARLY") => {}
            "BYMONTH" => {
                month = v
                    .trim()
                    .parse::<u32>()
                    .ok()
                    .filter(|m| (1..=12).contains(m))
            }
            "BYDAY" => {
                let v = v.trim().to_ascii_uppercase();
                let split = v.len().saturating_sub(2);
                let (n, day) = v.split_at(split);
                weekday = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
                    .iter()
                    .position(|c| *c == day)
                    .map(|i| Weekday::ALL[i]);
                nth = match n.trim_start_matches('+') {
                    "" => None,
                    n => Some(
                        n.parse::<i64>()
                            .ok()
                            .filter(|n| *n != 0 && n.abs() <= 5)
                            .ok_or_else(|| refuse(part))?,
                    ),
                };
                if weekday.is_none() {
                    return Err(refuse(part));
                }
            }
            "BYMONTHDAY" => {
                for d in v.split(',') {
                    monthdays.push(
                        d.trim()
                            .parse::<u32>()
                            .ok()
                            .filter(|d| (1..=31).contains(d))
                            .ok_or_else(|| refuse(part))?,
                    );
                }
            }
            "UNTIL" => {
                until = match parse_when(v.trim().trim_end_matches('Z'), CalZone::UTC, rule.line)? {
                    When::At(t) => Some(t.unix_seconds()),
                    When::Day(d) => {
                        Some(d.at(crate::CivilTime::MIDNIGHT).0.and_utc().timestamp() + 86_400)
                    }
                }
            }
            "WKST" | "INTERVAL" if v.trim() == "1" || k.trim().eq_ignore_ascii_case("WKST") => {}
            _ => return Err(refuse(part)),
        }
    }
    let month = month.ok_or_else(|| bad(rule.line, P::ZoneRuleWithoutMonth))?;
    for year in years.0.max(start.date().year())..=years.1 {
        let Some(first) = CivilDate::new(year, month, 1) else {
            continue;
        };
        let days: Vec<CivilDate> = (0..31)
            .filter_map(|i| first.add_days(i))
            .filter(|d| d.month() == month)
            .collect();
        let matching: Vec<CivilDate> = days
            .iter()
            .copied()
            .filter(|d| weekday.is_none_or(|w| d.weekday() == w))
            .filter(|d| monthdays.is_empty() || monthdays.contains(&d.day()))
            .collect();
        let day = match nth {
            Some(n) if n > 0 => matching.get((n - 1) as usize).copied(),
            Some(n) => matching
                .len()
                .checked_sub(n.unsigned_abs() as usize)
                .and_then(|i| matching.get(i).copied()),
            None => matching.first().copied(),
        };
        let Some(day) = day else { continue };
        let wall = day.at(start.time());
        let at = wall.0.and_utc().timestamp() - i64::from(from);
        if wall > start && until.is_none_or(|u| at <= u) {
            push(wall);
        }
    }
    Ok(())
}

/// `+0100`, `-0330`, `+053028` → seconds.
pub(super) fn parse_offset(v: &str) -> Option<i32> {
    let (sign, rest) = match v.as_bytes().first()? {
        b'+' => (1, &v[1..]),
        b'-' => (-1, &v[1..]),
        _ => return None,
    };
    if !(rest.len() == 4 || rest.len() == 6) || !rest.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = |r: std::ops::Range<usize>| rest.get(r).and_then(|x| x.parse::<i32>().ok());
    let seconds = n(0..2)? * 3600 + n(2..4)? * 60 + if rest.len() == 6 { n(4..6)? } else { 0 };
    Some(sign * seconds)
}

pub(super) type FileZones = std::collections::HashMap<String, FileZone>;

pub(super) fn zone_of<'a>(
    p: &Property,
    default: CalZone<'a>,
    files: &'a FileZones,
) -> Result<CalZone<'a>, crate::Error> {
    match p.param("TZID") {
        None => Ok(default),
        Some(tz) => {
            let tz = tz.trim_start_matches('/');
            Zone::parse(tz)
                .ok()
                // `/mozilla.org/20070129_1/Europe/Berlin` (Thunderbird, Evolution): an IANA name
                // after a prefix; the longest one that is a zone.
                .or_else(|| {
                    tz.match_indices('/')
                        .find_map(|(i, _)| Zone::parse(&tz[i + 1..]).ok())
                })
                .or_else(|| {
                    WINDOWS_ZONES
                        .iter()
                        .find(|(w, _)| w.eq_ignore_ascii_case(tz))
                        .and_then(|(_, iana)| Zone::parse(iana).ok())
                })
                .map(CalZone::Iana)
                .or_else(|| {
                    p.param("TZID")
                        .and_then(|id| files.get(id))
                        .map(CalZone::File)
                })
                .ok_or_else(|| bad(p.line, P::UnknownZone { name: found(tz) }))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_windows_zone_name_maps_to_a_zone_meridian_knows() {
        assert!(WINDOWS_ZONES.len() > 130);
        for (windows, iana) in WINDOWS_ZONES {
            assert!(Zone::parse(iana).is_ok(), "{windows} → {iana}");
        }
    }
}
