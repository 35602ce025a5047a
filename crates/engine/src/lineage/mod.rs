//! Versions of a schedule and how they relate: a version's [`Fingerprint`] (a short hash of
//! its [`canonical`] form), which share links carry as the version they were based on.

mod fingerprint;

pub use fingerprint::{canonical, fingerprint, Fingerprint, FINGERPRINT_BYTES, FINGERPRINT_CHARS};
