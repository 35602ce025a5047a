//! Each [`Edit`] as one engine call (which validates its result), and what it did as [`Said`]
//! (worded when drawn).

use super::{Edit, Said};
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

/// The schedule after an edit, and what changed; or why it cannot be made (word either with
/// [`Said::words`]). Each edit is one engine call (which validates its result); this only says
/// what happened.
pub fn apply(schedule: &Schedule, edit: &Edit) -> Result<(Schedule, Said), Said> {
    let title = |i: usize| {
        schedule
            .sessions
            .get(i)
            .map(|x| x.title.clone())
            .ok_or(Said::SessionGone)
    };
    let refused = Said::Refused;
    Ok(match *edit {
        Edit::SessionMoved { session, minutes } => {
            let title = title(session)?;
            let s = schedule.with_session_moved(session, minutes);
            (s.map_err(refused)?, Said::Moved { title, minutes })
        }
        Edit::SessionResized { session, minutes } => {
            let title = title(session)?;
            let s = schedule
                .with_session_resized(session, minutes)
                .map_err(refused)?;
            let lasts = i64::from(s.sessions[session].duration_minutes);
            (s, Said::Resized { title, lasts })
        }
        Edit::SessionDeleted(session) => {
            let title = title(session)?;
            let s = schedule.without_session(session).map_err(refused)?;
            (s, Said::Deleted(title))
        }
        Edit::SessionAdded(ref new) => {
            let s = schedule.with_session_added((**new).clone());
            (s.map_err(refused)?, Said::Added(new.title.clone()))
        }
        Edit::SessionReplaced(session, ref new) => {
            title(session)?;
            let s = schedule.with_session_replaced(session, (**new).clone());
            (s.map_err(refused)?, Said::SessionSaved(new.title.clone()))
        }
        Edit::BusyImported(ref calendar) => {
            let s = schedule
                .with_busy_calendar((**calendar).clone())
                .map_err(refused)?;
            let what = Said::BusyImported {
                blocks: calendar.blocks.len(),
                calendar: calendar.name.clone(),
            };
            (s, what)
        }
        Edit::ScheduleRenamed(ref name) => {
            let s = schedule.renamed(name).map_err(|_| Said::NameNeeded)?;
            let what = Said::Renamed(s.name.clone());
            (s, what)
        }
        Edit::OccurrenceMoved {
            session,
            date,
            minutes,
        } => {
            let title = title(session)?;
            let s = schedule.with_occurrence_moved(session, date, minutes);
            let what = Said::OccurrenceMoved {
                title,
                date,
                minutes,
            };
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
            let what = Said::OccurrenceResized {
                title,
                date,
                lasts: i64::from(lasts),
            };
            (s, what)
        }
        Edit::OccurrenceChanged {
            session,
            date,
            ref change,
        } => {
            let title = title(session)?;
            let s = schedule.with_occurrence_changed(session, date, (**change).clone());
            let what = Said::OccurrenceSaved { title, date };
            (s.map_err(refused)?, what)
        }
        Edit::OccurrenceSkipped { session, date } => {
            let title = title(session)?;
            let s = schedule.with_occurrence_skipped(session, date);
            let what = Said::OccurrenceSkipped { title, date };
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
            let what = Said::Merged(lineage::diff(schedule, &s).len());
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
            let what = Said::Merged(chosen.len());
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
            let what = Said::RotationAccepted {
                title: template.title.clone(),
                slots: added.len(),
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
            let what = Said::HolidaySwitched {
                campus: at.to_string(),
                date,
                holiday: name.clone(),
                off,
            };
            (s, what)
        }
        Edit::ScheduleChanged(ref new) => {
            let s = schedule.with_setup_of((**new).clone());
            (s.map_err(refused)?, Said::SetupSaved)
        }
    })
}
