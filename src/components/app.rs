//! The root component: owns the store and lays out the page.

use super::header::Header;
use super::week_grid::WeekGrid;
use super::week_nav::WeekNav;
use crate::browser;
use crate::store::{Action, State};
use crate::view_model::week_view;
use meridian_engine::{demo, CivilDate, Zone, TZDB_VERSION};
use std::rc::Rc;
use yew::prelude::*;

/// The first state: the demo named in `?demo=` (default: the ENHANCE term), the viewer's zone
/// from `?tz=` or the browser, the week from `?week=` or today.
fn initial_state() -> State {
    let viewer = browser::query_param("tz")
        .and_then(|z| Zone::parse(&z).ok())
        .or_else(browser::detected_zone)
        .unwrap_or(Zone::UTC);
    let wanted = browser::query_param("demo");
    let name = demo::ALL
        .iter()
        .map(|(n, _)| *n)
        .find(|n| wanted.as_deref() == Some(*n))
        .unwrap_or(demo::ALL[0].0);
    let week = browser::query_param("week").and_then(|w| CivilDate::parse(&w).ok());
    let reference = browser::query_param("ref").and_then(|z| Zone::parse(&z).ok());
    State::open(name, viewer, browser::today(viewer), week, reference)
}

/// Meridian.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(initial_state);
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    let view = use_memo(
        (
            state.schedule.clone(),
            state.week,
            state.reference,
            state.viewer,
        ),
        |(schedule, week, reference, viewer)| week_view(schedule, *week, *reference, Some(*viewer)),
    );
    let schedule = &state.schedule;
    html! {
        <div class="app">
            <Header state={Rc::new((*state).clone())} on_action={dispatch.clone()} />
            if let Some(n) = &state.notice {
                <p class="notice" role="alert">{ n }</p>
            }
            <main class="planner" aria-label="Week grid">
                <WeekNav weeks={state.term_weeks()} week={state.week} switches={view.switches.clone()}
                    on_action={dispatch.clone()} />
                <WeekGrid view={view.clone()} schedule={schedule.clone()} day={state.day}
                    reference={state.reference} on_action={dispatch} />
            </main>
            <footer class="footer">
                <span>{ format!("IANA tzdb {TZDB_VERSION}") }</span>
                <span aria-hidden="true">{ "·" }</span>
                <span>{ format!("Meridian {}", env!("CARGO_PKG_VERSION")) }</span>
                <span aria-hidden="true">{ "·" }</span>
                <span>{ "Everything stays in this browser" }</span>
            </footer>
        </div>
    }
}
