//! Versions of a schedule and how they relate: a version's [`Fingerprint`] (a short hash of
//! its [`canonical`] form), which share links carry as the version they were based on; what
//! changed between two versions ([`diff`], as [`Change`]s a coordinator reads item by item) and
//! making such changes ([`apply`]); merging two versions made from one base ([`merge`]), with a
//! [`Question`] for each item both changed differently.

mod diff;
mod effect;
mod fingerprint;
mod merge;

pub use diff::{apply, diff, CampusChange, Change, Edit, ScheduleChange, SessionChange, Subject};
pub use effect::{conflict_effect, ChangedConflict, ConflictEffect};
pub use fingerprint::{canonical, fingerprint, Fingerprint, FINGERPRINT_BYTES, FINGERPRINT_CHARS};
pub use merge::{merge, Merge, Question, QuestionKind, Side, MAX_MISFITS};
