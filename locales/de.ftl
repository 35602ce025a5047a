### Meridian — German messages (Deutsch)
###
### Glossar — ein Wort für jeden Schlüsselbegriff, in jeder Meldung gleich verwendet.
###   session = Sitzung
###   series = Serie
###   course = Lehrveranstaltung
###   cohort = Gruppe
###   campus = Campus
###   host campus = Gastgebercampus
###   teaching hours = Lehrzeiten
###   closure = Schließzeit
###   clash = Überschneidung
###   conflict = Konflikt
###   drift = Verschiebung
###   clock change = Zeitumstellung
###   term = Semester
###   share link = Freigabelink

## Shared: lengths of time, counts

length-minutes = { $minutes } Min.
length-hours = { $hours } Std.
length-hours-minutes = { $hours } Std. { $minutes } Min.
shift-later = { $days ->
    [0] { $length } später
   *[other] { $minutes ->
        [0] { $days ->
            [one] { $days } Tag später
           *[other] { $days } Tage später
        }
       *[other] { $days ->
            [one] { $days } Tag und { $length } später
           *[other] { $days } Tage und { $length } später
        }
    }
}
shift-earlier = { $days ->
    [0] { $length } früher
   *[other] { $minutes ->
        [0] { $days ->
            [one] { $days } Tag früher
           *[other] { $days } Tage früher
        }
       *[other] { $days ->
            [one] { $days } Tag und { $length } früher
           *[other] { $days } Tage und { $length } früher
        }
    }
}
countdown-now = jetzt
countdown-in = in { $length }
countdown-days = in { $days } Tagen

## Engine: conflicts and their hints

conflict-resource-cohort = Gruppe { $name }
conflict-resource-lecturer = Lehrperson { $name }
conflict-resource-room = Raum { $name }

conflict-double-booked = { $resource } hat am { $date } zwei Sitzungen, { $first_span } und { $second_span } Ortszeit { $place } ({ $same ->
        [yes] zweimal { $first }
       *[no] { $first } und { $second }
    }, { $minutes } Min. Überschneidung)

conflict-short-break = { $resource } hat am { $date } nur { $gap } Min. zwischen { $first } (endet { $first_end }) und { $second } (beginnt { $second_start }), Ortszeit { $place }; die Regel verlangt { $rule } Min.

conflict-busy = { $resource } ist am { $date } { $busy } Ortszeit { $place } belegt ({ $calendar }), während { $session } stattfindet ({ $meets })
conflict-busy-block = { $resource } ist am { $date } { $busy } Ortszeit { $place } belegt ({ $block }, aus { $calendar }), während { $session } stattfindet ({ $meets })

conflict-public-holiday = { $session } am { $date } fällt auf { $holiday }, einen gesetzlichen Feiertag am Campus { $campus } ({ $city }): die Gruppen dort haben frei
conflict-public-holiday-translated = { $session } am { $date } fällt auf { $holiday } ({ $english }), einen gesetzlichen Feiertag am Campus { $campus } ({ $city }): die Gruppen dort haben frei
conflict-lecture-free = { $session } am { $date } fällt in { $period }, vorlesungsfreie Zeit am Campus { $campus }
conflict-exam-period = { $session } am { $date } liegt im Prüfungszeitraum { $ends_in_s ->
       *[other] am Campus { $campus }
    } ({ $period })
conflict-closed = { $session } am { $date } fällt auf { $closure } am Campus { $campus } (geschlossen)
conflict-closed-unnamed = { $session } am { $date } fällt in eine Schließzeit am Campus { $campus } (geschlossen)

conflict-outside-term = { $session } am { $date } liegt außerhalb des Semesters { $ends_in_s ->
       *[other] am Campus { $campus }
    } ({ $start } – { $end })
conflict-other-weekday = { $session } am { $host_date } fällt am Campus { $campus } auf { $date }, { $span } Ortszeit { $city }, dort kein Lehrtag
conflict-no-teaching-day = { $session } am { $date } fällt auf einen Tag, an dem am Campus { $campus } nicht gelehrt wird ({ $span } Ortszeit { $city })
conflict-outside-hours = { $session } am { $date } läuft { $span } Ortszeit { $city }, außerhalb der Lehrzeiten { $ends_in_s ->
       *[other] am Campus { $campus }
    } ({ $hours })

conflict-skipped-time = { $session }: { $time } gibt es am { $date } in { $place } nicht (die Uhr überspringt { $from }–{ $to }); auf die Zeit nach der Umstellung verschoben
conflict-repeated-time = { $session }: { $time } gibt es am { $date } in { $place } zweimal (UTC{ $earlier } und UTC{ $later }); es gilt das erste Mal

conflict-drift = { $session } ({ $weekday } { $time } Ortszeit { $place }) verschiebt sich im Semester bei Partnern: { $rows }

conflict-omitted = { $resource } hat { $pairs ->
        [one] { $pairs } weitere überlappende Buchung, die nicht aufgeführt ist
       *[other] { $pairs } weitere überlappende Buchungen, die nicht aufgeführt sind
    } (Meridian führt pro Gruppe, Lehrperson oder Raum { $conflicts } Konflikte oder { $overlaps } Überschneidungen auf)

conflict-repeats = { $message } (und an { $more } { $more ->
        [one] weiteren Termin
       *[other] weiteren Terminen
    } bis { $last })

drift-row = { $cities }: { $times }
drift-once = { $time } am { $date }
drift-until = { $time } bis { $date }
drift-from = { $time } ab { $date }
drift-between = { $time } vom { $from } bis { $to }

hint-move-by = { $session } um { $minutes } Min. verschieben
hint-move-after = { $session } um { $minutes } Min. auf { $time } verschieben, nach { $after }
hint-move-when-free = { $session } um { $minutes } Min. auf { $time } verschieben, wenn { $resource } frei ist
hint-move-room-free = { $session } um { $minutes } Min. auf { $time } verschieben: { $room } ist an diesem Tag { $free } frei
hint-no-free-time = { $resource } hat an diesem Tag später keine { $minutes } Min. mehr frei
hint-common-window = alle Beteiligten sind an diesem Tag { $span } Ortszeit { $place } in ihren Lehrzeiten
hint-skip-or-move = diesen Termin auslassen oder verschieben
hint-exams = Studierende schreiben womöglich Prüfungen: den Termin aus dem Zeitraum verschieben oder beibehalten, wenn nicht
hint-avoid-switch-hour = eine Uhrzeit außerhalb der Umstellungsstunde wählen
hint-fix-listed-first = zuerst die oben aufgeführten Doppelbuchungen beheben: meist sind Kopien einer Sitzung die Ursache

resolution-gap = { $time } gibt es am { $date } nicht (die Uhr überspringt { $from }–{ $to })
resolution-fold = { $time } gibt es am { $date } zweimal (UTC{ $earlier } und UTC{ $later })

suggestion-errors = { $count ->
        [one] { $count } Fehler
       *[other] { $count } Fehler
    }
suggestion-warnings = { $count ->
        [one] { $count } Warnung
       *[other] { $count } Warnungen
    }
suggestion-errors-warnings = { $errors }, { $warnings }
suggestion-none = keine Konflikte

## Engine: errors a user can act on

## Engine: what changed between two versions

## Engine: best times and rotations

## Engine: calendar files (ICS)

## App: header, start page, banners, language menu, status lines

## App: student timetable

## App: planner grid, session form, conflicts panel, time finder, best times panel

## App: dialogs
