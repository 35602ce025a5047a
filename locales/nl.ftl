### Meridian — Dutch messages (Nederlands)
###
### Woordenlijst — één woord per kernbegrip, in elk bericht op dezelfde manier gebruikt.
###   session = sessie
###   series = reeks
###   course = vak
###   cohort = groep
###   campus = campus
###   host campus = organiserende campus
###   teaching hours = onderwijstijden
###   closure = sluiting
###   clash = botsing
###   conflict = conflict
###   drift = verschuiving
###   clock change = tijdwissel
###   term = semester
###   share link = deellink

## Shared: lengths of time, counts

length-minutes = { $minutes } min
length-hours = { $hours } u
length-hours-minutes = { $hours } u { $minutes } min
shift-later = { $days ->
    [0] { $length } later
   *[other] { $minutes ->
        [0] { $days ->
            [one] { $days } dag later
           *[other] { $days } dagen later
        }
       *[other] { $days ->
            [one] { $days } dag en { $length } later
           *[other] { $days } dagen en { $length } later
        }
    }
}
shift-earlier = { $days ->
    [0] { $length } eerder
   *[other] { $minutes ->
        [0] { $days ->
            [one] { $days } dag eerder
           *[other] { $days } dagen eerder
        }
       *[other] { $days ->
            [one] { $days } dag en { $length } eerder
           *[other] { $days } dagen en { $length } eerder
        }
    }
}
countdown-now = nu
countdown-in = over { $length }
countdown-days = over { $days } dagen

## Engine: conflicts and their hints

conflict-resource-cohort = Groep { $name }
conflict-resource-lecturer = Docent { $name }
conflict-resource-room = Zaal { $name }

conflict-double-booked = { $resource } heeft op { $date } twee sessies, { $first_span } en { $second_span } lokale tijd in { $place } ({ $same ->
        [yes] twee keer { $first }
       *[no] { $first } en { $second }
    }, { $minutes } min overlap)

conflict-short-break = { $resource } heeft op { $date } maar { $gap } min tussen { $first } (eindigt { $first_end }) en { $second } (begint { $second_start }), lokale tijd in { $place }; de regel vraagt { $rule } min

conflict-busy = { $resource } is bezet op { $date }, { $busy } lokale tijd in { $place } ({ $calendar }), terwijl { $session } plaatsvindt ({ $meets })
conflict-busy-block = { $resource } is bezet op { $date }, { $busy } lokale tijd in { $place } ({ $block }, uit { $calendar }), terwijl { $session } plaatsvindt ({ $meets })

conflict-public-holiday = { $session } op { $date } valt op { $holiday }, een officiële feestdag bij { $campus } ({ $city }): de groepen daar zijn vrij
conflict-public-holiday-translated = { $session } op { $date } valt op { $holiday } ({ $english }), een officiële feestdag bij { $campus } ({ $city }): de groepen daar zijn vrij
conflict-lecture-free = { $session } op { $date } valt in { $period }, collegevrij bij { $campus }
conflict-exam-period = { $session } op { $date } valt in de tentamenperiode { $ends_in_s ->
       *[other] van { $campus }
    } ({ $period })
conflict-closed = { $session } op { $date } valt op { $closure } bij { $campus } (gesloten)
conflict-closed-unnamed = { $session } op { $date } valt op een sluitingsdag bij { $campus } (gesloten)

conflict-outside-term = { $session } op { $date } valt buiten het semester { $ends_in_s ->
       *[other] van { $campus }
    } ({ $start } – { $end })
conflict-other-weekday = { $session } op { $host_date } valt bij { $campus } op { $date }, { $span } lokale tijd in { $city }, en dat is daar geen lesdag
conflict-no-teaching-day = { $session } op { $date } valt op een dag waarop { $campus } geen onderwijs geeft ({ $span } lokale tijd in { $city })
conflict-outside-hours = { $session } op { $date } loopt { $span } lokale tijd in { $city }, buiten de onderwijstijden { $ends_in_s ->
       *[other] van { $campus }
    } ({ $hours })

conflict-skipped-time = { $session }: { $time } bestaat niet op { $date } in { $place } (de klok slaat { $from }–{ $to } over); verplaatst naar na de tijdwissel
conflict-repeated-time = { $session }: { $time } komt op { $date } twee keer voor in { $place } (UTC{ $earlier } en UTC{ $later }); de eerste keer geldt

conflict-drift = { $session } ({ $weekday } { $time } lokale tijd in { $place }) verschuift tijdens het semester bij partners: { $rows }

conflict-omitted = { $resource } heeft nog { $pairs } overlappende { $pairs ->
        [one] boeking
       *[other] boekingen
    } die niet in de lijst staan (Meridian toont per groep, docent of zaal { $conflicts } conflicten of { $overlaps } overlappingen)

conflict-repeats = { $message } (en op nog { $more } { $more ->
        [one] datum
       *[other] data
    }, tot { $last })

drift-row = { $cities }: { $times }
drift-once = { $time } op { $date }
drift-until = { $time } tot { $date }
drift-from = { $time } vanaf { $date }
drift-between = { $time } van { $from } tot { $to }

hint-move-by = verplaats { $session } { $minutes } min
hint-move-after = verplaats { $session } { $minutes } min naar { $time }, na { $after }
hint-move-when-free = verplaats { $session } { $minutes } min naar { $time }, wanneer { $resource } vrij is
hint-move-room-free = verplaats { $session } { $minutes } min naar { $time }: { $room } is die dag vrij van { $free }
hint-no-free-time = { $resource } heeft later die dag geen { $minutes } min vrij
hint-common-window = iedereen die meedoet zit die dag binnen de onderwijstijden { $span } lokale tijd in { $place }
hint-skip-or-move = sla deze datum over of verplaats de sessie op die dag
hint-exams = studenten hebben misschien tentamens: verplaats de sessie buiten de periode, of laat hem staan als dat niet zo is
hint-avoid-switch-hour = kies een kloktijd buiten het uur van de tijdwissel
hint-fix-listed-first = los eerst de dubbele boekingen bovenaan op: meestal zijn kopieën van één sessie de oorzaak

resolution-gap = { $time } bestaat niet op { $date } (de klok slaat { $from }–{ $to } over)
resolution-fold = { $time } komt op { $date } twee keer voor (UTC{ $earlier } en UTC{ $later })

suggestion-errors = { $count ->
        [one] { $count } fout
       *[other] { $count } fouten
    }
suggestion-warnings = { $count ->
        [one] { $count } waarschuwing
       *[other] { $count } waarschuwingen
    }
suggestion-errors-warnings = { $errors }, { $warnings }
suggestion-none = geen conflicten

## Engine: errors a user can act on

## Engine: what changed between two versions

## Engine: best times and rotations

## Engine: calendar files (ICS)

## App: header, start page, banners, language menu, status lines

## App: student timetable

## App: planner grid, session form, conflicts panel, time finder, best times panel

## App: dialogs
