//! Function components: props down, callbacks up. `app` owns the store; the others only draw
//! what they are given and report what the user did.

pub mod app;
pub mod busy_import;
pub mod conflicts_panel;
pub mod dialog;
pub mod drag_preview;
pub mod header;
pub mod latest;
pub mod my_schedules;
pub mod new_schedule;
pub mod people;
pub mod scope_choice;
pub mod session_block;
pub mod session_form;
pub mod share_dialog;
pub mod shared_banner;
pub mod text_field;
pub mod time_finder;
pub mod timetable;
pub mod week_grid;
pub mod week_nav;
