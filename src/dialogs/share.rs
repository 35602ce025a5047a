//! The share dialog: the edit link and the students' link (optionally for one campus or
//! cohort), each with its length and a copy button, the system share sheet where the browser
//! has one, and a QR code.

use crate::browser;
use crate::language::{use_words, w};
use crate::widgets::dialog::DialogFrame;
use meridian_engine::link::{self, LinkKind};
use meridian_engine::schedule::{CampusId, CohortId, Schedule};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`ShareDialog`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The schedule to share.
    pub schedule: Rc<Schedule>,
    /// Whether it is stored in this browser (then its link to edit names a base and the
    /// version shared is kept in its history).
    pub stored: bool,
    /// Keeps the version shared in the schedule's history.
    pub on_store: Callback<crate::library::Request>,
    /// The dialog asks to close.
    pub on_close: Callback<()>,
}

/// Which links the QR code shows.
#[derive(Clone, Copy, PartialEq)]
enum QrOf {
    Students,
    Editing,
}

/// Which link a Copy button copies.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Edit,
    Students,
}

/// The view link's narrowing from the select's value (`all`, `campus:ID`, `cohort:ID`).
fn view_kind(scope: &str) -> LinkKind {
    let (campus, cohort) = match scope.split_once(':') {
        Some(("campus", id)) => (Some(CampusId::from(id)), None),
        Some(("cohort", id)) => (None, Some(CohortId::from(id))),
        _ => (None, None),
    };
    LinkKind::View { campus, cohort }
}

/// The share dialog.
#[function_component(ShareDialog)]
pub fn share_dialog(props: &Props) -> Html {
    let words = use_words();
    let scope = use_state(|| "all".to_string());
    let qr_of = use_state(|| QrOf::Students);
    let status = use_state(String::new);
    let base = browser::page_address();
    // Students' links open the timetable's own page, beside this one (see DESIGN.md): the
    // engine's rule, which `meridian link encode --view` follows too.
    let students_page = crate::language::with_hint(
        &link::page_for(&base, &view_kind("all")),
        crate::language::use_words().language(),
    );
    let schedule = &props.schedule;
    // The link to edit names its base: the last version this browser shared or received of
    // this schedule (read when the dialog opens, before this version is kept as shared).
    let lineage = {
        let (schedule, stored) = (schedule.clone(), props.stored);
        use_memo(schedule, move |s| {
            stored
                .then(|| crate::library::base_for(&crate::library::history_here(&s.id), s))
                .flatten()
        })
    };
    {
        let (on_store, stored) = (props.on_store.clone(), props.stored);
        use_effect_with(props.schedule.clone(), move |s| {
            if stored {
                on_store.emit(crate::library::Request::Remember(
                    s.clone(),
                    crate::library::Kept::Shared,
                ));
            }
        });
    }
    // A schedule too large for a link gets no link, and the reason in its place.
    let edit_link = link::url_with_base(&base, schedule, &LinkKind::Edit, *lineage);
    let view = view_kind(&scope);
    let view_link = link::url(&students_page, schedule, &view);
    let (edit_url, view_url) = (
        edit_link.clone().unwrap_or_default(),
        view_link.clone().unwrap_or_default(),
    );
    let qr = use_memo(
        (
            props.schedule.clone(),
            (*scope).clone(),
            *qr_of,
            base.clone(),
            *lineage,
            students_page.clone(),
        ),
        |(schedule, scope, qr_of, base, lineage, students_page)| match qr_of {
            QrOf::Students => link::qr(students_page, schedule, &view_kind(scope)),
            QrOf::Editing => link::qr_with_base(base, schedule, &LinkKind::Edit, *lineage),
        },
    );
    let close = {
        let cb = props.on_close.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let copy = |url: String, what: Copied| {
        let (status, words) = (status.clone(), words.clone());
        // The link to edit, copied, is a copy of the work outside this browser's storage.
        let backup = (what == Copied::Edit).then(|| props.schedule.clone());
        Callback::from(move |_: MouseEvent| {
            let (status, backup, words) = (status.clone(), backup.clone(), words.clone());
            browser::copy_text(&url, move |ok| {
                if let (true, Some(s)) = (ok, backup) {
                    crate::library::mark_backed_up(&s);
                }
                status.set(words.t(match (ok, what) {
                    (true, Copied::Edit) => "share-copied-edit",
                    (true, Copied::Students) => "share-copied-students",
                    (false, Copied::Edit) => "share-copy-failed-edit",
                    (false, Copied::Students) => "share-copy-failed-students",
                }))
            });
        })
    };
    let on_scope = {
        let scope = scope.clone();
        Callback::from(move |e: Event| {
            scope.set(
                e.target_unchecked_into::<web_sys::HtmlSelectElement>()
                    .value(),
            )
        })
    };
    let qr_choice = |which: QrOf| {
        let qr_of = qr_of.clone();
        Callback::from(move |_: Event| qr_of.set(which))
    };
    let select_all = Callback::from(|e: FocusEvent| {
        e.target_unchecked_into::<web_sys::HtmlInputElement>()
            .select()
    });
    let share_sheet = {
        let (title, url) = (schedule.name.clone(), view_url.clone());
        Callback::from(move |_: MouseEvent| browser::share(&title, &url))
    };
    let download = {
        let (schedule, scope, status, words) = (
            props.schedule.clone(),
            scope.clone(),
            status.clone(),
            words.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let (campus, cohort) = match view_kind(&scope) {
                LinkKind::View { campus, cohort } => (campus, cohort),
                LinkKind::Edit => (None, None),
            };
            let scope = meridian_engine::ics::Scope { campus, cohort };
            let Some(now) = browser::now() else { return };
            let text = meridian_engine::ics::export(&schedule, &scope, now, &words);
            let name = meridian_engine::ics::file_name(&schedule, &scope);
            status.set(
                if browser::download(&name, "text/calendar;charset=utf-8", &text) {
                    w!(words, "share-downloaded", file = name.clone())
                } else {
                    w!(words, "share-download-failed")
                },
            );
        })
    };
    let chars = |url: &Result<String, meridian_engine::Error>| match url {
        Ok(url) => w!(words, "share-length", count = url.chars().count()),
        Err(e) => w!(
            words,
            "share-no-link",
            reason = meridian_words::error(&words, e)
        ),
    };
    html! {
        <DialogFrame labelled_by="share-title" class="share-dialog" on_close={props.on_close.clone()}>
            <h2 id="share-title">{ w!(words, "share-title", name = schedule.name.clone()) }</h2>
            <p class="dialog-lead">
                { w!(words, "share-lead") }
            </p>
            <section class="share-section">
                <h3 id="edit-link-label">{ w!(words, "share-edit-heading") }</h3>
                <p class="hint">{ w!(words, "share-edit-hint") }</p>
                <div class="link-row">
                    <input type="text" readonly=true value={edit_url.clone()} aria-labelledby="edit-link-label"
                        class="link-text" data-link="edit" onfocus={select_all.clone()} />
                    <button type="button" class="button" onclick={copy(edit_url.clone(), Copied::Edit)}>{ w!(words, "share-copy") }</button>
                </div>
                <p class="link-meta" data-length="edit">{ chars(&edit_link) }</p>
            </section>
            <section class="share-section">
                <h3 id="view-link-label">{ w!(words, "share-view-heading") }</h3>
                <p class="hint">{ w!(words, "share-view-hint") }</p>
                <label class="control inline">
                    <span>{ w!(words, "share-for") }</span>
                    <select onchange={on_scope}>
                        <option value="all" selected={*scope == "all"}>{ w!(words, "share-everyone") }</option>
                        <optgroup label={w!(words, "share-one-campus")}>
                        { for schedule.campuses.iter().map(|c| {
                            let v = format!("campus:{}", c.id);
                            html! { <option value={v.clone()} selected={*scope == v}>{ &c.short }</option> }
                        }) }
                        </optgroup>
                        <optgroup label={w!(words, "share-one-cohort")}>
                        { for schedule.cohorts.iter().map(|c| {
                            let v = format!("cohort:{}", c.id);
                            html! { <option value={v.clone()} selected={*scope == v}>{ &c.name }</option> }
                        }) }
                        </optgroup>
                    </select>
                </label>
                <div class="link-row">
                    <input type="text" readonly=true value={view_url.clone()} aria-labelledby="view-link-label"
                        class="link-text" data-link="view" onfocus={select_all} />
                    <button type="button" class="button" onclick={copy(view_url.clone(), Copied::Students)}>{ w!(words, "share-copy") }</button>
                </div>
                <p class="link-meta" data-length="view">{ chars(&view_link) }</p>
                <button type="button" class="button" onclick={download}>{ w!(words, "share-download") }</button>
            </section>
            <section class="share-section qr-section">
                <h3>{ w!(words, "share-qr-heading") }</h3>
                <div class="radio-row" role="radiogroup" aria-label={w!(words, "share-qr-of")}>
                    <label><input type="radio" name="qr-of" checked={*qr_of == QrOf::Students}
                        onchange={qr_choice(QrOf::Students)} />{ format!(" {}", w!(words, "share-qr-students")) }</label>
                    <label><input type="radio" name="qr-of" checked={*qr_of == QrOf::Editing}
                        onchange={qr_choice(QrOf::Editing)} />{ format!(" {}", w!(words, "share-qr-edit")) }</label>
                </div>
                { match qr.as_ref() {
                    Some(code) => html! {
                        <figure class="qr">
                            <div class="qr-code" role="img"
                                aria-label={w!(words, if *qr_of == QrOf::Students { "share-qr-label-students" } else { "share-qr-label-edit" }, version = code.version)}>
                                // Markup made by the qrcode crate from base32 text: no user text in it.
                                { Html::from_html_unchecked(AttrValue::from(code.svg.clone())) }
                            </div>
                            <figcaption class="hint">{ w!(words, "share-qr-caption", width = code.width) }</figcaption>
                        </figure>
                    },
                    None => html! {
                        <p class="hint">{ w!(words, "share-qr-too-large") }</p>
                    },
                } }
            </section>
            <p class="copy-status" role="status" aria-live="polite">{ (*status).clone() }</p>
            <div class="dialog-actions">
                if browser::can_share() {
                    <button type="button" class="button" onclick={share_sheet}>{ w!(words, "share-sheet") }</button>
                }
                <button type="button" class="button primary" onclick={close}>{ w!(words, "dialog-done") }</button>
            </div>
        </DialogFrame>
    }
}
