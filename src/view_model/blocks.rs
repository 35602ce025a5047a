//! The week's session blocks: each occurrence (and each block of imported busy time) cut at the
//! reference zone's midnights into pieces, the pieces laid out in lanes where they overlap, and
//! each piece worded with its local times at every participating campus.

use super::{Block, Busy, LocalLine, Meeting};
use meridian_engine::schedule::{Campus, Schedule};
use meridian_engine::{occurrences, CivilDate, Instant, Occurrence, Resolution, Zone};

/// What a block shows: an occurrence of a session, or a block of imported busy time.
enum Source {
    /// An occurrence of a session.
    Session(Occurrence),
    /// Busy time: the calendar's and the block's index in the schedule.
    Busy {
        calendar: usize,
        block: usize,
        start: Instant,
        end: Instant,
    },
}

impl Source {
    fn span(&self) -> (Instant, Instant) {
        match self {
            Source::Session(o) => (o.start, o.end),
            Source::Busy { start, end, .. } => (*start, *end),
        }
    }
}

/// Part of a source on one day, in reference-zone minutes [start, end).
struct Piece {
    source: usize,
    day: usize,
    start: u32,
    end: u32,
    continued: bool,
    ends_here: bool,
}

/// The blocks of the week starting on `monday` (a date in `reference`) between `week` (its first
/// and last instant), and the hours the grid shows: (first hour, hour after the last, blocks).
pub(super) fn blocks(
    schedule: &Schedule,
    monday: CivilDate,
    reference: Zone,
    week: Option<(Instant, Instant)>,
) -> (u32, u32, Vec<Block>) {
    let sources = sources(schedule, week);
    let pieces = pieces(&sources, monday, reference);
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
    let lanes = lanes(&pieces);
    let blocks = pieces
        .iter()
        .zip(lanes)
        .map(|(p, lanes)| {
            let top = p.start.saturating_sub(first_hour * 60);
            match &sources[p.source] {
                Source::Session(o) => session_block(schedule, reference, o, p, top, lanes),
                Source::Busy {
                    calendar, block, ..
                } => busy_block(
                    schedule,
                    reference,
                    &sources[p.source],
                    (*calendar, *block),
                    p,
                    top,
                    lanes,
                ),
            }
        })
        .collect();
    (first_hour, last_hour, blocks)
}

/// Every occurrence and every busy block that overlaps the week.
fn sources(schedule: &Schedule, week: Option<(Instant, Instant)>) -> Vec<Source> {
    let Some((a, b)) = week else {
        return Vec::new();
    };
    let mut sources: Vec<Source> = occurrences(schedule, None, None)
        .unwrap_or_default()
        .into_iter()
        .filter(|o| o.end > a && o.start < b)
        .map(Source::Session)
        .collect();
    // Imported busy time, drawn greyed among the sessions.
    for (calendar, cal) in schedule.busy.iter().enumerate() {
        for (block, x) in cal.blocks.iter().enumerate() {
            if x.end > a && x.start < b {
                sources.push(Source::Busy {
                    calendar,
                    block,
                    start: x.start,
                    end: x.end,
                });
            }
        }
    }
    sources
}

/// Each source cut at the reference zone's midnights, for the days of the week.
fn pieces(sources: &[Source], monday: CivilDate, reference: Zone) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = Vec::new();
    for (k, source) in sources.iter().enumerate() {
        let (start, end) = source.span();
        let s = reference.local(start).datetime;
        let e = reference.local(end).datetime;
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
            // It ends here: on this day, or at the midnight that closes it.
            let last = end_day <= day
                || (to == 1440 && e.time().minutes_of_day() == 0 && end_day == day + 1);
            if (0..7).contains(&day) {
                pieces.push(Piece {
                    source: k,
                    day: day as usize,
                    start: from,
                    end: to,
                    continued,
                    ends_here: last,
                });
            }
            if last {
                break;
            }
            day += 1;
            from = 0;
            continued = true;
        }
    }
    pieces
}

/// (lane, lanes in its cluster) for each piece: greedy per day over clusters of overlapping
/// pieces.
fn lanes(pieces: &[Piece]) -> Vec<(usize, usize)> {
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
    lane_of.into_iter().zip(lanes_of).collect()
}

/// A piece of a session's occurrence, with its local times at every participating campus.
fn session_block(
    schedule: &Schedule,
    reference: Zone,
    o: &Occurrence,
    p: &Piece,
    top: u32,
    (lane, lanes): (usize, usize),
) -> Block {
    let campus_index = |id: &meridian_engine::schedule::CampusId| {
        schedule
            .campuses
            .iter()
            .position(|c| &c.id == id)
            .unwrap_or(0)
    };
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
                start: s.datetime,
                end: e.datetime,
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
        top,
        height: p.end - p.start,
        lane,
        lanes,
        title: session.title.clone(),
        times: (rs, re),
        host: campus_index(&session.host),
        locals,
        clock_change: match o.resolution {
            Resolution::Exact => None,
            r => Some((r, o.local_start, o.zone)),
        },
        continued: p.continued,
        meeting: session.meeting_url.as_deref().map(Meeting::of),
        notes: session.notes.clone(),
        busy: None,
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

/// A piece of imported busy time: greyed, titled with the event, and saying whose time it is.
/// It has no session: `session` is `usize::MAX` and `busy` says whose it is.
fn busy_block(
    schedule: &Schedule,
    reference: Zone,
    source: &Source,
    (c, k): (usize, usize),
    p: &Piece,
    top: u32,
    (lane, lanes): (usize, usize),
) -> Block {
    let (start, end) = source.span();
    let cal = &schedule.busy[c];
    use meridian_engine::schedule::BusyTarget;
    let whose = match cal.target() {
        Some(BusyTarget::Campus(x)) => schedule.campus(x).map(|c| c.short.clone()),
        Some(BusyTarget::Cohort(x)) => schedule.cohort(x).map(|c| c.name.clone()),
        Some(BusyTarget::Lecturer(x)) => schedule.lecturer(x).map(|c| c.name.clone()),
        Some(BusyTarget::Room(x)) => schedule.room(x).map(|c| c.name.clone()),
        None => None,
    }
    .unwrap_or_default();
    let title = &cal.blocks[k].title;
    Block {
        session: usize::MAX,
        date: reference.local(start).datetime.date(),
        series: false,
        changed: false,
        ends_here: true,
        start,
        end,
        day: p.day,
        top,
        height: p.end - p.start,
        lane,
        lanes,
        title: title.clone(),
        times: (
            reference.local(start).datetime.time(),
            reference.local(end).datetime.time(),
        ),
        host: 0,
        locals: Vec::new(),
        clock_change: None,
        continued: p.continued,
        meeting: None,
        notes: None,
        busy: Some(Busy {
            whose,
            calendar: cal.name.clone(),
        }),
    }
}
