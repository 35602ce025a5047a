//! Work on a decoded link or an opened file is bounded by what it says, not only by its size:
//! the inputs that once took seconds or gigabytes, built here (issue 15).

use meridian_engine::conflict::{
    ConflictDetail, MAX_CLASHES_PER_RESOURCE, MAX_CONFLICTS_PER_RESOURCE,
};
use meridian_engine::schedule::{BusyBlock, BusyCalendar, CohortId, SessionId};
use meridian_engine::{check, demo, ConflictIndex, ConflictKind, Schedule, Severity};

fn enhance() -> Schedule {
    demo::load("enhance-autumn-2026").unwrap()
}

/// A 3 kB link could carry 100,000 identical busy blocks for one cohort; `check` compared every
/// block with every other (28–34 s). Busy blocks are never compared with each other now.
#[test]
fn identical_busy_blocks_do_not_make_the_check_quadratic() {
    let mut s = enhance();
    let lecture = meridian_engine::occurrences(&s, None, None).unwrap()[0].clone();
    let block = BusyBlock {
        start: lecture.start,
        end: lecture.end,
        title: "Same block".into(),
    };
    s.busy.push(BusyCalendar {
        id: "copies".into(),
        name: "Copies".into(),
        campus: None,
        cohort: Some(CohortId::from("tub-msc1")),
        lecturer: None,
        room: None,
        blocks: vec![block; 100_000],
    });
    let all = check(&s);
    let busy: Vec<_> = all
        .iter()
        .filter(|c| c.kind == ConflictKind::BusyElsewhere)
        .collect();
    // The lecture meets during all 100,000 copies: the first are listed, the rest counted.
    assert!(!busy.is_empty());
    let counted = all
        .iter()
        .find_map(|c| match c.detail {
            ConflictDetail::Omitted { pairs, .. } => Some(pairs),
            _ => None,
        })
        .expect("the clashes past the cap are counted");
    // 100,000 pairs with the lecture (and any other session of the cohort at that time).
    assert!(
        (100_000 - MAX_CLASHES_PER_RESOURCE..=100_000).contains(&counted),
        "{counted}"
    );
}

/// 150 copies of one session (a 2.5 kB link) listed 11,175 pairs a week for each of its seven
/// cohorts; `check --json` needed more than 1.5 GB. Each resource lists at most
/// MAX_CONFLICTS_PER_RESOURCE conflicts (MAX_CLASHES_PER_RESOURCE pairs) and counts the rest.
#[test]
fn copies_of_one_session_list_a_bounded_number_of_clashes() {
    let mut s = enhance();
    let lecture = s.sessions[0].clone();
    for k in 0..150 {
        let mut x = lecture.clone();
        x.id = SessionId(format!("copy-{k}"));
        s.sessions.push(x);
    }
    let index = ConflictIndex::new(&s);
    let all = index.conflicts(&s);
    let cohorts = lecture.cohorts.len() + lecture.rooms.len() + 1;
    let listed_pairs: usize = all.iter().map(|c| c.occurrences.len() / 2).sum();
    assert!(
        listed_pairs <= cohorts * MAX_CLASHES_PER_RESOURCE + all.len(),
        "{listed_pairs} pairs listed"
    );
    let double_bookings = all
        .iter()
        .filter(|c| {
            matches!(
                c.kind,
                ConflictKind::CohortDoubleBooked
                    | ConflictKind::LecturerDoubleBooked
                    | ConflictKind::RoomDoubleBooked
            )
        })
        .count();
    assert!(
        double_bookings <= cohorts * (MAX_CONFLICTS_PER_RESOURCE + 1),
        "{double_bookings} double bookings listed"
    );
    let summaries = all
        .iter()
        .filter(|c| matches!(c.detail, ConflictDetail::Omitted { .. }))
        .count();
    assert_eq!(
        summaries, cohorts,
        "one count per cohort, lecturer and room"
    );
    let (errors, _, _) = index.counts();
    assert_eq!(
        errors,
        all.iter().filter(|c| c.severity == Severity::Error).count()
    );
}
