//! A schedule version's fingerprint: a short hash of its canonical form.

use crate::schedule::{Schedule, Session};
use crate::Error;
use base64::Engine as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sha2::{Digest, Sha256};
use std::fmt;
use std::str::FromStr;

/// The bytes of a fingerprint: the first 8 of a SHA-256.
pub const FINGERPRINT_BYTES: usize = 8;

/// The characters of a fingerprint's text (8 bytes in unpadded base64url).
pub const FINGERPRINT_CHARS: usize = 11;

/// Names one version of a schedule: the first 8 bytes of the SHA-256 of its canonical form
/// ([`canonical`]), so two schedules that mean the same have the same fingerprint, whichever
/// way they travelled (a file, a link). Written as 11 characters of unpadded base64url, e.g.
/// `Qm3x0Jc9Z1A`, which is also its serde form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Fingerprint(pub [u8; FINGERPRINT_BYTES]);

impl Fingerprint {
    /// The 8 bytes.
    pub fn bytes(self) -> [u8; FINGERPRINT_BYTES] {
        self.0
    }
}

impl fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(self.0))
    }
}

impl FromStr for Fingerprint {
    type Err = Error;

    /// Reads the 11 characters [`Display`](fmt::Display) writes (surrounding spaces allowed).
    fn from_str(text: &str) -> Result<Self, Error> {
        let bad = || Error::Invalid {
            path: "fingerprint".into(),
            problem: crate::Problem::NotAFingerprint {
                text: crate::error::excerpt(text, crate::error::MAX_ECHO_CHARS).into_owned(),
            },
        };
        let t = text.trim();
        if t.len() != FINGERPRINT_CHARS {
            return Err(bad());
        }
        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(t)
            .map_err(|_| bad())?;
        let bytes: [u8; FINGERPRINT_BYTES] = bytes.try_into().map_err(|_| bad())?;
        Ok(Fingerprint(bytes))
    }
}

impl Serialize for Fingerprint {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Fingerprint {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(crate::error::refused_by_serde)
    }
}

/// The fingerprint of a schedule version: equal for schedules that mean the same
/// ([`canonical`] of one equals that of the other), different otherwise except by a 2⁻⁶⁴ chance.
pub fn fingerprint(schedule: &Schedule) -> Fingerprint {
    let text = serde_json::to_string(&canonical(schedule)).unwrap_or_default();
    let mut hash = Sha256::new();
    // A tag, so that the canonical form can change (a new tag) without old and new colliding.
    hash.update(b"meridian-fingerprint/1\n");
    hash.update(text.as_bytes());
    let digest = hash.finalize();
    let mut out = [0u8; FINGERPRINT_BYTES];
    out.copy_from_slice(&digest[..FINGERPRINT_BYTES]);
    Fingerprint(out)
}

/// A schedule in its canonical form: the same schedule with everything whose order or spelling
/// carries no meaning put one way. Lists of items with ids (campuses, cohorts, lecturers, rooms,
/// sessions, busy calendars) sorted by id; a session's cohorts, rooms, weekdays and skipped
/// dates sorted without repeats (no weekdays = the first start's weekday); its changed weeks one
/// per date (the first, as [`Session::change_on`] reads them), by date, without empty ones; a
/// campus's closures, switched-off holidays and periods and a calendar's blocks sorted without
/// repeats (a closure ending the day it
/// starts = one without an end).
pub fn canonical(schedule: &Schedule) -> Schedule {
    let mut s = schedule.clone();
    s.campuses.sort_by(|a, b| a.id.cmp(&b.id));
    for c in &mut s.campuses {
        for closure in &mut c.closures {
            if closure.end == Some(closure.start) {
                closure.end = None;
            }
        }
        c.closures
            .sort_by(|a, b| (a.start, a.end, &a.name).cmp(&(b.start, b.end, &b.name)));
        c.closures.dedup();
        c.holidays_off.sort();
        c.holidays_off.dedup();
        c.periods.sort_by(|a, b| {
            (a.start, a.end, a.kind, &a.name).cmp(&(b.start, b.end, b.kind, &b.name))
        });
        c.periods.dedup();
    }
    s.cohorts.sort_by(|a, b| a.id.cmp(&b.id));
    s.lecturers.sort_by(|a, b| a.id.cmp(&b.id));
    s.rooms.sort_by(|a, b| a.id.cmp(&b.id));
    s.busy.sort_by(|a, b| a.id.cmp(&b.id));
    for b in &mut s.busy {
        b.blocks
            .sort_by(|x, y| (x.start, x.end, &x.title).cmp(&(y.start, y.end, &y.title)));
        b.blocks.dedup();
    }
    s.sessions.sort_by(|a, b| a.id.cmp(&b.id));
    for x in &mut s.sessions {
        canonical_session(x);
    }
    s
}

/// A session's canonical form (see [`canonical`]).
pub(crate) fn canonical_session(x: &mut Session) {
    x.cohorts.sort();
    x.cohorts.dedup();
    x.rooms.sort();
    x.rooms.dedup();
    if let Some(r) = &mut x.repeat {
        if r.weekdays.is_empty() {
            r.weekdays.push(x.start.weekday());
        }
        r.weekdays.sort();
        r.weekdays.dedup();
        r.skip.sort();
        r.skip.dedup();
    }
    let mut seen = std::collections::HashSet::new();
    x.changes.retain(|c| seen.insert(c.date));
    x.changes
        .retain(|c| c.start.is_some() || c.duration_minutes.is_some() || c.rooms.is_some());
    for c in &mut x.changes {
        if let Some(rooms) = &mut c.rooms {
            rooms.sort();
            rooms.dedup();
        }
    }
    x.changes.sort_by_key(|c| c.date);
}
