//! A modal dialog: the backdrop, the focus on opening and back where it was on closing,
//! Escape and a click outside to close. Every dialog of the app is one of these around its own
//! content.

use yew::prelude::*;

/// Props of [`DialogFrame`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The id of the element that names the dialog (its heading).
    pub labelled_by: AttrValue,
    /// Extra classes (e.g. a wider dialog).
    #[prop_or_default]
    pub class: Classes,
    /// The dialog asks to close (Escape, a click outside).
    pub on_close: Callback<()>,
    /// What the dialog holds.
    pub children: Html,
}

/// The dialog frame.
#[function_component(DialogFrame)]
pub fn dialog(props: &Props) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        // Where the focus was (the button or session that opened the dialog) is where it goes
        // back when the dialog closes, however it closes; a keyboard user had landed on the
        // page's body and had to Tab some 30 stops back to the grid.
        use_effect_with((), move |_| {
            let back = crate::browser::focus_return();
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
            move || back.give_back()
        });
    }
    let close = props.on_close.reform(|_: MouseEvent| ());
    let on_key = {
        let cb = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                cb.emit(());
            }
        })
    };
    html! {
        <>
        <div class="dialog-backdrop" onclick={close}></div>
        <div class={classes!("dialog", props.class.clone())} role="dialog" aria-modal="true"
            aria-labelledby={props.labelled_by.clone()} tabindex="-1" ref={node} onkeydown={on_key}>
            { props.children.clone() }
        </div>
        </>
    }
}
