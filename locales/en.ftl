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

# — end of “App: header, start page, banners, language menu, status lines” —


## App: student timetable
# ids: timetable-* (written by: app-shell)

# — end of “App: student timetable” —


## App: planner grid, session form, conflicts panel, time finder, best times panel
# ids: planner-*, grid-*, block-*, form-*, finder-*, conflicts-*, best-*, week-* (written by: app-planner)

# — end of “App: planner grid, session form, conflicts panel, time finder, best times panel” —


## App: dialogs
# ids: dialog-*, share-*, people-*, calendar-*, import-*, new-*, schedules-* (written by: app-dialogs)

# —— Shared by every dialog ——

# Buttons at the foot of a dialog.
dialog-cancel = Cancel
dialog-done = Done
dialog-save = Save
# A small link-like button that takes one item (a closure, a cohort, a period) out of a list.
dialog-remove = remove

# —— Share dialog ——

# The dialog's heading. $name (the schedule's name)
share-title = Share “{ $name }”
share-lead = The whole schedule travels inside the link: nothing is uploaded, and whoever opens it gets their own copy.
share-edit-heading = Link to edit
share-edit-hint = Opens in the planner as a copy that the recipient can change and save.
# Button beside a link: copies it to the clipboard.
share-copy = Copy
share-view-heading = Link for students
share-view-hint = Read-only: opens the timetable in each student's own time zone.
# Label of the select that narrows the students' link: "For [Everyone / a campus / a cohort]".
share-for = For
share-everyone = Everyone
share-one-campus = One campus
share-one-cohort = One cohort
share-download = Download calendar (.ics)
share-qr-heading = QR code
# Accessible name of the two radio buttons that choose which link the QR code holds.
share-qr-of = QR code of
# Radio buttons after "QR code of": which link the code holds.
share-qr-students = the link for students
share-qr-edit = the link to edit
# Accessible name of the QR code picture. $version (the QR code's version, a number 1–40)
share-qr-label-students = QR code of the link for students (version { $version })
share-qr-label-edit = QR code of the link to edit (version { $version })
# Under the QR code. $width (number of modules, the squares, along one side)
share-qr-caption = { $width }×{ $width } modules: point a phone camera at it, or put it on a slide.
share-qr-too-large = This schedule is too large for one QR code: share the link instead.
# Status lines after the Copy buttons.
share-copied-edit = Copied the link to edit to the clipboard.
share-copied-students = Copied the link for students to the clipboard.
share-copy-failed-edit = Could not copy: select the link to edit and press Ctrl+C (⌘C on a Mac).
share-copy-failed-students = Could not copy: select the link for students and press Ctrl+C (⌘C on a Mac).
# $file (the calendar file's name, e.g. enhance-autumn-2026.ics)
share-downloaded = Downloaded { $file }: open it with your calendar app to add every session.
share-download-failed = The calendar file could not be made in this browser.
# Under each link: how long it is. $count (number of characters)
share-length = { $count ->
    [one] { $count } character
   *[other] { $count } characters
}
# In place of a link that cannot be made. $reason (why, already worded, without a final period)
share-no-link = No link: { $reason }.
# Opens the system's share sheet (phones) with the students' link.
share-sheet = Share link for students…

# —— Import busy time (a partner's calendar file) ——

import-title = Import busy time
import-lead = A calendar file from a partner's timetabling system (TimeEdit, Untis, Google Calendar, Outlook). Its events become busy time in the conflict check and appear greyed in the grid. Nothing leaves this browser.
import-file = Calendar file (.ics)
# Label of the select: whose busy time the file is (a cohort, lecturer, room or campus).
import-busy-of = Busy time of
# Groups in that select.
import-group-cohorts = Cohorts
import-group-lecturers = Lecturers
import-group-rooms = Rooms
import-group-campuses = Whole campus (every cohort)
import-name = Name (optional)
import-name-placeholder = e.g. NTNU TimeEdit, autumn 2026
# The dialog's submit button.
import-submit = Import
import-choose-file = Choose a calendar file (.ics) first.
# $file (the file's name), $size (its size in MB, e.g. "12.5"), $limit (the largest size read, in MB, a number)
import-too-large = “{ $file }” is { $size } MB; Meridian reads calendar files up to { $limit } MB (export a shorter period).
import-unreadable = The file could not be read.
# $reason (why, already worded, without a final period)
import-nothing-imported = Nothing was imported: { $reason }.

# —— New schedule ——

new-title = New schedule
new-lead = Start from an alliance: its campuses come with their time zones and default teaching hours (Monday–Friday, 08:00–20:00 local), which you can change later.
new-alliance = Alliance
new-campuses = Campuses
# A campus to tick. $campus (its short name, e.g. NTNU), $city (its city)
new-campus = { $campus } ({ $city })
new-name = Name
new-name-placeholder = e.g. Sustainable Energy Systems — spring 2027
new-term-starts = Term starts
new-term-ends = Term ends
new-create = Create
new-dates-missing = Give the term's first and last day.
# The name a new schedule gets when none is typed. $alliance (the alliance's name, e.g. ENHANCE)
new-default-name = { $alliance } term
# The same, when no alliance is chosen.
new-default-name-plain = New term
# $reason (why, already worded, without a final period)
new-cannot-make = The schedule cannot be made: { $reason }.

# —— Campuses and people ——

people-title = Campuses and people
people-campuses = Campuses: teaching hours (HH:MM-HH:MM; empty = no teaching) and closures
# After a campus's short name. $city, $zone (its time zone, e.g. Europe/Oslo)
people-campus-place = · { $city } · { $zone }
# Accessible names of the remove buttons. $name (what is removed)
people-remove-campus-label = Remove campus { $name }
people-remove-campus = remove campus
people-remove-closure-label = Remove closure { $name }
people-remove-cohort-label = Remove cohort { $name }
people-remove-lecturer-label = Remove lecturer { $name }
people-remove-room-label = Remove room { $name }
# Accessible name of one day's teaching-hours field. $campus (short name), $weekday (e.g. Mon)
people-hours-label = { $campus } teaching hours on { $weekday }
# Placeholder of an empty teaching-hours field (no teaching that day).
people-hours-empty = —
# $hours (as typed), $weekday (e.g. Mon)
people-hours-refused = “{ $hours }” is not teaching hours for { $weekday }: write them as 08:00-18:00, or leave the field empty for no teaching.
# A closure in the campus's list. $name, $date (its first day, YYYY-MM-DD)
people-closure = { $name } — { $date }
# A closure over several days. $name, $start, $end (YYYY-MM-DD)
people-closure-span = { $name } — { $start } to { $end }
people-add-closure = Add a closure (name, date)
# Example in the field (a name, a comma and a date as YYYY-MM-DD).
people-add-closure-placeholder = Holiday, 2026-12-08
# $campus (short name)
people-add-closure-label = Add a closure at { $campus }
# $text (as typed)
people-closure-refused = “{ $text }” is not a closure: write its name, a comma and the date, e.g. Holiday, 2026-12-08.
people-add-campus = Add a campus: search a university, city or time zone
# A known university to add. $campus (short name), $city
people-add-known = + { $campus } ({ $city })
# Any place in a time zone. $city (a city), $zone (e.g. America/Bogota)
people-add-zone = + a campus in { $city } ({ $zone })
# The full name a campus added by city gets. $city
people-new-campus-name = Campus { $city }
people-cohorts = Cohorts
people-cohort-name = Cohort name
# Accessible name of a cohort's or room's campus select. $name (the cohort or room)
people-campus-of = Campus of { $name }
people-add-cohort = Add a cohort
# Names of new items before they are renamed.
people-new-cohort = New cohort
people-lecturers = Lecturers
people-lecturer-name = Lecturer name
people-add-lecturer = Add a lecturer
people-new-lecturer = New lecturer
people-rooms = Rooms
people-room-name = Room name
people-add-room = Add a room
people-new-room = New room
# After a removal. $removed (what went with it, already worded as sentences)
people-removed = { $removed } Save to keep it, Cancel to forget it.
# $reason (why, already worded, without a final period)
people-not-removed = Not removed: { $reason }.
people-not-changed = Not changed: { $reason }.

# —— A campus's calendar (inside Campuses and people) ——

calendar-region = Holiday region
# $campus (short name)
calendar-region-label = Holiday region of { $campus }
# First choice of the region select. $country (ISO code, e.g. DE, or "—" when none)
calendar-national-only = { $country } national holidays only
# Summary of the public-holiday list.
calendar-no-country = No country: only the closures typed in
# $country (ISO code)
calendar-loading = Public holidays ({ $country }): loading…
calendar-no-holidays = No public holidays in the term
# $count (number of public holidays), $taught (number of them the campus teaches on, 0 or more)
calendar-holidays = { $taught ->
    [0] Public holidays in the term ({ $count })
   *[other] Public holidays in the term ({ $count }, { $taught } taught)
}
calendar-unticked = Unticked: the campus teaches that day.
# A holiday's local name, then its English name. $name (English name)
calendar-english-name = ({ $name })
# Marks beside a holiday.
calendar-observed = observed
calendar-substitute = substitute day
calendar-we-teach = we teach
# A period in the campus's list. $kind (selects the label), $name, $start, $end (day and month, e.g. 1 Feb), $year
calendar-period = { $kind ->
    [exams] Exams
   *[lecture-free] Lecture-free
}: { $name } — { $start } to { $end } { $year }
# $name (the period)
calendar-remove-period-label = Remove period { $name }
# Fields that add a period: "Add an exam period (name, first day, last day)".
calendar-add-exams = Add an exam period (name, first day, last day)
calendar-add-lecture-free = Add lecture-free weeks (name, first day, last day)
# $campus (short name)
calendar-add-exams-label = Add an exam period at { $campus }
calendar-add-lecture-free-label = Add lecture-free weeks at { $campus }
# Examples in those fields (a name, a comma and two dates as YYYY-MM-DD).
calendar-exams-placeholder = Winter exams, 2027-02-01, 2027-02-19
calendar-lecture-free-placeholder = Christmas break, 2026-12-21, 2027-01-03
# $text (as typed)
calendar-period-refused = “{ $text }” is not a period: write its name, its first day and its last day, e.g. Winter exams, 2027-02-01, 2027-02-19.
calendar-import = Import academic calendar (.ics)…
# $campus (short name)
calendar-import-label = Import academic calendar (.ics) of { $campus }
# $file (the file's name), $size (in MB, e.g. "12.5"), $limit (largest size read, in MB, a number)
calendar-too-large = “{ $file }” is { $size } MB; Meridian reads calendar files up to { $limit } MB.
calendar-unreadable = The file could not be read.
# $reason (why, already worded, without a final period)
calendar-nothing-read = Nothing was read: { $reason }.
# $campus (short name)
calendar-academic-label = Academic calendar of { $campus }
calendar-no-events = No events in the term.
calendar-events = Events in the term, each kept as chosen:
# An event read from the file. $name, $when (a date, or "Mon 21 Dec to Sun 3 Jan 2027")
calendar-event = { $name }: { $when }
calendar-event-no-name = (no name): { $when }
# Accessible name of the select choosing what an event is kept as. $name, $when
calendar-keep-as = Keep { $name } ({ $when }) as
calendar-keep-no-name-as = Keep the event without a name ({ $when }) as
# Two dates of an event. $start (e.g. Mon 21 Dec), $end (e.g. Sun 3 Jan 2027)
calendar-event-span = { $start } to { $end }
# What an imported event is kept as.
calendar-as-closure = Closure
calendar-as-exams = Exam period
calendar-as-lecture-free = Lecture-free
calendar-as-skip = Skip
calendar-forget = Forget these
calendar-add = Add these

# —— My schedules (stored in this browser) ——

schedules-title = My schedules
schedules-lead = Kept in this browser's storage on this device only.
schedules-protected = The browser has agreed to keep it (it will not clear it to free space).
schedules-unprotected = The browser has not agreed to keep it: it may clear it to free space, and Safari clears it after seven days without a visit unless the app is installed.
schedules-protection-unknown = This browser does not say whether it will keep it.
schedules-keep-elsewhere = Export a file or copy the link to edit to keep a copy elsewhere.
# $name (the open schedule)
schedules-backup-changed = “{ $name }” has changed since you last exported or shared it.
schedules-backup-how = Its only copy is this browser: use Export file in the menu, or Share → Copy the link to edit and send it to yourself.
schedules-none = None yet: change a demo, open a shared link and save it, or make a new schedule.
# Accessible name of a schedule's name field. $name
schedules-name-label = Name of { $name }
schedules-open = Open
schedules-duplicate = Duplicate
# $name (the schedule to delete)
schedules-delete-label = Delete { $name }?
schedules-delete-question = Delete “{ $name }”?
schedules-delete = Delete
schedules-keep = Keep
schedules-delete-ask = Delete…
# $name (the schedule deleted)
schedules-deleted = Deleted “{ $name }”.
schedules-undo = Undo
schedules-damaged = Set aside as damaged
schedules-damaged-hint = These could not be read, so they were moved out of the way as they were. Download one to repair it by hand (it is the schedule's JSON), then open the file.
schedules-damaged-list = The list of schedules
# $id (the schedule's identity)
schedules-damaged-schedule = Schedule “{ $id }”
# $what (the damaged document, as above)
schedules-download-label = Download { $what }
schedules-download = Download
schedules-discard-label = Discard { $what }
schedules-discard = Discard
# $name (the open schedule), $count (number of versions kept)
schedules-kept = Kept versions of “{ $name }” ({ $count })
schedules-kept-hint = The versions you shared, received, or had before a merge (the last 20): compare one with yours to take back what you want.
# One kept version. $how (selects how it was kept), $version (its fingerprint, 8 letters and digits)
schedules-version = { $how ->
    [both] Shared and received
    [shared] Shared
    [received] Received
   *[had] Had before a merge
} · version { $version }
# $version (a kept version, as above)
schedules-compare-label = Compare with { $version }
schedules-compare = Compare…
schedules-discard-versions = Discard these versions
# The name of a copy kept beside a schedule. $name (the schedule's name)
schedules-copy-name = { $name } (copy)
# Problems with this browser's storage (shown after "That schedule could not be opened: " and the like).
schedules-storage-unavailable = this browser does not let Meridian keep schedules (private mode or storage turned off); your work stays open in this tab only
schedules-storage-full = this browser's storage for Meridian is full; your work stays open in this tab, and you can export it as a file
# $id (the schedule's identity), $reason (what is wrong, already worded)
schedules-damaged-left = the stored schedule "{ $id }" is damaged ({ $reason }); it was left untouched
schedules-damaged-set-aside = the stored schedule "{ $id }" is damaged ({ $reason }); it was set aside as it was, so nothing overwrites it, and “My schedules” offers it as a file
# $id (the schedule's identity)
schedules-missing = no schedule "{ $id }" is stored in this browser
# When the app starts.
schedules-list-repaired = The list of your stored schedules was damaged: it was set aside and made again from the schedules stored here (“My schedules” offers the damaged list as a file).
# $reason (why, already worded, without a final period)
schedules-unreadable = Your stored schedules could not be read: { $reason }.

# — end of “App: dialogs” —
