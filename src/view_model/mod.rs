//! What the week grid shows, computed from the schedule without touching the browser: the days of
//! the week in the reference zone, the session blocks laid out in lanes (`blocks`), one ruler per
//! campus with its local hours and the daylight-saving switches that fall in the week
//! (`rulers`). Pure, so it is tested natively.

mod blocks;
mod rulers;

pub use blocks::outside_teaching_hours;
pub use rulers::{campus_colour, compact_offset, for_reader, mark_days_off, CAMPUS_COLOURS};

use crate::language::w;
use crate::words::{hhmm, start_of_day};
use meridian_engine::schedule::Schedule;
use meridian_engine::{CivilDate, CivilDateTime, CivilTime, Instant, Weekday, Zone};
use meridian_words::Words;

/// One day column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Day {
    /// The date in the reference zone (the grid says it as "Mon 19 Oct").
    pub date: CivilDate,
}

/// One participating campus's time for a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalLine {
    /// Campus index in the schedule.
    pub campus: usize,
    /// e.g. "Chalmers".
    pub campus_label: String,
    /// The local start there ([`local_time`] says "Mon 10:15–11:45").
    pub start: CivilDateTime,
    /// The local end there.
    pub end: CivilDateTime,
    /// The local weekday differs from the host's.
    pub other_weekday: bool,
    /// Outside that campus's teaching hours (or not a teaching day there).
    pub outside_hours: bool,
}

/// A session occurrence placed on the grid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Index of the session in the schedule.
    pub session: usize,
    /// The occurrence's date in its series (anchor zone): names it for "this week only".
    pub date: CivilDate,
    /// Whether the session is a series (a drag then asks: this week only or every week).
    pub series: bool,
    /// Whether this occurrence was changed on its own.
    pub changed: bool,
    /// Whether this piece ends where the occurrence ends (its lower edge resizes it).
    pub ends_here: bool,
    /// Absolute start of the occurrence.
    pub start: Instant,
    /// Absolute end of the occurrence.
    pub end: Instant,
    /// Day column (0 = Monday).
    pub day: usize,
    /// Minutes after the grid's first hour where the block starts on its day.
    pub top: u32,
    /// Length on this day in minutes (a block crossing midnight is split).
    pub height: u32,
    /// Lane among overlapping blocks of the day, and how many lanes the cluster has.
    pub lane: usize,
    /// Number of lanes in this block's cluster.
    pub lanes: usize,
    /// The title.
    pub title: String,
    /// Its start and end on the reference zone's wall clock ([`block_time`] says them).
    pub times: (CivilTime, CivilTime),
    /// Host campus index.
    pub host: usize,
    /// Local times at every participating campus, host first.
    pub locals: Vec<LocalLine>,
    /// Set when the anchor time fell in a gap or fold: what the switch did to which wall-clock
    /// time on which zone's clock (the block words it).
    pub clock_change: Option<(
        meridian_engine::Resolution,
        meridian_engine::CivilDateTime,
        Zone,
    )>,
    /// Part of an occurrence that started the day before.
    pub continued: bool,
    /// The online meeting, if the session has one.
    pub meeting: Option<Meeting>,
    /// The session's notes (shown as text).
    pub notes: Option<String>,
    /// For imported busy time (drawn greyed): whose it is and where it came from. Its title
    /// may be empty (the grid then says "Busy").
    pub busy: Option<Busy>,
}

/// Whose imported busy time a block is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Busy {
    /// The campus, cohort, lecturer or room it blocks (empty when it names none).
    pub whose: String,
    /// The imported calendar's name.
    pub calendar: String,
}

/// A session's online meeting as the details show it. A schedule may come from anyone's share
/// link, so only `http`/`https` become links.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Meeting {
    /// A web link: shown as a link.
    Link(String),
    /// Anything else (`javascript:`, `data:`…): shown as text and flagged, never as a link.
    NotAWebLink(String),
}

impl Meeting {
    /// A session's meeting URL as it may be shown.
    pub fn of(url: &str) -> Meeting {
        match meridian_engine::schedule::web_link(url) {
            Some(link) => Meeting::Link(link.to_string()),
            None => Meeting::NotAWebLink(url.to_string()),
        }
    }
}

/// An hour mark on a ruler.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    /// Minutes after the grid's first hour.
    pub top: u32,
    /// e.g. "08", "08:30" (empty at local midnight, where the ruler says the weekday).
    pub label: String,
    /// The local weekday, at local midnight.
    pub weekday: Option<Weekday>,
    /// Inside the campus's teaching hours.
    pub teaching: bool,
}

/// One ruler: a campus (or the viewer) and its local hours beside the grid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ruler {
    /// A short code for the narrow ruler head, e.g. "BER" (empty for the viewer's: see
    /// [`ruler_label`]).
    pub label: String,
    /// The full name, e.g. "TU Berlin" (empty for the viewer's: see [`ruler_name`]).
    pub name: String,
    /// The viewer's own ruler ("You", "Your time").
    pub viewer: bool,
    /// The zone's name.
    pub zone: Zone,
    /// The UTC offset on Monday of the shown week, e.g. "+01:00", and the zone's abbreviation
    /// then, e.g. "CET" ([`ruler_offset`] says "UTC+01:00 · CET").
    pub offset: (String, String),
    /// The same offset, compact for the ruler head: "+1", "+5:30", "−4".
    pub offset_short: String,
    /// Colour (campus colour, or a neutral one for the viewer).
    pub colour: &'static str,
    /// Hour marks.
    pub marks: Vec<Mark>,
    /// The campus's public holidays in the shown week: the date and the holiday's local name
    /// ("Thu 8 Oct: Día de la Comunidad Valenciana", see [`mark_days_off`] and [`day_off`]).
    pub days_off: Vec<(CivilDate, String)>,
}

/// A daylight-saving switch at some campus during the shown week ([`switch_words`]: "Sun 25
/// Oct: TU Berlin, Chalmers — clocks go back 03:00 → 02:00 (now UTC+01:00)").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SwitchNotice {
    /// The local date of the switch.
    pub date: CivilDate,
    /// The campuses that switch together.
    pub campuses: Vec<String>,
    /// The clocks go forward (else back).
    pub forward: bool,
    /// The wall clock just before ("03:00", or "24:00" for the end of the day).
    pub from: String,
    /// The wall clock just after.
    pub to: CivilTime,
    /// The UTC offset after it, e.g. "+01:00".
    pub offset: String,
}

/// Everything the week grid draws.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekView {
    /// Monday of the week, in the reference zone.
    pub monday: CivilDate,
    /// The seven days.
    pub days: Vec<Day>,
    /// First hour shown (reference zone).
    pub first_hour: u32,
    /// Hour after the last one shown (≤ 24).
    pub last_hour: u32,
    /// Session blocks.
    pub blocks: Vec<Block>,
    /// Rulers: the viewer's first, then one per campus.
    pub rulers: Vec<Ruler>,
    /// Switches during the week.
    pub switches: Vec<SwitchNotice>,
}

/// Computes the week starting on `monday` (a date in `reference`), with a ruler for the viewer's
/// zone (`viewer`) first when it is given.
pub fn week_view(
    schedule: &Schedule,
    monday: CivilDate,
    reference: Zone,
    viewer: Option<Zone>,
) -> WeekView {
    let days: Vec<Day> = (0..7)
        .filter_map(|i| monday.add_days(i))
        .map(|d| Day { date: d })
        .collect();
    let week_start = start_of_day(reference, monday);
    let week_end = monday.add_days(7).and_then(|d| start_of_day(reference, d));
    let week = week_start.zip(week_end);
    let (first_hour, last_hour, blocks) = blocks::blocks(schedule, monday, reference, week);
    let rulers = rulers::rulers(schedule, viewer, monday, reference, (first_hour, last_hour));
    let switches = match week {
        Some((a, b)) => rulers::switch_notices(schedule, a, b),
        None => Vec::new(),
    };
    WeekView {
        monday,
        days,
        first_hour,
        last_hour,
        blocks,
        rulers,
        switches,
    }
}

/// Kept for its callers: the blocks' times are said on the viewer's clock (12-hour when their
/// locale reads one) by [`block_time`], through the `Words` that know it.
pub fn in_viewers_clock(_view: &mut WeekView, _reference: Zone, _twelve_hour: bool) {}

/// A block's time in the grid's zone on the reader's clock: "10:15–11:45", "10:15–11:45 a.m.".
pub fn block_time(words: &Words, b: &Block) -> String {
    words.span(b.times.0, b.times.1)
}

/// A campus's local time of a block: "Wed 05:00–06:30" (a 24-hour clock, as the rulers read).
pub fn local_time(words: &Words, l: &LocalLine) -> String {
    format!(
        "{} {}–{}",
        words.weekday(l.start.weekday()),
        hhmm(l.start.time()),
        hhmm(l.end.time())
    )
}

/// An hour mark: "08", "08:30", or the weekday at local midnight.
pub fn mark_label(words: &Words, m: &Mark) -> String {
    match m.weekday {
        Some(d) => words.weekday(d),
        None => m.label.clone(),
    }
}

/// A ruler's short head: "BER", or "You" for the viewer's.
pub fn ruler_label(words: &Words, r: &Ruler) -> String {
    if r.viewer {
        words.t("grid-ruler-you")
    } else {
        r.label.clone()
    }
}

/// A ruler's offset: "UTC+01:00 · CET".
pub fn ruler_offset(words: &Words, r: &Ruler) -> String {
    w!(
        words,
        "grid-ruler-offset",
        offset = r.offset.0.as_str(),
        abbreviation = r.offset.1.as_str()
    )
}

/// A ruler's full name: "TU Berlin", or "Your time" for the viewer's.
pub fn ruler_name(words: &Words, r: &Ruler) -> String {
    if r.viewer {
        words.t("grid-ruler-your-time")
    } else {
        r.name.clone()
    }
}

/// A public holiday on a ruler: "Thu 8 Oct: Día de la Comunidad Valenciana".
pub fn day_off(words: &Words, (date, name): &(CivilDate, String)) -> String {
    w!(
        words,
        "grid-day-off",
        date = words.short_date(*date),
        holiday = name.as_str()
    )
}

/// A switch in words: "Sun 25 Oct: TU Berlin, Chalmers — clocks go back 03:00 → 02:00 (now
/// UTC+01:00)".
pub fn switch_words(words: &Words, n: &SwitchNotice) -> String {
    w!(
        words,
        if n.forward {
            "week-switch-forward"
        } else {
            "week-switch-back"
        },
        date = words.short_date(n.date),
        campuses = n.campuses.join(", "),
        from = n.from.as_str(),
        to = hhmm(n.to),
        offset = n.offset.as_str()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use meridian_engine::demo;
    use meridian_engine::schedule::{CampusId, CohortId};

    fn en() -> Words {
        Words::english()
    }

    fn date(s: &str) -> CivilDate {
        CivilDate::parse(s).unwrap()
    }

    #[test]
    fn the_switch_week_shows_the_european_switch_and_moved_rulers() {
        let s = demo::load("enhance-autumn-2026").unwrap();
        let berlin = Zone::parse("Europe/Berlin").unwrap();
        let v = week_view(&s, date("2026-10-19"), berlin, None);
        assert_eq!(v.switches.len(), 1);
        let text = switch_words(&en(), &v.switches[0]);
        assert!(text.starts_with("Sun 25 Oct: TU Berlin, Chalmers, NTNU, PoliMi, RWTH, UPV, WUT — clocks go back 03:00 → 02:00"), "{text}");
        let guest: Vec<&Block> = v
            .blocks
            .iter()
            .filter(|b| b.title.starts_with("Guest"))
            .collect();
        assert_eq!(guest.len(), 1);
        assert_eq!(block_time(&en(), guest[0]), "16:00–17:00");
        let next = week_view(&s, date("2026-10-26"), berlin, None);
        let guest = next
            .blocks
            .iter()
            .find(|b| b.title.starts_with("Guest"))
            .unwrap();
        assert_eq!(
            block_time(&en(), guest),
            "15:00–16:00",
            "Berlin has switched, Toronto not yet"
        );
    }

    #[test]
    fn a_session_after_midnight_in_the_reference_zone_lands_on_the_next_day() {
        let s = demo::load("gma-spring-2027").unwrap();
        let rome = Zone::parse("Europe/Rome").unwrap();
        let v = week_view(&s, date("2027-03-01"), rome, None);
        let lecture = v
            .blocks
            .iter()
            .find(|b| b.title.starts_with("Learning analytics"))
            .unwrap();
        assert_eq!(
            (lecture.day, block_time(&en(), lecture).as_str()),
            (1, "17:00–18:30")
        );
        let auckland = lecture
            .locals
            .iter()
            .find(|l| l.campus_label == "Auckland")
            .unwrap();
        assert_eq!(local_time(&en(), auckland), "Wed 05:00–06:30");
        assert!(auckland.other_weekday && auckland.outside_hours);
        // The opening plenary (Mon 08:00 Auckland) is on Sunday 28 Feb in Milan: before this week.
        assert!(v.blocks.iter().all(|b| b.title != "Opening plenary"));
        let previous = week_view(&s, date("2027-02-22"), rome, None);
        let opening = previous
            .blocks
            .iter()
            .find(|b| b.title == "Opening plenary")
            .unwrap();
        assert_eq!(
            (opening.day, block_time(&en(), opening).as_str()),
            (6, "20:00–21:00")
        );
    }

    #[test]
    fn overlapping_sessions_get_separate_lanes() {
        let s = demo::load("enhance-autumn-2026").unwrap();
        let berlin = Zone::parse("Europe/Berlin").unwrap();
        let v = week_view(&s, date("2026-09-07"), berlin, None);
        let tue: Vec<&Block> = v.blocks.iter().filter(|b| b.day == 1).collect();
        let markets = tue
            .iter()
            .find(|b| b.title.starts_with("Energy markets"))
            .unwrap();
        let tutorial = tue.iter().find(|b| b.title == "Markets tutorial").unwrap();
        assert_eq!((markets.lanes, tutorial.lanes), (2, 2));
        assert_ne!(markets.lane, tutorial.lane);
    }

    #[test]
    fn the_phone_week_rulers_follow_the_readers_campus_and_hosts_not_the_first_campuses() {
        // A WUT student saw "You / BER / GOT": not Warsaw, not NTNU that hosts their lab,
        // Chalmers irrelevant.
        let s = demo::load("enhance-autumn-2026").unwrap();
        let (wut, cohort) = (CampusId::from("wut"), CohortId::from("wut-msc1"));
        let mine = s.narrowed(Some(&wut), Some(&cohort));
        let warsaw = Zone::parse("Europe/Warsaw").unwrap();
        let labels = |day: usize| {
            let mut v = week_view(&mine, date("2026-11-30"), warsaw, Some(warsaw));
            for_reader(&mut v, &mine, Some(&wut), day);
            v.rulers
                .iter()
                .map(|r| ruler_label(&en(), r))
                .collect::<Vec<_>>()
        };
        // Wednesday: the lab at NTNU; Monday: the joint lecture at TU Berlin.
        assert_eq!(labels(2), ["You", "WAW", "TRD", "BER"]);
        assert_eq!(labels(0), ["You", "WAW", "BER", "TRD"]);
        // No campus chosen, a week without sessions (the term is over): the hosts of all.
        let after = week_view(&mine, date("2027-01-04"), warsaw, Some(warsaw));
        let mut v = after.clone();
        for_reader(&mut v, &mine, None, 0);
        let got: Vec<_> = v.rulers.iter().map(|r| ruler_label(&en(), r)).collect();
        assert_eq!(got, ["You", "BER", "TRD"]);
    }

    #[test]
    fn rulers_show_local_hours_and_teaching_shading() {
        let s = demo::load("gma-spring-2027").unwrap();
        let rome = Zone::parse("Europe/Rome").unwrap();
        let v = week_view(
            &s,
            date("2027-03-01"),
            rome,
            Some(Zone::parse("America/Toronto").unwrap()),
        );
        assert_eq!(ruler_label(&en(), &v.rulers[0]), "You");
        assert_eq!(ruler_name(&en(), &v.rulers[0]), "Your time");
        let auckland = v.rulers.iter().find(|r| r.label == "AKL").unwrap();
        assert_eq!(auckland.name, "Auckland");
        let noon = auckland
            .marks
            .iter()
            .find(|m| m.top == (12 - v.first_hour) * 60)
            .unwrap();
        assert_eq!(
            mark_label(&en(), noon),
            "Tue",
            "12:00 Milan on Monday is midnight into Tuesday in Auckland"
        );
        let at_1 = auckland.marks.iter().find(|m| m.top == 0).unwrap();
        assert!(!at_1.teaching || v.first_hour > 1);
        let milan = v.rulers.iter().find(|r| r.label == "MIL").unwrap();
        let ten = milan.marks.iter().find(|m| m.label == "10").unwrap();
        assert!(ten.teaching);
        assert_eq!(ruler_offset(&en(), milan), "UTC+01:00 · CET");
        assert_eq!(milan.offset_short, "+1");
        assert_eq!(v.rulers[0].offset_short, "−5");
        assert_eq!(compact_offset(5 * 3600 + 45 * 60), "+5:45");
        assert_eq!(compact_offset(-(3 * 3600 + 30 * 60)), "−3:30");
        assert_eq!(compact_offset(0), "±0");
    }

    #[test]
    fn a_switch_at_midnight_reads_as_24_00() {
        let s = demo::load("gma-spring-2027").unwrap();
        let rome = Zone::parse("Europe/Rome").unwrap();
        let v = week_view(&s, date("2027-03-29"), rome, None);
        let texts: Vec<String> = v.switches.iter().map(|n| switch_words(&en(), n)).collect();
        assert_eq!(
            texts,
            [
                "Sat 3 Apr: U. Chile — clocks go back 24:00 → 23:00 (now UTC-04:00)",
                "Sun 4 Apr: Auckland — clocks go back 03:00 → 02:00 (now UTC+12:00)"
            ]
        );
    }
}
