//! Versions of a schedule: fingerprints, links that carry their base, diff, apply and merge.

use meridian_engine::conflict::check_with_holidays;
use meridian_engine::lineage::{
    apply, canonical, conflict_effect, diff, fingerprint, merge, Change, Fingerprint, QuestionKind,
    SessionChange, Side, Subject,
};
use meridian_engine::link::{decode, encode, encode_with_base, LinkKind};
use meridian_engine::schedule::{
    CampusId, Closure, Cohort, CohortId, Hours, Period, PeriodKind, SessionId,
};
use meridian_engine::{demo, CivilDate, Conflict, PublicHolidays, Schedule, Weekday};
use proptest::prelude::*;

fn enhance() -> Schedule {
    demo::load("enhance-autumn-2026").unwrap()
}

fn gma() -> Schedule {
    demo::load("gma-spring-2027").unwrap()
}

// ---- Random edits, made through the engine's own edit functions ----

/// One edit a coordinator could make. Sessions are named by their position among the
/// schedule's sessions when the edit is made (modulo their number), campuses likewise.
#[derive(Debug, Clone)]
enum Op {
    Move(usize, i64),
    Resize(usize, i64),
    MoveWeek(usize, usize, i64),
    ResizeWeek(usize, usize, i64),
    SkipWeek(usize, usize),
    Remove(usize),
    Copy(usize, u8),
    Retitle(usize, u8),
    ToggleCohort(usize, usize),
    Hours(usize, usize, Option<(u16, u16)>),
    Closure(usize, i64),
    Region(usize, u8),
    HolidayOff(usize, i64),
    Period(usize, i64, i64, bool),
    AddCohort(usize, u8),
    RemoveCohort(usize),
    RemoveRoom(usize),
    Rename(u8),
    TermEnd(i64),
    Reverse,
}

fn op() -> impl Strategy<Value = Op> {
    let minutes = (-96i64..96).prop_map(|q| q * 15);
    prop_oneof![
        (any::<usize>(), minutes.clone()).prop_map(|(i, m)| Op::Move(i, m)),
        (any::<usize>(), (-8i64..8).prop_map(|q| q * 15)).prop_map(|(i, m)| Op::Resize(i, m)),
        (any::<usize>(), 0usize..15, minutes.clone()).prop_map(|(i, k, m)| Op::MoveWeek(i, k, m)),
        (any::<usize>(), 0usize..15, (-4i64..8).prop_map(|q| q * 15))
            .prop_map(|(i, k, m)| Op::ResizeWeek(i, k, m)),
        (any::<usize>(), 0usize..15).prop_map(|(i, k)| Op::SkipWeek(i, k)),
        any::<usize>().prop_map(Op::Remove),
        (any::<usize>(), any::<u8>()).prop_map(|(i, n)| Op::Copy(i, n)),
        (any::<usize>(), 0u8..4).prop_map(|(i, n)| Op::Retitle(i, n)),
        (any::<usize>(), any::<usize>()).prop_map(|(i, k)| Op::ToggleCohort(i, k)),
        (
            any::<usize>(),
            0usize..7,
            prop::option::of((0u16..48, 1u16..48).prop_map(|(a, b)| (a * 15, a * 15 + b * 15)))
        )
            .prop_map(|(c, d, h)| Op::Hours(c, d, h)),
        (any::<usize>(), 0i64..100).prop_map(|(c, d)| Op::Closure(c, d)),
        (any::<usize>(), 0u8..3).prop_map(|(c, r)| Op::Region(c, r)),
        (any::<usize>(), 0i64..100).prop_map(|(c, d)| Op::HolidayOff(c, d)),
        (any::<usize>(), 0i64..100, 0i64..10, any::<bool>())
            .prop_map(|(c, d, n, exams)| Op::Period(c, d, n, exams)),
        (any::<usize>(), any::<u8>()).prop_map(|(c, n)| Op::AddCohort(c, n)),
        any::<usize>().prop_map(Op::RemoveCohort),
        any::<usize>().prop_map(Op::RemoveRoom),
        (0u8..4).prop_map(Op::Rename),
        (-20i64..20).prop_map(Op::TermEnd),
        Just(Op::Reverse),
    ]
}

/// The schedule after `op`, or the same schedule when the engine refuses the edit.
fn edited(s: &Schedule, op: &Op) -> Schedule {
    let n = s.sessions.len().max(1);
    let week = |i: usize, k: usize| -> Option<CivilDate> {
        let x = s.sessions.get(i % n)?;
        let dates = x.dates(&s.term);
        dates.get(k % dates.len().max(1)).copied()
    };
    let result = match op {
        Op::Move(i, m) => s.with_session_moved(i % n, *m),
        Op::Resize(i, m) => s.with_session_resized(i % n, *m),
        Op::MoveWeek(i, k, m) => match week(*i, *k) {
            Some(d) => s.with_occurrence_moved(i % n, d, *m),
            None => return s.clone(),
        },
        Op::ResizeWeek(i, k, m) => match week(*i, *k) {
            Some(d) => s.with_occurrence_resized(i % n, d, *m),
            None => return s.clone(),
        },
        Op::SkipWeek(i, k) => match week(*i, *k) {
            Some(d) => s.with_occurrence_skipped(i % n, d),
            None => return s.clone(),
        },
        Op::Remove(i) => s.without_session(i % n),
        Op::Copy(i, tag) => match s.sessions.get(i % n) {
            Some(x) => {
                let mut x = x.clone();
                x.id = SessionId(format!("{}-copy-{tag}", x.id));
                x.title = format!("{} (copy {tag})", x.title);
                s.with_session_added(x)
            }
            None => return s.clone(),
        },
        Op::Retitle(i, t) => match s.sessions.get(i % n) {
            Some(x) => {
                let mut x = x.clone();
                x.title = format!("Title {t}");
                s.with_session_replaced(i % n, x)
            }
            None => return s.clone(),
        },
        Op::ToggleCohort(i, k) => match (
            s.sessions.get(i % n),
            s.cohorts.get(k % s.cohorts.len().max(1)),
        ) {
            (Some(x), Some(c)) => {
                let mut x = x.clone();
                if x.cohorts.contains(&c.id) {
                    x.cohorts.retain(|y| *y != c.id);
                } else {
                    x.cohorts.push(c.id.clone());
                }
                s.with_session_replaced(i % n, x)
            }
            _ => return s.clone(),
        },
        Op::Hours(c, d, h) => {
            let mut next = s.clone();
            let campus = &mut next.campuses[c % s.campuses.len()];
            match h {
                Some((a, b)) => campus.teaching_hours.insert(
                    Weekday::ALL[*d],
                    Hours {
                        start_minute: *a,
                        end_minute: (*b).min(1440),
                    },
                ),
                None => campus.teaching_hours.remove(&Weekday::ALL[*d]),
            };
            s.with_setup_of(next)
        }
        Op::Closure(c, d) => {
            let mut next = s.clone();
            let start = s.term.start.add_days(*d).unwrap();
            next.campuses[c % s.campuses.len()].closures.push(Closure {
                name: format!("Closed {d}"),
                start,
                end: None,
            });
            s.with_setup_of(next)
        }
        Op::Region(c, r) => {
            let mut next = s.clone();
            next.campuses[c % s.campuses.len()].region = match r {
                0 => None,
                1 => Some("BE".into()),
                _ => Some("VC".into()),
            };
            s.with_setup_of(next)
        }
        Op::HolidayOff(c, d) => {
            let mut next = s.clone();
            let date = s.term.start.add_days(*d).unwrap();
            let off = &mut next.campuses[c % s.campuses.len()].holidays_off;
            if off.contains(&date) {
                off.retain(|x| *x != date);
            } else {
                off.push(date);
            }
            s.with_setup_of(next)
        }
        Op::Period(c, d, n, exams) => {
            let mut next = s.clone();
            let start = s.term.start.add_days(*d).unwrap();
            let period = Period {
                kind: if *exams {
                    PeriodKind::Exams
                } else {
                    PeriodKind::LectureFree
                },
                name: format!("Period {d}"),
                start,
                end: start.add_days(*n).unwrap(),
            };
            let periods = &mut next.campuses[c % s.campuses.len()].periods;
            if periods.contains(&period) {
                periods.retain(|p| *p != period);
            } else {
                periods.push(period);
            }
            s.with_setup_of(next)
        }
        Op::AddCohort(c, tag) => {
            let mut next = s.clone();
            let campus = s.campuses[c % s.campuses.len()].id.clone();
            next.cohorts.push(Cohort {
                id: CohortId(format!("{campus}-new-{tag}")),
                name: format!("New cohort {tag}"),
                campus,
                size: Some(u32::from(*tag)),
            });
            s.with_setup_of(next)
        }
        Op::RemoveCohort(k) => match s.cohorts.get(k % s.cohorts.len().max(1)) {
            Some(c) => s.without_cohort(&c.id).map(|x| x.0),
            None => return s.clone(),
        },
        Op::RemoveRoom(k) => match s.rooms.get(k % s.rooms.len().max(1)) {
            Some(r) => s.without_room(&r.id).map(|x| x.0),
            None => return s.clone(),
        },
        Op::Rename(t) => s.renamed(&format!("Schedule {t}")),
        Op::TermEnd(d) => {
            let mut next = s.clone();
            next.term.end = s.term.end.add_days(*d).unwrap();
            s.with_setup_of(next)
        }
        Op::Reverse => {
            let mut next = s.clone();
            next.sessions.reverse();
            next.cohorts.reverse();
            next.campuses.reverse();
            Ok(next)
        }
    };
    result.unwrap_or_else(|_| s.clone())
}

fn edited_all(s: &Schedule, ops: &[Op]) -> Schedule {
    ops.iter().fold(s.clone(), |s, op| edited(&s, op))
}

/// A demo schedule (either) after some random edits.
fn any_schedule() -> impl Strategy<Value = Schedule> {
    (any::<bool>(), prop::collection::vec(op(), 0..8)).prop_map(|(which, ops)| {
        let s = if which { enhance() } else { gma() };
        edited_all(&s, &ops)
    })
}

// ---- Fingerprints ----

#[test]
fn a_fingerprint_is_11_characters_that_read_back() {
    for s in [enhance(), gma()] {
        let f = fingerprint(&s);
        let text = f.to_string();
        assert_eq!(text.len(), 11, "{text}");
        assert_eq!(text.parse::<Fingerprint>().unwrap(), f);
        assert_eq!(serde_json::to_string(&f).unwrap(), format!("\"{text}\""));
        assert_eq!(
            serde_json::from_str::<Fingerprint>(&format!("\"{text}\"")).unwrap(),
            f
        );
    }
    assert_ne!(fingerprint(&enhance()), fingerprint(&gma()));
    for bad in ["", "abc", "AAAAAAAAAAAA", "AAAAAAAAAA=", "AAAAAAAAA!A"] {
        assert!(bad.parse::<Fingerprint>().is_err(), "{bad}");
    }
}

#[test]
fn order_without_meaning_leaves_the_fingerprint_and_any_edit_changes_it() {
    let s = enhance();
    let mut shuffled = s.clone();
    shuffled.sessions.reverse();
    shuffled.cohorts.reverse();
    shuffled.rooms.reverse();
    shuffled.campuses.rotate_left(2);
    shuffled.sessions[0].cohorts.reverse();
    assert_ne!(shuffled, s);
    assert_eq!(fingerprint(&shuffled), fingerprint(&s));
    assert_eq!(canonical(&shuffled), canonical(&s));

    let moved = s.with_session_moved(0, 15).unwrap();
    assert_ne!(fingerprint(&moved), fingerprint(&s));
    let renamed = s.renamed("Another name").unwrap();
    assert_ne!(fingerprint(&renamed), fingerprint(&s));
}

// ---- Links carry their base ----

#[test]
fn a_link_carries_its_base_and_older_links_have_none() {
    let s = enhance();
    let base = fingerprint(&gma());
    let plain = encode(&s, &LinkKind::Edit).unwrap();
    assert!(plain.starts_with("s1."));
    assert_eq!(decode(&plain).unwrap().base, None);
    let with = encode_with_base(&s, &LinkKind::Edit, Some(base)).unwrap();
    assert!(with.starts_with("s3."), "{with}");
    let opened = decode(&with).unwrap();
    assert_eq!(opened.base, Some(base));
    assert_eq!(opened.schedule, s);
    assert_eq!(
        encode_with_base(&s, &LinkKind::Edit, None).unwrap(),
        plain,
        "no base, the same link as before"
    );
    let qr =
        meridian_engine::link::encode_for_qr_with_base(&s, &LinkKind::Edit, Some(base)).unwrap();
    assert!(qr.starts_with("Q3."));
    assert_eq!(decode(&qr).unwrap().base, Some(base));
}

#[test]
fn a_version_3_link_cut_or_with_extra_bytes_is_refused() {
    let s = enhance();
    let with = encode_with_base(&s, &LinkKind::Edit, Some(fingerprint(&s))).unwrap();
    let payload = meridian_engine::link::payload_bytes(&with).unwrap();
    for bytes in [
        &payload[..payload.len() - 1],
        &[&payload[..], &[0u8]].concat()[..],
    ] {
        let link = meridian_engine::link::link_of_bytes(bytes).replacen("s1.", "s3.", 1);
        assert!(decode(&link).is_err());
    }
}

#[test]
fn the_base_adds_a_few_bytes_to_a_demo_link() {
    for s in [enhance(), gma()] {
        let plain = encode(&s, &LinkKind::Edit).unwrap();
        let with = encode_with_base(&s, &LinkKind::Edit, Some(fingerprint(&s))).unwrap();
        let added = with.len() as i64 - plain.len() as i64;
        println!(
            "{}: {} → {} characters (+{added})",
            s.id,
            plain.len(),
            with.len()
        );
        assert!((0..=20).contains(&added), "{added}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]
    #[test]
    fn a_schedule_keeps_its_fingerprint_through_a_link_and_a_file(s in any_schedule()) {
        let f = fingerprint(&s);
        let link = encode_with_base(&s, &LinkKind::Edit, Some(f)).unwrap();
        let opened = decode(&link).unwrap();
        prop_assert_eq!(fingerprint(&opened.schedule), f);
        prop_assert_eq!(opened.base, Some(f));
        let file = Schedule::from_json(&s.to_json()).unwrap();
        prop_assert_eq!(fingerprint(&file), f);
        prop_assert_eq!(fingerprint(&canonical(&s)), f);
    }
}

/// The golden version-3 link (made by this version; see `tests/golden/README.md`) keeps its base.
#[test]
fn the_golden_version_3_link_keeps_its_base() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden");
    let link = std::fs::read_to_string(format!("{dir}/gma-spring-2027-edit-base.link")).unwrap();
    let opened = decode(&link).unwrap();
    assert_eq!(opened.base, Some("o_MtmNXkNMw".parse().unwrap()));
    assert_eq!(fingerprint(&opened.schedule), fingerprint(&gma()));
}

// ---- Diff and apply ----

fn same(a: &Schedule, b: &Schedule) -> bool {
    fingerprint(a) == fingerprint(b)
}

/// Changes as a set (their JSON, sorted), to compare lists whatever their order.
fn as_set(changes: &[Change]) -> Vec<String> {
    let mut out: Vec<String> = changes
        .iter()
        .map(|c| serde_json::to_string(c).unwrap())
        .collect();
    out.sort();
    out
}

#[test]
fn a_version_compared_with_itself_or_reordered_has_no_changes() {
    let s = enhance();
    assert_eq!(diff(&s, &s), vec![]);
    let mut shuffled = s.clone();
    shuffled.sessions.reverse();
    shuffled.campuses.reverse();
    assert_eq!(diff(&s, &shuffled), vec![]);
}

#[test]
fn the_partners_story_lengthened_lecture_and_moved_tutorial_are_one_change_each() {
    let host = enhance();
    let lecture = host
        .sessions
        .iter()
        .position(|s| s.id.as_str() == "energy-systems")
        .unwrap();
    let tutorial = host
        .sessions
        .iter()
        .position(|s| s.id.as_str() == "markets-tutorial")
        .unwrap();
    let partner = host.with_session_resized(lecture, 30).unwrap();
    let changes = diff(&host, &partner);
    assert_eq!(changes.len(), 1, "{changes:?}");
    match &changes[0] {
        Change::Session {
            id,
            change: SessionChange::Length(e),
        } => {
            assert_eq!(id.as_str(), "energy-systems");
            assert_eq!(e.after, e.before + 30);
        }
        other => panic!("{other:?}"),
    }
    let moved = host.with_session_moved(tutorial, 60).unwrap();
    let changes = diff(&host, &moved);
    assert!(
        matches!(
            &changes[..],
            [Change::Session {
                change: SessionChange::Start(_),
                ..
            }]
        ),
        "{changes:?}"
    );
    // Applied to the host's own version, the partner's change keeps the host's move.
    let merged = apply(&moved, &diff(&host, &partner)).unwrap();
    assert_eq!(
        merged.sessions[tutorial].start,
        moved.sessions[tutorial].start
    );
    assert_eq!(
        merged.sessions[lecture].duration_minutes,
        partner.sessions[lecture].duration_minutes
    );
}

#[test]
fn a_removed_cohort_goes_from_every_session_when_applied_alone() {
    let s = enhance();
    let cohort = s.sessions[0].cohorts[0].clone();
    let (without, _) = s.without_cohort(&cohort).unwrap();
    let changes = diff(&s, &without);
    let removal: Vec<Change> = changes
        .iter()
        .filter(|c| matches!(c, Change::CohortRemoved(_)))
        .cloned()
        .collect();
    assert_eq!(removal.len(), 1);
    let applied = apply(&s, &removal).unwrap();
    assert!(same(&applied, &without));
}

#[test]
fn a_change_to_a_session_that_is_gone_is_an_error_not_a_panic() {
    let s = enhance();
    let moved = s.with_session_moved(0, 15).unwrap();
    let removed = s.without_session(0).unwrap();
    let err = apply(&removed, &diff(&s, &moved)).unwrap_err();
    assert!(
        said(&err).contains("energy-systems") || said(&err).contains(s.sessions[0].id.as_str()),
        "{err}"
    );
}

#[test]
fn conflicts_a_change_makes_and_resolves_are_told_apart() {
    let s = enhance();
    // Two sessions of one cohort at the same time: a new clash.
    let first = &s.sessions[0];
    let other = s
        .sessions
        .iter()
        .position(|x| {
            x.id != first.id
                && x.cohorts.iter().any(|c| first.cohorts.contains(c))
                && x.repeat.is_some()
        })
        .unwrap();
    let minutes = s.sessions[other].start.minutes_until(first.start);
    let clash = s.with_session_started(other, first.start);
    let Ok(clash) = clash else {
        panic!("{minutes}");
    };
    let effect = conflict_effect(&s, &clash, &PublicHolidays::none());
    assert!(
        effect.new.iter().any(|c| c.sessions.contains(&first.id)),
        "{:?}",
        effect.new
    );
    let back = conflict_effect(&clash, &s, &PublicHolidays::none());
    assert_eq!(back.resolved.len(), effect.new.len());
    assert_eq!(back.new.len(), effect.resolved.len());
    assert!(conflict_effect(&s, &s, &PublicHolidays::none())
        .new
        .is_empty());
}

/// Two weekly Monday lectures of one cohort at TU Berlin at the same time, from 5 Oct 2026 to
/// the term's end (11 Mondays): one clash on 11 dates.
fn weekly_clash() -> Schedule {
    Schedule::from_json(
        r#"{"format":"meridian/1","id":"t","name":"Clash","term":{"start":"2026-10-05","end":"2026-12-18"},
        "campuses":[{"id":"tub","name":"TU Berlin","short":"TU Berlin","city":"Berlin","country":"DE","zone":"Europe/Berlin"}],
        "cohorts":[{"id":"tub-1","name":"TUB-1","campus":"tub"}],
        "sessions":[
          {"id":"robotics","title":"Robotics","host":"tub","start":"2026-10-05T10:00","duration_minutes":90,
           "repeat":{"weekdays":["mon"]},"cohorts":["tub-1"]},
          {"id":"ethics","title":"Ethics","host":"tub","start":"2026-10-05T10:00","duration_minutes":90,
           "repeat":{"weekdays":["mon"]},"cohorts":["tub-1"]}]}"#,
    )
    .unwrap()
}

// Regression: moving one week of a weekly clash away was said to make one new conflict (the
// weeks left) and resolve one (all the weeks before): a conflict was matched across versions
// by its dates too.
#[test]
fn moving_one_week_of_a_weekly_clash_changes_that_clash_and_makes_none_new() {
    let s = weekly_clash();
    let before = check_with_holidays(&s, &PublicHolidays::none());
    assert_eq!(before.len(), 1, "{before:?}");
    assert_eq!(before[0].dates.len(), 11);
    let week = CivilDate::parse("2026-10-12").unwrap();
    let moved = s.with_occurrence_moved(0, week, 240).unwrap();
    let effect = conflict_effect(&s, &moved, &PublicHolidays::none());
    assert!(effect.new.is_empty(), "{:?}", effect.new);
    assert!(effect.resolved.is_empty(), "{:?}", effect.resolved);
    assert_eq!(effect.changed.len(), 1);
    let c = &effect.changed[0];
    assert_eq!(c.dates_gone, [week]);
    assert!(c.dates_added.is_empty());
    assert_eq!(c.dates_kept(), 10);
    assert_eq!(c.before, before[0]);
    assert_eq!(c.after.dates.len(), 10);
    // Back again: the week is added to the clash.
    let back = conflict_effect(&moved, &s, &PublicHolidays::none());
    assert!(back.new.is_empty() && back.resolved.is_empty(), "{back:?}");
    assert_eq!(back.changed.len(), 1);
    assert_eq!(back.changed[0].dates_added, [week]);
    assert!(back.changed[0].dates_gone.is_empty());
    // Cancelling a week is the same change to the clash; moving the whole series away
    // resolves it.
    let cancelled = s.with_occurrence_skipped(1, week).unwrap();
    let effect = conflict_effect(&s, &cancelled, &PublicHolidays::none());
    assert_eq!(effect.changed.len(), 1);
    assert_eq!(effect.changed[0].dates_gone, [week]);
    let away = s.with_session_moved(1, 180).unwrap();
    let effect = conflict_effect(&s, &away, &PublicHolidays::none());
    assert!(effect.changed.is_empty() && effect.new.is_empty());
    assert_eq!(effect.resolved, before);
}

/// A change a coordinator makes to some weeks: one week moved or cancelled, or a whole series
/// moved.
fn week_op() -> impl Strategy<Value = Op> {
    let minutes = (-96i64..96).prop_map(|q| q * 15);
    prop_oneof![
        (any::<usize>(), 0usize..15, minutes.clone()).prop_map(|(i, k, m)| Op::MoveWeek(i, k, m)),
        (any::<usize>(), 0usize..15).prop_map(|(i, k)| Op::SkipWeek(i, k)),
        (any::<usize>(), minutes).prop_map(|(i, m)| Op::Move(i, m)),
    ]
}

/// Sessions and campuses sorted, with the kind and dates: what an unchanged conflict keeps.
fn same_dates(c: &Conflict) -> (&'static str, Vec<SessionId>, Vec<CampusId>, Vec<CivilDate>) {
    let (kind, sessions, campuses) = same_conflict(c);
    (kind, sessions, campuses, c.dates.clone())
}

/// Kind, sessions and campuses sorted: what makes a conflict the same across versions.
fn same_conflict(c: &Conflict) -> (&'static str, Vec<SessionId>, Vec<CampusId>) {
    let mut sessions = c.sessions.clone();
    sessions.sort();
    let mut campuses = c.campuses.clone();
    campuses.sort();
    (c.kind.name(), sessions, campuses)
}

/// `list` less each of `taken`, which must all be in it (as many times as taken).
fn taking(list: &[Conflict], taken: &[&Conflict]) -> Result<Vec<Conflict>, TestCaseError> {
    let mut rest = list.to_vec();
    for c in taken {
        let Some(k) = rest.iter().position(|x| x == *c) else {
            return Err(TestCaseError::fail(format!(
                "not a conflict of its version: {c:?}"
            )));
        };
        rest.remove(k);
    }
    Ok(rest)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    /// Every conflict of the newer version is exactly one of unchanged, new or a changed
    /// conflict's after, and every one of the older exactly one of unchanged, resolved or a
    /// changed conflict's before; nothing new is the same conflict as one resolved.
    #[test]
    fn each_conflict_of_either_version_is_told_once(
        a in any_schedule(),
        ops in prop::collection::vec(week_op(), 1..4),
    ) {
        let b = edited_all(&a, &ops);
        let none = PublicHolidays::none();
        let (before, after) = (check_with_holidays(&a, &none), check_with_holidays(&b, &none));
        let e = conflict_effect(&a, &b, &none);
        let listed_after: Vec<&Conflict> =
            e.new.iter().chain(e.changed.iter().map(|c| &c.after)).collect();
        let listed_before: Vec<&Conflict> =
            e.resolved.iter().chain(e.changed.iter().map(|c| &c.before)).collect();
        let (rest_after, rest_before) =
            (taking(&after, &listed_after)?, taking(&before, &listed_before)?);
        let mut unchanged_after: Vec<_> = rest_after.iter().map(same_dates).collect();
        let mut unchanged_before: Vec<_> = rest_before.iter().map(same_dates).collect();
        unchanged_after.sort();
        unchanged_before.sort();
        prop_assert_eq!(unchanged_after, unchanged_before);
        for c in &e.changed {
            prop_assert_eq!(same_conflict(&c.before), same_conflict(&c.after));
            prop_assert_ne!(&c.before.dates, &c.after.dates);
            let gone: Vec<CivilDate> =
                c.before.dates.iter().filter(|d| !c.after.dates.contains(d)).copied().collect();
            let added: Vec<CivilDate> =
                c.after.dates.iter().filter(|d| !c.before.dates.contains(d)).copied().collect();
            prop_assert_eq!(&c.dates_gone, &gone);
            prop_assert_eq!(&c.dates_added, &added);
        }
        for n in &e.new {
            prop_assert!(
                !e.resolved.iter().any(|r| same_conflict(r) == same_conflict(n)),
                "one conflict said new and resolved: {:?}", n
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn a_diff_applied_gives_the_other_version(
        a in any_schedule(),
        ops in prop::collection::vec(op(), 1..10),
    ) {
        let b = edited_all(&a, &ops);
        let changes = diff(&a, &b);
        let applied = apply(&a, &changes).unwrap();
        prop_assert!(same(&applied, &b), "{:?}", changes);
        prop_assert_eq!(changes.is_empty(), same(&a, &b));
    }

    #[test]
    fn a_diff_between_unrelated_versions_applied_gives_the_other(
        a in any_schedule(),
        b in any_schedule(),
    ) {
        let applied = apply(&a, &diff(&a, &b)).unwrap();
        prop_assert!(same(&applied, &b));
    }

    /// Two-way: any subset of the changes to sessions and campuses can be accepted, and then
    /// exactly those changes are made.
    #[test]
    fn accepting_some_changes_makes_exactly_those(
        a in any_schedule(),
        ops in prop::collection::vec(op(), 1..10),
        pick in prop::collection::vec(any::<bool>(), 40),
    ) {
        let b = edited_all(&a, &ops);
        let changes = diff(&a, &b);
        let accepted: Vec<Change> = changes
            .iter()
            .zip(pick.iter().cycle())
            .filter(|(c, keep)| **keep && !matches!(c,
                Change::CohortRemoved(_) | Change::RoomRemoved(_)
                | Change::CohortAdded(_) | Change::Schedule(_)))
            .map(|(c, _)| c.clone())
            .collect();
        match apply(&a, &accepted) {
            Ok(result) => prop_assert_eq!(as_set(&diff(&a, &result)), as_set(&accepted)),
            // Changes of one session that only make sense together (a move and its weekdays,
            // a week and the series it belongs to) may not be taken apart.
            Err(e) => prop_assert!(matches!(e, meridian_engine::Error::Invalid { .. }), "{e}"),
        }
        // Every change alone: made exactly, or refused with a reason.
        for c in &changes {
            if let Ok(result) = apply(&a, std::slice::from_ref(c)) {
                if !matches!(c, Change::CohortRemoved(_) | Change::RoomRemoved(_)) {
                    prop_assert_eq!(as_set(&diff(&a, &result)), as_set(std::slice::from_ref(c)));
                }
            }
        }
    }
}

// ---- Merge ----

/// An edit to one named session or campus, for edits that must stay on their own items.
#[derive(Debug, Clone)]
enum Own {
    Session(usize, Op),
    Campus(usize, usize, Option<(u16, u16)>, i64),
}

fn own_op() -> impl Strategy<Value = Own> {
    prop_oneof![
        4 => (any::<usize>(), op().prop_filter("one session", |o| matches!(o,
            Op::Move(..) | Op::Resize(..) | Op::MoveWeek(..) | Op::ResizeWeek(..)
            | Op::SkipWeek(..) | Op::Remove(_) | Op::Copy(..) | Op::Retitle(..)
            | Op::ToggleCohort(..))))
            .prop_map(|(i, o)| Own::Session(i, o)),
        1 => (any::<usize>(), 0usize..7,
            prop::option::of((0u16..48, 1u16..48).prop_map(|(a, b)| (a * 15, a * 15 + b * 15))),
            0i64..100)
            .prop_map(|(c, d, h, k)| Own::Campus(c, d, h, k)),
    ]
}

/// `s` after an edit to the `i`-th of `sessions` (ids) or of `campuses` (positions in `s`).
fn own_edited(s: &Schedule, edit: &Own, sessions: &[SessionId], campuses: &[usize]) -> Schedule {
    match edit {
        Own::Session(i, op) => {
            let id = &sessions[i % sessions.len()];
            let Some(at) = s.sessions.iter().position(|x| x.id == *id) else {
                return s.clone();
            };
            // Re-aim the edit at that session (ops take a session number).
            let aimed = match op.clone() {
                Op::Move(_, m) => Op::Move(at, m),
                Op::Resize(_, m) => Op::Resize(at, m),
                Op::MoveWeek(_, k, m) => Op::MoveWeek(at, k, m),
                Op::ResizeWeek(_, k, m) => Op::ResizeWeek(at, k, m),
                Op::SkipWeek(_, k) => Op::SkipWeek(at, k),
                Op::Remove(_) => Op::Remove(at),
                Op::Copy(_, t) => Op::Copy(at, t),
                Op::Retitle(_, t) => Op::Retitle(at, t),
                Op::ToggleCohort(_, k) => Op::ToggleCohort(at, k),
                other => other,
            };
            edited(s, &aimed)
        }
        Own::Campus(c, d, h, k) => {
            let c = campuses[c % campuses.len()];
            let s = edited(s, &Op::Hours(c, *d, *h));
            edited(&s, &Op::Closure(c, *k))
        }
    }
}

fn with_ids(s: &Schedule, pick: impl Fn(usize) -> bool) -> Vec<SessionId> {
    s.sessions
        .iter()
        .enumerate()
        .filter(|(i, _)| pick(*i))
        .map(|(_, x)| x.id.clone())
        .collect()
}

#[test]
fn the_partners_story_merges_without_a_question() {
    // Host in Berlin moves the tutorial; the partner in Santiago lengthens the lecture; the
    // host, meanwhile, moves the tutorial again.
    let base = enhance();
    let at = |id: &str| {
        base.sessions
            .iter()
            .position(|s| s.id.as_str() == id)
            .unwrap()
    };
    let (lecture, tutorial) = (at("energy-systems"), at("markets-tutorial"));
    let partner = base.with_session_resized(lecture, 30).unwrap();
    let host = base
        .with_session_moved(tutorial, 60)
        .unwrap()
        .with_session_moved(tutorial, 30)
        .unwrap();
    let m = merge(&base, &host, &partner);
    assert!(m.questions.is_empty(), "{:?}", m.questions);
    assert_eq!(
        m.schedule.sessions[tutorial].start,
        host.sessions[tutorial].start
    );
    assert_eq!(
        m.schedule.sessions[lecture].duration_minutes,
        partner.sessions[lecture].duration_minutes
    );
}

#[test]
fn a_session_moved_differently_on_both_sides_is_asked_with_both_times() {
    let base = enhance();
    let mine = base.with_session_moved(0, 60).unwrap();
    let theirs = base
        .with_session_moved(0, -60)
        .unwrap()
        .with_session_resized(0, 15)
        .unwrap();
    let m = merge(&base, &mine, &theirs);
    assert_eq!(m.questions.len(), 1, "{:?}", m.questions);
    let q = &m.questions[0];
    assert_eq!(q.kind, QuestionKind::BothChanged);
    assert_eq!(q.subject, Subject::Session(base.sessions[0].id.clone()));
    let start = |cs: &[Change]| {
        cs.iter()
            .find_map(|c| match c {
                Change::Session {
                    change: SessionChange::Start(e),
                    ..
                } => Some(e.after),
                _ => None,
            })
            .unwrap()
    };
    assert_eq!(start(&q.mine), mine.sessions[0].start);
    assert_eq!(start(&q.theirs), theirs.sessions[0].start);
    // The length changed on one side only: applied without a question.
    assert_eq!(
        m.schedule.sessions[0].duration_minutes,
        theirs.sessions[0].duration_minutes
    );
    let kept_mine = m.settle(&[Side::Mine]).unwrap();
    assert_eq!(kept_mine.sessions[0].start, mine.sessions[0].start);
    assert_eq!(
        kept_mine.sessions[0].duration_minutes,
        theirs.sessions[0].duration_minutes
    );
    let kept_theirs = m.settle_all(Side::Theirs).unwrap();
    assert!(same(&kept_theirs, &theirs));
    assert!(m.settle(&[]).is_err(), "one answer per question");
}

#[test]
fn a_session_removed_on_one_side_and_changed_on_the_other_is_asked() {
    let base = enhance();
    let mine = base.without_session(1).unwrap();
    let theirs = base.with_session_resized(1, 30).unwrap();
    let m = merge(&base, &mine, &theirs);
    assert_eq!(m.questions.len(), 1);
    assert_eq!(m.questions[0].kind, QuestionKind::RemovedAndChanged);
    assert!(same(&m.settle(&[Side::Mine]).unwrap(), &mine));
    assert!(same(&m.settle(&[Side::Theirs]).unwrap(), &theirs));
}

#[test]
fn a_session_added_on_both_sides_with_one_id_is_asked_not_dropped() {
    let base = enhance();
    let mut a = base.sessions[0].clone();
    a.id = SessionId::from("new-one");
    let mut b = a.clone();
    b.title = "Another title".into();
    let mine = base.with_session_added(a.clone()).unwrap();
    let theirs = base.with_session_added(b.clone()).unwrap();
    let m = merge(&base, &mine, &theirs);
    assert_eq!(m.questions.len(), 1);
    assert_eq!(
        m.questions[0].mine,
        vec![Change::SessionAdded(canonical_session(&a))]
    );
    assert_eq!(
        m.questions[0].theirs,
        vec![Change::SessionAdded(canonical_session(&b))]
    );
    assert!(m
        .schedule
        .sessions
        .iter()
        .all(|s| s.id.as_str() != "new-one"));
    assert!(same(&m.settle(&[Side::Theirs]).unwrap(), &theirs));
}

fn canonical_session(s: &meridian_engine::Session) -> meridian_engine::Session {
    let mut one = enhance();
    one.sessions = vec![s.clone()];
    canonical(&one).sessions.remove(0)
}

#[test]
fn a_session_for_a_cohort_the_other_side_removed_does_not_fit_and_is_asked() {
    let base = enhance();
    let cohort = base.sessions[0].cohorts[0].clone();
    let (mine, _) = base.without_cohort(&cohort).unwrap();
    let mut added = base.sessions[0].clone();
    added.id = SessionId::from("new-for-cohort");
    let theirs = base.with_session_added(added).unwrap();
    let m = merge(&base, &mine, &theirs);
    m.schedule.validate().unwrap();
    assert_eq!(m.questions.len(), 1, "{:?}", m.questions);
    assert_eq!(m.questions[0].kind, QuestionKind::DoesNotFit);
    assert_eq!(
        m.questions[0].subject,
        Subject::Session(SessionId::from("new-for-cohort"))
    );
    assert!(same(&m.settle(&[Side::Mine]).unwrap(), &mine));
    assert!(m.settle(&[Side::Theirs]).is_err(), "the cohort is gone");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn merging_with_an_unchanged_side_or_the_same_change_takes_the_change(
        base in any_schedule(),
        ops in prop::collection::vec(op(), 1..10),
    ) {
        let a = edited_all(&base, &ops);
        for m in [merge(&base, &a, &base), merge(&base, &base, &a), merge(&base, &a, &a)] {
            prop_assert!(m.questions.is_empty(), "{:?}", m.questions);
            prop_assert!(same(&m.schedule, &a));
        }
    }

    #[test]
    fn edits_to_disjoint_sessions_and_campuses_merge_without_a_question(
        base in any_schedule(),
        mine_ops in prop::collection::vec(own_op(), 0..8),
        their_ops in prop::collection::vec(own_op(), 0..8),
    ) {
        let (even, odd) = (with_ids(&base, |i| i % 2 == 0), with_ids(&base, |i| i % 2 == 1));
        prop_assume!(!even.is_empty() && !odd.is_empty());
        let n = base.campuses.len();
        let (mine_campuses, their_campuses): (Vec<usize>, Vec<usize>) = (0..n).partition(|c| c % 2 == 0);
        let mine_edit = |s: &Schedule| mine_ops.iter().fold(s.clone(), |s, e| own_edited(&s, e, &even, &mine_campuses));
        let their_edit = |s: &Schedule| their_ops.iter().fold(s.clone(), |s, e| own_edited(&s, e, &odd, &their_campuses));
        let (mine, theirs) = (mine_edit(&base), their_edit(&base));
        let m = merge(&base, &mine, &theirs);
        prop_assert!(m.questions.is_empty(), "{:?}", m.questions);
        let one_way = their_edit(&mine_edit(&base));
        let other_way = mine_edit(&their_edit(&base));
        prop_assert!(same(&one_way, &other_way));
        prop_assert!(same(&m.schedule, &one_way));
    }

    #[test]
    fn any_two_versions_merge_into_a_valid_schedule_and_every_answer_settles_or_says_why(
        base in any_schedule(),
        mine_ops in prop::collection::vec(op(), 0..8),
        their_ops in prop::collection::vec(op(), 0..8),
        answers in prop::collection::vec(any::<bool>(), 16),
    ) {
        let mine = edited_all(&base, &mine_ops);
        let theirs = edited_all(&base, &their_ops);
        let m = merge(&base, &mine, &theirs);
        prop_assert!(m.schedule.validate().is_ok());
        let sides: Vec<Side> = m.questions.iter().zip(answers.iter().cycle())
            .map(|(_, a)| if *a { Side::Mine } else { Side::Theirs }).collect();
        if let Ok(s) = m.settle(&sides) {
            prop_assert!(s.validate().is_ok());
        }
        // Keeping every answer of one side when nothing else changed gives that side.
        if their_ops.is_empty() {
            prop_assert!(same(&m.settle_all(Side::Theirs).unwrap(), &mine));
        }
        // Two-way: accepting every change of the comparison gives the other version.
        prop_assert!(same(&apply(&mine, &diff(&mine, &theirs)).unwrap(), &theirs));
    }
}

/// A campus with tens of thousands of closures on both sides (a hostile file or link) is
/// compared and merged in linear time: sets, not lists searched once per item.
#[test]
fn thirty_thousand_closures_on_both_sides_merge_in_seconds() {
    let base = enhance();
    let with = |from: usize, n: usize| {
        let mut s = base.clone();
        let start = s.term.start;
        s.campuses[0]
            .closures
            .extend((from..from + n).map(|i| Closure {
                name: format!("Closed {i}"),
                start: start.add_days((i % 100) as i64).unwrap(),
                end: None,
            }));
        s
    };
    let (mine, theirs) = (with(0, 30_000), with(10_000, 30_000));
    let t = std::time::Instant::now();
    let changes = diff(&base, &mine);
    assert_eq!(changes.len(), 30_000);
    let m = merge(&base, &mine, &theirs);
    assert!(m.questions.is_empty());
    assert_eq!(
        m.schedule.campuses[0].closures.len(),
        base.campuses[0].closures.len() + 40_000
    );
    let secs = t.elapsed().as_secs_f64();
    assert!(secs < 20.0, "{secs:.1} s");
}

/// An engine error as a user reads it, in English.
#[allow(dead_code)]
fn said(e: &meridian_engine::Error) -> String {
    meridian_words::error(&meridian_words::Words::english(), e)
}
