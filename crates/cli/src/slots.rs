//! `meridian slots`: the term-wide overlap map of chosen campuses, and a fair rotation when no
//! start suits everyone. The engine gives data; the words are here.

use crate::load;
use crate::Failure;
use meridian_engine::overlap::{
    overlap_map, propose_rotation, Burden, CampusFailure, FailureKind, OverlapMap, OverlapRequest,
    Rotation, SlotOverlap, MAX_ROTATION_SLOTS,
};
use meridian_engine::schedule::{CampusId, CohortId, LecturerId, RoomId};
use meridian_engine::{CivilDate, Schedule, Weekday, Zone};
use meridian_words::{overlap, Words};
use serde_json::{json, Value};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// A schedule file (JSON, format meridian/1).
    file: PathBuf,
    /// The campuses that take part, by id, separated by commas.
    #[arg(long, value_delimiter = ',', required = true)]
    campuses: Vec<String>,
    /// The session's length in minutes.
    #[arg(long, value_parser = clap::value_parser!(u32).range(5..=10080))]
    length: u32,
    /// Whose clock the starts are on (default: the first campus).
    #[arg(long)]
    anchor: Option<String>,
    /// Only these weekdays on the anchor's clock, e.g. mon,tue,wed.
    #[arg(long, value_delimiter = ',', value_parser = parse_weekday)]
    weekdays: Vec<Weekday>,
    /// Cohorts whose sessions and busy time count, by id.
    #[arg(long, value_delimiter = ',')]
    cohorts: Vec<String>,
    /// Lecturers whose sessions and busy time count, by id.
    #[arg(long, value_delimiter = ',')]
    lecturers: Vec<String>,
    /// Rooms whose bookings count, by id.
    #[arg(long, value_delimiter = ',')]
    rooms: Vec<String>,
    /// Propose a rotation of up to N weekly slots taken in turn (default 3) that shares the
    /// early, late and weekend sessions most evenly between the campuses.
    #[arg(long, num_args = 0..=1, default_missing_value = "3", value_name = "N",
          value_parser = clap::value_parser!(u8).range(1..=MAX_ROTATION_SLOTS as i64))]
    rotate: Option<u8>,
    /// With --rotate: write the schedule with the rotation accepted (this session replaced by
    /// one series per slot, linked as one course) instead of describing it.
    #[arg(long, value_name = "SESSION", requires = "rotate")]
    accept: Option<String>,
    /// With --accept: write the schedule here instead of standard output (`-` is standard
    /// output).
    #[arg(short, long, value_name = "FILE", requires = "accept")]
    output: Option<PathBuf>,
    /// Explain one start: a weekday and a time on the anchor's clock, e.g. "mon 13:30".
    #[arg(long, value_name = "DAY HH:MM", value_parser = parse_slot, conflicts_with = "rotate")]
    at: Option<(Weekday, meridian_engine::CivilTime)>,
    /// How many of the closest starts to list when none suits everyone.
    #[arg(long, default_value_t = 8)]
    limit: usize,
    /// A JSON object instead of text.
    #[arg(long)]
    json: bool,
}

fn parse_weekday(text: &str) -> Result<Weekday, String> {
    Weekday::ALL
        .into_iter()
        .find(|d| d.short_name().eq_ignore_ascii_case(text.trim()))
        .ok_or_else(|| {
            format!("\"{text}\" is not a weekday; use mon, tue, wed, thu, fri, sat or sun")
        })
}

fn parse_slot(text: &str) -> Result<(Weekday, meridian_engine::CivilTime), String> {
    let (day, at) = text
        .trim()
        .split_once([' ', ','])
        .ok_or_else(|| format!("\"{text}\" is not a weekday and a time, e.g. \"mon 13:30\""))?;
    let time = meridian_engine::CivilTime::parse(at.trim()).map_err(|e| crate::said(&e))?;
    if time.minutes_of_day() % 15 != 0
        || time != meridian_engine::CivilTime::from_minutes_of_day(time.minutes_of_day())
    {
        return Err(format!("\"{at}\": starts are every 15 minutes, e.g. 13:30"));
    }
    Ok((parse_weekday(day)?, time))
}

fn day_month(d: CivilDate) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!("{} {}", d.day(), MONTHS[(d.month() as usize + 11) % 12])
}

fn plural(n: impl Into<u64>, one: &str) -> String {
    match n.into() {
        1 => format!("1 {one}"),
        n => format!("{n} {one}s"),
    }
}

fn hm(t: meridian_engine::CivilTime) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

fn campus_name(schedule: &Schedule, id: &CampusId) -> String {
    schedule
        .campus(id)
        .map_or_else(|| id.to_string(), |c| c.short.clone())
}

fn failure_words(
    schedule: &Schedule,
    map: &OverlapMap,
    slot: &SlotOverlap,
    f: &CampusFailure,
) -> String {
    let words = Words::english();
    let reasons = overlap::reasons(&words, schedule, map, slot, f, &|z: Zone| z.place());
    overlap::campus_fails(
        &words,
        &campus_name(schedule, &map.campuses[f.campus]),
        f.weeks,
        slot.weeks,
        &reasons,
    )
}

/// Consecutive starts of one day as ranges: "Mon 09:00–10:30".
fn ranges(slots: &[&SlotOverlap]) -> Vec<String> {
    let mut out: Vec<(Weekday, u32, u32)> = Vec::new();
    for s in slots {
        let m = s.start.minutes_of_day();
        match out.last_mut() {
            Some(last) if last.0 == s.weekday && last.2 + 15 == m => last.2 = m,
            _ => out.push((s.weekday, m, m)),
        }
    }
    out.into_iter()
        .map(|(d, a, b)| {
            let t = |m: u32| format!("{:02}:{:02}", m / 60, m % 60);
            if a == b {
                format!("{d} {}", t(a))
            } else {
                format!("{d} {}–{}", t(a), t(b))
            }
        })
        .collect()
}

fn map_json(map: &OverlapMap, schedule: &Schedule) -> Value {
    let resource = |r: &meridian_engine::conflict::Resource| {
        use meridian_engine::conflict::Resource::*;
        match *r {
            Cohort(i) => json!({"cohort": schedule.cohorts[i].id.as_str()}),
            Lecturer(i) => json!({"lecturer": schedule.lecturers[i].id.as_str()}),
            Room(i) => json!({"room": schedule.rooms[i].id.as_str()}),
        }
    };
    json!({
        "anchor": map.anchor.as_str(),
        "zone": map.zone.name(),
        "campuses": map.campuses.iter().map(CampusId::as_str).collect::<Vec<_>>(),
        "resources": map.resources.iter().map(resource).collect::<Vec<_>>(),
        "length_minutes": map.length_minutes,
        "weeks": map.weeks.iter().map(|d| d.to_string()).collect::<Vec<_>>(),
        "slots": map.slots.iter().map(|s| json!({
            "weekday": s.weekday.short_name().to_lowercase(),
            "start": hm(s.start),
            "weeks": s.weeks,
            "holding": s.holding,
            "everyone": s.holds_for_everyone(),
            "failures": s.failures.iter().map(|f| json!({
                "campus": map.campuses[f.campus].as_str(),
                "weeks": f.weeks,
                "reasons": f.reasons.iter().map(|r| {
                    let mut v = json!({
                        "kind": r.kind.name(),
                        "first": r.first.to_string(),
                        "local_start": r.local_start.to_iso(),
                        "weeks": r.weeks,
                        "switches": r.switches.iter().map(|x| json!({
                            "zone": x.zone.name(),
                            "at": x.at.to_rfc3339(),
                            "offset_before_seconds": x.offset_before,
                            "offset_after_seconds": x.offset_after,
                            "daylight_saving_after": x.daylight_saving_after,
                        })).collect::<Vec<_>>(),
                    });
                    if let FailureKind::Closure(x) = r.kind {
                        v["closure"] = json!(schedule.campus(&map.campuses[f.campus])
                            .and_then(|c| c.closures.get(x)).map(|c| c.name.as_str()));
                    }
                    v
                }).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "busy": s.busy.iter().map(|b| {
                let mut v = resource(&map.resources[b.resource]);
                v["weeks"] = json!(b.weeks);
                v["first"] = json!(b.first.to_string());
                v
            }).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}

fn rotation_json(r: &Rotation) -> Value {
    json!({
        "anchor": r.anchor.as_str(),
        "zone": r.zone.name(),
        "length_minutes": r.length_minutes,
        "slots": r.slots.iter().map(|s| json!({
            "weekday": s.weekday.short_name().to_lowercase(),
            "start": hm(s.start),
        })).collect::<Vec<_>>(),
        "weeks": r.weeks.iter().map(|w| json!({
            "monday": w.monday.to_string(), "slot": w.slot, "date": w.date.to_string(),
        })).collect::<Vec<_>>(),
        "tallies": r.tallies.iter().map(|t| {
            let mut v = json!({"campus": t.campus.as_str(), "total": t.total, "points": t.points});
            for k in Burden::ALL {
                v[k.name()] = json!(t.count(k));
            }
            v
        }).collect::<Vec<_>>(),
        "largest": r.largest,
        "total": r.total,
        "exhaustive": r.exhaustive,
    })
}

fn tally_words(schedule: &Schedule, r: &Rotation) -> Vec<String> {
    overlap::tallies(&Words::english(), schedule, r)
}

pub fn run(args: Args) -> Result<ExitCode, Failure> {
    let schedule = load(&args.file)?;
    for c in args.campuses.iter().chain(&args.anchor) {
        crate::check_scope(&schedule, &args.file, Some(c.trim()), None)?;
    }
    for c in &args.cohorts {
        crate::check_scope(&schedule, &args.file, None, Some(c))?;
    }
    let request = OverlapRequest {
        campuses: args
            .campuses
            .iter()
            .map(|c| CampusId(c.trim().into()))
            .collect(),
        anchor: args.anchor.clone().map(CampusId),
        length_minutes: args.length,
        weekdays: args.weekdays.clone(),
        cohorts: args.cohorts.iter().map(|c| CohortId(c.clone())).collect(),
        lecturers: args
            .lecturers
            .iter()
            .map(|c| LecturerId(c.clone()))
            .collect(),
        rooms: args.rooms.iter().map(|c| RoomId(c.clone())).collect(),
        ignore_session: None,
    };
    let named = |e: meridian_engine::Error| {
        Failure::Input(format!("{}: {}", args.file.display(), crate::said(&e)))
    };
    if let Some(n) = args.rotate {
        let mut request = request;
        let template = match &args.accept {
            None => None,
            Some(id) => {
                let Some(i) = schedule.sessions.iter().position(|s| s.id.as_str() == id) else {
                    let ids: Vec<&str> = schedule.sessions.iter().map(|x| x.id.as_str()).collect();
                    return Err(Failure::Input(format!(
                        "{}: no session \"{id}\"; it has {}",
                        args.file.display(),
                        ids.join(", ")
                    )));
                };
                request.ignore_session = Some(i);
                Some(i)
            }
        };
        let Some(rotation) =
            propose_rotation(&schedule, &request, usize::from(n)).map_err(named)?
        else {
            return Err(Failure::Check(format!(
                "{}: no start on these weekdays falls within the term in every week",
                args.file.display()
            )));
        };
        if let Some(i) = template {
            let (next, _) = schedule
                .with_rotation(&rotation, &schedule.sessions[i], Some(i))
                .map_err(named)?;
            let json = next.to_json();
            crate::write_output(args.output.as_deref(), &(json + "\n"))?;
            return Ok(ExitCode::SUCCESS);
        }
        if args.json {
            println!(
                "{}",
                serde_json::to_string_pretty(&json!({"rotation": rotation_json(&rotation)}))
                    .unwrap_or_default()
            );
            return Ok(ExitCode::SUCCESS);
        }
        let letters = ["A", "B", "C"];
        let place = schedule
            .campus(&rotation.anchor)
            .map_or_else(|| rotation.zone.place(), |c| c.city.clone());
        let slots: Vec<String> = rotation
            .slots
            .iter()
            .enumerate()
            .map(|(j, s)| format!("{} {} {}", letters[j % 3], s.weekday, hm(s.start)))
            .collect();
        if rotation.slots.len() == 1 {
            println!(
                "One weekly slot is fairest (times in {place}): {}",
                slots[0].trim_start_matches("A ")
            );
        } else {
            println!(
                "Rotation of {} weekly slots taken in turn (times in {place}): {}",
                rotation.slots.len(),
                slots.join(", ")
            );
            let weeks: Vec<String> = rotation
                .weeks
                .iter()
                .map(|w| format!("{} {}", day_month(w.date), letters[w.slot % 3]))
                .collect();
            println!("  weeks: {}", weeks.join(", "));
        }
        println!(
            "  burden: at most {} points for one campus, {} in all (a night session counts {}){}",
            rotation.largest,
            rotation.total,
            meridian_engine::overlap::NIGHT_POINTS,
            if rotation.exhaustive {
                ""
            } else {
                " (the search stopped at its limit; this is the best found)"
            }
        );
        println!("  {}", tally_words(&schedule, &rotation).join(", "));
        return Ok(ExitCode::SUCCESS);
    }
    let map = overlap_map(&schedule, &request).map_err(named)?;
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&map_json(&map, &schedule)).unwrap_or_default()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let place = schedule
        .campus(&map.anchor)
        .map_or_else(|| map.zone.place(), |c| c.city.clone());
    let names: Vec<String> = map
        .campuses
        .iter()
        .map(|c| campus_name(&schedule, c))
        .collect();
    println!(
        "{} min with {} over {} (times in {place})",
        map.length_minutes,
        names.join(", "),
        plural(map.weeks.len() as u64, "week")
    );
    if let Some((day, at)) = args.at {
        let Some(s) = map.slot(day, at) else {
            return Err(Failure::Input(format!(
                "{day} is not among the weekdays asked for"
            )));
        };
        if s.weeks == 0 {
            println!("{day} {}: no week of the term has this day", hm(at));
        } else if s.failures.is_empty() && s.busy.is_empty() {
            println!(
                "{day} {}: suits everyone in all {}",
                hm(at),
                plural(s.weeks, "week")
            );
        } else {
            println!(
                "{day} {}: {} of {} campuses inside teaching hours every week they teach",
                hm(at),
                s.holding,
                map.campuses.len()
            );
        }
        describe(&schedule, &map, s, true);
        return Ok(ExitCode::SUCCESS);
    }
    let everyone: Vec<&SlotOverlap> = map.holding_for_everyone().collect();
    if !everyone.is_empty() {
        println!(
            "Starts that suit everyone in every week: {}",
            ranges(&everyone).join(", ")
        );
        return Ok(ExitCode::SUCCESS);
    }
    let n = map.campuses.len();
    let best = map
        .slots
        .iter()
        .filter(|s| s.weeks > 0)
        .map(|s| s.holding)
        .max()
        .unwrap_or(0);
    println!(
        "No start suits all {n} campuses in every week of the term; {best} of {n} is the most (--rotate proposes a rotation)."
    );
    let mut closest: Vec<&SlotOverlap> = map
        .slots
        .iter()
        .filter(|s| s.weeks > 0 && s.holding == best)
        .collect();
    // Fewest failing weeks first, then in week order.
    closest.sort_by_key(|s| {
        (
            s.failures
                .iter()
                .filter(|f| !f.holds_when_open)
                .map(|f| u32::from(f.weeks))
                .sum::<u32>()
                + s.busy.iter().map(|b| u32::from(b.weeks)).sum::<u32>(),
            s.weekday,
            s.start,
        )
    });
    for s in closest.into_iter().take(args.limit) {
        println!("  {} {}:", s.weekday, hm(s.start));
        describe(&schedule, &map, s, false);
    }
    Ok(ExitCode::SUCCESS)
}

/// The failures of one slot, a line each (closed weeks only with `closed`).
fn describe(schedule: &Schedule, map: &OverlapMap, s: &SlotOverlap, closed: bool) {
    {
        for f in s.failures.iter().filter(|f| closed || !f.holds_when_open) {
            println!("    {}", failure_words(schedule, map, s, f));
        }
        for b in &s.busy {
            let what = match map.resources[b.resource] {
                meridian_engine::conflict::Resource::Cohort(i) => schedule.cohorts[i].name.clone(),
                meridian_engine::conflict::Resource::Lecturer(i) => {
                    schedule.lecturers[i].name.clone()
                }
                meridian_engine::conflict::Resource::Room(i) => schedule.rooms[i].name.clone(),
            };
            println!(
                "    {}",
                overlap::booked(&Words::english(), Some(&what), b.weeks, b.first)
            );
        }
    }
}
