//! Campuses and people: each campus's teaching hours, closures and calendar (its holiday
//! region, public holidays and own periods, see [`CampusCalendar`]), adding a campus by city or
//! zone, and the cohorts, lecturers and rooms. Edits a copy; "Save" checks it like an imported
//! file and records one undoable change.

use super::campus_calendar::{CalendarEdit, CampusCalendar, Refused};
use crate::language::{use_words, w};
use crate::store::{apply, Edit};
use crate::widgets::dialog::DialogFrame;
use crate::widgets::latest::use_latest;
use crate::widgets::text_field::TextField;
use meridian_engine::presets::CAMPUSES;
use meridian_engine::schedule::{free_id, Campus, CampusId, Closure, Hours, Schedule};
use meridian_engine::{CivilDate, DateTimeShape, Error, Item, Problem, Weekday, Zone};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`People`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The schedule.
    pub schedule: Rc<Schedule>,
    /// The change, once valid.
    pub on_edit: Callback<Edit>,
    /// The dialog asks to close.
    pub on_close: Callback<()>,
}

fn value(e: &Event) -> String {
    e.target()
        .and_then(|t| {
            wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t.clone())
                .ok()
                .map(|i| i.value())
                .or_else(|| {
                    wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlSelectElement>(t)
                        .ok()
                        .map(|s| s.value())
                })
        })
        .unwrap_or_default()
}

/// A removal: the schedule without something, and what went with it (or why not).
type Removal =
    dyn Fn(&Schedule) -> Result<(Schedule, meridian_engine::edit::Removed), meridian_engine::Error>;

/// How a typed value changes the schedule being edited.
type SetField = dyn Fn(&mut Schedule, String);

/// How text applied on change changes the schedule being edited, or why it does not.
type ApplyText = dyn Fn(&mut Schedule, &str) -> Result<(), String>;

/// An addition: the schedule with a new cohort, lecturer or room, and its index in its list.
type Addition = dyn Fn(&Schedule) -> Result<(Schedule, usize), Error>;

/// The id of the name field of the `index`th cohort, lecturer or room, so that a new one (or
/// one saving refused for want of a name) can take the focus.
fn name_field(item: Item, index: usize) -> String {
    format!("people-{}-{index}", item.key())
}

/// The dialog.
#[function_component(People)]
pub fn people(props: &Props) -> Html {
    let words = use_words();
    let draft = use_latest(|| (*props.schedule).clone());
    let problem = use_state(|| None::<String>);
    let search = use_state(String::new);
    let said = use_state(|| None::<String>);
    // The name field to focus after the next redraw: a new lecturer's or room's (empty, to be
    // typed), or the one saving found without a name.
    let focus = use_state(|| None::<String>);
    {
        let focus = focus.clone();
        use_effect_with((*focus).clone(), move |id| {
            if let Some(id) = id {
                crate::browser::focus_element(id);
                focus.set(None);
            }
        });
    }
    let cohort_campus = use_state(|| props.schedule.campuses.first().map(|c| c.id.clone()));
    // Fields that apply on change (hours, a new closure): the draft changes when the text
    // says something; otherwise it stays as typed in its field and the dialog says why.
    let apply_typed = |f: Rc<ApplyText>| {
        let (draft, problem) = (draft.clone(), problem.clone());
        Callback::from(move |text: String| {
            let mut result = Ok(());
            draft.update(|d| result = f(d, text.trim()));
            match result {
                Ok(()) => {
                    problem.set(None);
                    true
                }
                Err(why) => {
                    problem.set(Some(why));
                    false
                }
            }
        })
    };
    // Removing goes through the engine, which takes out what refers to the removed item (or
    // says why it cannot go); it is part of the draft until "Save", and undoable after.
    let remove = |f: Rc<Removal>| {
        let (draft, problem, said, words) =
            (draft.clone(), problem.clone(), said.clone(), words.clone());
        Callback::from(move |_: MouseEvent| {
            // The borrow ends before the draft changes.
            let result = f(&draft.get());
            match result {
                Ok((next, removed)) => {
                    let removed = meridian_words::removed(&words, &removed);
                    draft.update(|d| *d = next);
                    problem.set(None);
                    said.set(Some(w!(
                        words,
                        "people-removed",
                        removed = removed.to_string()
                    )));
                }
                Err(e) => {
                    said.set(None);
                    problem.set(Some(w!(
                        words,
                        "people-not-removed",
                        reason = meridian_words::error(&words, &e)
                    )));
                }
            }
        })
    };
    // Adding goes through the engine too: a cohort is named after its campus, a lecturer or a
    // room starts without a name and its field takes the focus, for the name to be typed.
    let add = |item: Item, f: Rc<Addition>| {
        let (draft, problem, said, focus, words) = (
            draft.clone(),
            problem.clone(),
            said.clone(),
            focus.clone(),
            words.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let result = f(&draft.get());
            match result {
                Ok((next, index)) => {
                    draft.update(|d| *d = next);
                    problem.set(None);
                    said.set(None);
                    focus.set(Some(name_field(item, index)));
                }
                Err(e) => {
                    let why = meridian_words::error(&words, &e);
                    problem.set(Some(w!(words, "people-not-changed", reason = why)));
                }
            }
        })
    };
    // A campus's calendar changes through the engine's edits (or is refused, and said).
    let calendar_edit = {
        let (draft, problem, words) = (draft.clone(), problem.clone(), words.clone());
        Callback::from(move |(CalendarEdit(f), text): (CalendarEdit, String)| {
            let result = f(&draft.get(), text.trim());
            match result {
                Ok(next) => {
                    draft.update(|d| *d = next);
                    problem.set(None);
                    true
                }
                Err(refused) => {
                    let why = match refused {
                        Refused::Engine(e) => meridian_words::error(&words, &e),
                        Refused::Typed(why) => why,
                    };
                    // The reason may end a sentence of its own; the message adds the period.
                    let reason = why.strip_suffix('.').unwrap_or(&why).to_string();
                    problem.set(Some(w!(words, "people-not-changed", reason = reason)));
                    false
                }
            }
        })
    };
    // One way to change the draft: a function of it and the typed value.
    let change = |f: Rc<SetField>| {
        let draft = draft.clone();
        Callback::from(move |e: Event| draft.update(|d| f(d, value(&e))))
    };
    // Names change as they are typed, so nothing depends on a blur arriving before the next
    // click.
    let typed = |f: Rc<SetField>| change(f).reform(|e: InputEvent| -> Event { e.into() });
    let click = |f: Rc<dyn Fn(&mut Schedule)>| {
        let draft = draft.clone();
        Callback::from(move |_: MouseEvent| draft.update(|d| f(d)))
    };
    let save = {
        let words = crate::language::use_words();
        let (draft, problem, focus, schedule, on_edit) = (
            draft.clone(),
            problem.clone(),
            focus.clone(),
            props.schedule.clone(),
            props.on_edit.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let edit = Edit::ScheduleChanged(Box::new(draft.get().clone()));
            match apply(&schedule, &edit) {
                Ok(_) => on_edit.emit(edit),
                Err(crate::store::Said::Refused(e)) => {
                    // A cohort, lecturer or room without a name: say which, and go to its field.
                    if let Error::Invalid {
                        problem: Problem::Unnamed { item, position },
                        ..
                    } = &e
                    {
                        focus.set(Some(name_field(*item, position - 1)));
                    }
                    let why = meridian_words::error(&words, &e);
                    problem.set(Some(w!(words, "people-not-changed", reason = why)));
                }
                Err(why) => problem.set(Some(why.words(&words))),
            }
        })
    };
    let close = props.on_close.reform(|_: MouseEvent| ());
    let current = draft.get().clone();
    let d = &current;
    let campus_options = |selected: &CampusId| {
        d.campuses
            .iter()
            .map(|c| html! { <option value={c.id.to_string()} selected={c.id == *selected}>{ &c.short }</option> })
            .collect::<Html>()
    };
    // The campus a new cohort goes to: the one chosen, while it is still in the draft.
    let new_cohort_at = (*cohort_campus)
        .clone()
        .filter(|c| d.campus(c).is_some())
        .or_else(|| d.campuses.first().map(|c| c.id.clone()))
        .unwrap_or_else(|| CampusId::from("campus"));
    // Campuses to add: known ones matching the search, then any zone by city or name.
    let q = search.trim().to_lowercase();
    let known: Vec<_> = if q.len() < 2 {
        Vec::new()
    } else {
        CAMPUSES
            .iter()
            .filter(|k| !d.campuses.iter().any(|c| c.id.as_str() == k.id))
            .filter(|k| {
                // Found by the city in the reader's language too ("Mailand").
                let said = words.place(k.city);
                [k.name, k.short, k.city, k.zone, said.as_str()]
                    .iter()
                    .any(|t| t.to_lowercase().contains(&q))
            })
            .take(5)
            .collect()
    };
    let zones = if q.len() < 2 {
        Vec::new()
    } else {
        Zone::search(&q, 5)
    };
    html! {
        <DialogFrame labelled_by="people-title" class="session-form" on_close={props.on_close.clone()}>
            <form onsubmit={save}>
            <h2 id="people-title">{ w!(words, "people-title") }</h2>
            // Kept in view while the dialog scrolls: what a removal took along, or why not.
            <div class="dialog-messages">
                if let Some(m) = &*said {
                    <p class="status-line" role="status">{ m }</p>
                }
                if let Some(p) = &*problem {
                    <p class="notice" role="alert">{ p }</p>
                }
            </div>
            <fieldset>
                <legend>{ w!(words, "people-campuses", pattern = meridian_words::shape(&words, DateTimeShape::TimeRange)) }</legend>
                { for d.campuses.iter().enumerate().map(|(i, c)| html! {
                    <div class="campus-row">
                        <p class="campus-name"><strong>{ &c.short }</strong>{ format!(" {}", w!(words, "people-campus-place", city = words.place(&c.city), zone = c.zone.to_string())) }
                            {{ let id = c.id.clone(); html! {
                                <button type="button" class="link-button" aria-label={w!(words, "people-remove-campus-label", name = c.short.clone())}
                                    onclick={remove(Rc::new(move |d: &Schedule| d.without_campus(&id)))}>{ w!(words, "people-remove-campus") }</button>
                            } }}
                        </p>
                        <div class="hours-row">
                        { for Weekday::ALL.iter().map(|w| {
                            let w = *w;
                            let text = c.teaching_hours.get(&w).map(|h| h.to_string()).unwrap_or_default();
                            let (day, words) = (words.weekday(w), words.clone());
                            html! {
                                <label class="control hours"><span>{ day.clone() }</span>
                                    <TextField value={text} placeholder={w!(words, "people-hours-empty")}
                                        label={w!(words, "people-hours-label", campus = c.short.clone(), weekday = day.clone())}
                                        on_change={apply_typed(Rc::new(move |d: &mut Schedule, v: &str| {
                                            if v.is_empty() {
                                                d.campuses[i].teaching_hours.remove(&w);
                                                return Ok(());
                                            }
                                            let h = Hours::parse(v).map_err(|_| w!(
                                                words, "people-hours-refused", hours = v.to_string(), weekday = day.clone()
                                            ))?;
                                            d.campuses[i].teaching_hours.insert(w, h);
                                            Ok(())
                                        }))} />
                                </label>
                            }
                        }) }
                        </div>
                        <ul class="closures">
                        { for c.closures.iter().enumerate().map(|(j, x)| html! {
                            <li>
                                { match x.end {
                                    None => w!(words, "people-closure", name = x.name.clone(), date = x.start.to_string()),
                                    Some(e) => w!(words, "people-closure-span", name = x.name.clone(), start = x.start.to_string(), end = e.to_string()),
                                } }
                                <button type="button" class="link-button" aria-label={w!(words, "people-remove-closure-label", name = x.name.clone())}
                                    onclick={click(Rc::new(move |d: &mut Schedule| { d.campuses[i].closures.remove(j); }))}>{ w!(words, "dialog-remove") }</button>
                            </li>
                        }) }
                        </ul>
                        <label class="control inline"><span>{ w!(words, "people-add-closure") }</span>
                            <TextField value="" placeholder={w!(words, "people-add-closure-placeholder")} label={w!(words, "people-add-closure-label", campus = c.short.clone())}
                                on_change={apply_typed(Rc::new({ let words = words.clone(); move |d: &mut Schedule, v: &str| {
                                    if v.is_empty() {
                                        return Ok(());
                                    }
                                    let refused = || w!(words, "people-closure-refused", text = v.to_string());
                                    let (name, date) = v.rsplit_once(',').ok_or_else(refused)?;
                                    let date = CivilDate::parse(date.trim()).map_err(|_| refused())?;
                                    if name.trim().is_empty() {
                                        return Err(refused());
                                    }
                                    d.campuses[i].closures.push(Closure { name: name.trim().to_string(), start: date, end: None });
                                    Ok(())
                                }}))} />
                        </label>
                        <CampusCalendar campus={c.clone()} term={c.term.unwrap_or(d.term)} on_edit={calendar_edit.clone()} />
                    </div>
                }) }
                <label class="control"><span>{ w!(words, "people-add-campus") }</span>
                    <input type="search" value={(*search).clone()} oninput={{
                        let search = search.clone();
                        Callback::from(move |e: InputEvent| search.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))
                    }} /></label>
                <div class="checks">
                    { for known.iter().map(|k| {
                        let id = k.id;
                        html! {
                            <button type="button" class="button" onclick={click(Rc::new(move |d: &mut Schedule| {
                                if let Some(k) = meridian_engine::presets::known_campus(id) { d.campuses.push(k.to_campus()); }
                            }))}>{ w!(words, "people-add-known", campus = k.short, city = words.place(k.city)) }</button>
                        }
                    }) }
                    { for zones.iter().map(|m| {
                        // The city is kept as written (said in each reader's language where Meridian knows it);
                        // the names are the coordinator's, in their language.
                        let (zone, city) = (m.zone, m.city.map_or_else(|| m.zone.place(), str::to_string));
                        let said = words.place(&city);
                        let campus_name = w!(words, "people-new-campus-name", city = said.as_str());
                        let label = w!(words, "people-add-zone", city = said.as_str(), zone = m.zone.to_string());
                        html! {
                            <button type="button" class="button" onclick={click(Rc::new(move |d: &mut Schedule| {
                                let id = free_id(&city, "campus", |id| d.campuses.iter().any(|c| c.id.as_str() == id));
                                d.campuses.push(Campus {
                                    id: CampusId(id), name: campus_name.clone(), short: said.clone(), code: None,
                                    city: city.clone(), country: String::new(), region: None, zone,
                                    teaching_hours: meridian_engine::schedule::default_teaching_hours(),
                                    term: None, closures: Vec::new(), holidays_off: Vec::new(), periods: Vec::new(),
                                });
                            }))}>{ label }</button>
                        }
                    }) }
                </div>
            </fieldset>
            <fieldset>
                <legend>{ w!(words, "people-cohorts") }</legend>
                { for d.cohorts.iter().enumerate().map(|(i, k)| html! {
                    <div class="person-row">
                        <input type="text" id={name_field(Item::Cohort, i)} value={k.name.clone()} aria-label={w!(words, "people-cohort-name")}
                            oninput={typed(Rc::new(move |d: &mut Schedule, v: String| d.cohorts[i].name = v))} />
                        <select aria-label={w!(words, "people-campus-of", name = k.name.clone())}
                            onchange={change(Rc::new(move |d: &mut Schedule, v: String| d.cohorts[i].campus = CampusId(v)))}>
                            { campus_options(&k.campus) }
                        </select>
                        {{ let id = k.id.clone(); html! {
                            <button type="button" class="link-button" aria-label={w!(words, "people-remove-cohort-label", name = k.name.clone())}
                                onclick={remove(Rc::new(move |d: &Schedule| d.without_cohort(&id)))}>{ w!(words, "dialog-remove") }</button>
                        } }}
                    </div>
                }) }
                // A new cohort is named after the campus chosen here ("TU Berlin", "TU Berlin 2").
                <div class="add-row">
                    <select aria-label={w!(words, "people-new-cohort-campus")} onchange={{
                        let chosen = cohort_campus.clone();
                        Callback::from(move |e: Event| chosen.set(Some(CampusId(value(&e)))))
                    }}>
                        { campus_options(&new_cohort_at) }
                    </select>
                    <button type="button" class="button" onclick={add(Item::Cohort, Rc::new(move |d: &Schedule| d.with_cohort_added(&new_cohort_at)))}>{ w!(words, "people-add-cohort") }</button>
                </div>
            </fieldset>
            <fieldset>
                <legend>{ w!(words, "people-lecturers") }</legend>
                { for d.lecturers.iter().enumerate().map(|(i, l)| html! {
                    <div class="person-row">
                        <input type="text" id={name_field(Item::Lecturer, i)} value={l.name.clone()} aria-label={w!(words, "people-lecturer-name")}
                            placeholder={w!(words, "people-lecturer-prompt")}
                            oninput={typed(Rc::new(move |d: &mut Schedule, v: String| d.lecturers[i].name = v))} />
                        {{ let id = l.id.clone(); html! {
                            <button type="button" class="link-button" aria-label={w!(words, "people-remove-lecturer-label", name = l.name.clone())}
                                onclick={remove(Rc::new(move |d: &Schedule| d.without_lecturer(&id)))}>{ w!(words, "dialog-remove") }</button>
                        } }}
                    </div>
                }) }
                <button type="button" class="button" onclick={add(Item::Lecturer, Rc::new(|d: &Schedule| {
                    let campus = d.campuses.first().map(|c| c.id.clone());
                    d.with_lecturer_added(campus.as_ref())
                }))}>{ w!(words, "people-add-lecturer") }</button>
            </fieldset>
            <fieldset>
                <legend>{ w!(words, "people-rooms") }</legend>
                { for d.rooms.iter().enumerate().map(|(i, r)| html! {
                    <div class="person-row">
                        <input type="text" id={name_field(Item::Room, i)} value={r.name.clone()} aria-label={w!(words, "people-room-name")}
                            placeholder={w!(words, "people-room-prompt")}
                            oninput={typed(Rc::new(move |d: &mut Schedule, v: String| d.rooms[i].name = v))} />
                        <select aria-label={w!(words, "people-campus-of", name = r.name.clone())}
                            onchange={change(Rc::new(move |d: &mut Schedule, v: String| d.rooms[i].campus = CampusId(v)))}>
                            { campus_options(&r.campus) }
                        </select>
                        {{ let id = r.id.clone(); html! {
                            <button type="button" class="link-button" aria-label={w!(words, "people-remove-room-label", name = r.name.clone())}
                                onclick={remove(Rc::new(move |d: &Schedule| d.without_room(&id)))}>{ w!(words, "dialog-remove") }</button>
                        } }}
                    </div>
                }) }
                <button type="button" class="button" onclick={add(Item::Room, Rc::new(|d: &Schedule| {
                    let campus = d.campuses.first().map(|c| c.id.clone()).unwrap_or_else(|| CampusId::from("campus"));
                    d.with_room_added(&campus)
                }))}>{ w!(words, "people-add-room") }</button>
            </fieldset>

            <div class="dialog-actions">
                <button type="button" class="button" onclick={close}>{ w!(words, "dialog-cancel") }</button>
                <button type="submit" class="button primary">{ w!(words, "dialog-save") }</button>
            </div>
            </form>
        </DialogFrame>
    }
}
