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
