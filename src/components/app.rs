//! The root component: owns the store and lays out the page.

use super::busy_import::BusyImport;
use super::conflicts_panel::{ConflictsPanel, SessionLabel};
use super::drag_preview::{DragChannel, DragPreviewPanel, SharedIndex};
use super::header::Header;
use super::my_schedules::MySchedules;
use super::new_schedule::NewSchedule;
use super::people::People;
use super::scope_choice::ScopeChoice;
use super::session_form::SessionForm;
use super::share_dialog::ShareDialog;
use super::shared_banner::{SaveChoice, SharedBanner};
use super::timetable::Timetable;
use super::week_grid::WeekGrid;
use super::week_nav::WeekNav;
use crate::browser;
use crate::library;
use crate::store::{Action, Edit, Gesture, Mode, Origin, State};
use crate::view_model::week_view;
use meridian_engine::{demo, link, CivilDate, Zone, TZDB_VERSION};
use std::rc::Rc;
use yew::prelude::*;

/// The first state: a share link in the fragment if there is one, else the demo named in
/// `?demo=` (default: the ENHANCE term); the viewer's zone from `?tz=` or the browser, the week
/// from `?week=` or today; and the list of schedules stored in this browser.
fn initial_state() -> State {
    let mut state = first_demo();
    state.twelve_hour = browser::uses_12_hour_clock();
    if browser::query_param("view").as_deref() == Some("timetable") {
        state.mode = Mode::Timetable;
    }
    match library::entries(&browser::read) {
        Ok(list) => state.library = list,
        Err(library::LibraryError::Corrupt { .. }) => {
            match library::entries_repaired(
                &browser::read,
                &browser::write,
                &browser::erase,
                &browser::keys,
            ) {
                Ok(list) => {
                    state.library = list;
                    state.notice = Some("The list of your stored schedules was damaged: it was set aside and made again from the schedules stored here (“My schedules” offers the damaged list as a file).".into());
                }
                Err(e) => {
                    state.notice = Some(format!("Your stored schedules could not be read: {e}."))
                }
            }
        }
        Err(e) => state.notice = Some(format!("Your stored schedules could not be read: {e}.")),
    }
    let last = browser::read(library::LAST_OPENED_KEY).ok().flatten();
    let saved = last.as_deref().and_then(|l| l.strip_prefix("saved:"));
    if let (None, Some(id)) = (browser::query_param("demo"), saved) {
        match library::open(&browser::read, &browser::write, &browser::erase, id) {
            Ok(s) => {
                let library = state.library.clone();
                state = state.with_schedule(Origin::Saved, Rc::new(s));
                state.library = library;
            }
            Err(e) => {
                state.notice = Some(format!("Your last schedule could not be opened: {e}."));
                state.library = library::entries(&browser::read).unwrap_or_default();
            }
        }
    }
    if let Some(fragment) = browser::fragment() {
        match link::decode(&fragment) {
            Ok(shared) => {
                let library = state.library.clone();
                state = state.with_schedule(Origin::Shared(shared.kind), Rc::new(shared.schedule));
                state.library = library;
            }
            Err(e) => {
                state.notice = Some(format!(
                    "The link you opened could not be read: {e}. Showing the demo schedule instead."
                ))
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
            state.twelve_hour,
        ),
        |(schedule, week, reference, viewer, twelve)| {
            let mut v = week_view(schedule, *week, *reference, Some(*viewer));
            crate::view_model::in_viewers_clock(&mut v, *reference, *twelve);
            v
        },
    );
    {
        // Remember what is open, so that a reload opens it again (a shared copy is not stored).
        let last = match &state.origin {
            Origin::Demo(name) => Some(format!("demo:{name}")),
            Origin::Saved => Some(format!("saved:{}", state.schedule.id)),
            Origin::Shared(_) => None,
        };
        use_effect_with(last, |last| {
            if let Some(last) = last {
                let _ = browser::write(library::LAST_OPENED_KEY, last);
            }
        });
    }
    {
        // A link pasted into the address bar of this tab changes only the fragment.
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listener = browser::on_fragment_change(move |fragment| {
                dispatch.emit(match link::decode(&fragment) {
                    Ok(shared) => Action::LinkOpened(shared.kind, Rc::new(shared.schedule)),
                    Err(e) => Action::ProblemReported(format!(
                        "The link you opened could not be read: {e}."
                    )),
                })
            });
            move || drop(listener)
        });
    }
    {
        // Autosave: a stored schedule is written shortly after each change (one write for a
        // burst of key presses). Failing storage keeps the work open and says so.
        let (schedule, saved, dispatch) = (
            state.schedule.clone(),
            state.origin == Origin::Saved,
            dispatch.clone(),
        );
        use_effect_with((schedule, saved), move |(schedule, saved)| {
            let timer = saved.then(|| {
                let schedule = schedule.clone();
                browser::after(400, move || {
                    match library::save(&browser::read, &browser::write, &schedule) {
                        Ok(list) => dispatch.emit(Action::LibraryRead(list)),
                        Err(e) => dispatch.emit(Action::ProblemReported(format!(
                            "Your last change is open here but not saved: {e}."
                        ))),
                    }
                })
            });
            move || drop(timer)
        });
    }
    let sharing = use_state(|| false);
    let on_share = {
        let sharing = sharing.clone();
        Callback::from(move |_| sharing.set(true))
    };
    let on_share_closed = {
        let sharing = sharing.clone();
        Callback::from(move |_| sharing.set(false))
    };
    let on_open_saved = {
        let dispatch = dispatch.clone();
        Callback::from(move |id: String| {
            match library::open(&browser::read, &browser::write, &browser::erase, &id) {
                Ok(s) => dispatch.emit(Action::SavedOpened(Rc::new(s))),
                Err(e) => {
                    if let Ok(list) = library::entries(&browser::read) {
                        dispatch.emit(Action::LibraryRead(list));
                    }
                    dispatch.emit(Action::ProblemReported(format!(
                        "That schedule could not be opened: {e}."
                    )))
                }
            }
        })
    };
    let on_open_file = {
        let dispatch = dispatch.clone();
        Callback::from(move |file: web_sys::File| {
            let (dispatch, name) = (dispatch.clone(), file.name());
            browser::read_file_bytes(file, move |bytes| {
                dispatch.emit(
                    match bytes.map(|b| meridian_engine::Schedule::from_bytes(&b)) {
                        Some(Ok(s)) => {
                            Action::LinkOpened(meridian_engine::link::LinkKind::Edit, Rc::new(s))
                        }
                        Some(Err(e)) => Action::ProblemReported(format!(
                            "“{name}” was not opened, and nothing changed: {e}."
                        )),
                        None => Action::ProblemReported(format!("“{name}” could not be read.")),
                    },
                )
            });
        })
    };
    let on_save = {
        let (state, dispatch) = (state.clone(), dispatch.clone());
        Callback::from(move |choice: SaveChoice| dispatch.emit(save(&state, choice)))
    };
    let creating = use_state(|| false);
    let on_new = {
        let creating = creating.clone();
        Callback::from(move |_| creating.set(true))
    };
    let on_created = {
        let (creating, dispatch) = (creating.clone(), dispatch.clone());
        Callback::from(move |s: Rc<meridian_engine::Schedule>| {
            creating.set(false);
            dispatch.emit(Action::ScheduleCreated(s));
        })
    };
    let on_new_closed = {
        let creating = creating.clone();
        Callback::from(move |_| creating.set(false))
    };
    let mine = use_state(|| false);
    let on_mine = {
        let mine = mine.clone();
        Callback::from(move |_| mine.set(true))
    };
    let people = use_state(|| false);
    let on_people = {
        let people = people.clone();
        Callback::from(move |_| people.set(true))
    };
    let importing = use_state(|| false);
    let on_import = {
        let importing = importing.clone();
        Callback::from(move |_| importing.set(true))
    };
    let on_import_closed = {
        let importing = importing.clone();
        Callback::from(move |_| importing.set(false))
    };
    let on_imported = {
        let (dispatch, importing) = (dispatch.clone(), importing.clone());
        Callback::from(move |calendar: meridian_engine::schedule::BusyCalendar| {
            importing.set(false);
            dispatch.emit(Action::Edited(Edit::BusyImported(Box::new(calendar))));
        })
    };
    {
        // Undo and redo from anywhere on the page (not while typing in a field).
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listener = browser::on_key(move |e| {
                let typing = e
                    .target()
                    .and_then(|t| {
                        wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok()
                    })
                    .is_some();
                if typing || !(e.ctrl_key() || e.meta_key()) {
                    return;
                }
                match (e.key().to_lowercase().as_str(), e.shift_key()) {
                    ("z", false) => dispatch.emit(Action::Undone),
                    ("z", true) | ("y", false) => dispatch.emit(Action::Redone),
                    _ => return,
                }
                e.prevent_default();
            });
            move || drop(listener)
        });
    }
    let highlight: Vec<usize> = state
        .schedule
        .sessions
        .iter()
        .enumerate()
        .filter(|(_, x)| state.highlight.contains(&x.id))
        .map(|(i, _)| i)
        .collect();
    // The whole check, again after each change (see DESIGN.md for its time on 7,500
    // occurrences); a drag re-checks only the dragged session on a copy of this index.
    let index = use_memo(state.schedule.clone(), |s| {
        browser::timed("meridian:check", || meridian_engine::ConflictIndex::new(s))
    });
    let conflicts = {
        let index = index.clone();
        use_memo(state.schedule.clone(), move |s| index.conflicts(s))
    };
    // What the conflicts list needs of each session for "Find a time for …".
    let session_labels = use_memo(state.schedule.clone(), |s| {
        s.sessions
            .iter()
            .enumerate()
            .map(|(index, x)| {
                let label = SessionLabel {
                    index,
                    title: x.title.clone(),
                    weekly: x.repeat.is_some(),
                };
                (x.id.to_string(), label)
            })
            .collect::<std::collections::HashMap<_, _>>()
    });
    // The term strip: weeks with an error, and weeks in which some campus's clocks change.
    let marks = use_memo(
        (state.schedule.clone(), conflicts.clone(), state.reference),
        |(s, conflicts, reference)| {
            let weeks = s.term.week_mondays();
            let zones: Vec<meridian_engine::Zone> = s.campuses.iter().map(|c| c.zone).collect();
            let at = |d: meridian_engine::CivilDate| {
                reference
                    .resolve(
                        d.at(meridian_engine::CivilTime::MIDNIGHT),
                        meridian_engine::Disambiguation::Compatible,
                    )
                    .ok()
                    .map(|r| r.instant)
            };
            weeks
                .iter()
                .map(|&m| {
                    let error = conflicts.iter().any(|c| {
                        c.severity == meridian_engine::Severity::Error
                            && c.occurrences
                                .iter()
                                .any(|o| reference.local(o.start).datetime.date().monday() == m)
                    });
                    let switch = match (at(m), m.add_days(7).and_then(at)) {
                        (Some(a), Some(b)) => zones.iter().any(|z| !z.transitions(a, b).is_empty()),
                        _ => false,
                    };
                    (m, error, switch)
                })
                .collect::<Vec<_>>()
        },
    );
    // While a session is dragged, only the preview redraws: blocks report through a channel
    // that the preview listens to, so a drag step does not redraw the app (and its grid of
    // every block of the week).
    let drag_channel = use_memo((), |_| DragChannel::default());
    let on_drag = {
        let channel = drag_channel.clone();
        Callback::from(move |g: Option<Gesture>| channel.report(g))
    };
    let pending = state.pending.and_then(|g| {
        let title = state.schedule.sessions.get(g.session)?.title.clone();
        Some(html! { <ScopeChoice gesture={g} title={title} on_action={dispatch.clone()} /> })
    });
    let schedule = &state.schedule;
    let shared_state = Rc::new((*state).clone());
    html! {
        <div class="app">
            <Header state={shared_state.clone()} on_action={dispatch.clone()} on_open_saved={on_open_saved.clone()}
                on_share={on_share} on_import={on_import} on_open_file={on_open_file} on_new={on_new} on_people={on_people} on_mine={on_mine} />
            if let Origin::Shared(kind) = &state.origin {
                <SharedBanner state={shared_state.clone()} kind={kind.clone()} on_save={on_save} />
            }
            if let Some(n) = &state.notice {
                <p class="notice" role="alert">{ n }</p>
            }
            if let Some(m) = &state.status {
                <p class="status-line" role="status">{ m }</p>
            }
            { pending.unwrap_or_default() }
            if let Some(target) = state.form.clone() {
                <SessionForm schedule={schedule.clone()} target={target} week={state.week} reference={state.reference} twelve_hour={state.twelve_hour}
                    on_edit={{ let d = dispatch.clone(); Callback::from(move |e| d.emit(Action::Edited(e))) }}
                    on_close={{ let d = dispatch.clone(); Callback::from(move |_| d.emit(Action::SessionFormClosed)) }} />
            }
            if *mine {
                <MySchedules library={state.library.clone()}
                    open={(state.origin == Origin::Saved).then(|| state.schedule.id.clone())}
                    current={state.schedule.clone()}
                    on_open={on_open_saved.clone()} on_action={dispatch.clone()}
                    on_close={{ let m = mine.clone(); Callback::from(move |_| m.set(false)) }} />
            }
            if *people {
                <People schedule={schedule.clone()}
                    on_edit={{ let (d, p) = (dispatch.clone(), people.clone()); Callback::from(move |e| { p.set(false); d.emit(Action::Edited(e)) }) }}
                    on_close={{ let p = people.clone(); Callback::from(move |_| p.set(false)) }} />
            }
            if *creating {
                <NewSchedule library={state.library.clone()} today={state.today} on_created={on_created} on_close={on_new_closed} />
            }
            if *importing {
                <BusyImport schedule={schedule.clone()} on_imported={on_imported} on_close={on_import_closed} />
            }
            if *sharing {
                <ShareDialog schedule={schedule.clone()} on_close={on_share_closed} />
            }
            if state.mode == Mode::Timetable {
                <Timetable state={Rc::new((*state).clone())} on_action={dispatch.clone()} />
            } else {
                <div class="planner-body">
                    <main class="planner" aria-label="Week grid">
                        <WeekNav weeks={state.term_weeks()} week={state.week} switches={view.switches.clone()}
                            on_action={dispatch.clone()} marks={(*marks).clone()} snap={Some(state.snap)} />
                        <WeekGrid view={view.clone()} schedule={schedule.clone()} day={state.day}
                            reference={state.reference} on_action={dispatch.clone()} editable=true
                            focus={state.focus} highlight={highlight} on_drag={on_drag}
                            snap={state.snap} twelve_hour={state.twelve_hour} />
                        <DragPreviewPanel schedule={schedule.clone()} index={SharedIndex(index.clone())}
                            twelve_hour={state.twelve_hour} channel={drag_channel.clone()} />
                    </main>
                    <ConflictsPanel conflicts={conflicts} reference={state.reference} on_action={dispatch.clone()} sessions={session_labels} />
                </div>
            }
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

/// Stores the open (shared) schedule as the user chose, and says what happened.
fn save(state: &State, choice: SaveChoice) -> Action {
    let schedule = match choice {
        SaveChoice::KeepBoth => library::copy_beside(&state.schedule, &state.library),
        SaveChoice::New | SaveChoice::Replace => (*state.schedule).clone(),
    };
    match library::save(&browser::read, &browser::write, &schedule) {
        Ok(list) => {
            // The link has done its work: a reload now opens the saved schedule.
            browser::clear_fragment();
            Action::Saved(Rc::new(schedule), list)
        }
        Err(e) => Action::ProblemReported(format!("The schedule was not saved: {e}.")),
    }
}
