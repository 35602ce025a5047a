### Meridian — Spanish messages
###
### Glosario: una palabra para cada término clave, usada igual en todos los mensajes.
###   session = sesión
###   series = serie
###   course = asignatura
###   cohort = grupo
###   campus = campus
###   host campus = campus anfitrión
###   teaching hours = horario lectivo
###   closure = cierre
###   clash = solapamiento
###   conflict = conflicto
###   drift = desfase
###   clock change = cambio de hora
###   term = periodo lectivo
###   share link = enlace para compartir
###
### Tratamiento: "tú", como en las aplicaciones actuales; botones en infinitivo.


## Shared: lengths of time, counts

length-minutes = { $minutes } min
length-hours = { $hours } h
length-hours-minutes = { $hours } h { $minutes } min
shift-later = { $days ->
    [0] { $length } más tarde
   *[other] { $minutes ->
        [0] { $days ->
            [one] { $days } día más tarde
           *[other] { $days } días más tarde
        }
       *[other] { $days ->
            [one] { $days } día y { $length } más tarde
           *[other] { $days } días y { $length } más tarde
        }
    }
}
shift-earlier = { $days ->
    [0] { $length } antes
   *[other] { $minutes ->
        [0] { $days ->
            [one] { $days } día antes
           *[other] { $days } días antes
        }
       *[other] { $days ->
            [one] { $days } día y { $length } antes
           *[other] { $days } días y { $length } antes
        }
    }
}
countdown-now = ahora
countdown-in = dentro de { $length }
countdown-days = dentro de { $days } días
