//! The app's one source of truth: [`State`] changed only by [`Action`]s, each named for what
//! happened. Components read the state and dispatch actions; nothing else mutates it.
//!
//! `state` is what the app shows, `action` what happened (with the coordinator's [`Edit`]s),
//! `edit_words` each edit as one engine call and what it did, `said` what the app says (worded
//! when drawn), `reduce` how actions change the
//! state (undo, the copy a first edit makes).

mod action;
mod edit_words;
mod reduce;
mod said;
mod state;
#[cfg(test)]
mod tests;

pub use action::{Action, Edit};
pub use edit_words::{apply, offered};
pub use said::{engine_error, link_unreadable, Said, StorageStep};
pub use state::*;

/// Minutes a drag snaps to unless the coordinator picks another step.
pub const DEFAULT_SNAP_MINUTES: i64 = 15;

/// How many versions undo keeps.
pub const UNDO_DEPTH: usize = 100;
