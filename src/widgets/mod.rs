//! Pieces the screens and dialogs share: the dialog frame, a text field that keeps what is
//! typed, a draft hook, a select that shows its chosen text whole, the week navigation, and the week grid with its session blocks.

pub mod dialog;
pub mod latest;
pub mod select_face;
pub mod session_block;
pub mod text_field;
pub mod week_grid;
pub mod week_nav;
