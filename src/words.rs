//! What the app's words are built from that is not language: a 24-hour `16:05` (rulers and a
//! campus's local time on a block, read the same in every language), a zone's city, and the
//! instant a local day starts. Everything a reader reads in words comes from the catalogues
//! (`meridian_words`, `crate::language`).

use meridian_engine::schedule::Schedule;
use meridian_engine::{CivilDate, CivilTime, Disambiguation, Instant, Zone};

/// `16:05`, whatever the reader's clock and language (rulers, the grid's own labels).
pub fn hhmm(t: CivilTime) -> String {
    let m = t.minutes_of_day();
    format!("{:02}:{:02}", m / 60, m % 60)
}

/// A city for a zone: the first campus in it, else the zone's own place name (`Toronto`).
pub fn city(schedule: &Schedule, zone: Zone) -> String {
    schedule
        .campuses
        .iter()
        .find(|c| c.zone == zone)
        .map_or_else(|| zone.place(), |c| c.city.clone())
}

/// The instant `date` starts in `zone`: its midnight, or (when a switch skips midnight) the
/// first instant after the gap.
pub fn start_of_day(zone: Zone, date: CivilDate) -> Option<Instant> {
    zone.resolve(date.at(CivilTime::MIDNIGHT), Disambiguation::Compatible)
        .ok()
        .map(|r| r.instant)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_24_hour_clock_pads_hours() {
        assert_eq!(hhmm(CivilTime::parse("06:05").unwrap()), "06:05");
        assert_eq!(hhmm(CivilTime::parse("16:30").unwrap()), "16:30");
    }

    #[test]
    fn a_day_skipped_at_midnight_starts_after_the_gap() {
        // Santiago springs forward at 00:00 on Sun 5 Sep 2027: the day starts at 01:00.
        let santiago = Zone::parse("America/Santiago").unwrap();
        let start = start_of_day(santiago, CivilDate::parse("2027-09-05").unwrap()).unwrap();
        assert_eq!(
            santiago.local(start).datetime.time(),
            CivilTime::parse("01:00").unwrap()
        );
    }
}
