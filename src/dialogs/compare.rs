//! The Compare dialog: what another version of the open schedule changes, grouped the way a
//! coordinator thinks, with local times at every campus taking part and what each change does
//! to conflicts; and the merge. Three-way when the version both came from is known (changes made
//! on one side only apply by themselves; each conflict of versions is a question, mine or
//! theirs); two-way otherwise (each difference accepted or skipped). The merge is one
//! [`Edit`] (an engine call), so it is validated and undone as one step.

use crate::store::{Comparison, Edit, Source};
use crate::widgets::dialog::DialogFrame;
use meridian_engine::lineage::{self, Side};
use meridian_engine::schedule::Schedule;
use meridian_engine::{PublicHolidays, Zone};
use meridian_words::change::{self, differences, Line};
use meridian_words::{conflict, w, Words};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`CompareDialog`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The open schedule (mine).
    pub mine: Rc<Schedule>,
    /// The other version, and the one both came from when known.
    pub comparison: Rc<Comparison>,
    /// The viewer's zone.
    pub viewer: Zone,
    /// Whether the viewer reads a 12-hour clock.
    pub twelve_hour: bool,
    /// The merge, as one edit.
    pub on_edit: Callback<Edit>,
    /// The dialog asks to close.
    pub on_close: Callback<()>,
}

/// How many changes the dialog words one by one (each is applied on its own to say what it
/// does to conflicts); the rest are counted.
const MAX_LISTED: usize = 200;

/// One change as the dialog lists it: its words and what it does to conflicts.
#[derive(Clone, PartialEq)]
struct Item {
    lines: Vec<Line>,
    effect: Effect,
}

/// What a change does to conflicts, worded: those it makes, resolves, and moves to other dates.
#[derive(Clone, PartialEq, Default)]
struct Effect {
    new_clashes: Vec<String>,
    resolved: Vec<String>,
    /// The same conflict on other dates, with the dates it no longer has or now also has.
    changed: Vec<String>,
}

impl Effect {
    fn is_empty(&self) -> bool {
        self.new_clashes.is_empty() && self.resolved.is_empty() && self.changed.is_empty()
    }
}

/// The conflicts in `after` that `before` does not have, those of `before` gone in `after`,
/// and those both have on other dates, as their messages: both checked with the public
/// holidays, as the planner checks.
fn effect(words: &Words, holidays: &PublicHolidays, before: &Schedule, after: &Schedule) -> Effect {
    let e = lineage::conflict_effect(before, after, holidays);
    let said = |list: &[meridian_engine::Conflict]| -> Vec<String> {
        list.iter().map(|c| conflict::message(words, c)).collect()
    };
    Effect {
        new_clashes: said(&e.new),
        resolved: said(&e.resolved),
        changed: e
            .changed
            .iter()
            .map(|c| conflict::changed(words, c))
            .collect(),
    }
}

/// Each change to `mine` worded on its own (`change::alone`: `mine` with that change alone
/// applied), with what it does to conflicts.
fn items(
    words: &Words,
    holidays: &PublicHolidays,
    mine: &Schedule,
    changes: &[lineage::Change],
) -> Vec<Item> {
    changes
        .iter()
        .take(MAX_LISTED)
        .map(|c| {
            let (lines, after) = change::alone(words, mine, c);
            let effect = after
                .map(|after| effect(words, holidays, mine, &after))
                .unwrap_or_default();
            Item { lines, effect }
        })
        .collect()
}

/// A question worded: its item and both values (mine, theirs) as the differences between the
/// merge settled with mine and with theirs for it.
#[derive(Clone, PartialEq)]
struct Asked {
    lines: Vec<Line>,
    /// What taking theirs rather than mine does to conflicts.
    if_theirs: Item,
}

/// What the comparison shows, computed once per comparison.
struct View {
    /// Three-way: the merge, its automatic changes to mine, and its questions.
    merge: Option<lineage::Merge>,
    /// The changes listed (three-way: what the merge changes in mine apart from questions;
    /// two-way: every difference).
    changes: Vec<lineage::Change>,
    items: Vec<Item>,
    questions: Vec<Asked>,
    /// How many changes the other side made that were mine already (three-way).
    mine_only: usize,
}

fn view(words: &Words, holidays: &PublicHolidays, mine: &Schedule, c: &Comparison) -> View {
    match &c.base {
        Some(base) => {
            let merge = lineage::merge(base, mine, &c.theirs);
            // What the merge changes whatever the answers: with mine kept for every question
            // (the merge's own schedule holds a questioned item as it was in the base).
            let kept = merge
                .settle_all(Side::Mine)
                .unwrap_or_else(|_| merge.schedule.clone());
            let changes = lineage::diff(mine, &kept);
            let items = items(words, holidays, mine, &changes);
            let n = merge.questions.len();
            let questions = (0..n)
                .map(|i| {
                    let settle = |side: Side| {
                        let answers: Vec<Side> = (0..n)
                            .map(|j| if j == i { side } else { Side::Mine })
                            .collect();
                        merge.settle(&answers).ok()
                    };
                    let (lines, effect) = match (settle(Side::Mine), settle(Side::Theirs)) {
                        (Some(m), Some(t)) => {
                            (differences(words, &m, &t), effect(words, holidays, &m, &t))
                        }
                        _ => Default::default(),
                    };
                    let if_theirs = Item {
                        lines: Vec::new(),
                        effect,
                    };
                    Asked { lines, if_theirs }
                })
                .collect();
            let mine_only = lineage::diff(base, mine).len();
            View {
                merge: Some(merge),
                changes,
                items,
                questions,
                mine_only,
            }
        }
        None => {
            let changes = crate::store::offered(mine, &c.theirs);
            let items = items(words, holidays, mine, &changes);
            View {
                merge: None,
                changes,
                items,
                questions: Vec::new(),
                mine_only: 0,
            }
        }
    }
}

/// The lines of one change or question, each under its heading (`lead` before the words: a
/// question says they go from mine to theirs), with the local times before and after.
fn lines_html(words: &Words, lines: &[Line], columns: (&str, &str), lead: &str) -> Html {
    html! {
        { for lines.iter().map(|l| html! {
            <div class="change-line">
                <p><strong>{ format!("{} ", w!(words, "compare-group", group = l.group.as_str())) }</strong>{ lead }{ &l.text }</p>
                if !l.rows.is_empty() {
                    <table class="change-times">
                        <thead><tr>
                            <th scope="col">{ words.t("compare-campus") }</th>
                            <th scope="col">{ columns.0 }</th>
                            <th scope="col">{ columns.1 }</th>
                        </tr></thead>
                        <tbody>
                        { for l.rows.iter().map(|r| html! {
                            <tr>
                                <th scope="row">{ &r.campus }</th>
                                <td>{ r.before.clone().unwrap_or_else(|| "—".into()) }</td>
                                <td>{ r.after.clone().unwrap_or_else(|| "—".into()) }</td>
                            </tr>
                        }) }
                        </tbody>
                    </table>
                }
            </div>
        }) }
    }
}

/// The conflicts a change makes, resolves, or moves to other dates.
fn effect_html(words: &Words, effect: &Effect) -> Html {
    if effect.is_empty() {
        return html! { <p class="change-effect">{ words.t("compare-no-effect") }</p> };
    }
    html! {
        <ul class="change-effect">
            { for effect.new_clashes.iter().map(|m| html! {
                <li class="effect-new">{ w!(words, "compare-new-conflict", conflict = m.as_str()) }</li>
            }) }
            { for effect.changed.iter().map(|m| html! {
                <li class="effect-changed">{ w!(words, "compare-changed-conflict", conflict = m.as_str()) }</li>
            }) }
            { for effect.resolved.iter().map(|m| html! {
                <li class="effect-resolved">{ w!(words, "compare-resolved", conflict = m.as_str()) }</li>
            }) }
        </ul>
    }
}

/// The Compare dialog.
#[function_component(CompareDialog)]
pub fn compare_dialog(props: &Props) -> Html {
    let words = crate::language::use_words();
    // The planner's public holidays: a change is said to make or resolve a conflict as the
    // planner's check will count it after the merge.
    let holidays = crate::holidays::use_holidays().data;
    let view = use_memo(
        (
            props.mine.clone(),
            props.comparison.clone(),
            words.clone(),
            holidays,
        ),
        |(mine, c, words, holidays)| view(words, holidays, mine, c),
    );
    // Two-way: which differences are accepted (all, until unticked).
    let accepted = use_state(|| vec![true; view.changes.len()]);
    // Three-way: the answer to each question (none until chosen).
    let answers = use_state(|| vec![None::<Side>; view.questions.len()]);
    let c = &props.comparison;
    let other = match &c.source {
        Source::Link => words.t("compare-other-link"),
        Source::File(name) => w!(words, "compare-other-file", name = name.as_str()),
        Source::OtherTab => words.t("compare-other-tab"),
        Source::Kept => words.t("compare-other-kept"),
    };
    let three_way = view.merge.is_some();
    let unanswered = answers.iter().filter(|a| a.is_none()).count();
    let result: Option<Edit> = match &c.base {
        Some(base) => (unanswered == 0).then(|| Edit::Merged {
            base: base.clone(),
            theirs: c.theirs.clone(),
            answers: answers.iter().map(|a| a.unwrap_or(Side::Mine)).collect(),
        }),
        None => Some(Edit::ChangesAccepted {
            theirs: c.theirs.clone(),
            accepted: accepted
                .iter()
                .enumerate()
                .filter(|(_, a)| **a)
                .map(|(i, _)| i)
                .collect(),
        }),
    };
    let merge = {
        let (on_edit, result) = (props.on_edit.clone(), result.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(e) = result.clone() {
                on_edit.emit(e);
            }
        })
    };
    let toggle = |i: usize| {
        let accepted = accepted.clone();
        Callback::from(move |_: Event| {
            let mut v = (*accepted).clone();
            if let Some(a) = v.get_mut(i) {
                *a = !*a;
            }
            accepted.set(v);
        })
    };
    let answer = |i: usize, side: Side| {
        let answers = answers.clone();
        Callback::from(move |_: Event| {
            let mut v = (*answers).clone();
            if let Some(a) = v.get_mut(i) {
                *a = Some(side);
            }
            answers.set(v);
        })
    };
    let close = props.on_close.reform(|_: MouseEvent| ());
    let n = view.changes.len();
    let merge_label = if !view.questions.is_empty() {
        words.t("compare-merge")
    } else if three_way {
        w!(words, "compare-merge-changes", count = n)
    } else {
        let k = accepted.iter().filter(|a| **a).count();
        w!(words, "compare-merge-differences", accepted = k, count = n)
    };
    html! {
        <DialogFrame labelled_by="compare-title" class="compare-dialog" on_close={props.on_close.clone()}>
            <h2 id="compare-title">{ w!(words, "compare-title", name = props.mine.name.as_str(), other = other) }</h2>
            <p class="dialog-lead">
                if three_way {
                    { format!("{} ", w!(words, "compare-lead-three-way", mine = view.mine_only)) }
                    if view.questions.is_empty() {
                        { words.t("compare-no-questions") }
                    } else {
                        { w!(words, "compare-questions", count = view.questions.len()) }
                    }
                } else {
                    { words.t("compare-lead-two-way") }
                }
            </p>
            if !view.questions.is_empty() {
                <section class="compare-section" aria-labelledby="questions-title">
                    <h3 id="questions-title">{ words.t("compare-questions-title") }</h3>
                    { for view.questions.iter().enumerate().map(|(i, q)| {
                        let name = q.lines.first().map_or_else(|| w!(words, "compare-question", number = i + 1), |l| l.group.clone());
                        let chosen = answers.get(i).copied().flatten();
                        html! {
                            <div class="question" role="radiogroup" aria-label={w!(words, "compare-mine-or-theirs", name = name.as_str())}>
                                { lines_html(&words, &q.lines, (&words.t("compare-mine"), &words.t("compare-theirs")), &format!("{} ", words.t("compare-lead-mine-theirs"))) }
                                if !q.if_theirs.effect.is_empty() {
                                    <p class="hint">{ words.t("compare-theirs-rather") }</p>
                                    { effect_html(&words, &q.if_theirs.effect) }
                                }
                                <div class="radio-row">
                                    <label><input type="radio" name={format!("q{i}")} checked={chosen == Some(Side::Mine)}
                                        onchange={answer(i, Side::Mine)} />{ format!(" {}", words.t("compare-mine")) }</label>
                                    <label><input type="radio" name={format!("q{i}")} checked={chosen == Some(Side::Theirs)}
                                        onchange={answer(i, Side::Theirs)} />{ format!(" {}", words.t("compare-theirs")) }</label>
                                </div>
                            </div>
                        }
                    }) }
                </section>
            }
            <section class="compare-section" aria-labelledby="changes-title">
                <h3 id="changes-title">{ if three_way {
                    w!(words, "compare-changes-three-way", count = n)
                } else {
                    w!(words, "compare-differences", count = n)
                } }</h3>
                if view.items.is_empty() {
                    <p class="hint">{ words.t("compare-none") }</p>
                }
                <ul class="change-list">
                { for view.items.iter().enumerate().map(|(i, item)| html! {
                    <li class="change">
                        if three_way {
                            { lines_html(&words, &item.lines, (&words.t("compare-yours"), &words.t("compare-after")), "") }
                        } else {
                            <label class="change-accept">
                                <input type="checkbox" checked={accepted.get(i).copied().unwrap_or(false)} onchange={toggle(i)} />
                                { format!(" {}", words.t("compare-accept")) }
                            </label>
                            { lines_html(&words, &item.lines, (&words.t("compare-yours"), &words.t("compare-theirs")), "") }
                        }
                        { effect_html(&words, &item.effect) }
                    </li>
                }) }
                </ul>
                if n > view.items.len() {
                    <p class="hint">{ w!(words, "compare-more", count = n - view.items.len()) }</p>
                }
            </section>
            <p class="copy-status" role="status" aria-live="polite">{
                if unanswered > 0 { w!(words, "compare-choose", count = unanswered) } else { String::new() }
            }</p>
            <div class="dialog-actions">
                <button type="button" class="button" onclick={close}>{ words.t("compare-cancel") }</button>
                <button type="button" class="button primary" disabled={result.is_none()} onclick={merge}>{ merge_label }</button>
            </div>
        </DialogFrame>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gma() -> Schedule {
        meridian_engine::demo::load("gma-spring-2027").unwrap()
    }

    fn index(s: &Schedule, id: &str) -> usize {
        s.sessions.iter().position(|x| x.id.as_str() == id).unwrap()
    }

    // Regression: a session moved differently on both sides was also listed as a change the
    // merge makes (back to the base's time), beside its question.
    #[test]
    fn a_question_is_asked_once_and_not_listed_among_the_changes() {
        let base = gma();
        let studio = index(&base, "americas-studio");
        let lab = index(&base, "emea-lab");
        let mine = base.with_session_moved(studio, -15).unwrap();
        let theirs = base
            .with_session_moved(studio, 15)
            .unwrap()
            .with_session_resized(lab, 30)
            .unwrap();
        let c = Comparison {
            theirs: Rc::new(theirs),
            base: Some(Rc::new(base)),
            source: Source::Link,
        };
        let v = view(&Words::english(), &PublicHolidays::none(), &mine, &c);
        assert_eq!(v.questions.len(), 1);
        let q = &v.questions[0].lines;
        assert_eq!(q[0].group, "Americas studio");
        assert!(
            q[0].text.contains("10:45") && q[0].text.contains("11:15"),
            "{q:?}"
        );
        let listed: Vec<&str> = v
            .items
            .iter()
            .flat_map(|i| i.lines.iter().map(|l| l.group.as_str()))
            .collect();
        assert_eq!(listed, ["EMEA data lab"]);
    }

    #[test]
    fn without_a_base_every_difference_is_offered_with_what_it_does_to_conflicts() {
        let mine = gma();
        let theirs = mine
            .with_session_moved(index(&mine, "la-lecture"), 60)
            .unwrap();
        let c = Comparison {
            theirs: Rc::new(theirs),
            base: None,
            source: Source::File("partner.json".into()),
        };
        let v = view(&Words::english(), &PublicHolidays::none(), &mine, &c);
        assert!(v.merge.is_none());
        assert_eq!(v.items.len(), v.changes.len());
        let lecture = &v.items[0];
        assert!(lecture.lines[0].text.starts_with("moved from Tue 17:00"));
        assert!(
            !lecture.lines[0].rows.is_empty(),
            "local times at every campus"
        );
    }

    /// A weekly Thursday lecture at UPV (Valencian Community, whose day is Thu 9 Oct 2025).
    fn on_valencian_community_day() -> Schedule {
        Schedule::from_json(
            r#"{"format":"meridian/1","id":"t","name":"Holidays","term":{"start":"2025-09-01","end":"2025-12-19"},
            "campuses":[{"id":"upv","name":"UPV","short":"UPV","city":"Valencia","country":"ES","region":"VC","zone":"Europe/Madrid"}],
            "cohorts":[{"id":"upv-1","name":"UPV-1","campus":"upv"}],
            "sessions":[{"id":"lecture","title":"Joint lecture","host":"upv","start":"2025-09-04T10:00","duration_minutes":90,
              "repeat":{"weekdays":["thu"]},"cohorts":["upv-1"]}]}"#,
        )
        .unwrap()
    }

    // Regression: the dialog said moving the one week on a partner's public holiday to the
    // next day made "no change to conflicts", and the merge then cleared the planner's only
    // error: the dialog checked without the public holidays the planner checks with.
    #[test]
    fn a_week_moved_off_a_public_holiday_is_said_to_resolve_its_conflict() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/holidays/ES.txt");
        let spain =
            meridian_engine::holidays::CountryHolidays::from_bytes(&std::fs::read(path).unwrap())
                .unwrap();
        let holidays = PublicHolidays::new([spain]);
        let base = on_valencian_community_day();
        let date = meridian_engine::CivilDate::parse("2025-10-09").unwrap();
        let theirs = base.with_occurrence_moved(0, date, 24 * 60).unwrap();
        let c = Comparison {
            theirs: Rc::new(theirs),
            base: Some(Rc::new(base.clone())),
            source: Source::Link,
        };
        let v = view(&Words::english(), &holidays, &base, &c);
        assert_eq!(v.items.len(), 1);
        let item = &v.items[0];
        let e = &item.effect;
        assert!(e.new_clashes.is_empty(), "{:?}", e.new_clashes);
        assert!(e.changed.is_empty(), "{:?}", e.changed);
        assert_eq!(e.resolved.len(), 1, "{:?}", e.resolved);
        assert!(
            e.resolved[0].contains("UPV") && e.resolved[0].contains("Joint lecture"),
            "{:?}",
            e.resolved
        );
    }
}
