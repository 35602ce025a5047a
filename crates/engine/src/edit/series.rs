//! Whole-series edits: a session moved or resized every week, or replaced by what the session
//! form describes. The keyboard, drags, the form and Find a time all come here, so a series
//! keeps its weekdays, end date, skipped and changed weeks in step with its first start
//! whichever gesture moved it.

use super::refused;
use crate::schedule::{Schedule, Session, MAX_DURATION_MINUTES};
use crate::time::{CivilDateTime, Weekday};
use crate::{Error, Problem};

impl Session {
    /// This session with every occurrence moved by `minutes` (earlier when negative) on its
    /// anchor's wall clock: its first start, its weekdays and end date, its skipped dates and its
    /// changed weeks (their dates, and their own starts by the same minutes). Every occurrence
    /// of the result is an occurrence of this session moved by `minutes`, before the term cuts
    /// either off.
    ///
    /// A series every two weeks or more whose days do not all move within their own Monday-to-
    /// Sunday week (a Friday lecture moved three days later, in a series every other week) cannot
    /// say the moved dates with weekdays; that move is refused rather than made to another set of
    /// weeks.
    pub fn moved_by(&self, minutes: i64) -> Result<Session, Error> {
        let far = || {
            refused(
                "start".into(),
                Problem::SeriesTooFar {
                    title: self.title.clone(),
                },
            )
        };
        let mut x = self.clone();
        x.start = self.start.add_minutes(minutes).ok_or_else(far)?;
        let days = self.start.date().days_until(x.start.date());
        for c in &mut x.changes {
            c.date = c.date.add_days(days).ok_or_else(far)?;
            if let Some(t) = &mut c.start {
                *t = t.add_minutes(minutes).ok_or_else(far)?;
            }
        }
        let Some(rule) = &mut x.repeat else {
            return Ok(x);
        };
        if days == 0 {
            return Ok(x);
        }
        // Weeks of the series start on the Monday of its first date; a weekday that leaves its
        // week lands in a week the series does not meet when it repeats every n > 1 weeks.
        let weeks = self
            .start
            .date()
            .monday()
            .days_until(x.start.date().monday());
        let wraps = |w: &Weekday| !(0..7).contains(&(w.index() as i64 + days - weeks));
        let first = [self.start.weekday()];
        let effective: &[Weekday] = if rule.weekdays.is_empty() {
            &first
        } else {
            &rule.weekdays
        };
        if rule.interval > 1 && effective.iter().any(wraps) {
            return Err(refused(
                "repeat.weekdays".into(),
                Problem::WeeksWrap {
                    title: self.title.clone(),
                    interval: rule.interval,
                    days,
                },
            ));
        }
        for w in &mut rule.weekdays {
            *w = Weekday::ALL[(w.index() as i64 + days).rem_euclid(7) as usize];
        }
        rule.weekdays.sort();
        if let Some(u) = &mut rule.until {
            *u = u.add_days(days).ok_or_else(far)?;
        }
        for d in &mut rule.skip {
            *d = d.add_days(days).ok_or_else(far)?;
        }
        Ok(x)
    }

    /// This session (as the session form describes it) in place of `old`. The form does not
    /// edit single weeks: `old`'s changed weeks are carried over, moved by as many days as the
    /// first date moved (each keeps its own time of day); this session's own `changes` are not
    /// read.
    pub fn replacing(mut self, old: &Session) -> Result<Session, Error> {
        let days = old.start.date().days_until(self.start.date());
        let far = || {
            refused(
                "start".into(),
                Problem::SeriesTooFar {
                    title: self.title.clone(),
                },
            )
        };
        let mut changes = old.changes.clone();
        for c in &mut changes {
            c.date = c.date.add_days(days).ok_or_else(far)?;
            if let Some(t) = &mut c.start {
                *t = t.date().add_days(days).ok_or_else(far)?.at(t.time());
            }
        }
        self.changes = changes;
        Ok(self)
    }
}

impl Schedule {
    /// The schedule with session `session` moved by `minutes` in every week (see
    /// [`Session::moved_by`]).
    pub fn with_session_moved(&self, session: usize, minutes: i64) -> Result<Schedule, Error> {
        let moved = self.session_at(session)?.moved_by(minutes);
        self.with_session(session, moved)
    }

    /// The schedule with session `session`'s first start at `start` and every other occurrence
    /// moved by as much: the move Find a time and the session form make.
    pub fn with_session_started(
        &self,
        session: usize,
        start: CivilDateTime,
    ) -> Result<Schedule, Error> {
        let s = self.session_at(session)?;
        let minutes = s.start.minutes_until(start);
        self.with_session(session, s.moved_by(minutes))
    }

    /// The schedule with session `session` made longer by `minutes` (shorter when negative) in
    /// every week. A week changed to the series' new length is regular again.
    pub fn with_session_resized(&self, session: usize, minutes: i64) -> Result<Schedule, Error> {
        let s = self.session_at(session)?;
        let length = i64::from(s.duration_minutes) + minutes;
        let length = u32::try_from(length)
            .ok()
            .filter(|l| (5..=MAX_DURATION_MINUTES).contains(l))
            .ok_or_else(|| {
                refused(
                    "duration_minutes".into(),
                    Problem::OccurrenceLength {
                        title: s.title.clone(),
                    },
                )
            })?;
        let mut x = s.clone();
        x.duration_minutes = length;
        for c in &mut x.changes {
            if c.duration_minutes == Some(length) {
                c.duration_minutes = None;
            }
        }
        x.changes
            .retain(|c| c.start.is_some() || c.duration_minutes.is_some() || c.rooms.is_some());
        self.with_session(session, Ok(x))
    }

    /// The schedule with session `session` replaced by what the session form describes
    /// ([`Session::replacing`]: its changed weeks carried over).
    pub fn with_session_replaced(
        &self,
        session: usize,
        replacement: Session,
    ) -> Result<Schedule, Error> {
        let old = self.session_at(session)?;
        self.with_session(session, replacement.replacing(old))
    }

    /// The schedule with `session` added after the others.
    pub fn with_session_added(&self, session: Session) -> Result<Schedule, Error> {
        let mut next = self.clone();
        next.sessions.push(session);
        next.validate()?;
        Ok(next)
    }

    /// The schedule without session `session` (every week of it).
    pub fn without_session(&self, session: usize) -> Result<Schedule, Error> {
        self.session_at(session)?;
        let mut next = self.clone();
        next.sessions.remove(session);
        next.validate()?;
        Ok(next)
    }

    /// The schedule with session `session` replaced, validated; paths in an error name the
    /// session.
    fn with_session(
        &self,
        session: usize,
        replacement: Result<Session, Error>,
    ) -> Result<Schedule, Error> {
        let at = |e: Error| match e {
            Error::Invalid { path, problem } => Error::Invalid {
                path: format!("sessions[{session}].{path}"),
                problem,
            },
            e => e,
        };
        let mut next = self.clone();
        next.sessions[session] = replacement.map_err(at)?;
        next.validate()?;
        Ok(next)
    }
}
