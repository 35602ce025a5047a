//! Importing a partner's calendar (.ics) as busy time of a campus, cohort, lecturer or room. A
//! file that cannot be read leaves the schedule untouched and says why, with the line.

use crate::browser;
use crate::language::{use_words, w};
use crate::widgets::dialog::DialogFrame;
use meridian_engine::ics::MAX_IMPORT_BYTES;
use meridian_engine::schedule::{BusyCalendar, CampusId, CohortId, LecturerId, RoomId, Schedule};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`BusyImport`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The open schedule.
    pub schedule: Rc<Schedule>,
    /// The calendar read from the file (its blocks read over the term), to attach.
    pub on_imported: Callback<BusyCalendar>,
    /// The dialog asks to close.
    pub on_close: Callback<()>,
}

/// The import dialog.
#[function_component(BusyImport)]
pub fn busy_import(props: &Props) -> Html {
    let words = use_words();
    let s = &props.schedule;
    let target = use_state(|| {
        s.cohorts
            .first()
            .map_or(String::new(), |c| format!("cohort:{}", c.id))
    });
    let name = use_state(String::new);
    let problem = use_state(|| None::<String>);
    let file_input = use_node_ref();
    let on_target = {
        let target = target.clone();
        Callback::from(move |e: Event| {
            target.set(
                e.target_unchecked_into::<web_sys::HtmlSelectElement>()
                    .value(),
            )
        })
    };
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            name.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    let import = {
        let (schedule, target, name, problem, file_input, done, words) = (
            s.clone(),
            target.clone(),
            name.clone(),
            problem.clone(),
            file_input.clone(),
            props.on_imported.clone(),
            words.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(file) = file_input
                .cast::<web_sys::HtmlInputElement>()
                .and_then(|i| i.files())
                .and_then(|f| f.get(0))
            else {
                problem.set(Some(w!(words, "import-choose-file")));
                return;
            };
            if file.size() > MAX_IMPORT_BYTES as f64 {
                problem.set(Some(w!(
                    words,
                    "import-too-large",
                    file = file.name(),
                    size = words.dates().decimal(file.size() / 1_048_576.0, 1),
                    limit = MAX_IMPORT_BYTES / 1_048_576
                )));
                return;
            }
            let (kind, id) = target.split_once(':').unwrap_or(("", ""));
            let stem = file.name();
            let stem = stem.strip_suffix(".ics").unwrap_or(&stem).to_string();
            let calendar = BusyCalendar {
                id: String::new(),
                name: if name.trim().is_empty() {
                    stem
                } else {
                    name.trim().to_string()
                },
                campus: (kind == "campus").then(|| CampusId::from(id)),
                cohort: (kind == "cohort").then(|| CohortId::from(id)),
                lecturer: (kind == "lecturer").then(|| LecturerId::from(id)),
                room: (kind == "room").then(|| RoomId::from(id)),
                blocks: Vec::new(),
            };
            let (schedule, problem, done, words) = (
                schedule.clone(),
                problem.clone(),
                done.clone(),
                words.clone(),
            );
            browser::read_file(file, move |text| match text {
                None => problem.set(Some(w!(words, "import-unreadable"))),
                Some(text) => match meridian_engine::ics::attach(&schedule, &text, calendar) {
                    Ok((mut next, _)) => {
                        if let Some(read) = next.busy.pop() {
                            done.emit(read);
                        }
                    }
                    Err(e) => problem.set(Some(w!(
                        words,
                        "import-nothing-imported",
                        reason = meridian_words::error(&words, &e)
                    ))),
                },
            });
        })
    };
    let close = {
        let cb = props.on_close.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let options = |label: String, kind: &'static str, items: Vec<(String, String)>| {
        html! {
            <optgroup label={label}>
                { for items.into_iter().map(|(id, text)| {
                    let v = format!("{kind}:{id}");
                    html! { <option value={v.clone()} selected={*target == v}>{ text }</option> }
                }) }
            </optgroup>
        }
    };
    html! {
        <DialogFrame labelled_by="busy-title" on_close={props.on_close.clone()}>
            <form onsubmit={import}>
            <h2 id="busy-title">{ w!(words, "import-title") }</h2>
            <p class="dialog-lead">
                { w!(words, "import-lead") }
            </p>
            <label class="control">
                <span>{ w!(words, "import-file") }</span>
                <input type="file" accept=".ics,text/calendar" ref={file_input} />
            </label>
            <label class="control">
                <span>{ w!(words, "import-busy-of") }</span>
                <select onchange={on_target}>
                    { options(w!(words, "import-group-cohorts"), "cohort", s.cohorts.iter().map(|c| (c.id.to_string(), c.name.clone())).collect()) }
                    { options(w!(words, "import-group-lecturers"), "lecturer", s.lecturers.iter().map(|c| (c.id.to_string(), c.name.clone())).collect()) }
                    { options(w!(words, "import-group-rooms"), "room", s.rooms.iter().map(|c| (c.id.to_string(), c.name.clone())).collect()) }
                    { options(w!(words, "import-group-campuses"), "campus", s.campuses.iter().map(|c| (c.id.to_string(), c.short.clone())).collect()) }
                </select>
            </label>
            <label class="control">
                <span>{ w!(words, "import-name") }</span>
                <input type="text" value={(*name).clone()} oninput={on_name} placeholder={w!(words, "import-name-placeholder")} />
            </label>
            if let Some(p) = &*problem {
                <p class="notice" role="alert">{ p }</p>
            }
            <div class="dialog-actions">
                <button type="button" class="button" onclick={close}>{ w!(words, "dialog-cancel") }</button>
                <button type="submit" class="button primary">{ w!(words, "import-submit") }</button>
            </div>
            </form>
        </DialogFrame>
    }
}
