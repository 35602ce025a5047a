//! "Best times": the term-wide overlap map of the chosen campuses (engine, `overlap`) as a heat
//! layer over the week grid and as a list of the best starts, why each start fails where it
//! does, and a fair rotation when no start suits everyone. The engine gives data; the words
//! are here.

use crate::language::{use_words, w};
use crate::store::{Action, BestTimes, BestTimesFor, Edit};
use crate::view_model::WeekView;
use crate::widgets::week_grid::yes_no;
use meridian_engine::overlap::{
    CampusFailure, OverlapMap, OverlapRequest, Rotation, SlotOverlap, MAX_CAMPUSES,
    NIGHT_AFTER_MINUTE, NIGHT_BEFORE_MINUTE, NIGHT_POINTS,
};
use meridian_engine::schedule::{CampusId, Schedule};
use meridian_engine::{Disambiguation, Instant, Weekday, Zone};
use meridian_words::{overlap, Words};
use std::rc::Rc;
use yew::prelude::*;

/// Most slots a rotation takes in turn in the app.
pub const ROTATION_SLOTS: usize = 3;

/// How many of the best starts the list offers when none suits everyone.
const CLOSEST: usize = 5;

/// The questions for the engine: the map (every campus of the schedule, so that ticking one is
/// a filter over the same map), and the rotation of the ticked campuses on weekdays. Also the
/// session's index, when the panel is for a session.
pub struct Questions {
    /// The map's request.
    pub map: OverlapRequest,
    /// The rotation's request (the ticked campuses only).
    pub rotation: OverlapRequest,
    /// The session the panel is for.
    pub session: Option<usize>,
}

/// The requests for `best` in `schedule`. The map's anchor (whose clock the starts are on) is
/// the session's host, else a campus in the grid's zone, else the first campus; the
/// rotation's is that one when it is ticked, else the first ticked campus.
pub fn questions(schedule: &Schedule, best: &BestTimes, reference: Zone) -> Questions {
    let session = match &best.what {
        BestTimesFor::Session(id) => schedule.sessions.iter().position(|x| &x.id == id),
        BestTimesFor::NewSeries => None,
    };
    let x = session.and_then(|i| schedule.sessions.get(i));
    let ticked = |id: &CampusId| best.campuses.contains(id);
    // The map's anchor does not depend on the ticks, so that ticking is a filter over one map.
    let anchor = x
        .map(|x| x.host.clone())
        .or_else(|| {
            schedule
                .campuses
                .iter()
                .find(|c| c.zone == reference)
                .map(|c| c.id.clone())
        })
        .or_else(|| schedule.campuses.first().map(|c| c.id.clone()));
    let rotation_anchor = anchor
        .clone()
        .filter(|a| ticked(a))
        .or_else(|| best.campuses.first().cloned());
    let campus_of_cohort = |c: &meridian_engine::schedule::CohortId| {
        schedule
            .cohorts
            .iter()
            .find(|k| &k.id == c)
            .map(|k| k.campus.clone())
    };
    let campus_of_room = |r: &meridian_engine::schedule::RoomId| {
        schedule
            .rooms
            .iter()
            .find(|k| &k.id == r)
            .map(|k| k.campus.clone())
    };
    let map = OverlapRequest {
        campuses: schedule
            .campuses
            .iter()
            .take(MAX_CAMPUSES)
            .map(|c| c.id.clone())
            .collect(),
        anchor: anchor.clone(),
        length_minutes: best.length_minutes,
        weekdays: Vec::new(),
        cohorts: x.map(|x| x.cohorts.clone()).unwrap_or_default(),
        lecturers: x.and_then(|x| x.lecturer.clone()).into_iter().collect(),
        rooms: x.map(|x| x.rooms.clone()).unwrap_or_default(),
        ignore_session: session,
    };
    // Cohorts and rooms of unticked campuses would bring their campus back in.
    let rotation = OverlapRequest {
        campuses: best.campuses.clone(),
        anchor: rotation_anchor,
        length_minutes: best.length_minutes,
        weekdays: Weekday::ALL[..5].to_vec(),
        cohorts: map
            .cohorts
            .iter()
            .filter(|c| campus_of_cohort(c).is_some_and(|k| ticked(&k)))
            .cloned()
            .collect(),
        lecturers: map.lecturers.clone(),
        rooms: map
            .rooms
            .iter()
            .filter(|r| campus_of_room(r).is_some_and(|k| ticked(&k)))
            .cloned()
            .collect(),
        ignore_session: session,
    };
    Questions {
        map,
        rotation,
        session,
    }
}

/// Whether the map's campus `k` is ticked.
fn is_ticked(map: &OverlapMap, best: &BestTimes, k: usize) -> bool {
    map.campuses
        .get(k)
        .is_some_and(|c| best.campuses.contains(c))
}

/// How many ticked campuses hold a slot (inside teaching hours every week they teach).
pub fn holding(map: &OverlapMap, best: &BestTimes, s: &SlotOverlap) -> u16 {
    s.holding_among(|k| is_ticked(map, best, k), map.campuses.len())
}

/// Whether a slot suits every ticked campus in every week they teach, with nothing booked.
pub fn suits_everyone(map: &OverlapMap, best: &BestTimes, s: &SlotOverlap) -> bool {
    s.weeks > 0 && s.busy.is_empty() && usize::from(holding(map, best, s)) == best.campuses.len()
}

/// How a slot is shaded: the share of ticked campuses that hold it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heat {
    /// Every ticked campus, nothing booked.
    All,
    /// Every ticked campus, but a cohort, lecturer or room is booked in some week.
    Booked,
    /// At least three quarters.
    Most,
    /// At least half.
    Half,
    /// Fewer.
    Few,
}

impl Heat {
    /// The CSS class.
    pub fn class(self) -> &'static str {
        match self {
            Heat::All => "heat-all",
            Heat::Booked => "heat-booked",
            Heat::Most => "heat-most",
            Heat::Half => "heat-half",
            Heat::Few => "heat-few",
        }
    }
}

/// One 15-minute start drawn over the grid.
#[derive(Debug, Clone, PartialEq)]
pub struct HeatCell {
    /// The grid's day column.
    pub day: usize,
    /// Minutes after the grid's first hour.
    pub top: i64,
    /// Index into the map's slots.
    pub slot: usize,
    /// Ticked campuses that hold it, and how many are ticked.
    pub holding: u16,
    /// How many are ticked.
    pub of: u16,
    /// Its shade.
    pub heat: Heat,
    /// When it starts in the shown week.
    pub start: Instant,
    /// Whether the shade's count is written in it (the first of a run of equal shade).
    pub labelled: bool,
}

/// The heat layer over the grid.
#[derive(Debug, Clone, PartialEq)]
pub struct HeatLayer {
    /// The starts, by day and time.
    pub cells: Vec<HeatCell>,
    /// The length of a series started from one, minutes.
    pub length_minutes: u32,
}

/// The heat layer of the shown week: each start of the map (on the anchor's clock) where it
/// falls in the grid's zone that week, within the grid's hours.
pub fn heat_layer(
    map: &OverlapMap,
    best: &BestTimes,
    view: &WeekView,
    reference: Zone,
) -> HeatLayer {
    let of = best.campuses.len() as u16;
    let first = i64::from(view.first_hour) * 60;
    let last = i64::from(view.last_hour) * 60;
    let mut cells = Vec::new();
    for (i, s) in map.slots.iter().enumerate() {
        if s.weeks == 0 || of == 0 {
            continue;
        }
        let n = holding(map, best, s);
        let heat = if n == of && s.busy.is_empty() {
            Heat::All
        } else if n == of {
            Heat::Booked
        } else if 4 * n >= 3 * of {
            Heat::Most
        } else if 2 * n >= of {
            Heat::Half
        } else {
            Heat::Few
        };
        // The anchor's date of this weekday in the shown week, or the week before or after
        // when the zones are a day apart.
        for delta in [-7, 0, 7] {
            let Some(date) = view.monday.add_days(s.weekday.index() as i64 + delta) else {
                continue;
            };
            let Ok(at) = map
                .zone
                .resolve(date.at(s.start), Disambiguation::Compatible)
            else {
                continue;
            };
            let local = reference.local(at.instant).datetime;
            let day = view.monday.days_until(local.date());
            let top = i64::from(local.time().minutes_of_day()) - first;
            if (0..7).contains(&day) && top >= 0 && top + 15 <= last - first {
                cells.push(HeatCell {
                    day: day as usize,
                    top,
                    slot: i,
                    holding: n,
                    of,
                    heat,
                    start: at.instant,
                    labelled: false,
                });
            }
        }
    }
    cells.sort_by_key(|c| (c.day, c.top));
    for k in 0..cells.len() {
        let run = k > 0 && {
            let (a, b) = (&cells[k - 1], &cells[k]);
            a.day == b.day && a.top + 15 == b.top && a.holding == b.holding && a.heat == b.heat
        };
        cells[k].labelled = !run;
    }
    HeatLayer {
        cells,
        length_minutes: best.length_minutes,
    }
}

/// Why a campus fails a slot, in a line: "U. Chile 07:30 from 5 Apr: Santiago leaves summer
/// time (10 weeks)".
pub fn failure_words(
    words: &Words,
    schedule: &Schedule,
    map: &OverlapMap,
    slot: &SlotOverlap,
    f: &CampusFailure,
) -> String {
    let name = map
        .campuses
        .get(f.campus)
        .and_then(|id| schedule.campus(id))
        .map_or_else(|| "A campus".to_string(), |c| c.short.clone());
    let place = |z: Zone| crate::words::city(schedule, z);
    let reasons = overlap::reasons(words, schedule, map, slot, f, &place);
    overlap::campus_reasons(words, &name, &reasons)
}

/// How a slot fares: "4 of 6 campuses inside teaching hours every week".
pub fn slot_state(words: &Words, map: &OverlapMap, best: &BestTimes, s: &SlotOverlap) -> String {
    if s.weeks == 0 {
        words.t("best-slot-no-week")
    } else if suits_everyone(map, best, s) {
        words.t("best-slot-everyone")
    } else {
        w!(
            words,
            "best-slot-holding",
            holding = holding(map, best, s),
            campuses = best.campuses.len()
        )
    }
}

/// A slot in words: "Mon 13:30: 4 of 6 campuses inside teaching hours every week" and why the
/// others fail.
pub fn slot_words(
    words: &Words,
    schedule: &Schedule,
    map: &OverlapMap,
    best: &BestTimes,
    s: &SlotOverlap,
) -> (String, Vec<String>) {
    let head = w!(
        words,
        "best-slot",
        start = format!("{} {}", words.weekday(s.weekday), words.clock(s.start)),
        state = slot_state(words, map, best, s)
    );
    let mut why: Vec<String> = s
        .failures
        .iter()
        .filter(|f| is_ticked(map, best, f.campus))
        .map(|f| {
            let line = failure_words(words, schedule, map, s, f);
            if f.holds_when_open {
                w!(words, "best-closed-weeks-only", reason = line)
            } else {
                line
            }
        })
        .collect();
    for b in &s.busy {
        use meridian_engine::conflict::Resource;
        let what = match map.resources.get(b.resource) {
            Some(Resource::Cohort(i)) => schedule.cohorts.get(*i).map(|c| c.name.as_str()),
            Some(Resource::Lecturer(i)) => schedule.lecturers.get(*i).map(|c| c.name.as_str()),
            Some(Resource::Room(i)) => schedule.rooms.get(*i).map(|c| c.name.as_str()),
            None => None,
        };
        why.push(overlap::booked(words, what, b.weeks, b.first));
    }
    (head, why)
}

/// The best starts to offer: every start that suits everyone, else the closest (most campuses
/// holding, fewest failing weeks), at most [`CLOSEST`], as indices into the map's slots.
pub fn best_slots(map: &OverlapMap, best: &BestTimes) -> (bool, Vec<usize>) {
    let everyone: Vec<usize> = map
        .slots
        .iter()
        .enumerate()
        .filter(|(_, s)| suits_everyone(map, best, s))
        .map(|(i, _)| i)
        .collect();
    if !everyone.is_empty() {
        return (true, everyone);
    }
    let most = map
        .slots
        .iter()
        .filter(|s| s.weeks > 0)
        .map(|s| holding(map, best, s))
        .max()
        .unwrap_or(0);
    let mut closest: Vec<usize> = (0..map.slots.len())
        .filter(|&i| map.slots[i].weeks > 0 && holding(map, best, &map.slots[i]) == most)
        .collect();
    closest.sort_by_key(|&i| {
        let s = &map.slots[i];
        let failing: u32 = s
            .failures
            .iter()
            .filter(|f| !f.holds_when_open && is_ticked(map, best, f.campus))
            .map(|f| u32::from(f.weeks))
            .sum::<u32>()
            + s.busy.iter().map(|b| u32::from(b.weeks)).sum::<u32>();
        (failing, s.weekday, s.start)
    });
    closest.truncate(CLOSEST);
    (false, closest)
}

/// Consecutive starts of one day as runs (first and last slot index): the starts that suit
/// everyone are offered a run at a time.
fn runs(map: &OverlapMap, slots: &[usize]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for &i in slots {
        match out.last_mut() {
            Some(last)
                if map.slots[last.1].weekday == map.slots[i].weekday
                    && map.slots[last.1].start.minutes_of_day() + 15
                        == map.slots[i].start.minutes_of_day() =>
            {
                last.1 = i
            }
            _ => out.push((i, i)),
        }
    }
    out
}

/// Each campus's burden: "Auckland 5 early", "Nairobi 0".
pub fn tally_words(words: &Words, schedule: &Schedule, r: &Rotation) -> Vec<String> {
    overlap::tallies(words, schedule, r)
}

/// The local starts of one of a rotation's slots at `campus`, over the weeks that take it
/// (more than one when a clock change moves it), each with whether it is at night there
/// (starting before 06:00 or ending after 23:00, the engine's night, which the fairness measure
/// weighs three times), so the coordinator sees where a turn lands in the night.
pub fn local_starts(
    words: &Words,
    schedule: &Schedule,
    r: &Rotation,
    slot: usize,
    campus: &CampusId,
) -> Vec<(String, bool)> {
    let (Some(c), Some(s)) = (schedule.campus(campus), r.slots.get(slot)) else {
        return Vec::new();
    };
    let mut seen: Vec<(String, bool)> = Vec::new();
    for w in r.weeks.iter().filter(|w| w.slot == slot) {
        let Ok(at) = r
            .zone
            .resolve(w.date.at(s.start), Disambiguation::Compatible)
        else {
            continue;
        };
        let local = c.zone.local(at.instant).datetime;
        let said = format!(
            "{} {}",
            words.weekday(local.weekday()),
            words.clock(local.time())
        );
        // The engine's rule of a night session, the one the fairness measure weighs.
        let start = local.time().minutes_of_day();
        let night = start < NIGHT_BEFORE_MINUTE
            || start.saturating_add(r.length_minutes) > NIGHT_AFTER_MINUTE;
        if !seen.iter().any(|(x, _)| *x == said) {
            seen.push((said, night));
        }
    }
    seen
}

const LETTERS: [&str; 3] = ["A", "B", "C"];

/// Props of [`BestTimesPanel`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The open schedule.
    pub schedule: Rc<Schedule>,
    /// The question.
    pub best: BestTimes,
    /// The map, or why there is none.
    pub map: Rc<Result<OverlapMap, String>>,
    /// The proposed rotation when no start suits everyone (`None`: not needed or none).
    pub rotation: Rc<Option<Result<Option<Rotation>, String>>>,
    /// The start pointed at on the grid or in the list (index into the map's slots).
    pub pointed: Option<usize>,
    /// Points at a start (the list's buttons on focus and hover).
    pub on_point: Callback<Option<usize>>,
    /// Times on a 12-hour clock.
    pub twelve_hour: bool,
    /// Reports what the coordinator did.
    pub on_action: Callback<Action>,
}

/// The panel beside the grid.
#[function_component(BestTimesPanel)]
pub fn best_times_panel(props: &Props) -> Html {
    let words = use_words();
    let s = &props.schedule;
    let best = &props.best;
    let session = match &best.what {
        BestTimesFor::Session(id) => s.sessions.iter().position(|x| &x.id == id),
        BestTimesFor::NewSeries => None,
    };
    let close = {
        let cb = props.on_action.clone();
        Callback::from(move |_: MouseEvent| cb.emit(Action::BestTimesClosed))
    };
    let toggle = |id: CampusId| {
        let cb = props.on_action.clone();
        Callback::from(move |_: Event| cb.emit(Action::BestTimesCampusToggled(id.clone())))
    };
    let on_length = {
        let cb = props.on_action.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok())
                .map(|i| i.value())
                .unwrap_or_default();
            if let Ok(m) = value.trim().parse::<u32>() {
                cb.emit(Action::BestTimesLengthChosen(m));
            }
        })
    };
    let title = match session.and_then(|i| s.sessions.get(i)) {
        Some(x) => w!(words, "best-title", title = x.title.as_str()),
        None => words.t("best-title-new"),
    };
    // "Mon 13:30" on the reader's clock.
    let start = |day: Weekday, at: meridian_engine::CivilTime| {
        format!("{} {}", words.weekday(day), words.clock(at))
    };
    let body = match &*props.map {
        Err(why) => html! { <p class="notice" role="alert">{ why }</p> },
        Ok(map) => {
            let place = s
                .campus(&map.anchor)
                .map_or_else(|| map.zone.place(), |c| c.city.clone());
            let place = words.place(&place);
            let (everyone, slots) = best_slots(map, best);
            let open_at = |i: usize| {
                let (cb, map, length) = (props.on_action.clone(), map.clone(), best.length_minutes);
                Callback::from(move |_: MouseEvent| {
                    // The first week of the term with this start.
                    let Some(slot) = map.slots.get(i) else { return };
                    let start = map.weeks.iter().find_map(|m| {
                        let date = m.add_days(slot.weekday.index() as i64)?;
                        map.zone
                            .resolve(date.at(slot.start), Disambiguation::Compatible)
                            .ok()
                    });
                    if let Some(at) = start {
                        cb.emit(Action::BestTimeChosen(at.instant, length));
                    }
                })
            };
            let point = |i: Option<usize>| {
                let cb = props.on_point.clone();
                Callback::from(move |_: FocusEvent| cb.emit(i))
            };
            let hover = |i: Option<usize>| {
                let cb = props.on_point.clone();
                Callback::from(move |_: MouseEvent| cb.emit(i))
            };
            let pointed = props.pointed.and_then(|i| map.slots.get(i)).map(|x| {
                let (head, why) = slot_words(&words, s, map, best, x);
                html! {
                    <div class="pointed-slot">
                        <p class="pointed-head">{ head }</p>
                        if !why.is_empty() {
                            <ul>{ for why.iter().map(|w| html! { <li>{ w }</li> }) }</ul>
                        }
                    </div>
                }
            });
            let list = if everyone {
                html! {
                    <>
                    <h3>{ words.t("best-everyone-heading") }</h3>
                    <ul class="best-slots">
                    { for runs(map, &slots).into_iter().map(|(a, b)| {
                        let (x, y) = (&map.slots[a], &map.slots[b]);
                        let label = if a == b {
                            start(x.weekday, x.start)
                        } else {
                            format!("{}–{}", start(x.weekday, x.start), words.clock(y.start))
                        };
                        html! {
                            <li>
                                <button type="button" class="button" onclick={open_at(a)}
                                    onfocus={point(Some(a))} onmouseenter={hover(Some(a))}
                                    aria-label={w!(words, "best-start-everyone", start = start(x.weekday, x.start), starts = label.as_str())}>
                                    { label }</button>
                            </li>
                        }
                    }) }
                    </ul>
                    </>
                }
            } else {
                let most = slots
                    .first()
                    .map_or(0, |&i| holding(map, best, &map.slots[i]));
                html! {
                    <>
                    <p class="form-note">{ w!(words, "best-none-suits", campuses = best.campuses.len(), most = most) }</p>
                    <ul class="best-slots">
                    { for slots.iter().map(|&i| {
                        let x = &map.slots[i];
                        let (_, why) = slot_words(&words, s, map, best, x);
                        html! {
                            <li>
                                <button type="button" class="button" onclick={open_at(i)}
                                    onfocus={point(Some(i))} onmouseenter={hover(Some(i))}
                                    aria-label={w!(words, "best-start", start = start(x.weekday, x.start))}>
                                    { start(x.weekday, x.start) }</button>
                                <span class="slot-why">{ slot_state(&words, map, best, x) }
                                    { for why.iter().map(|w| html! { <span class="slot-reason">{ w }</span> }) }
                                </span>
                            </li>
                        }
                    }) }
                    </ul>
                    </>
                }
            };
            let rotation = match &*props.rotation {
                None => html! {},
                Some(Err(why)) => html! { <p class="notice" role="alert">{ why }</p> },
                Some(Ok(None)) => html! {
                    <p class="form-note">{ words.t("best-no-rotation-found") }</p>
                },
                Some(Ok(Some(r))) => rotation_html(&words, props, r, session, &place),
            };
            html! {
                <>
                <p class="form-note">{ w!(words, "best-intro", place = place.as_str(), weeks = map.weeks.len()) }</p>
                <div class="heat-legend" aria-hidden="true">
                    <span class="heat-key heat-all">{ words.t("best-key-all") }</span>
                    <span class="heat-key heat-booked">{ words.t("best-key-booked") }</span>
                    <span class="heat-key heat-most">{ "¾ +" }</span>
                    <span class="heat-key heat-half">{ "½ +" }</span>
                    <span class="heat-key heat-few">{ words.t("best-key-fewer") }</span>
                </div>
                <div class="pointed" aria-live="polite">
                    { pointed.unwrap_or_else(|| html! {
                        <p class="hint">{ words.t("best-point-hint") }</p>
                    }) }
                </div>
                { list }
                { rotation }
                </>
            }
        }
    };
    html! {
        <aside class="best-times" aria-label={words.t("best-label")}>
            <div class="best-times-head">
                <h2>{ title }</h2>
                <button type="button" class="button" onclick={close}>{ words.t("best-close") }</button>
            </div>
            <fieldset>
                <legend>{ words.t("best-campuses") }</legend>
                <div class="checks">
                { for s.campuses.iter().map(|c| html! {
                    <label class="check"><input type="checkbox" checked={best.campuses.contains(&c.id)}
                        onchange={toggle(c.id.clone())} />{ format!(" {}", c.short) }</label>
                }) }
                </div>
            </fieldset>
            <label class="control"><span>{ words.t("best-length") }</span>
                <input type="number" min="5" step="5" value={best.length_minutes.to_string()} onchange={on_length} /></label>
            if best.campuses.is_empty() {
                <p class="notice">{ words.t("best-tick-one") }</p>
            } else {
                { body }
            }
        </aside>
    }
}

/// The proposed rotation: its slots with each campus's local times, which weeks take which,
/// the burden tally, and "Use this rotation" for a session.
fn rotation_html(
    words: &Words,
    props: &Props,
    r: &Rotation,
    session: Option<usize>,
    place: &str,
) -> Html {
    let s = &props.schedule;
    let accept = session.and_then(|i| s.sessions.get(i)).map(|x| {
        let (cb, rotation, template) = (
            props.on_action.clone(),
            Rc::new(r.clone()),
            Box::new(x.clone()),
        );
        Callback::from(move |_: MouseEvent| {
            cb.emit(Action::Edited(Edit::RotationAccepted {
                rotation: rotation.clone(),
                template: template.clone(),
                replacing: session,
            }))
        })
    });
    let heading = w!(words, "best-rotation-heading", slots = r.slots.len());
    html! {
        <section class="rotation" aria-labelledby="rotation-title">
            <h3 id="rotation-title">{ heading }</h3>
            <p class="form-note">{ w!(words, "best-rotation-note", largest = r.largest, total = r.total,
                night = NIGHT_POINTS, complete = yes_no(r.exhaustive)) }</p>
            <div class="rotation-scroll" tabindex="0" role="region" aria-label={words.t("best-rotation-scroll")}>
            <table class="rotation-table">
                <caption class="visually-hidden">{ words.t("best-rotation-caption") }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ words.t("best-rotation-campus") }</th>
                        { for r.slots.iter().enumerate().map(|(j, x)| html! {
                            <th scope="col">{ format!("{} {} {}", LETTERS[j % 3], words.weekday(x.weekday), words.clock(x.start)) }
                                <span class="rotation-place">{ w!(words, "best-rotation-place", place = place) }</span></th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                { for r.tallies.iter().map(|t| html! {
                    <tr>
                        <th scope="row">{ s.campus(&t.campus).map_or_else(|| t.campus.to_string(), |c| c.short.clone()) }</th>
                        { for (0..r.slots.len()).map(|j| html! {
                            <td>{ for local_starts(words, s, r, j, &t.campus).into_iter().map(|(at, night)| html! {
                                <span class={classes!("local-start", night.then_some("night"))}>
                                    { at }
                                    if night {
                                        <span class="night-flag" aria-hidden="true" title={words.t("best-night")}>{ "☾" }</span>
                                        <span class="visually-hidden">{ " " }{ words.t("best-night-aside") }</span>
                                    }
                                </span>
                            }) }</td>
                        }) }
                    </tr>
                }) }
                </tbody>
            </table>
            </div>
            <p class="rotation-weeks">
                <strong>{ words.t("best-rotation-weeks") }{ " " }</strong>
                { r.weeks.iter().map(|w| format!("{} {}", words.day_month(w.date), LETTERS[w.slot % 3])).collect::<Vec<_>>().join(", ") }
            </p>
            <p class="rotation-tally">
                <strong>{ words.t("best-rotation-tally") }{ " " }</strong>
                { tally_words(words, s, r).join(", ") }
            </p>
            <p class="hint">{ words.t("best-rotation-fairness") }</p>
            if let Some(accept) = accept {
                <button type="button" class="button primary" onclick={accept}>{ words.t("best-rotation-use") }</button>
            } else {
                <p class="hint">{ words.t("best-rotation-from-form") }</p>
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use meridian_engine::overlap::{overlap_map, propose_rotation, FailureKind};
    use meridian_engine::schedule::SessionId;
    use meridian_engine::CivilDate;

    fn gma() -> Schedule {
        meridian_engine::demo::load("gma-spring-2027").unwrap()
    }

    fn lecture(s: &Schedule) -> BestTimes {
        BestTimes::asked(s, BestTimesFor::Session(SessionId("la-lecture".into()))).unwrap()
    }

    fn rome() -> Zone {
        Zone::parse("Europe/Rome").unwrap()
    }

    #[test]
    fn the_global_lecture_asks_for_its_six_campuses_and_gets_a_rotation() {
        let s = gma();
        let best = lecture(&s);
        let ids: Vec<&str> = best.campuses.iter().map(|c| c.as_str()).collect();
        assert_eq!(
            ids,
            [
                "polimi",
                "auckland",
                "manchester",
                "toronto",
                "rice",
                "uchile"
            ]
        );
        assert_eq!(best.length_minutes, 90);
        let q = questions(&s, &best, rome());
        let map = overlap_map(&s, &q.map).unwrap();
        assert_eq!(
            map.campuses.len(),
            s.campuses.len(),
            "every campus, to filter"
        );
        assert!(!map.slots.iter().any(|x| suits_everyone(&map, &best, x)));
        let (everyone, closest) = best_slots(&map, &best);
        assert!(!everyone);
        assert!(closest
            .iter()
            .all(|&i| holding(&map, &best, &map.slots[i]) == 5));
        let r = propose_rotation(&s, &q.rotation, ROTATION_SLOTS)
            .unwrap()
            .unwrap();
        assert!(r.slots.len() > 1);
        let words = tally_words(&Words::english(), &s, &r);
        assert_eq!(words.len(), 6);
        assert!(
            words.iter().any(|w| w.starts_with("Auckland ")),
            "{words:?}"
        );
    }

    #[test]
    fn unticking_campuses_is_a_filter_over_the_same_map() {
        let s = gma();
        let mut best = lecture(&s);
        let q = questions(&s, &best, rome());
        let map = overlap_map(&s, &q.map).unwrap();
        best.campuses
            .retain(|c| ["polimi", "manchester", "toronto"].contains(&c.as_str()));
        // The map's request does not depend on the ticks.
        assert_eq!(questions(&s, &best, rome()).map, q.map);
        let (everyone, slots) = best_slots(&map, &best);
        assert!(everyone, "Milan, Manchester and Toronto share hours");
        let x = &map.slots[slots[0]];
        assert_eq!(holding(&map, &best, x), 3);
    }

    #[test]
    fn a_clock_change_is_worded_with_the_place_that_switches() {
        let s = gma();
        let best = lecture(&s);
        let map = overlap_map(&s, &questions(&s, &best, rome()).map).unwrap();
        let k = map
            .campuses
            .iter()
            .position(|c| c.as_str() == "uchile")
            .unwrap();
        let (slot, f) = map
            .slots
            .iter()
            .find_map(|x| {
                let f = x.failures.iter().find(|f| {
                    f.campus == k && f.reasons.iter().any(|r| r.kind == FailureKind::ClockChange)
                })?;
                Some((x, f))
            })
            .expect("some start fails at U. Chile only after a switch");
        let words = failure_words(&Words::english(), &s, &map, slot, f);
        assert!(words.starts_with("U. Chile "), "{words}");
        assert!(words.contains(" summer time"), "{words}");
        assert!(words.contains(" from "), "{words}");
    }

    #[test]
    fn a_start_is_drawn_where_it_falls_in_the_grids_zone() {
        let s = gma();
        let best = lecture(&s);
        let map = overlap_map(&s, &questions(&s, &best, rome()).map).unwrap();
        let monday = CivilDate::parse("2027-03-01").unwrap();
        let slot = map
            .slots
            .iter()
            .position(|x| x.weekday == Weekday::Mon && x.start.minutes_of_day() == 15 * 60)
            .unwrap();
        // In Milan's grid: Monday 15:00.
        let view = crate::view_model::week_view(&s, monday, rome(), None);
        let layer = heat_layer(&map, &best, &view, rome());
        let cell = layer.cells.iter().find(|c| c.slot == slot).unwrap();
        assert_eq!(cell.day, 0);
        assert_eq!(cell.top, 15 * 60 - i64::from(view.first_hour) * 60);
        assert_eq!((cell.holding, cell.of), (5, 6));
        // In Toronto's grid (six hours behind that week): Monday 09:00.
        let toronto = Zone::parse("America/Toronto").unwrap();
        let view = crate::view_model::week_view(&s, monday, toronto, None);
        let layer = heat_layer(&map, &best, &view, toronto);
        let cell = layer.cells.iter().find(|c| c.slot == slot).unwrap();
        assert_eq!(cell.day, 0);
        assert_eq!(cell.top, 9 * 60 - i64::from(view.first_hour) * 60);
        assert_eq!(layer.length_minutes, 90);
    }
}
