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

# — end of “App: dialogs” —
