//! *File → Compare with…*: another version of the open schedule from a pasted link or a
//! schedule file, to see what changed and merge (the Compare dialog then opens).

use crate::browser;
use crate::store::Source;
use crate::widgets::dialog::DialogFrame;
use meridian_engine::lineage::Fingerprint;
use meridian_engine::link::{self, LinkKind};
use meridian_engine::schedule::Schedule;
use meridian_words::w;
use std::rc::Rc;
use yew::prelude::*;

/// The other version read, with the base its link names and where it came from.
pub type Other = (Rc<Schedule>, Option<Fingerprint>, Source);

/// Props of [`CompareWith`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The open schedule.
    pub schedule: Rc<Schedule>,
    /// The other version was read: compare with it.
    pub on_compare: Callback<Other>,
    /// The dialog asks to close.
    pub on_close: Callback<()>,
}

/// The "Compare with…" dialog.
#[function_component(CompareWith)]
pub fn compare_with(props: &Props) -> Html {
    let words = crate::language::use_words();
    let text = use_state(String::new);
    let problem = use_state(|| None::<String>);
    let on_text = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            text.set(
                e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value(),
            )
        })
    };
    let from_link = {
        let (text, problem, on_compare) = (text.clone(), problem.clone(), props.on_compare.clone());
        let words = words.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match link::decode(&text) {
                Ok(shared) if matches!(shared.kind, LinkKind::Edit) => {
                    on_compare.emit((Rc::new(shared.schedule), shared.base, Source::Link))
                }
                Ok(_) => problem.set(Some(words.t("compare-view-link"))),
                Err(e) => problem.set(Some(w!(
                    words,
                    "compare-link-unread",
                    problem = meridian_words::error(&words, &e)
                ))),
            }
        })
    };
    let from_file = {
        let (problem, on_compare) = (problem.clone(), props.on_compare.clone());
        let words = words.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let (problem, on_compare, name) = (problem.clone(), on_compare.clone(), file.name());
            let words = words.clone();
            browser::read_file_bytes(file, move |bytes| {
                match bytes.map(|b| Schedule::from_bytes(&b)) {
                    Some(Ok(s)) => on_compare.emit((Rc::new(s), None, Source::File(name))),
                    Some(Err(e)) => problem.set(Some(w!(
                        words,
                        "compare-file-unread-because",
                        name = name.as_str(),
                        problem = meridian_words::error(&words, &e)
                    ))),
                    None => {
                        problem.set(Some(w!(words, "compare-file-unread", name = name.as_str())))
                    }
                }
            });
        })
    };
    let close = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <DialogFrame labelled_by="compare-with-title" class="compare-with-dialog" on_close={props.on_close.clone()}>
            <h2 id="compare-with-title">{ w!(words, "compare-with-title", name = props.schedule.name.as_str()) }</h2>
            <p class="dialog-lead">{ words.t("compare-with-lead") }</p>
            <form class="compare-with-link" onsubmit={from_link}>
                <label class="control" for="compare-link">{ words.t("compare-with-link") }</label>
                <textarea id="compare-link" rows="3" value={(*text).clone()} oninput={on_text}
                    placeholder="https://…#s…" spellcheck="false" />
                <button type="submit" class="button primary" disabled={text.trim().is_empty()}>{ words.t("compare-with-this-link") }</button>
            </form>
            <p class="hint">{ words.t("compare-with-or") }</p>
            <label class="button file-button">
                { words.t("compare-with-file") }
                <input type="file" accept=".json,application/json" class="visually-hidden" onchange={from_file} />
            </label>
            if let Some(p) = &*problem {
                <p class="notice" role="alert">{ p }</p>
            }
            <div class="dialog-actions">
                <button type="button" class="button" onclick={close}>{ words.t("compare-cancel") }</button>
            </div>
        </DialogFrame>
    }
}
