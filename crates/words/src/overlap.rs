//! The map of best times and rotations in words: why a campus cannot take a start, who is
//! booked, and each campus's burden in a rotation. The planner and `meridian slots` both word
//! through here.

use crate::{w, Words};
use meridian_engine::overlap::{
    Burden, CampusFailure, FailureKind, OverlapMap, Rotation, SlotOverlap, Switch,
};
use meridian_engine::{CivilDate, Schedule, Zone};

/// A clock change at a campus: "Santiago leaves summer time", "Auckland enters summer time";
/// `place` is the name to give the switching zone, said in the reader's language when Meridian
/// knows it ([`Words::place`]).
pub fn switch(words: &Words, place: &str, s: &Switch) -> String {
    let place = words.place(place);
    if s.offset_after < s.offset_before && !s.daylight_saving_after {
        w!(words, "overlap-leaves-summer-time", place = place.as_str())
    } else if s.offset_after > s.offset_before && s.daylight_saving_after {
        w!(words, "overlap-enters-summer-time", place = place.as_str())
    } else {
        let h = f64::from(s.offset_after - s.offset_before) / 3600.0;
        // As many decimals as the move needs (1, 0.5, 0.75), in the language's way of writing
        // them, with its sign.
        let decimals = (0..=2)
            .find(|d| (h * 10f64.powi(*d)).fract() == 0.0)
            .unwrap_or(2);
        let number = words.dates().decimal(h, decimals as usize);
        w!(
            words,
            "overlap-clocks-move",
            place = place.as_str(),
            hours = if h > 0.0 {
                format!("+{number}")
            } else {
                number
            }
        )
    }
}

/// Why campus failure `f` fails `slot`, a phrase per reason ("Mon 07:30, outside teaching hours
/// (every week)", "07:30 from 5 Apr: Santiago leaves summer time (10 weeks)"). `place` names a
/// zone (the campus's city, or the zone's own place) as written; it is said in the reader's
/// language here.
pub fn reasons(
    words: &Words,
    schedule: &Schedule,
    map: &OverlapMap,
    slot: &SlotOverlap,
    f: &CampusFailure,
    place: &dyn Fn(Zone) -> String,
) -> Vec<String> {
    let campus = map
        .campuses
        .get(f.campus)
        .and_then(|id| schedule.campus(id));
    f.reasons
        .iter()
        .map(|r| {
            let weekday = words.weekday(r.local_start.weekday());
            let time = words.clock(r.local_start.time());
            let date = words.day_month(r.local_start.date());
            let span = if r.weeks == slot.weeks {
                words.t("overlap-every-week")
            } else {
                w!(
                    words,
                    "overlap-weeks-from",
                    weeks = r.weeks,
                    date = date.as_str()
                )
            };
            match r.kind {
                FailureKind::OutsideTeachingHours => w!(
                    words,
                    "overlap-outside-hours",
                    weekday = weekday,
                    time = time,
                    span = span
                ),
                FailureKind::OtherLocalWeekday => w!(
                    words,
                    "overlap-other-weekday",
                    weekday = weekday,
                    time = time,
                    span = span
                ),
                FailureKind::Closure(x) => match campus.and_then(|c| c.closures.get(x)) {
                    Some(c) => w!(
                        words,
                        "overlap-closed",
                        closure = c.name.as_str(),
                        span = span
                    ),
                    None => w!(words, "overlap-closed-unnamed", span = span),
                },
                FailureKind::OutsideCampusTerm => w!(words, "overlap-outside-term", span = span),
                FailureKind::ClockChange => {
                    let why = r
                        .switches
                        .iter()
                        .map(|s| switch(words, &place(s.zone), s))
                        .reduce(|first, second| {
                            w!(words, "overlap-both", first = first, second = second)
                        })
                        .unwrap_or_else(|| words.t("overlap-clocks-change"));
                    w!(
                        words,
                        "overlap-clock-change",
                        time = time,
                        date = date,
                        why = why,
                        weeks = r.weeks
                    )
                }
            }
        })
        .collect()
}

/// A campus and why it fails a start, as the planner lists it: "U. Chile 07:30 from 5 Apr:
/// Santiago leaves summer time (10 weeks)".
pub fn campus_reasons(words: &Words, campus: &str, reasons: &[String]) -> String {
    w!(
        words,
        "overlap-campus-reasons",
        campus = campus,
        reasons = reasons.join("; ")
    )
}

/// A campus, how many of the start's weeks it fails and why, as `meridian slots` prints it:
/// "U. Chile fails 3 of 8 weeks: 07:30 from 6 Apr: Santiago leaves summer time (3 weeks)".
pub fn campus_fails(
    words: &Words,
    campus: &str,
    failing: u16,
    weeks: u16,
    reasons: &[String],
) -> String {
    w!(
        words,
        "overlap-campus-fails",
        campus = campus,
        failing = failing,
        weeks = weeks,
        reasons = reasons.join("; ")
    )
}

/// A busy calendar in the way: "TU Berlin MSc 1 is booked 3 weeks from 5 Oct"; `who` is `None`
/// when its owner has no name.
pub fn booked(words: &Words, who: Option<&str>, weeks: u16, first: CivilDate) -> String {
    let someone;
    let who = match who {
        Some(w) => w,
        None => {
            someone = words.t("overlap-someone");
            &someone
        }
    };
    w!(
        words,
        "overlap-booked",
        who = who,
        weeks = weeks,
        date = words.day_month(first)
    )
}

/// Each campus's burden in a rotation: "Auckland 5 early", "Nairobi 0".
pub fn tallies(words: &Words, schedule: &Schedule, r: &Rotation) -> Vec<String> {
    r.tallies
        .iter()
        .map(|t| {
            let parts: Vec<String> = Burden::ALL
                .into_iter()
                .filter(|&k| t.count(k) > 0)
                .map(|k| {
                    let kind = match k {
                        Burden::Night => "night",
                        Burden::Weekend => "weekend",
                        Burden::Early => "early",
                        Burden::Late => "late",
                        Burden::OutsideHours => "outside-hours",
                    };
                    w!(words, "rotation-burden", count = t.count(k), kind = kind)
                })
                .collect();
            let campus = schedule
                .campus(&t.campus)
                .map_or_else(|| t.campus.to_string(), |c| c.short.clone());
            if parts.is_empty() {
                w!(words, "rotation-tally-none", campus = campus)
            } else {
                w!(
                    words,
                    "rotation-tally",
                    campus = campus,
                    burdens = parts.join(", ")
                )
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Catalogue, Dates, EnglishDates};
    use meridian_engine::{CivilTime, Instant, Weekday};
    use std::rc::Rc;

    /// English words with a decimal comma, as a German reader's `Intl` writes numbers.
    struct Comma;

    impl Dates for Comma {
        fn weekday(&self, day: Weekday) -> String {
            EnglishDates::default().weekday(day)
        }
        fn day_month(&self, date: CivilDate) -> String {
            EnglishDates::default().day_month(date)
        }
        fn short_date(&self, date: CivilDate) -> String {
            EnglishDates::default().short_date(date)
        }
        fn long_date(&self, date: CivilDate) -> String {
            EnglishDates::default().long_date(date)
        }
        fn clock(&self, time: CivilTime) -> String {
            EnglishDates::default().clock(time)
        }
        fn decimal(&self, value: f64, decimals: usize) -> String {
            format!("{value:.decimals$}").replace('.', ",")
        }
    }

    /// A switch that is neither into nor out of summer time as the engine reports it (so
    /// worded as a move of the clocks).
    fn lord_howe(before: i32, after: i32) -> Switch {
        Switch {
            zone: Zone::parse("Australia/Lord_Howe").unwrap(),
            at: Instant::from_unix_seconds(0).unwrap(),
            offset_before: before,
            offset_after: after,
            daylight_saving_after: after < before,
        }
    }

    // Regression: the half hour was written "-0.5" with a point in every language.
    #[test]
    fn a_half_hour_clock_move_is_written_with_the_languages_decimal_separator() {
        let english = Words::english();
        let comma = Words::new(Catalogue::english(), Rc::new(Comma));
        let back = lord_howe(39_600, 37_800);
        let forward = lord_howe(37_800, 39_600);
        assert_eq!(
            switch(&english, "Lord Howe", &back),
            "clocks in Lord Howe move by -0.5 h"
        );
        assert_eq!(
            switch(&comma, "Lord Howe", &back),
            "clocks in Lord Howe move by -0,5 h"
        );
        assert_eq!(
            switch(&comma, "Lord Howe", &forward),
            "clocks in Lord Howe move by +0,5 h"
        );
        let whole = lord_howe(3_600, 7_200);
        assert_eq!(switch(&comma, "X", &whole), "clocks in X move by +1 h");
    }
}
