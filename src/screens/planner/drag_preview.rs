//! While a session is dragged: the dragged week's local times at every campus and the
//! conflicts the move would add, before the drop. It is its own component, fed through a
//! [`DragChannel`], so that a drag step redraws only this panel, not the app and its grid.

use crate::browser;
use crate::language::{use_words, w};
use crate::store::{Gesture, Scope};
use meridian_engine::{Conflict, ConflictIndex, Schedule};
use meridian_words::Words;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Where blocks report a drag in progress; the panel listens while it is mounted.
#[derive(Default)]
pub struct DragChannel {
    listener: RefCell<Option<Callback<Option<Gesture>>>>,
}

impl DragChannel {
    /// A drag moved (or ended: `None`).
    pub fn report(&self, g: Option<Gesture>) {
        if let Some(l) = self.listener.borrow().as_ref() {
            l.emit(g);
        }
    }
}

impl PartialEq for DragChannel {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

/// The schedule's conflict index, compared by identity (one per schedule version).
#[derive(Clone)]
pub struct SharedIndex(pub Rc<ConflictIndex>);

impl PartialEq for SharedIndex {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Props of [`DragPreviewPanel`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The schedule as it is.
    pub schedule: Rc<Schedule>,
    /// Its conflict index, `None` while the schedule is being checked.
    pub index: Option<SharedIndex>,
    /// Whether the viewer reads a 12-hour clock.
    pub twelve_hour: bool,
    /// Where the drag is reported.
    pub channel: Rc<DragChannel>,
}

/// The panel (nothing when no drag is in progress).
#[function_component(DragPreviewPanel)]
pub fn drag_preview_panel(props: &Props) -> Html {
    let words = use_words();
    let dragging = use_state(|| None::<Gesture>);
    {
        let (channel, dragging) = (props.channel.clone(), dragging.clone());
        use_effect_with(props.channel.clone(), move |_| {
            *channel.listener.borrow_mut() = Some(Callback::from(move |g| dragging.set(g)));
            move || {
                channel.listener.borrow_mut().take();
            }
        });
    }
    // A scratch copy of the index, made at the first drag step of each schedule version.
    let scratch = use_mut_ref(|| None::<(Rc<Schedule>, ConflictIndex)>);
    let index = props.index.clone();
    let preview = use_memo(
        (
            props.schedule.clone(),
            *dragging,
            words.clone(),
            index.clone(),
        ),
        |(s, g, words, index)| {
            let g = (*g)?;
            let index = index.as_ref()?.0.clone();
            browser::timed("meridian:drag-recheck", || {
                let mut scratch = scratch.borrow_mut();
                if !scratch
                    .as_ref()
                    .is_some_and(|(base, _)| Rc::ptr_eq(base, s))
                {
                    *scratch = Some((s.clone(), (*index).clone()));
                }
                let (_, scratch) = scratch.as_mut()?;
                drag_preview(words, s, &index, scratch, g)
            })
        },
    );
    let Some(DragPreview {
        title,
        times,
        added,
    }) = (*preview).clone()
    else {
        return match (*dragging, &props.index) {
            (Some(_), None) => html! {
                <aside class="drag-preview" aria-live="polite" aria-label={words.t("planner-drag-label")}>
                    <p class="drag-ok">{ words.t("planner-drag-checking") }</p>
                </aside>
            },
            _ => html! {},
        };
    };
    html! {
        <aside class="drag-preview" aria-live="polite" aria-label={words.t("planner-drag-label")}>
            <p class="details-title">{ title }</p>
            <ul class="drag-times">
                { for times.iter().map(|(c, t)| html! { <li><span>{ c }</span>{ format!(" {t}") }</li> }) }
            </ul>
            if added.is_empty() {
                <p class="drag-ok">{ words.t("planner-drag-ok") }</p>
            } else {
                <ul class="drag-conflicts">
                    { for added.iter().map(|c| html! { <li>{ meridian_words::conflict::message(&words, c) }</li> }) }
                </ul>
            }
        </aside>
    }
}

/// What the drag preview shows.
#[derive(Clone, PartialEq)]
struct DragPreview {
    /// The session and the dragged week's date.
    title: String,
    /// (campus, local weekday and times) at every participating campus.
    times: Vec<(String, String)>,
    /// Conflicts the move would add.
    added: Vec<Conflict>,
}

/// What a drag in progress would do: the title with the dragged week's date, that week's local
/// times at every participating campus, and the conflicts the series would gain if every week
/// changed (the worst case of the two choices on the drop). `scratch` is a copy of `index`;
/// it is re-checked for the dragged session only, then put back.
fn drag_preview(
    words: &Words,
    s: &Schedule,
    index: &ConflictIndex,
    scratch: &mut ConflictIndex,
    g: Gesture,
) -> Option<DragPreview> {
    let i = g.session;
    let (candidate, _) = crate::store::apply(s, &g.edit(Scope::EveryWeek)).ok()?;
    let session = candidate.sessions.get(i)?;
    // A move across days moves the series' dates with it.
    let shift = s
        .sessions
        .get(i)?
        .start
        .date()
        .days_until(session.start.date());
    let date = g.date.add_days(shift)?;
    scratch.session_changed(&candidate, i);
    let now = index.conflicts_of(s, i);
    // A conflict is new unless one the session has now says the same (on as many dates).
    let same = |a: &Conflict, b: &Conflict| {
        (&a.detail, a.repeats, &a.calendar) == (&b.detail, b.repeats, &b.calendar)
    };
    let added: Vec<Conflict> = scratch
        .conflicts_of(&candidate, i)
        .into_iter()
        .filter(|c| !now.iter().any(|n| same(n, c)))
        .collect();
    let week = scratch
        .occurrences_of(i)
        .iter()
        .find(|o| o.date == date)
        .cloned();
    scratch.session_changed(s, i);
    let o = week?;
    let times = candidate
        .participating_campuses(session)
        .into_iter()
        .map(|c| {
            let (a, b) = (c.zone.local(o.start), c.zone.local(o.end));
            (
                c.short.clone(),
                format!(
                    "{} {}",
                    words.weekday(a.weekday()),
                    words.span(a.datetime.time(), b.datetime.time())
                ),
            )
        })
        .collect();
    let title = w!(
        words,
        "planner-drag-title",
        title = session.title.as_str(),
        date = words.short_date(o.local_start.date())
    );
    Some(DragPreview {
        title,
        times,
        added,
    })
}
