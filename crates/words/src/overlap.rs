//! The map of best times and rotations in words: why a campus cannot take a start, who is
//! booked, and each campus's burden in a rotation. The planner and `meridian slots` both word
//! through here.

use crate::{w, Words};
use meridian_engine::overlap::{
    Burden, CampusFailure, FailureKind, OverlapMap, Rotation, SlotOverlap, Switch,
};
use meridian_engine::{CivilDate, Schedule, Zone};

/// A clock change at a campus: "Santiago leaves summer time", "Auckland enters summer time";
/// `place` is the name to give the switching zone.
pub fn switch(words: &Words, place: &str, s: &Switch) -> String {
    if s.offset_after < s.offset_before && !s.daylight_saving_after {
        w!(words, "overlap-leaves-summer-time", place = place)
    } else if s.offset_after > s.offset_before && s.daylight_saving_after {
        w!(words, "overlap-enters-summer-time", place = place)
    } else {
        let h = f64::from(s.offset_after - s.offset_before) / 3600.0;
        w!(
            words,
            "overlap-clocks-move",
            place = place,
            hours = format!("{h:+}")
        )
    }
}

/// Why campus failure `f` fails `slot`, a phrase per reason ("Mon 07:30, outside teaching hours
/// (every week)", "07:30 from 5 Apr: Santiago leaves summer time (10 weeks)"). `place` names a
/// zone (the campus's city, or the zone's own place).
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
