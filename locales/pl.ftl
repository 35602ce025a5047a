### Meridian — Polish messages (Polski)
###
### Słowniczek — jedno słowo dla każdego kluczowego pojęcia, używane tak samo we wszystkich komunikatach.
###   session = zajęcia
###   series = cykl
###   course = przedmiot
###   cohort = grupa
###   campus = kampus
###   host campus = kampus prowadzący
###   teaching hours = godziny zajęć
###   closure = dzień wolny
###   clash = kolizja
###   conflict = konflikt
###   drift = przesunięcie
###   clock change = zmiana czasu
###   term = semestr
###   share link = link do udostępniania

## Shared: lengths of time, counts

length-minutes = { $minutes } min
length-hours = { $hours } godz.
length-hours-minutes = { $hours } godz. { $minutes } min
shift-later = { $days ->
    [0] o { $length } później
   *[other] { $minutes ->
        [0] { $days ->
            [one] o { $days } dzień później
            [few] o { $days } dni później
            [many] o { $days } dni później
           *[other] o { $days } dnia później
        }
       *[other] { $days ->
            [one] o { $days } dzień i { $length } później
            [few] o { $days } dni i { $length } później
            [many] o { $days } dni i { $length } później
           *[other] o { $days } dnia i { $length } później
        }
    }
}
shift-earlier = { $days ->
    [0] o { $length } wcześniej
   *[other] { $minutes ->
        [0] { $days ->
            [one] o { $days } dzień wcześniej
            [few] o { $days } dni wcześniej
            [many] o { $days } dni wcześniej
           *[other] o { $days } dnia wcześniej
        }
       *[other] { $days ->
            [one] o { $days } dzień i { $length } wcześniej
            [few] o { $days } dni i { $length } wcześniej
            [many] o { $days } dni i { $length } wcześniej
           *[other] o { $days } dnia i { $length } wcześniej
        }
    }
}
countdown-now = teraz
countdown-in = za { $length }
countdown-days = za { $days } dni
countdown-tomorrow = jutro

## Places
place-aachen = Akwizgran
place-amsterdam = Amsterdam
place-auckland = Auckland
place-bangkok = Bangkok
place-beijing = Pekin
place-berlin = Berlin
place-cambridge-ma = Cambridge, Massachusetts
place-chicago = Chicago
place-delft = Delft
place-gdansk = Gdańsk
place-gothenburg = Göteborg
place-hangzhou = Hangzhou
place-houston = Houston
place-london = Londyn
place-madrid = Madryt
place-manchester = Manchester
place-milan = Mediolan
place-moscow = Moskwa
place-munich = Monachium
place-nairobi = Nairobi
place-new-york = Nowy Jork
place-oslo = Oslo
place-paris = Paryż
place-rome = Rzym
place-saint-petersburg = Petersburg
place-santiago = Santiago
place-shanghai = Szanghaj
place-singapore = Singapur
place-stockholm = Sztokholm
place-toronto = Toronto
place-trondheim = Trondheim
place-ulaanbaatar = Ułan Bator
place-valencia = Walencja
place-warsaw = Warszawa
place-zuerich = Zurych
place-zurich = Zurych

## Engine: conflicts and their hints

conflict-resource-cohort = Grupa { $name }
conflict-resource-lecturer = Prowadzący { $name }
conflict-resource-room = Sala { $name }

conflict-double-booked = { $resource } ma w dniu { $date } dwa terminy naraz: { $first_span } i { $second_span } (czas lokalny: { $place }; { $same ->
        [yes] dwukrotnie { $first }
       *[no] { $first } i { $second }
    }; nakładają się o { $minutes } min)

conflict-short-break = { $resource } ma w dniu { $date } tylko { $gap } min przerwy między zajęciami { $first } (koniec { $first_end }) a zajęciami { $second } (początek { $second_start }), czas lokalny: { $place }; reguła wymaga { $rule } min

conflict-busy = { $resource } ma w dniu { $date } zajęty termin { $busy } (czas lokalny: { $place }; { $calendar }), gdy odbywają się zajęcia { $session } ({ $meets })
conflict-busy-block = { $resource } ma w dniu { $date } zajęty termin { $busy } (czas lokalny: { $place }; { $block } z kalendarza { $calendar }), gdy odbywają się zajęcia { $session } ({ $meets })

conflict-public-holiday = { $session } ({ $date }) wypada w święto { $holiday }, dzień ustawowo wolny w kampusie { $campus } ({ $city }): grupy z tego kampusu mają wolne
conflict-public-holiday-translated = { $session } ({ $date }) wypada w święto { $holiday } ({ $english }), dzień ustawowo wolny w kampusie { $campus } ({ $city }): grupy z tego kampusu mają wolne
conflict-lecture-free = { $session } ({ $date }) wypada w okresie bez zajęć w kampusie { $campus } ({ $period })
conflict-exam-period = { $session } ({ $date }) wypada w sesji egzaminacyjnej { $ends_in_s ->
       *[other] w kampusie { $campus }
    } ({ $period })
conflict-closed = { $session } ({ $date }) wypada w dniu wolnym w kampusie { $campus }: { $closure } (kampus zamknięty)
conflict-closed-unnamed = { $session } ({ $date }) wypada w dniu wolnym w kampusie { $campus } (kampus zamknięty)

conflict-outside-term = { $session } ({ $date }) wypada poza semestrem { $ends_in_s ->
       *[other] w kampusie { $campus }
    } ({ $start } – { $end })
conflict-other-weekday = { $session } ({ $host_date }) wypada w kampusie { $campus } w dniu { $date }, { $span } (czas lokalny: { $city }), a ten dzień nie jest tam dniem zajęć
conflict-no-teaching-day = { $session } ({ $date }) wypada w dniu, w którym kampus { $campus } nie prowadzi zajęć ({ $span }, czas lokalny: { $city })
conflict-outside-hours = { $session } ({ $date }) odbywa się w godz. { $span } (czas lokalny: { $city }), poza godzinami zajęć { $ends_in_s ->
       *[other] kampusu { $campus }
    } ({ $hours })

conflict-skipped-time = { $session }: godzina { $time } nie istnieje w dniu { $date } (czas lokalny: { $place }; zegary przestawia się z { $from } na { $to }); przesunięto na czas po zmianie
conflict-repeated-time = { $session }: godzina { $time } występuje w dniu { $date } dwukrotnie (czas lokalny: { $place }; UTC{ $earlier } i UTC{ $later }); przyjęto pierwsze wystąpienie

conflict-drift = { $session } ({ $weekdays } { $time }, czas lokalny: { $place }) w trakcie semestru przesuwa się w kampusach partnerskich: { $rows }
weekday-list = { $list }, { $day }

conflict-omitted = { $resource } ma jeszcze { $pairs ->
        [one] { $pairs } nakładającą się rezerwację, której nie wymieniono
        [few] { $pairs } nakładające się rezerwacje, których nie wymieniono
       *[many] { $pairs } nakładających się rezerwacji, których nie wymieniono
    } (Meridian wymienia na grupę, prowadzącego lub salę najwyżej tyle pozycji: konflikty – { $conflicts }, nakładania się – { $overlaps })

conflict-repeats = { $message } (oraz jeszcze { $more } { $more ->
        [one] termin
        [few] terminy
        [many] terminów
       *[other] terminu
    }, do { $last })

drift-row = { $cities }: { $times }
drift-once = { $time } w dniu { $date }
drift-until = { $time } do { $date }
drift-from = { $time } od { $date }
drift-between = { $time } od { $from } do { $to }

hint-move-by = przesunąć zajęcia { $session } o { $minutes } min później
hint-move-after = przesunąć zajęcia { $session } o { $minutes } min później, na godz. { $hour ->
   *[other] { $time }
}, po zajęciach { $after }
hint-move-when-free = przesunąć zajęcia { $session } o { $minutes } min później, na godz. { $hour ->
   *[other] { $time }
}, gdy { $resource } nie ma innych zajęć
hint-move-room-free = przesunąć zajęcia { $session } o { $minutes } min później, na godz. { $hour ->
   *[other] { $time }
}: sala { $room } jest tego dnia wolna w godz. { $free }
hint-no-free-time = { $resource } nie ma później tego dnia wolnych { $minutes } min
hint-common-window = tego dnia w godz. { $span } (czas lokalny: { $place }) wszyscy uczestnicy mieszczą się w swoich godzinach zajęć
hint-skip-or-move = pominąć ten termin lub go przesunąć
hint-exams = studenci mogą mieć egzaminy: przenieść termin poza sesję albo go zostawić, jeśli egzaminów nie mają
hint-avoid-switch-hour = wybrać godzinę poza godziną zmiany czasu
hint-fix-listed-first = najpierw usunąć podwójne rezerwacje wymienione na początku: zwykle powodem są kopie tych samych zajęć

resolution-gap = godzina { $time } nie istnieje w dniu { $date } (zegary przestawia się z { $from } na { $to })
resolution-fold = godzina { $time } występuje w dniu { $date } dwukrotnie (UTC{ $earlier } i UTC{ $later })
resolution-gap-in = godzina { $time } nie istnieje w dniu { $date } w strefie { $zone } (zegary przestawia się z { $from } na { $to })
resolution-fold-in = godzina { $time } występuje w dniu { $date } w strefie { $zone } dwukrotnie (UTC{ $earlier } i UTC{ $later })

suggestion-errors = { $count ->
        [one] { $count } błąd
        [few] { $count } błędy
        [many] { $count } błędów
       *[other] { $count } błędu
    }
suggestion-warnings = { $count ->
        [one] { $count } ostrzeżenie
        [few] { $count } ostrzeżenia
        [many] { $count } ostrzeżeń
       *[other] { $count } ostrzeżenia
    }
suggestion-errors-warnings = { $errors }, { $warnings }
suggestion-none = brak konfliktów

## Engine: errors a user can act on

error-unknown-zone = nieznana strefa czasowa „{ $name }”; należy podać nazwę IANA, np. Europe/Berlin
error-unknown-zone-suggestions = nieznana strefa czasowa „{ $name }”; czy chodziło o { $suggestions }?
error-bad-date-time = nie można odczytać „{ $text }” jako daty ani godziny; oczekiwany format: { $expected }
shape-date = RRRR-MM-DD
shape-time = GG:MM
shape-date-time = RRRR-MM-DDTGG:MM
shape-time-range = GG:MM-GG:MM
shape-instant = RFC 3339, np. 2026-03-29T01:30:00Z
error-unknown-disambiguation = nieznany sposób rozstrzygania „{ $text }”; dozwolone: compatible, earlier, later lub reject
error-nonexistent-local-time = { $local } nie istnieje w strefie { $zone }: tego dnia przy zmianie czasu nie ma godzin { $skipped }; należy wybrać inną godzinę lub użyć --disambiguation compatible
error-ambiguous-local-time = { $local } występuje w strefie { $zone } dwukrotnie (UTC{ $earlier } i UTC{ $later }); należy wybrać za pomocą --disambiguation earlier lub later
error-out-of-range = { $text } jest poza zakresem (lata 1000–9999)
error-syntax = wiersz { $line }, kolumna { $column }: { $problem }
error-unsupported-format = ta wersja Meridiana nie odczytuje formatu „{ $found }” (odczytuje „{ $format }”); jeśli plik pochodzi z nowszej wersji Meridiana, należy go otworzyć właśnie tam
error-invalid = { $path }: { $problem }
error-too-large-to-share = ten harmonogram jest za duży na link do udostępniania: wymaga { $size } { $what ->
    [characters] znaków w linku
   *[bytes] bajtów po rozpakowaniu
}, a link mieści najwyżej { $limit }; należy udostępnić harmonogram jako plik
error-holiday-file = plik świąt: { $problem }
error-holiday-file-line = plik świąt, wiersz { $line }: { $problem }
error-unknown-country = „{ $text }” nie jest kodem kraju; należy użyć dwóch liter (ISO 3166), ewentualnie z regionem po łączniku: DE, DE-BE, US-TX
error-unknown-region-none = { $country }: w pliku świąt nie ma regionu „{ $region }”; plik zawiera tylko święta dla całego kraju
error-unknown-region = { $country }: w pliku świąt nie ma regionu „{ $region }”; plik zawiera: { $regions }{ $more ->
    [0] {""}
   *[other] {" "}i jeszcze { $more }
}
error-calendar-file = plik kalendarza: { $problem }
error-calendar-file-line = plik kalendarza, wiersz { $line }: { $problem }
problem-calendar-file-too-large = plik ma { $size } MB; Meridian odczytuje pliki kalendarza do { $max } MB (należy wyeksportować krótszy okres)
problem-calendar-not-icalendar = to nie jest plik iCalendar (powinien zaczynać się od BEGIN:VCALENDAR)
problem-calendar-starts-with-continuation = plik zaczyna się od wiersza kontynuacji
problem-calendar-not-a-line = „{ $text }” nie jest wierszem kalendarza (NAZWA:wartość)
problem-calendar-end-without-begin = END:{ $what } nie pasuje do ostatnio otwartego BEGIN
problem-calendar-cut-off = plik kończy się przed END:VCALENDAR (czy został ucięty?)
problem-calendar-not-a-date-time = „{ $text }” nie jest datą (YYYYMMDD) ani datą z godziną (YYYYMMDDTHHMMSS)
problem-calendar-date-time-out-of-range = „{ $text }” jest poza zakresem
problem-calendar-date-out-of-range = data poza zakresem
problem-calendar-not-a-duration = „{ $text }” nie jest czasem trwania, np. PT1H30M
problem-calendar-negative-duration = wydarzenie trwa { $text }: czas trwania nie może być ujemny
problem-calendar-ends-before-start = wydarzenie kończy się (DTEND), zanim się zacznie (DTSTART)
problem-calendar-rdate-periods = RDATE z okresami (początek/koniec) nie jest obsługiwane; należy podać daty lub daty z godziną
problem-calendar-too-many-events = po rozwinięciu kalendarz ma ponad { $max } wydarzeń w semestrze; należy wyeksportować krótszy okres
problem-calendar-no-freq = w regule powtarzania brakuje FREQ
problem-calendar-freq-not-read = FREQ={ $freq } nie jest obsługiwane; Meridian odczytuje wydarzenia powtarzane codziennie i co tydzień
problem-calendar-interval = INTERVAL={ $text } nie jest liczbą dodatnią
problem-calendar-count = COUNT={ $text } nie jest liczbą
problem-calendar-until-out-of-range = UNTIL poza zakresem
problem-calendar-byday = BYDAY={ $day } nie jest obsługiwane (tylko zwykłe dni tygodnia, np. MO,WE)
problem-calendar-rule-part = część { $part } reguły powtarzania nie jest obsługiwana; Meridian odczytuje reguły dzienne i tygodniowe (FREQ, INTERVAL, COUNT, UNTIL, BYDAY)
problem-calendar-unknown-zone = nieznana strefa czasowa „{ $name }”; Meridian odczytuje nazwy IANA, np. Europe/Berlin, nazwy Windows, np. W. Europe Standard Time, oraz strefy zdefiniowane w samym pliku w bloku VTIMEZONE
problem-calendar-zone-rule-without = reguła strefy czasowej bez { $property }
problem-calendar-not-an-offset = „{ $text }” nie jest różnicą czasu względem UTC, np. +0100
problem-calendar-zone-rule-part = część { $part } reguły strefy czasowej nie jest obsługiwana; Meridian odczytuje reguły roczne według miesiąca i dnia tygodnia (BYMONTH=3;BYDAY=-1SU)
problem-calendar-zone-rule-without-month = reguła strefy czasowej bez BYMONTH nie jest obsługiwana; Meridian odczytuje reguły roczne według miesiąca i dnia tygodnia (BYMONTH=3;BYDAY=-1SU)
problem-calendar-too-many-switches = w odczytanych latach ta strefa czasowa zmienia czas ponad { $max } razy
problem-calendar-schedule-term-out-of-range = semestr harmonogramu jest poza zakresem
problem-calendar-term-out-of-range = semestr jest poza zakresem
problem-holiday-file-too-large = plik ma { $bytes } B; plik świąt może mieć najwyżej { $max } B
problem-holiday-not-utf8 = bajt { $byte } nie jest tekstem UTF-8
problem-holiday-cut-off = plik nie kończy się znakiem końca wiersza, więc został ucięty
problem-holiday-empty = plik jest pusty
problem-holiday-not-a-holiday-file = „{ $found }” nie jest plikiem świąt tej wersji Meridiana (odczytuje ona { $format })
problem-holiday-ends-before = plik kończy się przed wierszem `{ $key }`
problem-holiday-expected-header = oczekiwano wiersza `{ $key }`, znaleziono „{ $found }”
problem-holiday-not-a-country-code = „{ $text }” nie jest kodem kraju (dwie wielkie litery)
problem-holiday-expected-years = oczekiwano `years FIRST LAST`, znaleziono „{ $found }”
problem-holiday-not-a-year = „{ $text }” nie jest rokiem (YYYY, 1000–9999)
problem-holiday-year-span = lata od { $first } do { $last }: pierwszy rok nie może być późniejszy niż ostatni, a plik może obejmować najwyżej { $max } lat
problem-holiday-not-a-locale = „{ $text }” nie jest kodem języka, np. de lub en_US
problem-holiday-dash-not-alone = `-` musi występować samodzielnie
problem-holiday-not-a-region-code = „{ $text }” nie jest kodem regionu (od 1 do { $max } znaków, innym niż * i -)
problem-holiday-too-many-regions = plik może wymieniać najwyżej 65 535 regionów
problem-holiday-region-twice = region „{ $code }” występuje dwa razy
problem-holiday-too-few-fields = wiersz święta ma 5 pól rozdzielonych tabulatorami (data, rodzaj, zakres, nazwa lokalna, nazwa angielska); ten ma { $fields }
problem-holiday-too-many-fields = wiersz święta ma 5 pól rozdzielonych tabulatorami (data, rodzaj, zakres, nazwa lokalna, nazwa angielska); ten ma ich więcej
problem-holiday-not-a-date = „{ $text }” nie jest datą (YYYY-MM-DD) z lat { $first }–{ $last } objętych plikiem
problem-holiday-out-of-date-order = święta nie są uporządkowane według daty
problem-holiday-not-a-kind = „{ $text }” nie jest rodzajem święta (- święto, o przeniesione, s dzień zastępczy)
problem-holiday-not-a-region = „{ $code }” nie jest żadnym z regionów wymienionych w pliku (ani znakiem - na początku, oznaczającym kalendarz całego kraju)
problem-holiday-region-out-of-order = region „{ $code }” występuje w innej kolejności niż w wierszu `regions` albo powtarza się
problem-holiday-empty-name = { $field ->
    [source] źródło jest puste
    [local-name] nazwa lokalna jest pusta
   *[english-name] nazwa angielska jest pusta
}
problem-holiday-control-character = { $field ->
    [source] źródło
    [local-name] nazwa lokalna
   *[english-name] nazwa angielska
} zawiera znak sterujący

link-not-a-link = to nie jest link Meridiana: link do harmonogramu zawiera od „#s1.” do „#s{ $newest }.” (od „#Q1.” do „#Q{ $newest }.” z kodu QR), a po nim litery i cyfry
link-cut-off = ten link jest ucięty: należy ponownie skopiować cały link (programy pocztowe i komunikatory czasem łamią długie linki)
link-newer = ten link utworzyła nowsza wersja Meridiana (wersja linku { $version }; ta wersja odczytuje { $supported }): należy go otworzyć w najnowszym Meridianie
link-damaged = ten link jest uszkodzony (zmieniono w nim niektóre znaki): należy poprosić nadawcę o ponowne przesłanie
link-too-long = ten link jest większy niż jakikolwiek harmonogram udostępniany przez Meridiana (limit { $limit }): nie utworzył go Meridian
link-invalid-schedule = ten link jest nienaruszony, ale zawarty w nim harmonogram jest nieprawidłowy ({ $problem }): nie utworzyła go ta wersja Meridiana; należy poprosić nadawcę o plik harmonogramu

problem-not-utf8 = bajt { $byte } ({ $value }) nie jest tekstem UTF-8; należy zapisać plik w UTF-8
problem-file-too-large = plik ma { $bytes } B; Meridian odczytuje harmonogramy o rozmiarze najwyżej { $max } B
problem-odd-byte-utf16 = nieparzysty bajt na końcu tekstu UTF-16; należy zapisać plik w UTF-8 lub UTF-16
problem-lone-surrogate = osamotniony surogat w tekście UTF-16; należy zapisać plik w UTF-8 lub UTF-16
problem-not-an-object = harmonogram to obiekt JSON ({"{"} "format": "{ $format }", … {"}"})
problem-misplaced-list = jest listą ([…]) tam, gdzie format przewiduje obiekt ({"{"}…{"}"}) lub pojedynczą wartość; zob. docs/schedule-format.md
problem-json-ends-inside = plik kończy się { $part ->
    [list] w środku listy: nawias `[` nie ma zamykającego `]` (czy plik został ucięty?)
    [object] w środku obiektu: nawias `{"{"}` nie ma zamykającego `{"}"}` (czy plik został ucięty?)
    [text] w środku tekstu: cudzysłów `"` nie jest zamknięty (czy plik został ucięty?)
   *[value] w miejscu, w którym powinna być wartość (czy plik jest pusty lub ucięty?)
}
problem-json-expected-token = { $token ->
    [colon] po nazwie brakuje `:`
    [comma-or-list-end] brakuje `,` między dwoma elementami albo `]` zamykającego listę
    [comma-or-object-end] brakuje `,` między dwoma wpisami albo `{"}"}` zamykającego obiekt
    [quote] w tym miejscu powinna być nazwa w cudzysłowie (`"`)
    [literal] w tym miejscu błędnie zapisano `true`, `false` lub `null`
   *[value] w tym miejscu powinna być wartość: tekst w cudzysłowie, liczba, `true`, `false`, `null`, lista lub obiekt
}
problem-json-invalid-escape = po znaku `\` w tekście stoi znak, który nie może po nim wystąpić (sam ukośnik wsteczny zapisuje się jako `\\`)
problem-json-invalid-number = liczba jest zapisana w postaci, której format pliku nie dopuszcza (np. `01`, `1.` lub `+1`)
problem-json-number-out-of-range = liczba jest zbyt duża, by można ją było odczytać
problem-json-invalid-unicode = kod `\u` nie oznacza żadnego znaku
problem-json-control-character = tekst zawiera wpisany wprost znak nowego wiersza lub tabulacji; należy go zapisać jako `\n` (nowy wiersz) lub `\t` (tabulacja)
problem-json-key-not-text = nazwa w obiekcie musi być w cudzysłowie, jak w `"name": value`
problem-json-trailing-comma = przed zamykającym nawiasem `]` lub `{"}"}` stoi przecinek `,`; należy go usunąć
problem-json-text-after-end = za końcem danych w pliku jest jeszcze tekst
problem-json-too-deep = listy i obiekty mają ponad 128 poziomów zagnieżdżenia
problem-json-found = { $kind ->
    [text] tekst „{ $text }”
    [number] liczba { $text }
    [bool] `{ $text }`
    [null] `null`
    [list] lista
   *[object] obiekt
}
problem-json-expected = { $kind ->
    [text] tekst w cudzysłowie
    [whole-number] liczbę całkowitą
    [number] liczbę
    [bool] `true` lub `false`
    [null] `null`
    [list] listę (`[…]`)
   *[object] obiekt (`{"{"}…{"}"}`)
}
problem-json-wrong-type = w tym miejscu jest { $found }, a należy podać { $expected }
problem-json-out-of-range = { $found } wykracza poza dopuszczalny zakres: należy podać liczbę całkowitą od { $min } do { $max }
problem-json-unknown-field = „{ $field }” nie jest tu dozwolonym polem (literówka?); dozwolone pola to { $allowed }
problem-json-no-fields = „{ $field }” nie jest tu dozwolonym polem; w tym miejscu nie można podać żadnego pola
problem-json-unknown-value = „{ $value }” nie jest tu dozwoloną wartością; dozwolone wartości to: { $allowed }
problem-json-wrong-length = lista ma { $length ->
    [one] { $length } element
    [few] { $length } elementy
    [many] { $length } elementów
   *[other] { $length } elementu
}, a w tym miejscu powinna mieć { $expected ->
    [one] { $expected } element
    [few] { $expected } elementy
    [many] { $expected } elementów
   *[other] { $expected } elementu
}
problem-json-wrong-length-any = lista ma { $length ->
    [one] { $length } element
    [few] { $length } elementy
    [many] { $length } elementów
   *[other] { $length } elementu
}, a w tym miejscu wymagana jest inna długość
problem-json-duplicate-field = pole „{ $field }” podano dwukrotnie
problem-json-missing-field = brak; w tym miejscu należy podać pole „{ $field }”
problem-format-not-string = musi być napisem "{ $format }"
problem-format-missing = brak; harmonogram Meridiana zaczyna się od "format": "{ $format }"
problem-id-empty = nie może być puste
problem-no-campus = harmonogram wymaga co najmniej jednego kampusu
problem-id-missing = { $item ->
    [campus] każdy kampus musi
    [cohort] każda grupa musi
    [lecturer] każdy prowadzący musi
    [room] każda sala musi
    [session] każde zajęcia muszą
   *[busy-calendar] każdy kalendarz zajętości musi
} mieć identyfikator
problem-duplicate-id = { $item ->
    [campus] dwa kampusy mają
    [cohort] dwie grupy mają
    [lecturer] dwóch prowadzących ma
    [room] dwie sale mają
    [session] dwoje zajęć ma
   *[busy-calendar] dwa kalendarze zajętości mają
} identyfikator „{ $id }”
problem-campus-code = kampus „{ $campus }” wymaga kodu o długości od 1 do 5 znaków, np. „BER”
problem-campus-region = kampus „{ $campus }” wymaga regionu o długości od 1 do { $max } znaków, zgodnego z danymi o świętach, np. „BE” dla DE-BE
problem-period-ends-before-start = okres „{ $name }” kończy się, zanim się zaczyna
problem-closure-ends-before-start = dzień wolny „{ $name }” kończy się, zanim się zaczyna
problem-cohort-campus-missing = grupa „{ $cohort }” należy do kampusu „{ $campus }”, którego nie ma w tym harmonogramie
problem-room-campus-missing = sala „{ $room }” znajduje się w kampusie „{ $campus }”, którego nie ma w tym harmonogramie
problem-lecturer-campus-missing = prowadzący „{ $lecturer }” pracuje w kampusie „{ $campus }”, którego nie ma w tym harmonogramie
problem-busy-target-missing = kalendarz zajętości „{ $busy }” dotyczy { $item ->
    [campus] kampusu „{ $id }”, którego
    [cohort] grupy „{ $id }”, której
    [lecturer] prowadzącego „{ $id }”, którego
   *[room] sali „{ $id }”, której
} nie ma w tym harmonogramie
problem-session-reference-missing = zajęcia „{ $session }” odwołują się do { $item ->
    [host-campus] kampusu prowadzącego „{ $id }”, którego
    [cohort] grupy „{ $id }”, której
    [lecturer] prowadzącego „{ $id }”, którego
   *[room] sali „{ $id }”, której
} nie ma w tym harmonogramie
problem-busy-target-not-one = kalendarz zajętości „{ $busy }” musi dotyczyć dokładnie jednego kampusu, grupy, prowadzącego lub sali
problem-busy-block-ends-before-start = blok zajętości „{ $title }” kończy się, zanim się zaczyna
problem-busy-block-too-long = blok zajętości „{ $title }” trwa ponad 136 lat; link do udostępniania nie mógłby go przenieść
problem-session-length = zajęcia „{ $session }” muszą trwać od 1 minuty do 7 dni
problem-change-without-occurrence = zajęcia „{ $session }” nie odbywają się w dniu { $date }, więc nie ma czego zmienić
problem-change-length = musi wynosić od 1 minuty do 7 dni
problem-repeat-interval = musi wynosić od 1 do 52 tygodni
problem-repeat-count = musi wynosić co najmniej 1
problem-until-and-count = należy podać until albo count, nie oba naraz
problem-until-before-start = zajęcia „{ $session }” powtarzają się do { $until }, czyli przed pierwszym terminem { $first }
problem-term-ends-before-start = semestr kończy się ({ $end }), zanim się zaczyna ({ $start })
problem-term-too-long = semestr może trwać najwyżej rok
problem-seconds = „{ $text }” zawiera sekundy; harmonogram ma dokładność do minuty: należy wpisać { $pattern }
problem-fraction-of-second = „{ $text }” zawiera ułamek sekundy; Meridian przechowuje pełne sekundy
problem-not-a-weekday = „{ $text }” nie jest dniem tygodnia; dozwolone: mon, tue, wed, thu, fri, sat lub sun
problem-weekday-twice = { $day } podano dwa razy; godziny zajęć każdego dnia tygodnia należy podać tylko raz
problem-hours-end-before-start = godziny zajęć „{ $text }” kończą się, zanim się zaczynają
problem-no-demo = nie ma harmonogramu demonstracyjnego o nazwie „{ $name }”
problem-unknown = w harmonogramie nie ma { $item ->
    [campus] kampusu
    [cohort] grupy
    [lecturer] prowadzącego
   *[room] sali
} „{ $id }”
problem-nothing-to-change = w tym harmonogramie nie ma { $item ->
    [campus] kampusu
    [cohort] grupy
    [lecturer] prowadzącego
    [room] sali
    [session] zajęć
   *[busy-calendar] kalendarza zajętości
} „{ $id }” do zmiany
problem-no-campus-chosen = należy wybrać co najmniej jeden kampus
problem-too-many-at-once = naraz można wybrać najwyżej { $max } kampusów oraz { $max } grup, prowadzących i sal łącznie
problem-map-length = zajęcia trwają od 5 minut do tygodnia
problem-answer-count = pytania: { $questions }, odpowiedzi: { $answers } – liczba odpowiedzi musi być równa liczbie pytań
problem-not-a-fingerprint = „{ $text }” nie jest odciskiem: odcisk składa się z 11 znaków (litery, cyfry, - lub _)
problem-view-link-extra-session = link do podglądu zawiera zajęcia, w których jego kampus lub grupa nie uczestniczy
problem-no-occurrence = „{ $title }”: brak terminu w dniu { $date }
problem-no-occurrence-to-change = „{ $title }”: brak terminu do zmiany w dniu { $date }
problem-no-occurrence-to-cancel = „{ $title }”: brak terminu do odwołania w dniu { $date }
problem-occurrence-length = „{ $title }”: termin nie może trwać krócej niż 5 minut ani dłużej niż tydzień
problem-too-far-to-move = nie można przesunąć tak daleko
problem-series-too-far = „{ $title }”: nie można przesunąć tak daleko
problem-weeks-wrap = „{ $title }” odbywa się co { $interval } tyg.; po przesunięciu o { $days } { $days ->
    [one] dzień
    [few] dni
    [many] dni
   *[other] dnia
} część dni wypadłaby w tygodniach bez zajęć. Należy przesunąć w obrębie tygodnia lub o pełne tygodnie albo zmienić dni w formularzu
problem-one-off = „{ $title }” to zajęcia jednorazowe: należy je po prostu usunąć
problem-session-gone = tych zajęć nie ma już w harmonogramie
problem-only-campus = { $campus } to jedyny kampus w harmonogramie; najpierw należy dodać inny
problem-campus-teaches = nie można usunąć kampusu { $campus }, dopóki jest kampusem prowadzącym dla { $sessions }; najpierw należy przekazać { $count ->
    [one] te zajęcia
   *[other] te zajęcia
} innemu kampusowi
problem-titles-one = „{ $first }”
problem-titles-two = „{ $first }” i „{ $second }”
problem-titles-more = „{ $first }”, „{ $second }” i jeszcze { $more }
problem-not-in-schedule = w tym harmonogramie nie ma { $item ->
    [campus] kampusu
    [cohort] grupy
    [lecturer] prowadzącego
   *[room] sali
} „{ $id }”
problem-name-empty = harmonogram musi mieć nazwę
problem-period-needs-name = okres musi mieć nazwę, np. „Sesja zimowa”
problem-period-exists = kampus „{ $campus }” ma już okres „{ $period }”
problem-academic-entry = wpis kalendarza akademickiego w dniu { $date } nie ma nazwy lub kończy się, zanim się zaczyna
problem-period-gone = tego okresu nie ma już w harmonogramie
problem-rotation-empty = rotacja nie ma żadnego terminu tygodniowego albo żadnego tygodnia

## Engine: what changed between two versions

change-group-schedule = Harmonogram
change-group-busy = Zajęte terminy
change-group-people = Osoby i sale
change-renamed-quoted = zmiana nazwy „{ $before }” → „{ $after }”
change-id = identyfikator „{ $before }” → „{ $after }” (dwa różne harmonogramy)
change-alliance = { $state ->
    [added] dodano sojusz: „{ $after }”
    [removed] usunięto sojusz (był: „{ $before }”)
   *[changed] sojusz „{ $before }” → „{ $after }”
}
change-term = semestr { $before } → { $after }
change-term-span = { $start } – { $end } { $year }
change-breaks = minimalna przerwa między zajęciami { $before } → { $after }
change-busy-removed = usunięto „{ $name }”
change-busy-blocks = „{ $name }”: liczba bloków { $before } → { $after }
change-busy-added = dodano „{ $name }” (liczba bloków: { $blocks })
change-busy-renamed = zmiana nazwy „{ $before }” → „{ $after }”
change-busy-whose = „{ $name }”: dotyczy: { $before } → { $after }
change-busy-times = „{ $name }”: { $blocks ->
    [one] { $blocks } blok w innym terminie
    [few] { $blocks } bloki w innych terminach
   *[other] { $blocks } bloków w innych terminach
}
change-busy-titles = „{ $name }”: { $blocks ->
    [one] { $blocks } blok pod innym tytułem
    [few] { $blocks } bloki pod innymi tytułami
   *[other] { $blocks } bloków pod innymi tytułami
}
change-campus-removed = usunięto kampus { $name }
change-campus-renamed = zmiana nazwy { $before } → { $after }
change-zone = strefa czasowa { $before } → { $after }
change-hours = godziny zajęć ({ $day }) { $before } → { $after }
change-no-teaching = brak zajęć
change-campus-term = semestr { $before } → { $after }
change-schedules-term = jak w harmonogramie
change-closure-span = { $start } – { $end } ({ $name })
change-closure-day = { $start } ({ $name })
change-reopened = usunięto dzień wolny: { $closure }
change-closed = dodano dzień wolny: { $closure }
change-campus-short = nazwa skrócona { $before } → { $after }
change-campus-code = { $state ->
    [added] kod { $after } (wcześniej tworzony z nazwy skróconej)
    [removed] kod tworzony z nazwy skróconej (wcześniej { $before })
   *[changed] kod { $before } → { $after }
}
change-campus-city = miasto { $before } → { $after }
change-campus-country = kraj { $before } → { $after }
change-campus-region = { $state ->
    [added] region świąt { $after } (wcześniej tylko święta ogólnokrajowe: { $country })
    [removed] tylko święta ogólnokrajowe: { $country } (wcześniej region świąt { $before })
   *[changed] region świąt { $before } → { $after }
}
change-holiday-off = zajęcia w dniu { $date }, choć to święto
change-holiday-on = { $date } znów jest świętem: bez zajęć
change-period-added = dodano { $kind ->
    [exams] sesję egzaminacyjną
   *[lecture-free] okres bez zajęć
}: { $start } – { $end } ({ $name })
change-period-removed = usunięto { $kind ->
    [exams] sesję egzaminacyjną
   *[lecture-free] okres bez zajęć
}: { $start } – { $end } ({ $name })
change-campus-added = dodano kampus { $name } ({ $zone })
change-when = { $days } { $span } ({ $place })
change-day-span = { $weekday } { $span }
change-day-time = { $weekday } { $time }
change-lengths = { $before } → { $after }
change-session-removed = usunięto ({ $when })
change-session-added = dodano ({ $when })
change-series-added = dodano ({ $when }), powtarzane { $repeat }
change-series-removed = usunięto ({ $when }), były powtarzane { $repeat }
change-every = { $interval ->
    [1] co tydzień
    [few] co { $interval } tygodnie
   *[other] co { $interval } tygodni
}
change-repeat-until = { $every } do { $date }
change-repeat-count = { $every }, { $count ->
    [one] { $count } raz
   *[other] { $count } razy
}
change-repeat-term = { $every } do końca semestru
change-moved = przesunięto z { $before } na { $after }
change-longer = dłuższe: { $lengths } (teraz { $when })
change-shorter = krótsze: { $lengths } (teraz { $when })
change-hosted = kampus prowadzący { $before } → { $after }
change-now-repeats = teraz powtarzane { $repeat }
change-once = teraz odbywają się jednorazowo
change-cancelled = odwołane w dniu { $date }
change-again = znów odbywają się w dniu { $date }
change-weeks = powtarzane { $after } (wcześniej { $before })
change-week = tylko w tym tygodniu, { $date }: { $what }
change-usual = powrót do zwykłej godziny i sal
change-week-at = o { $time }
change-week-for = czas trwania { $length }
change-week-rooms = w innych salach
change-cohorts = grupy { $before } → { $after }
change-lecturer = prowadzący { $before } → { $after }
change-rooms = sale { $before } → { $after }
change-none = brak
change-course = { $state ->
    [added] dodano przedmiot: „{ $after }”
    [removed] usunięto przedmiot (był: „{ $before }”)
   *[changed] przedmiot „{ $before }” → „{ $after }”
}
change-link = { $state ->
    [added] dodano link do zajęć online: „{ $after }”
    [removed] usunięto link do zajęć online (był: „{ $before }”)
   *[changed] link do zajęć online „{ $before }” → „{ $after }”
}
change-notes = { $state ->
    [added] dodano notatki: „{ $after }”
    [removed] usunięto notatki (były: „{ $before }”)
   *[changed] notatki „{ $before }” → „{ $after }”
}
change-kind = teraz: { $kind ->
    [joint-lecture] wspólny wykład
    [lecture] wykład
    [lab] laboratorium
    [seminar] seminarium
    [tutorial] ćwiczenia
    [exam] egzamin
    [office-hours] konsultacje
   *[other] inne
}
change-person-removed = usunięto { $what ->
    [cohort] grupę
    [lecturer] prowadzącego
   *[room] salę
} { $name }
change-person-added = dodano { $what ->
    [cohort] grupę
    [lecturer] prowadzącego
   *[room] salę
} { $name }
change-person-renamed = { $what ->
    [cohort] zmiana nazwy grupy
    [lecturer] zmiana imienia i nazwiska prowadzącego
   *[room] zmiana nazwy sali
} { $before } → { $after }
change-person-campus = { $what ->
    [cohort] grupa
    [lecturer] prowadzący
   *[room] sala
} { $name }: kampus { $before } → { $after }
change-person-size = { $what ->
    [cohort] grupa { $name }: liczba studentów { $before } → { $after }
   *[room] sala { $name }: liczba miejsc { $before } → { $after }
}
change-not-given = nie podano

compare-group = { $group }:
compare-not-alone = zmienione razem z inną różnicą (nie można przyjąć osobno)
compare-campus = Kampus
compare-mine = Moja
compare-theirs = Ich
compare-yours = Obecna
compare-after = Po scaleniu
compare-no-effect = Bez zmian w konfliktach.
compare-new-conflict = Nowy konflikt: { $conflict }
compare-resolved = Rozwiązany: { $conflict }
compare-other-link = wersją z linku
compare-other-file = plikiem „{ $name }”
compare-other-tab = wersją zapisaną w innej karcie
compare-other-kept = zachowaną wersją
compare-title = Porównaj „{ $name }” z { $other }
compare-lead-three-way = Obie wersje pochodzą od wersji udostępnionej lub otrzymanej w tej przeglądarce, więc to, co zmieniła tylko jedna strona, przyjmuje się bez zmian; { $mine ->
    [0] od tamtej pory nic tu nie zmieniono.
    [one] 1 własna zmiana od tamtej pory zostaje.
    [few] { $mine } własne zmiany od tamtej pory zostają.
   *[many] { $mine } własnych zmian od tamtej pory zostaje.
}
compare-no-questions = Żaden element nie został zmieniony przez obie strony: nie ma pytań do rozstrzygnięcia.
compare-questions = Po obu stronach zmieniono { $count ->
    [one] 1 element
    [few] { $count } elementy
   *[many] { $count } elementów
}: dla każdego należy wybrać „moja” lub „ich”.
compare-lead-two-way = Ta wersja nie wskazuje wersji udostępnionej ani otrzymanej w tej przeglądarce, więc proponowana jest każda różnica: należy odznaczyć to, co niepotrzebne.
compare-questions-title = Zmienione po obu stronach
compare-question = Pytanie { $number }
compare-mine-or-theirs = { $name }: moja czy ich
compare-lead-mine-theirs = (moja → ich)
compare-theirs-rather = Ich zamiast mojej:
compare-changes-three-way = Co scalenie zmieni we własnej wersji ({ $count ->
    [one] 1 zmiana
    [few] { $count } zmiany
   *[many] { $count } zmian
})
compare-differences = Różnice ({ $count })
compare-none = Brak.
compare-accept = Akceptuj
compare-more = i jeszcze { $count }
compare-choose = Aby scalić, należy wybrać „moja” lub „ich” dla { $count ->
    [one] 1 elementu
   *[other] { $count } elementów
}.
compare-cancel = Anuluj
compare-merge = Scal
compare-merge-changes = Scal ({ $count ->
    [one] 1 zmiana
    [few] { $count } zmiany
   *[many] { $count } zmian
})
compare-merge-differences = Scal ({ $accepted } z { $count ->
    [one] 1 różnicy
   *[other] { $count } różnic
})

compare-with-title = Porównaj „{ $name }” z…
compare-with-lead = Można wczytać inną wersję tego harmonogramu – link od partnera lub plik – aby zobaczyć, co się zmieniło, i scalić ją z własną. Do chwili scalenia nic się nie zmienia.
compare-with-link = Link do edycji
compare-with-this-link = Porównaj z tym linkiem
compare-with-or = lub
compare-with-file = Porównaj z plikiem…
compare-view-link = To jest link dla studentów (tylko do odczytu, być może dla jednego kampusu): należy wkleić link do edycji.
compare-link-unread = Nie udało się odczytać tego linku: { $problem }.
compare-file-unread-because = Nie udało się odczytać „{ $name }”: { $problem }.
compare-file-unread = Nie udało się odczytać „{ $name }”.

change-removed = Usunięto: { $what }{ $sessions ->
    [0] {""}
    [one] ; zajęcia, w których już nie występuje: 1
   *[other] ; zajęcia, w których już nie występuje: { $sessions }
}{ $busy ->
    [0] {""}
    [one] ; usunięto też 1 kalendarz zajętości
   *[other] ; usunięte też kalendarze zajętości: { $busy }
}.
change-removed-with = Usunięto: { $what } razem z { $with }{ $sessions ->
    [0] {""}
    [one] ; zajęcia, w których już nie występuje: 1
   *[other] ; zajęcia, w których już nie występuje: { $sessions }
}{ $busy ->
    [0] {""}
    [one] ; usunięto też 1 kalendarz zajętości
   *[other] ; usunięte też kalendarze zajętości: { $busy }
}.
change-removed-cohorts = { $count ->
    [one] 1 grupą
   *[other] { $count } grupami
}
change-removed-rooms = { $count ->
    [one] 1 salą
   *[other] { $count } salami
}
change-removed-and = { $first } i { $second }

compare-changed-conflict = Zmieniony konflikt: { $conflict }
compare-conflict-dates = { $conflict } – { $dates }
compare-dates-gone = już nie: { $dates }
compare-dates-added = teraz także: { $dates }
compare-dates-instead = teraz zamiast tego: { $dates }
compare-dates-kept = nadal w { $count ->
    [one] 1 innym terminie
    [few] { $count } innych terminach
    [many] { $count } innych terminach
   *[other] { $count } innego terminu
}
compare-dates-and = { $first }; { $second }
compare-dates-list = { $first }, { $second }
compare-dates-more = { $dates } i jeszcze { $count ->
    [one] 1 termin
    [few] { $count } terminy
    [many] { $count } terminów
   *[other] { $count } terminu
}

## Engine: best times and rotations

overlap-every-week = co tydzień
overlap-weeks-from = { $weeks ->
    [one] 1 tydzień
    [few] { $weeks } tygodnie
   *[many] { $weeks } tygodni
} od { $date }
overlap-outside-hours = { $weekday } { $time }, poza godzinami zajęć ({ $span })
overlap-other-weekday = { $weekday } { $time }, to nie jest tam dzień zajęć ({ $span })
overlap-closed = kampus zamknięty: { $closure } ({ $span })
overlap-closed-unnamed = kampus zamknięty: dzień wolny ({ $span })
overlap-outside-term = poza semestrem ({ $span })
overlap-clock-change = { $time } od { $date }: { $why } ({ $weeks ->
    [one] 1 tydzień
    [few] { $weeks } tygodnie
   *[many] { $weeks } tygodni
})
overlap-clocks-change = zmienia się czas
overlap-leaves-summer-time = { $place } przechodzi na czas zimowy
overlap-enters-summer-time = { $place } przechodzi na czas letni
overlap-clocks-move = { $place }: zegary przestawia się o { $hours } godz.
overlap-both = { $first } i { $second }
overlap-campus-reasons = { $campus }: { $reasons }
overlap-campus-fails = { $campus } nie pasuje w { $failing } z { $weeks } tyg.: { $reasons }
overlap-booked = { $who }: zajęte przez { $weeks ->
    [one] 1 tydzień
    [few] { $weeks } tygodnie
   *[many] { $weeks } tygodni
} od { $date }
overlap-someone = Ktoś

rotation-tally = { $campus }: { $burdens }
rotation-tally-none = { $campus }: 0
rotation-burden = { $count } × { $kind ->
    [night] w nocy
    [weekend] w weekend
    [early] wcześnie
    [late] późno
   *[outside-hours] poza godzinami zajęć
}

## Engine: calendar files (ICS)

ics-calendar-name = { $schedule } · { $who }
ics-room = { $room }, { $campus }
ics-online = Online
ics-kind = { $kind ->
    [joint-lecture] wspólny wykład
    [lecture] wykład
    [lab] laboratorium
    [seminar] seminarium
    [tutorial] ćwiczenia
    [exam] egzamin
    [office-hours] konsultacje
   *[other] inne
}
ics-course-kind = { $course } · { $kind }
ics-taught-from = Kampus prowadzący: { $campus } ({ $place })
ics-taught-from-elsewhere = Kampus prowadzący: { $campus }; godziny według czasu lokalnego: { $place }
ics-lecturer = Prowadzący: { $name }
ics-join = Dołącz: { $url }

## App: header, start page, banners, language menu, status lines

shell-brand = Meridian
page-title-planner = Meridian — wspólne zajęcia w różnych strefach czasowych
page-title-timetable = Plan zajęć — Meridian
shell-footer-tzdb = IANA tzdb { $version }
shell-footer-version = Meridian { $version }
shell-footer-private = Wszystko zostaje w tej przeglądarce
shell-campus-count = { $count ->
    [one] { $count } kampus
    [few] { $count } kampusy
    [many] { $count } kampusów
   *[other] { $count } kampusu
}
shell-view = Widok
shell-planner = Planowanie
shell-my-timetable = Mój plan zajęć
shell-schedule = Harmonogram
shell-shared-option = { $name } (udostępniony link)
shell-demos = Przykłady
shell-my-schedules = Moje harmonogramy
shell-demo-enhance-autumn-2026 = ENHANCE · jesień 2026
shell-demo-gma-spring-2027 = Global MOOC Alliance · wiosna 2027
shell-grid-in = Siatka w strefie
shell-your-time = Mój czas ({ $place })
shell-your-zone = Moja strefa czasowa
shell-history = Historia
shell-undo = Cofnij
shell-undo-title = Cofnij (Ctrl+Z)
shell-redo = Ponów
shell-redo-title = Ponów (Ctrl+Shift+Z)
shell-new-session = Nowe zajęcia
shell-people = Kampusy i osoby
shell-file = Plik
shell-new-schedule = Nowy harmonogram…
shell-open-my-schedules = Moje harmonogramy…
shell-import-busy = Importuj zajęte terminy
shell-export-file = Eksportuj plik
shell-compare-with = Porównaj z…
shell-open-file = Otwórz plik
shell-share = Udostępnij

language-menu-label = Język
language-menu-title = Wybór języka interfejsu Meridiana

banner-label = Udostępniony harmonogram
banner-shared-copy = Udostępniona kopia.
banner-shared-copy-detail = Harmonogram otwarto z linku lub pliku. Trafi do pamięci tej przeglądarki dopiero po zapisaniu (lub zmianie); własne harmonogramy pozostają nienaruszone.
banner-identity-stored = Zapisano już harmonogram o tej samej tożsamości
banner-already-stored = „{ $name }” jest już wśród zapisanych harmonogramów. Porównać i scalić z nim tę kopię, zastąpić go tą kopią czy zachować oba?
banner-compare-and-merge = Porównaj i scal…
banner-replace = Zastąp
banner-keep-both = Zachowaj oba
banner-cancel = Anuluj
banner-you-have = „{ $name }” jest wśród zapisanych harmonogramów: można sprawdzić, co się zmieniło, i scalić zmiany z własną wersją.
banner-compare-with-mine = Porównaj z moim…
banner-save = Zapisz w moich harmonogramach
banner-read-only = Plan zajęć tylko do odczytu.
banner-read-only-for = Plan zajęć tylko do odczytu: { $whom }.
banner-read-only-detail = Udostępniony linkiem: godziny są podane w strefie czasowej tego urządzenia; nic nie jest zapisywane.
banner-release-ready = Nowsza wersja aplikacji Meridian jest gotowa.
banner-release-reload = Odśwież, aby z niej korzystać

status-moved = { $title }: przesunięto { $shift }.
status-resized = { $title }: czas trwania to teraz { $length }.
status-deleted = Usunięto: { $title }. Przycisk „Cofnij” przywraca zajęcia.
status-added = Dodano: { $title }.
status-session-saved = Zapisano: { $title }.
status-busy-imported = Zaimportowano z „{ $calendar }” { $blocks ->
    [one] { $blocks } blok zajętości
    [few] { $blocks } bloki zajętości
   *[many] { $blocks } bloków zajętości
}: są uwzględniane w sprawdzaniu konfliktów i wyświetlane na szaro w siatce.
status-renamed = Zmieniono nazwę na „{ $name }”.
status-occurrence-moved = { $title }, { $date }: przesunięto { $shift } – tylko w tym tygodniu.
status-occurrence-resized = { $title }, { $date }: czas trwania to teraz { $length } – tylko w tym tygodniu.
status-occurrence-saved = Zapisano: { $title }, { $date } – tylko w tym tygodniu.
status-occurrence-skipped = { $title }: w dniu { $date } zajęcia się nie odbędą. Przycisk „Cofnij” je przywraca.
status-merged = { $changes ->
    [0] Scalono: nic nie trzeba było tu zmieniać.
    [one] Scalono: przejęto 1 zmianę z drugiej wersji.
    [few] Scalono: przejęto { $changes } zmiany z drugiej wersji.
    [many] Scalono: przejęto { $changes } zmian z drugiej wersji.
   *[other] Scalono: przejęto { $changes } zmiany z drugiej wersji.
} Przycisk „Cofnij” przywraca własną wersję.
status-rotation-accepted = { $slots ->
    [one] { $title }: zajęcia mają teraz najsprawiedliwszy termin tygodniowy.
   *[other] { $title }: zajęcia odbywają się teraz rotacyjnie w { $slots } terminach tygodniowych, każdy jako osobny cykl.
} Przycisk „Cofnij” przywraca poprzedni stan.
status-holiday-taught = Kampus { $campus } prowadzi zajęcia w dniu { $date }, choć jest to { $holiday }. Przycisk „Cofnij” przywraca dzień wolny.
status-holiday-again = { $holiday } ({ $date }) jest znów dniem wolnym w kampusie { $campus }.
status-setup-saved = Zapisano kampusy i osoby.
status-undone = Cofnięto.
status-redone = Ponowiono.
status-created = Utworzono „{ $name }”. Zajęcia dodaje się przyciskiem „Nowe zajęcia”; każda zmiana jest zapisywana w tej przeglądarce.
status-updated-from-tab = Zaktualizowano o zmiany wprowadzone w tym harmonogramie w innej karcie.
status-merged-with-tab = Ten harmonogram zmieniono również w innej karcie: zachowano zarówno tamte, jak i bieżące zmiany.
status-changed-on-both-tabs = Ten harmonogram zmieniono również w innej karcie, a niektóre elementy zmieniono w obu: należy wybrać, co zachować. Do tego czasu nic nie zostanie zapisane.
status-session-gone = Tych zajęć nie ma już w harmonogramie.
status-refused = Ta zmiana jest niemożliwa: { $reason }
status-name-needed = Harmonogram musi mieć nazwę.
status-demo-not-loaded = Nie udało się wczytać harmonogramu przykładowego: { $reason }
status-link-unreadable = Nie udało się odczytać otwartego linku: { $reason }.
status-link-unreadable-demo = Nie udało się odczytać otwartego linku: { $reason }. Zamiast niego wyświetlono harmonogram przykładowy.
status-file-not-opened = Nie otwarto pliku „{ $file }” i nic się nie zmieniło: { $reason }.
status-file-unreadable = Nie udało się odczytać pliku „{ $file }”.
status-storage-open = Nie udało się otworzyć tego harmonogramu: { $reason }.
status-storage-open-last = Nie udało się otworzyć ostatniego harmonogramu: { $reason }.
status-storage-list = Nie udało się odczytać zapisanych harmonogramów: { $reason }.
status-storage-compare = Nie udało się odczytać zapisanej wersji do porównania: { $reason }.
status-storage-autosave = Ostatnia zmiana jest tu otwarta, ale niezapisana: { $reason }.
status-storage-remember = Nie zachowano wersji w historii tego harmonogramu: { $reason }.
status-storage-save = Nie zapisano harmonogramu: { $reason }.
status-storage-remove = Nie usunięto: { $reason }.
status-storage-other = Nie udało się: { $reason }.
status-zone-unknown = Żadna strefa czasowa nie pasuje do „{ $text }”. Należy wpisać miasto (np. Trondheim) lub nazwę IANA (np. Europe/Oslo).


holidays-not-loaded = Nie udało się wczytać świąt dla kampusu { $campus } ({ $country }): sprawdzanie uwzględnia dla niego tylko wpisane dni wolne. Należy odświeżyć stronę, aby spróbować ponownie.
holidays-unknown-region = Kampus { $campus } ma region „{ $region }”, którego nie ma w danych o świętach dla kraju { $country }: sprawdzanie uwzględnia tylko święta ogólnokrajowe ({ $country }). Region można wybrać w oknie „Kampusy i osoby”.
holidays-year-not-covered = Dane o świętach dla kraju { $country } nie obejmują roku { $year }: święta kampusu { $campus } w tym roku nie są uwzględniane w sprawdzaniu.
holidays-both-names = { $local } ({ $english })
holidays-student-notice = { $date }: { $name }, święto w kampusie { $campus }
holidays-student-notice-observed = { $date }: { $name }, święto w kampusie { $campus }, obchodzone w tym dniu

## App: student timetable

timetable-label = Mój plan zajęć
timetable-my-campus = Mój kampus
timetable-all-campuses = Wszystkie kampusy
timetable-my-cohort = Moja grupa
timetable-all-cohorts = Wszystkie grupy
timetable-add-to-calendar = Dodaj do mojego kalendarza (.ics)
timetable-next = Najbliższe: { $title } { $countdown } – { $date }, { $time } (czas lokalny)
timetable-no-more = W tym semestrze nie ma już zajęć.
timetable-time-changes = Zmiany godzin
timetable-public-holidays = Święta
timetable-show = Widok
timetable-agenda = Lista
timetable-week = Tydzień
timetable-hide-earlier = Ukryj wcześniejsze dni
timetable-show-earlier = { $count ->
    [one] Pokaż { $count } wcześniejszy dzień
    [few] Pokaż { $count } wcześniejsze dni
    [many] Pokaż { $count } wcześniejszych dni
   *[other] Pokaż { $count } wcześniejszego dnia
}
timetable-nothing = Brak zajęć do wyświetlenia.
timetable-skipped = w tym tygodniu odwołane
timetable-moved = w tym tygodniu przeniesione
timetable-skipped-date = odwołane
timetable-moved-date = przeniesione
timetable-meta = { $length } · czas kampusu prowadzącego: { $host }
timetable-meta-rooms = { $length } · czas kampusu prowadzącego: { $host } · { $rooms }
timetable-meta-elsewhere = { $length } · { $time } czasu lokalnego ({ $city }) · kampus prowadzący: { $campus }
timetable-meta-elsewhere-rooms = { $length } · { $time } czasu lokalnego ({ $city }) · kampus prowadzący: { $campus } · { $rooms }
timetable-host-time = { $time }, { $city } ({ $campus })
timetable-host-time-no-campus = { $time }, { $city }
timetable-room = { $room }, { $campus }
timetable-next-day = { $time } (następnego dnia)
timetable-join = Dołącz online
timetable-not-a-web-link = to nie jest link internetowy
timetable-change = { $title }: od { $date } początek o { $now } zamiast o { $was }.
timetable-change-why = { $title }: od { $date } początek o { $now } zamiast o { $was } ({ $why }).
timetable-this-class = Te zajęcia
timetable-switch-to-summer = { $city } przechodzi na czas letni
timetable-switch-from-summer = { $city } przechodzi na czas zimowy
timetable-term-label = Semestr w skrócie
timetable-term-heading = Semestr w skrócie – { $name }
timetable-times-in = Godziny według czasu lokalnego: { $place } ({ $zone }).
timetable-column-session = Zajęcia
timetable-column-when = Kiedy
timetable-column-dates = Terminy
timetable-usual = { $weekday } { $time }
timetable-other-times = { $usual } (inne godziny w { $count } { $count ->
    [one] terminie
   *[other] terminach
})
timetable-dates = { $first } – { $last } · { $count ->
    [one] { $count } termin
    [few] { $count } terminy
    [many] { $count } terminów
   *[other] { $count } terminu
}
timetable-opening-planner = Otwieranie planowania…
timetable-opening = Otwieranie planu zajęć…
timetable-open-the-link = Aby zobaczyć tutaj swój plan zajęć, należy otworzyć link dla studentów udostępniony przez koordynatora.
timetable-plan-in-meridian = Zaplanuj harmonogram w Meridianie

## App: planner grid, session form, conflicts panel, time finder, best times panel

week-nav = Tygodnie semestru
week-previous = Poprzedni tydzień
week-next = Następny tydzień
week-pick = Tydzień
week-label = Tydzień { $week } · { $days } { $year }
week-position = tydzień semestru { $week } z { $weeks }
week-snap = Przyciągaj do
week-term-strip = Semestr w skrócie: tygodnie z konfliktami lub zmianami czasu
week-cell = Tydzień { $week } ({ $date }){ $conflicts ->
        [yes] , są konflikty
       *[no] {""}
    }{ $switch ->
        [yes] , zmiana czasu
       *[no] {""}
    }
week-switches = Zmiany czasu w tym tygodniu
week-switch-forward = { $date }: { $campuses } – zegary przestawia się do przodu, { $from } → { $to } (teraz UTC{ $offset })
week-switch-back = { $date }: { $campuses } – zegary przestawia się do tyłu, { $from } → { $to } (teraz UTC{ $offset })

grid-label = Zajęcia, godziny w strefie { $zone }
grid-day-tabs = Dzień
grid-day-count = { $count ->
        [one] { $count } termin
        [few] { $count } terminy
        [many] { $count } terminów
       *[other] { $count } terminu
    }
grid-scroll = Siatka tygodnia, przewijana
grid-ruler-you = Ja
grid-ruler-your-time = Mój czas
grid-ruler = Linijka: { $name }
grid-ruler-closed = { $campus } – kampus zamknięty: { $days }
grid-ruler-offset = UTC{ $offset } · { $abbreviation }
grid-day-off = { $date }: { $holiday }
grid-legend = Godziny siatki w strefie { $zone } · linijki pokazują czas lokalny każdego kampusu, zacieniony poza godzinami zajęć · najechanie, zaznaczenie lub dotknięcie zajęć pokazuje ich czas lokalny w każdym kampusie{ $editable ->
        [yes] {" "}· przeciągnięcie po wolnym czasie dodaje zajęcia
       *[no] {""}
    }

block-keys = Enter lub dwuklik otwiera edycję (tylko ten tydzień albo każdy tydzień); strzałki przesuwają każdy tydzień o { $step } minut lub o dzień; Shift ze strzałką w górę lub w dół zmienia czas trwania; Delete usuwa zajęcia (Ctrl+Z cofa). Przeciągnięcie przesuwa, przeciągnięcie dolnej krawędzi zmienia czas trwania.
block-resize = Przeciągnij, aby zmienić czas trwania
block-changed = Zmienione tylko w tym tygodniu
block-busy-title = Zajęte
block-busy = Zajęte: { $whose } (z kalendarza { $calendar }), { $time }
block-local-times = Czas lokalny w każdym kampusie
block-other-day = inny dzień
block-outside-hours = poza godzinami zajęć
block-join = Dołącz online
block-not-a-web-link = to nie jest link internetowy

planner-cancel = Anuluj
planner-scope-move = Przesunąć „{ $title }” { $shift }?
planner-scope-shorter = Skrócić „{ $title }” o { $length }?
planner-scope-longer = Wydłużyć „{ $title }” o { $length }?
planner-scope-why = To cykl cotygodniowy. Zmienić tylko przeciągnięty tydzień czy każdy tydzień cyklu?
planner-scope-this-week = Tylko ten tydzień ({ $date })
planner-scope-every-week = Każdy tydzień
planner-main = Siatka tygodnia

conflicts-label = Konflikty
conflicts-title = Konflikty
conflicts-counts = { $errors ->
        [one] { $errors } błąd
        [few] { $errors } błędy
        [many] { $errors } błędów
       *[other] { $errors } błędu
    } · { $warnings ->
        [one] { $warnings } ostrzeżenie
        [few] { $warnings } ostrzeżenia
        [many] { $warnings } ostrzeżeń
       *[other] { $warnings } ostrzeżenia
    } · { $notes ->
        [one] { $notes } uwaga
        [few] { $notes } uwagi
        [many] { $notes } uwag
       *[other] { $notes } uwagi
    }
conflicts-checking-short = sprawdzanie…
conflicts-progress = Sprawdzanie konfliktów
conflicts-checking = Sprawdzanie harmonogramu…
conflicts-checking-changed = Sprawdzanie zmienionego harmonogramu… Lista poniżej pochodzi sprzed zmiany.
conflicts-none = Brak konfliktów: wszystkie zajęcia pasują do każdego kampusu w każdym tygodniu.
conflicts-errors = Błędy ({ $count })
conflicts-warnings = Ostrzeżenia ({ $count })
conflicts-notes = Przesunięcia przy zmianie czasu i uwagi ({ $count })
conflicts-drift-caption = Lokalna godzina rozpoczęcia w każdym kampusie w trakcie semestru
conflicts-show-week = Pokaż tydzień ({ $date })
conflicts-find = Znajdź termin: { $title }
conflicts-find-week = Znajdź termin: { $title }, tylko w dniu { $date }
conflicts-teach-anyway = Prowadź zajęcia mimo święta: { $holiday }
conflicts-show-more = Pokaż jeszcze { $count }
conflicts-hint = Wskazówka: { $hint }

planner-drag-label = Gdzie trafiłyby zajęcia
planner-drag-title = { $title }, { $date }
planner-drag-checking = Konflikty są jeszcze sprawdzane: skutki tego przesunięcia pojawią się po zakończeniu sprawdzania.
planner-drag-ok = Brak nowych konfliktów, nawet jeśli przesunie się każdy tydzień.

finder-label = Znajdź termin
finder-button = Znajdź termin
finder-hint-week = sprawdza każde pół godziny tego tygodnia w dni zajęć kampusu prowadzącego, porównując z całą resztą tego tygodnia
finder-hint-series = sprawdza każde pół godziny pierwszego tygodnia w dni zajęć kampusu prowadzącego, każde względem całego semestru
finder-progress = Szukanie terminu
finder-searching = Sprawdzanie każdej godziny rozpoczęcia w tygodniu…
finder-stop = Zatrzymaj
finder-when = { $date }, { $time }
finder-now = Godziny według czasu lokalnego: { $place }. Teraz { $when }: { $summary }
finder-none-better = Żaden inny termin w tym tygodniu nie jest lepszy.
finder-refused = Brak terminów do zaproponowania: { $reason }.

form-edit-title = Edytuj zajęcia
form-new-title = Nowe zajęcia
form-scope = Zmień
form-scope-every-week = każdy tydzień cyklu
form-scope-this-week = tylko { $date } (ten tydzień)
form-week-note = { $title }, { $date }: godzina według czasu lokalnego: { $place }. Tytuł, grupy, prowadzący i pozostałe pola należą do cyklu; aby je zmienić, należy wybrać „każdy tydzień cyklu”.
form-title = Tytuł
form-course = Przedmiot
form-kind = Rodzaj
form-kind-option = { $kind ->
        [joint-lecture] wspólny wykład
        [lecture] wykład
        [lab] laboratorium
        [seminar] seminarium
        [tutorial] ćwiczenia
        [exam] egzamin
        [office-hours] konsultacje
       *[other] inne
    }
form-host = Kampus prowadzący
form-zone = Godzina ustalona w strefie
form-zone-host = strefa kampusu prowadzącego
form-date = Data
form-first-date = Data pierwszych zajęć
form-starts-at = Początek
form-length = Czas trwania (minuty)
form-best-times = Najlepsze terminy
form-best-times-hint = cieniuje tydzień według liczby kampusów, które w każdym tygodniu semestru mieszczą się w godzinach zajęć, i proponuje sprawiedliwą rotację, gdy żaden termin nie pasuje wszystkim
form-repeats = Powtarzanie
form-weekly = co tydzień lub co kilka tygodni
form-interval = Co … tyg.
form-until = Do (opcjonalnie)
form-count = Liczba razy (opcjonalnie)
form-skip = Pominięte daty ({ $pattern }, oddzielone przecinkami)
form-weekdays = W te dni (bez wyboru: dzień pierwszej daty)
form-cohorts = Grupy
form-rooms = Sale
form-lecturer = Prowadzący
form-meeting = Link do zajęć online
form-meeting-placeholder = https://…
form-notes = Notatki
form-cancel-week = Odwołaj w tym tygodniu
form-close = Zamknij
form-save-week = Zapisz ten tydzień
form-save = Zapisz
form-add = Dodaj zajęcia
form-no-title = Należy podać tytuł zajęć.
form-no-start = Należy podać datę i godzinę rozpoczęcia.
form-length-not-a-number = Czas trwania należy podać w minutach, np. 90.
form-interval-too-small = Odstęp musi wynosić co najmniej 1 tydzień.
form-until-not-a-date = „Do” musi być datą w formacie { $pattern }.
form-count-not-a-number = „Liczba razy” musi być liczbą.
form-skip-not-a-date = Każda pominięta data musi mieć format { $pattern }.

best-label = Najlepsze terminy
best-title = Najlepsze terminy: { $title }
best-title-new = Najlepsze terminy dla nowego cyklu
best-close = Zamknij
best-campuses = Kampusy, które muszą uczestniczyć
best-length = Czas trwania (minuty)
best-tick-one = Należy zaznaczyć co najmniej jeden kampus.
best-no-map = Brak mapy najlepszych terminów: { $reason }.
best-no-rotation = Brak rotacji do zaproponowania: { $reason }.
best-intro = Godziny według czasu lokalnego: { $place }. Cieniowanie na siatce: ile zaznaczonych kampusów mieści się w godzinach zajęć przy każdej godzinie rozpoczęcia, w każdym tygodniu semestru (liczba tygodni: { $weeks }).
best-key-all = wszystkie
best-key-booked = wszystkie, zajęte
best-key-fewer = mniej
best-point-hint = Wskazanie godziny rozpoczęcia na siatce lub poniżej pokazuje, dlaczego nie pasuje ona niektórym kampusom; kliknięcie rozpoczyna w tym miejscu nowy cykl.
best-slot = { $start }: { $state }
best-slot-no-week = żaden tydzień semestru nie ma tego dnia
best-slot-everyone = pasuje każdemu kampusowi w każdym tygodniu zajęć
best-slot-holding = kampusy w godzinach zajęć co tydzień: { $holding } z { $campuses }
best-closed-weeks-only = { $reason } – tylko w tygodniach, w których kampus jest zamknięty, a tego nie da się uniknąć żadną godziną rozpoczęcia
best-booked = { $who }: zajęte przez { $weeks } { $weeks ->
        [one] tydzień
        [few] tygodnie
       *[many] tygodni
    } od { $date }
best-someone = Ktoś
best-everyone-heading = Godziny rozpoczęcia pasujące wszystkim w każdym tygodniu
best-start = Nowy cykl od { $start }
best-start-everyone = Nowy cykl od { $start } (wszystkim pasuje: { $starts })
best-none-suits = Żadna godzina rozpoczęcia nie pasuje wszystkim kampusom ({ $campuses }) w każdym tygodniu semestru; najwięcej to { $most } z { $campuses }. Najbliższe:
best-no-rotation-found = Żadna godzina rozpoczęcia w dniu roboczym nie wypada w każdym tygodniu semestru bez rezerwacji, więc nie ma rotacji do zaproponowania.
best-rotation-heading = { $slots ->
        [one] Jeden termin tygodniowy jest najsprawiedliwszy
       *[other] Sprawiedliwa rotacja terminów tygodniowych: { $slots }
    }
best-rotation-note = Terminy po kolei, tydzień po tygodniu, tak aby zajęcia nocne, wczesne, późne i weekendowe rozkładały się równo: najwyżej { $largest } pkt dla jednego kampusu, łącznie { $total } (noc liczy się za { $night }){ $complete ->
        [no] {" "}(wyszukiwanie zatrzymało się na limicie; to najlepszy znaleziony wynik)
       *[yes] {""}
    }.
best-rotation-scroll = Lokalne godziny rozpoczęcia w kampusach, przewijane
best-rotation-caption = Lokalna godzina rozpoczęcia każdego terminu w każdym kampusie
best-rotation-campus = Kampus
best-rotation-place = { $place }
best-night = w nocy
best-night-aside = (w nocy)
best-rotation-weeks = Tygodnie:
best-rotation-tally = Niewygodne zajęcia w poszczególnych kampusach:
best-rotation-fairness = Sprawiedliwość: niewygodne zajęcia każdego kampusu są rozłożone tak równo, jak pozwalają godziny, a zajęcia w nocy (przed 06:00 lub kończące się po 23:00, oznaczone ☾) liczą się potrójnie. Warto sprawdzić powyżej czas lokalny każdego kampusu.
best-rotation-use = Użyj tej rotacji
best-rotation-from-form = Aby zastąpić zajęcia tą rotacją, należy otworzyć „Najlepsze terminy” z formularza zajęć.

## App: dialogs

dialog-cancel = Anuluj
dialog-done = Gotowe
dialog-save = Zapisz
dialog-remove = usuń

share-title = Udostępnij „{ $name }”
share-lead = Cały harmonogram mieści się w linku: nic nie jest przesyłane na serwer, a każdy, kto go otworzy, dostaje własną kopię.
share-edit-heading = Link do edycji
share-edit-hint = Otwiera się w planowaniu jako kopia, którą odbiorca może zmienić i zapisać.
share-copy = Kopiuj
share-view-heading = Link dla studentów
share-view-hint = Tylko do odczytu: otwiera plan zajęć w strefie czasowej każdego studenta.
share-for = Dla
share-everyone = Wszystkich
share-one-campus = Jednego kampusu
share-one-cohort = Jednej grupy
share-download = Pobierz kalendarz (.ics)
share-qr-heading = Kod QR
share-qr-of = Kod QR z
share-qr-students = linkiem dla studentów
share-qr-edit = linkiem do edycji
share-qr-label-students = Kod QR z linkiem dla studentów (wersja { $version })
share-qr-label-edit = Kod QR z linkiem do edycji (wersja { $version })
share-qr-caption = { $width }×{ $width } { $width ->
    [few] modułów
   *[other] modułów
}: wystarczy skierować na niego aparat telefonu albo umieścić go na slajdzie.
share-qr-too-large = Ten harmonogram jest za duży na jeden kod QR: lepiej udostępnić link.
share-copied-edit = Skopiowano link do edycji do schowka.
share-copied-students = Skopiowano link dla studentów do schowka.
share-copy-failed-edit = Nie udało się skopiować: należy zaznaczyć link do edycji i nacisnąć Ctrl+C (⌘C na Macu).
share-copy-failed-students = Nie udało się skopiować: należy zaznaczyć link dla studentów i nacisnąć Ctrl+C (⌘C na Macu).
share-downloaded = Pobrano { $file }: po otwarciu pliku w aplikacji kalendarza zostaną dodane wszystkie zajęcia.
share-download-failed = W tej przeglądarce nie udało się utworzyć pliku kalendarza.
share-length = { $count ->
    [one] { $count } znak
    [few] { $count } znaki
    [many] { $count } znaków
   *[other] { $count } znaku
}
share-no-link = Brak linku: { $reason }.
share-sheet = Udostępnij link dla studentów…

import-title = Import zajętych terminów
import-lead = Plik kalendarza z systemu planowania partnera (TimeEdit, Untis, Google Calendar, Outlook). Wydarzenia z pliku są traktowane w sprawdzaniu konfliktów jako zajęte terminy i wyświetlane na szaro w siatce. Nic nie opuszcza tej przeglądarki.
import-file = Plik kalendarza (.ics)
import-busy-of = Zajęte terminy dla
import-group-cohorts = Grupy
import-group-lecturers = Prowadzący
import-group-rooms = Sale
import-group-campuses = Cały kampus (wszystkie grupy)
import-name = Nazwa (opcjonalnie)
import-name-placeholder = np. NTNU TimeEdit, jesień 2026
import-submit = Importuj
import-choose-file = Najpierw należy wybrać plik kalendarza (.ics).
import-too-large = „{ $file }” ma { $size } MB; Meridian odczytuje pliki kalendarza do { $limit } MB (należy wyeksportować krótszy okres).
import-unreadable = Nie udało się odczytać pliku.
import-nothing-imported = Niczego nie zaimportowano: { $reason }.

new-title = Nowy harmonogram
new-lead = Punktem wyjścia jest sojusz: jego kampusy mają już strefy czasowe i domyślne godziny zajęć (poniedziałek–piątek, 08:00–20:00 czasu lokalnego), które można później zmienić.
new-alliance = Sojusz
new-campuses = Kampusy
new-campus = { $campus } ({ $city })
new-name = Nazwa
new-name-placeholder = np. Zrównoważone systemy energetyczne – semestr letni 2027
new-term-starts = Początek semestru
new-term-ends = Koniec semestru
new-create = Utwórz
new-dates-missing = Należy podać pierwszy i ostatni dzień semestru.
new-default-name = Semestr { $alliance }
new-default-name-plain = Nowy semestr
new-cannot-make = Nie można utworzyć harmonogramu: { $reason }.

people-title = Kampusy i osoby
people-campuses = Kampusy: godziny zajęć ({ $pattern }; puste = brak zajęć) i dni wolne
people-campus-place = · { $city } · { $zone }
people-remove-campus-label = Usuń kampus { $name }
people-remove-campus = usuń kampus
people-remove-closure-label = Usuń dzień wolny { $name }
people-remove-cohort-label = Usuń grupę { $name }
people-remove-lecturer-label = Usuń prowadzącego { $name }
people-remove-room-label = Usuń salę { $name }
people-hours-label = Godziny zajęć kampusu { $campus }: { $weekday }
people-hours-empty = —
people-hours-refused = „{ $hours }” to nie są godziny zajęć ({ $weekday }): należy je wpisać w postaci 08:00-18:00 albo zostawić pole puste, jeśli zajęć nie ma.
people-closure = { $name } – { $date }
people-closure-span = { $name } – od { $start } do { $end }
people-add-closure = Dodaj dzień wolny (nazwa, data)
people-add-closure-placeholder = Święto, 2026-12-08
people-add-closure-label = Dodaj dzień wolny w kampusie { $campus }
people-closure-refused = „{ $text }” to nie jest dzień wolny: należy wpisać nazwę, przecinek i datę, np. Święto, 2026-12-08.
people-add-campus = Dodaj kampus: wyszukaj uczelnię, miasto lub strefę czasową
people-add-known = + { $campus } ({ $city })
people-add-zone = + kampus: { $city } ({ $zone })
people-new-campus-name = Kampus { $city }
people-cohorts = Grupy
people-cohort-name = Nazwa grupy
people-campus-of = Kampus: { $name }
people-add-cohort = Dodaj grupę
people-lecturers = Prowadzący
people-lecturer-name = Imię i nazwisko prowadzącego
people-add-lecturer = Dodaj prowadzącego
people-rooms = Sale
people-room-name = Nazwa sali
people-add-room = Dodaj salę
people-removed = { $removed } „Zapisz” zachowuje zmianę, „Anuluj” ją odrzuca.
people-not-removed = Nie usunięto: { $reason }.
people-not-changed = Nie zmieniono: { $reason }.
people-new-cohort-campus = Kampus nowej grupy
people-lecturer-prompt = Wpisz imię i nazwisko prowadzącego
people-room-prompt = Wpisz nazwę sali
problem-unnamed = { $item ->
    [cohort] grupa nr { $position } na liście nie ma nazwy; wpisz ją lub usuń tę grupę
    [lecturer] prowadzący nr { $position } na liście nie ma imienia i nazwiska; wpisz je lub usuń tego prowadzącego
   *[room] sala nr { $position } na liście nie ma nazwy; wpisz ją lub usuń tę salę
}

calendar-region = Region świąt
calendar-region-label = Region świąt kampusu { $campus }
calendar-national-only = Tylko święta ogólnokrajowe ({ $country })
calendar-national-no-country = Nie wybrano kraju
calendar-no-country = Brak kraju: tylko wpisane dni wolne
calendar-loading = Święta ({ $country }): wczytywanie…
calendar-no-holidays = Brak świąt w semestrze
calendar-holidays = { $taught ->
    [0] Święta w semestrze ({ $count })
   *[other] Święta w semestrze ({ $count }, w tym z zajęciami: { $taught })
}
calendar-unticked = Nieodznaczone: kampus prowadzi tego dnia zajęcia.
calendar-english-name = ({ $name })
calendar-observed = przeniesione
calendar-substitute = dzień zastępczy
calendar-we-teach = odbywają się zajęcia
calendar-period = { $kind ->
    [exams] Sesja
   *[lecture-free] Bez zajęć
}: { $name } – od { $start } do { $end } { $year }
calendar-remove-period-label = Usuń okres { $name }
calendar-add-exams = Dodaj sesję egzaminacyjną (nazwa, pierwszy dzień, ostatni dzień)
calendar-add-lecture-free = Dodaj tygodnie bez zajęć (nazwa, pierwszy dzień, ostatni dzień)
calendar-add-exams-label = Dodaj sesję egzaminacyjną w kampusie { $campus }
calendar-add-lecture-free-label = Dodaj tygodnie bez zajęć w kampusie { $campus }
calendar-exams-placeholder = Sesja zimowa, 2027-02-01, 2027-02-19
calendar-lecture-free-placeholder = Przerwa świąteczna, 2026-12-21, 2027-01-03
calendar-period-refused = „{ $text }” to nie jest okres: należy wpisać nazwę, pierwszy i ostatni dzień, np. Sesja zimowa, 2027-02-01, 2027-02-19.
calendar-import = Importuj kalendarz akademicki (.ics)…
calendar-import-label = Importuj kalendarz akademicki (.ics) kampusu { $campus }
calendar-too-large = „{ $file }” ma { $size } MB; Meridian odczytuje pliki kalendarza do { $limit } MB.
calendar-unreadable = Nie udało się odczytać pliku.
calendar-nothing-read = Niczego nie odczytano: { $reason }.
calendar-academic-label = Kalendarz akademicki kampusu { $campus }
calendar-no-events = Brak wydarzeń w semestrze.
calendar-events = Wydarzenia w semestrze, każde zachowane zgodnie z wyborem:
calendar-event = { $name }: { $when }
calendar-event-no-name = (bez nazwy): { $when }
calendar-keep-as = Zachowaj „{ $name }” ({ $when }) jako
calendar-keep-no-name-as = Zachowaj wydarzenie bez nazwy ({ $when }) jako
calendar-event-span = od { $start } do { $end }
calendar-as-closure = Dzień wolny
calendar-as-exams = Sesja egzaminacyjna
calendar-as-lecture-free = Bez zajęć
calendar-as-skip = Pomiń
calendar-forget = Odrzuć te wydarzenia
calendar-add = Dodaj te wydarzenia

schedules-title = Moje harmonogramy
schedules-lead = Przechowywane tylko w pamięci tej przeglądarki na tym urządzeniu.
schedules-protected = Przeglądarka zgodziła się zachować te dane (nie wyczyści ich, aby zwolnić miejsce).
schedules-unprotected = Przeglądarka nie zgodziła się zachować tych danych: może je wyczyścić, aby zwolnić miejsce, a Safari czyści je po siedmiu dniach bez odwiedzin, jeśli aplikacja nie jest zainstalowana.
schedules-protection-unknown = Ta przeglądarka nie informuje, czy zachowa te dane.
schedules-keep-elsewhere = Aby mieć kopię w innym miejscu, można wyeksportować plik lub skopiować link do edycji.
schedules-backup-changed = Harmonogram „{ $name }” zmienił się od ostatniego eksportu lub udostępnienia.
schedules-backup-how = Jedyna kopia jest w tej przeglądarce: można użyć polecenia „Eksportuj plik” w menu „Plik” albo w oknie „Udostępnij” skopiować link do edycji i wysłać go do siebie.
schedules-none = Jeszcze żadnych: można zmienić przykład, otworzyć i zapisać udostępniony link albo utworzyć nowy harmonogram.
schedules-name-label = Nazwa: { $name }
schedules-open = Otwórz
schedules-duplicate = Duplikuj
schedules-delete-label = Usunąć { $name }?
schedules-delete-question = Usunąć „{ $name }”?
schedules-delete = Usuń
schedules-keep = Zachowaj
schedules-delete-ask = Usuń…
schedules-deleted = Usunięto „{ $name }”.
schedules-undo = Cofnij
schedules-damaged = Odłożone jako uszkodzone
schedules-damaged-hint = Tych danych nie udało się odczytać, więc odłożono je w niezmienionej postaci. Można pobrać plik, naprawić go ręcznie (to JSON harmonogramu), a następnie go otworzyć.
schedules-damaged-list = Lista harmonogramów
schedules-damaged-schedule = Harmonogram „{ $id }”
schedules-download-list-label = Pobierz listę harmonogramów
schedules-download-schedule-label = Pobierz harmonogram „{ $id }”
schedules-download = Pobierz
schedules-discard-list-label = Odrzuć listę harmonogramów
schedules-discard-schedule-label = Odrzuć harmonogram „{ $id }”
schedules-discard = Odrzuć
schedules-kept = Zachowane wersje harmonogramu „{ $name }” ({ $count })
schedules-kept-hint = Wersje udostępnione, otrzymane lub sprzed scalenia (ostatnie 20): po porównaniu z własną wersją można przywrócić to, co potrzebne.
schedules-version = { $how ->
    [both] Udostępniona i otrzymana
    [shared] Udostępniona
    [received] Otrzymana
   *[had] Sprzed scalenia
} · wersja { $version }
schedules-compare-label = Porównaj wersję { $version } ze swoją
schedules-compare = Porównaj…
schedules-discard-versions = Odrzuć te wersje
schedules-copy-name = { $name } (kopia)
schedules-storage-unavailable = ta przeglądarka nie pozwala Meridianowi przechowywać harmonogramów (tryb prywatny lub wyłączona pamięć); praca pozostaje otwarta tylko w tej karcie
schedules-storage-full = pamięć tej przeglądarki dla Meridiana jest pełna; praca pozostaje otwarta w tej karcie i można ją wyeksportować do pliku
schedules-damaged-left = zapisany harmonogram „{ $id }” jest uszkodzony ({ $reason }); pozostawiono go bez zmian
schedules-damaged-set-aside = zapisany harmonogram „{ $id }” jest uszkodzony ({ $reason }); odłożono go w niezmienionej postaci, aby nic go nie nadpisało, a okno „Moje harmonogramy” udostępnia go jako plik
schedules-missing = w tej przeglądarce nie ma zapisanego harmonogramu „{ $id }”
schedules-list-repaired = Lista zapisanych harmonogramów była uszkodzona: odłożono ją i odtworzono na podstawie harmonogramów zapisanych tutaj (okno „Moje harmonogramy” udostępnia uszkodzoną listę jako plik).
schedules-unreadable = Nie udało się odczytać zapisanych harmonogramów: { $reason }.
