//! A text field that applies what is typed when it changes (Enter, or leaving the field), and
//! shows the text as typed until then. Enter applies the field, never the form around it.
//!
//! Yew sets an input's value to the drawn one on every redraw, so a field drawn from the
//! schedule loses what the user is typing whenever anything redraws first (an autosave
//! finishing, a clock tick). This field keeps the typed text in its own state: it shows it until
//! the change is applied, and keeps it when the change is refused (a time zone that does not
//! exist, hours that do not parse) so that the user can correct it.

use yew::prelude::*;

/// Props of [`TextField`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// What the field shows when nothing is being typed (the schedule's value).
    pub value: AttrValue,
    /// The text on change; returns whether it was applied. Applied text gives way to `value`
    /// again; refused text stays as typed.
    pub on_change: Callback<String, bool>,
    /// Each keystroke's text, for a parent that must read it before the change (a button
    /// clicked straight after typing).
    #[prop_or_default]
    pub on_input: Option<Callback<String>>,
    /// The input's type (`text` unless given).
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
    /// Its accessible name, when no `<label>` wraps it.
    #[prop_or_default]
    pub label: Option<AttrValue>,
    /// Shown while empty.
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    /// The id of a `<datalist>` of suggestions.
    #[prop_or_default]
    pub list: Option<AttrValue>,
    /// Not a word to check or complete (a zone name): no autocomplete, no spell check.
    #[prop_or_default]
    pub plain: bool,
}

/// The field.
#[function_component(TextField)]
pub fn text_field(props: &Props) -> Html {
    let typed = use_state(|| None::<String>);
    let value_of = |e: &Event| {
        e.target_unchecked_into::<web_sys::HtmlInputElement>()
            .value()
    };
    // Enter applies at once (and, inside a form, does not submit it); the change event that
    // may follow for the same text is then not applied twice.
    let applied = use_mut_ref(|| None::<String>);
    let commit = {
        let (typed, apply) = (typed.clone(), props.on_change.clone());
        move |text: String| {
            if apply.emit(text.clone()) {
                typed.set(None);
            } else {
                typed.set(Some(text));
            }
        }
    };
    let oninput = {
        let (typed, report, applied) = (typed.clone(), props.on_input.clone(), applied.clone());
        Callback::from(move |e: InputEvent| {
            let text = value_of(&e);
            applied.borrow_mut().take();
            if let Some(r) = &report {
                r.emit(text.clone());
            }
            typed.set(Some(text));
        })
    };
    let onkeydown = {
        let (commit, applied) = (commit.clone(), applied.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                let text = value_of(&e);
                *applied.borrow_mut() = Some(text.clone());
                commit(text);
            }
        })
    };
    let onchange = Callback::from(move |e: Event| {
        let text = value_of(&e);
        if applied.borrow_mut().take().as_ref() != Some(&text) {
            commit(text);
        }
    });
    let shown = (*typed).clone().unwrap_or_else(|| props.value.to_string());
    html! {
        <input type={props.kind.clone()} value={shown} {oninput} {onchange} {onkeydown}
            aria-label={props.label.clone()} placeholder={props.placeholder.clone()} list={props.list.clone()}
            autocomplete={props.plain.then_some("off")} spellcheck={props.plain.then_some("false")} />
    }
}
