//! One session occurrence on the grid: title and time; on hover or focus, its local start at
//! every participating campus.

use crate::store::Edit;
use crate::view_model::{campus_colour, Block, Meeting};
use yew::prelude::*;

/// Minutes to pixels on the grid.
pub const PX_PER_MINUTE: f64 = 0.9;

/// Props of [`SessionBlock`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// What to draw.
    pub block: Block,
    /// A unique id for the details popover.
    pub id: String,
    /// Open the details upwards (the block is in the lower half of the grid).
    #[prop_or_default]
    pub up: bool,
    /// Reports keyboard edits (arrows move, Shift+arrows resize, Delete removes); absent when
    /// the grid is read-only.
    #[prop_or_default]
    pub on_edit: Option<Callback<Edit>>,
    /// Opens the session in the form (Enter, or a double click).
    #[prop_or_default]
    pub on_open: Option<Callback<usize>>,
    /// Take the keyboard focus (the session was just moved with the keyboard).
    #[prop_or_default]
    pub focus: bool,
    /// Highlighted (a conflict the user asked to see).
    #[prop_or_default]
    pub highlight: bool,
}

/// The step of a keyboard move or resize, in minutes.
pub const STEP_MINUTES: i64 = 15;

/// A session block.
#[function_component(SessionBlock)]
pub fn session_block(props: &Props) -> Html {
    let b = &props.block;
    let width = 100.0 / b.lanes.max(1) as f64;
    let style = format!(
        "top:{}px;height:{}px;left:calc({}% + 2px);width:calc({}% - 4px);--host:{}",
        f64::from(b.top) * PX_PER_MINUTE,
        (f64::from(b.height) * PX_PER_MINUTE).max(18.0),
        width * b.lane as f64,
        width,
        campus_colour(b.host)
    );
    let details_id = format!("{}-details", props.id);
    let side = classes!(
        "details",
        if b.day >= 4 { "left" } else { "right" },
        props.up.then_some("up")
    );
    let warn = b.resolution_note.is_some();
    let button = use_node_ref();
    {
        let button = button.clone();
        use_effect_with(props.focus, move |focus| {
            if *focus {
                if let Some(el) = button.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    let on_key = props
        .on_edit
        .clone()
        .filter(|_| b.busy.is_none())
        .map(|cb| {
            let session = b.session;
            Callback::from(move |e: KeyboardEvent| {
                let edit = match (e.key().as_str(), e.shift_key()) {
                    ("ArrowUp", false) => Edit::SessionMoved {
                        session,
                        minutes: -STEP_MINUTES,
                    },
                    ("ArrowDown", false) => Edit::SessionMoved {
                        session,
                        minutes: STEP_MINUTES,
                    },
                    ("ArrowLeft", false) => Edit::SessionMoved {
                        session,
                        minutes: -24 * 60,
                    },
                    ("ArrowRight", false) => Edit::SessionMoved {
                        session,
                        minutes: 24 * 60,
                    },
                    ("ArrowUp", true) => Edit::SessionResized {
                        session,
                        minutes: -STEP_MINUTES,
                    },
                    ("ArrowDown", true) => Edit::SessionResized {
                        session,
                        minutes: STEP_MINUTES,
                    },
                    ("Delete", _) | ("Backspace", _) => Edit::SessionDeleted(session),
                    _ => return,
                };
                e.prevent_default();
                cb.emit(edit);
            })
        });
    let hint = props
        .on_edit
        .as_ref()
        .filter(|_| b.busy.is_none())
        .map(|_| "Enter or double click edits; arrow keys move this series by 15 minutes or a day; Shift with up and down changes its length; Delete removes it (Ctrl+Z undoes).");
    let on_double = props
        .on_open
        .clone()
        .filter(|_| b.busy.is_none())
        .map(|cb| {
            let session = b.session;
            Callback::from(move |_: MouseEvent| cb.emit(session))
        });
    html! {
        <div class={classes!("block-wrap", (b.height < 75).then_some("short"))} style={style}>
            <button type="button" ref={button} onkeydown={on_key} ondblclick={on_double} title={hint}
                class={classes!("block", warn.then_some("has-note"), b.busy.is_some().then_some("busy"), props.highlight.then_some("highlight"))}
                aria-describedby={details_id.clone()} data-session={b.session.to_string()}>
                <span class="block-inner">
                <span class="block-title">{ if b.continued { format!("↳ {}", b.title) } else { b.title.clone() } }</span>
                <span class="block-time">{ &b.time }</span>
                <span class="block-dots" aria-hidden="true">
                    { for b.locals.iter().map(|l| html! {
                        <span class="dot" style={format!("background:{}", campus_colour(l.campus))}></span>
                    }) }
                </span>
                </span>
            </button>
            <div class={side} role="tooltip" id={details_id}>
                <p class="details-title">{ &b.title }</p>
                if let Some(whose) = &b.busy {
                    <p class="details-busy">{ format!("{whose}, {}", b.time) }</p>
                }
                if let Some(note) = &b.resolution_note {
                    <p class="details-note">{ format!("⚠ {note}") }</p>
                }
                if !b.locals.is_empty() {
                <table>
                    <caption class="visually-hidden">{ "Local time at each campus" }</caption>
                    <tbody>
                    { for b.locals.iter().map(|l| html! {
                        <tr class={classes!(l.outside_hours.then_some("outside"))}>
                            <th scope="row">
                                <span class="dot" style={format!("background:{}", campus_colour(l.campus))}></span>
                                { &l.campus_label }
                            </th>
                            <td class="time">{ &l.time }</td>
                            <td class="flags">
                                if l.other_weekday { <span class="flag">{ "other day" }</span> }
                                if l.outside_hours { <span class="flag">{ "outside hours" }</span> }
                            </td>
                        </tr>
                    }) }
                    </tbody>
                </table>
                }
                { match &b.meeting {
                    Some(Meeting::Link(url)) => html! {
                        <p class="details-meeting">
                            <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ "Join online" }</a>
                            <span class="details-url">{ url }</span>
                        </p>
                    },
                    Some(Meeting::NotAWebLink(text)) => html! {
                        <p class="details-meeting unsafe">
                            <span class="flag">{ "not a web link" }</span>
                            <span class="details-url">{ text }</span>
                        </p>
                    },
                    None => html! {},
                } }
                if let Some(n) = &b.notes {
                    <p class="details-notes">{ n }</p>
                }
            </div>
        </div>
    }
}
