//! The conflicts list: live, grouped by severity with counts, each item jumping to its week and
//! highlighting its sessions; daylight-saving drift as a small table (campus × weeks → time).

use crate::language::{use_words, w};
use crate::store::{Action, Edit};
use meridian_engine::conflict::{CalendarKind, Progress};
use meridian_engine::{Conflict, Severity, Zone};
use meridian_words::Words;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`ConflictsPanel`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Every conflict of the schedule, in start order.
    pub conflicts: Rc<Vec<Conflict>>,
    /// How many are errors, warnings and notes (`ConflictIndex::counts`).
    pub counts: (usize, usize, usize),
    /// How far the check of the schedule as it is now got, while it is under way: the list is
    /// then of the schedule before the last change.
    #[prop_or_default]
    pub checking: Option<Progress>,
    /// The grid's zone (a conflict's week is found there).
    pub reference: Zone,
    /// Reports "show me" and "find a time".
    pub on_action: Callback<Action>,
    /// The schedule's sessions by id (a busy calendar in a conflict has none: no time is found
    /// for it).
    pub sessions: Rc<std::collections::HashMap<String, SessionLabel>>,
}

/// What the list needs of a session to offer "Find a time for …".
#[derive(Clone, PartialEq)]
pub struct SessionLabel {
    /// Its place in the schedule (conflicts name occurrences by it).
    pub index: usize,
    /// Its title.
    pub title: String,
    /// It repeats: a conflict of one of its weeks moves that week only.
    pub weekly: bool,
}

/// How many conflicts of a group are drawn until the user asks for all.
const SHOWN: usize = 40;

/// For a conflict on a public holiday: a button that switches the holiday off at its campus
/// (the campus teaches that day), as *Campuses and people* does.
fn teach_anyway(words: &Words, c: &Conflict, on_action: &Callback<Action>) -> Html {
    let Some(day) = c
        .calendar
        .as_ref()
        .filter(|d| matches!(d.kind, CalendarKind::PublicHoliday(_)))
    else {
        return html! {};
    };
    let edit = Edit::HolidaySwitched {
        campus: day.campus.clone(),
        date: day.date,
        off: true,
        name: day.name.clone(),
    };
    let cb = on_action.clone();
    html! {
        <button type="button" class="link-button"
            onclick={Callback::from(move |_: MouseEvent| cb.emit(Action::Edited(edit.clone())))}>
            { w!(words, "conflicts-teach-anyway", holiday = day.name.as_str()) }
        </button>
    }
}

/// The panel.
#[function_component(ConflictsPanel)]
pub fn conflicts_panel(props: &Props) -> Html {
    let words = use_words();
    let short_date = |d| words.short_date(d);
    // A big schedule can have a thousand conflicts: draw the first few of each group, all on
    // request, so that re-drawing after each edit stays quick.
    let all = use_state(|| false);
    let words = crate::language::use_words();
    let (errors, warnings, infos) = props.counts;
    // `title`: the group's heading, a message with its count.
    let group = |severity: Severity, title: &'static str| {
        let items: Vec<&Conflict> = props
            .conflicts
            .iter()
            .filter(|c| c.severity == severity)
            .collect();
        if items.is_empty() {
            return html! {};
        }
        let total = items.len();
        let items: Vec<&Conflict> = items
            .into_iter()
            .take(if *all { usize::MAX } else { SHOWN })
            .collect();
        let more = total - items.len();
        let show_all = {
            let all = all.clone();
            Callback::from(move |_: MouseEvent| all.set(true))
        };
        html! {
            <details class={classes!("conflict-group", severity.name())} open={severity != Severity::Info}>
                <summary><span class="severity-dot" aria-hidden="true"></span>{ w!(words, title, count = total) }</summary>
                <ul>
                { for items.into_iter().map(|c| {
                    let show = {
                        let (cb, sessions, week) = (
                            props.on_action.clone(),
                            c.sessions.clone(),
                            props.reference.local(c.start).datetime.date(),
                        );
                        Callback::from(move |_: MouseEvent| cb.emit(Action::ConflictShown(sessions.clone(), week)))
                    };
                    // A clash's hint is about its later session; other conflicts have one.
                    // Drift is what anchoring in one zone means, not something a time fixes.
                    // A conflict of one week of a series (a holiday, a one-week clash) moves that
                    // week only.
                    let target = c.sessions.last().filter(|_| c.severity != Severity::Info)
                        .and_then(|id| props.sessions.get(id.as_str()).map(|label| (id.clone(), label)));
                    let week = target.as_ref().filter(|(_, l)| l.weekly).and_then(|(_, l)| {
                        let mut dates: Vec<_> = c.occurrences.iter().filter(|o| o.session == l.index).map(|o| o.date).collect();
                        dates.dedup();
                        (dates.len() == 1).then(|| dates[0])
                    });
                    let find = target.map(|(id, SessionLabel { title, .. })| {
                        let cb = props.on_action.clone();
                        let label = match week {
                            Some(d) => w!(words, "conflicts-find-week", title = title.as_str(), date = short_date(d)),
                            None => w!(words, "conflicts-find", title = title.as_str()),
                        };
                        (label, Callback::from(move |_: MouseEvent| cb.emit(Action::TimeSought(id.clone(), week))))
                    });
                    html! {
                        <li class="conflict" data-kind={c.kind.name()}>
                            <p class="conflict-message">{ meridian_words::conflict::message(&words, c) }</p>
                            if let Some(h) = meridian_words::conflict::hint(&words, c) {
                                <p class="conflict-hint">{ w!(words, "conflicts-hint", hint = h.clone()) }</p>
                            }
                            if !c.drift.is_empty() {
                                <table class="drift">
                                    <caption class="visually-hidden">{ words.t("conflicts-drift-caption") }</caption>
                                    <tbody>
                                    { for c.drift.iter().map(|row| html! {
                                        <tr>
                                            <th scope="row">{ words.place(&row.city) }</th>
                                            { for row.segments.iter().map(|seg| html! {
                                                <td>
                                                    <span class="time">{ words.clock(seg.local_start) }</span>
                                                    <span class="drift-dates">{
                                                        if seg.first == seg.last { short_date(seg.first) }
                                                        else { format!("{} – {}", short_date(seg.first), short_date(seg.last)) }
                                                    }</span>
                                                </td>
                                            }) }
                                        </tr>
                                    }) }
                                    </tbody>
                                </table>
                            }
                            <button type="button" class="link-button" onclick={show}>
                                { w!(words, "conflicts-show-week", date = short_date(props.reference.local(c.start).datetime.date())) }
                            </button>
                            if let Some((label, find)) = find {
                                <button type="button" class="link-button" onclick={find}>{ label }</button>
                            }
                            { teach_anyway(&words, c, &props.on_action) }
                        </li>
                    }
                }) }
                </ul>
                if more > 0 {
                    <button type="button" class="link-button" onclick={show_all}>{ w!(words, "conflicts-show-more", count = more) }</button>
                }
            </details>
        }
    };
    html! {
        <aside class="conflicts" aria-label={words.t("conflicts-label")} aria-busy={props.checking.is_some().then_some("true")}>
            <h2>
                { words.t("conflicts-title") }{ " " }
                <span class="conflict-counts" aria-live="polite">
                    { if props.checking.is_some() && props.conflicts.is_empty() {
                        words.t("conflicts-checking-short")
                    } else {
                        w!(words, "conflicts-counts", errors = errors, warnings = warnings, notes = infos)
                    } }
                </span>
            </h2>
            if let Some(p) = props.checking {
                <p class="checking" role="status">
                    <progress max={p.total.to_string()} value={p.done.to_string()} aria-label={words.t("conflicts-progress")}></progress>
                    { " " }
                    { if props.conflicts.is_empty() {
                        words.t("conflicts-checking")
                    } else {
                        words.t("conflicts-checking-changed")
                    } }
                </p>
            }
            if props.conflicts.is_empty() && props.checking.is_none() {
                <p class="hint">{ words.t("conflicts-none") }</p>
            }
            { group(Severity::Error, "conflicts-errors") }
            { group(Severity::Warning, "conflicts-warnings") }
            { group(Severity::Info, "conflicts-notes") }
        </aside>
    }
}
