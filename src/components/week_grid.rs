//! The week grid: one ruler per campus (and the viewer) beside seven day columns in the
//! reference zone. On a phone, one day at a time.

use super::session_block::{SessionBlock, PX_PER_MINUTE};
use crate::store::Action;
use crate::view_model::{Ruler, WeekView};
use meridian_engine::schedule::Schedule;
use meridian_engine::Zone;
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
    /// Hears a drag in progress (session, minutes) and its end (`None`).
    #[prop_or_default]
    pub on_drag: Option<Callback<Option<(usize, i64)>>>,
}

fn ruler_html(r: &Ruler, height: f64) -> Html {
    html! {
        <div class="ruler" style={format!("--campus:{}", r.colour)}
            title={format!("{} — {} ({})", r.name, r.zone, r.offset)}>
            <div class="ruler-body" style={format!("height:{height}px")}>
                { for r.marks.iter().map(|m| html! {
                    <span class={classes!("mark", (!m.teaching).then_some("off"))}
                        style={format!("top:{}px;height:{}px", f64::from(m.top) * PX_PER_MINUTE, 60.0 * PX_PER_MINUTE)}>
                        { &m.label }
                    </span>
                }) }
            </div>
        </div>
    }
}

/// The grid.
#[function_component(WeekGrid)]
pub fn week_grid(props: &Props) -> Html {
    let v = &props.view;
    let hours = v.last_hour.saturating_sub(v.first_hour);
    let on_edit = props.editable.then(|| {
        let cb = props.on_action.clone();
        Callback::from(move |e: crate::store::Edit| cb.emit(Action::Edited(e)))
    });
    let on_open = props.editable.then(|| {
        let cb = props.on_action.clone();
        Callback::from(move |i: usize| cb.emit(Action::SessionFormOpened(Some(i))))
    });
    let height = f64::from(hours * 60) * PX_PER_MINUTE;
    let hour_px = 60.0 * PX_PER_MINUTE;
    let day_tabs = v.days.iter().enumerate().map(|(i, d)| {
        let cb = props.on_action.clone();
        let count = v.blocks.iter().filter(|b| b.day == i).count();
        html! {
            <button type="button" role="tab" aria-selected={(i == props.day).to_string()}
                class={classes!("day-tab", (i == props.day).then_some("selected"))}
                onclick={Callback::from(move |_| cb.emit(Action::DayChosen(i)))}>
                { &d.label }
                if count > 0 {
                    <span class="count" aria-label={format!("{count} sessions")}>{ count }</span>
                }
            </button>
        }
    });
    html! {
        <section class="grid" aria-label={format!("Sessions, times in {}", props.reference)}>
            <div class="day-tabs" role="tablist" aria-label="Day">{ for day_tabs }</div>
            <div class="grid-scroll" tabindex="0" aria-label="Week grid, scrollable">
                <div class="grid-head">
                    <div class="rulers-head">
                        { for v.rulers.iter().map(|r| html! {
                            <div class="ruler-head" style={format!("--campus:{}", r.colour)}
                                title={format!("{} ({}, {})", r.name, r.zone, r.offset)}>
                                <span class="ruler-name" aria-hidden="true">{ &r.label }</span>
                                <span class="visually-hidden">{ format!("{} ruler", r.name) }</span>
                                <span class="ruler-offset">{ &r.offset_short }</span>
                            </div>
                        }) }
                    </div>
                    { for v.days.iter().enumerate().map(|(i, d)| html! {
                        <div class={classes!("day-head", (i == props.day).then_some("selected"), (i >= 5).then_some("weekend"))}>{ &d.label }</div>
                    }) }
                </div>
                <div class="grid-body">
                    <div class="rulers">
                        { for v.rulers.iter().map(|r| ruler_html(r, height)) }
                    </div>
                    { for v.days.iter().enumerate().map(|(i, d)| html! {
                        <div class={classes!("day", (i == props.day).then_some("selected"), (i >= 5).then_some("weekend"))}
                            style={format!("height:{height}px;--hour:{hour_px}px")}
                            aria-label={d.label.clone()} role="group">
                            { for v.blocks.iter().enumerate().filter(|(_, b)| b.day == i).map(|(k, b)| {
                                // Keyed by session and its place in the day, so that a block moved
                                // within the day stays the same element (and keeps the focus).
                                let nth = v.blocks[..k].iter().filter(|x| x.day == i && x.session == b.session).count();
                                html! {
                                    <SessionBlock key={format!("{}-{}-{nth}-{}", b.session, b.day, b.start.unix_seconds() * i64::from(b.busy.is_some()))}
                                        block={b.clone()} id={format!("occ-{k}")} up={b.top > hours * 30}
                                        on_edit={on_edit.clone()} on_open={on_open.clone()} on_drag={props.on_drag.clone()}
                                        focus={props.focus == Some(b.session) && nth == 0}
                                        highlight={props.highlight.contains(&b.session)} />
                                }
                            }) }
                        </div>
                    }) }
                </div>
            </div>
            <p class="grid-legend">
                { format!("Grid times in {} · rulers show each campus's local hours, shaded outside teaching hours · hover, focus or tap a session for its local time at every campus", props.reference) }
            </p>
        </section>
    }
}
