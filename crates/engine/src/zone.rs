//! Time zones: the whole IANA database in Meridian's own compact table (written at build time
//! from chrono-tz's, see `table`), searchable by name and city, and the two conversions between
//! civil and absolute time.

mod table;

use crate::time::{CivilDateTime, Instant, UtcOffset, Weekday};
use crate::Error;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// The version of the IANA time zone database compiled into Meridian, e.g. `2025b` (the one
/// chrono-tz carries when the engine is built).
pub const TZDB_VERSION: &str = table::TZDB_VERSION;

/// The longest zone name Meridian reads, in characters. The longest IANA name,
/// `America/Argentina/ComodRivadavia`, has 32.
pub const MAX_ZONE_NAME_CHARS: usize = 64;

/// An IANA time zone such as `Europe/Berlin`.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Zone(u16);

impl fmt::Debug for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Zone({})", self.name())
    }
}

/// How to turn a wall-clock time that is skipped (gap) or repeated (fold) into an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Disambiguation {
    /// RFC 5545 and Temporal: in a gap, move forward by the gap's length; in a fold, take the
    /// earlier instant. What calendars do, and Meridian's default.
    #[default]
    Compatible,
    /// The earlier of the two candidate instants (in a gap: as if the switch had not happened yet).
    Earlier,
    /// The later of the two candidate instants (in a gap: as if the switch had already happened).
    Later,
    /// Refuse: a gap or fold is an error.
    Reject,
}

impl Disambiguation {
    /// All four, in the order the docs list them.
    pub const ALL: [Disambiguation; 4] = [
        Disambiguation::Compatible,
        Disambiguation::Earlier,
        Disambiguation::Later,
        Disambiguation::Reject,
    ];

    /// The lower-case name used in the CLI and the schedule format.
    pub fn name(self) -> &'static str {
        match self {
            Disambiguation::Compatible => "compatible",
            Disambiguation::Earlier => "earlier",
            Disambiguation::Later => "later",
            Disambiguation::Reject => "reject",
        }
    }
}

impl FromStr for Disambiguation {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        Disambiguation::ALL
            .into_iter()
            .find(|d| d.name().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| Error::UnknownDisambiguation(s.to_string()))
    }
}

/// What happened when a wall-clock time was resolved in a zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// The wall-clock time exists exactly once.
    Exact,
    /// The wall-clock time was skipped by a switch: local times from `skipped_from` up to (not
    /// including) `skipped_to` do not exist that day.
    Gap {
        /// First skipped wall-clock time, e.g. 02:00.
        skipped_from: CivilDateTime,
        /// First wall-clock time after the gap, e.g. 03:00.
        skipped_to: CivilDateTime,
        /// Offset before the switch.
        before: UtcOffset,
        /// Offset after the switch.
        after: UtcOffset,
    },
    /// The wall-clock time happens twice.
    Fold {
        /// Offset of the first occurrence (before the switch).
        earlier: UtcOffset,
        /// Offset of the second occurrence (after the switch).
        later: UtcOffset,
    },
}

impl Resolution {
    /// `exact`, `gap` or `fold`.
    pub fn name(&self) -> &'static str {
        match self {
            Resolution::Exact => "exact",
            Resolution::Gap { .. } => "gap",
            Resolution::Fold { .. } => "fold",
        }
    }
    /// Length of the gap or fold in minutes (0 when exact).
    pub fn shift_minutes(&self) -> i64 {
        match self {
            Resolution::Exact => 0,
            Resolution::Gap { before, after, .. } => ((after.0 - before.0) / 60).into(),
            Resolution::Fold { earlier, later } => ((earlier.0 - later.0) / 60).into(),
        }
    }
}

/// A wall-clock time resolved to an instant, with what happened on the way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved {
    /// The chosen instant.
    pub instant: Instant,
    /// Whether the wall-clock time was exact, in a gap or in a fold.
    pub resolution: Resolution,
}

/// An instant as seen on a clock in one zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalTime {
    /// The zone.
    pub zone: Zone,
    /// The wall-clock date and time there.
    pub datetime: CivilDateTime,
    /// The UTC offset in force.
    pub offset: UtcOffset,
    /// The zone's abbreviation (`CET`, `NZDT`), or the offset (`+08`) where the zone has none.
    pub abbreviation: String,
}

impl LocalTime {
    /// The local day of the week.
    pub fn weekday(&self) -> Weekday {
        self.datetime.weekday()
    }
}

/// One hit of [`Zone::search`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZoneMatch {
    /// The zone.
    pub zone: Zone,
    /// The city that matched, when the match was by city.
    pub city: Option<&'static str>,
}

impl Zone {
    /// UTC.
    pub const UTC: Zone = Zone(table::UTC);

    /// Every zone in the database, in name order.
    pub fn all() -> impl Iterator<Item = Zone> {
        (0..table::ZONES as u16).map(Zone)
    }

    /// Reads an IANA name (`Europe/Berlin`; case is forgiven). An unknown name gives
    /// [`Error::UnknownZone`] with close names as suggestions. A name longer than
    /// [`MAX_ZONE_NAME_CHARS`] is no zone and gets no suggestions (their search is quadratic in
    /// the name's length), and the error keeps only an excerpt of it: the time taken is bounded
    /// whatever the text.
    pub fn parse(name: &str) -> Result<Zone, Error> {
        let wanted = name.trim();
        if wanted.chars().nth(MAX_ZONE_NAME_CHARS).is_some() {
            return Err(Error::UnknownZone {
                name: crate::error::excerpt(name, crate::error::MAX_ECHO_CHARS).into_owned(),
                suggestions: Vec::new(),
            });
        }
        if let Some(z) = Zone::find(wanted) {
            return Ok(z);
        }
        Err(Error::UnknownZone {
            name: name.to_string(),
            suggestions: suggest(wanted),
        })
    }

    /// The zone an IANA name names (`Europe/Berlin`; ASCII case is forgiven, as the names are
    /// ASCII), or `None`: [`Zone::parse`] without the suggestions, for readers that drop them
    /// (a link's zones, the browser's own zone), so that they do not carry the search's Unicode
    /// case folding.
    pub fn find(name: &str) -> Option<Zone> {
        let wanted = name.trim();
        table::find(wanted)
            .map(Zone)
            .or_else(|| Zone::all().find(|z| z.name().eq_ignore_ascii_case(wanted)))
    }

    /// The IANA name.
    pub fn name(self) -> &'static str {
        table::name(self.0)
    }

    /// The last part of the name as a place, e.g. `Los Angeles` for `America/Los_Angeles`.
    pub fn place(self) -> String {
        self.name()
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .replace('_', " ")
    }

    /// Zones whose name or city contains `query` (case-insensitive; spaces match underscores).
    /// Exact city or name matches come first. At most `limit` results.
    pub fn search(query: &str, limit: usize) -> Vec<ZoneMatch> {
        let q = normalise(query);
        if q.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<(u8, ZoneMatch)> = Vec::new();
        for &(city, zone_name) in CITIES {
            let c = normalise(city);
            if let (true, Ok(zone)) = (c.contains(&q), Zone::parse(zone_name)) {
                let rank = if c == q {
                    0
                } else if c.starts_with(&q) {
                    2
                } else {
                    4
                };
                hits.push((
                    rank,
                    ZoneMatch {
                        zone,
                        city: Some(city),
                    },
                ));
            }
        }
        for zone in Zone::all() {
            let n = normalise(zone.name());
            let p = normalise(&zone.place());
            let rank = if n == q || p == q {
                1
            } else if p.starts_with(&q) {
                3
            } else if n.contains(&q) {
                5
            } else {
                continue;
            };
            hits.push((rank, ZoneMatch { zone, city: None }));
        }
        hits.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.zone.name().cmp(b.1.zone.name())));
        let mut seen = Vec::new();
        hits.into_iter()
            .filter(|(_, m)| {
                let new = !seen.contains(&(m.zone, m.city));
                seen.push((m.zone, m.city));
                new
            })
            .map(|(_, m)| m)
            .take(limit)
            .collect()
    }

    /// Whether daylight-saving (summer) time is in force at `instant` (a positive DST part of
    /// the offset; Dublin's negative winter rule counts as standard time).
    pub fn is_daylight_saving(self, instant: Instant) -> bool {
        let t = table::table(self.0);
        table::state(t.state_at(instant.unix_seconds())).dst
    }

    /// The instant's wall-clock time, offset and abbreviation in this zone.
    pub fn local(self, instant: Instant) -> LocalTime {
        let t = table::table(self.0);
        let state = table::state(t.state_at(instant.unix_seconds()));
        let offset = UtcOffset(state.offset);
        let abbreviation = match state.abbreviation {
            Some(a) => a.to_string(),
            None => numeric_abbreviation(offset),
        };
        let seconds = instant.unix_seconds() + i64::from(state.offset);
        LocalTime {
            zone: self,
            // Within chrono's range for every instant of years 1000–9999 and any offset.
            datetime: CivilDateTime::from_clock_seconds(seconds)
                .unwrap_or_else(|| instant_as_utc(instant)),
            offset,
            abbreviation,
        }
    }

    /// The UTC offset in force at an instant.
    pub fn offset_at(self, instant: Instant) -> UtcOffset {
        UtcOffset(table::table(self.0).offset_at(instant.unix_seconds()))
    }

    /// Resolves a wall-clock time in this zone to an instant. `disambiguation` says what to do
    /// when the time is skipped (gap) or repeated (fold); the result says which happened.
    pub fn resolve(
        self,
        local: CivilDateTime,
        disambiguation: Disambiguation,
    ) -> Result<Resolved, Error> {
        let as_utc = |offset: UtcOffset| {
            let secs = local.0.and_utc().timestamp() - i64::from(offset.0);
            Instant::from_unix_seconds(secs).ok_or_else(|| Error::OutOfRange(local.to_string()))
        };
        let wall = local.0.and_utc().timestamp();
        let zone = table::table(self.0);
        // Offsets lie within ±16 h and no zone changes twice within two days, so the offsets
        // one day either side of the wall time read as UTC are the only candidates; each is
        // right when the instant it gives has that offset.
        let (a, b) = (zone.offset_at(wall - 86_400), zone.offset_at(wall + 86_400));
        let fits = |o: i32| zone.offset_at(wall - i64::from(o)) == o;
        let found = match (fits(a), a != b && fits(b)) {
            (true, true) => Found::Two(a, b),
            (true, false) => Found::One(a),
            (false, true) => Found::One(b),
            (false, false) => Found::None,
        };
        match found {
            Found::One(o) => Ok(Resolved {
                instant: as_utc(UtcOffset(o))?,
                resolution: Resolution::Exact,
            }),
            Found::Two(oa, ob) => {
                // The first occurrence has the larger offset (the smaller instant).
                let (earlier, later) = (UtcOffset(oa.max(ob)), UtcOffset(oa.min(ob)));
                let resolution = Resolution::Fold { earlier, later };
                let chosen = match disambiguation {
                    Disambiguation::Compatible | Disambiguation::Earlier => earlier,
                    Disambiguation::Later => later,
                    Disambiguation::Reject => {
                        return Err(Error::AmbiguousLocalTime {
                            zone: self.name().into(),
                            local: local.to_string(),
                            offsets: (earlier.to_iso(), later.to_iso()),
                        })
                    }
                };
                Ok(Resolved {
                    instant: as_utc(chosen)?,
                    resolution,
                })
            }
            Found::None => {
                let (transition, before, after) = self.transition_near(local)?;
                let wall = |off: UtcOffset| {
                    transition
                        .add_minutes(i64::from(off.0) / 60)
                        .map(|i| Zone::UTC.local(i).datetime)
                        .ok_or_else(|| Error::OutOfRange(local.to_string()))
                };
                let resolution = Resolution::Gap {
                    skipped_from: wall(before)?,
                    skipped_to: wall(after)?,
                    before,
                    after,
                };
                let chosen = match disambiguation {
                    // Reading the time with the offset from before the switch lands after the gap.
                    Disambiguation::Compatible | Disambiguation::Later => before,
                    Disambiguation::Earlier => after,
                    Disambiguation::Reject => {
                        return Err(Error::NonexistentLocalTime {
                            zone: self.name().into(),
                            local: local.to_string(),
                            skipped: format!("{}–{}", wall(before)?.time(), wall(after)?.time()),
                        })
                    }
                };
                Ok(Resolved {
                    instant: as_utc(chosen)?,
                    resolution,
                })
            }
        }
    }

    /// The offset change that skips a wall-clock time: (first instant with the new offset,
    /// offset before, offset after). Offsets lie within ±1 day, so it is the first change after
    /// the wall time read as UTC less a day whose offset differs.
    fn transition_near(
        self,
        local: CivilDateTime,
    ) -> Result<(Instant, UtcOffset, UtcOffset), Error> {
        let naive = local.0.and_utc().timestamp();
        let out = || Error::OutOfRange(local.to_string());
        let (at, before, after) = self.offset_changes(naive - 86_400).next().ok_or_else(out)?;
        let transition = Instant::from_unix_seconds(at).ok_or_else(out)?;
        Ok((transition, UtcOffset(before), UtcOffset(after)))
    }

    /// The changes of offset after `t` (seconds since 1970), in order: (when, offset before,
    /// offset after). A change of abbreviation or of daylight saving alone is not one.
    fn offset_changes(self, t: i64) -> impl Iterator<Item = (i64, i32, i32)> {
        let zone = table::table(self.0);
        let mut t = t;
        std::iter::from_fn(move || loop {
            let (at, before, after) = zone.next_change(t)?;
            t = at;
            let (before, after) = (table::state(before).offset, table::state(after).offset);
            if before != after {
                return Some((at, before, after));
            }
        })
    }

    /// The instants in `[from, to)` at which this zone's UTC offset changes, each with the
    /// offsets before and after, read from the zone table.
    pub fn transitions(self, from: Instant, to: Instant) -> Vec<(Instant, UtcOffset, UtcOffset)> {
        self.offset_changes(from.unix_seconds() - 1)
            .take_while(|&(at, _, _)| at < to.unix_seconds())
            .filter_map(|(at, before, after)| {
                Instant::from_unix_seconds(at).map(|i| (i, UtcOffset(before), UtcOffset(after)))
            })
            .collect()
    }

    /// The instants where the offset changes in `[from, to)`, found by sampling every `step`
    /// seconds and bisecting (independent of the table's list of changes), for tests.
    #[doc(hidden)]
    pub fn transitions_sampled(
        self,
        from: Instant,
        to: Instant,
        step: i64,
    ) -> Vec<(Instant, UtcOffset, UtcOffset)> {
        let step = step.max(1);
        let mut found = Vec::new();
        let mut t = from.unix_seconds();
        let end = to.unix_seconds();
        let off = |s: i64| Instant::from_unix_seconds(s).map(|i| self.offset_at(i));
        let Some(mut current) = off(t) else {
            return found;
        };
        while t < end {
            let next = (t + step).min(end);
            let Some(o) = off(next) else { break };
            if o != current {
                let (mut lo, mut hi) = (t, next);
                while hi - lo > 1 {
                    let mid = lo + (hi - lo) / 2;
                    if off(mid) == Some(current) {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                if let Some(i) = Instant::from_unix_seconds(hi) {
                    found.push((i, current, o));
                }
                current = o;
            }
            t = next;
        }
        found
    }
}

impl fmt::Display for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Zone {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        Zone::parse(s)
    }
}

impl Serialize for Zone {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for Zone {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        Zone::parse(&name).map_err(crate::error::refused_by_serde)
    }
}

/// What a wall-clock time reads as: one instant, two (a fold) or none (a gap).
enum Found {
    One(i32),
    Two(i32, i32),
    None,
}

/// The instant's UTC reading (never needed: every instant of years 1000–9999 has a wall time).
fn instant_as_utc(instant: Instant) -> CivilDateTime {
    CivilDateTime(instant.utc().naive_utc())
}

fn numeric_abbreviation(offset: UtcOffset) -> String {
    let sign = if offset.0 < 0 { '-' } else { '+' };
    let a = offset.0.unsigned_abs();
    if a % 3600 == 0 {
        format!("{sign}{:02}", a / 3600)
    } else {
        format!("{sign}{:02}{:02}", a / 3600, a / 60 % 60)
    }
}

fn normalise(s: &str) -> String {
    s.trim().to_lowercase().replace(['_', '-'], " ")
}

/// Close zone names for an unknown one: same city by the city list, or small edit distance.
fn suggest(wanted: &str) -> Vec<String> {
    let q = normalise(wanted);
    let mut scored: Vec<(usize, &'static str)> = Vec::new();
    for &(city, zone) in CITIES {
        if normalise(city) == q {
            scored.push((0, zone));
        }
    }
    for zone in Zone::all() {
        let full = edit_distance(&q, &normalise(zone.name()));
        let place = edit_distance(&q, &normalise(&zone.place()));
        let d = full.min(place + 1);
        if d <= (q.chars().count() / 3).max(2) {
            scored.push((d, zone.name()));
        }
    }
    scored.sort();
    // Only the closest names: "Berln" suggests Berlin, not every zone a few letters away.
    let best = scored.first().map_or(0, |s| s.0);
    let mut out: Vec<String> = Vec::new();
    for (_, z) in scored
        .into_iter()
        .filter(|s| s.0 <= best + usize::from(best > 0))
    {
        if !out.iter().any(|o| o == z) {
            out.push(z.to_string());
        }
        if out.len() == 3 {
            break;
        }
    }
    out
}

/// Levenshtein distance over characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// Cities that are not the namesake of their IANA zone, so that a search for "Milan" or
/// "Gothenburg" finds the right zone. Every partner campus city is here.
pub const CITIES: &[(&str, &str)] = &[
    ("Aachen", "Europe/Berlin"),
    ("Munich", "Europe/Berlin"),
    ("Hamburg", "Europe/Berlin"),
    ("Gothenburg", "Europe/Stockholm"),
    ("Trondheim", "Europe/Oslo"),
    ("Milan", "Europe/Rome"),
    ("Turin", "Europe/Rome"),
    ("Valencia", "Europe/Madrid"),
    ("Barcelona", "Europe/Madrid"),
    ("Manchester", "Europe/London"),
    ("Edinburgh", "Europe/London"),
    ("Delft", "Europe/Amsterdam"),
    ("Eindhoven", "Europe/Amsterdam"),
    ("Lausanne", "Europe/Zurich"),
    ("Geneva", "Europe/Zurich"),
    ("Leuven", "Europe/Brussels"),
    ("Krakow", "Europe/Warsaw"),
    ("Saint Petersburg", "Europe/Moscow"),
    ("Cambridge, MA", "America/New_York"),
    ("Boston", "America/New_York"),
    ("Washington", "America/New_York"),
    ("Houston", "America/Chicago"),
    ("Austin", "America/Chicago"),
    ("San Francisco", "America/Los_Angeles"),
    ("Seattle", "America/Vancouver"),
    ("Montreal", "America/Toronto"),
    ("Ottawa", "America/Toronto"),
    ("Rio de Janeiro", "America/Sao_Paulo"),
    ("Beijing", "Asia/Shanghai"),
    ("Hangzhou", "Asia/Shanghai"),
    ("Shenzhen", "Asia/Shanghai"),
    ("Hong Kong", "Asia/Hong_Kong"),
    ("Mumbai", "Asia/Kolkata"),
    ("Delhi", "Asia/Kolkata"),
    ("Bangalore", "Asia/Kolkata"),
    ("Kyoto", "Asia/Tokyo"),
    ("Osaka", "Asia/Tokyo"),
    ("Canberra", "Australia/Sydney"),
    ("Wellington", "Pacific/Auckland"),
    ("Christchurch", "Pacific/Auckland"),
    ("Cape Town", "Africa/Johannesburg"),
    ("Abu Dhabi", "Asia/Dubai"),
];
