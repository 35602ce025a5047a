### Meridian — Norwegian Bokmål messages (Norsk bokmål)
###
### Ordliste — ett ord for hvert nøkkelbegrep, brukt på samme måte i alle meldinger.
###   session = økt
###   series = serie
###   course = emne
###   cohort = gruppe
###   campus = campus
###   host campus = vertscampus
###   teaching hours = undervisningstid
###   closure = stenging
###   clash = kollisjon
###   conflict = konflikt
###   drift = forskyvning
###   clock change = tidsomstilling
###   term = semester
###   share link = delingslenke

## Shared: lengths of time, counts

length-minutes = { $minutes } min
length-hours = { $hours } t
length-hours-minutes = { $hours } t { $minutes } min
shift-later = { $days ->
    [0] { $length } senere
   *[other] { $minutes ->
        [0] { $days ->
            [one] { $days } dag senere
           *[other] { $days } dager senere
        }
       *[other] { $days ->
            [one] { $days } dag og { $length } senere
           *[other] { $days } dager og { $length } senere
        }
    }
}
shift-earlier = { $days ->
    [0] { $length } tidligere
   *[other] { $minutes ->
        [0] { $days ->
            [one] { $days } dag tidligere
           *[other] { $days } dager tidligere
        }
       *[other] { $days ->
            [one] { $days } dag og { $length } tidligere
           *[other] { $days } dager og { $length } tidligere
        }
    }
}
countdown-now = nå
countdown-in = om { $length }
countdown-days = om { $days } dager

## Engine: conflicts and their hints

conflict-resource-cohort = Gruppe { $name }
conflict-resource-lecturer = Foreleser { $name }
conflict-resource-room = Rom { $name }

conflict-double-booked = { $resource } har to økter { $date }, { $first_span } og { $second_span } lokal tid i { $place } ({ $same ->
        [yes] to ganger { $first }
       *[no] { $first } og { $second }
    }, overlapper { $minutes } min)

conflict-short-break = { $resource } har bare { $gap } min mellom { $first } (slutter { $first_end }) og { $second } (begynner { $second_start }) { $date }, lokal tid i { $place }; regelen krever { $rule } min

conflict-busy = { $resource } er opptatt { $date }, { $busy } lokal tid i { $place } ({ $calendar }), når { $session } holdes { $meets }
conflict-busy-block = { $resource } er opptatt { $date }, { $busy } lokal tid i { $place } ({ $block }, fra { $calendar }), når { $session } holdes { $meets }

conflict-public-holiday = { $session } { $date } faller på { $holiday }, en offentlig helligdag ved { $campus } ({ $city }): gruppene der har fri
conflict-public-holiday-translated = { $session } { $date } faller på { $holiday } ({ $english }), en offentlig helligdag ved { $campus } ({ $city }): gruppene der har fri
conflict-lecture-free = { $session } { $date } faller i { $period }, undervisningsfri periode ved { $campus }
conflict-exam-period = { $session } { $date } ligger i eksamensperioden { $ends_in_s ->
       *[other] ved { $campus }
    } ({ $period })
conflict-closed = { $session } { $date } faller på { $closure } ved { $campus } (stengt)
conflict-closed-unnamed = { $session } { $date } faller på en stenging ved { $campus } (stengt)

conflict-outside-term = { $session } { $date } ligger utenfor semesteret { $ends_in_s ->
       *[other] ved { $campus }
    } ({ $start } – { $end })
conflict-other-weekday = { $session } { $host_date } faller på { $date } ved { $campus }, { $span } lokal tid i { $city }, som ikke er en undervisningsdag der
conflict-no-teaching-day = { $session } { $date } faller på en dag { $campus } ikke underviser ({ $span } lokal tid i { $city })
conflict-outside-hours = { $session } { $date } går { $span } lokal tid i { $city }, utenfor undervisningstiden { $ends_in_s ->
       *[other] ved { $campus }
    } ({ $hours })

conflict-skipped-time = { $session }: { $time } finnes ikke { $date } i { $place } (klokka hopper over { $from }–{ $to }); flyttet fram forbi omstillingen
conflict-repeated-time = { $session }: { $time } kommer to ganger { $date } i { $place } (UTC{ $earlier } og UTC{ $later }); den første gangen gjelder

conflict-drift = { $session } ({ $weekday } { $time } lokal tid i { $place }) flytter seg hos partnere i løpet av semesteret: { $rows }

conflict-omitted = { $resource } har { $pairs } { $pairs ->
        [one] overlappende booking til
       *[other] overlappende bookinger til
    } som ikke er listet (Meridian lister { $conflicts } konflikter eller { $overlaps } overlappinger per gruppe, foreleser eller rom)

conflict-repeats = { $message } (og { $more } { $more ->
        [one] dato til
       *[other] datoer til
    }, til og med { $last })

drift-row = { $cities }: { $times }
drift-once = { $time } { $date }
drift-until = { $time } til og med { $date }
drift-from = { $time } fra { $date }
drift-between = { $time } fra { $from } til { $to }

hint-move-by = flytt { $session } { $minutes } min
hint-move-after = flytt { $session } { $minutes } min til { $time }, etter { $after }
hint-move-when-free = flytt { $session } { $minutes } min til { $time }, når { $resource } er ledig
hint-move-room-free = flytt { $session } { $minutes } min til { $time }: { $room } er ledig { $free } den dagen
hint-no-free-time = { $resource } har ikke { $minutes } min ledig senere den dagen
hint-common-window = alle som deltar, er innenfor undervisningstiden { $span } lokal tid i { $place } den dagen
hint-skip-or-move = hopp over denne datoen eller flytt økten
hint-exams = studentene kan ha eksamen: flytt økten ut av perioden, eller behold den hvis de ikke har det
hint-avoid-switch-hour = velg et klokkeslett utenfor omstillingstimen
hint-fix-listed-first = rett først opp dobbeltbookingene som er listet øverst: kopier av én økt er den vanlige årsaken

resolution-gap = { $time } finnes ikke { $date } (klokka hopper over { $from }–{ $to })
resolution-fold = { $time } kommer to ganger { $date } (UTC{ $earlier } og UTC{ $later })

suggestion-errors = { $count ->
        [one] { $count } feil
       *[other] { $count } feil
    }
suggestion-warnings = { $count ->
        [one] { $count } advarsel
       *[other] { $count } advarsler
    }
suggestion-errors-warnings = { $errors }, { $warnings }
suggestion-none = ingen konflikter

## Engine: errors a user can act on

## Engine: what changed between two versions

## Engine: best times and rotations

## Engine: calendar files (ICS)

## App: header, start page, banners, language menu, status lines

## App: student timetable

## App: planner grid, session form, conflicts panel, time finder, best times panel

## App: dialogs
