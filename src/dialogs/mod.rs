//! The dialogs the header opens (one at a time, named by `store::Dialog`): sharing, busy-time
//! import, campuses and people, the stored schedules, and a new schedule.

pub mod busy_import;
pub mod campus_calendar;
pub mod compare;
pub mod compare_with;
pub mod my_schedules;
pub mod new_schedule;
pub mod people;
pub mod share;
