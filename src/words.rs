//! How the app says dates, clocks, lengths and places: the one home of month names, the viewer's
//! 12- or 24-hour clock, "1 h 30 min", "5 days later", a zone's city, and the instant a local day
//! starts. Pure and tested natively; the planner, the timetable, the store's status lines and the
//! dialogs all word time through here.

use meridian_engine::schedule::Schedule;
use meridian_engine::{CivilDate, CivilTime, Disambiguation, Instant, Zone};

/// Month abbreviations, January first.
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `Oct`.
pub fn month(d: CivilDate) -> &'static str {
    MONTHS[(d.month() as usize).saturating_sub(1) % 12]
}

/// `19 Oct`.
pub fn day_month(d: CivilDate) -> String {
    format!("{} {}", d.day(), month(d))
}

/// `Mon 30 Mar`.
pub fn short_date(d: CivilDate) -> String {
    format!("{} {}", d.weekday(), day_month(d))
}

/// `Week 43 · 19–25 Oct 2026`.
pub fn week_label(monday: CivilDate) -> String {
    let sunday = monday.add_days(6).unwrap_or(monday);
    let span = if sunday.month() == monday.month() {
        format!("{}–{}", monday.day(), day_month(sunday))
    } else {
        format!("{} – {}", day_month(monday), day_month(sunday))
    };
    format!("Week {} · {span} {}", monday.iso_week(), sunday.year())
}

/// A wall-clock time as the viewer reads clocks: `16:05`, or `4:05 p.m.` on a 12-hour clock.
pub fn clock(t: CivilTime, twelve_hour: bool) -> String {
    let m = t.minutes_of_day();
    let (h, min) = (m / 60, m % 60);
    if twelve_hour {
        let suffix = if h < 12 { "a.m." } else { "p.m." };
        let h12 = if h % 12 == 0 { 12 } else { h % 12 };
        format!("{h12}:{min:02} {suffix}")
    } else {
        format!("{h:02}:{min:02}")
    }
}

/// `16:05` whatever the viewer's clock (rulers, the grid's own labels, switch notices).
pub fn hhmm(t: CivilTime) -> String {
    clock(t, false)
}

/// A span of wall-clock times: `16:00–17:30`, or on a 12-hour clock `4:00–5:30 p.m.` (one
/// suffix when both ends share it) and `11:00 a.m.–12:30 p.m.`.
pub fn span(a: CivilTime, b: CivilTime, twelve_hour: bool) -> String {
    let (ca, cb) = (clock(a, twelve_hour), clock(b, twelve_hour));
    if twelve_hour {
        let suffix = |t: &str| t.rsplit(' ').next().unwrap_or("").to_string();
        if suffix(&ca) == suffix(&cb) {
            let bare = ca.rsplit_once(' ').map_or(ca.as_str(), |(t, _)| t);
            return format!("{bare}–{cb}");
        }
    }
    format!("{ca}–{cb}")
}

/// `1 h 30 min`, `45 min`, `2 h`.
pub fn length(minutes: i64) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

/// How far a move goes: `30 min later`, `1 day earlier`, `5 days and 30 min later`.
pub fn shift(minutes: i64) -> String {
    let abs = minutes.abs();
    let days = |d: i64| format!("{d} day{}", if d == 1 { "" } else { "s" });
    let amount = match (abs / (24 * 60), abs % (24 * 60)) {
        (0, m) => length(m),
        (d, 0) => days(d),
        (d, m) => format!("{} and {}", days(d), length(m)),
    };
    let word = if minutes < 0 { "earlier" } else { "later" };
    format!("{amount} {word}")
}

/// How long until `start`: `in 2 h 15 min`, `in 3 days`, or `now` when it has begun.
pub fn countdown(now: Instant, start: Instant) -> String {
    let minutes = now.minutes_until(start);
    if minutes <= 0 {
        return "now".to_string();
    }
    let days = minutes / (24 * 60);
    if days >= 2 {
        format!("in {days} days")
    } else {
        format!("in {}", length(minutes))
    }
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

    fn t(s: &str) -> CivilTime {
        CivilTime::parse(s).unwrap()
    }

    fn date(s: &str) -> CivilDate {
        CivilDate::parse(s).unwrap()
    }

    #[test]
    fn clocks_read_in_12_or_24_hours() {
        assert_eq!(clock(t("16:05"), false), "16:05");
        assert_eq!(clock(t("16:05"), true), "4:05 p.m.");
        assert_eq!(clock(t("00:30"), true), "12:30 a.m.");
        assert_eq!(clock(t("12:00"), true), "12:00 p.m.");
        assert_eq!(span(t("16:00"), t("17:30"), true), "4:00–5:30 p.m.");
        assert_eq!(span(t("11:00"), t("12:30"), true), "11:00 a.m.–12:30 p.m.");
        assert_eq!(span(t("16:00"), t("17:30"), false), "16:00–17:30");
        assert_eq!(
            countdown(
                Instant::parse_rfc3339("2026-10-20T12:00:00Z").unwrap(),
                Instant::parse_rfc3339("2026-10-20T14:15:00Z").unwrap()
            ),
            "in 2 h 15 min"
        );
    }

    #[test]
    fn dates_and_weeks_read_naturally() {
        assert_eq!(short_date(date("2026-03-30")), "Mon 30 Mar");
        assert_eq!(day_month(date("2026-12-01")), "1 Dec");
        assert_eq!(week_label(date("2026-10-19")), "Week 43 · 19–25 Oct 2026");
        assert_eq!(
            week_label(date("2026-09-28")),
            "Week 40 · 28 Sep – 4 Oct 2026"
        );
        assert_eq!(shift(-(24 * 60 + 30)), "1 day and 30 min earlier");
        assert_eq!(shift(5 * 24 * 60), "5 days later");
    }

    #[test]
    fn a_day_skipped_at_midnight_starts_after_the_gap() {
        // Santiago springs forward at 00:00 on Sun 5 Sep 2027: the day starts at 01:00.
        let santiago = Zone::parse("America/Santiago").unwrap();
        let start = start_of_day(santiago, date("2027-09-05")).unwrap();
        assert_eq!(santiago.local(start).datetime.time(), t("01:00"));
    }
}
