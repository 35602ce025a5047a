//! "My schedules": the schedules kept in this browser. Pure: it reads and writes storage through
//! the functions it is given (the app passes `browser::read` and `browser::write`), so it is
//! tested natively with a map.
//!
//! Layout: `meridian.schedules.v1` holds the list (`[{"id", "name"}]`), and each schedule is its
//! JSON document under `meridian.schedule.v1:<id>`. A schedule's `id` is its identity: a shared
//! copy with the same id is the same schedule.

use crate::browser::StorageProblem;
use meridian_engine::schedule::Schedule;
use serde::{Deserialize, Serialize};

/// Where the list lives.
pub const INDEX_KEY: &str = "meridian.schedules.v1";

/// What was open last (`saved:<id>` or `demo:<name>`), so that a reload opens it again.
pub const LAST_OPENED_KEY: &str = "meridian.last-opened.v1";

/// Where one schedule lives.
pub fn schedule_key(id: &str) -> String {
    format!("meridian.schedule.v1:{id}")
}

/// One stored schedule, as listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The schedule's identity.
    pub id: String,
    /// Its name when last saved.
    pub name: String,
}

/// What went wrong with stored schedules.
#[derive(Debug, Clone, PartialEq)]
pub enum LibraryError {
    /// Storage could not be used.
    Storage(StorageProblem),
    /// What is stored is not a schedule (damaged, or edited by hand); it is left as it is.
    Corrupt {
        /// The schedule's id (or the list's key).
        id: String,
        /// What is wrong.
        message: String,
    },
    /// No schedule with this id is stored.
    Missing(String),
}

impl std::fmt::Display for LibraryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LibraryError::Storage(StorageProblem::Unavailable) => f.write_str(
                "this browser does not let Meridian keep schedules (private mode or storage turned off); your work stays open in this tab only",
            ),
            LibraryError::Storage(StorageProblem::Full) => f.write_str(
                "this browser's storage for Meridian is full; your work stays open in this tab, and you can export it as a file",
            ),
            LibraryError::Corrupt { id, message } => write!(
                f,
                "the stored schedule \"{id}\" is damaged ({message}); it was left untouched"
            ),
            LibraryError::Missing(id) => write!(f, "no schedule \"{id}\" is stored in this browser"),
        }
    }
}

/// Reads storage: `Ok(None)` when nothing is stored under the key.
pub type Read<'a> = &'a dyn Fn(&str) -> Result<Option<String>, StorageProblem>;
/// Writes storage.
pub type Write<'a> = &'a dyn Fn(&str, &str) -> Result<(), StorageProblem>;

/// The stored schedules, in the order they were first saved.
pub fn entries(read: Read) -> Result<Vec<Entry>, LibraryError> {
    match read(INDEX_KEY).map_err(LibraryError::Storage)? {
        None => Ok(Vec::new()),
        Some(text) => serde_json::from_str(&text).map_err(|e| LibraryError::Corrupt {
            id: INDEX_KEY.to_string(),
            message: e.to_string(),
        }),
    }
}

/// One stored schedule, validated like an imported file.
pub fn load(read: Read, id: &str) -> Result<Schedule, LibraryError> {
    let text = read(&schedule_key(id))
        .map_err(LibraryError::Storage)?
        .ok_or_else(|| LibraryError::Missing(id.to_string()))?;
    Schedule::from_json(&text).map_err(|e| LibraryError::Corrupt {
        id: id.to_string(),
        message: e.to_string(),
    })
}

/// Stores a schedule under its id (replacing one with the same id) and returns the new list.
/// The schedule is written before the list, so a failure never lists what is not there.
pub fn save(read: Read, write: Write, schedule: &Schedule) -> Result<Vec<Entry>, LibraryError> {
    let mut list = entries(read)?;
    write(&schedule_key(&schedule.id), &schedule.to_json()).map_err(LibraryError::Storage)?;
    let entry = Entry {
        id: schedule.id.clone(),
        name: schedule.name.clone(),
    };
    match list.iter_mut().find(|e| e.id == schedule.id) {
        Some(e) => *e = entry,
        None => list.push(entry),
    }
    let text = serde_json::to_string(&list).unwrap_or_default();
    write(INDEX_KEY, &text).map_err(LibraryError::Storage)?;
    Ok(list)
}

/// A copy to keep beside a stored schedule of the same identity: a free id (`<id>-2`, `-3`…)
/// and the name marked "(copy)".
pub fn copy_beside(schedule: &Schedule, list: &[Entry]) -> Schedule {
    let mut copy = schedule.clone();
    let taken = |id: &str| list.iter().any(|e| e.id == id);
    copy.id = (2..)
        .map(|n| format!("{}-{n}", schedule.id))
        .find(|id| !taken(id))
        .unwrap_or_else(|| format!("{}-copy", schedule.id));
    copy.name = format!("{} (copy)", schedule.name);
    copy
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;
    use std::collections::HashMap;

    fn demo() -> Schedule {
        meridian_engine::demo::load("gma-spring-2027").unwrap()
    }

    #[test]
    fn a_saved_schedule_loads_back_and_is_listed_once() {
        let store = RefCell::new(HashMap::<String, String>::new());
        let read = |k: &str| Ok(store.borrow().get(k).cloned());
        let write = |k: &str, v: &str| {
            store.borrow_mut().insert(k.to_string(), v.to_string());
            Ok(())
        };
        let s = demo();
        save(&read, &write, &s).unwrap();
        let list = save(&read, &write, &s).unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!(load(&read, &s.id).unwrap(), s);
        let copy = copy_beside(&s, &list);
        assert_eq!(copy.id, format!("{}-2", s.id));
        let list = save(&read, &write, &copy).unwrap();
        assert_eq!(list.len(), 2);
        assert_eq!(copy_beside(&s, &list).id, format!("{}-3", s.id));
    }

    #[test]
    fn a_damaged_stored_schedule_is_reported_and_left_alone() {
        let store = RefCell::new(HashMap::<String, String>::new());
        store
            .borrow_mut()
            .insert(schedule_key("x"), "{\"format\":\"meridian/1\"".into());
        let read = |k: &str| Ok(store.borrow().get(k).cloned());
        match load(&read, "x") {
            Err(LibraryError::Corrupt { id, .. }) => assert_eq!(id, "x"),
            other => panic!("{other:?}"),
        }
        assert!(store.borrow().contains_key(&schedule_key("x")));
    }

    #[test]
    fn full_storage_keeps_the_list_as_it_was() {
        let store = RefCell::new(HashMap::<String, String>::new());
        let read = |k: &str| Ok(store.borrow().get(k).cloned());
        let write = |_: &str, _: &str| Err(StorageProblem::Full);
        assert_eq!(
            save(&read, &write, &demo()),
            Err(LibraryError::Storage(StorageProblem::Full))
        );
        assert!(store.borrow().is_empty());
    }
}

/// Removes a stored schedule and returns the new list and the removed document (to undo).
pub fn remove(
    read: Read,
    write: Write,
    id: &str,
    erase: &dyn Fn(&str),
) -> Result<(Vec<Entry>, Option<String>), LibraryError> {
    let mut list = entries(read)?;
    let kept = read(&schedule_key(id)).map_err(LibraryError::Storage)?;
    list.retain(|e| e.id != id);
    let text = serde_json::to_string(&list).unwrap_or_default();
    write(INDEX_KEY, &text).map_err(LibraryError::Storage)?;
    erase(&schedule_key(id));
    Ok((list, kept))
}

/// Renames a stored schedule.
pub fn rename(read: Read, write: Write, id: &str, name: &str) -> Result<Vec<Entry>, LibraryError> {
    let mut s = load(read, id)?;
    s.name = name.trim().to_string();
    save(read, write, &s)
}

/// Stores a copy of a stored schedule beside it ("(copy)", a free identity).
pub fn duplicate(read: Read, write: Write, id: &str) -> Result<Vec<Entry>, LibraryError> {
    let s = load(read, id)?;
    let list = entries(read)?;
    save(read, write, &copy_beside(&s, &list))
}

#[cfg(test)]
mod manage_tests {
    use super::*;
    use std::cell::RefCell;
    use std::collections::HashMap;

    #[test]
    fn rename_duplicate_and_remove_with_the_document_kept_for_undo() {
        let store = RefCell::new(HashMap::<String, String>::new());
        let read = |k: &str| Ok(store.borrow().get(k).cloned());
        let write = |k: &str, v: &str| {
            store.borrow_mut().insert(k.to_string(), v.to_string());
            Ok(())
        };
        let erase = |k: &str| {
            store.borrow_mut().remove(k);
        };
        let s = meridian_engine::demo::load("gma-spring-2027").unwrap();
        save(&read, &write, &s).unwrap();
        let list = rename(&read, &write, &s.id, "Renamed").unwrap();
        assert_eq!(list[0].name, "Renamed");
        let list = duplicate(&read, &write, &s.id).unwrap();
        assert_eq!(list.len(), 2);
        assert_eq!(list[1].name, "Renamed (copy)");
        let (list, kept) = remove(&read, &write, &s.id, &erase).unwrap();
        assert_eq!(list.len(), 1);
        assert!(load(&read, &s.id).is_err());
        // Undo: the kept document goes back.
        let back = Schedule::from_json(&kept.unwrap()).unwrap();
        assert_eq!(save(&read, &write, &back).unwrap().len(), 2);
    }
}
