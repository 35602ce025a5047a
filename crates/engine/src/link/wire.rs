//! The wire form of a schedule in a link: compact, by position and reference, never changed
//! within a link version. (About 700 lines on purpose: the packer and the unpacker of one
//! version are read side by side, so that each field written is seen to be read back.)

use super::*;
use crate::presets::{known_campus, LINK_V1_PRESETS};
use crate::schedule::{
    BusyTarget, Campus, CampusId, Closure, Cohort, CohortId, Hours, Lecturer, LecturerId,
    OccurrenceChange, Period, PeriodKind, Room, RoomId, Rules, Schedule, Session, SessionId,
    SessionKind, TeachingHours, Term, Weekly, FORMAT,
};
use crate::time::{CivilDate, CivilDateTime, CivilTime, Weekday};
use crate::zone::Zone;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

// ---- The wire form of link version 1. Never change these types: add a version instead. ----

pub(super) type Str = u32;

#[derive(Debug, Serialize, Deserialize)]
pub(super) struct Wire {
    /// `None` for an edit link; a view link with its narrowing (string numbers).
    pub(super) view: Option<(Option<Str>, Option<Str>)>,
    pub(super) strings: Vec<String>,
    pub(super) id: Str,
    pub(super) name: Str,
    pub(super) alliance: Option<Str>,
    /// Days since 2000-01-01.
    pub(super) term_start: i32,
    /// Days from the term's start to its end.
    pub(super) term_days: i32,
    pub(super) campuses: Vec<WireCampus>,
    /// (id, name, campus number, size)
    pub(super) cohorts: Vec<(Str, Str, u32, Option<u32>)>,
    /// (id, name, campus number)
    pub(super) lecturers: Vec<(Str, Str, Option<u32>)>,
    /// (id, name, campus number, capacity)
    pub(super) rooms: Vec<(Str, Str, u32, Option<u32>)>,
    pub(super) sessions: Vec<WireSession>,
    pub(super) min_break_minutes: u32,
}

/// (weekdays as bits, Monday = 1, start minute, end minute): days with the same hours share
/// one entry.
pub(super) type WireHours = Vec<(u8, u16, u16)>;
/// (name, first day, last day) as day offsets
pub(super) type WireClosure = (Str, i32, Option<i32>);
/// (first day, last day) as day offsets
pub(super) type WireTerm = (i32, i32);
/// (day offset, minute of the day)
pub(super) type WireDateTime = (i32, u16);

#[derive(Debug, Serialize, Deserialize)]
pub(super) enum WireCampus {
    /// A campus Meridian knows, by its preset id, with only what differs from the preset.
    Known {
        preset: Str,
        /// Its id in the schedule, when not the preset's.
        id: Option<Str>,
        /// Name, short name, code, city, country and zone, when any differs from the preset.
        details: Option<WireDetails>,
        hours: Option<WireHours>,
        term: Option<WireTerm>,
        closures: Vec<WireClosure>,
    },
    /// Any other campus, whole.
    Own {
        id: Str,
        name: Str,
        short: Str,
        code: Option<Str>,
        city: Str,
        country: Str,
        zone: Str,
        hours: WireHours,
        term: Option<WireTerm>,
        closures: Vec<WireClosure>,
    },
}

/// (interval, weekdays 0 = Monday, until, count, skipped days)
pub(super) type WireWeekly = (u32, Vec<u8>, Option<i32>, Option<u32>, Vec<i32>);
/// (date, new start, new length, new rooms) of one changed occurrence
pub(super) type WireChange = (i32, Option<WireDateTime>, Option<u32>, Option<Vec<u32>>);
/// (name, short, code, city, country, zone) of a renamed or moved preset campus.
pub(super) type WireDetails = (Str, Str, Option<Str>, Str, Str, Str);

#[derive(Debug, Serialize, Deserialize)]
pub(super) struct WireSession {
    pub(super) id: Str,
    pub(super) title: Str,
    pub(super) course: Option<Str>,
    pub(super) kind: u8,
    pub(super) host: u32,
    pub(super) zone: Option<Str>,
    pub(super) start: WireDateTime,
    pub(super) duration_minutes: u32,
    pub(super) repeat: Option<WireWeekly>,
    pub(super) cohorts: Vec<u32>,
    pub(super) lecturer: Option<u32>,
    pub(super) rooms: Vec<u32>,
    pub(super) meeting_url: Option<Str>,
    pub(super) notes: Option<Str>,
    pub(super) changes: Vec<WireChange>,
}

/// Session kinds by number in the wire form: [`SessionKind::ALL`]'s order, which link
/// version 1 fixes (never reorder it).
pub(super) const KINDS: [SessionKind; 8] = SessionKind::ALL;

pub(super) fn epoch() -> CivilDate {
    CivilDate::new(2000, 1, 1).unwrap_or_else(|| unreachable!("2000-01-01 is a date"))
}

/// Strings stored once, numbered in order of first use.
#[derive(Default)]
pub(super) struct Packer {
    pub(super) strings: Vec<String>,
    pub(super) numbers: HashMap<String, Str>,
    pub(super) origin: Option<CivilDate>,
}

impl Packer {
    pub(super) fn s(&mut self, text: &str) -> Str {
        if let Some(&n) = self.numbers.get(text) {
            return n;
        }
        let n = self.strings.len() as Str;
        self.strings.push(text.to_string());
        self.numbers.insert(text.to_string(), n);
        n
    }

    pub(super) fn day(&self, d: CivilDate) -> i32 {
        self.origin.unwrap_or_else(epoch).days_until(d) as i32
    }

    pub(super) fn datetime(&self, t: CivilDateTime) -> WireDateTime {
        (self.day(t.date()), t.time().minutes_of_day() as u16)
    }

    pub(super) fn hours(h: &TeachingHours) -> WireHours {
        let mut out: WireHours = Vec::new();
        for (d, h) in h {
            let bit = 1u8 << d.index();
            match out
                .iter_mut()
                .find(|x| (x.1, x.2) == (h.start_minute, h.end_minute))
            {
                Some(x) => x.0 |= bit,
                None => out.push((bit, h.start_minute, h.end_minute)),
            }
        }
        out
    }

    pub(super) fn closures(&mut self, c: &[Closure]) -> Vec<WireClosure> {
        c.iter()
            .map(|c| {
                (
                    self.s(&c.name),
                    self.day(c.start),
                    c.end.map(|e| self.day(e)),
                )
            })
            .collect()
    }

    pub(super) fn term(&self, t: &Term) -> WireTerm {
        (self.day(t.start), self.day(t.end))
    }

    pub(super) fn campus(&mut self, c: &Campus) -> WireCampus {
        // Only the presets version 1 knew go by reference: an older Meridian knows no other.
        let known = known_campus(c.id.as_str()).filter(|k| LINK_V1_PRESETS.contains(&k.id));
        let Some(known) = known else {
            return WireCampus::Own {
                id: self.s(c.id.as_str()),
                name: self.s(&c.name),
                short: self.s(&c.short),
                code: c.code.as_deref().map(|x| self.s(x)),
                city: self.s(&c.city),
                country: self.s(&c.country),
                zone: self.s(c.zone.name()),
                hours: Packer::hours(&c.teaching_hours),
                term: c.term.as_ref().map(|t| self.term(t)),
                closures: self.closures(&c.closures),
            };
        };
        let preset = known.to_campus();
        let same = (&c.name, &c.short, &c.code, &c.city, &c.country, c.zone)
            == (
                &preset.name,
                &preset.short,
                &preset.code,
                &preset.city,
                &preset.country,
                preset.zone,
            );
        let details = (!same).then(|| {
            (
                self.s(&c.name),
                self.s(&c.short),
                c.code.as_deref().map(|x| self.s(x)),
                self.s(&c.city),
                self.s(&c.country),
                self.s(c.zone.name()),
            )
        });
        WireCampus::Known {
            preset: self.s(known.id),
            id: (c.id.as_str() != known.id).then(|| self.s(c.id.as_str())),
            details,
            hours: (c.teaching_hours != preset.teaching_hours)
                .then(|| Packer::hours(&c.teaching_hours)),
            term: c.term.as_ref().map(|t| self.term(t)),
            closures: self.closures(&c.closures),
        }
    }

    pub(super) fn pack(mut self, s: &Schedule, kind: &LinkKind) -> Wire {
        self.origin = Some(s.term.start);
        let view = match kind {
            LinkKind::Edit => None,
            LinkKind::View { campus, cohort } => Some((
                campus.as_ref().map(|c| self.s(c.as_str())),
                cohort.as_ref().map(|c| self.s(c.as_str())),
            )),
        };
        let position = |ids: Vec<&str>| -> HashMap<String, u32> {
            ids.into_iter()
                .enumerate()
                .map(|(i, id)| (id.to_string(), i as u32))
                .collect()
        };
        let campus_no = position(s.campuses.iter().map(|c| c.id.as_str()).collect());
        let cohort_no = position(s.cohorts.iter().map(|c| c.id.as_str()).collect());
        let lecturer_no = position(s.lecturers.iter().map(|c| c.id.as_str()).collect());
        let room_no = position(s.rooms.iter().map(|c| c.id.as_str()).collect());
        let at = |map: &HashMap<String, u32>, id: &str| map.get(id).copied().unwrap_or(u32::MAX);
        let id = self.s(&s.id);
        let name = self.s(&s.name);
        let alliance = s.alliance.as_deref().map(|a| self.s(a));
        let campuses = s.campuses.iter().map(|c| self.campus(c)).collect();
        let cohorts = s
            .cohorts
            .iter()
            .map(|c| {
                (
                    self.s(c.id.as_str()),
                    self.s(&c.name),
                    at(&campus_no, c.campus.as_str()),
                    c.size,
                )
            })
            .collect();
        let lecturers = s
            .lecturers
            .iter()
            .map(|l| {
                (
                    self.s(l.id.as_str()),
                    self.s(&l.name),
                    l.campus.as_ref().map(|c| at(&campus_no, c.as_str())),
                )
            })
            .collect();
        let rooms = s
            .rooms
            .iter()
            .map(|r| {
                (
                    self.s(r.id.as_str()),
                    self.s(&r.name),
                    at(&campus_no, r.campus.as_str()),
                    r.capacity,
                )
            })
            .collect();
        let sessions = s
            .sessions
            .iter()
            .map(|x| WireSession {
                id: self.s(x.id.as_str()),
                title: self.s(&x.title),
                course: x.course.as_deref().map(|c| self.s(c)),
                kind: KINDS.iter().position(|k| *k == x.kind).unwrap_or(0) as u8,
                host: at(&campus_no, x.host.as_str()),
                zone: x.zone.map(|z| self.s(z.name())),
                start: self.datetime(x.start),
                duration_minutes: x.duration_minutes,
                repeat: x.repeat.as_ref().map(|r| {
                    (
                        r.interval,
                        r.weekdays.iter().map(|d| d.index() as u8).collect(),
                        r.until.map(|d| self.day(d)),
                        r.count,
                        r.skip.iter().map(|d| self.day(*d)).collect(),
                    )
                }),
                cohorts: x
                    .cohorts
                    .iter()
                    .map(|c| at(&cohort_no, c.as_str()))
                    .collect(),
                lecturer: x.lecturer.as_ref().map(|l| at(&lecturer_no, l.as_str())),
                rooms: x.rooms.iter().map(|r| at(&room_no, r.as_str())).collect(),
                meeting_url: x.meeting_url.as_deref().map(|u| self.s(u)),
                notes: x.notes.as_deref().map(|n| self.s(n)),
                changes: x
                    .changes
                    .iter()
                    .map(|c| {
                        (
                            self.day(c.date),
                            c.start.map(|t| self.datetime(t)),
                            c.duration_minutes,
                            c.rooms
                                .as_ref()
                                .map(|rs| rs.iter().map(|r| at(&room_no, r.as_str())).collect()),
                        )
                    })
                    .collect(),
            })
            .collect();
        Wire {
            view,
            id,
            name,
            alliance,
            term_start: epoch().days_until(s.term.start) as i32,
            term_days: s.term.start.days_until(s.term.end) as i32,
            campuses,
            cohorts,
            lecturers,
            rooms,
            sessions,
            min_break_minutes: s.rules.min_break_minutes,
            strings: self.strings,
        }
    }
}

/// The schedule a wire form describes; `None` when it refers to what is not there.
pub(super) fn unpack(w: Wire) -> Option<(LinkKind, Schedule)> {
    let strings = &w.strings;
    let s = |n: Str| strings.get(n as usize).cloned();
    let origin = epoch().add_days(i64::from(w.term_start))?;
    let day = |d: i32| origin.add_days(i64::from(d));
    let datetime = |(d, m): WireDateTime| {
        (m < 1440).then_some(())?;
        Some(day(d)?.at(CivilTime::from_minutes_of_day(u32::from(m))))
    };
    let zone = |n: Str| Zone::find(&s(n)?);
    let hours = |h: &WireHours| -> Option<TeachingHours> {
        let mut out = TeachingHours::new();
        for &(days, a, b) in h {
            // What a file's "HH:MM-HH:MM" can say: from a time of day to a later one, 24:00 at
            // the latest (the file's reader checks this; a link is checked here).
            (a < 1440 && b <= 1440 && a < b).then_some(())?;
            for d in Weekday::ALL.iter().filter(|d| days & (1 << d.index()) != 0) {
                let hours = Hours {
                    start_minute: a,
                    end_minute: b,
                };
                // A weekday in two entries is not what an encoder writes.
                out.insert(*d, hours).is_none().then_some(())?;
            }
        }
        Some(out)
    };
    let closures = |c: &[WireClosure]| -> Option<Vec<Closure>> {
        c.iter()
            .map(|&(n, a, b)| {
                Some(Closure {
                    name: s(n)?,
                    start: day(a)?,
                    end: match b {
                        Some(b) => Some(day(b)?),
                        None => None,
                    },
                })
            })
            .collect()
    };
    let term = |(a, b): WireTerm| {
        Some(Term {
            start: day(a)?,
            end: day(b)?,
        })
    };
    let opt = |o: Option<Str>| -> Option<Option<String>> {
        match o {
            Some(n) => Some(Some(s(n)?)),
            None => Some(None),
        }
    };
    let mut campuses = Vec::with_capacity(w.campuses.len().min(1024));
    for c in &w.campuses {
        campuses.push(match c {
            WireCampus::Own {
                id,
                name,
                short,
                code,
                city,
                country,
                zone: z,
                hours: h,
                term: t,
                closures: cl,
            } => Campus {
                id: CampusId(s(*id)?),
                name: s(*name)?,
                short: s(*short)?,
                code: opt(*code)?,
                city: s(*city)?,
                country: s(*country)?,
                zone: zone(*z)?,
                teaching_hours: hours(h)?,
                term: match t {
                    Some(t) => Some(term(*t)?),
                    None => None,
                },
                closures: closures(cl)?,
                region: None,
                holidays_off: Vec::new(),
                periods: Vec::new(),
            },
            WireCampus::Known {
                preset,
                id,
                details,
                hours: h,
                term: t,
                closures: cl,
            } => {
                let preset = s(*preset)?;
                LINK_V1_PRESETS.contains(&preset.as_str()).then_some(())?;
                let mut c = known_campus(&preset)?.to_campus();
                // Version 1 says nothing of a region (the presets had none then); version 4
                // says it for every campus that has one.
                c.region = None;
                if let Some(id) = id {
                    c.id = CampusId(s(*id)?);
                }
                if let Some((name, short, code, city, country, z)) = details {
                    c.name = s(*name)?;
                    c.short = s(*short)?;
                    c.code = opt(*code)?;
                    c.city = s(*city)?;
                    c.country = s(*country)?;
                    c.zone = zone(*z)?;
                }
                if let Some(h) = h {
                    c.teaching_hours = hours(h)?;
                }
                c.term = match t {
                    Some(t) => Some(term(*t)?),
                    None => None,
                };
                c.closures = closures(cl)?;
                c
            }
        });
    }
    let campus_id = |n: u32| campuses.get(n as usize).map(|c: &Campus| c.id.clone());
    let cohorts = w
        .cohorts
        .iter()
        .map(|&(id, name, campus, size)| {
            Some(Cohort {
                id: CohortId(s(id)?),
                name: s(name)?,
                campus: campus_id(campus)?,
                size,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let lecturers = w
        .lecturers
        .iter()
        .map(|&(id, name, campus)| {
            Some(Lecturer {
                id: LecturerId(s(id)?),
                name: s(name)?,
                campus: match campus {
                    Some(c) => Some(campus_id(c)?),
                    None => None,
                },
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let rooms = w
        .rooms
        .iter()
        .map(|&(id, name, campus, capacity)| {
            Some(Room {
                id: RoomId(s(id)?),
                name: s(name)?,
                campus: campus_id(campus)?,
                capacity,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let room_ids = |rs: &[u32]| -> Option<Vec<RoomId>> {
        rs.iter()
            .map(|&r| rooms.get(r as usize).map(|x| x.id.clone()))
            .collect()
    };
    let sessions = w
        .sessions
        .iter()
        .map(|x| {
            Some(Session {
                id: SessionId(s(x.id)?),
                title: s(x.title)?,
                course: opt(x.course)?,
                kind: *KINDS.get(usize::from(x.kind))?,
                host: campus_id(x.host)?,
                zone: match x.zone {
                    Some(z) => Some(zone(z)?),
                    None => None,
                },
                start: datetime(x.start)?,
                duration_minutes: x.duration_minutes,
                repeat: match &x.repeat {
                    Some((interval, weekdays, until, count, skip)) => Some(Weekly {
                        interval: *interval,
                        weekdays: weekdays
                            .iter()
                            .map(|&d| Weekday::ALL.get(usize::from(d)).copied())
                            .collect::<Option<_>>()?,
                        until: match until {
                            Some(u) => Some(day(*u)?),
                            None => None,
                        },
                        count: *count,
                        skip: skip.iter().map(|&d| day(d)).collect::<Option<_>>()?,
                    }),
                    None => None,
                },
                cohorts: x
                    .cohorts
                    .iter()
                    .map(|&c| cohorts.get(c as usize).map(|k| k.id.clone()))
                    .collect::<Option<_>>()?,
                lecturer: match x.lecturer {
                    Some(l) => Some(lecturers.get(l as usize)?.id.clone()),
                    None => None,
                },
                rooms: room_ids(&x.rooms)?,
                meeting_url: opt(x.meeting_url)?,
                notes: opt(x.notes)?,
                changes: x
                    .changes
                    .iter()
                    .map(|(date, start, duration, rs)| {
                        Some(OccurrenceChange {
                            date: day(*date)?,
                            start: match start {
                                Some(t) => Some(datetime(*t)?),
                                None => None,
                            },
                            duration_minutes: *duration,
                            rooms: match rs {
                                Some(rs) => Some(room_ids(rs)?),
                                None => None,
                            },
                        })
                    })
                    .collect::<Option<_>>()?,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let kind = match w.view {
        None => LinkKind::Edit,
        Some((campus, cohort)) => LinkKind::View {
            campus: match campus {
                Some(c) => Some(CampusId(s(c)?)),
                None => None,
            },
            cohort: match cohort {
                Some(c) => Some(CohortId(s(c)?)),
                None => None,
            },
        },
    };
    let schedule = Schedule {
        format: FORMAT.to_string(),
        id: s(w.id)?,
        name: s(w.name)?,
        alliance: opt(w.alliance)?,
        term: Term {
            start: origin,
            end: day(w.term_days)?,
        },
        campuses,
        cohorts,
        lecturers,
        rooms,
        sessions,
        rules: Rules {
            min_break_minutes: w.min_break_minutes,
        },
        busy: Vec::new(),
    };
    Some((kind, schedule))
}

/// Link version 2's addition: a busy calendar, its attachment as (0 campus, 1 cohort,
/// 2 lecturer, 3 room; position in that list), and its blocks as (seconds from the term's first
/// midnight UTC, length in seconds, title).
#[derive(Debug, Serialize, Deserialize)]
pub(super) struct WireBusy {
    pub(super) id: String,
    pub(super) name: String,
    pub(super) target: (u8, u32),
    pub(super) blocks: Vec<(i64, u32, String)>,
}

/// Link version 4's addition, for each campus (by position, increasing) that has any: its
/// holiday region, its switched-off public holidays (day offsets from the term's start) and its
/// own periods as (0 lecture-free or 1 exams, name, first day, last day).
#[derive(Debug, Serialize, Deserialize)]
pub(super) struct WireCalendar {
    pub(super) campus: u32,
    pub(super) region: Option<String>,
    pub(super) off: Vec<i32>,
    pub(super) periods: Vec<(u8, String, i32, i32)>,
}

/// Whether a campus has anything only version 4 says.
pub(super) fn has_calendar(c: &Campus) -> bool {
    c.region.is_some() || !c.holidays_off.is_empty() || !c.periods.is_empty()
}

pub(super) fn pack_calendars(s: &Schedule) -> Vec<WireCalendar> {
    let day = |d: CivilDate| s.term.start.days_until(d) as i32;
    s.campuses
        .iter()
        .enumerate()
        .filter(|(_, c)| has_calendar(c))
        .map(|(i, c)| WireCalendar {
            campus: i as u32,
            region: c.region.clone(),
            off: c.holidays_off.iter().map(|d| day(*d)).collect(),
            periods: c
                .periods
                .iter()
                .map(|p| {
                    let kind = match p.kind {
                        PeriodKind::LectureFree => 0,
                        PeriodKind::Exams => 1,
                    };
                    (kind, p.name.clone(), day(p.start), day(p.end))
                })
                .collect(),
        })
        .collect()
}

/// Puts version 4's calendars into the campuses; `None` when they name a campus that is not
/// there, name one twice or out of order, or hold what is not a date or a kind.
pub(super) fn unpack_calendars(s: &mut Schedule, calendars: Vec<WireCalendar>) -> Option<()> {
    let origin = s.term.start;
    let day = |d: i32| origin.add_days(i64::from(d));
    let mut previous: Option<u32> = None;
    for w in calendars {
        previous.is_none_or(|p| p < w.campus).then_some(())?;
        previous = Some(w.campus);
        let c = s.campuses.get_mut(w.campus as usize)?;
        c.region = w.region;
        c.holidays_off = w.off.iter().map(|&d| day(d)).collect::<Option<_>>()?;
        c.periods = w
            .periods
            .into_iter()
            .map(|(kind, name, a, b)| {
                Some(Period {
                    kind: match kind {
                        0 => PeriodKind::LectureFree,
                        1 => PeriodKind::Exams,
                        _ => return None,
                    },
                    name,
                    start: day(a)?,
                    end: day(b)?,
                })
            })
            .collect::<Option<_>>()?;
    }
    Some(())
}

pub(super) fn term_origin(s: &Schedule) -> Option<i64> {
    Zone::UTC
        .resolve(
            s.term.start.at(CivilTime::MIDNIGHT),
            crate::Disambiguation::Compatible,
        )
        .ok()
        .map(|r| r.instant.unix_seconds())
}

pub(super) fn pack_busy(s: &Schedule) -> Vec<WireBusy> {
    let origin = term_origin(s).unwrap_or(0);
    let position = |ids: Vec<&str>, id: &str| ids.iter().position(|x| *x == id).unwrap_or(0) as u32;
    s.busy
        .iter()
        .map(|b| WireBusy {
            id: b.id.clone(),
            name: b.name.clone(),
            // The link says what a calendar applies to as (kind, position in its list).
            target: match b.target() {
                Some(BusyTarget::Campus(c)) => (
                    0,
                    position(
                        s.campuses.iter().map(|x| x.id.as_str()).collect(),
                        c.as_str(),
                    ),
                ),
                Some(BusyTarget::Cohort(c)) => (
                    1,
                    position(
                        s.cohorts.iter().map(|x| x.id.as_str()).collect(),
                        c.as_str(),
                    ),
                ),
                Some(BusyTarget::Lecturer(l)) => (
                    2,
                    position(
                        s.lecturers.iter().map(|x| x.id.as_str()).collect(),
                        l.as_str(),
                    ),
                ),
                Some(BusyTarget::Room(r)) => (
                    3,
                    position(s.rooms.iter().map(|x| x.id.as_str()).collect(), r.as_str()),
                ),
                None => (0, 0),
            },
            blocks: b
                .blocks
                .iter()
                .map(|x| {
                    (
                        x.start.unix_seconds() - origin,
                        (x.end.unix_seconds() - x.start.unix_seconds())
                            .clamp(0, i64::from(u32::MAX)) as u32,
                        x.title.clone(),
                    )
                })
                .collect(),
        })
        .collect()
}

pub(super) fn unpack_busy(
    s: &Schedule,
    busy: Vec<WireBusy>,
) -> Option<Vec<crate::schedule::BusyCalendar>> {
    let origin = term_origin(s)?;
    busy.into_iter()
        .map(|b| {
            let (kind, n) = b.target;
            let n = n as usize;
            let mut calendar = crate::schedule::BusyCalendar {
                id: b.id,
                name: b.name,
                campus: None,
                cohort: None,
                lecturer: None,
                room: None,
                blocks: Vec::new(),
            };
            match kind {
                0 => calendar.campus = Some(s.campuses.get(n)?.id.clone()),
                1 => calendar.cohort = Some(s.cohorts.get(n)?.id.clone()),
                2 => calendar.lecturer = Some(s.lecturers.get(n)?.id.clone()),
                3 => calendar.room = Some(s.rooms.get(n)?.id.clone()),
                _ => return None,
            }
            calendar.blocks = b
                .blocks
                .into_iter()
                .map(|(start, length, title)| {
                    let start = crate::Instant::from_unix_seconds(origin.checked_add(start)?)?;
                    let end = crate::Instant::from_unix_seconds(
                        start.unix_seconds().checked_add(i64::from(length))?,
                    )?;
                    Some(crate::schedule::BusyBlock { start, end, title })
                })
                .collect::<Option<_>>()?;
            Some(calendar)
        })
        .collect()
}
