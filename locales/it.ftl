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
