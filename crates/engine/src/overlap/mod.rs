//! When no hour suits everyone: the term-wide overlap map (`map.rs`) and rotations that share
//! the inconvenient hours fairly between campuses (`rotation.rs`).
//!
//! Both look at the week as the anchor campus's wall clock sees it: a slot is a weekday and a
//! start in 15-minute steps on that clock ("Tue 17:00 in Milan"), the way a coordinator would
//! enter a series there. Every week of the term resolves that wall time on its own (through the
//! zone, `compatible`), exactly as a series anchored there would be, so a partner whose
//! daylight-saving switch falls on another date sees the slot move, and a slot that holds
//! until a switch and fails after it is never reported as holding for the term.

mod map;
mod rotation;

pub use map::{
    overlap_map, BusyFailure, CampusFailure, FailureKind, FailureReason, OverlapMap,
    OverlapRequest, SlotOverlap, Switch,
};
pub use rotation::{
    burden, propose_rotation, Burden, Rotation, RotationSlot, RotationWeek, Tally,
    EARLY_BEFORE_MINUTE, LATE_AFTER_MINUTE, MAX_ROTATION_SLOTS, MAX_ROTATION_TUPLES,
    NIGHT_AFTER_MINUTE, NIGHT_BEFORE_MINUTE, NIGHT_POINTS,
};

/// Minutes between two slot starts.
pub const STEP_MINUTES: u32 = 15;

/// Slots on one day.
pub const SLOTS_PER_DAY: usize = (24 * 60 / STEP_MINUTES) as usize;

/// Most campuses a map or a rotation looks at (an alliance has about twenty). Work is bounded
/// by this × 7 days × 96 slots × the term's weeks (at most 200, [`crate::schedule::Term`]).
pub const MAX_CAMPUSES: usize = 64;
