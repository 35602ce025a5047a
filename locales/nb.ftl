### Meridian — Norwegian Bokmål messages (Norsk bokmål)
###
### Ordliste — ett ord for hvert nøkkelbegrep, brukt på samme måte i alle meldinger.
###   session = økt
###   series = serie
###   course = emne
###   cohort = gruppe
###   campus = campus
###   host campus = vertscampus
###   teaching hours = undervisningstid
###   closure = stenging
###   clash = kollisjon
###   conflict = konflikt
###   drift = forskyvning
###   clock change = tidsomstilling
###   term = semester
###   share link = delingslenke

## Shared: lengths of time, counts

length-minutes = { $minutes } min
length-hours = { $hours } t
length-hours-minutes = { $hours } t { $minutes } min
shift-later = { $days ->
    [0] { $length } senere
   *[other] { $minutes ->
        [0] { $days ->
            [one] { $days } dag senere
           *[other] { $days } dager senere
        }
       *[other] { $days ->
            [one] { $days } dag og { $length } senere
           *[other] { $days } dager og { $length } senere
        }
    }
}
shift-earlier = { $days ->
    [0] { $length } tidligere
   *[other] { $minutes ->
        [0] { $days ->
            [one] { $days } dag tidligere
           *[other] { $days } dager tidligere
        }
       *[other] { $days ->
            [one] { $days } dag og { $length } tidligere
           *[other] { $days } dager og { $length } tidligere
        }
    }
}
countdown-now = nå
countdown-in = om { $length }
countdown-days = om { $days } dager
countdown-tomorrow = i morgen

## Places
place-aachen = Aachen
place-amsterdam = Amsterdam
place-auckland = Auckland
place-bangkok = Bangkok
place-beijing = Beijing
place-berlin = Berlin
place-cambridge-ma = Cambridge, Massachusetts
place-chicago = Chicago
place-delft = Delft
place-gdansk = Gdańsk
place-gothenburg = Göteborg
place-hangzhou = Hangzhou
place-houston = Houston
place-london = London
place-madrid = Madrid
place-manchester = Manchester
place-milan = Milano
place-moscow = Moskva
place-munich = München
place-nairobi = Nairobi
place-new-york = New York
place-oslo = Oslo
place-paris = Paris
place-rome = Roma
place-saint-petersburg = St. Petersburg
place-santiago = Santiago
place-shanghai = Shanghai
place-singapore = Singapore
place-stockholm = Stockholm
place-toronto = Toronto
place-trondheim = Trondheim
place-ulaanbaatar = Ulan Bator
place-valencia = Valencia
place-warsaw = Warszawa
place-zuerich = Zürich
place-zurich = Zürich

## Engine: conflicts and their hints

conflict-resource-cohort = Gruppe { $name }
conflict-resource-lecturer = Foreleser { $name }
conflict-resource-room = Rom { $name }

conflict-double-booked = { $resource } har to økter { $date }, { $first_span } og { $second_span } lokal tid i { $place } ({ $same ->
        [yes] { $first } to ganger
       *[no] { $first } og { $second }
    }, overlapper { $minutes } min)

conflict-short-break = { $resource } har bare { $gap } min mellom { $first } (slutter { $first_end }) og { $second } (begynner { $second_start }) { $date }, lokal tid i { $place }; regelen krever { $rule } min

conflict-busy = { $resource } er opptatt { $date }, { $busy } lokal tid i { $place } ({ $calendar }), når { $session } holdes kl. { $meets }
conflict-busy-block = { $resource } er opptatt { $date }, { $busy } lokal tid i { $place } ({ $block }, fra { $calendar }), når { $session } holdes kl. { $meets }

conflict-public-holiday = { $session } { $date } faller på { $holiday }, en offentlig helligdag ved { $campus } ({ $city }): gruppene der har fri
conflict-public-holiday-translated = { $session } { $date } faller på { $holiday } ({ $english }), en offentlig helligdag ved { $campus } ({ $city }): gruppene der har fri
conflict-lecture-free = { $session } { $date } faller i { $period }, undervisningsfri periode ved { $campus }
conflict-exam-period = { $session } { $date } ligger i eksamensperioden { $ends_in_s ->
       *[other] ved { $campus }
    } ({ $period })
conflict-closed = { $session } { $date } faller på { $closure } ved { $campus } (stengt)
conflict-closed-unnamed = { $session } { $date } faller på en stenging ved { $campus } (stengt)

conflict-outside-term = { $session } { $date } ligger utenfor semesteret { $ends_in_s ->
       *[other] ved { $campus }
    } ({ $start } – { $end })
conflict-other-weekday = { $session } { $host_date } faller på { $date } ved { $campus }, { $span } lokal tid i { $city }, som ikke er en undervisningsdag der
conflict-no-teaching-day = { $session } { $date } faller på en dag uten undervisning ved { $campus } ({ $span } lokal tid i { $city })
conflict-outside-hours = { $session } { $date } går { $span } lokal tid i { $city }, utenfor undervisningstiden { $ends_in_s ->
       *[other] ved { $campus }
    } ({ $hours })

conflict-skipped-time = { $session }: { $time } finnes ikke { $date } i { $place } (klokka hopper over { $from }–{ $to }); flyttes fram til etter omstillingen
conflict-repeated-time = { $session }: { $time } kommer to ganger { $date } i { $place } (UTC{ $earlier } og UTC{ $later }); den første gangen gjelder

conflict-drift = { $session } ({ $weekdays } { $time } lokal tid i { $place }) begynner på andre lokale tider hos partnerne i løpet av semesteret: { $rows }
weekday-list = { $list }, { $day }

conflict-omitted = { $resource } har ytterligere { $pairs } { $pairs ->
        [one] overlappende booking
       *[other] overlappende bookinger
    } som ikke er listet opp (Meridian lister { $conflicts } konflikter eller { $overlaps } overlappinger per gruppe, foreleser eller rom)

conflict-repeats = { $message } (og ytterligere { $more } { $more ->
        [one] dato
       *[other] datoer
    }, til og med { $last })

drift-row = { $cities }: { $times }
drift-once = { $time } { $date }
drift-until = { $time } til og med { $date }
drift-from = { $time } fra { $date }
drift-between = { $time } fra { $from } til { $to }

hint-move-by = flytt { $session } { $minutes } min senere
hint-move-after = flytt { $session } { $minutes } min senere, til kl. { $hour ->
   *[other] { $time }
}, etter { $after }
hint-move-when-free = flytt { $session } { $minutes } min senere, til kl. { $hour ->
   *[other] { $time }
}, når { $resource } er ledig
hint-move-room-free = flytt { $session } { $minutes } min senere, til kl. { $hour ->
   *[other] { $time }
}: { $room } er ledig { $free } den dagen
hint-no-free-time = { $resource } har ikke { $minutes } min ledig senere den dagen
hint-common-window = den dagen er alle deltakerne innenfor undervisningstiden sin { $span } lokal tid i { $place }
hint-skip-or-move = hopp over denne datoen eller flytt økten
hint-exams = studentene kan ha eksamen: flytt økten ut av perioden, eller behold den hvis de ikke har det
hint-avoid-switch-hour = velg et klokkeslett utenfor omstillingstimen
hint-fix-listed-first = rett først opp dobbeltbookingene som er listet øverst: kopier av én økt er den vanlige årsaken

resolution-gap = { $time } finnes ikke { $date } (klokka hopper over { $from }–{ $to })
resolution-fold = { $time } kommer to ganger { $date } (UTC{ $earlier } og UTC{ $later })
resolution-gap-in = { $time } finnes ikke { $date } i tidssonen { $zone } (klokka hopper over { $from }–{ $to })
resolution-fold-in = { $time } kommer to ganger { $date } i tidssonen { $zone } (UTC{ $earlier } og UTC{ $later })

suggestion-errors = { $count ->
        [one] { $count } feil
       *[other] { $count } feil
    }
suggestion-warnings = { $count ->
        [one] { $count } advarsel
       *[other] { $count } advarsler
    }
suggestion-errors-warnings = { $errors }, { $warnings }
suggestion-none = ingen konflikter

## Engine: errors a user can act on

error-unknown-zone = ukjent tidssone «{ $name }»; bruk et IANA-navn som Europe/Berlin
error-unknown-zone-suggestions = ukjent tidssone «{ $name }»; mente du { $suggestions }?
error-bad-date-time = kan ikke lese «{ $text }» som dato eller klokkeslett; forventet format: { $expected }
shape-date = ÅÅÅÅ-MM-DD
shape-time = TT:MM
shape-date-time = ÅÅÅÅ-MM-DDTTT:MM (f.eks. 2026-10-12T10:15)
shape-time-range = TT:MM-TT:MM
shape-instant = RFC 3339, f.eks. 2026-03-29T01:30:00Z
error-unknown-disambiguation = ukjent valg «{ $text }» for tvetydige tider; bruk compatible, earlier, later eller reject
error-nonexistent-local-time = { $local } finnes ikke i tidssonen { $zone }: klokka hopper over { $skipped } den dagen; velg et annet klokkeslett eller bruk --disambiguation compatible
error-ambiguous-local-time = { $local } kommer to ganger i tidssonen { $zone } (ved UTC{ $earlier } og ved UTC{ $later }); velg med --disambiguation earlier eller later
error-out-of-range = { $text } er utenfor gyldig område (årene 1000 til 9999)
error-syntax = linje { $line }, kolonne { $column }: { $problem }
error-unsupported-format = formatet «{ $found }» kan ikke leses av denne versjonen av Meridian (den leser «{ $format }»); kommer filen fra en nyere versjon av Meridian, åpne den der
error-invalid = { $path }: { $problem }
error-too-large-to-share = timeplanen er for stor for en delingslenke: den trenger { $size } { $what ->
    [characters] tegn i lenken
   *[bytes] byte ukomprimert
} og en lenke rommer høyst { $limit }; del timeplanen som fil i stedet
error-holiday-file = helligdagsfil: { $problem }
error-holiday-file-line = helligdagsfil, linje { $line }: { $problem }
error-unknown-country = «{ $text }» er ingen landkode; bruk to bokstaver (ISO 3166), med en region etter bindestrek: DE, DE-BE, US-TX
error-unknown-region-none = { $country } har ingen region «{ $region }» i helligdagsfilen sin; den har bare helligdager for hele landet
error-unknown-region = { $country } har ingen region «{ $region }» i helligdagsfilen sin; den har { $regions }{ $more ->
    [0] {""}
   *[other] {" "}og { $more } til
}
error-calendar-file = kalenderfil: { $problem }
error-calendar-file-line = kalenderfil, linje { $line }: { $problem }
problem-calendar-file-too-large = filen er { $size } MB; Meridian leser kalenderfiler på opptil { $max } MB (eksporter en kortere periode)
problem-calendar-not-icalendar = dette er ikke en iCalendar-fil (den skal begynne med BEGIN:VCALENDAR)
problem-calendar-starts-with-continuation = filen begynner med en fortsettelseslinje
problem-calendar-not-a-line = «{ $text }» er ikke en kalenderlinje (NAVN:verdi)
problem-calendar-end-without-begin = END:{ $what } passer ikke med den sist åpnede BEGIN
problem-calendar-cut-off = filen slutter før END:VCALENDAR (ble den kuttet av?)
problem-calendar-not-a-date-time = «{ $text }» er verken en dato (YYYYMMDD) eller et tidspunkt (YYYYMMDDTHHMMSS)
problem-calendar-date-time-out-of-range = «{ $text }» er utenfor gyldig område
problem-calendar-date-out-of-range = dato utenfor gyldig område
problem-calendar-not-a-duration = «{ $text }» er ikke en varighet som PT1H30M
problem-calendar-negative-duration = hendelsen varer { $text }: en lengde kan ikke være negativ
problem-calendar-ends-before-start = hendelsen slutter (DTEND) før den begynner (DTSTART)
problem-calendar-rdate-periods = RDATE med perioder (start/slutt) støttes ikke; oppgi datoer eller tidspunkter
problem-calendar-too-many-events = kalenderen gir mer enn { $max } hendelser i semesteret; eksporter en kortere periode
problem-calendar-no-freq = gjentakelsesregelen mangler FREQ
problem-calendar-freq-not-read = FREQ={ $freq } støttes ikke; Meridian leser hendelser som gjentas daglig og ukentlig
problem-calendar-interval = INTERVAL={ $text } er ikke et positivt tall
problem-calendar-count = COUNT={ $text } er ikke et tall
problem-calendar-until-out-of-range = UNTIL utenfor gyldig område
problem-calendar-byday = BYDAY={ $day } støttes ikke (bare vanlige ukedager som MO,WE)
problem-calendar-rule-part = delen { $part } av gjentakelsesregelen støttes ikke; Meridian leser daglige og ukentlige regler (FREQ, INTERVAL, COUNT, UNTIL, BYDAY)
problem-calendar-unknown-zone = ukjent tidssone «{ $name }»; Meridian leser IANA-navn som Europe/Berlin, Windows-navn som W. Europe Standard Time og tidssoner som filen definerer i en VTIMEZONE-blokk
problem-calendar-zone-rule-without = en tidssoneregel uten { $property }
problem-calendar-not-an-offset = «{ $text }» er ikke en tidsforskjell fra UTC som +0100
problem-calendar-zone-rule-part = delen { $part } av tidssoneregelen støttes ikke; Meridian leser årlige regler etter måned og ukedag (BYMONTH=3;BYDAY=-1SU)
problem-calendar-zone-rule-without-month = en tidssoneregel uten BYMONTH støttes ikke; Meridian leser årlige regler etter måned og ukedag (BYMONTH=3;BYDAY=-1SU)
problem-calendar-too-many-switches = denne tidssonen har mer enn { $max } tidsomstillinger i de innleste årene
problem-calendar-schedule-term-out-of-range = timeplanens semester er utenfor gyldig område
problem-calendar-term-out-of-range = semesteret er utenfor gyldig område
problem-holiday-file-too-large = filen er på { $bytes } byte; en helligdagsfil kan være på høyst { $max } byte
problem-holiday-not-utf8 = byte { $byte } er ikke gyldig UTF-8-tekst
problem-holiday-cut-off = filen slutter ikke med et linjeskift: den er kuttet av
problem-holiday-empty = filen er tom
problem-holiday-not-a-holiday-file = «{ $found }» er ikke en helligdagsfil for denne versjonen av Meridian (den leser { $format })
problem-holiday-ends-before = filen slutter før linjen `{ $key }`
problem-holiday-expected-header = forventet linjen `{ $key }`, fant «{ $found }»
problem-holiday-not-a-country-code = «{ $text }» er ingen landkode (to store bokstaver)
problem-holiday-expected-years = forventet `years FIRST LAST`, fant «{ $found }»
problem-holiday-not-a-year = «{ $text }» er ikke et årstall (YYYY, 1000–9999)
problem-holiday-year-span = årene { $first } til { $last }: det første kan ikke komme etter det siste, og en fil kan dekke høyst { $max } år
problem-holiday-not-a-locale = «{ $text }» er ikke en språkkode som de eller en_US
problem-holiday-dash-not-alone = `-` må stå alene
problem-holiday-not-a-region-code = «{ $text }» er ikke en regionkode (1 til { $max } tegn, ikke * eller -)
problem-holiday-too-many-regions = en fil kan ha høyst 65 535 regioner
problem-holiday-region-twice = regionen «{ $code }» står to ganger
problem-holiday-too-few-fields = en helligdagslinje har 5 felt skilt med tabulator (dato, type, omfang, lokalt navn, engelsk navn); denne har { $fields }
problem-holiday-too-many-fields = en helligdagslinje har 5 felt skilt med tabulator (dato, type, omfang, lokalt navn, engelsk navn); denne har flere
problem-holiday-not-a-date = «{ $text }» er ikke en dato (YYYY-MM-DD) innenfor filens år { $first }–{ $last }
problem-holiday-out-of-date-order = helligdagene står ikke i datorekkefølge
problem-holiday-not-a-kind = «{ $text }» er ikke en gyldig type (- helligdag, o flyttet helligdag, s erstatningsdag)
problem-holiday-not-a-region = «{ $code }» er ikke en av filens regioner (eller - først, for hele landets kalender)
problem-holiday-region-out-of-order = regionen «{ $code }» følger ikke rekkefølgen i linjen `regions`, eller står to ganger
problem-holiday-empty-name = { $field ->
    [source] kilden er tom
    [local-name] det lokale navnet er tomt
   *[english-name] det engelske navnet er tomt
}
problem-holiday-control-character = { $field ->
    [source] kilden
    [local-name] det lokale navnet
   *[english-name] det engelske navnet
} inneholder et kontrolltegn

link-not-a-link = dette er ingen Meridian-lenke: en timeplanlenke har «#s1.» til «#s{ $newest }.» («#Q1.» til «#Q{ $newest }.» fra en QR-kode) etterfulgt av bokstaver og sifre
link-cut-off = lenken er kuttet av: kopier hele lenken på nytt (e-post- og chatteapper bryter av og til lange lenker)
link-newer = lenken er laget av en nyere versjon av Meridian (lenkeversjon { $version }; denne versjonen leser versjon { $supported }): åpne den i nyeste versjon av Meridian
link-damaged = lenken er skadet (noen tegn er endret): be avsenderen om den på nytt
link-too-long = lenken er større enn noen timeplan Meridian deler (grense { $limit }): den er ikke laget av Meridian
link-invalid-schedule = lenken er hel, men timeplanen i den er ikke gyldig ({ $problem }): den er ikke laget av denne versjonen av Meridian; be avsenderen om timeplanfilen

problem-not-utf8 = byte { $byte } ({ $value }) er ikke UTF-8-tekst; lagre filen som UTF-8
problem-file-too-large = filen har { $bytes } byte; Meridian leser timeplaner på høyst { $max } byte
problem-odd-byte-utf16 = en odde byte på slutten av UTF-16-tekst; lagre filen som UTF-8 eller UTF-16
problem-lone-surrogate = et enslig surrogat i UTF-16-tekst; lagre filen som UTF-8 eller UTF-16
problem-not-an-object = en timeplan er et JSON-objekt ({"{"} "format": "{ $format }", … {"}"})
problem-misplaced-list = er en liste ([…]) der formatet har et objekt ({"{"}…{"}"}) eller én enkelt verdi; se docs/schedule-format.md
problem-json-ends-inside = filen slutter { $part ->
    [list] midt i en liste: en `[` har ingen avsluttende `]` (ble filen kuttet av?)
    [object] midt i et objekt: en `{"{"}` har ingen avsluttende `{"}"}` (ble filen kuttet av?)
    [text] midt i en tekst: et `"` har ingen avsluttende `"` (ble filen kuttet av?)
   *[value] der det skulle ha kommet en verdi (er filen tom eller kuttet av?)
}
problem-json-expected-token = { $token ->
    [colon] det mangler et `:` etter navnet
    [comma-or-list-end] det mangler et `,` mellom to elementer eller en `]` som avslutter listen
    [comma-or-object-end] det mangler et `,` mellom to oppføringer eller en `{"}"}` som avslutter objektet
    [quote] her skal det stå et navn i anførselstegn (`"`)
    [literal] `true`, `false` eller `null` er feilstavet her
   *[value] her skal det stå en verdi: tekst i anførselstegn, et tall, `true`, `false`, `null`, en liste eller et objekt
}
problem-json-invalid-escape = en `\` i en tekst blir fulgt av et tegn den ikke kan stå foran (skriv `\\` for en omvendt skråstrek)
problem-json-invalid-number = et tall er skrevet på en måte filformatet ikke tillater (for eksempel `01`, `1.` eller `+1`)
problem-json-number-out-of-range = et tall er for stort til å leses
problem-json-invalid-unicode = en `\u`-kode står ikke for noe tegn
problem-json-control-character = en tekst inneholder et linjeskift eller et tabulatortegn som det er; skriv `\n` for linjeskift og `\t` for tabulator
problem-json-key-not-text = et navn i et objekt må stå i anførselstegn, som i `"name": value`
problem-json-trailing-comma = et `,` står rett foran en avsluttende `]` eller `{"}"}`; fjern det
problem-json-text-after-end = det kommer mer tekst etter slutten av dataene
problem-json-too-deep = lister og objekter ligger inni hverandre i mer enn 128 nivåer
problem-json-found = { $kind ->
    [text] teksten «{ $text }»
    [number] tallet { $text }
    [bool] `{ $text }`
    [null] `null`
    [list] en liste
   *[object] et objekt
}
problem-json-expected = { $kind ->
    [text] tekst i anførselstegn
    [whole-number] et heltall
    [number] et tall
    [bool] `true` eller `false`
    [null] `null`
    [list] en liste (`[…]`)
   *[object] et objekt (`{"{"}…{"}"}`)
}
problem-json-wrong-type = her står { $found }, men det skal stå { $expected }
problem-json-out-of-range = { $found } er utenfor gyldig område: her skal det stå et heltall fra { $min } til { $max }
problem-json-unknown-field = «{ $field }» er ikke et felt her (feilstavet?); feltene her er { $allowed }
problem-json-no-fields = «{ $field }» er ikke et felt her; her kan det ikke stå noen felt
problem-json-unknown-value = «{ $value }» er ikke tillatt her; tillatte verdier er { $allowed }
problem-json-wrong-length = en liste med { $length ->
    [one] { $length } element
   *[other] { $length } elementer
}, men her skal listen ha { $expected ->
    [one] { $expected } element
   *[other] { $expected } elementer
}
problem-json-wrong-length-any = en liste med { $length ->
    [one] { $length } element
   *[other] { $length } elementer
} har feil lengde her
problem-json-duplicate-field = feltet «{ $field }» er oppgitt to ganger
problem-json-missing-field = mangler; feltet «{ $field }» må oppgis her
problem-format-not-string = må være strengen "{ $format }"
problem-format-missing = mangler; en Meridian-timeplan begynner med "format": "{ $format }"
problem-id-empty = kan ikke være tom
problem-no-campus = en timeplan trenger minst ett campus
problem-id-missing = { $item ->
    [campus] hvert campus
    [cohort] hver gruppe
    [lecturer] hver foreleser
    [room] hvert rom
    [session] hver økt
   *[busy-calendar] hver kalender med opptatt tid
} trenger en id
problem-duplicate-id = to { $item ->
    [campus] campuser
    [cohort] grupper
    [lecturer] forelesere
    [room] rom
    [session] økter
   *[busy-calendar] kalendere med opptatt tid
} har id-en «{ $id }»
problem-campus-code = campus «{ $campus }» trenger en kode på 1 til 5 tegn, f.eks. «BER»
problem-campus-region = campus «{ $campus }» trenger en region på 1 til { $max } tegn slik helligdagsdataene kaller den, f.eks. «BE» for DE-BE
problem-period-ends-before-start = perioden «{ $name }» slutter før den begynner
problem-closure-ends-before-start = stengingen «{ $name }» slutter før den begynner
problem-cohort-campus-missing = gruppen «{ $cohort }» hører til campus «{ $campus }», som ikke er i denne timeplanen
problem-room-campus-missing = rommet «{ $room }» er på campus «{ $campus }», som ikke er i denne timeplanen
problem-lecturer-campus-missing = foreleseren «{ $lecturer }» er på campus «{ $campus }», som ikke er i denne timeplanen
problem-busy-target-missing = kalenderen med opptatt tid «{ $busy }» gjelder { $item ->
    [campus] campus
    [cohort] gruppen
    [lecturer] foreleseren
   *[room] rommet
} «{ $id }», som ikke er i denne timeplanen
problem-session-reference-missing = økten «{ $session }» viser til { $item ->
    [host-campus] vertscampus
    [cohort] gruppen
    [lecturer] foreleseren
   *[room] rommet
} «{ $id }», som ikke er i denne timeplanen
problem-busy-target-not-one = kalenderen med opptatt tid «{ $busy }» må gjelde nøyaktig ett campus, én gruppe, én foreleser eller ett rom
problem-busy-block-ends-before-start = blokken med opptatt tid «{ $title }» slutter før den begynner
problem-busy-block-too-long = blokken med opptatt tid «{ $title }» varer mer enn 136 år; en delingslenke kan ikke bære den
problem-session-length = økten «{ $session }» må vare mellom 1 minutt og 7 dager
problem-change-without-occurrence = økten «{ $session }» holdes ikke { $date }, så det er ingenting å endre
problem-change-length = må være mellom 1 minutt og 7 dager
problem-repeat-interval = må være mellom 1 og 52 uker
problem-repeat-count = må være minst 1
problem-until-and-count = oppgi enten until eller count, ikke begge
problem-until-before-start = økten «{ $session }» gjentas til { $until }, før sin første dato { $first }
problem-term-ends-before-start = semesteret slutter ({ $end }) før det begynner ({ $start })
problem-term-too-long = et semester kan vare høyst ett år
problem-seconds = «{ $text }» har sekunder; en timeplan oppgis på minuttet: skriv { $pattern }
problem-fraction-of-second = «{ $text }» har en brøkdel av et sekund; Meridian regner med hele sekunder
problem-not-a-weekday = «{ $text }» er ingen ukedag; bruk mon, tue, wed, thu, fri, sat eller sun
problem-weekday-twice = { $day } er oppgitt to ganger; oppgi tidene for hver ukedag én gang
problem-hours-end-before-start = undervisningstiden «{ $text }» slutter før den begynner
problem-no-demo = ingen demotimeplan som heter «{ $name }»
problem-unknown = timeplanen har { $item ->
    [campus] ikke noe campus
    [cohort] ingen gruppe
    [lecturer] ingen foreleser
   *[room] ikke noe rom
} «{ $id }»
problem-nothing-to-change = det finnes { $item ->
    [campus] ikke noe campus
    [cohort] ingen gruppe
    [lecturer] ingen foreleser
    [room] ikke noe rom
    [session] ingen økt
   *[busy-calendar] ingen kalender med opptatt tid
} «{ $id }» i denne timeplanen å endre
problem-no-campus-chosen = velg minst ett campus
problem-too-many-at-once = høyst { $max } campuser og { $max } grupper, forelesere og rom om gangen
problem-map-length = en økt varer fra 5 minutter til en uke
problem-answer-count = { $questions } spørsmål trenger { $questions } svar, ikke { $answers }
problem-not-a-fingerprint = «{ $text }» er ikke et fingeravtrykk: et fingeravtrykk er 11 bokstaver, sifre, - eller _
problem-view-link-extra-session = en visningslenke inneholder en økt som campuset eller gruppen dens ikke deltar i
problem-no-occurrence = «{ $title }» holdes ikke { $date }
problem-no-occurrence-to-change = «{ $title }» holdes ikke { $date }, så det er ingenting å endre
problem-no-occurrence-to-cancel = «{ $title }» holdes ikke { $date }, så det er ingenting å avlyse
problem-occurrence-length = «{ $title }» kan ikke være kortere enn 5 minutter eller lengre enn en uke
problem-too-far-to-move = det kan ikke flyttes så langt
problem-series-too-far = «{ $title }» kan ikke flyttes så langt
problem-weeks-wrap = «{ $title }» holdes { $interval ->
    [1] hver uke
    [2] annenhver uke
   *[other] hver { $interval }. uke
}; hvis den flyttes { $days ->
    [one] { $days } dag
   *[other] { $days } dager
}, ville noen av dagene havne i uker den ikke holdes. Flytt den innenfor uka eller med hele uker, eller endre dagene i skjemaet
problem-one-off = «{ $title }» er en enkeltstående økt: slett den i stedet
problem-session-gone = den økten er ikke lenger i timeplanen
problem-only-campus = { $campus } er timeplanens eneste campus; legg til et annet først
problem-campus-teaches = { $campus } kan ikke fjernes så lenge det er vertscampus for { $sessions }; la et annet campus bli vertscampus for { $count ->
    [one] den
   *[other] dem
} først
problem-titles-one = «{ $first }»
problem-titles-two = «{ $first }» og «{ $second }»
problem-titles-more = «{ $first }», «{ $second }» og { $more } til
problem-not-in-schedule = det finnes { $item ->
    [campus] ikke noe campus
    [cohort] ingen gruppe
    [lecturer] ingen foreleser
   *[room] ikke noe rom
} «{ $id }» i denne timeplanen
problem-name-empty = en timeplan trenger et navn
problem-period-needs-name = en periode trenger et navn, f.eks. «Vintereksamen»
problem-period-exists = campus «{ $campus }» har allerede perioden «{ $period }»
problem-academic-entry = en oppføring i studiekalenderen { $date } har ikke noe navn eller slutter før den begynner
problem-period-gone = den perioden er ikke lenger i timeplanen
problem-rotation-empty = rotasjonen har ingen tidsluke eller ingen uke

## Engine: what changed between two versions

change-group-schedule = Timeplan
change-group-busy = Opptatt tid
change-group-people = Personer og rom
change-renamed-quoted = nytt navn «{ $before }» → «{ $after }»
change-id = identitet «{ $before }» → «{ $after }» (to ulike timeplaner)
change-alliance = { $state ->
    [added] allianse lagt til: «{ $after }»
    [removed] allianse fjernet (var «{ $before }»)
   *[changed] allianse «{ $before }» → «{ $after }»
}
change-term = semester { $before } → { $after }
change-term-span = { $start } – { $end } { $year }
change-breaks = pauser mellom økter minst { $before } → { $after }
change-busy-removed = «{ $name }» fjernet
change-busy-blocks = «{ $name }»: { $before } blokker → { $after }
change-busy-added = «{ $name }» lagt til ({ $blocks ->
    [one] { $blocks } blokk
   *[other] { $blocks } blokker
})
change-busy-renamed = «{ $before }» har fått navnet «{ $after }»
change-busy-whose = «{ $name }»: opptatt tid for { $before } → { $after }
change-busy-times = «{ $name }»: { $blocks ->
    [one] { $blocks } blokk på et annet tidspunkt
   *[other] { $blocks } blokker på andre tidspunkter
}
change-busy-titles = «{ $name }»: { $blocks ->
    [one] { $blocks } blokk med en annen tittel
   *[other] { $blocks } blokker med andre titler
}
change-campus-removed = campus { $name } fjernet
change-campus-renamed = nytt navn { $before } → { $after }
change-zone = tidssone { $before } → { $after }
change-hours = undervisningstid på { $day } { $before } → { $after }
change-no-teaching = ingen undervisning
change-campus-term = semester { $before } → { $after }
change-schedules-term = samme som timeplanen
change-closure-span = { $start } – { $end } ({ $name })
change-closure-day = { $start } ({ $name })
change-reopened = stenging fjernet: { $closure }
change-closed = ny stenging: { $closure }
change-campus-short = kortnavn { $before } → { $after }
change-campus-code = { $state ->
    [added] kode { $after } (før hentet fra kortnavnet)
    [removed] kode hentet fra kortnavnet (før { $before })
   *[changed] kode { $before } → { $after }
}
change-campus-city = by { $before } → { $after }
change-campus-country = land { $before } → { $after }
change-campus-region = { $state ->
    [added] helligdagsregion { $after } (før bare nasjonale helligdager i { $country })
    [removed] bare nasjonale helligdager i { $country } (før helligdagsregion { $before })
   *[changed] helligdagsregion { $before } → { $after }
}
change-holiday-off = undervisning { $date } selv om det er en offentlig helligdag
change-holiday-on = { $date } er igjen en offentlig helligdag: ingen undervisning
change-period-added = { $kind ->
    [exams] eksamensperiode
   *[lecture-free] undervisningsfri periode
} lagt til: { $start } – { $end } ({ $name })
change-period-removed = { $kind ->
    [exams] eksamensperiode
   *[lecture-free] undervisningsfri periode
} fjernet: { $start } – { $end } ({ $name })
change-campus-added = campus { $name } lagt til ({ $zone })
change-when = { $days } { $span } ({ $place })
change-day-span = { $weekday } { $span }
change-day-time = { $weekday } { $time }
change-lengths = { $before } → { $after }
change-session-removed = fjernet ({ $when })
change-session-added = lagt til ({ $when })
change-series-added = lagt til ({ $when }), gjentas { $repeat }
change-series-removed = fjernet ({ $when }), ble gjentatt { $repeat }
change-every = { $interval ->
    [1] hver uke
    [2] annenhver uke
   *[other] hver { $interval }. uke
}
change-repeat-until = { $every } til og med { $date }
change-repeat-count = { $every }, { $count ->
    [one] { $count } gang
   *[other] { $count } ganger
}
change-repeat-term = { $every } ut semesteret
change-moved = flyttet fra { $before } til { $after }
change-longer = lengre: { $lengths } (nå { $when })
change-shorter = kortere: { $lengths } (nå { $when })
change-hosted = vertscampus { $before } → { $after }
change-now-repeats = gjentas nå { $repeat }
change-once = holdes nå én gang
change-cancelled = avlyst { $date }
change-again = holdes igjen { $date }
change-weeks = gjentas { $after } (før { $before })
change-week = bare den uka, { $date }: { $what }
change-usual = tilbake til vanlig tid og vanlige rom
change-week-at = ny tid { $time }
change-week-for = ny lengde { $length }
change-week-rooms = i andre rom
change-cohorts = grupper { $before } → { $after }
change-lecturer = foreleser { $before } → { $after }
change-rooms = rom { $before } → { $after }
change-none = ingen
change-course = { $state ->
    [added] emne lagt til: «{ $after }»
    [removed] emne fjernet (var «{ $before }»)
   *[changed] emne «{ $before }» → «{ $after }»
}
change-link = { $state ->
    [added] møtelenke lagt til: «{ $after }»
    [removed] møtelenke fjernet (var «{ $before }»)
   *[changed] møtelenke «{ $before }» → «{ $after }»
}
change-notes = { $state ->
    [added] notater lagt til: «{ $after }»
    [removed] notater fjernet (var «{ $before }»)
   *[changed] notater «{ $before }» → «{ $after }»
}
change-kind = nå { $kind ->
    [joint-lecture] en felles forelesning
    [lecture] en forelesning
    [lab] en lab
    [seminar] et seminar
    [tutorial] en øvingstime
    [exam] en eksamen
    [office-hours] en kontortid
   *[other] en annen type
}
change-person-removed = { $what ->
    [cohort] gruppe
    [lecturer] foreleser
   *[room] rom
} { $name } fjernet
change-person-added = { $what ->
    [cohort] gruppe
    [lecturer] foreleser
   *[room] rom
} { $name } lagt til
change-person-renamed = { $what ->
    [cohort] gruppe
    [lecturer] foreleser
   *[room] rom
} { $before } har fått navnet { $after }
change-person-campus = { $what ->
    [cohort] gruppe
    [lecturer] foreleser
   *[room] rom
} { $name }: campus { $before } → { $after }
change-person-size = { $what ->
    [cohort] gruppe { $name }: størrelse { $before } → { $after }
   *[room] rom { $name }: antall plasser { $before } → { $after }
}
change-not-given = ikke oppgitt

compare-group = { $group }:
compare-not-alone = endret sammen med en annen forskjell (kan ikke tas for seg)
compare-campus = Campus
compare-mine = Min
compare-theirs = Deres
compare-yours = Din
compare-after = Etter
compare-no-effect = Ingen endring i konfliktene.
compare-new-conflict = Ny konflikt: { $conflict }
compare-resolved = Løst: { $conflict }
compare-other-link = lenkens versjon
compare-other-file = «{ $name }»
compare-other-tab = versjonen som er lagret i en annen fane
compare-other-kept = en lagret versjon
compare-title = Sammenlign «{ $name }» med { $other }
compare-lead-three-way = Begge versjonene bygger på en versjon som denne nettleseren har delt eller mottatt, så det bare én side har endret, tas som det er; { $mine ->
    [0] du har ikke endret noe siden da.
    [one] den ene endringen din siden da blir stående.
   *[other] de { $mine } endringene dine siden da blir stående.
}
compare-no-questions = Du og den andre parten har ikke endret den samme tingen: ingen spørsmål å svare på.
compare-questions = { $count ->
    [one] 1 ting
   *[other] { $count } ting
} ble endret på begge sider: velg min eller deres for hver.
compare-lead-two-way = Denne versjonen viser ikke til en som denne nettleseren har delt eller mottatt, så hver forskjell tilbys: fjern avkrysningen for det du ikke vil ha.
compare-questions-title = Endret på begge sider
compare-question = Spørsmål { $number }
compare-mine-or-theirs = { $name }: min eller deres
compare-lead-mine-theirs = (min → deres)
compare-theirs-rather = Deres i stedet for min:
compare-changes-three-way = Hva sammenslåingen endrer i din ({ $count ->
    [one] 1 endring
   *[other] { $count } endringer
})
compare-differences = Forskjeller ({ $count })
compare-none = Ingen.
compare-accept = Godta
compare-more = og { $count } til
compare-choose = Velg min eller deres for { $count ->
    [one] 1 punkt
   *[other] { $count } punkter
} for å slå sammen.
compare-cancel = Avbryt
compare-merge = Slå sammen
compare-merge-changes = Slå sammen ({ $count ->
    [one] 1 endring
   *[other] { $count } endringer
})
compare-merge-differences = Slå sammen ({ $accepted } av { $count ->
    [one] 1 forskjell
   *[other] { $count } forskjeller
})

compare-with-title = Sammenlign «{ $name }» med…
compare-with-lead = En annen versjon av denne timeplanen — en partners lenke eller en fil — for å se hva som er endret, og slå den sammen med din. Ingenting endres før du slår sammen.
compare-with-link = En lenke for redigering
compare-with-this-link = Sammenlign med denne lenken
compare-with-or = eller
compare-with-file = Sammenlign med en fil…
compare-view-link = Det er en lenke for studenter (skrivebeskyttet, kanskje for ett campus): lim inn en lenke for redigering.
compare-link-unread = Lenken kunne ikke leses: { $problem }.
compare-file-unread-because = «{ $name }» kunne ikke leses: { $problem }.
compare-file-unread = «{ $name }» kunne ikke leses.

change-removed = Fjernet { $what }{ $sessions ->
    [0] {""}
    [one] ; fjernet fra 1 økt
   *[other] ; fjernet fra { $sessions } økter
}{ $busy ->
    [0] {""}
    [one] ; 1 kalender med opptatt tid ble også fjernet
   *[other] ; { $busy } kalendere med opptatt tid ble også fjernet
}.
change-removed-with = Fjernet { $what } med { $with }{ $sessions ->
    [0] {""}
    [one] ; fjernet fra 1 økt
   *[other] ; fjernet fra { $sessions } økter
}{ $busy ->
    [0] {""}
    [one] ; 1 kalender med opptatt tid ble også fjernet
   *[other] ; { $busy } kalendere med opptatt tid ble også fjernet
}.
change-removed-cohorts = { $count ->
    [one] 1 gruppe
   *[other] { $count } grupper
}
change-removed-rooms = { $count ->
    [one] 1 rom
   *[other] { $count } rom
}
change-removed-and = { $first } og { $second }

compare-changed-conflict = Endret konflikt: { $conflict }
compare-conflict-dates = { $conflict } – { $dates }
compare-dates-gone = gjelder ikke lenger { $dates }
compare-dates-added = gjelder nå også { $dates }
compare-dates-instead = gjelder nå i stedet { $dates }
compare-dates-kept = gjelder fortsatt { $count ->
    [one] én annen dato
   *[other] { $count } andre datoer
}
compare-dates-and = { $first }; { $second }
compare-dates-list = { $first }, { $second }
compare-dates-more = { $dates } og { $count ->
    [one] én dato til
   *[other] { $count } datoer til
}

## Engine: best times and rotations

overlap-every-week = hver uke
overlap-weeks-from = { $weeks ->
    [one] 1 uke
   *[other] { $weeks } uker
} fra { $date }
overlap-outside-hours = { $weekday } { $time }, utenfor undervisningstiden ({ $span })
overlap-other-weekday = { $weekday } { $time }, ikke en undervisningsdag der ({ $span })
overlap-closed = stengt på grunn av { $closure } ({ $span })
overlap-closed-unnamed = stengt ({ $span })
overlap-outside-term = utenfor semesteret ({ $span })
overlap-clock-change = { $time } fra { $date }: { $why } ({ $weeks ->
    [one] 1 uke
   *[other] { $weeks } uker
})
overlap-clocks-change = klokka stilles om
overlap-leaves-summer-time = { $place } går over til vintertid
overlap-enters-summer-time = { $place } går over til sommertid
overlap-clocks-move = klokka i { $place } stilles { $hours } t
overlap-both = { $first } og { $second }
overlap-campus-reasons = { $campus }: { $reasons }
overlap-campus-fails = { $campus } passer ikke { $failing } av { $weeks ->
    [one] 1 uke
   *[other] { $weeks } uker
}: { $reasons }
overlap-booked = { $who } er booket { $weeks ->
    [one] 1 uke
   *[other] { $weeks } uker
} fra { $date }
overlap-someone = Noen

rotation-tally = { $campus }: { $burdens }
rotation-tally-none = { $campus }: 0
rotation-burden = { $count } × { $kind ->
    [night] om natten
    [weekend] i helgen
    [early] tidlig
    [late] sent
   *[outside-hours] utenfor undervisningstiden
}

## Engine: calendar files (ICS)

ics-calendar-name = { $schedule } · { $who }
ics-room = { $room }, { $campus }
ics-online = Digitalt
ics-kind = { $kind ->
    [joint-lecture] felles forelesning
    [lecture] forelesning
    [lab] lab
    [seminar] seminar
    [tutorial] øvingstime
    [exam] eksamen
    [office-hours] kontortid
   *[other] annet
}
ics-course-kind = { $course } · { $kind }
ics-taught-from = Vertscampus: { $campus } ({ $place })
ics-taught-from-elsewhere = Vertscampus: { $campus } (tider i lokal tid i { $place })
ics-lecturer = Foreleser: { $name }
ics-join = Bli med: { $url }

## App: header, start page, banners, language menu, status lines

shell-brand = Meridian
page-title-planner = Meridian — felles undervisning på tvers av tidssoner
page-title-timetable = Timeplan — Meridian
shell-footer-tzdb = IANA tzdb { $version }
shell-footer-version = Meridian { $version }
shell-footer-private = Alt blir værende i denne nettleseren
shell-campus-count = { $count ->
    [one] { $count } campus
   *[other] { $count } campuser
}
shell-view = Visning
shell-planner = Planlegger
shell-my-timetable = Min timeplan
shell-schedule = Timeplan
shell-shared-option = { $name } (delt lenke)
shell-demos = Eksempler
shell-my-schedules = Mine timeplaner
shell-demo-enhance-autumn-2026 = ENHANCE · høsten 2026
shell-demo-gma-spring-2027 = Global MOOC Alliance · våren 2027
shell-grid-in = Rutenettets tidssone
shell-your-time = Din tid ({ $place })
shell-your-zone = Din tidssone
shell-history = Historikk
shell-undo = Angre
shell-undo-title = Angre (Ctrl+Z)
shell-redo = Gjør om
shell-redo-title = Gjør om (Ctrl+Shift+Z)
shell-new-session = Ny økt
shell-people = Campuser og personer
shell-file = Fil
shell-new-schedule = Ny timeplan…
shell-open-my-schedules = Mine timeplaner…
shell-import-busy = Importer opptatt tid
shell-export-file = Eksporter fil
shell-compare-with = Sammenlign med…
shell-open-file = Åpne fil
shell-share = Del

language-menu-label = Språk
language-menu-title = Velg hvilket språk Meridian skal bruke

banner-label = Delt timeplan
banner-shared-copy = Delt kopi.
banner-shared-copy-detail = Du har åpnet en timeplan fra en lenke eller en fil. Den blir ikke lagret i denne nettleseren før du lagrer den (eller endrer den); dine egne timeplaner blir ikke berørt.
banner-identity-stored = En timeplan med samme identitet er allerede lagret
banner-already-stored = «{ $name }» finnes allerede blant timeplanene dine. Vil du sammenligne og slå sammen denne kopien med den, erstatte den med denne kopien eller beholde begge?
banner-compare-and-merge = Sammenlign og slå sammen…
banner-replace = Erstatt den
banner-keep-both = Behold begge
banner-cancel = Avbryt
banner-you-have = Du har «{ $name }» blant timeplanene dine: se hva som er endret, og slå det sammen med din versjon.
banner-compare-with-mine = Sammenlign med min…
banner-save = Lagre i mine timeplaner
banner-read-only = Skrivebeskyttet timeplan.
banner-read-only-for = Skrivebeskyttet timeplan for { $whom }.
banner-read-only-detail = Delt via lenke: tidene vises i din tidssone; ingenting lagres.
banner-release-ready = En nyere versjon av Meridian er klar.
banner-release-reload = Last inn på nytt for å bruke den

status-moved = Flyttet { $title } { $shift }.
status-resized = { $title } varer nå { $length }.
status-deleted = Slettet { $title }. Angre henter den tilbake.
status-added = La til { $title }.
status-session-saved = Lagret { $title }.
status-busy-imported = { $blocks ->
    [one] Importerte { $blocks } blokk med opptatt tid fra «{ $calendar }»: den er med i konfliktsjekken og vises grå i rutenettet.
   *[other] Importerte { $blocks } blokker med opptatt tid fra «{ $calendar }»: de er med i konfliktsjekken og vises grå i rutenettet.
}
status-renamed = Nytt navn: «{ $name }».
status-occurrence-moved = Flyttet { $title } { $date } { $shift }, bare den uka.
status-occurrence-resized = { $title } { $date } varer nå { $length }, bare den uka.
status-occurrence-saved = Lagret { $title } { $date }, bare den uka.
status-occurrence-skipped = { $title } holdes ikke { $date }. Angre henter den tilbake.
status-merged = { $changes ->
    [0] Slått sammen: ingenting trengte å endres her.
    [one] Slått sammen: 1 endring hentet fra den andre versjonen.
   *[other] Slått sammen: { $changes } endringer hentet fra den andre versjonen.
} Angre går tilbake til din versjon.
status-rotation-accepted = { $slots ->
    [one] { $title } får nå sin mest rettferdige ukentlige tid.
   *[other] { $title } roterer nå mellom { $slots } ukentlige tider, én serie for hver.
} Angre tilbakestiller endringen.
status-holiday-taught = { $campus } har undervisning { $date } selv om det er { $holiday }. Angre gjør dagen til helligdag igjen.
status-holiday-again = { $holiday } { $date } er helligdag ved { $campus } igjen.
status-setup-saved = Lagret campuser og personer.
status-undone = Angret.
status-redone = Gjort på nytt.
status-created = Opprettet «{ $name }». Legg til økter med «Ny økt»; hver endring lagres i denne nettleseren.
status-updated-from-tab = Oppdatert med endringene som ble gjort i denne timeplanen i en annen fane.
status-merged-with-tab = Denne timeplanen ble også endret i en annen fane: både de endringene og dine beholdes.
status-changed-on-both-tabs = Denne timeplanen ble også endret i en annen fane, og noe ble endret i begge: velg hva som skal beholdes. Ingenting lagres før da.
status-session-gone = Den økten er ikke lenger i timeplanen.
status-refused = Den endringen er ikke mulig: { $reason }
status-name-needed = En timeplan trenger et navn.
status-demo-not-loaded = Eksempeltimeplanen kunne ikke lastes: { $reason }
status-link-unreadable = Lenken du åpnet, kunne ikke leses: { $reason }.
status-link-unreadable-demo = Lenken du åpnet, kunne ikke leses: { $reason }. Eksempeltimeplanen vises i stedet.
status-file-not-opened = «{ $file }» ble ikke åpnet, og ingenting ble endret: { $reason }.
status-file-unreadable = «{ $file }» kunne ikke leses.
status-storage-open = Den timeplanen kunne ikke åpnes: { $reason }.
status-storage-open-last = Den siste timeplanen din kunne ikke åpnes: { $reason }.
status-storage-list = De lagrede timeplanene dine kunne ikke leses: { $reason }.
status-storage-compare = Den lagrede versjonen din kunne ikke leses for sammenligning: { $reason }.
status-storage-autosave = Den siste endringen din er åpen her, men ikke lagret: { $reason }.
status-storage-remember = En versjon ble ikke tatt vare på i timeplanens historikk: { $reason }.
status-storage-save = Timeplanen ble ikke lagret: { $reason }.
status-storage-remove = Ikke slettet: { $reason }.
status-storage-other = Det gikk ikke: { $reason }.
status-zone-unknown = Ingen tidssone passer til «{ $text }». Skriv en by (f.eks. Trondheim) eller et IANA-navn (f.eks. Europe/Oslo).


holidays-not-loaded = Helligdagene for { $campus } ({ $country }) kunne ikke lastes: sjekken har bare stengingene som er skrevet inn der. Last inn siden på nytt for å prøve igjen.
holidays-unknown-region = { $campus } har regionen «{ $region }», som helligdagsdataene for { $country } ikke har: bare de nasjonale helligdagene i { $country } er med i sjekken. Velg region under Campuser og personer.
holidays-year-not-covered = Helligdagsdataene for { $country } dekker ikke { $year }: helligdagene for { $campus } det året er ikke med i sjekken.
holidays-both-names = { $local } ({ $english })
holidays-student-notice = { $date }: { $name }, offentlig helligdag ved { $campus }
holidays-student-notice-observed = { $date }: { $name }, offentlig helligdag ved { $campus }, flyttet til denne dagen

## App: student timetable

timetable-label = Min timeplan
timetable-my-campus = Mitt campus
timetable-all-campuses = Alle campuser
timetable-my-cohort = Min gruppe
timetable-all-cohorts = Alle grupper
timetable-add-to-calendar = Legg til i kalenderen min (.ics)
timetable-next = Neste: { $title } { $countdown } — { $date }, { $time } din tid
timetable-no-more = Ingen flere økter dette semesteret.
timetable-time-changes = Tidsendringer
timetable-public-holidays = Offentlige helligdager
timetable-show = Vis
timetable-agenda = Liste
timetable-week = Uke
timetable-hide-earlier = Skjul tidligere dager
timetable-show-earlier = { $count ->
    [one] Vis { $count } tidligere dag
   *[other] Vis { $count } tidligere dager
}
timetable-nothing = Ingen økter å vise.
timetable-skipped = avlyst denne uka
timetable-moved = flyttet denne uka
timetable-skipped-date = avlyst
timetable-moved-date = flyttet
timetable-meta = { $length } · tid ved vertscampus: { $host }
timetable-meta-rooms = { $length } · tid ved vertscampus: { $host } · { $rooms }
timetable-meta-elsewhere = { $length } · { $time } lokal tid i { $city } · vertscampus: { $campus }
timetable-meta-elsewhere-rooms = { $length } · { $time } lokal tid i { $city } · vertscampus: { $campus } · { $rooms }
timetable-host-time = { $time } i { $city } ({ $campus })
timetable-host-time-no-campus = { $time } i { $city }
timetable-room = { $room }, { $campus }
timetable-next-day = { $time } (neste dag)
timetable-join = Bli med på nett
timetable-not-a-web-link = ikke en nettlenke
timetable-change = Fra { $date } begynner { $title } kl. { $now } i stedet for { $was }.
timetable-change-why = Fra { $date } begynner { $title } kl. { $now } i stedet for { $was } ({ $why }).
timetable-this-class = Denne økten
timetable-switch-to-summer = { $city } går over til sommertid
timetable-switch-from-summer = { $city } går over til vintertid
timetable-term-label = Semesteroversikt
timetable-term-heading = Semesteroversikt — { $name }
timetable-times-in = Tider i { $place } ({ $zone }).
timetable-column-session = Økt
timetable-column-when = Når
timetable-column-dates = Datoer
timetable-usual = { $weekday } { $time }
timetable-other-times = { $usual } (andre tider på { $count ->
    [one] { $count } dato
   *[other] { $count } datoer
})
timetable-dates = { $first } – { $last } · { $count ->
    [one] { $count } økt
   *[other] { $count } økter
}
timetable-opening-planner = Åpner planleggeren…
timetable-open-the-link = Åpne lenken for studenter som koordinatoren din har delt, så ser du timeplanen din her.
timetable-opening = Åpner timeplanen…
timetable-plan-in-meridian = Planlegg en timeplan i Meridian

## App: planner grid, session form, conflicts panel, time finder, best times panel

week-nav = Semesterets uker
week-previous = Forrige uke
week-next = Neste uke
week-pick = Uke
week-label = Uke { $week } · { $days } { $year }
week-position = semesteruke { $week } av { $weeks }
week-snap = Fest til
week-term-strip = Semesteroversikt: uker med konflikter eller tidsomstillinger
week-cell = Uke { $week } ({ $date }){ $conflicts ->
        [yes] , har konflikter
       *[no] {""}
    }{ $switch ->
        [yes] , klokka stilles om
       *[no] {""}
    }
week-switches = Tidsomstillinger denne uka
week-switch-forward = { $date }: { $campuses } — klokka stilles fram { $from } → { $to } (nå UTC{ $offset })
week-switch-back = { $date }: { $campuses } — klokka stilles tilbake { $from } → { $to } (nå UTC{ $offset })

grid-label = Økter, tider i { $zone }
grid-day-tabs = Dag
grid-day-count = { $count ->
        [one] { $count } økt
       *[other] { $count } økter
    }
grid-scroll = Ukerutenett, kan rulles
grid-ruler-you = Du
grid-ruler-your-time = Din tid
grid-ruler = Tidslinjal for { $name }
grid-ruler-closed = { $campus } er stengt: { $days }
grid-ruler-offset = UTC{ $offset } · { $abbreviation }
grid-day-off = { $date }: { $holiday }
grid-legend = Rutenettets tider i { $zone } · linjalene viser lokal tid på hvert campus, skyggelagt utenfor undervisningstiden · pek på, fokuser eller trykk på en økt for å se den lokale tiden på hvert campus{ $editable ->
        [yes] {" "}· dra over ledig tid for å legge til en økt
       *[no] {""}
    }

block-keys = Enter eller dobbeltklikk redigerer (bare denne uka eller hver uke); piltastene flytter hver uke { $step } minutter eller en dag; Shift med opp- og nedpil endrer lengden; Delete fjerner økten (Ctrl+Z angrer). Dra for å flytte, dra i nederkanten for å endre lengden.
block-resize = Dra for å endre lengden
block-changed = Endret bare denne uka
block-busy-title = Opptatt
block-busy = Opptatt for { $whose } (fra { $calendar }), { $time }
block-local-times = Lokal tid på hvert campus
block-other-day = annen dag
block-outside-hours = utenfor undervisningstiden
block-join = Bli med på nett
block-not-a-web-link = ikke en nettlenke

planner-cancel = Avbryt
planner-scope-move = Flytte «{ $title }» { $shift }?
planner-scope-shorter = Forkorte «{ $title }» med { $length }?
planner-scope-longer = Forlenge «{ $title }» med { $length }?
planner-scope-why = Det er en ukentlig serie. Endre bare uka du dro i, eller hver uke i serien?
planner-scope-this-week = Bare denne uka ({ $date })
planner-scope-every-week = Hver uke
planner-main = Ukerutenett

conflicts-label = Konflikter
conflicts-title = Konflikter
conflicts-counts = { $errors ->
        [one] { $errors } feil
       *[other] { $errors } feil
    } · { $warnings ->
        [one] { $warnings } advarsel
       *[other] { $warnings } advarsler
    } · { $notes ->
        [one] { $notes } merknad
       *[other] { $notes } merknader
    }
conflicts-checking-short = sjekker…
conflicts-progress = Sjekker konflikter
conflicts-checking = Sjekker timeplanen…
conflicts-checking-changed = Sjekker den endrede timeplanen… Listen nedenfor er fra før endringen.
conflicts-none = Ingen konflikter: hver økt passer hvert campus, hver uke.
conflicts-errors = Feil ({ $count })
conflicts-warnings = Advarsler ({ $count })
conflicts-notes = Forskyvninger ved tidsomstilling og merknader ({ $count })
conflicts-drift-caption = Lokal starttid på hvert campus gjennom semesteret
conflicts-show-week = Vis uka med { $date }
conflicts-find = Finn en tid for { $title }
conflicts-find-week = Finn en tid for { $title } bare { $date }
conflicts-teach-anyway = Undervis likevel på { $holiday }
conflicts-show-more = Vis { $count } til
conflicts-hint = Tips: { $hint }

planner-drag-label = Der økten ville havnet
planner-drag-title = { $title }, { $date }
planner-drag-checking = Konfliktene sjekkes fortsatt: det denne flyttingen ville lagt til, vises når de er ferdige.
planner-drag-ok = Ingen nye konflikter, selv om hver uke flyttes.

finder-label = Finn en tid
finder-button = Finn en tid
finder-hint-week = prøver hver halvtime denne uka på vertscampusets undervisningsdager, sjekket mot alt annet den uka
finder-hint-series = prøver hver halvtime i den første uka på vertscampusets undervisningsdager, hver mot hele semesteret
finder-progress = Finner en tid
finder-searching = Prøver hver starttid i uka…
finder-stop = Stopp
finder-when = { $date }, { $time }
finder-now = Tider i { $place }. Nå { $when }: { $summary }
finder-none-better = Ingen annen tid denne uka er bedre.
finder-refused = Ingen tider å foreslå: { $reason }.

form-edit-title = Rediger økt
form-new-title = Ny økt
form-scope = Endre
form-scope-every-week = hver uke i serien
form-scope-this-week = bare { $date } (denne uka)
form-week-note = { $title } { $date }: tiden er lokal tid i { $place }. Tittel, grupper, foreleser og resten følger serien; velg «hver uke i serien» for å endre dem.
form-title = Tittel
form-course = Emne
form-kind = Type
form-kind-option = { $kind ->
        [joint-lecture] felles forelesning
        [lecture] forelesning
        [lab] lab
        [seminar] seminar
        [tutorial] øvingstime
        [exam] eksamen
        [office-hours] kontortid
       *[other] annet
    }
form-host = Vertscampus
form-zone = Tiden følger
form-zone-host = vertscampusets tidssone
form-date = Dato
form-first-date = Første dato
form-starts-at = Starter
form-length = Lengde (minutter)
form-best-times = Beste tider
form-best-times-hint = skyggelegger uka etter hvor mange campuser som er innenfor undervisningstiden hver uke i semesteret, og foreslår en rettferdig rotasjon når ingen tid passer alle
form-repeats = Gjentas
form-weekly = hver uke eller med noen ukers mellomrom
form-interval = Hver … uke
form-until = Til og med (valgfritt)
form-count = Antall ganger (valgfritt)
form-skip = Datoer som hoppes over ({ $pattern }, atskilt med komma)
form-weekdays = Disse dagene (den første datoens dag hvis ingen er valgt)
form-cohorts = Grupper
form-rooms = Rom
form-lecturer = Foreleser
form-meeting = Lenke til nettmøte
form-meeting-placeholder = https://…
form-notes = Notater
form-cancel-week = Avlys denne uka
form-close = Lukk
form-save-week = Lagre denne uka
form-save = Lagre
form-add = Legg til økt
form-no-title = Gi økten en tittel.
form-no-start = Oppgi startdato og klokkeslett.
form-length-not-a-number = Lengden må oppgis i minutter, f.eks. 90.
form-interval-too-small = Intervallet må være minst 1 uke.
form-until-not-a-date = «Til og med» må være en dato, { $pattern }.
form-count-not-a-number = «Antall ganger» må være et tall.
form-skip-not-a-date = Hver dato som hoppes over, må oppgis som { $pattern }.

best-label = Beste tider
best-title = Beste tider for { $title }
best-title-new = Beste tider for en ny serie
best-close = Lukk
best-campuses = Campuser som må delta
best-length = Lengde (minutter)
best-tick-one = Kryss av for minst ett campus.
best-no-map = Ingen oversikt over beste tider: { $reason }.
best-no-rotation = Ingen rotasjon å foreslå: { $reason }.
best-intro = Tider i { $place }. Skyggelagt over rutenettet: hvor mange avkryssede campuser som er innenfor undervisningstiden ved hver starttid, hver uke i semesteret ({ $weeks ->
        [one] { $weeks } uke
       *[other] { $weeks } uker
    }).
best-key-all = alle
best-key-booked = alle, booket
best-key-fewer = færre
best-point-hint = Pek på en starttid i rutenettet eller nedenfor for å se hvorfor noen campuser ikke kan; klikk på en for å starte en serie der.
best-slot = { $start }: { $state }
best-slot-no-week = ingen uke i semesteret har denne dagen
best-slot-everyone = passer hvert campus hver uke det underviser
best-slot-holding = { $holding } av { $campuses } campuser innenfor undervisningstiden hver uke
best-closed-weeks-only = { $reason } — bare stengte uker, som ingen starttid unngår
best-booked = { $who } er booket { $weeks ->
        [one] { $weeks } uke
       *[other] { $weeks } uker
    } fra { $date }
best-someone = Noen
best-everyone-heading = Starttider som passer alle hver uke
best-start = Ny serie som starter { $start }
best-start-everyone = Ny serie som starter { $start } ({ $starts } passer alle)
best-none-suits = Ingen starttid passer alle de { $campuses } campusene hver uke i semesteret; { $most } av { $campuses } er det beste. De nærmeste:
best-no-rotation-found = Ingen starttid på en ukedag ligger innenfor semesteret hver uke uten en booking, så det finnes ingen rotasjon å foreslå.
best-rotation-heading = { $slots ->
        [one] Én ukentlig tid er mest rettferdig
       *[other] En rettferdig rotasjon mellom { $slots } ukentlige tider
    }
best-rotation-note = Tas etter tur, uke for uke, slik at økter om natten, tidlig, sent og i helgene deles: høyst { $largest } poeng for ett campus, { $total } i alt (en økt om natten teller { $night }){ $complete ->
        [no] {" "}(søket stoppet ved grensen sin; dette er det beste det fant)
       *[yes] {""}
    }.
best-rotation-scroll = Lokale starttider per campus, kan rulles
best-rotation-caption = Lokal starttid for hver ukentlige tid på hvert campus
best-rotation-campus = Campus
best-rotation-place = i { $place }
best-night = om natten
best-night-aside = (om natten)
best-rotation-weeks = Uker:
best-rotation-tally = Ugunstige økter per campus:
best-rotation-fairness = Rettferdighet: hvert campus' ugunstige økter fordeles så jevnt som tidene tillater, og en økt om natten (før 06:00 eller som slutter etter 23:00, merket ☾) teller som tre. Sjekk hvert campus' lokale tider ovenfor.
best-rotation-use = Bruk denne rotasjonen
best-rotation-from-form = Åpne «Beste tider» fra skjemaet til en økt for å erstatte den med denne rotasjonen.

## App: dialogs

dialog-cancel = Avbryt
dialog-done = Ferdig
dialog-save = Lagre
dialog-remove = fjern

share-title = Del «{ $name }»
share-lead = Hele timeplanen ligger i lenken: ingenting lastes opp, og den som åpner den, får sin egen kopi.
share-edit-heading = Lenke for redigering
share-edit-hint = Åpnes i planleggeren som en kopi mottakeren kan endre og lagre.
share-copy = Kopier
share-view-heading = Lenke for studenter
share-view-hint = Skrivebeskyttet: åpner timeplanen i hver students egen tidssone.
share-for = For
share-everyone = Alle
share-one-campus = Ett campus
share-one-cohort = Én gruppe
share-download = Last ned kalender (.ics)
share-qr-heading = QR-kode
share-qr-of = QR-kode for
share-qr-students = lenken for studenter
share-qr-edit = lenken for redigering
share-qr-label-students = QR-kode for lenken for studenter (versjon { $version })
share-qr-label-edit = QR-kode for lenken for redigering (versjon { $version })
share-qr-caption = { $width }×{ $width } moduler: pek et mobilkamera mot den, eller legg den på et lysbilde.
share-qr-too-large = Denne timeplanen er for stor for én QR-kode: del lenken i stedet.
share-copied-edit = Lenken for redigering er kopiert til utklippstavlen.
share-copied-students = Lenken for studenter er kopiert til utklippstavlen.
share-copy-failed-edit = Kunne ikke kopiere: merk lenken for redigering og trykk Ctrl+C (⌘C på Mac).
share-copy-failed-students = Kunne ikke kopiere: merk lenken for studenter og trykk Ctrl+C (⌘C på Mac).
share-downloaded = { $file } er lastet ned: åpne filen i kalenderappen din for å legge til alle øktene.
share-download-failed = Kalenderfilen kunne ikke lages i denne nettleseren.
share-length = { $count ->
    [one] { $count } tegn
   *[other] { $count } tegn
}
share-no-link = Ingen lenke: { $reason }.
share-sheet = Del lenke for studenter…

import-title = Importer opptatt tid
import-lead = En kalenderfil fra en partners timeplansystem (TimeEdit, Untis, Google Calendar, Outlook). Hendelsene i den blir opptatt tid i konfliktsjekken og vises grå i rutenettet. Ingenting forlater denne nettleseren.
import-file = Kalenderfil (.ics)
import-busy-of = Opptatt tid for
import-group-cohorts = Grupper
import-group-lecturers = Forelesere
import-group-rooms = Rom
import-group-campuses = Hele campuset (alle grupper)
import-name = Navn (valgfritt)
import-name-placeholder = f.eks. NTNU TimeEdit, høsten 2026
import-submit = Importer
import-choose-file = Velg en kalenderfil (.ics) først.
import-too-large = «{ $file }» er { $size } MB; Meridian leser kalenderfiler på opptil { $limit } MB (eksporter en kortere periode).
import-unreadable = Filen kunne ikke leses.
import-nothing-imported = Ingenting ble importert: { $reason }.

new-title = Ny timeplan
new-lead = Start fra en allianse: campusene kommer med tidssoner og standard undervisningstid (mandag–fredag, 08:00–20:00 lokal tid), som du kan endre senere.
new-alliance = Allianse
new-campuses = Campuser
new-campus = { $campus } ({ $city })
new-name = Navn
new-name-placeholder = f.eks. Bærekraftige energisystemer — våren 2027
new-term-starts = Semesteret begynner
new-term-ends = Semesteret slutter
new-create = Opprett
new-dates-missing = Oppgi første og siste dag i semesteret.
new-default-name = Semester { $alliance }
new-default-name-plain = Nytt semester
new-cannot-make = Timeplanen kan ikke lages: { $reason }.

people-title = Campuser og personer
people-campuses = Campuser: undervisningstid ({ $pattern }; tomt = ingen undervisning) og stenginger
people-campus-place = · { $city } · { $zone }
people-remove-campus-label = Fjern campus { $name }
people-remove-campus = fjern campus
people-remove-closure-label = Fjern stengingen { $name }
people-remove-cohort-label = Fjern gruppen { $name }
people-remove-lecturer-label = Fjern foreleseren { $name }
people-remove-room-label = Fjern rommet { $name }
people-hours-label = Undervisningstid for { $campus } på { $weekday }
people-hours-empty = —
people-hours-refused = «{ $hours }» er ikke undervisningstid for { $weekday }: skriv den som 08:00-18:00, eller la feltet stå tomt hvis det ikke er undervisning.
people-closure = { $name } — { $date }
people-closure-span = { $name } — { $start } til { $end }
people-add-closure = Legg til en stenging (navn, dato)
people-add-closure-placeholder = Helligdag, 2026-12-08
people-add-closure-label = Legg til en stenging ved { $campus }
people-closure-refused = «{ $text }» er ikke en stenging: skriv navnet, et komma og datoen, f.eks. Helligdag, 2026-12-08.
people-add-campus = Legg til et campus: søk etter et universitet, en by eller en tidssone
people-add-known = + { $campus } ({ $city })
people-add-zone = + et campus i { $city } ({ $zone })
people-new-campus-name = Campus { $city }
people-cohorts = Grupper
people-cohort-name = Gruppenavn
people-campus-of = Campus for { $name }
people-add-cohort = Legg til en gruppe
people-lecturers = Forelesere
people-lecturer-name = Navn på foreleser
people-add-lecturer = Legg til en foreleser
people-rooms = Rom
people-room-name = Romnavn
people-add-room = Legg til et rom
people-removed = { $removed } Klikk Lagre for å beholde endringen eller Avbryt for å angre den.
people-not-removed = Ikke fjernet: { $reason }.
people-not-changed = Ikke endret: { $reason }.
people-new-cohort-campus = Campus for den nye gruppen
people-lecturer-prompt = Skriv inn navnet på foreleseren
people-room-prompt = Skriv inn navnet på rommet
problem-unnamed = { $item ->
    [cohort] gruppe { $position } i listen mangler navn; skriv inn et navn eller fjern gruppen
    [lecturer] foreleser { $position } i listen mangler navn; skriv inn et navn eller fjern foreleseren
   *[room] rom { $position } i listen mangler navn; skriv inn et navn eller fjern rommet
}

calendar-region = Helligdagsregion
calendar-region-label = Helligdagsregion for { $campus }
calendar-national-only = Bare nasjonale helligdager ({ $country })
calendar-national-no-country = Ikke noe land angitt
calendar-no-country = Ikke noe land: bare stengingene som er skrevet inn
calendar-loading = Offentlige helligdager ({ $country }): laster…
calendar-no-holidays = Ingen offentlige helligdager i semesteret
calendar-holidays = { $taught ->
    [0] Offentlige helligdager i semesteret ({ $count })
   *[other] Offentlige helligdager i semesteret ({ $count }, undervisning på { $taught })
}
calendar-unticked = Ikke avkrysset: campuset har undervisning den dagen.
calendar-english-name = ({ $name })
calendar-observed = flyttet
calendar-substitute = erstatningsdag
calendar-we-teach = vi underviser
calendar-period = { $kind ->
    [exams] Eksamen
   *[lecture-free] Undervisningsfri
}: { $name } — { $start } til { $end } { $year }
calendar-remove-period-label = Fjern perioden { $name }
calendar-add-exams = Legg til en eksamensperiode (navn, første dag, siste dag)
calendar-add-lecture-free = Legg til undervisningsfrie uker (navn, første dag, siste dag)
calendar-add-exams-label = Legg til en eksamensperiode ved { $campus }
calendar-add-lecture-free-label = Legg til undervisningsfrie uker ved { $campus }
calendar-exams-placeholder = Vintereksamen, 2027-02-01, 2027-02-19
calendar-lecture-free-placeholder = Juleferie, 2026-12-21, 2027-01-03
calendar-period-refused = «{ $text }» er ikke en periode: skriv navnet, første dag og siste dag, f.eks. Vintereksamen, 2027-02-01, 2027-02-19.
calendar-import = Importer studiekalender (.ics)…
calendar-import-label = Importer studiekalender (.ics) for { $campus }
calendar-too-large = «{ $file }» er { $size } MB; Meridian leser kalenderfiler på opptil { $limit } MB.
calendar-unreadable = Filen kunne ikke leses.
calendar-nothing-read = Ingenting ble lest: { $reason }.
calendar-academic-label = Studiekalender for { $campus }
calendar-no-events = Ingen hendelser i semesteret.
calendar-events = Hendelser i semesteret; hver blir lagret slik du velger:
calendar-event = { $name }: { $when }
calendar-event-no-name = (uten navn): { $when }
calendar-keep-as = Behold { $name } ({ $when }) som
calendar-keep-no-name-as = Behold hendelsen uten navn ({ $when }) som
calendar-event-span = { $start } til { $end }
calendar-as-closure = Stenging
calendar-as-exams = Eksamensperiode
calendar-as-lecture-free = Undervisningsfri
calendar-as-skip = Hopp over
calendar-forget = Glem disse
calendar-add = Legg til disse

schedules-title = Mine timeplaner
schedules-lead = Lagret bare i denne nettleserens lagring på denne enheten.
schedules-protected = Nettleseren har lovet å beholde lagringen (den tømmer den ikke for å frigjøre plass).
schedules-unprotected = Nettleseren har ikke lovet å beholde lagringen: den kan tømme den for å frigjøre plass, og Safari tømmer den etter sju dager uten besøk med mindre appen er installert.
schedules-protection-unknown = Denne nettleseren sier ikke om den beholder lagringen.
schedules-keep-elsewhere = Eksporter en fil eller kopier lenken for redigering for å ha en kopi et annet sted.
schedules-backup-changed = «{ $name }» er endret siden du sist eksporterte eller delte den.
schedules-backup-how = Den eneste kopien er i denne nettleseren: bruk Eksporter fil i menyen, eller Del → kopier lenken for redigering og send den til deg selv.
schedules-none = Ingen ennå: endre et eksempel, åpne en delt lenke og lagre den, eller lag en ny timeplan.
schedules-name-label = Navn på { $name }
schedules-open = Åpne
schedules-duplicate = Dupliser
schedules-delete-label = Slette { $name }?
schedules-delete-question = Slette «{ $name }»?
schedules-delete = Slett
schedules-keep = Behold
schedules-delete-ask = Slett…
schedules-deleted = Slettet «{ $name }».
schedules-undo = Angre
schedules-damaged = Lagt til side som skadet
schedules-damaged-hint = Disse kunne ikke leses, så de ble lagt til side som de var. Last ned én for å reparere den for hånd (det er timeplanens JSON), og åpne deretter filen.
schedules-damaged-list = Listen over timeplaner
schedules-damaged-schedule = Timeplanen «{ $id }»
schedules-download-list-label = Last ned listen over timeplaner
schedules-download-schedule-label = Last ned timeplanen «{ $id }»
schedules-download = Last ned
schedules-discard-list-label = Forkast listen over timeplaner
schedules-discard-schedule-label = Forkast timeplanen «{ $id }»
schedules-discard = Forkast
schedules-kept = Lagrede versjoner av «{ $name }» ({ $count })
schedules-kept-hint = Versjonene du delte, mottok eller hadde før en sammenslåing (de siste 20): sammenlign én med din for å hente tilbake det du vil.
schedules-version = { $how ->
    [both] Delt og mottatt
    [shared] Delt
    [received] Mottatt
   *[had] Før en sammenslåing
} · versjon { $version }
schedules-compare-label = Sammenlign versjon { $version } med din
schedules-compare = Sammenlign…
schedules-discard-versions = Forkast disse versjonene
schedules-copy-name = { $name } (kopi)
schedules-storage-unavailable = denne nettleseren lar ikke Meridian lagre timeplaner (privat modus eller lagring slått av); arbeidet ditt er bare åpent i denne fanen
schedules-storage-full = nettleserens lagring for Meridian er full; arbeidet ditt er fortsatt åpent i denne fanen, og du kan eksportere det som fil
schedules-damaged-left = den lagrede timeplanen «{ $id }» er skadet ({ $reason }); den ble ikke rørt
schedules-damaged-set-aside = den lagrede timeplanen «{ $id }» er skadet ({ $reason }); den ble lagt til side som den var, så ingenting skriver over den, og «Mine timeplaner» tilbyr den som fil
schedules-missing = ingen timeplan «{ $id }» er lagret i denne nettleseren
schedules-list-repaired = Listen over de lagrede timeplanene dine var skadet: den ble lagt til side og bygd opp på nytt fra timeplanene som er lagret her («Mine timeplaner» tilbyr den skadede listen som fil).
schedules-unreadable = De lagrede timeplanene dine kunne ikke leses: { $reason }.
