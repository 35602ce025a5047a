### Meridian — French messages
###
### Glossaire : un seul mot pour chaque terme clé, employé de la même façon dans tous les messages.
###   session = séance
###   series = série
###   course = cours
###   cohort = groupe
###   campus = campus
###   host campus = campus hôte
###   teaching hours = horaires d'enseignement
###   closure = fermeture
###   clash = chevauchement
###   conflict = conflit
###   drift = décalage
###   clock change = changement d'heure
###   term = période d'enseignement
###   share link = lien de partage
###
### On vouvoie l'utilisateur ; les boutons sont à l'infinitif.


## Shared: lengths of time, counts

length-minutes = { $minutes } min
length-hours = { $hours } h
length-hours-minutes = { $hours } h { $minutes } min
shift-later = { $days ->
    [0] { $length } plus tard
   *[other] { $minutes ->
        [0] { $days ->
            [one] { $days } jour plus tard
           *[other] { $days } jours plus tard
        }
       *[other] { $days ->
            [one] { $days } jour et { $length } plus tard
           *[other] { $days } jours et { $length } plus tard
        }
    }
}
shift-earlier = { $days ->
    [0] { $length } plus tôt
   *[other] { $minutes ->
        [0] { $days ->
            [one] { $days } jour plus tôt
           *[other] { $days } jours plus tôt
        }
       *[other] { $days ->
            [one] { $days } jour et { $length } plus tôt
           *[other] { $days } jours et { $length } plus tôt
        }
    }
}
countdown-now = maintenant
countdown-in = dans { $length }
countdown-days = dans { $days } jours


## Engine: conflicts and their hints

conflict-resource-cohort = Groupe { $name }
conflict-resource-lecturer = Enseignant { $name }
conflict-resource-room = Salle { $name }
conflict-double-booked = { $resource } a deux séances le { $date }, { $first_span } et { $second_span } heure de { $place } ({ $same ->
        [yes] deux occurrences de { $first }
       *[no] { $first } et { $second }
    }, chevauchement de { $minutes } min)
conflict-short-break = { $resource } n'a que { $gap } min entre { $first } (fin à { $first_end }) et { $second } (début à { $second_start }) le { $date }, heure de { $place } ; la règle demande { $rule } min
conflict-busy = { $resource } n'est pas disponible le { $date }, { $busy } heure de { $place } ({ $calendar }), alors que { $session } a lieu { $meets }
conflict-busy-block = { $resource } n'est pas disponible le { $date }, { $busy } heure de { $place } ({ $block }, calendrier { $calendar }), alors que { $session } a lieu { $meets }
conflict-public-holiday = { $session } du { $date } tombe le jour de { $holiday }, jour férié à { $campus } ({ $city }) : ses groupes de ce campus n'ont pas cours
conflict-public-holiday-translated = { $session } du { $date } tombe le jour de { $holiday } ({ $english }), jour férié à { $campus } ({ $city }) : ses groupes de ce campus n'ont pas cours
conflict-lecture-free = { $session } du { $date } tombe pendant { $period }, période sans cours à { $campus }
conflict-exam-period = { $session } du { $date } tombe pendant la session d'examens de { $ends_in_s ->
        [yes] { $campus }
       *[no] { $campus }
    } ({ $period })
conflict-closed = { $session } du { $date } tombe pendant { $closure } à { $campus } (fermé)
conflict-closed-unnamed = { $session } du { $date } tombe pendant une fermeture de { $campus } (fermé)
conflict-outside-term = { $session } du { $date } est en dehors de la période d'enseignement de { $ends_in_s ->
        [yes] { $campus }
       *[no] { $campus }
    } ({ $start } – { $end })
conflict-other-weekday = { $session } du { $host_date } tombe le { $date } à { $campus }, { $span } heure de { $city }, un jour sans enseignement sur ce campus
conflict-no-teaching-day = { $session } du { $date } tombe un jour où { $campus } n'enseigne pas ({ $span } heure de { $city })
conflict-outside-hours = { $session } du { $date } a lieu { $span } heure de { $city }, en dehors des horaires d'enseignement de { $ends_in_s ->
        [yes] { $campus }
       *[no] { $campus }
    } ({ $hours })
conflict-skipped-time = { $session } : { $time } n'existe pas le { $date } à { $place } (on passe directement de { $from } à { $to }) ; la séance est reportée après le changement d'heure
conflict-repeated-time = { $session } : { $time } existe deux fois le { $date } à { $place } (UTC{ $earlier } et UTC{ $later }) ; la première est retenue
conflict-drift = { $session } ({ $weekday } { $time } heure de { $place }) change d'heure chez les partenaires pendant la période d'enseignement : { $rows }
conflict-omitted = { $resource } a encore { $pairs } réservations qui se chevauchent, non listées (Meridian liste au plus { $conflicts } conflits ou { $overlaps } chevauchements par groupe, enseignant ou salle)
conflict-repeats = { $message } (et { $more ->
        [one] une autre date
       *[other] { $more } autres dates
    }, jusqu'au { $last })
drift-row = { $cities } : { $times }
drift-once = { $time } le { $date }
drift-until = { $time } jusqu'au { $date }
drift-from = { $time } à partir du { $date }
drift-between = { $time } du { $from } au { $to }
hint-move-by = décalez { $session } de { $minutes } min
hint-move-after = décalez { $session } de { $minutes } min, à { $time }, après { $after }
hint-move-when-free = décalez { $session } de { $minutes } min, à { $time }, quand { $resource } est disponible
hint-move-room-free = décalez { $session } de { $minutes } min, à { $time } : la salle { $room } est libre { $free } ce jour-là
hint-no-free-time = { $resource } n'a pas { $minutes } min de libre plus tard ce jour-là
hint-common-window = ce jour-là, tous les participants sont dans leurs horaires d'enseignement sur le créneau { $span } (heure de { $place })
hint-skip-or-move = supprimez cette date ou déplacez la séance de ce jour
hint-exams = les étudiants passent peut-être des examens : déplacez la séance hors de cette période, ou gardez-la s'ils n'en ont pas
hint-avoid-switch-hour = choisissez une heure en dehors de l'heure du changement
hint-fix-listed-first = corrigez d'abord les doubles réservations listées : des copies d'une même séance en sont la cause habituelle
resolution-gap = { $time } n'existe pas le { $date } (on passe directement de { $from } à { $to })
resolution-fold = { $time } existe deux fois le { $date } (UTC{ $earlier } et UTC{ $later })
suggestion-errors = { $count ->
        [one] { $count } erreur
       *[other] { $count } erreurs
    }
suggestion-warnings = { $count ->
        [one] { $count } avertissement
       *[other] { $count } avertissements
    }
suggestion-errors-warnings = { $errors }, { $warnings }
suggestion-none = aucun conflit
