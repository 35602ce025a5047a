//! The header: schedule name and alliance, which demo is open, the grid's reference zone and
//! the viewer's own zone.

use super::text_field::TextField;
use crate::store::{Action, Mode, Origin, State};
use meridian_engine::{demo, Zone};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Header`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The current state.
    pub state: Rc<State>,
    /// Reports what the user chose.
    pub on_action: Callback<Action>,
    /// A stored schedule was chosen (by id); the app loads it.
    pub on_open_saved: Callback<String>,
    /// The user asked to share the schedule.
    pub on_share: Callback<()>,
    /// The user asked to import busy time from a calendar file.
    pub on_import: Callback<()>,
    /// The user picked a schedule file (JSON) to open.
    pub on_open_file: Callback<web_sys::File>,
    /// The user asked for a new schedule.
    pub on_new: Callback<()>,
    /// The user asked to edit campuses, cohorts, lecturers and rooms.
    pub on_people: Callback<()>,
    /// The user asked for the list of stored schedules.
    pub on_mine: Callback<()>,
}

const DEMO_LABELS: &[(&str, &str)] = &[
    ("enhance-autumn-2026", "ENHANCE · autumn 2026"),
    ("gma-spring-2027", "Global MOOC Alliance · spring 2027"),
];

/// The page header.
#[function_component(Header)]
pub fn header(props: &Props) -> Html {
    let s = &props.state;
    let on_schedule = {
        let cb = props.on_action.clone();
        let open_saved = props.on_open_saved.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Some(id) = v.strip_prefix("saved:") {
                open_saved.emit(id.to_string());
            } else if let Some((name, _)) = demo::ALL
                .iter()
                .find(|(n, _)| Some(*n) == v.strip_prefix("demo:"))
            {
                cb.emit(Action::DemoOpened(name));
            }
        })
    };
    let mode = |m: Mode| {
        let cb = props.on_action.clone();
        Callback::from(move |_: MouseEvent| cb.emit(Action::ModeChosen(m)))
    };
    let on_share = {
        let cb = props.on_share.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    // The File menu closes once one of its items is chosen.
    let menu = use_node_ref();
    let close_menu = {
        let menu = menu.clone();
        move || {
            if let Some(m) = menu.cast::<web_sys::Element>() {
                let _ = m.remove_attribute("open");
            }
        }
    };
    let export = {
        let (schedule, close) = (s.schedule.clone(), close_menu.clone());
        Callback::from(move |_: MouseEvent| {
            close();
            let name = meridian_engine::ics::file_name(&schedule, &Default::default());
            let name = format!("{}.json", name.trim_end_matches(".ics"));
            crate::browser::download(&name, "application/json", &schedule.to_json());
        })
    };
    let on_file = {
        let (cb, close) = (props.on_open_file.clone(), close_menu.clone());
        Callback::from(move |e: Event| {
            close();
            let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            if let Some(f) = input.files().and_then(|f| f.get(0)) {
                cb.emit(f);
            }
            input.set_value("");
        })
    };
    let on_new = {
        let (cb, close) = (props.on_new.clone(), close_menu.clone());
        Callback::from(move |_: MouseEvent| {
            close();
            cb.emit(())
        })
    };
    let new_session = {
        let cb = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            cb.emit(Action::SessionFormOpened(crate::store::FormTarget::New(
                None,
            )))
        })
    };
    let undo = {
        let cb = props.on_action.clone();
        Callback::from(move |_: MouseEvent| cb.emit(Action::Undone))
    };
    let redo = {
        let cb = props.on_action.clone();
        Callback::from(move |_: MouseEvent| cb.emit(Action::Redone))
    };
    let on_import = {
        let (cb, close) = (props.on_import.clone(), close_menu.clone());
        Callback::from(move |_: MouseEvent| {
            close();
            cb.emit(())
        })
    };
    let on_reference = {
        let cb = props.on_action.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Ok(z) = Zone::parse(&v) {
                cb.emit(Action::ReferenceZoneChosen(z));
            }
        })
    };
    // The zone as typed: a city or an IANA name, applied on Enter or when the field is left;
    // a name that matches nothing stays in the field, to be corrected.
    let on_viewer = {
        let cb = props.on_action.clone();
        Callback::from(move |text: String| {
            let found = Zone::parse(&text)
                .ok()
                .or_else(|| Zone::search(&text, 1).first().map(|m| m.zone));
            match found {
                Some(z) => {
                    cb.emit(Action::ViewerZoneChosen(z));
                    true
                }
                None => {
                    cb.emit(Action::ZoneRejected(format!(
                        "No time zone matches \"{text}\". Type a city (e.g. Trondheim) or an IANA name (e.g. Europe/Oslo)."
                    )));
                    false
                }
            }
        })
    };
    // Reference zone options: each distinct campus zone (named by its campuses), yours, UTC.
    let mut zones: Vec<(Zone, String)> = Vec::new();
    for c in &s.schedule.campuses {
        match zones.iter_mut().find(|(z, _)| *z == c.zone) {
            Some((_, label)) => label.push_str(&format!(", {}", c.short)),
            None => zones.push((c.zone, c.short.clone())),
        }
    }
    let mut options: Vec<(Zone, String)> = zones
        .into_iter()
        .map(|(z, names)| (z, format!("{names} ({})", z.place())))
        .collect();
    if !options.iter().any(|(z, _)| *z == s.viewer) {
        options.push((s.viewer, format!("Your time ({})", s.viewer.place())));
    }
    if !options.iter().any(|(z, _)| *z == Zone::UTC) {
        options.push((Zone::UTC, "UTC".into()));
    }
    if !options.iter().any(|(z, _)| *z == s.reference) {
        options.push((s.reference, s.reference.name().to_string()));
    }
    html! {
        <header class="header">
            <div class="brand">
                <span class="logo" aria-hidden="true">{ "◐" }</span>
                <span class="brand-name">{ "Meridian" }</span>
            </div>
            <div class="title">
                <h1>{ &s.schedule.name }</h1>
                if let Some(a) = &s.schedule.alliance {
                    <span class="alliance">{ a }</span>
                }
                <span class="campus-count">{ format!("{} campuses", s.schedule.campuses.len()) }</span>
            </div>
            <div class="mode-switch" role="group" aria-label="View">
                <button type="button" class="button" aria-pressed={(s.mode == Mode::Planner).to_string()}
                    onclick={mode(Mode::Planner)}>{ "Planner" }</button>
                <button type="button" class="button" aria-pressed={(s.mode == Mode::Timetable).to_string()}
                    onclick={mode(Mode::Timetable)}>{ "My timetable" }</button>
            </div>
            <div class="controls">
                <label class="control">
                    <span>{ "Schedule" }</span>
                    <select onchange={on_schedule}>
                        if let Origin::Shared(_) = s.origin {
                            <option value="shared" selected=true>{ format!("{} (shared link)", s.schedule.name) }</option>
                        }
                        <optgroup label="Demos">
                        { for DEMO_LABELS.iter().map(|(n, label)| html! {
                            <option value={format!("demo:{n}")} selected={s.origin == Origin::Demo(n)}>{ *label }</option>
                        }) }
                        </optgroup>
                        if !s.library.is_empty() {
                            <optgroup label="My schedules">
                            { for s.library.iter().map(|e| html! {
                                <option value={format!("saved:{}", e.id)}
                                    selected={s.origin == Origin::Saved && s.schedule.id == e.id}>{ &e.name }</option>
                            }) }
                            </optgroup>
                        }
                    </select>
                </label>
                if s.mode == Mode::Planner {
                <label class="control">
                    <span>{ "Grid in" }</span>
                    <select onchange={on_reference}>
                        { for options.iter().map(|(z, label)| html! {
                            <option value={z.name()} selected={*z == s.reference}>{ label }</option>
                        }) }
                    </select>
                </label>
                }
                <label class="control">
                    <span>{ "Your time zone" }</span>
                    <TextField value={s.viewer.name()} list="all-zones" plain=true on_change={on_viewer} />
                </label>
                <ZoneList />
                if s.mode == Mode::Planner {
                    <div class="undo-redo" role="group" aria-label="History">
                        <button type="button" class="button share-button" disabled={s.past.is_empty()}
                            onclick={undo} title="Undo (Ctrl+Z)">{ "Undo" }</button>
                        <button type="button" class="button share-button" disabled={s.future.is_empty()}
                            onclick={redo} title="Redo (Ctrl+Shift+Z)">{ "Redo" }</button>
                    </div>
                    <button type="button" class="button share-button" onclick={new_session}>{ "New session" }</button>
                    <button type="button" class="button share-button" onclick={props.on_people.reform(|_: MouseEvent| ())}>{ "Campuses & people" }</button>
                    <details class="menu share-button" ref={menu}>
                        <summary class="button">{ "File" }</summary>
                        <div class="menu-items">
                            <button type="button" class="button" onclick={on_new}>{ "New schedule…" }</button>
                            <button type="button" class="button" onclick={{
                                let (cb, close) = (props.on_mine.clone(), close_menu.clone());
                                Callback::from(move |_: MouseEvent| { close(); cb.emit(()) })
                            }}>{ "My schedules…" }</button>
                            <button type="button" class="button" onclick={on_import}>{ "Import busy time" }</button>
                            <button type="button" class="button" onclick={export}>{ "Export file" }</button>
                            <label class="button file-button">
                                { "Open file" }
                                <input type="file" accept=".json,application/json" class="visually-hidden" onchange={on_file} />
                            </label>
                        </div>
                    </details>
                }
                <button type="button" class="button primary share-button" onclick={on_share}>{ "Share" }</button>
            </div>
        </header>
    }
}

/// Every IANA zone as suggestions for the zone input. It has no props, so it renders once.
#[function_component(ZoneList)]
fn zone_list() -> Html {
    html! {
        <datalist id="all-zones">
            { for Zone::all().map(|z| html! { <option value={z.name()} /> }) }
        </datalist>
    }
}
