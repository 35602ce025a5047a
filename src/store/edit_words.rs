//! Each [`Edit`] as one engine call (which validates its result), and a line saying what it did.

use super::Edit;
use crate::words::{length, shift, short_date};
use meridian_engine::lineage;
use meridian_engine::schedule::Schedule;

/// The differences a two-way comparison offers: every one from `mine` to `theirs` but the
/// schedule's identity (a merge never makes the open schedule another one).
pub fn offered(mine: &Schedule, theirs: &Schedule) -> Vec<lineage::Change> {
    lineage::diff(mine, theirs)
        .into_iter()
        .filter(|c| !matches!(c, lineage::Change::Schedule(lineage::ScheduleChange::Id(_))))
        .collect()
}

/// What a merge did, in a line.
fn merged_words(changes: usize) -> String {
    match changes {
        0 => "Merged: nothing needed to change here. Undo goes back to your version.".into(),
        1 => {
            "Merged: 1 change taken from the other version. Undo goes back to your version.".into()
        }
        n => format!(
            "Merged: {n} changes taken from the other version. Undo goes back to your version."
        ),
    }
}

/// The schedule after an edit, and a line saying what changed; or why it cannot be made. Each
/// edit is one engine call (which validates its result); this only words what happened.
pub fn apply(schedule: &Schedule, edit: &Edit) -> Result<(Schedule, String), String> {
    let title = |i: usize| {
        schedule
            .sessions
            .get(i)
            .map(|x| x.title.clone())
            .ok_or_else(|| "That session is no longer in the schedule.".to_string())
    };
    // English until the store words in the reader's language (the engine's error is data).
    let refused = |e: meridian_engine::Error| {
        let e = meridian_words::error(&meridian_words::Words::english(), &e);
        format!("That change is not possible: {e}")
    };
    Ok(match *edit {
        Edit::SessionMoved { session, minutes } => {
            let title = title(session)?;
            let s = schedule.with_session_moved(session, minutes);
            (
                s.map_err(refused)?,
                format!("Moved {title} {}.", shift(minutes)),
            )
        }
        Edit::SessionResized { session, minutes } => {
            let title = title(session)?;
            let s = schedule
                .with_session_resized(session, minutes)
                .map_err(refused)?;
            let lasts = i64::from(s.sessions[session].duration_minutes);
            (s, format!("{title} now lasts {}.", length(lasts)))
        }
        Edit::SessionDeleted(session) => {
            let title = title(session)?;
            let s = schedule.without_session(session).map_err(refused)?;
            (s, format!("Deleted {title}. Undo brings it back."))
        }
        Edit::SessionAdded(ref new) => {
            let s = schedule.with_session_added((**new).clone());
            (s.map_err(refused)?, format!("Added {}.", new.title))
        }
        Edit::SessionReplaced(session, ref new) => {
            title(session)?;
            let s = schedule.with_session_replaced(session, (**new).clone());
            (s.map_err(refused)?, format!("Saved {}.", new.title))
        }
        Edit::BusyImported(ref calendar) => {
            let s = schedule
                .with_busy_calendar((**calendar).clone())
                .map_err(refused)?;
            let blocks = calendar.blocks.len();
            let what = format!(
                "Imported {blocks} busy block{} from “{}”: they take part in the conflict check and show greyed in the grid.",
                if blocks == 1 { "" } else { "s" },
                calendar.name
            );
            (s, what)
        }
        Edit::ScheduleRenamed(ref name) => {
            let s = schedule
                .renamed(name)
                .map_err(|_| "A schedule needs a name.".to_string())?;
            let what = format!("Renamed to “{}”.", s.name);
            (s, what)
        }
        Edit::OccurrenceMoved {
            session,
            date,
            minutes,
        } => {
            let title = title(session)?;
            let s = schedule.with_occurrence_moved(session, date, minutes);
            let what = format!(
                "Moved {title} on {} {}, that week only.",
                short_date(date),
                shift(minutes)
            );
            (s.map_err(refused)?, what)
        }
        Edit::OccurrenceResized {
            session,
            date,
            minutes,
        } => {
            let title = title(session)?;
            let s = schedule
                .with_occurrence_resized(session, date, minutes)
                .map_err(refused)?;
            let lasts = s.sessions[session]
                .change_on(date)
                .and_then(|c| c.duration_minutes)
                .unwrap_or(s.sessions[session].duration_minutes);
            let what = format!(
                "{title} on {} now lasts {}, that week only.",
                short_date(date),
                length(i64::from(lasts))
            );
            (s, what)
        }
        Edit::OccurrenceChanged {
            session,
            date,
            ref change,
        } => {
            let title = title(session)?;
            let s = schedule.with_occurrence_changed(session, date, (**change).clone());
            let what = format!("Saved {title} on {}, that week only.", short_date(date));
            (s.map_err(refused)?, what)
        }
        Edit::OccurrenceSkipped { session, date } => {
            let title = title(session)?;
            let s = schedule.with_occurrence_skipped(session, date);
            let what = format!(
                "{title} does not take place on {}. Undo brings it back.",
                short_date(date)
            );
            (s.map_err(refused)?, what)
        }
        Edit::Merged {
            ref base,
            ref theirs,
            ref answers,
        } => {
            let s = lineage::merge(base, schedule, theirs)
                .settle(answers)
                .map_err(refused)?;
            let what = merged_words(lineage::diff(schedule, &s).len());
            (s, what)
        }
        Edit::ChangesAccepted {
            ref theirs,
            ref accepted,
        } => {
            let changes = offered(schedule, theirs);
            let chosen: Vec<_> = accepted
                .iter()
                .filter_map(|&i| changes.get(i).cloned())
                .collect();
            let s = lineage::apply(schedule, &chosen).map_err(refused)?;
            let what = merged_words(chosen.len());
            (s, what)
        }
        Edit::RotationAccepted {
            ref rotation,
            ref template,
            replacing,
        } => {
            if let Some(i) = replacing {
                title(i)?;
            }
            let (s, added) = schedule
                .with_rotation(rotation, template, replacing)
                .map_err(refused)?;
            let what = match added.len() {
                1 => format!(
                    "{} now takes its fairest weekly slot. Undo brings back how it was.",
                    template.title
                ),
                n => format!(
                    "{} now rotates between {n} weekly slots, one series each. Undo brings back how it was.",
                    template.title
                ),
            };
            (s, what)
        }
        Edit::HolidaySwitched {
            ref campus,
            date,
            off,
            ref name,
        } => {
            let s = schedule
                .with_holiday_off(campus, date, off)
                .map_err(refused)?;
            let at = s
                .campus(campus)
                .map_or(campus.as_str(), |c| c.short.as_str());
            let what = if off {
                format!(
                    "{at} teaches on {} although it is {name}. Undo makes it a holiday again.",
                    short_date(date)
                )
            } else {
                format!("{name} on {} is a holiday at {at} again.", short_date(date))
            };
            (s, what)
        }
        Edit::ScheduleChanged(ref new) => {
            let s = schedule.with_setup_of((**new).clone());
            (
                s.map_err(refused)?,
                "Saved campuses and people.".to_string(),
            )
        }
    })
}
