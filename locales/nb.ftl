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

## Engine: conflicts and their hints

conflict-resource-cohort = Gruppe { $name }
conflict-resource-lecturer = Foreleser { $name }
conflict-resource-room = Rom { $name }

conflict-double-booked = { $resource } har to økter { $date }, { $first_span } og { $second_span } lokal tid i { $place } ({ $same ->
        [yes] to ganger { $first }
       *[no] { $first } og { $second }
    }, overlapper { $minutes } min)

conflict-short-break = { $resource } har bare { $gap } min mellom { $first } (slutter { $first_end }) og { $second } (begynner { $second_start }) { $date }, lokal tid i { $place }; regelen krever { $rule } min

conflict-busy = { $resource } er opptatt { $date }, { $busy } lokal tid i { $place } ({ $calendar }), når { $session } holdes { $meets }
conflict-busy-block = { $resource } er opptatt { $date }, { $busy } lokal tid i { $place } ({ $block }, fra { $calendar }), når { $session } holdes { $meets }

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
conflict-no-teaching-day = { $session } { $date } faller på en dag { $campus } ikke underviser ({ $span } lokal tid i { $city })
conflict-outside-hours = { $session } { $date } går { $span } lokal tid i { $city }, utenfor undervisningstiden { $ends_in_s ->
       *[other] ved { $campus }
    } ({ $hours })

conflict-skipped-time = { $session }: { $time } finnes ikke { $date } i { $place } (klokka hopper over { $from }–{ $to }); flyttet fram forbi omstillingen
conflict-repeated-time = { $session }: { $time } kommer to ganger { $date } i { $place } (UTC{ $earlier } og UTC{ $later }); den første gangen gjelder

conflict-drift = { $session } ({ $weekday } { $time } lokal tid i { $place }) flytter seg hos partnere i løpet av semesteret: { $rows }

conflict-omitted = { $resource } har { $pairs } { $pairs ->
        [one] overlappende booking til
       *[other] overlappende bookinger til
    } som ikke er listet (Meridian lister { $conflicts } konflikter eller { $overlaps } overlappinger per gruppe, foreleser eller rom)

conflict-repeats = { $message } (og { $more } { $more ->
        [one] dato til
       *[other] datoer til
    }, til og med { $last })

drift-row = { $cities }: { $times }
drift-once = { $time } { $date }
drift-until = { $time } til og med { $date }
drift-from = { $time } fra { $date }
drift-between = { $time } fra { $from } til { $to }

hint-move-by = flytt { $session } { $minutes } min
hint-move-after = flytt { $session } { $minutes } min til { $time }, etter { $after }
hint-move-when-free = flytt { $session } { $minutes } min til { $time }, når { $resource } er ledig
hint-move-room-free = flytt { $session } { $minutes } min til { $time }: { $room } er ledig { $free } den dagen
hint-no-free-time = { $resource } har ikke { $minutes } min ledig senere den dagen
hint-common-window = alle som deltar, er innenfor undervisningstiden { $span } lokal tid i { $place } den dagen
hint-skip-or-move = hopp over denne datoen eller flytt økten
hint-exams = studentene kan ha eksamen: flytt økten ut av perioden, eller behold den hvis de ikke har det
hint-avoid-switch-hour = velg et klokkeslett utenfor omstillingstimen
hint-fix-listed-first = rett først opp dobbeltbookingene som er listet øverst: kopier av én økt er den vanlige årsaken

resolution-gap = { $time } finnes ikke { $date } (klokka hopper over { $from }–{ $to })
resolution-fold = { $time } kommer to ganger { $date } (UTC{ $earlier } og UTC{ $later })

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
error-bad-date-time = kan ikke lese «{ $text }» som dato eller klokkeslett; forventet { $expected }
error-unknown-disambiguation = ukjent valg «{ $text }» for tvetydige tider; bruk compatible, earlier, later eller reject
error-nonexistent-local-time = { $local } finnes ikke i { $zone }: klokka hopper over { $skipped } den dagen; velg et annet klokkeslett eller bruk --disambiguation compatible
error-ambiguous-local-time = { $local } kommer to ganger i { $zone } (ved UTC{ $earlier } og ved UTC{ $later }); velg med --disambiguation earlier eller later
error-out-of-range = { $text } er utenfor gyldig område (årene 1000 til 9999)
error-syntax = linje { $line }, kolonne { $column }: { $problem }
error-unsupported-format = formatet «{ $found }» kan ikke leses av denne versjonen av Meridian (den leser «{ $format }»); kommer filen fra en nyere Meridian, åpne den der
error-invalid = { $path }: { $problem }
error-too-large-to-share = timeplanen er for stor for en delingslenke: den trenger { $size } { $what ->
    [characters] tegn lenke
   *[bytes] byte utpakket
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

link-not-a-link = dette er ingen Meridian-lenke: en timeplanlenke har «#s1.» eller «#s2.» («#Q1.» eller «#Q2.» fra en QR-kode) etterfulgt av bokstaver og sifre
link-cut-off = lenken er kuttet av: kopier hele lenken på nytt (e-post- og chatteapper bryter av og til lange lenker)
link-newer = lenken er laget av en nyere Meridian (lenkeversjon { $version }; denne leser versjon { $supported }): åpne den med nyeste Meridian
link-damaged = lenken er skadet (noen tegn er endret): be avsenderen om den på nytt
link-too-long = lenken er større enn noen timeplan Meridian deler (grense { $limit }): den er ikke laget av Meridian
link-invalid-schedule = lenken er hel, men timeplanen i den er ikke gyldig ({ $problem }): den er ikke laget av denne Meridian; be avsenderen om timeplanfilen

problem-not-utf8 = byte { $byte } ({ $value }) er ikke UTF-8-tekst; lagre filen som UTF-8
problem-file-too-large = filen har { $bytes } byte; Meridian leser timeplaner på høyst { $max }
problem-odd-byte-utf16 = en odde byte på slutten av UTF-16-tekst; lagre filen som UTF-8 eller UTF-16
problem-lone-surrogate = et enslig surrogat i UTF-16-tekst; lagre filen som UTF-8 eller UTF-16
problem-not-an-object = en timeplan er et JSON-objekt ({"{"} "format": "{ $format }", … {"}"})
problem-misplaced-list = er en liste ([…]) der formatet har et objekt ({"{"}…{"}"}) eller én enkelt verdi; se docs/schedule-format.md
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
   *[busy-calendar] hver opptattkalender
} trenger en id
problem-duplicate-id = to { $item ->
    [campus] campuser
    [cohort] grupper
    [lecturer] forelesere
    [room] rom
    [session] økter
   *[busy-calendar] opptattkalendere
} har id-en «{ $id }»
problem-campus-code = campus «{ $campus }» trenger en kode på 1 til 5 tegn, f.eks. «BER»
problem-campus-region = campus «{ $campus }» trenger en region på 1 til { $max } tegn slik helligdagsdataene kaller den, f.eks. «BE» for DE-BE
problem-period-ends-before-start = perioden «{ $name }» slutter før den begynner
problem-closure-ends-before-start = stengingen «{ $name }» slutter før den begynner
problem-cohort-campus-missing = gruppen «{ $cohort }» hører til campus «{ $campus }», som ikke er i denne timeplanen
problem-room-campus-missing = rommet «{ $room }» er på campus «{ $campus }», som ikke er i denne timeplanen
problem-lecturer-campus-missing = foreleseren «{ $lecturer }» er på campus «{ $campus }», som ikke er i denne timeplanen
problem-busy-target-missing = opptattkalenderen «{ $busy }» gjelder { $item ->
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
problem-busy-target-not-one = opptattkalenderen «{ $busy }» må gjelde nøyaktig ett campus, én gruppe, én foreleser eller ett rom
problem-busy-block-ends-before-start = opptattblokken «{ $title }» slutter før den begynner
problem-busy-block-too-long = opptattblokken «{ $title }» varer mer enn 136 år; en delingslenke kan ikke bære den
problem-session-length = økten «{ $session }» må vare mellom 1 minutt og 7 dager
problem-change-without-occurrence = økten «{ $session }» holdes ikke { $date }, så det er ingenting å endre
problem-change-length = må være mellom 1 minutt og 7 dager
problem-repeat-interval = må være mellom 1 og 52 uker
problem-repeat-count = må være minst 1
problem-until-and-count = oppgi enten until eller count, ikke begge
problem-until-before-start = økten «{ $session }» gjentas til { $until }, før sin første dato { $first }
problem-term-ends-before-start = semesteret slutter ({ $end }) før det begynner ({ $start })
problem-term-too-long = et semester kan vare høyst ett år
problem-seconds = «{ $text }» har sekunder; en timeplan oppgis på minuttet: skriv TT:MM
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
   *[busy-calendar] ingen opptattkalender
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
}; flyttet { $days ->
    [one] { $days } dag
   *[other] { $days } dager
} ville noen av dagene havne i uker den ikke holdes. Flytt den innenfor uka eller med hele uker, eller endre dagene i skjemaet
problem-one-off = «{ $title }» er en enkeltstående økt: slett den i stedet
problem-session-gone = den økten er ikke lenger i timeplanen
problem-only-campus = { $campus } er timeplanens eneste campus; legg til et annet først
problem-campus-teaches = { $campus } kan ikke fjernes så lenge det underviser { $sessions }; la et annet campus overta { $count ->
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

## Engine: best times and rotations

## Engine: calendar files (ICS)

## App: header, start page, banners, language menu, status lines

## App: student timetable

## App: planner grid, session form, conflicts panel, time finder, best times panel

## App: dialogs
