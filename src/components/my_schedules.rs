//! "My schedules": the schedules kept in this browser — open, rename, duplicate, delete (with a
//! confirmation, and an undo after).

use super::dialog::Dialog;
use super::text_field::TextField;
use crate::browser;
use crate::library::{self, Entry};
use crate::store::Action;
use yew::prelude::*;

/// Props of [`MySchedules`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The stored schedules.
    pub library: Vec<Entry>,
    /// The id of the open schedule, when it is a stored one.
    pub open: Option<String>,
    /// The open schedule as it is now (storage may be a moment behind: autosave waits).
    pub current: std::rc::Rc<meridian_engine::Schedule>,
    /// Opens a stored schedule by id.
    pub on_open: Callback<String>,
    /// Reports what changed.
    pub on_action: Callback<Action>,
    /// The dialog asks to close.
    pub on_close: Callback<()>,
}

/// The dialog.
#[function_component(MySchedules)]
pub fn my_schedules(props: &Props) -> Html {
    let confirming = use_state(|| None::<String>);
    let deleted = use_state(|| None::<(String, String)>);
    // Documents set aside as damaged (read from storage; `tick` redraws after a discard).
    let tick = use_state(|| 0u32);
    // Names typed in this dialog, by schedule id: "Duplicate" clicked straight after typing
    // copies the open schedule with the name as typed (the change may not have applied yet).
    let renamed = super::latest::use_latest(std::collections::HashMap::<String, String>::new);
    let damaged = library::damaged(&browser::keys);
    let report = |r: Result<Vec<Entry>, library::LibraryError>, cb: &Callback<Action>| match r {
        Ok(list) => cb.emit(Action::LibraryRead(list)),
        Err(e) => cb.emit(Action::ProblemReported(format!("That did not work: {e}."))),
    };
    html! {
        <Dialog labelled_by="mine-title" on_close={props.on_close.clone()}>
            <h2 id="mine-title">{ "My schedules" }</h2>
            <p class="dialog-lead">{ "Kept in this browser only. Export a file or share a link to keep a copy elsewhere." }</p>
            if props.library.is_empty() {
                <p class="hint">{ "None yet: change a demo, open a shared link and save it, or make a new schedule." }</p>
            }
            <ul class="mine">
            { for props.library.iter().map(|e| {
                let id = e.id.clone();
                let rename = {
                    let (id, cb, is_open) = (id.clone(), props.on_action.clone(), props.open.as_deref() == Some(e.id.as_str()));
                    Callback::from(move |name: String| {
                        if name.trim().is_empty() {
                            return false;
                        }

                        if is_open {
                            // The open schedule is renamed through the store, so that autosave
                            // keeps the new name (and undo can take it back).
                            cb.emit(Action::Edited(crate::store::Edit::ScheduleRenamed(name)));
                        } else {
                            report(library::rename(&browser::read, &browser::write, &id, &name), &cb);
                        }
                        true
                    })
                };
                let duplicate = {
                    let (id, cb, list, renamed) = (id.clone(), props.on_action.clone(), props.library.clone(), renamed.clone());
                    let current = (props.open.as_deref() == Some(e.id.as_str())).then(|| props.current.clone());
                    Callback::from(move |_: MouseEvent| match &current {
                        Some(s) => {
                            // A rename typed just before this click may not have reached the
                            // open schedule yet: the copy takes the name as typed.
                            let mut s = (**s).clone();
                            if let Some(name) = renamed.get().get(&id).filter(|n| !n.trim().is_empty()) {
                                s.name = name.trim().to_string();
                            }
                            report(library::save(&browser::read, &browser::write, &library::copy_beside(&s, &list)), &cb)
                        }
                        None => report(library::duplicate(&browser::read, &browser::write, &id), &cb),
                    })
                };
                let open = {
                    let (id, cb, close) = (id.clone(), props.on_open.clone(), props.on_close.clone());
                    Callback::from(move |_: MouseEvent| {
                        cb.emit(id.clone());
                        close.emit(());
                    })
                };
                let ask = {
                    let (id, confirming) = (id.clone(), confirming.clone());
                    Callback::from(move |_: MouseEvent| confirming.set(Some(id.clone())))
                };
                let delete = {
                    let (id, name, cb, confirming, deleted, was_open) = (
                        id.clone(), e.name.clone(), props.on_action.clone(), confirming.clone(), deleted.clone(),
                        props.open.as_deref() == Some(e.id.as_str()),
                    );
                    Callback::from(move |_: MouseEvent| {
                        confirming.set(None);
                        match library::remove(&browser::read, &browser::write, &id, &browser::erase) {
                            Ok((list, kept)) => {
                                deleted.set(kept.map(|k| (name.clone(), k)));
                                cb.emit(Action::LibraryRead(list));
                                if was_open {
                                    cb.emit(Action::DemoOpened(meridian_engine::demo::ALL[0].0));
                                }
                            }
                            Err(e) => cb.emit(Action::ProblemReported(format!("Not deleted: {e}."))),
                        }
                    })
                };
                let cancel = {
                    let confirming = confirming.clone();
                    Callback::from(move |_: MouseEvent| confirming.set(None))
                };
                html! {
                    <li class="mine-row">
                        <TextField value={e.name.clone()} label={format!("Name of {}", e.name)} on_change={rename}
                            on_input={{
                                let (renamed, id) = (renamed.clone(), e.id.clone());
                                Callback::from(move |name: String| renamed.update(|r| { r.insert(id.clone(), name); }))
                            }} />
                        <button type="button" class="button" onclick={open}>{ "Open" }</button>
                        <button type="button" class="button" onclick={duplicate}>{ "Duplicate" }</button>
                        if confirming.as_deref() == Some(e.id.as_str()) {
                            <span class="confirm" role="group" aria-label={format!("Delete {}?", e.name)}>
                                { format!("Delete “{}”? ", e.name) }
                                <button type="button" class="button danger" onclick={delete}>{ "Delete" }</button>
                                <button type="button" class="button" onclick={cancel}>{ "Keep" }</button>
                            </span>
                        } else {
                            <button type="button" class="button" onclick={ask}>{ "Delete…" }</button>
                        }
                    </li>
                }
            }) }
            </ul>
            if let Some((name, text)) = (*deleted).clone() {
                <p class="status-line" role="status">
                    { format!("Deleted “{name}”. ") }
                    <button type="button" class="link-button" onclick={{
                        let (deleted, cb) = (deleted.clone(), props.on_action.clone());
                        Callback::from(move |_: MouseEvent| {
                            if let Ok(s) = meridian_engine::Schedule::from_json(&text) {
                                report(library::save(&browser::read, &browser::write, &s), &cb);
                            }
                            deleted.set(None);
                        })
                    }}>{ "Undo" }</button>
                </p>
            }
            if !damaged.is_empty() {
                <h3>{ "Set aside as damaged" }</h3>
                <p class="hint">{ "These could not be read, so they were moved out of the way as they were. Download one to repair it by hand (it is the schedule's JSON), then open the file." }</p>
                <ul class="mine">
                { for damaged.iter().map(|(what, key)| {
                    let label = if what == "list" { "The list of schedules".to_string() } else { format!("Schedule “{what}”") };
                    let download = {
                        let (key, what) = (key.clone(), what.clone());
                        Callback::from(move |_: MouseEvent| {
                            if let Ok(Some(text)) = browser::read(&key) {
                                browser::download(&format!("{what}-damaged.json"), "application/json", &text);
                            }
                        })
                    };
                    let discard = {
                        let (key, tick) = (key.clone(), tick.clone());
                        Callback::from(move |_: MouseEvent| {
                            browser::erase(&key);
                            tick.set(*tick + 1);
                        })
                    };
                    html! {
                        <li class="mine-row">
                            <span class="mine-name">{ label.clone() }</span>
                            <button type="button" class="button" onclick={download} aria-label={format!("Download {label}")}>{ "Download" }</button>
                            <button type="button" class="button" onclick={discard} aria-label={format!("Discard {label}")}>{ "Discard" }</button>
                        </li>
                    }
                }) }
                </ul>
            }
            <div class="dialog-actions">
                <button type="button" class="button primary" onclick={props.on_close.reform(|_: MouseEvent| ())}>{ "Done" }</button>
            </div>
        </Dialog>
    }
}
