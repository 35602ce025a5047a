//! The two screens: the coordinator's planner and a student's timetable.

pub mod planner;
pub mod timetable;
