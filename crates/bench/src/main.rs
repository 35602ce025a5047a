//! `make bench`, native part: full check and incremental re-check on generated schedules.

use std::time::Instant;

fn main() {
    let start = Instant::now();
    let now = move || start.elapsed().as_secs_f64() * 1000.0;
    println!("native (release build)");
    for (campuses, series, weeks, runs) in [(20, 500, 15, 51), (20, 3334, 15, 11)] {
        let schedule = meridian_bench::generate(campuses, series, weeks);
        let f = meridian_bench::measure(&schedule, runs, &now);
        println!(
            "  {campuses} campuses × {series} series × {weeks} weeks: {} occurrences, {} conflicts ({} double-booked pairs); full check {:.2} ms, incremental re-check {:.3} ms (medians of {runs} runs)",
            f.occurrences, f.conflicts, f.clashes, f.full_ms, f.incremental_ms
        );
    }
}
