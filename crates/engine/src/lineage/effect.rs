//! What a change of version does to the conflicts: which are new, which are resolved, and which
//! are the same conflict on other dates.

use crate::conflict::{check_with_holidays, Conflict, ConflictKind};
use crate::holidays::PublicHolidays;
use crate::schedule::{CampusId, Schedule, SessionId};
use crate::time::CivilDate;
use std::collections::HashMap;

/// What a change of version does to the conflicts. A conflict both versions have on the same
/// dates is in none of the lists.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ConflictEffect {
    /// Conflicts of the newer version that the older did not have (their occurrences refer to
    /// the newer version's sessions).
    pub new: Vec<Conflict>,
    /// Conflicts of the older version that the newer no longer has (their occurrences refer
    /// to the older version's sessions).
    pub resolved: Vec<Conflict>,
    /// Conflicts both versions have on other dates: a weekly clash one week of which moved
    /// away, a closure that now also falls on a series. In the newer version's order.
    pub changed: Vec<ChangedConflict>,
}

/// One conflict both versions have (same kind, sessions and campuses) on dates that differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangedConflict {
    /// The conflict as the older version has it (its occurrences refer to the older version's
    /// sessions).
    pub before: Conflict,
    /// The conflict as the newer version has it.
    pub after: Conflict,
    /// The dates `before` has and `after` no longer has, sorted ([`Conflict::dates`]).
    pub dates_gone: Vec<CivilDate>,
    /// The dates `after` has and `before` did not, sorted.
    pub dates_added: Vec<CivilDate>,
}

impl ChangedConflict {
    /// How many dates the conflict keeps: those both versions have.
    pub fn dates_kept(&self) -> usize {
        self.after
            .dates
            .len()
            .saturating_sub(self.dates_added.len())
    }
}

/// What makes a conflict the same conflict across versions whatever its dates: kind, sessions
/// and campuses (not times, so a clash moved by ten minutes is the same clash).
type Identity = (ConflictKind, Vec<SessionId>, Vec<CampusId>);

fn identity(c: &Conflict) -> Identity {
    let mut sessions = c.sessions.clone();
    sessions.sort();
    let mut campuses = c.campuses.clone();
    campuses.sort();
    (c.kind, sessions, campuses)
}

/// The sorted dates of `a` that `b` has not (both sorted).
fn missing(a: &[CivilDate], b: &[CivilDate]) -> Vec<CivilDate> {
    a.iter()
        .filter(|d| b.binary_search(d).is_err())
        .copied()
        .collect()
}

/// How far apart two sorted date lists are: the dates only one of them has.
fn distance(a: &[CivilDate], b: &[CivilDate]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => (i, n) = (i + 1, n + 1),
            std::cmp::Ordering::Greater => (j, n) = (j + 1, n + 1),
            std::cmp::Ordering::Equal => (i, j) = (i + 1, j + 1),
        }
    }
    n + (a.len() - i) + (b.len() - j)
}

/// Which conflicts are new in `after`, which of `before`'s are resolved, and which both have on
/// other dates. Conflicts are the same when their kind, sessions and campuses are; a drift
/// belongs to its series, so one week of it moved leaves it the same drift. Matching counts
/// repeats (two conflicts alike in `before` and one in `after` leave one resolved): first
/// those with the same dates ([`Conflict::dates`]) are matched, unchanged; then, among the same
/// conflicts left, the pairs whose dates differ least become [`ChangedConflict`]s; the rest are
/// new or resolved. Both versions are checked as the planner checks the open schedule
/// ([`check_with_holidays`], each campus's public holidays from `holidays` closing it), so a
/// change said to leave the conflicts alone does not change the planner's count;
/// [`PublicHolidays::none`] checks only the closures typed in. As fast as the two checks, plus,
/// for each kind of conflict of the same sessions and campuses found on other dates in both,
/// a comparison of each such pair's dates.
pub fn conflict_effect(
    before: &Schedule,
    after: &Schedule,
    holidays: &PublicHolidays,
) -> ConflictEffect {
    compare(
        check_with_holidays(before, holidays),
        check_with_holidays(after, holidays),
    )
}

/// [`conflict_effect`] on the two versions' conflicts, in the check's order.
fn compare(old: Vec<Conflict>, new: Vec<Conflict>) -> ConflictEffect {
    // Same conflict, same dates: unchanged.
    let mut by_key: HashMap<(Identity, &[CivilDate]), Vec<usize>> = HashMap::new();
    for (i, c) in old.iter().enumerate().rev() {
        by_key.entry((identity(c), &c.dates)).or_default().push(i);
    }
    let mut old_matched = vec![false; old.len()];
    let mut new_matched = vec![false; new.len()];
    for (j, c) in new.iter().enumerate() {
        if let Some(i) = by_key
            .get_mut(&(identity(c), c.dates.as_slice()))
            .and_then(Vec::pop)
        {
            old_matched[i] = true;
            new_matched[j] = true;
        }
    }
    // Same conflict on other dates: the closest dates paired first.
    let mut left: HashMap<Identity, (Vec<usize>, Vec<usize>)> = HashMap::new();
    for (i, c) in old.iter().enumerate().filter(|(i, _)| !old_matched[*i]) {
        left.entry(identity(c)).or_default().0.push(i);
    }
    for (j, c) in new.iter().enumerate().filter(|(j, _)| !new_matched[*j]) {
        if let Some(e) = left.get_mut(&identity(c)) {
            e.1.push(j);
        }
    }
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (olds, news) in left.values() {
        let mut candidates: Vec<(usize, usize, usize)> = Vec::new();
        for &i in olds {
            for &j in news {
                candidates.push((distance(&old[i].dates, &new[j].dates), i, j));
            }
        }
        candidates.sort_unstable();
        for (_, i, j) in candidates {
            if !old_matched[i] && !new_matched[j] {
                old_matched[i] = true;
                new_matched[j] = true;
                pairs.push((i, j));
            }
        }
    }
    pairs.sort_unstable_by_key(|&(_, j)| j);
    let changed = pairs
        .into_iter()
        .map(|(i, j)| ChangedConflict {
            dates_gone: missing(&old[i].dates, &new[j].dates),
            dates_added: missing(&new[j].dates, &old[i].dates),
            before: old[i].clone(),
            after: new[j].clone(),
        })
        .collect();
    let unmatched = |list: Vec<Conflict>, matched: &[bool]| -> Vec<Conflict> {
        list.into_iter()
            .zip(matched)
            .filter(|(_, m)| !**m)
            .map(|(c, _)| c)
            .collect()
    };
    ConflictEffect {
        new: unmatched(new, &new_matched),
        resolved: unmatched(old, &old_matched),
        changed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A conflict of the GMA demo on the given days of March 2027.
    fn on(days: &[u8]) -> Conflict {
        let s = crate::demo::load("gma-spring-2027").unwrap();
        let mut c = crate::conflict::check(&s)
            .into_iter()
            .find(|c| !c.sessions.is_empty())
            .unwrap();
        c.dates = days
            .iter()
            .map(|&d| CivilDate::new(2027, 3, u32::from(d)).unwrap())
            .collect();
        c
    }

    fn dates(days: &[u8]) -> Vec<CivilDate> {
        on(days).dates
    }

    #[test]
    fn the_same_conflicts_on_other_dates_pair_with_the_closest_dates() {
        let e = compare(
            vec![on(&[1, 8, 15, 22]), on(&[2, 9, 16]), on(&[3])],
            vec![on(&[2, 9, 16, 23]), on(&[1, 8, 15]), on(&[3])],
        );
        assert!(e.new.is_empty() && e.resolved.is_empty(), "{e:?}");
        let moved: Vec<_> = e
            .changed
            .iter()
            .map(|c| (c.dates_gone.clone(), c.dates_added.clone(), c.dates_kept()))
            .collect();
        assert_eq!(
            moved,
            [(vec![], dates(&[23]), 3), (dates(&[22]), vec![], 3),]
        );
    }

    #[test]
    fn a_conflict_left_over_after_pairing_is_new_or_resolved() {
        let e = compare(vec![on(&[1, 8])], vec![on(&[1]), on(&[8, 15])]);
        // [1, 8] is closer to [1] (one date apart) than to [8, 15] (two).
        assert_eq!(e.changed.len(), 1);
        assert_eq!(e.changed[0].dates_gone, dates(&[8]));
        assert!(e.changed[0].dates_added.is_empty());
        assert_eq!(
            e.new.iter().map(|c| c.dates.clone()).collect::<Vec<_>>(),
            [dates(&[8, 15])]
        );
        assert!(e.resolved.is_empty());
        let back = compare(vec![on(&[1]), on(&[8, 15])], vec![on(&[1, 8])]);
        assert!(back.new.is_empty());
        assert_eq!(back.resolved.len(), 1);
        assert_eq!(back.changed.len(), 1);
    }

    #[test]
    fn conflicts_on_the_same_dates_are_left_out_however_many() {
        let e = compare(
            vec![on(&[1, 8]), on(&[1, 8]), on(&[4])],
            vec![on(&[1, 8]), on(&[4]), on(&[1, 8])],
        );
        assert_eq!(e, ConflictEffect::default());
    }
}
