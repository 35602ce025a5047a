//! "My schedules": the schedules kept in this browser, and the one way the app writes storage.
//! The rules (list, load, save, remove, set aside) read and write through the functions they are
//! given, so they are tested natively with a map; [`perform`] carries out a component's
//! [`Request`] on `browser`'s storage, and the `*_here`/`remembered_*` functions read it.
//!
//! Layout: `meridian.schedules.v1` holds the list (`[{"id", "name"}]`), and each schedule is its
//! JSON document under `meridian.schedule.v1:<id>`. A schedule's `id` is its identity: a shared
//! copy with the same id is the same schedule. `meridian.last-opened.v1` names what was open, and
//! `meridian.student.v2` holds the campus and cohort a student picked, a line a schedule.

mod history;

pub use history::{base_for, history, history_key, kept_version, Kept, Version, HISTORY_DEPTH};

use crate::browser::StorageProblem;
use meridian_engine::schedule::{CampusId, CohortId, Schedule};
use meridian_words::{w, Words};
use serde::{Deserialize, Serialize};

/// Where the list lives.
pub const INDEX_KEY: &str = "meridian.schedules.v1";

/// What was open last (`saved:<id>` or `demo:<name>`), so that a reload opens it again.
pub const LAST_OPENED_KEY: &str = "meridian.last-opened.v1";

/// Where one schedule lives.
pub fn schedule_key(id: &str) -> String {
    format!("meridian.schedule.v1:{id}")
}

/// Where a damaged stored document is kept aside, its text as it was (`<prefix><id>`, or
/// `<prefix>list` for a damaged list): out of the way of autosave, for the user to download.
pub const DAMAGED_PREFIX: &str = "meridian.damaged.v1:";

/// Lists every key in storage.
pub type Keys<'a> = &'a dyn Fn() -> Vec<String>;
/// Removes a key from storage.
pub type Erase<'a> = &'a dyn Fn(&str);

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
        message: Damage,
    },
    /// A stored schedule was damaged and has been set aside (see [`DAMAGED_PREFIX`]).
    SetAside {
        /// The schedule's id.
        id: String,
        /// What is wrong.
        message: Damage,
    },
    /// No schedule with this id is stored.
    Missing(String),
}

/// What is wrong with a stored document.
#[derive(Debug, Clone, PartialEq)]
pub enum Damage {
    /// The list is not the JSON it should be: what the JSON reader found wrong, and where
    /// ([`meridian_engine::json_syntax_error`]; boxed, as below).
    List(Box<meridian_engine::Error>),
    /// The schedule is not one the file reader accepts; worded in the reader's language (boxed:
    /// the status lines carry storage errors, and the engine's error is large).
    Schedule(Box<meridian_engine::Error>),
}

impl Damage {
    /// What is wrong, in `words`' language.
    pub fn say(&self, words: &Words) -> String {
        match self {
            Damage::List(e) | Damage::Schedule(e) => meridian_words::error(words, e),
        }
    }
}

impl LibraryError {
    /// What went wrong, in `words`' language: a clause without a final period, to follow
    /// "That schedule could not be opened: " and the like.
    pub fn say(&self, words: &Words) -> String {
        match self {
            LibraryError::Storage(StorageProblem::Unavailable) => {
                w!(words, "schedules-storage-unavailable")
            }
            LibraryError::Storage(StorageProblem::Full) => w!(words, "schedules-storage-full"),
            LibraryError::Corrupt { id, message } => w!(
                words,
                "schedules-damaged-left",
                id = id.clone(),
                reason = message.say(words)
            ),
            LibraryError::SetAside { id, message } => w!(
                words,
                "schedules-damaged-set-aside",
                id = id.clone(),
                reason = message.say(words)
            ),
            LibraryError::Missing(id) => w!(words, "schedules-missing", id = id.clone()),
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
            message: Damage::List(Box::new(meridian_engine::json_syntax_error(&e))),
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
        message: Damage::Schedule(Box::new(e)),
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

/// What an autosave did.
#[derive(Debug, Clone, PartialEq)]
pub enum Autosaved {
    /// The schedule was written; the stored schedules now.
    Written(Vec<Entry>),
    /// Nothing was written: what is stored under the schedule's id is no longer the version
    /// this tab last read or wrote (another tab changed it). Here it is, to merge onto.
    ChangedElsewhere(Box<Schedule>),
}

/// Stores a schedule the way autosave does: only when what is stored under its id is still the
/// version this tab last read or wrote (`loaded`), so that another tab's work is never written
/// over; otherwise the stored version comes back to merge onto. A schedule not stored before
/// (`loaded` is `None`), or one whose stored document is gone or damaged, is written.
pub fn autosave(
    read: Read,
    write: Write,
    schedule: &Schedule,
    loaded: Option<&Schedule>,
) -> Result<Autosaved, LibraryError> {
    if let Some(loaded) = loaded {
        if let Ok(stored) = load(read, &schedule.id) {
            let print = meridian_engine::lineage::fingerprint;
            if print(&stored) != print(loaded) {
                return Ok(Autosaved::ChangedElsewhere(Box::new(stored)));
            }
        }
    }
    save(read, write, schedule).map(Autosaved::Written)
}

/// A free identity for a copy kept beside a stored schedule of the same identity: `<id>-2`,
/// `-3`…
pub fn copy_id(schedule: &Schedule, list: &[Entry]) -> String {
    let taken = |id: &str| list.iter().any(|e| e.id == id);
    (2..)
        .map(|n| format!("{}-{n}", schedule.id))
        .find(|id| !taken(id))
        .unwrap_or_else(|| format!("{}-copy", schedule.id))
}

/// The name of a copy of the schedule named `name`: "… (copy)" in `words`' language.
pub fn copy_name(words: &Words, name: &str) -> String {
    w!(words, "schedules-copy-name", name = name.to_string())
}

/// A copy to keep beside a stored schedule of the same identity: a free id ([`copy_id`]) and
/// the name marked as a copy ([`copy_name`]).
pub fn copy_beside(schedule: &Schedule, list: &[Entry], words: &Words) -> Schedule {
    let mut copy = schedule.clone();
    copy.id = copy_id(schedule, list);
    copy.name = copy_name(words, &schedule.name);
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
        let copy = copy_beside(&s, &list, &Words::english());
        assert_eq!(copy.id, format!("{}-2", s.id));
        assert_eq!(copy.name, format!("{} (copy)", s.name));
        let list = save(&read, &write, &copy).unwrap();
        assert_eq!(list.len(), 2);
        assert_eq!(copy_id(&s, &list), format!("{}-3", s.id));
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

/// Stores a copy of a stored schedule beside it, named `name` (see [`copy_name`]), with a free
/// identity.
pub fn duplicate(
    read: Read,
    write: Write,
    id: &str,
    name: &str,
) -> Result<Vec<Entry>, LibraryError> {
    let mut s = load(read, id)?;
    let list = entries(read)?;
    s.id = copy_id(&s, &list);
    s.name = name.to_string();
    save(read, write, &s)
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
        let list = duplicate(
            &read,
            &write,
            &s.id,
            &copy_name(&Words::english(), "Renamed"),
        )
        .unwrap();
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

/// Opens a stored schedule; a damaged one is set aside first (its text moved to
/// [`DAMAGED_PREFIX`], its entry taken off the list), so that no later save writes over it,
/// and the error says so.
pub fn open(read: Read, write: Write, erase: Erase, id: &str) -> Result<Schedule, LibraryError> {
    match load(read, id) {
        Err(LibraryError::Corrupt { id, message }) => {
            set_aside(read, write, erase, &id)?;
            Err(LibraryError::SetAside { id, message })
        }
        other => other,
    }
}

/// Moves a damaged schedule's text to [`DAMAGED_PREFIX`] and takes it off the list. The text is
/// written before anything is erased.
pub fn set_aside(
    read: Read,
    write: Write,
    erase: Erase,
    id: &str,
) -> Result<Vec<Entry>, LibraryError> {
    if let Some(text) = read(&schedule_key(id)).map_err(LibraryError::Storage)? {
        write(&format!("{DAMAGED_PREFIX}{id}"), &text).map_err(LibraryError::Storage)?;
    }
    let mut list = entries(read)?;
    list.retain(|e| e.id != id);
    let text = serde_json::to_string(&list).unwrap_or_default();
    write(INDEX_KEY, &text).map_err(LibraryError::Storage)?;
    erase(&schedule_key(id));
    Ok(list)
}

/// The list of stored schedules; when the list itself is damaged, it is set aside and made
/// again from the schedules in storage (each damaged schedule set aside on the way).
pub fn entries_repaired(
    read: Read,
    write: Write,
    erase: Erase,
    keys: Keys,
) -> Result<Vec<Entry>, LibraryError> {
    match entries(read) {
        Err(LibraryError::Corrupt { .. }) => {}
        other => return other,
    }
    if let Some(text) = read(INDEX_KEY).map_err(LibraryError::Storage)? {
        write(&format!("{DAMAGED_PREFIX}list"), &text).map_err(LibraryError::Storage)?;
    }
    let prefix = schedule_key("");
    let mut ids: Vec<String> = keys()
        .into_iter()
        .filter_map(|k| k.strip_prefix(&prefix).map(str::to_string))
        .collect();
    ids.sort();
    let mut list = Vec::new();
    let mut damaged = Vec::new();
    for id in ids {
        match load(read, &id) {
            Ok(s) => list.push(Entry {
                id: s.id.clone(),
                name: s.name.clone(),
            }),
            Err(_) => damaged.push(id),
        }
    }
    write(INDEX_KEY, &serde_json::to_string(&list).unwrap_or_default())
        .map_err(LibraryError::Storage)?;
    for id in damaged {
        set_aside(read, write, erase, &id)?;
    }
    Ok(list)
}

/// The documents set aside as damaged: (what it was — a schedule's id, or `list` — and its key).
pub fn damaged(keys: Keys) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = keys()
        .into_iter()
        .filter_map(|k| Some((k.strip_prefix(DAMAGED_PREFIX)?.to_string(), k.clone())))
        .collect();
    out.sort();
    out
}

#[cfg(test)]
mod damaged_tests {
    use super::*;
    use std::cell::RefCell;
    use std::collections::BTreeMap;

    struct Store(RefCell<BTreeMap<String, String>>);

    impl Store {
        fn read(&self, k: &str) -> Result<Option<String>, StorageProblem> {
            Ok(self.0.borrow().get(k).cloned())
        }
        fn write(&self, k: &str, v: &str) -> Result<(), StorageProblem> {
            self.0.borrow_mut().insert(k.to_string(), v.to_string());
            Ok(())
        }
        fn erase(&self, k: &str) {
            self.0.borrow_mut().remove(k);
        }
        fn keys(&self) -> Vec<String> {
            self.0.borrow().keys().cloned().collect()
        }
    }

    #[test]
    fn a_damaged_schedule_is_set_aside_and_the_others_stay() {
        let store = Store(RefCell::new(BTreeMap::new()));
        let (read, write) = (
            |k: &str| store.read(k),
            |k: &str, v: &str| store.write(k, v),
        );
        let (erase, keys) = (|k: &str| store.erase(k), || store.keys());
        let good = meridian_engine::demo::load("gma-spring-2027").unwrap();
        save(&read, &write, &good).unwrap();
        let mut bad = good.clone();
        bad.id = "bad".into();
        save(&read, &write, &bad).unwrap();
        let broken = "{\"format\":\"meridian/1\", \"id\": \"bad\"";
        write(&schedule_key("bad"), broken).unwrap();

        let e = open(&read, &write, &erase, "bad").unwrap_err();
        assert!(
            matches!(&e, LibraryError::SetAside { id, .. } if id == "bad"),
            "{e:?}"
        );
        assert!(e.say(&Words::english()).contains("set aside as it was"));
        assert_eq!(
            read(&format!("{DAMAGED_PREFIX}bad")).unwrap().as_deref(),
            Some(broken),
            "kept exactly as it was"
        );
        assert_eq!(read(&schedule_key("bad")).unwrap(), None);
        let list = entries(&read).unwrap();
        assert_eq!(
            list.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(),
            [good.id.as_str()]
        );
        assert_eq!(
            open(&read, &write, &erase, &good.id).unwrap(),
            good,
            "the others stay"
        );
        // Saving a new schedule under the damaged one's id does not touch what was set aside.
        save(&read, &write, &bad).unwrap();
        assert_eq!(
            read(&format!("{DAMAGED_PREFIX}bad")).unwrap().as_deref(),
            Some(broken)
        );
        assert_eq!(
            damaged(&keys),
            vec![("bad".to_string(), format!("{DAMAGED_PREFIX}bad"))]
        );
    }

    #[test]
    fn a_damaged_list_is_set_aside_and_made_again_from_the_schedules() {
        let store = Store(RefCell::new(BTreeMap::new()));
        let (read, write) = (
            |k: &str| store.read(k),
            |k: &str, v: &str| store.write(k, v),
        );
        let (erase, keys) = (|k: &str| store.erase(k), || store.keys());
        let good = meridian_engine::demo::load("enhance-autumn-2026").unwrap();
        save(&read, &write, &good).unwrap();
        write(&schedule_key("broken"), "not json").unwrap();
        write(INDEX_KEY, "[{\"id\": ").unwrap();
        assert!(matches!(entries(&read), Err(LibraryError::Corrupt { .. })));
        let list = entries_repaired(&read, &write, &erase, &keys).unwrap();
        assert_eq!(
            list,
            vec![Entry {
                id: good.id.clone(),
                name: good.name.clone()
            }]
        );
        assert_eq!(entries(&read).unwrap(), list, "the list is whole again");
        let aside: Vec<String> = damaged(&keys).into_iter().map(|(what, _)| what).collect();
        assert_eq!(aside, ["broken", "list"]);
    }

    #[test]
    fn a_damaged_list_is_worded_in_the_readers_language_not_the_json_readers_english() {
        let store = Store(RefCell::new(BTreeMap::new()));
        let read = |k: &str| store.read(k);
        store
            .write(INDEX_KEY, "[{\"id\": \"a\", \"name\": \"A\"}")
            .unwrap();
        let e = entries(&read).unwrap_err();
        let LibraryError::Corrupt { message, .. } = &e else {
            panic!("{e:?}")
        };
        assert_eq!(
            message,
            &Damage::List(Box::new(meridian_engine::Error::Syntax {
                problem: meridian_engine::Problem::Json(meridian_engine::JsonProblem::EndsInside(
                    meridian_engine::JsonPart::List
                )),
                line: 1,
                column: 25,
            }))
        );
        assert_eq!(
            e.say(&Words::english()),
            "the stored schedule \"meridian.schedules.v1\" is damaged (line 1, column 25: the \
             file ends inside a list: a `[` has no closing `]` (was the file cut off?)); it was \
             left untouched"
        );
        let polish = meridian_words::Catalogue::parse("pl", include_str!("../locales/pl.ftl"));
        let polish = Words::new(
            polish.unwrap(),
            std::rc::Rc::new(meridian_words::EnglishDates::default()),
        );
        let said = e.say(&polish);
        assert!(
            said.contains("wiersz 1, kolumna 25: plik kończy się w środku listy"),
            "{said}"
        );
        assert!(!said.contains("EOF"), "{said}");
        // A list of the wrong shape is worded too.
        store.write(INDEX_KEY, "{\"id\": \"a\"}").unwrap();
        let e = entries(&read).unwrap_err();
        assert!(
            e.say(&Words::english())
                .contains("an object where a list (`[…]`) belongs"),
            "{e:?}"
        );
    }
}

/// A change to what this browser stores, as a component asks for it. [`perform`] carries it out:
/// the app's one way of writing storage (the shell calls it and turns the outcome into actions).
#[derive(Debug, Clone, PartialEq)]
pub enum Request {
    /// Open a stored schedule (a damaged one is set aside on the way).
    Open(String),
    /// Store the open schedule again (autosave, shortly after a change), unless what is stored
    /// is no longer the version this tab last read or wrote (see [`autosave`]).
    Autosave {
        /// The schedule as it is now.
        schedule: std::rc::Rc<Schedule>,
        /// The version this tab last read from or wrote to storage (`None`: not stored yet).
        loaded: Option<std::rc::Rc<Schedule>>,
    },
    /// Keep a version of a schedule in its history (see [`history::remember`]).
    Remember(std::rc::Rc<Schedule>, Kept),
    /// Store a schedule opened from a link or a file (as it is, or as a copy beside a stored
    /// one of the same identity).
    SaveShared(std::rc::Rc<Schedule>),
    /// Store a copy of the open schedule (made with [`copy_beside`]).
    SaveCopy(std::rc::Rc<Schedule>),
    /// Store a deleted schedule again (undo).
    Restore(std::rc::Rc<Schedule>),
    /// Rename a stored schedule that is not open (the open one is renamed by an edit).
    Rename {
        /// Its id.
        id: String,
        /// The new name.
        name: String,
    },
    /// Store a copy of a stored schedule beside it.
    Duplicate {
        /// Its id.
        id: String,
        /// The copy's name (see [`copy_name`]).
        name: String,
    },
    /// Delete a stored schedule (its document comes back for undo).
    Remove {
        /// Its id.
        id: String,
        /// Its name (to say what was deleted).
        name: String,
    },
    /// Throw away a document set aside as damaged (by its key).
    Discard(String),
    /// Remember a student's campus and cohort for a schedule (by its id).
    RememberStudent {
        /// The schedule's id.
        schedule: String,
        /// The campus, if one was picked.
        campus: Option<CampusId>,
        /// The cohort, if one was picked.
        cohort: Option<CohortId>,
    },
    /// Remember what is open (`saved:<id>` or `demo:<name>`), so that a reload opens it again.
    RememberOpen(String),
}

/// What a [`Request`] did.
#[derive(Debug, Clone, PartialEq)]
pub enum Done {
    /// A stored schedule, opened.
    Opened(Box<Schedule>),
    /// The stored schedules now.
    Listed(Vec<Entry>),
    /// A schedule was deleted: the stored schedules now, and its document as it was.
    Removed(Vec<Entry>, Option<String>),
    /// Remembered (or not: not being able to remember stops nobody).
    Remembered,
    /// Autosave wrote nothing: another tab changed the stored schedule, which is this.
    ChangedElsewhere(Box<Schedule>),
}

/// Where a student's choices are kept: a schedule's id, campus and cohort a line
/// (`with_student_choice`).
const STUDENT_KEY: &str = "meridian.student.v2";

/// Where they were kept as a JSON map, erased when a choice is written.
const OLD_STUDENT_KEY: &str = "meridian.student.v1";

/// Carries out a request on this browser's storage.
pub fn perform(request: &Request) -> Result<Done, LibraryError> {
    use crate::browser::{erase, read, write};
    match request {
        Request::Open(id) => open(&read, &write, &erase, id).map(|s| Done::Opened(Box::new(s))),
        Request::Autosave { schedule, loaded } => {
            match autosave(&read, &write, schedule, loaded.as_deref())? {
                Autosaved::Written(list) => Ok(Done::Listed(list)),
                Autosaved::ChangedElsewhere(s) => Ok(Done::ChangedElsewhere(s)),
            }
        }
        Request::SaveShared(schedule) => {
            let list = save(&read, &write, schedule)?;
            // What came in a link or a file is kept as received: a link back from here then
            // names it as its base. Not being able to keep it stops nobody.
            let _ = history::remember(&read, &write, schedule, Kept::Received);
            Ok(Done::Listed(list))
        }
        Request::Remember(schedule, kept) => {
            history::remember(&read, &write, schedule, *kept).map(|_| Done::Remembered)
        }
        Request::SaveCopy(schedule) | Request::Restore(schedule) => {
            save(&read, &write, schedule).map(Done::Listed)
        }
        Request::Rename { id, name } => rename(&read, &write, id, name).map(Done::Listed),
        Request::Duplicate { id, name } => duplicate(&read, &write, id, name).map(Done::Listed),
        Request::Remove { id, .. } => {
            remove(&read, &write, id, &erase).map(|(list, kept)| Done::Removed(list, kept))
        }
        Request::Discard(key) => {
            erase(key);
            entries(&read).map(Done::Listed)
        }
        Request::RememberStudent {
            schedule,
            campus,
            cohort,
        } => {
            remember_student(schedule, campus.as_ref(), cohort.as_ref());
            Ok(Done::Remembered)
        }
        Request::RememberOpen(what) => {
            let _ = write(LAST_OPENED_KEY, what);
            Ok(Done::Remembered)
        }
    }
}

/// The stored schedules as the app starts, and a sentence when the list had to be made again
/// (it was damaged) or could not be read.
pub fn entries_at_start() -> (Vec<Entry>, Option<crate::store::Said>) {
    use crate::browser::{erase, keys, read, write};
    use crate::store::{Said, StorageStep};
    match entries(&read) {
        Ok(list) => (list, None),
        Err(LibraryError::Corrupt { .. }) => match entries_repaired(&read, &write, &erase, &keys) {
            Ok(list) => (list, Some(Said::LibraryRepaired)),
            Err(e) => (Vec::new(), Some(Said::Storage(StorageStep::List, e))),
        },
        Err(e) => (Vec::new(), Some(Said::Storage(StorageStep::List, e))),
    }
}

/// A stored schedule as it is in this browser's storage now.
pub fn stored_here(id: &str) -> Result<Schedule, LibraryError> {
    load(&crate::browser::read, id)
}

/// The kept versions of a schedule in this browser (oldest first).
pub fn history_here(id: &str) -> Vec<Version> {
    history(&crate::browser::read, id)
}

/// The stored schedules in this browser (empty when they cannot be read).
pub fn stored_entries() -> Result<Vec<Entry>, LibraryError> {
    entries(&crate::browser::read)
}

/// What was open last (`saved:<id>` or `demo:<name>`).
pub fn last_opened() -> Option<String> {
    crate::browser::read(LAST_OPENED_KEY).ok().flatten()
}

/// The documents set aside as damaged in this browser: (what it was, its key).
pub fn damaged_here() -> Vec<(String, String)> {
    damaged(&crate::browser::keys)
}

/// The text of a document set aside as damaged, by its key.
pub fn damaged_text(key: &str) -> Option<String> {
    crate::browser::read(key).ok().flatten()
}

/// Remembers a student's campus and cohort for a schedule, in this browser (best effort: a
/// browser without storage just asks again). The timetable page calls it directly.
pub fn remember_student(schedule: &str, campus: Option<&CampusId>, cohort: Option<&CohortId>) {
    use crate::browser::{erase, read, write};
    let text = read(STUDENT_KEY).ok().flatten().unwrap_or_default();
    let _ = write(
        STUDENT_KEY,
        &with_student_choice(&text, schedule, campus, cohort),
    );
    // The JSON map of before (`meridian.student.v1`) is not read: a choice lost is picked again.
    erase(OLD_STUDENT_KEY);
}

/// The campus and cohort a student picked for a schedule in this browser, if any.
pub fn remembered_student(schedule: &str) -> Option<(Option<CampusId>, Option<CohortId>)> {
    let text = crate::browser::read(STUDENT_KEY).ok().flatten()?;
    student_choice(&text, schedule)
}

/// The choices kept under [`STUDENT_KEY`], with `schedule`'s replaced: one line a schedule, its
/// id, campus and cohort separated by tabs (`\\`, `\t`, `\n` escaped), an empty field for none.
/// Written by hand rather than as JSON: the timetable page needs nothing else of a JSON library.
fn with_student_choice(
    text: &str,
    schedule: &str,
    campus: Option<&CampusId>,
    cohort: Option<&CohortId>,
) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let mut fields = line.split('\t');
        if fields.next().map(unescape).as_deref() != Some(schedule) && !line.is_empty() {
            out.push_str(line);
            out.push('\n');
        }
    }
    let field = |v: Option<&str>| escape(v.unwrap_or(""));
    out.push_str(&escape(schedule));
    out.push('\t');
    out.push_str(&field(campus.map(|c| c.as_str())));
    out.push('\t');
    out.push_str(&field(cohort.map(|c| c.as_str())));
    out.push('\n');
    out
}

/// `schedule`'s campus and cohort in the text kept under [`STUDENT_KEY`], if it is there.
fn student_choice(text: &str, schedule: &str) -> Option<(Option<CampusId>, Option<CohortId>)> {
    text.lines().find_map(|line| {
        let mut fields = line.split('\t').map(unescape);
        if fields.next()? != schedule {
            return None;
        }
        let mut some = || fields.next().filter(|f| !f.is_empty());
        let campus = some().map(CampusId);
        Some((campus, some().map(CohortId)))
    })
}

fn escape(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    for c in field.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

fn unescape(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        out.push(match (c, c == '\\') {
            (_, true) => match chars.next() {
                Some('t') => '\t',
                Some('n') => '\n',
                Some('r') => '\r',
                Some(other) => other,
                None => break,
            },
            (c, false) => c,
        });
    }
    out
}

#[cfg(test)]
mod student_tests {
    use super::*;

    fn ids(c: &str, k: &str) -> (Option<CampusId>, Option<CohortId>) {
        (Some(CampusId(c.into())), Some(CohortId(k.into())))
    }

    #[test]
    fn a_students_choice_is_read_back_per_schedule_whatever_its_ids_hold() {
        let odd = "a\tb\\c\nd\r\\t";
        let text = with_student_choice("", "term", Some(&CampusId("gma".into())), None);
        let text = with_student_choice(
            &text,
            odd,
            Some(&CampusId(odd.into())),
            Some(&CohortId("y1 ü".into())),
        );
        assert_eq!(
            student_choice(&text, "term"),
            Some((Some(CampusId("gma".into())), None))
        );
        assert_eq!(student_choice(&text, odd), Some(ids(odd, "y1 ü")));
        assert_eq!(student_choice(&text, "other"), None);
        // A new choice replaces the schedule's old one and keeps the others.
        let text = with_student_choice(&text, "term", None, Some(&CohortId("y2".into())));
        assert_eq!(
            student_choice(&text, "term"),
            Some((None, Some(CohortId("y2".into()))))
        );
        assert_eq!(student_choice(&text, odd), Some(ids(odd, "y1 ü")));
        assert_eq!(text.lines().count(), 2);
    }

    #[test]
    fn damaged_student_choices_give_nothing_rather_than_a_wrong_campus() {
        assert_eq!(student_choice("{\"term\":{}}", "term"), None);
        assert_eq!(student_choice("term", "term"), Some((None, None)));
        assert_eq!(
            student_choice("term\tgma\\", "term").unwrap().0,
            Some(CampusId("gma".into()))
        );
    }
}

#[cfg(test)]
mod autosave_tests {
    use super::*;
    use std::cell::RefCell;
    use std::collections::HashMap;

    #[test]
    fn autosave_never_writes_over_what_another_tab_stored() {
        let store = RefCell::new(HashMap::<String, String>::new());
        let read = |k: &str| Ok(store.borrow().get(k).cloned());
        let write = |k: &str, v: &str| {
            store.borrow_mut().insert(k.to_string(), v.to_string());
            Ok(())
        };
        let loaded = meridian_engine::demo::load("gma-spring-2027").unwrap();
        save(&read, &write, &loaded).unwrap();
        // This tab lengthened a session; another tab meanwhile stored a move.
        let mine = loaded.with_session_resized(3, 30).unwrap();
        let other = loaded.with_session_moved(1, 15).unwrap();
        save(&read, &write, &other).unwrap();
        assert_eq!(
            autosave(&read, &write, &mine, Some(&loaded)),
            Ok(Autosaved::ChangedElsewhere(Box::new(other.clone())))
        );
        assert_eq!(load(&read, &loaded.id).unwrap(), other, "nothing written");
        // Onto the other tab's version, it writes.
        assert!(matches!(
            autosave(&read, &write, &mine, Some(&other)),
            Ok(Autosaved::Written(_))
        ));
        assert_eq!(load(&read, &loaded.id).unwrap(), mine);
        // A schedule not stored before is written as it is.
        let mut new = mine.clone();
        new.id = "new".into();
        assert!(matches!(
            autosave(&read, &write, &new, None),
            Ok(Autosaved::Written(_))
        ));
    }
}

/// Where this browser keeps, by schedule id, the fingerprint of the version last exported to a
/// file or shared by link: a copy outside this browser's storage.
pub const BACKED_UP_KEY: &str = "meridian.backed-up.v1";

/// Notes that `schedule` as it is now has a copy outside this browser (exported or shared).
pub fn mark_backed_up(schedule: &Schedule) {
    use crate::browser::{read, write};
    let mut map: serde_json::Value = read(BACKED_UP_KEY)
        .ok()
        .flatten()
        .and_then(|t| serde_json::from_str(&t).ok())
        .filter(|v: &serde_json::Value| v.is_object())
        .unwrap_or_else(|| serde_json::json!({}));
    map[schedule.id.as_str()] =
        serde_json::Value::String(meridian_engine::lineage::fingerprint(schedule).to_string());
    let _ = write(BACKED_UP_KEY, &map.to_string());
}

/// Whether `schedule` has changed since its last export or share (or was never exported or
/// shared): then its only copy is this browser's storage.
pub fn needs_backup(schedule: &Schedule) -> bool {
    let backed_up = crate::browser::read(BACKED_UP_KEY)
        .ok()
        .flatten()
        .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
        .and_then(|m| m.get(&schedule.id)?.as_str().map(str::to_string));
    backed_up != Some(meridian_engine::lineage::fingerprint(schedule).to_string())
}
