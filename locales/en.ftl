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
# The next session is on the reader's next calendar day
countdown-tomorrow = tomorrow

## Places
# Place names Meridian knows in English: every preset campus's city and the place of every time
# zone a preset campus is in. A message's id is `place-` and the name's slug (lower case, marks
# transliterated, other characters one "-": "Cambridge, MA" is place-cambridge-ma), found by that
# rule (crates/words/src/places.rs); crates/words/tests/places.rs checks that every preset's name
# has one. Write the name as the language's readers do (the zone's city as CLDR writes it where
# CLDR has it; tests/python/test_place_names.py compares). Any other name, as a coordinator typed
# it, is shown as typed. Names come into sentences without articles or case endings: phrase the
# messages that take $city or $place so the name reads in its dictionary form.
place-aachen = Aachen
place-amsterdam = Amsterdam
place-auckland = Auckland
place-bangkok = Bangkok
place-beijing = Beijing
place-berlin = Berlin
place-cambridge-ma = Cambridge, MA
place-chicago = Chicago
place-delft = Delft
place-gdansk = Gdańsk
place-gothenburg = Gothenburg
place-hangzhou = Hangzhou
place-houston = Houston
place-london = London
place-madrid = Madrid
place-manchester = Manchester
place-milan = Milan
place-moscow = Moscow
place-munich = Munich
place-nairobi = Nairobi
place-new-york = New York
place-oslo = Oslo
place-paris = Paris
place-rome = Rome
place-saint-petersburg = Saint Petersburg
place-santiago = Santiago
place-shanghai = Shanghai
place-singapore = Singapore
place-stockholm = Stockholm
place-toronto = Toronto
place-trondheim = Trondheim
place-ulaanbaatar = Ulaanbaatar
place-valencia = Valencia
place-warsaw = Warsaw
place-zuerich = Zürich
place-zurich = Zurich

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

# Names of holidays, periods and closures ($holiday, $period, $closure) are as the data or the
# coordinator wrote them, with no article: phrase around them where your language needs one.
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

# A series that starts at other local times at some campuses during the term. $weekdays (every
# weekday it meets on, "Tue, Fri", joined with weekday-list), $time (its start at the host),
# $place (the host's city), $rows (drift-row texts joined by "; ")
conflict-drift = { $session } ({ $weekdays } { $time } { $place } time) moves at partners during the term: { $rows }
# A list of weekdays, one more added: $list (the weekdays so far, "Tue"), $day ("Fri").
# Gives "Tue, Fri" for a series that meets on both.
weekday-list = { $list }, { $day }

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
hint-move-by = move { $session } { $minutes } min later
# Move a session later to when it is free, right after another session ($after, its title).
# $minutes (how much later), $time (the new start), $hour (number: $time's hour on a 24-hour
# clock, 0–23, for the languages whose words before a time depend on it: Italian "all'1:00" but
# "alle 10:00", Spanish "a la 1:00" but "a las 10:00"; the others read it and change nothing)
hint-move-after = move { $session } { $minutes } min later, to { $hour ->
   *[other] { $time }
}, after { $after }
# The same, to when a cohort or lecturer ($resource) is free.
hint-move-when-free = move { $session } { $minutes } min later, to { $hour ->
   *[other] { $time }
}, when { $resource } is free
# The same, to when a room is free. $room (its name), $free (the free window, "11:45–14:00")
hint-move-room-free = move { $session } { $minutes } min later, to { $hour ->
   *[other] { $time }
}: { $room } is free { $free } that day
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

# Errors are shown after a lead-in the front end writes ("Nothing was imported: …"), so they
# start in lower case. Quoted values ("…") are what the user gave, cut to 80 characters.
# Options such as --disambiguation and names such as Europe/Berlin stay as they are.

# $name (a time zone name as given)
error-unknown-zone = unknown time zone "{ $name }"; use an IANA name such as Europe/Berlin
# $name (as given), $suggestions (close zone names, joined with ", ")
error-unknown-zone-suggestions = unknown time zone "{ $name }"; did you mean { $suggestions }?
# $text (as given), $expected (a shape-* below, worded)
error-bad-date-time = cannot read "{ $text }" as a date or time; expected { $expected }
# How a date or time is written where one is expected (error-bad-date-time, form hints): the
# pattern as readers of the language write it (JJJJ-MM-TT in German, ÅÅÅÅ-MM-DD in Swedish).
shape-date = YYYY-MM-DD
shape-time = HH:MM
# A date and a time joined by the letter T (the T itself is not translated); an example where
# the pattern alone would be hard to read.
shape-date-time = YYYY-MM-DDTHH:MM
shape-time-range = HH:MM-HH:MM
shape-instant = RFC 3339, e.g. 2026-03-29T01:30:00Z
# $text (as given); the four words after "use" are option values, not translated
error-unknown-disambiguation = unknown disambiguation "{ $text }"; use compatible, earlier, later or reject
# $local (a date and time, 2026-03-29 02:30), $zone (Europe/Berlin), $skipped (02:00–03:00)
error-nonexistent-local-time = { $local } does not exist in { $zone }: the clocks skip { $skipped } that day; pick another time or use --disambiguation compatible
# $local (a date and time), $zone, $earlier and $later (UTC offsets such as +02:00)
error-ambiguous-local-time = { $local } happens twice in { $zone } (at UTC{ $earlier } and at UTC{ $later }); use --disambiguation earlier or later to choose
# $text (a date or time as given)
error-out-of-range = { $text } is out of range (years 1000 to 9999)
# A file that cannot be read as text or JSON. $line, $column (numbers), $problem (what is wrong, worded)
error-syntax = line { $line }, column { $column }: { $problem }
# $found (the format the file names), $format (the one Meridian reads, "meridian/1")
error-unsupported-format = format "{ $found }" is not one this version of Meridian reads (it reads "{ $format }"); if it came from a newer Meridian, open it there
# Something in a schedule that is not valid. $path (where, as a JSON path such as
# sessions[2].cohorts[0]; not translated), $problem (what is wrong, worded)
error-invalid = { $path }: { $problem }
# $what (characters or bytes), $size and $limit (numbers)
error-too-large-to-share = this schedule is too large for a share link: it needs { $size } { $what ->
    [characters] characters of link
   *[bytes] bytes unpacked
} and a link holds at most { $limit }; share the schedule as a file instead
# $problem (what is wrong, worded)
error-holiday-file = holiday file: { $problem }
# $line (number), $problem (what is wrong, worded)
error-holiday-file-line = holiday file, line { $line }: { $problem }
# $text (as given)
error-unknown-country = "{ $text }" is not a country code; use two letters (ISO 3166), with a region after a hyphen: DE, DE-BE, US-TX
# $country (a code such as DE), $region (as given)
error-unknown-region-none = { $country } has no region "{ $region }" in its holiday file; it has holidays for the whole country only
# $country, $region (as given), $regions (region codes joined with ", "), $more (number of
# codes not named; 0 when all are named)
error-unknown-region = { $country } has no region "{ $region }" in its holiday file; it has { $regions }{ $more ->
    [0] {""}
   *[other] {" "}and { $more } more
}
# $problem (what is wrong, worded)
error-calendar-file = calendar file: { $problem }
# $line (number), $problem (what is wrong, worded)
error-calendar-file-line = calendar file, line { $line }: { $problem }

# What is wrong in a calendar file (.ics), shown after error-calendar-file(-line). iCalendar
# names (BEGIN:VCALENDAR, DTSTART, DTEND, DURATION, RDATE, RRULE, FREQ, INTERVAL, COUNT, UNTIL,
# BYDAY, BYMONTH, TZOFFSETFROM, VTIMEZONE…) and examples of values (PT1H30M, +0100,
# YYYYMMDD, MO,WE, BYMONTH=3;BYDAY=-1SU) are the file's own and are not translated.
# $text, $what, $freq, $day, $part, $name: what the file has there, cut to 80 characters.
# $size, $max (numbers: megabytes)
problem-calendar-file-too-large = the file is { $size } MB; Meridian reads calendar files up to { $max } MB (export a shorter period)
problem-calendar-not-icalendar = this is not an iCalendar file (it should start with BEGIN:VCALENDAR)
# A line that starts with a space or tab continues the line before; the first cannot.
problem-calendar-starts-with-continuation = the file starts with a continuation line
# $text (the line)
problem-calendar-not-a-line = "{ $text }" is not a calendar line (NAME:value)
# $what (what the END: line ends, e.g. VEVENT)
problem-calendar-end-without-begin = END:{ $what } does not match the last BEGIN still open
problem-calendar-cut-off = the file ends before END:VCALENDAR (was it cut off?)
# $text (the value)
problem-calendar-not-a-date-time = "{ $text }" is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS)
# $text (a date-time outside the years 1000 to 9999 in its time zone)
problem-calendar-date-time-out-of-range = "{ $text }" is out of range
problem-calendar-date-out-of-range = date out of range
# $text (the DURATION value)
problem-calendar-not-a-duration = "{ $text }" is not a duration such as PT1H30M
# $text (a negative DURATION value, e.g. -PT15M)
problem-calendar-negative-duration = the event lasts { $text }: a length cannot be negative
problem-calendar-ends-before-start = the event ends (DTEND) before it starts (DTSTART)
problem-calendar-rdate-periods = RDATE with periods (start/end) is not supported; give dates or date-times
# $max (number of events)
problem-calendar-too-many-events = the calendar expands to more than { $max } events in the term; export a shorter period
problem-calendar-no-freq = the repeat rule has no FREQ
# $freq (the FREQ value, e.g. MONTHLY)
problem-calendar-freq-not-read = FREQ={ $freq } is not supported; Meridian reads daily and weekly repeating events
# $text (the INTERVAL value)
problem-calendar-interval = INTERVAL={ $text } is not a positive number
# $text (the COUNT value)
problem-calendar-count = COUNT={ $text } is not a number
problem-calendar-until-out-of-range = UNTIL out of range
# $day (one BYDAY entry, e.g. 1MO)
problem-calendar-byday = BYDAY={ $day } is not supported (only plain weekdays such as MO,WE)
# $part (the name of a repeat rule part, e.g. BYMONTH)
problem-calendar-rule-part = the repeat rule part { $part } is not supported; Meridian reads daily and weekly rules (FREQ, INTERVAL, COUNT, UNTIL, BYDAY)
# $name (the TZID as given). "W. Europe Standard Time" is a Windows zone name, not translated.
problem-calendar-unknown-zone = unknown time zone "{ $name }"; Meridian reads IANA names such as Europe/Berlin, Windows names such as W. Europe Standard Time, and zones the file defines in a VTIMEZONE
# A time zone rule is a STANDARD or DAYLIGHT part of a VTIMEZONE. $property (TZOFFSETFROM,
# TZOFFSETTO or DTSTART)
problem-calendar-zone-rule-without = a time zone rule without { $property }
# $text (the TZOFFSETFROM or TZOFFSETTO value)
problem-calendar-not-an-offset = "{ $text }" is not a UTC offset such as +0100
# $part (a part of the time zone rule's RRULE, e.g. FREQ=MONTHLY)
problem-calendar-zone-rule-part = the time zone rule { $part } is not supported; Meridian reads yearly rules by month and weekday (BYMONTH=3;BYDAY=-1SU)
problem-calendar-zone-rule-without-month = the time zone rule without BYMONTH is not supported; Meridian reads yearly rules by month and weekday (BYMONTH=3;BYDAY=-1SU)
# $max (number of clock changes)
problem-calendar-too-many-switches = this time zone switches more than { $max } times in the years imported
problem-calendar-schedule-term-out-of-range = the schedule's term is out of range
problem-calendar-term-out-of-range = the term is out of range

# What is wrong in a public-holiday file (data/holidays/DE.txt), shown after
# error-holiday-file(-line). The file's keys (country, source, years, languages, local,
# english, regions), the letters of its grammar (- o s * and a tab) and locales such as de or
# en_US are the file's own and are not translated.
# $text, $found, $code: what the file has there, cut to 80 characters.
# $bytes, $max (numbers)
problem-holiday-file-too-large = the file has { $bytes } bytes; a holiday file has at most { $max }
# $byte (number: the position of the byte in the file)
problem-holiday-not-utf8 = byte { $byte } is not UTF-8 text
problem-holiday-cut-off = the file does not end with a line break: it was cut off
problem-holiday-empty = the file is empty
# $found (the first line), $format (the first line Meridian reads, "meridian-holidays/1")
problem-holiday-not-a-holiday-file = "{ $found }" is not a holiday file of this Meridian (it reads { $format })
# $key (the line's first word, e.g. source; not translated)
problem-holiday-ends-before = the file ends before its `{ $key }` line
# $key (the line's first word, not translated), $found (the line found instead)
problem-holiday-expected-header = expected the `{ $key }` line, found "{ $found }"
# $text (as found)
problem-holiday-not-a-country-code = "{ $text }" is not a country code (two capital letters)
# $found (the rest of the years line); `years FIRST LAST` is the line's shape, not translated
problem-holiday-expected-years = expected `years FIRST LAST`, found "{ $found }"
# $text (as found)
problem-holiday-not-a-year = "{ $text }" is not a year (YYYY, 1000–9999)
# $first, $last (years, as text), $max (number of years)
problem-holiday-year-span = years { $first } to { $last }: the first must not be after the last, and a file covers at most { $max } years
# $text (as found)
problem-holiday-not-a-locale = "{ $text }" is not a locale such as de or en_US
# "-" on the languages line means "no locale"; it cannot be listed with others.
problem-holiday-dash-not-alone = `-` stands alone
# $text (as found), $max (number of characters)
problem-holiday-not-a-region-code = "{ $text }" is not a region code (1 to { $max } characters, not * or -)
problem-holiday-too-many-regions = a file lists at most 65,535 regions
# $code (a region code)
problem-holiday-region-twice = region "{ $code }" is listed twice
# $fields (number of fields, fewer than 5)
problem-holiday-too-few-fields = a holiday line has 5 fields separated by tabs (date, kind, scope, local name, English name); this one has { $fields }
problem-holiday-too-many-fields = a holiday line has 5 fields separated by tabs (date, kind, scope, local name, English name); this one has more
# $text (as found), $first, $last (the file's years, as text)
problem-holiday-not-a-date = "{ $text }" is not a date (YYYY-MM-DD) in the file's years { $first }–{ $last }
problem-holiday-out-of-date-order = the holidays are not in date order
# $text (as found); "-", "o" and "s" are the letters the file uses
# Kinds of day in a holiday file: "-" a public holiday on its date, "o" observed (the holiday
# kept on another day, e.g. the Monday after a Sunday), "s" a substitute day off given instead.
problem-holiday-not-a-kind = "{ $text }" is not a kind (- a holiday, o observed, s substituted)
# $code (a region code as found); "-" stands for the country's own calendar
problem-holiday-not-a-region = "{ $code }" is not one of the file's regions (or - first, for the country's own calendar)
# $code (a region code)
problem-holiday-region-out-of-order = region "{ $code }" is out of the order of the regions line, or listed twice
# $field (which name: source, local-name or english-name)
problem-holiday-empty-name = the { $field ->
    [source] source
    [local-name] local name
   *[english-name] English name
} is empty
problem-holiday-control-character = the { $field ->
    [source] source
    [local-name] local name
   *[english-name] English name
} holds a control character

# Why a share link cannot be opened. "#s1." etc. are parts of a link, not translated.
# $newest (number: the newest link version, so "#s1." to "#s4.")
link-not-a-link = this is not a Meridian link: a schedule link has "#s1." to "#s{ $newest }." ("#Q1." to "#Q{ $newest }." from a QR code) followed by letters and digits
link-cut-off = this link was cut off: copy the whole link again (mail and chat apps sometimes break long links)
# $version, $supported (numbers)
link-newer = this link was made by a newer Meridian (link version { $version }; this one reads version { $supported }): open it with the newest Meridian
link-damaged = this link is damaged (some characters were changed): ask the sender for it again
# $limit (number)
link-too-long = this link is larger than any schedule Meridian shares (limit { $limit }): it was not made by Meridian
# $problem (what is wrong, worded; may start with a JSON path and a colon)
link-invalid-schedule = this link is intact but the schedule in it is not valid ({ $problem }): it was not made by this Meridian; ask the sender for the schedule file

# What is wrong in a schedule, a request or an edit; shown after a JSON path (error-invalid)
# or on its own. $campus, $cohort, $session, $id, $name, $title, $text: names and ids as given.
# $byte (number), $value (the byte in hexadecimal, 0xFF)
problem-not-utf8 = byte { $byte } ({ $value }) is not UTF-8 text; save the file as UTF-8
# $bytes, $max (numbers of bytes)
problem-file-too-large = the file has { $bytes } bytes; Meridian reads schedules of at most { $max } bytes
problem-odd-byte-utf16 = an odd byte at the end in UTF-16 text; save the file as UTF-8 or UTF-16
problem-lone-surrogate = a lone surrogate in UTF-16 text; save the file as UTF-8 or UTF-16
# $format ("meridian/1")
problem-not-an-object = a schedule is a JSON object ({"{"} "format": "{ $format }", … {"}"})
problem-misplaced-list = is a list ([…]) where the format has an object ({"{"}…{"}"}) or a single value; see docs/schedule-format.md

# What the JSON reader found wrong in a file (a schedule file, or the list of schedules this
# browser keeps); shown after "line L, column C:" (error-syntax) or after a JSON path
# (error-invalid). JSON punctuation is quoted as code (`,`) and stays as it is in every language;
# so do `true`, `false` and `null`, which are written in the file as they are.

# $part (what the file ends inside: list, object, text, or value when a value should follow)
problem-json-ends-inside = the file ends { $part ->
    [list] inside a list: a `[` has no closing `]` (was the file cut off?)
    [object] inside an object: a `{"{"}` has no closing `{"}"}` (was the file cut off?)
    [text] inside a text: a `"` has no closing `"` (was the file cut off?)
   *[value] where a value should follow (is the file empty or cut off?)
}
# $token (what belongs here instead of what is found)
problem-json-expected-token = { $token ->
    [colon] a `:` is missing after the name
    [comma-or-list-end] a `,` between two items or a `]` closing the list is missing
    [comma-or-object-end] a `,` between two entries or a `{"}"}` closing the object is missing
    [quote] a name in quotes (`"`) is expected here
    [literal] `true`, `false` or `null` is misspelt here
   *[value] a value is expected here: text in quotes, a number, `true`, `false`, `null`, a list or an object
}
problem-json-invalid-escape = a `\` in a text is followed by a character that cannot follow it (write `\\` for a backslash itself)
problem-json-invalid-number = a number is written in a way the file format does not allow (such as `01`, `1.` or `+1`)
problem-json-number-out-of-range = a number is too large to be read
problem-json-invalid-unicode = a character code written with `\u` in a text stands for no character
problem-json-control-character = a text holds a line break or a tab as it is; write it as `\n` or `\t`
problem-json-key-not-text = a name in an object must be in quotes, as in `"name": value`
problem-json-trailing-comma = a `,` stands before a closing `]` or `{"}"}`; remove it
problem-json-text-after-end = there is more text after the end of the data
problem-json-too-deep = lists and objects are nested more than 128 levels deep
# A value found where another kind belongs, worded for problem-json-wrong-type and
# problem-json-out-of-range. $kind (text, number, bool, null, list, object), $text (the text
# or number as found; true or false for bool; empty otherwise)
problem-json-found = { $kind ->
    [text] the text "{ $text }"
    [number] the number { $text }
    [bool] `{ $text }`
    [null] `null`
    [list] a list
   *[object] an object
}
# The kind of value a place takes, worded for problem-json-wrong-type. $kind (text,
# whole-number, number, bool, null, list, object)
problem-json-expected = { $kind ->
    [text] text in quotes
    [whole-number] a whole number
    [number] a number
    [bool] `true` or `false`
    [null] `null`
    [list] a list (`[…]`)
   *[object] an object (`{"{"}…{"}"}`)
}
# $found (problem-json-found), $expected (problem-json-expected)
problem-json-wrong-type = { $found } where { $expected } belongs
# $found (problem-json-found), $min, $max (the least and the most the place takes, as digits)
problem-json-out-of-range = { $found } is out of range: a whole number from { $min } to { $max } belongs here
# A name the object does not have (misspelt, or from another program). $field (the name as
# found), $allowed (the names it has, in the file's spelling, separated by commas)
problem-json-unknown-field = "{ $field }" is not a field here (misspelt?); the fields here are { $allowed }
# $field (the name as found)
problem-json-no-fields = "{ $field }" is not a field here; nothing may be given here
# A value that is none of the names allowed. $value (as found), $allowed (the names allowed,
# in the file's spelling, separated by commas)
problem-json-unknown-value = "{ $value }" is not allowed here; allowed are { $allowed }
# $length (how many items the list has), $expected (how many it should have)
problem-json-wrong-length = a list of { $length ->
    [one] { $length } item
   *[other] { $length } items
} where { $expected ->
    [one] { $expected } item belongs
   *[other] { $expected } items belong
}
# $length (how many items the list has)
problem-json-wrong-length-any = a list of { $length ->
    [one] { $length } item
   *[other] { $length } items
} is not the length that belongs here
# $field (a field name in the file's spelling)
problem-json-duplicate-field = the field "{ $field }" is given twice
# $field (a field name in the file's spelling; the path before it ends with it)
problem-json-missing-field = missing; the field "{ $field }" must be given here

# $format ("meridian/1")
problem-format-not-string = must be the string "{ $format }"
# $format ("meridian/1")
problem-format-missing = missing; a Meridian schedule starts with "format": "{ $format }"
problem-id-empty = must not be empty
problem-no-campus = a schedule needs at least one campus
# $item (which kind of thing)
problem-id-missing = every { $item ->
    [campus] campus
    [cohort] cohort
    [lecturer] lecturer
    [room] room
    [session] session
   *[busy-calendar] busy calendar
} needs an id
# $item (which list), $id
problem-duplicate-id = two { $item ->
    [campus] campuses
    [cohort] cohorts
    [lecturer] lecturers
    [room] rooms
    [session] sessions
   *[busy-calendar] busy
} have the id "{ $id }"
problem-campus-code = campus "{ $campus }" needs a code of 1 to 5 characters, e.g. "BER"
# $max (number)
problem-campus-region = campus "{ $campus }" needs a region of 1 to { $max } characters as the holiday data names it, e.g. "BE" for DE-BE
problem-period-ends-before-start = period "{ $name }" ends before it starts
problem-closure-ends-before-start = closure "{ $name }" ends before it starts
# $cohort, $campus (ids)
problem-cohort-campus-missing = cohort "{ $cohort }" belongs to campus "{ $campus }", which is not in this schedule
# $room, $campus (ids)
problem-room-campus-missing = room "{ $room }" is at campus "{ $campus }", which is not in this schedule
# $lecturer, $campus (ids)
problem-lecturer-campus-missing = lecturer "{ $lecturer }" is at campus "{ $campus }", which is not in this schedule
# $busy (a busy calendar's id), $item (what it applies to), $id
problem-busy-target-missing = busy calendar "{ $busy }" applies to { $item ->
    [campus] campus
    [cohort] cohort
    [lecturer] lecturer
   *[room] room
} "{ $id }", which is not in this schedule
# $session (id), $item (what it refers to), $id
problem-session-reference-missing = session "{ $session }" refers to { $item ->
    [host-campus] host campus
    [cohort] cohort
    [lecturer] lecturer
   *[room] room
} "{ $id }", which is not in this schedule
problem-busy-target-not-one = busy calendar "{ $busy }" must apply to exactly one campus, cohort, lecturer or room
problem-busy-block-ends-before-start = busy block "{ $title }" ends before it starts
problem-busy-block-too-long = busy block "{ $title }" lasts more than 136 years; a share link could not carry it
problem-session-length = session "{ $session }" must last between 1 minute and 7 days
# $date (a date, 2026-10-21)
problem-change-without-occurrence = session "{ $session }" has no occurrence on { $date } to change
problem-change-length = must be between 1 minute and 7 days
problem-repeat-interval = must be between 1 and 52 weeks
problem-repeat-count = must be at least 1
# "until" and "count" are field names of the file, not translated
problem-until-and-count = give either until or count, not both
# $until, $first (dates, 2026-10-21)
problem-until-before-start = session "{ $session }" repeats until { $until }, before its first date { $first }
# $start, $end (dates, 2026-10-21)
problem-term-ends-before-start = the term ends ({ $end }) before it starts ({ $start })
problem-term-too-long = a term may last at most a year
# $text (as given), $pattern (shape-time, worded)
problem-seconds = "{ $text }" has seconds; a schedule is to the minute: write { $pattern }
problem-fraction-of-second = "{ $text }" has a fraction of a second; Meridian keeps whole seconds
# the seven abbreviations are the file's weekday keys, not translated
problem-not-a-weekday = "{ $text }" is not a weekday; use mon, tue, wed, thu, fri, sat or sun
# $day (a weekday key as given, mon)
problem-weekday-twice = { $day } is given twice; give each weekday's hours once
# $text (hours as given, 20:00-08:00)
problem-hours-end-before-start = teaching hours "{ $text }" end before they start
problem-no-demo = no demo schedule named "{ $name }"
# $item (what kind), $id
problem-unknown = the schedule has no { $item ->
    [campus] campus
    [cohort] cohort
    [lecturer] lecturer
   *[room] room
} "{ $id }"
# $item (what kind), $id
problem-nothing-to-change = there is no { $item ->
    [campus] campus
    [cohort] cohort
    [lecturer] lecturer
    [room] room
    [session] session
   *[busy-calendar] busy calendar
} "{ $id }" in this schedule to change
problem-no-campus-chosen = choose at least one campus
# $max (number)
problem-too-many-at-once = at most { $max } campuses and { $max } cohorts, lecturers and rooms at once
problem-map-length = a session lasts from 5 minutes to a week
# $questions, $answers (numbers)
problem-answer-count = { $questions } questions need { $questions } answers, not { $answers }
problem-not-a-fingerprint = "{ $text }" is not a fingerprint: one is 11 letters, digits, - or _
problem-view-link-extra-session = a view link holds a session its campus or cohort takes no part in
# $title (a session's title), $date (2026-10-21)
problem-no-occurrence = “{ $title }” has no occurrence on { $date }
problem-no-occurrence-to-change = “{ $title }” has no occurrence on { $date } to change
problem-no-occurrence-to-cancel = “{ $title }” has no occurrence on { $date } to cancel
problem-occurrence-length = “{ $title }” cannot be shorter than 5 minutes or longer than a week
problem-too-far-to-move = that is too far to move
problem-series-too-far = “{ $title }” cannot move that far
# $interval (number of weeks), $days (number)
problem-weeks-wrap = “{ $title }” meets every { $interval } weeks; moved by { $days } days some of its days would fall in weeks it does not meet. Move it within its week, or by whole weeks, or change its days in the form
# Refused: cancelling one date of a one-off session (it has only that date; deleting the
# session is the way to cancel it). $title
problem-one-off = “{ $title }” is a one-off session: delete it instead
problem-session-gone = that session is no longer in the schedule
# $campus (a campus's short name)
problem-only-campus = { $campus } is the schedule's only campus; add another first
# $campus (short name), $sessions (session titles, problem-titles-*), $count (number of sessions)
problem-campus-teaches = { $campus } cannot be removed while it teaches { $sessions }; have another campus teach { $count ->
    [one] it
   *[other] them
} first
# Lists of session titles. $first, $second (titles), $more (number not named)
problem-titles-one = “{ $first }”
problem-titles-two = “{ $first }” and “{ $second }”
problem-titles-more = “{ $first }”, “{ $second }” and { $more } more
# $item (what kind), $id
problem-not-in-schedule = there is no { $item ->
    [campus] campus
    [cohort] cohort
    [lecturer] lecturer
   *[room] room
} "{ $id }" in this schedule
problem-name-empty = a schedule needs a name
problem-period-needs-name = a period needs a name, e.g. "Winter exams"
# $campus (id), $period (a period's name)
problem-period-exists = campus "{ $campus }" has period "{ $period }" already
# $date (2026-10-21)
problem-academic-entry = an academic calendar entry on { $date } has no name or ends before it starts
problem-period-gone = that period is no longer in the schedule
problem-rotation-empty = the rotation has no slot or no week

# — end of “Engine: errors a user can act on” —


## Engine: what changed between two versions
# ids: change-*, compare-* (written by: engine-data)

# The Compare dialog: what changed between two versions, grouped by what it is about.
# Groups (a heading over lines)
change-group-schedule = Schedule
change-group-busy = Busy time
change-group-people = People and rooms
# $before, $after (the old and new names of a session — or, in a version's summary, of the
# schedule itself)
change-renamed-quoted = renamed “{ $before }” → “{ $after }”
# The schedule's identity: two different schedules compared. $before, $after (their ids, as
# change-alliance's texts)
change-id = identity “{ $before }” → “{ $after }” (two different schedules)
# A text that may be there or not, changed: the schedule's alliance, a session's course,
# meeting link or notes. $state ("added", "removed" or "changed"), $before, $after (the texts,
# on one line and cut to 80 characters; empty when not there)
change-alliance = { $state ->
    [added] alliance added: “{ $after }”
    [removed] alliance removed (was “{ $before }”)
   *[changed] alliance “{ $before }” → “{ $after }”
}
# $before, $after (change-term-span, worded)
change-term = term { $before } → { $after }
# A term: $start, $end ("7 Sep"), $year ("2026": the year of $end, the term's last day)
change-term-span = { $start } – { $end } { $year }
# $before, $after (lengths, "15 min")
change-breaks = breaks between sessions at least { $before } → { $after }
# $name (a busy calendar's name)
change-busy-removed = “{ $name }” removed
# $before, $after (numbers of blocks)
change-busy-blocks = “{ $name }”: { $before } blocks → { $after }
# $blocks (number)
change-busy-added = “{ $name }” added ({ $blocks } blocks)
# $before, $after (a busy calendar's names)
change-busy-renamed = “{ $before }” renamed “{ $after }”
# Whose busy time a calendar is. $name (the calendar), $before, $after (a cohort's, lecturer's
# or room's name, a campus's short name, or change-none)
change-busy-whose = “{ $name }”: busy time of { $before } → { $after }
# As many blocks as before, at other times. $blocks (number)
change-busy-times = “{ $name }”: { $blocks ->
    [one] { $blocks } block at another time
   *[other] { $blocks } blocks at other times
}
# As many blocks as before, at the same times under other titles. $blocks (number)
change-busy-titles = “{ $name }”: { $blocks ->
    [one] { $blocks } block under another title
   *[other] { $blocks } blocks under other titles
}
# $name (a campus's full name)
change-campus-removed = campus { $name } removed
change-campus-renamed = renamed { $before } → { $after }
# $before, $after (time zone names, Europe/Berlin)
change-zone = time zone { $before } → { $after }
# $day ("Fri"), $before, $after ("08:00–20:00" or change-no-teaching)
change-hours = teaching hours on { $day } { $before } → { $after }
change-no-teaching = no teaching
# A campus's own term. $before, $after (change-term-span or change-schedules-term)
change-campus-term = term { $before } → { $after }
# Instead of a term of its own: the campus follows the schedule's term.
change-schedules-term = as in the schedule
# A closure: $start, $end ("Mon 12 Apr"), $name (its name)
change-closure-span = { $start } – { $end } ({ $name })
change-closure-day = { $start } ({ $name })
# $closure (change-closure-*, worded)
change-reopened = closure removed: { $closure }
change-closed = closure added: { $closure }
# A campus's short name. $before, $after (short names)
change-campus-short = short name { $before } → { $after }
# A campus's code on the time rulers. $state (as change-alliance), $before, $after (codes, BER;
# empty when none: the code then comes from the short name)
change-campus-code = { $state ->
    [added] code { $after } (was taken from its short name)
    [removed] code taken from its short name (was { $before })
   *[changed] code { $before } → { $after }
}
# $before, $after (city names)
change-campus-city = city { $before } → { $after }
# The country whose public holidays the campus keeps. $before, $after (ISO codes, DE, or "—")
change-campus-country = country { $before } → { $after }
# The region whose public holidays the campus keeps too (calendar-region). $state (as
# change-alliance), $country (the campus's country, DE, or "—"), $before, $after (region codes, BE)
change-campus-region = { $state ->
    [added] holiday region { $after } (was { $country } national holidays only)
    [removed] { $country } national holidays only (was holiday region { $before })
   *[changed] holiday region { $before } → { $after }
}
# A public holiday the campus teaches on after all, or keeps again. $date ("Mon 24 May")
change-holiday-off = teaches on { $date } although it is a public holiday
change-holiday-on = { $date } is a public holiday again: no teaching
# A campus's lecture-free or exam period. $kind (lecture-free or exams), $start, $end
# ("Mon 1 Feb"), $name (the period's name)
change-period-added = { $kind ->
    [exams] exam period
   *[lecture-free] lecture-free period
} added: { $start } – { $end } ({ $name })
change-period-removed = { $kind ->
    [exams] exam period
   *[lecture-free] lecture-free period
} removed: { $start } – { $end } ({ $name })
# $zone (a time zone name)
change-campus-added = campus { $name } added ({ $zone })
# When a session takes place: $days ("Mon, Wed" or "Mon 12 Oct"), $span ("10:00–11:30"),
# $place (the city whose clock it keeps)
change-when = { $days } { $span } ({ $place })
# $weekday ("Mon"), $span ("05:00–06:30")
change-day-span = { $weekday } { $span }
# $weekday ("Mon"), $time ("10:00")
change-day-time = { $weekday } { $time }
# $before, $after (lengths, "1 h 30 min")
change-lengths = { $before } → { $after }
# $when (change-when, worded)
change-session-removed = removed ({ $when })
change-session-added = added ({ $when })
# A series added or removed. $when (change-when), $repeat (change-repeat-*)
change-series-added = added ({ $when }), repeats { $repeat }
change-series-removed = removed ({ $when }), repeated { $repeat }
# How often a series repeats. $interval (number of weeks from one session to the next; 1 is
# every week)
change-every = { $interval ->
    [1] every week
   *[other] every { $interval } weeks
}
# A series' rule. $every (change-every, worded), $date ("Fri 18 Dec": the last day it may fall on)
change-repeat-until = { $every } until { $date }
# $every (change-every), $count (number of times, skipped weeks included)
change-repeat-count = { $every }, { $count ->
    [one] { $count } time
   *[other] { $count } times
}
# $every (change-every): it runs to the end of the term
change-repeat-term = { $every } to the end of the term
# $before, $after (change-when, worded)
change-moved = moved from { $before } to { $after }
# $lengths (change-lengths), $when (change-when)
change-longer = longer: { $lengths } (now { $when })
change-shorter = shorter: { $lengths } (now { $when })
# $before, $after (campus short names)
change-hosted = hosted by { $before } → { $after }
# A one-off became a series. $repeat (change-repeat-*, worded)
change-now-repeats = now repeats { $repeat }
change-once = now takes place once
# $date ("Mon 12 Oct")
change-cancelled = cancelled on { $date }
change-again = takes place again on { $date }
# A series' rule changed. $before, $after (change-repeat-*, worded)
change-weeks = repeats { $after } (was { $before })
# One week of a series changed. $date ("Mon 12 Oct"), $what (change-usual or change-week-*
# joined with ", ")
change-week = that week only, { $date }: { $what }
change-usual = back to its usual time and rooms
# $time (change-day-time)
change-week-at = at { $time }
# $length ("1 h 30 min")
change-week-for = for { $length }
change-week-rooms = in other rooms
# $before, $after (names joined with ", ", or change-none)
change-cohorts = cohorts { $before } → { $after }
change-lecturer = lecturer { $before } → { $after }
change-rooms = rooms { $before } → { $after }
change-none = none
# As change-alliance: a session's course, meeting link and notes
change-course = { $state ->
    [added] course added: “{ $after }”
    [removed] course removed (was “{ $before }”)
   *[changed] course “{ $before }” → “{ $after }”
}
change-link = { $state ->
    [added] meeting link added: “{ $after }”
    [removed] meeting link removed (was “{ $before }”)
   *[changed] meeting link “{ $before }” → “{ $after }”
}
change-notes = { $state ->
    [added] notes added: “{ $after }”
    [removed] notes removed (were “{ $before }”)
   *[changed] notes “{ $before }” → “{ $after }”
}
# $kind (a session kind, as ics-kind)
change-kind = now a { $kind ->
    [joint-lecture] joint lecture
    [lecture] lecture
    [lab] lab
    [seminar] seminar
    [tutorial] tutorial
    [exam] exam
    [office-hours] office hours
   *[other] other
}
# A cohort, lecturer or room. $what (which), $name (its name)
change-person-removed = { $what ->
    [cohort] cohort
    [lecturer] lecturer
   *[room] room
} { $name } removed
change-person-added = { $what ->
    [cohort] cohort
    [lecturer] lecturer
   *[room] room
} { $name } added
# $what (as change-person-removed), $before, $after (its names)
change-person-renamed = { $what ->
    [cohort] cohort
    [lecturer] lecturer
   *[room] room
} { $before } renamed { $after }
# $name (its name), $before, $after (campus short names, or change-none)
change-person-campus = { $what ->
    [cohort] cohort
    [lecturer] lecturer
   *[room] room
} { $name }: campus { $before } → { $after }
# A cohort's size or a room's seats. $what (cohort or room), $name, $before, $after (numbers, or
# change-not-given)
change-person-size = { $what ->
    [cohort] cohort { $name }: size { $before } → { $after }
   *[room] room { $name }: seats { $before } → { $after }
}
change-not-given = not given

# The Compare dialog around the changes.
# A change's heading: $group (a session's title, a campus's name or a change-group-*)
compare-group = { $group }:
compare-not-alone = changed together with another difference (it cannot be made alone)
# Table heading over local times; the other columns are compare-mine/theirs/yours/after
compare-campus = Campus
compare-mine = Mine
compare-theirs = Theirs
compare-yours = Yours
compare-after = After
compare-no-effect = No change to conflicts.
# $conflict (a conflict's message, worded)
compare-new-conflict = New conflict: { $conflict }
compare-resolved = Resolved: { $conflict }
# What the open schedule is compared with (after "with" in compare-title)
compare-other-link = the link's version
# $name (a file name); it follows “with” in compare-title (“Compare … with “plan.json””)
compare-other-file = “{ $name }”
compare-other-tab = the version saved in another tab
compare-other-kept = a kept version
# The dialog's title. $name (the open schedule's name), $other (compare-other-*, worded)
compare-title = Compare “{ $name }” with { $other }
# $mine (number of changes made on this side since the shared version)
compare-lead-three-way = Both versions come from one this browser shared or received, so what only one side changed is taken as it is; { $mine ->
    [0] you changed nothing since then.
    [one] your 1 change since then stays.
   *[other] your { $mine } changes since then stay.
}
# Three-way, when no item was changed by both sides (no conflict of versions to settle);
# it must not read as "nothing changed on either side".
compare-no-questions = You and the other side did not change the same item, so there is no question to answer.
# $count (number of things changed on both sides)
compare-questions = { $count ->
    [one] 1 thing was
   *[other] { $count } things were
} changed on both sides: choose mine or theirs for each.
compare-lead-two-way = This version does not name one that this browser shared or received, so every difference is offered: untick what you do not want.
compare-questions-title = Changed on both sides
# $number (a question's number)
compare-question = Question { $number }
# The label of a question's choice. $name (what it is about)
compare-mine-or-theirs = { $name }: mine or theirs
# Before a question's change
compare-lead-mine-theirs = (mine → theirs)
compare-theirs-rather = Theirs rather than mine:
# $count (number of changes)
compare-changes-three-way = What the merge changes in yours ({ $count ->
    [one] 1 change
   *[other] { $count } changes
})
compare-differences = Differences ({ $count })
compare-none = None.
compare-accept = Accept
# $count (number of further changes between the two versions, not listed)
compare-more = and { $count } more
# $count (number of questions unanswered)
compare-choose = Choose mine or theirs for { $count ->
    [one] 1 item
   *[other] { $count } items
} to merge.
compare-cancel = Cancel
compare-merge = Merge
compare-merge-changes = Merge ({ $count ->
    [one] 1 change
   *[other] { $count } changes
})
# $accepted, $count (numbers)
compare-merge-differences = Merge ({ $accepted } of { $count ->
    [one] 1 difference
   *[other] { $count } differences
})

# File → Compare with…: the dialog that reads another version.
# $name (the open schedule's name)
compare-with-title = Compare “{ $name }” with…
compare-with-lead = Another version of this schedule — a partner's link or a file — to see what changed and merge it with yours. Nothing changes until you merge.
compare-with-link = A link to edit
compare-with-this-link = Compare with this link
# Between the link and the file button
compare-with-or = or
compare-with-file = Compare with a file…
compare-view-link = That is a link for students (read-only, perhaps for one campus): paste a link to edit.
# $problem (why, an error-* or link-* message)
compare-link-unread = That link could not be read: { $problem }.
# $name (a file name), $problem (why, an error-* message)
compare-file-unread-because = “{ $name }” could not be read: { $problem }.
compare-file-unread = “{ $name }” could not be read.

# What a removal in the Campuses & people dialog took with it. $what (a campus's, cohort's,
# lecturer's or room's name), $sessions (number of sessions that no longer name it), $busy
# (number of busy calendars removed with it)
change-removed = Removed { $what }{ $sessions ->
    [0] {""}
    [one] ; 1 session no longer includes it
   *[other] ; { $sessions } sessions no longer include it
}{ $busy ->
    [0] {""}
    [one] ; 1 calendar of busy time went too
   *[other] ; { $busy } calendars of busy time went too
}.
# The same for a campus removed with its cohorts or rooms: $with (change-removed-cohorts,
# -rooms, or both joined by change-removed-and)
change-removed-with = Removed { $what } with its { $with }{ $sessions ->
    [0] {""}
    [one] ; 1 session no longer includes it
   *[other] ; { $sessions } sessions no longer include it
}{ $busy ->
    [0] {""}
    [one] ; 1 calendar of busy time went too
   *[other] ; { $busy } calendars of busy time went too
}.
# $count (number)
change-removed-cohorts = { $count ->
    [one] 1 cohort
   *[other] { $count } cohorts
}
change-removed-rooms = { $count ->
    [one] 1 room
   *[other] { $count } rooms
}
# $first, $second (change-removed-cohorts and change-removed-rooms, worded)
change-removed-and = { $first } and { $second }

# A conflict both versions have on other dates (Compare dialog, `meridian diff`): a week of a
# weekly clash moved away, a closure that now also falls on a series. $conflict
# (compare-conflict-dates, worded)
compare-changed-conflict = Changed conflict: { $conflict }
# The conflict and how its dates changed. $conflict (the conflict's message as it reads after
# the change), $dates (compare-dates-gone, -added, -instead or -kept; two joined by
# compare-dates-and)
compare-conflict-dates = { $conflict } — { $dates }
# $dates (dates worded as “Mon 12 Oct”, joined by compare-dates-list; past three, the rest
# counted by compare-dates-more)
compare-dates-gone = no longer on { $dates }
compare-dates-added = now also on { $dates }
# When it keeps none of its earlier dates (after compare-dates-gone)
compare-dates-instead = now on { $dates } instead
# After compare-dates-gone. $count (how many dates it keeps; at least 1)
compare-dates-kept = still on { $count ->
    [one] 1 other date
   *[other] { $count } other dates
}
# Two of compare-dates-gone, -added, -instead, -kept in one line. $first, $second
compare-dates-and = { $first }; { $second }
# Dates in a list: $first (a date or a list), $second (the next date)
compare-dates-list = { $first }, { $second }
# The first dates and how many more. $dates (compare-dates-list), $count (how many not shown)
compare-dates-more = { $dates } and { $count ->
    [one] 1 more date
   *[other] { $count } more dates
}

# — end of “Engine: what changed between two versions” —


## Engine: best times and rotations
# ids: overlap-*, rotation-* (written by: engine-data)

# Why a campus cannot take a start in the map of best times (planner's best times panel, and
# `meridian slots`). $weekday ("Mon"), $time ("13:30" or "1:30 p.m."), $date ("5 Apr"), all worded.
# $span (how many weeks it applies to, overlap-every-week or overlap-weeks-from, worded)
overlap-every-week = every week
# $weeks (number), $date ("5 Apr")
overlap-weeks-from = { $weeks ->
    [one] 1 week
   *[other] { $weeks } weeks
} from { $date }
overlap-outside-hours = { $weekday } { $time }, outside teaching hours ({ $span })
overlap-other-weekday = { $weekday } { $time }, not a teaching day there ({ $span })
# $closure (a closure's name, as the coordinator typed it)
overlap-closed = closed for { $closure } ({ $span })
overlap-closed-unnamed = a closure day ({ $span })
overlap-outside-term = outside its term ({ $span })
# A start that moves at a campus when the clocks change. $why (overlap-clocks-* or a list of
# overlap-*-summer-time), $weeks (number)
overlap-clock-change = { $time } from { $date }: { $why } ({ $weeks ->
    [one] 1 week
   *[other] { $weeks } weeks
})
overlap-clocks-change = the clocks change
# $place (a city)
overlap-leaves-summer-time = { $place } leaves summer time
overlap-enters-summer-time = { $place } enters summer time
# $hours (a signed number of hours with the language's decimal separator, "+1", "-0.5", "-0,5")
overlap-clocks-move = clocks in { $place } move by { $hours } h
# Two reasons for one change: $first, $second (worded)
overlap-both = { $first } and { $second }
# A campus and why it fails (the planner). $campus (short name), $reasons (worded reasons joined with "; ")
overlap-campus-reasons = { $campus } { $reasons }
# The same in `meridian slots`. $failing, $weeks (numbers)
overlap-campus-fails = { $campus } fails { $failing } of { $weeks ->
    [one] 1 week
   *[other] { $weeks } weeks
}: { $reasons }
# $who (a cohort's, lecturer's or room's name), $weeks (number), $date ("5 Apr")
overlap-booked = { $who } is booked { $weeks ->
    [one] 1 week
   *[other] { $weeks } weeks
} from { $date }
# When a busy calendar's owner has no name
overlap-someone = Someone

# A rotation's burden at a campus: "Auckland 5 early, 2 at night". $campus (short name),
# $burdens (rotation-burden items joined with ", ")
rotation-tally = { $campus } { $burdens }
rotation-tally-none = { $campus } 0
# $count (number of sessions that fall in this burden for the campus in the rotation), $kind
# (which burden: at night, at the weekend, early, late, outside teaching hours)
rotation-burden = { $count } { $kind ->
    [night] at night
    [weekend] at the weekend
    [early] early
    [late] late
   *[outside-hours] outside teaching hours
}

# — end of “Engine: best times and rotations” —


## Engine: calendar files (ICS)
# ids: ics-* (written by: engine-data)

# Texts in an exported calendar file (.ics), around the schedule's own names.
# The calendar's name for a cohort's or campus's part: $schedule (the schedule's name), $who
# (a cohort's name or a campus's short name)
ics-calendar-name = { $schedule } · { $who }
# A room in an event's location: $room (its name), $campus (its campus's short name)
ics-room = { $room }, { $campus }
# An event's location when it has a meeting link
ics-online = Online
# An event description's first line: the session's kind (lower case, as in "joint lecture")
ics-kind = { $kind ->
    [joint-lecture] joint lecture
    [lecture] lecture
    [lab] lab
    [seminar] seminar
    [tutorial] tutorial
    [exam] exam
    [office-hours] office hours
   *[other] other
}
# The same after its course: $course (a course's name), $kind (ics-kind, worded)
ics-course-kind = { $course } · { $kind }
# $campus (the host campus's full name), $place (the city whose clock the session keeps)
ics-taught-from = Taught from { $campus } ({ $place })
# The same for a session kept on another zone's clock than its host's: $campus (the host
# campus's full name), $place (the zone's place, "Toronto")
ics-taught-from-elsewhere = Taught from { $campus }, on { $place } time
# $name (the lecturer's name)
ics-lecturer = Lecturer: { $name }
# $url (the meeting link)
ics-join = Join: { $url }

# — end of “Engine: calendar files (ICS)” —


## App: header, start page, banners, language menu, status lines
# ids: shell-*, start-*, banner-*, language-*, status-*, library-*, holidays-* (written by: app-shell)

# The product's name, in the header and on the timetable page without a link. Not translated.
shell-brand = Meridian
# The browser tab's title of the planner page and of the students' timetable page.
page-title-planner = Meridian — joint classes across time zones
page-title-timetable = Timetable — Meridian
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
# A newer release is installed and waits for this page (both pages): the bar at the bottom,
# and its button, which switches to the new release and reloads the page.
banner-release-ready = A newer version of Meridian is ready.
banner-release-reload = Reload to use it

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
# Storage that failed. $reason (why, one of the schedules-* messages at the end)
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

# Why storage failed (the $reason of status-storage-*) is said by schedules-storage-*,
# schedules-damaged-* and schedules-missing (App: dialogs).


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
# The same two flags on a date outside the current week
timetable-skipped-date = cancelled
timetable-moved-date = moved
# An agenda item's details. $length ("1 h 30 min"), $host (timetable-host-time), $rooms (a list)
timetable-meta = { $length } · host time { $host }
timetable-meta-rooms = { $length } · host time { $host } · { $rooms }
# The same for a session kept on another zone's clock than its host campus's: $time ("10:00",
# on that clock), $city (that zone's place, "Toronto"), $campus (the host's short name)
timetable-meta-elsewhere = { $length } · { $time } { $city } time · hosted by { $campus }
timetable-meta-elsewhere-rooms = { $length } · { $time } { $city } time · hosted by { $campus } · { $rooms }
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
# The timetable page while the app loads (before any of it runs: the post-build step writes
# this into the page in every language; it takes no variables).
timetable-opening = Opening the timetable…
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
# A week in the picker. $week (ISO week number), $year (number: Sunday's year), $days (Monday
# to Sunday as the language spans days: "19–25 Oct", "26 Oct – 1 Nov", "10月19日–25日")
week-label = Week { $week } · { $days } { $year }
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
# What would fix a conflict, under its message. $hint (a sentence, already worded)
conflicts-hint = Hint: { $hint }

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
# $pattern (shape-date, worded)
form-skip = Skipped dates ({ $pattern }, comma between)
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
# $pattern (shape-date, worded)
form-until-not-a-date = “Until” is a date, { $pattern }.
form-count-not-a-number = “Times” is a number.
# $pattern (shape-date, worded)
form-skip-not-a-date = Each skipped date is a date, { $pattern }.

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
best-start-everyone = New series starting { $start } (good for everyone: { $starts })
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
# $file (the file's name), $size (its size in MB with the language's decimal separator, "12.5", "12,5"), $limit (the largest size read, in MB, a number)
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
# $pattern (shape-time-range, worded)
people-campuses = Campuses: teaching hours ({ $pattern }; empty = no teaching) and closures
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
people-lecturers = Lecturers
people-lecturer-name = Lecturer name
people-add-lecturer = Add a lecturer
people-rooms = Rooms
people-room-name = Room name
people-add-room = Add a room
# After a removal. $removed (what went with it, already worded as sentences)
people-removed = { $removed } Save to keep this change, Cancel to forget it.
# $reason (why, already worded, without a final period)
people-not-removed = Not removed: { $reason }.
people-not-changed = Not changed: { $reason }.
# Campus select beside "Add a cohort": where the new cohort studies (it is named after it).
people-new-cohort-campus = Campus of the new cohort
# Placeholders of a new lecturer's and a new room's name field, which start empty.
people-lecturer-prompt = Type the lecturer's name
people-room-prompt = Type the room's name
# Saving the dialog with a cohort, lecturer or room that has no name. $item (which kind),
# $position (its place in its list, counted from 1)
problem-unnamed = { $item ->
    [cohort] cohort
    [lecturer] lecturer
   *[room] room
} { $position } in the list has no name; type one or remove it

# —— A campus's calendar (inside Campuses and people) ——

calendar-region = Holiday region
# $campus (short name)
calendar-region-label = Holiday region of { $campus }
# First choice of the region select. $country (ISO code, e.g. DE)
calendar-national-only = { $country } national holidays only
# The same, for a campus with no country (the select is then disabled; the summary below says
# what that means, calendar-no-country).
calendar-national-no-country = No country set
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
# A period in the campus's list. $kind (selects the label), $name, $start, $end (day and month, e.g. 1 Feb), $year (the
# year of $end, the period's last day)
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
# $file (the file's name), $size (in MB with the language's decimal separator, "12.5", "12,5"), $limit (largest size read, in MB, a number)
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
# A damaged document's buttons, labelled for screen readers: the list of schedules, or a
# schedule. $id (the schedule's identity)
schedules-download-list-label = Download the list of schedules
schedules-download-schedule-label = Download schedule “{ $id }”
schedules-download = Download
schedules-discard-list-label = Discard the list of schedules
schedules-discard-schedule-label = Discard schedule “{ $id }”
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
# The compare button of a kept version, labelled for screen readers. $version (its fingerprint)
schedules-compare-label = Compare version { $version } with yours
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
