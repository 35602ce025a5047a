### Meridian — Italian messages
###
### Glossario: una parola per ogni termine chiave, usata allo stesso modo in ogni messaggio.
###   session = lezione
###   series = serie
###   course = corso
###   cohort = gruppo
###   campus = sede
###   host campus = sede ospitante
###   teaching hours = orario didattico
###   closure = chiusura
###   clash = sovrapposizione
###   conflict = conflitto
###   drift = slittamento
###   clock change = cambio dell'ora
###   term = periodo didattico
###   share link = link di condivisione
###
### Forma di cortesia: "tu" (come nelle app moderne); pulsanti all'infinito o imperativo breve.


## Shared: lengths of time, counts

length-minutes = { $minutes } min
length-hours = { $hours } h
length-hours-minutes = { $hours } h { $minutes } min
shift-later = { $days ->
    [0] { $length } più tardi
   *[other] { $minutes ->
        [0] { $days ->
            [one] { $days } giorno più tardi
           *[other] { $days } giorni più tardi
        }
       *[other] { $days ->
            [one] { $days } giorno e { $length } più tardi
           *[other] { $days } giorni e { $length } più tardi
        }
    }
}
shift-earlier = { $days ->
    [0] { $length } prima
   *[other] { $minutes ->
        [0] { $days ->
            [one] { $days } giorno prima
           *[other] { $days } giorni prima
        }
       *[other] { $days ->
            [one] { $days } giorno e { $length } prima
           *[other] { $days } giorni e { $length } prima
        }
    }
}
countdown-now = adesso
countdown-in = tra { $length }
countdown-days = tra { $days } giorni


## Engine: conflicts and their hints

conflict-resource-cohort = Gruppo { $name }
conflict-resource-lecturer = Docente { $name }
conflict-resource-room = Aula { $name }
conflict-double-booked = { $resource } ha due lezioni il { $date }, { $first_span } e { $second_span } ora di { $place } ({ $same ->
        [yes] due occorrenze di { $first }
       *[no] { $first } e { $second }
    }, sovrapposte per { $minutes } min)
conflict-short-break = { $resource } ha solo { $gap } min tra { $first } (finisce alle { $first_end }) e { $second } (inizia alle { $second_start }) il { $date }, ora di { $place }; la regola chiede { $rule } min
conflict-busy = { $resource } non è disponibile il { $date }, { $busy } ora di { $place } ({ $calendar }), quando si tiene { $session } { $meets }
conflict-busy-block = { $resource } non è disponibile il { $date }, { $busy } ora di { $place } ({ $block }, da { $calendar }), quando si tiene { $session } { $meets }
conflict-public-holiday = { $session } del { $date } coincide con { $holiday }, giorno festivo presso { $campus } ({ $city }): i suoi gruppi di quella sede non hanno lezione
conflict-public-holiday-translated = { $session } del { $date } coincide con { $holiday } ({ $english }), giorno festivo presso { $campus } ({ $city }): i suoi gruppi di quella sede non hanno lezione
conflict-lecture-free = { $session } del { $date } cade durante { $period }, periodo senza lezioni presso { $campus }
conflict-exam-period = { $session } del { $date } cade nella sessione d'esami di { $ends_in_s ->
        [yes] { $campus }
       *[no] { $campus }
    } ({ $period })
conflict-closed = { $session } del { $date } coincide con { $closure } presso { $campus } (sede chiusa)
conflict-closed-unnamed = { $session } del { $date } cade in un giorno di chiusura presso { $campus } (sede chiusa)
conflict-outside-term = { $session } del { $date } è fuori dal periodo didattico di { $ends_in_s ->
        [yes] { $campus }
       *[no] { $campus }
    } ({ $start } – { $end })
conflict-other-weekday = { $session } del { $host_date } presso { $campus } cade il { $date }, { $span } ora di { $city }, un giorno in cui lì non si fa lezione
conflict-no-teaching-day = { $session } del { $date } cade in un giorno in cui { $campus } non fa lezione ({ $span } ora di { $city })
conflict-outside-hours = { $session } del { $date } si tiene { $span } ora di { $city }, fuori dall'orario didattico di { $ends_in_s ->
        [yes] { $campus }
       *[no] { $campus }
    } ({ $hours })
conflict-skipped-time = { $session }: { $time } non esiste il { $date } a { $place } (l'ora { $from }–{ $to } viene saltata); la lezione è spostata dopo il cambio dell'ora
conflict-repeated-time = { $session }: { $time } si ripete due volte il { $date } a { $place } (UTC{ $earlier } e UTC{ $later }); vale la prima volta
conflict-drift = { $session } ({ $weekday } { $time } ora di { $place }) cambia orario presso le sedi partner durante il periodo didattico: { $rows }
conflict-omitted = { $resource } ha altre { $pairs } prenotazioni sovrapposte non elencate (Meridian elenca al massimo { $conflicts } conflitti o { $overlaps } sovrapposizioni per gruppo, docente o aula)
conflict-repeats = { $message } (e { $more ->
        [one] un'altra data
       *[other] altre { $more } date
    }, fino al { $last })
drift-row = { $cities }: { $times }
drift-once = { $time } il { $date }
drift-until = { $time } fino al { $date }
drift-from = { $time } dal { $date }
drift-between = { $time } dal { $from } al { $to }
hint-move-by = sposta { $session } di { $minutes } min
hint-move-after = sposta { $session } di { $minutes } min, alle { $time }, dopo { $after }
hint-move-when-free = sposta { $session } di { $minutes } min, alle { $time }, quando { $resource } è disponibile
hint-move-room-free = sposta { $session } di { $minutes } min, alle { $time }: l'aula { $room } è libera { $free } quel giorno
hint-no-free-time = { $resource } non ha { $minutes } min liberi più tardi quel giorno
hint-common-window = quel giorno tutti i partecipanti sono in orario didattico nella fascia { $span } (ora di { $place })
hint-skip-or-move = salta questa data o sposta la lezione di quel giorno
hint-exams = gli studenti potrebbero avere esami: sposta la lezione fuori dalla sessione, oppure mantienila se non ne hanno
hint-avoid-switch-hour = scegli un orario fuori dall'ora del cambio
hint-fix-listed-first = risolvi prima le doppie prenotazioni elencate: di solito la causa sono copie di una stessa lezione
resolution-gap = { $time } non esiste il { $date } (l'ora { $from }–{ $to } viene saltata)
resolution-fold = { $time } si ripete due volte il { $date } (UTC{ $earlier } e UTC{ $later })
suggestion-errors = { $count ->
        [one] { $count } errore
       *[other] { $count } errori
    }
suggestion-warnings = { $count ->
        [one] { $count } avviso
       *[other] { $count } avvisi
    }
suggestion-errors-warnings = { $errors }, { $warnings }
suggestion-none = nessun conflitto
