//! `make bench`, native part: full check and incremental re-check on generated schedules.

use std::time::Instant;

/// Characters of a link text (`s1.` and unpadded base64url) around `bytes` bytes.
fn chars(bytes: usize) -> usize {
    3 + (bytes * 4).div_ceil(3)
}

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
    let c = meridian_bench::measure_conversions(100_000, 11, &now);
    println!(
        "  zone conversions (20 zones, 2026–2027): offset {:.0} ns, local time {:.0} ns, resolve (compatible) {:.0} ns; a 15-week term's transitions {:.2} µs (medians of 11 runs)",
        c.offset_ns, c.local_ns, c.resolve_ns, c.transitions_ns / 1000.0
    );
    // Find a time: one series tried at every half hour of its week against the whole schedule.
    let schedule = meridian_bench::generate(20, 500, 15);
    let search = meridian_engine::slots::SlotSearch::default();
    let mut runs: Vec<f64> = (0..5)
        .map(|_| {
            let t = now();
            let _ = meridian_engine::slots::suggest_times(
                &schedule,
                Some(0),
                &schedule.sessions[0],
                &search,
            );
            now() - t
        })
        .collect();
    runs.sort_by(f64::total_cmp);
    println!(
        "  find a time for one series of the 20 × 500 × 15 schedule (every half hour of 5 days, each re-checked): {:.1} ms (median of 5 runs)",
        runs[2]
    );
    let o = meridian_bench::measure_overlap(11, &now);
    println!(
        "  overlap map, 20 campuses × 15 weeks × {} starts (15-minute steps, 90 min): {:.2} ms (median of 11 runs)",
        o.slots, o.map_ms
    );
    let rot = |(k, largest, total, exhaustive, compared): (usize, u16, u16, bool, u64)| {
        format!(
            "{k} slots, at most {largest} inconvenient sessions for one campus, {total} in all; {compared} choices compared{}",
            if exhaustive { ", exhaustive" } else { ", stopped at the limit" }
        )
    };
    println!(
        "  rotation search, GMA five campuses, weekdays, up to 3 slots: {:.1} ms ({}) (median of 11 runs)",
        o.gma_rotation_ms,
        rot(o.gma_rotation)
    );
    println!(
        "  rotation search, the 20 generated campuses, weekdays, up to 3 slots: {:.1} ms ({}) (median of 11 runs)",
        o.wide_rotation_ms,
        rot(o.wide_rotation)
    );
    println!(
        "share links (edit link, base {})",
        meridian_bench::links::BASE
    );
    let schedules = [
        meridian_engine::demo::load("enhance-autumn-2026").unwrap_or_else(|e| panic!("{e}")),
        meridian_engine::demo::load("gma-spring-2027").unwrap_or_else(|e| panic!("{e}")),
        meridian_bench::links::fifty_sessions(),
    ];
    for s in &schedules {
        let f = meridian_bench::links::figures(s);
        let qr = match f.qr {
            Some((v, w)) => format!("fits one QR code (version {v}, {w}×{w} modules, level L)"),
            None => "does not fit one QR code".to_string(),
        };
        println!(
            "  {} ({} sessions): link {} characters ({} with the address), lz-string on the JSON {} characters: {:.0} % of it; {qr}",
            f.name,
            f.sessions,
            f.link_chars,
            f.url_chars,
            f.lz_chars,
            100.0 * f.link_chars as f64 / f.lz_chars as f64
        );
        println!(
            "    payload {} bytes before compression, {} of them text (names, ids, notes, meeting links); without its sessions' notes the link would be {} characters",
            f.payload_bytes, f.text_bytes, f.without_notes_chars
        );
        let c = &f.compressed;
        println!(
            "    compressed with the link dictionary in front: deflate (links) {} bytes, brotli q11 {} bytes, PPMd order 6 {} bytes; in base64url {} / {} / {} characters",
            c.deflate, c.brotli, c.ppmd, chars(c.deflate), chars(c.brotli), chars(c.ppmd)
        );
    }
}
