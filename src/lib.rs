//! Meridian's web app (Yew, compiled to WebAssembly).
//!
//! `store` holds the one source of truth (a reducer with past-tense actions), `components` draw
//! it, `view_model` computes what the grid shows (pure, tested natively), and `browser` is the
//! only module that touches browser APIs.

pub mod browser;
pub mod components;
pub mod library;
pub mod store;
pub mod timetable_view;
pub mod view_model;

/// Mounts the app on the page's body.
pub fn start() {
    yew::Renderer::<components::app::App>::new().render();
}
