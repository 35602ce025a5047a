//! A conflict both versions have on other dates, worded for the Compare dialog and
//! `meridian diff`: the dates it no longer has or now also has, and how many stay, counted
//! with the language's plural forms.

mod support;

use meridian_engine::lineage::{conflict_effect, ChangedConflict};
use meridian_engine::{CivilDate, PublicHolidays, Schedule};
use meridian_words::conflict::{changed, message};
use meridian_words::Words;

/// Two weekly Monday lectures of one TU Berlin cohort at the same time, every Monday from
/// 5 Oct 2026 to `end`.
fn weekly_clash(end: &str) -> Schedule {
    Schedule::from_json(&format!(
        r#"{{"format":"meridian/1","id":"t","name":"Clash","term":{{"start":"2026-10-05","end":"{end}"}},
        "campuses":[{{"id":"tub","name":"TU Berlin","short":"TU Berlin","city":"Berlin","country":"DE","zone":"Europe/Berlin"}}],
        "cohorts":[{{"id":"tub-1","name":"TUB-1","campus":"tub"}}],
        "sessions":[
          {{"id":"robotics","title":"Robotics","host":"tub","start":"2026-10-05T10:00","duration_minutes":90,
           "repeat":{{"weekdays":["mon"]}},"cohorts":["tub-1"]}},
          {{"id":"ethics","title":"Ethics","host":"tub","start":"2026-10-05T10:00","duration_minutes":90,
           "repeat":{{"weekdays":["mon"]}},"cohorts":["tub-1"]}}]}}"#
    ))
    .unwrap()
}

fn monday(day: &str) -> CivilDate {
    CivilDate::parse(&format!("2026-{day}")).unwrap()
}

/// The one conflict `after` has on other dates than `before`, with nothing new or resolved.
fn the_change(before: &Schedule, after: &Schedule) -> ChangedConflict {
    let e = conflict_effect(before, after, &PublicHolidays::none());
    assert!(e.new.is_empty() && e.resolved.is_empty(), "{e:?}");
    assert_eq!(e.changed.len(), 1, "{e:?}");
    e.changed[0].clone()
}

/// Robotics's weeks of `days` cancelled.
fn cancelled(s: &Schedule, days: &[&str]) -> Schedule {
    days.iter().fold(s.clone(), |s, d| {
        s.with_occurrence_skipped(0, monday(d)).unwrap()
    })
}

#[test]
fn a_week_moved_off_a_weekly_clash_reads_as_that_week_gone_and_the_rest_kept() {
    let words = Words::english();
    let s = weekly_clash("2026-12-18");
    let moved = s.with_occurrence_moved(0, monday("10-12"), 240).unwrap();
    let c = the_change(&s, &moved);
    let said = changed(&words, &c);
    assert_eq!(
        said,
        format!(
            "{} — no longer on Mon 12 Oct; still on 10 other dates",
            message(&words, &c.after)
        )
    );
    assert!(
        said.starts_with("Cohort TUB-1 has two sessions on Mon 5 Oct 2026")
            && said.contains("(and 9 more dates, until Mon 14 Dec 2026)"),
        "{said}"
    );
    // Back: the week is added, and the message counts all the dates.
    let back = changed(&words, &the_change(&moved, &s));
    assert!(back.ends_with(" — now also on Mon 12 Oct"), "{back}");
    assert!(back.contains("(and 10 more dates, until"), "{back}");
}

#[test]
fn many_weeks_gone_are_named_up_to_three_and_counted() {
    let words = Words::english();
    let s = weekly_clash("2026-12-18");
    let fewer = cancelled(&s, &["10-12", "10-19", "10-26", "11-02", "11-09"]);
    let said = changed(&words, &the_change(&s, &fewer));
    assert!(
        said.ends_with(
            " — no longer on Mon 12 Oct, Mon 19 Oct, Mon 26 Oct and 2 more dates; \
             still on 6 other dates"
        ),
        "{said}"
    );
}

#[test]
fn a_clash_on_other_dates_only_says_where_it_is_now_instead() {
    let words = Words::english();
    // Two Mondays; Robotics on the first only, then on the second only.
    let s = weekly_clash("2026-10-16");
    let (first, second) = (cancelled(&s, &["10-12"]), cancelled(&s, &["10-05"]));
    let c = the_change(&first, &second);
    assert_eq!(c.dates_kept(), 0, "{c:?}");
    let said = changed(&words, &c);
    assert!(
        said.ends_with(" — no longer on Mon 5 Oct; now on Mon 12 Oct instead"),
        "{said}"
    );
}

// Polish counts "still on n other dates" in the locative with three plural forms (1 innym
// terminie, 2–4 innych terminach, 5 innych terminach) and the dates not named as terms.
#[test]
fn polish_counts_the_dates_that_stay_and_those_not_named_with_its_plural_forms() {
    let words = support::words("pl");
    let kept = |end: &str| {
        let s = weekly_clash(end);
        let moved = s.with_occurrence_moved(0, monday("10-12"), 240).unwrap();
        changed(&words, &the_change(&s, &moved))
    };
    // Mondays 5 and 12 Oct: one kept.
    assert!(kept("2026-10-16").ends_with(" – już nie: Mon 12 Oct; nadal w 1 innym terminie"));
    // 5, 12, 19, 26 Oct: three kept.
    let three = kept("2026-10-30");
    assert!(
        three.ends_with(" – już nie: Mon 12 Oct; nadal w 3 innych terminach"),
        "{three}"
    );
    let ten = kept("2026-12-18");
    assert!(
        ten.ends_with(" – już nie: Mon 12 Oct; nadal w 10 innych terminach"),
        "{ten}"
    );
    let s = weekly_clash("2026-12-18");
    let fewer = cancelled(&s, &["10-12", "10-19", "10-26", "11-02", "11-09", "11-16"]);
    let said = changed(&words, &the_change(&s, &fewer));
    assert!(
        said.ends_with(
            " – już nie: Mon 12 Oct, Mon 19 Oct, Mon 26 Oct i jeszcze 3 terminy; \
             nadal w 5 innych terminach"
        ),
        "{said}"
    );
}
