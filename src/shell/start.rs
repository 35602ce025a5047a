//! The state the app opens in, from the page's address and what this browser stores.

use crate::browser;
use crate::library;
use crate::store::{Mode, Origin, Said, State, StorageStep};
use meridian_engine::{demo, link, CivilDate, Zone};
use std::rc::Rc;

/// The first state: a share link in the fragment if there is one, else the demo named in
/// `?demo=` (default: the ENHANCE term); the viewer's zone from `?tz=` or the browser, the week
/// from `?week=` or today; and the list of schedules stored in this browser.
pub fn initial_state() -> State {
    let mut state = first_demo();
    state.twelve_hour = browser::uses_12_hour_clock();
    if browser::query_param("view").as_deref() == Some("timetable") {
        state.mode = Mode::Timetable;
    }
    let (list, problem) = library::entries_at_start();
    state.library = list;
    if problem.is_some() {
        state.notice = problem;
    }
    let last = library::last_opened();
    let saved = last.as_deref().and_then(|l| l.strip_prefix("saved:"));
    if let (None, Some(id)) = (browser::query_param("demo"), saved) {
        match library::perform(&library::Request::Open(id.to_string())) {
            Ok(library::Done::Opened(s)) => {
                let library = state.library.clone();
                let s = Rc::new(*s);
                state = state.with_schedule(Origin::Saved, s.clone());
                state.library = library;
                state.loaded = Some(s);
            }
            Ok(_) => {}
            Err(e) => {
                state.notice = Some(Said::Storage(StorageStep::OpenLast, e));
                state.library = library::stored_entries().unwrap_or_default();
            }
        }
    }
    if let Some(fragment) = browser::fragment() {
        match link::decode(&fragment) {
            Ok(shared) if matches!(shared.kind, link::LinkKind::View { .. }) => {
                // A students' link made before the timetable had its own page: open it there.
                let page = link::page_for(&browser::page_address(), &shared.kind);
                browser::go_to(&format!("{page}{}#{fragment}", browser::query()));
                let library = state.library.clone();
                state = state.with_schedule(Origin::Shared(shared.kind), Rc::new(shared.schedule));
                state.library = library;
            }
            Ok(shared) => {
                let library = state.library.clone();
                state = state.with_schedule(Origin::Shared(shared.kind), Rc::new(shared.schedule));
                state.library = library;
                state.link_base = shared.base;
            }
            Err(e) => {
                state.notice = Some(Said::LinkUnreadable {
                    error: e,
                    demo: true,
                })
            }
        }
    }
    state
}

fn first_demo() -> State {
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
    let mut state = State::open(name, viewer, browser::today(viewer), week, reference);
    state.now = browser::now().map(crate::store::to_the_minute);
    state
}
