### Meridian — Swedish messages (Svenska)
###
### Ordlista — ett ord för varje nyckelbegrepp, använt på samma sätt i alla meddelanden.
###   session = tillfälle
###   series = serie
###   course = kurs
###   cohort = grupp
###   campus = campus
###   host campus = värdcampus
###   teaching hours = undervisningstid
###   closure = stängning
###   clash = krock
###   conflict = konflikt
###   drift = förskjutning
###   clock change = tidsomställning
###   term = termin
###   share link = delningslänk

## Shared: lengths of time, counts

length-minutes = { $minutes } min
length-hours = { $hours } tim
length-hours-minutes = { $hours } tim { $minutes } min
shift-later = { $days ->
    [0] { $length } senare
   *[other] { $minutes ->
        [0] { $days ->
            [one] { $days } dag senare
           *[other] { $days } dagar senare
        }
       *[other] { $days ->
            [one] { $days } dag och { $length } senare
           *[other] { $days } dagar och { $length } senare
        }
    }
}
shift-earlier = { $days ->
    [0] { $length } tidigare
   *[other] { $minutes ->
        [0] { $days ->
            [one] { $days } dag tidigare
           *[other] { $days } dagar tidigare
        }
       *[other] { $days ->
            [one] { $days } dag och { $length } tidigare
           *[other] { $days } dagar och { $length } tidigare
        }
    }
}
countdown-now = nu
countdown-in = om { $length }
countdown-days = om { $days } dagar

## Engine: conflicts and their hints

conflict-resource-cohort = Grupp { $name }
conflict-resource-lecturer = Lärare { $name }
conflict-resource-room = Sal { $name }

conflict-double-booked = { $resource } har två tillfällen { $date }, { $first_span } och { $second_span } lokal tid i { $place } ({ $same ->
        [yes] två gånger { $first }
       *[no] { $first } och { $second }
    }, överlappar { $minutes } min)

conflict-short-break = { $resource } har bara { $gap } min mellan { $first } (slutar { $first_end }) och { $second } (börjar { $second_start }) { $date }, lokal tid i { $place }; regeln kräver { $rule } min

conflict-busy = { $resource } är upptagen { $date }, { $busy } lokal tid i { $place } ({ $calendar }), när { $session } äger rum { $meets }
conflict-busy-block = { $resource } är upptagen { $date }, { $busy } lokal tid i { $place } ({ $block }, från { $calendar }), när { $session } äger rum { $meets }

conflict-public-holiday = { $session } { $date } infaller på { $holiday }, en allmän helgdag vid { $campus } ({ $city }): grupperna där är lediga
conflict-public-holiday-translated = { $session } { $date } infaller på { $holiday } ({ $english }), en allmän helgdag vid { $campus } ({ $city }): grupperna där är lediga
conflict-lecture-free = { $session } { $date } infaller under { $period }, undervisningsfri period vid { $campus }
conflict-exam-period = { $session } { $date } ligger i tentaperioden { $ends_in_s ->
       *[other] vid { $campus }
    } ({ $period })
conflict-closed = { $session } { $date } infaller på { $closure } vid { $campus } (stängt)
conflict-closed-unnamed = { $session } { $date } infaller under en stängning vid { $campus } (stängt)

conflict-outside-term = { $session } { $date } ligger utanför terminen { $ends_in_s ->
       *[other] vid { $campus }
    } ({ $start } – { $end })
conflict-other-weekday = { $session } { $host_date } infaller { $date } vid { $campus }, { $span } lokal tid i { $city }, som inte är en undervisningsdag där
conflict-no-teaching-day = { $session } { $date } infaller på en dag då { $campus } inte undervisar ({ $span } lokal tid i { $city })
conflict-outside-hours = { $session } { $date } pågår { $span } lokal tid i { $city }, utanför undervisningstiden { $ends_in_s ->
       *[other] vid { $campus }
    } ({ $hours })

conflict-skipped-time = { $session }: { $time } finns inte { $date } i { $place } (klockan hoppar över { $from }–{ $to }); flyttat fram förbi omställningen
conflict-repeated-time = { $session }: { $time } inträffar två gånger { $date } i { $place } (UTC{ $earlier } och UTC{ $later }); den första gången gäller

conflict-drift = { $session } ({ $weekday } { $time } lokal tid i { $place }) flyttar sig hos partner under terminen: { $rows }

conflict-omitted = { $resource } har { $pairs } { $pairs ->
        [one] överlappande bokning till
       *[other] överlappande bokningar till
    } som inte listas (Meridian listar { $conflicts } konflikter eller { $overlaps } överlappningar per grupp, lärare eller sal)

conflict-repeats = { $message } (och { $more } { $more ->
        [one] datum till
       *[other] datum till
    }, till och med { $last })

drift-row = { $cities }: { $times }
drift-once = { $time } den { $date }
drift-until = { $time } till och med { $date }
drift-from = { $time } från { $date }
drift-between = { $time } från { $from } till { $to }

hint-move-by = flytta { $session } { $minutes } min
hint-move-after = flytta { $session } { $minutes } min till { $time }, efter { $after }
hint-move-when-free = flytta { $session } { $minutes } min till { $time }, när { $resource } är ledig
hint-move-room-free = flytta { $session } { $minutes } min till { $time }: { $room } är ledig { $free } den dagen
hint-no-free-time = { $resource } har inga lediga { $minutes } min senare den dagen
hint-common-window = alla som deltar är inom undervisningstiden { $span } lokal tid i { $place } den dagen
hint-skip-or-move = hoppa över detta datum eller flytta tillfället
hint-exams = studenterna kan ha tentor: flytta tillfället utanför perioden, eller behåll det om de inte har det
hint-avoid-switch-hour = välj en klocktid utanför omställningstimmen
hint-fix-listed-first = åtgärda först dubbelbokningarna som listas överst: kopior av ett tillfälle är den vanliga orsaken

resolution-gap = { $time } finns inte { $date } (klockan hoppar över { $from }–{ $to })
resolution-fold = { $time } inträffar två gånger { $date } (UTC{ $earlier } och UTC{ $later })

suggestion-errors = { $count ->
        [one] { $count } fel
       *[other] { $count } fel
    }
suggestion-warnings = { $count ->
        [one] { $count } varning
       *[other] { $count } varningar
    }
suggestion-errors-warnings = { $errors }, { $warnings }
suggestion-none = inga konflikter

## Engine: errors a user can act on

## Engine: what changed between two versions

## Engine: best times and rotations

## Engine: calendar files (ICS)

## App: header, start page, banners, language menu, status lines

## App: student timetable

## App: planner grid, session form, conflicts panel, time finder, best times panel

## App: dialogs
