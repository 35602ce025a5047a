//! Accepting a rotation: one weekly series per slot, linked as one course.

use super::refused;
use crate::overlap::Rotation;
use crate::schedule::{free_id, Schedule, Session, SessionId, Weekly};
use crate::time::CivilDate;
use crate::{Error, Problem};

impl Schedule {
    /// The schedule with `rotation` accepted: for each of its slots a series made from
    /// `template` (title, course, kind, host, cohorts, lecturer, rooms, meeting link and notes;
    /// its id names the new ones, `lecture` → `lecture-1`, `lecture-2`…), anchored on the
    /// rotation's clock, meeting on exactly the weeks the rotation gives that slot: every k
    /// weeks when that is what the weeks are, else weekly with the other weeks skipped. All of
    /// them carry the same `course` (the template's, else its title), which is what links them.
    /// With `replacing`, that session is taken out first (a series turned into a rotation).
    /// Returns the new schedule and the indices of the added sessions.
    pub fn with_rotation(
        &self,
        rotation: &Rotation,
        template: &Session,
        replacing: Option<usize>,
    ) -> Result<(Schedule, Vec<usize>), Error> {
        if rotation.slots.is_empty() || rotation.weeks.is_empty() {
            return Err(refused("rotation".into(), Problem::RotationEmpty));
        }
        let k = rotation.slots.len() as u32;
        let mut next = self.clone();
        if let Some(i) = replacing {
            self.session_at(i)?;
            next.sessions.remove(i);
        }
        let mut added = Vec::new();
        for (j, slot) in rotation.slots.iter().enumerate() {
            let dates: Vec<CivilDate> = rotation
                .weeks
                .iter()
                .filter(|w| w.slot == j)
                .map(|w| w.date)
                .collect();
            let Some(&first) = dates.first() else {
                continue;
            };
            let base = if k == 1 {
                template.id.as_str().to_string()
            } else {
                format!("{}-{}", template.id, j + 1)
            };
            let id = free_id(&base, "rotation", |x| {
                next.sessions.iter().any(|s| s.id.as_str() == x)
            });
            let mut s = template.clone();
            s.id = SessionId(id);
            s.course = template
                .course
                .clone()
                .or_else(|| Some(template.title.clone()));
            s.start = first.at(slot.start);
            s.duration_minutes = rotation.length_minutes;
            s.zone = (self.campus(&template.host).map(|c| c.zone) != Some(rotation.zone))
                .then_some(rotation.zone);
            s.changes.clear();
            let last = dates.last().copied().unwrap_or(first);
            let mut rule = Weekly {
                interval: k,
                weekdays: Vec::new(),
                until: Some(last),
                count: None,
                skip: Vec::new(),
            };
            s.repeat = Some(rule.clone());
            if s.dates(&self.term) != dates {
                rule.interval = 1;
                s.repeat = Some(rule.clone());
                let every = s.dates(&self.term);
                rule.skip = every.into_iter().filter(|d| !dates.contains(d)).collect();
                s.repeat = Some(rule);
            }
            if dates.len() == 1 {
                s.repeat = None;
            }
            added.push(next.sessions.len());
            next.sessions.push(s);
        }
        next.validate()?;
        Ok((next, added))
    }
}
