//! Prints a generated benchmark schedule as a Meridian file: `meridian-bench-schedule
//! [CAMPUSES SERIES WEEKS]` (default 20 × 500 × 15 = 7,500 occurrences). `make bench` opens it
//! in the app to time a drag.

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let (campuses, series, weeks) = match args[..] {
        [c, s, w] => (c, s, w),
        _ => (20, 500, 15),
    };
    let weeks = u32::try_from(weeks).unwrap_or(15);
    let json = meridian_bench::generate_json(campuses, series, weeks);
    println!("{json}");
}
