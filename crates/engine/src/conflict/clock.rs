//! A zone's clock over the term: its offsets and local dates cached, so that thousands of
//! instants convert with a short search instead of a database lookup each.

use crate::time::{CivilDate, CivilDateTime, CivilTime, Instant};
use crate::zone::{Resolution, Zone};

/// A zone's offsets over the term, so that converting thousands of instants costs a short
/// search instead of a database lookup each.
#[derive(Debug, Clone)]
pub(crate) struct Clock {
    pub(crate) zone: Zone,
    pub(crate) from: i64,
    pub(crate) to: i64,
    /// (instant, offset in force from then), the first at `from`.
    pub(crate) changes: Vec<(i64, i32)>,
    /// The local dates of the covered span, from the day numbered `first_day` (days since
    /// 1970-01-01): turning a local second count into a date is then an array lookup.
    pub(crate) first_day: i64,
    pub(crate) dates: Vec<CivilDate>,
}

/// Longest span (days) a clock keeps a date table for; longer terms take the slower path.
pub(crate) const MAX_CLOCK_DAYS: i64 = 20_000;

impl Clock {
    pub(crate) fn new(zone: Zone, from: Instant, to: Instant) -> Clock {
        let mut changes = vec![(from.unix_seconds(), zone.offset_at(from).seconds())];
        changes.extend(
            zone.transitions(from, to)
                .into_iter()
                .map(|(t, _, after)| (t.unix_seconds(), after.seconds())),
        );
        // Offsets stay within ±26 h, so one day either side covers every local date.
        let first_day = from.unix_seconds().div_euclid(86_400) - 1;
        let last_day = to.unix_seconds().div_euclid(86_400) + 1;
        let first_date = CivilDate::new(1970, 1, 1).and_then(|d| d.add_days(first_day));
        let dates = match first_date {
            Some(first) if last_day - first_day <= MAX_CLOCK_DAYS => (0..=last_day - first_day)
                .map_while(|n| first.add_days(n))
                .collect(),
            _ => Vec::new(),
        };
        Clock {
            zone,
            from: from.unix_seconds(),
            to: to.unix_seconds(),
            changes,
            first_day,
            dates,
        }
    }

    pub(crate) fn offset(&self, t: i64) -> i32 {
        if t < self.from || t >= self.to {
            return Instant::from_unix_seconds(t).map_or(0, |i| self.zone.offset_at(i).seconds());
        }
        let i = self.changes.partition_point(|c| c.0 <= t);
        self.changes[i.saturating_sub(1)].1
    }

    /// `compatible` resolution of a wall-clock time: by the cached offsets when no switch lies
    /// within two days (then the time is exact), else by the database.
    pub(crate) fn resolve(&self, local: CivilDateTime) -> Result<crate::Resolved, crate::Error> {
        let wall = local.0.and_utc().timestamp();
        let near = |t: i64| {
            let i = self.changes.partition_point(|c| c.0 <= t - 2 * 86_400);
            self.changes.get(i).is_some_and(|c| c.0 < t + 2 * 86_400)
        };
        if wall - 86_400 > self.from && wall + 86_400 < self.to && !near(wall) {
            let offset = self.offset(wall);
            if let Some(instant) = Instant::from_unix_seconds(wall - i64::from(offset)) {
                return Ok(crate::Resolved {
                    instant,
                    resolution: Resolution::Exact,
                });
            }
        }
        self.zone.resolve(local, crate::Disambiguation::Compatible)
    }

    pub(crate) fn civil(&self, t: i64) -> CivilDateTime {
        let local = t + i64::from(self.offset(t));
        let date = usize::try_from(local.div_euclid(86_400) - self.first_day)
            .ok()
            .and_then(|i| self.dates.get(i));
        let time = u32::try_from(local.rem_euclid(86_400))
            .ok()
            .and_then(|s| chrono::NaiveTime::from_num_seconds_from_midnight_opt(s, 0));
        if let (Some(date), Some(time)) = (date, time) {
            return date.at(CivilTime(time));
        }
        CivilDateTime::from_clock_seconds(local).unwrap_or_else(|| {
            CivilDate::new(1970, 1, 1).map_or_else(|| unreachable!(), |d| d.at(CivilTime::MIDNIGHT))
        })
    }
}
