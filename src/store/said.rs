//! What the app tells the user in its status line and notices, kept in the state as what
//! happened ([`Said`]) and worded only when drawn, so that a change of language words it again.

use crate::library::LibraryError;
use meridian_engine::CivilDate;
use meridian_words::{length, shift, w, Words};

/// Something to say: what an edit did or why it was refused, what storage or a link did, a
/// zone that was not found.
#[derive(Debug, Clone, PartialEq)]
pub enum Said {
    /// A series moved by `minutes`.
    Moved {
        /// The session's title.
        title: String,
        /// Minutes later (earlier when negative).
        minutes: i64,
    },
    /// A session's new length.
    Resized {
        /// The session's title.
        title: String,
        /// Its length now, minutes.
        lasts: i64,
    },
    /// A session deleted.
    Deleted(String),
    /// A session added.
    Added(String),
    /// A session's fields saved.
    SessionSaved(String),
    /// A partner's busy time imported.
    BusyImported {
        /// How many blocks.
        blocks: usize,
        /// The calendar's name.
        calendar: String,
    },
    /// The schedule's new name.
    Renamed(String),
    /// One occurrence moved.
    OccurrenceMoved {
        /// The session's title.
        title: String,
        /// The occurrence's date.
        date: CivilDate,
        /// Minutes later (earlier when negative).
        minutes: i64,
    },
    /// One occurrence's new length.
    OccurrenceResized {
        /// The session's title.
        title: String,
        /// The occurrence's date.
        date: CivilDate,
        /// Its length now, minutes.
        lasts: i64,
    },
    /// One occurrence changed in the form.
    OccurrenceSaved {
        /// The session's title.
        title: String,
        /// The occurrence's date.
        date: CivilDate,
    },
    /// One occurrence cancelled.
    OccurrenceSkipped {
        /// The session's title.
        title: String,
        /// The occurrence's date.
        date: CivilDate,
    },
    /// Another version merged: how many changes it brought.
    Merged(usize),
    /// A rotation accepted: the session's title and how many weekly slots it takes.
    RotationAccepted {
        /// The session's title.
        title: String,
        /// How many series (slots) it became.
        slots: usize,
    },
    /// A public holiday switched off (taught) or on again at a campus.
    HolidaySwitched {
        /// The campus's short name.
        campus: String,
        /// The holiday's date.
        date: CivilDate,
        /// The holiday's name.
        holiday: String,
        /// Taught (off) or a holiday again.
        off: bool,
    },
    /// Campuses and people saved.
    SetupSaved,
    /// The last change undone.
    Undone,
    /// An undone change made again.
    Redone,
    /// A new schedule made.
    Created(String),
    /// Another tab's version taken (nothing changed here).
    UpdatedFromTab,
    /// Another tab's changes and these both kept.
    MergedWithTab,
    /// Both tabs changed the same things: the Compare dialog asks.
    ChangedOnBothTabs,
    /// The session an edit was for is gone.
    SessionGone,
    /// The engine refused a change.
    Refused(meridian_engine::Error),
    /// A schedule without a name.
    NameNeeded,
    /// A demo that could not be loaded.
    DemoNotLoaded(meridian_engine::Error),
    /// A link that could not be read; `demo`: the demo is shown instead.
    LinkUnreadable {
        /// Why.
        error: meridian_engine::Error,
        /// Whether the demo is shown instead.
        demo: bool,
    },
    /// A schedule file that was not opened.
    FileNotOpened {
        /// The file's name.
        file: String,
        /// Why.
        error: meridian_engine::Error,
    },
    /// A file that could not be read at all.
    FileUnreadable(String),
    /// A storage request that failed.
    Storage(StorageStep, LibraryError),
    /// The list of stored schedules was damaged and made again.
    LibraryRepaired,
    /// A time zone typed that matches nothing (the text typed).
    ZoneUnknown(String),
}

/// Which storage request failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageStep {
    /// Opening a stored schedule.
    Open,
    /// Opening the schedule open last time.
    OpenLast,
    /// Reading the stored schedules at start.
    List,
    /// Reading the stored version to compare with.
    Compare,
    /// Autosave.
    Autosave,
    /// Keeping a version in the history.
    Remember,
    /// Saving a shared copy.
    Save,
    /// Deleting.
    Remove,
    /// Anything else.
    Other,
}

/// An engine error in the reader's words.
pub fn engine_error(words: &Words, e: &meridian_engine::Error) -> String {
    meridian_words::error(words, e)
}

/// A link that could not be opened, in words (the demo's own link, or one the reader opened).
/// The timetable page says this and nothing else of [`Said`], so it calls this rather than
/// [`Said::words`], which would link every status of the planner into the page.
pub fn link_unreadable(words: &Words, error: &meridian_engine::Error, demo: bool) -> String {
    w!(
        words,
        if demo {
            "status-link-unreadable-demo"
        } else {
            "status-link-unreadable"
        },
        reason = meridian_words::link_error(words, error)
    )
}

impl Said {
    /// The sentence in `words`' language.
    pub fn words(&self, words: &Words) -> String {
        let date = |d: &CivilDate| words.short_date(*d);
        match self {
            Said::Moved { title, minutes } => w!(
                words,
                "status-moved",
                title = title.as_str(),
                shift = shift(words, *minutes)
            ),
            Said::Resized { title, lasts } => w!(
                words,
                "status-resized",
                title = title.as_str(),
                length = length(words, *lasts)
            ),
            Said::Deleted(title) => w!(words, "status-deleted", title = title.as_str()),
            Said::Added(title) => w!(words, "status-added", title = title.as_str()),
            Said::SessionSaved(title) => w!(words, "status-session-saved", title = title.as_str()),
            Said::BusyImported { blocks, calendar } => w!(
                words,
                "status-busy-imported",
                blocks = *blocks,
                calendar = calendar.as_str()
            ),
            Said::Renamed(name) => w!(words, "status-renamed", name = name.as_str()),
            Said::OccurrenceMoved {
                title,
                date: d,
                minutes,
            } => w!(
                words,
                "status-occurrence-moved",
                title = title.as_str(),
                date = date(d),
                shift = shift(words, *minutes)
            ),
            Said::OccurrenceResized {
                title,
                date: d,
                lasts,
            } => w!(
                words,
                "status-occurrence-resized",
                title = title.as_str(),
                date = date(d),
                length = length(words, *lasts)
            ),
            Said::OccurrenceSaved { title, date: d } => w!(
                words,
                "status-occurrence-saved",
                title = title.as_str(),
                date = date(d)
            ),
            Said::OccurrenceSkipped { title, date: d } => w!(
                words,
                "status-occurrence-skipped",
                title = title.as_str(),
                date = date(d)
            ),
            Said::Merged(changes) => w!(words, "status-merged", changes = *changes),
            Said::RotationAccepted { title, slots } => w!(
                words,
                "status-rotation-accepted",
                title = title.as_str(),
                slots = *slots
            ),
            Said::HolidaySwitched {
                campus,
                date: d,
                holiday,
                off,
            } => w!(
                words,
                if *off {
                    "status-holiday-taught"
                } else {
                    "status-holiday-again"
                },
                campus = campus.as_str(),
                date = date(d),
                holiday = holiday.as_str()
            ),
            Said::SetupSaved => w!(words, "status-setup-saved"),
            Said::Undone => w!(words, "status-undone"),
            Said::Redone => w!(words, "status-redone"),
            Said::Created(name) => w!(words, "status-created", name = name.as_str()),
            Said::UpdatedFromTab => w!(words, "status-updated-from-tab"),
            Said::MergedWithTab => w!(words, "status-merged-with-tab"),
            Said::ChangedOnBothTabs => w!(words, "status-changed-on-both-tabs"),
            Said::SessionGone => w!(words, "status-session-gone"),
            Said::Refused(e) => w!(words, "status-refused", reason = engine_error(words, e)),
            Said::NameNeeded => w!(words, "status-name-needed"),
            Said::DemoNotLoaded(e) => {
                w!(
                    words,
                    "status-demo-not-loaded",
                    reason = engine_error(words, e)
                )
            }
            Said::LinkUnreadable { error, demo } => link_unreadable(words, error, *demo),
            Said::FileNotOpened { file, error } => w!(
                words,
                "status-file-not-opened",
                file = file.as_str(),
                reason = engine_error(words, error)
            ),
            Said::FileUnreadable(file) => w!(words, "status-file-unreadable", file = file.as_str()),
            Said::Storage(step, e) => {
                let id = match step {
                    StorageStep::Open => "status-storage-open",
                    StorageStep::OpenLast => "status-storage-open-last",
                    StorageStep::List => "status-storage-list",
                    StorageStep::Compare => "status-storage-compare",
                    StorageStep::Autosave => "status-storage-autosave",
                    StorageStep::Remember => "status-storage-remember",
                    StorageStep::Save => "status-storage-save",
                    StorageStep::Remove => "status-storage-remove",
                    StorageStep::Other => "status-storage-other",
                };
                w!(words, id, reason = e.say(words))
            }
            Said::LibraryRepaired => w!(words, "schedules-list-repaired"),
            Said::ZoneUnknown(text) => w!(words, "status-zone-unknown", text = text.as_str()),
        }
    }
}
