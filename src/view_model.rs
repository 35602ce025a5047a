//! What the week grid shows, computed from the schedule without touching the browser: the days of
//! the week in the reference zone, the session blocks laid out in lanes, one ruler per campus
//! with its local hours, and the daylight-saving switches that fall in the week. Pure, so it is
//! tested natively.

use meridian_engine::schedule::{Campus, Schedule};
use meridian_engine::{
    occurrences, CivilDate, CivilTime, Disambiguation, Instant, Resolution, Zone,
};

/// Okabe–Ito, a colour-blind-safe categorical palette; always shown with the campus's name.
pub const CAMPUS_COLOURS: [&str; 8] = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#8C7B00", "#555555",
];

/// The colour of the campus at `index` in the schedule.
pub fn campus_colour(index: usize) -> &'static str {
    CAMPUS_COLOURS[index % CAMPUS_COLOURS.len()]
}

/// One day column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Day {
    /// The date in the reference zone.
    pub date: CivilDate,
    /// e.g. "Mon 19 Oct".
    pub label: String,
}

/// One participating campus's time for a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalLine {
    /// Campus index in the schedule.
    pub campus: usize,
    /// e.g. "Chalmers".
    pub campus_label: String,
    /// e.g. "Mon 10:15–11:45".
    pub time: String,
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
    /// e.g. "10:15–11:45" in the reference zone.
    pub time: String,
    /// Host campus index.
    pub host: usize,
    /// Local times at every participating campus, host first.
    pub locals: Vec<LocalLine>,
    /// Set when the anchor time fell in a gap or fold ("02:30 does not exist…").
    pub resolution_note: Option<String>,
    /// Part of an occurrence that started the day before.
    pub continued: bool,
    /// The online meeting, if the session has one.
    pub meeting: Option<Meeting>,
    /// The session's notes (shown as text).
    pub notes: Option<String>,
    /// For imported busy time (drawn greyed): whose it is and where it came from.
    pub busy: Option<String>,
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
    /// e.g. "08", "08:30", or a weekday name at local midnight.
    pub label: String,
    /// Inside the campus's teaching hours.
    pub teaching: bool,
}

/// One ruler: a campus (or the viewer) and its local hours beside the grid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ruler {
    /// A short code for the narrow ruler head, e.g. "BER" or "You".
    pub label: String,
    /// The full name, e.g. "TU Berlin" or "Your time".
    pub name: String,
    /// The zone's name.
    pub zone: Zone,
    /// e.g. "UTC+01:00 · CET" on Monday of the shown week.
    pub offset: String,
    /// The same offset, compact for the ruler head: "+1", "+5:30", "−4".
    pub offset_short: String,
    /// Colour (campus colour, or a neutral one for the viewer).
    pub colour: &'static str,
    /// Hour marks.
    pub marks: Vec<Mark>,
}

/// A daylight-saving switch at some campus during the shown week.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SwitchNotice {
    /// e.g. "Sun 25 Oct: TU Berlin, Chalmers … leave summer time (03:00 → 02:00, now UTC+01:00)".
    pub text: String,
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

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// "19 Oct".
pub fn day_month(d: CivilDate) -> String {
    format!(
        "{} {}",
        d.day(),
        MONTHS[(d.month() as usize).saturating_sub(1) % 12]
    )
}

/// "Week 43 · 19–25 Oct 2026".
pub fn week_label(monday: CivilDate) -> String {
    let sunday = monday.add_days(6).unwrap_or(monday);
    let span = if sunday.month() == monday.month() {
        format!("{}–{}", monday.day(), day_month(sunday))
    } else {
        format!("{} – {}", day_month(monday), day_month(sunday))
    };
    format!("Week {} · {span} {}", monday.iso_week(), sunday.year())
}

fn hhmm(t: CivilTime) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// Midnight at the start of `date` in `zone` (compatible: a midnight skipped by a switch moves on).
fn start_of_day(zone: Zone, date: CivilDate) -> Option<Instant> {
    zone.resolve(date.at(CivilTime::MIDNIGHT), Disambiguation::Compatible)
        .ok()
        .map(|r| r.instant)
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
        .map(|d| Day {
            date: d,
            label: format!("{} {}", d.weekday(), day_month(d)),
        })
        .collect();
    let week_start = start_of_day(reference, monday);
    let week_end = monday.add_days(7).and_then(|d| start_of_day(reference, d));
    let mut occ: Vec<meridian_engine::Occurrence> = match (week_start, week_end) {
        (Some(a), Some(b)) => occurrences(schedule, None, None)
            .unwrap_or_default()
            .into_iter()
            .filter(|o| o.end > a && o.start < b)
            .collect(),
        _ => Vec::new(),
    };
    // Imported busy time, drawn greyed among the sessions: (calendar, block) per extra entry.
    let sessions = occ.len();
    let mut busy_of: Vec<(usize, usize)> = Vec::new();
    if let (Some(a), Some(b)) = (week_start, week_end) {
        for (c, cal) in schedule.busy.iter().enumerate() {
            for (k, x) in cal.blocks.iter().enumerate() {
                if x.end > a && x.start < b {
                    busy_of.push((c, k));
                    occ.push(meridian_engine::Occurrence {
                        session: usize::MAX,
                        date: reference.local(x.start).datetime.date(),
                        changed: false,
                        local_start: reference.local(x.start).datetime,
                        zone: reference,
                        start: x.start,
                        end: x.end,
                        resolution: Resolution::Exact,
                    });
                }
            }
        }
    }

    // Pieces per day in reference-zone minutes [start, end).
    struct Piece {
        occ: usize,
        day: usize,
        start: u32,
        end: u32,
        continued: bool,
        ends_here: bool,
    }
    let mut pieces: Vec<Piece> = Vec::new();
    for (k, o) in occ.iter().enumerate() {
        let s = reference.local(o.start).datetime;
        let e = reference.local(o.end).datetime;
        let mut day = monday.days_until(s.date());
        let mut from = s.time().minutes_of_day();
        let mut continued = false;
        loop {
            let end_day = monday.days_until(e.date());
            let to = if end_day > day {
                1440
            } else {
                e.time().minutes_of_day().max(from + 1)
            };
            if (0..7).contains(&day) {
                pieces.push(Piece {
                    occ: k,
                    day: day as usize,
                    start: from,
                    end: to,
                    continued,
                    ends_here: end_day <= day
                        || (to == 1440 && e.time().minutes_of_day() == 0 && end_day == day + 1),
                });
            }
            if end_day <= day
                || (to == 1440 && e.time().minutes_of_day() == 0 && end_day == day + 1)
            {
                break;
            }
            day += 1;
            from = 0;
            continued = true;
        }
    }

    let earliest = pieces
        .iter()
        .map(|p| p.start / 60)
        .min()
        .unwrap_or(8)
        .min(8);
    let latest = pieces
        .iter()
        .map(|p| p.end.div_ceil(60))
        .max()
        .unwrap_or(18)
        .max(18);
    let (first_hour, last_hour) = (earliest, latest.min(24));

    // Lanes: greedy per day over clusters of overlapping pieces.
    let mut order: Vec<usize> = (0..pieces.len()).collect();
    order.sort_by_key(|&i| (pieces[i].day, pieces[i].start, pieces[i].end));
    let mut lane_of = vec![0usize; pieces.len()];
    let mut lanes_of = vec![1usize; pieces.len()];
    let mut cluster: Vec<usize> = Vec::new();
    let mut cluster_end = 0u32;
    let mut lane_ends: Vec<u32> = Vec::new();
    let flush = |cluster: &mut Vec<usize>, lane_ends: &mut Vec<u32>, lanes_of: &mut Vec<usize>| {
        for &i in cluster.iter() {
            lanes_of[i] = lane_ends.len().max(1);
        }
        cluster.clear();
        lane_ends.clear();
    };
    let mut current_day = usize::MAX;
    for &i in &order {
        let p = &pieces[i];
        if p.day != current_day || p.start >= cluster_end {
            flush(&mut cluster, &mut lane_ends, &mut lanes_of);
            current_day = p.day;
            cluster_end = 0;
        }
        let lane = match lane_ends.iter().position(|&end| end <= p.start) {
            Some(l) => l,
            None => {
                lane_ends.push(0);
                lane_ends.len() - 1
            }
        };
        lane_ends[lane] = p.end;
        lane_of[i] = lane;
        cluster.push(i);
        cluster_end = cluster_end.max(p.end);
    }
    flush(&mut cluster, &mut lane_ends, &mut lanes_of);

    let campus_index = |id: &meridian_engine::schedule::CampusId| {
        schedule
            .campuses
            .iter()
            .position(|c| &c.id == id)
            .unwrap_or(0)
    };
    let blocks = pieces
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let o = &occ[p.occ];
            if p.occ >= sessions {
                let (c, k) = busy_of[p.occ - sessions];
                return busy_block(
                    schedule,
                    reference,
                    o,
                    p.day,
                    p.start.saturating_sub(first_hour * 60),
                    p.end - p.start,
                    (lane_of[i], lanes_of[i]),
                    (c, k),
                    p.continued,
                );
            }
            let session = &schedule.sessions[o.session];
            let rs = reference.local(o.start).datetime.time();
            let re = reference.local(o.end).datetime.time();
            let host_zone = schedule.anchor_zone(session);
            let host_weekday = host_zone.local(o.start).weekday();
            let locals = schedule
                .participating_campuses(session)
                .into_iter()
                .map(|c| {
                    let (s, e) = (c.zone.local(o.start), c.zone.local(o.end));
                    LocalLine {
                        campus: campus_index(&c.id),
                        campus_label: c.short.clone(),
                        time: format!(
                            "{} {}–{}",
                            s.weekday(),
                            hhmm(s.datetime.time()),
                            hhmm(e.datetime.time())
                        ),
                        other_weekday: s.weekday() != host_weekday,
                        outside_hours: outside_teaching_hours(c, o.start, o.end),
                    }
                })
                .collect();
            Block {
                session: o.session,
                date: o.date,
                series: session.repeat.is_some(),
                changed: o.changed,
                ends_here: p.ends_here,
                start: o.start,
                end: o.end,
                day: p.day,
                top: p.start.saturating_sub(first_hour * 60),
                height: p.end - p.start,
                lane: lane_of[i],
                lanes: lanes_of[i],
                title: session.title.clone(),
                time: format!("{}–{}", hhmm(rs), hhmm(re)),
                host: campus_index(&session.host),
                locals,
                resolution_note: match o.resolution {
                    Resolution::Exact => None,
                    r => r
                        .describe(o.local_start)
                        .map(|d| format!("{d} in {}", o.zone)),
                },
                continued: p.continued,
                meeting: session.meeting_url.as_deref().map(Meeting::of),
                notes: session.notes.clone(),
                busy: None,
            }
        })
        .collect();

    let mut rulers = Vec::new();
    if let Some(v) = viewer {
        rulers.push(ruler(
            ("You", "Your time"),
            v,
            "#3b3b3b",
            None,
            monday,
            reference,
            (first_hour, last_hour),
        ));
    }
    for (i, c) in schedule.campuses.iter().enumerate() {
        let names = (c.code(), c.short.as_str());
        rulers.push(ruler(
            (&names.0, names.1),
            c.zone,
            campus_colour(i),
            Some(c),
            monday,
            reference,
            (first_hour, last_hour),
        ));
    }

    let switches = match (week_start, week_end) {
        (Some(a), Some(b)) => switch_notices(schedule, a, b),
        _ => Vec::new(),
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

/// Whether `[start, end)` lies outside the campus's teaching hours on the local day (or the day
/// is not a teaching day there).
pub fn outside_teaching_hours(campus: &Campus, start: Instant, end: Instant) -> bool {
    let s = campus.zone.local(start).datetime;
    let e = campus.zone.local(end).datetime;
    let Some(hours) = campus.teaching_hours.get(&s.weekday()) else {
        return true;
    };
    let from = s.time().minutes_of_day();
    let to = if e.date() > s.date() {
        1440 + e.time().minutes_of_day()
    } else {
        e.time().minutes_of_day()
    };
    !hours.contains(from, to)
}

fn ruler(
    (label, name): (&str, &str),
    zone: Zone,
    colour: &'static str,
    campus: Option<&Campus>,
    monday: CivilDate,
    reference: Zone,
    (first_hour, last_hour): (u32, u32),
) -> Ruler {
    let mut marks = Vec::new();
    let mut offset = String::new();
    let mut offset_short = String::new();
    for h in first_hour..last_hour {
        let Some(t) = CivilTime::new(h, 0) else {
            continue;
        };
        let Ok(r) = reference.resolve(monday.at(t), Disambiguation::Compatible) else {
            continue;
        };
        let local = zone.local(r.instant);
        if offset.is_empty() {
            offset = format!("UTC{} · {}", local.offset, local.abbreviation);
            offset_short = compact_offset(local.offset.seconds());
        }
        let lt = local.datetime.time();
        let label = if lt.minutes_of_day() == 0 {
            local.weekday().to_string()
        } else if lt.minute() == 0 {
            format!("{:02}", lt.hour())
        } else {
            hhmm(lt)
        };
        let teaching = campus.is_some_and(|c| {
            c.teaching_hours.get(&local.weekday()).is_some_and(|hours| {
                let m = lt.minutes_of_day();
                hours.contains(m, m + 60) || hours.contains(m, m + 30) && m % 60 != 0
            })
        }) || campus.is_none() && (8..20).contains(&lt.hour());
        marks.push(Mark {
            top: (h - first_hour) * 60,
            label,
            teaching,
        });
    }
    Ruler {
        label: label.to_string(),
        name: name.to_string(),
        zone,
        offset,
        offset_short,
        colour,
        marks,
    }
}

/// "+1", "+5:30", "−4" (a real minus sign), "±0".
pub fn compact_offset(seconds: i32) -> String {
    let sign = match seconds.signum() {
        -1 => "−",
        0 => "±",
        _ => "+",
    };
    let minutes = seconds.unsigned_abs() / 60;
    match minutes % 60 {
        0 => format!("{sign}{}", minutes / 60),
        m => format!("{sign}{}:{m:02}", minutes / 60),
    }
}

fn switch_notices(schedule: &Schedule, from: Instant, to: Instant) -> Vec<SwitchNotice> {
    // Group campuses that switch at the same instant with the same offsets.
    let mut groups: Vec<(Instant, Zone, Vec<String>, i32, i32)> = Vec::new();
    for c in &schedule.campuses {
        for (t, before, after) in c.zone.transitions(from, to) {
            match groups
                .iter_mut()
                .find(|g| g.0 == t && g.3 == before.seconds() && g.4 == after.seconds())
            {
                Some(g) => g.2.push(c.short.clone()),
                None => groups.push((
                    t,
                    c.zone,
                    vec![c.short.clone()],
                    before.seconds(),
                    after.seconds(),
                )),
            }
        }
    }
    // In the order a reader scans dates: by the local date of each switch, then by instant.
    groups.sort_by_key(|g| (g.1.local(g.0).datetime.date(), g.0));
    groups
        .into_iter()
        .map(|(t, zone, names, before, after)| {
            let after_local = zone.local(t);
            let before_wall = after_local
                .datetime
                .add_minutes(i64::from(before - after) / 60);
            let direction = if after > before {
                "clocks go forward"
            } else {
                "clocks go back"
            };
            // Midnight at the end of the day reads as 24:00 ("24:00 → 23:00" in Santiago).
            let from_time = before_wall
                .map(|b| {
                    match b.date() > after_local.datetime.date() && b.time().minutes_of_day() == 0 {
                        true => "24:00".to_string(),
                        false => hhmm(b.time()),
                    }
                })
                .unwrap_or_default();
            SwitchNotice {
                text: format!(
                    "{} {}: {} — {direction} {} → {} (now UTC{})",
                    after_local.weekday(),
                    day_month(after_local.datetime.date()),
                    names.join(", "),
                    from_time,
                    hhmm(after_local.datetime.time()),
                    after_local.offset
                ),
            }
        })
        .collect()
}

/// The blocks' times on the viewer's clock (12-hour when their locale reads one).
pub fn in_viewers_clock(view: &mut WeekView, reference: Zone, twelve_hour: bool) {
    if !twelve_hour {
        return;
    }
    for b in &mut view.blocks {
        b.time = crate::timetable_view::span(
            reference.local(b.start).datetime.time(),
            reference.local(b.end).datetime.time(),
            true,
        );
    }
}

/// A block of imported busy time: greyed, titled with the event, and saying whose time it is.
#[allow(clippy::too_many_arguments)]
fn busy_block(
    schedule: &Schedule,
    reference: Zone,
    o: &meridian_engine::Occurrence,
    day: usize,
    top: u32,
    height: u32,
    (lane, lanes): (usize, usize),
    (c, k): (usize, usize),
    continued: bool,
) -> Block {
    let cal = &schedule.busy[c];
    let whose = match (&cal.campus, &cal.cohort, &cal.lecturer, &cal.room) {
        (Some(x), ..) => schedule.campus(x).map(|c| c.short.clone()),
        (_, Some(x), ..) => schedule
            .cohorts
            .iter()
            .find(|c| c.id == *x)
            .map(|c| c.name.clone()),
        (_, _, Some(x), _) => schedule
            .lecturers
            .iter()
            .find(|c| c.id == *x)
            .map(|c| c.name.clone()),
        (_, _, _, Some(x)) => schedule
            .rooms
            .iter()
            .find(|c| c.id == *x)
            .map(|c| c.name.clone()),
        _ => None,
    }
    .unwrap_or_default();
    let title = &cal.blocks[k].title;
    Block {
        session: usize::MAX,
        date: o.date,
        series: false,
        changed: false,
        ends_here: true,
        start: o.start,
        end: o.end,
        day,
        top,
        height,
        lane,
        lanes,
        title: if title.trim().is_empty() {
            "Busy".to_string()
        } else {
            title.clone()
        },
        time: format!(
            "{}–{}",
            hhmm(reference.local(o.start).datetime.time()),
            hhmm(reference.local(o.end).datetime.time())
        ),
        host: 0,
        locals: Vec::new(),
        resolution_note: None,
        continued,
        meeting: None,
        notes: None,
        busy: Some(format!("Busy for {whose} (from {})", cal.name)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use meridian_engine::demo;

    fn date(s: &str) -> CivilDate {
        CivilDate::parse(s).unwrap()
    }

    #[test]
    fn the_switch_week_shows_the_european_switch_and_moved_rulers() {
        let s = demo::load("enhance-autumn-2026").unwrap();
        let berlin = Zone::parse("Europe/Berlin").unwrap();
        let v = week_view(&s, date("2026-10-19"), berlin, None);
        assert_eq!(v.switches.len(), 1);
        assert!(v.switches[0].text.starts_with("Sun 25 Oct: TU Berlin, Chalmers, NTNU, PoliMi, RWTH, UPV, WUT — clocks go back 03:00 → 02:00"), "{}", v.switches[0].text);
        let guest: Vec<&Block> = v
            .blocks
            .iter()
            .filter(|b| b.title.starts_with("Guest"))
            .collect();
        assert_eq!(guest.len(), 1);
        assert_eq!(guest[0].time, "16:00–17:00");
        let next = week_view(&s, date("2026-10-26"), berlin, None);
        let guest = next
            .blocks
            .iter()
            .find(|b| b.title.starts_with("Guest"))
            .unwrap();
        assert_eq!(
            guest.time, "15:00–16:00",
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
        assert_eq!((lecture.day, lecture.time.as_str()), (1, "17:00–18:30"));
        let auckland = lecture
            .locals
            .iter()
            .find(|l| l.campus_label == "Auckland")
            .unwrap();
        assert_eq!(auckland.time, "Wed 05:00–06:30");
        assert!(auckland.other_weekday && auckland.outside_hours);
        // The opening plenary (Mon 08:00 Auckland) is on Sunday 28 Feb in Milan: before this week.
        assert!(v.blocks.iter().all(|b| b.title != "Opening plenary"));
        let previous = week_view(&s, date("2027-02-22"), rome, None);
        let opening = previous
            .blocks
            .iter()
            .find(|b| b.title == "Opening plenary")
            .unwrap();
        assert_eq!((opening.day, opening.time.as_str()), (6, "20:00–21:00"));
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
    fn rulers_show_local_hours_and_teaching_shading() {
        let s = demo::load("gma-spring-2027").unwrap();
        let rome = Zone::parse("Europe/Rome").unwrap();
        let v = week_view(
            &s,
            date("2027-03-01"),
            rome,
            Some(Zone::parse("America/Toronto").unwrap()),
        );
        assert_eq!(v.rulers[0].label, "You");
        let auckland = v.rulers.iter().find(|r| r.label == "AKL").unwrap();
        assert_eq!(auckland.name, "Auckland");
        let noon = auckland
            .marks
            .iter()
            .find(|m| m.top == (12 - v.first_hour) * 60)
            .unwrap();
        assert_eq!(
            noon.label, "Tue",
            "12:00 Milan on Monday is midnight into Tuesday in Auckland"
        );
        let at_1 = auckland.marks.iter().find(|m| m.top == 0).unwrap();
        assert!(!at_1.teaching || v.first_hour > 1);
        let milan = v.rulers.iter().find(|r| r.label == "MIL").unwrap();
        let ten = milan.marks.iter().find(|m| m.label == "10").unwrap();
        assert!(ten.teaching);
        assert_eq!(milan.offset, "UTC+01:00 · CET");
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
        let texts: Vec<&str> = v.switches.iter().map(|n| n.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Sat 3 Apr: U. Chile — clocks go back 24:00 → 23:00 (now UTC-04:00)",
                "Sun 4 Apr: Auckland — clocks go back 03:00 → 02:00 (now UTC+12:00)"
            ]
        );
    }

    #[test]
    fn week_labels_read_naturally() {
        assert_eq!(week_label(date("2026-10-19")), "Week 43 · 19–25 Oct 2026");
        assert_eq!(
            week_label(date("2026-09-28")),
            "Week 40 · 28 Sep – 4 Oct 2026"
        );
    }
}
