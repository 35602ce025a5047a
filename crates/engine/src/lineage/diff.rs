//! What changed between two versions of a schedule, as data a coordinator reads item by item,
//! and applying such changes to a version.

use super::fingerprint::canonical;
use crate::edit::{strip_cohort, strip_lecturer, strip_room};
use crate::schedule::{
    BusyCalendar, Campus, CampusId, Closure, Cohort, CohortId, Hours, Lecturer, LecturerId,
    OccurrenceChange, Period, PeriodKind, Room, RoomId, Rules, Schedule, Session, SessionId,
    SessionKind, Term, Weekly,
};
use crate::time::{CivilDate, CivilDateTime, Weekday};
use crate::zone::Zone;
use crate::Error;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap, HashSet};

/// A value before and after a change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edit<T> {
    /// The value in the older version.
    pub before: T,
    /// The value in the newer version.
    pub after: T,
}

/// A change to the schedule as a whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ScheduleChange {
    /// Its identity (two different schedules compared).
    Id(Edit<String>),
    /// Its name.
    Name(Edit<String>),
    /// Its alliance.
    Alliance(Edit<Option<String>>),
    /// The term.
    Term(Edit<Term>),
    /// The rules of the conflict check.
    Rules(Edit<Rules>),
}

/// A change to one session that stays in the schedule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SessionChange {
    /// Moved: the first start (wall clock, anchor zone) before and after.
    Start(Edit<CivilDateTime>),
    /// Lengthened or shortened, in minutes.
    Length(Edit<u32>),
    /// Its weekdays, interval, end, count or skipped dates (`None`: a one-off).
    Repeat(Edit<Option<Weekly>>),
    /// One week changed: the change recorded for the occurrence of `date` (`None`: regular).
    Week {
        /// The occurrence's date in the series.
        date: CivilDate,
        /// Its change before and after.
        change: Edit<Option<OccurrenceChange>>,
    },
    /// Its title.
    Title(Edit<String>),
    /// Its course.
    Course(Edit<Option<String>>),
    /// Its kind.
    Kind(Edit<SessionKind>),
    /// The campus it is taught from.
    Host(Edit<CampusId>),
    /// The zone its wall-clock time is anchored in (`None`: the host's).
    Zone(Edit<Option<Zone>>),
    /// The cohorts that attend (sorted).
    Cohorts(Edit<Vec<CohortId>>),
    /// Who teaches.
    Lecturer(Edit<Option<LecturerId>>),
    /// The rooms booked (sorted).
    Rooms(Edit<Vec<RoomId>>),
    /// The meeting link.
    MeetingUrl(Edit<Option<String>>),
    /// The notes.
    Notes(Edit<Option<String>>),
}

/// A change to one campus that stays in the schedule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CampusChange {
    /// Its full name.
    Name(Edit<String>),
    /// Its short name.
    Short(Edit<String>),
    /// Its ruler code.
    Code(Edit<Option<String>>),
    /// Its city.
    City(Edit<String>),
    /// Its country.
    Country(Edit<String>),
    /// Its time zone.
    Zone(Edit<Zone>),
    /// Its teaching hours on one weekday (`None`: not a teaching day).
    Hours {
        /// The weekday.
        day: Weekday,
        /// The hours before and after.
        hours: Edit<Option<Hours>>,
    },
    /// Its own term (`None`: the schedule's).
    Term(Edit<Option<Term>>),
    /// A closure added.
    ClosureAdded(Closure),
    /// A closure removed.
    ClosureRemoved(Closure),
    /// The region whose public holidays it keeps (`None`: the country's own calendar).
    Region(Edit<Option<String>>),
    /// A public holiday switched off: the campus teaches that day.
    HolidaySwitchedOff(CivilDate),
    /// A public holiday switched back on.
    HolidaySwitchedOn(CivilDate),
    /// A lecture-free or exam period added.
    PeriodAdded(Period),
    /// A lecture-free or exam period removed.
    PeriodRemoved(Period),
}

/// One difference between two versions of a schedule, about one item, named by its id. Applied
/// ([`apply`]), a change sets what it names to its `after` value whatever it was, so changes
/// apply one by one, in any order, and a change already made is made again without harm.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Change {
    /// The schedule as a whole.
    Schedule(ScheduleChange),
    /// A campus added.
    CampusAdded(Campus),
    /// A campus removed.
    CampusRemoved(Campus),
    /// A campus changed.
    Campus {
        /// Which campus.
        id: CampusId,
        /// What changed.
        change: CampusChange,
    },
    /// A cohort added.
    CohortAdded(Cohort),
    /// A cohort removed (sessions no longer include it, its busy time goes).
    CohortRemoved(Cohort),
    /// A cohort's name, campus or size changed.
    CohortChanged(Edit<Cohort>),
    /// A lecturer added.
    LecturerAdded(Lecturer),
    /// A lecturer removed (sessions they taught have no lecturer, their busy time goes).
    LecturerRemoved(Lecturer),
    /// A lecturer's name or campus changed.
    LecturerChanged(Edit<Lecturer>),
    /// A room added.
    RoomAdded(Room),
    /// A room removed (sessions no longer book it, its busy time goes).
    RoomRemoved(Room),
    /// A room's name, campus or capacity changed.
    RoomChanged(Edit<Room>),
    /// A calendar of busy time added.
    BusyAdded(BusyCalendar),
    /// A calendar of busy time removed.
    BusyRemoved(BusyCalendar),
    /// A calendar of busy time changed.
    BusyChanged(Edit<BusyCalendar>),
    /// A session added.
    SessionAdded(Session),
    /// A session removed (every week of it).
    SessionRemoved(Session),
    /// A session changed.
    Session {
        /// Which session.
        id: SessionId,
        /// What changed.
        change: SessionChange,
    },
}

/// The item a change is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Subject {
    /// The schedule as a whole.
    Schedule,
    /// A campus.
    Campus(CampusId),
    /// A cohort.
    Cohort(CohortId),
    /// A lecturer.
    Lecturer(LecturerId),
    /// A room.
    Room(RoomId),
    /// A calendar of busy time.
    Busy(String),
    /// A session.
    Session(SessionId),
}

/// What part of its subject a change sets: two changes with the same subject and part set the
/// same thing.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Part {
    /// The whole item (added, removed, or changed as a whole).
    Whole,
    /// One field, by name.
    Field(&'static str),
    /// One week of a session.
    Week(CivilDate),
    /// A campus's hours on one weekday.
    Hours(Weekday),
    /// One closure of a campus.
    Closure(CivilDate, Option<CivilDate>, String),
    /// Whether a campus keeps the public holiday on one date.
    Holiday(CivilDate),
    /// One period of a campus.
    Period(PeriodKind, CivilDate, CivilDate, String),
}

impl Change {
    /// The item this change is about.
    pub fn subject(&self) -> Subject {
        match self {
            Change::Schedule(_) => Subject::Schedule,
            Change::CampusAdded(c) | Change::CampusRemoved(c) => Subject::Campus(c.id.clone()),
            Change::Campus { id, .. } => Subject::Campus(id.clone()),
            Change::CohortAdded(c) | Change::CohortRemoved(c) => Subject::Cohort(c.id.clone()),
            Change::CohortChanged(e) => Subject::Cohort(e.after.id.clone()),
            Change::LecturerAdded(l) | Change::LecturerRemoved(l) => {
                Subject::Lecturer(l.id.clone())
            }
            Change::LecturerChanged(e) => Subject::Lecturer(e.after.id.clone()),
            Change::RoomAdded(r) | Change::RoomRemoved(r) => Subject::Room(r.id.clone()),
            Change::RoomChanged(e) => Subject::Room(e.after.id.clone()),
            Change::BusyAdded(b) | Change::BusyRemoved(b) => Subject::Busy(b.id.clone()),
            Change::BusyChanged(e) => Subject::Busy(e.after.id.clone()),
            Change::SessionAdded(s) | Change::SessionRemoved(s) => Subject::Session(s.id.clone()),
            Change::Session { id, .. } => Subject::Session(id.clone()),
        }
    }

    /// What part of its subject this change sets.
    pub(crate) fn part(&self) -> Part {
        match self {
            Change::Schedule(c) => Part::Field(match c {
                ScheduleChange::Id(_) => "id",
                ScheduleChange::Name(_) => "name",
                ScheduleChange::Alliance(_) => "alliance",
                ScheduleChange::Term(_) => "term",
                ScheduleChange::Rules(_) => "rules",
            }),
            Change::Campus { change, .. } => match change {
                CampusChange::Name(_) => Part::Field("name"),
                CampusChange::Short(_) => Part::Field("short"),
                CampusChange::Code(_) => Part::Field("code"),
                CampusChange::City(_) => Part::Field("city"),
                CampusChange::Country(_) => Part::Field("country"),
                CampusChange::Zone(_) => Part::Field("zone"),
                CampusChange::Hours { day, .. } => Part::Hours(*day),
                CampusChange::Term(_) => Part::Field("term"),
                CampusChange::ClosureAdded(c) | CampusChange::ClosureRemoved(c) => {
                    Part::Closure(c.start, c.end.filter(|e| *e != c.start), c.name.clone())
                }
                CampusChange::Region(_) => Part::Field("region"),
                CampusChange::HolidaySwitchedOff(d) | CampusChange::HolidaySwitchedOn(d) => {
                    Part::Holiday(*d)
                }
                CampusChange::PeriodAdded(p) | CampusChange::PeriodRemoved(p) => {
                    Part::Period(p.kind, p.start, p.end, p.name.clone())
                }
            },
            Change::Session { change, .. } => match change {
                SessionChange::Week { date, .. } => Part::Week(*date),
                SessionChange::Start(_) => Part::Field("start"),
                SessionChange::Length(_) => Part::Field("length"),
                SessionChange::Repeat(_) => Part::Field("repeat"),
                SessionChange::Title(_) => Part::Field("title"),
                SessionChange::Course(_) => Part::Field("course"),
                SessionChange::Kind(_) => Part::Field("kind"),
                SessionChange::Host(_) => Part::Field("host"),
                SessionChange::Zone(_) => Part::Field("zone"),
                SessionChange::Cohorts(_) => Part::Field("cohorts"),
                SessionChange::Lecturer(_) => Part::Field("lecturer"),
                SessionChange::Rooms(_) => Part::Field("rooms"),
                SessionChange::MeetingUrl(_) => Part::Field("meeting_url"),
                SessionChange::Notes(_) => Part::Field("notes"),
            },
            _ => Part::Whole,
        }
    }

    /// Whether this change removes its subject.
    pub fn removes(&self) -> bool {
        matches!(
            self,
            Change::CampusRemoved(_)
                | Change::CohortRemoved(_)
                | Change::LecturerRemoved(_)
                | Change::RoomRemoved(_)
                | Change::BusyRemoved(_)
                | Change::SessionRemoved(_)
        )
    }

    /// Whether this change adds its subject.
    pub fn adds(&self) -> bool {
        matches!(
            self,
            Change::CampusAdded(_)
                | Change::CohortAdded(_)
                | Change::LecturerAdded(_)
                | Change::RoomAdded(_)
                | Change::BusyAdded(_)
                | Change::SessionAdded(_)
        )
    }
}

fn edit<T: PartialEq + Clone>(before: &T, after: &T) -> Option<Edit<T>> {
    (before != after).then(|| Edit {
        before: before.clone(),
        after: after.clone(),
    })
}

/// Items of `a` and `b` paired by id: (only in a, in both, only in b), in `a`'s order then `b`'s.
fn paired<'x, T, K: std::hash::Hash + Eq>(
    a: &'x [T],
    b: &'x [T],
    key: impl Fn(&T) -> K,
) -> (Vec<&'x T>, Vec<(&'x T, &'x T)>, Vec<&'x T>) {
    let in_b: HashMap<K, &T> = b.iter().rev().map(|x| (key(x), x)).collect();
    let in_a: HashMap<K, &T> = a.iter().rev().map(|x| (key(x), x)).collect();
    let mut gone = Vec::new();
    let mut both = Vec::new();
    for x in a {
        match in_b.get(&key(x)) {
            Some(y) => both.push((x, *y)),
            None => gone.push(x),
        }
    }
    let new = b.iter().filter(|y| !in_a.contains_key(&key(y))).collect();
    (gone, both, new)
}

/// What changed from `a` to `b`, item by item, grouped the way a coordinator reads it: the
/// schedule as a whole, then campuses, cohorts, lecturers, rooms, busy calendars and sessions,
/// each as added, removed or changed (a session's move, length, repeat, single weeks and details
/// each a change of their own). Order without meaning (see [`canonical`]) is no change:
/// `apply(a, &diff(a, b))` means the same as `b`. Linear in the sizes of `a` and `b`, apart from
/// sorting.
pub fn diff(a: &Schedule, b: &Schedule) -> Vec<Change> {
    let (a, b) = (canonical(a), canonical(b));
    let mut out = Vec::new();
    let whole = |c: ScheduleChange| Change::Schedule(c);
    out.extend(edit(&a.id, &b.id).map(ScheduleChange::Id).map(whole));
    out.extend(edit(&a.name, &b.name).map(ScheduleChange::Name).map(whole));
    out.extend(
        edit(&a.alliance, &b.alliance)
            .map(ScheduleChange::Alliance)
            .map(whole),
    );
    out.extend(edit(&a.term, &b.term).map(ScheduleChange::Term).map(whole));
    out.extend(
        edit(&a.rules, &b.rules)
            .map(ScheduleChange::Rules)
            .map(whole),
    );

    let (gone, both, new) = paired(&a.campuses, &b.campuses, |c| c.id.clone());
    out.extend(new.into_iter().cloned().map(Change::CampusAdded));
    out.extend(gone.into_iter().cloned().map(Change::CampusRemoved));
    for (x, y) in both {
        campus_changes(x, y, &mut out);
    }
    macro_rules! whole_items {
        ($list:ident, $added:ident, $removed:ident, $changed:ident) => {
            let (gone, both, new) = paired(&a.$list, &b.$list, |x| x.id.clone());
            out.extend(new.into_iter().cloned().map(Change::$added));
            out.extend(gone.into_iter().cloned().map(Change::$removed));
            out.extend(
                both.into_iter()
                    .filter_map(|(x, y)| edit(x, y))
                    .map(Change::$changed),
            );
        };
    }
    whole_items!(cohorts, CohortAdded, CohortRemoved, CohortChanged);
    whole_items!(lecturers, LecturerAdded, LecturerRemoved, LecturerChanged);
    whole_items!(rooms, RoomAdded, RoomRemoved, RoomChanged);
    whole_items!(busy, BusyAdded, BusyRemoved, BusyChanged);

    let (gone, both, new) = paired(&a.sessions, &b.sessions, |x| x.id.clone());
    out.extend(new.into_iter().cloned().map(Change::SessionAdded));
    out.extend(gone.into_iter().cloned().map(Change::SessionRemoved));
    for (x, y) in both {
        session_changes(x, y, &mut out);
    }
    out
}

fn campus_changes(x: &Campus, y: &Campus, out: &mut Vec<Change>) {
    let mut push = |change: CampusChange| {
        out.push(Change::Campus {
            id: x.id.clone(),
            change,
        })
    };
    if let Some(e) = edit(&x.name, &y.name) {
        push(CampusChange::Name(e));
    }
    if let Some(e) = edit(&x.short, &y.short) {
        push(CampusChange::Short(e));
    }
    if let Some(e) = edit(&x.code, &y.code) {
        push(CampusChange::Code(e));
    }
    if let Some(e) = edit(&x.city, &y.city) {
        push(CampusChange::City(e));
    }
    if let Some(e) = edit(&x.country, &y.country) {
        push(CampusChange::Country(e));
    }
    if let Some(e) = edit(&x.zone, &y.zone) {
        push(CampusChange::Zone(e));
    }
    for day in Weekday::ALL {
        let hours = |c: &Campus| c.teaching_hours.get(&day).copied();
        if let Some(e) = edit(&hours(x), &hours(y)) {
            push(CampusChange::Hours { day, hours: e });
        }
    }
    if let Some(e) = edit(&x.term, &y.term) {
        push(CampusChange::Term(e));
    }
    // Both lists are canonical (sorted, no repeats); compared as sets, in linear time.
    let (in_x, in_y): (HashSet<&Closure>, HashSet<&Closure>) =
        (x.closures.iter().collect(), y.closures.iter().collect());
    for c in &x.closures {
        if !in_y.contains(c) {
            push(CampusChange::ClosureRemoved(c.clone()));
        }
    }
    for c in &y.closures {
        if !in_x.contains(c) {
            push(CampusChange::ClosureAdded(c.clone()));
        }
    }
    if let Some(e) = edit(&x.region, &y.region) {
        push(CampusChange::Region(e));
    }
    let (off_x, off_y): (HashSet<&CivilDate>, HashSet<&CivilDate>) = (
        x.holidays_off.iter().collect(),
        y.holidays_off.iter().collect(),
    );
    for d in &x.holidays_off {
        if !off_y.contains(d) {
            push(CampusChange::HolidaySwitchedOn(*d));
        }
    }
    for d in &y.holidays_off {
        if !off_x.contains(d) {
            push(CampusChange::HolidaySwitchedOff(*d));
        }
    }
    let (in_x, in_y): (HashSet<&Period>, HashSet<&Period>) =
        (x.periods.iter().collect(), y.periods.iter().collect());
    for p in &x.periods {
        if !in_y.contains(p) {
            push(CampusChange::PeriodRemoved(p.clone()));
        }
    }
    for p in &y.periods {
        if !in_x.contains(p) {
            push(CampusChange::PeriodAdded(p.clone()));
        }
    }
}

fn session_changes(x: &Session, y: &Session, out: &mut Vec<Change>) {
    let mut push = |change: SessionChange| {
        out.push(Change::Session {
            id: x.id.clone(),
            change,
        })
    };
    macro_rules! field {
        ($f:ident, $variant:ident) => {
            if let Some(e) = edit(&x.$f, &y.$f) {
                push(SessionChange::$variant(e));
            }
        };
    }
    field!(start, Start);
    field!(duration_minutes, Length);
    field!(repeat, Repeat);
    // Canonical: one change per date.
    let by_date = |s: &Session| -> HashMap<CivilDate, OccurrenceChange> {
        s.changes.iter().map(|c| (c.date, c.clone())).collect()
    };
    let (xs, ys) = (by_date(x), by_date(y));
    let dates: BTreeSet<CivilDate> = xs.keys().chain(ys.keys()).copied().collect();
    for date in dates {
        if let Some(e) = edit(&xs.get(&date).cloned(), &ys.get(&date).cloned()) {
            push(SessionChange::Week { date, change: e });
        }
    }
    field!(title, Title);
    field!(course, Course);
    field!(kind, Kind);
    field!(host, Host);
    field!(zone, Zone);
    field!(cohorts, Cohorts);
    field!(lecturer, Lecturer);
    field!(rooms, Rooms);
    field!(meeting_url, MeetingUrl);
    field!(notes, Notes);
}

/// A list of items with ids, changed by id in constant time.
struct Keyed<T> {
    items: Vec<Option<T>>,
    at: HashMap<String, usize>,
}

impl<T> Keyed<T> {
    fn new(items: Vec<T>, id: impl Fn(&T) -> String) -> Self {
        let mut at = HashMap::new();
        for (i, x) in items.iter().enumerate() {
            at.entry(id(x)).or_insert(i);
        }
        Keyed {
            items: items.into_iter().map(Some).collect(),
            at,
        }
    }

    fn get_mut(&mut self, id: &str, item: crate::Item) -> Result<&mut T, Error> {
        self.at
            .get(id)
            .and_then(|&i| self.items.get_mut(i))
            .and_then(Option::as_mut)
            .ok_or_else(|| Error::Invalid {
                path: match item {
                    crate::Item::BusyCalendar => "busy calendars".into(),
                    item => format!("{}s", item.key()),
                },
                problem: crate::Problem::NothingToChange {
                    item,
                    id: id.to_string(),
                },
            })
    }

    /// Puts `item` in place of the one with its id, or after the others.
    fn put(&mut self, id: String, item: T) {
        match self.at.get(&id) {
            Some(&i) => self.items[i] = Some(item),
            None => {
                self.at.insert(id, self.items.len());
                self.items.push(Some(item));
            }
        }
    }

    fn remove(&mut self, id: &str) {
        if let Some(i) = self.at.remove(id) {
            self.items[i] = None;
        }
    }

    fn iter_mut(&mut self) -> impl Iterator<Item = &mut T> {
        self.items.iter_mut().flatten()
    }

    /// Removes the items `keep` says no to (their ids stay known, as removed).
    fn retain(&mut self, keep: impl Fn(&T) -> bool) {
        for x in &mut self.items {
            if x.as_ref().is_some_and(|x| !keep(x)) {
                *x = None;
            }
        }
    }

    fn into_vec(self) -> Vec<T> {
        self.items.into_iter().flatten().collect()
    }
}

/// `a` with `changes` made, each setting what it names to its `after` value (the `before`
/// values are not read), in order, validated like an imported file. A removed cohort, room or
/// lecturer goes from the sessions and busy calendars there are at that point (as removing it in
/// the planner does), so a later change that names it again makes an invalid schedule. A
/// change to an item that is not there (a session removed) is an [`Error`]. Linear in the sizes
/// of `a` and `changes`.
pub fn apply(a: &Schedule, changes: &[Change]) -> Result<Schedule, Error> {
    validated(&apply_unchecked(a, changes)?)
}

/// A schedule validated as an imported file is (through its JSON form).
pub(crate) fn validated(s: &Schedule) -> Result<Schedule, Error> {
    let text = serde_json::to_string(s).map_err(|e| Error::Invalid {
        path: String::new(),
        problem: crate::Problem::Json(crate::json_problem(&e)),
    })?;
    Schedule::from_json(&text)
}

/// [`apply`] without the validation.
pub(crate) fn apply_unchecked(a: &Schedule, changes: &[Change]) -> Result<Schedule, Error> {
    let mut s = a.clone();
    let mut campuses = Keyed::new(std::mem::take(&mut s.campuses), |c| c.id.0.clone());
    let mut cohorts = Keyed::new(std::mem::take(&mut s.cohorts), |c| c.id.0.clone());
    let mut lecturers = Keyed::new(std::mem::take(&mut s.lecturers), |c| c.id.0.clone());
    let mut rooms = Keyed::new(std::mem::take(&mut s.rooms), |c| c.id.0.clone());
    let mut busy = Keyed::new(std::mem::take(&mut s.busy), |c| c.id.clone());
    let mut sessions = Keyed::new(std::mem::take(&mut s.sessions), |c| c.id.0.clone());
    // Closures added and removed, per campus, made at the end in one pass each.
    let mut closures: HashMap<CampusId, Vec<(bool, &Closure)>> = HashMap::new();
    // Switched-off holidays and periods likewise: the last change to each wins.
    let mut off: HashMap<CampusId, Vec<(bool, CivilDate)>> = HashMap::new();
    let mut periods: HashMap<CampusId, Vec<(bool, &Period)>> = HashMap::new();
    for change in changes {
        match change {
            Change::Schedule(c) => match c {
                ScheduleChange::Id(e) => s.id = e.after.clone(),
                ScheduleChange::Name(e) => s.name = e.after.clone(),
                ScheduleChange::Alliance(e) => s.alliance = e.after.clone(),
                ScheduleChange::Term(e) => s.term = e.after,
                ScheduleChange::Rules(e) => s.rules = e.after,
            },
            Change::CampusAdded(c) => campuses.put(c.id.0.clone(), c.clone()),
            Change::CampusRemoved(c) => campuses.remove(c.id.as_str()),
            Change::Campus { id, change } => {
                let c = campuses.get_mut(id.as_str(), crate::Item::Campus)?;
                match change {
                    CampusChange::Name(e) => c.name = e.after.clone(),
                    CampusChange::Short(e) => c.short = e.after.clone(),
                    CampusChange::Code(e) => c.code = e.after.clone(),
                    CampusChange::City(e) => c.city = e.after.clone(),
                    CampusChange::Country(e) => c.country = e.after.clone(),
                    CampusChange::Zone(e) => c.zone = e.after,
                    CampusChange::Hours { day, hours } => match hours.after {
                        Some(h) => {
                            c.teaching_hours.insert(*day, h);
                        }
                        None => {
                            c.teaching_hours.remove(day);
                        }
                    },
                    CampusChange::Term(e) => c.term = e.after,
                    CampusChange::ClosureAdded(x) => {
                        closures.entry(id.clone()).or_default().push((true, x))
                    }
                    CampusChange::ClosureRemoved(x) => {
                        closures.entry(id.clone()).or_default().push((false, x))
                    }
                    CampusChange::Region(e) => c.region = e.after.clone(),
                    CampusChange::HolidaySwitchedOff(d) => {
                        off.entry(id.clone()).or_default().push((true, *d))
                    }
                    CampusChange::HolidaySwitchedOn(d) => {
                        off.entry(id.clone()).or_default().push((false, *d))
                    }
                    CampusChange::PeriodAdded(p) => {
                        periods.entry(id.clone()).or_default().push((true, p))
                    }
                    CampusChange::PeriodRemoved(p) => {
                        periods.entry(id.clone()).or_default().push((false, p))
                    }
                }
            }
            Change::CohortAdded(c) => cohorts.put(c.id.0.clone(), c.clone()),
            Change::CohortChanged(e) => {
                *cohorts.get_mut(e.after.id.as_str(), crate::Item::Cohort)? = e.after.clone()
            }
            Change::CohortRemoved(c) => {
                cohorts.remove(c.id.as_str());
                strip_cohort(sessions.iter_mut(), &c.id);
                busy.retain(|b| !b.is_for_cohort(&c.id));
            }
            Change::LecturerAdded(l) => lecturers.put(l.id.0.clone(), l.clone()),
            Change::LecturerChanged(e) => {
                *lecturers.get_mut(e.after.id.as_str(), crate::Item::Lecturer)? = e.after.clone()
            }
            Change::LecturerRemoved(l) => {
                lecturers.remove(l.id.as_str());
                strip_lecturer(sessions.iter_mut(), &l.id);
                busy.retain(|b| !b.is_for_lecturer(&l.id));
            }
            Change::RoomAdded(r) => rooms.put(r.id.0.clone(), r.clone()),
            Change::RoomChanged(e) => {
                *rooms.get_mut(e.after.id.as_str(), crate::Item::Room)? = e.after.clone()
            }
            Change::RoomRemoved(r) => {
                rooms.remove(r.id.as_str());
                strip_room(sessions.iter_mut(), &r.id);
                busy.retain(|b| !b.is_for_room(&r.id));
            }
            Change::BusyAdded(b) => busy.put(b.id.clone(), b.clone()),
            Change::BusyChanged(e) => {
                *busy.get_mut(&e.after.id, crate::Item::BusyCalendar)? = e.after.clone()
            }
            Change::BusyRemoved(b) => busy.remove(&b.id),
            Change::SessionAdded(x) => sessions.put(x.id.0.clone(), x.clone()),
            Change::SessionRemoved(x) => sessions.remove(x.id.as_str()),
            Change::Session { id, change } => {
                let x = sessions.get_mut(id.as_str(), crate::Item::Session)?;
                set_session(x, change);
            }
        }
    }
    for (id, ops) in closures {
        if let Ok(c) = campuses.get_mut(id.as_str(), crate::Item::Campus) {
            set_closures(c, &ops);
        }
    }
    for (id, ops) in off {
        if let Ok(c) = campuses.get_mut(id.as_str(), crate::Item::Campus) {
            c.holidays_off = switched(std::mem::take(&mut c.holidays_off), &ops);
        }
    }
    for (id, ops) in periods {
        if let Ok(c) = campuses.get_mut(id.as_str(), crate::Item::Campus) {
            let ops: Vec<(bool, Period)> = ops.iter().map(|(a, p)| (*a, (*p).clone())).collect();
            c.periods = switched(std::mem::take(&mut c.periods), &ops);
        }
    }
    s.campuses = campuses.into_vec();
    s.cohorts = cohorts.into_vec();
    s.lecturers = lecturers.into_vec();
    s.rooms = rooms.into_vec();
    s.busy = busy.into_vec();
    s.sessions = sessions.into_vec();
    Ok(s)
}

/// A list of values with values added (`true`) and removed, in order (the last change to a
/// value wins): the list's order is kept, an added value goes at the end, once.
fn switched<T: Clone + Eq + std::hash::Hash>(list: Vec<T>, ops: &[(bool, T)]) -> Vec<T> {
    let mut last: HashMap<&T, bool> = HashMap::new();
    for (add, x) in ops {
        last.insert(x, *add);
    }
    let mut seen: HashSet<T> = HashSet::new();
    let mut out: Vec<T> = list
        .into_iter()
        .filter(|x| last.get(x) != Some(&false))
        .filter(|x| seen.insert(x.clone()))
        .collect();
    for (add, x) in ops {
        if *add && last.get(x) == Some(&true) && seen.insert(x.clone()) {
            out.push(x.clone());
        }
    }
    out
}

/// A campus's closures with closures added (`true`) and removed, in order; a closure is
/// named by its first and last day and its name (an end on its start day = no end).
fn set_closures(c: &mut Campus, ops: &[(bool, &Closure)]) {
    let key = |x: &Closure| (x.start, x.end.unwrap_or(x.start), x.name.clone());
    let mut list: Vec<Option<Closure>> = std::mem::take(&mut c.closures)
        .into_iter()
        .map(Some)
        .collect();
    let mut at: HashMap<(CivilDate, CivilDate, String), Vec<usize>> = HashMap::new();
    for (i, x) in list.iter().enumerate() {
        if let Some(x) = x {
            at.entry(key(x)).or_default().push(i);
        }
    }
    for (add, x) in ops {
        let k = key(x);
        if *add {
            if at.get(&k).is_none_or(Vec::is_empty) {
                at.entry(k).or_default().push(list.len());
                list.push(Some((*x).clone()));
            }
        } else {
            for i in at.remove(&k).unwrap_or_default() {
                list[i] = None;
            }
        }
    }
    c.closures = list.into_iter().flatten().collect();
}

fn set_session(x: &mut Session, change: &SessionChange) {
    match change {
        SessionChange::Start(e) => {
            // A series without weekdays meets on its first start's weekday: keep that weekday
            // (a change of weekdays is a change of its own).
            if let Some(r) = &mut x.repeat {
                if r.weekdays.is_empty() {
                    r.weekdays.push(x.start.weekday());
                }
            }
            x.start = e.after
        }
        SessionChange::Length(e) => x.duration_minutes = e.after,
        SessionChange::Repeat(e) => x.repeat = e.after.clone(),
        SessionChange::Week { date, change } => {
            x.changes.retain(|c| c.date != *date);
            if let Some(c) = &change.after {
                x.changes.push(c.clone());
            }
            canonical_session_changes(x);
        }
        SessionChange::Title(e) => x.title = e.after.clone(),
        SessionChange::Course(e) => x.course = e.after.clone(),
        SessionChange::Kind(e) => x.kind = e.after,
        SessionChange::Host(e) => x.host = e.after.clone(),
        SessionChange::Zone(e) => x.zone = e.after,
        SessionChange::Cohorts(e) => x.cohorts = e.after.clone(),
        SessionChange::Lecturer(e) => x.lecturer = e.after.clone(),
        SessionChange::Rooms(e) => x.rooms = e.after.clone(),
        SessionChange::MeetingUrl(e) => x.meeting_url = e.after.clone(),
        SessionChange::Notes(e) => x.notes = e.after.clone(),
    }
}

/// A session's changed weeks by date (a session's other fields untouched).
fn canonical_session_changes(x: &mut Session) {
    x.changes.sort_by_key(|c| c.date);
}
