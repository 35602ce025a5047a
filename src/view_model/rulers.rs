//! The rulers beside the grid (each campus's local hours at the grid's hour lines on the Monday
//! of the shown week, shaded for teaching hours) and the daylight-saving switches of the week.

use super::{Mark, Ruler, SwitchNotice};
use crate::words::hhmm;
use meridian_engine::schedule::{Campus, CampusId, Schedule};
use meridian_engine::{CivilDate, CivilTime, Disambiguation, Instant, Zone};

/// Okabe–Ito, a colour-blind-safe categorical palette; always shown with the campus's name.
pub const CAMPUS_COLOURS: [&str; 8] = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#8C7B00", "#555555",
];

/// The colour of the campus at `index` in the schedule.
pub fn campus_colour(index: usize) -> &'static str {
    CAMPUS_COLOURS[index % CAMPUS_COLOURS.len()]
}

/// The viewer's ruler (first, when `viewer` is given), then one per campus.
pub(super) fn rulers(
    schedule: &Schedule,
    viewer: Option<Zone>,
    monday: CivilDate,
    reference: Zone,
    hours: (u32, u32),
) -> Vec<Ruler> {
    let mut rulers = Vec::new();
    if let Some(v) = viewer {
        rulers.push(ruler(
            ("", ""),
            v,
            "#3b3b3b",
            None,
            monday,
            reference,
            hours,
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
            hours,
        ));
    }
    rulers
}

/// Keeps the rulers a student's timetable needs, of a week computed over the sessions it shows
/// (`schedule`, the reader's part): the viewer's, then the reader's campus (`campus`), then the
/// hosts of the sessions shown — first those of the day `day` (0 = Monday), which is what a
/// phone shows and it has room for only the first rulers, then the rest of the week's — each in
/// the schedule's order. A week without sessions keeps the hosts of all of `schedule`'s.
pub fn for_reader(
    view: &mut super::WeekView,
    schedule: &Schedule,
    campus: Option<&CampusId>,
    day: usize,
) {
    let first = view.rulers.len().saturating_sub(schedule.campuses.len());
    let mut wanted: Vec<usize> = Vec::new();
    let mut want = |i: usize| {
        if !wanted.contains(&i) {
            wanted.push(i);
        }
    };
    if let Some(i) = campus.and_then(|c| schedule.campuses.iter().position(|x| x.id == *c)) {
        want(i);
    }
    let shown: Vec<&super::Block> = view.blocks.iter().filter(|b| b.busy.is_none()).collect();
    let mut hosts: Vec<usize> = shown
        .iter()
        .filter(|b| b.day == day)
        .map(|b| b.host)
        .collect();
    hosts.sort_unstable();
    let mut rest: Vec<usize> = shown.iter().map(|b| b.host).collect();
    if rest.is_empty() {
        rest = schedule
            .sessions
            .iter()
            .filter_map(|x| schedule.campuses.iter().position(|c| c.id == x.host))
            .collect();
    }
    rest.sort_unstable();
    for i in hosts.into_iter().chain(rest) {
        want(i);
    }
    let mut kept: Vec<Ruler> = view.rulers[..first].to_vec();
    kept.extend(
        wanted
            .iter()
            .filter_map(|i| view.rulers.get(first + i).cloned()),
    );
    view.rulers = kept;
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
    let mut offset = (String::new(), String::new());
    let mut offset_short = String::new();
    for h in first_hour..last_hour {
        let Some(t) = CivilTime::new(h, 0) else {
            continue;
        };
        let Ok(r) = reference.resolve(monday.at(t), Disambiguation::Compatible) else {
            continue;
        };
        let local = zone.local(r.instant);
        if offset.0.is_empty() {
            offset = (local.offset.to_string(), local.abbreviation.to_string());
            offset_short = compact_offset(local.offset.seconds());
        }
        let lt = local.datetime.time();
        let weekday = (lt.minutes_of_day() == 0).then(|| local.weekday());
        let label = if weekday.is_some() {
            String::new()
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
            weekday,
            teaching,
        });
    }
    Ruler {
        label: label.to_string(),
        name: name.to_string(),
        viewer: campus.is_none(),
        zone,
        offset,
        offset_short,
        colour,
        marks,
        days_off: Vec::new(),
    }
}

/// Marks each campus's ruler with the public holidays it keeps in the week of `monday` (Monday
/// to Sunday), by their local name: the campus rulers are the view's last ones, in the
/// schedule's order.
pub fn mark_days_off(
    view: &mut super::WeekView,
    schedule: &Schedule,
    holidays: &meridian_engine::PublicHolidays,
    monday: CivilDate,
) {
    let Some(sunday) = monday.add_days(6) else {
        return;
    };
    let first = view.rulers.len().saturating_sub(schedule.campuses.len());
    for (r, c) in view.rulers[first..].iter_mut().zip(&schedule.campuses) {
        r.days_off = holidays
            .of_campus(c, monday, sunday)
            .into_iter()
            .map(|h| (h.date, h.local_name.clone()))
            .collect();
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

/// The switches between `from` and `to` at any campus, campuses switching together named together.
pub(super) fn switch_notices(schedule: &Schedule, from: Instant, to: Instant) -> Vec<SwitchNotice> {
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
                date: after_local.datetime.date(),
                campuses: names,
                forward: after > before,
                from: from_time,
                to: after_local.datetime.time(),
                offset: after_local.offset.to_string(),
            }
        })
        .collect()
}
