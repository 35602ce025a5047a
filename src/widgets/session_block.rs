//! One session occurrence on the grid: title and time; on hover or focus, its local start at
//! every participating campus.

use crate::language::{use_words, w};
use crate::store::{Edit, Gesture, GestureKind};
use crate::view_model::{block_time, campus_colour, local_time, Block, Meeting};
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
    /// Opens the session in the form (Enter, or a double click), from this occurrence (its
    /// date in the series).
    #[prop_or_default]
    pub on_open: Option<Callback<(usize, meridian_engine::CivilDate)>>,
    /// Take the keyboard focus (the session was just moved with the keyboard).
    #[prop_or_default]
    pub focus: bool,
    /// Highlighted (a conflict the user asked to see).
    #[prop_or_default]
    pub highlight: bool,
    /// While dragging: the move or resize so far (snapped), `None` when the drag ends or is
    /// cancelled; the app shows the local times and conflicts it would cause.
    #[prop_or_default]
    pub on_drag: Option<Callback<Option<Gesture>>>,
    /// A drag was dropped (the app applies it, or asks "this week only or every week?").
    #[prop_or_default]
    pub on_drop: Option<Callback<Gesture>>,
    /// Minutes a drag snaps to and a keyboard move steps by.
    #[prop_or(15)]
    pub snap: i64,
}

/// A drag in progress: where the pointer went down, what it changes, and the change so far
/// (minutes, days).
#[derive(Clone, Copy, PartialEq)]
struct Drag {
    y: i32,
    kind: GestureKind,
    minutes: i64,
    days: i64,
    /// How far the block is drawn sideways: from its day column's left edge to the target's.
    shift_x: f64,
    moved: bool,
}

/// The week's day columns as drawn when a drag starts, left and right edges in viewport pixels
/// (a column not shown, as on a phone, is empty), and which of them holds the dragged block.
/// Columns differ in width (a weekend without sessions is narrow), so the day under the pointer
/// is found by its edges, not by counting column widths.
#[derive(Clone, Default, PartialEq, Debug)]
struct Columns {
    edges: Vec<(f64, f64)>,
    own: usize,
}

impl Columns {
    /// Reads the columns around the block's element.
    fn around(block: &web_sys::Element) -> Columns {
        let Some(own) = block.closest(".day").ok().flatten() else {
            return Columns::default();
        };
        let Some(all) = own
            .parent_element()
            .and_then(|body| body.query_selector_all(".day").ok())
        else {
            return Columns::default();
        };
        let mut columns = Columns::default();
        for i in 0..all.length() {
            let Some(day) = all
                .item(i)
                .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
            else {
                continue;
            };
            if day.is_same_node(Some(&own)) {
                columns.own = columns.edges.len();
            }
            let r = day.get_bounding_client_rect();
            columns.edges.push((r.left(), r.right()));
        }
        columns
    }

    /// The days from the block's column to the column under `x` (the nearest shown one when
    /// `x` is beside them all), and how far that column's left edge is from the block's.
    fn offset(&self, x: f64) -> (i64, f64) {
        let distance = |&(left, right): &(f64, f64)| {
            if x < left {
                left - x
            } else if x > right {
                x - right
            } else {
                0.0
            }
        };
        let target = self
            .edges
            .iter()
            .enumerate()
            .filter(|(_, (left, right))| right > left)
            .min_by(|a, b| distance(a.1).total_cmp(&distance(b.1)))
            .map_or(self.own, |(i, _)| i);
        let left = |i: usize| self.edges.get(i).map_or(0.0, |e| e.0);
        (
            target as i64 - self.own as i64,
            left(target) - left(self.own),
        )
    }
}

/// A session block.
#[function_component(SessionBlock)]
pub fn session_block(props: &Props) -> Html {
    let words = use_words();
    let b = &props.block;
    let time = block_time(&words, b);
    // Imported busy time without a title of its own.
    let title = if b.busy.is_some() && b.title.trim().is_empty() {
        words.t("block-busy-title")
    } else {
        b.title.clone()
    };
    let width = 100.0 / b.lanes.max(1) as f64;
    let style = format!(
        "top:{}px;height:{}px;--lane-left:{}%;--lane-width:{}%;--host:{}",
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
    let words = crate::language::use_words();
    let resolution_note = b
        .clock_change
        .and_then(|(r, at, zone)| meridian_words::conflict::resolution_in(&words, &r, at, zone));
    let warn = resolution_note.is_some();
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
    let step = props.snap.max(1);
    let on_key = props
        .on_edit
        .clone()
        .filter(|_| b.busy.is_none())
        .map(|cb| {
            let (session, date, open) = (b.session, b.date, props.on_open.clone());
            Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Enter" {
                    if let Some(open) = &open {
                        e.prevent_default();
                        open.emit((session, date));
                    }
                    return;
                }
                let edit = match (e.key().as_str(), e.shift_key()) {
                    ("ArrowUp", false) => Edit::SessionMoved {
                        session,
                        minutes: -step,
                    },
                    ("ArrowDown", false) => Edit::SessionMoved {
                        session,
                        minutes: step,
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
                        minutes: -step,
                    },
                    ("ArrowDown", true) => Edit::SessionResized {
                        session,
                        minutes: step,
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
        .map(|_| w!(words, "block-keys", step = step));
    let on_double = props
        .on_open
        .clone()
        .filter(|_| b.busy.is_none())
        .map(|cb| {
            let (session, date) = (b.session, b.date);
            Callback::from(move |_: MouseEvent| cb.emit((session, date)))
        });
    // Dragging: by the body it moves (vertical is time, horizontal is the day column under the
    // pointer); by the lower edge it changes the length. Both snap. Pointer capture keeps the
    // drag when the pointer leaves the block.
    let drag = use_state(|| None::<Drag>);
    let columns = use_mut_ref(Columns::default);
    let draggable = props.on_edit.is_some() && props.on_drop.is_some() && b.busy.is_none();
    let on_down = |kind: GestureKind| {
        let (drag, columns, button) = (drag.clone(), columns.clone(), button.clone());
        Callback::from(move |e: PointerEvent| {
            if !draggable || e.button() != 0 {
                return;
            }
            e.stop_propagation();
            if let Some(t) = e
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            {
                let _ = t.set_pointer_capture(e.pointer_id());
            }
            if let Some(b) = button.cast::<web_sys::Element>() {
                *columns.borrow_mut() = Columns::around(&b);
            }
            drag.set(Some(Drag {
                y: e.client_y(),
                kind,
                minutes: 0,
                days: 0,
                shift_x: 0.0,
                moved: false,
            }));
        })
    };
    let gesture = {
        let (session, date) = (b.session, b.date);
        move |d: &Drag| Gesture {
            session,
            date,
            kind: d.kind,
            minutes: d.minutes + d.days * 24 * 60,
        }
    };
    let on_move = {
        let (drag, report, snap, columns) =
            (drag.clone(), props.on_drag.clone(), step, columns.clone());
        Callback::from(move |e: PointerEvent| {
            let Some(mut d) = *drag else { return };
            let dy = f64::from(e.client_y() - d.y) / PX_PER_MINUTE;
            let minutes = (dy / snap as f64).round() as i64 * snap;
            let (days, shift_x) = match d.kind {
                GestureKind::Move => columns.borrow().offset(f64::from(e.client_x())),
                GestureKind::Resize => (0, 0.0),
            };
            if (minutes, days) != (d.minutes, d.days) {
                d.minutes = minutes;
                d.days = days;
                d.shift_x = shift_x;
                d.moved = true;
                drag.set(Some(d));
                if let Some(r) = &report {
                    r.emit(Some(gesture(&d)));
                }
            }
        })
    };
    let on_up = {
        let (drag, report, drop) = (drag.clone(), props.on_drag.clone(), props.on_drop.clone());
        Callback::from(move |_: PointerEvent| {
            let Some(d) = *drag else { return };
            drag.set(None);
            if let Some(r) = &report {
                r.emit(None);
            }
            let g = gesture(&d);
            if d.moved && g.minutes != 0 {
                if let Some(drop) = &drop {
                    drop.emit(g);
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
    let shift = drag.as_ref().filter(|d| d.moved).map(|d| match d.kind {
        GestureKind::Move => format!(
            "transform:translate({}px,{}px);z-index:30;opacity:.85",
            d.shift_x,
            d.minutes as f64 * PX_PER_MINUTE
        ),
        GestureKind::Resize => format!(
            "height:{}px;z-index:30;opacity:.85",
            ((f64::from(b.height) + d.minutes as f64) * PX_PER_MINUTE).max(18.0)
        ),
    });
    html! {
        <div class={classes!("block-wrap", (b.height < 75).then_some("short"), (b.lanes > 1).then_some("narrow"), drag.is_some().then_some("dragging"))}
            style={format!("{style};{}", shift.unwrap_or_default())}>
            <button type="button" ref={button.clone()} onkeydown={on_key} ondblclick={on_double} title={hint}
                onpointerdown={on_down(GestureKind::Move)} onpointermove={on_move.clone()} onpointerup={on_up.clone()} onpointercancel={on_cancel.clone()}
                class={classes!("block", warn.then_some("has-note"), b.busy.is_some().then_some("busy"), props.highlight.then_some("highlight"), draggable.then_some("draggable"), b.changed.then_some("changed"))}
                aria-describedby={details_id.clone()} data-session={b.session.to_string()} data-date={b.date.to_string()}>
                <span class="block-inner">
                <span class="block-title">{ if b.continued { format!("↳ {title}") } else { title.clone() } }</span>
                <span class="block-time">{ &time }</span>
                <span class="block-dots" aria-hidden="true">
                    { for b.locals.iter().map(|l| html! {
                        <span class="dot" style={format!("background:{}", campus_colour(l.campus))}></span>
                    }) }
                </span>
                </span>
            </button>
            if draggable && b.ends_here {
                <span class="resize-handle" aria-hidden="true" title={words.t("block-resize")}
                    onpointerdown={on_down(GestureKind::Resize)} onpointermove={on_move} onpointerup={on_up} onpointercancel={on_cancel}></span>
            }
            <div class={side} role="tooltip" id={details_id}>
                <p class="details-title">{ &title }</p>
                if b.changed {
                    <p class="details-note">{ words.t("block-changed") }</p>
                }
                if let Some(busy) = &b.busy {
                    <p class="details-busy">{ w!(words, "block-busy", whose = busy.whose.as_str(),
                        calendar = busy.calendar.as_str(), time = time.as_str()) }</p>
                }
                if let Some(note) = &resolution_note {
                    <p class="details-note">{ format!("⚠ {note}") }</p>
                }
                if !b.locals.is_empty() {
                <table>
                    <caption class="visually-hidden">{ words.t("block-local-times") }</caption>
                    <tbody>
                    { for b.locals.iter().map(|l| html! {
                        <tr class={classes!(l.outside_hours.then_some("outside"))}>
                            <th scope="row">
                                <span class="dot" style={format!("background:{}", campus_colour(l.campus))}></span>
                                { &l.campus_label }
                            </th>
                            <td class="time">{ local_time(&words, l) }</td>
                            <td class="flags">
                                if l.other_weekday { <span class="flag">{ words.t("block-other-day") }</span> }
                                if l.outside_hours { <span class="flag">{ words.t("block-outside-hours") }</span> }
                            </td>
                        </tr>
                    }) }
                    </tbody>
                </table>
                }
                { match &b.meeting {
                    Some(Meeting::Link(url)) => html! {
                        <p class="details-meeting">
                            <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ words.t("block-join") }</a>
                            <span class="details-url">{ url }</span>
                        </p>
                    },
                    Some(Meeting::NotAWebLink(text)) => html! {
                        <p class="details-meeting unsafe">
                            <span class="flag">{ words.t("block-not-a-web-link") }</span>
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
