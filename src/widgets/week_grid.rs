//! The week grid: one ruler per campus (and the viewer) beside seven day columns in the
//! reference zone. On a phone, one day at a time.

use super::session_block::{SessionBlock, PX_PER_MINUTE};
use crate::language::{use_words, w};
use crate::store::{Action, FormTarget, Gesture};
use crate::view_model::{
    day_off, mark_label, ruler_label, ruler_name, ruler_offset, Ruler, WeekView,
};
use meridian_engine::schedule::Schedule;
use meridian_engine::{CivilTime, Disambiguation, Zone};
use meridian_words::Words;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`WeekGrid`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// What to draw.
    pub view: Rc<WeekView>,
    /// The schedule (for names).
    pub schedule: Rc<Schedule>,
    /// The day shown on a phone.
    pub day: usize,
    /// The grid's zone.
    pub reference: Zone,
    /// Reports the picked day, and edits when the grid is editable.
    pub on_action: Callback<Action>,
    /// Sessions can be moved, resized and removed with the keyboard.
    #[prop_or_default]
    pub editable: bool,
    /// The session to give the keyboard focus (just moved).
    #[prop_or_default]
    pub focus: Option<usize>,
    /// Sessions to highlight, by index.
    #[prop_or_default]
    pub highlight: Vec<usize>,
    /// Hears a drag in progress and its end (`None`).
    #[prop_or_default]
    pub on_drag: Option<Callback<Option<Gesture>>>,
    /// Minutes drags snap to and keyboard moves step by.
    #[prop_or(15)]
    pub snap: i64,
    /// Whether the viewer reads a 12-hour clock.
    #[prop_or_default]
    pub twelve_hour: bool,
    /// The "Best times" heat layer: clicking a start opens a new series there.
    #[prop_or_default]
    pub heat: Option<Rc<crate::screens::planner::best_times::HeatLayer>>,
    /// Hears which start of the heat layer is pointed at (an index into the map's slots).
    #[prop_or_default]
    pub on_heat_point: Option<Callback<Option<usize>>>,
}

/// Empty time being dragged out for a new session: the day column and the span in minutes
/// after the grid's first hour, as (where the pointer went down, where it is now).
#[derive(Clone, Copy, PartialEq)]
struct Sketch {
    day: usize,
    top: i32,
    from: i64,
    to: i64,
}

impl Sketch {
    /// Start and length in minutes after the grid's first hour (at least one step).
    fn span(&self, snap: i64) -> (i64, i64) {
        let (a, b) = (self.from.min(self.to), self.from.max(self.to));
        (a, (b - a).max(snap))
    }
}

fn ruler_html(words: &Words, r: &Ruler, height: f64) -> Html {
    html! {
        <div class="ruler" style={format!("--campus:{}", r.colour)}
            title={format!("{} — {} ({})", ruler_name(words, r), r.zone, ruler_offset(words, r))}>
            <div class="ruler-body" style={format!("height:{height}px")}>
                { for r.marks.iter().map(|m| html! {
                    <span class={classes!("mark", (!m.teaching).then_some("off"))}
                        style={format!("top:{}px;height:{}px", f64::from(m.top) * PX_PER_MINUTE, 60.0 * PX_PER_MINUTE)}>
                        { mark_label(words, m) }
                    </span>
                }) }
            </div>
        </div>
    }
}

/// "10:15–11:45" for a sketched span (grid zone, the viewer's clock).
fn sketch_label(words: &Words, first_hour: u32, (from, minutes): (i64, i64)) -> String {
    let at = |m: i64| {
        let m = u32::try_from(i64::from(first_hour) * 60 + m).unwrap_or(0);
        words.clock(CivilTime::from_minutes_of_day(m))
    };
    format!("{}–{}", at(from), at(from + minutes))
}

/// A yes-or-no variable of a message ("yes", "no": the selector's keys in en.ftl).
pub fn yes_no(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

/// The grid.
#[function_component(WeekGrid)]
pub fn week_grid(props: &Props) -> Html {
    let words = use_words();
    let v = &props.view;
    let hours = v.last_hour.saturating_sub(v.first_hour);
    let on_edit = props.editable.then(|| {
        let cb = props.on_action.clone();
        Callback::from(move |e: crate::store::Edit| cb.emit(Action::Edited(e)))
    });
    let on_open = props.editable.then(|| {
        let cb = props.on_action.clone();
        Callback::from(move |(index, date)| {
            cb.emit(Action::SessionFormOpened(FormTarget::Session {
                index,
                occurrence: Some(date),
            }))
        })
    });
    let on_drop = props.editable.then(|| {
        let cb = props.on_action.clone();
        Callback::from(move |g: Gesture| cb.emit(Action::Dropped(g)))
    });
    // Dragging over empty time sketches a new session; the form opens on the drop with that
    // start and length (in the grid's zone, snapped). Mouse and pen only: on a touch screen a
    // drag scrolls, and "New session" is the way.
    let sketch = use_state(|| None::<Sketch>);
    let snap = props.snap.max(1);
    let minute_at = move |e: &PointerEvent, top: i32| {
        let m = f64::from(e.client_y() - top) / PX_PER_MINUTE;
        ((m / snap as f64).floor() as i64 * snap).max(0)
    };
    let on_sketch_down = |day: usize| {
        let sketch = sketch.clone();
        let editable = props.editable;
        Callback::from(move |e: PointerEvent| {
            // Yew delegates events, so the day column is found from the target: a press on the
            // column itself (not on a session in it).
            let Some(el) = e
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                .filter(|el| el.class_name().split(' ').any(|c| c == "day"))
            else {
                return;
            };
            if !editable || e.button() != 0 || e.pointer_type() == "touch" {
                return;
            }
            let _ = el.set_pointer_capture(e.pointer_id());
            let top = el.get_bounding_client_rect().top() as i32;
            let from = minute_at(&e, top);
            sketch.set(Some(Sketch {
                day,
                top,
                from,
                to: from + snap,
            }));
        })
    };
    let on_sketch_move = {
        let sketch = sketch.clone();
        Callback::from(move |e: PointerEvent| {
            if let Some(mut k) = *sketch {
                let at = minute_at(&e, k.top) + snap;
                let to = if at <= k.from { at - snap } else { at };
                if to != k.to {
                    k.to = to;
                    sketch.set(Some(k));
                }
            }
        })
    };
    let on_sketch_up = {
        let (sketch, cb, view, reference) = (
            sketch.clone(),
            props.on_action.clone(),
            props.view.clone(),
            props.reference,
        );
        Callback::from(move |_: PointerEvent| {
            let Some(k) = *sketch else { return };
            sketch.set(None);
            let (from, minutes) = k.span(snap);
            let start = view.days.get(k.day).and_then(|d| {
                let at = i64::from(view.first_hour) * 60 + from;
                let time =
                    CivilTime::new(u32::try_from(at / 60).ok()?, u32::try_from(at % 60).ok()?)?;
                reference
                    .resolve(d.date.at(time), Disambiguation::Compatible)
                    .ok()
            });
            if let Some(r) = start {
                cb.emit(Action::SessionFormOpened(FormTarget::New(Some((
                    r.instant,
                    minutes as u32,
                )))));
            }
        })
    };
    let on_sketch_cancel = {
        let sketch = sketch.clone();
        Callback::from(move |_: PointerEvent| sketch.set(None))
    };
    // The heat layer: not focusable one by one (672 starts); the panel's list is the way for
    // the keyboard and screen readers, and says the same.
    let heat_cells = |i: usize| -> Html {
        let Some(layer) = &props.heat else {
            return html! {};
        };
        let length = layer.length_minutes;
        html! {
            <div class="heat-layer" aria-hidden="true">
            { for layer.cells.iter().filter(|c| c.day == i).map(|c| {
                let (cb, start) = (props.on_action.clone(), c.start);
                let point = props.on_heat_point.clone();
                let slot = c.slot;
                html! {
                    <div class={classes!("heat", c.heat.class())}
                        style={format!("top:{}px;height:{}px", c.top as f64 * PX_PER_MINUTE, 15.0 * PX_PER_MINUTE)}
                        onclick={Callback::from(move |_: MouseEvent| cb.emit(Action::BestTimeChosen(start, length))) }
                        onmouseenter={point.map(|p| Callback::from(move |_: MouseEvent| p.emit(Some(slot))))}>
                        if c.labelled { { format!("{}/{}", c.holding, c.of) } }
                    </div>
                }
            }) }
            </div>
        }
    };
    let height = f64::from(hours * 60) * PX_PER_MINUTE;
    let hour_px = 60.0 * PX_PER_MINUTE;
    let day_tabs = v.days.iter().enumerate().map(|(i, d)| {
        let cb = props.on_action.clone();
        let count = v.blocks.iter().filter(|b| b.day == i).count();
        html! {
            <button type="button" role="tab" aria-selected={(i == props.day).to_string()}
                class={classes!("day-tab", (i == props.day).then_some("selected"))}
                onclick={Callback::from(move |_| cb.emit(Action::DayChosen(i)))}>
                { words.short_date(d.date) }
                if count > 0 {
                    <span class="count" aria-label={w!(words, "grid-day-count", count = count)}>{ count }</span>
                }
            </button>
        }
    });
    // A weekend day without sessions is drawn narrow, so that a desktop shows the whole week
    // without scrolling sideways (a weekend with sessions, as Auckland's Monday is a European
    // Sunday, keeps its full width).
    let quiet = |i: usize| i >= 5 && !v.blocks.iter().any(|b| b.day == i);
    // Sessions side by side widen their day: it takes a share of the width for each lane
    // (the style sheet's --lanes). Three or more ("crowded") keep a readable width each, the
    // grid scrolling sideways if it must, so none shrinks to a stub; two still fit the week.
    let lanes = |i: usize| {
        v.blocks
            .iter()
            .filter(|b| b.day == i)
            .map(|b| b.lanes)
            .max()
            .unwrap_or(1)
    };
    html! {
        <section class={classes!("grid", props.heat.is_some().then_some("with-heat"))} aria-label={w!(words, "grid-label", zone = props.reference.to_string())}>
            <div class="day-tabs" role="tablist" aria-label={words.t("grid-day-tabs")}>{ for day_tabs }</div>
            <div class="grid-scroll" tabindex="0" aria-label={words.t("grid-scroll")} data-focus-home="">
                <div class="grid-head">
                    <div class="rulers-head">
                        { for v.rulers.iter().map(|r| {
                            let name = ruler_name(&words, r);
                            let days_off = r.days_off.iter().map(|d| day_off(&words, d)).collect::<Vec<_>>().join("; ");
                            html! {
                            <div class="ruler-head" style={format!("--campus:{}", r.colour)}
                                title={format!("{} ({}, {})", name, r.zone, ruler_offset(&words, r))}>
                                <span class="ruler-name" aria-hidden="true">{ ruler_label(&words, r) }</span>
                                <span class="visually-hidden">{ w!(words, "grid-ruler", name = name.as_str()) }</span>
                                <span class="ruler-offset">{ &r.offset_short }</span>
                                if !r.days_off.is_empty() {
                                    <span class="ruler-holiday" title={days_off.clone()}>
                                        <span aria-hidden="true">{ "✱" }</span>
                                        <span class="visually-hidden">{ w!(words, "grid-ruler-closed", campus = name.as_str(), days = days_off.as_str()) }</span>
                                    </span>
                                }
                            </div>
                            }
                        }) }
                    </div>
                    { for v.days.iter().enumerate().map(|(i, d)| html! {
                        <div class={classes!("day-head", (i == props.day).then_some("selected"), (i >= 5).then_some("weekend"), quiet(i).then_some("quiet"), (lanes(i) >= 3).then_some("crowded"))}
                            style={format!("--lanes:{}", lanes(i))}>{ words.short_date(d.date) }</div>
                    }) }
                </div>
                <div class="grid-body">
                    <div class="rulers">
                        { for v.rulers.iter().map(|r| ruler_html(&words, r, height)) }
                    </div>
                    { for v.days.iter().enumerate().map(|(i, d)| html! {
                        <div class={classes!("day", (i == props.day).then_some("selected"), (i >= 5).then_some("weekend"), quiet(i).then_some("quiet"), (lanes(i) >= 3).then_some("crowded"), props.editable.then_some("sketchable"))}
                            style={format!("height:{height}px;--hour:{hour_px}px;--lanes:{}", lanes(i))}
                            aria-label={words.short_date(d.date)} role="group" tabindex="-1" data-focus-home=""
                            onpointerdown={on_sketch_down(i)} onpointermove={on_sketch_move.clone()}
                            onpointerup={on_sketch_up.clone()} onpointercancel={on_sketch_cancel.clone()}>
                            { heat_cells(i) }
                            if let Some(k) = sketch.filter(|k| k.day == i) {
                                <div class="sketch" aria-hidden="true"
                                    style={{ let (a, m) = k.span(snap); format!("top:{}px;height:{}px", a as f64 * PX_PER_MINUTE, m as f64 * PX_PER_MINUTE) }}>
                                    { sketch_label(&words, v.first_hour, k.span(snap)) }
                                </div>
                            }
                            { for v.blocks.iter().enumerate().filter(|(_, b)| b.day == i).map(|(k, b)| {
                                // Keyed by session and its place in the day, so that a block moved
                                // within the day stays the same element (and keeps the focus).
                                let nth = v.blocks[..k].iter().filter(|x| x.day == i && x.session == b.session).count();
                                html! {
                                    <SessionBlock key={format!("{}-{}-{nth}-{}", b.session, b.day, b.start.unix_seconds() * i64::from(b.busy.is_some()))}
                                        block={b.clone()} id={format!("occ-{k}")} up={b.top > hours * 30}
                                        on_edit={on_edit.clone()} on_open={on_open.clone()} on_drag={props.on_drag.clone()}
                                        on_drop={on_drop.clone()} snap={snap}
                                        focus={props.focus == Some(b.session) && nth == 0}
                                        highlight={props.highlight.contains(&b.session)} />
                                }
                            }) }
                        </div>
                    }) }
                </div>
            </div>
            <p class="grid-legend">
                { w!(words, "grid-legend", zone = props.reference.to_string(), editable = yes_no(props.editable)) }
            </p>
        </section>
    }
}
