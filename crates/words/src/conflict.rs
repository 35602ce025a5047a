//! Conflicts and their hints in words: what the engine's conflict check returns as data
//! ([`Conflict::detail`], [`Conflict::hint`], [`Conflict::repeats`], drift rows), the time
//! finder's summaries and the notes on a wall-clock time a clock change skips or repeats.

use crate::{w, Args, Words};
use meridian_engine::conflict::{
    Booked, CalendarKind, ConflictDetail, DriftRow, Hint, Opening, Resource, Span, Switch,
};
use meridian_engine::lineage::ChangedConflict;
use meridian_engine::schedule::Hours;
use meridian_engine::slots::Suggestion;
use meridian_engine::{CivilDate, CivilDateTime, CivilTime, Conflict, Resolution, Zone};

/// "Cohort MSc 1", "Lecturer Dr. Lee", "Room H 1012".
pub fn booked(words: &Words, b: &Booked) -> String {
    let id = match b.resource {
        Resource::Cohort(_) => "conflict-resource-cohort",
        Resource::Lecturer(_) => "conflict-resource-lecturer",
        Resource::Room(_) => "conflict-resource-room",
    };
    w!(words, id, name = b.name.as_str())
}

fn span(words: &Words, s: Span) -> String {
    words.span(s.start, s.end)
}

/// A campus's teaching hours, "09:00–17:00"; an end at midnight reads as the language's
/// midnight (`24:00` on a 24-hour clock).
fn hours(words: &Words, h: Hours) -> String {
    let at = |m: u16| CivilTime::from_minutes_of_day(u32::from(m) % 1440);
    let end = match words.clock(at(h.end_minute)) {
        midnight if h.end_minute >= 1440 && midnight == "00:00" => "24:00".to_string(),
        end => end,
    };
    format!("{}–{end}", words.clock(at(h.start_minute)))
}

/// Selects the English possessive (`Chalmers'`, `RWTH's`) in the messages that use one.
fn ends_in_s(name: &str) -> &'static str {
    if name.ends_with('s') {
        "yes"
    } else {
        "no"
    }
}

/// The conflict as one sentence a coordinator understands without reading code, with how many
/// more dates it repeats on: "Cohort NTNU-MSc1 has two sessions on Tue 10 Mar 2026, 10:15–11:45
/// and 11:00–12:30 Trondheim time (energy and lab, overlapping 45 min)".
pub fn message(words: &Words, c: &Conflict) -> String {
    let first = detail(words, c);
    match c.repeats {
        Some(r) => w!(
            words,
            "conflict-repeats",
            message = first,
            more = r.more,
            last = words.long_date(r.last)
        ),
        None => first,
    }
}

/// The conflict on its first date.
fn detail(words: &Words, c: &Conflict) -> String {
    let date = |d| words.long_date(d);
    match &c.detail {
        ConflictDetail::DoubleBooked {
            booked: b,
            place,
            date: d,
            first,
            first_span,
            second,
            second_span,
            same_session,
            overlap_minutes,
        } => words.t_with(
            "conflict-double-booked",
            &Args::new()
                .set("resource", booked(words, b))
                .set("date", date(*d))
                .set("first_span", span(words, *first_span))
                .set("second_span", span(words, *second_span))
                .set("place", words.place(place))
                .set("same", if *same_session { "yes" } else { "no" })
                .set("first", first.as_str())
                .set("second", second.as_str())
                .set("minutes", *overlap_minutes),
        ),
        ConflictDetail::ShortBreak {
            booked: b,
            place,
            date: d,
            first,
            first_ends,
            second,
            second_starts,
            gap_minutes,
            rule_minutes,
        } => words.t_with(
            "conflict-short-break",
            &Args::new()
                .set("resource", booked(words, b))
                .set("gap", *gap_minutes)
                .set("first", first.as_str())
                .set("first_end", words.clock(*first_ends))
                .set("second", second.as_str())
                .set("second_start", words.clock(*second_starts))
                .set("date", date(*d))
                .set("place", words.place(place))
                .set("rule", *rule_minutes),
        ),
        ConflictDetail::Busy {
            booked: b,
            place,
            date: d,
            busy,
            block,
            calendar,
            session,
            meets,
        } => words.t_with(
            if block.is_empty() {
                "conflict-busy"
            } else {
                "conflict-busy-block"
            },
            &Args::new()
                .set("resource", booked(words, b))
                .set("date", date(*d))
                .set("busy", span(words, *busy))
                .set("place", words.place(place))
                .set("block", block.as_str())
                .set("calendar", calendar.as_str())
                .set("session", session.as_str())
                .set("meets", span(words, *meets)),
        ),
        ConflictDetail::OnCalendarDay {
            session,
            date: d,
            campus,
            city,
        } => {
            let args = || {
                Args::new()
                    .set("session", session.as_str())
                    .set("date", date(*d))
                    .set("campus", campus.as_str())
                    .set("city", words.place(city))
                    .set("ends_in_s", ends_in_s(campus))
            };
            match &c.calendar {
                Some(day) => match day.kind {
                    CalendarKind::PublicHoliday(_) => {
                        let english = day.english_name.as_deref().filter(|e| *e != day.name);
                        match english {
                            Some(e) => words.t_with(
                                "conflict-public-holiday-translated",
                                &args().set("holiday", day.name.as_str()).set("english", e),
                            ),
                            None => words.t_with(
                                "conflict-public-holiday",
                                &args().set("holiday", day.name.as_str()),
                            ),
                        }
                    }
                    CalendarKind::LectureFree => words.t_with(
                        "conflict-lecture-free",
                        &args().set("period", day.name.as_str()),
                    ),
                    CalendarKind::Exams => words.t_with(
                        "conflict-exam-period",
                        &args().set("period", day.name.as_str()),
                    ),
                    CalendarKind::Closure => {
                        words.t_with("conflict-closed", &args().set("closure", day.name.as_str()))
                    }
                },
                None => words.t_with("conflict-closed-unnamed", &args()),
            }
        }
        ConflictDetail::OutsideCampusTerm {
            session,
            date: d,
            campus,
            term_start,
            term_end,
        } => w!(
            words,
            "conflict-outside-term",
            session = session.as_str(),
            date = date(*d),
            campus = campus.as_str(),
            ends_in_s = ends_in_s(campus),
            start = date(*term_start),
            end = date(*term_end)
        ),
        ConflictDetail::OtherLocalWeekday {
            session,
            host_date,
            date: d,
            campus,
            city,
            span: s,
        } => w!(
            words,
            "conflict-other-weekday",
            session = session.as_str(),
            host_date = words.short_date(*host_date),
            date = date(*d),
            campus = campus.as_str(),
            span = span(words, *s),
            city = words.place(city)
        ),
        ConflictDetail::NoTeachingDay {
            session,
            date: d,
            campus,
            city,
            span: s,
        } => w!(
            words,
            "conflict-no-teaching-day",
            session = session.as_str(),
            date = date(*d),
            campus = campus.as_str(),
            span = span(words, *s),
            city = words.place(city)
        ),
        ConflictDetail::OutsideTeachingHours {
            session,
            date: d,
            campus,
            city,
            span: s,
            hours: h,
        } => w!(
            words,
            "conflict-outside-hours",
            session = session.as_str(),
            date = date(*d),
            span = span(words, *s),
            city = words.place(city),
            campus = campus.as_str(),
            ends_in_s = ends_in_s(campus),
            hours = hours(words, *h)
        ),
        ConflictDetail::SwitchHour {
            session,
            local,
            switch,
            place,
        } => {
            let args = Args::new()
                .set("session", session.as_str())
                .set("time", words.clock(local.time()))
                .set("date", local.date().to_string())
                .set("place", words.place(place));
            match *switch {
                Switch::Skipped { from, to } => words.t_with(
                    "conflict-skipped-time",
                    &args
                        .set("from", words.clock(from))
                        .set("to", words.clock(to)),
                ),
                Switch::Repeated { earlier, later } => words.t_with(
                    "conflict-repeated-time",
                    &args
                        .set("earlier", earlier.to_string())
                        .set("later", later.to_string()),
                ),
            }
        }
        ConflictDetail::Drift {
            session,
            weekdays,
            time,
            place,
        } => w!(
            words,
            "conflict-drift",
            session = session.as_str(),
            weekdays = words.weekdays(weekdays),
            time = words.clock(*time),
            place = words.place(place),
            rows = drift_rows(words, &c.drift)
        ),
        ConflictDetail::Omitted {
            booked: b,
            pairs,
            most_conflicts,
            most_clashes,
        } => w!(
            words,
            "conflict-omitted",
            resource = booked(words, b),
            pairs = *pairs,
            conflicts = *most_conflicts,
            overlaps = *most_clashes
        ),
    }
}

/// What would fix the conflict, where Meridian can tell: "move lab by 45 min to 11:45, after
/// energy".
pub fn hint(words: &Words, c: &Conflict) -> Option<String> {
    c.hint.as_ref().map(|h| hint_text(words, h))
}

/// One hint in words.
pub fn hint_text(words: &Words, h: &Hint) -> String {
    match h {
        Hint::MoveBy { session, minutes } => w!(
            words,
            "hint-move-by",
            session = session.as_str(),
            minutes = *minutes
        ),
        Hint::MoveTo {
            session,
            minutes,
            to,
            opening,
        } => {
            let args = Args::new()
                .set("session", session.as_str())
                .set("minutes", *minutes)
                .set("time", words.clock(*to))
                // Italian and Spanish choose the article before a time by its hour ("all'1:00",
                // "alle 10:00"; "a la 1:00", "a las 10:00").
                .set("hour", to.hour());
            match opening {
                Opening::RoomFree { room, free } => words.t_with(
                    "hint-move-room-free",
                    &args
                        .set("room", room.as_str())
                        .set("free", span(words, *free)),
                ),
                Opening::After(after) => {
                    words.t_with("hint-move-after", &args.set("after", after.as_str()))
                }
                Opening::WhenFree(b) => words.t_with(
                    "hint-move-when-free",
                    &args.set("resource", booked(words, b)),
                ),
            }
        }
        Hint::NoFreeTime { booked: b, minutes } => w!(
            words,
            "hint-no-free-time",
            resource = booked(words, b),
            minutes = *minutes
        ),
        Hint::CommonWindow { span: s, place } => w!(
            words,
            "hint-common-window",
            span = span(words, *s),
            place = words.place(place)
        ),
        Hint::SkipOrMove => words.t("hint-skip-or-move"),
        Hint::ExamsMaybe => words.t("hint-exams"),
        Hint::AvoidSwitchHour => words.t("hint-avoid-switch-hour"),
        Hint::FixListedFirst => words.t("hint-fix-listed-first"),
    }
}

/// The stretches of one drift row: "06:00 until 23 Mar, 05:00 on 30 Mar, 04:00 from 6 Apr".
pub fn drift_times(words: &Words, row: &DriftRow) -> String {
    let n = row.segments.len();
    row.segments
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let time = words.clock(s.local_start);
            if s.count == 1 {
                w!(
                    words,
                    "drift-once",
                    time = time,
                    date = words.day_month(s.first)
                )
            } else if i == 0 {
                w!(
                    words,
                    "drift-until",
                    time = time,
                    date = words.day_month(s.last)
                )
            } else if i == n - 1 {
                w!(
                    words,
                    "drift-from",
                    time = time,
                    date = words.day_month(s.first)
                )
            } else {
                w!(
                    words,
                    "drift-between",
                    time = time,
                    from = words.day_month(s.first),
                    to = words.day_month(s.last)
                )
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// One drift row: "Santiago: 06:00 until 23 Mar, 05:00 on 30 Mar, 04:00 from 6 Apr".
pub fn drift_row(words: &Words, row: &DriftRow) -> String {
    w!(
        words,
        "drift-row",
        cities = words.place(&row.city),
        times = drift_times(words, row)
    )
}

/// The drift rows as one text, campuses with the same times named together:
/// "Singapore, Shanghai: 09:00 until 31 Mar, 10:00 from 7 Apr; Auckland: …".
pub fn drift_rows(words: &Words, rows: &[DriftRow]) -> String {
    let mut merged: Vec<(Vec<&str>, &DriftRow)> = Vec::new();
    for r in rows {
        match merged.iter_mut().find(|(_, m)| m.segments == r.segments) {
            Some((cities, _)) => {
                if !cities.contains(&r.city.as_str()) {
                    cities.push(&r.city)
                }
            }
            None => merged.push((vec![&r.city], r)),
        }
    }
    merged
        .iter()
        .map(|(cities, r)| {
            w!(
                words,
                "drift-row",
                cities = cities
                    .iter()
                    .map(|c| words.place(c))
                    .collect::<Vec<_>>()
                    .join(", "),
                times = drift_times(words, r)
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// What a suggested time would cause: "no conflicts", "1 warning", "2 errors, 1 warning".
pub fn suggestion_summary(words: &Words, s: &Suggestion) -> String {
    let errors = || w!(words, "suggestion-errors", count = s.errors);
    let warnings = || w!(words, "suggestion-warnings", count = s.warnings);
    match (s.errors, s.warnings) {
        (0, 0) => words.t("suggestion-none"),
        (_, 0) => errors(),
        (0, _) => warnings(),
        _ => w!(
            words,
            "suggestion-errors-warnings",
            errors = errors(),
            warnings = warnings()
        ),
    }
}

/// What a clock change did to wall-clock time `local`: "02:30 does not exist on 2026-03-29
/// (clocks skip 02:00–03:00)", "02:30 happens twice on 2026-10-25 (UTC+02:00 and UTC+01:00)";
/// `None` when it exists once.
pub fn resolution(words: &Words, r: &Resolution, local: CivilDateTime) -> Option<String> {
    resolution_note(words, r, local, None)
}

/// The same, with the zone whose clock it is: "02:30 does not exist on 2026-03-29 (clocks skip
/// 02:00–03:00) in Europe/Berlin".
pub fn resolution_in(
    words: &Words,
    r: &Resolution,
    local: CivilDateTime,
    zone: Zone,
) -> Option<String> {
    resolution_note(words, r, local, Some(zone))
}

fn resolution_note(
    words: &Words,
    r: &Resolution,
    local: CivilDateTime,
    zone: Option<Zone>,
) -> Option<String> {
    let args = Args::new()
        .set("time", words.clock(local.time()))
        .set("date", local.date().to_string())
        .set("zone", zone.map(|z| z.to_string()).unwrap_or_default());
    let id = |bare: &'static str, with_zone: &'static str| match zone {
        Some(_) => with_zone,
        None => bare,
    };
    match *r {
        Resolution::Exact => None,
        Resolution::Gap {
            skipped_from,
            skipped_to,
            ..
        } => Some(
            words.t_with(
                id("resolution-gap", "resolution-gap-in"),
                &args
                    .set("from", words.clock(skipped_from.time()))
                    .set("to", words.clock(skipped_to.time())),
            ),
        ),
        Resolution::Fold { earlier, later } => Some(
            words.t_with(
                id("resolution-fold", "resolution-fold-in"),
                &args
                    .set("earlier", earlier.to_string())
                    .set("later", later.to_string()),
            ),
        ),
    }
}

/// How many dates a changed conflict names before counting the rest.
const DATES_NAMED: usize = 3;

/// Dates as a list in the reader's language ("Mon 12 Oct, Mon 19 Oct"), the first
/// [`DATES_NAMED`] named and the rest counted.
fn dates(words: &Words, dates: &[CivilDate]) -> String {
    let named = dates
        .iter()
        .take(DATES_NAMED)
        .map(|&d| words.short_date(d))
        .reduce(|first, second| w!(words, "compare-dates-list", first = first, second = second))
        .unwrap_or_default();
    match dates.len().saturating_sub(DATES_NAMED) {
        0 => named,
        more => w!(words, "compare-dates-more", dates = named, count = more),
    }
}

/// A conflict both versions have on other dates, as it reads after the change and which dates
/// it no longer has or now also has: "Cohort TUB-1 has two sessions on Mon 19 Oct 2026, … —
/// no longer on Mon 12 Oct; still on 9 other dates". The Compare dialog and `meridian diff`.
pub fn changed(words: &Words, c: &ChangedConflict) -> String {
    let kept = c.dates_kept();
    let gone = (!c.dates_gone.is_empty()).then(|| {
        w!(
            words,
            "compare-dates-gone",
            dates = dates(words, &c.dates_gone)
        )
    });
    let added = (!c.dates_added.is_empty()).then(|| {
        let list = dates(words, &c.dates_added);
        if kept == 0 && gone.is_some() {
            w!(words, "compare-dates-instead", dates = list)
        } else {
            w!(words, "compare-dates-added", dates = list)
        }
    });
    // Dates only gone: how many stay (with dates added, the message's own count says it).
    let still = (gone.is_some() && added.is_none() && kept > 0)
        .then(|| w!(words, "compare-dates-kept", count = kept));
    let conflict = message(words, &c.after);
    match [gone, added, still]
        .into_iter()
        .flatten()
        .reduce(|first, second| w!(words, "compare-dates-and", first = first, second = second))
    {
        Some(dates) => w!(
            words,
            "compare-conflict-dates",
            conflict = conflict,
            dates = dates
        ),
        None => conflict,
    }
}
