//! `make fuzz`: a million random and mutated share links thrown at the decoder.
//! Usage: meridian-fuzz [RUNS] [SEED]

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let runs: u64 = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(0x5eed);
    meridian_bench::fuzz::report_panicking_input();
    let start = Instant::now();
    let now = move || start.elapsed().as_secs_f64() * 1000.0;
    let report = meridian_bench::fuzz::fuzz(runs, seed, &now);
    let secs = start.elapsed().as_secs_f64();
    println!(
        "share-link decoder: {} inputs (seed {seed:#x}) in {secs:.1} s, none panicked",
        report.runs
    );
    for (outcome, n) in &report.outcomes {
        println!("  {outcome}: {n}");
    }
    println!(
        "  slowest decode: {:.2} ms ({})",
        report.slowest_ms, report.slowest_kind
    );
}
