//! The coordinator's planner: the week grid with its drag preview, the conflicts list, the
//! session form with Find a time, and the question a dropped drag of a series asks.

pub mod best_times;
pub mod checking;
pub mod conflicts_panel;
pub mod drag_preview;
pub mod scope_choice;
pub mod session_form;
pub mod time_finder;

use crate::store::{Action, BestTimes, Gesture};
use crate::view_model::{in_viewers_clock, week_view};
use crate::widgets::week_grid::WeekGrid;
use crate::widgets::week_nav::WeekNav;
use best_times::{BestTimesPanel, HeatLayer};
use conflicts_panel::{ConflictsPanel, SessionLabel};
use drag_preview::{DragChannel, DragPreviewPanel, SharedIndex};
use meridian_engine::schedule::{Schedule, SessionId};
use meridian_engine::{CivilDate, Severity, Zone};
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Planner`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The open schedule.
    pub schedule: Rc<Schedule>,
    /// Monday of the shown week (in the reference zone).
    pub week: CivilDate,
    /// The zone the grid is drawn in.
    pub reference: Zone,
    /// The viewer's own zone (the first ruler).
    pub viewer: Zone,
    /// Whether the viewer reads a 12-hour clock.
    pub twelve_hour: bool,
    /// The day shown on a phone (0 = Monday).
    pub day: usize,
    /// The session that keeps the keyboard focus after a keyboard edit.
    pub focus: Option<usize>,
    /// Sessions to highlight (a conflict the user asked to see).
    pub highlight: Vec<SessionId>,
    /// Minutes a drag snaps to.
    pub snap: i64,
    /// The "Best times" panel's question, when it is open.
    #[prop_or_default]
    pub best_times: Option<BestTimes>,
    /// Reports what the coordinator did.
    pub on_action: Callback<Action>,
}

/// The planner: week navigation, the grid, the drag preview and the conflicts list.
#[function_component(Planner)]
pub fn planner(props: &Props) -> Html {
    let words = crate::language::use_words();
    let holidays = crate::holidays::use_holidays();
    let view = use_memo(
        (
            props.schedule.clone(),
            props.week,
            props.reference,
            props.viewer,
            props.twelve_hour,
            holidays,
        ),
        |(schedule, week, reference, viewer, twelve, holidays)| {
            let mut v = week_view(schedule, *week, *reference, Some(*viewer));
            in_viewers_clock(&mut v, *reference, *twelve);
            crate::view_model::mark_days_off(&mut v, schedule, &holidays.data, *week);
            v
        },
    );
    let schedule = &props.schedule;
    let highlight: Vec<usize> = schedule
        .sessions
        .iter()
        .enumerate()
        .filter(|(_, x)| props.highlight.contains(&x.id))
        .map(|(i, _)| i)
        .collect();
    // The whole check, again after each change (see DESIGN.md for its time on 7,500
    // occurrences), at once or a slice at a time; a drag re-checks only the dragged session on
    // a copy of the index.
    let check = checking::use_conflict_check(schedule);
    let empty = use_memo((), |_| Rc::new(Vec::new()));
    let conflicts: Rc<Vec<meridian_engine::Conflict>> = match &check.latest {
        Some(c) => c.conflicts.clone(),
        None => (*empty).clone(),
    };
    let counts = check
        .latest
        .as_ref()
        .map(|c| c.index.counts())
        .unwrap_or_default();
    let index = check.current().map(|c| SharedIndex(c.index.clone()));
    // What the conflicts list needs of each session for "Find a time for …".
    let session_labels = use_memo(schedule.clone(), |s| {
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
            .collect::<HashMap<_, _>>()
    });
    // The weeks to page through in the grid's zone (the term's, and one before or after where a
    // session falls on another day there).
    let weeks = use_memo((schedule.clone(), props.reference), |(s, reference)| {
        meridian_engine::week_mondays_in(s, *reference)
    });
    // The term strip: weeks with an error, and weeks in which some campus's clocks change.
    let marks = use_memo(
        (schedule.clone(), conflicts.clone(), props.reference),
        |(s, conflicts, reference)| {
            let zones: Vec<Zone> = s.campuses.iter().map(|c| c.zone).collect();
            let at = |d: CivilDate| crate::words::start_of_day(*reference, d);
            s.term
                .week_mondays()
                .iter()
                .map(|&m| {
                    let error = conflicts.iter().any(|c| {
                        c.severity == Severity::Error
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
    // that the preview listens to, so a drag step does not redraw the planner (and its grid of
    // every block of the week).
    let drag_channel = use_memo((), |_| DragChannel::default());
    let on_drag = {
        let channel = drag_channel.clone();
        Callback::from(move |g: Option<Gesture>| channel.report(g))
    };
    // "Best times": the map of every campus (ticking one filters it), the rotation of the
    // ticked ones when no start suits them all, and the shown week's heat layer.
    let best = props.best_times.clone();
    let map = use_memo(
        (
            schedule.clone(),
            best.as_ref().map(|b| (b.what.clone(), b.length_minutes)),
            props.reference,
            words.clone(),
        ),
        |(schedule, asked, reference, words)| {
            let (what, length_minutes) = asked.clone()?;
            let b = BestTimes {
                what,
                campuses: Vec::new(),
                length_minutes,
            };
            let q = best_times::questions(schedule, &b, *reference);
            Some(Rc::new(
                crate::browser::timed("meridian:overlap-map", || {
                    meridian_engine::overlap::overlap_map(schedule, &q.map)
                })
                .map_err(|e| {
                    crate::language::w!(
                        words,
                        "best-no-map",
                        reason = meridian_words::error(words, &e)
                    )
                }),
            ))
        },
    );
    let rotation = use_memo(
        (
            schedule.clone(),
            best.clone(),
            props.reference,
            (*map).clone(),
            words.clone(),
        ),
        |(schedule, best, reference, map, words)| {
            let (Some(best), Some(map)) = (best, map) else {
                return Rc::new(None);
            };
            let Ok(m) = &**map else {
                return Rc::new(None);
            };
            let everyone = m
                .slots
                .iter()
                .any(|s| best_times::suits_everyone(m, best, s));
            if everyone || best.campuses.is_empty() {
                return Rc::new(None);
            }
            let q = best_times::questions(schedule, best, *reference);
            Rc::new(Some(
                crate::browser::timed("meridian:rotation", || {
                    meridian_engine::overlap::propose_rotation(
                        schedule,
                        &q.rotation,
                        best_times::ROTATION_SLOTS,
                    )
                })
                .map_err(|e| {
                    crate::language::w!(
                        words,
                        "best-no-rotation",
                        reason = meridian_words::error(words, &e)
                    )
                }),
            ))
        },
    );
    let heat = use_memo(
        (best.clone(), (*map).clone(), view.clone(), props.reference),
        |(best, map, view, reference)| {
            let (Some(best), Some(map)) = (best, map) else {
                return None;
            };
            let m = (**map).as_ref().ok()?;
            Some(Rc::new(best_times::heat_layer(m, best, view, *reference)))
        },
    );
    let heat: Option<Rc<HeatLayer>> = (*heat).clone();
    let pointed = use_state(|| None::<usize>);
    let on_point = {
        let pointed = pointed.clone();
        Callback::from(move |i: Option<usize>| {
            if *pointed != i {
                pointed.set(i)
            }
        })
    };
    let side = match (&best, &*map) {
        (Some(best), Some(map)) => html! {
            <BestTimesPanel schedule={schedule.clone()} best={best.clone()} map={map.clone()}
                rotation={(*rotation).clone()} pointed={*pointed} on_point={on_point.clone()}
                twelve_hour={props.twelve_hour} on_action={props.on_action.clone()} />
        },
        _ => html! {
            <ConflictsPanel conflicts={conflicts} counts={counts} checking={check.progress} reference={props.reference}
                on_action={props.on_action.clone()} sessions={session_labels} />
        },
    };
    html! {
        <div class="planner-body">
            <main class="planner" aria-label={words.t("planner-main")}>
                <WeekNav weeks={(*weeks).clone()} term={schedule.term} week={props.week} switches={view.switches.clone()}
                    on_action={props.on_action.clone()} marks={(*marks).clone()} snap={Some(props.snap)} />
                <WeekGrid view={view.clone()} schedule={schedule.clone()} day={props.day}
                    reference={props.reference} on_action={props.on_action.clone()} editable=true
                    focus={props.focus} highlight={highlight} on_drag={on_drag}
                    snap={props.snap} twelve_hour={props.twelve_hour}
                    heat={heat} on_heat_point={on_point} />
                <DragPreviewPanel schedule={schedule.clone()} index={index}
                    twelve_hour={props.twelve_hour} channel={drag_channel.clone()} />
            </main>
            { side }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use crate::language::w;
    use meridian_engine::CivilDate;
    use meridian_words::Words;

    #[test]
    fn the_planners_english_reads_as_before_the_catalogue() {
        let en = Words::english();
        let monday = |s: &str| CivilDate::parse(s).unwrap();
        assert_eq!(
            crate::widgets::week_nav::week_label(&en, monday("2026-10-19")),
            "Week 43 · 19–25 Oct 2026"
        );
        assert_eq!(
            crate::widgets::week_nav::week_label(&en, monday("2026-10-26")),
            "Week 44 · 26 Oct – 1 Nov 2026"
        );
        assert_eq!(
            w!(
                en,
                "week-cell",
                week = 3,
                date = "Mon 21 Sep",
                conflicts = "yes",
                switch = "no"
            ),
            "Week 3 (Mon 21 Sep), has conflicts"
        );
        assert_eq!(
            w!(
                en,
                "week-cell",
                week = 3,
                date = "Mon 21 Sep",
                conflicts = "yes",
                switch = "yes"
            ),
            "Week 3 (Mon 21 Sep), has conflicts, clocks change"
        );
        assert_eq!(
            w!(
                en,
                "week-cell",
                week = 3,
                date = "Mon 21 Sep",
                conflicts = "no",
                switch = "no"
            ),
            "Week 3 (Mon 21 Sep)"
        );
        assert_eq!(
            w!(en, "conflicts-counts", errors = 1, warnings = 0, notes = 2),
            "1 error · 0 warnings · 2 notes"
        );
        assert_eq!(
            w!(en, "grid-legend", zone = "Europe/Berlin", editable = "yes"),
            "Grid times in Europe/Berlin · rulers show each campus's local hours, shaded outside \
             teaching hours · hover, focus or tap a session for its local time at every campus \
             · drag over empty time to add a session"
        );
        assert!(
            w!(en, "grid-legend", zone = "Europe/Berlin", editable = "no")
                .ends_with("at every campus")
        );
        assert_eq!(
            w!(
                en,
                "best-rotation-note",
                largest = 4,
                total = 9,
                night = 3,
                complete = "no"
            ),
            "Taken in turn, week by week, so that night, early, late and weekend sessions are \
             shared: at most 4 points for one campus, 9 in all (a night counts 3) (the search \
             stopped at its limit; this is the best it found)."
        );
        assert!(w!(
            en,
            "best-rotation-note",
            largest = 4,
            total = 9,
            night = 3,
            complete = "yes"
        )
        .ends_with("(a night counts 3)."));
        assert_eq!(
            w!(en, "best-booked", who = "Lab A", weeks = 1, date = "5 Apr"),
            "Lab A is booked 1 week from 5 Apr"
        );
        assert_eq!(
            w!(en, "best-rotation-heading", slots = 1),
            "One weekly slot is fairest"
        );
        assert_eq!(
            w!(en, "form-kind-option", kind = "office-hours"),
            "office hours"
        );
        assert_eq!(en.t("best-rotation-weeks"), "Weeks:");
    }
}
