//! Lengths of time in words: `1 h 30 min`, `5 days and 30 min later`, `in 3 days`.

use crate::{w, Words};
use meridian_engine::Instant;

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

/// How long until `start`: `in 2 h 15 min`, `in 3 days`, or `now` when it has begun.
pub fn countdown(words: &Words, now: Instant, start: Instant) -> String {
    let minutes = now.minutes_until(start);
    let days = minutes / (24 * 60);
    if minutes <= 0 {
        words.t("countdown-now")
    } else if days >= 2 {
        w!(words, "countdown-days", days = days)
    } else {
        w!(words, "countdown-in", length = length(words, minutes))
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
        assert_eq!(
            countdown(&en, at("2026-10-20T12:00:00Z"), at("2026-10-20T14:15:00Z")),
            "in 2 h 15 min"
        );
        assert_eq!(
            countdown(&en, at("2026-10-20T12:00:00Z"), at("2026-10-23T12:00:00Z")),
            "in 3 days"
        );
        assert_eq!(
            countdown(&en, at("2026-10-20T12:00:00Z"), at("2026-10-20T11:00:00Z")),
            "now"
        );
    }
}
