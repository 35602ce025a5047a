//! A share of `make fuzz` in the test suite: every kind of hostile input meets its typed error.

#[test]
fn twenty_thousand_hostile_links_each_give_a_schedule_or_a_typed_error() {
    let start = std::time::Instant::now();
    let now = move || start.elapsed().as_secs_f64() * 1000.0;
    let report = meridian_bench::fuzz::fuzz(20_000, 0xdec0de, &now);
    assert_eq!(report.runs, 20_000);
    for outcome in [
        "cut off",
        "damaged",
        "not a link",
        "too long",
        "opened a schedule",
    ] {
        assert!(
            report.outcomes.get(outcome).copied().unwrap_or(0) > 0,
            "no input ended as {outcome}: {:?}",
            report.outcomes
        );
    }
}
