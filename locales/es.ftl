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
countdown-now = en curso
countdown-in = dentro de { $length }
countdown-days = dentro de { $days } días
countdown-tomorrow = mañana


## Places
place-aachen = Aquisgrán
place-amsterdam = Ámsterdam
place-auckland = Auckland
place-bangkok = Bangkok
place-beijing = Pekín
place-berlin = Berlín
place-cambridge-ma = Cambridge, Massachusetts
place-chicago = Chicago
place-delft = Delft
place-gdansk = Gdansk
place-gothenburg = Gotemburgo
place-hangzhou = Hangzhou
place-houston = Houston
place-london = Londres
place-madrid = Madrid
place-manchester = Manchester
place-milan = Milán
place-moscow = Moscú
place-munich = Múnich
place-nairobi = Nairobi
place-new-york = Nueva York
place-oslo = Oslo
place-paris = París
place-rome = Roma
place-saint-petersburg = San Petersburgo
place-santiago = Santiago de Chile
place-shanghai = Shanghái
place-singapore = Singapur
place-stockholm = Estocolmo
place-toronto = Toronto
place-trondheim = Trondheim
place-ulaanbaatar = Ulán Bator
place-valencia = Valencia
place-warsaw = Varsovia
place-zuerich = Zúrich
place-zurich = Zúrich

## Engine: conflicts and their hints

conflict-resource-cohort = Grupo { $name }
conflict-resource-lecturer = Docente { $name }
conflict-resource-room = Aula { $name }
conflict-double-booked = { $resource } tiene dos sesiones el { $date }, { $first_span } y { $second_span } hora de { $place } ({ $same ->
        [yes] dos repeticiones de { $first }
       *[no] { $first } y { $second }
    }, con { $minutes } min de solapamiento)
conflict-short-break = { $resource } solo tiene { $gap } min entre { $first } (fin: { $first_end }) y { $second } (inicio: { $second_start }) el { $date }, hora de { $place }; la regla pide { $rule } min
conflict-busy = { $resource } no está disponible el { $date }, { $busy } hora de { $place } ({ $calendar }), mientras { $session } tiene lugar en la franja { $meets }
conflict-busy-block = { $resource } no está disponible el { $date }, { $busy } hora de { $place } ({ $block }, de { $calendar }), mientras { $session } tiene lugar en la franja { $meets }
conflict-public-holiday = { $session } del { $date } coincide con { $holiday }, festivo en { $campus } ({ $city }): sus grupos de allí no tienen clase
conflict-public-holiday-translated = { $session } del { $date } coincide con { $holiday } ({ $english }), festivo en { $campus } ({ $city }): sus grupos de allí no tienen clase
conflict-lecture-free = { $session } del { $date } cae en { $period }, periodo no lectivo en { $campus }
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
conflict-outside-hours = { $session } del { $date } tiene lugar en la franja { $span } hora de { $city }, fuera del horario lectivo de { $ends_in_s ->
        [yes] { $campus }
       *[no] { $campus }
    } ({ $hours })
conflict-skipped-time = { $session }: la hora { $time } no existe el { $date } en { $place } (el reloj salta de { $from } a { $to }); la sesión se ha movido a después del cambio de hora
conflict-repeated-time = { $session }: la hora { $time } se da dos veces el { $date } en { $place } (UTC{ $earlier } y UTC{ $later }); se toma la primera
conflict-drift = { $session } ({ $weekdays } { $time } hora de { $place }) cambia de hora en los campus socios durante el periodo lectivo: { $rows }
weekday-list = { $list }, { $day }
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
hint-move-after = retrasa { $session } { $minutes } min, { $hour ->
    [1] a la { $time }
   *[other] a las { $time }
}, después de { $after }
hint-move-when-free = retrasa { $session } { $minutes } min, { $hour ->
    [1] a la { $time }
   *[other] a las { $time }
}, cuando { $resource } está disponible
hint-move-room-free = retrasa { $session } { $minutes } min, { $hour ->
    [1] a la { $time }
   *[other] a las { $time }
}: ese día el aula { $room } está libre en la franja { $free }
hint-no-free-time = { $resource } no tiene { $minutes } min libres más tarde ese día
hint-common-window = ese día todos los participantes están en horario lectivo en la franja { $span } (hora de { $place })
hint-skip-or-move = omite esta fecha o mueve la sesión de ese día
hint-exams = puede que los estudiantes tengan exámenes: saca la sesión de ese periodo, o mantenla si no los tienen
hint-avoid-switch-hour = elige una hora que no caiga en la hora del cambio
hint-fix-listed-first = resuelve primero las reservas dobles de la lista: la causa habitual son copias de una misma sesión
resolution-gap = la hora { $time } no existe el { $date } (el reloj salta de { $from } a { $to })
resolution-fold = la hora { $time } se da dos veces el { $date } (UTC{ $earlier } y UTC{ $later })
resolution-gap-in = la hora { $time } no existe el { $date } en la zona { $zone } (el reloj salta de { $from } a { $to })
resolution-fold-in = la hora { $time } se da dos veces el { $date } en la zona { $zone } (UTC{ $earlier } y UTC{ $later })
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


## Engine: errors a user can act on

error-unknown-zone = zona horaria "{ $name }" desconocida; usa un nombre IANA como Europe/Berlin
error-unknown-zone-suggestions = zona horaria "{ $name }" desconocida; ¿quizá querías decir { $suggestions }?
error-bad-date-time = no se puede leer "{ $text }" como fecha u hora; se esperaba { $expected }
shape-date = AAAA-MM-DD
shape-time = HH:MM
shape-date-time = AAAA-MM-DDTHH:MM
shape-time-range = HH:MM-HH:MM
shape-instant = RFC 3339, p. ej., 2026-03-29T01:30:00Z
error-unknown-disambiguation = desambiguación "{ $text }" desconocida; usa compatible, earlier, later o reject
error-nonexistent-local-time = { $local } no existe en la zona { $zone }: ese día el reloj se salta el intervalo { $skipped }; elige otra hora o usa --disambiguation compatible
error-ambiguous-local-time = { $local } se da dos veces en la zona { $zone } (en UTC{ $earlier } y en UTC{ $later }); para elegir, usa --disambiguation earlier o later
error-out-of-range = { $text } está fuera de rango (años del 1000 al 9999)
error-syntax = línea { $line }, columna { $column }: { $problem }
error-unsupported-format = esta versión de Meridian no lee el formato "{ $found }" (lee "{ $format }"); si el archivo viene de una versión más reciente de Meridian, ábrelo con ella
error-invalid = { $path }: { $problem }
error-too-large-to-share = este horario es demasiado grande para compartirlo con un enlace: necesita { $size } { $what ->
    [characters] caracteres de enlace
   *[bytes] bytes sin comprimir
} y un enlace admite como máximo { $limit }; compártelo mejor como archivo
error-holiday-file = archivo de festivos: { $problem }
error-holiday-file-line = archivo de festivos, línea { $line }: { $problem }
error-unknown-country = "{ $text }" no es un código de país; usa dos letras (ISO 3166), con la región tras un guion: DE, DE-BE, US-TX
error-unknown-region-none = el archivo de festivos de { $country } no tiene la región "{ $region }"; solo tiene festivos de todo el país
error-unknown-region = el archivo de festivos de { $country } no tiene la región "{ $region }"; tiene { $regions }{ $more ->
    [0] {""}
   *[other] {" "}y { $more } más
}
error-calendar-file = archivo de calendario: { $problem }
error-calendar-file-line = archivo de calendario, línea { $line }: { $problem }
problem-calendar-file-too-large = el archivo ocupa { $size } MB; Meridian lee archivos de calendario de hasta { $max } MB (exporta un periodo más corto)
problem-calendar-not-icalendar = esto no es un archivo iCalendar (debería empezar por BEGIN:VCALENDAR)
problem-calendar-starts-with-continuation = el archivo empieza con una línea de continuación
problem-calendar-not-a-line = "{ $text }" no es una línea de calendario (NOMBRE:valor)
problem-calendar-end-without-begin = END:{ $what } no cierra ningún bloque abierto con BEGIN:{ $what }
problem-calendar-cut-off = el archivo termina antes de END:VCALENDAR (¿se ha cortado?)
problem-calendar-not-a-date-time = "{ $text }" no es ni una fecha (YYYYMMDD) ni una fecha y hora (YYYYMMDDTHHMMSS)
problem-calendar-date-time-out-of-range = "{ $text }" está fuera de rango
problem-calendar-date-out-of-range = fecha fuera de rango
problem-calendar-not-a-duration = "{ $text }" no es una duración como PT1H30M
problem-calendar-negative-duration = el evento dura { $text }: una duración no puede ser negativa
problem-calendar-ends-before-start = el evento termina (DTEND) antes de empezar (DTSTART)
problem-calendar-rdate-periods = no se admite RDATE con periodos (inicio/fin); indica fechas o fechas y horas
problem-calendar-too-many-events = el calendario genera más de { $max } eventos en el periodo lectivo; exporta un periodo más corto
problem-calendar-no-freq = la regla de repetición no tiene FREQ
problem-calendar-freq-not-read = FREQ={ $freq } no se admite; Meridian admite eventos que se repiten a diario o cada semana
problem-calendar-interval = INTERVAL={ $text } no es un número positivo
problem-calendar-count = COUNT={ $text } no es un número
problem-calendar-until-out-of-range = UNTIL fuera de rango
problem-calendar-byday = BYDAY={ $day } no se admite (solo días de la semana sin número, como MO,WE)
problem-calendar-rule-part = no se admite la parte { $part } de la regla de repetición; Meridian admite reglas diarias y semanales (FREQ, INTERVAL, COUNT, UNTIL, BYDAY)
problem-calendar-unknown-zone = zona horaria "{ $name }" desconocida; Meridian reconoce nombres IANA como Europe/Berlin, nombres de Windows como W. Europe Standard Time y las zonas horarias que el propio archivo define en un VTIMEZONE
problem-calendar-zone-rule-without = una regla de zona horaria sin { $property }
problem-calendar-not-an-offset = "{ $text }" no es una diferencia horaria respecto a UTC como +0100
problem-calendar-zone-rule-part = no se admite la parte { $part } de la regla de zona horaria; Meridian admite reglas anuales por mes y día de la semana (BYMONTH=3;BYDAY=-1SU)
problem-calendar-zone-rule-without-month = no se admiten reglas de zona horaria sin BYMONTH; Meridian admite reglas anuales por mes y día de la semana (BYMONTH=3;BYDAY=-1SU)
problem-calendar-too-many-switches = esta zona horaria tiene más de { $max } cambios de hora en los años considerados
problem-calendar-schedule-term-out-of-range = el periodo lectivo del horario está fuera de rango
problem-calendar-term-out-of-range = el periodo lectivo está fuera de rango
problem-holiday-file-too-large = el archivo tiene { $bytes } bytes; un archivo de festivos puede tener como máximo { $max } bytes
problem-holiday-not-utf8 = el byte { $byte } no es texto UTF-8
problem-holiday-cut-off = el archivo no termina con un salto de línea: se ha cortado
problem-holiday-empty = el archivo está vacío
problem-holiday-not-a-holiday-file = "{ $found }" no es un archivo de festivos para esta versión de Meridian (formato esperado: { $format })
problem-holiday-ends-before = el archivo termina antes de la línea `{ $key }`
problem-holiday-expected-header = se esperaba la línea `{ $key }`, pero se ha encontrado "{ $found }"
problem-holiday-not-a-country-code = "{ $text }" no es un código de país (dos letras mayúsculas)
problem-holiday-expected-years = se esperaba `years FIRST LAST`, pero se ha encontrado "{ $found }"
problem-holiday-not-a-year = "{ $text }" no es un año (YYYY, 1000–9999)
problem-holiday-year-span = años del { $first } al { $last }: el primero no puede ser posterior al último y un archivo abarca como máximo { $max } años
problem-holiday-not-a-locale = "{ $text }" no es un código de idioma como de o en_US
problem-holiday-dash-not-alone = `-` tiene que ir solo
problem-holiday-not-a-region-code = "{ $text }" no es un código de región (de 1 a { $max } caracteres, ni * ni -)
problem-holiday-too-many-regions = un archivo puede enumerar como máximo 65.535 regiones
problem-holiday-region-twice = la región "{ $code }" aparece dos veces
problem-holiday-too-few-fields = una línea de festivo debe tener 5 campos separados por tabuladores (fecha, tipo, ámbito, nombre local, nombre en inglés); esta solo tiene { $fields }
problem-holiday-too-many-fields = una línea de festivo debe tener 5 campos separados por tabuladores (fecha, tipo, ámbito, nombre local, nombre en inglés); esta tiene más
problem-holiday-not-a-date = "{ $text }" no es una fecha (YYYY-MM-DD) dentro de los años del archivo ({ $first }–{ $last })
problem-holiday-out-of-date-order = los festivos no están en orden cronológico
problem-holiday-not-a-kind = "{ $text }" no es un tipo (- festivo, o trasladado, s día sustitutorio)
problem-holiday-not-a-region = "{ $code }" no es ninguna de las regiones del archivo (o - al principio, para el calendario del propio país)
problem-holiday-region-out-of-order = la región "{ $code }" no sigue el orden de la línea regions o aparece dos veces
problem-holiday-empty-name = { $field ->
    [source] la fuente está vacía
    [local-name] el nombre local está vacío
   *[english-name] el nombre en inglés está vacío
}
problem-holiday-control-character = { $field ->
    [source] la fuente
    [local-name] el nombre local
   *[english-name] el nombre en inglés
} contiene un carácter de control
link-not-a-link = esto no es un enlace de Meridian: un enlace a un horario contiene de "#s1." a "#s{ $newest }." (de "#Q1." a "#Q{ $newest }." si viene de un código QR) seguido de letras y cifras
link-cut-off = este enlace está cortado: vuelve a copiar el enlace completo (las aplicaciones de correo y de chat a veces parten los enlaces largos)
link-newer = este enlace lo creó una versión más reciente de Meridian (versión del enlace { $version }; esta lee la versión { $supported }): ábrelo con la versión más reciente de Meridian
link-damaged = este enlace está dañado (se han cambiado algunos caracteres): pídeselo de nuevo a quien te lo envió
link-too-long = este enlace es más grande que cualquier horario que comparta Meridian (límite { $limit }): no lo creó Meridian
link-invalid-schedule = este enlace está completo, pero el horario que contiene no es válido ({ $problem }): no lo creó esta versión de Meridian; pide el archivo del horario a quien te lo envió
problem-not-utf8 = el byte { $byte } ({ $value }) no es texto UTF-8; guarda el archivo como UTF-8
problem-file-too-large = el archivo tiene { $bytes } bytes; Meridian lee horarios de { $max } bytes como máximo
problem-odd-byte-utf16 = un byte suelto al final de un texto UTF-16; guarda el archivo como UTF-8 o UTF-16
problem-lone-surrogate = un sustituto aislado en un texto UTF-16; guarda el archivo como UTF-8 o UTF-16
problem-not-an-object = un horario es un objeto JSON ({"{"} "format": "{ $format }", … {"}"})
problem-misplaced-list = es una lista ([…]) donde el formato espera un objeto ({"{"}…{"}"}) o un solo valor; consulta docs/schedule-format.md
problem-json-ends-inside = el archivo termina { $part ->
    [list] dentro de una lista: a un corchete `[` le falta su `]` de cierre (¿se ha cortado el archivo?)
    [object] dentro de un objeto: a una llave `{"{"}` le falta su `{"}"}` de cierre (¿se ha cortado el archivo?)
    [text] dentro de un texto: unas comillas `"` no se cierran (¿se ha cortado el archivo?)
   *[value] donde aún debería venir un valor (¿está vacío o cortado?)
}
problem-json-expected-token = { $token ->
    [colon] faltan los dos puntos (`:`) después del nombre
    [comma-or-list-end] falta una coma (`,`) entre dos elementos o el corchete `]` que cierra la lista
    [comma-or-object-end] falta una coma (`,`) entre dos entradas o la llave `{"}"}` que cierra el objeto
    [quote] aquí debe ir un nombre entre comillas (`"`)
    [literal] aquí `true`, `false` o `null` está mal escrito
   *[value] aquí debe ir un valor: un texto entre comillas, un número, `true`, `false`, `null`, una lista o un objeto
}
problem-json-invalid-escape = en un texto, una barra invertida `\` va seguida de algo que no es una secuencia de escape (para escribir la propia barra, pon `\\`)
problem-json-invalid-number = un número está escrito de una forma que el formato del archivo no admite (por ejemplo `01`, `1.` o `+1`)
problem-json-number-out-of-range = hay un número demasiado grande para poder leerlo
problem-json-invalid-unicode = una secuencia `\u` no corresponde a ningún carácter
problem-json-control-character = un texto contiene un salto de línea o un tabulador tal cual; escríbelo como `\n` o `\t`
problem-json-key-not-text = un nombre dentro de un objeto debe ir entre comillas, como en `"name": value`
problem-json-trailing-comma = hay una coma (`,`) justo antes de un corchete `]` o una llave `{"}"}` de cierre; elimínala
problem-json-text-after-end = hay más texto después del final de los datos
problem-json-too-deep = las listas y los objetos tienen más de 128 niveles de anidamiento
problem-json-found = { $kind ->
    [text] el texto "{ $text }"
    [number] el número { $text }
    [bool] `{ $text }`
    [null] `null`
    [list] una lista
   *[object] un objeto
}
problem-json-expected = { $kind ->
    [text] un texto entre comillas
    [whole-number] un número entero
    [number] un número
    [bool] `true` o `false`
    [null] `null`
    [list] una lista (`[…]`)
   *[object] un objeto (`{"{"}…{"}"}`)
}
problem-json-wrong-type = aparece { $found } donde debe ir { $expected }
problem-json-out-of-range = { $found } está fuera del intervalo permitido: aquí debe ir un número entero de { $min } a { $max }
problem-json-unknown-field = "{ $field }" no es un campo admitido aquí (¿está mal escrito?); los campos admitidos aquí son { $allowed }
problem-json-no-fields = "{ $field }" no es un campo admitido: aquí no se admite ningún campo
problem-json-unknown-value = "{ $value }" no es un valor admitido aquí; los valores admitidos son { $allowed }
problem-json-wrong-length = una lista de { $length ->
    [one] { $length } elemento
   *[other] { $length } elementos
} donde { $expected ->
    [one] debe haber solo { $expected }
   *[other] debe haber { $expected }
}
problem-json-wrong-length-any = una lista de { $length ->
    [one] { $length } elemento
   *[other] { $length } elementos
} no tiene la longitud que corresponde aquí
problem-json-duplicate-field = el campo "{ $field }" aparece dos veces
problem-json-missing-field = falta; aquí hay que indicar el campo "{ $field }"
problem-format-not-string = debe ser la cadena "{ $format }"
problem-format-missing = falta; un horario de Meridian empieza por "format": "{ $format }"
problem-id-empty = no puede estar vacío
problem-no-campus = un horario necesita al menos un campus
problem-id-missing = cada { $item ->
    [campus] campus
    [cohort] grupo
    [lecturer] docente
    [room] aula
    [session] sesión
   *[busy-calendar] calendario de ocupación
} necesita un id
problem-duplicate-id = dos { $item ->
    [campus] campus
    [cohort] grupos
    [lecturer] docentes
    [room] aulas
    [session] sesiones
   *[busy-calendar] calendarios de ocupación
} tienen el id "{ $id }"
problem-campus-code = el campus "{ $campus }" necesita un código de 1 a 5 caracteres, p. ej. "BER"
problem-campus-region = el campus "{ $campus }" necesita una región de 1 a { $max } caracteres, tal como la nombran los datos de festivos, p. ej. "BE" para DE-BE
problem-period-ends-before-start = el periodo "{ $name }" termina antes de empezar
problem-closure-ends-before-start = el cierre "{ $name }" termina antes de empezar
problem-cohort-campus-missing = el grupo "{ $cohort }" pertenece al campus "{ $campus }", que no está en este horario
problem-room-campus-missing = el aula "{ $room }" está en el campus "{ $campus }", que no está en este horario
problem-lecturer-campus-missing = el docente "{ $lecturer }" está en el campus "{ $campus }", que no está en este horario
problem-busy-target-missing = el calendario de ocupación "{ $busy }" se aplica { $item ->
    [campus] al campus
    [cohort] al grupo
    [lecturer] al docente
   *[room] al aula
} "{ $id }", que no está en este horario
problem-session-reference-missing = la sesión "{ $session }" hace referencia { $item ->
    [host-campus] al campus anfitrión
    [cohort] al grupo
    [lecturer] al docente
   *[room] al aula
} "{ $id }", que no está en este horario
problem-busy-target-not-one = el calendario de ocupación "{ $busy }" debe aplicarse exactamente a un campus, grupo, docente o aula
problem-busy-block-ends-before-start = el bloque ocupado "{ $title }" termina antes de empezar
problem-busy-block-too-long = el bloque ocupado "{ $title }" dura más de 136 años; un enlace para compartir no podría contenerlo
problem-session-length = la sesión "{ $session }" debe durar entre 1 minuto y 7 días
problem-change-without-occurrence = la sesión "{ $session }" no tiene lugar el { $date }: no hay nada que cambiar
problem-change-length = debe estar entre 1 minuto y 7 días
problem-repeat-interval = debe estar entre 1 y 52 semanas
problem-repeat-count = debe ser al menos 1
problem-until-and-count = indica until o count, no ambos
problem-until-before-start = la sesión "{ $session }" se repite hasta el { $until }, antes de su fecha de inicio ({ $first })
problem-term-ends-before-start = el periodo lectivo termina ({ $end }) antes de empezar ({ $start })
problem-term-too-long = un periodo lectivo puede durar como máximo un año
problem-seconds = "{ $text }" tiene segundos; un horario va al minuto: escribe { $pattern }
problem-fraction-of-second = "{ $text }" tiene una fracción de segundo; Meridian solo guarda segundos enteros
problem-not-a-weekday = "{ $text }" no es un día de la semana; usa mon, tue, wed, thu, fri, sat o sun
problem-weekday-twice = { $day } aparece dos veces; indica el horario de cada día una sola vez
problem-hours-end-before-start = el horario lectivo "{ $text }" termina antes de empezar
problem-no-demo = no hay ningún horario de demostración llamado "{ $name }"
problem-unknown = el horario no tiene { $item ->
    [campus] ningún campus
    [cohort] ningún grupo
    [lecturer] ningún docente
   *[room] ningún aula
} "{ $id }"
problem-nothing-to-change = en este horario no hay { $item ->
    [campus] ningún campus
    [cohort] ningún grupo
    [lecturer] ningún docente
    [room] ningún aula
    [session] ninguna sesión
   *[busy-calendar] ningún calendario de ocupación
} "{ $id }" que cambiar
problem-no-campus-chosen = elige al menos un campus
problem-too-many-at-once = como máximo { $max } campus y { $max } grupos, docentes y aulas a la vez
problem-map-length = una sesión dura de 5 minutos a una semana
problem-answer-count = { $questions } preguntas necesitan { $questions } respuestas, no { $answers }
problem-not-a-fingerprint = "{ $text }" no es una huella: una huella tiene 11 caracteres entre letras, cifras, - y _
problem-view-link-extra-session = un enlace de consulta contiene una sesión en la que no participa su campus o su grupo
problem-no-occurrence = “{ $title }” no tiene lugar el { $date }
problem-no-occurrence-to-change = “{ $title }” no tiene lugar el { $date }: no hay nada que cambiar
problem-no-occurrence-to-cancel = “{ $title }” no tiene lugar el { $date }: no hay nada que cancelar
problem-occurrence-length = “{ $title }” no puede durar menos de 5 minutos ni más de una semana
problem-too-far-to-move = es un desplazamiento demasiado grande
problem-series-too-far = “{ $title }” no se puede mover tanto
problem-weeks-wrap = la serie “{ $title }” se imparte cada { $interval } semanas; si se mueve { $days ->
    [one] { $days } día
   *[other] { $days } días
}, algunos de sus días caerían en semanas en que no se imparte. Muévela dentro de su semana o por semanas completas, o cambia sus días en el formulario
problem-one-off = “{ $title }” es una sesión única: elimínala en su lugar
problem-session-gone = esa sesión ya no está en el horario
problem-only-campus = { $campus } es el único campus del horario; añade otro primero
problem-campus-teaches = { $campus } no se puede quitar mientras imparta { $sessions }; primero haz que { $count ->
    [one] la imparta
   *[other] las imparta
} otro campus
problem-titles-one = “{ $first }”
problem-titles-two = “{ $first }” y “{ $second }”
problem-titles-more = “{ $first }”, “{ $second }” y { $more } más
problem-not-in-schedule = en este horario no hay { $item ->
    [campus] ningún campus
    [cohort] ningún grupo
    [lecturer] ningún docente
   *[room] ningún aula
} "{ $id }"
problem-name-empty = un horario necesita un nombre
problem-period-needs-name = un periodo necesita un nombre, p. ej. "Exámenes de invierno"
problem-period-exists = el campus "{ $campus }" ya tiene el periodo "{ $period }"
problem-academic-entry = una entrada del calendario académico del { $date } no tiene nombre o termina antes de empezar
problem-period-gone = ese periodo ya no está en el horario
problem-rotation-empty = la rotación no tiene franjas o semanas


## Engine: what changed between two versions

change-group-schedule = Horario
change-group-busy = Horas ocupadas
change-group-people = Personas y aulas
change-renamed-quoted = nombre “{ $before }” → “{ $after }”
change-id = identificador “{ $before }” → “{ $after }” (dos horarios distintos)
change-alliance = { $state ->
    [added] alianza añadida: “{ $after }”
    [removed] alianza eliminada (era “{ $before }”)
   *[changed] alianza “{ $before }” → “{ $after }”
}
change-term = periodo lectivo { $before } → { $after }
change-term-span = { $start } – { $end } { $year }
change-breaks = descansos entre sesiones de al menos { $before } → { $after }
change-busy-removed = “{ $name }” eliminado
change-busy-blocks = “{ $name }”: { $before } bloques → { $after }
change-busy-added = “{ $name }” añadido ({ $blocks ->
    [one] { $blocks } bloque
   *[other] { $blocks } bloques
})
change-busy-renamed = “{ $before }” pasa a llamarse “{ $after }”
change-busy-whose = “{ $name }”: horas ocupadas de { $before } → { $after }
change-busy-times = “{ $name }”: { $blocks ->
    [one] { $blocks } bloque a otra hora
   *[other] { $blocks } bloques a otras horas
}
change-busy-titles = “{ $name }”: { $blocks ->
    [one] { $blocks } bloque con otro título
   *[other] { $blocks } bloques con otros títulos
}
change-campus-removed = campus { $name } eliminado
change-campus-renamed = renombrado { $before } → { $after }
change-zone = zona horaria { $before } → { $after }
change-hours = horario lectivo del { $day } { $before } → { $after }
change-no-teaching = sin clases
change-campus-term = periodo lectivo { $before } → { $after }
change-schedules-term = el del horario
change-closure-span = { $start } – { $end } ({ $name })
change-closure-day = { $start } ({ $name })
change-reopened = deja de estar cerrado { $closure }
change-closed = cerrado { $closure }
change-campus-short = nombre corto { $before } → { $after }
change-campus-code = { $state ->
    [added] código { $after } (antes se tomaba del nombre corto)
    [removed] código tomado del nombre corto (antes { $before })
   *[changed] código { $before } → { $after }
}
change-campus-city = ciudad { $before } → { $after }
change-campus-country = país { $before } → { $after }
change-campus-region = { $state ->
    [added] región de festivos { $after } (antes solo festivos nacionales de { $country })
    [removed] solo festivos nacionales de { $country } (antes región de festivos { $before })
   *[changed] región de festivos { $before } → { $after }
}
change-holiday-off = hay clase el { $date } aunque es festivo
change-holiday-on = el { $date } vuelve a ser festivo: sin clases
change-period-added = { $kind ->
    [exams] periodo de exámenes añadido
   *[lecture-free] periodo no lectivo añadido
}: { $start } – { $end } ({ $name })
change-period-removed = { $kind ->
    [exams] periodo de exámenes eliminado
   *[lecture-free] periodo no lectivo eliminado
}: { $start } – { $end } ({ $name })
change-campus-added = campus { $name } añadido ({ $zone })
change-when = { $days } { $span } ({ $place })
change-day-span = { $weekday } { $span }
change-day-time = { $weekday } { $time }
change-lengths = { $before } → { $after }
change-session-removed = eliminada ({ $when })
change-session-added = añadida ({ $when })
change-series-added = añadida ({ $when }), se repite { $repeat }
change-series-removed = eliminada ({ $when }), se repetía { $repeat }
change-every = { $interval ->
    [1] cada semana
   *[other] cada { $interval } semanas
}
change-repeat-until = { $every } hasta el { $date }
change-repeat-count = { $every }, { $count ->
    [one] { $count } vez
   *[other] { $count } veces
}
change-repeat-term = { $every } hasta el final del periodo lectivo
change-moved = movida de { $before } a { $after }
change-longer = más larga: { $lengths } (ahora { $when })
change-shorter = más corta: { $lengths } (ahora { $when })
change-hosted = campus anfitrión { $before } → { $after }
change-now-repeats = ahora se repite { $repeat }
change-once = ahora tiene lugar una sola vez
change-cancelled = cancelada el { $date }
change-again = vuelve a tener lugar el { $date }
change-weeks = se repite { $after } (antes { $before })
change-week = solo esa semana, { $date }: { $what }
change-usual = vuelve a su hora y sus aulas habituales
change-week-at = movida a { $time }
change-week-for = duración { $length }
change-week-rooms = en otras aulas
change-cohorts = grupos { $before } → { $after }
change-lecturer = docente { $before } → { $after }
change-rooms = aulas { $before } → { $after }
change-none = ninguno
change-course = { $state ->
    [added] asignatura añadida: “{ $after }”
    [removed] asignatura eliminada (era “{ $before }”)
   *[changed] asignatura “{ $before }” → “{ $after }”
}
change-link = { $state ->
    [added] enlace de la reunión añadido: “{ $after }”
    [removed] enlace de la reunión eliminado (era “{ $before }”)
   *[changed] enlace de la reunión “{ $before }” → “{ $after }”
}
change-notes = { $state ->
    [added] notas añadidas: “{ $after }”
    [removed] notas eliminadas (eran “{ $before }”)
   *[changed] notas “{ $before }” → “{ $after }”
}
change-kind = ahora es { $kind ->
    [joint-lecture] una clase conjunta
    [lecture] una clase teórica
    [lab] un laboratorio
    [seminar] un seminario
    [tutorial] una clase práctica
    [exam] un examen
    [office-hours] una tutoría
   *[other] de otro tipo
}
change-person-removed = { $what ->
    [cohort] grupo { $name } eliminado
    [lecturer] docente { $name } eliminado
   *[room] aula { $name } eliminada
}
change-person-added = { $what ->
    [cohort] grupo { $name } añadido
    [lecturer] docente { $name } añadido
   *[room] aula { $name } añadida
}
change-person-renamed = { $what ->
    [cohort] el grupo
    [lecturer] el docente
   *[room] el aula
} { $before } pasa a llamarse { $after }
change-person-campus = { $what ->
    [cohort] grupo
    [lecturer] docente
   *[room] aula
} { $name }: campus { $before } → { $after }
change-person-size = { $what ->
    [cohort] grupo { $name }: número de estudiantes { $before } → { $after }
   *[room] aula { $name }: plazas { $before } → { $after }
}
change-not-given = sin indicar
compare-group = { $group }:
compare-not-alone = cambiado junto con otra diferencia (no se puede aplicar por separado)
compare-campus = Campus
compare-mine = La mía
compare-theirs = La otra
compare-yours = La tuya
compare-after = Después
compare-no-effect = Ningún cambio en los conflictos.
compare-new-conflict = Nuevo conflicto: { $conflict }
compare-resolved = Resuelto: { $conflict }
compare-other-link = la versión del enlace
compare-other-file = “{ $name }”
compare-other-tab = la versión guardada en otra pestaña
compare-other-kept = una versión guardada
compare-title = Comparar “{ $name }” con { $other }
compare-lead-three-way = Las dos versiones proceden de una que este navegador compartió o recibió, así que lo que solo cambió una de las partes se toma tal cual; { $mine ->
    [0] no has cambiado nada desde entonces.
    [one] se mantiene el cambio que has hecho desde entonces.
   *[other] se mantienen los { $mine } cambios que has hecho desde entonces.
}
compare-no-questions = Ninguna de las dos partes ha cambiado algo que la otra también haya cambiado: no hay preguntas que responder.
compare-questions = { $count ->
    [one] { $count } elemento se ha cambiado
   *[other] { $count } elementos se han cambiado
} en ambas partes: elige la tuya o la otra para cada uno.
compare-lead-two-way = Esta versión no indica ninguna que este navegador compartiera o recibiera, así que se ofrecen todas las diferencias: desmarca lo que no quieras.
compare-questions-title = Cambiado en ambas partes
compare-question = Pregunta { $number }
compare-mine-or-theirs = { $name }: la mía o la otra
compare-lead-mine-theirs = (la mía → la otra)
compare-theirs-rather = La otra en lugar de la mía:
compare-changes-three-way = Lo que la fusión cambia en la tuya ({ $count ->
    [one] { $count } cambio
   *[other] { $count } cambios
})
compare-differences = Diferencias ({ $count })
compare-none = Ninguna.
compare-accept = Aceptar
compare-more = y { $count } más
compare-choose = Antes de fusionar, elige la tuya o la otra en { $count ->
    [one] { $count } elemento
   *[other] { $count } elementos
}.
compare-cancel = Cancelar
compare-merge = Fusionar
compare-merge-changes = Fusionar ({ $count ->
    [one] { $count } cambio
   *[other] { $count } cambios
})
compare-merge-differences = Fusionar ({ $accepted } de { $count ->
    [one] { $count } diferencia
   *[other] { $count } diferencias
})
compare-with-title = Comparar “{ $name }” con…
compare-with-lead = Otra versión de este horario (el enlace de un socio o un archivo) para ver qué ha cambiado y fusionarla con la tuya. No cambia nada hasta que fusiones.
compare-with-link = Un enlace para editar
compare-with-this-link = Comparar con este enlace
compare-with-or = o
compare-with-file = Comparar con un archivo…
compare-view-link = Este es un enlace para estudiantes (de solo lectura, quizá para un solo campus): pega un enlace para editar.
compare-link-unread = No se ha podido leer ese enlace: { $problem }.
compare-file-unread-because = No se ha podido leer “{ $name }”: { $problem }.
compare-file-unread = No se ha podido leer “{ $name }”.
change-removed = Se ha quitado { $what }{ $sessions ->
    [0] {""}
    [one] ; ya no figura en { $sessions } sesión
   *[other] ; ya no figura en { $sessions } sesiones
}{ $busy ->
    [0] {""}
    [one] ; también se ha quitado { $busy } calendario de ocupación
   *[other] ; también se han quitado { $busy } calendarios de ocupación
}.
change-removed-with = Se ha quitado { $what } junto con { $with }{ $sessions ->
    [0] {""}
    [one] ; ya no figura en { $sessions } sesión
   *[other] ; ya no figura en { $sessions } sesiones
}{ $busy ->
    [0] {""}
    [one] ; también se ha quitado { $busy } calendario de ocupación
   *[other] ; también se han quitado { $busy } calendarios de ocupación
}.
change-removed-cohorts = { $count ->
    [one] { $count } grupo
   *[other] { $count } grupos
}
change-removed-rooms = { $count ->
    [one] { $count } aula
   *[other] { $count } aulas
}
change-removed-and = { $first } y { $second }

compare-changed-conflict = Conflicto modificado: { $conflict }
compare-conflict-dates = { $conflict } — { $dates }
compare-dates-gone = ya no el { $dates }
compare-dates-added = ahora también el { $dates }
compare-dates-instead = ahora, en su lugar, el { $dates }
compare-dates-kept = se mantiene en { $count ->
    [one] otra fecha
   *[other] otras { $count } fechas
}
compare-dates-and = { $first }; { $second }
compare-dates-list = { $first }, { $second }
compare-dates-more = { $dates } y { $count ->
    [one] otra fecha
   *[other] { $count } fechas más
}


## Engine: best times and rotations

overlap-every-week = todas las semanas
overlap-weeks-from = { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
} a partir del { $date }
overlap-outside-hours = { $weekday } { $time }, fuera del horario lectivo ({ $span })
overlap-other-weekday = { $weekday } { $time }, allí no es día lectivo ({ $span })
overlap-closed = cerrado por { $closure } ({ $span })
overlap-closed-unnamed = día de cierre ({ $span })
overlap-outside-term = fuera de su periodo lectivo ({ $span })
overlap-clock-change = { $time } a partir del { $date }: { $why } ({ $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
})
overlap-clocks-change = cambia la hora
overlap-leaves-summer-time = { $place } deja el horario de verano
overlap-enters-summer-time = { $place } pasa al horario de verano
overlap-clocks-move = en { $place } los relojes cambian { $hours } h
overlap-both = { $first } y { $second }
overlap-campus-reasons = { $campus }: { $reasons }
overlap-campus-fails = { $campus } no encaja en { $failing } de { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
}: { $reasons }
overlap-booked = { $who } tiene reservas durante { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
} a partir del { $date }
overlap-someone = Alguien
rotation-tally = { $campus }: { $burdens }
rotation-tally-none = { $campus }: 0
rotation-burden = { $count } { $count ->
    [one] sesión
   *[other] sesiones
} { $kind ->
    [night] de noche
    [weekend] en fin de semana
    [early] a primera hora
    [late] a última hora
   *[outside-hours] fuera del horario lectivo
}


## Engine: calendar files (ICS)

ics-calendar-name = { $schedule } · { $who }
ics-room = { $room }, { $campus }
ics-online = En línea
ics-kind = { $kind ->
    [joint-lecture] clase conjunta
    [lecture] clase teórica
    [lab] laboratorio
    [seminar] seminario
    [tutorial] clase práctica
    [exam] examen
    [office-hours] tutorías
   *[other] otro
}
ics-course-kind = { $course } · { $kind }
ics-taught-from = Impartida desde { $campus } ({ $place })
ics-taught-from-elsewhere = Impartida desde { $campus }, con horario de { $place }
ics-lecturer = Docente: { $name }
ics-join = Enlace para unirse: { $url }


## App: header, start page, banners, language menu, status lines

shell-brand = Meridian
page-title-planner = Meridian — clases conjuntas entre zonas horarias
page-title-timetable = Horario — Meridian
shell-footer-tzdb = IANA tzdb { $version }
shell-footer-version = Meridian { $version }
shell-footer-private = Todo se queda en este navegador
shell-campus-count = { $count ->
    [one] { $count } campus
   *[other] { $count } campus
}
shell-view = Vista
shell-planner = Planificador
shell-my-timetable = Mi horario
shell-schedule = Horario
shell-shared-option = { $name } (enlace compartido)
shell-demos = Demostraciones
shell-my-schedules = Mis horarios
shell-demo-enhance-autumn-2026 = ENHANCE · otoño 2026
shell-demo-gma-spring-2027 = Global MOOC Alliance · primavera 2027
shell-grid-in = Zona horaria de la cuadrícula
shell-your-time = Tu hora ({ $place })
shell-your-zone = Tu zona horaria
shell-history = Historial
shell-undo = Deshacer
shell-undo-title = Deshacer (Ctrl+Z)
shell-redo = Rehacer
shell-redo-title = Rehacer (Ctrl+Mayús+Z)
shell-new-session = Nueva sesión
shell-people = Campus y personas
shell-file = Archivo
shell-new-schedule = Nuevo horario…
shell-open-my-schedules = Mis horarios…
shell-import-busy = Importar horas ocupadas
shell-export-file = Exportar archivo
shell-compare-with = Comparar con…
shell-open-file = Abrir archivo
shell-share = Compartir
language-menu-label = Idioma
language-menu-title = Elige el idioma de Meridian
banner-label = Horario compartido
banner-shared-copy = Copia compartida.
banner-shared-copy-detail = Has abierto un horario desde un enlace o un archivo. No se almacena en este navegador hasta que lo guardes (o lo cambies); tus propios horarios no se tocan.
banner-identity-stored = Hay guardado un horario con esta identidad
banner-already-stored = “{ $name }” ya está en tus horarios. ¿Quieres comparar y fusionar esta copia con él, reemplazarlo por esta copia o conservar ambos?
banner-compare-and-merge = Comparar y fusionar…
banner-replace = Reemplazarlo
banner-keep-both = Conservar ambos
banner-cancel = Cancelar
banner-you-have = Tienes “{ $name }” en tus horarios: mira qué ha cambiado y fusiónalo con tu versión.
banner-compare-with-mine = Comparar con el mío…
banner-save = Guardar en mis horarios
banner-read-only = Horario de solo lectura.
banner-read-only-for = Horario de solo lectura para { $whom }.
banner-read-only-detail = Compartido por enlace: las horas se muestran en tu zona horaria; no se guarda nada.
banner-release-ready = Hay una versión más reciente de Meridian lista para usar.
banner-release-reload = Recargar para usarla
status-moved = Se ha movido { $title } { $shift }.
status-resized = { $title } dura ahora { $length }.
status-deleted = Se ha eliminado { $title }. Pulsa Deshacer para recuperar la sesión.
status-added = Se ha añadido { $title }.
status-session-saved = Se ha guardado { $title }.
status-busy-imported = { $blocks ->
    [one] Se ha importado { $blocks } bloque ocupado de “{ $calendar }”: cuenta en la comprobación de conflictos y se muestra en gris en la cuadrícula.
   *[other] Se han importado { $blocks } bloques ocupados de “{ $calendar }”: cuentan en la comprobación de conflictos y se muestran en gris en la cuadrícula.
}
status-renamed = Nuevo nombre: “{ $name }”.
status-occurrence-moved = Se ha movido { $title } del { $date } { $shift }, solo esa semana.
status-occurrence-resized = { $title } del { $date } dura ahora { $length }, solo esa semana.
status-occurrence-saved = Se ha guardado { $title } del { $date }, solo esa semana.
status-occurrence-skipped = { $title } no tiene lugar el { $date }. Pulsa Deshacer para recuperar la sesión.
status-merged = { $changes ->
    [0] Fusionado: aquí no había nada que cambiar.
    [one] Fusionado: 1 cambio tomado de la otra versión.
   *[other] Fusionado: { $changes } cambios tomados de la otra versión.
} Pulsa Deshacer para volver a tu versión.
status-rotation-accepted = { $slots ->
    [one] { $title } ocupa ahora su franja semanal más equitativa.
   *[other] { $title } rota ahora entre { $slots } franjas semanales, una serie en cada una.
} Pulsa Deshacer para dejarlo como estaba.
status-holiday-taught = { $campus } imparte clase el { $date } aunque es { $holiday }. Pulsa Deshacer para que vuelva a ser festivo.
status-holiday-again = { $holiday } del { $date } vuelve a ser festivo en { $campus }.
status-setup-saved = Campus y personas guardados.
status-undone = Deshecho.
status-redone = Rehecho.
status-created = Se ha creado “{ $name }”. Añade sesiones con “Nueva sesión”; cada cambio se guarda en este navegador.
status-updated-from-tab = Actualizado con los cambios hechos en este horario en otra pestaña.
status-merged-with-tab = Este horario también se ha cambiado en otra pestaña: se conservan sus cambios y los tuyos.
status-changed-on-both-tabs = Este horario también se ha cambiado en otra pestaña, y algunas cosas se han cambiado en ambas: elige cuáles conservar. Hasta entonces no se guarda nada.
status-session-gone = Esa sesión ya no está en el horario.
status-refused = Ese cambio no es posible: { $reason }
status-name-needed = Un horario necesita un nombre.
status-demo-not-loaded = No se ha podido cargar el horario de demostración: { $reason }
status-link-unreadable = No se ha podido leer el enlace que has abierto: { $reason }.
status-link-unreadable-demo = No se ha podido leer el enlace que has abierto: { $reason }. Se muestra el horario de demostración en su lugar.
status-file-not-opened = “{ $file }” no se ha abierto y no ha cambiado nada: { $reason }.
status-file-unreadable = No se ha podido leer “{ $file }”.
status-storage-open = No se ha podido abrir ese horario: { $reason }.
status-storage-open-last = No se ha podido abrir tu último horario: { $reason }.
status-storage-list = No se han podido leer tus horarios guardados: { $reason }.
status-storage-compare = No se ha podido leer tu versión guardada para compararla: { $reason }.
status-storage-autosave = Tu último cambio está abierto aquí, pero no se ha guardado: { $reason }.
status-storage-remember = No se ha conservado una versión en el historial de este horario: { $reason }.
status-storage-save = El horario no se ha guardado: { $reason }.
status-storage-remove = No se ha eliminado: { $reason }.
status-storage-other = No ha funcionado: { $reason }.
status-zone-unknown = Ninguna zona horaria coincide con "{ $text }". Escribe una ciudad (p. ej. Trondheim) o un nombre IANA (p. ej. Europe/Oslo).
holidays-not-loaded = No se han podido cargar los festivos de { $campus } ({ $country }): la comprobación solo tiene los cierres introducidos a mano. Recarga la página para volver a intentarlo.
holidays-unknown-region = { $campus } tiene la región “{ $region }”, que los datos de festivos de { $country } no incluyen: en la comprobación solo están los festivos nacionales de { $country }. Elige su región en Campus y personas.
holidays-year-not-covered = Los datos de festivos de { $country } no cubren { $year }: los festivos de { $campus } de ese año no están en la comprobación.
holidays-both-names = { $local } ({ $english })
holidays-student-notice = { $date }: { $name }, festivo en { $campus }
holidays-student-notice-observed = { $date }: { $name }, festivo en { $campus }, trasladado a este día


## App: student timetable

timetable-label = Mi horario
timetable-my-campus = Mi campus
timetable-all-campuses = Todos los campus
timetable-my-cohort = Mi grupo
timetable-all-cohorts = Todos los grupos
timetable-add-to-calendar = Añadir a mi calendario (.ics)
timetable-next = Próxima: { $title } { $countdown } — { $date }, { $time } hora local
timetable-no-more = No hay más sesiones en este periodo lectivo.
timetable-time-changes = Cambios de hora
timetable-public-holidays = Festivos
timetable-show = Mostrar
timetable-agenda = Agenda
timetable-week = Semana
timetable-hide-earlier = Ocultar los días anteriores
timetable-show-earlier = { $count ->
    [one] Mostrar { $count } día anterior
   *[other] Mostrar { $count } días anteriores
}
timetable-nothing = No hay sesiones que mostrar.
timetable-skipped = sin clase esta semana
timetable-moved = cambiada esta semana
timetable-skipped-date = sin clase
timetable-moved-date = cambiada
timetable-meta = { $length } · hora del campus anfitrión: { $host }
timetable-meta-rooms = { $length } · hora del campus anfitrión: { $host } · { $rooms }
timetable-meta-elsewhere = { $length } · { $time } hora de { $city } · campus anfitrión: { $campus }
timetable-meta-elsewhere-rooms = { $length } · { $time } hora de { $city } · campus anfitrión: { $campus } · { $rooms }
timetable-host-time = { $time } en { $city } ({ $campus })
timetable-host-time-no-campus = { $time } en { $city }
timetable-room = { $room }, { $campus }
timetable-next-day = { $time } (día siguiente)
timetable-join = Unirse en línea
timetable-not-a-web-link = no es un enlace web
timetable-change = Desde el { $date }, la hora de inicio de { $title } es { $now } en lugar de { $was }.
timetable-change-why = Desde el { $date }, la hora de inicio de { $title } es { $now } en lugar de { $was } ({ $why }).
timetable-this-class = Esta sesión
timetable-switch-to-summer = { $city } pasa al horario de verano
timetable-switch-from-summer = { $city } deja el horario de verano
timetable-term-label = El periodo lectivo de un vistazo
timetable-term-heading = El periodo lectivo de un vistazo — { $name }
timetable-times-in = Horas según la hora de { $place } ({ $zone }).
timetable-column-session = Sesión
timetable-column-when = Cuándo
timetable-column-dates = Fechas
timetable-usual = { $weekday } { $time }
timetable-other-times = { $usual } (otra hora en { $count ->
    [one] { $count } fecha
   *[other] { $count } fechas
})
timetable-dates = { $first } – { $last } · { $count ->
    [one] { $count } sesión
   *[other] { $count } sesiones
}
timetable-opening-planner = Abriendo el planificador…
timetable-opening = Abriendo el horario…
timetable-open-the-link = Abre el enlace para estudiantes que ha compartido tu coordinador para ver aquí tu horario.
timetable-plan-in-meridian = Planificar un horario en Meridian


## App: planner grid, session form, conflicts panel, time finder, best times panel

week-nav = Semanas del periodo lectivo
week-previous = Semana anterior
week-next = Semana siguiente
week-pick = Semana
week-label = Semana { $week } · { $days } { $year }
week-position = semana { $week } de { $weeks } del periodo lectivo
week-snap = Ajustar a
week-term-strip = El periodo lectivo de un vistazo: semanas con conflictos o cambios de hora
week-cell = Semana { $week } ({ $date }){ $conflicts ->
        [yes] , con conflictos
       *[no] {""}
    }{ $switch ->
        [yes] , cambio de hora
       *[no] {""}
    }
week-switches = Cambios de hora esta semana
week-switch-forward = { $date }: { $campuses } — los relojes se adelantan { $from } → { $to } (ahora UTC{ $offset })
week-switch-back = { $date }: { $campuses } — los relojes se atrasan { $from } → { $to } (ahora UTC{ $offset })
grid-label = Sesiones, horas en la zona { $zone }
grid-day-tabs = Día
grid-day-count = { $count ->
        [one] { $count } sesión
       *[other] { $count } sesiones
    }
grid-scroll = Cuadrícula semanal, desplazable
grid-ruler-you = Tú
grid-ruler-your-time = Tu hora
grid-ruler = Regla de { $name }
grid-ruler-closed = Cierre de { $campus }: { $days }
grid-ruler-offset = UTC{ $offset } · { $abbreviation }
grid-day-off = { $date }: { $holiday }
grid-legend = Horas de la cuadrícula en la zona { $zone } · las reglas muestran la hora local de cada campus, sombreada fuera del horario lectivo · pasa el cursor, enfoca o toca una sesión para ver su hora local en cada campus{ $editable ->
        [yes] {" "}· arrastra sobre un hueco libre para añadir una sesión
       *[no] {""}
    }
block-keys = Intro o doble clic para editar (solo esta semana o todas las semanas); las flechas mueven todas las semanas { $step } minutos o un día; Mayús con arriba y abajo cambia la duración; Supr elimina la sesión (Ctrl+Z deshace). Arrastra para mover; arrastra el borde inferior para cambiar la duración.
block-resize = Arrastra para cambiar la duración
block-changed = Cambiada solo esta semana
block-busy-title = Ocupado
block-busy = Ocupado: { $whose } (de { $calendar }), { $time }
block-local-times = Hora local en cada campus
block-other-day = otro día
block-outside-hours = fuera de horario
block-join = Unirse en línea
block-not-a-web-link = no es un enlace web
planner-cancel = Cancelar
planner-scope-move = ¿Mover “{ $title }” { $shift }?
planner-scope-shorter = ¿Acortar “{ $title }” { $length }?
planner-scope-longer = ¿Alargar “{ $title }” { $length }?
planner-scope-why = Es una serie semanal. ¿Cambiar solo la semana que has arrastrado o todas las semanas de la serie?
planner-scope-this-week = Solo esta semana ({ $date })
planner-scope-every-week = Todas las semanas
planner-main = Cuadrícula semanal
conflicts-label = Conflictos
conflicts-title = Conflictos
conflicts-counts = { $errors ->
        [one] { $errors } error
       *[other] { $errors } errores
    } · { $warnings ->
        [one] { $warnings } aviso
       *[other] { $warnings } avisos
    } · { $notes ->
        [one] { $notes } nota
       *[other] { $notes } notas
    }
conflicts-checking-short = comprobando…
conflicts-progress = Comprobando conflictos
conflicts-checking = Comprobando el horario…
conflicts-checking-changed = Comprobando el horario modificado… La lista de abajo es de antes del cambio.
conflicts-none = Sin conflictos: cada sesión encaja en cada campus, todas las semanas.
conflicts-errors = Errores ({ $count })
conflicts-warnings = Avisos ({ $count })
conflicts-notes = Desfases por el horario de verano y notas ({ $count })
conflicts-drift-caption = Hora local de inicio en cada campus durante el periodo lectivo
conflicts-show-week = Mostrar la semana del { $date }
conflicts-find = Buscar una hora para { $title }
conflicts-find-week = Buscar una hora para { $title } solo el { $date }
conflicts-teach-anyway = Dar clase aunque sea { $holiday }
conflicts-show-more = Mostrar { $count } más
conflicts-hint = Sugerencia: { $hint }
planner-drag-label = Dónde quedaría la sesión
planner-drag-title = { $title }, { $date }
planner-drag-checking = Aún se están comprobando los conflictos: lo que añadiría este movimiento aparecerá cuando termine.
planner-drag-ok = Ningún conflicto nuevo, aunque se muevan todas las semanas.
finder-label = Buscar una hora
finder-button = Buscar una hora
finder-hint-week = prueba cada media hora de esta semana en los días lectivos del campus anfitrión, comprobándola con todo lo demás de esa semana
finder-hint-series = prueba cada media hora de la primera semana en los días lectivos del campus anfitrión, comprobando cada una con todo el periodo lectivo
finder-progress = Buscando una hora
finder-searching = Probando cada inicio posible de la semana…
finder-stop = Detener
finder-when = { $date }, { $time }
finder-now = Horas según la hora de { $place }. Ahora { $when }: { $summary }
finder-none-better = Ninguna otra hora de esta semana es mejor.
finder-refused = No hay horas que proponer: { $reason }.
form-edit-title = Editar sesión
form-new-title = Nueva sesión
form-scope = Cambiar
form-scope-every-week = todas las semanas de la serie
form-scope-this-week = solo el { $date } (esta semana)
form-week-note = { $title } del { $date }: la hora es la de { $place }. El título, los grupos, el docente y lo demás siguen siendo los de la serie; elige “todas las semanas de la serie” para cambiarlos.
form-title = Título
form-course = Asignatura
form-kind = Tipo
form-kind-option = { $kind ->
        [joint-lecture] clase conjunta
        [lecture] clase teórica
        [lab] laboratorio
        [seminar] seminario
        [tutorial] clase práctica
        [exam] examen
        [office-hours] tutorías
       *[other] otro
    }
form-host = Impartida desde
form-zone = Hora fijada en
form-zone-host = la zona del campus anfitrión
form-date = Fecha
form-first-date = Primera fecha
form-starts-at = Hora de inicio
form-length = Duración (minutos)
form-best-times = Mejores horas
form-best-times-hint = sombrea la semana según cuántos campus están en horario lectivo todas las semanas del periodo, y propone una rotación equitativa cuando ninguna hora va bien a todos
form-repeats = Repetición
form-weekly = cada semana o cada pocas semanas
form-interval = Cada … semanas
form-until = Hasta (opcional)
form-count = Número de veces (opcional)
form-skip = Fechas omitidas ({ $pattern }, separadas por comas)
form-weekdays = Estos días (si no hay ninguno, el día de la primera fecha)
form-cohorts = Grupos
form-rooms = Aulas
form-lecturer = Docente
form-meeting = Enlace de la reunión en línea
form-meeting-placeholder = https://…
form-notes = Notas
form-cancel-week = Cancelar esta semana
form-close = Cerrar
form-save-week = Guardar esta semana
form-save = Guardar
form-add = Añadir sesión
form-no-title = Ponle un título a la sesión.
form-no-start = Indica la fecha y la hora de inicio.
form-length-not-a-number = La duración es un número de minutos, p. ej. 90.
form-interval-too-small = El intervalo debe ser de al menos 1 semana.
form-until-not-a-date = “Hasta” es una fecha, { $pattern }.
form-count-not-a-number = “Número de veces” es un número.
form-skip-not-a-date = Cada fecha omitida debe tener el formato { $pattern }.
best-label = Mejores horas
best-title = Mejores horas para { $title }
best-title-new = Mejores horas para una serie nueva
best-close = Cerrar
best-campuses = Campus que deben participar
best-length = Duración (minutos)
best-tick-one = Marca al menos un campus.
best-no-map = No hay mapa de mejores horas: { $reason }.
best-no-rotation = No hay rotación que proponer: { $reason }.
best-intro = Horas según la hora de { $place }. Sombreado sobre la cuadrícula: cuántos campus marcados están en horario lectivo en cada inicio, todas las semanas del periodo lectivo ({ $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    }).
best-key-all = todos
best-key-booked = todos, con reservas
best-key-fewer = menos
best-point-hint = Pasa el cursor por una hora de inicio, en la cuadrícula o abajo, para ver por qué algunos campus no pueden; haz clic en una para empezar ahí una serie.
best-slot = { $start }: { $state }
best-slot-no-week = ninguna semana del periodo lectivo tiene este día
best-slot-everyone = va bien a todos los campus todas las semanas en que imparten clase
best-slot-holding = { $holding } de { $campuses } campus en horario lectivo todas las semanas
best-closed-weeks-only = { $reason } — solo en semanas de cierre, que ningún inicio evita
best-booked = { $who } tiene reservas durante { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } a partir del { $date }
best-someone = Alguien
best-everyone-heading = Inicios que van bien a todos todas las semanas
best-start = Nueva serie con inicio { $start }
best-start-everyone = Nueva serie con inicio { $start } ({ $starts }: va bien a todos)
best-none-suits = Ningún inicio va bien a los { $campuses } campus todas las semanas del periodo lectivo; lo máximo es { $most } de { $campuses }. Los más cercanos:
best-no-rotation-found = Ningún inicio en día laborable cae dentro del periodo lectivo todas las semanas sin una reserva, así que no hay rotación que proponer.
best-rotation-heading = { $slots ->
        [one] Una sola franja semanal es la más equitativa
       *[other] Una rotación equitativa de { $slots } franjas semanales
    }
best-rotation-note = Por turnos, semana a semana, para repartir las sesiones de noche, a primera hora, a última hora y en fin de semana: como máximo { $largest } puntos para un campus, { $total } en total (una sesión de noche cuenta como { $night }){ $complete ->
        [no] {" "}(la búsqueda se detuvo en su límite; es la mejor que encontró)
       *[yes] {""}
    }.
best-rotation-scroll = Inicios en hora local por campus, desplazable
best-rotation-caption = Inicio en hora local de cada franja en cada campus
best-rotation-campus = Campus
best-rotation-place = hora de { $place }
best-night = de noche
best-night-aside = (de noche)
best-rotation-weeks = Semanas:
best-rotation-tally = Sesiones incómodas por campus:
best-rotation-fairness = Equidad: las sesiones incómodas de cada campus se reparten de la forma más equilibrada que permiten las horas; una sesión de noche (antes de las 06:00 o que termina después de las 23:00, marcada con ☾) cuenta como tres. Comprueba arriba la hora local de cada campus.
best-rotation-use = Usar esta rotación
best-rotation-from-form = Abre “Mejores horas” desde el formulario de una sesión para sustituirla por esta rotación.


## App: dialogs

dialog-cancel = Cancelar
dialog-done = Hecho
dialog-save = Guardar
dialog-remove = quitar
share-title = Compartir “{ $name }”
share-lead = Todo el horario va dentro del enlace: no se sube nada y quien lo abra obtiene su propia copia.
share-edit-heading = Enlace para editar
share-edit-hint = Se abre en el planificador como una copia que el destinatario puede cambiar y guardar.
share-copy = Copiar
share-view-heading = Enlace para estudiantes
share-view-hint = Solo lectura: abre el horario en la zona horaria de cada estudiante.
share-for = Para
share-everyone = Todos
share-one-campus = Un campus
share-one-cohort = Un grupo
share-download = Descargar calendario (.ics)
share-qr-heading = Código QR
share-qr-of = Código QR del
share-qr-students = enlace para estudiantes
share-qr-edit = enlace para editar
share-qr-label-students = Código QR del enlace para estudiantes (versión { $version })
share-qr-label-edit = Código QR del enlace para editar (versión { $version })
share-qr-caption = { $width }×{ $width } módulos: apunta hacia él con la cámara de un móvil o ponlo en una diapositiva.
share-qr-too-large = Este horario es demasiado grande para un solo código QR: comparte el enlace.
share-copied-edit = Enlace para editar copiado al portapapeles.
share-copied-students = Enlace para estudiantes copiado al portapapeles.
share-copy-failed-edit = No se ha podido copiar: selecciona el enlace para editar y pulsa Ctrl+C (⌘C en un Mac).
share-copy-failed-students = No se ha podido copiar: selecciona el enlace para estudiantes y pulsa Ctrl+C (⌘C en un Mac).
share-downloaded = Se ha descargado { $file }: ábrelo con tu aplicación de calendario para añadir todas las sesiones.
share-download-failed = No se ha podido crear el archivo de calendario en este navegador.
share-length = { $count ->
    [one] { $count } carácter
   *[other] { $count } caracteres
}
share-no-link = Sin enlace: { $reason }.
share-sheet = Compartir enlace para estudiantes…
import-title = Importar horas ocupadas
import-lead = Un archivo de calendario del sistema de horarios de un socio (TimeEdit, Untis, Google Calendar, Outlook). Sus eventos pasan a ser horas ocupadas en la comprobación de conflictos y aparecen en gris en la cuadrícula. Nada sale de este navegador.
import-file = Archivo de calendario (.ics)
import-busy-of = Horas ocupadas de
import-group-cohorts = Grupos
import-group-lecturers = Docentes
import-group-rooms = Aulas
import-group-campuses = Campus completo (todos los grupos)
import-name = Nombre (opcional)
import-name-placeholder = p. ej. NTNU TimeEdit, otoño 2026
import-submit = Importar
import-choose-file = Elige primero un archivo de calendario (.ics).
import-too-large = “{ $file }” ocupa { $size } MB; Meridian lee archivos de calendario de hasta { $limit } MB (exporta un periodo más corto).
import-unreadable = No se ha podido leer el archivo.
import-nothing-imported = No se ha importado nada: { $reason }.
new-title = Nuevo horario
new-lead = Empieza por una alianza: sus campus vienen con sus zonas horarias y un horario lectivo predeterminado (de lunes a viernes, de 08:00 a 20:00 hora local), que puedes cambiar después.
new-alliance = Alianza
new-campuses = Campus
new-campus = { $campus } ({ $city })
new-name = Nombre
new-name-placeholder = p. ej. Sistemas de energía sostenible — primavera 2027
new-term-starts = Inicio del periodo lectivo
new-term-ends = Fin del periodo lectivo
new-create = Crear
new-dates-missing = Indica el primer y el último día del periodo lectivo.
new-default-name = Periodo lectivo { $alliance }
new-default-name-plain = Nuevo periodo lectivo
new-cannot-make = No se puede crear el horario: { $reason }.
people-title = Campus y personas
people-campuses = Campus: horario lectivo ({ $pattern }; vacío = sin clases) y cierres
people-campus-place = · { $city } · { $zone }
people-remove-campus-label = Quitar el campus { $name }
people-remove-campus = quitar campus
people-remove-closure-label = Quitar el cierre { $name }
people-remove-cohort-label = Quitar el grupo { $name }
people-remove-lecturer-label = Quitar al docente { $name }
people-remove-room-label = Quitar el aula { $name }
people-hours-label = Horario lectivo de { $campus }, { $weekday }
people-hours-empty = —
people-hours-refused = “{ $hours }” no es un horario lectivo válido para { $weekday }: escríbelo como 08:00-18:00, o deja el campo vacío si no hay clases.
people-closure = { $name } — { $date }
people-closure-span = { $name } — del { $start } al { $end }
people-add-closure = Añadir un cierre (nombre, fecha)
people-add-closure-placeholder = Festivo, 2026-12-08
people-add-closure-label = Añadir un cierre en { $campus }
people-closure-refused = “{ $text }” no es un cierre: escribe el nombre, una coma y la fecha, p. ej. Festivo, 2026-12-08.
people-add-campus = Añadir un campus: busca una universidad, una ciudad o una zona horaria
people-add-known = + { $campus } ({ $city })
people-add-zone = + un campus en { $city } ({ $zone })
people-new-campus-name = Campus de { $city }
people-cohorts = Grupos
people-cohort-name = Nombre del grupo
people-campus-of = Campus de { $name }
people-add-cohort = Añadir un grupo
people-lecturers = Docentes
people-lecturer-name = Nombre del docente
people-add-lecturer = Añadir un docente
people-rooms = Aulas
people-room-name = Nombre del aula
people-add-room = Añadir un aula
people-removed = { $removed } Pulsa Guardar para confirmarlo o Cancelar para descartarlo.
people-not-removed = No se ha quitado: { $reason }.
people-not-changed = No se ha cambiado: { $reason }.
people-new-cohort-campus = Campus del nuevo grupo
people-lecturer-prompt = Escribe el nombre del docente
people-room-prompt = Escribe el nombre del aula
problem-unnamed = { $item ->
    [cohort] el grupo n.º { $position } de la lista no tiene nombre; escribe uno o quítalo
    [lecturer] el docente n.º { $position } de la lista no tiene nombre; escribe uno o quítalo
   *[room] el aula n.º { $position } de la lista no tiene nombre; escribe uno o quítala
}
calendar-region = Región de festivos
calendar-region-label = Región de festivos de { $campus }
calendar-national-only = Solo festivos nacionales ({ $country })
calendar-national-no-country = Ningún país indicado
calendar-no-country = Sin país: solo los cierres introducidos a mano
calendar-loading = Festivos ({ $country }): cargando…
calendar-no-holidays = No hay festivos en el periodo lectivo
calendar-holidays = { $taught ->
    [0] Festivos en el periodo lectivo ({ $count })
   *[other] Festivos en el periodo lectivo ({ $count }, { $taught } con clase)
}
calendar-unticked = Sin marcar: el campus imparte clase ese día.
calendar-english-name = ({ $name })
calendar-observed = trasladado
calendar-substitute = día sustitutorio
calendar-we-teach = hay clase
calendar-period = { $kind ->
    [exams] Exámenes
   *[lecture-free] Periodo no lectivo
}: { $name } — del { $start } al { $end } de { $year }
calendar-remove-period-label = Quitar el periodo { $name }
calendar-add-exams = Añadir un periodo de exámenes (nombre, primer día, último día)
calendar-add-lecture-free = Añadir un periodo no lectivo (nombre, primer día, último día)
calendar-add-exams-label = Añadir un periodo de exámenes en { $campus }
calendar-add-lecture-free-label = Añadir un periodo no lectivo en { $campus }
calendar-exams-placeholder = Exámenes de invierno, 2027-02-01, 2027-02-19
calendar-lecture-free-placeholder = Vacaciones de Navidad, 2026-12-21, 2027-01-03
calendar-period-refused = “{ $text }” no es un periodo: escribe su nombre, su primer día y su último día, p. ej. Exámenes de invierno, 2027-02-01, 2027-02-19.
calendar-import = Importar calendario académico (.ics)…
calendar-import-label = Importar el calendario académico (.ics) de { $campus }
calendar-too-large = “{ $file }” ocupa { $size } MB; Meridian lee archivos de calendario de hasta { $limit } MB.
calendar-unreadable = No se ha podido leer el archivo.
calendar-nothing-read = No se ha leído nada: { $reason }.
calendar-academic-label = Calendario académico de { $campus }
calendar-no-events = No hay eventos en el periodo lectivo.
calendar-events = Eventos del periodo lectivo, cada uno guardado según lo que elijas:
calendar-event = { $name }: { $when }
calendar-event-no-name = (sin nombre): { $when }
calendar-keep-as = Guardar { $name } ({ $when }) como
calendar-keep-no-name-as = Guardar el evento sin nombre ({ $when }) como
calendar-event-span = del { $start } al { $end }
calendar-as-closure = Cierre
calendar-as-exams = Periodo de exámenes
calendar-as-lecture-free = Periodo no lectivo

calendar-as-skip = Omitir
calendar-forget = Descartar estos
calendar-add = Añadir estos
schedules-title = Mis horarios
schedules-lead = Guardados solo en el almacenamiento de este navegador, en este dispositivo.
schedules-protected = El navegador se ha comprometido a conservarlos (no los borrará para liberar espacio).
schedules-unprotected = El navegador no se ha comprometido a conservarlos: puede borrarlos para liberar espacio, y Safari los borra tras siete días sin visitas si la aplicación no está instalada.
schedules-protection-unknown = Este navegador no indica si los conservará.
schedules-keep-elsewhere = Exporta un archivo o copia el enlace para editar para guardar una copia en otro sitio.
schedules-backup-changed = “{ $name }” ha cambiado desde la última vez que lo exportaste o compartiste.
schedules-backup-how = Su única copia está en este navegador: usa Exportar archivo en el menú, o Compartir → Copiar el enlace para editar, y envíatelo.
schedules-none = Todavía ninguno: cambia una demostración, abre un enlace compartido y guárdalo, o crea un horario nuevo.
schedules-name-label = Nombre de { $name }
schedules-open = Abrir
schedules-duplicate = Duplicar
schedules-delete-label = ¿Eliminar { $name }?
schedules-delete-question = ¿Eliminar “{ $name }”?
schedules-delete = Eliminar
schedules-keep = Conservar
schedules-delete-ask = Eliminar…
schedules-deleted = Se ha eliminado “{ $name }”.
schedules-undo = Deshacer
schedules-damaged = Apartados por estar dañados
schedules-damaged-hint = No se han podido leer, así que se han apartado tal cual. Descarga uno para repararlo a mano (es el JSON del horario) y luego abre el archivo.
schedules-damaged-list = La lista de horarios
schedules-damaged-schedule = Horario “{ $id }”
schedules-download-list-label = Descargar la lista de horarios
schedules-download-schedule-label = Descargar el horario “{ $id }”
schedules-download = Descargar
schedules-discard-list-label = Descartar la lista de horarios
schedules-discard-schedule-label = Descartar el horario “{ $id }”
schedules-discard = Descartar
schedules-kept = Versiones guardadas de “{ $name }” ({ $count })
schedules-kept-hint = Las versiones que compartiste, recibiste o tenías antes de una fusión (las últimas 20): compara una con la tuya para recuperar lo que quieras.
schedules-version = { $how ->
    [both] Compartida y recibida
    [shared] Compartida
    [received] Recibida
   *[had] Anterior a una fusión
} · versión { $version }
schedules-compare-label = Comparar la versión { $version } con la tuya
schedules-compare = Comparar…
schedules-discard-versions = Descartar estas versiones
schedules-copy-name = { $name } (copia)
schedules-storage-unavailable = este navegador no permite que Meridian guarde horarios (modo privado o almacenamiento desactivado); tu trabajo sigue abierto solo en esta pestaña
schedules-storage-full = el almacenamiento de este navegador para Meridian está lleno; tu trabajo sigue abierto en esta pestaña y puedes exportarlo como archivo
schedules-damaged-left = el horario guardado "{ $id }" está dañado ({ $reason }); se ha dejado tal cual
schedules-damaged-set-aside = el horario guardado "{ $id }" está dañado ({ $reason }); se ha apartado tal cual, para que nada lo sobrescriba, y “Mis horarios” lo ofrece como archivo
schedules-missing = no hay ningún horario "{ $id }" guardado en este navegador
schedules-list-repaired = La lista de tus horarios guardados estaba dañada: se ha apartado y se ha rehecho a partir de los horarios guardados aquí (“Mis horarios” ofrece la lista dañada como archivo).
schedules-unreadable = No se han podido leer tus horarios guardados: { $reason }.
