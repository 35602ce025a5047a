### Meridian — Swedish messages (Svenska)
###
### Ordlista — ett ord för varje nyckelbegrepp, använt på samma sätt i alla meddelanden.
###   session = tillfälle
###   series = serie
###   course = kurs
###   cohort = grupp
###   campus = campus
###   host campus = värdcampus
###   teaching hours = undervisningstid
###   closure = stängning
###   clash = krock
###   conflict = konflikt
###   drift = förskjutning
###   clock change = tidsomställning
###   term = termin
###   share link = delningslänk

## Shared: lengths of time, counts

length-minutes = { $minutes } min
length-hours = { $hours } tim
length-hours-minutes = { $hours } tim { $minutes } min
shift-later = { $days ->
    [0] { $length } senare
   *[other] { $minutes ->
        [0] { $days ->
            [one] { $days } dag senare
           *[other] { $days } dagar senare
        }
       *[other] { $days ->
            [one] { $days } dag och { $length } senare
           *[other] { $days } dagar och { $length } senare
        }
    }
}
shift-earlier = { $days ->
    [0] { $length } tidigare
   *[other] { $minutes ->
        [0] { $days ->
            [one] { $days } dag tidigare
           *[other] { $days } dagar tidigare
        }
       *[other] { $days ->
            [one] { $days } dag och { $length } tidigare
           *[other] { $days } dagar och { $length } tidigare
        }
    }
}
countdown-now = nu
countdown-in = om { $length }
countdown-days = om { $days } dagar
countdown-tomorrow = i morgon

## Places
place-aachen = Aachen
place-amsterdam = Amsterdam
place-auckland = Auckland
place-bangkok = Bangkok
place-beijing = Peking
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
place-rome = Rom
place-saint-petersburg = Sankt Petersburg
place-santiago = Santiago
place-shanghai = Shanghai
place-singapore = Singapore
place-stockholm = Stockholm
place-toronto = Toronto
place-trondheim = Trondheim
place-ulaanbaatar = Ulaanbaatar
place-valencia = Valencia
place-warsaw = Warszawa
place-zuerich = Zürich
place-zurich = Zürich

## Engine: conflicts and their hints

conflict-resource-cohort = Grupp { $name }
conflict-resource-lecturer = Lärare { $name }
conflict-resource-room = Sal { $name }

conflict-double-booked = { $resource } har två tillfällen { $date }, { $first_span } och { $second_span } lokal tid i { $place } ({ $same ->
        [yes] { $first } två gånger
       *[no] { $first } och { $second }
    }, överlappar { $minutes } min)

conflict-short-break = { $resource } har bara { $gap } min mellan { $first } (slutar { $first_end }) och { $second } (börjar { $second_start }) { $date }, lokal tid i { $place }; regeln kräver { $rule } min

conflict-busy = { $resource } är upptagen { $date }, { $busy } lokal tid i { $place } ({ $calendar }), när { $session } äger rum kl. { $meets }
conflict-busy-block = { $resource } är upptagen { $date }, { $busy } lokal tid i { $place } ({ $block }, från { $calendar }), när { $session } äger rum kl. { $meets }

conflict-public-holiday = { $session } { $date } infaller på { $holiday }, en allmän helgdag vid { $campus } ({ $city }): grupperna där är lediga
conflict-public-holiday-translated = { $session } { $date } infaller på { $holiday } ({ $english }), en allmän helgdag vid { $campus } ({ $city }): grupperna där är lediga
conflict-lecture-free = { $session } { $date } infaller under { $period }, undervisningsfri period vid { $campus }
conflict-exam-period = { $session } { $date } ligger i tentaperioden { $ends_in_s ->
       *[other] vid { $campus }
    } ({ $period })
conflict-closed = { $session } { $date } infaller på { $closure } vid { $campus } (stängt)
conflict-closed-unnamed = { $session } { $date } infaller under en stängning vid { $campus } (stängt)

conflict-outside-term = { $session } { $date } ligger utanför terminen { $ends_in_s ->
       *[other] vid { $campus }
    } ({ $start } – { $end })
conflict-other-weekday = { $session } { $host_date } infaller { $date } vid { $campus }, { $span } lokal tid i { $city }, som inte är en undervisningsdag där
conflict-no-teaching-day = { $session } { $date } infaller på en dag då { $campus } inte undervisar ({ $span } lokal tid i { $city })
conflict-outside-hours = { $session } { $date } pågår { $span } lokal tid i { $city }, utanför undervisningstiden { $ends_in_s ->
       *[other] vid { $campus }
    } ({ $hours })

conflict-skipped-time = { $session }: { $time } finns inte { $date } i { $place } (klockan hoppar över { $from }–{ $to }); flyttas fram till efter omställningen
conflict-repeated-time = { $session }: { $time } inträffar två gånger { $date } i { $place } (UTC{ $earlier } och UTC{ $later }); den första gången gäller

conflict-drift = { $session } ({ $weekdays } { $time } lokal tid i { $place }) börjar på andra lokala tider hos partnerna under terminen: { $rows }
weekday-list = { $list }, { $day }

conflict-omitted = { $resource } har ytterligare { $pairs } { $pairs ->
        [one] överlappande bokning
       *[other] överlappande bokningar
    } som inte listas (Meridian listar { $conflicts } konflikter eller { $overlaps } överlappningar per grupp, lärare eller sal)

conflict-repeats = { $message } (och ytterligare { $more } { $more ->
        [one] datum
       *[other] datum
    }, till och med { $last })

drift-row = { $cities }: { $times }
drift-once = { $time } den { $date }
drift-until = { $time } till och med { $date }
drift-from = { $time } från { $date }
drift-between = { $time } från { $from } till { $to }

hint-move-by = flytta { $session } { $minutes } min senare
hint-move-after = flytta { $session } { $minutes } min senare, till { $hour ->
   *[other] { $time }
}, efter { $after }
hint-move-when-free = flytta { $session } { $minutes } min senare, till { $hour ->
   *[other] { $time }
}, när { $resource } är ledig
hint-move-room-free = flytta { $session } { $minutes } min senare, till { $hour ->
   *[other] { $time }
}: { $room } är ledig { $free } den dagen
hint-no-free-time = { $resource } har inga lediga { $minutes } min senare den dagen
hint-common-window = den dagen är alla deltagare inom sin undervisningstid { $span } lokal tid i { $place }
hint-skip-or-move = hoppa över detta datum eller flytta tillfället
hint-exams = studenterna kan ha tentor: flytta tillfället utanför perioden, eller behåll det om de inte har det
hint-avoid-switch-hour = välj en klocktid utanför omställningstimmen
hint-fix-listed-first = åtgärda först dubbelbokningarna som listas överst: kopior av ett tillfälle är den vanliga orsaken

resolution-gap = { $time } finns inte { $date } (klockan hoppar över { $from }–{ $to })
resolution-fold = { $time } inträffar två gånger { $date } (UTC{ $earlier } och UTC{ $later })
resolution-gap-in = { $time } finns inte { $date } i tidszonen { $zone } (klockan hoppar över { $from }–{ $to })
resolution-fold-in = { $time } inträffar två gånger { $date } i tidszonen { $zone } (UTC{ $earlier } och UTC{ $later })

suggestion-errors = { $count ->
        [one] { $count } fel
       *[other] { $count } fel
    }
suggestion-warnings = { $count ->
        [one] { $count } varning
       *[other] { $count } varningar
    }
suggestion-errors-warnings = { $errors }, { $warnings }
suggestion-none = inga konflikter

## Engine: errors a user can act on

error-unknown-zone = okänd tidszon ”{ $name }”; använd ett IANA-namn som Europe/Berlin
error-unknown-zone-suggestions = okänd tidszon ”{ $name }”; menade du { $suggestions }?
error-bad-date-time = kan inte läsa ”{ $text }” som datum eller tid; förväntat format: { $expected }
shape-date = ÅÅÅÅ-MM-DD
shape-time = TT:MM
shape-date-time = ÅÅÅÅ-MM-DDTTT:MM (t.ex. 2026-10-12T10:15)
shape-time-range = TT:MM-TT:MM
shape-instant = RFC 3339, t.ex. 2026-03-29T01:30:00Z
error-unknown-disambiguation = okänt val ”{ $text }” för tvetydiga tider; använd compatible, earlier, later eller reject
error-nonexistent-local-time = { $local } finns inte i tidszonen { $zone }: klockan hoppar över { $skipped } den dagen; välj en annan tid eller använd --disambiguation compatible
error-ambiguous-local-time = { $local } inträffar två gånger i tidszonen { $zone } (vid UTC{ $earlier } och vid UTC{ $later }); välj med --disambiguation earlier eller later
error-out-of-range = { $text } ligger utanför intervallet (år 1000 till 9999)
error-syntax = rad { $line }, kolumn { $column }: { $problem }
error-unsupported-format = formatet ”{ $found }” kan inte läsas av den här versionen av Meridian (den läser ”{ $format }”); om filen kommer från en nyare version av Meridian, öppna den där
error-invalid = { $path }: { $problem }
error-too-large-to-share = schemat är för stort för en delningslänk: det behöver { $size } { $what ->
    [characters] tecken i länken
   *[bytes] byte okomprimerat
} och en länk rymmer högst { $limit }; dela schemat som fil i stället
error-holiday-file = helgdagsfil: { $problem }
error-holiday-file-line = helgdagsfil, rad { $line }: { $problem }
error-unknown-country = ”{ $text }” är ingen landskod; använd två bokstäver (ISO 3166), med en region efter bindestreck: DE, DE-BE, US-TX
error-unknown-region-none = { $country } har ingen region ”{ $region }” i sin helgdagsfil; den har bara helgdagar för hela landet
error-unknown-region = { $country } har ingen region ”{ $region }” i sin helgdagsfil; den har { $regions }{ $more ->
    [0] {""}
   *[other] {" "}och { $more } till
}
error-calendar-file = kalenderfil: { $problem }
error-calendar-file-line = kalenderfil, rad { $line }: { $problem }
problem-calendar-file-too-large = filen är { $size } MB; Meridian läser kalenderfiler på upp till { $max } MB (exportera en kortare period)
problem-calendar-not-icalendar = det här är ingen iCalendar-fil (den ska börja med BEGIN:VCALENDAR)
problem-calendar-starts-with-continuation = filen börjar med en fortsättningsrad
problem-calendar-not-a-line = ”{ $text }” är ingen kalenderrad (NAMN:värde)
problem-calendar-end-without-begin = END:{ $what } passar inte ihop med det senast öppnade BEGIN
problem-calendar-cut-off = filen slutar före END:VCALENDAR (har den klippts av?)
problem-calendar-not-a-date-time = ”{ $text }” är varken ett datum (YYYYMMDD) eller en tidpunkt (YYYYMMDDTHHMMSS)
problem-calendar-date-time-out-of-range = ”{ $text }” ligger utanför intervallet
problem-calendar-date-out-of-range = datum utanför intervallet
problem-calendar-not-a-duration = ”{ $text }” är ingen varaktighet som PT1H30M
problem-calendar-negative-duration = händelsen varar { $text }: en längd kan inte vara negativ
problem-calendar-ends-before-start = händelsen slutar (DTEND) innan den börjar (DTSTART)
problem-calendar-rdate-periods = RDATE med perioder (start/slut) stöds inte; ange datum eller tidpunkter
problem-calendar-too-many-events = kalendern ger fler än { $max } händelser under terminen; exportera en kortare period
problem-calendar-no-freq = upprepningsregeln saknar FREQ
problem-calendar-freq-not-read = FREQ={ $freq } stöds inte; Meridian läser händelser som upprepas dagligen och veckovis
problem-calendar-interval = INTERVAL={ $text } är inget positivt tal
problem-calendar-count = COUNT={ $text } är inget tal
problem-calendar-until-out-of-range = UNTIL utanför intervallet
problem-calendar-byday = BYDAY={ $day } stöds inte (bara vanliga veckodagar som MO,WE)
problem-calendar-rule-part = delen { $part } av upprepningsregeln stöds inte; Meridian läser dagliga och veckovisa regler (FREQ, INTERVAL, COUNT, UNTIL, BYDAY)
problem-calendar-unknown-zone = okänd tidszon ”{ $name }”; Meridian läser IANA-namn som Europe/Berlin, Windows-namn som W. Europe Standard Time och tidszoner som filen definierar i ett VTIMEZONE-block
problem-calendar-zone-rule-without = en tidszonsregel utan { $property }
problem-calendar-not-an-offset = ”{ $text }” är ingen tidsskillnad mot UTC som +0100
problem-calendar-zone-rule-part = delen { $part } av tidszonsregeln stöds inte; Meridian läser årliga regler efter månad och veckodag (BYMONTH=3;BYDAY=-1SU)
problem-calendar-zone-rule-without-month = en tidszonsregel utan BYMONTH stöds inte; Meridian läser årliga regler efter månad och veckodag (BYMONTH=3;BYDAY=-1SU)
problem-calendar-too-many-switches = tidszonen har fler än { $max } tidsomställningar under de inlästa åren
problem-calendar-schedule-term-out-of-range = schemats termin ligger utanför intervallet
problem-calendar-term-out-of-range = terminen ligger utanför intervallet
problem-holiday-file-too-large = filen är { $bytes } byte; en helgdagsfil får vara högst { $max } byte
problem-holiday-not-utf8 = byte { $byte } är inte giltig UTF-8-text
problem-holiday-cut-off = filen slutar inte med en radbrytning: den har klippts av
problem-holiday-empty = filen är tom
problem-holiday-not-a-holiday-file = ”{ $found }” är ingen helgdagsfil för den här versionen av Meridian (den läser { $format })
problem-holiday-ends-before = filen slutar före raden `{ $key }`
problem-holiday-expected-header = förväntade raden `{ $key }`, hittade ”{ $found }”
problem-holiday-not-a-country-code = ”{ $text }” är ingen landskod (två versaler)
problem-holiday-expected-years = förväntade `years FIRST LAST`, hittade ”{ $found }”
problem-holiday-not-a-year = ”{ $text }” är inget årtal (YYYY, 1000–9999)
problem-holiday-year-span = åren { $first } till { $last }: det första får inte ligga efter det sista, och en fil får omfatta högst { $max } år
problem-holiday-not-a-locale = ”{ $text }” är ingen språkkod som de eller en_US
problem-holiday-dash-not-alone = `-` måste stå ensamt
problem-holiday-not-a-region-code = ”{ $text }” är ingen regionkod (1 till { $max } tecken, inte * eller -)
problem-holiday-too-many-regions = en fil får innehålla högst 65 535 regioner
problem-holiday-region-twice = regionen ”{ $code }” står två gånger
problem-holiday-too-few-fields = en helgdagsrad har 5 fält åtskilda med tabb (datum, typ, omfattning, lokalt namn, engelskt namn); den här har { $fields }
problem-holiday-too-many-fields = en helgdagsrad har 5 fält åtskilda med tabb (datum, typ, omfattning, lokalt namn, engelskt namn); den här har fler
problem-holiday-not-a-date = ”{ $text }” är inget datum (YYYY-MM-DD) inom filens år { $first }–{ $last }
problem-holiday-out-of-date-order = helgdagarna står inte i datumordning
problem-holiday-not-a-kind = ”{ $text }” är ingen giltig typ (- helgdag, o flyttad helgdag, s ersättningsdag)
problem-holiday-not-a-region = ”{ $code }” är ingen av filens regioner (eller - först, för hela landets kalender)
problem-holiday-region-out-of-order = regionen ”{ $code }” följer inte ordningen på raden `regions` eller står två gånger
problem-holiday-empty-name = { $field ->
    [source] källan är tom
    [local-name] det lokala namnet är tomt
   *[english-name] det engelska namnet är tomt
}
problem-holiday-control-character = { $field ->
    [source] källan
    [local-name] det lokala namnet
   *[english-name] det engelska namnet
} innehåller ett styrtecken

link-not-a-link = det här är ingen Meridian-länk: en schemalänk har ”#s1.” till ”#s{ $newest }.” (”#Q1.” till ”#Q{ $newest }.” från en QR-kod) följt av bokstäver och siffror
link-cut-off = länken har klippts av: kopiera hela länken igen (mejl- och chattappar bryter ibland långa länkar)
link-newer = länken skapades av en nyare version av Meridian (länkversion { $version }; den här versionen läser version { $supported }): öppna den i den senaste versionen av Meridian
link-damaged = länken är skadad (några tecken har ändrats): be avsändaren om den igen
link-too-long = länken är större än något schema som Meridian delar (gräns { $limit }): den är inte skapad av Meridian
link-invalid-schedule = länken är hel men schemat i den är inte giltigt ({ $problem }): den är inte skapad av den här versionen av Meridian; be avsändaren om schemafilen

problem-not-utf8 = byte { $byte } ({ $value }) är inte UTF-8-text; spara filen som UTF-8
problem-file-too-large = filen har { $bytes } byte; Meridian läser scheman på högst { $max } byte
problem-odd-byte-utf16 = en udda byte i slutet av UTF-16-text; spara filen som UTF-8 eller UTF-16
problem-lone-surrogate = ett ensamt surrogat i UTF-16-text; spara filen som UTF-8 eller UTF-16
problem-not-an-object = ett schema är ett JSON-objekt ({"{"} "format": "{ $format }", … {"}"})
problem-misplaced-list = är en lista ([…]) där formatet har ett objekt ({"{"}…{"}"}) eller ett enstaka värde; se docs/schedule-format.md
problem-json-ends-inside = filen slutar { $part ->
    [list] mitt i en lista: ett `[` saknar sitt avslutande `]` (har filen klippts av?)
    [object] mitt i ett objekt: ett `{"{"}` saknar sitt avslutande `{"}"}` (har filen klippts av?)
    [text] mitt i en text: ett `"` saknar sitt avslutande `"` (har filen klippts av?)
   *[value] där ett värde borde följa (är filen tom eller avklippt?)
}
problem-json-expected-token = { $token ->
    [colon] ett `:` saknas efter namnet
    [comma-or-list-end] det saknas ett `,` mellan två element eller ett `]` som avslutar listan
    [comma-or-object-end] det saknas ett `,` mellan två fält eller ett `{"}"}` som avslutar objektet
    [quote] här förväntas ett namn inom citattecken (`"`)
    [literal] `true`, `false` eller `null` är felstavat här
   *[value] här förväntas ett värde: text inom citattecken, ett tal, `true`, `false`, `null`, en lista eller ett objekt
}
problem-json-invalid-escape = ett `\` i en text följs av ett tecken som inte får stå där (skriv `\\` för ett omvänt snedstreck)
problem-json-invalid-number = ett tal är skrivet på ett sätt som filformatet inte tillåter (till exempel `01`, `1.` eller `+1`)
problem-json-number-out-of-range = ett tal är för stort för att läsas
problem-json-invalid-unicode = en teckenkod med `\u` står inte för något giltigt tecken
problem-json-control-character = en text innehåller en riktig radbrytning eller tabb; skriv en radbrytning som `\n` och en tabb som `\t`
problem-json-key-not-text = ett namn i ett objekt måste stå inom citattecken, som i `"name": value`
problem-json-trailing-comma = ett `,` står före ett avslutande `]` eller `{"}"}`; ta bort det
problem-json-text-after-end = det finns mer text efter slutet av datan
problem-json-too-deep = listor och objekt är nästlade i mer än 128 nivåer
problem-json-found = { $kind ->
    [text] texten ”{ $text }”
    [number] talet { $text }
    [bool] `{ $text }`
    [null] `null`
    [list] en lista
   *[object] ett objekt
}
problem-json-expected = { $kind ->
    [text] text inom citattecken
    [whole-number] ett heltal
    [number] ett tal
    [bool] `true` eller `false`
    [null] `null`
    [list] en lista (`[…]`)
   *[object] ett objekt (`{"{"}…{"}"}`)
}
problem-json-wrong-type = här står { $found } där det ska stå { $expected }
problem-json-out-of-range = { $found } ligger utanför det tillåtna intervallet: här ska det stå ett heltal från { $min } till { $max }
problem-json-unknown-field = ”{ $field }” är inget fält här (felstavat?); fält som kan anges här: { $allowed }
problem-json-no-fields = ”{ $field }” är inget fält här; här får inga fält anges
problem-json-unknown-value = ”{ $value }” är inte tillåtet här; tillåtna värden är { $allowed }
problem-json-wrong-length = listan har { $length ->
    [one] { $length } element
   *[other] { $length } element
} men ska ha { $expected ->
    [one] { $expected } element
   *[other] { $expected } element
}
problem-json-wrong-length-any = listan har { $length ->
    [one] { $length } element
   *[other] { $length } element
}, vilket inte är rätt längd här
problem-json-duplicate-field = fältet ”{ $field }” anges två gånger
problem-json-missing-field = saknas; fältet ”{ $field }” måste anges här
problem-format-not-string = måste vara strängen "{ $format }"
problem-format-missing = saknas; ett Meridian-schema börjar med "format": "{ $format }"
problem-id-empty = får inte vara tomt
problem-no-campus = ett schema behöver minst ett campus
problem-id-missing = { $item ->
    [campus] varje campus
    [cohort] varje grupp
    [lecturer] varje lärare
    [room] varje sal
    [session] varje tillfälle
   *[busy-calendar] varje kalender med upptagen tid
} behöver ett id
problem-duplicate-id = två { $item ->
    [campus] campus
    [cohort] grupper
    [lecturer] lärare
    [room] salar
    [session] tillfällen
   *[busy-calendar] kalendrar med upptagen tid
} har id:t ”{ $id }”
problem-campus-code = campus ”{ $campus }” behöver en kod på 1 till 5 tecken, t.ex. ”BER”
problem-campus-region = campus ”{ $campus }” behöver en region på 1 till { $max } tecken så som helgdagsdatan kallar den, t.ex. ”BE” för DE-BE
problem-period-ends-before-start = perioden ”{ $name }” slutar innan den börjar
problem-closure-ends-before-start = stängningen ”{ $name }” slutar innan den börjar
problem-cohort-campus-missing = gruppen ”{ $cohort }” hör till campus ”{ $campus }”, som inte finns i schemat
problem-room-campus-missing = salen ”{ $room }” ligger på campus ”{ $campus }”, som inte finns i schemat
problem-lecturer-campus-missing = läraren ”{ $lecturer }” finns på campus ”{ $campus }”, som inte finns i schemat
problem-busy-target-missing = kalendern med upptagen tid ”{ $busy }” gäller { $item ->
    [campus] campus
    [cohort] gruppen
    [lecturer] läraren
   *[room] salen
} ”{ $id }”, som inte finns i schemat
problem-session-reference-missing = tillfället ”{ $session }” hänvisar till { $item ->
    [host-campus] värdcampus
    [cohort] gruppen
    [lecturer] läraren
   *[room] salen
} ”{ $id }”, som inte finns i schemat
problem-busy-target-not-one = kalendern med upptagen tid ”{ $busy }” måste gälla exakt ett campus, en grupp, en lärare eller en sal
problem-busy-block-ends-before-start = det upptagna blocket ”{ $title }” slutar innan det börjar
problem-busy-block-too-long = det upptagna blocket ”{ $title }” varar mer än 136 år; en delningslänk kan inte bära det
problem-session-length = tillfället ”{ $session }” måste vara mellan 1 minut och 7 dagar långt
problem-change-without-occurrence = tillfället ”{ $session }” äger inte rum { $date }, så det finns inget att ändra
problem-change-length = måste vara mellan 1 minut och 7 dagar
problem-repeat-interval = måste vara mellan 1 och 52 veckor
problem-repeat-count = måste vara minst 1
problem-until-and-count = ange antingen until eller count, inte båda
problem-until-before-start = tillfället ”{ $session }” upprepas till { $until }, före sitt första datum { $first }
problem-term-ends-before-start = terminen slutar ({ $end }) innan den börjar ({ $start })
problem-term-too-long = en termin får vara högst ett år
problem-seconds = ”{ $text }” har sekunder; ett schema anges på minuten: skriv { $pattern }
problem-fraction-of-second = ”{ $text }” har en bråkdel av en sekund; Meridian räknar med hela sekunder
problem-not-a-weekday = ”{ $text }” är ingen veckodag; använd mon, tue, wed, thu, fri, sat eller sun
problem-weekday-twice = { $day } anges två gånger; ange tiderna för varje veckodag en gång
problem-hours-end-before-start = undervisningstiden ”{ $text }” slutar innan den börjar
problem-no-demo = inget demoschema som heter ”{ $name }”
problem-unknown = schemat har { $item ->
    [campus] inget campus
    [cohort] ingen grupp
    [lecturer] ingen lärare
   *[room] ingen sal
} ”{ $id }”
problem-nothing-to-change = det finns { $item ->
    [campus] inget campus
    [cohort] ingen grupp
    [lecturer] ingen lärare
    [room] ingen sal
    [session] inget tillfälle
   *[busy-calendar] ingen kalender med upptagen tid
} ”{ $id }” i schemat att ändra
problem-no-campus-chosen = välj minst ett campus
problem-too-many-at-once = högst { $max } campus och { $max } grupper, lärare och salar åt gången
problem-map-length = ett tillfälle varar från 5 minuter till en vecka
problem-answer-count = { $questions } frågor behöver { $questions } svar, inte { $answers }
problem-not-a-fingerprint = ”{ $text }” är inget fingeravtryck: ett sådant består av 11 bokstäver, siffror, - eller _
problem-view-link-extra-session = en visningslänk innehåller ett tillfälle som dess campus eller grupp inte deltar i
problem-no-occurrence = ”{ $title }” äger inte rum { $date }
problem-no-occurrence-to-change = ”{ $title }” äger inte rum { $date }, så det finns inget att ändra
problem-no-occurrence-to-cancel = ”{ $title }” äger inte rum { $date }, så det finns inget att ställa in
problem-occurrence-length = ”{ $title }” kan inte vara kortare än 5 minuter eller längre än en vecka
problem-too-far-to-move = det går inte att flytta så långt
problem-series-too-far = ”{ $title }” kan inte flyttas så långt
# Ordningstal: 1:a, 2:a, 21:a, 22:a … 52:a men 11:e, 12:e och 3:e–20:e. Intervallet är 1–52 veckor;
# Mozillas Fluent godtar inte NUMBER($interval, type: "ordinal") i en översättning, så de tal
# som tar :a står uppräknade.
problem-weeks-wrap = ”{ $title }” äger rum { $interval ->
    [1] varje vecka
    [2] varannan vecka
    [21] var 21:a vecka
    [22] var 22:a vecka
    [31] var 31:a vecka
    [32] var 32:a vecka
    [41] var 41:a vecka
    [42] var 42:a vecka
    [51] var 51:a vecka
    [52] var 52:a vecka
   *[other] var { $interval }:e vecka
}; om det flyttas { $days ->
    [one] { $days } dag
   *[other] { $days } dagar
} skulle några av dess dagar hamna i veckor då det inte äger rum. Flytta det inom veckan eller med hela veckor, eller ändra dagarna i formuläret
problem-one-off = ”{ $title }” är ett enstaka tillfälle: ta bort det i stället
problem-session-gone = tillfället finns inte längre i schemat
problem-only-campus = { $campus } är schemats enda campus; lägg till ett annat först
problem-campus-teaches = { $campus } kan inte tas bort så länge det är värdcampus för { $sessions }; låt ett annat campus bli värd för { $count ->
    [one] det
   *[other] dem
} först
problem-titles-one = ”{ $first }”
problem-titles-two = ”{ $first }” och ”{ $second }”
problem-titles-more = ”{ $first }”, ”{ $second }” och { $more } till
problem-not-in-schedule = det finns { $item ->
    [campus] inget campus
    [cohort] ingen grupp
    [lecturer] ingen lärare
   *[room] ingen sal
} ”{ $id }” i schemat
problem-name-empty = ett schema behöver ett namn
problem-period-needs-name = en period behöver ett namn, t.ex. ”Vintertentor”
problem-period-exists = campus ”{ $campus }” har redan perioden ”{ $period }”
problem-academic-entry = en post i läsårskalendern { $date } saknar namn eller slutar innan den börjar
problem-period-gone = perioden finns inte längre i schemat
problem-rotation-empty = rotationen har ingen tid eller ingen vecka

## Engine: what changed between two versions

change-group-schedule = Schema
change-group-busy = Upptagen tid
change-group-people = Personer och salar
change-renamed-quoted = nytt namn ”{ $before }” → ”{ $after }”
change-id = identitet ”{ $before }” → ”{ $after }” (två olika scheman)
change-alliance = { $state ->
    [added] allians tillagd: ”{ $after }”
    [removed] allians borttagen (var ”{ $before }”)
   *[changed] allians ”{ $before }” → ”{ $after }”
}
change-term = termin { $before } → { $after }
change-term-span = { $start } – { $end } { $year }
change-breaks = raster mellan tillfällen minst { $before } → { $after }
change-busy-removed = ”{ $name }” borttagen
change-busy-blocks = ”{ $name }”: { $before } block → { $after }
change-busy-added = ”{ $name }” tillagd ({ $blocks } block)
change-busy-renamed = ”{ $before }” har bytt namn till ”{ $after }”
change-busy-whose = ”{ $name }”: gäller { $before } → { $after }
change-busy-times = ”{ $name }”: { $blocks ->
    [one] { $blocks } block vid en annan tid
   *[other] { $blocks } block vid andra tider
}
change-busy-titles = ”{ $name }”: { $blocks ->
    [one] { $blocks } block med en annan titel
   *[other] { $blocks } block med andra titlar
}
change-campus-removed = campus { $name } borttaget
change-campus-renamed = nytt namn { $before } → { $after }
change-zone = tidszon { $before } → { $after }
change-hours = undervisningstid på { $day } { $before } → { $after }
change-no-teaching = ingen undervisning
change-campus-term = termin { $before } → { $after }
change-schedules-term = samma som schemat
change-closure-span = { $start } – { $end } ({ $name })
change-closure-day = { $start } ({ $name })
change-reopened = stängning borttagen: { $closure }
change-closed = ny stängning: { $closure }
change-campus-short = kortnamn { $before } → { $after }
change-campus-code = { $state ->
    [added] kod { $after } (tidigare hämtad från kortnamnet)
    [removed] kod hämtad från kortnamnet (tidigare { $before })
   *[changed] kod { $before } → { $after }
}
change-campus-city = stad { $before } → { $after }
change-campus-country = land { $before } → { $after }
change-campus-region = { $state ->
    [added] helgdagsregion { $after } (tidigare bara nationella helgdagar i { $country })
    [removed] bara nationella helgdagar i { $country } (tidigare helgdagsregion { $before })
   *[changed] helgdagsregion { $before } → { $after }
}
change-holiday-off = undervisning { $date } trots att det är allmän helgdag
change-holiday-on = { $date } är allmän helgdag igen: ingen undervisning
change-period-added = { $kind ->
    [exams] tentaperiod
   *[lecture-free] undervisningsfri period
} tillagd: { $start } – { $end } ({ $name })
change-period-removed = { $kind ->
    [exams] tentaperiod
   *[lecture-free] undervisningsfri period
} borttagen: { $start } – { $end } ({ $name })
change-campus-added = campus { $name } tillagt ({ $zone })
change-when = { $days } { $span } ({ $place })
change-day-span = { $weekday } { $span }
change-day-time = { $weekday } { $time }
change-lengths = { $before } → { $after }
change-session-removed = borttaget ({ $when })
change-session-added = tillagt ({ $when })
change-series-added = tillagt ({ $when }), upprepas { $repeat }
change-series-removed = borttaget ({ $when }), upprepades { $repeat }
# Ordningstal som i problem-weeks-wrap.
change-every = { $interval ->
    [1] varje vecka
    [2] varannan vecka
    [21] var 21:a vecka
    [22] var 22:a vecka
    [31] var 31:a vecka
    [32] var 32:a vecka
    [41] var 41:a vecka
    [42] var 42:a vecka
    [51] var 51:a vecka
    [52] var 52:a vecka
   *[other] var { $interval }:e vecka
}
change-repeat-until = { $every } till och med { $date }
change-repeat-count = { $every }, { $count ->
    [one] { $count } gång
   *[other] { $count } gånger
}
change-repeat-term = { $every } till terminens slut
change-moved = flyttat från { $before } till { $after }
change-longer = längre: { $lengths } (nu { $when })
change-shorter = kortare: { $lengths } (nu { $when })
change-hosted = värdcampus { $before } → { $after }
change-now-repeats = upprepas nu { $repeat }
change-once = äger nu rum en gång
change-cancelled = inställt { $date }
change-again = äger rum igen { $date }
change-weeks = upprepas { $after } (tidigare { $before })
change-week = bara den veckan, { $date }: { $what }
change-usual = tillbaka till vanlig tid och vanliga salar
change-week-at = ny tid { $time }
change-week-for = ny längd { $length }
change-week-rooms = i andra salar
change-cohorts = grupper { $before } → { $after }
change-lecturer = lärare { $before } → { $after }
change-rooms = salar { $before } → { $after }
change-none = inga
change-course = { $state ->
    [added] kurs tillagd: ”{ $after }”
    [removed] kurs borttagen (var ”{ $before }”)
   *[changed] kurs ”{ $before }” → ”{ $after }”
}
change-link = { $state ->
    [added] möteslänk tillagd: ”{ $after }”
    [removed] möteslänk borttagen (var ”{ $before }”)
   *[changed] möteslänk ”{ $before }” → ”{ $after }”
}
change-notes = { $state ->
    [added] anteckningar tillagda: ”{ $after }”
    [removed] anteckningar borttagna (var ”{ $before }”)
   *[changed] anteckningar ”{ $before }” → ”{ $after }”
}
change-kind = nu { $kind ->
    [joint-lecture] en gemensam föreläsning
    [lecture] en föreläsning
    [lab] en laboration
    [seminar] ett seminarium
    [tutorial] en övning
    [exam] en tentamen
    [office-hours] en mottagningstid
   *[other] en annan typ
}
change-person-removed = { $what ->
    [cohort] grupp
    [lecturer] lärare
   *[room] sal
} { $name } borttagen
change-person-added = { $what ->
    [cohort] grupp
    [lecturer] lärare
   *[room] sal
} { $name } tillagd
change-person-renamed = { $what ->
    [cohort] grupp
    [lecturer] lärare
   *[room] sal
} { $before } har bytt namn till { $after }
change-person-campus = { $what ->
    [cohort] grupp
    [lecturer] lärare
   *[room] sal
} { $name }: campus { $before } → { $after }
change-person-size = { $what ->
    [cohort] grupp { $name }: storlek { $before } → { $after }
   *[room] sal { $name }: platser { $before } → { $after }
}
change-not-given = inte angivet

compare-group = { $group }:
compare-not-alone = ändrat tillsammans med en annan skillnad (kan inte tas för sig)
compare-campus = Campus
compare-mine = Min
compare-theirs = Deras
compare-yours = Din
compare-after = Efter
compare-no-effect = Ingen ändring av konflikterna.
compare-new-conflict = Ny konflikt: { $conflict }
compare-resolved = Löst: { $conflict }
compare-other-link = länkens version
compare-other-file = ”{ $name }”
compare-other-tab = versionen som sparats i en annan flik
compare-other-kept = en sparad version
compare-title = Jämför ”{ $name }” med { $other }
compare-lead-three-way = Båda versionerna utgår från en version som den här webbläsaren har delat eller tagit emot, så det som bara ena sidan har ändrat tas med som det är; { $mine ->
    [0] du har inte ändrat något sedan dess.
    [one] din ändring sedan dess står kvar.
   *[other] dina { $mine } ändringar sedan dess står kvar.
}
compare-no-questions = Du och den andra parten har inte ändrat samma sak: inga frågor att besvara.
compare-questions = { $count ->
    [one] 1 sak
   *[other] { $count } saker
} ändrades på båda sidor: välj min eller deras för var och en.
compare-lead-two-way = Den här versionen hänvisar inte till någon som den här webbläsaren har delat eller tagit emot, så varje skillnad erbjuds: avmarkera det du inte vill ha.
compare-questions-title = Ändrat på båda sidor
compare-question = Fråga { $number }
compare-mine-or-theirs = { $name }: min eller deras
compare-lead-mine-theirs = (min → deras)
compare-theirs-rather = Deras i stället för min:
compare-changes-three-way = Vad sammanslagningen ändrar i din ({ $count ->
    [one] 1 ändring
   *[other] { $count } ändringar
})
compare-differences = Skillnader ({ $count })
compare-none = Inga.
compare-accept = Godta
compare-more = och { $count } till
compare-choose = Välj min eller deras för { $count ->
    [one] 1 punkt
   *[other] { $count } punkter
} för att slå ihop.
compare-cancel = Avbryt
compare-merge = Slå ihop
compare-merge-changes = Slå ihop ({ $count ->
    [one] 1 ändring
   *[other] { $count } ändringar
})
compare-merge-differences = Slå ihop ({ $accepted } av { $count ->
    [one] 1 skillnad
   *[other] { $count } skillnader
})

compare-with-title = Jämför ”{ $name }” med…
compare-with-lead = En annan version av det här schemat — en partners länk eller en fil — för att se vad som har ändrats och slå ihop den med din. Inget ändras förrän du slår ihop.
compare-with-link = En länk för redigering
compare-with-this-link = Jämför med den här länken
compare-with-or = eller
compare-with-file = Jämför med en fil…
compare-view-link = Det där är en länk för studenter (skrivskyddad, kanske för ett enda campus): klistra in en länk för redigering.
compare-link-unread = Länken kunde inte läsas: { $problem }.
compare-file-unread-because = ”{ $name }” kunde inte läsas: { $problem }.
compare-file-unread = ”{ $name }” kunde inte läsas.

change-removed = Tog bort { $what }{ $sessions ->
    [0] {""}
    [one] ; togs bort ur 1 tillfälle
   *[other] ; togs bort ur { $sessions } tillfällen
}{ $busy ->
    [0] {""}
    [one] ; 1 kalender med upptagen tid togs också bort
   *[other] ; { $busy } kalendrar med upptagen tid togs också bort
}.
change-removed-with = Tog bort { $what } med { $with }{ $sessions ->
    [0] {""}
    [one] ; togs bort ur 1 tillfälle
   *[other] ; togs bort ur { $sessions } tillfällen
}{ $busy ->
    [0] {""}
    [one] ; 1 kalender med upptagen tid togs också bort
   *[other] ; { $busy } kalendrar med upptagen tid togs också bort
}.
change-removed-cohorts = { $count ->
    [one] 1 grupp
   *[other] { $count } grupper
}
change-removed-rooms = { $count ->
    [one] 1 sal
   *[other] { $count } salar
}
change-removed-and = { $first } och { $second }

compare-changed-conflict = Ändrad konflikt: { $conflict }
compare-conflict-dates = { $conflict } – { $dates }
compare-dates-gone = gäller inte längre { $dates }
compare-dates-added = gäller nu även { $dates }
compare-dates-instead = gäller nu i stället { $dates }
compare-dates-kept = gäller fortfarande { $count ->
    [one] ett annat datum
   *[other] { $count } andra datum
}
compare-dates-and = { $first }; { $second }
compare-dates-list = { $first }, { $second }
compare-dates-more = { $dates } och { $count ->
    [one] ett datum till
   *[other] { $count } datum till
}

## Engine: best times and rotations

overlap-every-week = varje vecka
overlap-weeks-from = { $weeks ->
    [one] 1 vecka
   *[other] { $weeks } veckor
} från { $date }
overlap-outside-hours = { $weekday } { $time }, utanför undervisningstiden ({ $span })
overlap-other-weekday = { $weekday } { $time }, ingen undervisningsdag där ({ $span })
overlap-closed = stängt för { $closure } ({ $span })
overlap-closed-unnamed = stängt ({ $span })
overlap-outside-term = utanför terminen ({ $span })
overlap-clock-change = { $time } från { $date }: { $why } ({ $weeks ->
    [one] 1 vecka
   *[other] { $weeks } veckor
})
overlap-clocks-change = klockan ställs om
overlap-leaves-summer-time = { $place } går över till vintertid
overlap-enters-summer-time = { $place } går över till sommartid
overlap-clocks-move = klockan i { $place } ställs om { $hours } tim
overlap-both = { $first } och { $second }
overlap-campus-reasons = { $campus }: { $reasons }
overlap-campus-fails = { $campus } fungerar inte { $failing } av { $weeks ->
    [one] 1 vecka
   *[other] { $weeks } veckor
}: { $reasons }
overlap-booked = { $who } är bokad { $weeks ->
    [one] 1 vecka
   *[other] { $weeks } veckor
} från { $date }
overlap-someone = Någon

rotation-tally = { $campus }: { $burdens }
rotation-tally-none = { $campus }: 0
rotation-burden = { $count } × { $kind ->
    [night] på natten
    [weekend] på helgen
    [early] tidigt
    [late] sent
   *[outside-hours] utanför undervisningstiden
}

## Engine: calendar files (ICS)

ics-calendar-name = { $schedule } · { $who }
ics-room = { $room }, { $campus }
ics-online = Online
ics-kind = { $kind ->
    [joint-lecture] gemensam föreläsning
    [lecture] föreläsning
    [lab] laboration
    [seminar] seminarium
    [tutorial] övning
    [exam] tentamen
    [office-hours] mottagningstid
   *[other] övrigt
}
ics-course-kind = { $course } · { $kind }
ics-taught-from = Värdcampus: { $campus } ({ $place })
ics-taught-from-elsewhere = Värdcampus: { $campus } (tider i lokal tid i { $place })
ics-lecturer = Lärare: { $name }
ics-join = Anslut: { $url }

## App: header, start page, banners, language menu, status lines

shell-brand = Meridian
page-title-planner = Meridian — gemensam undervisning över tidszoner
page-title-timetable = Schema — Meridian
shell-footer-tzdb = IANA tzdb { $version }
shell-footer-version = Meridian { $version }
shell-footer-private = Allt stannar i den här webbläsaren
shell-campus-count = { $count ->
    [one] { $count } campus
   *[other] { $count } campus
}
shell-view = Vy
shell-planner = Planering
shell-my-timetable = Mitt schema
shell-schedule = Schema
shell-shared-option = { $name } (delad länk)
shell-demos = Exempelscheman
shell-my-schedules = Mina scheman
shell-demo-enhance-autumn-2026 = ENHANCE · hösten 2026
shell-demo-gma-spring-2027 = Global MOOC Alliance · våren 2027
shell-grid-in = Rutnätets tidszon
shell-your-time = Din tid ({ $place })
shell-your-zone = Din tidszon
shell-history = Historik
shell-undo = Ångra
shell-undo-title = Ångra (Ctrl+Z)
shell-redo = Gör om
shell-redo-title = Gör om (Ctrl+Skift+Z)
shell-new-session = Nytt tillfälle
shell-people = Campus & personer
shell-file = Arkiv
shell-new-schedule = Nytt schema…
shell-open-my-schedules = Mina scheman…
shell-import-busy = Importera upptagen tid
shell-export-file = Exportera fil
shell-compare-with = Jämför med…
shell-open-file = Öppna fil
shell-share = Dela

language-menu-label = Språk
language-menu-title = Välj vilket språk Meridian ska använda

banner-label = Delat schema
banner-shared-copy = Delad kopia.
banner-shared-copy-detail = Du har öppnat ett schema från en länk eller en fil. Det lagras inte i den här webbläsaren förrän du sparar det (eller ändrar det); dina egna scheman påverkas inte.
banner-identity-stored = Ett schema med samma identitet är redan sparat
banner-already-stored = ”{ $name }” finns redan bland dina scheman. Vill du jämföra och slå ihop den här kopian med det, ersätta det med den här kopian eller behålla båda?
banner-compare-and-merge = Jämför och slå ihop…
banner-replace = Ersätt det
banner-keep-both = Behåll båda
banner-cancel = Avbryt
banner-you-have = Du har ”{ $name }” bland dina scheman: se vad som har ändrats och slå ihop det med din version.
banner-compare-with-mine = Jämför med mitt…
banner-save = Spara i mina scheman
banner-read-only = Skrivskyddat schema.
banner-read-only-for = Skrivskyddat schema för { $whom }.
banner-read-only-detail = Delat via länk: tiderna visas i din tidszon; inget sparas.
banner-release-ready = En nyare version av Meridian är redo.
banner-release-reload = Ladda om för att använda den

status-moved = Flyttade { $title } { $shift }.
status-resized = { $title } varar nu { $length }.
status-deleted = Tog bort { $title }. Ångra tar tillbaka det.
status-added = Lade till { $title }.
status-session-saved = Sparade { $title }.
status-busy-imported = { $blocks ->
    [one] Importerade { $blocks } upptaget block från ”{ $calendar }”: det ingår i konfliktkontrollen och visas gråtonat i rutnätet.
   *[other] Importerade { $blocks } upptagna block från ”{ $calendar }”: de ingår i konfliktkontrollen och visas gråtonade i rutnätet.
}
status-renamed = Bytte namn till ”{ $name }”.
status-occurrence-moved = Flyttade { $title } { $date } { $shift }, bara den veckan.
status-occurrence-resized = { $title } { $date } varar nu { $length }, bara den veckan.
status-occurrence-saved = Sparade { $title } { $date }, bara den veckan.
status-occurrence-skipped = { $title } äger inte rum { $date }. Ångra tar tillbaka det.
status-merged = { $changes ->
    [0] Sammanslaget: inget behövde ändras här.
    [one] Sammanslaget: 1 ändring hämtad från den andra versionen.
   *[other] Sammanslaget: { $changes } ändringar hämtade från den andra versionen.
} Ångra går tillbaka till din version.
status-rotation-accepted = { $slots ->
    [one] { $title } får nu sin rättvisaste veckotid.
   *[other] { $title } roterar nu mellan { $slots } veckotider, en serie för varje.
} Ångra återställer det som det var.
status-holiday-taught = { $campus } har undervisning { $date } trots att det är { $holiday }. Ångra gör dagen till helgdag igen.
status-holiday-again = { $holiday } { $date } är helgdag vid { $campus } igen.
status-setup-saved = Sparade campus och personer.
status-undone = Ångrat.
status-redone = Gjort igen.
status-created = Skapade ”{ $name }”. Lägg till tillfällen med ”Nytt tillfälle”; varje ändring sparas i den här webbläsaren.
status-updated-from-tab = Uppdaterat med ändringarna som gjorts i schemat i en annan flik.
status-merged-with-tab = Schemat ändrades också i en annan flik: både de ändringarna och dina behålls.
status-changed-on-both-tabs = Schemat ändrades också i en annan flik, och vissa saker ändrades i båda: välj vad som ska behållas. Inget sparas förrän dess.
status-session-gone = Tillfället finns inte längre i schemat.
status-refused = Den ändringen går inte att göra: { $reason }
status-name-needed = Ett schema behöver ett namn.
status-demo-not-loaded = Exempelschemat kunde inte läsas in: { $reason }
status-link-unreadable = Länken du öppnade kunde inte läsas: { $reason }.
status-link-unreadable-demo = Länken du öppnade kunde inte läsas: { $reason }. Exempelschemat visas i stället.
status-file-not-opened = ”{ $file }” öppnades inte, och inget ändrades: { $reason }.
status-file-unreadable = ”{ $file }” kunde inte läsas.
status-storage-open = Schemat kunde inte öppnas: { $reason }.
status-storage-open-last = Ditt senaste schema kunde inte öppnas: { $reason }.
status-storage-list = Dina sparade scheman kunde inte läsas: { $reason }.
status-storage-compare = Din sparade version kunde inte läsas för jämförelse: { $reason }.
status-storage-autosave = Din senaste ändring är öppen här men inte sparad: { $reason }.
status-storage-remember = En version sparades inte i schemats historik: { $reason }.
status-storage-save = Schemat sparades inte: { $reason }.
status-storage-remove = Inte borttaget: { $reason }.
status-storage-other = Det fungerade inte: { $reason }.
status-zone-unknown = Ingen tidszon matchar ”{ $text }”. Skriv en stad (t.ex. Trondheim) eller ett IANA-namn (t.ex. Europe/Oslo).


holidays-not-loaded = Helgdagarna för { $campus } ({ $country }) kunde inte läsas in: kontrollen har bara de stängningar som skrivits in där. Ladda om sidan för att försöka igen.
holidays-unknown-region = { $campus } har regionen ”{ $region }”, som helgdagsdatan för { $country } inte har: bara de nationella helgdagarna i { $country } ingår i kontrollen. Välj region under Campus och personer.
holidays-year-not-covered = Helgdagsdatan för { $country } täcker inte { $year }: helgdagarna för { $campus } det året ingår inte i kontrollen.
holidays-both-names = { $local } ({ $english })
holidays-student-notice = { $date }: { $name }, allmän helgdag vid { $campus }
holidays-student-notice-observed = { $date }: { $name }, allmän helgdag vid { $campus }, flyttad till denna dag

## App: student timetable

timetable-label = Mitt schema
timetable-my-campus = Mitt campus
timetable-all-campuses = Alla campus
timetable-my-cohort = Min grupp
timetable-all-cohorts = Alla grupper
timetable-add-to-calendar = Lägg till i min kalender (.ics)
timetable-next = Nästa: { $title } { $countdown } — { $date }, { $time } din tid
timetable-no-more = Inga fler tillfällen den här terminen.
timetable-time-changes = Tidsändringar
timetable-public-holidays = Allmänna helgdagar
timetable-show = Visa
timetable-agenda = Lista
timetable-week = Vecka
timetable-hide-earlier = Dölj tidigare dagar
timetable-show-earlier = { $count ->
    [one] Visa { $count } tidigare dag
   *[other] Visa { $count } tidigare dagar
}
timetable-nothing = Inga tillfällen att visa.
timetable-skipped = inställt den här veckan
timetable-moved = flyttat den här veckan
timetable-skipped-date = inställt
timetable-moved-date = flyttat
timetable-meta = { $length } · tid vid värdcampus: { $host }
timetable-meta-rooms = { $length } · tid vid värdcampus: { $host } · { $rooms }
timetable-meta-elsewhere = { $length } · { $time } lokal tid i { $city } · värdcampus: { $campus }
timetable-meta-elsewhere-rooms = { $length } · { $time } lokal tid i { $city } · värdcampus: { $campus } · { $rooms }
timetable-host-time = { $time } i { $city } ({ $campus })
timetable-host-time-no-campus = { $time } i { $city }
timetable-room = { $room }, { $campus }
timetable-next-day = { $time } (nästa dag)
timetable-join = Anslut online
timetable-not-a-web-link = ingen webblänk
timetable-change = Från { $date } börjar { $title } kl. { $now } i stället för { $was }.
timetable-change-why = Från { $date } börjar { $title } kl. { $now } i stället för { $was } ({ $why }).
timetable-this-class = Det här tillfället
timetable-switch-to-summer = { $city } går över till sommartid
timetable-switch-from-summer = { $city } går över till vintertid
timetable-term-label = Terminsöversikt
timetable-term-heading = Terminsöversikt — { $name }
timetable-times-in = Tider enligt lokal tid i { $place } ({ $zone }).
timetable-column-session = Tillfälle
timetable-column-when = När
timetable-column-dates = Datum
timetable-usual = { $weekday } { $time }
timetable-other-times = { $usual } (andra tider på { $count ->
    [one] { $count } datum
   *[other] { $count } datum
})
timetable-dates = { $first } – { $last } · { $count ->
    [one] { $count } tillfälle
   *[other] { $count } tillfällen
}
timetable-opening-planner = Öppnar planeringen…
timetable-open-the-link = Öppna länken för studenter som din schemaansvarige har delat, så visas ditt schema här.
timetable-opening = Öppnar schemat…
timetable-plan-in-meridian = Planera ett schema i Meridian

## App: planner grid, session form, conflicts panel, time finder, best times panel

week-nav = Terminens veckor
week-previous = Föregående vecka
week-next = Nästa vecka
week-pick = Vecka
week-label = Vecka { $week } · { $days } { $year }
week-position = terminsvecka { $week } av { $weeks }
week-snap = Fäst mot
week-term-strip = Terminsöversikt: veckor med konflikter eller tidsomställningar
week-cell = Vecka { $week } ({ $date }){ $conflicts ->
        [yes] , har konflikter
       *[no] {""}
    }{ $switch ->
        [yes] , klockan ställs om
       *[no] {""}
    }
week-switches = Tidsomställningar den här veckan
week-switch-forward = { $date }: { $campuses } — klockan ställs fram { $from } → { $to } (nu UTC{ $offset })
week-switch-back = { $date }: { $campuses } — klockan ställs tillbaka { $from } → { $to } (nu UTC{ $offset })

grid-label = Tillfällen, tider i { $zone }
grid-day-tabs = Dag
grid-day-count = { $count ->
        [one] { $count } tillfälle
       *[other] { $count } tillfällen
    }
grid-scroll = Veckorutnät, rullbart
grid-ruler-you = Du
grid-ruler-your-time = Din tid
grid-ruler = Tidslinjal för { $name }
grid-ruler-closed = { $campus } är stängt: { $days }
grid-ruler-offset = UTC{ $offset } · { $abbreviation }
grid-day-off = { $date }: { $holiday }
grid-legend = Rutnätets tider i { $zone } · linjalerna visar lokal tid på varje campus, skuggade utanför undervisningstiden · peka på, fokusera eller tryck på ett tillfälle för att se dess lokala tid på varje campus{ $editable ->
        [yes] {" "}· dra över ledig tid för att lägga till ett tillfälle
       *[no] {""}
    }

block-keys = Enter eller dubbelklick redigerar (bara den här veckan eller varje vecka); piltangenterna flyttar varje vecka { $step } minuter eller en dag; Skift med upp- och nedpil ändrar längden; Delete tar bort tillfället (Ctrl+Z ångrar). Dra för att flytta, dra i nederkanten för att ändra längden.
block-resize = Dra för att ändra längden
block-changed = Ändrat bara den här veckan
block-busy-title = Upptagen
block-busy = Upptagen för { $whose } (från { $calendar }), { $time }
block-local-times = Lokal tid på varje campus
block-other-day = annan dag
block-outside-hours = utanför undervisningstid
block-join = Anslut online
block-not-a-web-link = ingen webblänk

planner-cancel = Avbryt
planner-scope-move = Flytta ”{ $title }” { $shift }?
planner-scope-shorter = Korta av ”{ $title }” med { $length }?
planner-scope-longer = Förläng ”{ $title }” med { $length }?
planner-scope-why = Det är en veckoserie. Ändra bara veckan du drog i, eller varje vecka i serien?
planner-scope-this-week = Bara den här veckan ({ $date })
planner-scope-every-week = Varje vecka
planner-main = Veckorutnät

conflicts-label = Konflikter
conflicts-title = Konflikter
conflicts-counts = { $errors ->
        [one] { $errors } fel
       *[other] { $errors } fel
    } · { $warnings ->
        [one] { $warnings } varning
       *[other] { $warnings } varningar
    } · { $notes ->
        [one] { $notes } anmärkning
       *[other] { $notes } anmärkningar
    }
conflicts-checking-short = kontrollerar…
conflicts-progress = Kontrollerar konflikter
conflicts-checking = Kontrollerar schemat…
conflicts-checking-changed = Kontrollerar det ändrade schemat… Listan nedan är från före ändringen.
conflicts-none = Inga konflikter: varje tillfälle passar varje campus, varje vecka.
conflicts-errors = Fel ({ $count })
conflicts-warnings = Varningar ({ $count })
conflicts-notes = Förskjutningar vid tidsomställning och anmärkningar ({ $count })
conflicts-drift-caption = Lokal starttid på varje campus under terminen
conflicts-show-week = Visa veckan med { $date }
conflicts-find = Hitta en tid för { $title }
conflicts-find-week = Hitta en tid för { $title } bara { $date }
conflicts-teach-anyway = Undervisa ändå på { $holiday }
conflicts-show-more = Visa { $count } till
conflicts-hint = Tips: { $hint }

planner-drag-label = Där tillfället skulle hamna
planner-drag-title = { $title }, { $date }
planner-drag-checking = Konflikterna kontrolleras fortfarande: vad den här flytten skulle lägga till visas när de är klara.
planner-drag-ok = Inga nya konflikter, även om varje vecka flyttas.

finder-label = Hitta en tid
finder-button = Hitta en tid
finder-hint-week = provar varje halvtimme den här veckan på värdcampusets undervisningsdagar, kontrollerat mot allt annat den veckan
finder-hint-series = provar varje halvtimme den första veckan på värdcampusets undervisningsdagar, var och en mot hela terminen
finder-progress = Söker en tid
finder-searching = Provar varje starttid i veckan…
finder-stop = Stoppa
finder-when = { $date }, { $time }
finder-now = Tider i { $place }. Nuvarande start { $when }: { $summary }
finder-none-better = Ingen annan tid den här veckan är bättre.
finder-refused = Inga tider att föreslå: { $reason }.

form-edit-title = Redigera tillfälle
form-new-title = Nytt tillfälle
form-scope = Ändra
form-scope-every-week = varje vecka i serien
form-scope-this-week = bara { $date } (den här veckan)
form-week-note = { $title } { $date }: tiden anges i lokal tid i { $place }. Titel, grupper, lärare och resten följer serien; välj ”varje vecka i serien” för att ändra dem.
form-title = Titel
form-course = Kurs
form-kind = Typ
form-kind-option = { $kind ->
        [joint-lecture] gemensam föreläsning
        [lecture] föreläsning
        [lab] laboration
        [seminar] seminarium
        [tutorial] övning
        [exam] tentamen
        [office-hours] mottagningstid
       *[other] övrigt
    }
form-host = Värdcampus
form-zone = Tiden följer
form-zone-host = värdcampusets tidszon
form-date = Datum
form-first-date = Första datum
form-starts-at = Börjar
form-length = Längd (minuter)
form-best-times = Bästa tider
form-best-times-hint = skuggar veckan efter hur många campus som är inom undervisningstiden varje vecka under terminen, och föreslår en rättvis rotation när ingen tid passar alla
form-repeats = Upprepas
form-weekly = varje vecka eller med några veckors mellanrum
form-interval = Var … vecka
form-until = Till och med (valfritt)
form-count = Antal gånger (valfritt)
form-skip = Datum som hoppas över ({ $pattern }, åtskilda med kommatecken)
form-weekdays = Dessa dagar (första datumets dag om ingen är vald)
form-cohorts = Grupper
form-rooms = Salar
form-lecturer = Lärare
form-meeting = Länk till onlinemöte
form-meeting-placeholder = https://…
form-notes = Anteckningar
form-cancel-week = Ställ in den här veckan
form-close = Stäng
form-save-week = Spara den här veckan
form-save = Spara
form-add = Lägg till tillfälle
form-no-title = Ge tillfället en titel.
form-no-start = Ange startdatum och starttid.
form-length-not-a-number = Längden ska anges i minuter, t.ex. 90.
form-interval-too-small = Intervallet måste vara minst 1 vecka.
form-until-not-a-date = ”Till och med” ska vara ett datum, { $pattern }.
form-count-not-a-number = ”Antal gånger” ska vara ett tal.
form-skip-not-a-date = Varje datum som hoppas över ska anges som { $pattern }.

best-label = Bästa tider
best-title = Bästa tider för { $title }
best-title-new = Bästa tider för en ny serie
best-close = Stäng
best-campuses = Campus som måste delta
best-length = Längd (minuter)
best-tick-one = Markera minst ett campus.
best-no-map = Ingen karta över bästa tider: { $reason }.
best-no-rotation = Ingen rotation att föreslå: { $reason }.
best-intro = Tider i { $place }. Skuggat över rutnätet: hur många markerade campus som är inom undervisningstiden vid varje starttid, varje vecka under terminen ({ $weeks ->
        [one] { $weeks } vecka
       *[other] { $weeks } veckor
    }).
best-key-all = alla
best-key-booked = alla, bokat
best-key-fewer = färre
best-point-hint = Peka på en starttid i rutnätet eller nedan för att se varför vissa campus inte kan; klicka på en för att starta en serie där.
best-slot = { $start }: { $state }
best-slot-no-week = ingen vecka under terminen har den här dagen
best-slot-everyone = passar varje campus varje vecka det undervisar
best-slot-holding = { $holding } av { $campuses } campus inom undervisningstiden varje vecka
best-closed-weeks-only = { $reason } — bara stängda veckor, som ingen starttid undviker
best-booked = { $who } är bokad { $weeks ->
        [one] { $weeks } vecka
       *[other] { $weeks } veckor
    } från { $date }
best-someone = Någon
best-everyone-heading = Starttider som passar alla varje vecka
best-start = Ny serie som börjar { $start }
best-start-everyone = Ny serie som börjar { $start } ({ $starts } passar alla)
best-none-suits = Ingen starttid passar alla { $campuses } campus varje vecka under terminen; { $most } av { $campuses } är det bästa. De närmaste:
best-no-rotation-found = Ingen starttid på en vardag ligger inom terminen varje vecka utan en bokning, så det finns ingen rotation att föreslå.
best-rotation-heading = { $slots ->
        [one] En veckotid är rättvisast
       *[other] En rättvis rotation mellan { $slots } veckotider
    }
best-rotation-note = Tas i tur och ordning, vecka för vecka, så att tillfällen på natten, tidigt, sent och på helger delas: högst { $largest } poäng för ett campus, { $total } totalt (ett tillfälle på natten räknas som { $night }){ $complete ->
        [no] {" "}(sökningen stannade vid sin gräns; detta är det bästa den hittade)
       *[yes] {""}
    }.
best-rotation-scroll = Lokala starttider per campus, rullbart
best-rotation-caption = Varje veckotids lokala starttid på varje campus
best-rotation-campus = Campus
best-rotation-place = i { $place }
best-night = på natten
best-night-aside = (på natten)
best-rotation-weeks = Veckor:
best-rotation-tally = Obekväma tillfällen per campus:
best-rotation-fairness = Rättvisa: varje campus obekväma tillfällen fördelas så jämnt som tiderna tillåter, och ett tillfälle på natten (före 06:00 eller som slutar efter 23:00, markerat med ☾) räknas som tre. Kontrollera varje campus lokala tider ovan.
best-rotation-use = Använd den här rotationen
best-rotation-from-form = Öppna ”Bästa tider” från ett tillfälles formulär för att ersätta det med den här rotationen.

## App: dialogs

dialog-cancel = Avbryt
dialog-done = Klar
dialog-save = Spara
dialog-remove = ta bort

share-title = Dela ”{ $name }”
share-lead = Hela schemat följer med i länken: inget laddas upp, och den som öppnar den får en egen kopia.
share-edit-heading = Länk för redigering
share-edit-hint = Öppnas i planeringen som en kopia som mottagaren kan ändra och spara.
share-copy = Kopiera
share-view-heading = Länk för studenter
share-view-hint = Skrivskyddad: öppnar schemat i varje students egen tidszon.
share-for = För
share-everyone = Alla
share-one-campus = Ett campus
share-one-cohort = En grupp
share-download = Ladda ner kalender (.ics)
share-qr-heading = QR-kod
share-qr-of = QR-kod för
share-qr-students = länken för studenter
share-qr-edit = länken för redigering
share-qr-label-students = QR-kod för länken för studenter (version { $version })
share-qr-label-edit = QR-kod för länken för redigering (version { $version })
share-qr-caption = { $width }×{ $width } moduler: rikta en mobilkamera mot den eller lägg den på en bild i presentationen.
share-qr-too-large = Schemat är för stort för en QR-kod: dela länken i stället.
share-copied-edit = Länken för redigering har kopierats till urklipp.
share-copied-students = Länken för studenter har kopierats till urklipp.
share-copy-failed-edit = Det gick inte att kopiera: markera länken för redigering och tryck på Ctrl+C (⌘C på en Mac).
share-copy-failed-students = Det gick inte att kopiera: markera länken för studenter och tryck på Ctrl+C (⌘C på en Mac).
share-downloaded = { $file } har laddats ner: öppna filen i din kalenderapp för att lägga till alla tillfällen.
share-download-failed = Kalenderfilen kunde inte skapas i den här webbläsaren.
share-length = { $count ->
    [one] { $count } tecken
   *[other] { $count } tecken
}
share-no-link = Ingen länk: { $reason }.
share-sheet = Dela länk för studenter…

import-title = Importera upptagen tid
import-lead = En kalenderfil från en partners schemasystem (TimeEdit, Untis, Google Calendar, Outlook). Dess händelser blir upptagen tid i konfliktkontrollen och visas gråtonade i rutnätet. Inget lämnar den här webbläsaren.
import-file = Kalenderfil (.ics)
import-busy-of = Upptagen tid för
import-group-cohorts = Grupper
import-group-lecturers = Lärare
import-group-rooms = Salar
import-group-campuses = Hela campus (alla grupper)
import-name = Namn (valfritt)
import-name-placeholder = t.ex. NTNU TimeEdit, hösten 2026
import-submit = Importera
import-choose-file = Välj först en kalenderfil (.ics).
import-too-large = ”{ $file }” är { $size } MB; Meridian läser kalenderfiler på upp till { $limit } MB (exportera en kortare period).
import-unreadable = Filen kunde inte läsas.
import-nothing-imported = Inget importerades: { $reason }.

new-title = Nytt schema
new-lead = Utgå från en allians: dess campus kommer med sina tidszoner och förvalda undervisningstider (måndag–fredag, 08:00–20:00 lokal tid), som du kan ändra senare.
new-alliance = Allians
new-campuses = Campus
new-campus = { $campus } ({ $city })
new-name = Namn
new-name-placeholder = t.ex. Hållbara energisystem — våren 2027
new-term-starts = Terminen börjar
new-term-ends = Terminen slutar
new-create = Skapa
new-dates-missing = Ange terminens första och sista dag.
new-default-name = Termin { $alliance }
new-default-name-plain = Ny termin
new-cannot-make = Schemat kan inte skapas: { $reason }.

people-title = Campus och personer
people-campuses = Campus: undervisningstid ({ $pattern }; tomt = ingen undervisning) och stängningar
people-campus-place = · { $city } · { $zone }
people-remove-campus-label = Ta bort campus { $name }
people-remove-campus = ta bort campus
people-remove-closure-label = Ta bort stängningen { $name }
people-remove-cohort-label = Ta bort gruppen { $name }
people-remove-lecturer-label = Ta bort läraren { $name }
people-remove-room-label = Ta bort salen { $name }
people-hours-label = Undervisningstid för { $campus } på { $weekday }
people-hours-empty = —
people-hours-refused = ”{ $hours }” är ingen undervisningstid för { $weekday }: skriv den som 08:00-18:00, eller lämna fältet tomt om det inte är någon undervisning.
people-closure = { $name } — { $date }
people-closure-span = { $name } — { $start } till { $end }
people-add-closure = Lägg till en stängning (namn, datum)
people-add-closure-placeholder = Helgdag, 2026-12-08
people-add-closure-label = Lägg till en stängning vid { $campus }
people-closure-refused = ”{ $text }” är ingen stängning: skriv namnet, ett kommatecken och datumet, t.ex. Helgdag, 2026-12-08.
people-add-campus = Lägg till ett campus: sök ett universitet, en stad eller en tidszon
people-add-known = + { $campus } ({ $city })
people-add-zone = + ett campus i { $city } ({ $zone })
people-new-campus-name = Campus { $city }
people-cohorts = Grupper
people-cohort-name = Gruppens namn
people-campus-of = Campus för { $name }
people-add-cohort = Lägg till en grupp
people-lecturers = Lärare
people-lecturer-name = Lärarens namn
people-add-lecturer = Lägg till en lärare
people-rooms = Salar
people-room-name = Salens namn
people-add-room = Lägg till en sal
people-removed = { $removed } Klicka på Spara för att behålla ändringen eller på Avbryt för att ångra den.
people-not-removed = Inte borttaget: { $reason }.
people-not-changed = Inte ändrat: { $reason }.
people-new-cohort-campus = Den nya gruppens campus
people-lecturer-prompt = Skriv lärarens namn
people-room-prompt = Skriv salens namn
problem-unnamed = { $item ->
    [cohort] grupp { $position } i listan saknar namn; skriv ett eller ta bort gruppen
    [lecturer] lärare { $position } i listan saknar namn; skriv ett eller ta bort läraren
   *[room] sal { $position } i listan saknar namn; skriv ett eller ta bort salen
}

calendar-region = Helgdagsregion
calendar-region-label = Helgdagsregion för { $campus }
calendar-national-only = Bara nationella helgdagar ({ $country })
calendar-national-no-country = Inget land angivet
calendar-no-country = Inget land: bara de stängningar som skrivits in
calendar-loading = Allmänna helgdagar ({ $country }): läser in…
calendar-no-holidays = Inga allmänna helgdagar under terminen
calendar-holidays = { $taught ->
    [0] Allmänna helgdagar under terminen ({ $count })
   *[other] Allmänna helgdagar under terminen ({ $count }, undervisning på { $taught })
}
calendar-unticked = Avmarkerad: campuset har undervisning den dagen.
calendar-english-name = ({ $name })
calendar-observed = flyttad
calendar-substitute = ersättningsdag
calendar-we-teach = vi undervisar
calendar-period = { $kind ->
    [exams] Tentor
   *[lecture-free] Undervisningsfritt
}: { $name } — { $start } till { $end } { $year }
calendar-remove-period-label = Ta bort perioden { $name }
calendar-add-exams = Lägg till en tentaperiod (namn, första dag, sista dag)
calendar-add-lecture-free = Lägg till undervisningsfria veckor (namn, första dag, sista dag)
calendar-add-exams-label = Lägg till en tentaperiod vid { $campus }
calendar-add-lecture-free-label = Lägg till undervisningsfria veckor vid { $campus }
calendar-exams-placeholder = Vintertentor, 2027-02-01, 2027-02-19
calendar-lecture-free-placeholder = Jullov, 2026-12-21, 2027-01-03
calendar-period-refused = ”{ $text }” är ingen period: skriv namnet, första dagen och sista dagen, t.ex. Vintertentor, 2027-02-01, 2027-02-19.
calendar-import = Importera läsårskalender (.ics)…
calendar-import-label = Importera läsårskalender (.ics) för { $campus }
calendar-too-large = ”{ $file }” är { $size } MB; Meridian läser kalenderfiler på upp till { $limit } MB.
calendar-unreadable = Filen kunde inte läsas.
calendar-nothing-read = Inget lästes: { $reason }.
calendar-academic-label = Läsårskalender för { $campus }
calendar-no-events = Inga händelser under terminen.
calendar-events = Händelser under terminen; var och en sparas enligt ditt val:
calendar-event = { $name }: { $when }
calendar-event-no-name = (inget namn): { $when }
calendar-keep-as = Spara { $name } ({ $when }) som
calendar-keep-no-name-as = Spara händelsen utan namn ({ $when }) som
calendar-event-span = { $start } till { $end }
calendar-as-closure = Stängning
calendar-as-exams = Tentaperiod
calendar-as-lecture-free = Undervisningsfritt
calendar-as-skip = Hoppa över
calendar-forget = Glöm dessa
calendar-add = Lägg till dessa

schedules-title = Mina scheman
schedules-lead = Sparas bara i den här webbläsarens lagring på den här enheten.
schedules-protected = Webbläsaren har lovat att behålla lagringen (den rensar den inte för att frigöra utrymme).
schedules-unprotected = Webbläsaren har inte lovat att behålla lagringen: den kan rensa den för att frigöra utrymme, och Safari rensar den efter sju dagar utan besök om inte appen är installerad.
schedules-protection-unknown = Den här webbläsaren säger inte om den behåller lagringen.
schedules-keep-elsewhere = Exportera en fil eller kopiera länken för redigering för att ha en kopia någon annanstans.
schedules-backup-changed = ”{ $name }” har ändrats sedan du senast exporterade eller delade det.
schedules-backup-how = Den enda kopian finns i den här webbläsaren: använd Exportera fil i menyn, eller Dela → kopiera länken för redigering och skicka den till dig själv.
schedules-none = Inga än: ändra ett exempelschema, öppna en delad länk och spara den, eller skapa ett nytt schema.
schedules-name-label = Namn på { $name }
schedules-open = Öppna
schedules-duplicate = Duplicera
schedules-delete-label = Ta bort { $name }?
schedules-delete-question = Ta bort ”{ $name }”?
schedules-delete = Ta bort
schedules-keep = Behåll
schedules-delete-ask = Ta bort…
schedules-deleted = Tog bort ”{ $name }”.
schedules-undo = Ångra
schedules-damaged = Undanlagda som skadade
schedules-damaged-hint = Dessa kunde inte läsas och har därför lagts undan som de var. Ladda ner ett för att reparera det för hand (det är schemats JSON) och öppna sedan filen.
schedules-damaged-list = Listan över scheman
schedules-damaged-schedule = Schemat ”{ $id }”
schedules-download-list-label = Ladda ner listan över scheman
schedules-download-schedule-label = Ladda ner schemat ”{ $id }”
schedules-download = Ladda ner
schedules-discard-list-label = Kasta listan över scheman
schedules-discard-schedule-label = Kasta schemat ”{ $id }”
schedules-discard = Kasta
schedules-kept = Sparade versioner av ”{ $name }” ({ $count })
schedules-kept-hint = Versionerna du har delat, tagit emot eller hade före en sammanslagning (de senaste 20): jämför en med din för att ta tillbaka det du vill.
schedules-version = { $how ->
    [both] Delad och mottagen
    [shared] Delad
    [received] Mottagen
   *[had] Före en sammanslagning
} · version { $version }
schedules-compare-label = Jämför version { $version } med din
schedules-compare = Jämför…
schedules-discard-versions = Kasta dessa versioner
schedules-copy-name = { $name } (kopia)
schedules-storage-unavailable = den här webbläsaren låter inte Meridian spara scheman (privat läge eller lagring avstängd); ditt arbete finns bara kvar i den här fliken
schedules-storage-full = webbläsarens lagring för Meridian är full; ditt arbete är fortfarande öppet i den här fliken, och du kan exportera det som fil
schedules-damaged-left = det sparade schemat ”{ $id }” är skadat ({ $reason }); det lämnades orört
schedules-damaged-set-aside = det sparade schemat ”{ $id }” är skadat ({ $reason }); det lades undan som det var så att inget skriver över det, och ”Mina scheman” erbjuder det som fil
schedules-missing = inget schema ”{ $id }” är sparat i den här webbläsaren
schedules-list-repaired = Listan över dina sparade scheman var skadad: den lades undan och byggdes upp på nytt från schemana som är sparade här (”Mina scheman” erbjuder den skadade listan som fil).
schedules-unreadable = Dina sparade scheman kunde inte läsas: { $reason }.
