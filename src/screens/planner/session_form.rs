//! The session form: every field of the schedule format, for a new session or an existing one.
//! What the schedule refuses is said in the form, and nothing changes until it is right.

use super::time_finder::{Picked, TimeFinder};
use crate::language::{use_words, w};
use crate::store::{apply, Edit, FormTarget, SessionDraft as Draft};
use crate::widgets::dialog::DialogFrame;
use crate::widgets::latest::use_latest;
use crate::widgets::select_face::SelectFace;
use meridian_engine::edit::OccurrenceEdit;
use meridian_engine::schedule::{
    CohortId, LecturerId, RoomId, Schedule, Session, SessionId, SessionKind, Weekly,
};
use meridian_engine::{CivilDate, CivilDateTime, Weekday, Zone};
use meridian_words::Words;
use std::rc::Rc;
use yew::prelude::*;

/// How a date is written in the reader's language (`YYYY-MM-DD`, `JJJJ-MM-TT`…), for the
/// form's hints.
fn date_pattern(words: &Words) -> String {
    meridian_words::shape(words, meridian_engine::DateTimeShape::Date)
}

/// Props of [`SessionForm`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The schedule.
    pub schedule: Rc<Schedule>,
    /// A new session (perhaps at a time picked on the grid), or the session to edit and the
    /// occurrence it was opened from.
    pub target: FormTarget,
    /// The shown week's Monday (a new session starts that week unless a time was picked).
    pub week: CivilDate,
    /// The grid's zone: a time picked on the grid is taught from a campus in it, if any.
    pub reference: Zone,
    /// The edit, once it is valid.
    pub on_edit: Callback<Edit>,
    /// The form asks to close.
    pub on_close: Callback<()>,
    /// Times in suggestions on a 12-hour clock (the browser's locale uses one).
    #[prop_or_default]
    pub twelve_hour: bool,
    /// "Best times" was asked for (the overlap map over the grid, and a rotation), with the
    /// form's draft, kept while the form is set aside.
    #[prop_or_default]
    pub on_best_times: Option<Callback<(crate::store::BestTimesFor, Draft)>>,
    /// The fields to open with instead of the target's (the draft kept while the form was set
    /// aside for "Best times").
    #[prop_or_default]
    pub draft: Option<Rc<Draft>>,
}

impl Draft {
    /// A new session starting at a time picked on the grid, taught from a campus in the grid's
    /// zone (else the first campus), its start written in that campus's time.
    fn at(s: &Schedule, start: meridian_engine::Instant, minutes: u32, reference: Zone) -> Draft {
        let mut d = Draft::of(s, None, s.term.start);
        let host = s
            .campuses
            .iter()
            .find(|c| c.zone == reference)
            .or(s.campuses.first());
        if let Some(c) = host {
            let local = c.zone.local(start).datetime;
            d.host = c.id.to_string();
            d.date = local.date().to_string();
            d.time = local.time().to_string();
        }
        d.minutes = minutes.to_string();
        d
    }

    /// The occurrence of `date` as it stands (a change already made counts): this week's
    /// date, time, length and rooms in the fields, the rest from the series.
    fn occurrence(s: &Schedule, x: &Session, date: CivilDate) -> Draft {
        let mut d = Draft::of(s, Some(x), date);
        let change = x.change_on(date);
        let start = change
            .and_then(|c| c.start)
            .unwrap_or(date.at(x.start.time()));
        d.date = start.date().to_string();
        d.time = start.time().to_string();
        d.minutes = change
            .and_then(|c| c.duration_minutes)
            .unwrap_or(x.duration_minutes)
            .to_string();
        if let Some(rooms) = change.and_then(|c| c.rooms.as_ref()) {
            d.rooms = rooms.iter().map(|r| r.to_string()).collect();
        }
        d
    }

    /// The fields of `session`, or a new session's starting on `date` (not before the term).
    pub(crate) fn of(s: &Schedule, session: Option<&Session>, date: CivilDate) -> Draft {
        match session {
            Some(x) => Draft {
                title: x.title.clone(),
                course: x.course.clone().unwrap_or_default(),
                kind: x.kind,
                host: x.host.to_string(),
                zone: x.zone.map(|z| z.name().to_string()).unwrap_or_default(),
                date: x.start.date().to_string(),
                time: x.start.time().to_string(),
                minutes: x.duration_minutes.to_string(),
                weekly: x.repeat.is_some(),
                interval: x
                    .repeat
                    .as_ref()
                    .map_or("1".into(), |r| r.interval.to_string()),
                weekdays: x.repeat.as_ref().map_or(Vec::new(), |r| r.weekdays.clone()),
                until: x
                    .repeat
                    .as_ref()
                    .and_then(|r| r.until)
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
                count: x
                    .repeat
                    .as_ref()
                    .and_then(|r| r.count)
                    .map(|c| c.to_string())
                    .unwrap_or_default(),
                skip: x.repeat.as_ref().map_or(String::new(), |r| {
                    r.skip
                        .iter()
                        .map(|d| d.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                }),
                cohorts: x.cohorts.iter().map(|c| c.to_string()).collect(),
                lecturer: x
                    .lecturer
                    .as_ref()
                    .map(|l| l.to_string())
                    .unwrap_or_default(),
                rooms: x.rooms.iter().map(|r| r.to_string()).collect(),
                meeting: x.meeting_url.clone().unwrap_or_default(),
                notes: x.notes.clone().unwrap_or_default(),
            },
            None => Draft {
                title: String::new(),
                course: String::new(),
                kind: SessionKind::JointLecture,
                host: s
                    .campuses
                    .first()
                    .map(|c| c.id.to_string())
                    .unwrap_or_default(),
                zone: String::new(),
                date: date.max(s.term.start).to_string(),
                time: "10:00".into(),
                minutes: "90".into(),
                weekly: true,
                interval: "1".into(),
                weekdays: Vec::new(),
                until: String::new(),
                count: String::new(),
                skip: String::new(),
                cohorts: Vec::new(),
                lecturer: String::new(),
                rooms: Vec::new(),
                meeting: String::new(),
                notes: String::new(),
            },
        }
    }

    /// The session this draft describes, or what is wrong in words.
    fn session(
        &self,
        words: &Words,
        s: &Schedule,
        editing: Option<&Session>,
    ) -> Result<Session, String> {
        let title = self.title.trim();
        if title.is_empty() {
            return Err(words.t("form-no-title"));
        }
        let start = CivilDateTime::parse(&format!("{}T{}", self.date.trim(), self.time.trim()))
            .map_err(|_| words.t("form-no-start"))?;
        let minutes: u32 = self
            .minutes
            .trim()
            .parse()
            .map_err(|_| words.t("form-length-not-a-number"))?;
        let zone = match self.zone.trim() {
            "" => None,
            z => Some(Zone::parse(z).map_err(|e| meridian_words::error(words, &e))?),
        };
        // `id`: the message saying which field is not a date.
        let date = |text: &str, id: &'static str| {
            CivilDate::parse(text.trim()).map_err(|_| w!(words, id, pattern = date_pattern(words)))
        };
        let repeat = if self.weekly {
            Some(Weekly {
                interval: self
                    .interval
                    .trim()
                    .parse()
                    .ok()
                    .filter(|n| *n >= 1)
                    .ok_or_else(|| words.t("form-interval-too-small"))?,
                weekdays: self.weekdays.clone(),
                until: match self.until.trim() {
                    "" => None,
                    t => Some(date(t, "form-until-not-a-date")?),
                },
                count: match self.count.trim() {
                    "" => None,
                    c => Some(c.parse().map_err(|_| words.t("form-count-not-a-number"))?),
                },
                skip: self
                    .skip
                    .split([',', ' '])
                    .filter(|t| !t.trim().is_empty())
                    .map(|t| date(t, "form-skip-not-a-date"))
                    .collect::<Result<_, _>>()?,
            })
        } else {
            None
        };
        let id = match editing {
            Some(x) => x.id.clone(),
            None => SessionId(meridian_engine::schedule::free_id(title, "session", |id| {
                s.sessions.iter().any(|x| x.id.as_str() == id)
            })),
        };
        let opt = |t: &str| (!t.trim().is_empty()).then(|| t.trim().to_string());
        Ok(Session {
            id,
            title: title.to_string(),
            course: opt(&self.course),
            kind: self.kind,
            host: self.host.as_str().into(),
            zone,
            start,
            duration_minutes: minutes,
            repeat,
            cohorts: self
                .cohorts
                .iter()
                .map(|c| CohortId::from(c.as_str()))
                .collect(),
            lecturer: opt(&self.lecturer).map(LecturerId),
            rooms: self
                .rooms
                .iter()
                .map(|r| RoomId::from(r.as_str()))
                .collect(),
            meeting_url: opt(&self.meeting),
            notes: opt(&self.notes),
            changes: Vec::new(),
        })
        // One-week changes are not edited here: they are carried over, moved with the series.
        .and_then(|x| match editing {
            Some(old) => x
                .replacing(old)
                .map_err(|e| meridian_words::error(words, &e)),
            None => Ok(x),
        })
    }
}

/// A session's kind as the form's menu offers it: "joint lecture", "office hours".
fn kind_words(words: &Words, kind: SessionKind) -> String {
    w!(
        words,
        "form-kind-option",
        kind = kind.label().replace(' ', "-")
    )
}

/// The form.
#[function_component(SessionForm)]
pub fn session_form(props: &Props) -> Html {
    let words = use_words();
    let s = &props.schedule;
    let (index, occurrence) = match props.target {
        FormTarget::Session { index, occurrence } => (Some(index), occurrence),
        FormTarget::FindingTime { index, week } => (Some(index), week),
        FormTarget::New(_) => (None, None),
    };
    let find_at_once = matches!(props.target, FormTarget::FindingTime { .. });
    // Opened to find a time for one week: the form starts on "only this week".
    let one_week_asked = matches!(props.target, FormTarget::FindingTime { week: Some(_), .. });
    let editing = index.and_then(|i| s.sessions.get(i));
    // Opened from one week of a series: the coordinator says whether the change is for that
    // week only or for every week.
    let week_of_series = occurrence.filter(|_| editing.is_some_and(|x| x.repeat.is_some()));
    let only = use_state(|| one_week_asked && week_of_series.is_some());
    // A draft kept while the form was set aside, else the target's fields.
    let draft = use_latest(|| match (&props.target, editing, props.draft.as_deref()) {
        (_, _, Some(kept)) => kept.clone(),
        (FormTarget::New(Some((start, minutes))), _, None) => {
            Draft::at(s, *start, *minutes, props.reference)
        }
        (
            FormTarget::FindingTime {
                week: Some(date), ..
            },
            Some(x),
            None,
        ) if x.repeat.is_some() => Draft::occurrence(s, x, *date),
        (_, x, None) => Draft::of(s, x, props.week),
    });
    let problem = use_state(|| None::<String>);
    let choose_scope = |this_week: bool| {
        let (only, draft, problem, schedule) =
            (only.clone(), draft.clone(), problem.clone(), s.clone());
        Callback::from(move |_: Event| {
            let x = index.and_then(|i| schedule.sessions.get(i));
            if let (Some(x), Some(date)) = (x, week_of_series) {
                let next = if this_week {
                    Draft::occurrence(&schedule, x, date)
                } else {
                    Draft::of(&schedule, Some(x), date)
                };
                draft.update(|d| *d = next);
                only.set(this_week);
                problem.set(None);
            }
        })
    };
    // One updater for every field: the closure says how the typed value changes the draft.
    let set = |f: fn(&mut Draft, String)| {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target()
                .and_then(|t| {
                    wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t.clone())
                        .ok()
                        .map(|i| i.value())
                        .or_else(|| {
                            wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlSelectElement>(t.clone())
                                .ok()
                                .map(|i| i.value())
                        })
                        .or_else(|| {
                            wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlTextAreaElement>(t)
                                .ok()
                                .map(|i| i.value())
                        })
                })
                .unwrap_or_default();
            draft.update(|d| f(d, value));
        })
    };
    // Text fields update the draft as they are typed, so nothing typed is lost when another
    // field re-renders the form.
    let input = |f: fn(&mut Draft, String)| set(f).reform(|e: InputEvent| -> Event { e.into() });
    let toggle = |list: fn(&mut Draft) -> &mut Vec<String>, id: String| {
        let draft = draft.clone();
        Callback::from(move |_: Event| {
            draft.update(|d| {
                let l = list(d);
                match l.iter().position(|x| *x == id) {
                    Some(i) => {
                        l.remove(i);
                    }
                    None => l.push(id.clone()),
                }
            })
        })
    };
    let toggle_day = |day: Weekday| {
        let draft = draft.clone();
        Callback::from(move |_: Event| {
            draft.update(|d| match d.weekdays.iter().position(|x| *x == day) {
                Some(i) => {
                    d.weekdays.remove(i);
                }
                None => {
                    d.weekdays.push(day);
                    d.weekdays.sort();
                }
            })
        })
    };
    let this_week = week_of_series.filter(|_| *only);
    let submit = {
        let (draft, problem, schedule, on_edit, words) = (
            draft.clone(),
            problem.clone(),
            s.clone(),
            props.on_edit.clone(),
            words.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let editing = index.and_then(|i| schedule.sessions.get(i));
            let described = draft.get().session(&words, &schedule, editing);
            let edit = match described {
                Ok(x) => match (index, this_week) {
                    (Some(session), Some(date)) => Edit::OccurrenceChanged {
                        session,
                        date,
                        change: Box::new(OccurrenceEdit {
                            start: Some(x.start),
                            duration_minutes: Some(x.duration_minutes),
                            rooms: Some(x.rooms),
                        }),
                    },
                    (Some(i), None) => Edit::SessionReplaced(i, Box::new(x)),
                    (None, _) => Edit::SessionAdded(Box::new(x)),
                },
                Err(why) => {
                    problem.set(Some(why));
                    return;
                }
            };
            // Checked here first, so that the form stays open with the reason.
            match apply(&schedule, &edit) {
                Ok(_) => on_edit.emit(edit),
                Err(why) => problem.set(Some(why.words(&words))),
            }
        })
    };
    let close = {
        let cb = props.on_close.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let skip = match (index, this_week) {
        (Some(session), Some(date)) => {
            let cb = props.on_edit.clone();
            Some(Callback::from(move |_: MouseEvent| {
                cb.emit(Edit::OccurrenceSkipped { session, date })
            }))
        }
        _ => None,
    };
    // "Find a time": the session as the form describes it, tried across its week.
    let describe = {
        let (draft, schedule, words) = (draft.clone(), s.clone(), words.clone());
        Callback::from(move |()| {
            let editing = index.and_then(|i| schedule.sessions.get(i));
            draft.get().session(&words, &schedule, editing)
        })
    };
    let pick = {
        let draft = draft.clone();
        Callback::from(move |picked: Picked| {
            let x = match picked {
                Picked::Week(start) => {
                    draft.update(|d| {
                        d.date = start.date().to_string();
                        d.time = start.time().to_string();
                    });
                    return;
                }
                Picked::Series(x) => *x,
            };
            draft.update(|d| {
                d.date = x.start.date().to_string();
                d.time = x.start.time().to_string();
                if let Some(r) = &x.repeat {
                    d.weekdays = r.weekdays.clone();
                    d.skip = r
                        .skip
                        .iter()
                        .map(|d| d.to_string())
                        .collect::<Vec<_>>()
                        .join(", ");
                }
            })
        })
    };
    let current = draft.get().clone();
    let d = &current;
    let scope = week_of_series.map(|date| html! {
        <fieldset class="scope">
            <legend>{ words.t("form-scope") }</legend>
            <label class="check"><input type="radio" name="scope" checked={!*only} onchange={choose_scope(false)} />{ " " }{ words.t("form-scope-every-week") }</label>
            <label class="check"><input type="radio" name="scope" checked={*only} onchange={choose_scope(true)} />
                { " " }{ w!(words, "form-scope-this-week", date = words.short_date(date)) }</label>
        </fieldset>
    });
    let rooms = html! {
            <fieldset>
                <legend>{ words.t("form-rooms") }</legend>
                <div class="checks">
                { for s.rooms.iter().map(|r| html! {
                    <label class="check"><input type="checkbox" checked={d.rooms.contains(&r.id.to_string())}
                        onchange={toggle(|d| &mut d.rooms, r.id.to_string())} />
                        { format!(" {} ({})", r.name, s.campus(&r.campus).map_or(r.campus.to_string(), |c| c.short.clone())) }</label>
                }) }
                </div>
            </fieldset>
    };
    let when = html! {
                <>
                <label class="control"><span>{ if this_week.is_some() { words.t("form-date") } else { words.t("form-first-date") } }</span>
                    <input type="date" value={d.date.clone()} oninput={input(|d, v| d.date = v)} required=true /></label>
                <label class="control"><span>{ words.t("form-starts-at") }</span>
                    <input type="time" value={d.time.clone()} oninput={input(|d, v| d.time = v)} required=true /></label>
                <label class="control"><span>{ words.t("form-length") }</span>
                    <input type="number" min="5" step="5" value={d.minutes.clone()} oninput={input(|d, v| d.minutes = v)} /></label>
                </>
    };
    if let Some(date) = this_week {
        return html! {
            <DialogFrame labelled_by="session-form-title" class="session-form" on_close={props.on_close.clone()}>
                <form onsubmit={submit}>
                <h2 id="session-form-title">{ words.t("form-edit-title") }</h2>
                { scope.unwrap_or_default() }
                <p class="form-note">{ w!(words, "form-week-note", title = d.title.as_str(), date = words.short_date(date),
                    place = editing.map(|x| words.place(&s.anchor_place(x))).unwrap_or_default()) }</p>
                <div class="form-grid">{ when }</div>
                <TimeFinder schedule={s.clone()} index={index} describe={describe.clone()} on_pick={pick.clone()}
                    twelve_hour={props.twelve_hour} at_once={find_at_once} week={Some(date)} />
                { rooms }
                if let Some(p) = &*problem {
                    <p class="notice" role="alert">{ p }</p>
                }
                <div class="dialog-actions">
                    if let Some(skip) = skip {
                        <button type="button" class="button danger" onclick={skip}>{ words.t("form-cancel-week") }</button>
                    }
                    <button type="button" class="button" onclick={close}>{ words.t("form-close") }</button>
                    <button type="submit" class="button primary">{ words.t("form-save-week") }</button>
                </div>
                </form>
            </DialogFrame>
        };
    }
    // "Time is in": the host's zone (value ""), or another campus's, as "Milan (Europe/Rome)".
    let zone_options: Vec<(String, AttrValue)> =
        std::iter::once((String::new(), words.t("form-zone-host").into()))
            .chain(
                s.campuses
                    .iter()
                    .filter(|c| c.id.as_str() != d.host)
                    .map(|c| {
                        (
                            c.zone.name().to_string(),
                            format!("{} ({})", words.place(&c.city), c.zone).into(),
                        )
                    }),
            )
            .collect();
    html! {
        <DialogFrame labelled_by="session-form-title" class="session-form" on_close={props.on_close.clone()}>
            <form onsubmit={submit}>
            <h2 id="session-form-title">{ if editing.is_some() { words.t("form-edit-title") } else { words.t("form-new-title") } }</h2>
            { scope.unwrap_or_default() }
            <div class="form-grid">
                <label class="control wide"><span>{ words.t("form-title") }</span>
                    <input type="text" value={d.title.clone()} oninput={input(|d, v| d.title = v)} required=true /></label>
                <label class="control"><span>{ words.t("form-course") }</span>
                    <input type="text" value={d.course.clone()} oninput={input(|d, v| d.course = v)} /></label>
                <label class="control"><span>{ words.t("form-kind") }</span>
                    <select onchange={set(|d, v| d.kind = SessionKind::ALL.into_iter().find(|k| k.label() == v).unwrap_or_default())}>
                        { for SessionKind::ALL.iter().map(|k| html! {
                            <option value={k.label()} selected={*k == d.kind}>{ kind_words(&words, *k) }</option>
                        }) }
                    </select></label>
                <label class="control"><span>{ words.t("form-host") }</span>
                    <select onchange={set(|d, v| d.host = v)}>
                        { for s.campuses.iter().map(|c| html! {
                            <option value={c.id.to_string()} selected={c.id.as_str() == d.host}>{ &c.short }</option>
                        }) }
                    </select></label>
                <label class="control"><span>{ words.t("form-zone") }</span>
                    // Shown whole: the host zone's Dutch words were cut at 1280 px (languages.spec).
                    <SelectFace chosen={zone_options.iter().rev().find(|(value, _)| *value == d.zone)
                        .map_or_else(|| zone_options[0].1.clone(), |(_, text)| text.clone())}>
                    <select onchange={set(|d, v| d.zone = v)}>
                        { for zone_options.iter().map(|(value, text)| html! {
                            <option value={value.clone()} selected={*value == d.zone}>{ text.clone() }</option>
                        }) }
                    </select>
                    </SelectFace></label>
                { when }
            </div>
            <TimeFinder schedule={s.clone()} index={index} describe={describe} on_pick={pick} twelve_hour={props.twelve_hour} at_once={find_at_once} />
            if let Some(cb) = props.on_best_times.clone() {
                <p class="best-times-open">
                    <button type="button" class="button" onclick={{
                        let what = match editing {
                            Some(x) => crate::store::BestTimesFor::Session(x.id.clone()),
                            None => crate::store::BestTimesFor::NewSeries,
                        };
                        let draft = draft.clone();
                        Callback::from(move |_: MouseEvent| cb.emit((what.clone(), draft.get().clone())))
                    }}>{ words.t("form-best-times") }</button>
                    <span class="hint">{ " " }{ words.t("form-best-times-hint") }</span>
                </p>
            }
            <fieldset>
                <legend>{ words.t("form-repeats") }</legend>
                <label class="check"><input type="checkbox" checked={d.weekly}
                    onchange={set(|d, _| d.weekly = !d.weekly)} />{ " " }{ words.t("form-weekly") }</label>
                if d.weekly {
                    <div class="form-grid">
                        <label class="control"><span>{ words.t("form-interval") }</span>
                            <input type="number" min="1" value={d.interval.clone()} oninput={input(|d, v| d.interval = v)} /></label>
                        <label class="control"><span>{ words.t("form-until") }</span>
                            <input type="date" value={d.until.clone()} oninput={input(|d, v| d.until = v)} /></label>
                        <label class="control"><span>{ words.t("form-count") }</span>
                            <input type="number" min="1" value={d.count.clone()} oninput={input(|d, v| d.count = v)} /></label>
                        <label class="control wide"><span>{ w!(words, "form-skip", pattern = date_pattern(&words)) }</span>
                            <input type="text" value={d.skip.clone()} oninput={input(|d, v| d.skip = v)} /></label>
                    </div>
                    <div class="checks" role="group" aria-label={words.t("form-weekdays")}>
                        { for Weekday::ALL.iter().map(|w| html! {
                            <label class="check"><input type="checkbox" checked={d.weekdays.contains(w)}
                                onchange={toggle_day(*w)} />{ format!(" {}", words.weekday(*w)) }</label>
                        }) }
                    </div>
                }
            </fieldset>
            <fieldset>
                <legend>{ words.t("form-cohorts") }</legend>
                <div class="checks">
                { for s.cohorts.iter().map(|c| html! {
                    <label class="check"><input type="checkbox" checked={d.cohorts.contains(&c.id.to_string())}
                        onchange={toggle(|d| &mut d.cohorts, c.id.to_string())} />{ format!(" {}", c.name) }</label>
                }) }
                </div>
            </fieldset>
            <div class="form-grid">
                <label class="control"><span>{ words.t("form-lecturer") }</span>
                    <select onchange={set(|d, v| d.lecturer = v)}>
                        <option value="" selected={d.lecturer.is_empty()}>{ "—" }</option>
                        { for s.lecturers.iter().map(|l| html! {
                            <option value={l.id.to_string()} selected={l.id.as_str() == d.lecturer}>{ &l.name }</option>
                        }) }
                    </select></label>
                <label class="control wide"><span>{ words.t("form-meeting") }</span>
                    <input type="url" value={d.meeting.clone()} oninput={input(|d, v| d.meeting = v)} placeholder={words.t("form-meeting-placeholder")} /></label>
            </div>
            { rooms }
            <label class="control wide"><span>{ words.t("form-notes") }</span>
                <textarea rows="2" value={d.notes.clone()} oninput={input(|d, v| d.notes = v)} /></label>
            if let Some(p) = &*problem {
                <p class="notice" role="alert">{ p }</p>
            }
            <div class="dialog-actions">
                <button type="button" class="button" onclick={close}>{ words.t("planner-cancel") }</button>
                <button type="submit" class="button primary">{ if editing.is_some() { words.t("form-save") } else { words.t("form-add") } }</button>
            </div>
            </form>
        </DialogFrame>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_series_with_a_changed_week_moved_to_another_day_in_the_form_still_saves() {
        // Its one-week change stayed on the old date, so the save was refused ("has no
        // occurrence on … to change").
        let s = meridian_engine::demo::load("enhance-autumn-2026").unwrap();
        let i = s
            .sessions
            .iter()
            .position(|x| x.id.as_str() == "energy-systems")
            .unwrap();
        let week = CivilDate::parse("2026-10-19").unwrap();
        let s = s.with_occurrence_moved(i, week, 60).unwrap();
        let mut d = Draft::of(&s, Some(&s.sessions[i]), s.term.start);
        d.date = "2026-09-09".into();
        let x = d
            .session(&Words::english(), &s, Some(&s.sessions[i]))
            .unwrap();
        let mut after = s.clone();
        after.sessions[i] = x;
        after.validate().unwrap();
        let change = &after.sessions[i].changes[0];
        assert_eq!(change.date.to_string(), "2026-10-21");
        assert_eq!(change.start.unwrap().to_string(), "2026-10-21 11:15");
    }
}
