//! The demo schedules shipped with Meridian (the files in `examples/`), which the app opens on
//! and the tests load.

use crate::{Error, Schedule};

/// The ENHANCE joint course, autumn 2026 (seven campuses, the October switch, a Toronto-anchored
/// guest series that drifts).
pub const ENHANCE_AUTUMN_2026: &str = include_str!("../../../examples/enhance-autumn-2026.json");

/// The Global MOOC Alliance course, spring 2027 (Auckland to Santiago, southern-hemisphere
/// switches, sessions on another local weekday at partners).
pub const GMA_SPRING_2027: &str = include_str!("../../../examples/gma-spring-2027.json");

/// Every demo as (file stem, JSON text); the first is the app's default.
pub const ALL: &[(&str, &str)] = &[
    ("enhance-autumn-2026", ENHANCE_AUTUMN_2026),
    ("gma-spring-2027", GMA_SPRING_2027),
];

/// Loads a demo by file stem.
pub fn load(name: &str) -> Result<Schedule, Error> {
    let text = ALL
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| *t)
        .ok_or_else(|| Error::Invalid {
            path: String::new(),
            problem: crate::Problem::NoDemo {
                name: name.to_string(),
            },
        })?;
    Schedule::from_json(text)
}
