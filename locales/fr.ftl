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
