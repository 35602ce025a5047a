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
    /// While dragging: the session and the move so far in minutes (snapped), `None` when the
    /// drag ends or is cancelled; the app shows the local times and conflicts it would cause.
    #[prop_or_default]
    pub on_drag: Option<Callback<Option<(usize, i64)>>>,
}

/// Snapping of a drag, in minutes.
pub const SNAP_MINUTES: i64 = 15;

/// A drag in progress: where the pointer went down, and the move so far (minutes, days).
#[derive(Clone, Copy, PartialEq, Default)]
struct Drag {
    x: i32,
    y: i32,
    column: i32,
    minutes: i64,
    days: i64,
    moved: bool,
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
    // Dragging: vertical is time (snapped to 15 minutes), horizontal is days (the width of a
    // day column). Pointer capture keeps the drag when the pointer leaves the block.
    let drag = use_state(|| None::<Drag>);
    let draggable = props.on_edit.is_some() && props.on_drag.is_some() && b.busy.is_none();
    let column_width = {
        let button = button.clone();
        move || {
            button
                .cast::<web_sys::HtmlElement>()
                .and_then(|b| b.closest(".day").ok().flatten())
                .map_or(120, |d| d.client_width().max(40))
        }
    };
    let on_down = {
        let (drag, column_width) = (drag.clone(), column_width.clone());
        Callback::from(move |e: PointerEvent| {
            if !draggable || e.button() != 0 {
                return;
            }
            if let Some(t) = e
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            {
                let _ = t.set_pointer_capture(e.pointer_id());
            }
            drag.set(Some(Drag {
                x: e.client_x(),
                y: e.client_y(),
                column: column_width(),
                ..Drag::default()
            }));
        })
    };
    let on_move = {
        let (drag, report, session) = (drag.clone(), props.on_drag.clone(), b.session);
        Callback::from(move |e: PointerEvent| {
            let Some(mut d) = *drag else { return };
            let dy = f64::from(e.client_y() - d.y) / PX_PER_MINUTE;
            let minutes = (dy / SNAP_MINUTES as f64).round() as i64 * SNAP_MINUTES;
            let days = (f64::from(e.client_x() - d.x) / f64::from(d.column)).round() as i64;
            if (minutes, days) != (d.minutes, d.days) {
                d.minutes = minutes;
                d.days = days;
                d.moved = true;
                drag.set(Some(d));
                if let Some(r) = &report {
                    r.emit(Some((session, minutes + days * 24 * 60)));
                }
            }
        })
    };
    let on_up = {
        let (drag, report, edit, session) = (
            drag.clone(),
            props.on_drag.clone(),
            props.on_edit.clone(),
            b.session,
        );
        Callback::from(move |_: PointerEvent| {
            let Some(d) = *drag else { return };
            drag.set(None);
            if let Some(r) = &report {
                r.emit(None);
            }
            let total = d.minutes + d.days * 24 * 60;
            if d.moved && total != 0 {
                if let Some(edit) = &edit {
                    edit.emit(Edit::SessionMoved {
                        session,
                        minutes: total,
                    });
                }
            }
        })
    };
    let on_cancel = {
        let (drag, report) = (drag.clone(), props.on_drag.clone());
        Callback::from(move |_: PointerEvent| {
            drag.set(None);
            if let Some(r) = &report {
                r.emit(None);
            }
        })
    };
    let shift = drag.as_ref().filter(|d| d.moved).map(|d| {
        format!(
            "transform:translate({}px, {}px);z-index:30;opacity:.85",
            d.days * i64::from(d.column),
            d.minutes as f64 * PX_PER_MINUTE
        )
    });
    html! {
        <div class={classes!("block-wrap", (b.height < 75).then_some("short"), drag.is_some().then_some("dragging"))}
            style={format!("{style};{}", shift.unwrap_or_default())}>
            <button type="button" ref={button} onkeydown={on_key} ondblclick={on_double} title={hint}
                onpointerdown={on_down} onpointermove={on_move} onpointerup={on_up} onpointercancel={on_cancel}
                class={classes!("block", warn.then_some("has-note"), b.busy.is_some().then_some("busy"), props.highlight.then_some("highlight"), draggable.then_some("draggable"))}
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
