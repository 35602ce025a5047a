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
### Registro: si dà del "tu" all'utente, come nelle app moderne; pulsanti brevi all'imperativo.


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
countdown-now = in corso
countdown-in = tra { $length }
countdown-days = tra { $days } giorni
countdown-tomorrow = domani


## Places
place-aachen = Aquisgrana
place-amsterdam = Amsterdam
place-auckland = Auckland
place-bangkok = Bangkok
place-beijing = Pechino
place-berlin = Berlino
place-cambridge-ma = Cambridge, Massachusetts
place-chicago = Chicago
place-delft = Delft
place-gdansk = Danzica
place-gothenburg = Göteborg
place-hangzhou = Hangzhou
place-houston = Houston
place-london = Londra
place-madrid = Madrid
place-manchester = Manchester
place-milan = Milano
place-moscow = Mosca
place-munich = Monaco di Baviera
place-nairobi = Nairobi
place-new-york = New York
place-oslo = Oslo
place-paris = Parigi
place-rome = Roma
place-saint-petersburg = San Pietroburgo
place-santiago = Santiago
place-shanghai = Shanghai
place-singapore = Singapore
place-stockholm = Stoccolma
place-toronto = Toronto
place-trondheim = Trondheim
place-ulaanbaatar = Ulan Bator
place-valencia = Valencia
place-warsaw = Varsavia
place-zuerich = Zurigo
place-zurich = Zurigo

## Engine: conflicts and their hints

conflict-resource-cohort = Gruppo { $name }
conflict-resource-lecturer = Docente { $name }
conflict-resource-room = Aula { $name }
conflict-double-booked = { $resource } ha due lezioni il { $date }, { $first_span } e { $second_span } ora di { $place } ({ $same ->
        [yes] due occorrenze di { $first }
       *[no] { $first } e { $second }
    }, sovrapposte per { $minutes } min)
conflict-short-break = { $resource } ha solo { $gap } min tra { $first } (fine: { $first_end }) e { $second } (inizio: { $second_start }) il { $date }, ora di { $place }; la regola chiede { $rule } min
conflict-busy = { $resource } non è disponibile il { $date }, { $busy } ora di { $place } ({ $calendar }), mentre { $session } si tiene nella fascia { $meets }
conflict-busy-block = { $resource } non è disponibile il { $date }, { $busy } ora di { $place } ({ $block }, da { $calendar }), mentre { $session } si tiene nella fascia { $meets }
conflict-public-holiday = { $session } del { $date } coincide con { $holiday }, giorno festivo presso { $campus } ({ $city }): i suoi gruppi di quella sede non hanno lezione
conflict-public-holiday-translated = { $session } del { $date } coincide con { $holiday } ({ $english }), giorno festivo presso { $campus } ({ $city }): i suoi gruppi di quella sede non hanno lezione
conflict-lecture-free = { $session } del { $date } cade durante { $period }, periodo di sospensione delle lezioni presso { $campus }
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
conflict-outside-hours = { $session } del { $date } si tiene nella fascia { $span } ora di { $city }, fuori dall'orario didattico di { $ends_in_s ->
        [yes] { $campus }
       *[no] { $campus }
    } ({ $hours })
conflict-skipped-time = { $session }: { $time } non esiste il { $date } (ora di { $place }: l'ora { $from }–{ $to } viene saltata); la lezione è spostata dopo il cambio dell'ora
conflict-repeated-time = { $session }: { $time } ricorre due volte il { $date } (ora di { $place }: UTC{ $earlier } e UTC{ $later }); si considera la prima
conflict-drift = { $session } ({ $weekdays } { $time } ora di { $place }) cambia orario presso le sedi partner durante il periodo didattico: { $rows }
weekday-list = { $list }, { $day }
conflict-omitted = { $resource } ha altre { $pairs } prenotazioni sovrapposte non elencate (Meridian elenca al massimo { $conflicts } conflitti o { $overlaps } sovrapposizioni per gruppo, docente o aula)
conflict-repeats = { $message } (e { $more ->
        [one] un'altra data
       *[other] altre { $more } date
    }, fino al { $last })
drift-row = { $cities }: { $times }
drift-once = { $time } il giorno { $date }
drift-until = { $time } fino al giorno { $date }
drift-from = { $time } dal giorno { $date }
drift-between = { $time } nel periodo { $from } – { $to }
hint-move-by = sposta { $session } di { $minutes } min
hint-move-after = sposta { $session } di { $minutes } min, { $hour ->
    [1] all'{ $time }
   *[other] alle { $time }
}, dopo { $after }
hint-move-when-free = sposta { $session } di { $minutes } min, { $hour ->
    [1] all'{ $time }
   *[other] alle { $time }
}, quando { $resource } è disponibile
hint-move-room-free = sposta { $session } di { $minutes } min, { $hour ->
    [1] all'{ $time }
   *[other] alle { $time }
}: quel giorno l'aula { $room } è libera nella fascia { $free }
hint-no-free-time = { $resource } non ha { $minutes } min liberi più tardi quel giorno
hint-common-window = quel giorno tutti i partecipanti sono in orario didattico nella fascia { $span } (ora di { $place })
hint-skip-or-move = salta questa data o sposta la lezione di quel giorno
hint-exams = gli studenti potrebbero avere esami: sposta la lezione fuori dalla sessione, oppure mantienila se non ne hanno
hint-avoid-switch-hour = scegli un orario fuori dall'ora del cambio
hint-fix-listed-first = risolvi prima le doppie prenotazioni elencate: di solito la causa sono copie di una stessa lezione
resolution-gap = { $time } non esiste il { $date } (l'ora { $from }–{ $to } viene saltata)
resolution-fold = { $time } ricorre due volte il { $date } (UTC{ $earlier } e UTC{ $later })
resolution-gap-in = { $time } non esiste il { $date } nel fuso { $zone } (l'ora { $from }–{ $to } viene saltata)
resolution-fold-in = { $time } ricorre due volte il { $date } nel fuso { $zone } (UTC{ $earlier } e UTC{ $later })
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
shape-date = AAAA-MM-GG
shape-time = HH:MM
shape-date-time = AAAA-MM-GGTHH:MM
shape-time-range = HH:MM-HH:MM
shape-instant = RFC 3339, ad es. 2026-03-29T01:30:00Z
error-unknown-disambiguation = disambiguazione "{ $text }" sconosciuta; usa compatible, earlier, later o reject
error-nonexistent-local-time = { $local } non esiste nel fuso { $zone }: quel giorno l'intervallo { $skipped } viene saltato; scegli un altro orario o usa --disambiguation compatible
error-ambiguous-local-time = { $local } ricorre due volte nel fuso { $zone } (UTC{ $earlier } e UTC{ $later }); per scegliere usa --disambiguation earlier o later
error-out-of-range = { $text } è fuori dall'intervallo consentito (anni dal 1000 al 9999)
error-syntax = riga { $line }, colonna { $column }: { $problem }
error-unsupported-format = questa versione di Meridian non legge il formato "{ $found }" (legge "{ $format }"); se il file proviene da una versione più recente di Meridian, aprilo con quella
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
problem-calendar-file-too-large = il file è di { $size } MB; Meridian legge file di calendario fino a { $max } MB (esporta un periodo più breve)
problem-calendar-not-icalendar = questo non è un file iCalendar (dovrebbe iniziare con BEGIN:VCALENDAR)
problem-calendar-starts-with-continuation = il file inizia con una riga di continuazione
problem-calendar-not-a-line = "{ $text }" non è una riga di calendario (NOME:valore)
problem-calendar-end-without-begin = END:{ $what } non chiude nessun blocco aperto con BEGIN:{ $what }
problem-calendar-cut-off = il file finisce prima di END:VCALENDAR (è stato troncato?)
problem-calendar-not-a-date-time = "{ $text }" non è né una data (YYYYMMDD) né una data e ora (YYYYMMDDTHHMMSS)
problem-calendar-date-time-out-of-range = "{ $text }" è fuori dall'intervallo consentito
problem-calendar-date-out-of-range = data fuori dall'intervallo consentito
problem-calendar-not-a-duration = "{ $text }" non è una durata come PT1H30M
problem-calendar-negative-duration = l'evento dura { $text }: una durata non può essere negativa
problem-calendar-ends-before-start = l'evento finisce (DTEND) prima di iniziare (DTSTART)
problem-calendar-rdate-periods = RDATE con periodi (inizio/fine) non è supportato; indica date o date e ore
problem-calendar-too-many-events = il calendario genera più di { $max } eventi nel periodo didattico; esporta un periodo più breve
problem-calendar-no-freq = la regola di ripetizione non ha FREQ
problem-calendar-freq-not-read = FREQ={ $freq } non è supportato; Meridian gestisce eventi che si ripetono ogni giorno o ogni settimana
problem-calendar-interval = INTERVAL={ $text } non è un numero positivo
problem-calendar-count = COUNT={ $text } non è un numero
problem-calendar-until-out-of-range = UNTIL fuori dall'intervallo consentito
problem-calendar-byday = BYDAY={ $day } non è supportato (solo giorni della settimana senza numero, come MO,WE)
problem-calendar-rule-part = la parte { $part } della regola di ripetizione non è supportata; Meridian gestisce regole giornaliere e settimanali (FREQ, INTERVAL, COUNT, UNTIL, BYDAY)
problem-calendar-unknown-zone = fuso orario "{ $name }" sconosciuto; Meridian riconosce i nomi IANA come Europe/Berlin, i nomi Windows come W. Europe Standard Time e i fusi orari che il file stesso definisce in un VTIMEZONE
problem-calendar-zone-rule-without = una regola di fuso orario senza { $property }
problem-calendar-not-an-offset = "{ $text }" non è uno scostamento da UTC come +0100
problem-calendar-zone-rule-part = la parte { $part } della regola di fuso orario non è supportata; Meridian gestisce regole annuali per mese e giorno della settimana (BYMONTH=3;BYDAY=-1SU)
problem-calendar-zone-rule-without-month = una regola di fuso orario senza BYMONTH non è supportata; Meridian gestisce regole annuali per mese e giorno della settimana (BYMONTH=3;BYDAY=-1SU)
problem-calendar-too-many-switches = questo fuso orario ha più di { $max } cambi dell'ora negli anni considerati
problem-calendar-schedule-term-out-of-range = il periodo didattico dell'orario è fuori dall'intervallo consentito
problem-calendar-term-out-of-range = il periodo didattico è fuori dall'intervallo consentito
problem-holiday-file-too-large = il file ha { $bytes } byte; un file delle festività può avere al massimo { $max } byte
problem-holiday-not-utf8 = il byte { $byte } non è testo UTF-8
problem-holiday-cut-off = il file non termina con un a capo: è stato troncato
problem-holiday-empty = il file è vuoto
problem-holiday-not-a-holiday-file = "{ $found }" non è un file delle festività per questa versione di Meridian (formato atteso: { $format })
problem-holiday-ends-before = il file finisce prima della riga `{ $key }`
problem-holiday-expected-header = attesa la riga `{ $key }` invece di "{ $found }"
problem-holiday-not-a-country-code = "{ $text }" non è un codice paese (due lettere maiuscole)
problem-holiday-expected-years = atteso `years FIRST LAST` invece di "{ $found }"
problem-holiday-not-a-year = "{ $text }" non è un anno (YYYY, 1000–9999)
problem-holiday-year-span = anni dal { $first } al { $last }: il primo non può essere successivo all'ultimo e un file copre al massimo { $max } anni
problem-holiday-not-a-locale = "{ $text }" non è un codice di lingua come de o en_US
problem-holiday-dash-not-alone = `-` deve comparire da solo
problem-holiday-not-a-region-code = "{ $text }" non è un codice di regione (da 1 a { $max } caratteri, né * né -)
problem-holiday-too-many-regions = un file può elencare al massimo 65.535 regioni
problem-holiday-region-twice = la regione "{ $code }" è elencata due volte
problem-holiday-too-few-fields = una riga di festività deve avere 5 campi separati da tabulazioni (data, tipo, ambito, nome locale, nome inglese); questa ne ha solo { $fields }
problem-holiday-too-many-fields = una riga di festività deve avere 5 campi separati da tabulazioni (data, tipo, ambito, nome locale, nome inglese); questa ne ha di più
problem-holiday-not-a-date = "{ $text }" non è una data (YYYY-MM-DD) compresa negli anni del file ({ $first }–{ $last })
problem-holiday-out-of-date-order = le festività non sono in ordine cronologico
problem-holiday-not-a-kind = "{ $text }" non è un tipo (- festività, o spostata, s giorno sostitutivo)
problem-holiday-not-a-region = "{ $code }" non è una delle regioni del file (o - all'inizio, per il calendario nazionale)
problem-holiday-region-out-of-order = la regione "{ $code }" non segue l'ordine della riga regions, oppure è elencata due volte
problem-holiday-empty-name = { $field ->
    [source] la fonte è vuota
    [local-name] il nome locale è vuoto
   *[english-name] il nome inglese è vuoto
}
problem-holiday-control-character = { $field ->
    [source] la fonte
    [local-name] il nome locale
   *[english-name] il nome inglese
} contiene un carattere di controllo
link-not-a-link = questo non è un link di Meridian: un link a un orario contiene da "#s1." a "#s{ $newest }." (da "#Q1." a "#Q{ $newest }." da un codice QR) seguito da lettere e cifre
link-cut-off = questo link è stato troncato: copia di nuovo il link completo (le app di posta e di chat a volte spezzano i link lunghi)
link-newer = questo link è stato creato da una versione più recente di Meridian (versione del link { $version }; questa legge la versione { $supported }): aprilo con la versione più recente di Meridian
link-damaged = questo link è danneggiato (alcuni caratteri sono stati modificati): chiedilo di nuovo a chi te l'ha inviato
link-too-long = questo link è più lungo di qualsiasi orario che Meridian condivide (limite { $limit }): non è stato creato da Meridian
link-invalid-schedule = questo link è integro, ma l'orario che contiene non è valido ({ $problem }): non è stato creato da questa versione di Meridian; chiedi il file dell'orario a chi te l'ha inviato
problem-not-utf8 = il byte { $byte } ({ $value }) non è testo UTF-8; salva il file come UTF-8
problem-file-too-large = il file è di { $bytes } byte; Meridian legge orari di { $max } byte al massimo
problem-odd-byte-utf16 = un byte in più alla fine di un testo UTF-16; salva il file come UTF-8 o UTF-16
problem-lone-surrogate = un surrogato isolato in un testo UTF-16; salva il file come UTF-8 o UTF-16
problem-not-an-object = un orario è un oggetto JSON ({"{"} "format": "{ $format }", … {"}"})
problem-misplaced-list = è una lista ([…]) dove il formato prevede un oggetto ({"{"}…{"}"}) o un singolo valore; vedi docs/schedule-format.md
problem-json-ends-inside = il file finisce { $part ->
    [list] all'interno di una lista: una parentesi `[` non ha la `]` di chiusura (forse il file è stato troncato?)
    [object] all'interno di un oggetto: una parentesi graffa `{"{"}` non ha la `{"}"}` di chiusura (forse il file è stato troncato?)
    [text] all'interno di un testo: le virgolette `"` non vengono chiuse (forse il file è stato troncato?)
   *[value] dove dovrebbe esserci ancora un valore (forse il file è vuoto o troncato?)
}
problem-json-expected-token = { $token ->
    [colon] mancano i due punti (`:`) dopo il nome
    [comma-or-list-end] manca una virgola (`,`) tra due elementi oppure la parentesi `]` che chiude la lista
    [comma-or-object-end] manca una virgola (`,`) tra due voci oppure la parentesi `{"}"}` che chiude l'oggetto
    [quote] qui ci vuole un nome tra virgolette (`"`)
    [literal] qui `true`, `false` o `null` è scritto male
   *[value] qui ci vuole un valore: un testo tra virgolette, un numero, `true`, `false`, `null`, una lista o un oggetto
}
problem-json-invalid-escape = in un testo, la barra rovesciata `\` è seguita da qualcosa che non è una sequenza di escape (per scrivere la barra stessa usa `\\`)
problem-json-invalid-number = un numero è scritto in una forma che il formato del file non ammette (per esempio `01`, `1.` o `+1`)
problem-json-number-out-of-range = c'è un numero troppo grande per poter essere letto
problem-json-invalid-unicode = una sequenza `\u` non corrisponde a nessun carattere
problem-json-control-character = un testo contiene un a capo o una tabulazione inseriti direttamente; al loro posto scrivi `\n` o `\t`
problem-json-key-not-text = un nome in un oggetto va scritto tra virgolette, come in `"name": value`
problem-json-trailing-comma = c'è una virgola (`,`) subito prima di una parentesi di chiusura `]` o `{"}"}`; eliminala
problem-json-text-after-end = dopo la fine dei dati c'è altro testo
problem-json-too-deep = liste e oggetti sono annidati su più di 128 livelli
problem-json-found = { $kind ->
    [text] il testo "{ $text }"
    [number] il numero { $text }
    [bool] `{ $text }`
    [null] `null`
    [list] una lista
   *[object] un oggetto
}
problem-json-expected = { $kind ->
    [text] un testo tra virgolette
    [whole-number] un numero intero
    [number] un numero
    [bool] `true` o `false`
    [null] `null`
    [list] una lista (`[…]`)
   *[object] un oggetto (`{"{"}…{"}"}`)
}
problem-json-wrong-type = c'è { $found } dove va { $expected }
problem-json-out-of-range = { $found } è fuori dall'intervallo ammesso: qui va un numero intero da { $min } a { $max }
problem-json-unknown-field = "{ $field }" non è un campo previsto qui (errore di battitura?); qui i campi previsti sono { $allowed }
problem-json-no-fields = "{ $field }" non è un campo previsto: qui non va indicato nessun campo
problem-json-unknown-value = "{ $value }" non è un valore ammesso qui; i valori ammessi sono { $allowed }
problem-json-wrong-length = c'è una lista di { $length ->
    [one] { $length } elemento
   *[other] { $length } elementi
} dove { $expected ->
    [one] ne va { $expected } solo
   *[other] ne vanno { $expected }
}
problem-json-wrong-length-any = qui una lista di { $length ->
    [one] { $length } elemento
   *[other] { $length } elementi
} non ha la lunghezza prevista
problem-json-duplicate-field = il campo "{ $field }" è indicato due volte
problem-json-missing-field = manca; qui va indicato il campo "{ $field }"
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
problem-until-before-start = la lezione "{ $session }" si ripete fino al { $until }, cioè prima della sua data di inizio ({ $first })
problem-term-ends-before-start = il periodo didattico finisce ({ $end }) prima di iniziare ({ $start })
problem-term-too-long = un periodo didattico può durare al massimo un anno
problem-seconds = "{ $text }" contiene i secondi; un orario è al minuto: scrivi { $pattern }
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
problem-series-too-far = la lezione “{ $title }” non può essere spostata così tanto
problem-weeks-wrap = la serie “{ $title }” si tiene ogni { $interval } settimane; spostandola di { $days ->
    [one] { $days } giorno
   *[other] { $days } giorni
}, alcuni dei suoi giorni cadrebbero in settimane in cui non si tiene. Spostala all'interno della sua settimana o di settimane intere, oppure cambia i suoi giorni nel modulo
problem-one-off = “{ $title }” è una lezione singola: eliminala piuttosto
problem-session-gone = quella lezione non è più nell'orario
problem-only-campus = { $campus } è l'unica sede dell'orario; aggiungine prima un'altra
problem-campus-teaches = { $campus } non può essere rimossa finché è la sede ospitante di { $sessions }; prima affida { $count ->
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


## Engine: what changed between two versions

change-group-schedule = Orario
change-group-busy = Impegni
change-group-people = Persone e aule
change-renamed-quoted = nome “{ $before }” → “{ $after }”
change-id = identificativo “{ $before }” → “{ $after }” (due orari diversi)
change-alliance = { $state ->
    [added] alleanza aggiunta: “{ $after }”
    [removed] alleanza rimossa (era “{ $before }”)
   *[changed] alleanza “{ $before }” → “{ $after }”
}
change-term = periodo didattico { $before } → { $after }
change-term-span = { $start } – { $end } { $year }
change-breaks = pause tra le lezioni di almeno { $before } → { $after }
change-busy-removed = “{ $name }” rimosso
change-busy-blocks = “{ $name }”: { $before } impegni → { $after }
change-busy-added = “{ $name }” aggiunto ({ $blocks ->
    [one] { $blocks } impegno
   *[other] { $blocks } impegni
})
change-busy-renamed = “{ $before }” rinominato in “{ $after }”
change-busy-whose = “{ $name }”: impegni di { $before } → { $after }
change-busy-times = “{ $name }”: { $blocks ->
    [one] { $blocks } impegno spostato a un altro orario
   *[other] { $blocks } impegni spostati ad altri orari
}
change-busy-titles = “{ $name }”: { $blocks ->
    [one] { $blocks } impegno con un altro titolo
   *[other] { $blocks } impegni con altri titoli
}
change-campus-removed = sede { $name } rimossa
change-campus-renamed = rinominata { $before } → { $after }
change-zone = fuso orario { $before } → { $after }
change-hours = orario didattico di { $day } { $before } → { $after }
change-no-teaching = nessuna lezione
change-campus-term = periodo didattico { $before } → { $after }
change-schedules-term = quello dell'orario
change-closure-span = { $start } – { $end } ({ $name })
change-closure-day = { $start } ({ $name })
change-reopened = non più chiusa { $closure }
change-closed = chiusa { $closure }
change-campus-short = nome breve { $before } → { $after }
change-campus-code = { $state ->
    [added] codice { $after } (prima ricavato dal nome breve)
    [removed] codice ricavato dal nome breve (prima { $before })
   *[changed] codice { $before } → { $after }
}
change-campus-city = città { $before } → { $after }
change-campus-country = paese { $before } → { $after }
change-campus-region = { $state ->
    [added] regione per le festività { $after } (prima solo festività nazionali di { $country })
    [removed] solo festività nazionali di { $country } (prima regione per le festività { $before })
   *[changed] regione per le festività { $before } → { $after }
}
change-holiday-off = si fa lezione il { $date }, anche se è un giorno festivo
change-holiday-on = il { $date } torna a essere festivo: nessuna lezione
change-period-added = { $kind ->
    [exams] sessione d'esami aggiunta
   *[lecture-free] periodo di sospensione delle lezioni aggiunto
}: { $start } – { $end } ({ $name })
change-period-removed = { $kind ->
    [exams] sessione d'esami rimossa
   *[lecture-free] periodo di sospensione delle lezioni rimosso
}: { $start } – { $end } ({ $name })
change-campus-added = sede { $name } aggiunta ({ $zone })
change-when = { $days } { $span } ({ $place })
change-day-span = { $weekday } { $span }
change-day-time = { $weekday } { $time }
change-lengths = { $before } → { $after }
change-session-removed = rimossa ({ $when })
change-session-added = aggiunta ({ $when })
change-series-added = aggiunta ({ $when }), si ripete { $repeat }
change-series-removed = rimossa ({ $when }), si ripeteva { $repeat }
change-every = { $interval ->
    [1] ogni settimana
   *[other] ogni { $interval } settimane
}
change-repeat-until = { $every } fino al { $date }
change-repeat-count = { $every }, { $count ->
    [one] { $count } volta
   *[other] { $count } volte
}
change-repeat-term = { $every } fino alla fine del periodo didattico
change-moved = spostata da { $before } a { $after }
change-longer = più lunga: { $lengths } (adesso { $when })
change-shorter = più corta: { $lengths } (adesso { $when })
change-hosted = sede ospitante { $before } → { $after }
change-now-repeats = ora si ripete { $repeat }
change-once = ora si tiene una sola volta
change-cancelled = annullata il { $date }
change-again = di nuovo in programma il { $date }
change-weeks = si ripete { $after } (prima { $before })
change-week = solo quella settimana, { $date }: { $what }
change-usual = torna all'orario e alle aule abituali
change-week-at = spostata a { $time }
change-week-for = durata { $length }
change-week-rooms = in altre aule
change-cohorts = gruppi { $before } → { $after }
change-lecturer = docente { $before } → { $after }
change-rooms = aule { $before } → { $after }
change-none = nessuno
change-course = { $state ->
    [added] corso aggiunto: “{ $after }”
    [removed] corso rimosso (era “{ $before }”)
   *[changed] corso “{ $before }” → “{ $after }”
}
change-link = { $state ->
    [added] link della riunione aggiunto: “{ $after }”
    [removed] link della riunione rimosso (era “{ $before }”)
   *[changed] link della riunione “{ $before }” → “{ $after }”
}
change-notes = { $state ->
    [added] note aggiunte: “{ $after }”
    [removed] note rimosse (erano “{ $before }”)
   *[changed] note “{ $before }” → “{ $after }”
}
change-kind = ora è { $kind ->
    [joint-lecture] una lezione congiunta
    [lecture] una lezione frontale
    [lab] un laboratorio
    [seminar] un seminario
    [tutorial] un'esercitazione
    [exam] un esame
    [office-hours] un ricevimento
   *[other] di altro tipo
}
change-person-removed = { $what ->
    [cohort] gruppo { $name } rimosso
    [lecturer] docente { $name } rimosso
   *[room] aula { $name } rimossa
}
change-person-added = { $what ->
    [cohort] gruppo { $name } aggiunto
    [lecturer] docente { $name } aggiunto
   *[room] aula { $name } aggiunta
}
change-person-renamed = { $what ->
    [cohort] gruppo { $before } rinominato
    [lecturer] docente { $before } rinominato
   *[room] aula { $before } rinominata
} in { $after }
change-person-campus = { $what ->
    [cohort] gruppo
    [lecturer] docente
   *[room] aula
} { $name }: sede { $before } → { $after }
change-person-size = { $what ->
    [cohort] gruppo { $name }: numero di studenti { $before } → { $after }
   *[room] aula { $name }: posti { $before } → { $after }
}
change-not-given = non indicato
compare-group = { $group }:
compare-not-alone = modificato insieme a un'altra differenza (non si può applicare da solo)
compare-campus = Sede
compare-mine = La mia
compare-theirs = L'altra
compare-yours = La tua
compare-after = Dopo
compare-no-effect = Nessun cambiamento nei conflitti.
compare-new-conflict = Nuovo conflitto: { $conflict }
compare-resolved = Risolto: { $conflict }
compare-other-link = la versione del link
compare-other-file = “{ $name }”
compare-other-tab = la versione salvata in un'altra scheda
compare-other-kept = una versione conservata
compare-title = Confronta “{ $name }” con { $other }
compare-lead-three-way = Entrambe le versioni derivano da una che questo browser ha condiviso o ricevuto, quindi ciò che è cambiato da una sola parte viene preso così com'è; { $mine ->
    [0] da allora non hai cambiato nulla.
    [one] la modifica che hai fatto da allora resta.
   *[other] le { $mine } modifiche che hai fatto da allora restano.
}
compare-no-questions = Nessun elemento è stato cambiato sia da te sia dall'altra parte: nessuna domanda a cui rispondere.
compare-questions = { $count ->
    [one] { $count } elemento è stato cambiato
   *[other] { $count } elementi sono stati cambiati
} da entrambe le parti: per ciascuno scegli la tua versione o l'altra.
compare-lead-two-way = Questa versione non indica nessuna versione condivisa o ricevuta da questo browser, quindi viene proposta ogni differenza: togli la spunta a ciò che non vuoi.
compare-questions-title = Cambiato da entrambe le parti
compare-question = Domanda { $number }
compare-mine-or-theirs = { $name }: la mia o l'altra
compare-lead-mine-theirs = (la mia → l'altra)
compare-theirs-rather = L'altra invece della mia:
compare-changes-three-way = Cosa cambia l'unione nella tua versione ({ $count ->
    [one] { $count } modifica
   *[other] { $count } modifiche
})
compare-differences = Differenze ({ $count })
compare-none = Nessuna.
compare-accept = Accetta
compare-more = e altre { $count }
compare-choose = Prima di unire, scegli la tua versione o l'altra per { $count ->
    [one] { $count } elemento
   *[other] { $count } elementi
}.
compare-cancel = Annulla
compare-merge = Unisci
compare-merge-changes = Unisci ({ $count ->
    [one] { $count } modifica
   *[other] { $count } modifiche
})
compare-merge-differences = Unisci ({ $accepted } di { $count ->
    [one] { $count } differenza
   *[other] { $count } differenze
})
compare-with-title = Confronta “{ $name }” con…
compare-with-lead = Un'altra versione di questo orario (il link di un partner o un file) per vedere cosa è cambiato e unirla alla tua. Nulla cambia finché non unisci.
compare-with-link = Un link per modificare
compare-with-this-link = Confronta con questo link
compare-with-or = oppure
compare-with-file = Confronta con un file…
compare-view-link = Questo è un link per gli studenti (sola lettura, forse per una sola sede): incolla un link per modificare.
compare-link-unread = Impossibile leggere quel link: { $problem }.
compare-file-unread-because = Impossibile leggere “{ $name }”: { $problem }.
compare-file-unread = Impossibile leggere “{ $name }”.
change-removed = Hai rimosso { $what }{ $sessions ->
    [0] {""}
    [one] ; non compare più in { $sessions } lezione
   *[other] ; non compare più in { $sessions } lezioni
}{ $busy ->
    [0] {""}
    [one] ; è stato rimosso anche { $busy } calendario degli impegni
   *[other] ; sono stati rimossi anche { $busy } calendari degli impegni
}.
change-removed-with = Hai rimosso { $what } insieme a { $with }{ $sessions ->
    [0] {""}
    [one] ; non compare più in { $sessions } lezione
   *[other] ; non compare più in { $sessions } lezioni
}{ $busy ->
    [0] {""}
    [one] ; è stato rimosso anche { $busy } calendario degli impegni
   *[other] ; sono stati rimossi anche { $busy } calendari degli impegni
}.
change-removed-cohorts = { $count ->
    [one] { $count } gruppo
   *[other] { $count } gruppi
}
change-removed-rooms = { $count ->
    [one] { $count } aula
   *[other] { $count } aule
}
change-removed-and = { $first } e { $second }

compare-changed-conflict = Conflitto modificato: { $conflict }
compare-conflict-dates = { $conflict } — { $dates }
compare-dates-gone = non più il { $dates }
compare-dates-added = ora anche il { $dates }
compare-dates-instead = ora invece il { $dates }
compare-dates-kept = resta in { $count ->
    [one] un'altra data
   *[other] altre { $count } date
}
compare-dates-and = { $first }; { $second }
compare-dates-list = { $first }, { $second }
compare-dates-more = { $dates } e { $count ->
    [one] un'altra data
   *[other] altre { $count } date
}


## Engine: best times and rotations

overlap-every-week = ogni settimana
overlap-weeks-from = { $weeks ->
    [one] { $weeks } settimana
   *[other] { $weeks } settimane
} dal giorno { $date }
overlap-outside-hours = { $weekday } { $time }, fuori dall'orario didattico ({ $span })
overlap-other-weekday = { $weekday } { $time }, lì non è giorno di lezione ({ $span })
overlap-closed = chiusa per { $closure } ({ $span })
overlap-closed-unnamed = giorno di chiusura ({ $span })
overlap-outside-term = fuori dal suo periodo didattico ({ $span })
overlap-clock-change = { $time } dal giorno { $date }: { $why } ({ $weeks ->
    [one] { $weeks } settimana
   *[other] { $weeks } settimane
})
overlap-clocks-change = cambia l'ora
overlap-leaves-summer-time = { $place } passa all'ora solare
overlap-enters-summer-time = { $place } passa all'ora legale
overlap-clocks-move = l'ora di { $place } si sposta di { $hours } h
overlap-both = { $first } e { $second }
overlap-campus-reasons = { $campus }: { $reasons }
overlap-campus-fails = { $campus } non è compatibile in { $failing } su { $weeks ->
    [one] { $weeks } settimana
   *[other] { $weeks } settimane
}: { $reasons }
overlap-booked = { $who } ha già un impegno per { $weeks ->
    [one] { $weeks } settimana
   *[other] { $weeks } settimane
} dal giorno { $date }
overlap-someone = Qualcuno
rotation-tally = { $campus }: { $burdens }
rotation-tally-none = { $campus }: 0
rotation-burden = { $count } { $count ->
    [one] lezione
   *[other] lezioni
} { $kind ->
    [night] di notte
    [weekend] nel fine settimana
    [early] al mattino presto
    [late] in tarda serata
   *[outside-hours] fuori dall'orario didattico
}


## Engine: calendar files (ICS)

ics-calendar-name = { $schedule } · { $who }
ics-room = { $room }, { $campus }
ics-online = Online
ics-kind = { $kind ->
    [joint-lecture] lezione congiunta
    [lecture] lezione frontale
    [lab] laboratorio
    [seminar] seminario
    [tutorial] esercitazione
    [exam] esame
    [office-hours] ricevimento
   *[other] altro
}
ics-course-kind = { $course } · { $kind }
ics-taught-from = Sede ospitante: { $campus } ({ $place })
ics-taught-from-elsewhere = Sede ospitante: { $campus } (orari secondo l'ora di { $place })
ics-lecturer = Docente: { $name }
ics-join = Link per partecipare: { $url }


## App: header, start page, banners, language menu, status lines

shell-brand = Meridian
page-title-planner = Meridian — lezioni congiunte tra fusi orari
page-title-timetable = Orario — Meridian
shell-footer-tzdb = IANA tzdb { $version }
shell-footer-version = Meridian { $version }
shell-footer-private = Tutto resta in questo browser
shell-campus-count = { $count ->
    [one] { $count } sede
   *[other] { $count } sedi
}
shell-view = Vista
shell-planner = Pianificazione
shell-my-timetable = Il mio orario
shell-schedule = Orario
shell-shared-option = { $name } (link condiviso)
shell-demos = Demo
shell-my-schedules = I miei orari
shell-demo-enhance-autumn-2026 = ENHANCE · autunno 2026
shell-demo-gma-spring-2027 = Global MOOC Alliance · primavera 2027
shell-grid-in = Fuso della griglia
shell-your-time = La tua ora ({ $place })
shell-your-zone = Il tuo fuso orario
shell-history = Cronologia
shell-undo = Annulla
shell-undo-title = Annulla (Ctrl+Z)
shell-redo = Ripristina
shell-redo-title = Ripristina (Ctrl+Maiusc+Z)
shell-new-session = Nuova lezione
shell-people = Sedi e persone
shell-file = File
shell-new-schedule = Nuovo orario…
shell-open-my-schedules = I miei orari…
shell-import-busy = Importa impegni
shell-export-file = Esporta file
shell-compare-with = Confronta con…
shell-open-file = Apri file
shell-share = Condividi
language-menu-label = Lingua
language-menu-title = Scegli la lingua di Meridian
banner-label = Orario condiviso
banner-shared-copy = Copia condivisa.
banner-shared-copy-detail = Hai aperto un orario da un link o da un file. Non viene conservato in questo browser finché non lo salvi (o lo modifichi); i tuoi orari restano invariati.
banner-identity-stored = Un orario con questa identità è già salvato
banner-already-stored = “{ $name }” è già tra i tuoi orari. Vuoi confrontare e unire questa copia, sostituirlo con questa copia o tenerli entrambi?
banner-compare-and-merge = Confronta e unisci…
banner-replace = Sostituisci
banner-keep-both = Tienili entrambi
banner-cancel = Annulla
banner-you-have = Hai “{ $name }” tra i tuoi orari: guarda cosa è cambiato e uniscilo alla tua versione.
banner-compare-with-mine = Confronta con la mia versione…
banner-save = Salva nei miei orari
banner-read-only = Orario in sola lettura.
banner-read-only-for = Orario in sola lettura per { $whom }.
banner-read-only-detail = Condiviso tramite link: gli orari sono mostrati nel tuo fuso orario; non viene salvato nulla.
banner-release-ready = È disponibile una versione più recente di Meridian.
banner-release-reload = Ricarica per usarla
status-moved = Lezione “{ $title }” spostata { $shift }.
status-resized = { $title } ora dura { $length }.
status-deleted = Lezione “{ $title }” eliminata. Usa Annulla per ripristinarla.
status-added = Lezione “{ $title }” aggiunta.
status-session-saved = Lezione “{ $title }” salvata.
status-busy-imported = { $blocks ->
    [one] Importato { $blocks } impegno da “{ $calendar }”: entra nel controllo dei conflitti e appare in grigio nella griglia.
   *[other] Importati { $blocks } impegni da “{ $calendar }”: entrano nel controllo dei conflitti e appaiono in grigio nella griglia.
}
status-renamed = Rinominato in “{ $name }”.
status-occurrence-moved = Lezione “{ $title }” del { $date } spostata { $shift }, solo per quella settimana.
status-occurrence-resized = { $title } del { $date } ora dura { $length }, solo per quella settimana.
status-occurrence-saved = Lezione “{ $title }” del { $date } salvata, solo per quella settimana.
status-occurrence-skipped = La lezione “{ $title }” non si tiene il { $date }. Usa Annulla per ripristinarla.
status-merged = { $changes ->
    [0] Unione completata: qui non c'era nulla da cambiare.
    [one] Unione completata: 1 modifica presa dall'altra versione.
   *[other] Unione completata: { $changes } modifiche prese dall'altra versione.
} Usa Annulla per tornare alla tua versione.
status-rotation-accepted = { $slots ->
    [one] { $title } ora occupa la fascia settimanale più equa.
   *[other] { $title } ora ruota tra { $slots } fasce settimanali, una serie per ciascuna.
} Usa Annulla per tornare alla situazione precedente.
status-holiday-taught = { $campus } fa lezione il { $date } anche se è { $holiday }. Usa Annulla per renderlo di nuovo festivo.
status-holiday-again = { $holiday } del { $date } è di nuovo festivo presso { $campus }.
status-setup-saved = Sedi e persone salvate.
status-undone = Annullato.
status-redone = Ripristinato.
status-created = Creato “{ $name }”. Aggiungi lezioni con “Nuova lezione”; ogni modifica viene conservata in questo browser.
status-updated-from-tab = Aggiornato con le modifiche fatte a questo orario in un'altra scheda.
status-merged-with-tab = Questo orario è stato modificato anche in un'altra scheda: sono state conservate sia quelle modifiche sia le tue.
status-changed-on-both-tabs = Questo orario è stato modificato anche in un'altra scheda e alcune cose sono cambiate in entrambe: scegli quali tenere. Fino ad allora non viene salvato nulla.
status-session-gone = Quella lezione non è più nell'orario.
status-refused = Questa modifica non è possibile: { $reason }
status-name-needed = Un orario deve avere un nome.
status-demo-not-loaded = Impossibile caricare l'orario dimostrativo: { $reason }
status-link-unreadable = Impossibile leggere il link che hai aperto: { $reason }.
status-link-unreadable-demo = Impossibile leggere il link che hai aperto: { $reason }. Viene mostrato invece l'orario dimostrativo.
status-file-not-opened = “{ $file }” non è stato aperto e non è cambiato nulla: { $reason }.
status-file-unreadable = Impossibile leggere “{ $file }”.
status-storage-open = Impossibile aprire quell'orario: { $reason }.
status-storage-open-last = Impossibile aprire il tuo ultimo orario: { $reason }.
status-storage-list = Impossibile leggere i tuoi orari salvati: { $reason }.
status-storage-compare = Impossibile leggere la tua versione salvata per il confronto: { $reason }.
status-storage-autosave = La tua ultima modifica è aperta qui ma non è salvata: { $reason }.
status-storage-remember = Una versione non è stata conservata nella cronologia di questo orario: { $reason }.
status-storage-save = L'orario non è stato salvato: { $reason }.
status-storage-remove = Non eliminato: { $reason }.
status-storage-other = Operazione non riuscita: { $reason }.
status-zone-unknown = Nessun fuso orario corrisponde a "{ $text }". Scrivi una città (ad es. Trondheim) o un nome IANA (ad es. Europe/Oslo).
holidays-not-loaded = Impossibile caricare le festività di { $campus } ({ $country }): il controllo considera solo le chiusure inserite a mano. Ricarica la pagina per riprovare.
holidays-unknown-region = { $campus } ha la regione “{ $region }”, che i dati delle festività per { $country } non contengono: nel controllo ci sono solo le festività nazionali di { $country }. Scegli la sua regione in Sedi e persone.
holidays-year-not-covered = I dati delle festività per { $country } non coprono il { $year }: le festività di { $campus } di quell'anno non sono nel controllo.
holidays-both-names = { $local } ({ $english })
holidays-student-notice = { $date }: { $name }, giorno festivo presso { $campus }
holidays-student-notice-observed = { $date }: { $name }, giorno festivo presso { $campus }, spostato a questa data


## App: student timetable

timetable-label = Il mio orario
timetable-my-campus = La mia sede
timetable-all-campuses = Tutte le sedi
timetable-my-cohort = Il mio gruppo
timetable-all-cohorts = Tutti i gruppi
timetable-add-to-calendar = Aggiungi al mio calendario (.ics)
timetable-next = Prossima: { $title } { $countdown } — { $date }, { $time } ora locale
timetable-no-more = Nessun'altra lezione in questo periodo didattico.
timetable-time-changes = Cambi di orario
timetable-public-holidays = Giorni festivi
timetable-show = Mostra
timetable-agenda = Agenda
timetable-week = Settimana
timetable-hide-earlier = Nascondi i giorni precedenti
timetable-show-earlier = { $count ->
    [one] Mostra { $count } giorno precedente
   *[other] Mostra { $count } giorni precedenti
}
timetable-nothing = Nessuna lezione da mostrare.
timetable-skipped = nessuna lezione questa settimana
timetable-moved = spostata questa settimana
timetable-skipped-date = nessuna lezione
timetable-moved-date = spostata
timetable-meta = { $length } · ora della sede ospitante: { $host }
timetable-meta-rooms = { $length } · ora della sede ospitante: { $host } · { $rooms }
timetable-meta-elsewhere = { $length } · { $time } ora di { $city } · sede ospitante: { $campus }
timetable-meta-elsewhere-rooms = { $length } · { $time } ora di { $city } · sede ospitante: { $campus } · { $rooms }
timetable-host-time = { $time } ora di { $city } ({ $campus })
timetable-host-time-no-campus = { $time } ora di { $city }
timetable-room = { $room }, { $campus }
timetable-next-day = { $time } (giorno successivo)
timetable-join = Partecipa online
timetable-not-a-web-link = non è un link web
timetable-change = Dal { $date }, l'orario di inizio di { $title } è { $now } invece di { $was }.
timetable-change-why = Dal { $date }, l'orario di inizio di { $title } è { $now } invece di { $was } ({ $why }).
timetable-this-class = Questa lezione
timetable-switch-to-summer = { $city } passa all'ora legale
timetable-switch-from-summer = { $city } passa all'ora solare
timetable-term-label = Il periodo didattico in breve
timetable-term-heading = Il periodo didattico in breve — { $name }
timetable-times-in = Orari riferiti all'ora di { $place } ({ $zone }).
timetable-column-session = Lezione
timetable-column-when = Quando
timetable-column-dates = Date
timetable-usual = { $weekday } { $time }
timetable-other-times = { $usual } (orario diverso in { $count ->
    [one] { $count } data
   *[other] { $count } date
})
timetable-dates = { $first } – { $last } · { $count ->
    [one] { $count } lezione
   *[other] { $count } lezioni
}
timetable-opening-planner = Apertura della pianificazione…
timetable-opening = Apertura dell'orario…
timetable-open-the-link = Apri il link per gli studenti condiviso dal tuo coordinatore per vedere qui il tuo orario.
timetable-plan-in-meridian = Pianifica un orario in Meridian


## App: planner grid, session form, conflicts panel, time finder, best times panel

week-nav = Settimane del periodo didattico
week-previous = Settimana precedente
week-next = Settimana successiva
week-pick = Settimana
week-label = Settimana { $week } · { $days } { $year }
week-position = settimana { $week } di { $weeks } del periodo didattico
week-snap = Aggancia a
week-term-strip = Il periodo didattico in breve: settimane con conflitti o cambi dell'ora
week-cell = Settimana { $week } ({ $date }){ $conflicts ->
        [yes] , con conflitti
       *[no] {""}
    }{ $switch ->
        [yes] , cambio dell'ora
       *[no] {""}
    }
week-switches = Cambi dell'ora questa settimana
week-switch-forward = { $date }: { $campuses } — le lancette vanno avanti { $from } → { $to } (diventa UTC{ $offset })
week-switch-back = { $date }: { $campuses } — le lancette tornano indietro { $from } → { $to } (diventa UTC{ $offset })
grid-label = Lezioni, orari nel fuso { $zone }
grid-day-tabs = Giorno
grid-day-count = { $count ->
        [one] { $count } lezione
       *[other] { $count } lezioni
    }
grid-scroll = Griglia settimanale, scorrevole
grid-ruler-you = Tu
grid-ruler-your-time = La tua ora
grid-ruler = Righello di { $name }
grid-ruler-closed = Chiusura di { $campus }: { $days }
grid-ruler-offset = UTC{ $offset } · { $abbreviation }
grid-day-off = { $date }: { $holiday }
grid-legend = Orari della griglia nel fuso { $zone } · i righelli mostrano l'ora locale di ogni sede, in grigio fuori dall'orario didattico · passa sopra, seleziona o tocca una lezione per vederne l'ora locale in ogni sede{ $editable ->
        [yes] {" "}· trascina su uno spazio vuoto per aggiungere una lezione
       *[no] {""}
    }
block-keys = Invio o doppio clic per modificare (solo questa settimana o tutte le settimane); i tasti freccia spostano tutte le settimane di { $step } minuti o di un giorno; Maiusc con su e giù cambia la durata; Canc elimina la lezione (Ctrl+Z annulla). Trascina per spostare, trascina il bordo inferiore per cambiare la durata.
block-resize = Trascina per cambiare la durata
block-changed = Modificata solo questa settimana
block-busy-title = Impegno
block-busy = Impegno di { $whose } (da { $calendar }), { $time }
block-local-times = Ora locale in ogni sede
block-other-day = altro giorno
block-outside-hours = fuori orario
block-join = Partecipa online
block-not-a-web-link = non è un link web
planner-cancel = Annulla
planner-scope-move = Spostare “{ $title }” { $shift }?
planner-scope-shorter = Accorciare “{ $title }” di { $length }?
planner-scope-longer = Allungare “{ $title }” di { $length }?
planner-scope-why = È una serie settimanale. Vuoi cambiare solo la settimana che hai trascinato o tutte le settimane della serie?
planner-scope-this-week = Solo questa settimana ({ $date })
planner-scope-every-week = Tutte le settimane
planner-main = Griglia settimanale
conflicts-label = Conflitti
conflicts-title = Conflitti
conflicts-counts = { $errors ->
        [one] { $errors } errore
       *[other] { $errors } errori
    } · { $warnings ->
        [one] { $warnings } avviso
       *[other] { $warnings } avvisi
    } · { $notes ->
        [one] { $notes } nota
       *[other] { $notes } note
    }
conflicts-checking-short = verifica in corso…
conflicts-progress = Verifica dei conflitti
conflicts-checking = Verifica dell'orario in corso…
conflicts-checking-changed = Verifica dell'orario modificato in corso… L'elenco qui sotto è di prima della modifica.
conflicts-none = Nessun conflitto: ogni lezione va bene per ogni sede, ogni settimana.
conflicts-errors = Errori ({ $count })
conflicts-warnings = Avvisi ({ $count })
conflicts-notes = Slittamenti per l'ora legale e note ({ $count })
conflicts-drift-caption = Inizio in ora locale in ogni sede durante il periodo didattico
conflicts-show-week = Mostra la settimana del { $date }
conflicts-find = Trova un orario per { $title }
conflicts-find-week = Trova un orario per { $title } solo il { $date }
conflicts-teach-anyway = Fai lezione anche se è { $holiday }
conflicts-show-more = Mostra altri { $count }
conflicts-hint = Suggerimento: { $hint }
planner-drag-label = Dove andrebbe la lezione
planner-drag-title = { $title }, { $date }
planner-drag-checking = La verifica dei conflitti è ancora in corso: ciò che questo spostamento aggiungerebbe apparirà al termine.
planner-drag-ok = Nessun nuovo conflitto, anche spostando tutte le settimane.
finder-label = Trova un orario
finder-button = Trova un orario
finder-hint-week = prova ogni mezz'ora di questa settimana nei giorni di lezione della sede ospitante, verificandola con tutto il resto di quella settimana
finder-hint-series = prova ogni mezz'ora della prima settimana nei giorni di lezione della sede ospitante, verificando ciascuna sull'intero periodo didattico
finder-progress = Ricerca di un orario
finder-searching = Provo ogni inizio possibile della settimana…
finder-stop = Ferma
finder-when = { $date }, { $time }
finder-now = Orari riferiti all'ora di { $place }. Attualmente { $when }: { $summary }
finder-none-better = Nessun altro orario di questa settimana è migliore.
finder-refused = Nessun orario da proporre: { $reason }.
form-edit-title = Modifica lezione
form-new-title = Nuova lezione
form-scope = Modifica
form-scope-every-week = tutte le settimane della serie
form-scope-this-week = solo il { $date } (questa settimana)
form-week-note = { $title } del { $date }: l'orario è riferito all'ora di { $place }. Titolo, gruppi, docente e il resto restano quelli della serie; scegli “tutte le settimane della serie” per cambiarli.
form-title = Titolo
form-course = Corso
form-kind = Tipo
form-kind-option = { $kind ->
        [joint-lecture] lezione congiunta
        [lecture] lezione frontale
        [lab] laboratorio
        [seminar] seminario
        [tutorial] esercitazione
        [exam] esame
        [office-hours] ricevimento
       *[other] altro
    }
form-host = Sede ospitante
form-zone = Orario fissato nel fuso
form-zone-host = fuso della sede ospitante
form-date = Data
form-first-date = Prima data
form-starts-at = Ora di inizio
form-length = Durata (minuti)
form-best-times = Orari migliori
form-best-times-hint = colora la settimana in base a quante sedi sono in orario didattico in ogni settimana del periodo, e propone una rotazione equa quando nessun orario va bene per tutti
form-repeats = Ripetizione
form-weekly = ogni settimana o a intervalli di più settimane
form-interval = Ogni … settimane
form-until = Fino al (facoltativo)
form-count = Numero di volte (facoltativo)
form-skip = Date escluse ({ $pattern }, separate da virgole)
form-weekdays = In questi giorni (se nessuno, il giorno della prima data)
form-cohorts = Gruppi
form-rooms = Aule
form-lecturer = Docente
form-meeting = Link della riunione online
form-meeting-placeholder = https://…
form-notes = Note
form-cancel-week = Annulla questa settimana
form-close = Chiudi
form-save-week = Salva questa settimana
form-save = Salva
form-add = Aggiungi lezione
form-no-title = Dai un titolo alla lezione.
form-no-start = Indica data e ora di inizio.
form-length-not-a-number = La durata è un numero di minuti, ad es. 90.
form-interval-too-small = L'intervallo deve essere di almeno 1 settimana.
form-until-not-a-date = “Fino al” è una data, { $pattern }.
form-count-not-a-number = “Numero di volte” è un numero.
form-skip-not-a-date = Ogni data esclusa deve essere nel formato { $pattern }.
best-label = Orari migliori
best-title = Orari migliori per { $title }
best-title-new = Orari migliori per una nuova serie
best-close = Chiudi
best-campuses = Sedi che devono partecipare
best-length = Durata (minuti)
best-tick-one = Spunta almeno una sede.
best-no-map = Nessuna mappa degli orari migliori: { $reason }.
best-no-rotation = Nessuna rotazione da proporre: { $reason }.
best-intro = Orari riferiti all'ora di { $place }. Colorato sulla griglia: quante sedi spuntate sono in orario didattico a ogni inizio, in ogni settimana del periodo didattico ({ $weeks ->
        [one] { $weeks } settimana
       *[other] { $weeks } settimane
    }).
best-key-all = tutte
best-key-booked = tutte, con impegni
best-key-fewer = meno
best-point-hint = Passa il puntatore su un orario di inizio, sulla griglia o qui sotto, per vedere perché alcune sedi non possono usarlo; fai clic per iniziare lì una serie.
best-slot = { $start }: { $state }
best-slot-no-week = nessuna settimana del periodo didattico ha questo giorno
best-slot-everyone = va bene per ogni sede in ogni settimana in cui fa lezione
best-slot-holding = { $holding } sedi su { $campuses } in orario didattico ogni settimana
best-closed-weeks-only = { $reason } — solo nelle settimane di chiusura, che nessun inizio evita
best-booked = { $who } ha già un impegno per { $weeks ->
        [one] { $weeks } settimana
       *[other] { $weeks } settimane
    } dal giorno { $date }
best-someone = Qualcuno
best-everyone-heading = Inizi che vanno bene per tutti in ogni settimana
best-start = Nuova serie con inizio { $start }
best-start-everyone = Nuova serie con inizio { $start } ({ $starts }: adatto a tutti)
best-none-suits = Nessun inizio va bene per tutte le { $campuses } sedi in ogni settimana del periodo didattico; il massimo è { $most } su { $campuses }. I più vicini:
best-no-rotation-found = Nessun inizio in un giorno feriale cade nel periodo didattico in ogni settimana senza un impegno, quindi non c'è nessuna rotazione da proporre.
best-rotation-heading = { $slots ->
        [one] Una sola fascia settimanale è la più equa
       *[other] Una rotazione equa di { $slots } fasce settimanali
    }
best-rotation-note = A turno, settimana per settimana, così che le lezioni di notte, al mattino presto, la sera tardi e nel fine settimana siano ripartite: al massimo { $largest } punti per una sede, { $total } in tutto (una lezione notturna vale { $night }){ $complete ->
        [no] {" "}(la ricerca si è fermata al suo limite; questa è la migliore trovata)
       *[yes] {""}
    }.
best-rotation-scroll = Inizi in ora locale per sede, scorrevole
best-rotation-caption = Inizio in ora locale di ogni fascia in ogni sede
best-rotation-campus = Sede
best-rotation-place = ora di { $place }
best-night = di notte
best-night-aside = (di notte)
best-rotation-weeks = Settimane:
best-rotation-tally = Lezioni scomode per sede:
best-rotation-fairness = Equità: le lezioni scomode di ogni sede sono ripartite nel modo più uniforme che gli orari permettono; una lezione notturna (prima delle 06:00 o che finisce dopo le 23:00, segnata con ☾) conta come tre. Controlla sopra l'ora locale di ogni sede.
best-rotation-use = Usa questa rotazione
best-rotation-from-form = Apri “Orari migliori” dal modulo di una lezione per sostituirla con questa rotazione.


## App: dialogs

dialog-cancel = Annulla
dialog-done = Fatto
dialog-save = Salva
dialog-remove = rimuovi
share-title = Condividi “{ $name }”
share-lead = L'intero orario viaggia dentro il link: non viene caricato nulla e chi lo apre ne riceve una copia tutta sua.
share-edit-heading = Link per modificare
share-edit-hint = Si apre nella pianificazione come copia che il destinatario può modificare e salvare.
share-copy = Copia
share-view-heading = Link per gli studenti
share-view-hint = Sola lettura: apre l'orario nel fuso orario di ciascuno studente.
share-for = Per
share-everyone = Tutti
share-one-campus = Una sede
share-one-cohort = Un gruppo
share-download = Scarica il calendario (.ics)
share-qr-heading = Codice QR
share-qr-of = Codice QR del
share-qr-students = link per gli studenti
share-qr-edit = link per modificare
share-qr-label-students = Codice QR del link per gli studenti (versione { $version })
share-qr-label-edit = Codice QR del link per modificare (versione { $version })
share-qr-caption = { $width }×{ $width } moduli: inquadralo con la fotocamera del telefono o mettilo in una slide.
share-qr-too-large = Questo orario è troppo grande per un solo codice QR: condividi invece il link.
share-copied-edit = Link per modificare copiato negli appunti.
share-copied-students = Link per gli studenti copiato negli appunti.
share-copy-failed-edit = Copia non riuscita: seleziona il link per modificare e premi Ctrl+C (⌘C su Mac).
share-copy-failed-students = Copia non riuscita: seleziona il link per gli studenti e premi Ctrl+C (⌘C su Mac).
share-downloaded = Scaricato { $file }: aprilo con la tua app di calendario per aggiungere tutte le lezioni.
share-download-failed = Impossibile creare il file del calendario in questo browser.
share-length = { $count ->
    [one] { $count } carattere
   *[other] { $count } caratteri
}
share-no-link = Nessun link: { $reason }.
share-sheet = Condividi il link per gli studenti…
import-title = Importa impegni
import-lead = Un file di calendario dal sistema di gestione orari di un partner (TimeEdit, Untis, Google Calendar, Outlook). I suoi eventi diventano impegni nel controllo dei conflitti e appaiono in grigio nella griglia. Nulla esce da questo browser.
import-file = File di calendario (.ics)
import-busy-of = Impegni di
import-group-cohorts = Gruppi
import-group-lecturers = Docenti
import-group-rooms = Aule
import-group-campuses = Intera sede (tutti i gruppi)
import-name = Nome (facoltativo)
import-name-placeholder = ad es. NTNU TimeEdit, autunno 2026
import-submit = Importa
import-choose-file = Scegli prima un file di calendario (.ics).
import-too-large = “{ $file }” è di { $size } MB; Meridian legge file di calendario fino a { $limit } MB (esporta un periodo più breve).
import-unreadable = Impossibile leggere il file.
import-nothing-imported = Non è stato importato nulla: { $reason }.
new-title = Nuovo orario
new-lead = Parti da un'alleanza: le sue sedi arrivano con i loro fusi orari e un orario didattico predefinito (lunedì–venerdì, 08:00–20:00 ora locale), che puoi cambiare in seguito.
new-alliance = Alleanza
new-campuses = Sedi
new-campus = { $campus } ({ $city })
new-name = Nome
new-name-placeholder = ad es. Sistemi energetici sostenibili — primavera 2027
new-term-starts = Inizio del periodo didattico
new-term-ends = Fine del periodo didattico
new-create = Crea
new-dates-missing = Indica il primo e l'ultimo giorno del periodo didattico.
new-default-name = Periodo didattico { $alliance }
new-default-name-plain = Nuovo periodo didattico
new-cannot-make = Impossibile creare l'orario: { $reason }.
people-title = Sedi e persone
people-campuses = Sedi: orario didattico ({ $pattern }; vuoto = niente lezioni) e chiusure
people-campus-place = · { $city } · { $zone }
people-remove-campus-label = Rimuovi la sede { $name }
people-remove-campus = rimuovi sede
people-remove-closure-label = Rimuovi la chiusura { $name }
people-remove-cohort-label = Rimuovi il gruppo { $name }
people-remove-lecturer-label = Rimuovi il docente { $name }
people-remove-room-label = Rimuovi l'aula { $name }
people-hours-label = Orario didattico di { $campus }, { $weekday }
people-hours-empty = —
people-hours-refused = “{ $hours }” non è un orario didattico valido per { $weekday }: scrivilo come 08:00-18:00, oppure lascia il campo vuoto se non si fa lezione.
people-closure = { $name } — { $date }
people-closure-span = { $name } — dal { $start } al { $end }
people-add-closure = Aggiungi una chiusura (nome, data)
people-add-closure-placeholder = Festività, 2026-12-08
people-add-closure-label = Aggiungi una chiusura presso { $campus }
people-closure-refused = “{ $text }” non è una chiusura: scrivi il nome, una virgola e la data, ad es. Festività, 2026-12-08.
people-add-campus = Aggiungi una sede: cerca un'università, una città o un fuso orario
people-add-known = + { $campus } ({ $city })
people-add-zone = + una sede di { $city } ({ $zone })
people-new-campus-name = Sede di { $city }
people-cohorts = Gruppi
people-cohort-name = Nome del gruppo
people-campus-of = Sede di { $name }
people-add-cohort = Aggiungi un gruppo
people-lecturers = Docenti
people-lecturer-name = Nome del docente
people-add-lecturer = Aggiungi un docente
people-rooms = Aule
people-room-name = Nome dell'aula
people-add-room = Aggiungi un'aula
people-removed = { $removed } Premi Salva per confermare o Annulla per lasciar perdere.
people-not-removed = Non rimosso: { $reason }.
people-not-changed = Non modificato: { $reason }.
people-new-cohort-campus = Sede del nuovo gruppo
people-lecturer-prompt = Scrivi il nome del docente
people-room-prompt = Scrivi il nome dell'aula
problem-unnamed = { $item ->
    [cohort] il gruppo n. { $position } dell'elenco non ha un nome; scrivine uno o rimuovilo
    [lecturer] il docente n. { $position } dell'elenco non ha un nome; scrivine uno o rimuovilo
   *[room] l'aula n. { $position } dell'elenco non ha un nome; scrivine uno o rimuovila
}
calendar-region = Regione per le festività
calendar-region-label = Regione per le festività di { $campus }
calendar-national-only = Solo festività nazionali ({ $country })
calendar-national-no-country = Nessun paese indicato
calendar-no-country = Nessun paese: solo le chiusure inserite a mano
calendar-loading = Giorni festivi ({ $country }): caricamento…
calendar-no-holidays = Nessun giorno festivo nel periodo didattico
calendar-holidays = { $taught ->
    [0] Giorni festivi nel periodo didattico ({ $count })
   *[other] Giorni festivi nel periodo didattico ({ $count }, { $taught } con lezione)
}
calendar-unticked = Non spuntato: quel giorno la sede fa lezione.
calendar-english-name = ({ $name })
calendar-observed = spostato
calendar-substitute = giorno sostitutivo
calendar-we-teach = facciamo lezione
calendar-period = { $kind ->
    [exams] Esami
   *[lecture-free] Sospensione delle lezioni
}: { $name } — { $start } – { $end } { $year }
calendar-remove-period-label = Rimuovi il periodo { $name }
calendar-add-exams = Aggiungi una sessione d'esami (nome, primo giorno, ultimo giorno)
calendar-add-lecture-free = Aggiungi un periodo di sospensione delle lezioni (nome, primo giorno, ultimo giorno)
calendar-add-exams-label = Aggiungi una sessione d'esami presso { $campus }
calendar-add-lecture-free-label = Aggiungi un periodo di sospensione delle lezioni presso { $campus }
calendar-exams-placeholder = Esami invernali, 2027-02-01, 2027-02-19
calendar-lecture-free-placeholder = Vacanze di Natale, 2026-12-21, 2027-01-03
calendar-period-refused = “{ $text }” non è un periodo: scrivi il nome, il primo giorno e l'ultimo giorno, ad es. Esami invernali, 2027-02-01, 2027-02-19.
calendar-import = Importa calendario accademico (.ics)…
calendar-import-label = Importa il calendario accademico (.ics) di { $campus }
calendar-too-large = “{ $file }” è di { $size } MB; Meridian legge file di calendario fino a { $limit } MB.
calendar-unreadable = Impossibile leggere il file.
calendar-nothing-read = Non è stato letto nulla: { $reason }.
calendar-academic-label = Calendario accademico di { $campus }
calendar-no-events = Nessun evento nel periodo didattico.
calendar-events = Eventi nel periodo didattico, ciascuno conservato come scelto:
calendar-event = { $name }: { $when }
calendar-event-no-name = (senza nome): { $when }
calendar-keep-as = Conserva { $name } ({ $when }) come
calendar-keep-no-name-as = Conserva l'evento senza nome ({ $when }) come
calendar-event-span = dal { $start } al { $end }
calendar-as-closure = Chiusura
calendar-as-exams = Sessione d'esami
calendar-as-lecture-free = Sospensione delle lezioni

calendar-as-skip = Ignora
calendar-forget = Scarta questi
calendar-add = Aggiungi questi
schedules-title = I miei orari
schedules-lead = Conservati solo nella memoria di questo browser, su questo dispositivo.
schedules-protected = Il browser si è impegnato a conservarli (non li cancellerà per liberare spazio).
schedules-unprotected = Il browser non si è impegnato a conservarli: potrebbe cancellarli per liberare spazio, e Safari li cancella dopo sette giorni senza visite se l'app non è installata.
schedules-protection-unknown = Questo browser non dice se li conserverà.
schedules-keep-elsewhere = Esporta un file o copia il link per modificare per tenerne una copia altrove.
schedules-backup-changed = “{ $name }” è cambiato dall'ultima volta che l'hai esportato o condiviso.
schedules-backup-how = La sua unica copia è in questo browser: usa Esporta file nel menu, oppure Condividi → Copia il link per modificare e invialo a te stesso.
schedules-none = Ancora nessuno: modifica una demo, apri un link condiviso e salvalo, oppure crea un nuovo orario.
schedules-name-label = Nome di { $name }
schedules-open = Apri
schedules-duplicate = Duplica
schedules-delete-label = Eliminare { $name }?
schedules-delete-question = Eliminare “{ $name }”?
schedules-delete = Elimina
schedules-keep = Mantieni
schedules-delete-ask = Elimina…
schedules-deleted = “{ $name }” eliminato.
schedules-undo = Annulla
schedules-damaged = Messi da parte perché danneggiati
schedules-damaged-hint = Non è stato possibile leggerli, quindi sono stati messi da parte così com'erano. Scaricane uno per ripararlo a mano (è il JSON dell'orario), poi apri il file.
schedules-damaged-list = L'elenco degli orari
schedules-damaged-schedule = Orario “{ $id }”
schedules-download-list-label = Scarica l'elenco degli orari
schedules-download-schedule-label = Scarica l'orario “{ $id }”
schedules-download = Scarica
schedules-discard-list-label = Scarta l'elenco degli orari
schedules-discard-schedule-label = Scarta l'orario “{ $id }”
schedules-discard = Scarta
schedules-kept = Versioni conservate di “{ $name }” ({ $count })
schedules-kept-hint = Le versioni che hai condiviso, ricevuto o che avevi prima di un'unione (le ultime 20): confrontane una con la tua per riprendere ciò che vuoi.
schedules-version = { $how ->
    [both] Condivisa e ricevuta
    [shared] Condivisa
    [received] Ricevuta
   *[had] Precedente a un'unione
} · versione { $version }
schedules-compare-label = Confronta la versione { $version } con la tua
schedules-compare = Confronta…
schedules-discard-versions = Scarta queste versioni
schedules-copy-name = { $name } (copia)
schedules-storage-unavailable = questo browser non permette a Meridian di conservare orari (modalità privata o archiviazione disattivata); il tuo lavoro resta aperto solo in questa scheda
schedules-storage-full = lo spazio di archiviazione di questo browser per Meridian è pieno; il tuo lavoro resta aperto in questa scheda e puoi esportarlo come file
schedules-damaged-left = l'orario salvato "{ $id }" è danneggiato ({ $reason }); è stato lasciato com'è
schedules-damaged-set-aside = l'orario salvato "{ $id }" è danneggiato ({ $reason }); è stato messo da parte così com'era, perché nulla lo sovrascriva, e “I miei orari” lo offre come file
schedules-missing = in questo browser non è salvato nessun orario "{ $id }"
schedules-list-repaired = L'elenco dei tuoi orari salvati era danneggiato: è stato messo da parte e ricostruito dagli orari salvati qui (“I miei orari” offre l'elenco danneggiato come file).
schedules-unreadable = Impossibile leggere i tuoi orari salvati: { $reason }.
