//! Lengths of time in words: `1 h 30 min`, `5 days and 30 min later`, `in 3 days`.

use crate::{w, Words};
use meridian_engine::timetable::Countdown;
use meridian_engine::{Instant, Zone};

/// `1 h 30 min`, `45 min`, `2 h`.
pub fn length(words: &Words, minutes: i64) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => w!(words, "length-minutes", minutes = m),
        (h, 0) => w!(words, "length-hours", hours = h),
        (h, m) => w!(words, "length-hours-minutes", hours = h, minutes = m),
    }
}

/// How far a move goes: `30 min later`, `1 day earlier`, `5 days and 30 min later`.
pub fn shift(words: &Words, minutes: i64) -> String {
    let abs = minutes.abs();
    let (days, rest) = (abs / (24 * 60), abs % (24 * 60));
    let id = if minutes < 0 {
        "shift-earlier"
    } else {
        "shift-later"
    };
    w!(
        words,
        id,
        days = days,
        length = length(words, rest),
        minutes = rest
    )
}

/// How long until `start` for a reader whose clock is `zone`: `in 2 h 15 min`, `tomorrow`,
/// `in 5 days` (calendar days, as the engine's [`countdown`](meridian_engine::timetable::countdown)
/// counts them), or `now` when it has begun.
pub fn countdown(words: &Words, now: Instant, start: Instant, zone: Zone) -> String {
    match meridian_engine::timetable::countdown(now, start, zone) {
        Countdown::Now => words.t("countdown-now"),
        Countdown::Minutes(minutes) => w!(words, "countdown-in", length = length(words, minutes)),
        Countdown::Tomorrow => words.t("countdown-tomorrow"),
        Countdown::Days(days) => w!(words, "countdown-days", days = days),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_shifts_and_countdowns_read_naturally_in_english() {
        let en = Words::english();
        assert_eq!(length(&en, 90), "1 h 30 min");
        assert_eq!(length(&en, 45), "45 min");
        assert_eq!(length(&en, 120), "2 h");
        assert_eq!(shift(&en, -(24 * 60 + 30)), "1 day and 30 min earlier");
        assert_eq!(shift(&en, 5 * 24 * 60), "5 days later");
        assert_eq!(shift(&en, 30), "30 min later");
        let at = |s: &str| Instant::parse_rfc3339(s).unwrap();
        let utc = Zone::UTC;
        assert_eq!(
            countdown(
                &en,
                at("2026-10-20T12:00:00Z"),
                at("2026-10-20T14:15:00Z"),
                utc
            ),
            "in 2 h 15 min"
        );
        assert_eq!(
            countdown(
                &en,
                at("2026-10-20T12:00:00Z"),
                at("2026-10-23T12:00:00Z"),
                utc
            ),
            "in 3 days"
        );
        assert_eq!(
            countdown(
                &en,
                at("2026-10-20T12:00:00Z"),
                at("2026-10-20T11:00:00Z"),
                utc
            ),
            "now"
        );
    }

    #[test]
    fn countdowns_a_day_short_read_in_calendar_days() {
        // What the tester saw on Wed 2 Dec 2026 at 16:15 in Warsaw: "in 4 days" for Monday's
        // 10:15 lecture, "za 6 dni" for next Wednesday's 14:15 lab.
        let warsaw = Zone::parse("Europe/Warsaw").unwrap();
        let at = |s: &str| Instant::parse_rfc3339(s).unwrap();
        let now = at("2026-12-02T15:15:00Z");
        let monday = at("2026-12-07T09:15:00Z");
        assert_eq!(
            countdown(&Words::english(), now, monday, warsaw),
            "in 5 days"
        );
        let ftl = include_str!("../../../locales/pl.ftl");
        let pl = Words::new(
            crate::Catalogue::parse("pl", ftl).unwrap(),
            std::rc::Rc::new(crate::EnglishDates::default()),
        );
        let wednesday = at("2026-12-09T13:15:00Z");
        assert_eq!(countdown(&pl, now, wednesday, warsaw), "za 7 dni");
        assert_eq!(
            countdown(&Words::english(), now, at("2026-12-03T07:00:00Z"), warsaw),
            "tomorrow"
        );
    }
}
