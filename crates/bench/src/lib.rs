//! Synthetic schedules for the benchmarks, and the timed runs shared by the native binary and
//! the browser page (`bench/index.html`, driven by `bench/run.js`).
//!
//! A generated schedule looks like a big alliance term: campuses around the world (both
//! hemispheres, with and without daylight saving), five cohorts, six lecturers and four rooms per
//! campus, and weekly series on weekdays between 08:00 and 18:00 host time, each joined by one
//! to three cohorts of other campuses. It is deterministic (a fixed seed), so native, wasm and the
//! JavaScript baseline measure the same data.

#[cfg(not(target_arch = "wasm32"))]
pub mod fuzz;
#[cfg(not(target_arch = "wasm32"))]
pub mod links;

use meridian_engine::schedule::{Schedule, FORMAT};
use meridian_engine::ConflictIndex;
use serde_json::{json, Value};

/// Zones of the generated campuses, cycled.
const ZONES: [&str; 20] = [
    "Europe/Berlin",
    "Europe/Stockholm",
    "Europe/Oslo",
    "Europe/Rome",
    "Europe/Madrid",
    "Europe/Warsaw",
    "Europe/London",
    "Europe/Moscow",
    "Africa/Nairobi",
    "Asia/Kolkata",
    "Asia/Bangkok",
    "Asia/Shanghai",
    "Asia/Singapore",
    "Pacific/Auckland",
    "Australia/Sydney",
    "America/Santiago",
    "America/Sao_Paulo",
    "America/Toronto",
    "America/Chicago",
    "America/Los_Angeles",
];

/// A small deterministic generator (xorshift64*), so no dependency is needed for randomness.
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    pub(crate) fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// A schedule of `campuses` campuses and `series` weekly series over `weeks` weeks (one
/// occurrence a week each), as the JSON document.
pub fn generate_json(campuses: usize, series: usize, weeks: u32) -> Value {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ (campuses * 1_000_003 + series) as u64);
    let campus_list: Vec<Value> = (0..campuses)
        .map(|i| {
            json!({"id": format!("c{i}"), "name": format!("Campus {i}"), "short": format!("C{i}"),
                   "city": format!("City {i}"), "zone": ZONES[i % ZONES.len()]})
        })
        .collect();
    let per = |n: usize, what: &str, extra: &dyn Fn(usize) -> Value| -> Vec<Value> {
        (0..campuses * n)
            .map(|i| {
                let mut v = json!({"id": format!("{what}{i}"), "name": format!("{what} {i}")});
                v["campus"] = json!(format!("c{}", i / n));
                if let (Some(o), Value::Object(e)) = (v.as_object_mut(), extra(i)) {
                    o.extend(e);
                }
                v
            })
            .collect()
    };
    // Resources grow with the number of series, so each cohort keeps a realistic week
    // (about eight sessions) whatever the schedule's size.
    let scale = series.div_ceil(500).max(1);
    let (nk, nl, nr) = (5 * scale, 6 * scale, 4 * scale);
    let cohorts = per(nk, "k", &|_| json!({}));
    let lecturers = per(nl, "l", &|_| json!({}));
    let rooms = per(nr, "r", &|_| json!({"capacity": 60}));
    // Term: 15+ weeks from Monday 2 March 2026, across the March and April switches.
    let end_day = 2 + weeks * 7;
    let end = chrono_like_date(2026, 3, end_day);
    let sessions: Vec<Value> = (0..series)
        .map(|i| {
            let host = rng.below(campuses as u64) as usize;
            let day = 2 + rng.below(5) as u32; // Monday..Friday of the first week
            let quarter = 32 + rng.below(40) as u32; // 08:00..17:45
            let minutes = [60, 90, 120][rng.below(3) as usize];
            let mut cohorts: Vec<String> =
                vec![format!("k{}", host * nk + rng.below(nk as u64) as usize)];
            for _ in 0..rng.below(3) {
                cohorts.push(format!("k{}", rng.below((campuses * nk) as u64)));
            }
            cohorts.sort();
            cohorts.dedup();
            json!({
                "id": format!("s{i}"), "title": format!("Series {i}"), "host": format!("c{host}"),
                "start": format!("2026-03-{day:02}T{:02}:{:02}", quarter / 4, quarter % 4 * 15),
                "duration_minutes": minutes,
                "repeat": {"count": weeks},
                "cohorts": cohorts,
                "lecturer": format!("l{}", host * nl + rng.below(nl as u64) as usize),
                "rooms": [format!("r{}", host * nr + rng.below(nr as u64) as usize)],
            })
        })
        .collect();
    json!({
        "format": FORMAT, "id": format!("bench-{campuses}-{series}-{weeks}"),
        "name": format!("Benchmark: {campuses} campuses × {series} series × {weeks} weeks"),
        "term": {"start": "2026-03-02", "end": end},
        "campuses": campus_list, "cohorts": cohorts, "lecturers": lecturers, "rooms": rooms,
        "sessions": sessions,
    })
}

/// `YYYY-MM-DD` for day `day` counted from the first of `month` (days past the month roll on).
fn chrono_like_date(year: i32, month: u32, day: u32) -> String {
    let d = meridian_engine::CivilDate::new(year, month, 1)
        .and_then(|d| d.add_days(i64::from(day) - 1));
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// The generated schedule, validated.
pub fn generate(campuses: usize, series: usize, weeks: u32) -> Schedule {
    Schedule::from_json(&generate_json(campuses, series, weeks).to_string())
        .unwrap_or_else(|e| panic!("generated schedule: {e}"))
}

/// One timed run: how long a full check and an incremental re-check take.
pub struct Figures {
    /// Occurrences in the schedule.
    pub occurrences: usize,
    /// Conflicts found.
    pub conflicts: usize,
    /// Double-booked pairs found.
    pub clashes: usize,
    /// Median full check, milliseconds.
    pub full_ms: f64,
    /// Incremental re-check after one series moved, milliseconds (median over batches).
    pub incremental_ms: f64,
}

/// Times `ConflictIndex::new` and `session_changed` (median of `runs`), with `now` a clock in ms.
pub fn measure(schedule: &Schedule, runs: usize, now: &dyn Fn() -> f64) -> Figures {
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let mut full = Vec::new();
    // Warm-up: a browser compiles hot wasm functions with its optimising tier in the background.
    let mut index = ConflictIndex::new(schedule);
    for _ in 0..5 {
        index = ConflictIndex::new(schedule);
    }
    for _ in 0..runs {
        let t = now();
        index = ConflictIndex::new(schedule);
        full.push(now() - t);
    }
    // Counts come from the schedule as generated, before the incremental runs move sessions.
    let occurrences: usize = (0..schedule.sessions.len())
        .map(|i| index.occurrences_of(i).len())
        .sum();
    let (conflicts, clashes) = (index.conflicts(schedule).len(), index.clashes().len());
    // One re-check is far below a browser clock's resolution (0.1 ms without cross-origin
    // isolation): time batches of them and take the median batch's mean.
    let mut moved = schedule.clone();
    let mut incremental = Vec::new();
    let batch = 50;
    for r in 0..runs {
        let t = now();
        for b in 0..batch {
            let i = ((r * batch + b) * 7919) % moved.sessions.len();
            if let Some(s) = moved.sessions[i].start.add_minutes(15) {
                moved.sessions[i].start = s;
            }
            index.session_changed(&moved, i);
        }
        incremental.push((now() - t) / batch as f64);
    }
    Figures {
        occurrences,
        conflicts,
        clashes,
        full_ms: median(full),
        incremental_ms: median(incremental),
    }
}

/// Timings of the overlap map and the rotation search (issue 20).
pub struct OverlapFigures {
    /// Slots in the 20-campus map (7 days × 96).
    pub slots: usize,
    /// Median time of the map of 20 campuses over the 15-week generated term, ms.
    pub map_ms: f64,
    /// Median time of a rotation of up to 3 slots for the GMA demo's five campuses (Auckland,
    /// Shanghai, Nairobi, Manchester, Santiago; weekdays), ms.
    pub gma_rotation_ms: f64,
    /// The GMA rotation's slots, largest and total burden, whether it was exhaustive, and the
    /// choices it compared.
    pub gma_rotation: (usize, u16, u16, bool, u64),
    /// Median time of a rotation of up to 3 slots for the 20 generated campuses (weekdays), ms.
    pub wide_rotation_ms: f64,
    /// The same for that rotation.
    pub wide_rotation: (usize, u16, u16, bool, u64),
}

/// Times `overlap_map` and `propose_rotation` (median of `runs`), with `now` a clock in ms.
pub fn measure_overlap(runs: usize, now: &dyn Fn() -> f64) -> OverlapFigures {
    use meridian_engine::overlap::{overlap_map, propose_rotation, OverlapRequest};
    use meridian_engine::schedule::CampusId;
    use meridian_engine::Weekday;
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let time = |f: &mut dyn FnMut()| {
        f();
        median(
            (0..runs)
                .map(|_| {
                    let t = now();
                    f();
                    now() - t
                })
                .collect(),
        )
    };
    let big = generate(20, 1, 15);
    let all = OverlapRequest {
        campuses: big.campuses.iter().map(|c| c.id.clone()).collect(),
        length_minutes: 90,
        ..OverlapRequest::default()
    };
    let mut slots = 0;
    let map_ms = time(&mut || {
        slots = overlap_map(&big, &all).map_or(0, |m| m.slots.len());
    });
    let weekdays = Weekday::ALL[..5].to_vec();
    let gma = meridian_engine::demo::load("gma-spring-2027").unwrap_or_else(|e| panic!("{e}"));
    let five = OverlapRequest {
        campuses: ["auckland", "sjtu", "nairobi", "manchester", "uchile"]
            .into_iter()
            .map(|c| CampusId(c.into()))
            .collect(),
        length_minutes: 90,
        weekdays: weekdays.clone(),
        ..OverlapRequest::default()
    };
    let figures = |r: &Option<meridian_engine::overlap::Rotation>| {
        r.as_ref().map_or((0, 0, 0, false, 0), |r| {
            (r.slots.len(), r.largest, r.total, r.exhaustive, r.compared)
        })
    };
    let mut gma_rotation = (0, 0, 0, false, 0);
    let gma_rotation_ms = time(&mut || {
        gma_rotation = figures(&propose_rotation(&gma, &five, 3).ok().flatten());
    });
    // All 20 generated campuses, both hemispheres.
    let wide = OverlapRequest {
        campuses: (0..20).map(|i| CampusId(format!("c{i}"))).collect(),
        length_minutes: 90,
        weekdays,
        ..OverlapRequest::default()
    };
    let mut wide_rotation = (0, 0, 0, false, 0);
    let wide_rotation_ms = time(&mut || {
        wide_rotation = figures(&propose_rotation(&big, &wide, 3).ok().flatten());
    });
    OverlapFigures {
        slots,
        map_ms,
        gma_rotation_ms,
        gma_rotation,
        wide_rotation_ms,
        wide_rotation,
    }
}

impl OverlapFigures {
    /// The figures as JSON (for the browser page).
    pub fn to_json(&self) -> Value {
        json!({
            "slots": self.slots, "map_ms": self.map_ms,
            "gma_rotation_ms": self.gma_rotation_ms,
            "gma_rotation": [self.gma_rotation.0, self.gma_rotation.1, self.gma_rotation.2, self.gma_rotation.3, self.gma_rotation.4],
            "wide_rotation_ms": self.wide_rotation_ms,
            "wide_rotation": [self.wide_rotation.0, self.wide_rotation.1, self.wide_rotation.2, self.wide_rotation.3, self.wide_rotation.4],
        })
    }
}

#[cfg(target_arch = "wasm32")]
mod web {
    use wasm_bindgen::prelude::*;

    fn now() -> f64 {
        js_sys::Reflect::get(&js_sys::global(), &"performance".into())
            .ok()
            .and_then(|p| js_sys::Reflect::get(&p, &"now".into()).ok().map(|f| (p, f)))
            .and_then(|(p, f)| {
                f.dyn_into::<js_sys::Function>()
                    .ok()
                    .and_then(|f| f.call0(&p).ok())
            })
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0)
    }

    /// The overlap map and rotation figures as JSON.
    #[wasm_bindgen]
    pub fn run_overlap(runs: usize) -> String {
        super::measure_overlap(runs, &now).to_json().to_string()
    }

    /// The generated schedule as JSON, for the JavaScript baseline.
    #[wasm_bindgen]
    pub fn schedule_json(campuses: usize, series: usize, weeks: u32) -> String {
        super::generate_json(campuses, series, weeks).to_string()
    }

    /// Runs the engine on the generated schedule and returns the figures as JSON.
    #[wasm_bindgen]
    pub fn run(campuses: usize, series: usize, weeks: u32, runs: usize) -> String {
        let s = super::generate(campuses, series, weeks);
        let f = super::measure(&s, runs, &now);
        serde_json::json!({
            "occurrences": f.occurrences, "conflicts": f.conflicts, "clashes": f.clashes,
            "full_ms": f.full_ms, "incremental_ms": f.incremental_ms, "runs": runs,
        })
        .to_string()
    }
}

/// Time zone conversions, in nanoseconds per call (medians of runs): the four the engine makes
/// per occurrence or per zone, over the generated campuses' 20 zones.
#[derive(Debug, Clone, Copy)]
pub struct Conversions {
    /// `Zone::offset_at`, instants spread over 2026–2027.
    pub offset_ns: f64,
    /// `Zone::local` (wall time, offset and abbreviation).
    pub local_ns: f64,
    /// `Zone::resolve` with `compatible`, wall times spread over 2026–2027 (gaps and folds met).
    pub resolve_ns: f64,
    /// `Zone::transitions` over a 15-week term (what the conflict check's clock asks per zone).
    pub transitions_ns: f64,
}

/// Times [`Conversions`]: `n` calls of each per run, the median of `runs` runs.
pub fn measure_conversions(n: usize, runs: usize, now: &dyn Fn() -> f64) -> Conversions {
    use meridian_engine::{Disambiguation, Instant, Zone};
    let zones: Vec<Zone> = ZONES.iter().filter_map(|z| Zone::parse(z).ok()).collect();
    let start = 1_767_225_600i64; // 2026-01-01T00:00:00Z
    let span = 2 * 365 * 86_400i64;
    let instants: Vec<(Zone, Instant)> = (0..n)
        .filter_map(|i| {
            let t = start + (i as i64 * 7_919_993) % span;
            Some((zones[i % zones.len()], Instant::from_unix_seconds(t)?))
        })
        .collect();
    let walls: Vec<(Zone, meridian_engine::CivilDateTime)> = instants
        .iter()
        .map(|&(z, t)| (z, Zone::UTC.local(t).datetime))
        .collect();
    let term = (
        Instant::from_unix_seconds(start + 30 * 86_400),
        Instant::from_unix_seconds(start + (30 + 105) * 86_400),
    );
    let median = |f: &mut dyn FnMut() -> u64| -> f64 {
        let mut v: Vec<f64> = (0..runs)
            .map(|_| {
                let t = now();
                std::hint::black_box(f());
                (now() - t) * 1e6
            })
            .collect();
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let offset_ns = median(&mut || {
        instants
            .iter()
            .map(|&(z, t)| z.offset_at(t).seconds() as u64)
            .fold(0, u64::wrapping_add)
    }) / n as f64;
    let local_ns = median(&mut || {
        instants
            .iter()
            .map(|&(z, t)| z.local(t).abbreviation.len() as u64)
            .fold(0, u64::wrapping_add)
    }) / n as f64;
    let resolve_ns = median(&mut || {
        walls
            .iter()
            .filter_map(|&(z, w)| z.resolve(w, Disambiguation::Compatible).ok())
            .map(|r| r.instant.unix_seconds() as u64)
            .fold(0, u64::wrapping_add)
    }) / n as f64;
    let per_term = 200;
    let transitions_ns = match term {
        (Some(from), Some(to)) => {
            median(&mut || {
                (0..per_term)
                    .map(|i| zones[i % zones.len()].transitions(from, to).len() as u64)
                    .sum()
            }) / per_term as f64
        }
        _ => f64::NAN,
    };
    Conversions {
        offset_ns,
        local_ns,
        resolve_ns,
        transitions_ns,
    }
}
