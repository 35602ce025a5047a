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
