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


## Engine: conflicts and their hints

conflict-resource-cohort = Grupo { $name }
conflict-resource-lecturer = Docente { $name }
conflict-resource-room = Aula { $name }
conflict-double-booked = { $resource } tiene dos sesiones el { $date }, { $first_span } y { $second_span } hora de { $place } ({ $same ->
        [yes] dos repeticiones de { $first }
       *[no] { $first } y { $second }
    }, con { $minutes } min de solapamiento)
conflict-short-break = { $resource } solo tiene { $gap } min entre { $first } (termina a las { $first_end }) y { $second } (empieza a las { $second_start }) el { $date }, hora de { $place }; la regla pide { $rule } min
conflict-busy = { $resource } no está disponible el { $date }, { $busy } hora de { $place } ({ $calendar }), cuando { $session } tiene lugar { $meets }
conflict-busy-block = { $resource } no está disponible el { $date }, { $busy } hora de { $place } ({ $block }, de { $calendar }), cuando { $session } tiene lugar { $meets }
conflict-public-holiday = { $session } del { $date } coincide con { $holiday }, festivo en { $campus } ({ $city }): sus grupos de allí no tienen clase
conflict-public-holiday-translated = { $session } del { $date } coincide con { $holiday } ({ $english }), festivo en { $campus } ({ $city }): sus grupos de allí no tienen clase
conflict-lecture-free = { $session } del { $date } cae en { $period }, periodo sin clases en { $campus }
conflict-exam-period = { $session } del { $date } cae en el periodo de exámenes de { $ends_in_s ->
        [yes] { $campus }
       *[no] { $campus }
    } ({ $period })
conflict-closed = { $session } del { $date } coincide con { $closure } en { $campus } (cerrado)
conflict-closed-unnamed = { $session } del { $date } coincide con un cierre en { $campus } (cerrado)
conflict-outside-term = { $session } del { $date } queda fuera del periodo lectivo de { $ends_in_s ->
        [yes] { $campus }
       *[no] { $campus }
    } ({ $start } – { $end })
conflict-other-weekday = { $session } del { $host_date } cae el { $date } en { $campus }, { $span } hora de { $city }, un día en que allí no hay clases
conflict-no-teaching-day = { $session } del { $date } cae en un día en que { $campus } no imparte clases ({ $span } hora de { $city })
conflict-outside-hours = { $session } del { $date } es de { $span } hora de { $city }, fuera del horario lectivo de { $ends_in_s ->
        [yes] { $campus }
       *[no] { $campus }
    } ({ $hours })
conflict-skipped-time = { $session }: las { $time } no existen el { $date } en { $place } (se salta de { $from } a { $to }); se ha pasado a después del cambio de hora
conflict-repeated-time = { $session }: las { $time } se dan dos veces el { $date } en { $place } (UTC{ $earlier } y UTC{ $later }); se toma la primera
conflict-drift = { $session } ({ $weekday } { $time } hora de { $place }) cambia de hora en los campus socios durante el periodo lectivo: { $rows }
conflict-omitted = { $resource } tiene { $pairs } reservas solapadas más que no aparecen en la lista (Meridian muestra como máximo { $conflicts } conflictos o { $overlaps } solapamientos por grupo, docente o aula)
conflict-repeats = { $message } (y { $more ->
        [one] otra fecha
       *[other] { $more } fechas más
    }, hasta el { $last })
drift-row = { $cities }: { $times }
drift-once = { $time } el { $date }
drift-until = { $time } hasta el { $date }
drift-from = { $time } desde el { $date }
drift-between = { $time } del { $from } al { $to }
hint-move-by = retrasa { $session } { $minutes } min
hint-move-after = retrasa { $session } { $minutes } min, a las { $time }, después de { $after }
hint-move-when-free = retrasa { $session } { $minutes } min, a las { $time }, cuando { $resource } está disponible
hint-move-room-free = retrasa { $session } { $minutes } min, a las { $time }: el aula { $room } está libre { $free } ese día
hint-no-free-time = { $resource } no tiene { $minutes } min libres más tarde ese día
hint-common-window = ese día todos los participantes están en horario lectivo en la franja { $span } (hora de { $place })
hint-skip-or-move = omite esta fecha o mueve la sesión de ese día
hint-exams = puede que los estudiantes tengan exámenes: saca la sesión de ese periodo, o mantenla si no los tienen
hint-avoid-switch-hour = elige una hora fuera de la hora del cambio
hint-fix-listed-first = resuelve primero las reservas dobles de la lista: la causa habitual son copias de una misma sesión
resolution-gap = las { $time } no existen el { $date } (se salta de { $from } a { $to })
resolution-fold = las { $time } se dan dos veces el { $date } (UTC{ $earlier } y UTC{ $later })
suggestion-errors = { $count ->
        [one] { $count } error
       *[other] { $count } errores
    }
suggestion-warnings = { $count ->
        [one] { $count } aviso
       *[other] { $count } avisos
    }
suggestion-errors-warnings = { $errors }, { $warnings }
suggestion-none = sin conflictos
