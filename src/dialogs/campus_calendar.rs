//! One campus's calendar in *Campuses and people*: the region whose public holidays it keeps
//! (from the country file's list), its public holidays in the term with a switch each ("we
//! teach on Whit Monday"), and its own lecture-free weeks and exam periods, typed or imported
//! from the university's academic calendar (.ics: its events in the term, each kept as the
//! engine proposes by its name or as chosen). Every change is an engine edit of the dialog's
//! copy ([`CalendarEdit`]), saved with the rest of the dialog.

use crate::browser;
use crate::language::{use_words, w};
use crate::widgets::text_field::TextField;
use meridian_engine::holidays::HolidayKind;
use meridian_engine::ics::{
    academic_events, propose, AcademicEvent, AcademicKind, MAX_IMPORT_BYTES,
};
use meridian_engine::schedule::{Campus, Period, PeriodKind, Term};
use meridian_engine::{CivilDate, Error, Schedule};
use meridian_words::Words;
use std::rc::Rc;
use yew::prelude::*;

/// Why a change to a campus's calendar was not made.
#[derive(Debug)]
pub enum Refused {
    /// The engine refused the edit.
    Engine(Error),
    /// The typed text does not say a change: why, as a sentence in the reader's language.
    Typed(String),
}

impl From<Error> for Refused {
    fn from(e: Error) -> Refused {
        Refused::Engine(e)
    }
}

/// An engine edit of the schedule being edited, given the typed text (empty for a click).
pub type EditFn = dyn Fn(&Schedule, &str) -> Result<Schedule, Refused>;

/// A change to the campus's calendar, for the dialog to make on its copy.
#[derive(Clone)]
pub struct CalendarEdit(pub Rc<EditFn>);

/// Props of [`CampusCalendar`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The campus as the dialog's copy has it.
    pub campus: Campus,
    /// The term its holidays are listed in (its own or the schedule's).
    pub term: Term,
    /// Makes a change with the typed text; says whether it was made.
    pub on_edit: Callback<(CalendarEdit, String), bool>,
}

/// "Winter exams, 2027-02-01, 2027-02-19" as a period of `kind`, or why not (in `words`).
fn period(words: &Words, kind: PeriodKind, text: &str) -> Result<Period, String> {
    let refused = || w!(words, "calendar-period-refused", text = text.to_string());
    let mut parts = text.rsplitn(3, ',').map(str::trim);
    let (end, start, name) = (parts.next(), parts.next(), parts.next());
    let (Some(end), Some(start), Some(name)) = (end, start, name) else {
        return Err(refused());
    };
    let date = |t: &str| CivilDate::parse(t).map_err(|_| refused());
    Ok(Period {
        kind,
        name: name.to_string(),
        start: date(start)?,
        end: date(end)?,
    })
}

/// What an imported event is kept as: the select's value, or `None` to skip it.
fn kind_value(kind: Option<AcademicKind>) -> &'static str {
    match kind {
        Some(AcademicKind::Closure) => "closure",
        Some(AcademicKind::Exams) => "exams",
        Some(AcademicKind::LectureFree) => "lecture-free",
        None => "skip",
    }
}

fn kind_of(value: &str) -> Option<AcademicKind> {
    match value {
        "closure" => Some(AcademicKind::Closure),
        "exams" => Some(AcademicKind::Exams),
        "lecture-free" => Some(AcademicKind::LectureFree),
        _ => None,
    }
}

/// Events read from an academic calendar, each with what it is to be kept as.
type Found = Vec<(AcademicEvent, Option<AcademicKind>)>;

/// The campus's calendar.
#[function_component(CampusCalendar)]
pub fn campus_calendar(props: &Props) -> Html {
    let words = use_words();
    let holidays = crate::holidays::use_holidays();
    let found = use_state(|| None::<Found>);
    let import_problem = use_state(|| None::<String>);
    let c = &props.campus;
    let edit = |f: Rc<EditFn>| {
        let on_edit = props.on_edit.clone();
        Callback::from(move |text: String| on_edit.emit((CalendarEdit(f.clone()), text)))
    };
    let id = c.id.clone();
    let data = holidays.data.country(&c.country);
    // The region list: the country file's, and the campus's own if the file lacks it.
    let mut regions: Vec<String> = data.map(|d| d.regions.clone()).unwrap_or_default();
    if let Some(r) = c.region.as_ref().filter(|r| !regions.contains(r)) {
        regions.insert(0, r.clone());
    }
    let region_select = {
        let set = edit(Rc::new({
            let id = id.clone();
            move |d: &Schedule, v: &str| Ok(d.with_region(&id, Some(v))?)
        }));
        let onchange = Callback::from(move |e: Event| {
            set.emit(
                e.target_unchecked_into::<web_sys::HtmlSelectElement>()
                    .value(),
            );
        });
        let current = c.region.clone().unwrap_or_default();
        html! {
            <label class="control inline"><span>{ w!(words, "calendar-region") }</span>
                <select aria-label={w!(words, "calendar-region-label", campus = c.short.clone())} {onchange}
                    disabled={data.is_none() && c.region.is_none()}>
                    <option value="" selected={current.is_empty()}>{ if c.country.is_empty() { w!(words, "calendar-national-no-country") } else { w!(words, "calendar-national-only", country = c.country.clone()) } }</option>
                    { for regions.iter().map(|r| html! {
                        <option value={r.clone()} selected={*r == current}>{ format!("{}-{r}", c.country) }</option>
                    }) }
                </select>
            </label>
        }
    };
    // Every public holiday of the term, switched off ones too (they are listed unticked).
    let all_on = Campus {
        holidays_off: Vec::new(),
        ..c.clone()
    };
    let listed = holidays
        .data
        .of_campus(&all_on, props.term.start, props.term.end);
    let summary = match (data, listed.len()) {
        (None, _) if c.country.is_empty() => w!(words, "calendar-no-country"),
        (None, _) => w!(words, "calendar-loading", country = c.country.clone()),
        (Some(_), 0) => w!(words, "calendar-no-holidays"),
        (Some(_), n) => {
            let off = listed
                .iter()
                .filter(|h| c.holidays_off.contains(&h.date))
                .count();
            w!(words, "calendar-holidays", count = n, taught = off)
        }
    };
    let holiday_items = listed.iter().map(|h| {
        let off = c.holidays_off.contains(&h.date);
        let date = h.date;
        let toggle = edit(Rc::new({
            let id = id.clone();
            move |d: &Schedule, _: &str| Ok(d.with_holiday_off(&id, date, !off)?)
        }));
        let onchange = Callback::from(move |_: Event| {
            toggle.emit(String::new());
        });
        let english = (h.english_name != h.local_name).then(|| {
            format!(
                " {}",
                w!(words, "calendar-english-name", name = h.english_name.clone())
            )
        });
        let mark = match h.kind {
            HolidayKind::Holiday => None,
            HolidayKind::Observed => Some(w!(words, "calendar-observed")),
            HolidayKind::Substituted => Some(w!(words, "calendar-substitute")),
        };
        html! {
            <li class={classes!(off.then_some("taught"))}>
                <label>
                    <input type="checkbox" checked={!off} {onchange} />
                    <span class="holiday-date">{ words.short_date(h.date) }</span>
                    <span lang={data.and_then(|d| d.local_language.clone()).map(|l| l.replace('_', "-"))}>{ &h.local_name }</span>
                    { english.unwrap_or_default() }
                    if let Some(m) = mark { <span class="flag">{ m }</span> }
                    if off { <span class="flag">{ w!(words, "calendar-we-teach") }</span> }
                </label>
            </li>
        }
    });
    let periods = c.periods.iter().enumerate().map(|(j, p)| {
        let remove = edit(Rc::new({
            let id = id.clone();
            move |d: &Schedule, _: &str| Ok(d.without_period(&id, j)?)
        }));
        let kind = match p.kind {
            PeriodKind::LectureFree => "lecture-free",
            PeriodKind::Exams => "exams",
        };
        let text = w!(
            words,
            "calendar-period",
            kind = kind,
            name = p.name.clone(),
            start = words.day_month(p.start),
            end = words.day_month(p.end),
            year = p.end.year().to_string()
        );
        html! {
            <li>
                { text }
                <button type="button" class="link-button" aria-label={w!(words, "calendar-remove-period-label", name = p.name.clone())}
                    onclick={Callback::from(move |_: MouseEvent| { remove.emit(String::new()); })}>{ w!(words, "dialog-remove") }</button>
            </li>
        }
    });
    let add = |kind: PeriodKind, [what, label, example]: [&'static str; 3]| {
        let id = id.clone();
        let period_words = words.clone();
        let f: Rc<EditFn> = Rc::new(move |d: &Schedule, v: &str| {
            let p = period(&period_words, kind, v).map_err(Refused::Typed)?;
            Ok(d.with_period_added(&id, p)?)
        });
        let on_edit = props.on_edit.clone();
        let on_change = Callback::from(move |text: String| {
            text.trim().is_empty() || on_edit.emit((CalendarEdit(f.clone()), text))
        });
        html! {
            <label class="control inline"><span>{ w!(words, what) }</span>
                <TextField value="" placeholder={w!(words, example)} label={w!(words, label, campus = c.short.clone())} {on_change} />
            </label>
        }
    };
    // The academic calendar: a file read over the term, then each event's kind chosen.
    let on_file = {
        let (found, problem, zone, term, words) = (
            found.clone(),
            import_problem.clone(),
            c.zone,
            props.term,
            words.clone(),
        );
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            if file.size() > MAX_IMPORT_BYTES as f64 {
                problem.set(Some(w!(
                    words,
                    "calendar-too-large",
                    file = file.name(),
                    size = words.dates().decimal(file.size() / 1_048_576.0, 1),
                    limit = MAX_IMPORT_BYTES / 1_048_576
                )));
                return;
            }
            let (found, problem, words) = (found.clone(), problem.clone(), words.clone());
            browser::read_file_bytes(file, move |bytes| {
                let read = bytes
                    .ok_or_else(|| w!(words, "calendar-unreadable"))
                    .and_then(|b| {
                        meridian_engine::input::document_text(&b)
                            .and_then(|text| academic_events(&text, zone, term.start, term.end))
                            .map_err(|e| {
                                w!(
                                    words,
                                    "calendar-nothing-read",
                                    reason = meridian_words::error(&words, &e)
                                )
                            })
                    });
                match read {
                    Ok(events) => {
                        problem.set(None);
                        found.set(Some(
                            events
                                .into_iter()
                                .map(|e| {
                                    // An event without a name cannot be kept (a closure
                                    // or period needs one): it starts skipped.
                                    let kind = (!e.name.is_empty()).then(|| propose(&e.name));
                                    (e, kind)
                                })
                                .collect(),
                        ));
                    }
                    Err(why) => {
                        found.set(None);
                        problem.set(Some(why));
                    }
                }
            });
            input.set_value("");
        })
    };
    let found_items = found.as_ref().map(|events| {
        events
            .iter()
            .enumerate()
            .map(|(j, (e, kind))| {
                let onchange = {
                    let found = found.clone();
                    Callback::from(move |ev: Event| {
                        let v = ev
                            .target_unchecked_into::<web_sys::HtmlSelectElement>()
                            .value();
                        if let Some(mut list) = (*found).clone() {
                            if let Some(row) = list.get_mut(j) {
                                row.1 = kind_of(&v);
                            }
                            found.set(Some(list));
                        }
                    })
                };
                let when = if e.start == e.end {
                    words.long_date(e.start)
                } else {
                    w!(
                        words,
                        "calendar-event-span",
                        start = words.short_date(e.start),
                        end = words.long_date(e.end)
                    )
                };
                let current = kind_value(*kind);
                let option = |v: &'static str, text: &'static str| {
                    html! { <option value={v} selected={current == v}>{ w!(words, text) }</option> }
                };
                let (shown, keep) = if e.name.is_empty() {
                    (
                        w!(words, "calendar-event-no-name", when = when.clone()),
                        w!(words, "calendar-keep-no-name-as", when = when.clone()),
                    )
                } else {
                    (
                        w!(
                            words,
                            "calendar-event",
                            name = e.name.clone(),
                            when = when.clone()
                        ),
                        w!(
                            words,
                            "calendar-keep-as",
                            name = e.name.clone(),
                            when = when.clone()
                        ),
                    )
                };
                html! {
                    <li>
                        <label>
                            <span>{ shown }</span>
                            <select aria-label={keep} {onchange}>
                                { option("closure", "calendar-as-closure") }
                                { option("exams", "calendar-as-exams") }
                                { option("lecture-free", "calendar-as-lecture-free") }
                                { option("skip", "calendar-as-skip") }
                            </select>
                        </label>
                    </li>
                }
            })
            .collect::<Html>()
    });
    let add_found = {
        let (found, on_edit, id) = (found.clone(), props.on_edit.clone(), id.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(list) = (*found).clone() else {
                return;
            };
            let entries: Vec<(AcademicKind, AcademicEvent)> = list
                .into_iter()
                .filter_map(|(e, kind)| kind.map(|k| (k, e)))
                .collect();
            let id = id.clone();
            let f: Rc<EditFn> = Rc::new(move |d: &Schedule, _: &str| {
                Ok(d.with_academic_calendar(&id, &entries).map(|(s, _)| s)?)
            });
            if on_edit.emit((CalendarEdit(f), String::new())) {
                found.set(None);
            }
        })
    };
    let cancel_found = {
        let found = found.clone();
        Callback::from(move |_: MouseEvent| found.set(None))
    };
    html! {
        <div class="campus-calendar">
            { region_select }
            <details class="holiday-list">
                <summary>{ summary }</summary>
                if !listed.is_empty() {
                    <p class="hint">{ w!(words, "calendar-unticked") }</p>
                    <ul>{ for holiday_items }</ul>
                }
            </details>
            if !c.periods.is_empty() {
                <ul class="closures">{ for periods }</ul>
            }
            <div class="period-fields">
                { add(PeriodKind::Exams, ["calendar-add-exams", "calendar-add-exams-label", "calendar-exams-placeholder"]) }
                { add(PeriodKind::LectureFree, ["calendar-add-lecture-free", "calendar-add-lecture-free-label", "calendar-lecture-free-placeholder"]) }
            </div>
            <label class="control inline"><span>{ w!(words, "calendar-import") }</span>
                <input type="file" accept=".ics,text/calendar" onchange={on_file}
                    aria-label={w!(words, "calendar-import-label", campus = c.short.clone())} />
            </label>
            if let Some(p) = &*import_problem {
                <p class="notice" role="alert">{ p }</p>
            }
            if let Some(items) = found_items {
                <div class="academic-import" role="group" aria-label={w!(words, "calendar-academic-label", campus = c.short.clone())}>
                    if found.as_ref().is_some_and(|f| f.is_empty()) {
                        <p class="hint">{ w!(words, "calendar-no-events") }</p>
                    } else {
                        <p class="hint">{ w!(words, "calendar-events") }</p>
                        <ul>{ items }</ul>
                    }
                    <div class="dialog-actions">
                        <button type="button" class="button" onclick={cancel_found}>{ w!(words, "calendar-forget") }</button>
                        <button type="button" class="button primary" onclick={add_found}
                            disabled={found.as_ref().is_some_and(|f| f.iter().all(|(_, k)| k.is_none()))}>{ w!(words, "calendar-add") }</button>
                    </div>
                </div>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_period_is_read_from_its_name_and_two_dates_and_a_name_may_hold_commas() {
        let en = Words::english();
        let p = period(
            &en,
            PeriodKind::Exams,
            "Exams, winter, 2027-02-01, 2027-02-19",
        )
        .unwrap();
        assert_eq!(p.name, "Exams, winter");
        assert_eq!(p.start, CivilDate::parse("2027-02-01").unwrap());
        assert_eq!(p.end, CivilDate::parse("2027-02-19").unwrap());
        assert_eq!(
            period(&en, PeriodKind::Exams, "Exams, 2027-02-01"),
            Err("“Exams, 2027-02-01” is not a period: write its name, its first day and its last day, e.g. Winter exams, 2027-02-01, 2027-02-19.".to_string())
        );
        assert!(period(&en, PeriodKind::Exams, "Exams, 1 Feb, 2027-02-19").is_err());
    }
}
