//! The header: schedule name and alliance, which demo is open, the grid's reference zone and
//! the viewer's own zone.

use super::language_menu::LanguageMenu;
use crate::language::{use_words, w};
use crate::library::{Entry, Request};
use crate::store::{Action, Dialog, Mode, Origin};
use crate::widgets::select_face::SelectFace;
use crate::widgets::text_field::TextField;
use meridian_engine::schedule::Schedule;
use meridian_engine::{demo, Zone};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Header`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The open schedule.
    pub schedule: Rc<Schedule>,
    /// Where it came from.
    pub origin: Origin,
    /// The schedules kept in this browser.
    pub library: Vec<Entry>,
    /// Planner or timetable.
    pub mode: Mode,
    /// The zone the grid is drawn in.
    pub reference: Zone,
    /// The viewer's own zone.
    pub viewer: Zone,
    /// Whether there is a change to undo.
    pub can_undo: bool,
    /// Whether there is an undone change to make again.
    pub can_redo: bool,
    /// Reports what the user chose (a dialog, a zone, a screen, undo…).
    pub on_action: Callback<Action>,
    /// Asks storage for a stored schedule (chosen by id).
    pub on_store: Callback<Request>,
    /// The user picked a schedule file (JSON) to open.
    pub on_open_file: Callback<web_sys::File>,
}

/// Each demo (by file stem) and its label's message.
const DEMO_LABELS: &[(&str, &str)] = &[
    ("enhance-autumn-2026", "shell-demo-enhance-autumn-2026"),
    ("gma-spring-2027", "shell-demo-gma-spring-2027"),
];

/// The page header.
#[function_component(Header)]
pub fn header(props: &Props) -> Html {
    let words = use_words();
    let on_schedule = {
        let cb = props.on_action.clone();
        let store = props.on_store.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Some(id) = v.strip_prefix("saved:") {
                store.emit(Request::Open(id.to_string()));
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
    let open = |dialog: Dialog| {
        let cb = props.on_action.clone();
        Callback::from(move |_: MouseEvent| cb.emit(Action::DialogOpened(dialog)))
    };
    // The File menu closes once one of its items is chosen.
    let menu = use_node_ref();
    let close_menu = {
        let menu = menu.clone();
        move || super::menu::close(&menu)
    };
    super::menu::use_close_on_press_outside(menu.clone());
    // A File menu item: the menu closes, then the item's dialog opens.
    let menu_item = |dialog: Dialog| {
        let (cb, close) = (props.on_action.clone(), close_menu.clone());
        Callback::from(move |_: MouseEvent| {
            close();
            cb.emit(Action::DialogOpened(dialog))
        })
    };
    let export = {
        let (schedule, close) = (props.schedule.clone(), close_menu.clone());
        Callback::from(move |_: MouseEvent| {
            close();
            let name = meridian_engine::ics::file_name(&schedule, &Default::default());
            let name = format!("{}.json", name.trim_end_matches(".ics"));
            if crate::browser::download(&name, "application/json", &schedule.to_json()) {
                crate::library::mark_backed_up(&schedule);
            }
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
                    cb.emit(Action::ZoneRejected(text));
                    false
                }
            }
        })
    };
    // Reference zone options: each distinct campus zone (named by its campuses), yours, UTC.
    let mut zones: Vec<(Zone, String)> = Vec::new();
    let (s, viewer, reference) = (&props.schedule, props.viewer, props.reference);
    for c in &s.campuses {
        match zones.iter_mut().find(|(z, _)| *z == c.zone) {
            Some((_, label)) => label.push_str(&format!(", {}", c.short)),
            None => zones.push((c.zone, c.short.clone())),
        }
    }
    let mut options: Vec<(Zone, String)> = zones
        .into_iter()
        .map(|(z, names)| (z, format!("{names} ({})", words.place(&z.place()))))
        .collect();
    if !options.iter().any(|(z, _)| *z == viewer) {
        options.push((
            viewer,
            w!(
                words,
                "shell-your-time",
                place = words.place(&viewer.place())
            ),
        ));
    }
    if !options.iter().any(|(z, _)| *z == Zone::UTC) {
        options.push((Zone::UTC, "UTC".into()));
    }
    if !options.iter().any(|(z, _)| *z == reference) {
        options.push((reference, reference.name().to_string()));
    }
    // The chosen texts, shown whole in each select's face (a phone's row, a longer language:
    // "ENHANCE · Herbst 2" was all a German phone showed of the schedule).
    let shared = matches!(props.origin, Origin::Shared(_));
    let schedule_chosen = if shared {
        w!(words, "shell-shared-option", name = s.name.as_str())
    } else {
        let saved = props
            .library
            .iter()
            .find(|e| props.origin == Origin::Saved && s.id == e.id)
            .map(|e| e.name.clone());
        let demo = DEMO_LABELS
            .iter()
            .find(|(n, _)| props.origin == Origin::Demo(n))
            .or(DEMO_LABELS.first())
            .map(|(_, label)| w!(words, label));
        saved.or(demo).unwrap_or_default()
    };
    let zone_chosen = options
        .iter()
        .find(|(z, _)| *z == reference)
        .map(|(_, label)| label.clone())
        .unwrap_or_default();
    html! {
        <header class="header">
            <div class="brand">
                <span class="logo" aria-hidden="true">{ "◐" }</span>
                <span class="brand-name">{ w!(words, "shell-brand") }</span>
            </div>
            <div class="title">
                <h1>{ &s.name }</h1>
                if let Some(a) = &s.alliance {
                    <span class="alliance">{ a }</span>
                }
                <span class="campus-count">{ w!(words, "shell-campus-count", count = s.campuses.len()) }</span>
            </div>
            <LanguageMenu />
            <div class="mode-switch" role="group" aria-label={w!(words, "shell-view")}>
                <button type="button" class="button" aria-pressed={(props.mode == Mode::Planner).to_string()}
                    onclick={mode(Mode::Planner)}>{ w!(words, "shell-planner") }</button>
                <button type="button" class="button" aria-pressed={(props.mode == Mode::Timetable).to_string()}
                    onclick={mode(Mode::Timetable)}>{ w!(words, "shell-my-timetable") }</button>
            </div>
            <div class="controls">
                <label class="control">
                    <span>{ w!(words, "shell-schedule") }</span>
                    <SelectFace chosen={schedule_chosen}>
                    <select onchange={on_schedule}>
                        if shared {
                            <option value="shared" selected=true>{ w!(words, "shell-shared-option", name = s.name.as_str()) }</option>
                        }
                        <optgroup label={w!(words, "shell-demos")}>
                        { for DEMO_LABELS.iter().map(|(n, label)| html! {
                            <option value={format!("demo:{n}")} selected={props.origin == Origin::Demo(n)}>{ w!(words, label) }</option>
                        }) }
                        </optgroup>
                        if !props.library.is_empty() {
                            <optgroup label={w!(words, "shell-my-schedules")}>
                            { for props.library.iter().map(|e| html! {
                                <option value={format!("saved:{}", e.id)}
                                    selected={props.origin == Origin::Saved && s.id == e.id}>{ &e.name }</option>
                            }) }
                            </optgroup>
                        }
                    </select>
                    </SelectFace>
                </label>
                if props.mode == Mode::Planner {
                <label class="control">
                    <span>{ w!(words, "shell-grid-in") }</span>
                    <SelectFace chosen={zone_chosen}>
                    <select onchange={on_reference}>
                        { for options.iter().map(|(z, label)| html! {
                            <option value={z.name()} selected={*z == reference}>{ label }</option>
                        }) }
                    </select>
                    </SelectFace>
                </label>
                }
                <label class="control">
                    <span>{ w!(words, "shell-your-zone") }</span>
                    <TextField value={viewer.name()} list="all-zones" plain=true on_change={on_viewer} />
                </label>
                <ZoneList />
                if props.mode == Mode::Planner {
                    <div class="undo-redo" role="group" aria-label={w!(words, "shell-history")}>
                        <button type="button" class="button share-button" disabled={!props.can_undo}
                            onclick={undo} title={w!(words, "shell-undo-title")}>{ w!(words, "shell-undo") }</button>
                        <button type="button" class="button share-button" disabled={!props.can_redo}
                            onclick={redo} title={w!(words, "shell-redo-title")}>{ w!(words, "shell-redo") }</button>
                    </div>
                    <button type="button" class="button share-button" onclick={new_session}>{ w!(words, "shell-new-session") }</button>
                    <button type="button" class="button share-button" onclick={open(Dialog::People)}>{ w!(words, "shell-people") }</button>
                    <details class="menu share-button" ref={menu.clone()} ontoggle={super::menu::keep_in_window()}
                        onkeydown={super::menu::close_on_escape(menu.clone())} onfocusout={super::menu::close_on_leaving(menu.clone())}>
                        <summary class="button">{ w!(words, "shell-file") }</summary>
                        <div class="menu-items">
                            <button type="button" class="button" onclick={menu_item(Dialog::NewSchedule)}>{ w!(words, "shell-new-schedule") }</button>
                            <button type="button" class="button" onclick={menu_item(Dialog::MySchedules)}>{ w!(words, "shell-open-my-schedules") }</button>
                            <button type="button" class="button" onclick={menu_item(Dialog::BusyImport)}>{ w!(words, "shell-import-busy") }</button>
                            <button type="button" class="button" onclick={export}>{ w!(words, "shell-export-file") }</button>
                            <button type="button" class="button" onclick={menu_item(Dialog::CompareWith)}>{ w!(words, "shell-compare-with") }</button>
                            <label class="button file-button">
                                { w!(words, "shell-open-file") }
                                <input type="file" accept=".json,application/json" class="visually-hidden" onchange={on_file} />
                            </label>
                        </div>
                    </details>
                }
                <button type="button" class="button primary share-button" onclick={open(Dialog::Share)}>{ w!(words, "shell-share") }</button>
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
