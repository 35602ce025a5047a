//! `make fuzz`: the three fuzz targets, share links, schedule files and calendar files, a
//! million inputs each.
//! Usage: meridian-fuzz [RUNS] [SEED] [TARGET: links | schedules | calendars | all]

use meridian_bench::fuzz::{FuzzReport, MAX_MS_PER_INPUT};
use std::time::Instant;

fn print(what: &str, seed: u64, secs: f64, report: &FuzzReport) {
    println!(
        "{what}: {} inputs (seed {seed:#x}) in {secs:.1} s, none panicked, none over {MAX_MS_PER_INPUT} ms",
        report.runs
    );
    for (outcome, n) in &report.outcomes {
        println!("  {outcome}: {n}");
    }
    println!(
        "  slowest: {:.2} ms ({}): {}",
        report.slowest_ms, report.slowest_kind, report.slowest_input
    );
}

fn main() {
    let mut args = std::env::args().skip(1);
    let runs: u64 = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(0x5eed);
    let target = args.next().unwrap_or_else(|| "all".to_string());
    meridian_bench::fuzz::report_panicking_input();
    let start = Instant::now();
    let now = move || start.elapsed().as_secs_f64() * 1000.0;
    if target == "links" || target == "all" {
        let t = Instant::now();
        let report = meridian_bench::fuzz::fuzz(runs, seed, &now, MAX_MS_PER_INPUT);
        print("share links", seed, t.elapsed().as_secs_f64(), &report);
    }
    if target == "schedules" || target == "all" {
        let t = Instant::now();
        let report = meridian_bench::fuzz::fuzz_schedules(runs, seed, &now, MAX_MS_PER_INPUT);
        print("schedule files", seed, t.elapsed().as_secs_f64(), &report);
    }
    if target == "calendars" || target == "all" {
        let t = Instant::now();
        let report = meridian_bench::fuzz::fuzz_calendars(runs, seed, &now, MAX_MS_PER_INPUT);
        print("calendar files", seed, t.elapsed().as_secs_f64(), &report);
    }
}
