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

## Engine: conflicts and their hints

conflict-resource-cohort = Grupa { $name }
conflict-resource-lecturer = Prowadzący { $name }
conflict-resource-room = Sala { $name }

conflict-double-booked = { $resource } ma w dniu { $date } dwa terminy naraz: { $first_span } i { $second_span } (czas lokalny: { $place }; { $same ->
        [yes] dwukrotnie { $first }
       *[no] { $first } i { $second }
    }; nakładają się o { $minutes } min)

conflict-short-break = { $resource } ma w dniu { $date } tylko { $gap } min przerwy między { $first } (koniec { $first_end }) a { $second } (początek { $second_start }), czas lokalny: { $place }; reguła wymaga { $rule } min

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
conflict-outside-hours = { $session } ({ $date }) trwa { $span } (czas lokalny: { $city }), poza godzinami zajęć { $ends_in_s ->
       *[other] kampusu { $campus }
    } ({ $hours })

conflict-skipped-time = { $session }: godzina { $time } nie istnieje w dniu { $date } (czas lokalny: { $place }; zegary pomijają { $from }–{ $to }); przesunięto na czas po zmianie
conflict-repeated-time = { $session }: godzina { $time } występuje w dniu { $date } dwukrotnie (czas lokalny: { $place }; UTC{ $earlier } i UTC{ $later }); przyjęto pierwsze wystąpienie

conflict-drift = { $session } ({ $weekday } { $time }, czas lokalny: { $place }) przesuwa się w trakcie semestru u partnerów: { $rows }

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

hint-move-by = przesunąć { $session } o { $minutes } min
hint-move-after = przesunąć { $session } o { $minutes } min na { $time }, po zajęciach { $after }
hint-move-when-free = przesunąć { $session } o { $minutes } min na { $time }, gdy { $resource } nie ma innych zajęć
hint-move-room-free = przesunąć { $session } o { $minutes } min na { $time }: sala { $room } jest tego dnia wolna w godz. { $free }
hint-no-free-time = { $resource } nie ma później tego dnia wolnych { $minutes } min
hint-common-window = wszyscy uczestnicy mają tego dnia godziny zajęć w przedziale { $span } (czas lokalny: { $place })
hint-skip-or-move = pominąć ten termin lub go przesunąć
hint-exams = studenci mogą mieć egzaminy: przenieść termin poza sesję albo go zostawić, jeśli egzaminów nie mają
hint-avoid-switch-hour = wybrać godzinę spoza godziny zmiany czasu
hint-fix-listed-first = najpierw usunąć podwójne rezerwacje wymienione na początku: zwykle powodem są kopie tych samych zajęć

resolution-gap = godzina { $time } nie istnieje w dniu { $date } (zegary pomijają { $from }–{ $to })
resolution-fold = godzina { $time } występuje w dniu { $date } dwukrotnie (UTC{ $earlier } i UTC{ $later })

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

## Engine: what changed between two versions

## Engine: best times and rotations

## Engine: calendar files (ICS)

## App: header, start page, banners, language menu, status lines

## App: student timetable

## App: planner grid, session form, conflicts panel, time finder, best times panel

## App: dialogs
