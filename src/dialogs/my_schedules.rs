//! "My schedules": the schedules kept in this browser — open, rename, duplicate, delete (with a
//! confirmation, and an undo after).

use crate::language::{use_words, w};
use crate::library::{self, Entry, Request};
use crate::store::{Action, Comparison, Removed, Source};
use crate::widgets::dialog::DialogFrame;
use crate::widgets::text_field::TextField;
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
    /// The schedule deleted last while the dialog is open (to undo).
    pub removed: Option<Removed>,
    /// Asks storage to open, rename, copy, delete or restore a schedule.
    pub on_store: Callback<Request>,
    /// Reports what changed.
    pub on_action: Callback<Action>,
    /// The dialog asks to close.
    pub on_close: Callback<()>,
}

/// The dialog.
#[function_component(MySchedules)]
pub fn my_schedules(props: &Props) -> Html {
    let words = use_words();
    let confirming = use_state(|| None::<String>);
    // Names typed in this dialog, by schedule id: "Duplicate" clicked straight after typing
    // copies the open schedule with the name as typed (the change may not have applied yet).
    let renamed =
        crate::widgets::latest::use_latest(std::collections::HashMap::<String, String>::new);
    // Documents set aside as damaged (read from storage; a discard redraws with the new list).
    let damaged = library::damaged_here();
    // The open schedule's kept versions, newest first (read from storage like the above).
    let kept: Vec<library::Version> = props
        .open
        .as_deref()
        .map(library::history_here)
        .unwrap_or_default()
        .into_iter()
        .rev()
        .collect();
    // Whether the browser has agreed to keep this site's storage (asked when the app starts).
    let protected = use_state(|| None::<bool>);
    {
        let protected = protected.clone();
        use_effect_with((), move |_| {
            crate::browser::storage_persisted(move |p| protected.set(p));
        });
    }
    let backup_due = props.open.is_some() && library::needs_backup(&props.current);
    html! {
        <DialogFrame labelled_by="mine-title" on_close={props.on_close.clone()}>
            <h2 id="mine-title">{ w!(words, "schedules-title") }</h2>
            <p class="dialog-lead" data-storage={match *protected { Some(true) => "protected", Some(false) => "unprotected", None => "unknown" }}>
                { format!("{} ", w!(words, "schedules-lead")) }
                { w!(words, match *protected {
                    Some(true) => "schedules-protected",
                    Some(false) => "schedules-unprotected",
                    None => "schedules-protection-unknown",
                }) }
                { format!(" {}", w!(words, "schedules-keep-elsewhere")) }
            </p>
            if backup_due {
                <p class="backup-reminder" role="status">
                    <strong>{ w!(words, "schedules-backup-changed", name = props.current.name.clone()) }</strong>
                    { format!(" {}", w!(words, "schedules-backup-how")) }
                </p>
            }
            if props.library.is_empty() {
                <p class="hint">{ w!(words, "schedules-none") }</p>
            }
            <ul class="mine">
            { for props.library.iter().map(|e| {
                let id = e.id.clone();
                let rename = {
                    let (id, cb, store, is_open) = (id.clone(), props.on_action.clone(), props.on_store.clone(), props.open.as_deref() == Some(e.id.as_str()));
                    Callback::from(move |name: String| {
                        if name.trim().is_empty() {
                            return false;
                        }

                        if is_open {
                            // The open schedule is renamed through the store, so that autosave
                            // keeps the new name (and undo can take it back).
                            cb.emit(Action::Edited(crate::store::Edit::ScheduleRenamed(name)));
                        } else {
                            store.emit(Request::Rename { id: id.clone(), name });
                        }
                        true
                    })
                };
                let duplicate = {
                    let (id, store, list, renamed, words) = (id.clone(), props.on_store.clone(), props.library.clone(), renamed.clone(), words.clone());
                    let copy_name = library::copy_name(&words, &e.name);
                    let current = (props.open.as_deref() == Some(e.id.as_str())).then(|| props.current.clone());
                    Callback::from(move |_: MouseEvent| match &current {
                        Some(s) => {
                            // A rename typed just before this click may not have reached the
                            // open schedule yet: the copy takes the name as typed.
                            let mut s = (**s).clone();
                            if let Some(name) = renamed.get().get(&id).filter(|n| !n.trim().is_empty()) {
                                s.name = name.trim().to_string();
                            }
                            store.emit(Request::SaveCopy(std::rc::Rc::new(library::copy_beside(&s, &list, &words))))
                        }
                        None => store.emit(Request::Duplicate { id: id.clone(), name: copy_name.clone() }),
                    })
                };
                let open = {
                    let (id, store, close) = (id.clone(), props.on_store.clone(), props.on_close.clone());
                    Callback::from(move |_: MouseEvent| {
                        store.emit(Request::Open(id.clone()));
                        close.emit(());
                    })
                };
                let ask = {
                    let (id, confirming) = (id.clone(), confirming.clone());
                    Callback::from(move |_: MouseEvent| confirming.set(Some(id.clone())))
                };
                let delete = {
                    let (id, name, store, confirming) = (id.clone(), e.name.clone(), props.on_store.clone(), confirming.clone());
                    Callback::from(move |_: MouseEvent| {
                        confirming.set(None);
                        store.emit(Request::Remove { id: id.clone(), name: name.clone() });
                    })
                };
                let cancel = {
                    let confirming = confirming.clone();
                    Callback::from(move |_: MouseEvent| confirming.set(None))
                };
                html! {
                    <li class="mine-row">
                        <TextField value={e.name.clone()} label={w!(words, "schedules-name-label", name = e.name.clone())} on_change={rename}
                            on_input={{
                                let (renamed, id) = (renamed.clone(), e.id.clone());
                                Callback::from(move |name: String| renamed.update(|r| { r.insert(id.clone(), name); }))
                            }} />
                        <button type="button" class="button" onclick={open}>{ w!(words, "schedules-open") }</button>
                        <button type="button" class="button" onclick={duplicate}>{ w!(words, "schedules-duplicate") }</button>
                        if confirming.as_deref() == Some(e.id.as_str()) {
                            <span class="confirm" role="group" aria-label={w!(words, "schedules-delete-label", name = e.name.clone())}>
                                { format!("{} ", w!(words, "schedules-delete-question", name = e.name.clone())) }
                                <button type="button" class="button danger" onclick={delete}>{ w!(words, "schedules-delete") }</button>
                                <button type="button" class="button" onclick={cancel}>{ w!(words, "schedules-keep") }</button>
                            </span>
                        } else {
                            <button type="button" class="button" onclick={ask}>{ w!(words, "schedules-delete-ask") }</button>
                        }
                    </li>
                }
            }) }
            </ul>
            if let Some(Removed { name, text }) = props.removed.clone() {
                <p class="status-line" role="status">
                    { format!("{} ", w!(words, "schedules-deleted", name = name.clone())) }
                    <button type="button" class="link-button" onclick={{
                        let store = props.on_store.clone();
                        Callback::from(move |_: MouseEvent| {
                            if let Ok(s) = meridian_engine::Schedule::from_json(&text) {
                                store.emit(Request::Restore(std::rc::Rc::new(s)));
                            }
                        })
                    }}>{ w!(words, "schedules-undo") }</button>
                </p>
            }
            if !damaged.is_empty() {
                <h3>{ w!(words, "schedules-damaged") }</h3>
                <p class="hint">{ w!(words, "schedules-damaged-hint") }</p>
                <ul class="mine">
                { for damaged.iter().map(|(what, key)| {
                    // The row's label, and its buttons' own messages: a button's label is not
                    // the row's label put after a verb (case and capitals differ by language).
                    let (label, download_label, discard_label) = if what == "list" {
                        (w!(words, "schedules-damaged-list"), w!(words, "schedules-download-list-label"), w!(words, "schedules-discard-list-label"))
                    } else {
                        (
                            w!(words, "schedules-damaged-schedule", id = what.clone()),
                            w!(words, "schedules-download-schedule-label", id = what.clone()),
                            w!(words, "schedules-discard-schedule-label", id = what.clone()),
                        )
                    };
                    let download = {
                        let (key, what) = (key.clone(), what.clone());
                        Callback::from(move |_: MouseEvent| {
                            if let Some(text) = library::damaged_text(&key) {
                                crate::browser::download(&format!("{what}-damaged.json"), "application/json", &text);
                            }
                        })
                    };
                    let discard = {
                        let (key, store) = (key.clone(), props.on_store.clone());
                        Callback::from(move |_: MouseEvent| store.emit(Request::Discard(key.clone())))
                    };
                    html! {
                        <li class="mine-row">
                            <span class="mine-name">{ label }</span>
                            <button type="button" class="button" onclick={download} aria-label={download_label}>{ w!(words, "schedules-download") }</button>
                            <button type="button" class="button" onclick={discard} aria-label={discard_label}>{ w!(words, "schedules-discard") }</button>
                        </li>
                    }
                }) }
                </ul>
            }
            if let (false, Some(id)) = (kept.is_empty(), props.open.clone()) {
                <details class="kept-versions">
                <summary>{ w!(words, "schedules-kept", name = props.current.name.clone(), count = kept.len()) }</summary>
                <p class="hint">{ w!(words, "schedules-kept-hint") }</p>
                <ul class="mine">
                { for kept.iter().enumerate().map(|(i, v)| {
                    let how = match (v.shared, v.received) {
                        (true, true) => "both",
                        (true, false) => "shared",
                        (false, true) => "received",
                        (false, false) => "had",
                    };
                    let label = w!(words, "schedules-version", how = how, version = v.fingerprint.to_string());
                    let compare = v.schedule().map(|s| {
                        let cb = props.on_action.clone();
                        let s = std::rc::Rc::new(s);
                        Callback::from(move |_: MouseEvent| cb.emit(Action::ComparisonOpened {
                            mine: None,
                            comparison: Comparison { theirs: s.clone(), base: None, source: Source::Kept },
                        }))
                    });
                    html! {
                        <li class="mine-row" key={i}>
                            <span class="mine-name">{ label }</span>
                            if let Some(compare) = compare {
                                <button type="button" class="button" onclick={compare} aria-label={w!(words, "schedules-compare-label", version = v.fingerprint.to_string())}>{ w!(words, "schedules-compare") }</button>
                            }
                        </li>
                    }
                }) }
                </ul>
                <button type="button" class="button" onclick={{
                    let store = props.on_store.clone();
                    Callback::from(move |_: MouseEvent| store.emit(Request::Discard(library::history_key(&id))))
                }}>{ w!(words, "schedules-discard-versions") }</button>
                </details>
            }
            <div class="dialog-actions">
                <button type="button" class="button primary" onclick={props.on_close.reform(|_: MouseEvent| ())}>{ w!(words, "dialog-done") }</button>
            </div>
        </DialogFrame>
    }
}
