//! A share of `make fuzz` in the test suite: every kind of hostile input meets its typed error.

#[test]
fn twenty_thousand_hostile_links_each_give_a_schedule_or_a_typed_error() {
    let start = std::time::Instant::now();
    let now = move || start.elapsed().as_secs_f64() * 1000.0;
    // A debug build on a shared machine: a generous budget per input.
    let report = meridian_bench::fuzz::fuzz(20_000, 0xdec0de, &now, 10_000.0);
    assert_eq!(report.runs, 20_000);
    for outcome in [
        "cut off",
        "damaged",
        "not a link",
        "too long",
        "opened a schedule",
        "passed on by a sender, opened",
    ] {
        assert!(
            report.outcomes.get(outcome).copied().unwrap_or(0) > 0,
            "no input ended as {outcome}: {:?}",
            report.outcomes
        );
    }
}

#[test]
fn five_thousand_mutated_schedule_files_are_refused_with_a_place_or_keep_their_meaning() {
    let start = std::time::Instant::now();
    let now = move || start.elapsed().as_secs_f64() * 1000.0;
    let report = meridian_bench::fuzz::fuzz_schedules(5_000, 0xf11e, &now, 10_000.0);
    assert_eq!(report.runs, 5_000);
    for outcome in [
        "accepted, kept its meaning saved and shared",
        "refused with a path",
        "refused: not JSON or not text",
    ] {
        assert!(
            report.outcomes.get(outcome).copied().unwrap_or(0) > 0,
            "no input ended as {outcome}: {:?}",
            report.outcomes
        );
    }
    // Whatever the JSON reader says about a mutated file, the user reads it in their language.
    assert_eq!(
        report
            .outcomes
            .get("refused in the JSON reader's own English (unclassified)"),
        None,
        "{:?}",
        report.outcomes
    );
}

#[test]
fn five_hundred_mutated_calendar_files_are_refused_with_the_line_or_keep_their_meaning() {
    let start = std::time::Instant::now();
    let now = move || start.elapsed().as_secs_f64() * 1000.0;
    let report = meridian_bench::fuzz::fuzz_calendars(500, 0xca1e, &now, 10_000.0);
    assert_eq!(report.runs, 500);
    for outcome in [
        "read, kept its meaning saved and shared",
        "refused with the line",
    ] {
        assert!(
            report.outcomes.get(outcome).copied().unwrap_or(0) > 0,
            "no input ended as {outcome}: {:?}",
            report.outcomes
        );
    }
}
