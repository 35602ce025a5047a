//! Meridian's web app (Yew, compiled to WebAssembly).
//!
//! `store` holds the one source of truth (a reducer with past-tense actions); `shell` owns it and
//! lays out the page (header, banner, the open dialog, the screen); `screens` are the planner and
//! the timetable, `dialogs` what the header opens, `widgets` the pieces they share. `view_model`
//! and `timetable_view` compute what the screens show and `words` how dates, clocks and lengths
//! read (all pure, tested natively); `holidays` the partners' public holidays fetched beside
//! the app; `library` is the schedules kept in this browser, and
//! `browser` the only module that touches browser APIs.

pub mod browser;
pub mod dialogs;
pub mod holidays;
pub mod language;
pub mod library;
pub mod screens;
pub mod shell;
pub mod store;
pub mod timetable_page;
pub mod timetable_view;
pub mod view_model;
pub mod widgets;
pub mod words;

pub use shell::App;

/// The planner's page: the app in the reader's language (a link's `hl=` says the language it
/// was made in: a hint when the reader's browser prefers none Meridian speaks).
#[yew::function_component(Planner)]
fn planner() -> yew::Html {
    let hint = browser::query_param("hl").map(yew::AttrValue::from);
    yew::html! {
        <language::LanguageProvider hint={hint} catalogues="locales" title="page-title-planner">
            <App />
            <shell::release_ready::ReleaseReady />
        </language::LanguageProvider>
    }
}

/// Mounts the app on the page's body.
pub fn start() {
    yew::Renderer::<Planner>::new().render();
}
