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
###   teaching hours  the hours of the day a campus teaches (e.g. 08:00–20:00)
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

# Every message in this section is one conflict or hint in the planner's conflict list and in
# `meridian check`. Names come as the schedule gives them ($session, $first, $second: session
# titles; $campus: a campus's short name; $city, $place: the city whose clock the times are on).
# Dates and times come worded: $date ("Tue 10 Mar 2026"), $time and $end ("11:45"), $span
# ("10:15–11:45"). Numbers of minutes are numbers. $resource is one of conflict-resource-*.
# $ends_in_s is "yes" when the campus's name ends in "s" (for an English possessive; other
# languages may ignore it).

# A cohort, lecturer or room named in a conflict. $name (its name in the schedule)
conflict-resource-cohort = Cohort { $name }
conflict-resource-lecturer = Lecturer { $name }
conflict-resource-room = Room { $name }

# Two sessions of one cohort, lecturer or room at once. $first_span, $second_span (times of
# each), $same ("yes" when both are occurrences of one session, $first), $minutes (overlap)
conflict-double-booked = { $resource } has two sessions on { $date }, { $first_span } and { $second_span } { $place } time ({ $same ->
        [yes] two occurrences of { $first }
       *[no] { $first } and { $second }
    }, overlapping { $minutes } min)

# Too short a break between two sessions of a cohort or lecturer. $first_end (when $first
# ends), $second_start (when $second starts), $gap (minutes between), $rule (minutes the
# schedule's rule asks for)
conflict-short-break = { $resource } has only { $gap } min between { $first } (ends { $first_end }) and { $second } (starts { $second_start }) on { $date }, { $place } time; the rule asks for { $rule } min

# A session meets while someone is busy in an imported calendar. $busy (the busy block's
# times), $calendar (the calendar's name), $meets (the session's times)
conflict-busy = { $resource } is busy on { $date }, { $busy } { $place } time ({ $calendar }) when { $session } meets { $meets }
# The same, when the busy block has a title: $block (its title)
conflict-busy-block = { $resource } is busy on { $date }, { $busy } { $place } time ({ $block }, from { $calendar }) when { $session } meets { $meets }

# A session on a public holiday at a campus. $holiday (its name in the country's language)
conflict-public-holiday = { $session } on { $date } falls on { $holiday }, a public holiday at { $campus } ({ $city }): its cohorts there are off
# The same with the holiday's English name too. $english (the holiday's name in English)
conflict-public-holiday-translated = { $session } on { $date } falls on { $holiday } ({ $english }), a public holiday at { $campus } ({ $city }): its cohorts there are off
# A session in a campus's lecture-free period. $period (the period's name)
conflict-lecture-free = { $session } on { $date } falls in { $period }, lecture-free at { $campus }
# A session in a campus's exam period. $period (the period's name)
conflict-exam-period = { $session } on { $date } is in { $ends_in_s ->
        [yes] { $campus }'
       *[no] { $campus }'s
    } exam period ({ $period })
# A session on a day a campus is closed. $closure (the closure's name)
conflict-closed = { $session } on { $date } falls on { $closure } at { $campus } (closed)
# The same when the closure has no name.
conflict-closed-unnamed = { $session } on { $date } falls on a closure at { $campus } (closed)

# A session outside a campus's own term. $start, $end (the term's first and last dates)
conflict-outside-term = { $session } on { $date } is outside { $ends_in_s ->
        [yes] { $campus }'
       *[no] { $campus }'s
    } term ({ $start } – { $end })
# A session on another weekday at a campus than at the host. $host_date (the date at the host,
# "Mon 2 Mar"), $date (the date at the campus), $span (the times there)
conflict-other-weekday = { $session } on { $host_date } is on { $date } at { $campus }, { $span } { $city } time, not a teaching day there
# A session on a day a campus does not teach. $span (the times there)
conflict-no-teaching-day = { $session } on { $date } is on a day { $campus } does not teach ({ $span } { $city } time)
# A session outside a campus's teaching hours. $span (the times there), $hours (its teaching
# hours that day, "09:00–17:00")
conflict-outside-hours = { $session } on { $date } runs { $span } { $city } time, outside { $ends_in_s ->
        [yes] { $campus }'
       *[no] { $campus }'s
    } teaching hours ({ $hours })

# A session whose time does not exist one day (the clocks skip it). $time (the time asked for),
# $date (ISO date, 2026-03-29), $from, $to (the skipped hour), $place (the session's clock)
conflict-skipped-time = { $session }: { $time } does not exist on { $date } (clocks skip { $from }–{ $to }) in { $place }; moved forward past the switch
# A session whose time happens twice one day. $earlier, $later (UTC offsets, +02:00)
conflict-repeated-time = { $session }: { $time } happens twice on { $date } (UTC{ $earlier } and UTC{ $later }) in { $place }; taken at its first occurrence

# A series that starts at other local times at some campuses during the term. $weekday ("Mon"),
# $time (its start at the host), $place (the host's city), $rows (drift-row texts joined by "; ")
conflict-drift = { $session } ({ $weekday } { $time } { $place } time) moves at partners during the term: { $rows }

# More clashes of one cohort, lecturer or room than are listed. $pairs (number not listed),
# $conflicts, $overlaps (the most listed per cohort, lecturer or room)
conflict-omitted = { $resource } has { $pairs } more overlapping bookings than are listed (Meridian lists { $conflicts } conflicts or { $overlaps } overlaps of a cohort, lecturer or room)

# A conflict that repeats on other dates. $message (the conflict on its first date), $more
# (number of other dates), $last (the last date)
conflict-repeats = { $message } (and { $more } more { $more ->
        [one] date
       *[other] dates
    }, until { $last })

# One campus's (or several campuses') local start times over the term in a drift. $cities
# (city names joined by ", "), $times (drift-* stretches joined by ", ")
drift-row = { $cities }: { $times }
# A stretch of a drift: one date. $time (local start), $date ("30 Mar")
drift-once = { $time } on { $date }
# The first stretch: until $date (its last date)
drift-until = { $time } until { $date }
# The last stretch: from $date (its first date)
drift-from = { $time } from { $date }
# A stretch between: $from, $to (its first and last dates)
drift-between = { $time } from { $from } to { $to }

# Hints: what would fix a conflict, shown after "Hint:".
# Move a session later to keep the minimum break. $minutes (how much later)
hint-move-by = move { $session } by { $minutes } min
# Move a session later to when it is free, right after another session ($after, its title).
# $minutes (how much later), $time (the new start)
hint-move-after = move { $session } by { $minutes } min to { $time }, after { $after }
# The same, to when a cohort or lecturer ($resource) is free.
hint-move-when-free = move { $session } by { $minutes } min to { $time }, when { $resource } is free
# The same, to when a room is free. $room (its name), $free (the free window, "11:45–14:00")
hint-move-room-free = move { $session } by { $minutes } min to { $time }: { $room } is free { $free } that day
# Nothing free later that day. $minutes (the session's length)
hint-no-free-time = { $resource } has no free { $minutes } min later that day
# When everyone is in teaching hours. $span ("09:00–11:00"), $place (the session's clock)
hint-common-window = everyone taking part is in teaching hours { $span } { $place } time that day
hint-skip-or-move = skip this date or move the occurrence
hint-exams = students may be sitting exams: move the occurrence out of the period, or keep it if they are not
hint-avoid-switch-hour = pick a wall-clock time outside the switch hour
hint-fix-listed-first = fix the double bookings listed first: copies of one session are the usual cause

# What a wall-clock time does at a clock change, as a note on a session (planner block tooltip,
# `meridian occurrences`, `meridian convert`). $time, $date (ISO date), $from, $to (the skipped
# hour), $earlier, $later (UTC offsets)
resolution-gap = { $time } does not exist on { $date } (clocks skip { $from }–{ $to })
resolution-fold = { $time } happens twice on { $date } (UTC{ $earlier } and UTC{ $later })
# The same on a session in the planner, with the zone whose clock it is: $zone (Europe/Berlin)
resolution-gap-in = { $time } does not exist on { $date } (clocks skip { $from }–{ $to }) in { $zone }
resolution-fold-in = { $time } happens twice on { $date } (UTC{ $earlier } and UTC{ $later }) in { $zone }

# How many conflicts a suggested time would cause (the time finder). $count (number)
suggestion-errors = { $count ->
        [one] { $count } error
       *[other] { $count } errors
    }
suggestion-warnings = { $count ->
        [one] { $count } warning
       *[other] { $count } warnings
    }
# $errors, $warnings (suggestion-errors and -warnings worded) when both are there
suggestion-errors-warnings = { $errors }, { $warnings }
suggestion-none = no conflicts

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

# The week grid's navigation (landmark name).
week-nav = Weeks of the term
week-previous = Previous week
week-next = Next week
# Hidden label of the week picker.
week-pick = Week
# A week in the picker when it lies within one month. $week (ISO week number), $first (day of
# the month of Monday, a number), $last (Sunday's day and month, "25 Oct"), $year (number)
week-label-one-month = Week { $week } · { $first }–{ $last } { $year }
# A week in the picker across two months. $first and $last (Monday's and Sunday's day and
# month, "26 Oct", "1 Nov"), $week, $year (numbers)
week-label = Week { $week } · { $first } – { $last } { $year }
# Beside the picker. $week (the shown week's place in the term), $weeks (weeks in the term)
week-position = term week { $week } of { $weeks }
# Label of the menu of drag steps (its options are lengths: "5 min", "15 min").
week-snap = Snap to
# Name of the strip of the term's weeks.
week-term-strip = Term at a glance: weeks with conflicts or clock switches
# One week of the term strip (a button's label). $week (its number in the term), $date (its
# Monday, "Mon 26 Oct"), $conflicts ("yes" when it has conflicts, else "no"), $switch ("yes" when
# some campus's clocks change that week, else "no")
week-cell = Week { $week } ({ $date }){ $conflicts ->
        [yes] , has conflicts
       *[no] {""}
    }{ $switch ->
        [yes] , clocks change
       *[no] {""}
    }
# Name of the list of the week's daylight-saving switches.
week-switches = Daylight-saving switches this week
# A daylight-saving switch in the shown week. $date ("Sun 25 Oct"), $campuses (the campuses that
# switch, joined with commas), $from and $to (the wall clock before and after, "03:00", "02:00";
# "24:00" is the end of a day), $offset (the UTC offset after it, "+01:00")
week-switch-forward = { $date }: { $campuses } — clocks go forward { $from } → { $to } (now UTC{ $offset })
week-switch-back = { $date }: { $campuses } — clocks go back { $from } → { $to } (now UTC{ $offset })

# The week grid's section name. $zone (the grid's time zone, "Europe/Berlin")
grid-label = Sessions, times in { $zone }
# Name of the phone's row of day tabs.
grid-day-tabs = Day
# The count of sessions on a day tab (read aloud). $count (number)
grid-day-count = { $count ->
        [one] { $count } session
       *[other] { $count } sessions
    }
# Name of the scrollable grid.
grid-scroll = Week grid, scrollable
# The viewer's own ruler: its narrow head and its full name.
grid-ruler-you = You
grid-ruler-your-time = Your time
# Read aloud on a ruler's head. $name (a campus, "TU Berlin", or "Your time")
grid-ruler = { $name } ruler
# A ruler's holiday mark, read aloud. $campus (its name), $days (its holidays, each "Thu 8 Oct:
# Día de la Comunidad Valenciana", joined with "; ")
grid-ruler-closed = { $campus } is closed: { $days }
# A ruler's UTC offset in its tooltip. $offset ("+01:00"), $abbreviation (the zone's, "CET", or
# the offset again where the zone has none)
grid-ruler-offset = UTC{ $offset } · { $abbreviation }
# A public holiday on a ruler. $date ("Thu 8 Oct"), $holiday (its local name)
grid-day-off = { $date }: { $holiday }
# The line under the grid. $zone (the grid's time zone), $editable ("yes" in the planner, where
# a session can be added by dragging, "no" in the students' timetable)
grid-legend = Grid times in { $zone } · rulers show each campus's local hours, shaded outside teaching hours · hover, focus or tap a session for its local time at every campus{ $editable ->
        [yes] {" "}· drag over empty time to add a session
       *[no] {""}
    }

# The tooltip of a session on the planner's grid: how to edit it with the keyboard and the
# pointer. $step (minutes a move steps by, 5 or 15)
block-keys = Enter or double click edits (this week only or every week); arrow keys move every week by { $step } minutes or a day; Shift with up and down changes the length; Delete removes the session (Ctrl+Z undoes). Drag to move, drag the lower edge to change the length.
# The tooltip of a session's lower edge.
block-resize = Drag to change the length
# In a session's details: this week was changed on its own.
block-changed = Changed this week only
# The title of imported busy time that has none.
block-busy-title = Busy
# In the details of imported busy time. $whose (a campus, cohort, lecturer or room), $calendar
# (the imported calendar's name), $time ("10:00–11:30")
block-busy = Busy for { $whose } (from { $calendar }), { $time }
# Hidden caption of a session's table of local times.
block-local-times = Local time at each campus
# Flags in that table: the campus's weekday differs from the host's; the time is outside the
# campus's teaching hours.
block-other-day = other day
block-outside-hours = outside hours
# The link to a session's online meeting.
block-join = Join online
# Beside a meeting address that is not a web link (shown as text, never as a link).
block-not-a-web-link = not a web link

# A generic Cancel button in the planner's dialogs.
planner-cancel = Cancel
# The question after a weekly series was dragged. $title (the session's title), $shift (how far
# it moved, worded: "30 min later", "1 day earlier")
planner-scope-move = Move “{ $title }” { $shift }?
# The same after its lower edge was dragged. $title, $length (how much, "15 min")
planner-scope-shorter = Make “{ $title }” { $length } shorter?
planner-scope-longer = Make “{ $title }” { $length } longer?
planner-scope-why = It is a weekly series. Change only the week you dragged, or every week of the series?
# $date (the dragged week's date, "Mon 26 Oct")
planner-scope-this-week = This week only ({ $date })
planner-scope-every-week = Every week
# The planner's main area (landmark name).
planner-main = Week grid

# The conflicts panel (landmark name) and its heading, followed by the counts.
conflicts-label = Conflicts
conflicts-title = Conflicts
# The counts beside the heading. $errors, $warnings, $notes (numbers)
conflicts-counts = { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    } · { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    } · { $notes ->
        [one] { $notes } note
       *[other] { $notes } notes
    }
# Beside the heading while the first check runs.
conflicts-checking-short = checking…
# The check's progress bar, and the line beside it (the first check; a check after a change).
conflicts-progress = Checking conflicts
conflicts-checking = Checking the schedule…
conflicts-checking-changed = Checking the changed schedule… The list below is from before the change.
conflicts-none = No conflicts: every session fits every campus, every week.
# The groups' headings. $count (conflicts in the group)
conflicts-errors = Errors ({ $count })
conflicts-warnings = Warnings ({ $count })
conflicts-notes = Daylight-saving drift and notes ({ $count })
# Hidden caption of a drift table (campuses × weeks → local start).
conflicts-drift-caption = Local start at each campus over the term
# Buttons under a conflict. $date ("Mon 26 Oct"), $title (a session's title), $holiday (a
# public holiday's name)
conflicts-show-week = Show week of { $date }
conflicts-find = Find a time for { $title }
conflicts-find-week = Find a time for { $title } on { $date } only
conflicts-teach-anyway = Teach on { $holiday } anyway
# Under a long group. $count (conflicts not shown yet)
conflicts-show-more = Show { $count } more

# The panel beside the grid while a session is dragged (landmark name).
planner-drag-label = Where the session would go
# Its heading. $title (the session's title), $date (the dragged week's date, "Tue 8 Sep")
planner-drag-title = { $title }, { $date }
planner-drag-checking = Conflicts are still being checked: what this move would add shows when they are.
planner-drag-ok = No new conflicts, even if every week moves.

# "Find a time" in the session form (section name, and its button).
finder-label = Find a time
finder-button = Find a time
# Beside the button, for one week of a series, and for a whole series or a new session.
finder-hint-week = tries every half hour of this week on the host's teaching days, checked against everything else that week
finder-hint-series = tries every half hour of the first week on the host's teaching days, each against the whole term
# The search's progress bar, the line beside it, and the button that stops it.
finder-progress = Finding a time
finder-searching = Trying every start of the week…
finder-stop = Stop
# A start: $date ("Thu 10 Sep"), $time ("10:15", "10:15 a.m.")
finder-when = { $date }, { $time }
# Above the suggestions. $place (the city whose clock the times are on), $when (the session's
# start now, a finder-when), $summary (what the check finds then: "3 errors", "fits")
finder-now = Times in { $place }. Now { $when }: { $summary }
finder-none-better = No other time this week is better.
# The search could not start. $reason (why, a sentence)
finder-refused = No times to suggest: { $reason }.

# The session form's heading: editing a session, adding one.
form-edit-title = Edit session
form-new-title = New session
# Opened from one week of a series: whether the change is for every week or that week only.
form-scope = Change
form-scope-every-week = every week of the series
# $date (the week's date, "Mon 26 Oct")
form-scope-this-week = only { $date } (this week)
# The note when only one week of a series is changed. $title (the session's title), $date
# ("Mon 26 Oct"), $place (the city whose clock the time is on)
form-week-note = { $title } on { $date }: the time is in { $place }. Title, cohorts, lecturer and the rest stay the series'; choose “every week” to change them.
# Field labels.
form-title = Title
form-course = Course
form-kind = Kind
# A session's kind in the Kind menu. $kind (a key: joint-lecture, lecture, lab, seminar,
# tutorial, exam, office-hours, other)
form-kind-option = { $kind ->
        [joint-lecture] joint lecture
        [lecture] lecture
        [lab] lab
        [seminar] seminar
        [tutorial] tutorial
        [exam] exam
        [office-hours] office hours
       *[other] other
    }
form-host = Taught from
# The time zone a session's time is fixed in; its first choice is the host campus's zone.
form-zone = Time is fixed in
form-zone-host = the host's zone
# The date of one week's change; the first date of a series or a single session.
form-date = Date
form-first-date = First date
form-starts-at = Starts at
form-length = Length (minutes)
# The button that opens the Best times panel, and the hint beside it.
form-best-times = Best times
form-best-times-hint = shades the week by how many campuses are inside teaching hours every week of the term, and proposes a fair rotation when no time suits everyone
form-repeats = Repeats
# The checkbox that makes a session a series.
form-weekly = every week or few weeks
form-interval = Every … weeks
form-until = Until (optional)
# How many times the series takes place.
form-count = Times (optional)
form-skip = Skipped dates (YYYY-MM-DD, comma between)
# The weekday checkboxes (read aloud).
form-weekdays = On these days (the first date's day when none)
form-cohorts = Cohorts
form-rooms = Rooms
form-lecturer = Lecturer
form-meeting = Online meeting link
# The example in the empty meeting link field.
form-meeting-placeholder = https://…
form-notes = Notes
# Buttons: one week of a series (cancel that week, close, save), a whole session (save an
# edited one, add a new one).
form-cancel-week = Cancel this week
form-close = Close
form-save-week = Save this week
form-save = Save
form-add = Add session
# What is wrong with the form, said when it is saved.
form-no-title = Give the session a title.
form-no-start = Give a start date and time.
form-length-not-a-number = The length is a number of minutes, e.g. 90.
form-interval-too-small = Repeat every 1 or more weeks.
form-until-not-a-date = “Until” is a date, YYYY-MM-DD.
form-count-not-a-number = “Times” is a number.
form-skip-not-a-date = Each skipped date is a date, YYYY-MM-DD.

# The Best times panel (landmark name) and its heading. $title (the session's title)
best-label = Best times
best-title = Best times for { $title }
best-title-new = Best times for a new series
best-close = Close
# The campuses ticked in the panel.
best-campuses = Campuses that must take part
best-length = Length (minutes)
best-tick-one = Tick at least one campus.
# The map could not be made; a rotation could not be proposed. $reason (why, a sentence)
best-no-map = No map of best times: { $reason }.
best-no-rotation = No rotation to propose: { $reason }.
# The panel's first line. $place (the city whose clock the starts are on), $weeks (number of
# weeks in the term)
best-intro = Times in { $place }. Shaded over the grid: how many ticked campuses are inside teaching hours at each start, in every week of the term ({ $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    }).
# The shading's key: every ticked campus; every one but something is booked; fewer than half.
best-key-all = all
best-key-booked = all, booked
best-key-fewer = fewer
best-point-hint = Point at a start on the grid or below for why campuses miss it; click one to start a series there.
# A start (a weekday and a time) and how it fares. $start ("Mon 13:30"), $state (one of the
# best-slot-… messages below)
best-slot = { $start }: { $state }
best-slot-no-week = no week of the term has this day
best-slot-everyone = suits every campus in every week it teaches
# $holding (campuses that hold it), $campuses (ticked campuses)
best-slot-holding = { $holding } of { $campuses } campuses inside teaching hours every week
# A campus fails a start only in weeks it is closed. $reason (the failure, worded)
best-closed-weeks-only = { $reason } — closed weeks only, which no start avoids
# A cohort, lecturer or room already taken at a start. $who (its name), $weeks (number of
# weeks), $date (the first, "5 Apr")
best-booked = { $who } is booked { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } from { $date }
# Whose booking, when the name is unknown.
best-someone = Someone
best-everyone-heading = Starts that suit everyone in every week
# A start's button (read aloud). $start ("Mon 13:30"); $starts (the run of starts the button
# stands for, "Mon 13:30–14:15", or one start)
best-start = New series starting { $start }
best-start-everyone = New series starting { $start } ({ $starts } suit everyone)
# $campuses (ticked campuses), $most (the most that any start suits)
best-none-suits = No start suits all { $campuses } campuses in every week of the term; { $most } of { $campuses } is the most. The closest:
best-no-rotation-found = No weekday start falls within the term in every week without a booking, so there is no rotation to propose.
# The proposed rotation's heading. $slots (number of weekly slots taken in turn)
best-rotation-heading = { $slots ->
        [one] One weekly slot is fairest
       *[other] A fair rotation of { $slots } weekly slots
    }
# $largest (most points for one campus), $total (points in all), $night (points a night
# session counts), $complete ("yes" when the search was complete, "no" when it stopped at its
# limit)
best-rotation-note = Taken in turn, week by week, so that night, early, late and weekend sessions are shared: at most { $largest } points for one campus, { $total } in all (a night counts { $night }){ $complete ->
        [no] {" "}(the search stopped at its limit; this is the best it found)
       *[yes] {""}
    }.
best-rotation-scroll = Local starts per campus, scrollable
best-rotation-caption = Each slot's local start at every campus
# The table's first column heading.
best-rotation-campus = Campus
# Under each slot's heading. $place (the city whose clock the slot is on)
best-rotation-place = in { $place }
# A local start at night: the moon's tooltip, and what a screen reader hears after the time.
best-night = at night
best-night-aside = (at night)
# Labels before the list of weeks ("26 Oct A, 2 Nov B") and the tally per campus.
best-rotation-weeks = Weeks:
best-rotation-tally = Inconvenient sessions per campus:
best-rotation-fairness = Fairness: each campus's inconvenient sessions are shared as evenly as the hours allow, a session at night (before 06:00 or ending after 23:00, marked ☾) counting as three. Check each campus's local times above.
best-rotation-use = Use this rotation
best-rotation-from-form = Open “Best times” from a session's form to replace it with this rotation.

# — end of “App: planner grid, session form, conflicts panel, time finder, best times panel” —


## App: dialogs
# ids: dialog-*, share-*, people-*, calendar-*, import-*, new-*, schedules-* (written by: app-dialogs)

# — end of “App: dialogs” —
