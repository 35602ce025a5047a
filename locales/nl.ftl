### Meridian — Dutch messages (Nederlands)
###
### Woordenlijst — één woord per kernbegrip, in elk bericht op dezelfde manier gebruikt.
###   session = sessie
###   series = reeks
###   course = vak
###   cohort = groep
###   campus = campus
###   host campus = organiserende campus
###   teaching hours = onderwijstijden
###   closure = sluiting
###   clash = botsing
###   conflict = conflict
###   drift = verschuiving
###   clock change = het verzetten van de klok (de klok wordt verzet; overgang naar zomertijd of wintertijd)
###   term = semester
###   share link = deellink

## Shared: lengths of time, counts

length-minutes = { $minutes } min
length-hours = { $hours } u
length-hours-minutes = { $hours } u { $minutes } min
shift-later = { $days ->
    [0] { $length } later
   *[other] { $minutes ->
        [0] { $days ->
            [one] { $days } dag later
           *[other] { $days } dagen later
        }
       *[other] { $days ->
            [one] { $days } dag en { $length } later
           *[other] { $days } dagen en { $length } later
        }
    }
}
shift-earlier = { $days ->
    [0] { $length } eerder
   *[other] { $minutes ->
        [0] { $days ->
            [one] { $days } dag eerder
           *[other] { $days } dagen eerder
        }
       *[other] { $days ->
            [one] { $days } dag en { $length } eerder
           *[other] { $days } dagen en { $length } eerder
        }
    }
}
countdown-now = nu
countdown-in = over { $length }
countdown-days = over { $days } dagen
countdown-tomorrow = morgen

## Places
place-aachen = Aken
place-amsterdam = Amsterdam
place-auckland = Auckland
place-bangkok = Bangkok
place-beijing = Peking
place-berlin = Berlijn
place-cambridge-ma = Cambridge, Massachusetts
place-chicago = Chicago
place-delft = Delft
place-gdansk = Gdańsk
place-gothenburg = Göteborg
place-hangzhou = Hangzhou
place-houston = Houston
place-london = Londen
place-madrid = Madrid
place-manchester = Manchester
place-milan = Milaan
place-moscow = Moskou
place-munich = München
place-nairobi = Nairobi
place-new-york = New York
place-oslo = Oslo
place-paris = Parijs
place-rome = Rome
place-saint-petersburg = Sint-Petersburg
place-santiago = Santiago
place-shanghai = Sjanghai
place-singapore = Singapore
place-stockholm = Stockholm
place-toronto = Toronto
place-trondheim = Trondheim
place-ulaanbaatar = Ulaanbaatar
place-valencia = Valencia
place-warsaw = Warschau
place-zuerich = Zürich
place-zurich = Zürich

## Engine: conflicts and their hints

conflict-resource-cohort = Groep { $name }
conflict-resource-lecturer = Docent { $name }
conflict-resource-room = Zaal { $name }

conflict-double-booked = { $resource } heeft op { $date } twee sessies, { $first_span } en { $second_span } lokale tijd in { $place } ({ $same ->
        [yes] twee keer { $first }
       *[no] { $first } en { $second }
    }, { $minutes } min overlap)

conflict-short-break = { $resource } heeft op { $date } maar { $gap } min tussen { $first } (eindigt { $first_end }) en { $second } (begint { $second_start }), lokale tijd in { $place }; de regel vraagt { $rule } min

conflict-busy = { $resource } is bezet op { $date }, { $busy } lokale tijd in { $place } ({ $calendar }), terwijl { $session } plaatsvindt ({ $meets })
conflict-busy-block = { $resource } is bezet op { $date }, { $busy } lokale tijd in { $place } ({ $block }, uit { $calendar }), terwijl { $session } plaatsvindt ({ $meets })

conflict-public-holiday = { $session } op { $date } valt op { $holiday }, een officiële feestdag bij { $campus } ({ $city }): de groepen daar zijn vrij
conflict-public-holiday-translated = { $session } op { $date } valt op { $holiday } ({ $english }), een officiële feestdag bij { $campus } ({ $city }): de groepen daar zijn vrij
conflict-lecture-free = { $session } op { $date } valt in de collegevrije periode van { $campus } ({ $period })
conflict-exam-period = { $session } op { $date } valt in de tentamenperiode { $ends_in_s ->
       *[other] van { $campus }
    } ({ $period })
conflict-closed = { $session } op { $date }: { $campus } is dan gesloten ({ $closure })
conflict-closed-unnamed = { $session } op { $date } valt op een sluitingsdag bij { $campus } (gesloten)

conflict-outside-term = { $session } op { $date } valt buiten het semester { $ends_in_s ->
       *[other] van { $campus }
    } ({ $start } – { $end })
conflict-other-weekday = { $session } op { $host_date } valt bij { $campus } op { $date }, { $span } lokale tijd in { $city }, en dat is daar geen lesdag
conflict-no-teaching-day = { $session } op { $date } valt op een dag waarop { $campus } geen onderwijs geeft ({ $span } lokale tijd in { $city })
conflict-outside-hours = { $session } op { $date } loopt { $span } lokale tijd in { $city }, buiten de onderwijstijden { $ends_in_s ->
       *[other] van { $campus }
    } ({ $hours })

conflict-skipped-time = { $session }: { $time } bestaat niet op { $date } in { $place } (de klok slaat { $from }–{ $to } over); verschoven tot nadat de klok is verzet
conflict-repeated-time = { $session }: { $time } komt op { $date } twee keer voor in { $place } (UTC{ $earlier } en UTC{ $later }); de eerste keer geldt

conflict-drift = { $session } ({ $weekdays } { $time } lokale tijd in { $place }) verschuift in de loop van het semester bij de partners: { $rows }
weekday-list = { $list }, { $day }

conflict-omitted = { $resource } heeft nog { $pairs } overlappende { $pairs ->
        [one] boeking
       *[other] boekingen
    } die niet in de lijst staan (Meridian toont per groep, docent of zaal { $conflicts } conflicten of { $overlaps } overlappingen)

conflict-repeats = { $message } (en op nog { $more } { $more ->
        [one] datum
       *[other] datums
    }, tot { $last })

drift-row = { $cities }: { $times }
drift-once = { $time } op { $date }
drift-until = { $time } tot { $date }
drift-from = { $time } vanaf { $date }
drift-between = { $time } van { $from } tot { $to }

hint-move-by = schuif { $session } { $minutes } min op
hint-move-after = schuif { $session } { $minutes } min op naar { $hour ->
   *[other] { $time }
}, na { $after }
hint-move-when-free = schuif { $session } { $minutes } min op naar { $hour ->
   *[other] { $time }
}, zodra { $resource } vrij is
hint-move-room-free = schuif { $session } { $minutes } min op naar { $hour ->
   *[other] { $time }
}: { $room } is die dag { $free } vrij
hint-no-free-time = { $resource } heeft later die dag geen { $minutes } min vrij
hint-common-window = die dag zitten alle deelnemers { $span } lokale tijd in { $place } binnen hun onderwijstijden
hint-skip-or-move = sla deze datum over of verplaats de sessie op die dag
hint-exams = studenten hebben misschien tentamens: verplaats de sessie naar buiten de tentamenperiode, of laat die staan als dat niet zo is
hint-avoid-switch-hour = kies een kloktijd buiten het uur waarin de klok wordt verzet
hint-fix-listed-first = los eerst de dubbele boekingen bovenaan op: meestal zijn kopieën van één sessie de oorzaak

resolution-gap = { $time } bestaat niet op { $date } (de klok slaat { $from }–{ $to } over)
resolution-fold = { $time } komt op { $date } twee keer voor (UTC{ $earlier } en UTC{ $later })
resolution-gap-in = { $time } bestaat niet op { $date } in { $zone } (de klok slaat { $from }–{ $to } over)
resolution-fold-in = { $time } komt op { $date } twee keer voor in { $zone } (UTC{ $earlier } en UTC{ $later })

suggestion-errors = { $count ->
        [one] { $count } fout
       *[other] { $count } fouten
    }
suggestion-warnings = { $count ->
        [one] { $count } waarschuwing
       *[other] { $count } waarschuwingen
    }
suggestion-errors-warnings = { $errors }, { $warnings }
suggestion-none = geen conflicten

## Engine: errors a user can act on

error-unknown-zone = onbekende tijdzone “{ $name }”; gebruik een IANA-naam zoals Europe/Berlin
error-unknown-zone-suggestions = onbekende tijdzone “{ $name }”; bedoel je { $suggestions }?
error-bad-date-time = kan “{ $text }” niet lezen als datum of tijd; verwacht: { $expected }
shape-date = JJJJ-MM-DD
shape-time = UU:MM
shape-date-time = JJJJ-MM-DDTUU:MM
shape-time-range = UU:MM-UU:MM
shape-instant = RFC 3339, bijv. 2026-03-29T01:30:00Z
error-unknown-disambiguation = onbekende keuze “{ $text }” voor dubbelzinnige tijden; gebruik compatible, earlier, later of reject
error-nonexistent-local-time = { $local } bestaat niet in { $zone }: de klok slaat die dag { $skipped } over; kies een andere tijd of gebruik --disambiguation compatible
error-ambiguous-local-time = { $local } komt twee keer voor in { $zone } (om UTC{ $earlier } en om UTC{ $later }); kies met --disambiguation earlier of later
error-out-of-range = { $text } valt buiten het bereik (jaren 1000 tot 9999)
error-syntax = regel { $line }, kolom { $column }: { $problem }
error-unsupported-format = deze versie van Meridian kan formaat “{ $found }” niet lezen (ze leest “{ $format }”); komt het bestand uit een nieuwere versie van Meridian, open het daar dan
error-invalid = { $path }: { $problem }
error-too-large-to-share = deze planning is te groot voor een deellink: er zijn { $size } { $what ->
    [characters] tekens in de link
   *[bytes] bytes uitgepakt
} nodig, en een link kan er hoogstens { $limit } bevatten; deel de planning in plaats daarvan als bestand
error-holiday-file = feestdagenbestand: { $problem }
error-holiday-file-line = feestdagenbestand, regel { $line }: { $problem }
error-unknown-country = “{ $text }” is geen landcode; gebruik twee letters (ISO 3166), eventueel met een regio na een koppelteken: DE, DE-BE, US-TX
error-unknown-region-none = { $country } heeft geen regio “{ $region }” in het feestdagenbestand; er staan alleen feestdagen voor het hele land in
error-unknown-region = { $country } heeft geen regio “{ $region }” in het feestdagenbestand; wel { $regions }{ $more ->
    [0] {""}
   *[other] {" "}en nog { $more }
}
error-calendar-file = agendabestand: { $problem }
error-calendar-file-line = agendabestand, regel { $line }: { $problem }
problem-calendar-file-too-large = het bestand is { $size } MB; Meridian leest agendabestanden tot { $max } MB (exporteer een kortere periode)
problem-calendar-not-icalendar = dit is geen iCalendar-bestand (het hoort te beginnen met BEGIN:VCALENDAR)
problem-calendar-starts-with-continuation = het bestand begint met een vervolgregel
problem-calendar-not-a-line = “{ $text }” is geen agendaregel (NAAM:waarde)
problem-calendar-end-without-begin = END:{ $what } past niet bij de laatst geopende BEGIN
problem-calendar-cut-off = het bestand eindigt vóór END:VCALENDAR (is het afgekapt?)
problem-calendar-not-a-date-time = “{ $text }” is geen datum (YYYYMMDD) en geen datum met tijd (YYYYMMDDTHHMMSS)
problem-calendar-date-time-out-of-range = “{ $text }” valt buiten het bereik
problem-calendar-date-out-of-range = datum buiten het bereik
problem-calendar-not-a-duration = “{ $text }” is geen duur zoals PT1H30M
problem-calendar-negative-duration = de afspraak duurt { $text }: een duur kan niet negatief zijn
problem-calendar-ends-before-start = de afspraak eindigt (DTEND) voordat hij begint (DTSTART)
problem-calendar-rdate-periods = RDATE met perioden (begin/einde) wordt niet ondersteund; geef datums of datums met tijd
problem-calendar-too-many-events = de agenda levert meer dan { $max } afspraken op in het semester; exporteer een kortere periode
problem-calendar-no-freq = in de herhaalregel ontbreekt FREQ
problem-calendar-freq-not-read = FREQ={ $freq } wordt niet ondersteund; Meridian leest afspraken die dagelijks of wekelijks terugkomen
problem-calendar-interval = INTERVAL={ $text } is geen positief getal
problem-calendar-count = COUNT={ $text } is geen getal
problem-calendar-until-out-of-range = UNTIL buiten het bereik
problem-calendar-byday = BYDAY={ $day } wordt niet ondersteund (alleen gewone weekdagen zoals MO,WE)
problem-calendar-rule-part = het deel { $part } van de herhaalregel wordt niet ondersteund; Meridian leest dagelijkse en wekelijkse regels (FREQ, INTERVAL, COUNT, UNTIL, BYDAY)
problem-calendar-unknown-zone = onbekende tijdzone “{ $name }”; Meridian leest IANA-namen zoals Europe/Berlin, Windows-namen zoals W. Europe Standard Time en tijdzones die het bestand zelf in een VTIMEZONE-blok definieert
problem-calendar-zone-rule-without = een tijdzoneregel zonder { $property }
problem-calendar-not-an-offset = “{ $text }” is geen UTC-offset zoals +0100
problem-calendar-zone-rule-part = het deel { $part } van de tijdzoneregel wordt niet ondersteund; Meridian leest jaarlijkse regels per maand en weekdag (BYMONTH=3;BYDAY=-1SU)
problem-calendar-zone-rule-without-month = een tijdzoneregel zonder BYMONTH wordt niet ondersteund; Meridian leest jaarlijkse regels per maand en weekdag (BYMONTH=3;BYDAY=-1SU)
problem-calendar-too-many-switches = in deze tijdzone wordt de klok in de ingelezen jaren meer dan { $max } keer verzet
problem-calendar-schedule-term-out-of-range = het semester van de planning valt buiten het bereik
problem-calendar-term-out-of-range = het semester valt buiten het bereik
problem-holiday-file-too-large = het bestand is { $bytes } bytes groot; een feestdagenbestand mag hoogstens { $max } bytes groot zijn
problem-holiday-not-utf8 = byte { $byte } is geen geldige UTF-8-tekst
problem-holiday-cut-off = het bestand eindigt niet op een regeleinde: het is afgekapt
problem-holiday-empty = het bestand is leeg
problem-holiday-not-a-holiday-file = “{ $found }” is geen feestdagenbestand van deze versie van Meridian (die leest { $format })
problem-holiday-ends-before = het bestand eindigt vóór de regel `{ $key }`
problem-holiday-expected-header = regel `{ $key }` verwacht, “{ $found }” gevonden
problem-holiday-not-a-country-code = “{ $text }” is geen landcode (twee hoofdletters)
problem-holiday-expected-years = `years FIRST LAST` verwacht, “{ $found }” gevonden
problem-holiday-not-a-year = “{ $text }” is geen jaartal (YYYY, 1000–9999)
problem-holiday-year-span = jaren { $first } tot en met { $last }: het eerste mag niet na het laatste liggen, en een bestand mag hoogstens { $max } jaar beslaan
problem-holiday-not-a-locale = “{ $text }” is geen taalcode zoals de of en_US
problem-holiday-dash-not-alone = `-` moet alleen staan
problem-holiday-not-a-region-code = “{ $text }” is geen regiocode (1 tot en met { $max } tekens, niet * of -)
problem-holiday-too-many-regions = een bestand mag hoogstens 65.535 regio's bevatten
problem-holiday-region-twice = regio “{ $code }” staat er twee keer in
problem-holiday-too-few-fields = een feestdagregel heeft 5 velden, gescheiden door tabs (datum, soort, bereik, lokale naam, Engelse naam); deze heeft er { $fields }
problem-holiday-too-many-fields = een feestdagregel heeft 5 velden, gescheiden door tabs (datum, soort, bereik, lokale naam, Engelse naam); deze heeft er meer
problem-holiday-not-a-date = “{ $text }” is geen datum (YYYY-MM-DD) uit de jaren { $first }–{ $last } van het bestand
problem-holiday-out-of-date-order = de feestdagen staan niet op datumvolgorde
problem-holiday-not-a-kind = “{ $text }” is geen geldige soort (- feestdag, o verschoven feestdag, s vervangende feestdag)
problem-holiday-not-a-region = “{ $code }” is geen regio uit het bestand (of - vooraan, voor de kalender van het hele land)
problem-holiday-region-out-of-order = regio “{ $code }” wijkt af van de volgorde in de regel `regions`, of staat er twee keer in
problem-holiday-empty-name = { $field ->
    [source] de bron
    [local-name] de lokale naam
   *[english-name] de Engelse naam
} is leeg
problem-holiday-control-character = { $field ->
    [source] de bron
    [local-name] de lokale naam
   *[english-name] de Engelse naam
} bevat een stuurteken

link-not-a-link = dit is geen Meridian-link: een planningslink bevat “#s1.” tot en met “#s{ $newest }.” (“#Q1.” tot en met “#Q{ $newest }.” uit een QR-code), gevolgd door letters en cijfers
link-cut-off = deze link is afgekapt: kopieer de hele link opnieuw (mail- en chatapps breken lange links soms af)
link-newer = deze link is gemaakt door een nieuwere Meridian (linkversie { $version }; deze leest versie { $supported }): open hem met de nieuwste Meridian
link-damaged = deze link is beschadigd (er zijn tekens veranderd): vraag de afzender hem opnieuw te sturen
link-too-long = deze link is groter dan elke planning die Meridian deelt (limiet { $limit }): hij is niet door Meridian gemaakt
link-invalid-schedule = deze link is intact, maar de planning erin is niet geldig ({ $problem }): hij is niet door deze Meridian gemaakt; vraag de afzender om het planningsbestand

problem-not-utf8 = byte { $byte } ({ $value }) is geen UTF-8-tekst; sla het bestand op als UTF-8
problem-file-too-large = het bestand heeft { $bytes } bytes; Meridian leest planningen van hoogstens { $max } bytes
problem-odd-byte-utf16 = een losse byte aan het eind van een UTF-16-tekst; sla het bestand op als UTF-8 of UTF-16
problem-lone-surrogate = een los surrogaat in een UTF-16-tekst; sla het bestand op als UTF-8 of UTF-16
problem-not-an-object = een planning is een JSON-object ({"{"} "format": "{ $format }", … {"}"})
problem-misplaced-list = is een lijst ([…]) waar het formaat een object ({"{"}…{"}"}) of één waarde verwacht; zie docs/schedule-format.md
problem-json-ends-inside = het bestand eindigt { $part ->
    [list] midden in een lijst: bij een `[` ontbreekt de afsluitende `]` (is het bestand afgekapt?)
    [object] midden in een object: bij een `{"{"}` ontbreekt de afsluitende `{"}"}` (is het bestand afgekapt?)
    [text] midden in een tekst: bij een `"` ontbreekt de afsluitende `"` (is het bestand afgekapt?)
   *[value] waar een waarde zou moeten volgen (is het bestand leeg of afgekapt?)
}
problem-json-expected-token = { $token ->
    [colon] na de naam ontbreekt een `:`
    [comma-or-list-end] er ontbreekt een `,` tussen twee elementen of een `]` om de lijst te sluiten
    [comma-or-object-end] er ontbreekt een `,` tussen twee velden of een `{"}"}` om het object te sluiten
    [quote] hier wordt een naam tussen aanhalingstekens (`"`) verwacht
    [literal] `true`, `false` of `null` is hier verkeerd gespeld
   *[value] hier wordt een waarde verwacht: tekst tussen aanhalingstekens, een getal, `true`, `false`, `null`, een lijst of een object
}
problem-json-invalid-escape = na een `\` in een tekst volgt een teken dat daar niet mag staan (schrijf `\\` voor een backslash)
problem-json-invalid-number = een getal is geschreven op een manier die het bestandsformaat niet toestaat (zoals `01`, `1.` of `+1`)
problem-json-number-out-of-range = een getal is te groot om te lezen
problem-json-invalid-unicode = een tekencode met `\u` staat voor geen geldig teken
problem-json-control-character = een tekst bevat een echt regeleinde of een echte tab; schrijf een regeleinde als `\n` en een tab als `\t`
problem-json-key-not-text = een naam in een object moet tussen aanhalingstekens staan, zoals in `"name": value`
problem-json-trailing-comma = er staat een `,` vóór een sluitende `]` of `{"}"}`; verwijder die
problem-json-text-after-end = na het einde van de gegevens volgt nog meer tekst
problem-json-too-deep = lijsten en objecten zijn meer dan 128 niveaus diep genest
problem-json-found = { $kind ->
    [text] de tekst “{ $text }”
    [number] het getal { $text }
    [bool] `{ $text }`
    [null] `null`
    [list] een lijst
   *[object] een object
}
problem-json-expected = { $kind ->
    [text] tekst tussen aanhalingstekens
    [whole-number] een geheel getal
    [number] een getal
    [bool] `true` of `false`
    [null] `null`
    [list] een lijst (`[…]`)
   *[object] een object (`{"{"}…{"}"}`)
}
problem-json-wrong-type = hier staat { $found } waar { $expected } wordt verwacht
problem-json-out-of-range = { $found } valt buiten het toegestane bereik: verwacht wordt een geheel getal van { $min } tot en met { $max }
problem-json-unknown-field = “{ $field }” is hier geen veld (typfout?); mogelijke velden: { $allowed }
problem-json-no-fields = “{ $field }” is hier geen veld; op deze plek horen geen velden
problem-json-unknown-value = “{ $value }” is hier niet toegestaan; toegestaan zijn { $allowed }
problem-json-wrong-length = de lijst heeft { $length ->
    [one] { $length } element
   *[other] { $length } elementen
}, maar er { $expected ->
    [one] wordt { $expected } element verwacht
   *[other] worden { $expected } elementen verwacht
}
problem-json-wrong-length-any = de lijst heeft { $length ->
    [one] { $length } element
   *[other] { $length } elementen
}; die lengte is hier niet toegestaan
problem-json-duplicate-field = het veld “{ $field }” is twee keer opgegeven
problem-json-missing-field = ontbreekt; hier moet het veld “{ $field }” worden opgegeven
problem-format-not-string = moet de tekenreeks "{ $format }" zijn
problem-format-missing = ontbreekt; een Meridian-planning begint met "format": "{ $format }"
problem-id-empty = mag niet leeg zijn
problem-no-campus = een planning heeft minstens één campus nodig
problem-id-missing = elke { $item ->
    [campus] campus
    [cohort] groep
    [lecturer] docent
    [room] zaal
    [session] sessie
   *[busy-calendar] bezettingsagenda
} heeft een id nodig
problem-duplicate-id = twee { $item ->
    [campus] campussen
    [cohort] groepen
    [lecturer] docenten
    [room] zalen
    [session] sessies
   *[busy-calendar] bezettingsagenda's
} hebben de id “{ $id }”
problem-campus-code = campus “{ $campus }” heeft een code van 1 tot 5 tekens nodig, bijv. “BER”
problem-campus-region = campus “{ $campus }” heeft een regio van 1 tot { $max } tekens nodig, zoals die in de feestdagengegevens heet, bijv. “BE” voor DE-BE
problem-period-ends-before-start = periode “{ $name }” eindigt voordat die begint
problem-closure-ends-before-start = sluiting “{ $name }” eindigt voordat die begint
problem-cohort-campus-missing = groep “{ $cohort }” hoort bij campus “{ $campus }”, die niet in deze planning staat
problem-room-campus-missing = zaal “{ $room }” ligt op campus “{ $campus }”, die niet in deze planning staat
problem-lecturer-campus-missing = docent “{ $lecturer }” werkt op campus “{ $campus }”, die niet in deze planning staat
problem-busy-target-missing = bezettingsagenda “{ $busy }” geldt voor { $item ->
    [campus] campus
    [cohort] groep
    [lecturer] docent
   *[room] zaal
} “{ $id }”, die niet in deze planning staat
problem-session-reference-missing = sessie “{ $session }” verwijst naar { $item ->
    [host-campus] organiserende campus
    [cohort] groep
    [lecturer] docent
   *[room] zaal
} “{ $id }”, die niet in deze planning staat
problem-busy-target-not-one = bezettingsagenda “{ $busy }” moet voor precies één campus, groep, docent of zaal gelden
problem-busy-block-ends-before-start = bezet blok “{ $title }” eindigt voordat het begint
problem-busy-block-too-long = bezet blok “{ $title }” duurt langer dan 136 jaar; een deellink kan het niet bevatten
problem-session-length = sessie “{ $session }” moet tussen 1 minuut en 7 dagen duren
problem-change-without-occurrence = sessie “{ $session }” vindt niet plaats op { $date }, dus er valt niets te wijzigen
problem-change-length = moet tussen 1 minuut en 7 dagen liggen
problem-repeat-interval = moet tussen 1 en 52 weken liggen
problem-repeat-count = moet minstens 1 zijn
problem-until-and-count = geef until of count op, niet allebei
problem-until-before-start = sessie “{ $session }” wordt herhaald tot { $until }, maar dat is vóór de eerste datum ({ $first })
problem-term-ends-before-start = het semester eindigt ({ $end }) voordat het begint ({ $start })
problem-term-too-long = een semester mag hoogstens een jaar duren
problem-seconds = “{ $text }” bevat seconden; een planning werkt op de minuut: schrijf { $pattern }
problem-fraction-of-second = “{ $text }” bevat een fractie van een seconde; Meridian rekent met hele seconden
problem-not-a-weekday = “{ $text }” is geen weekdag; gebruik mon, tue, wed, thu, fri, sat of sun
problem-weekday-twice = { $day } is twee keer opgegeven; geef de onderwijstijden per weekdag maar één keer op
problem-hours-end-before-start = onderwijstijden “{ $text }” eindigen voordat ze beginnen
problem-no-demo = geen demoplanning met de naam “{ $name }”
problem-unknown = de planning heeft geen { $item ->
    [campus] campus
    [cohort] groep
    [lecturer] docent
   *[room] zaal
} “{ $id }”
problem-nothing-to-change = er is geen { $item ->
    [campus] campus
    [cohort] groep
    [lecturer] docent
    [room] zaal
    [session] sessie
   *[busy-calendar] bezettingsagenda
} “{ $id }” in deze planning om te wijzigen
problem-no-campus-chosen = kies minstens één campus
problem-too-many-at-once = hoogstens { $max } campussen en { $max } groepen, docenten en zalen tegelijk
problem-map-length = een sessie duurt van 5 minuten tot een week
problem-answer-count = { $questions } vragen hebben { $questions } antwoorden nodig, niet { $answers }
problem-not-a-fingerprint = “{ $text }” is geen vingerafdruk: die bestaat uit 11 letters, cijfers, - of _
problem-view-link-extra-session = een bekijklink bevat een sessie waaraan de campus of groep van die link niet deelneemt
problem-no-occurrence = “{ $title }” vindt niet plaats op { $date }
problem-no-occurrence-to-change = “{ $title }” vindt niet plaats op { $date }, dus er valt niets te wijzigen
problem-no-occurrence-to-cancel = “{ $title }” vindt niet plaats op { $date }, dus er valt niets te schrappen
problem-occurrence-length = “{ $title }” kan niet korter dan 5 minuten of langer dan een week duren
problem-too-far-to-move = zo ver kan het niet verplaatst worden
problem-series-too-far = “{ $title }” kan niet zo ver verplaatst worden
problem-weeks-wrap = “{ $title }” vindt om de { $interval } weken plaats; als je het { $days ->
    [one] { $days } dag
   *[other] { $days } dagen
} verplaatst, vallen sommige dagen in weken waarin het niet plaatsvindt. Verplaats het binnen de week of met hele weken, of wijzig de dagen in het formulier
problem-one-off = “{ $title }” is een eenmalige sessie: verwijder die in plaats daarvan
problem-session-gone = die sessie staat niet meer in de planning
problem-only-campus = { $campus } is de enige campus van de planning; voeg eerst een andere toe
problem-campus-teaches = { $campus } kan niet worden verwijderd zolang die campus { $sessions } organiseert; laat { $count ->
    [one] die sessie
   *[other] die sessies
} eerst door een andere campus organiseren
problem-titles-one = “{ $first }”
problem-titles-two = “{ $first }” en “{ $second }”
problem-titles-more = “{ $first }”, “{ $second }” en nog { $more }
problem-not-in-schedule = er is geen { $item ->
    [campus] campus
    [cohort] groep
    [lecturer] docent
   *[room] zaal
} “{ $id }” in deze planning
problem-name-empty = een planning heeft een naam nodig
problem-period-needs-name = een periode heeft een naam nodig, bijv. “Wintertentamens”
problem-period-exists = campus “{ $campus }” heeft al een periode “{ $period }”
problem-academic-entry = een item in de academische kalender op { $date } heeft geen naam of eindigt voordat het begint
problem-period-gone = die periode staat niet meer in de planning
problem-rotation-empty = de rotatie heeft geen tijdslot of geen week

## Engine: what changed between two versions

change-group-schedule = Planning
change-group-busy = Bezette tijd
change-group-people = Mensen en zalen
change-renamed-quoted = hernoemd “{ $before }” → “{ $after }”
change-id = identiteit “{ $before }” → “{ $after }” (twee verschillende planningen)
change-alliance = { $state ->
    [added] alliantie toegevoegd: “{ $after }”
    [removed] alliantie verwijderd (was “{ $before }”)
   *[changed] alliantie “{ $before }” → “{ $after }”
}
change-term = semester { $before } → { $after }
change-term-span = { $start } – { $end } { $year }
change-breaks = minimale pauze tussen sessies { $before } → { $after }
change-busy-removed = “{ $name }” verwijderd
change-busy-blocks = “{ $name }”: { $before } blokken → { $after }
change-busy-added = “{ $name }” toegevoegd ({ $blocks ->
    [one] { $blocks } blok
   *[other] { $blocks } blokken
})
change-busy-renamed = “{ $before }” hernoemd tot “{ $after }”
change-busy-whose = “{ $name }”: geldt voor { $before } → { $after }
change-busy-times = “{ $name }”: { $blocks ->
    [one] { $blocks } blok op een ander tijdstip
   *[other] { $blocks } blokken op andere tijdstippen
}
change-busy-titles = “{ $name }”: { $blocks ->
    [one] { $blocks } blok met een andere titel
   *[other] { $blocks } blokken met andere titels
}
change-campus-removed = campus { $name } verwijderd
change-campus-renamed = hernoemd { $before } → { $after }
change-zone = tijdzone { $before } → { $after }
change-hours = onderwijstijden op { $day } { $before } → { $after }
change-no-teaching = geen onderwijs
change-campus-term = semester { $before } → { $after }
change-schedules-term = zoals in de planning
change-closure-span = { $start } – { $end } ({ $name })
change-closure-day = { $start } ({ $name })
change-reopened = niet meer gesloten: { $closure }
change-closed = gesloten: { $closure }
change-campus-short = korte naam { $before } → { $after }
change-campus-code = { $state ->
    [added] code { $after } (was afgeleid van de korte naam)
    [removed] code afgeleid van de korte naam (was { $before })
   *[changed] code { $before } → { $after }
}
change-campus-city = stad { $before } → { $after }
change-campus-country = land { $before } → { $after }
change-campus-region = { $state ->
    [added] feestdagenregio { $after } (was alleen landelijke feestdagen van { $country })
    [removed] alleen landelijke feestdagen van { $country } (was feestdagenregio { $before })
   *[changed] feestdagenregio { $before } → { $after }
}
change-holiday-off = toch onderwijs op { $date }, hoewel het een officiële feestdag is
change-holiday-on = { $date } is weer een officiële feestdag: geen onderwijs
change-period-added = { $kind ->
    [exams] tentamenperiode
   *[lecture-free] collegevrije periode
} toegevoegd: { $start } – { $end } ({ $name })
change-period-removed = { $kind ->
    [exams] tentamenperiode
   *[lecture-free] collegevrije periode
} verwijderd: { $start } – { $end } ({ $name })
change-campus-added = campus { $name } toegevoegd ({ $zone })
change-when = { $days } { $span } ({ $place })
change-day-span = { $weekday } { $span }
change-day-time = { $weekday } { $time }
change-lengths = { $before } → { $after }
change-session-removed = verwijderd ({ $when })
change-session-added = toegevoegd ({ $when })
change-series-added = toegevoegd ({ $when }), herhaling { $repeat }
change-series-removed = verwijderd ({ $when }), met herhaling { $repeat }
change-every = { $interval ->
    [1] elke week
   *[other] om de { $interval } weken
}
change-repeat-until = { $every } tot en met { $date }
change-repeat-count = { $every }, { $count } keer
change-repeat-term = { $every } tot het einde van het semester
change-moved = verplaatst van { $before } naar { $after }
change-longer = langer: { $lengths } (nu { $when })
change-shorter = korter: { $lengths } (nu { $when })
change-hosted = organiserende campus { $before } → { $after }
change-now-repeats = wordt nu herhaald: { $repeat }
change-once = vindt nu één keer plaats
change-cancelled = vervalt op { $date }
change-again = gaat weer door op { $date }
change-weeks = herhaling { $after } (was { $before })
change-week = alleen die week ({ $date }): { $what }
change-usual = terug naar de gewone tijd en zalen
change-week-at = om { $time }
change-week-for = duur { $length }
change-week-rooms = in andere zalen
change-cohorts = groepen { $before } → { $after }
change-lecturer = docent { $before } → { $after }
change-rooms = zalen { $before } → { $after }
change-none = geen
change-course = { $state ->
    [added] vak toegevoegd: “{ $after }”
    [removed] vak verwijderd (was “{ $before }”)
   *[changed] vak “{ $before }” → “{ $after }”
}
change-link = { $state ->
    [added] link naar online bijeenkomst toegevoegd: “{ $after }”
    [removed] link naar online bijeenkomst verwijderd (was “{ $before }”)
   *[changed] link naar online bijeenkomst “{ $before }” → “{ $after }”
}
change-notes = { $state ->
    [added] notities toegevoegd: “{ $after }”
    [removed] notities verwijderd (waren “{ $before }”)
   *[changed] notities “{ $before }” → “{ $after }”
}
change-kind = nu { $kind ->
    [joint-lecture] een gezamenlijk college
    [lecture] een hoorcollege
    [lab] een practicum
    [seminar] een seminar
    [tutorial] een werkcollege
    [exam] een tentamen
    [office-hours] een spreekuur
   *[other] iets anders
}
change-person-removed = { $what ->
    [cohort] groep
    [lecturer] docent
   *[room] zaal
} { $name } verwijderd
change-person-added = { $what ->
    [cohort] groep
    [lecturer] docent
   *[room] zaal
} { $name } toegevoegd
change-person-renamed = { $what ->
    [cohort] groep
    [lecturer] docent
   *[room] zaal
} { $before } hernoemd tot { $after }
change-person-campus = { $what ->
    [cohort] groep
    [lecturer] docent
   *[room] zaal
} { $name }: campus { $before } → { $after }
change-person-size = { $what ->
    [cohort] groep { $name }: grootte { $before } → { $after }
   *[room] zaal { $name }: plaatsen { $before } → { $after }
}
change-not-given = niet opgegeven

compare-group = { $group }:
compare-not-alone = samen met een ander verschil gewijzigd (kan niet los worden overgenomen)
compare-campus = Campus
compare-mine = Van mij
compare-theirs = Van hen
compare-yours = Van jou
compare-after = Erna
compare-no-effect = Geen verandering in de conflicten.
compare-new-conflict = Nieuw conflict: { $conflict }
compare-resolved = Opgelost: { $conflict }
compare-other-link = de versie uit de link
compare-other-file = “{ $name }”
compare-other-tab = de versie die in een ander tabblad is opgeslagen
compare-other-kept = een bewaarde versie
compare-title = “{ $name }” vergelijken met { $other }
compare-lead-three-way = Beide versies komen voort uit een versie die deze browser heeft gedeeld of ontvangen, dus wat maar aan één kant is gewijzigd, wordt overgenomen zoals het is; { $mine ->
    [0] je hebt sindsdien niets gewijzigd.
    [one] je ene wijziging sindsdien blijft staan.
   *[other] je { $mine } wijzigingen sindsdien blijven staan.
}
compare-no-questions = Jij en de andere kant hebben niet hetzelfde punt gewijzigd: er zijn geen vragen te beantwoorden.
compare-questions = { $count ->
    [one] 1 punt is
   *[other] { $count } punten zijn
} aan beide kanten gewijzigd: kies voor elk “van mij” of “van hen”.
compare-lead-two-way = Deze versie gaat niet terug op een versie die deze browser heeft gedeeld of ontvangen, dus elk verschil wordt apart aangeboden: vink uit wat je niet wilt overnemen.
compare-questions-title = Aan beide kanten gewijzigd
compare-question = Vraag { $number }
compare-mine-or-theirs = { $name }: van mij of van hen
compare-lead-mine-theirs = (van mij → van hen)
compare-theirs-rather = Die van hen in plaats van de mijne:
compare-changes-three-way = Wat de samenvoeging in jouw versie verandert ({ $count ->
    [one] 1 wijziging
   *[other] { $count } wijzigingen
})
compare-differences = Verschillen ({ $count })
compare-none = Geen.
compare-accept = Overnemen
compare-more = en nog { $count }
compare-choose = Kies “van mij” of “van hen” voor { $count ->
    [one] 1 punt
   *[other] { $count } punten
} om samen te voegen.
compare-cancel = Annuleren
compare-merge = Samenvoegen
compare-merge-changes = Samenvoegen ({ $count ->
    [one] 1 wijziging
   *[other] { $count } wijzigingen
})
compare-merge-differences = Samenvoegen ({ $accepted } van { $count ->
    [one] 1 verschil
   *[other] { $count } verschillen
})

compare-with-title = “{ $name }” vergelijken met…
compare-with-lead = Open een andere versie van deze planning – de link van een partner of een bestand – om te zien wat er veranderd is en die met de jouwe samen te voegen. Er verandert niets tot je samenvoegt.
compare-with-link = Een link om te bewerken
compare-with-this-link = Vergelijken met deze link
compare-with-or = of
compare-with-file = Vergelijken met een bestand…
compare-view-link = Dat is een link voor studenten (alleen-lezen, misschien voor één campus): plak een link om te bewerken.
compare-link-unread = Die link kon niet worden gelezen: { $problem }.
compare-file-unread-because = “{ $name }” kon niet worden gelezen: { $problem }.
compare-file-unread = “{ $name }” kon niet worden gelezen.

change-removed = { $what } verwijderd{ $sessions ->
    [0] {""}
    [one] ; uit 1 sessie gehaald
   *[other] ; uit { $sessions } sessies gehaald
}{ $busy ->
    [0] {""}
    [one] ; 1 bezettingsagenda is ook verwijderd
   *[other] ; { $busy } bezettingsagenda's zijn ook verwijderd
}.
change-removed-with = { $what } samen met { $with } verwijderd{ $sessions ->
    [0] {""}
    [one] ; uit 1 sessie gehaald
   *[other] ; uit { $sessions } sessies gehaald
}{ $busy ->
    [0] {""}
    [one] ; 1 bezettingsagenda is ook verwijderd
   *[other] ; { $busy } bezettingsagenda's zijn ook verwijderd
}.
change-removed-cohorts = { $count ->
    [one] 1 groep
   *[other] { $count } groepen
}
change-removed-rooms = { $count ->
    [one] 1 zaal
   *[other] { $count } zalen
}
change-removed-and = { $first } en { $second }

compare-changed-conflict = Gewijzigd conflict: { $conflict }
compare-conflict-dates = { $conflict } – { $dates }
compare-dates-gone = niet meer op { $dates }
compare-dates-added = nu ook op { $dates }
compare-dates-instead = nu in plaats daarvan op { $dates }
compare-dates-kept = nog op { $count ->
    [one] 1 andere datum
   *[other] { $count } andere datums
}
compare-dates-and = { $first }; { $second }
compare-dates-list = { $first }, { $second }
compare-dates-more = { $dates } en { $count ->
    [one] nog 1 datum
   *[other] nog { $count } datums
}

## Engine: best times and rotations

overlap-every-week = elke week
overlap-weeks-from = { $weeks ->
    [one] 1 week
   *[other] { $weeks } weken
} vanaf { $date }
overlap-outside-hours = { $weekday } { $time }, buiten de onderwijstijden ({ $span })
overlap-other-weekday = { $weekday } { $time }, daar geen lesdag ({ $span })
overlap-closed = gesloten wegens { $closure } ({ $span })
overlap-closed-unnamed = gesloten wegens een sluiting ({ $span })
overlap-outside-term = buiten het semester ({ $span })
overlap-clock-change = { $time } vanaf { $date }: { $why } ({ $weeks ->
    [one] 1 week
   *[other] { $weeks } weken
})
overlap-clocks-change = de klok wordt verzet
overlap-leaves-summer-time = { $place } gaat over op wintertijd
overlap-enters-summer-time = { $place } gaat over op zomertijd
overlap-clocks-move = in { $place } wordt de klok { $hours } u verzet
overlap-both = { $first } en { $second }
overlap-campus-reasons = { $campus }: { $reasons }
overlap-campus-fails = { $campus } valt af in { $failing } van { $weeks ->
    [one] 1 week
   *[other] { $weeks } weken
}: { $reasons }
overlap-booked = { $who } is bezet gedurende { $weeks ->
    [one] 1 week
   *[other] { $weeks } weken
} vanaf { $date }
overlap-someone = Iemand

rotation-tally = { $campus }: { $burdens }
rotation-tally-none = { $campus }: 0
rotation-burden = { $count } × { $kind ->
    [night] 's nachts
    [weekend] in het weekend
    [early] vroeg
    [late] laat
   *[outside-hours] buiten de onderwijstijden
}

## Engine: calendar files (ICS)

ics-calendar-name = { $schedule } · { $who }
ics-room = { $room }, { $campus }
ics-online = Online
ics-kind = { $kind ->
    [joint-lecture] gezamenlijk college
    [lecture] hoorcollege
    [lab] practicum
    [seminar] seminar
    [tutorial] werkcollege
    [exam] tentamen
    [office-hours] spreekuur
   *[other] overig
}
ics-course-kind = { $course } · { $kind }
ics-taught-from = Organiserende campus: { $campus } ({ $place })
ics-taught-from-elsewhere = Organiserende campus: { $campus } (tijden in lokale tijd van { $place })
ics-lecturer = Docent: { $name }
ics-join = Deelnemen: { $url }

## App: header, start page, banners, language menu, status lines

shell-brand = Meridian
page-title-planner = Meridian — gezamenlijke colleges over tijdzones heen
page-title-timetable = Rooster — Meridian
shell-footer-tzdb = IANA tzdb { $version }
shell-footer-version = Meridian { $version }
shell-footer-private = Alles blijft in deze browser
shell-campus-count = { $count ->
    [one] { $count } campus
   *[other] { $count } campussen
}
shell-view = Weergave
shell-planner = Planner
shell-my-timetable = Mijn rooster
shell-schedule = Planning
shell-shared-option = { $name } (gedeelde link)
shell-demos = Demo's
shell-my-schedules = Mijn planningen
shell-demo-enhance-autumn-2026 = ENHANCE · najaar 2026
shell-demo-gma-spring-2027 = Global MOOC Alliance · voorjaar 2027
shell-grid-in = Tijdzone van het raster
shell-your-time = Jouw tijd ({ $place })
shell-your-zone = Jouw tijdzone
shell-history = Geschiedenis
shell-undo = Ongedaan maken
shell-undo-title = Ongedaan maken (Ctrl+Z)
shell-redo = Opnieuw
shell-redo-title = Opnieuw (Ctrl+Shift+Z)
shell-new-session = Nieuwe sessie
shell-people = Campussen & mensen
shell-file = Bestand
shell-new-schedule = Nieuwe planning…
shell-open-my-schedules = Mijn planningen…
shell-import-busy = Bezette tijd importeren
shell-export-file = Bestand exporteren
shell-compare-with = Vergelijken met…
shell-open-file = Bestand openen
shell-share = Delen

language-menu-label = Taal
language-menu-title = Kies de taal van Meridian

banner-label = Gedeelde planning
banner-shared-copy = Gedeelde kopie.
banner-shared-copy-detail = Je hebt een planning geopend via een link of een bestand. Ze wordt pas in deze browser bewaard als je haar opslaat (of wijzigt); je eigen planningen blijven ongemoeid.
banner-identity-stored = Er is al een planning met deze identiteit opgeslagen
banner-already-stored = “{ $name }” staat al in je planningen. Deze kopie ermee vergelijken en samenvoegen, haar vervangen door deze kopie, of beide houden?
banner-compare-and-merge = Vergelijken en samenvoegen…
banner-replace = Vervangen
banner-keep-both = Beide houden
banner-cancel = Annuleren
banner-you-have = Je hebt “{ $name }” al in je planningen: bekijk wat er veranderd is en voeg de wijzigingen samen met jouw versie.
banner-compare-with-mine = Vergelijken met mijn versie…
banner-save = Opslaan in mijn planningen
banner-read-only = Rooster (alleen-lezen).
banner-read-only-for = Rooster voor { $whom } (alleen-lezen).
banner-read-only-detail = Gedeeld via een link: tijden staan in jouw tijdzone; er wordt niets opgeslagen.
banner-release-ready = Een nieuwere versie van Meridian staat klaar.
banner-release-reload = Opnieuw laden om deze te gebruiken

status-moved = { $title } { $shift } gezet.
status-resized = { $title } duurt nu { $length }.
status-deleted = { $title } verwijderd. Met Ongedaan maken komt de sessie terug.
status-added = { $title } toegevoegd.
status-session-saved = { $title } opgeslagen.
status-busy-imported = { $blocks ->
    [one] { $blocks } bezet blok geïmporteerd uit “{ $calendar }”: het telt mee in de conflictcontrole en is grijs in het raster.
   *[other] { $blocks } bezette blokken geïmporteerd uit “{ $calendar }”: ze tellen mee in de conflictcontrole en zijn grijs in het raster.
}
status-renamed = Hernoemd naar “{ $name }”.
status-occurrence-moved = { $title } op { $date } { $shift } gezet, alleen die week.
status-occurrence-resized = { $title } op { $date } duurt nu { $length }, alleen die week.
status-occurrence-saved = { $title } op { $date } opgeslagen, alleen die week.
status-occurrence-skipped = { $title } gaat op { $date } niet door. Met Ongedaan maken komt de sessie terug.
status-merged = { $changes ->
    [0] Samengevoegd: hier hoefde niets te veranderen.
    [one] Samengevoegd: 1 wijziging overgenomen uit de andere versie.
   *[other] Samengevoegd: { $changes } wijzigingen overgenomen uit de andere versie.
} Met Ongedaan maken ga je terug naar jouw versie.
status-rotation-accepted = { $slots ->
    [one] { $title } krijgt nu het eerlijkste wekelijkse tijdslot.
   *[other] { $title } rouleert nu tussen { $slots } wekelijkse tijdsloten, met elk een eigen reeks.
} Met Ongedaan maken wordt het weer zoals het was.
status-holiday-taught = { $campus } geeft op { $date } toch les, hoewel het { $holiday } is. Met Ongedaan maken wordt het weer een feestdag.
status-holiday-again = { $holiday } op { $date } is weer een feestdag bij { $campus }.
status-setup-saved = Campussen en mensen opgeslagen.
status-undone = Ongedaan gemaakt.
status-redone = Opnieuw uitgevoerd.
status-created = “{ $name }” aangemaakt. Voeg sessies toe met “Nieuwe sessie”; elke wijziging wordt in deze browser bewaard.
status-updated-from-tab = Bijgewerkt met de wijzigingen die in een ander tabblad in deze planning zijn gedaan.
status-merged-with-tab = Deze planning is ook in een ander tabblad gewijzigd: die wijzigingen en de jouwe blijven allebei bewaard.
status-changed-on-both-tabs = Deze planning is ook in een ander tabblad gewijzigd, en sommige dingen zijn in allebei gewijzigd: kies wat je wilt houden. Tot die tijd wordt er niets opgeslagen.
status-session-gone = Die sessie staat niet meer in de planning.
status-refused = Die wijziging kan niet: { $reason }
status-name-needed = Een planning heeft een naam nodig.
status-demo-not-loaded = De demoplanning kon niet worden geladen: { $reason }
status-link-unreadable = De link die je opende, kon niet worden gelezen: { $reason }.
status-link-unreadable-demo = De link die je opende, kon niet worden gelezen: { $reason }. In plaats daarvan zie je de demoplanning.
status-file-not-opened = “{ $file }” is niet geopend en er is niets veranderd: { $reason }.
status-file-unreadable = “{ $file }” kon niet worden gelezen.
status-storage-open = Die planning kon niet worden geopend: { $reason }.
status-storage-open-last = Je laatste planning kon niet worden geopend: { $reason }.
status-storage-list = Je opgeslagen planningen konden niet worden gelezen: { $reason }.
status-storage-compare = Je opgeslagen versie kon niet worden gelezen om mee te vergelijken: { $reason }.
status-storage-autosave = Je laatste wijziging staat hier open, maar is niet opgeslagen: { $reason }.
status-storage-remember = Een versie is niet bewaard in de geschiedenis van deze planning: { $reason }.
status-storage-save = De planning is niet opgeslagen: { $reason }.
status-storage-remove = Niet verwijderd: { $reason }.
status-storage-other = Dat is niet gelukt: { $reason }.
status-zone-unknown = Geen tijdzone past bij “{ $text }”. Typ een stad (bijv. Trondheim) of een IANA-naam (bijv. Europe/Oslo).


holidays-not-loaded = De feestdagen van { $campus } ({ $country }) konden niet worden geladen: de conflictcontrole kent voor deze campus alleen de ingevoerde sluitingen. Laad de pagina opnieuw om het nog eens te proberen.
holidays-unknown-region = { $campus } heeft regio “{ $region }”, die niet voorkomt in de feestdagengegevens van { $country }: alleen de landelijke feestdagen van { $country } tellen mee in de conflictcontrole. Kies de regio bij “Campussen en mensen”.
holidays-year-not-covered = De feestdagengegevens van { $country } dekken { $year } niet: de feestdagen van { $campus } in dat jaar tellen niet mee in de conflictcontrole.
holidays-both-names = { $local } ({ $english })
holidays-student-notice = { $date }: { $name }, officiële feestdag bij { $campus }
holidays-student-notice-observed = { $date }: { $name }, officiële feestdag bij { $campus }, naar deze dag verschoven

## App: student timetable

timetable-label = Mijn rooster
timetable-my-campus = Mijn campus
timetable-all-campuses = Alle campussen
timetable-my-cohort = Mijn groep
timetable-all-cohorts = Alle groepen
timetable-add-to-calendar = Aan mijn agenda toevoegen (.ics)
timetable-next = Volgende: { $title } { $countdown } – { $date }, { $time } (jouw tijd)
timetable-no-more = Geen sessies meer dit semester.
timetable-time-changes = Tijdwijzigingen
timetable-public-holidays = Officiële feestdagen
timetable-show = Weergave
timetable-agenda = Lijst
timetable-week = Week
timetable-hide-earlier = Eerdere dagen verbergen
timetable-show-earlier = { $count ->
    [one] { $count } eerdere dag tonen
   *[other] { $count } eerdere dagen tonen
}
timetable-nothing = Geen sessies om te tonen.
timetable-skipped = vervalt deze week
timetable-moved = deze week verplaatst
timetable-skipped-date = vervalt
timetable-moved-date = verplaatst
timetable-meta = { $length } · tijd op de organiserende campus: { $host }
timetable-meta-rooms = { $length } · tijd op de organiserende campus: { $host } · { $rooms }
timetable-meta-elsewhere = { $length } · { $time } lokale tijd in { $city } · organiserende campus: { $campus }
timetable-meta-elsewhere-rooms = { $length } · { $time } lokale tijd in { $city } · organiserende campus: { $campus } · { $rooms }
timetable-host-time = { $time } in { $city } ({ $campus })
timetable-host-time-no-campus = { $time } in { $city }
timetable-room = { $room }, { $campus }
timetable-next-day = { $time } (volgende dag)
timetable-join = Online deelnemen
timetable-not-a-web-link = geen weblink
timetable-change = Vanaf { $date } begint { $title } om { $now } in plaats van { $was }.
timetable-change-why = Vanaf { $date } begint { $title } om { $now } in plaats van { $was } ({ $why }).
timetable-this-class = Deze sessie
timetable-switch-to-summer = { $city } gaat over op zomertijd
timetable-switch-from-summer = { $city } gaat over op wintertijd
timetable-term-label = Semester in één oogopslag
timetable-term-heading = Semester in één oogopslag – { $name }
timetable-times-in = Tijden in de lokale tijd van { $place } ({ $zone }).
timetable-column-session = Sessie
timetable-column-when = Tijd
timetable-column-dates = Datums
timetable-usual = { $weekday } { $time }
timetable-other-times = { $usual } (op { $count ->
    [one] { $count } datum
   *[other] { $count } datums
} op andere tijden)
timetable-dates = { $first } – { $last } · { $count ->
    [one] { $count } sessie
   *[other] { $count } sessies
}
timetable-opening-planner = De planner wordt geopend…
timetable-open-the-link = Open de studentenlink die je van je coördinator hebt gekregen om je rooster hier te zien.
timetable-opening = Het rooster wordt geopend…
timetable-plan-in-meridian = Een planning maken in Meridian

## App: planner grid, session form, conflicts panel, time finder, best times panel

week-nav = Weken van het semester
week-previous = Vorige week
week-next = Volgende week
week-pick = Week
week-label = Week { $week } · { $days } { $year }
week-position = semesterweek { $week } van { $weeks }
week-snap = Uitlijnen op
week-term-strip = Semester in één oogopslag: weken met conflicten of waarin de klok wordt verzet
week-cell = Week { $week } ({ $date }){ $conflicts ->
        [yes] , heeft conflicten
       *[no] {""}
    }{ $switch ->
        [yes] , de klok wordt verzet
       *[no] {""}
    }
week-switches = Deze week wordt de klok verzet
week-switch-forward = { $date }: { $campuses } – de klok gaat vooruit, { $from } → { $to } (nu UTC{ $offset })
week-switch-back = { $date }: { $campuses } – de klok gaat terug, { $from } → { $to } (nu UTC{ $offset })

grid-label = Sessies, tijden in { $zone }
grid-day-tabs = Dag
grid-day-count = { $count ->
        [one] { $count } sessie
       *[other] { $count } sessies
    }
grid-scroll = Weekraster, scrollbaar
grid-ruler-you = Jij
grid-ruler-your-time = Jouw tijd
grid-ruler = Tijdlijn { $name }
grid-ruler-closed = { $campus } is gesloten: { $days }
grid-ruler-offset = UTC{ $offset } · { $abbreviation }
grid-day-off = { $date }: { $holiday }
grid-legend = Rastertijden in { $zone } · de tijdlijnen tonen de lokale uren van elke campus, gearceerd buiten de onderwijstijden · wijs een sessie aan, geef haar focus of tik erop voor de lokale tijd op elke campus{ $editable ->
        [yes] {" "}· sleep over vrije tijd om een sessie toe te voegen
       *[no] {""}
    }

block-keys = Enter of dubbelklik: bewerken (alleen deze week of elke week); de pijltjestoetsen verplaatsen elke week met { $step } minuten of een dag; Shift met pijl omhoog of omlaag verandert de duur; Delete verwijdert de sessie (Ctrl+Z maakt dat ongedaan). Sleep om te verplaatsen, sleep de onderrand om de duur te veranderen.
block-resize = Sleep om de duur te veranderen
block-changed = Alleen deze week gewijzigd
block-busy-title = Bezet
block-busy = Bezet voor { $whose } (uit { $calendar }), { $time }
block-local-times = Lokale tijd op elke campus
block-other-day = andere dag
block-outside-hours = buiten de onderwijstijden
block-join = Online deelnemen
block-not-a-web-link = geen weblink

planner-cancel = Annuleren
planner-scope-move = “{ $title }” { $shift } zetten?
planner-scope-shorter = “{ $title }” { $length } korter maken?
planner-scope-longer = “{ $title }” { $length } langer maken?
planner-scope-why = Het is een wekelijkse reeks. Alleen de week wijzigen die je hebt gesleept, of elke week van de reeks?
planner-scope-this-week = Alleen deze week ({ $date })
planner-scope-every-week = Elke week
planner-main = Weekraster

conflicts-label = Conflicten
conflicts-title = Conflicten
conflicts-counts = { $errors ->
        [one] { $errors } fout
       *[other] { $errors } fouten
    } · { $warnings ->
        [one] { $warnings } waarschuwing
       *[other] { $warnings } waarschuwingen
    } · { $notes ->
        [one] { $notes } opmerking
       *[other] { $notes } opmerkingen
    }
conflicts-checking-short = controleren…
conflicts-progress = Conflicten controleren
conflicts-checking = De planning wordt gecontroleerd…
conflicts-checking-changed = De gewijzigde planning wordt gecontroleerd… De lijst hieronder is van vóór de wijziging.
conflicts-none = Geen conflicten: elke sessie past op elke campus, elke week.
conflicts-errors = Fouten ({ $count })
conflicts-warnings = Waarschuwingen ({ $count })
conflicts-notes = Verschuivingen door het verzetten van de klok en opmerkingen ({ $count })
conflicts-drift-caption = Lokale begintijd op elke campus gedurende het semester
conflicts-show-week = Week van { $date } tonen
conflicts-find = Tijd zoeken voor { $title }
conflicts-find-week = Tijd zoeken voor { $title }, alleen op { $date }
conflicts-teach-anyway = Toch lesgeven op { $holiday }
conflicts-show-more = Nog { $count } tonen
conflicts-hint = Tip: { $hint }

planner-drag-label = Waar de sessie terecht zou komen
planner-drag-title = { $title }, { $date }
planner-drag-checking = De conflicten worden nog gecontroleerd: wat deze verplaatsing zou toevoegen, verschijnt zodra dat klaar is.
planner-drag-ok = Geen nieuwe conflicten, ook niet als elke week verschuift.

finder-label = Tijd zoeken
finder-button = Tijd zoeken
finder-hint-week = probeert elk halfuur van deze week op de lesdagen van de organiserende campus, getoetst aan al het andere in die week
finder-hint-series = probeert elk halfuur van de eerste week op de lesdagen van de organiserende campus, telkens getoetst aan het hele semester
finder-progress = Tijd zoeken
finder-searching = Alle begintijden van de week worden geprobeerd…
finder-stop = Stoppen
finder-when = { $date }, { $time }
finder-now = Tijden in { $place }. Nu { $when }: { $summary }
finder-none-better = Er is deze week geen betere tijd.
finder-refused = Geen tijden om voor te stellen: { $reason }.

form-edit-title = Sessie bewerken
form-new-title = Nieuwe sessie
form-scope = Wijzigen
form-scope-every-week = elke week van de reeks
form-scope-this-week = alleen { $date } (deze week)
form-week-note = { $title } op { $date }: de tijd geldt in { $place }. Titel, groepen, docent en de rest blijven die van de reeks; kies “elke week van de reeks” om ze te wijzigen.
form-title = Titel
form-course = Vak
form-kind = Soort
form-kind-option = { $kind ->
        [joint-lecture] gezamenlijk college
        [lecture] hoorcollege
        [lab] practicum
        [seminar] seminar
        [tutorial] werkcollege
        [exam] tentamen
        [office-hours] spreekuur
       *[other] overig
    }
form-host = Organiserende campus
form-zone = Tijd geldt in
form-zone-host = de tijdzone van de organiserende campus
form-date = Datum
form-first-date = Eerste datum
form-starts-at = Begint om
form-length = Duur (minuten)
form-best-times = Beste tijden
form-best-times-hint = arceert de week naar hoeveel campussen in elke week van het semester binnen de onderwijstijden vallen, en stelt een eerlijke rotatie voor als geen enkele tijd iedereen past
form-repeats = Herhaling
form-weekly = elke week of om de paar weken
form-interval = Om de … weken
form-until = Tot (optioneel)
form-count = Aantal keer (optioneel)
form-skip = Overgeslagen datums ({ $pattern }, met komma's ertussen)
form-weekdays = Op deze dagen (zonder keuze: de dag van de eerste datum)
form-cohorts = Groepen
form-rooms = Zalen
form-lecturer = Docent
form-meeting = Link naar online bijeenkomst
form-meeting-placeholder = https://…
form-notes = Notities
form-cancel-week = Deze week schrappen
form-close = Sluiten
form-save-week = Deze week opslaan
form-save = Opslaan
form-add = Sessie toevoegen
form-no-title = Geef de sessie een titel.
form-no-start = Geef een begindatum en -tijd op.
form-length-not-a-number = Geef de duur op als aantal minuten, bijv. 90.
form-interval-too-small = Het interval moet minstens 1 week zijn.
form-until-not-a-date = “Tot” moet een datum zijn ({ $pattern }).
form-count-not-a-number = “Aantal keer” moet een getal zijn.
form-skip-not-a-date = Geef elke overgeslagen datum op als { $pattern }.

best-label = Beste tijden
best-title = Beste tijden voor { $title }
best-title-new = Beste tijden voor een nieuwe reeks
best-close = Sluiten
best-campuses = Campussen die moeten meedoen
best-length = Duur (minuten)
best-tick-one = Vink minstens één campus aan.
best-no-map = Geen overzicht van beste tijden: { $reason }.
best-no-rotation = Geen rotatie om voor te stellen: { $reason }.
best-intro = Tijden in { $place }. Gearceerd over het raster: hoeveel aangevinkte campussen bij elke begintijd binnen de onderwijstijden vallen, in elke week van het semester ({ $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weken
    }).
best-key-all = allemaal
best-key-booked = allemaal, bezet
best-key-fewer = minder
best-point-hint = Wijs een begintijd aan in het raster of hieronder om te zien waarom die voor sommige campussen niet past; klik erop om daar een reeks te beginnen.
best-slot = { $start }: { $state }
best-slot-no-week = geen week van het semester heeft deze dag
best-slot-everyone = past elke campus in elke week waarin die lesgeeft
best-slot-holding = { $holding } van de { $campuses } campussen elke week binnen de onderwijstijden
best-closed-weeks-only = { $reason } – alleen in gesloten weken, die geen enkele begintijd kan vermijden
best-booked = { $who } is bezet gedurende { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weken
    } vanaf { $date }
best-someone = Iemand
best-everyone-heading = Begintijden die iedereen elke week passen
best-start = Nieuwe reeks vanaf { $start }
best-start-everyone = Nieuwe reeks vanaf { $start } ({ $starts } passen iedereen)
best-none-suits = Geen begintijd past alle { $campuses } campussen in elke week van het semester; { $most } van de { $campuses } is het maximum. Wat het dichtst in de buurt komt:
best-no-rotation-found = Er is geen begintijd op een werkdag die in elke week van het semester vrij is van boekingen, dus er valt geen rotatie voor te stellen.
best-rotation-heading = { $slots ->
        [one] Eén wekelijks tijdslot is het eerlijkst
       *[other] Een eerlijke rotatie van { $slots } wekelijkse tijdsloten
    }
best-rotation-note = Om beurten, week na week, zodat sessies 's nachts, vroeg, laat en in het weekend gedeeld worden: hoogstens { $largest } punten voor één campus, { $total } in totaal (een nacht telt { $night }){ $complete ->
        [no] {" "}(het zoeken stopte bij de limiet; dit is het beste wat gevonden is)
       *[yes] {""}
    }.
best-rotation-scroll = Lokale begintijden per campus, scrollbaar
best-rotation-caption = De lokale begintijd van elk tijdslot op elke campus
best-rotation-campus = Campus
best-rotation-place = in { $place }
best-night = 's nachts
best-night-aside = ('s nachts)
best-rotation-weeks = Weken:
best-rotation-tally = Ongunstige sessies per campus:
best-rotation-fairness = Eerlijkheid: de ongunstige sessies van elke campus worden zo gelijk verdeeld als de uren toelaten, waarbij een sessie 's nachts (vóór 06:00 of eindigend na 23:00, gemarkeerd met ☾) drie keer telt. Controleer hierboven de lokale tijden van elke campus.
best-rotation-use = Deze rotatie gebruiken
best-rotation-from-form = Open “Beste tijden” vanuit het formulier van een sessie om die door deze rotatie te vervangen.

## App: dialogs

dialog-cancel = Annuleren
dialog-done = Klaar
dialog-save = Opslaan
dialog-remove = verwijderen

share-title = “{ $name }” delen
share-lead = De hele planning reist mee in de link: er wordt niets geüpload, en wie hem opent, krijgt een eigen kopie.
share-edit-heading = Link om te bewerken
share-edit-hint = Opent in de planner als kopie die de ontvanger kan wijzigen en opslaan.
share-copy = Kopiëren
share-view-heading = Link voor studenten
share-view-hint = Alleen-lezen: opent het rooster in de eigen tijdzone van elke student.
share-for = Voor
share-everyone = Iedereen
share-one-campus = Eén campus
share-one-cohort = Eén groep
share-download = Agenda downloaden (.ics)
share-qr-heading = QR-code
share-qr-of = QR-code van
share-qr-students = de link voor studenten
share-qr-edit = de link om te bewerken
share-qr-label-students = QR-code van de link voor studenten (versie { $version })
share-qr-label-edit = QR-code van de link om te bewerken (versie { $version })
share-qr-caption = { $width }×{ $width } modules: richt een telefooncamera erop of zet hem op een dia.
share-qr-too-large = Deze planning is te groot voor één QR-code: deel in plaats daarvan de link.
share-copied-edit = Link om te bewerken naar het klembord gekopieerd.
share-copied-students = Link voor studenten naar het klembord gekopieerd.
share-copy-failed-edit = Kopiëren lukte niet: selecteer de link om te bewerken en druk op Ctrl+C (⌘C op een Mac).
share-copy-failed-students = Kopiëren lukte niet: selecteer de link voor studenten en druk op Ctrl+C (⌘C op een Mac).
share-downloaded = { $file } gedownload: open het met je agenda-app om alle sessies toe te voegen.
share-download-failed = Het agendabestand kon in deze browser niet worden gemaakt.
share-length = { $count ->
    [one] { $count } teken
   *[other] { $count } tekens
}
share-no-link = Geen link: { $reason }.
share-sheet = Link voor studenten delen…

import-title = Bezette tijd importeren
import-lead = Een agendabestand uit het roostersysteem van een partner (TimeEdit, Untis, Google Calendar, Outlook). De afspraken erin tellen in de conflictcontrole als bezette tijd en worden grijs getoond in het raster. Er verlaat niets deze browser.
import-file = Agendabestand (.ics)
import-busy-of = Bezette tijd van
import-group-cohorts = Groepen
import-group-lecturers = Docenten
import-group-rooms = Zalen
import-group-campuses = Hele campus (alle groepen)
import-name = Naam (optioneel)
import-name-placeholder = bijv. NTNU TimeEdit, najaar 2026
import-submit = Importeren
import-choose-file = Kies eerst een agendabestand (.ics).
import-too-large = “{ $file }” is { $size } MB; Meridian leest agendabestanden tot { $limit } MB (exporteer een kortere periode).
import-unreadable = Het bestand kon niet worden gelezen.
import-nothing-imported = Er is niets geïmporteerd: { $reason }.

new-title = Nieuwe planning
new-lead = Begin met een alliantie: de campussen krijgen hun tijdzones en standaard onderwijstijden mee (maandag–vrijdag, 08:00–20:00 lokale tijd), die je later kunt wijzigen.
new-alliance = Alliantie
new-campuses = Campussen
new-campus = { $campus } ({ $city })
new-name = Naam
new-name-placeholder = bijv. Duurzame energiesystemen – voorjaar 2027
new-term-starts = Semester begint
new-term-ends = Semester eindigt
new-create = Aanmaken
new-dates-missing = Geef de eerste en de laatste dag van het semester op.
new-default-name = Semester { $alliance }
new-default-name-plain = Nieuw semester
new-cannot-make = De planning kan niet worden gemaakt: { $reason }.

people-title = Campussen en mensen
people-campuses = Campussen: onderwijstijden ({ $pattern }; leeg = geen onderwijs) en sluitingen
people-campus-place = · { $city } · { $zone }
people-remove-campus-label = Campus { $name } verwijderen
people-remove-campus = campus verwijderen
people-remove-closure-label = Sluiting { $name } verwijderen
people-remove-cohort-label = Groep { $name } verwijderen
people-remove-lecturer-label = Docent { $name } verwijderen
people-remove-room-label = Zaal { $name } verwijderen
people-hours-label = Onderwijstijden van { $campus } op { $weekday }
people-hours-empty = —
people-hours-refused = “{ $hours }” zijn geen onderwijstijden voor { $weekday }: schrijf ze als 08:00-18:00, of laat het veld leeg als er geen onderwijs is.
people-closure = { $name } – { $date }
people-closure-span = { $name } – { $start } tot en met { $end }
people-add-closure = Sluiting toevoegen (naam, datum)
people-add-closure-placeholder = Feestdag, 2026-12-08
people-add-closure-label = Sluiting toevoegen bij { $campus }
people-closure-refused = “{ $text }” is geen sluiting: schrijf de naam, een komma en de datum, bijv. Feestdag, 2026-12-08.
people-add-campus = Campus toevoegen: zoek een universiteit, stad of tijdzone
people-add-known = + { $campus } ({ $city })
people-add-zone = + campus in { $city } ({ $zone })
people-new-campus-name = Campus { $city }
people-cohorts = Groepen
people-cohort-name = Naam van de groep
people-campus-of = Campus van { $name }
people-add-cohort = Groep toevoegen
people-lecturers = Docenten
people-lecturer-name = Naam van de docent
people-add-lecturer = Docent toevoegen
people-rooms = Zalen
people-room-name = Naam van de zaal
people-add-room = Zaal toevoegen
people-removed = { $removed } Kies Opslaan om dit te bewaren of Annuleren om het ongedaan te maken.
people-not-removed = Niet verwijderd: { $reason }.
people-not-changed = Niet gewijzigd: { $reason }.
people-new-cohort-campus = Campus van de nieuwe groep
people-lecturer-prompt = Typ de naam van de docent
people-room-prompt = Typ de naam van de zaal
problem-unnamed = { $item ->
    [cohort] groep { $position } in de lijst heeft geen naam; vul er een in of verwijder de groep
    [lecturer] docent { $position } in de lijst heeft geen naam; vul er een in of verwijder de docent
   *[room] zaal { $position } in de lijst heeft geen naam; vul er een in of verwijder de zaal
}

calendar-region = Feestdagenregio
calendar-region-label = Feestdagenregio van { $campus }
calendar-national-only = Alleen landelijke feestdagen van { $country }
calendar-national-no-country = Geen land ingesteld
calendar-no-country = Geen land: alleen de ingevoerde sluitingen
calendar-loading = Officiële feestdagen ({ $country }): laden…
calendar-no-holidays = Geen officiële feestdagen in het semester
calendar-holidays = { $taught ->
    [0] Officiële feestdagen in het semester ({ $count })
   *[other] Officiële feestdagen in het semester ({ $count }, op { $taught } wordt lesgegeven)
}
calendar-unticked = Niet aangevinkt: de campus geeft die dag les.
calendar-english-name = ({ $name })
calendar-observed = verschoven
calendar-substitute = vervangende dag
calendar-we-teach = er wordt lesgegeven
calendar-period = { $kind ->
    [exams] Tentamens
   *[lecture-free] Collegevrij
}: { $name } – { $start } tot en met { $end } { $year }
calendar-remove-period-label = Periode { $name } verwijderen
calendar-add-exams = Tentamenperiode toevoegen (naam, eerste dag, laatste dag)
calendar-add-lecture-free = Collegevrije weken toevoegen (naam, eerste dag, laatste dag)
calendar-add-exams-label = Tentamenperiode toevoegen bij { $campus }
calendar-add-lecture-free-label = Collegevrije weken toevoegen bij { $campus }
calendar-exams-placeholder = Wintertentamens, 2027-02-01, 2027-02-19
calendar-lecture-free-placeholder = Kerstvakantie, 2026-12-21, 2027-01-03
calendar-period-refused = “{ $text }” is geen periode: schrijf de naam, de eerste dag en de laatste dag, bijv. Wintertentamens, 2027-02-01, 2027-02-19.
calendar-import = Academische kalender importeren (.ics)…
calendar-import-label = Academische kalender van { $campus } importeren (.ics)
calendar-too-large = “{ $file }” is { $size } MB; Meridian leest agendabestanden tot { $limit } MB.
calendar-unreadable = Het bestand kon niet worden gelezen.
calendar-nothing-read = Er is niets gelezen: { $reason }.
calendar-academic-label = Academische kalender van { $campus }
calendar-no-events = Geen gebeurtenissen in het semester.
calendar-events = Gebeurtenissen in het semester, elk bewaard zoals gekozen:
calendar-event = { $name }: { $when }
calendar-event-no-name = (geen naam): { $when }
calendar-keep-as = { $name } ({ $when }) bewaren als
calendar-keep-no-name-as = De gebeurtenis zonder naam ({ $when }) bewaren als
calendar-event-span = { $start } tot en met { $end }
calendar-as-closure = Sluiting
calendar-as-exams = Tentamenperiode
calendar-as-lecture-free = Collegevrij
calendar-as-skip = Overslaan
calendar-forget = Deze negeren
calendar-add = Deze toevoegen

schedules-title = Mijn planningen
schedules-lead = Alleen bewaard in de opslag van deze browser op dit apparaat.
schedules-protected = De browser heeft toegezegd de opslag te bewaren (hij wist hem niet om ruimte vrij te maken).
schedules-unprotected = De browser heeft niet toegezegd de opslag te bewaren: hij kan hem wissen om ruimte vrij te maken, en Safari wist hem na zeven dagen zonder bezoek, tenzij de app is geïnstalleerd.
schedules-protection-unknown = Deze browser zegt niet of hij de opslag bewaart.
schedules-keep-elsewhere = Exporteer een bestand of kopieer de link om te bewerken om ergens anders een kopie te bewaren.
schedules-backup-changed = “{ $name }” is gewijzigd sinds je de planning voor het laatst exporteerde of deelde.
schedules-backup-how = De enige kopie staat in deze browser: gebruik “Bestand exporteren” in het menu Bestand, of kopieer via Delen de link om te bewerken en stuur die naar jezelf.
schedules-none = Nog geen: wijzig een demo, open een gedeelde link en sla hem op, of maak een nieuwe planning.
schedules-name-label = Naam van { $name }
schedules-open = Openen
schedules-duplicate = Dupliceren
schedules-delete-label = { $name } verwijderen?
schedules-delete-question = “{ $name }” verwijderen?
schedules-delete = Verwijderen
schedules-keep = Bewaren
schedules-delete-ask = Verwijderen…
schedules-deleted = “{ $name }” verwijderd.
schedules-undo = Ongedaan maken
schedules-damaged = Apart gezet als beschadigd
schedules-damaged-hint = Deze konden niet worden gelezen en zijn daarom ongewijzigd apart gezet. Download er een om die met de hand te herstellen (het is de JSON van de planning) en open daarna het bestand.
schedules-damaged-list = De lijst van planningen
schedules-damaged-schedule = Planning “{ $id }”
schedules-download-list-label = De lijst van planningen downloaden
schedules-download-schedule-label = Planning “{ $id }” downloaden
schedules-download = Downloaden
schedules-discard-list-label = De lijst van planningen weggooien
schedules-discard-schedule-label = Planning “{ $id }” weggooien
schedules-discard = Weggooien
schedules-kept = Bewaarde versies van “{ $name }” ({ $count })
schedules-kept-hint = De versies die je hebt gedeeld, ontvangen of vóór een samenvoeging had (de laatste 20): vergelijk er een met de jouwe om terug te halen wat je wilt.
schedules-version = { $how ->
    [both] Gedeeld en ontvangen
    [shared] Gedeeld
    [received] Ontvangen
   *[had] Vóór een samenvoeging
} · versie { $version }
schedules-compare-label = Versie { $version } vergelijken met de jouwe
schedules-compare = Vergelijken…
schedules-discard-versions = Deze versies weggooien
schedules-copy-name = { $name } (kopie)
schedules-storage-unavailable = deze browser laat Meridian geen planningen bewaren (privémodus of opslag uitgeschakeld); je werk blijft alleen in dit tabblad open
schedules-storage-full = de opslag van deze browser voor Meridian is vol; je werk blijft open in dit tabblad en je kunt het als bestand exporteren
schedules-damaged-left = de opgeslagen planning “{ $id }” is beschadigd ({ $reason }); ze is onaangeroerd gelaten
schedules-damaged-set-aside = de opgeslagen planning “{ $id }” is beschadigd ({ $reason }); ze is ongewijzigd apart gezet zodat niets haar overschrijft, en “Mijn planningen” biedt haar aan als bestand
schedules-missing = er is geen planning “{ $id }” opgeslagen in deze browser
schedules-list-repaired = De lijst van je opgeslagen planningen was beschadigd: hij is apart gezet en opnieuw opgebouwd uit de planningen die hier zijn opgeslagen (“Mijn planningen” biedt de beschadigde lijst aan als bestand).
schedules-unreadable = Je opgeslagen planningen konden niet worden gelezen: { $reason }.
