//! What changed between two versions, in words: every change the engine's `lineage::diff`
//! reports has words of its own (the words compare nothing themselves), checked for generated
//! pairs of versions made with the engine's edit functions; and the campus lines, exactly, in
//! English.

use meridian_engine::lineage::{diff, Change};
use meridian_engine::schedule::{
    BusyBlock, BusyCalendar, Closure, Cohort, CohortId, Hours, Period, PeriodKind, SessionKind,
    Term,
};
use meridian_engine::{demo, CivilDate, Instant, Schedule, Weekday};
use meridian_words::change::{alone, differences, worded};
use meridian_words::Words;
use proptest::prelude::*;

fn gma() -> Schedule {
    demo::load("gma-spring-2027").unwrap()
}

fn date(text: &str) -> CivilDate {
    CivilDate::parse(text).unwrap()
}

fn said(before: &Schedule, after: &Schedule) -> Vec<String> {
    differences(&Words::english(), before, after)
        .iter()
        .map(|l| format!("{}: {}", l.group, l.text))
        .collect()
}

/// `s` with campus `id` edited in a copy, as the Campuses and people dialog saves it.
fn with_campus(
    s: &Schedule,
    id: &str,
    edit: impl FnOnce(&mut meridian_engine::Campus),
) -> Schedule {
    let mut copy = s.clone();
    edit(
        copy.campuses
            .iter_mut()
            .find(|c| c.id.as_str() == id)
            .unwrap(),
    );
    s.with_setup_of(copy).unwrap()
}

fn polimi() -> meridian_engine::schedule::CampusId {
    gma().campuses[0].id.clone()
}

#[test]
fn a_campus_holiday_region_reads_as_its_region_and_the_national_holidays() {
    let before = gma();
    let milan = before.with_region(&polimi(), Some("MI")).unwrap();
    let rome = milan.with_region(&polimi(), Some("RM")).unwrap();
    assert_eq!(
        said(&before, &milan),
        ["PoliMi: holiday region MI (was IT national holidays only)"]
    );
    assert_eq!(said(&milan, &rome), ["PoliMi: holiday region MI → RM"]);
    assert_eq!(
        said(&rome, &before),
        ["PoliMi: IT national holidays only (was holiday region RM)"]
    );
}

#[test]
fn a_public_holiday_switched_off_and_on_reads_with_its_date() {
    let before = gma();
    let taught = before
        .with_holiday_off(&polimi(), date("2027-03-29"), true)
        .unwrap();
    assert_eq!(
        said(&before, &taught),
        ["PoliMi: teaches on Mon 29 Mar although it is a public holiday"]
    );
    assert_eq!(
        said(&taught, &before),
        ["PoliMi: Mon 29 Mar is a public holiday again: no teaching"]
    );
}

#[test]
fn a_period_added_or_removed_reads_as_its_kind_dates_and_name() {
    let before = gma();
    let exams = Period {
        kind: PeriodKind::Exams,
        name: "Summer exams".into(),
        start: date("2027-06-14"),
        end: date("2027-06-25"),
    };
    let free = Period {
        kind: PeriodKind::LectureFree,
        name: "Easter break".into(),
        start: date("2027-03-29"),
        end: date("2027-04-02"),
    };
    let with_exams = before.with_period_added(&polimi(), exams).unwrap();
    let with_both = with_exams.with_period_added(&polimi(), free).unwrap();
    assert_eq!(
        said(&before, &with_exams),
        ["PoliMi: exam period added: Mon 14 Jun – Fri 25 Jun (Summer exams)"]
    );
    assert_eq!(
        said(&with_both, &with_exams),
        ["PoliMi: lecture-free period removed: Mon 29 Mar – Fri 2 Apr (Easter break)"]
    );
}

#[test]
fn a_campus_country_city_short_name_and_code_each_read_on_their_own() {
    let before = gma();
    let after = with_campus(&before, "polimi", |c| {
        c.short = "Polimi".into();
        c.code = Some("PMI".into());
        c.city = "Milano".into();
        c.country = "CH".into();
    });
    assert_eq!(
        said(&before, &after),
        [
            "Polimi: short name PoliMi → Polimi",
            "Polimi: code MIL → PMI",
            "Polimi: city Milan → Milano",
            "Polimi: country IT → CH",
        ]
    );
    let derived = with_campus(&before, "polimi", |c| c.code = None);
    assert_eq!(
        said(&before, &derived),
        ["PoliMi: code taken from its short name (was MIL)"]
    );
}

/// The bug this fixed: the words compared two versions again by themselves and said only
/// "changed" of a campus's country, region, switched-off holidays and periods.
#[test]
fn a_campus_country_region_holiday_or_period_change_does_not_read_only_changed() {
    let before = gma();
    let after = with_campus(&before, "polimi", |c| {
        c.country = "CH".into();
        c.region = Some("ZH".into());
        c.holidays_off.push(date("2027-04-05"));
        c.periods.push(Period {
            kind: PeriodKind::Exams,
            name: "Summer exams".into(),
            start: date("2027-06-14"),
            end: date("2027-06-25"),
        });
    });
    let lines = said(&before, &after);
    assert_eq!(lines.len(), 4, "{lines:?}");
    for l in &lines {
        assert!(!l.ends_with(": changed"), "{lines:?}");
    }
    for c in diff(&before, &after) {
        let (lines, _) = alone(&Words::english(), &before, &c);
        assert!(
            lines.iter().all(|l| l.text != "changed"),
            "{c:?}: {lines:?}"
        );
    }
}

#[test]
fn people_and_busy_time_say_what_changed_about_them() {
    let before = gma();
    let mut copy = before.clone();
    copy.cohorts[0].size = Some(40);
    copy.cohorts[1].name = "Auckland · LA".into();
    copy.cohorts[2].size = None;
    let after = before.with_setup_of(copy).unwrap();
    assert_eq!(
        said(&before, &after),
        [
            "People and rooms: cohort PoliMi · Learning Analytics: size 60 → 40",
            "People and rooms: cohort Auckland · Learning Analytics renamed Auckland · LA",
            "People and rooms: cohort NTU · Learning Analytics: size 30 → not given",
        ]
    );
    let block = |start: &str, end: &str| BusyBlock {
        start: Instant::parse_rfc3339(start).unwrap(),
        end: Instant::parse_rfc3339(end).unwrap(),
        title: "Faculty meeting".into(),
    };
    let calendar = BusyCalendar {
        id: "faculty".into(),
        name: "Faculty meetings".into(),
        campus: Some(polimi()),
        cohort: None,
        lecturer: None,
        room: None,
        blocks: vec![block("2027-03-03T09:00:00Z", "2027-03-03T10:00:00Z")],
    };
    let with = before.with_busy_calendar(calendar).unwrap();
    let mut moved = with.clone();
    moved.busy[0].blocks = vec![block("2027-03-04T09:00:00Z", "2027-03-04T10:00:00Z")];
    moved.busy[0].name = "Senate".into();
    assert_eq!(
        said(&with, &moved),
        [
            "Busy time: “Faculty meetings” renamed “Senate”",
            "Busy time: “Senate”: 1 block at another time",
        ]
    );
    let mut retitled = with.clone();
    retitled.busy[0].blocks[0].title = "Senate".into();
    assert_eq!(
        said(&with, &retitled),
        ["Busy time: “Faculty meetings”: 1 block under another title"]
    );
    let mut auckland = with.clone();
    auckland.busy[0].campus = Some(auckland.campuses[1].id.clone());
    assert_eq!(
        said(&with, &auckland),
        ["Busy time: “Faculty meetings”: busy time of PoliMi → Auckland"]
    );
}

/// One edit the planner or the CLI makes, with the engine's edit functions; indices are taken
/// modulo the lengths of the lists they index.
#[derive(Debug, Clone)]
enum Op {
    Rename,
    MoveSession(usize, i64),
    ResizeSession(usize, i64),
    RemoveSession(usize),
    SkipWeek(usize, i64),
    MoveWeek(usize, i64, i64),
    SessionDetail(usize, u8),
    Region(usize, Option<&'static str>),
    HolidayOff(usize, i64, bool),
    AddPeriod(usize, bool, i64),
    RemovePeriod(usize),
    CampusDetail(usize, u8),
    RemoveCampus(usize),
    AddCohort(usize),
    RemoveCohort(usize),
    CohortSize(usize, u32),
    RemoveLecturer(usize),
    RemoveRoom(usize),
    Busy(i64),
    /// The schedule's term, rules or alliance; a lecturer's or room's details; the first busy
    /// calendar's name, blocks or owner (in a copy, as the Campuses and people dialog saves).
    SetupDetail(usize, u8),
}

fn op() -> impl Strategy<Value = Op> {
    let i = 0usize..64;
    prop_oneof![
        Just(Op::Rename),
        (i.clone(), -600i64..600).prop_map(|(i, m)| Op::MoveSession(i, m / 15 * 15)),
        (i.clone(), -60i64..90).prop_map(|(i, m)| Op::ResizeSession(i, m / 15 * 15)),
        i.clone().prop_map(Op::RemoveSession),
        (i.clone(), 0i64..14).prop_map(|(i, w)| Op::SkipWeek(i, w)),
        (i.clone(), 0i64..14, -120i64..120).prop_map(|(i, w, m)| Op::MoveWeek(i, w, m / 15 * 15)),
        (i.clone(), 0u8..10).prop_map(|(i, k)| Op::SessionDetail(i, k)),
        (
            i.clone(),
            prop_oneof![Just(None), Just(Some("MI")), Just(Some("BE"))]
        )
            .prop_map(|(i, r)| Op::Region(i, r)),
        (i.clone(), 0i64..100, any::<bool>()).prop_map(|(i, d, off)| Op::HolidayOff(i, d, off)),
        (i.clone(), any::<bool>(), 0i64..100).prop_map(|(i, e, d)| Op::AddPeriod(i, e, d)),
        i.clone().prop_map(Op::RemovePeriod),
        (i.clone(), 0u8..9).prop_map(|(i, k)| Op::CampusDetail(i, k)),
        i.clone().prop_map(Op::RemoveCampus),
        i.clone().prop_map(Op::AddCohort),
        i.clone().prop_map(Op::RemoveCohort),
        (i.clone(), 1u32..300).prop_map(|(i, n)| Op::CohortSize(i, n)),
        i.clone().prop_map(Op::RemoveLecturer),
        i.clone().prop_map(Op::RemoveRoom),
        (0i64..60).prop_map(Op::Busy),
        (i.clone(), 0u8..9).prop_map(|(i, k)| Op::SetupDetail(i, k)),
    ]
}

/// `s` with `op` made, or `None` when the engine refuses it (or it has nothing to act on).
fn made(s: &Schedule, op: &Op) -> Option<Schedule> {
    let at = |i: usize, n: usize| (n > 0).then(|| i % n);
    let day = |d: i64| s.term.start.add_days(d);
    let campus = |i: usize| at(i, s.campuses.len()).map(|i| s.campuses[i].id.clone());
    let setup = |edit: &dyn Fn(&mut Schedule)| {
        let mut copy = s.clone();
        edit(&mut copy);
        s.with_setup_of(copy).ok()
    };
    match op {
        Op::Rename => s.renamed(&format!("{} (2)", s.name)).ok(),
        Op::MoveSession(i, m) => s.with_session_moved(at(*i, s.sessions.len())?, *m).ok(),
        Op::ResizeSession(i, m) => s.with_session_resized(at(*i, s.sessions.len())?, *m).ok(),
        Op::RemoveSession(i) => s.without_session(at(*i, s.sessions.len())?).ok(),
        Op::SkipWeek(i, w) => {
            let i = at(*i, s.sessions.len())?;
            let d = s.sessions[i].start.date().add_days(7 * w)?;
            s.with_occurrence_skipped(i, d).ok()
        }
        Op::MoveWeek(i, w, m) => {
            let i = at(*i, s.sessions.len())?;
            let d = s.sessions[i].start.date().add_days(7 * w)?;
            s.with_occurrence_moved(i, d, *m).ok()
        }
        Op::SessionDetail(i, k) => {
            let i = at(*i, s.sessions.len())?;
            let mut x = s.sessions[i].clone();
            match k {
                0 => x.title = format!("{} (new)", x.title),
                1 => x.notes = x.notes.is_none().then(|| "Bring a laptop".into()),
                2 => x.meeting_url = Some("https://meet.example.org/new".into()),
                3 => x.course = x.course.is_none().then(|| "LA-101".into()),
                4 => {
                    x.kind = if x.kind == SessionKind::Seminar {
                        SessionKind::Lab
                    } else {
                        SessionKind::Seminar
                    }
                }
                5 => x.cohorts.truncate(1),
                6 => x.lecturer = None,
                7 => {
                    x.repeat = x.repeat.take().map(|mut r| {
                        r.interval += 1;
                        r
                    })
                }
                8 => x.zone = Some(s.campuses.last()?.zone),
                _ => x.host = s.campuses.last()?.id.clone(),
            }
            s.with_session_replaced(i, x).ok()
        }
        Op::Region(i, r) => s.with_region(&campus(*i)?, *r).ok(),
        Op::HolidayOff(i, d, off) => s.with_holiday_off(&campus(*i)?, day(*d)?, *off).ok(),
        Op::AddPeriod(i, exams, d) => {
            let start = day(*d)?;
            let period = Period {
                kind: if *exams {
                    PeriodKind::Exams
                } else {
                    PeriodKind::LectureFree
                },
                name: format!("Period {d}"),
                start,
                end: start.add_days(4)?,
            };
            s.with_period_added(&campus(*i)?, period).ok()
        }
        Op::RemovePeriod(i) => {
            let id = campus(*i)?;
            let c = s.campus(&id)?;
            (!c.periods.is_empty())
                .then(|| s.without_period(&id, 0).ok())
                .flatten()
        }
        Op::CampusDetail(i, k) => {
            let i = at(*i, s.campuses.len())?;
            setup(&|copy: &mut Schedule| {
                let zone = copy.campuses[(i + 1) % copy.campuses.len()].zone;
                let c = &mut copy.campuses[i];
                match k {
                    0 => c.name = format!("{} University", c.name),
                    1 => c.short = format!("{}2", c.short),
                    2 => {
                        c.code = if c.code.is_some() {
                            None
                        } else {
                            Some("XYZ".into())
                        }
                    }
                    3 => c.city = format!("New {}", c.city),
                    4 => {
                        c.country = if c.country == "DE" {
                            "AT".into()
                        } else {
                            "DE".into()
                        }
                    }
                    5 => {
                        c.teaching_hours
                            .insert(Weekday::Sat, Hours::parse("09:00-12:00").unwrap());
                    }
                    6 => c.closures.push(Closure {
                        name: "Open day".into(),
                        start: copy.term.start.add_days(10).unwrap(),
                        end: None,
                    }),
                    7 => {
                        c.term = Some(Term {
                            start: copy.term.start.add_days(7).unwrap(),
                            end: copy.term.end,
                        })
                    }
                    _ => c.zone = zone,
                }
            })
        }
        Op::RemoveCampus(i) => s.without_campus(&campus(*i)?).ok().map(|(s, _)| s),
        Op::AddCohort(i) => {
            let host = campus(*i)?;
            setup(&|copy: &mut Schedule| {
                copy.cohorts.push(Cohort {
                    id: CohortId(format!("new-{}", copy.cohorts.len())),
                    name: "New cohort".into(),
                    campus: host.clone(),
                    size: None,
                })
            })
        }
        Op::RemoveCohort(i) => {
            let id = s.cohorts.get(at(*i, s.cohorts.len())?)?.id.clone();
            s.without_cohort(&id).ok().map(|(s, _)| s)
        }
        Op::CohortSize(i, n) => {
            let i = at(*i, s.cohorts.len())?;
            setup(&|copy: &mut Schedule| copy.cohorts[i].size = Some(*n))
        }
        Op::RemoveLecturer(i) => {
            let id = s.lecturers.get(at(*i, s.lecturers.len())?)?.id.clone();
            s.without_lecturer(&id).ok().map(|(s, _)| s)
        }
        Op::RemoveRoom(i) => {
            let id = s.rooms.get(at(*i, s.rooms.len())?)?.id.clone();
            s.without_room(&id).ok().map(|(s, _)| s)
        }
        Op::Busy(d) => {
            let start = Instant::parse_rfc3339(&format!("{}T09:00:00Z", day(*d)?)).ok()?;
            let calendar = BusyCalendar {
                id: String::new(),
                name: "Faculty meetings".into(),
                campus: Some(s.campuses.first()?.id.clone()),
                cohort: None,
                lecturer: None,
                room: None,
                blocks: vec![BusyBlock {
                    start,
                    end: start.add_minutes(60)?,
                    title: "Meeting".into(),
                }],
            };
            s.with_busy_calendar(calendar).ok()
        }
        Op::SetupDetail(i, k) => setup(&|copy: &mut Schedule| {
            let n = copy.campuses.len();
            match k {
                0 => copy.term.end = copy.term.end.add_days(-7).unwrap(),
                1 => copy.rules.min_break_minutes += 15,
                2 => copy.alliance = Some("Alliance".into()),
                3 => {
                    if let Some(l) = copy.lecturers.get_mut(i % 8) {
                        l.name = format!("Dr {}", l.name);
                    }
                }
                4 => {
                    let campus = copy.campuses[i % n].id.clone();
                    if let Some(l) = copy.lecturers.get_mut(i % 8) {
                        l.campus = Some(campus);
                    }
                }
                5 => {
                    if let Some(r) = copy.rooms.get_mut(i % 8) {
                        r.capacity = Some(r.capacity.unwrap_or(20) + 10);
                    }
                }
                6 => {
                    if let Some(b) = copy.busy.first_mut() {
                        b.name = format!("{} (new)", b.name);
                    }
                }
                7 => {
                    if let Some(b) = copy.busy.first_mut() {
                        for x in &mut b.blocks {
                            x.start = x.start.add_minutes(30).unwrap();
                            x.end = x.end.add_minutes(30).unwrap();
                        }
                    }
                }
                _ => {
                    let campus = copy.campuses[i % n].id.clone();
                    if let Some(b) = copy.busy.first_mut() {
                        b.campus = Some(campus);
                    }
                }
            }
        }),
    }
}

/// A line that says something: not empty, not a bare "changed", no message id or placeable
/// left unworded.
fn says_something(text: &str) -> bool {
    !text.trim().is_empty() && text != "changed" && !text.contains("change-") && !text.contains('{')
}

/// What a user relies on of the words of the changes from `before` to `after`: a line for each
/// of the engine's changes, alone or with the others, that says something of its own, and no
/// line when the engine finds no change.
fn check_words(before: &Schedule, after: &Schedule) {
    let words = Words::english();
    let changes = diff(before, after);
    let lines = differences(&words, before, after);
    assert_eq!(lines.is_empty(), changes.is_empty(), "{lines:?}");
    for l in &lines {
        assert!(says_something(&l.text), "{:?}", l.text);
        assert!(!l.group.trim().is_empty(), "{l:?}");
    }
    let groups: Vec<&str> = lines.iter().map(|l| l.group.as_str()).collect();
    for c in &changes {
        let own = worded(&words, before, after, std::slice::from_ref(c));
        assert!(!own.is_empty(), "{c:?} has no words");
        for l in &own {
            assert!(says_something(&l.text), "{c:?}: {:?}", l.text);
            // Each change is about an item whose group has a line.
            assert!(
                groups.contains(&l.group.as_str()),
                "{c:?}: {l:?} not among {groups:?}"
            );
        }
        let (alone, _) = alone(&words, before, c);
        assert!(!alone.is_empty(), "{c:?} alone has no words");
        for l in &alone {
            assert!(says_something(&l.text), "{c:?} alone: {:?}", l.text);
        }
    }
    // Applied, the changes make the same schedule: nothing is left to word.
    let applied = meridian_engine::lineage::apply(before, &changes).unwrap();
    assert!(differences(&words, &applied, after).is_empty());
}

/// The schedule `ops` make of `s`, skipping those the engine refuses.
fn made_all(s: &Schedule, ops: &[Op]) -> Schedule {
    ops.iter()
        .fold(s.clone(), |s, op| made(&s, op).unwrap_or(s))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn every_change_the_engine_finds_has_words_of_its_own(
        enhance in any::<bool>(),
        ops in prop::collection::vec(op(), 1..6),
    ) {
        let before = if enhance {
            demo::load("enhance-autumn-2026").unwrap()
        } else {
            gma()
        };
        let after = made_all(&before, &ops);
        check_words(&before, &after);
        check_words(&after, &before);
    }
}

/// Every kind of change the engine knows, by name (a new kind does not compile here until it is
/// named, and then must be made and worded below).
fn kind(c: &Change) -> String {
    use meridian_engine::lineage::{CampusChange as K, ScheduleChange as W, SessionChange as S};
    let name = match c {
        Change::Schedule(c) => match c {
            W::Id(_) => "schedule id",
            W::Name(_) => "schedule name",
            W::Alliance(_) => "schedule alliance",
            W::Term(_) => "schedule term",
            W::Rules(_) => "schedule rules",
        },
        Change::CampusAdded(_) => "campus added",
        Change::CampusRemoved(_) => "campus removed",
        Change::Campus { change, .. } => match change {
            K::Name(_) => "campus name",
            K::Short(_) => "campus short",
            K::Code(_) => "campus code",
            K::City(_) => "campus city",
            K::Country(_) => "campus country",
            K::Zone(_) => "campus zone",
            K::Hours { .. } => "campus hours",
            K::Term(_) => "campus term",
            K::ClosureAdded(_) => "closure added",
            K::ClosureRemoved(_) => "closure removed",
            K::Region(_) => "campus region",
            K::HolidaySwitchedOff(_) => "holiday off",
            K::HolidaySwitchedOn(_) => "holiday on",
            K::PeriodAdded(_) => "period added",
            K::PeriodRemoved(_) => "period removed",
        },
        Change::CohortAdded(_) => "cohort added",
        Change::CohortRemoved(_) => "cohort removed",
        Change::CohortChanged(_) => "cohort changed",
        Change::LecturerAdded(_) => "lecturer added",
        Change::LecturerRemoved(_) => "lecturer removed",
        Change::LecturerChanged(_) => "lecturer changed",
        Change::RoomAdded(_) => "room added",
        Change::RoomRemoved(_) => "room removed",
        Change::RoomChanged(_) => "room changed",
        Change::BusyAdded(_) => "busy added",
        Change::BusyRemoved(_) => "busy removed",
        Change::BusyChanged(_) => "busy changed",
        Change::SessionAdded(_) => "session added",
        Change::SessionRemoved(_) => "session removed",
        Change::Session { change, .. } => match change {
            S::Start(_) => "session start",
            S::Length(_) => "session length",
            S::Repeat(_) => "session repeat",
            S::Week { .. } => "session week",
            S::Title(_) => "session title",
            S::Course(_) => "session course",
            S::Kind(_) => "session kind",
            S::Host(_) => "session host",
            S::Zone(_) => "session zone",
            S::Cohorts(_) => "session cohorts",
            S::Lecturer(_) => "session lecturer",
            S::Rooms(_) => "session rooms",
            S::MeetingUrl(_) => "session meeting link",
            S::Notes(_) => "session notes",
        },
    };
    name.to_string()
}

#[test]
fn every_kind_of_change_is_made_by_an_edit_and_worded() {
    let gma = gma();
    let busy = made_all(&gma, &[Op::Busy(3)]);
    let mut pairs: Vec<(Schedule, Schedule)> = Vec::new();
    let mut ops: Vec<Op> = vec![
        Op::Rename,
        Op::MoveSession(1, 60),
        Op::MoveSession(2, 24 * 60),
        Op::ResizeSession(1, 30),
        Op::RemoveSession(3),
        Op::SkipWeek(1, 2),
        Op::MoveWeek(1, 3, 60),
        Op::Region(0, Some("MI")),
        Op::HolidayOff(0, 28, true),
        Op::AddPeriod(0, true, 20),
        Op::AddCohort(1),
        Op::RemoveCohort(0),
        Op::CohortSize(0, 70),
        Op::RemoveLecturer(0),
        Op::RemoveRoom(0),
        Op::Busy(3),
    ];
    ops.extend((0..10).map(|k| Op::SessionDetail(1, k)));
    ops.extend((0..9).map(|k| Op::CampusDetail(1, k)));
    ops.extend((0..6).map(|k| Op::SetupDetail(1, k)));
    for op in &ops {
        let after = made(&gma, op).unwrap_or_else(|| panic!("{op:?} refused"));
        pairs.push((gma.clone(), after));
    }
    // A campus that hosts no session can go.
    let without = (0..gma.campuses.len())
        .find_map(|i| made(&gma, &Op::RemoveCampus(i)))
        .expect("a campus removed");
    pairs.push((gma.clone(), without));
    for k in 6..9 {
        let op = Op::SetupDetail(1, k);
        let after = made(&busy, &op).unwrap_or_else(|| panic!("{op:?} refused"));
        pairs.push((busy.clone(), after));
    }
    // Two different schedules.
    pairs.push((gma.clone(), demo::load("enhance-autumn-2026").unwrap()));
    let mut kinds = std::collections::BTreeSet::new();
    for (a, b) in &pairs {
        check_words(a, b);
        check_words(b, a);
        for c in diff(a, b).iter().chain(&diff(b, a)) {
            kinds.insert(kind(c));
        }
    }
    let missing: Vec<&str> = [
        "schedule id",
        "schedule name",
        "schedule alliance",
        "schedule term",
        "schedule rules",
        "campus added",
        "campus removed",
        "campus name",
        "campus short",
        "campus code",
        "campus city",
        "campus country",
        "campus zone",
        "campus hours",
        "campus term",
        "closure added",
        "closure removed",
        "campus region",
        "holiday off",
        "holiday on",
        "period added",
        "period removed",
        "cohort added",
        "cohort removed",
        "cohort changed",
        "lecturer added",
        "lecturer removed",
        "lecturer changed",
        "room added",
        "room removed",
        "room changed",
        "busy added",
        "busy removed",
        "busy changed",
        "session added",
        "session removed",
        "session start",
        "session length",
        "session repeat",
        "session week",
        "session title",
        "session course",
        "session kind",
        "session host",
        "session zone",
        "session cohorts",
        "session lecturer",
        "session rooms",
        "session meeting link",
        "session notes",
    ]
    .into_iter()
    .filter(|k| !kinds.contains(*k))
    .collect();
    assert!(missing.is_empty(), "never made: {missing:?}");
}
