//! The versions of a schedule this browser shared, received or had before a merge: each with
//! its fingerprint and its document, the last [`HISTORY_DEPTH`] per schedule, under
//! `meridian.history.v1:<id>`. A link to edit carries the fingerprint of the last version shared
//! or received (its base), and a link coming back with a base found here merges three-way.
//!
//! A schedule without a history (saved by an older Meridian) has an empty one; a history that
//! cannot be read counts as empty too (it only ever helps a merge, it is never needed to open a
//! schedule).

use super::{LibraryError, Read, Write};
use meridian_engine::lineage::{fingerprint, Fingerprint};
use meridian_engine::schedule::Schedule;
use serde::{Deserialize, Serialize};

/// How many versions a schedule's history keeps (the oldest goes first).
pub const HISTORY_DEPTH: usize = 20;

/// Where a schedule's history lives.
pub fn history_key(id: &str) -> String {
    format!("meridian.history.v1:{id}")
}

/// How a version came to be kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    /// It was shared from here in a link to edit.
    Shared,
    /// It came in a link or a file.
    Received,
    /// It was the version open here before a merge.
    Had,
}

/// One kept version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Version {
    /// Its fingerprint.
    pub fingerprint: Fingerprint,
    /// Whether it was shared from here.
    #[serde(default)]
    pub shared: bool,
    /// Whether it was received.
    #[serde(default)]
    pub received: bool,
    /// Its document (JSON).
    pub document: String,
}

impl Version {
    /// Its schedule, when the document still reads.
    pub fn schedule(&self) -> Option<Schedule> {
        Schedule::from_json(&self.document).ok()
    }
}

/// A schedule's kept versions, oldest first (empty when there are none or they cannot be read).
pub fn history(read: Read, id: &str) -> Vec<Version> {
    read(&history_key(id))
        .ok()
        .flatten()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

/// Keeps a version of a schedule in its history. A version shared or received moves to the end
/// (it is now the last one exchanged); one kept as had stays where it is if it was kept before.
/// Only the last [`HISTORY_DEPTH`] versions stay.
pub fn remember(
    read: Read,
    write: Write,
    schedule: &Schedule,
    kept: Kept,
) -> Result<Vec<Version>, LibraryError> {
    let mut list = history(read, &schedule.id);
    let print = fingerprint(schedule);
    let at = list.iter().position(|v| v.fingerprint == print);
    let mut version = match at {
        Some(_) if kept == Kept::Had => return Ok(list),
        Some(i) => list.remove(i),
        None => Version {
            fingerprint: print,
            shared: false,
            received: false,
            document: schedule.to_json(),
        },
    };
    match kept {
        Kept::Shared => version.shared = true,
        Kept::Received => version.received = true,
        Kept::Had => {}
    }
    list.push(version);
    let over = list.len().saturating_sub(HISTORY_DEPTH);
    list.drain(..over);
    let text = serde_json::to_string(&list).unwrap_or_default();
    write(&history_key(&schedule.id), &text).map_err(LibraryError::Storage)?;
    Ok(list)
}

/// The base a link to edit of `current` carries: the last version shared or received other
/// than `current` itself (a version shared twice without a change still names the one before).
pub fn base_for(history: &[Version], current: &Schedule) -> Option<Fingerprint> {
    let now = fingerprint(current);
    history
        .iter()
        .rev()
        .find(|v| (v.shared || v.received) && v.fingerprint != now)
        .map(|v| v.fingerprint)
}

/// The kept version with this fingerprint, if it is kept and still reads.
pub fn kept_version(history: &[Version], print: Fingerprint) -> Option<Schedule> {
    history
        .iter()
        .find(|v| v.fingerprint == print)
        .and_then(Version::schedule)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::browser::StorageProblem;
    use std::cell::RefCell;
    use std::collections::HashMap;

    struct Store(RefCell<HashMap<String, String>>);

    impl Store {
        fn new() -> Store {
            Store(RefCell::new(HashMap::new()))
        }
        fn read(&self, k: &str) -> Result<Option<String>, StorageProblem> {
            Ok(self.0.borrow().get(k).cloned())
        }
        fn write(&self, k: &str, v: &str) -> Result<(), StorageProblem> {
            self.0.borrow_mut().insert(k.to_string(), v.to_string());
            Ok(())
        }
    }

    fn demo() -> Schedule {
        meridian_engine::demo::load("gma-spring-2027").unwrap()
    }

    /// The base of a link to edit a version that is not kept.
    fn base(list: &[Version]) -> Option<Fingerprint> {
        base_for(list, &demo().renamed("Not kept").unwrap())
    }

    #[test]
    fn a_schedule_saved_before_histories_has_an_empty_one_and_no_base() {
        let store = Store::new();
        let read = |k: &str| store.read(k);
        let write = |k: &str, v: &str| store.write(k, v);
        crate::library::save(&read, &write, &demo()).unwrap();
        assert_eq!(history(&read, &demo().id), vec![]);
        assert_eq!(base(&history(&read, &demo().id)), None);
        // A damaged history reads as none, and the schedule still opens.
        store.write(&history_key(&demo().id), "[{").unwrap();
        assert_eq!(history(&read, &demo().id), vec![]);
        assert_eq!(crate::library::load(&read, &demo().id).unwrap(), demo());
    }

    #[test]
    fn the_base_is_the_last_version_shared_or_received_not_one_only_had() {
        let store = Store::new();
        let read = |k: &str| store.read(k);
        let write = |k: &str, v: &str| store.write(k, v);
        let first = demo();
        let second = first.with_session_moved(0, 60).unwrap();
        let mine = first.with_session_resized(0, 15).unwrap();
        remember(&read, &write, &first, Kept::Shared).unwrap();
        remember(&read, &write, &second, Kept::Received).unwrap();
        let list = remember(&read, &write, &mine, Kept::Had).unwrap();
        assert_eq!(list.len(), 3);
        assert_eq!(base(&list), Some(fingerprint(&second)));
        assert_eq!(
            kept_version(&list, fingerprint(&first)),
            Some(first.clone())
        );
        // Sharing the first version again makes it the base, kept once.
        let list = remember(&read, &write, &first, Kept::Shared).unwrap();
        assert_eq!(list.len(), 3);
        assert_eq!(base(&list), Some(fingerprint(&first)));
        // Kept as had, a version already exchanged stays the base.
        let list = remember(&read, &write, &second, Kept::Had).unwrap();
        assert_eq!(base(&list), Some(fingerprint(&first)));
        // A link to the last version shared names the one exchanged before it.
        assert_eq!(base_for(&list, &first), Some(fingerprint(&second)));
    }

    #[test]
    fn a_history_keeps_the_last_twenty_versions() {
        let store = Store::new();
        let read = |k: &str| store.read(k);
        let write = |k: &str, v: &str| store.write(k, v);
        let first = demo();
        let mut s = first.clone();
        for _ in 0..25 {
            s = s.with_session_moved(0, 5).unwrap();
            remember(&read, &write, &s, Kept::Shared).unwrap();
        }
        let list = history(&read, &first.id);
        assert_eq!(list.len(), HISTORY_DEPTH);
        assert_eq!(base(&list), Some(fingerprint(&s)));
        assert_eq!(
            kept_version(&list, fingerprint(&first)),
            None,
            "the oldest went"
        );
    }

    #[test]
    fn full_storage_says_so_and_keeps_the_history_as_it_was() {
        let store = Store::new();
        let read = |k: &str| store.read(k);
        let write = |_: &str, _: &str| Err(StorageProblem::Full);
        assert_eq!(
            remember(&read, &write, &demo(), Kept::Received),
            Err(LibraryError::Storage(StorageProblem::Full))
        );
        assert_eq!(history(&read, &demo().id), vec![]);
    }
}
