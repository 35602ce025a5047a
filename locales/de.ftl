### Meridian — German messages (Deutsch)
###
### Glossar — ein Wort für jeden Schlüsselbegriff, in jeder Meldung gleich verwendet.
###   session = Sitzung
###   series = Serie
###   course = Lehrveranstaltung
###   cohort = Gruppe
###   campus = Campus
###   host campus = Gastgebercampus
###   teaching hours = Lehrzeiten
###   closure = Schließzeit
###   clash = Überschneidung
###   conflict = Konflikt
###   drift = Verschiebung
###   clock change = Zeitumstellung
###   term = Semester
###   share link = Freigabelink

## Shared: lengths of time, counts

length-minutes = { $minutes } Min.
length-hours = { $hours } Std.
length-hours-minutes = { $hours } Std. { $minutes } Min.
shift-later = { $days ->
    [0] { $length } später
   *[other] { $minutes ->
        [0] { $days ->
            [one] { $days } Tag später
           *[other] { $days } Tage später
        }
       *[other] { $days ->
            [one] { $days } Tag und { $length } später
           *[other] { $days } Tage und { $length } später
        }
    }
}
shift-earlier = { $days ->
    [0] { $length } früher
   *[other] { $minutes ->
        [0] { $days ->
            [one] { $days } Tag früher
           *[other] { $days } Tage früher
        }
       *[other] { $days ->
            [one] { $days } Tag und { $length } früher
           *[other] { $days } Tage und { $length } früher
        }
    }
}
countdown-now = jetzt
countdown-in = in { $length }
countdown-days = in { $days } Tagen
countdown-tomorrow = morgen

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
place-milan = Mailand
place-moscow = Moskau
place-munich = München
place-nairobi = Nairobi
place-new-york = New York
place-oslo = Oslo
place-paris = Paris
place-rome = Rom
place-saint-petersburg = Sankt Petersburg
place-santiago = Santiago
place-shanghai = Shanghai
place-singapore = Singapur
place-stockholm = Stockholm
place-toronto = Toronto
place-trondheim = Trondheim
place-ulaanbaatar = Ulaanbaatar
place-valencia = Valencia
place-warsaw = Warschau
place-zuerich = Zürich
place-zurich = Zürich

## Engine: conflicts and their hints

conflict-resource-cohort = Gruppe { $name }
conflict-resource-lecturer = Lehrperson { $name }
conflict-resource-room = Raum { $name }

conflict-double-booked = { $resource } hat am { $date } zwei Sitzungen, { $first_span } und { $second_span } Ortszeit { $place } ({ $same ->
        [yes] zweimal { $first }
       *[no] { $first } und { $second }
    }, { $minutes } Min. Überschneidung)

conflict-short-break = { $resource } hat am { $date } nur { $gap } Min. zwischen { $first } (endet { $first_end }) und { $second } (beginnt { $second_start }), Ortszeit { $place }; die Regel verlangt { $rule } Min.

conflict-busy = { $resource } ist am { $date } { $busy } Ortszeit { $place } belegt ({ $calendar }), während { $session } stattfindet ({ $meets })
conflict-busy-block = { $resource } ist am { $date } { $busy } Ortszeit { $place } belegt ({ $block }, aus { $calendar }), während { $session } stattfindet ({ $meets })

conflict-public-holiday = { $session } am { $date }: { $holiday } ist gesetzlicher Feiertag am Campus { $campus } ({ $city }), die Gruppen dort haben frei
conflict-public-holiday-translated = { $session } am { $date }: { $holiday } ({ $english }) ist gesetzlicher Feiertag am Campus { $campus } ({ $city }), die Gruppen dort haben frei
conflict-lecture-free = { $session } am { $date } liegt in der vorlesungsfreien Zeit am Campus { $campus } ({ $period })
conflict-exam-period = { $session } am { $date } liegt im Prüfungszeitraum { $ends_in_s ->
       *[other] am Campus { $campus }
    } ({ $period })
conflict-closed = { $session } am { $date }: Der Campus { $campus } ist geschlossen ({ $closure })
conflict-closed-unnamed = { $session } am { $date } fällt in eine Schließzeit am Campus { $campus } (geschlossen)

conflict-outside-term = { $session } am { $date } liegt außerhalb des Semesters { $ends_in_s ->
       *[other] am Campus { $campus }
    } ({ $start } – { $end })
conflict-other-weekday = { $session } am { $host_date } fällt am Campus { $campus } auf { $date }, { $span } Ortszeit { $city } – dort kein Lehrtag
conflict-no-teaching-day = { $session } am { $date } fällt auf einen Tag, an dem am Campus { $campus } nicht gelehrt wird ({ $span } Ortszeit { $city })
conflict-outside-hours = { $session } am { $date } liegt mit { $span } Ortszeit { $city } außerhalb der Lehrzeiten { $ends_in_s ->
       *[other] am Campus { $campus }
    } ({ $hours })

conflict-skipped-time = { $session }: { $time } gibt es am { $date } in { $place } nicht (die Uhren springen von { $from } auf { $to }); auf die Zeit nach der Umstellung verschoben
conflict-repeated-time = { $session }: { $time } gibt es am { $date } in { $place } zweimal (UTC{ $earlier } und UTC{ $later }); es gilt das erste Auftreten

conflict-drift = { $session } ({ $weekdays } { $time } Ortszeit { $place }) verschiebt sich im Lauf des Semesters bei den Partnern: { $rows }
weekday-list = { $list }, { $day }

conflict-omitted = { $resource } hat { $pairs ->
        [one] { $pairs } weitere überlappende Buchung, die nicht aufgeführt ist
       *[other] { $pairs } weitere überlappende Buchungen, die nicht aufgeführt sind
    } (Meridian führt pro Gruppe, Lehrperson oder Raum { $conflicts } Konflikte oder { $overlaps } Überschneidungen auf)

conflict-repeats = { $message } (und an { $more } { $more ->
        [one] weiteren Termin
       *[other] weiteren Terminen
    } bis { $last })

drift-row = { $cities }: { $times }
drift-once = { $time } am { $date }
drift-until = { $time } bis { $date }
drift-from = { $time } ab { $date }
drift-between = { $time } vom { $from } bis { $to }

hint-move-by = { $session } um { $minutes } Min. nach hinten verschieben
hint-move-after = { $session } um { $minutes } Min. nach hinten auf { $hour ->
   *[other] { $time }
} verschieben, im Anschluss an { $after }
hint-move-when-free = { $session } um { $minutes } Min. nach hinten auf { $hour ->
   *[other] { $time }
} verschieben, sobald { $resource } frei ist
hint-move-room-free = { $session } um { $minutes } Min. nach hinten auf { $hour ->
   *[other] { $time }
} verschieben: { $room } ist an diesem Tag { $free } frei
hint-no-free-time = { $resource } hat an diesem Tag später keine { $minutes } Min. mehr frei
hint-common-window = an diesem Tag liegen { $span } Ortszeit { $place } für alle Beteiligten in den Lehrzeiten
hint-skip-or-move = diesen Termin auslassen oder verschieben
hint-exams = die Studierenden haben möglicherweise Prüfungen: den Termin aus dem Prüfungszeitraum verlegen oder beibehalten, falls nicht
hint-avoid-switch-hour = eine Uhrzeit außerhalb der Umstellungsstunde wählen
hint-fix-listed-first = zuerst die oben aufgeführten Doppelbuchungen beheben: Meist sind Kopien einer Sitzung die Ursache

resolution-gap = { $time } gibt es am { $date } nicht (die Uhren springen von { $from } auf { $to })
resolution-fold = { $time } gibt es am { $date } zweimal (UTC{ $earlier } und UTC{ $later })
resolution-gap-in = { $time } gibt es am { $date } in { $zone } nicht (die Uhren springen von { $from } auf { $to })
resolution-fold-in = { $time } gibt es am { $date } in { $zone } zweimal (UTC{ $earlier } und UTC{ $later })

suggestion-errors = { $count ->
        [one] { $count } Fehler
       *[other] { $count } Fehler
    }
suggestion-warnings = { $count ->
        [one] { $count } Warnung
       *[other] { $count } Warnungen
    }
suggestion-errors-warnings = { $errors }, { $warnings }
suggestion-none = keine Konflikte

## Engine: errors a user can act on

error-unknown-zone = unbekannte Zeitzone „{ $name }“; verwenden Sie einen IANA-Namen wie Europe/Berlin
error-unknown-zone-suggestions = unbekannte Zeitzone „{ $name }“; meinten Sie { $suggestions }?
error-bad-date-time = „{ $text }“ lässt sich nicht als Datum oder Uhrzeit lesen; erwartet wird { $expected }
shape-date = JJJJ-MM-TT
shape-time = HH:MM
shape-date-time = JJJJ-MM-TTTHH:MM (z. B. 2026-10-12T10:15)
shape-time-range = HH:MM-HH:MM
shape-instant = RFC 3339, z. B. 2026-03-29T01:30:00Z
error-unknown-disambiguation = unbekannte Auflösung „{ $text }“; verwenden Sie compatible, earlier, later oder reject
error-nonexistent-local-time = { $local } gibt es in { $zone } nicht: Die Uhren überspringen an diesem Tag { $skipped }; wählen Sie eine andere Uhrzeit oder verwenden Sie --disambiguation compatible
error-ambiguous-local-time = { $local } gibt es in { $zone } zweimal (UTC{ $earlier } und UTC{ $later }); wählen Sie mit --disambiguation earlier oder later
error-out-of-range = { $text } liegt außerhalb des zulässigen Bereichs (Jahre 1000 bis 9999)
error-syntax = Zeile { $line }, Spalte { $column }: { $problem }
error-unsupported-format = das Format „{ $found }“ kann diese Version von Meridian nicht lesen (sie liest „{ $format }“); stammt die Datei aus einem neueren Meridian, öffnen Sie sie dort
error-invalid = { $path }: { $problem }
error-too-large-to-share = dieser Plan ist zu groß für einen Freigabelink: Er braucht { $size } { $what ->
    [characters] Zeichen im Link
   *[bytes] Bytes entpackt
}, ein Link fasst aber höchstens { $limit }; teilen Sie den Plan stattdessen als Datei
error-holiday-file = Feiertagsdatei: { $problem }
error-holiday-file-line = Feiertagsdatei, Zeile { $line }: { $problem }
error-unknown-country = „{ $text }“ ist kein Ländercode; verwenden Sie zwei Buchstaben (ISO 3166), gegebenenfalls mit einer Region nach einem Bindestrich: DE, DE-BE, US-TX
error-unknown-region-none = für { $country } gibt es in der Feiertagsdatei keine Region „{ $region }“; sie enthält nur Feiertage für das ganze Land
error-unknown-region = für { $country } gibt es in der Feiertagsdatei keine Region „{ $region }“; vorhanden sind { $regions }{ $more ->
    [0] {""}
   *[other] {" "}und { $more } weitere
}
error-calendar-file = Kalenderdatei: { $problem }
error-calendar-file-line = Kalenderdatei, Zeile { $line }: { $problem }
problem-calendar-file-too-large = die Datei ist { $size } MB groß; Meridian liest Kalenderdateien bis { $max } MB (exportieren Sie einen kürzeren Zeitraum)
problem-calendar-not-icalendar = dies ist keine iCalendar-Datei (sie sollte mit BEGIN:VCALENDAR beginnen)
problem-calendar-starts-with-continuation = die Datei beginnt mit einer Fortsetzungszeile
problem-calendar-not-a-line = „{ $text }“ ist keine Kalenderzeile (NAME:Wert)
problem-calendar-end-without-begin = END:{ $what } passt nicht zum zuletzt geöffneten BEGIN
problem-calendar-cut-off = die Datei endet vor END:VCALENDAR (wurde sie abgeschnitten?)
problem-calendar-not-a-date-time = „{ $text }“ ist weder ein Datum (YYYYMMDD) noch ein Datum mit Uhrzeit (YYYYMMDDTHHMMSS)
problem-calendar-date-time-out-of-range = „{ $text }“ liegt außerhalb des zulässigen Bereichs
problem-calendar-date-out-of-range = Datum außerhalb des zulässigen Bereichs
problem-calendar-not-a-duration = „{ $text }“ ist keine Dauer wie PT1H30M
problem-calendar-negative-duration = der Termin dauert { $text }: Eine Dauer kann nicht negativ sein
problem-calendar-ends-before-start = der Termin endet (DTEND), bevor er beginnt (DTSTART)
problem-calendar-rdate-periods = RDATE mit Zeiträumen (Beginn/Ende) wird nicht unterstützt; geben Sie Daten oder Daten mit Uhrzeit an
problem-calendar-too-many-events = der Kalender ergibt mehr als { $max } Termine im Semester; exportieren Sie einen kürzeren Zeitraum
problem-calendar-no-freq = in der Wiederholungsregel fehlt FREQ
problem-calendar-freq-not-read = FREQ={ $freq } wird nicht unterstützt; Meridian liest täglich und wöchentlich wiederkehrende Termine
problem-calendar-interval = INTERVAL={ $text } ist keine positive Zahl
problem-calendar-count = COUNT={ $text } ist keine Zahl
problem-calendar-until-out-of-range = UNTIL außerhalb des zulässigen Bereichs
problem-calendar-byday = BYDAY={ $day } wird nicht unterstützt (nur einfache Wochentage wie MO,WE)
problem-calendar-rule-part = der Teil { $part } der Wiederholungsregel wird nicht unterstützt; Meridian liest tägliche und wöchentliche Regeln (FREQ, INTERVAL, COUNT, UNTIL, BYDAY)
problem-calendar-unknown-zone = unbekannte Zeitzone „{ $name }“; Meridian liest IANA-Namen wie Europe/Berlin, Windows-Namen wie W. Europe Standard Time und Zeitzonen, die die Datei in einem VTIMEZONE-Block definiert
problem-calendar-zone-rule-without = eine Zeitzonenregel ohne { $property }
problem-calendar-not-an-offset = „{ $text }“ ist kein UTC-Offset wie +0100
problem-calendar-zone-rule-part = der Teil { $part } der Zeitzonenregel wird nicht unterstützt; Meridian liest jährliche Regeln nach Monat und Wochentag (BYMONTH=3;BYDAY=-1SU)
problem-calendar-zone-rule-without-month = eine Zeitzonenregel ohne BYMONTH wird nicht unterstützt; Meridian liest jährliche Regeln nach Monat und Wochentag (BYMONTH=3;BYDAY=-1SU)
problem-calendar-too-many-switches = diese Zeitzone hat in den eingelesenen Jahren mehr als { $max } Zeitumstellungen
problem-calendar-schedule-term-out-of-range = das Semester des Plans liegt außerhalb des zulässigen Bereichs
problem-calendar-term-out-of-range = das Semester liegt außerhalb des zulässigen Bereichs
problem-holiday-file-too-large = die Datei ist { $bytes } Bytes groß; eine Feiertagsdatei darf höchstens { $max } Bytes groß sein
problem-holiday-not-utf8 = Byte { $byte } ist kein gültiger UTF-8-Text
problem-holiday-cut-off = die Datei endet nicht mit einem Zeilenumbruch; sie wurde abgeschnitten
problem-holiday-empty = die Datei ist leer
problem-holiday-not-a-holiday-file = „{ $found }“ ist keine Feiertagsdatei für diese Meridian-Version (sie liest { $format })
problem-holiday-ends-before = die Datei endet vor der Zeile `{ $key }`
problem-holiday-expected-header = die Zeile `{ $key }` wurde erwartet, gefunden wurde „{ $found }“
problem-holiday-not-a-country-code = „{ $text }“ ist kein Ländercode (zwei Großbuchstaben)
problem-holiday-expected-years = erwartet wurde `years FIRST LAST`, gefunden wurde „{ $found }“
problem-holiday-not-a-year = „{ $text }“ ist keine Jahreszahl (YYYY, 1000–9999)
problem-holiday-year-span = Jahre { $first } bis { $last }: Das erste darf nicht nach dem letzten liegen, und eine Datei umfasst höchstens { $max } Jahre
problem-holiday-not-a-locale = „{ $text }“ ist kein Sprachcode wie de oder en_US
problem-holiday-dash-not-alone = `-` muss allein stehen
problem-holiday-not-a-region-code = „{ $text }“ ist kein Regionscode (1 bis { $max } Zeichen, nicht * oder -)
problem-holiday-too-many-regions = eine Datei darf höchstens 65.535 Regionen aufführen
problem-holiday-region-twice = Region „{ $code }“ ist zweimal aufgeführt
problem-holiday-too-few-fields = eine Feiertagszeile besteht aus 5 durch Tabulatoren getrennten Feldern (Datum, Art, Geltungsbereich, lokaler Name, englischer Name); diese hat { $fields }
problem-holiday-too-many-fields = eine Feiertagszeile besteht aus 5 durch Tabulatoren getrennten Feldern (Datum, Art, Geltungsbereich, lokaler Name, englischer Name); diese hat mehr
problem-holiday-not-a-date = „{ $text }“ ist kein Datum (YYYY-MM-DD) aus den Jahren { $first }–{ $last } der Datei
problem-holiday-out-of-date-order = die Feiertage sind nicht nach Datum sortiert
problem-holiday-not-a-kind = „{ $text }“ ist keine Feiertagsart (- Feiertag, o verlegter Feiertag, s Ersatzfeiertag)
problem-holiday-not-a-region = „{ $code }“ ist keine der Regionen der Datei (oder - am Anfang, für den Kalender des ganzen Landes)
problem-holiday-region-out-of-order = Region „{ $code }“ weicht von der Reihenfolge der Zeile `regions` ab oder ist doppelt aufgeführt
problem-holiday-empty-name = { $field ->
    [source] die Quellenangabe
    [local-name] der lokale Name
   *[english-name] der englische Name
} ist leer
problem-holiday-control-character = { $field ->
    [source] die Quellenangabe
    [local-name] der lokale Name
   *[english-name] der englische Name
} enthält ein Steuerzeichen

link-not-a-link = dies ist kein Meridian-Link: Ein Planlink enthält „#s1.“ bis „#s{ $newest }.“ („#Q1.“ bis „#Q{ $newest }.“ aus einem QR-Code), gefolgt von Buchstaben und Ziffern
link-cut-off = dieser Link wurde abgeschnitten: Kopieren Sie den ganzen Link noch einmal (Mail- und Chat-Apps zerlegen lange Links manchmal)
link-newer = dieser Link stammt aus einem neueren Meridian (Link-Version { $version }; dieser liest Version { $supported }): Öffnen Sie ihn mit dem neuesten Meridian
link-damaged = dieser Link ist beschädigt (einige Zeichen wurden verändert): Lassen Sie ihn sich noch einmal schicken
link-too-long = dieser Link ist größer als jeder Plan, den Meridian teilt (Grenze { $limit }): Er stammt nicht von Meridian
link-invalid-schedule = dieser Link ist intakt, aber der Plan darin ist ungültig ({ $problem }): Er stammt nicht von diesem Meridian; lassen Sie sich die Plandatei schicken

problem-not-utf8 = Byte { $byte } ({ $value }) ist kein UTF-8-Text; speichern Sie die Datei als UTF-8
problem-file-too-large = die Datei hat { $bytes } Bytes; Meridian liest Pläne mit höchstens { $max } Bytes
problem-odd-byte-utf16 = ein überzähliges Byte am Ende eines UTF-16-Textes; speichern Sie die Datei als UTF-8 oder UTF-16
problem-lone-surrogate = ein einzelnes Surrogat in einem UTF-16-Text; speichern Sie die Datei als UTF-8 oder UTF-16
problem-not-an-object = ein Plan ist ein JSON-Objekt ({"{"} "format": "{ $format }", … {"}"})
problem-misplaced-list = ist eine Liste ([…]), wo das Format ein Objekt ({"{"}…{"}"}) oder einen einzelnen Wert vorsieht; siehe docs/schedule-format.md
problem-json-ends-inside = die Datei endet { $part ->
    [list] mitten in einer Liste: zu einem `[` fehlt das schließende `]` (wurde die Datei abgeschnitten?)
    [object] mitten in einem Objekt: zu einem `{"{"}` fehlt das schließende `{"}"}` (wurde die Datei abgeschnitten?)
    [text] mitten in einem Text: zu einem `"` fehlt das schließende `"` (wurde die Datei abgeschnitten?)
   *[value] dort, wo ein Wert folgen müsste (ist die Datei leer oder abgeschnitten?)
}
problem-json-expected-token = { $token ->
    [colon] nach dem Namen fehlt ein `:`
    [comma-or-list-end] es fehlt ein `,` zwischen zwei Einträgen oder ein `]`, das die Liste schließt
    [comma-or-object-end] es fehlt ein `,` zwischen zwei Einträgen oder ein `{"}"}`, das das Objekt schließt
    [quote] hier wird ein Name in Anführungszeichen (`"`) erwartet
    [literal] hier ist `true`, `false` oder `null` falsch geschrieben
   *[value] hier wird ein Wert erwartet: Text in Anführungszeichen, eine Zahl, `true`, `false`, `null`, eine Liste oder ein Objekt
}
problem-json-invalid-escape = auf ein `\` in einem Text folgt ein Zeichen, das dort nicht stehen darf (einen Backslash selbst schreiben Sie als `\\`)
problem-json-invalid-number = eine Zahl ist in einer Form geschrieben, die das Dateiformat nicht zulässt (etwa `01`, `1.` oder `+1`)
problem-json-number-out-of-range = eine Zahl ist zu groß, um gelesen zu werden
problem-json-invalid-unicode = ein Zeichencode mit `\u` steht für kein gültiges Zeichen
problem-json-control-character = ein Text enthält einen echten Zeilenumbruch oder Tabulator; schreiben Sie ihn als `\n` bzw. `\t`
problem-json-key-not-text = ein Name in einem Objekt muss in Anführungszeichen stehen, wie in `"name": value`
problem-json-trailing-comma = vor einem schließenden `]` oder `{"}"}` steht ein `,`; entfernen Sie es
problem-json-text-after-end = nach dem Ende der Daten folgt noch Text
problem-json-too-deep = Listen und Objekte sind mehr als 128 Ebenen tief verschachtelt
problem-json-found = { $kind ->
    [text] der Text „{ $text }“
    [number] die Zahl { $text }
    [bool] `{ $text }`
    [null] `null`
    [list] eine Liste
   *[object] ein Objekt
}
problem-json-expected = { $kind ->
    [text] Text in Anführungszeichen
    [whole-number] eine ganze Zahl
    [number] eine Zahl
    [bool] `true` oder `false`
    [null] `null`
    [list] eine Liste (`[…]`)
   *[object] ein Objekt (`{"{"}…{"}"}`)
}
problem-json-wrong-type = hier steht { $found }; erwartet wird { $expected }
problem-json-out-of-range = { $found } liegt außerhalb des zulässigen Bereichs: Erwartet wird eine ganze Zahl von { $min } bis { $max }
problem-json-unknown-field = „{ $field }“ ist hier kein Feld (Tippfehler?); möglich sind: { $allowed }
problem-json-no-fields = „{ $field }“ ist hier kein Feld; an dieser Stelle sind keine Felder vorgesehen
problem-json-unknown-value = „{ $value }“ ist hier nicht zulässig; zulässig sind { $allowed }
problem-json-wrong-length = die Liste hat { $length ->
    [one] { $length } Eintrag
   *[other] { $length } Einträge
}, erwartet { $expected ->
    [one] wird { $expected } Eintrag
   *[other] werden { $expected } Einträge
}
problem-json-wrong-length-any = die Liste hat { $length ->
    [one] { $length } Eintrag
   *[other] { $length } Einträge
}; diese Länge ist hier nicht zulässig
problem-json-duplicate-field = das Feld „{ $field }“ ist doppelt angegeben
problem-json-missing-field = fehlt; das Feld „{ $field }“ muss hier angegeben werden
problem-format-not-string = muss die Zeichenkette "{ $format }" sein
problem-format-missing = fehlt; ein Meridian-Plan beginnt mit "format": "{ $format }"
problem-id-empty = darf nicht leer sein
problem-no-campus = ein Plan braucht mindestens einen Campus
problem-id-missing = { $item ->
    [campus] jeder Campus
    [cohort] jede Gruppe
    [lecturer] jede Lehrperson
    [room] jeder Raum
    [session] jede Sitzung
   *[busy-calendar] jeder Belegungskalender
} braucht eine ID
problem-duplicate-id = zwei { $item ->
    [campus] Campus
    [cohort] Gruppen
    [lecturer] Lehrpersonen
    [room] Räume
    [session] Sitzungen
   *[busy-calendar] Belegungskalender
} haben die ID „{ $id }“
problem-campus-code = Campus „{ $campus }“ braucht ein Kürzel aus 1 bis 5 Zeichen, z. B. „BER“
problem-campus-region = Campus „{ $campus }“ braucht eine Region aus 1 bis { $max } Zeichen, wie sie in den Feiertagsdaten heißt, z. B. „BE“ für DE-BE
problem-period-ends-before-start = Zeitraum „{ $name }“ endet, bevor er beginnt
problem-closure-ends-before-start = Schließzeit „{ $name }“ endet, bevor sie beginnt
problem-cohort-campus-missing = Gruppe „{ $cohort }“ gehört zum Campus „{ $campus }“, den es in diesem Plan nicht gibt
problem-room-campus-missing = Raum „{ $room }“ liegt am Campus „{ $campus }“, den es in diesem Plan nicht gibt
problem-lecturer-campus-missing = Lehrperson „{ $lecturer }“ ist am Campus „{ $campus }“, den es in diesem Plan nicht gibt
problem-busy-target-missing = Belegungskalender „{ $busy }“ gilt für { $item ->
    [campus] den Campus „{ $id }“, den
    [cohort] die Gruppe „{ $id }“, die
    [lecturer] die Lehrperson „{ $id }“, die
   *[room] den Raum „{ $id }“, den
} es in diesem Plan nicht gibt
problem-session-reference-missing = Sitzung „{ $session }“ verweist auf { $item ->
    [host-campus] den Gastgebercampus „{ $id }“, den
    [cohort] die Gruppe „{ $id }“, die
    [lecturer] die Lehrperson „{ $id }“, die
   *[room] den Raum „{ $id }“, den
} es in diesem Plan nicht gibt
problem-busy-target-not-one = Belegungskalender „{ $busy }“ muss für genau einen Campus, eine Gruppe, eine Lehrperson oder einen Raum gelten
problem-busy-block-ends-before-start = Belegung „{ $title }“ endet, bevor sie beginnt
problem-busy-block-too-long = Belegung „{ $title }“ dauert länger als 136 Jahre; ein Freigabelink könnte sie nicht tragen
problem-session-length = Sitzung „{ $session }“ muss zwischen 1 Minute und 7 Tagen dauern
problem-change-without-occurrence = Sitzung „{ $session }“ hat am { $date } keinen Termin zum Ändern
problem-change-length = muss zwischen 1 Minute und 7 Tagen liegen
problem-repeat-interval = muss zwischen 1 und 52 Wochen liegen
problem-repeat-count = muss mindestens 1 sein
problem-until-and-count = geben Sie entweder until oder count an, nicht beides
problem-until-before-start = Sitzung „{ $session }“ soll sich bis { $until } wiederholen; das liegt vor ihrem ersten Termin ({ $first })
problem-term-ends-before-start = das Semester endet ({ $end }), bevor es beginnt ({ $start })
problem-term-too-long = ein Semester darf höchstens ein Jahr dauern
problem-seconds = „{ $text }“ enthält Sekunden; ein Plan ist minutengenau: Schreiben Sie { $pattern }
problem-fraction-of-second = „{ $text }“ enthält Sekundenbruchteile; Meridian rechnet mit ganzen Sekunden
problem-not-a-weekday = „{ $text }“ ist kein Wochentag; verwenden Sie mon, tue, wed, thu, fri, sat oder sun
problem-weekday-twice = { $day } ist zweimal angegeben; geben Sie die Lehrzeiten jedes Wochentags nur einmal an
problem-hours-end-before-start = Lehrzeiten „{ $text }“ enden, bevor sie beginnen
problem-no-demo = kein Demo-Plan namens „{ $name }“
problem-unknown = der Plan hat { $item ->
    [campus] keinen Campus
    [cohort] keine Gruppe
    [lecturer] keine Lehrperson
   *[room] keinen Raum
} „{ $id }“
problem-nothing-to-change = in diesem Plan gibt es { $item ->
    [campus] keinen Campus
    [cohort] keine Gruppe
    [lecturer] keine Lehrperson
    [room] keinen Raum
    [session] keine Sitzung
   *[busy-calendar] keinen Belegungskalender
} „{ $id }“ zum Ändern
problem-no-campus-chosen = wählen Sie mindestens einen Campus
problem-too-many-at-once = höchstens { $max } Campus und { $max } Gruppen, Lehrpersonen und Räume auf einmal
problem-map-length = eine Sitzung dauert zwischen 5 Minuten und einer Woche
problem-answer-count = { $questions } Fragen brauchen { $questions } Antworten, nicht { $answers }
problem-not-a-fingerprint = „{ $text }“ ist kein Fingerabdruck: Dieser besteht aus 11 Buchstaben, Ziffern, - oder _
problem-view-link-extra-session = ein Ansichtslink enthält eine Sitzung, an der sein Campus oder seine Gruppe nicht teilnimmt
problem-no-occurrence = „{ $title }“ hat am { $date } keinen Termin
problem-no-occurrence-to-change = „{ $title }“ hat am { $date } keinen Termin zum Ändern
problem-no-occurrence-to-cancel = „{ $title }“ hat am { $date } keinen Termin zum Absagen
problem-occurrence-length = „{ $title }“ kann nicht kürzer als 5 Minuten oder länger als eine Woche sein
problem-too-far-to-move = so weit lässt sich das nicht verschieben
problem-series-too-far = „{ $title }“ lässt sich nicht so weit verschieben
problem-weeks-wrap = „{ $title }“ findet alle { $interval } Wochen statt; um { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
} verschoben, fielen einige Termine in Wochen, in denen die Serie nicht stattfindet. Verschieben Sie innerhalb der Woche oder um ganze Wochen, oder ändern Sie die Tage im Formular
problem-one-off = „{ $title }“ ist eine einzelne Sitzung: Löschen Sie sie stattdessen
problem-session-gone = diese Sitzung ist nicht mehr im Plan
problem-only-campus = { $campus } ist der einzige Campus des Plans; fügen Sie zuerst einen weiteren hinzu
problem-campus-teaches = der Campus { $campus } kann nicht entfernt werden, solange er Gastgebercampus von { $sessions } ist; machen Sie zuerst einen anderen Campus zum Gastgebercampus { $count ->
    [one] dieser Sitzung
   *[other] dieser Sitzungen
}
problem-titles-one = „{ $first }“
problem-titles-two = „{ $first }“ und „{ $second }“
problem-titles-more = „{ $first }“, „{ $second }“ und { $more } weitere
problem-not-in-schedule = in diesem Plan gibt es { $item ->
    [campus] keinen Campus
    [cohort] keine Gruppe
    [lecturer] keine Lehrperson
   *[room] keinen Raum
} „{ $id }“
problem-name-empty = ein Plan braucht einen Namen
problem-period-needs-name = ein Zeitraum braucht einen Namen, z. B. „Prüfungen Winter“
problem-period-exists = Campus „{ $campus }“ hat bereits einen Zeitraum namens „{ $period }“
problem-academic-entry = ein Eintrag im akademischen Kalender am { $date } hat keinen Namen oder endet, bevor er beginnt
problem-period-gone = dieser Zeitraum ist nicht mehr im Plan
problem-rotation-empty = die Rotation hat keinen Wochentermin oder keine Woche

## Engine: what changed between two versions

change-group-schedule = Plan
change-group-busy = Belegte Zeiten
change-group-people = Personen und Räume
change-renamed-quoted = umbenannt „{ $before }“ → „{ $after }“
change-id = Kennung „{ $before }“ → „{ $after }“ (zwei verschiedene Pläne)
change-alliance = { $state ->
    [added] Allianz hinzugefügt: „{ $after }“
    [removed] Allianz entfernt (war „{ $before }“)
   *[changed] Allianz „{ $before }“ → „{ $after }“
}
change-term = Semester { $before } → { $after }
change-term-span = { $start } – { $end } { $year }
change-breaks = Mindestpause zwischen Sitzungen { $before } → { $after }
change-busy-removed = „{ $name }“ entfernt
change-busy-blocks = „{ $name }“: { $before } Blöcke → { $after }
change-busy-added = „{ $name }“ hinzugefügt ({ $blocks ->
    [one] { $blocks } Block
   *[other] { $blocks } Blöcke
})
change-busy-renamed = „{ $before }“ umbenannt in „{ $after }“
change-busy-whose = „{ $name }“: gilt für { $before } → { $after }
change-busy-times = „{ $name }“: { $blocks ->
    [one] { $blocks } Block zu einer anderen Zeit
   *[other] { $blocks } Blöcke zu anderen Zeiten
}
change-busy-titles = „{ $name }“: { $blocks ->
    [one] { $blocks } Block mit anderem Titel
   *[other] { $blocks } Blöcke mit anderen Titeln
}
change-campus-removed = Campus { $name } entfernt
change-campus-renamed = umbenannt { $before } → { $after }
change-zone = Zeitzone { $before } → { $after }
change-hours = Lehrzeiten am { $day } { $before } → { $after }
change-no-teaching = keine Lehre
change-campus-term = Semester { $before } → { $after }
change-schedules-term = wie im Plan
change-closure-span = { $start } – { $end } ({ $name })
change-closure-day = { $start } ({ $name })
change-reopened = nicht mehr geschlossen: { $closure }
change-closed = geschlossen: { $closure }
change-campus-short = Kurzname { $before } → { $after }
change-campus-code = { $state ->
    [added] Kürzel { $after } (bisher aus dem Kurznamen)
    [removed] Kürzel aus dem Kurznamen (bisher { $before })
   *[changed] Kürzel { $before } → { $after }
}
change-campus-city = Stadt { $before } → { $after }
change-campus-country = Land { $before } → { $after }
change-campus-region = { $state ->
    [added] Feiertagsregion { $after } (bisher nur landesweite Feiertage in { $country })
    [removed] nur landesweite Feiertage in { $country } (bisher Feiertagsregion { $before })
   *[changed] Feiertagsregion { $before } → { $after }
}
change-holiday-off = Lehre am { $date } trotz des gesetzlichen Feiertags
change-holiday-on = am { $date } wieder keine Lehre (gesetzlicher Feiertag)
change-period-added = { $kind ->
    [exams] Prüfungszeitraum
   *[lecture-free] vorlesungsfreie Zeit
} hinzugefügt: { $start } – { $end } ({ $name })
change-period-removed = { $kind ->
    [exams] Prüfungszeitraum
   *[lecture-free] vorlesungsfreie Zeit
} entfernt: { $start } – { $end } ({ $name })
change-campus-added = Campus { $name } hinzugefügt ({ $zone })
change-when = { $days } { $span } ({ $place })
change-day-span = { $weekday } { $span }
change-day-time = { $weekday } { $time }
change-lengths = { $before } → { $after }
change-session-removed = entfernt ({ $when })
change-session-added = hinzugefügt ({ $when })
change-series-added = hinzugefügt ({ $when }), wiederholt sich { $repeat }
change-series-removed = entfernt ({ $when }), wiederholte sich { $repeat }
change-every = { $interval ->
    [1] jede Woche
   *[other] alle { $interval } Wochen
}
change-repeat-until = { $every } bis { $date }
change-repeat-count = { $every }, { $count ->
    [one] einmal
   *[other] { $count }-mal
}
change-repeat-term = { $every } bis zum Semesterende
change-moved = verlegt von { $before } auf { $after }
change-longer = länger: { $lengths } (jetzt { $when })
change-shorter = kürzer: { $lengths } (jetzt { $when })
change-hosted = Gastgebercampus { $before } → { $after }
change-now-repeats = wiederholt sich jetzt { $repeat }
change-once = findet jetzt einmal statt
change-cancelled = am { $date } abgesagt
change-again = findet am { $date } wieder statt
change-weeks = wiederholt sich { $after } (vorher { $before })
change-week = nur in dieser Woche, am { $date }: { $what }
change-usual = wieder zur üblichen Zeit und in den üblichen Räumen
change-week-at = um { $time }
change-week-for = Dauer { $length }
change-week-rooms = in anderen Räumen
change-cohorts = Gruppen { $before } → { $after }
change-lecturer = Lehrperson { $before } → { $after }
change-rooms = Räume { $before } → { $after }
change-none = keine
change-course = { $state ->
    [added] Lehrveranstaltung hinzugefügt: „{ $after }“
    [removed] Lehrveranstaltung entfernt (war „{ $before }“)
   *[changed] Lehrveranstaltung „{ $before }“ → „{ $after }“
}
change-link = { $state ->
    [added] Link zum Online-Meeting hinzugefügt: „{ $after }“
    [removed] Link zum Online-Meeting entfernt (war „{ $before }“)
   *[changed] Link zum Online-Meeting „{ $before }“ → „{ $after }“
}
change-notes = { $state ->
    [added] Notizen hinzugefügt: „{ $after }“
    [removed] Notizen entfernt (waren „{ $before }“)
   *[changed] Notizen „{ $before }“ → „{ $after }“
}
change-kind = jetzt { $kind ->
    [joint-lecture] eine gemeinsame Vorlesung
    [lecture] eine Vorlesung
    [lab] ein Labor
    [seminar] ein Seminar
    [tutorial] eine Übung
    [exam] eine Prüfung
    [office-hours] eine Sprechstunde
   *[other] eine sonstige Veranstaltung
}
change-person-removed = { $what ->
    [cohort] Gruppe
    [lecturer] Lehrperson
   *[room] Raum
} { $name } entfernt
change-person-added = { $what ->
    [cohort] Gruppe
    [lecturer] Lehrperson
   *[room] Raum
} { $name } hinzugefügt
change-person-renamed = { $what ->
    [cohort] Gruppe
    [lecturer] Lehrperson
   *[room] Raum
} { $before } umbenannt in { $after }
change-person-campus = { $what ->
    [cohort] Gruppe
    [lecturer] Lehrperson
   *[room] Raum
} { $name }: Campus { $before } → { $after }
change-person-size = { $what ->
    [cohort] Gruppe { $name }: Größe { $before } → { $after }
   *[room] Raum { $name }: Plätze { $before } → { $after }
}
change-not-given = keine Angabe

compare-group = { $group }:
compare-not-alone = zusammen mit einem anderen Unterschied geändert (lässt sich nicht einzeln übernehmen)
compare-campus = Campus
compare-mine = Meine
compare-theirs = Andere
compare-yours = Ihre
compare-after = Danach
compare-no-effect = Keine Änderung bei den Konflikten.
compare-new-conflict = Neuer Konflikt: { $conflict }
compare-resolved = Behoben: { $conflict }
compare-other-link = der Version aus dem Link
compare-other-file = „{ $name }“
compare-other-tab = der in einem anderen Tab gespeicherten Version
compare-other-kept = einer aufbewahrten Version
compare-title = „{ $name }“ vergleichen mit { $other }
compare-lead-three-way = Beide Versionen gehen auf eine Version zurück, die dieser Browser geteilt oder erhalten hat. Was nur eine Seite geändert hat, wird daher unverändert übernommen; { $mine ->
    [0] Sie haben seitdem nichts geändert.
    [one] Ihre Änderung seitdem bleibt erhalten.
   *[other] Ihre { $mine } Änderungen seitdem bleiben erhalten.
}
compare-no-questions = Sie und die andere Seite haben nicht denselben Punkt geändert: Es gibt keine Fragen zu beantworten.
compare-questions = { $count ->
    [one] 1 Punkt wurde
   *[other] { $count } Punkte wurden
} auf beiden Seiten geändert: Wählen Sie jeweils „Meine“ oder „Andere“.
compare-lead-two-way = Diese Version geht auf keine Version zurück, die dieser Browser geteilt oder erhalten hat; daher wird jeder Unterschied einzeln angeboten: Entfernen Sie das Häkchen bei allem, was Sie nicht übernehmen möchten.
compare-questions-title = Auf beiden Seiten geändert
compare-question = Frage { $number }
compare-mine-or-theirs = { $name }: meine oder die andere
compare-lead-mine-theirs = (meine → die andere)
compare-theirs-rather = Die andere statt meiner:
compare-changes-three-way = Was die Zusammenführung an Ihrer Version ändert ({ $count ->
    [one] 1 Änderung
   *[other] { $count } Änderungen
})
compare-differences = Unterschiede ({ $count })
compare-none = Keine.
compare-accept = Übernehmen
compare-more = und { $count } weitere
compare-choose = Wählen Sie „Meine“ oder „Andere“ für { $count ->
    [one] 1 Punkt
   *[other] { $count } Punkte
}, um zusammenzuführen.
compare-cancel = Abbrechen
compare-merge = Zusammenführen
compare-merge-changes = Zusammenführen ({ $count ->
    [one] 1 Änderung
   *[other] { $count } Änderungen
})
compare-merge-differences = Zusammenführen ({ $accepted } von { $count ->
    [one] 1 Unterschied
   *[other] { $count } Unterschieden
})

compare-with-title = „{ $name }“ vergleichen mit…
compare-with-lead = Öffnen Sie eine andere Version dieses Plans – den Link eines Partners oder eine Datei –, um zu sehen, was sich geändert hat, und sie mit Ihrer zusammenzuführen. Bis zum Zusammenführen ändert sich nichts.
compare-with-link = Ein Link zum Bearbeiten
compare-with-this-link = Mit diesem Link vergleichen
compare-with-or = oder
compare-with-file = Mit einer Datei vergleichen…
compare-view-link = Das ist ein Link für Studierende (schreibgeschützt, eventuell nur für einen Campus): Fügen Sie einen Link zum Bearbeiten ein.
compare-link-unread = Dieser Link konnte nicht gelesen werden: { $problem }.
compare-file-unread-because = „{ $name }“ konnte nicht gelesen werden: { $problem }.
compare-file-unread = „{ $name }“ konnte nicht gelesen werden.

change-removed = { $what } entfernt{ $sessions ->
    [0] {""}
    [one] ; 1 Sitzung ist davon betroffen
   *[other] ; { $sessions } Sitzungen sind davon betroffen
}{ $busy ->
    [0] {""}
    [one] ; 1 Belegungskalender wurde mitentfernt
   *[other] ; { $busy } Belegungskalender wurden mitentfernt
}.
change-removed-with = { $what } samt { $with } entfernt{ $sessions ->
    [0] {""}
    [one] ; 1 Sitzung ist davon betroffen
   *[other] ; { $sessions } Sitzungen sind davon betroffen
}{ $busy ->
    [0] {""}
    [one] ; 1 Belegungskalender wurde mitentfernt
   *[other] ; { $busy } Belegungskalender wurden mitentfernt
}.
change-removed-cohorts = { $count ->
    [one] 1 Gruppe
   *[other] { $count } Gruppen
}
change-removed-rooms = { $count ->
    [one] 1 Raum
   *[other] { $count } Räumen
}
change-removed-and = { $first } und { $second }

compare-changed-conflict = Geänderter Konflikt: { $conflict }
compare-conflict-dates = { $conflict } – { $dates }
compare-dates-gone = nicht mehr am { $dates }
compare-dates-added = jetzt auch am { $dates }
compare-dates-instead = stattdessen jetzt am { $dates }
compare-dates-kept = weiterhin an { $count ->
    [one] einem weiteren Termin
   *[other] { $count } weiteren Terminen
}
compare-dates-and = { $first }; { $second }
compare-dates-list = { $first }, { $second }
compare-dates-more = { $dates } und an { $count ->
    [one] einem weiteren Termin
   *[other] { $count } weiteren Terminen
}

## Engine: best times and rotations

overlap-every-week = jede Woche
overlap-weeks-from = { $weeks ->
    [one] 1 Woche
   *[other] { $weeks } Wochen
} ab { $date }
overlap-outside-hours = { $weekday } { $time }, außerhalb der Lehrzeiten ({ $span })
overlap-other-weekday = { $weekday } { $time }, dort kein Lehrtag ({ $span })
overlap-closed = geschlossen: { $closure } ({ $span })
overlap-closed-unnamed = geschlossen wegen einer Schließzeit ({ $span })
overlap-outside-term = außerhalb des Semesters ({ $span })
overlap-clock-change = { $time } ab { $date }: { $why } ({ $weeks ->
    [one] 1 Woche
   *[other] { $weeks } Wochen
})
overlap-clocks-change = die Uhren werden umgestellt
overlap-leaves-summer-time = { $place } stellt auf Winterzeit um
overlap-enters-summer-time = { $place } stellt auf Sommerzeit um
overlap-clocks-move = in { $place } werden die Uhren um { $hours } Std. umgestellt
overlap-both = { $first } und { $second }
overlap-campus-reasons = { $campus }: { $reasons }
overlap-campus-fails = { $campus } passt in { $failing } von { $weeks ->
    [one] 1 Woche
   *[other] { $weeks } Wochen
} nicht: { $reasons }
overlap-booked = { $who } ist ab { $date } { $weeks ->
    [one] 1 Woche
   *[other] { $weeks } Wochen
} belegt
overlap-someone = Jemand

rotation-tally = { $campus }: { $burdens }
rotation-tally-none = { $campus }: 0
rotation-burden = { $count } × { $kind ->
    [night] nachts
    [weekend] am Wochenende
    [early] früh
    [late] spät
   *[outside-hours] außerhalb der Lehrzeiten
}

## Engine: calendar files (ICS)

ics-calendar-name = { $schedule } · { $who }
ics-room = { $room }, { $campus }
ics-online = Online
ics-kind = { $kind ->
    [joint-lecture] gemeinsame Vorlesung
    [lecture] Vorlesung
    [lab] Labor
    [seminar] Seminar
    [tutorial] Übung
    [exam] Prüfung
    [office-hours] Sprechstunde
   *[other] Sonstiges
}
ics-course-kind = { $course } · { $kind }
ics-taught-from = Gastgebercampus: { $campus } ({ $place })
ics-taught-from-elsewhere = Gastgebercampus: { $campus } (Zeiten in Ortszeit { $place })
ics-lecturer = Lehrperson: { $name }
ics-join = Online teilnehmen: { $url }

## App: header, start page, banners, language menu, status lines

shell-brand = Meridian
page-title-planner = Meridian — gemeinsame Lehrveranstaltungen über Zeitzonen hinweg
page-title-timetable = Stundenplan — Meridian
shell-footer-tzdb = IANA tzdb { $version }
shell-footer-version = Meridian { $version }
shell-footer-private = Alles bleibt in diesem Browser
shell-campus-count = { $count ->
    [one] { $count } Campus
   *[other] { $count } Campus
}
shell-view = Ansicht
shell-planner = Planer
shell-my-timetable = Mein Stundenplan
shell-schedule = Plan
shell-shared-option = { $name } (geteilter Link)
shell-demos = Demos
shell-my-schedules = Meine Pläne
shell-demo-enhance-autumn-2026 = ENHANCE · Herbst 2026
shell-demo-gma-spring-2027 = Global MOOC Alliance · Frühjahr 2027
shell-grid-in = Zeitzone des Rasters
shell-your-time = Ihre Zeit ({ $place })
shell-your-zone = Ihre Zeitzone
shell-history = Verlauf
shell-undo = Rückgängig
shell-undo-title = Rückgängig (Strg+Z)
shell-redo = Wiederholen
shell-redo-title = Wiederholen (Strg+Umschalt+Z)
shell-new-session = Neue Sitzung
shell-people = Campus & Personen
shell-file = Datei
shell-new-schedule = Neuer Plan…
shell-open-my-schedules = Meine Pläne…
shell-import-busy = Belegte Zeiten importieren
shell-export-file = Datei exportieren
shell-compare-with = Vergleichen mit…
shell-open-file = Datei öffnen
shell-share = Teilen

language-menu-label = Sprache
language-menu-title = Sprache von Meridian wählen

banner-label = Geteilter Plan
banner-shared-copy = Geteilte Kopie.
banner-shared-copy-detail = Sie haben einen Plan aus einem Link oder einer Datei geöffnet. Er wird erst in diesem Browser gespeichert, wenn Sie ihn speichern (oder ändern); Ihre eigenen Pläne bleiben unberührt.
banner-identity-stored = Ein Plan mit dieser Identität ist bereits gespeichert
banner-already-stored = „{ $name }“ ist bereits unter Ihren Plänen. Diese Kopie damit vergleichen und zusammenführen, den Plan durch diese Kopie ersetzen oder beide behalten?
banner-compare-and-merge = Vergleichen und zusammenführen…
banner-replace = Ersetzen
banner-keep-both = Beide behalten
banner-cancel = Abbrechen
banner-you-have = „{ $name }“ ist bereits unter Ihren Plänen: Sehen Sie nach, was sich geändert hat, und führen Sie die Änderungen mit Ihrer Version zusammen.
banner-compare-with-mine = Mit meiner Version vergleichen…
banner-save = Unter „Meine Pläne“ speichern
banner-read-only = Schreibgeschützter Stundenplan.
banner-read-only-for = Schreibgeschützter Stundenplan für { $whom }.
banner-read-only-detail = Per Link geteilt: Die Zeiten werden in Ihrer Zeitzone angezeigt; es wird nichts gespeichert.
banner-release-ready = Eine neuere Version von Meridian ist bereit.
banner-release-reload = Neu laden, um sie zu verwenden

status-moved = { $title } liegt jetzt { $shift }.
status-resized = { $title } dauert jetzt { $length }.
status-deleted = { $title } gelöscht. „Rückgängig“ stellt die Sitzung wieder her.
status-added = { $title } hinzugefügt.
status-session-saved = { $title } gespeichert.
status-busy-imported = Aus „{ $calendar }“ importiert: { $blocks ->
    [one] { $blocks } belegter Zeitblock. Er fließt in die Konfliktprüfung ein und erscheint grau im Raster.
   *[other] { $blocks } belegte Zeitblöcke. Sie fließen in die Konfliktprüfung ein und erscheinen grau im Raster.
}
status-renamed = Umbenannt in „{ $name }“.
status-occurrence-moved = { $title } am { $date } liegt jetzt { $shift }, nur in dieser Woche.
status-occurrence-resized = { $title } am { $date } dauert jetzt { $length }, nur in dieser Woche.
status-occurrence-saved = { $title } am { $date } gespeichert, nur in dieser Woche.
status-occurrence-skipped = { $title } findet am { $date } nicht statt. „Rückgängig“ stellt den Termin wieder her.
status-merged = { $changes ->
    [0] Zusammengeführt: Hier musste sich nichts ändern.
    [one] Zusammengeführt: 1 Änderung aus der anderen Version übernommen.
   *[other] Zusammengeführt: { $changes } Änderungen aus der anderen Version übernommen.
} „Rückgängig“ führt zu Ihrer Version zurück.
status-rotation-accepted = { $slots ->
    [one] { $title } liegt jetzt auf dem gerechtesten Wochentermin.
   *[other] { $title } wechselt jetzt zwischen { $slots } Wochenterminen, jeder als eigene Serie.
} „Rückgängig“ stellt den vorherigen Stand wieder her.
status-holiday-taught = Am Campus { $campus } wird am { $date } trotz des Feiertags ({ $holiday }) gelehrt. „Rückgängig“ macht den Tag wieder zum Feiertag.
status-holiday-again = Am { $date } ist am Campus { $campus } wieder Feiertag ({ $holiday }).
status-setup-saved = Campus und Personen gespeichert.
status-undone = Rückgängig gemacht.
status-redone = Wiederholt.
status-created = „{ $name }“ erstellt. Fügen Sie Sitzungen mit „Neue Sitzung“ hinzu; jede Änderung wird in diesem Browser gespeichert.
status-updated-from-tab = Mit den Änderungen aktualisiert, die in einem anderen Tab an diesem Plan vorgenommen wurden.
status-merged-with-tab = Dieser Plan wurde auch in einem anderen Tab geändert: Die dortigen und Ihre Änderungen bleiben beide erhalten.
status-changed-on-both-tabs = Dieser Plan wurde auch in einem anderen Tab geändert, und manches wurde in beiden Tabs geändert: Wählen Sie, was gelten soll. Bis dahin wird nichts gespeichert.
status-session-gone = Diese Sitzung ist nicht mehr im Plan.
status-refused = Diese Änderung ist nicht möglich: { $reason }
status-name-needed = Ein Plan braucht einen Namen.
status-demo-not-loaded = Der Demo-Plan konnte nicht geladen werden: { $reason }
status-link-unreadable = Der geöffnete Link konnte nicht gelesen werden: { $reason }.
status-link-unreadable-demo = Der geöffnete Link konnte nicht gelesen werden: { $reason }. Stattdessen wird der Demo-Plan gezeigt.
status-file-not-opened = „{ $file }“ wurde nicht geöffnet, und nichts wurde geändert: { $reason }.
status-file-unreadable = „{ $file }“ konnte nicht gelesen werden.
status-storage-open = Dieser Plan konnte nicht geöffnet werden: { $reason }.
status-storage-open-last = Ihr letzter Plan konnte nicht geöffnet werden: { $reason }.
status-storage-list = Ihre gespeicherten Pläne konnten nicht gelesen werden: { $reason }.
status-storage-compare = Ihre gespeicherte Version konnte für den Vergleich nicht gelesen werden: { $reason }.
status-storage-autosave = Ihre letzte Änderung ist hier geöffnet, aber nicht gespeichert: { $reason }.
status-storage-remember = Eine Version wurde nicht im Verlauf dieses Plans festgehalten: { $reason }.
status-storage-save = Der Plan wurde nicht gespeichert: { $reason }.
status-storage-remove = Nicht gelöscht: { $reason }.
status-storage-other = Das hat nicht geklappt: { $reason }.
status-zone-unknown = Keine Zeitzone passt zu „{ $text }“. Geben Sie eine Stadt (z. B. Trondheim) oder einen IANA-Namen (z. B. Europe/Oslo) ein.


holidays-not-loaded = Die Feiertage von { $campus } ({ $country }) konnten nicht geladen werden: Die Konfliktprüfung berücksichtigt für diesen Campus nur die eingetragenen Schließzeiten. Laden Sie die Seite neu, um es noch einmal zu versuchen.
holidays-unknown-region = { $campus } hat die Region „{ $region }“, die es in den Feiertagsdaten für { $country } nicht gibt: Die Konfliktprüfung berücksichtigt nur die landesweiten Feiertage ({ $country }). Wählen Sie die Region unter „Campus und Personen“.
holidays-year-not-covered = Die Feiertagsdaten für { $country } decken { $year } nicht ab: Die Feiertage von { $campus } in diesem Jahr fehlen in der Konfliktprüfung.
holidays-both-names = { $local } ({ $english })
holidays-student-notice = { $date }: { $name }, Feiertag am Campus { $campus }
holidays-student-notice-observed = { $date }: { $name }, Feiertag am Campus { $campus }, auf diesen Tag verlegt

## App: student timetable

timetable-label = Mein Stundenplan
timetable-my-campus = Mein Campus
timetable-all-campuses = Alle Campus
timetable-my-cohort = Meine Gruppe
timetable-all-cohorts = Alle Gruppen
timetable-add-to-calendar = Zu meinem Kalender hinzufügen (.ics)
timetable-next = Als Nächstes: { $title } { $countdown } – { $date }, { $time } (Ihre Zeit)
timetable-no-more = In diesem Semester keine weiteren Sitzungen.
timetable-time-changes = Zeitänderungen
timetable-public-holidays = Gesetzliche Feiertage
timetable-show = Anzeigen
timetable-agenda = Liste
timetable-week = Woche
timetable-hide-earlier = Frühere Tage ausblenden
timetable-show-earlier = { $count ->
    [one] { $count } früheren Tag anzeigen
   *[other] { $count } frühere Tage anzeigen
}
timetable-nothing = Keine Sitzungen vorhanden.
timetable-skipped = fällt diese Woche aus
timetable-moved = diese Woche verschoben
timetable-skipped-date = fällt aus
timetable-moved-date = verschoben
timetable-meta = { $length } · Zeit am Gastgebercampus: { $host }
timetable-meta-rooms = { $length } · Zeit am Gastgebercampus: { $host } · { $rooms }
timetable-meta-elsewhere = { $length } · { $time } Ortszeit { $city } · Gastgebercampus: { $campus }
timetable-meta-elsewhere-rooms = { $length } · { $time } Ortszeit { $city } · Gastgebercampus: { $campus } · { $rooms }
timetable-host-time = { $time } in { $city } ({ $campus })
timetable-host-time-no-campus = { $time } in { $city }
timetable-room = { $room }, { $campus }
timetable-next-day = { $time } (nächster Tag)
timetable-join = Online teilnehmen
timetable-not-a-web-link = kein Weblink
timetable-change = Ab { $date } beginnt { $title } um { $now } statt um { $was }.
timetable-change-why = Ab { $date } beginnt { $title } um { $now } statt um { $was } ({ $why }).
timetable-this-class = Diese Sitzung
timetable-switch-to-summer = { $city } stellt auf Sommerzeit um
timetable-switch-from-summer = { $city } stellt auf Winterzeit um
timetable-term-label = Semester im Überblick
timetable-term-heading = Semester im Überblick – { $name }
timetable-times-in = Zeiten in Ortszeit { $place } ({ $zone }).
timetable-column-session = Sitzung
timetable-column-when = Zeit
timetable-column-dates = Termine
timetable-usual = { $weekday } { $time }
timetable-other-times = { $usual } (an { $count ->
    [one] { $count } Termin
   *[other] { $count } Terminen
} zu anderen Zeiten)
timetable-dates = { $first } – { $last } · { $count ->
    [one] { $count } Sitzung
   *[other] { $count } Sitzungen
}
timetable-opening-planner = Der Planer wird geöffnet…
timetable-open-the-link = Öffnen Sie den Link für Studierende, den Sie von Ihrer Studiengangskoordination erhalten haben, um Ihren Stundenplan hier zu sehen.
timetable-opening = Der Stundenplan wird geöffnet…
timetable-plan-in-meridian = Einen Plan in Meridian erstellen

## App: planner grid, session form, conflicts panel, time finder, best times panel

week-nav = Wochen des Semesters
week-previous = Vorherige Woche
week-next = Nächste Woche
week-pick = Woche
week-label = Woche { $week } · { $days } { $year }
week-position = Semesterwoche { $week } von { $weeks }
week-snap = Einrasten auf
week-term-strip = Semester im Überblick: Wochen mit Konflikten oder Zeitumstellungen
week-cell = Woche { $week } ({ $date }){ $conflicts ->
        [yes] , mit Konflikten
       *[no] {""}
    }{ $switch ->
        [yes] , Zeitumstellung
       *[no] {""}
    }
week-switches = Zeitumstellungen in dieser Woche
week-switch-forward = { $date }: { $campuses } – die Uhren werden vorgestellt, { $from } → { $to } (jetzt UTC{ $offset })
week-switch-back = { $date }: { $campuses } – die Uhren werden zurückgestellt, { $from } → { $to } (jetzt UTC{ $offset })

grid-label = Sitzungen, Zeiten in { $zone }
grid-day-tabs = Tag
grid-day-count = { $count ->
        [one] { $count } Sitzung
       *[other] { $count } Sitzungen
    }
grid-scroll = Wochenraster, scrollbar
grid-ruler-you = Sie
grid-ruler-your-time = Ihre Zeit
grid-ruler = Zeitleiste { $name }
grid-ruler-closed = { $campus } ist geschlossen: { $days }
grid-ruler-offset = UTC{ $offset } · { $abbreviation }
grid-day-off = { $date }: { $holiday }
grid-legend = Rasterzeiten in { $zone } · die Leisten zeigen die Ortszeit jedes Campus, außerhalb der Lehrzeiten schattiert · Zeigen auf eine Sitzung, Fokussieren oder Antippen zeigt ihre Ortszeit an jedem Campus{ $editable ->
        [yes] {" "}· über freie Zeit ziehen, um eine Sitzung hinzuzufügen
       *[no] {""}
    }

block-keys = Eingabetaste oder Doppelklick: bearbeiten (nur diese Woche oder jede Woche); Pfeiltasten verschieben jede Woche um { $step } Minuten oder einen Tag; Umschalt mit Pfeil nach oben oder unten ändert die Dauer; Entf löscht die Sitzung (Strg+Z macht es rückgängig). Ziehen verschiebt, Ziehen am unteren Rand ändert die Dauer.
block-resize = Ziehen, um die Dauer zu ändern
block-changed = Nur in dieser Woche geändert
block-busy-title = Belegt
block-busy = Belegt für { $whose } (aus { $calendar }), { $time }
block-local-times = Ortszeit an jedem Campus
block-other-day = anderer Tag
block-outside-hours = außerhalb der Lehrzeiten
block-join = Online teilnehmen
block-not-a-web-link = kein Weblink

planner-cancel = Abbrechen
planner-scope-move = „{ $title }“ { $shift } legen?
planner-scope-shorter = „{ $title }“ um { $length } kürzen?
planner-scope-longer = „{ $title }“ um { $length } verlängern?
planner-scope-why = Es ist eine wöchentliche Serie. Nur die gezogene Woche ändern oder jede Woche der Serie?
planner-scope-this-week = Nur diese Woche ({ $date })
planner-scope-every-week = Jede Woche
planner-main = Wochenraster

conflicts-label = Konflikte
conflicts-title = Konflikte
conflicts-counts = { $errors ->
        [one] { $errors } Fehler
       *[other] { $errors } Fehler
    } · { $warnings ->
        [one] { $warnings } Warnung
       *[other] { $warnings } Warnungen
    } · { $notes ->
        [one] { $notes } Hinweis
       *[other] { $notes } Hinweise
    }
conflicts-checking-short = wird geprüft…
conflicts-progress = Konflikte werden geprüft
conflicts-checking = Der Plan wird geprüft…
conflicts-checking-changed = Der geänderte Plan wird geprüft… Die Liste unten stammt von vor der Änderung.
conflicts-none = Keine Konflikte: Jede Sitzung passt an jedem Campus, in jeder Woche.
conflicts-errors = Fehler ({ $count })
conflicts-warnings = Warnungen ({ $count })
conflicts-notes = Verschiebungen durch die Zeitumstellung und Hinweise ({ $count })
conflicts-drift-caption = Beginn in Ortszeit an jedem Campus im Lauf des Semesters
conflicts-show-week = Woche vom { $date } anzeigen
conflicts-find = Zeit für { $title } finden
conflicts-find-week = Zeit für { $title } nur am { $date } finden
conflicts-teach-anyway = Trotz Feiertag lehren ({ $holiday })
conflicts-show-more = { $count } weitere anzeigen
conflicts-hint = Tipp: { $hint }

planner-drag-label = Wo die Sitzung landen würde
planner-drag-title = { $title }, { $date }
planner-drag-checking = Die Konflikte werden noch geprüft: Was diese Verschiebung hinzufügen würde, erscheint, sobald die Prüfung abgeschlossen ist.
planner-drag-ok = Keine neuen Konflikte, auch wenn jede Woche verschoben wird.

finder-label = Zeit finden
finder-button = Zeit finden
finder-hint-week = probiert jede halbe Stunde dieser Woche an den Lehrtagen des Gastgebercampus, geprüft gegen alles andere in dieser Woche
finder-hint-series = probiert jede halbe Stunde der ersten Woche an den Lehrtagen des Gastgebercampus, jeweils gegen das ganze Semester
finder-progress = Zeit wird gesucht
finder-searching = Alle Anfangszeiten der Woche werden ausprobiert…
finder-stop = Anhalten
finder-when = { $date }, { $time }
finder-now = Zeiten in Ortszeit { $place }. Derzeit { $when }: { $summary }
finder-none-better = Keine andere Zeit in dieser Woche ist besser.
finder-refused = Keine Zeiten vorzuschlagen: { $reason }.

form-edit-title = Sitzung bearbeiten
form-new-title = Neue Sitzung
form-scope = Ändern
form-scope-every-week = jede Woche der Serie
form-scope-this-week = nur { $date } (diese Woche)
form-week-note = { $title } am { $date }: Die Zeit gilt in { $place }. Titel, Gruppen, Lehrperson und alles Weitere bleiben die der Serie; wählen Sie „jede Woche der Serie“, um sie zu ändern.
form-title = Titel
form-course = Lehrveranstaltung
form-kind = Art
form-kind-option = { $kind ->
        [joint-lecture] gemeinsame Vorlesung
        [lecture] Vorlesung
        [lab] Labor
        [seminar] Seminar
        [tutorial] Übung
        [exam] Prüfung
        [office-hours] Sprechstunde
       *[other] Sonstiges
    }
form-host = Gastgebercampus
form-zone = Uhrzeit gilt in
form-zone-host = Zeitzone des Gastgebercampus
form-date = Datum
form-first-date = Erstes Datum
form-starts-at = Beginn
form-length = Dauer (Minuten)
form-best-times = Beste Zeiten
form-best-times-hint = schattiert die Woche danach, wie viele Campus in jeder Semesterwoche innerhalb ihrer Lehrzeiten liegen, und schlägt eine faire Rotation vor, wenn keine Zeit allen passt
form-repeats = Wiederholung
form-weekly = jede Woche oder alle paar Wochen
form-interval = Alle … Wochen
form-until = Bis (optional)
form-count = Anzahl (optional)
form-skip = Ausgelassene Daten ({ $pattern }, durch Kommas getrennt)
form-weekdays = An diesen Tagen (ohne Auswahl: der Wochentag des ersten Datums)
form-cohorts = Gruppen
form-rooms = Räume
form-lecturer = Lehrperson
form-meeting = Link zum Online-Meeting
form-meeting-placeholder = https://…
form-notes = Notizen
form-cancel-week = Diese Woche absagen
form-close = Schließen
form-save-week = Diese Woche speichern
form-save = Speichern
form-add = Sitzung hinzufügen
form-no-title = Geben Sie der Sitzung einen Titel.
form-no-start = Geben Sie Startdatum und Uhrzeit an.
form-length-not-a-number = Geben Sie die Dauer als Zahl in Minuten an, z. B. 90.
form-interval-too-small = Das Intervall muss mindestens 1 Woche betragen.
form-until-not-a-date = „Bis“ muss ein Datum sein ({ $pattern }).
form-count-not-a-number = „Anzahl“ muss eine Zahl sein.
form-skip-not-a-date = Geben Sie jedes ausgelassene Datum als { $pattern } an.

best-label = Beste Zeiten
best-title = Beste Zeiten für { $title }
best-title-new = Beste Zeiten für eine neue Serie
best-close = Schließen
best-campuses = Campus, die teilnehmen müssen
best-length = Dauer (Minuten)
best-tick-one = Wählen Sie mindestens einen Campus aus.
best-no-map = Keine Übersicht der besten Zeiten: { $reason }.
best-no-rotation = Keine Rotation vorzuschlagen: { $reason }.
best-intro = Zeiten in Ortszeit { $place }. Schattierung im Raster: wie viele ausgewählte Campus bei jedem Beginn in jeder Semesterwoche innerhalb ihrer Lehrzeiten liegen ({ $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    }).
best-key-all = alle
best-key-booked = alle, belegt
best-key-fewer = weniger
best-point-hint = Zeigen Sie auf einen Beginn im Raster oder unten, um zu sehen, warum er für einzelne Campus nicht passt; klicken Sie darauf, um dort eine Serie zu beginnen.
best-slot = { $start }: { $state }
best-slot-no-week = keine Semesterwoche hat diesen Tag
best-slot-everyone = passt allen Campus in jeder Woche, in der sie lehren
best-slot-holding = { $holding } von { $campuses } Campus jede Woche innerhalb der Lehrzeiten
best-closed-weeks-only = { $reason } – nur in Schließwochen, die sich mit keinem Beginn vermeiden lassen
best-booked = { $who } ist ab { $date } { $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    } belegt
best-someone = Jemand
best-everyone-heading = Beginnzeiten, die allen in jeder Woche passen
best-start = Neue Serie mit Beginn { $start }
best-start-everyone = Neue Serie mit Beginn { $start } ({ $starts } passen allen)
best-none-suits = Kein Beginn passt allen { $campuses } Campus in jeder Semesterwoche; am besten passen { $most } von { $campuses }. Am nächsten kommen:
best-no-rotation-found = Kein Beginn an einem Werktag liegt in jeder Semesterwoche ohne Belegung, daher gibt es keine Rotation vorzuschlagen.
best-rotation-heading = { $slots ->
        [one] Ein wöchentlicher Termin ist am gerechtesten
       *[other] Eine gerechte Rotation über { $slots } wöchentliche Termine
    }
best-rotation-note = Abwechselnd, Woche für Woche, sodass Nacht-, Früh-, Spät- und Wochenendsitzungen geteilt werden: höchstens { $largest } Punkte für einen Campus, { $total } insgesamt (eine Nacht zählt { $night }){ $complete ->
        [no] {" "}(die Suche hat ihr Limit erreicht; dies ist das Beste, was sie gefunden hat)
       *[yes] {""}
    }.
best-rotation-scroll = Beginn in Ortszeit je Campus, scrollbar
best-rotation-caption = Beginn jedes Termins in Ortszeit an jedem Campus
best-rotation-campus = Campus
best-rotation-place = in { $place }
best-night = nachts
best-night-aside = (nachts)
best-rotation-weeks = Wochen:
best-rotation-tally = Ungünstige Sitzungen je Campus:
best-rotation-fairness = Fairness: Die ungünstigen Sitzungen jedes Campus werden so gleichmäßig verteilt, wie die Zeiten es erlauben; eine Sitzung in der Nacht (vor 06:00 oder mit Ende nach 23:00, markiert mit ☾) zählt dreifach. Prüfen Sie oben die Ortszeiten jedes Campus.
best-rotation-use = Diese Rotation verwenden
best-rotation-from-form = Öffnen Sie „Beste Zeiten“ im Formular einer Sitzung, um sie durch diese Rotation zu ersetzen.

## App: dialogs

dialog-cancel = Abbrechen
dialog-done = Fertig
dialog-save = Speichern
dialog-remove = entfernen

share-title = „{ $name }“ teilen
share-lead = Der ganze Plan steckt im Link: Nichts wird hochgeladen, und wer ihn öffnet, erhält eine eigene Kopie.
share-edit-heading = Link zum Bearbeiten
share-edit-hint = Öffnet sich im Planer als Kopie, die die empfangende Person ändern und speichern kann.
share-copy = Kopieren
share-view-heading = Link für Studierende
share-view-hint = Schreibgeschützt: Öffnet den Stundenplan in der Zeitzone der jeweiligen Studierenden.
share-for = Für
share-everyone = Alle
share-one-campus = Einen Campus
share-one-cohort = Eine Gruppe
share-download = Kalender herunterladen (.ics)
share-qr-heading = QR-Code
share-qr-of = QR-Code für
share-qr-students = den Link für Studierende
share-qr-edit = den Link zum Bearbeiten
share-qr-label-students = QR-Code des Links für Studierende (Version { $version })
share-qr-label-edit = QR-Code des Links zum Bearbeiten (Version { $version })
share-qr-caption = { $width }×{ $width } Module: mit der Handykamera scannen oder auf eine Folie setzen.
share-qr-too-large = Dieser Plan ist zu groß für einen QR-Code: Teilen Sie stattdessen den Link.
share-copied-edit = Link zum Bearbeiten in die Zwischenablage kopiert.
share-copied-students = Link für Studierende in die Zwischenablage kopiert.
share-copy-failed-edit = Kopieren nicht möglich: Markieren Sie den Link zum Bearbeiten und drücken Sie Strg+C (⌘C auf dem Mac).
share-copy-failed-students = Kopieren nicht möglich: Markieren Sie den Link für Studierende und drücken Sie Strg+C (⌘C auf dem Mac).
share-downloaded = { $file } heruntergeladen: Öffnen Sie die Datei mit Ihrer Kalender-App, um alle Sitzungen hinzuzufügen.
share-download-failed = Die Kalenderdatei konnte in diesem Browser nicht erstellt werden.
share-length = { $count ->
    [one] { $count } Zeichen
   *[other] { $count } Zeichen
}
share-no-link = Kein Link: { $reason }.
share-sheet = Link für Studierende teilen…

import-title = Belegte Zeiten importieren
import-lead = Eine Kalenderdatei aus dem Planungssystem eines Partners (TimeEdit, Untis, Google Calendar, Outlook). Die Termine darin gelten in der Konfliktprüfung als belegte Zeit und erscheinen grau im Raster. Nichts verlässt diesen Browser.
import-file = Kalenderdatei (.ics)
import-busy-of = Belegte Zeit von
import-group-cohorts = Gruppen
import-group-lecturers = Lehrpersonen
import-group-rooms = Räume
import-group-campuses = Ganzer Campus (alle Gruppen)
import-name = Name (optional)
import-name-placeholder = z. B. NTNU TimeEdit, Herbst 2026
import-submit = Importieren
import-choose-file = Wählen Sie zuerst eine Kalenderdatei (.ics).
import-too-large = „{ $file }“ ist { $size } MB groß; Meridian liest Kalenderdateien bis { $limit } MB (exportieren Sie einen kürzeren Zeitraum).
import-unreadable = Die Datei konnte nicht gelesen werden.
import-nothing-imported = Es wurde nichts importiert: { $reason }.

new-title = Neuer Plan
new-lead = Beginnen Sie mit einer Allianz: Ihre Campus werden mit Zeitzonen und Standard-Lehrzeiten (Montag–Freitag, 08:00–20:00 Ortszeit) übernommen, die Sie später ändern können.
new-alliance = Allianz
new-campuses = Campus
new-campus = { $campus } ({ $city })
new-name = Name
new-name-placeholder = z. B. Nachhaltige Energiesysteme – Sommersemester 2027
new-term-starts = Semesterbeginn
new-term-ends = Semesterende
new-create = Erstellen
new-dates-missing = Geben Sie den ersten und den letzten Tag des Semesters an.
new-default-name = Semester { $alliance }
new-default-name-plain = Neues Semester
new-cannot-make = Der Plan kann nicht erstellt werden: { $reason }.

people-title = Campus und Personen
people-campuses = Campus: Lehrzeiten ({ $pattern }; leer = keine Lehre) und Schließzeiten
people-campus-place = · { $city } · { $zone }
people-remove-campus-label = Campus { $name } entfernen
people-remove-campus = Campus entfernen
people-remove-closure-label = Schließzeit { $name } entfernen
people-remove-cohort-label = Gruppe { $name } entfernen
people-remove-lecturer-label = Lehrperson { $name } entfernen
people-remove-room-label = Raum { $name } entfernen
people-hours-label = Lehrzeiten von { $campus } am { $weekday }
people-hours-empty = —
people-hours-refused = „{ $hours }“ sind keine Lehrzeiten für { $weekday }: Schreiben Sie sie als 08:00-18:00, oder lassen Sie das Feld leer, wenn nicht gelehrt wird.
people-closure = { $name } – { $date }
people-closure-span = { $name } – { $start } bis { $end }
people-add-closure = Schließzeit hinzufügen (Name, Datum)
people-add-closure-placeholder = Feiertag, 2026-12-08
people-add-closure-label = Schließzeit am Campus { $campus } hinzufügen
people-closure-refused = „{ $text }“ ist keine Schließzeit: Schreiben Sie den Namen, ein Komma und das Datum, z. B. Feiertag, 2026-12-08.
people-add-campus = Campus hinzufügen: Hochschule, Stadt oder Zeitzone suchen
people-add-known = + { $campus } ({ $city })
people-add-zone = + Campus in { $city } ({ $zone })
people-new-campus-name = Campus { $city }
people-cohorts = Gruppen
people-cohort-name = Name der Gruppe
people-campus-of = Campus von { $name }
people-add-cohort = Gruppe hinzufügen
people-lecturers = Lehrpersonen
people-lecturer-name = Name der Lehrperson
people-add-lecturer = Lehrperson hinzufügen
people-rooms = Räume
people-room-name = Name des Raums
people-add-room = Raum hinzufügen
people-removed = { $removed } „Speichern“ behält die Änderung, „Abbrechen“ verwirft sie.
people-not-removed = Nicht entfernt: { $reason }.
people-not-changed = Nicht geändert: { $reason }.
people-new-cohort-campus = Campus der neuen Gruppe
people-lecturer-prompt = Name der Lehrperson eingeben
people-room-prompt = Name des Raums eingeben
problem-unnamed = { $item ->
    [cohort] Gruppe { $position } in der Liste hat keinen Namen; geben Sie einen ein oder entfernen Sie die Gruppe
    [lecturer] Lehrperson { $position } in der Liste hat keinen Namen; geben Sie einen ein oder entfernen Sie die Lehrperson
   *[room] Raum { $position } in der Liste hat keinen Namen; geben Sie einen ein oder entfernen Sie den Raum
}

calendar-region = Feiertagsregion
calendar-region-label = Feiertagsregion von { $campus }
calendar-national-only = Nur landesweite Feiertage ({ $country })
calendar-national-no-country = Kein Land festgelegt
calendar-no-country = Kein Land: nur die eingetragenen Schließzeiten
calendar-loading = Gesetzliche Feiertage ({ $country }): werden geladen…
calendar-no-holidays = Keine gesetzlichen Feiertage im Semester
calendar-holidays = { $taught ->
    [0] Gesetzliche Feiertage im Semester ({ $count })
   *[other] Gesetzliche Feiertage im Semester ({ $count }, an { $taught } wird gelehrt)
}
calendar-unticked = Nicht angehakt: Der Campus lehrt an diesem Tag.
calendar-english-name = ({ $name })
calendar-observed = verlegt
calendar-substitute = Ersatztag
calendar-we-teach = mit Lehrbetrieb
calendar-period = { $kind ->
    [exams] Prüfungen
   *[lecture-free] Vorlesungsfrei
}: { $name } – { $start } bis { $end } { $year }
calendar-remove-period-label = Zeitraum { $name } entfernen
calendar-add-exams = Prüfungszeitraum hinzufügen (Name, erster Tag, letzter Tag)
calendar-add-lecture-free = Vorlesungsfreie Zeit hinzufügen (Name, erster Tag, letzter Tag)
calendar-add-exams-label = Prüfungszeitraum am Campus { $campus } hinzufügen
calendar-add-lecture-free-label = Vorlesungsfreie Zeit am Campus { $campus } hinzufügen
calendar-exams-placeholder = Prüfungen Winter, 2027-02-01, 2027-02-19
calendar-lecture-free-placeholder = Weihnachtsferien, 2026-12-21, 2027-01-03
calendar-period-refused = „{ $text }“ ist kein Zeitraum: Schreiben Sie den Namen, den ersten und den letzten Tag, z. B. Prüfungen Winter, 2027-02-01, 2027-02-19.
calendar-import = Akademischen Kalender importieren (.ics)…
calendar-import-label = Akademischen Kalender von { $campus } importieren (.ics)
calendar-too-large = „{ $file }“ ist { $size } MB groß; Meridian liest Kalenderdateien bis { $limit } MB.
calendar-unreadable = Die Datei konnte nicht gelesen werden.
calendar-nothing-read = Es wurde nichts gelesen: { $reason }.
calendar-academic-label = Akademischer Kalender von { $campus }
calendar-no-events = Keine Termine im Semester.
calendar-events = Termine im Semester, jeweils wie gewählt übernommen:
calendar-event = { $name }: { $when }
calendar-event-no-name = (ohne Namen): { $when }
calendar-keep-as = { $name } ({ $when }) übernehmen als
calendar-keep-no-name-as = Termin ohne Namen ({ $when }) übernehmen als
calendar-event-span = { $start } bis { $end }
calendar-as-closure = Schließzeit
calendar-as-exams = Prüfungszeitraum
calendar-as-lecture-free = Vorlesungsfrei
calendar-as-skip = Überspringen
calendar-forget = Verwerfen
calendar-add = Übernehmen

schedules-title = Meine Pläne
schedules-lead = Nur im Speicher dieses Browsers auf diesem Gerät abgelegt.
schedules-protected = Der Browser hat zugesagt, den Speicher zu behalten (er leert ihn nicht, um Platz zu schaffen).
schedules-unprotected = Der Browser hat nicht zugesagt, den Speicher zu behalten: Er kann ihn leeren, um Platz zu schaffen, und Safari leert ihn nach sieben Tagen ohne Besuch, wenn die App nicht installiert ist.
schedules-protection-unknown = Dieser Browser sagt nicht, ob er den Speicher behält.
schedules-keep-elsewhere = Exportieren Sie eine Datei oder kopieren Sie den Link zum Bearbeiten, um anderswo eine Kopie aufzubewahren.
schedules-backup-changed = „{ $name }“ wurde geändert, seit Sie den Plan zuletzt exportiert oder geteilt haben.
schedules-backup-how = Die einzige Kopie liegt in diesem Browser: Nutzen Sie „Datei exportieren“ im Menü „Datei“ oder kopieren Sie unter „Teilen“ den Link zum Bearbeiten und schicken Sie ihn sich selbst.
schedules-none = Noch keine: Ändern Sie eine Demo, öffnen und speichern Sie einen geteilten Link, oder erstellen Sie einen neuen Plan.
schedules-name-label = Name von { $name }
schedules-open = Öffnen
schedules-duplicate = Duplizieren
schedules-delete-label = { $name } löschen?
schedules-delete-question = „{ $name }“ löschen?
schedules-delete = Löschen
schedules-keep = Behalten
schedules-delete-ask = Löschen…
schedules-deleted = „{ $name }“ gelöscht.
schedules-undo = Rückgängig
schedules-damaged = Als beschädigt beiseitegelegt
schedules-damaged-hint = Diese ließen sich nicht lesen und wurden deshalb unverändert beiseitegelegt. Laden Sie einen herunter, um ihn von Hand zu reparieren (es ist das JSON des Plans), und öffnen Sie dann die Datei.
schedules-damaged-list = Liste der Pläne
schedules-damaged-schedule = Plan „{ $id }“
schedules-download-list-label = Liste der Pläne herunterladen
schedules-download-schedule-label = Plan „{ $id }“ herunterladen
schedules-download = Herunterladen
schedules-discard-list-label = Liste der Pläne verwerfen
schedules-discard-schedule-label = Plan „{ $id }“ verwerfen
schedules-discard = Verwerfen
schedules-kept = Aufbewahrte Versionen von „{ $name }“ ({ $count })
schedules-kept-hint = Die Versionen, die Sie geteilt, erhalten oder vor einer Zusammenführung hatten (die letzten 20): Vergleichen Sie eine mit Ihrer, um zurückzuholen, was Sie möchten.
schedules-version = { $how ->
    [both] Geteilt und erhalten
    [shared] Geteilt
    [received] Erhalten
   *[had] Vor einer Zusammenführung
} · Version { $version }
schedules-compare-label = Version { $version } mit Ihrer vergleichen
schedules-compare = Vergleichen…
schedules-discard-versions = Diese Versionen verwerfen
schedules-copy-name = { $name } (Kopie)
schedules-storage-unavailable = dieser Browser lässt Meridian keine Pläne speichern (privater Modus oder Speicher ausgeschaltet); Ihre Arbeit bleibt nur in diesem Tab geöffnet
schedules-storage-full = der Speicher dieses Browsers für Meridian ist voll; Ihre Arbeit bleibt in diesem Tab geöffnet, und Sie können sie als Datei exportieren
schedules-damaged-left = der gespeicherte Plan „{ $id }“ ist beschädigt ({ $reason }); er wurde nicht angetastet
schedules-damaged-set-aside = der gespeicherte Plan „{ $id }“ ist beschädigt ({ $reason }); er wurde unverändert beiseitegelegt, damit nichts ihn überschreibt, und „Meine Pläne“ bietet ihn als Datei an
schedules-missing = in diesem Browser ist kein Plan „{ $id }“ gespeichert
schedules-list-repaired = Die Liste Ihrer gespeicherten Pläne war beschädigt: Sie wurde beiseitegelegt und aus den hier gespeicherten Plänen neu erstellt („Meine Pläne“ bietet die beschädigte Liste als Datei an).
schedules-unreadable = Ihre gespeicherten Pläne konnten nicht gelesen werden: { $reason }.
