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


## Engine: errors a user can act on

error-unknown-zone = fuso orario "{ $name }" sconosciuto; usa un nome IANA come Europe/Berlin
error-unknown-zone-suggestions = fuso orario "{ $name }" sconosciuto; forse intendevi { $suggestions }?
error-bad-date-time = impossibile leggere "{ $text }" come data o ora; formato atteso: { $expected }
error-unknown-disambiguation = disambiguazione "{ $text }" sconosciuta; usa compatible, earlier, later o reject
error-nonexistent-local-time = { $local } non esiste in { $zone }: quel giorno l'intervallo { $skipped } viene saltato; scegli un altro orario o usa --disambiguation compatible
error-ambiguous-local-time = { $local } si ripete due volte in { $zone } (a UTC{ $earlier } e a UTC{ $later }); usa --disambiguation earlier o later per scegliere
error-out-of-range = { $text } è fuori dall'intervallo consentito (anni dal 1000 al 9999)
error-syntax = riga { $line }, colonna { $column }: { $problem }
error-unsupported-format = questa versione di Meridian non legge il formato "{ $found }" (legge "{ $format }"); se il file proviene da un Meridian più recente, aprilo lì
error-invalid = { $path }: { $problem }
error-too-large-to-share = questo orario è troppo grande per un link di condivisione: servono { $size } { $what ->
    [characters] caratteri di link
   *[bytes] byte non compressi
} e un link ne contiene al massimo { $limit }; condividi invece l'orario come file
error-holiday-file = file delle festività: { $problem }
error-holiday-file-line = file delle festività, riga { $line }: { $problem }
error-unknown-country = "{ $text }" non è un codice paese; usa due lettere (ISO 3166), con la regione dopo un trattino: DE, DE-BE, US-TX
error-unknown-region-none = il file delle festività di { $country } non ha la regione "{ $region }"; contiene solo festività nazionali
error-unknown-region = il file delle festività di { $country } non ha la regione "{ $region }"; ha { $regions }{ $more ->
    [0] {""}
   *[other] {" "}e altre { $more }
}
error-calendar-file = file del calendario: { $problem }
error-calendar-file-line = file del calendario, riga { $line }: { $problem }
link-not-a-link = questo non è un link di Meridian: un link a un orario contiene "#s1." o "#s2." ("#Q1." o "#Q2." da un codice QR) seguito da lettere e cifre
link-cut-off = questo link è stato troncato: copia di nuovo il link completo (le app di posta e di chat a volte spezzano i link lunghi)
link-newer = questo link è stato creato da un Meridian più recente (versione del link { $version }; questo legge la versione { $supported }): aprilo con il Meridian più recente
link-damaged = questo link è danneggiato (alcuni caratteri sono stati modificati): chiedilo di nuovo a chi te l'ha inviato
link-too-long = questo link è più grande di qualsiasi orario condiviso da Meridian (limite { $limit }): non è stato creato da Meridian
link-invalid-schedule = questo link è integro, ma l'orario che contiene non è valido ({ $problem }): non è stato creato da questo Meridian; chiedi il file dell'orario a chi te l'ha inviato
problem-not-utf8 = il byte { $byte } ({ $value }) non è testo UTF-8; salva il file come UTF-8
problem-file-too-large = il file ha { $bytes } byte; Meridian legge orari di al massimo { $max }
problem-odd-byte-utf16 = un byte in più alla fine di un testo UTF-16; salva il file come UTF-8 o UTF-16
problem-lone-surrogate = un surrogato isolato in un testo UTF-16; salva il file come UTF-8 o UTF-16
problem-not-an-object = un orario è un oggetto JSON ({"{"} "format": "{ $format }", … {"}"})
problem-misplaced-list = è una lista ([…]) dove il formato prevede un oggetto ({"{"}…{"}"}) o un singolo valore; vedi docs/schedule-format.md
problem-format-not-string = deve essere la stringa "{ $format }"
problem-format-missing = manca; un orario Meridian inizia con "format": "{ $format }"
problem-id-empty = non deve essere vuoto
problem-no-campus = un orario deve avere almeno una sede
problem-id-missing = ogni { $item ->
    [campus] sede
    [cohort] gruppo
    [lecturer] docente
    [room] aula
    [session] lezione
   *[busy-calendar] calendario degli impegni
} deve avere un id
problem-duplicate-id = due { $item ->
    [campus] sedi
    [cohort] gruppi
    [lecturer] docenti
    [room] aule
    [session] lezioni
   *[busy-calendar] calendari degli impegni
} hanno l'id "{ $id }"
problem-campus-code = la sede "{ $campus }" deve avere un codice da 1 a 5 caratteri, ad es. "BER"
problem-campus-region = la sede "{ $campus }" deve avere una regione da 1 a { $max } caratteri, come la chiamano i dati delle festività, ad es. "BE" per DE-BE
problem-period-ends-before-start = il periodo "{ $name }" finisce prima di iniziare
problem-closure-ends-before-start = la chiusura "{ $name }" finisce prima di iniziare
problem-cohort-campus-missing = il gruppo "{ $cohort }" appartiene alla sede "{ $campus }", che non è in questo orario
problem-room-campus-missing = l'aula "{ $room }" si trova nella sede "{ $campus }", che non è in questo orario
problem-lecturer-campus-missing = il docente "{ $lecturer }" afferisce alla sede "{ $campus }", che non è in questo orario
problem-busy-target-missing = il calendario degli impegni "{ $busy }" si riferisce { $item ->
    [campus] alla sede
    [cohort] al gruppo
    [lecturer] al docente
   *[room] all'aula
} "{ $id }", che non è in questo orario
problem-session-reference-missing = la lezione "{ $session }" fa riferimento { $item ->
    [host-campus] alla sede ospitante
    [cohort] al gruppo
    [lecturer] al docente
   *[room] all'aula
} "{ $id }", che non è in questo orario
problem-busy-target-not-one = il calendario degli impegni "{ $busy }" deve riferirsi a una sola sede, gruppo, docente o aula
problem-busy-block-ends-before-start = l'impegno "{ $title }" finisce prima di iniziare
problem-busy-block-too-long = l'impegno "{ $title }" dura più di 136 anni; un link di condivisione non potrebbe contenerlo
problem-session-length = la lezione "{ $session }" deve durare tra 1 minuto e 7 giorni
problem-change-without-occurrence = la lezione "{ $session }" non si tiene il { $date }: non c'è nulla da modificare
problem-change-length = deve essere tra 1 minuto e 7 giorni
problem-repeat-interval = deve essere tra 1 e 52 settimane
problem-repeat-count = deve essere almeno 1
problem-until-and-count = indica until oppure count, non entrambi
problem-until-before-start = la lezione "{ $session }" si ripete fino al { $until }, prima della sua prima data { $first }
problem-term-ends-before-start = il periodo didattico finisce ({ $end }) prima di iniziare ({ $start })
problem-term-too-long = un periodo didattico può durare al massimo un anno
problem-seconds = "{ $text }" contiene i secondi; un orario è al minuto: scrivi HH:MM
problem-fraction-of-second = "{ $text }" contiene una frazione di secondo; Meridian conserva solo secondi interi
problem-not-a-weekday = "{ $text }" non è un giorno della settimana; usa mon, tue, wed, thu, fri, sat o sun
problem-weekday-twice = { $day } compare due volte; indica l'orario di ogni giorno una sola volta
problem-hours-end-before-start = l'orario didattico "{ $text }" finisce prima di iniziare
problem-no-demo = nessun orario dimostrativo di nome "{ $name }"
problem-unknown = nell'orario non c'è { $item ->
    [campus] nessuna sede
    [cohort] nessun gruppo
    [lecturer] nessun docente
   *[room] nessuna aula
} "{ $id }"
problem-nothing-to-change = in questo orario non c'è { $item ->
    [campus] nessuna sede
    [cohort] nessun gruppo
    [lecturer] nessun docente
    [room] nessuna aula
    [session] nessuna lezione
   *[busy-calendar] nessun calendario degli impegni
} "{ $id }" da modificare
problem-no-campus-chosen = scegli almeno una sede
problem-too-many-at-once = al massimo { $max } sedi e { $max } tra gruppi, docenti e aule alla volta
problem-map-length = una lezione dura da 5 minuti a una settimana
problem-answer-count = { $questions } domande richiedono { $questions } risposte, non { $answers }
problem-not-a-fingerprint = "{ $text }" non è un'impronta: un'impronta ha 11 caratteri tra lettere, cifre, - e _
problem-view-link-extra-session = un link di consultazione contiene una lezione a cui la sua sede o il suo gruppo non partecipa
problem-no-occurrence = “{ $title }” non si tiene il { $date }
problem-no-occurrence-to-change = “{ $title }” non si tiene il { $date }: non c'è nulla da modificare
problem-no-occurrence-to-cancel = “{ $title }” non si tiene il { $date }: non c'è nulla da annullare
problem-occurrence-length = “{ $title }” non può durare meno di 5 minuti né più di una settimana
problem-too-far-to-move = lo spostamento è troppo grande
problem-series-too-far = “{ $title }” non può essere spostata così lontano
problem-weeks-wrap = “{ $title }” si tiene ogni { $interval } settimane; spostandola di { $days ->
    [one] { $days } giorno
   *[other] { $days } giorni
}, alcuni dei suoi giorni cadrebbero in settimane in cui non si tiene. Spostala all'interno della sua settimana o di settimane intere, oppure cambia i suoi giorni nel modulo
problem-one-off = “{ $title }” è una lezione singola: eliminala
problem-session-gone = quella lezione non è più nell'orario
problem-only-campus = { $campus } è l'unica sede dell'orario; aggiungine prima un'altra
problem-campus-teaches = { $campus } non può essere rimossa finché tiene { $sessions }; prima affida { $count ->
    [one] la lezione
   *[other] le lezioni
} a un'altra sede
problem-titles-one = “{ $first }”
problem-titles-two = “{ $first }” e “{ $second }”
problem-titles-more = “{ $first }”, “{ $second }” e altre { $more }
problem-not-in-schedule = in questo orario non c'è { $item ->
    [campus] nessuna sede
    [cohort] nessun gruppo
    [lecturer] nessun docente
   *[room] nessuna aula
} "{ $id }"
problem-name-empty = un orario deve avere un nome
problem-period-needs-name = un periodo deve avere un nome, ad es. "Esami invernali"
problem-period-exists = la sede "{ $campus }" ha già il periodo "{ $period }"
problem-academic-entry = una voce del calendario accademico del { $date } non ha nome o finisce prima di iniziare
problem-period-gone = quel periodo non è più nell'orario
problem-rotation-empty = la rotazione non ha fasce orarie o settimane
