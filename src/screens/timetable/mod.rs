//! A student's timetable: pick campus and cohort (remembered in this browser), then the next
//! session, notices where a time changes, the agenda or the week in the student's own zone with
//! the host's time beside it, a term overview, and the calendar file.

use crate::browser;
use crate::language::{use_words, w};
use crate::library::{self, Request};
use crate::store::{Action, StudentChoice};
use crate::timetable_view::{days, notice, overview};
use crate::view_model::{week_view, Meeting};
use crate::widgets::select_face::SelectFace;
use crate::widgets::week_grid::WeekGrid;
use crate::widgets::week_nav::WeekNav;
use meridian_engine::schedule::{CampusId, CohortId, Schedule};
use meridian_engine::timetable::{agenda, next, time_changes, Status, Viewer};
use meridian_engine::{CivilDate, Instant, Zone};
use meridian_words::countdown;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Timetable`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The open schedule.
    pub schedule: Rc<Schedule>,
    /// The student's campus and cohort.
    pub student: StudentChoice,
    /// The student's own zone: the timetable's times are theirs.
    pub viewer: Zone,
    /// Monday of the week shown in the week layout.
    pub week: CivilDate,
    /// The day shown on a phone (0 = Monday).
    pub day: usize,
    /// Today in the student's zone, when the browser said.
    pub today: Option<CivilDate>,
    /// Now (to the minute), when the browser said: what the next session and its countdown
    /// are counted from. The page moves it on while it stays open.
    pub now: Option<Instant>,
    /// Whether the student reads a 12-hour clock.
    pub twelve_hour: bool,
    /// Reports what the student chose.
    pub on_action: Callback<Action>,
    /// Asks storage to remember the student's choice.
    pub on_store: Callback<Request>,
}

/// Agenda or week.
#[derive(Clone, Copy, PartialEq)]
enum Layout {
    Agenda,
    Week,
}

/// The student timetable.
#[function_component(Timetable)]
pub fn timetable(props: &Props) -> Html {
    let s = props;
    let words = use_words();
    let layout = use_state(|| Layout::Agenda);
    let show_past = use_state(|| false);
    let holidays = crate::holidays::use_holidays();
    {
        // A remembered choice for this schedule, when none is made yet.
        let (id, empty, cb) = (
            s.schedule.id.clone(),
            s.student == StudentChoice::default(),
            props.on_action.clone(),
        );
        use_effect_with(id, move |id| {
            if empty {
                if let Some((campus, cohort)) = library::remembered_student(id) {
                    cb.emit(Action::StudentChosen(StudentChoice { campus, cohort }));
                }
            }
        });
    }
    let choose = {
        let (cb, store, id) = (
            props.on_action.clone(),
            props.on_store.clone(),
            s.schedule.id.clone(),
        );
        move |choice: StudentChoice| {
            store.emit(Request::RememberStudent {
                schedule: id.clone(),
                campus: choice.campus.clone(),
                cohort: choice.cohort.clone(),
            });
            cb.emit(Action::StudentChosen(choice));
        }
    };
    let on_campus = {
        let (choose, schedule) = (choose.clone(), s.schedule.clone());
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            let campus = (!v.is_empty()).then_some(CampusId(v));
            // Keep the cohort only if it belongs to the new campus.
            let cohort = campus.as_ref().and_then(|c| {
                let only: Vec<_> = schedule.cohorts.iter().filter(|k| k.campus == *c).collect();
                (only.len() == 1).then(|| only[0].id.clone())
            });
            choose(StudentChoice { campus, cohort });
        })
    };
    let on_cohort = {
        let (choose, campus) = (choose.clone(), s.student.campus.clone());
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            choose(StudentChoice {
                campus: campus.clone(),
                cohort: (!v.is_empty()).then_some(CohortId(v)),
            });
        })
    };
    let viewer = Viewer {
        campus: s.student.campus.clone(),
        cohort: s.student.cohort.clone(),
        zone: Some(s.viewer),
    };
    let entries = agenda(&s.schedule, &viewer);
    let now = s.now;
    let upcoming = now.and_then(|n| next(&entries, n).map(|e| (n, e)));
    // Only what is still to come: a change that has happened is just the time now.
    let changes: Vec<_> = time_changes(&s.schedule, &viewer)
        .into_iter()
        .filter(|c| s.today.is_none_or(|t| c.from >= t))
        .collect();
    let reference_now = now
        .or_else(|| entries.first().map(|e| e.start))
        .or_else(|| Instant::from_unix_seconds(0));
    let all_days = match reference_now {
        Some(n) => days(&words, &s.schedule, &entries, n, s.today),
        None => Vec::new(),
    };
    let today = s.today;
    let shown: Vec<_> = all_days
        .iter()
        .filter(|d| *show_past || today.is_none_or(|t| d.date >= t))
        .collect();
    let hidden = all_days.len() - shown.len();
    let narrowed = Rc::new(
        s.schedule
            .narrowed(viewer.campus.as_ref(), viewer.cohort.as_ref()),
    );
    // The weeks to page through, from the agenda's sessions (held ones: what the grid draws), not
    // a second expansion of the schedule.
    let weeks = meridian_engine::weeks_holding(
        s.schedule.term,
        s.viewer,
        entries
            .iter()
            .filter(|e| e.status != Status::Skipped)
            .map(|e| e.start),
    );
    let mut week = week_view(&narrowed, s.week, s.viewer, Some(s.viewer));
    crate::view_model::in_viewers_clock(&mut week, s.viewer, s.twelve_hour);
    crate::view_model::for_reader(&mut week, &narrowed, s.student.campus.as_ref(), s.day);
    let set_layout = |l: Layout| {
        let layout = layout.clone();
        Callback::from(move |_: MouseEvent| layout.set(l))
    };
    let toggle_past = {
        let show_past = show_past.clone();
        Callback::from(move |_: MouseEvent| show_past.set(!*show_past))
    };
    let ics_words = crate::language::use_words();
    let download = {
        let (schedule, viewer) = (s.schedule.clone(), viewer.clone());
        let words = ics_words.clone();
        Callback::from(move |_: MouseEvent| {
            let scope = meridian_engine::ics::Scope {
                campus: viewer.campus.clone(),
                cohort: viewer.cohort.clone(),
            };
            if let Some(now) = browser::now() {
                let text = meridian_engine::ics::export(&schedule, &scope, now, &words);
                browser::download(
                    &meridian_engine::ics::file_name(&schedule, &scope),
                    "text/calendar;charset=utf-8",
                    &text,
                );
            }
        })
    };
    let cohorts: Vec<_> = s
        .schedule
        .cohorts
        .iter()
        .filter(|k| s.student.campus.as_ref().is_none_or(|c| k.campus == *c))
        .collect();
    // What the campus and cohort selects show as chosen (the option the select has selected).
    let campus_chosen = s
        .schedule
        .campuses
        .iter()
        .find(|c| s.student.campus.as_ref() == Some(&c.id))
        .map_or_else(|| w!(words, "timetable-all-campuses"), |c| c.short.clone());
    let cohort_chosen = cohorts
        .iter()
        .find(|k| s.student.cohort.as_ref() == Some(&k.id))
        .map_or_else(|| w!(words, "timetable-all-cohorts"), |k| k.name.clone());
    let rows = overview(&words, &s.schedule, &entries);
    // The student's campus's public holidays still to come this term.
    let days_off = match &s.student.campus {
        Some(c) => {
            crate::holidays::student_notices(&words, &s.schedule, c, &holidays.data, s.today)
        }
        None => Vec::new(),
    };
    html! {
        <main class="timetable" aria-label={w!(words, "timetable-label")}>
            <div class="who">
                <label class="control">
                    <span>{ w!(words, "timetable-my-campus") }</span>
                    <SelectFace chosen={campus_chosen}>
                        <select onchange={on_campus}>
                            <option value="" selected={s.student.campus.is_none()}>{ w!(words, "timetable-all-campuses") }</option>
                            { for s.schedule.campuses.iter().map(|c| html! {
                                <option value={c.id.to_string()} selected={s.student.campus.as_ref() == Some(&c.id)}>{ &c.short }</option>
                            }) }
                        </select>
                    </SelectFace>
                </label>
                <label class="control">
                    <span>{ w!(words, "timetable-my-cohort") }</span>
                    <SelectFace chosen={cohort_chosen}>
                        <select onchange={on_cohort}>
                            <option value="" selected={s.student.cohort.is_none()}>{ w!(words, "timetable-all-cohorts") }</option>
                            { for cohorts.iter().map(|k| html! {
                                <option value={k.id.to_string()} selected={s.student.cohort.as_ref() == Some(&k.id)}>{ &k.name }</option>
                            }) }
                        </select>
                    </SelectFace>
                </label>
                <button type="button" class="button" onclick={download}>{ w!(words, "timetable-add-to-calendar") }</button>
            </div>
            if let Some((now, e)) = upcoming {
                <p class="next-session">
                    { with_strong(
                        &w!(words, "timetable-next",
                            title = TITLE_MARK,
                            countdown = countdown(&words, now, e.start, s.viewer),
                            date = words.short_date(e.local_start.date()),
                            time = words.clock(e.local_start.time())),
                        TITLE_MARK,
                        &s.schedule.sessions[e.session].title) }
                </p>
            } else if !entries.is_empty() {
                <p class="next-session">{ w!(words, "timetable-no-more") }</p>
            }
            if !changes.is_empty() {
                <ul class="time-notices" aria-label={w!(words, "timetable-time-changes")}>
                    { for changes.iter().map(|c| html! { <li>{ notice(&words, &s.schedule, c) }</li> }) }
                </ul>
            }
            if !days_off.is_empty() {
                <ul class="time-notices" aria-label={w!(words, "timetable-public-holidays")}>
                    { for days_off.iter().map(|n| html! { <li>{ n }</li> }) }
                </ul>
            }
            <div class="layout-switch" role="group" aria-label={w!(words, "timetable-show")}>
                <button type="button" class="button" aria-pressed={(*layout == Layout::Agenda).to_string()}
                    onclick={set_layout(Layout::Agenda)}>{ w!(words, "timetable-agenda") }</button>
                <button type="button" class="button" aria-pressed={(*layout == Layout::Week).to_string()}
                    onclick={set_layout(Layout::Week)}>{ w!(words, "timetable-week") }</button>
            </div>
            if *layout == Layout::Agenda {
                <section class="agenda" aria-label={w!(words, "timetable-agenda")}>
                    if hidden > 0 || *show_past {
                        <button type="button" class="link-button" onclick={toggle_past}>
                            { if *show_past { w!(words, "timetable-hide-earlier") } else { w!(words, "timetable-show-earlier", count = hidden) } }
                        </button>
                    }
                    if shown.is_empty() {
                        <p class="hint">{ w!(words, "timetable-nothing") }</p>
                    }
                    { for shown.iter().map(|d| html! {
                        <section class="agenda-day" aria-label={d.label.clone()}>
                            <h2 class="agenda-date">{ &d.label }</h2>
                            <ul>
                            { for d.items.iter().map(|i| html! {
                                <li class={classes!("agenda-item", (i.status == Status::Skipped).then_some("skipped"), i.past.then_some("past"))}>
                                    <span class="agenda-time">{ &i.time }</span>
                                    <span class="agenda-title">{ &i.title }
                                        if let Some(flag) = &i.flag {
                                            <span class="flag">{ flag }</span>
                                        }
                                    </span>
                                    <span class="agenda-meta">{ &i.meta }</span>
                                    { match &i.meeting {
                                        Some(Meeting::Link(url)) if i.status != Status::Skipped => html! {
                                            <a class="agenda-join" href={url.clone()} target="_blank" rel="noopener noreferrer">{ w!(words, "timetable-join") }</a>
                                        },
                                        Some(Meeting::NotAWebLink(text)) => html! {
                                            <span class="agenda-meta"><span class="flag">{ w!(words, "timetable-not-a-web-link") }</span>{ " " }{ text }</span>
                                        },
                                        _ => html! {},
                                    } }
                                </li>
                            }) }
                            </ul>
                        </section>
                    }) }
                </section>
            } else {
                <section class="planner" aria-label={w!(words, "timetable-week")}>
                    <WeekNav weeks={weeks} term={s.schedule.term} week={s.week} switches={week.switches.clone()}
                        on_action={props.on_action.clone()} />
                    <WeekGrid view={Rc::new(week)} schedule={narrowed.clone()} day={s.day}
                        reference={s.viewer} on_action={props.on_action.clone()} />
                </section>
            }
            <section class="term-overview" aria-label={w!(words, "timetable-term-label")}>
                <h2>{ w!(words, "timetable-term-heading", name = s.schedule.name.as_str()) }</h2>
                <p class="hint">{ w!(words, "timetable-times-in", place = words.place(&s.viewer.place()), zone = s.viewer.name()) }</p>
                <table>
                    <thead><tr>
                        <th scope="col">{ w!(words, "timetable-column-session") }</th>
                        <th scope="col">{ w!(words, "timetable-column-when") }</th>
                        <th scope="col">{ w!(words, "timetable-column-dates") }</th>
                    </tr></thead>
                    <tbody>
                    { for rows.iter().map(|r| html! {
                        <tr><th scope="row">{ &r.title }</th><td>{ &r.when }</td><td>{ &r.dates }</td></tr>
                    }) }
                    </tbody>
                </table>
            </section>
        </main>
    }
}

/// Stands for the session's title in the "Next:" sentence, which shows the title in bold.
const TITLE_MARK: &str = "\u{E000}";

/// `text` with `mark` replaced by `strong` in bold: a whole sentence worded in one message,
/// with one part of it emphasised.
fn with_strong(text: &str, mark: &str, strong: &str) -> Html {
    match text.split_once(mark) {
        Some((before, after)) => html! {
            <>{ before }<strong>{ strong }</strong>{ after }</>
        },
        None => html! { { text } },
    }
}
