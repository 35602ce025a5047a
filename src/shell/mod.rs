//! The root component: owns the store, lays out the page (header, shared-copy banner, notices,
//! the open dialog, the screen, footer), and is the one place that acts on the browser for the
//! store: storage through [`library::perform`], the link in the address bar, undo keys.

pub mod header;
pub mod language_menu;
pub mod menu;
pub mod release_ready;
pub mod shared_banner;
mod start;

use crate::browser;
use crate::dialogs::busy_import::BusyImport;
use crate::dialogs::compare::CompareDialog;
use crate::dialogs::compare_with::CompareWith;
use crate::dialogs::my_schedules::MySchedules;
use crate::dialogs::new_schedule::NewSchedule;
use crate::dialogs::people::People;
use crate::dialogs::share::ShareDialog;
use crate::holidays::{self, Holidays};
use crate::language::{use_words, w};
use crate::library::{self, Done, Request};
use crate::screens::planner::scope_choice::ScopeChoice;
use crate::screens::planner::session_form::SessionForm;
use crate::screens::planner::Planner;
use crate::screens::timetable::Timetable;
use crate::store::{
    Action, Comparison, Dialog, Edit, Mode, Origin, Removed, Said, Source, State, StorageStep,
};
use header::Header;
use meridian_engine::lineage::{fingerprint, Fingerprint};
use meridian_engine::schedule::Schedule;
use meridian_engine::{link, TZDB_VERSION};
use shared_banner::{SaveChoice, SharedBanner};
use std::rc::Rc;
use yew::prelude::*;

/// Meridian.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(start::initial_state);
    let words = use_words();
    {
        // The reducer names a demo's copy in the reader's language.
        let dispatch = state.dispatcher();
        use_effect_with(words.clone(), move |words| {
            dispatch.dispatch(Action::LanguageChanged(words.clone()))
        });
    }
    let holidays = holidays::use_public_holidays(&state.schedule);
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    // Every write to storage a component asks for, carried out in one place.
    let on_store = {
        let dispatch = dispatch.clone();
        Callback::from(move |r: Request| {
            for action in stored(&r) {
                dispatch.emit(action);
            }
        })
    };
    {
        // Remember what is open, so that a reload opens it again (a shared copy is not stored).
        let last = match &state.origin {
            Origin::Demo(name) => Some(format!("demo:{name}")),
            Origin::Saved => Some(format!("saved:{}", state.schedule.id)),
            Origin::Shared(_) => None,
        };
        let on_store = on_store.clone();
        use_effect_with(last, move |last| {
            if let Some(last) = last {
                on_store.emit(Request::RememberOpen(last.clone()));
            }
        });
    }
    {
        // "Now" moves on while the page stays open (the timetable's next session, the week).
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let watch = browser::on_clock(move |now| dispatch.dispatch(Action::ClockTicked(now)));
            move || drop(watch)
        });
    }
    {
        // A link pasted into the address bar of this tab changes only the fragment.
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listener = browser::on_fragment_change(move |fragment| {
                dispatch.emit(match link::decode(&fragment) {
                    Ok(shared) => {
                        Action::LinkOpened(shared.kind, Rc::new(shared.schedule), shared.base)
                    }
                    Err(error) => {
                        Action::ProblemReported(Said::LinkUnreadable { error, demo: false })
                    }
                })
            });
            move || drop(listener)
        });
    }
    {
        // Autosave: a stored schedule is written shortly after each change (one write for a
        // burst of key presses). Failing storage keeps the work open and says so.
        // Only the version this tab loaded is written over: another tab's is merged first.
        let (schedule, saved, on_store) = (
            state.schedule.clone(),
            state.origin == Origin::Saved,
            on_store.clone(),
        );
        let loaded = state.loaded.clone();
        use_effect_with((schedule, saved), move |(schedule, saved)| {
            let timer = saved.then(|| {
                let schedule = schedule.clone();
                browser::after(400, move || {
                    on_store.emit(Request::Autosave { schedule, loaded })
                })
            });
            move || drop(timer)
        });
    }
    {
        // Another tab stored this schedule: merge onto what it stored.
        let id = (state.origin == Origin::Saved).then(|| state.schedule.id.clone());
        let dispatch = dispatch.clone();
        use_effect_with(id, move |id| {
            let listener = id.clone().map(|id| {
                browser::on_storage_change(library::schedule_key(&id), move || {
                    if let Ok(s) = library::stored_here(&id) {
                        dispatch.emit(Action::StoredChanged(Rc::new(s)));
                    }
                })
            });
            move || drop(listener)
        });
    }
    {
        // Versions to keep in their schedule's history (what came in a link, what was had
        // before a merge), stored as soon as they are known.
        let (to_keep, on_store, dispatch) =
            (state.to_keep.clone(), on_store.clone(), dispatch.clone());
        use_effect_with(to_keep, move |to_keep| {
            if !to_keep.is_empty() {
                for (schedule, kept) in to_keep {
                    on_store.emit(Request::Remember(schedule.clone(), *kept));
                }
                dispatch.emit(Action::VersionsKept(to_keep.len()));
            }
        });
    }
    let on_open_file = {
        let dispatch = dispatch.clone();
        Callback::from(move |file: web_sys::File| {
            let (dispatch, name) = (dispatch.clone(), file.name());
            browser::read_file_bytes(file, move |bytes| {
                dispatch.emit(
                    match bytes.map(|b| meridian_engine::Schedule::from_bytes(&b)) {
                        Some(Ok(s)) => Action::LinkOpened(link::LinkKind::Edit, Rc::new(s), None),
                        Some(Err(error)) => Action::ProblemReported(Said::FileNotOpened {
                            file: name.clone(),
                            error,
                        }),
                        None => Action::ProblemReported(Said::FileUnreadable(name.clone())),
                    },
                )
            });
        })
    };
    let copy_words = crate::language::use_words();
    let on_save = {
        let (state, on_store, dispatch) = (state.clone(), on_store.clone(), dispatch.clone());
        Callback::from(move |choice: SaveChoice| {
            let schedule = match choice {
                SaveChoice::Compare => {
                    dispatch.emit(compare_with_stored(&state));
                    return;
                }
                SaveChoice::KeepBoth => {
                    library::copy_beside(&state.schedule, &state.library, &copy_words)
                }
                SaveChoice::New | SaveChoice::Replace => (*state.schedule).clone(),
            };
            on_store.emit(Request::SaveShared(Rc::new(schedule)));
        })
    };
    let on_compare = {
        let (state, dispatch) = (state.clone(), dispatch.clone());
        Callback::from(
            move |(theirs, base, source): (Rc<Schedule>, Option<Fingerprint>, Source)| {
                let mine = state.schedule.clone();
                let base = base
                    .filter(|_| theirs.id == mine.id)
                    .and_then(|b| common_version(&mine, b));
                dispatch.emit(Action::ComparisonOpened {
                    mine: None,
                    comparison: Comparison {
                        theirs,
                        base: base.map(Rc::new),
                        source,
                    },
                });
            },
        )
    };
    // A coordinator's work lives only in this browser's storage: ask the browser to keep it
    // (My schedules says whether it agreed).
    use_effect_with((), |_| browser::ask_persistent_storage(|_| ()));
    {
        // Undo and redo from anywhere on the page (not while typing in a field).
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listener = browser::on_undo_key(move |redo| {
                dispatch.emit(if redo { Action::Redone } else { Action::Undone })
            });
            move || drop(listener)
        });
    }
    let close = {
        let d = dispatch.clone();
        Callback::from(move |_| d.emit(Action::DialogClosed))
    };
    // A dialog that changes the schedule closes, then the change is made (or refused, and said).
    let close_then = |action: fn(Edit) -> Action| {
        let d = dispatch.clone();
        Callback::from(move |e: Edit| {
            d.emit(Action::DialogClosed);
            d.emit(action(e));
        })
    };
    let pending = state.pending.and_then(|g| {
        let title = state.schedule.sessions.get(g.session)?.title.clone();
        Some(html! { <ScopeChoice gesture={g} title={title} on_action={dispatch.clone()} /> })
    });
    let schedule = &state.schedule;
    let stored = state.library.iter().find(|e| e.id == schedule.id).cloned();
    // What keeps a campus's public holidays out of the check (a file that did not load, a
    // region the data does not have, a year it does not cover).
    let holiday_gaps: Vec<String> = holidays
        .data
        .gaps(schedule)
        .iter()
        .filter_map(|g| holidays::gap_words(&words, schedule, &holidays, g))
        .collect();
    html! {
        <ContextProvider<Holidays> context={holidays.clone()}>
        <div class="app">
            <Header schedule={schedule.clone()} origin={state.origin.clone()} library={state.library.clone()}
                mode={state.mode} reference={state.reference} viewer={state.viewer}
                can_undo={!state.past.is_empty()} can_redo={!state.future.is_empty()}
                on_action={dispatch.clone()} on_store={on_store.clone()} on_open_file={on_open_file} />
            if let Origin::Shared(kind) = &state.origin {
                <SharedBanner schedule={schedule.clone()} stored={stored} kind={kind.clone()} on_save={on_save} />
            }
            if let Some(n) = &state.notice {
                <p class="notice" role="alert">{ n.words(&words) }</p>
            }
            if let Some(m) = &state.status {
                <p class="status-line" role="status">{ m.words(&words) }</p>
            }
            { for holiday_gaps.iter().map(|g| html! { <p class="notice holiday-gap">{ g }</p> }) }
            { pending.unwrap_or_default() }
            if let Some(target) = state.form.clone() {
                <SessionForm schedule={schedule.clone()} target={target} draft={state.form_draft.clone()} week={state.week} reference={state.reference} twelve_hour={state.twelve_hour}
                    on_edit={{ let d = dispatch.clone(); Callback::from(move |e| d.emit(Action::Edited(e))) }}
                    on_close={{ let d = dispatch.clone(); Callback::from(move |_| d.emit(Action::SessionFormClosed)) }}
                    on_best_times={{ let d = dispatch.clone(); Callback::from(move |(w, draft)| d.emit(Action::BestTimesOpened(w, Box::new(draft)))) }} />
            }
            { match state.dialog {
                Some(Dialog::MySchedules) => html! {
                    <MySchedules library={state.library.clone()}
                        open={(state.origin == Origin::Saved).then(|| state.schedule.id.clone())}
                        current={state.schedule.clone()} removed={state.removed.clone()}
                        on_store={on_store.clone()} on_action={dispatch.clone()} on_close={close.clone()} />
                },
                Some(Dialog::People) => html! {
                    <People schedule={schedule.clone()} on_edit={close_then(Action::Edited)} on_close={close.clone()} />
                },
                Some(Dialog::NewSchedule) => html! {
                    <NewSchedule library={state.library.clone()} today={state.today}
                        on_created={{ let d = dispatch.clone(); Callback::from(move |s| d.emit(Action::ScheduleCreated(s))) }}
                        on_close={close.clone()} />
                },
                Some(Dialog::BusyImport) => html! {
                    <BusyImport schedule={schedule.clone()}
                        on_imported={{
                            let on_edit = close_then(Action::Edited);
                            Callback::from(move |calendar| on_edit.emit(Edit::BusyImported(Box::new(calendar))))
                        }}
                        on_close={close.clone()} />
                },
                Some(Dialog::Share) => html! {
                    <ShareDialog schedule={schedule.clone()} stored={state.origin == Origin::Saved}
                        on_store={on_store.clone()} on_close={close.clone()} />
                },
                Some(Dialog::Compare) => match state.comparison.clone() {
                    Some(comparison) => html! {
                        // A new comparison (another tab stored again) starts its answers afresh.
                        <CompareDialog key={comparison_key(&comparison)} mine={schedule.clone()} comparison={comparison.clone()} viewer={state.viewer}
                            twelve_hour={state.twelve_hour}
                            on_edit={{ let d = dispatch.clone(); Callback::from(move |e| d.emit(Action::Edited(e))) }}
                            on_close={close.clone()} />
                    },
                    None => html! {},
                },
                Some(Dialog::CompareWith) => html! {
                    <CompareWith schedule={schedule.clone()} on_compare={on_compare.clone()} on_close={close.clone()} />
                },
                None => html! {},
            } }
            if state.mode == Mode::Timetable {
                <Timetable schedule={schedule.clone()} student={state.student.clone()} viewer={state.viewer}
                    week={state.week} day={state.day} today={state.today} now={state.now}
                    twelve_hour={state.twelve_hour} on_action={dispatch.clone()} on_store={on_store.clone()} />
            } else {
                <Planner schedule={schedule.clone()} week={state.week} reference={state.reference}
                    viewer={state.viewer} twelve_hour={state.twelve_hour} day={state.day}
                    focus={state.focus} highlight={state.highlight.clone()} snap={state.snap}
                    best_times={state.best_times.clone()} on_action={dispatch.clone()} />
            }
            <footer class="footer">
                <span>{ w!(words, "shell-footer-tzdb", version = TZDB_VERSION) }</span>
                <span aria-hidden="true">{ "·" }</span>
                <span>{ w!(words, "shell-footer-version", version = env!("CARGO_PKG_VERSION")) }</span>
                <span aria-hidden="true">{ "·" }</span>
                <span>{ w!(words, "shell-footer-private") }</span>
            </footer>
        </div>
        </ContextProvider<Holidays>>
    }
}

/// What tells comparisons apart: the other version and the base, by fingerprint.
fn comparison_key(c: &Comparison) -> String {
    let base = c.base.as_deref().map(fingerprint);
    format!("{}:{base:?}", fingerprint(&c.theirs))
}

/// The version `mine` and another one both came from, found by the fingerprint a link names:
/// `mine` itself, or a version kept in its history.
fn common_version(mine: &Schedule, base: Fingerprint) -> Option<Schedule> {
    if fingerprint(mine) == base {
        return Some(mine.clone());
    }
    library::kept_version(&library::history_here(&mine.id), base)
}

/// The open shared copy compared with the stored schedule of the same identity: three-way when
/// the link's base is that schedule or in its history. The link has done its work (the
/// version it carried is kept in the history), so a reload opens the stored schedule.
fn compare_with_stored(state: &State) -> Action {
    let theirs = state.schedule.clone();
    match library::stored_here(&theirs.id) {
        Ok(mine) => {
            let base = state.link_base.and_then(|b| common_version(&mine, b));
            browser::clear_fragment();
            Action::ComparisonOpened {
                mine: Some(Rc::new(mine)),
                comparison: Comparison {
                    theirs,
                    base: base.map(Rc::new),
                    source: Source::Link,
                },
            }
        }
        Err(e) => Action::ProblemReported(Said::Storage(StorageStep::Compare, e)),
    }
}

/// Carries out a storage request and says what happened, as actions: the one place the app
/// writes storage.
fn stored(request: &Request) -> Vec<Action> {
    let problem = |step: StorageStep, e: library::LibraryError| {
        vec![Action::ProblemReported(Said::Storage(step, e))]
    };
    match (request, library::perform(request)) {
        (Request::Open(_), Ok(Done::Opened(s))) => vec![Action::SavedOpened(Rc::new(*s))],
        (Request::Open(_), Err(e)) => {
            let mut actions: Vec<Action> = library::stored_entries()
                .ok()
                .map(Action::LibraryRead)
                .into_iter()
                .collect();
            actions.extend(problem(StorageStep::Open, e));
            actions
        }
        (Request::Autosave { schedule, .. }, Ok(Done::Listed(list))) => {
            vec![Action::Autosaved(schedule.clone(), list)]
        }
        (Request::Autosave { .. }, Ok(Done::ChangedElsewhere(stored))) => {
            vec![Action::StoredChanged(Rc::new(*stored))]
        }
        (Request::Autosave { .. }, Err(e)) => problem(StorageStep::Autosave, e),
        (Request::Remember(..), Err(e)) => problem(StorageStep::Remember, e),
        (Request::SaveShared(schedule), Ok(Done::Listed(list))) => {
            // The link has done its work: a reload now opens the saved schedule.
            browser::clear_fragment();
            vec![Action::Saved(schedule.clone(), list)]
        }
        (Request::SaveShared(_), Err(e)) => problem(StorageStep::Save, e),
        (Request::Restore(_), Ok(Done::Listed(list))) => vec![Action::RemovalUndone(list)],
        (Request::Remove { id, name }, Ok(Done::Removed(list, kept))) => {
            vec![Action::ScheduleRemoved {
                id: id.clone(),
                list,
                removed: kept.map(|text| Removed {
                    name: name.clone(),
                    text,
                }),
            }]
        }
        (Request::Remove { .. }, Err(e)) => problem(StorageStep::Remove, e),
        (_, Ok(Done::Listed(list))) => vec![Action::LibraryRead(list)],
        (_, Err(e)) => problem(StorageStep::Other, e),
        (_, Ok(_)) => Vec::new(),
    }
}
