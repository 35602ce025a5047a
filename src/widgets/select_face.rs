//! A select whose chosen text may be longer than its row (a cohort's long name on a phone, a
//! week in a longer language): the chosen text is shown whole, wrapping, in a face under the
//! select, which lies transparent over it and stays the control (its own label, keyboard and
//! the phone's picker). A native select cannot wrap its text; this face can.

use yew::prelude::*;

/// Props of [`SelectFace`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The chosen option's text, as the select says it.
    pub chosen: AttrValue,
    /// The `<select>`.
    pub children: Html,
}

/// The select (its child) over a face showing `chosen` whole.
#[function_component(SelectFace)]
pub fn select_face(props: &Props) -> Html {
    html! {
        <span class="select-wrap">
            { props.children.clone() }
            <span class="select-face" aria-hidden="true">{ props.chosen.clone() }</span>
        </span>
    }
}
