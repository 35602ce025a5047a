//! Week navigation through the term, and the daylight-saving switches of the shown week.

use crate::language::{use_words, w};
use crate::store::Action;
use crate::view_model::{switch_words, SwitchNotice};
use crate::widgets::select_face::SelectFace;
use crate::widgets::week_grid::yes_no;
use meridian_engine::schedule::Term;
use meridian_engine::CivilDate;
use meridian_words::Words;
use yew::prelude::*;

/// Props of [`WeekNav`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Mondays of the weeks to page through: the term's, and a week before or after where a
    /// session falls on another day in the grid's zone ([`meridian_engine::week_mondays_in`]).
    pub weeks: Vec<CivilDate>,
    /// The term, which numbers its own weeks ("term week 7 of 15"; none for a week outside it).
    pub term: Term,
    /// The shown week's Monday.
    pub week: CivilDate,
    /// Switches during the shown week.
    pub switches: Vec<SwitchNotice>,
    /// Reports the chosen week.
    pub on_action: Callback<Action>,
    /// Per week of the term: (Monday, has an error, has a daylight-saving switch somewhere).
    /// Empty: no term strip.
    #[prop_or_default]
    pub marks: Vec<(CivilDate, bool, bool)>,
    /// The snapping step of drags and keyboard moves, when the grid can be edited.
    #[prop_or_default]
    pub snap: Option<i64>,
}

/// The steps a coordinator can snap to, in minutes.
pub const SNAP_STEPS: [i64; 2] = [5, 15];

/// `Week 43 · 19–25 Oct 2026`, `Week 44 · 26 Oct – 1 Nov 2026`; the days as the language
/// spans them (`10月19日–25日`, month first).
pub fn week_label(words: &Words, monday: CivilDate) -> String {
    let sunday = monday.add_days(6).unwrap_or(monday);
    w!(
        words,
        "week-label",
        week = monday.iso_week(),
        days = words.dates().day_month_span(monday, sunday),
        year = sunday.year()
    )
}

/// Previous / next buttons and a week picker.
#[function_component(WeekNav)]
pub fn week_nav(props: &Props) -> Html {
    let words = use_words();
    let week_label = |d: CivilDate| week_label(&words, d);
    let index = props.weeks.iter().position(|w| *w == props.week);
    let go = |target: Option<CivilDate>| {
        let cb = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(w) = target {
                cb.emit(Action::WeekChosen(w));
            }
        })
    };
    let prev = index
        .and_then(|i| i.checked_sub(1))
        .and_then(|i| props.weeks.get(i).copied());
    let next = index.map_or(props.weeks.first().copied(), |i| {
        props.weeks.get(i + 1).copied()
    });
    let on_pick = {
        let cb = props.on_action.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Ok(d) = CivilDate::parse(&v) {
                cb.emit(Action::WeekChosen(d));
            }
        })
    };
    let term_weeks = props.term.week_mondays();
    let position = term_weeks.iter().position(|w| *w == props.week).map(|i| {
        w!(
            words,
            "week-position",
            week = i + 1,
            weeks = term_weeks.len()
        )
    });
    html! {
        <nav class="week-nav" aria-label={words.t("week-nav")}>
            <button type="button" class="icon-button" onclick={go(prev)} disabled={prev.is_none()}
                aria-label={words.t("week-previous")}>{ "◀" }</button>
            <label class="week-pick">
                <span class="visually-hidden">{ words.t("week-pick") }</span>
                <SelectFace chosen={week_label(props.week)}>
                    <select onchange={on_pick}>
                        if index.is_none() {
                            <option selected=true value={props.week.to_string()}>{ week_label(props.week) }</option>
                        }
                        { for props.weeks.iter().map(|w| html! {
                            <option value={w.to_string()} selected={*w == props.week}>{ week_label(*w) }</option>
                        }) }
                    </select>
                </SelectFace>
            </label>
            <button type="button" class="icon-button" onclick={go(next)} disabled={next.is_none()}
                aria-label={words.t("week-next")}>{ "▶" }</button>
            if let Some(p) = position {
                <span class="week-position">{ p }</span>
            }
            if let Some(snap) = props.snap {
                <label class="snap-pick">
                    <span>{ words.t("week-snap") }</span>
                    <select onchange={{
                        let cb = props.on_action.clone();
                        Callback::from(move |e: Event| {
                            let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
                            if let Ok(m) = v.parse() { cb.emit(Action::SnapChosen(m)); }
                        })
                    }}>
                        { for SNAP_STEPS.iter().map(|m| html! {
                            <option value={m.to_string()} selected={*m == snap}>{ meridian_words::length(&words, *m) }</option>
                        }) }
                    </select>
                </label>
            }
            if !props.marks.is_empty() {
                <ol class="term-strip" aria-label={words.t("week-term-strip")}>
                    { for props.marks.iter().enumerate().map(|(i, (monday, error, switch))| {
                        let cb = props.on_action.clone();
                        let monday = *monday;
                        let label = w!(words, "week-cell", week = i + 1, date = words.short_date(monday),
                            conflicts = yes_no(*error), switch = yes_no(*switch));
                        html! {
                            <li>
                                <button type="button" aria-label={label.clone()} title={label}
                                    aria-current={(monday == props.week).then_some("true")}
                                    class={classes!("week-cell", (monday == props.week).then_some("current"), error.then_some("error"), switch.then_some("switch"))}
                                    onclick={Callback::from(move |_| cb.emit(Action::WeekChosen(monday)))}>
                                    <span aria-hidden="true">{ i + 1 }</span>
                                </button>
                            </li>
                        }
                    }) }
                </ol>
            }
            if !props.switches.is_empty() {
                <ul class="switches" aria-label={words.t("week-switches")}>
                    { for props.switches.iter().map(|s| html! {
                        <li><span aria-hidden="true">{ "◐ " }</span>{ switch_words(&words, s) }</li>
                    }) }
                </ul>
            }
        </nav>
    }
}
