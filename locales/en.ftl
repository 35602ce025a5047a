### Meridian — English messages. The source every other language translates.
###
### One file per language, named by its BCP 47 tag (de.ftl, zh-Hans.ftl). Every message here
### exists in every language with the same variables (crates/words/tests/catalogues.rs checks).
### Variables are data: names, dates and times come already worded in the reader's language
### (dates through the browser's Intl), numbers select plural forms.
###
### Glossary — one word for each key term, used the same way in every message. Each language's
### file opens with the same list and its own word for each.
###   session       one meeting of a course at a set time, taught live (a lecture, tutorial, lab)
###   series        a session repeated weekly over a term
###   course        what sessions belong to; has a name and a host campus
###   cohort        a group of students at one campus who follow a session
###   campus        a partner university's site, with its time zone and city
###   host campus   the campus a session is taught from; its clock fixes the session's time
###   teaching hours the hours of the day a campus teaches (e.g. 08:00–20:00)
###   closure       a day or span a campus does not teach (holiday, lecture-free, typed in)
###   clash         two sessions that need the same person, room or cohort at once
###   conflict      anything the check reports: a clash, outside teaching hours, a closure …
###   drift         a series whose local time moves at a campus when the clocks change
###   clock change  a daylight-saving switch (spring forward, fall back)
###   term          the dates a schedule runs, first to last week
###   share link    a link that carries the whole schedule; a view link opens the timetable

## Shared: lengths of time, counts

# $minutes (number)
length-minutes = { $minutes } min
# $hours (number)
length-hours = { $hours } h
# $hours, $minutes (numbers)
length-hours-minutes = { $hours } h { $minutes } min
# A move later or earlier. $days (number of whole days, may be 0), $length ("30 min", worded;
# empty-valued when $minutes is 0), $minutes (number of minutes beyond whole days).
shift-later = { $days ->
    [0] { $length } later
   *[other] { $minutes ->
        [0] { $days ->
            [one] { $days } day later
           *[other] { $days } days later
        }
       *[other] { $days ->
            [one] { $days } day and { $length } later
           *[other] { $days } days and { $length } later
        }
    }
}
shift-earlier = { $days ->
    [0] { $length } earlier
   *[other] { $minutes ->
        [0] { $days ->
            [one] { $days } day earlier
           *[other] { $days } days earlier
        }
       *[other] { $days ->
            [one] { $days } day and { $length } earlier
           *[other] { $days } days and { $length } earlier
        }
    }
}
# A session that has begun.
countdown-now = now
# $length ("2 h 15 min", worded)
countdown-in = in { $length }
# $days (number, 2 or more)
countdown-days = in { $days } days

## Engine: conflicts and their hints
# ids: conflict-*, hint-*, drift-*, resolution-*, suggestion-* (written by: engine-conflicts)

# — end of “Engine: conflicts and their hints” —


## Engine: errors a user can act on
# ids: error-*, problem-*, link-* (written by: engine-data)

# — end of “Engine: errors a user can act on” —


## Engine: what changed between two versions
# ids: change-*, compare-* (written by: engine-data)

# — end of “Engine: what changed between two versions” —


## Engine: best times and rotations
# ids: overlap-*, rotation-* (written by: engine-data)

# — end of “Engine: best times and rotations” —


## Engine: calendar files (ICS)
# ids: ics-* (written by: engine-data)

# — end of “Engine: calendar files (ICS)” —


## App: header, start page, banners, language menu, status lines
# ids: shell-*, start-*, banner-*, language-*, status-*, library-*, holidays-* (written by: app-shell)

# The product's name, in the header and on the timetable page without a link. Not translated.
shell-brand = Meridian
# Footer: the time-zone database's release. $version ("2025b")
shell-footer-tzdb = IANA tzdb { $version }
# Footer: the app's version. $version ("0.18.0")
shell-footer-version = Meridian { $version }
# Footer: nothing is sent anywhere.
shell-footer-private = Everything stays in this browser
# Header, beside the schedule's name. $count (number of campuses)
shell-campus-count = { $count ->
    [one] { $count } campus
   *[other] { $count } campuses
}
# Header: the group of the two screens' buttons (read by screen readers).
shell-view = View
# Header: the coordinator's week grid.
shell-planner = Planner
# Header: the student's own timetable.
shell-my-timetable = My timetable
# Header: the label of the menu of schedules to open.
shell-schedule = Schedule
# Schedule menu: the copy opened from a link. $name (the schedule's name)
shell-shared-option = { $name } (shared link)
# Schedule menu: the group of demo schedules.
shell-demos = Demos
# Schedule menu: the group of the user's own schedules.
shell-my-schedules = My schedules
# Schedule menu: the demo schedules. ENHANCE and Global MOOC Alliance are names.
shell-demo-enhance-autumn-2026 = ENHANCE · autumn 2026
shell-demo-gma-spring-2027 = Global MOOC Alliance · spring 2027
# Header: the label of the menu of zones the grid is drawn in.
shell-grid-in = Grid in
# Zone menu: the viewer's own zone. $place (a city, "Toronto")
shell-your-time = Your time ({ $place })
# Header: the label of the field for the viewer's own time zone.
shell-your-zone = Your time zone
# Header: the group of Undo and Redo (read by screen readers).
shell-history = History
shell-undo = Undo
shell-undo-title = Undo (Ctrl+Z)
shell-redo = Redo
shell-redo-title = Redo (Ctrl+Shift+Z)
# Header button: opens the session form for a new session.
shell-new-session = New session
# Header button: opens the dialog of campuses, cohorts, lecturers and rooms.
shell-people = Campuses & people
# Header: the File menu and its items.
shell-file = File
shell-new-schedule = New schedule…
shell-open-my-schedules = My schedules…
shell-import-busy = Import busy time
shell-export-file = Export file
shell-compare-with = Compare with…
shell-open-file = Open file
# Header button: opens the share dialog.
shell-share = Share
# The name of a demo schedule's copy, made when the demo is first changed. $name (the demo's name)
shell-my-copy = { $name } (my copy)

# The language menu in the header: its accessible name (before the chosen language's own name).
language-menu-label = Language
# The language menu's tooltip.
language-menu-title = Choose the language Meridian speaks

# The banner over a shared schedule (read by screen readers).
banner-label = Shared schedule
# Banner over a schedule opened from a link to edit; the detail follows in the same paragraph.
banner-shared-copy = Shared copy.
banner-shared-copy-detail = You opened a schedule from a link or a file. It is not stored in this browser until you save it (or change it); your own schedules are untouched.
# Banner: the group of choices when a schedule with the same identity is stored (screen readers).
banner-identity-stored = A schedule with this identity is stored
# $name (the stored schedule's name)
banner-already-stored = “{ $name }” is already in your schedules. Compare and merge this copy into it, replace it with this copy, or keep both?
banner-compare-and-merge = Compare and merge…
banner-replace = Replace it
banner-keep-both = Keep both
banner-cancel = Cancel
# $name (the stored schedule's name)
banner-you-have = You have “{ $name }” in your schedules: see what changed and merge it with your version.
banner-compare-with-mine = Compare with mine…
banner-save = Save to my schedules
# Banner over a students' link (planner and timetable page); the detail follows.
banner-read-only = Read-only timetable.
# $whom (a cohort's name or a campus's short name)
banner-read-only-for = Read-only timetable for { $whom }.
banner-read-only-detail = Shared by link: times are shown in your time zone; nothing is stored.

# Status line and notices. $title is a session's title; $date a worded date ("Mon 26 Oct");
# $shift a worded move ("30 min later"); $length a worded length ("1 h 30 min").
status-moved = Moved { $title } { $shift }.
status-resized = { $title } now lasts { $length }.
status-deleted = Deleted { $title }. Undo brings it back.
status-added = Added { $title }.
status-session-saved = Saved { $title }.
# $blocks (number of busy blocks), $calendar (the calendar's name)
status-busy-imported = Imported { $blocks ->
    [one] { $blocks } busy block
   *[other] { $blocks } busy blocks
} from “{ $calendar }”: they take part in the conflict check and show greyed in the grid.
# $name (the schedule's new name)
status-renamed = Renamed to “{ $name }”.
status-occurrence-moved = Moved { $title } on { $date } { $shift }, that week only.
status-occurrence-resized = { $title } on { $date } now lasts { $length }, that week only.
status-occurrence-saved = Saved { $title } on { $date }, that week only.
status-occurrence-skipped = { $title } does not take place on { $date }. Undo brings it back.
# After a merge of another version. $changes (number of changes taken)
status-merged = { $changes ->
    [0] Merged: nothing needed to change here.
    [one] Merged: 1 change taken from the other version.
   *[other] Merged: { $changes } changes taken from the other version.
} Undo goes back to your version.
# A rotation accepted. $slots (number of weekly slots, one series each)
status-rotation-accepted = { $slots ->
    [one] { $title } now takes its fairest weekly slot.
   *[other] { $title } now rotates between { $slots } weekly slots, one series each.
} Undo brings back how it was.
# A public holiday taught after all. $campus (a campus's short name), $holiday (its name)
status-holiday-taught = { $campus } teaches on { $date } although it is { $holiday }. Undo makes it a holiday again.
status-holiday-again = { $holiday } on { $date } is a holiday at { $campus } again.
status-setup-saved = Saved campuses and people.
status-undone = Undone.
status-redone = Done again.
# A new schedule made. $name (its name). “New session” is the header's button (shell-new-session).
status-created = Created “{ $name }”. Add sessions with “New session”; every change is kept in this browser.
status-updated-from-tab = Updated with the changes made to this schedule in another tab.
status-merged-with-tab = This schedule was also changed in another tab: its changes and yours are both kept.
status-changed-on-both-tabs = This schedule was changed in another tab too, and some things were changed on both: choose which to keep. Nothing is saved until then.
status-session-gone = That session is no longer in the schedule.
# $reason (why, a sentence from the check)
status-refused = That change is not possible: { $reason }
status-name-needed = A schedule needs a name.
# $reason (why)
status-demo-not-loaded = The demo schedule could not be loaded: { $reason }
status-link-unreadable = The link you opened could not be read: { $reason }.
status-link-unreadable-demo = The link you opened could not be read: { $reason }. Showing the demo schedule instead.
# $file (a file's name), $reason (why)
status-file-not-opened = “{ $file }” was not opened, and nothing changed: { $reason }.
status-file-unreadable = “{ $file }” could not be read.
# Storage that failed. $reason (why, library-* below)
status-storage-open = That schedule could not be opened: { $reason }.
status-storage-open-last = Your last schedule could not be opened: { $reason }.
status-storage-list = Your stored schedules could not be read: { $reason }.
status-storage-compare = Your stored version could not be read to compare with: { $reason }.
status-storage-autosave = Your last change is open here but not saved: { $reason }.
status-storage-remember = A version was not kept in this schedule's history: { $reason }.
status-storage-save = The schedule was not saved: { $reason }.
status-storage-remove = Not deleted: { $reason }.
status-storage-other = That did not work: { $reason }.
# A time zone typed that matches none. $text (what was typed)
status-zone-unknown = No time zone matches "{ $text }". Type a city (e.g. Trondheim) or an IANA name (e.g. Europe/Oslo).

# Why storage failed (the $reason of status-storage-*).
library-unavailable = this browser does not let Meridian keep schedules (private mode or storage turned off); your work stays open in this tab only
library-full = this browser's storage for Meridian is full; your work stays open in this tab, and you can export it as a file
# $id (a stored schedule's id), $reason (what is wrong, technical)
library-corrupt = the stored schedule "{ $id }" is damaged ({ $reason }); it was left untouched
library-set-aside = the stored schedule "{ $id }" is damaged ({ $reason }); it was set aside as it was, so nothing overwrites it, and “My schedules” offers it as a file
library-missing = no schedule "{ $id }" is stored in this browser
library-repaired = The list of your stored schedules was damaged: it was set aside and made again from the schedules stored here (“My schedules” offers the damaged list as a file).

# Public holidays missing from the check. $campus (a campus's short name), $country (a country
# code, "IT"), $region (a region code), $year ("2027")
holidays-not-loaded = { $campus }'s public holidays ({ $country }) could not be loaded: the check has only the closures typed in for it. Reload to try again.
holidays-unknown-region = { $campus } has region “{ $region }”, which the holiday data for { $country } does not have: only { $country }'s national holidays are in the check. Choose its region in Campuses and people.
holidays-year-not-covered = The holiday data for { $country } does not cover { $year }: { $campus }'s public holidays that year are not in the check.
# A holiday's name in its country's language with its English name. $local, $english (names)
holidays-both-names = { $local } ({ $english })
# The student timetable's list of holidays. $date ("Mon 12 Oct 2026"), $name (the holiday),
# $campus (a campus's short name). "Observed": the holiday is kept on another day this year.
holidays-student-notice = { $date }: { $name }, a public holiday at { $campus }
holidays-student-notice-observed = { $date }: { $name }, a public holiday at { $campus }, observed


# — end of “App: header, start page, banners, language menu, status lines” —


## App: student timetable
# ids: timetable-* (written by: app-shell)

# The student timetable (read by screen readers).
timetable-label = My timetable
timetable-my-campus = My campus
timetable-all-campuses = All campuses
timetable-my-cohort = My cohort
timetable-all-cohorts = All cohorts
timetable-add-to-calendar = Add to my calendar (.ics)
# The next session. $title (its title, shown bold), $countdown ("in 3 days", "in 2 h 15 min",
# "now"), $date ("Mon 26 Oct"), $time ("10:15") on the reader's clock.
timetable-next = Next: { $title } { $countdown } — { $date }, { $time } your time
timetable-no-more = No more sessions this term.
# The lists of time changes and of public holidays (read by screen readers).
timetable-time-changes = Time changes
timetable-public-holidays = Public holidays
# The group of the two layouts (read by screen readers), and the layouts.
timetable-show = Show
timetable-agenda = Agenda
timetable-week = Week
timetable-hide-earlier = Hide earlier days
# $count (number of days before today)
timetable-show-earlier = { $count ->
    [one] Show { $count } earlier day
   *[other] Show { $count } earlier days
}
timetable-nothing = No sessions to show.
# Flags on an agenda item.
timetable-skipped = no class this week
timetable-moved = moved this week
# An agenda item's details. $length ("1 h 30 min"), $host (timetable-host-time), $rooms (a list)
timetable-meta = { $length } · host time { $host }
timetable-meta-rooms = { $length } · host time { $host } · { $rooms }
# The host campus's clock. $time ("10:15"), $city ("Berlin"), $campus (short name, "TU Berlin")
timetable-host-time = { $time } in { $city } ({ $campus })
timetable-host-time-no-campus = { $time } in { $city }
# A room and its campus. $room (a room's name), $campus (a campus's short name)
timetable-room = { $room }, { $campus }
# A session that ends after midnight. $time ("23:00–00:30")
timetable-next-day = { $time } (next day)
timetable-join = Join online
# A meeting address that is not a web link (shown beside it).
timetable-not-a-web-link = not a web link
# A session's time changes for the student. $date ("Mon 26 Oct"), $title (the session), $now and
# $was (clock times), $why (timetable-switch-* joined by "; ")
timetable-change = From { $date }, { $title } starts at { $now } instead of { $was }.
timetable-change-why = From { $date }, { $title } starts at { $now } instead of { $was } ({ $why }).
# Stands for a session's title that is no longer there.
timetable-this-class = This class
# $city ("Berlin")
timetable-switch-to-summer = { $city } switches to summer time
timetable-switch-from-summer = { $city } leaves summer time
# Term at a glance (read by screen readers), its heading ($name: the schedule's name), and the
# zone its times are in ($place: a city, $zone: an IANA name, "Europe/Berlin").
timetable-term-label = Term at a glance
timetable-term-heading = Term at a glance — { $name }
timetable-times-in = Times in { $place } ({ $zone }).
timetable-column-session = Session
timetable-column-when = When
timetable-column-dates = Dates
# A series' usual time. $weekday ("Mon"), $time ("16:00–17:30")
timetable-usual = { $weekday } { $time }
# $usual (timetable-usual), $count (number of dates at other times)
timetable-other-times = { $usual } (other times on { $count ->
    [one] { $count } date
   *[other] { $count } dates
})
# A series' dates. $first, $last ("Mon 19 Oct"), $count (number of sessions, 2 or more)
timetable-dates = { $first } – { $last } · { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
# The timetable page, opening an edit link in the planner.
timetable-opening-planner = Opening the planner…
# The timetable page opened without a link.
timetable-open-the-link = Open the link for students your coordinator shared to see your timetable here.
timetable-plan-in-meridian = Plan a schedule in Meridian


# — end of “App: student timetable” —


## App: planner grid, session form, conflicts panel, time finder, best times panel
# ids: planner-*, grid-*, block-*, form-*, finder-*, conflicts-*, best-*, week-* (written by: app-planner)

# — end of “App: planner grid, session form, conflicts panel, time finder, best times panel” —


## App: dialogs
# ids: dialog-*, share-*, people-*, calendar-*, import-*, new-*, schedules-* (written by: app-dialogs)

# — end of “App: dialogs” —
