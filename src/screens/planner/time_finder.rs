//! "Find a time" in the session form: the session as the form describes it, tried at every step
//! of its week by the engine, the best starts offered as buttons that fill in the form.

use crate::browser;
use crate::language::{use_words, w};
use meridian_engine::conflict::Progress;
use meridian_engine::schedule::{Schedule, Session};
use meridian_engine::slots::{moved, Searching, SlotSearch, Suggestion, Suggestions};
use meridian_engine::{CivilDate, CivilDateTime};
use meridian_words::{conflict, Words};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`TimeFinder`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The schedule the session is checked against.
    pub schedule: Rc<Schedule>,
    /// The session's place in it when it is being edited, `None` for a new one.
    pub index: Option<usize>,
    /// The session as the form describes it now, or what is wrong with the form in words.
    pub describe: Callback<(), Result<Session, String>>,
    /// A start was picked.
    pub on_pick: Callback<Picked>,
    /// One week of the series to move on its own (its date in the series), with its length
    /// and rooms as they are stored; `None` moves the session as the form describes it.
    #[prop_or_default]
    pub week: Option<CivilDate>,
    /// Times on a 12-hour clock.
    #[prop_or_default]
    pub twelve_hour: bool,
    /// Search as soon as the form opens (it was opened to find a time).
    #[prop_or_default]
    pub at_once: bool,
}

/// A start picked from the suggestions.
#[derive(Clone, PartialEq, Debug)]
pub enum Picked {
    /// The whole session moved there (its start, weekday and skipped dates).
    Series(Box<Session>),
    /// That week only, starting then.
    Week(CivilDateTime),
}

/// What the last search found, and the session it was for.
#[derive(Clone, PartialEq)]
enum Found {
    Nothing,
    Refused(String),
    /// A search under way (a large schedule is searched a slice at a time).
    Searching(Progress),
    Times(Box<Session>, Suggestions),
}

/// "Thu 10 Sep, 10:15" (or "10:15 a.m.").
fn when(words: &Words, x: &Suggestion) -> String {
    w!(
        words,
        "finder-when",
        date = words.short_date(x.start.date()),
        time = words.clock(x.start.time())
    )
}

/// Units of the search between two looks at the clock.
const UNITS: usize = 4;

/// The finder.
#[function_component(TimeFinder)]
pub fn time_finder(props: &Props) -> Html {
    let words = use_words();
    let found = use_state(|| Found::Nothing);
    // Partners' public holidays close their campuses for the search as for the check.
    let holidays = crate::holidays::use_holidays();
    // The search going on in slices, if any; replacing or dropping it stops it.
    let job = use_mut_ref(|| None::<browser::Slices>);
    let search = {
        let (found, describe, schedule, index, week, job, holidays, words) = (
            found.clone(),
            props.describe.clone(),
            props.schedule.clone(),
            props.index,
            props.week,
            job.clone(),
            holidays.data.clone(),
            words.clone(),
        );
        move || {
            job.borrow_mut().take();
            let started = match (index, week) {
                (Some(i), Some(date)) => Searching::week_times_with_holidays(
                    &schedule,
                    i,
                    date,
                    &SlotSearch::default(),
                    &holidays,
                )
                .map(|s| (schedule.sessions.get(i).cloned(), s)),
                _ => match describe.emit(()) {
                    Err(why) => return found.set(Found::Refused(why)),
                    Ok(x) => Searching::times_with_holidays(
                        &schedule,
                        index,
                        &x,
                        &SlotSearch::default(),
                        &holidays,
                    )
                    .map(|s| (Some(x), s)),
                },
            };
            let (x, mut searching) = match started {
                Err(e) => {
                    return found.set(Found::Refused(w!(
                        words,
                        "finder-refused",
                        reason = meridian_words::error(&words, &e)
                    )))
                }
                Ok((None, _)) => return found.set(Found::Nothing),
                Ok((Some(x), searching)) => (Box::new(x), searching),
            };
            if browser::for_a_while(browser::AT_ONCE_MS, || searching.step(UNITS).is_done()) {
                return found.set(Found::Times(x, searching.finish()));
            }
            found.set(Found::Searching(searching.progress()));
            let searching = Rc::new(RefCell::new(Some(searching)));
            let step = {
                let searching = searching.clone();
                move || match searching.borrow_mut().as_mut() {
                    Some(s) => s.step(UNITS).is_done(),
                    None => true,
                }
            };
            let found = found.clone();
            let slices = browser::in_slices(step, move |done| {
                let mut slot = searching.borrow_mut();
                match (done, slot.take()) {
                    (true, Some(s)) => found.set(Found::Times(x.clone(), s.finish())),
                    (false, Some(s)) => {
                        found.set(Found::Searching(s.progress()));
                        *slot = Some(s);
                    }
                    (_, None) => {}
                }
            });
            *job.borrow_mut() = Some(slices);
        }
    };
    let stop = {
        let (found, job) = (found.clone(), job.clone());
        Callback::from(move |_: MouseEvent| {
            job.borrow_mut().take();
            found.set(Found::Nothing);
        })
    };
    {
        let (search, at_once) = (search.clone(), props.at_once);
        use_effect_with((), move |_| {
            if at_once {
                search();
            }
        });
    }
    let search = Callback::from(move |_: MouseEvent| search());
    // Opened to find a time: the suggestions are what the coordinator came for, so they are
    // brought into view (on a phone they are below the fold).
    let section = use_node_ref();
    {
        let (section, at_once) = (section.clone(), props.at_once);
        let shown = matches!(*found, Found::Times(..));
        use_effect_with(shown, move |shown| {
            if *shown && at_once {
                if let Some(el) = section.cast::<web_sys::Element>() {
                    el.scroll_into_view();
                }
            }
        });
    }
    let body = match &*found {
        Found::Nothing => html! {},
        Found::Refused(why) => html! { <p class="notice" role="alert">{ why }</p> },
        Found::Searching(p) => html! {
            <p class="form-note searching">
                <progress max={p.total.to_string()} value={p.done.to_string()} aria-label={words.t("finder-progress")}></progress>
                { " " }{ words.t("finder-searching") }{ " " }
                <button type="button" class="link-button" onclick={stop}>{ words.t("finder-stop") }</button>
            </p>
        },
        Found::Times(x, times) => {
            let place = words.place(&props.schedule.anchor_place(x));
            let now = &times.now;
            html! {
                <>
                <p class="form-note">
                    { w!(words, "finder-now", place = place, when = when(&words, now), summary = conflict::suggestion_summary(&words, now)) }
                    if let Some(p) = &now.first_problem { { format!(" — {}", conflict::message(&words, p)) } }
                </p>
                if times.better.is_empty() {
                    <p class="form-note">{ words.t("finder-none-better") }</p>
                } else {
                    <ul class="suggestions">
                    { for times.better.iter().map(|t| {
                        let (pick, found, session, start, week) = (props.on_pick.clone(), found.clone(), (**x).clone(), t.start, props.week);
                        html! {
                            <li>
                                <button type="button" class="button" onclick={Callback::from(move |_: MouseEvent| {
                                    // Every suggestion was placed by `moved`, so it places again.
                                    let picked = match week {
                                        Some(_) => Some(Picked::Week(start)),
                                        None => moved(&session, start).map(|x| Picked::Series(Box::new(x))),
                                    };
                                    if let Some(p) = picked {
                                        pick.emit(p);
                                    }
                                    found.set(Found::Nothing);
                                })}>{ when(&words, t) }</button>
                                <span class="suggestion-summary">{ conflict::suggestion_summary(&words, t) }</span>
                                if let Some(p) = &t.first_problem {
                                    <span class="suggestion-problem">{ conflict::message(&words, p) }</span>
                                }
                            </li>
                        }
                    }) }
                    </ul>
                }
                </>
            }
        }
    };
    html! {
        <section class="time-finder" aria-label={words.t("finder-label")} aria-live="polite" ref={section}>
            <button type="button" class="button" onclick={search}>{ words.t("finder-button") }</button>
            <span class="hint">{ " " }{ if props.week.is_some() {
                words.t("finder-hint-week")
            } else {
                words.t("finder-hint-series")
            } }</span>
            { body }
        </section>
    }
}
