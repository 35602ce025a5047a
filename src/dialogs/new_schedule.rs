//! A new schedule from an alliance preset: pick the alliance, tick its campuses, name the term
//! and give its dates. It is stored at once, so every change after is kept.

use crate::language::{use_words, w};
use crate::library::Entry;
use crate::widgets::dialog::DialogFrame;
use meridian_engine::presets::{alliance, new_schedule, ALLIANCES};
use meridian_engine::schedule::{Schedule, Term};
use meridian_engine::CivilDate;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`NewSchedule`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The schedules already stored (for a free identity).
    pub library: Vec<Entry>,
    /// Today, for default term dates.
    pub today: Option<CivilDate>,
    /// The new schedule.
    pub on_created: Callback<Rc<Schedule>>,
    /// The dialog asks to close.
    pub on_close: Callback<()>,
}

/// The dialog.
#[function_component(NewSchedule)]
pub fn new_schedule_dialog(props: &Props) -> Html {
    let words = use_words();
    let preset = use_state(|| ALLIANCES[0].id.to_string());
    let chosen = crate::widgets::latest::use_latest(|| {
        ALLIANCES[0]
            .members
            .iter()
            .map(|m| m.to_string())
            .collect::<Vec<_>>()
    });
    let name = use_state(String::new);
    let start = use_state(|| {
        props
            .today
            .and_then(|d| d.add_days(7))
            .map(|d| d.monday().to_string())
            .unwrap_or_default()
    });
    let end = use_state(|| {
        props
            .today
            .and_then(|d| d.add_days(7 + 7 * 15 - 3))
            .map(|d| d.to_string())
            .unwrap_or_default()
    });
    let problem = use_state(|| None::<String>);
    let text = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            state.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    let on_preset = {
        let (preset, chosen) = (preset.clone(), chosen.clone());
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            let members = alliance(&v).map_or(Vec::new(), |a| {
                a.members.iter().map(|m| m.to_string()).collect()
            });
            chosen.update(|c| *c = members);
            preset.set(v);
        })
    };
    let toggle = |id: &'static str| {
        let chosen = chosen.clone();
        Callback::from(move |_: Event| {
            chosen.update(|c| match c.iter().position(|x| x == id) {
                Some(i) => {
                    c.remove(i);
                }
                None => c.push(id.to_string()),
            });
        })
    };
    let create = {
        let (preset, chosen, name, start, end, problem, library, done, words) = (
            preset.clone(),
            chosen.clone(),
            name.clone(),
            start.clone(),
            end.clone(),
            problem.clone(),
            props.library.clone(),
            props.on_created.clone(),
            words.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let a = alliance(&preset);
            let (Ok(s), Ok(e)) = (CivilDate::parse(&start), CivilDate::parse(&end)) else {
                problem.set(Some(w!(words, "new-dates-missing")));
                return;
            };
            let title = if name.trim().is_empty() {
                match a {
                    Some(a) => w!(words, "new-default-name", alliance = a.name),
                    None => w!(words, "new-default-name-plain"),
                }
            } else {
                name.trim().to_string()
            };
            // Members in the alliance's order.
            let ids: Vec<&str> = a
                .map_or(Vec::new(), |a| a.members.to_vec())
                .into_iter()
                .filter(|m| chosen.get().iter().any(|c| c == m))
                .collect();
            let id = meridian_engine::schedule::free_id(&title, "term", |id| {
                library.iter().any(|x| x.id == id)
            });
            match new_schedule(
                &id,
                &title,
                a.map(|a| a.name),
                &ids,
                Term { start: s, end: e },
            ) {
                Ok(schedule) => done.emit(Rc::new(schedule)),
                Err(e) => problem.set(Some(w!(
                    words,
                    "new-cannot-make",
                    reason = meridian_words::error(&words, &e)
                ))),
            }
        })
    };
    let close = {
        let cb = props.on_close.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let members: Vec<&'static str> = alliance(&preset).map_or(Vec::new(), |a| a.members.to_vec());
    html! {
        <DialogFrame labelled_by="new-title" on_close={props.on_close.clone()}>
            <form onsubmit={create}>
            <h2 id="new-title">{ w!(words, "new-title") }</h2>
            <p class="dialog-lead">{ w!(words, "new-lead") }</p>
            <label class="control"><span>{ w!(words, "new-alliance") }</span>
                <select onchange={on_preset}>
                    { for ALLIANCES.iter().map(|a| html! {
                        <option value={a.id} selected={*preset == a.id}>{ a.name }</option>
                    }) }
                </select></label>
            <fieldset>
                <legend>{ w!(words, "new-campuses") }</legend>
                <div class="checks">
                { for members.into_iter().map(|m| {
                    let label = meridian_engine::presets::known_campus(m).map_or(m.to_string(), |k| w!(words, "new-campus", campus = k.short, city = words.place(k.city)));
                    html! {
                        <label class="check"><input type="checkbox" checked={chosen.get().iter().any(|c| c == m)} onchange={toggle(m)} />{ format!(" {label}") }</label>
                    }
                }) }
                </div>
            </fieldset>
            <label class="control"><span>{ w!(words, "new-name") }</span>
                <input type="text" value={(*name).clone()} oninput={text(&name)} placeholder={w!(words, "new-name-placeholder")} /></label>
            <div class="form-grid">
                <label class="control"><span>{ w!(words, "new-term-starts") }</span>
                    <input type="date" value={(*start).clone()} oninput={text(&start)} /></label>
                <label class="control"><span>{ w!(words, "new-term-ends") }</span>
                    <input type="date" value={(*end).clone()} oninput={text(&end)} /></label>
            </div>
            if let Some(p) = &*problem {
                <p class="notice" role="alert">{ p }</p>
            }
            <div class="dialog-actions">
                <button type="button" class="button" onclick={close}>{ w!(words, "dialog-cancel") }</button>
                <button type="submit" class="button primary">{ w!(words, "new-create") }</button>
            </div>
            </form>
        </DialogFrame>
    }
}
