### Meridian — French messages
###
### Glossaire : un seul mot pour chaque terme clé, employé de la même façon dans tous les messages.
###   session = séance
###   series = série
###   course = cours
###   cohort = groupe
###   campus = campus
###   host campus = campus hôte
###   teaching hours = horaires d'enseignement
###   closure = fermeture
###   clash = chevauchement
###   conflict = conflit
###   drift = décalage
###   clock change = changement d'heure
###   term = période d'enseignement
###   share link = lien de partage
###
### On vouvoie l'utilisateur ; les boutons sont à l'infinitif.


## Shared: lengths of time, counts

length-minutes = { $minutes } min
length-hours = { $hours } h
length-hours-minutes = { $hours } h { $minutes } min
shift-later = { $days ->
    [0] { $length } plus tard
   *[other] { $minutes ->
        [0] { $days ->
            [one] { $days } jour plus tard
           *[other] { $days } jours plus tard
        }
       *[other] { $days ->
            [one] { $days } jour et { $length } plus tard
           *[other] { $days } jours et { $length } plus tard
        }
    }
}
shift-earlier = { $days ->
    [0] { $length } plus tôt
   *[other] { $minutes ->
        [0] { $days ->
            [one] { $days } jour plus tôt
           *[other] { $days } jours plus tôt
        }
       *[other] { $days ->
            [one] { $days } jour et { $length } plus tôt
           *[other] { $days } jours et { $length } plus tôt
        }
    }
}
countdown-now = en cours
countdown-in = dans { $length }
countdown-days = dans { $days } jours
countdown-tomorrow = demain


## Places
place-aachen = Aix-la-Chapelle
place-amsterdam = Amsterdam
place-auckland = Auckland
place-bangkok = Bangkok
place-beijing = Pékin
place-berlin = Berlin
place-cambridge-ma = Cambridge, Massachusetts
place-chicago = Chicago
place-delft = Delft
place-gdansk = Gdańsk
place-gothenburg = Göteborg
place-hangzhou = Hangzhou
place-houston = Houston
place-london = Londres
place-madrid = Madrid
place-manchester = Manchester
place-milan = Milan
place-moscow = Moscou
place-munich = Munich
place-nairobi = Nairobi
place-new-york = New York
place-oslo = Oslo
place-paris = Paris
place-rome = Rome
place-saint-petersburg = Saint-Pétersbourg
place-santiago = Santiago
place-shanghai = Shanghai
place-singapore = Singapour
place-stockholm = Stockholm
place-toronto = Toronto
place-trondheim = Trondheim
place-ulaanbaatar = Oulan-Bator
place-valencia = Valence
place-warsaw = Varsovie
place-zuerich = Zurich
place-zurich = Zurich

## Engine: conflicts and their hints

conflict-resource-cohort = Groupe { $name }
conflict-resource-lecturer = Enseignant { $name }
conflict-resource-room = Salle { $name }
conflict-double-booked = { $resource } a deux séances le { $date }, { $first_span } et { $second_span }, heure locale à { $place } ({ $same ->
        [yes] deux occurrences de la séance { $first }
       *[no] { $first } et { $second }
    }, chevauchement de { $minutes } min)
conflict-short-break = { $resource } n'a que { $gap } min entre { $first } (fin à { $first_end }) et { $second } (début à { $second_start }) le { $date }, heure locale à { $place } ; la règle demande { $rule } min
conflict-busy = { $resource } est indisponible le { $date }, { $busy }, heure locale à { $place } ({ $calendar }), alors que { $session } a lieu ({ $meets })
conflict-busy-block = { $resource } est indisponible le { $date }, { $busy }, heure locale à { $place } ({ $block }, calendrier { $calendar }), alors que { $session } a lieu ({ $meets })
conflict-public-holiday = { $session } du { $date } tombe un jour férié du campus { $campus } ({ $city }) : { $holiday } ; ses groupes de ce campus n'ont pas cours
conflict-public-holiday-translated = { $session } du { $date } tombe un jour férié du campus { $campus } ({ $city }) : { $holiday } ({ $english }) ; ses groupes de ce campus n'ont pas cours
conflict-lecture-free = { $session } du { $date } tombe pendant { $period }, période sans cours sur le campus { $campus }
conflict-exam-period = { $session } du { $date } tombe pendant la session d'examens du campus { $ends_in_s ->
        [yes] { $campus }
       *[no] { $campus }
    } ({ $period })
conflict-closed = { $session } du { $date } tombe pendant { $closure } : le campus { $campus } est fermé
conflict-closed-unnamed = { $session } du { $date } tombe un jour de fermeture du campus { $campus }
conflict-outside-term = { $session } du { $date } est en dehors de la période d'enseignement du campus { $ends_in_s ->
        [yes] { $campus }
       *[no] { $campus }
    } ({ $start } – { $end })
conflict-other-weekday = { $session } du { $host_date } tombe le { $date } sur le campus { $campus } ({ $span }, heure locale à { $city }), un jour sans enseignement sur ce campus
conflict-no-teaching-day = { $session } du { $date } tombe un jour sans enseignement sur le campus { $campus } ({ $span }, heure locale à { $city })
conflict-outside-hours = { $session } du { $date } a lieu sur le créneau { $span } (heure locale à { $city }), en dehors des horaires d'enseignement du campus { $ends_in_s ->
        [yes] { $campus }
       *[no] { $campus }
    } ({ $hours })
conflict-skipped-time = { $session } : { $time } n'existe pas le { $date } à { $place } (on passe directement de { $from } à { $to }) ; la séance est reportée après le changement d'heure
conflict-repeated-time = { $session } : { $time } existe deux fois le { $date } à { $place } (UTC{ $earlier } et UTC{ $later }) ; la première est retenue
conflict-drift = { $session } ({ $weekdays } { $time }, heure locale à { $place }) ne commence pas toujours à la même heure locale chez les partenaires au cours de la période d'enseignement : { $rows }
weekday-list = { $list }, { $day }
conflict-omitted = { $resource } a encore { $pairs } réservations qui se chevauchent, non listées (Meridian liste au plus { $conflicts } conflits ou { $overlaps } chevauchements par groupe, enseignant ou salle)
conflict-repeats = { $message } (et { $more ->
        [one] une autre date
       *[other] { $more } autres dates
    }, jusqu'au { $last })
drift-row = { $cities } : { $times }
drift-once = { $time } le { $date }
drift-until = { $time } jusqu'au { $date }
drift-from = { $time } à partir du { $date }
drift-between = { $time } du { $from } au { $to }
hint-move-by = décalez { $session } de { $minutes } min
hint-move-after = décalez { $session } de { $minutes } min, soit à { $hour ->
   *[other] { $time }
}, juste après { $after }
hint-move-when-free = décalez { $session } de { $minutes } min, soit à { $hour ->
   *[other] { $time }
}, quand { $resource } est disponible
hint-move-room-free = décalez { $session } de { $minutes } min, soit à { $hour ->
   *[other] { $time }
} : la salle { $room } est libre ce jour-là ({ $free })
hint-no-free-time = { $resource } n'a pas { $minutes } min de libre plus tard ce jour-là
hint-common-window = ce jour-là, tous les participants sont dans leurs horaires d'enseignement sur le créneau { $span } (heure locale à { $place })
hint-skip-or-move = supprimez cette date ou déplacez la séance de ce jour
hint-exams = les étudiants passent peut-être des examens : déplacez la séance hors de cette période, ou gardez-la s'ils n'en ont pas
hint-avoid-switch-hour = choisissez une heure en dehors de l'heure du changement
hint-fix-listed-first = corrigez d'abord les doubles réservations listées : des copies d'une même séance en sont la cause habituelle
resolution-gap = { $time } n'existe pas le { $date } (on passe directement de { $from } à { $to })
resolution-fold = { $time } existe deux fois le { $date } (UTC{ $earlier } et UTC{ $later })
resolution-gap-in = { $time } n'existe pas le { $date } dans le fuseau { $zone } (on passe directement de { $from } à { $to })
resolution-fold-in = { $time } existe deux fois le { $date } dans le fuseau { $zone } (UTC{ $earlier } et UTC{ $later })
suggestion-errors = { $count ->
        [one] { $count } erreur
       *[other] { $count } erreurs
    }
suggestion-warnings = { $count ->
        [one] { $count } avertissement
       *[other] { $count } avertissements
    }
suggestion-errors-warnings = { $errors }, { $warnings }
suggestion-none = aucun conflit


## Engine: errors a user can act on

error-unknown-zone = fuseau horaire « { $name } » inconnu ; utilisez un nom IANA comme Europe/Berlin
error-unknown-zone-suggestions = fuseau horaire « { $name } » inconnu ; vouliez-vous dire { $suggestions } ?
error-bad-date-time = impossible de lire « { $text } » comme une date ou une heure ; format attendu : { $expected }
shape-date = AAAA-MM-JJ
shape-time = HH:MM
shape-date-time = AAAA-MM-JJTHH:MM
shape-time-range = HH:MM-HH:MM
shape-instant = RFC 3339, par ex. 2026-03-29T01:30:00Z
error-unknown-disambiguation = désambiguïsation « { $text } » inconnue ; utilisez compatible, earlier, later ou reject
error-nonexistent-local-time = { $local } n'existe pas dans le fuseau { $zone } : ce jour-là, la plage { $skipped } est sautée ; choisissez une autre heure ou utilisez --disambiguation compatible
error-ambiguous-local-time = { $local } existe deux fois dans le fuseau { $zone } (à UTC{ $earlier } et à UTC{ $later }) ; utilisez --disambiguation earlier ou later pour choisir
error-out-of-range = { $text } est hors limites (années 1000 à 9999)
error-syntax = ligne { $line }, colonne { $column } : { $problem }
error-unsupported-format = cette version de Meridian ne lit pas le format « { $found } » (elle lit « { $format } ») ; si le fichier vient d'une version plus récente de Meridian, ouvrez-le avec celle-ci
error-invalid = { $path } : { $problem }
error-too-large-to-share = cet emploi du temps est trop volumineux pour un lien de partage : il lui faut { $size } { $what ->
    [characters] caractères de lien
   *[bytes] octets décompressés
} et un lien en contient au plus { $limit } ; partagez plutôt l'emploi du temps sous forme de fichier
error-holiday-file = fichier des jours fériés : { $problem }
error-holiday-file-line = fichier des jours fériés, ligne { $line } : { $problem }
error-unknown-country = « { $text } » n'est pas un code pays ; utilisez deux lettres (ISO 3166), avec une région après un tiret : DE, DE-BE, US-TX
error-unknown-region-none = le fichier des jours fériés pour { $country } n'a pas de région « { $region } » ; il ne contient que les jours fériés nationaux
error-unknown-region = le fichier des jours fériés pour { $country } n'a pas de région « { $region } » ; il contient { $regions }{ $more ->
    [0] {""}
   *[other] {" "}et { $more } autres
}
error-calendar-file = fichier de calendrier : { $problem }
error-calendar-file-line = fichier de calendrier, ligne { $line } : { $problem }
problem-calendar-file-too-large = le fichier fait { $size } Mo ; Meridian lit les fichiers de calendrier jusqu'à { $max } Mo (exportez une période plus courte)
problem-calendar-not-icalendar = ce n'est pas un fichier iCalendar (il devrait commencer par BEGIN:VCALENDAR)
problem-calendar-starts-with-continuation = le fichier commence par une ligne de continuation
problem-calendar-not-a-line = « { $text } » n'est pas une ligne de calendrier (NOM:valeur)
problem-calendar-end-without-begin = END:{ $what } ne ferme aucun bloc ouvert par BEGIN:{ $what }
problem-calendar-cut-off = le fichier se termine avant END:VCALENDAR (a-t-il été tronqué ?)
problem-calendar-not-a-date-time = « { $text } » n'est ni une date (YYYYMMDD) ni une date et heure (YYYYMMDDTHHMMSS)
problem-calendar-date-time-out-of-range = « { $text } » est hors limites
problem-calendar-date-out-of-range = date hors limites
problem-calendar-not-a-duration = « { $text } » n'est pas une durée comme PT1H30M
problem-calendar-negative-duration = l'événement dure { $text } : une durée ne peut pas être négative
problem-calendar-ends-before-start = l'événement se termine (DTEND) avant de commencer (DTSTART)
problem-calendar-rdate-periods = RDATE avec des périodes (début/fin) n'est pas pris en charge ; indiquez des dates ou des dates et heures
problem-calendar-too-many-events = le calendrier produit plus de { $max } événements sur la période d'enseignement ; exportez une période plus courte
problem-calendar-no-freq = la règle de répétition n'a pas de FREQ
problem-calendar-freq-not-read = FREQ={ $freq } n'est pas pris en charge ; Meridian lit les événements qui se répètent chaque jour ou chaque semaine
problem-calendar-interval = INTERVAL={ $text } n'est pas un nombre positif
problem-calendar-count = COUNT={ $text } n'est pas un nombre
problem-calendar-until-out-of-range = UNTIL hors limites
problem-calendar-byday = BYDAY={ $day } n'est pas pris en charge (seulement les jours de la semaine sans numéro, comme MO,WE)
problem-calendar-rule-part = l'élément { $part } de la règle de répétition n'est pas pris en charge ; Meridian lit les règles quotidiennes et hebdomadaires (FREQ, INTERVAL, COUNT, UNTIL, BYDAY)
problem-calendar-unknown-zone = fuseau horaire « { $name } » inconnu ; Meridian reconnaît les noms IANA comme Europe/Berlin, les noms Windows comme W. Europe Standard Time et les fuseaux que le fichier définit lui-même dans un VTIMEZONE
problem-calendar-zone-rule-without = une règle de fuseau horaire sans { $property }
problem-calendar-not-an-offset = « { $text } » n'est pas un écart par rapport à UTC comme +0100
problem-calendar-zone-rule-part = l'élément { $part } de la règle de fuseau horaire n'est pas pris en charge ; Meridian lit les règles annuelles par mois et jour de la semaine (BYMONTH=3;BYDAY=-1SU)
problem-calendar-zone-rule-without-month = une règle de fuseau horaire sans BYMONTH n'est pas prise en charge ; Meridian lit les règles annuelles par mois et jour de la semaine (BYMONTH=3;BYDAY=-1SU)
problem-calendar-too-many-switches = ce fuseau horaire compte plus de { $max } changements d'heure sur les années lues
problem-calendar-schedule-term-out-of-range = la période d'enseignement de l'emploi du temps est hors limites
problem-calendar-term-out-of-range = la période d'enseignement est hors limites
problem-holiday-file-too-large = le fichier fait { $bytes } octets ; un fichier de jours fériés ne dépasse pas { $max } octets
problem-holiday-not-utf8 = l'octet { $byte } n'est pas du texte UTF-8
problem-holiday-cut-off = le fichier ne se termine pas par un saut de ligne : il a été tronqué
problem-holiday-empty = le fichier est vide
problem-holiday-not-a-holiday-file = « { $found } » n'est pas un fichier de jours fériés pour cette version de Meridian (format attendu : { $format })
problem-holiday-ends-before = le fichier se termine avant la ligne `{ $key }`
problem-holiday-expected-header = ligne `{ $key }` attendue au lieu de « { $found } »
problem-holiday-not-a-country-code = « { $text } » n'est pas un code pays (deux lettres majuscules)
problem-holiday-expected-years = `years FIRST LAST` attendu au lieu de « { $found } »
problem-holiday-not-a-year = « { $text } » n'est pas une année (YYYY, 1000–9999)
problem-holiday-year-span = années { $first } à { $last } : la première ne doit pas être postérieure à la dernière, et un fichier couvre au plus { $max } ans
problem-holiday-not-a-locale = « { $text } » n'est pas un code de langue comme de ou en_US
problem-holiday-dash-not-alone = `-` doit figurer seul
problem-holiday-not-a-region-code = « { $text } » n'est pas un code de région (1 à { $max } caractères, ni * ni -)
problem-holiday-too-many-regions = un fichier ne peut pas lister plus de 65 535 régions
problem-holiday-region-twice = la région « { $code } » figure deux fois
problem-holiday-too-few-fields = une ligne de jour férié compte 5 champs séparés par des tabulations (date, type, portée, nom local, nom anglais) ; celle-ci n'en compte que { $fields }
problem-holiday-too-many-fields = une ligne de jour férié compte 5 champs séparés par des tabulations (date, type, portée, nom local, nom anglais) ; celle-ci en compte davantage
problem-holiday-not-a-date = « { $text } » n'est pas une date (YYYY-MM-DD) des années du fichier ({ $first }–{ $last })
problem-holiday-out-of-date-order = les jours fériés ne sont pas dans l'ordre chronologique
problem-holiday-not-a-kind = « { $text } » n'est pas un type (- jour férié, o reporté, s jour de remplacement)
problem-holiday-not-a-region = « { $code } » n'est pas une des régions du fichier (ou - en premier, pour le calendrier national)
problem-holiday-region-out-of-order = la région « { $code } » ne suit pas l'ordre de la ligne regions, ou figure deux fois
problem-holiday-empty-name = { $field ->
    [source] la source est vide
    [local-name] le nom local est vide
   *[english-name] le nom anglais est vide
}
problem-holiday-control-character = { $field ->
    [source] la source
    [local-name] le nom local
   *[english-name] le nom anglais
} contient un caractère de contrôle
link-not-a-link = ce n'est pas un lien Meridian : un lien d'emploi du temps contient « #s1. » à « #s{ $newest }. » (« #Q1. » à « #Q{ $newest }. » depuis un code QR) suivi de lettres et de chiffres
link-cut-off = ce lien a été tronqué : copiez à nouveau le lien entier (les applications de messagerie coupent parfois les liens longs)
link-newer = ce lien a été créé par une version plus récente de Meridian (version du lien { $version } ; cette version-ci lit la version { $supported }) : ouvrez-le avec la dernière version de Meridian
link-damaged = ce lien est endommagé (certains caractères ont été modifiés) : redemandez-le à l'expéditeur
link-too-long = ce lien dépasse la taille de tout emploi du temps partagé par Meridian (limite { $limit }) : il n'a pas été créé par Meridian
link-invalid-schedule = ce lien est intact, mais l'emploi du temps qu'il contient n'est pas valide ({ $problem }) : il n'a pas été créé par cette version de Meridian ; demandez le fichier de l'emploi du temps à l'expéditeur
problem-not-utf8 = l'octet { $byte } ({ $value }) n'est pas du texte UTF-8 ; enregistrez le fichier en UTF-8
problem-file-too-large = le fichier fait { $bytes } octets ; Meridian lit les emplois du temps jusqu'à { $max } octets
problem-odd-byte-utf16 = un octet en trop à la fin d'un texte UTF-16 ; enregistrez le fichier en UTF-8 ou en UTF-16
problem-lone-surrogate = un demi-codet (surrogate) isolé dans un texte UTF-16 ; enregistrez le fichier en UTF-8 ou en UTF-16
problem-not-an-object = un emploi du temps est un objet JSON ({"{"} "format": "{ $format }", … {"}"})
problem-misplaced-list = est une liste ([…]) là où le format attend un objet ({"{"}…{"}"}) ou une seule valeur ; voir docs/schedule-format.md
problem-json-ends-inside = le fichier se termine { $part ->
    [list] au milieu d'une liste : un crochet `[` n'est pas refermé par `]` (a-t-il été tronqué ?)
    [object] au milieu d'un objet : une accolade `{"{"}` n'est pas refermée par `{"}"}` (a-t-il été tronqué ?)
    [text] au milieu d'un texte : un guillemet `"` n'est pas refermé (a-t-il été tronqué ?)
   *[value] là où une valeur est attendue (le fichier est-il vide ou tronqué ?)
}
problem-json-expected-token = { $token ->
    [colon] il manque un deux-points `:` après le nom
    [comma-or-list-end] il manque une virgule `,` entre deux éléments ou un crochet `]` qui ferme la liste
    [comma-or-object-end] il manque une virgule `,` entre deux entrées ou une accolade `{"}"}` qui ferme l'objet
    [quote] un nom entre guillemets (`"`) est attendu ici
    [literal] `true`, `false` ou `null` est mal écrit ici
   *[value] une valeur est attendue ici : un texte entre guillemets, un nombre, `true`, `false`, `null`, une liste ou un objet
}
problem-json-invalid-escape = dans un texte, une barre oblique inverse `\` est suivie d'un caractère qui ne peut pas la suivre (pour écrire la barre oblique inverse elle-même, tapez `\\`)
problem-json-invalid-number = un nombre est écrit sous une forme que le format du fichier n'admet pas (par exemple `01`, `1.` ou `+1`)
problem-json-number-out-of-range = un nombre est trop grand pour être lu
problem-json-invalid-unicode = un code `\u` ne correspond à aucun caractère
problem-json-control-character = un texte contient un vrai saut de ligne ou une vraie tabulation ; écrivez `\n` pour un saut de ligne et `\t` pour une tabulation
problem-json-key-not-text = un nom dans un objet doit être entre guillemets, comme dans `"name": value`
problem-json-trailing-comma = une virgule `,` se trouve juste avant un `]` ou une `{"}"}` de fermeture ; supprimez-la
problem-json-text-after-end = il reste du texte après la fin des données
problem-json-too-deep = les listes et les objets sont imbriqués sur plus de 128 niveaux
problem-json-found = { $kind ->
    [text] le texte « { $text } »
    [number] le nombre { $text }
    [bool] `{ $text }`
    [null] `null`
    [list] une liste
   *[object] un objet
}
problem-json-expected = { $kind ->
    [text] un texte entre guillemets
    [whole-number] un nombre entier
    [number] un nombre
    [bool] `true` ou `false`
    [null] `null`
    [list] une liste (`[…]`)
   *[object] un objet (`{"{"}…{"}"}`)
}
problem-json-wrong-type = il y a ici { $found }, alors qu'il faut { $expected }
problem-json-out-of-range = { $found } est hors limites : il faut ici un nombre entier compris entre { $min } et { $max }
problem-json-unknown-field = « { $field } » n'est pas un champ prévu ici (faute de frappe ?) ; les champs prévus sont { $allowed }
problem-json-no-fields = « { $field } » n'est pas un champ prévu ici ; aucun champ n'est admis à cet endroit
problem-json-unknown-value = « { $value } » n'est pas une valeur admise ici ; valeurs admises : { $allowed }
problem-json-wrong-length = une liste { $length ->
    [one] de { $length } élément
   *[other] de { $length } éléments
} là où il en faut { $expected }
problem-json-wrong-length-any = une liste { $length ->
    [one] de { $length } élément
   *[other] de { $length } éléments
} n'a pas la longueur attendue ici
problem-json-duplicate-field = le champ « { $field } » figure deux fois
problem-json-missing-field = absent ; le champ « { $field } » doit être indiqué ici
problem-format-not-string = doit être la chaîne "{ $format }"
problem-format-missing = absent ; un emploi du temps Meridian commence par "format": "{ $format }"
problem-id-empty = ne doit pas être vide
problem-no-campus = un emploi du temps doit avoir au moins un campus
problem-id-missing = chaque { $item ->
    [campus] campus
    [cohort] groupe
    [lecturer] enseignant
    [room] salle
    [session] séance
   *[busy-calendar] calendrier d'indisponibilités
} doit avoir un identifiant
problem-duplicate-id = deux { $item ->
    [campus] campus
    [cohort] groupes
    [lecturer] enseignants
    [room] salles
    [session] séances
   *[busy-calendar] calendriers d'indisponibilités
} ont l'identifiant « { $id } »
problem-campus-code = le campus « { $campus } » doit avoir un code de 1 à 5 caractères, p. ex. « BER »
problem-campus-region = le campus « { $campus } » doit avoir une région de 1 à { $max } caractères, telle que la nomment les données des jours fériés, p. ex. « BE » pour DE-BE
problem-period-ends-before-start = la période « { $name } » se termine avant de commencer
problem-closure-ends-before-start = la fermeture « { $name } » se termine avant de commencer
problem-cohort-campus-missing = le groupe « { $cohort } » appartient au campus « { $campus } », qui ne figure pas dans cet emploi du temps
problem-room-campus-missing = la salle « { $room } » se trouve sur le campus « { $campus } », qui ne figure pas dans cet emploi du temps
problem-lecturer-campus-missing = l'enseignant « { $lecturer } » est rattaché au campus « { $campus } », qui ne figure pas dans cet emploi du temps
problem-busy-target-missing = le calendrier d'indisponibilités « { $busy } » concerne { $item ->
    [campus] le campus
    [cohort] le groupe
    [lecturer] l'enseignant
   *[room] la salle
} « { $id } », qui ne figure pas dans cet emploi du temps
problem-session-reference-missing = la séance « { $session } » renvoie { $item ->
    [host-campus] au campus hôte
    [cohort] au groupe
    [lecturer] à l'enseignant
   *[room] à la salle
} « { $id } », qui ne figure pas dans cet emploi du temps
problem-busy-target-not-one = le calendrier d'indisponibilités « { $busy } » doit concerner exactement un campus, un groupe, un enseignant ou une salle
problem-busy-block-ends-before-start = le créneau d'indisponibilité « { $title } » se termine avant de commencer
problem-busy-block-too-long = le créneau d'indisponibilité « { $title } » dure plus de 136 ans ; un lien de partage ne pourrait pas le contenir
problem-session-length = la séance « { $session } » doit durer entre 1 minute et 7 jours
problem-change-without-occurrence = la séance « { $session } » n'a pas lieu le { $date } : rien à modifier
problem-change-length = doit être entre 1 minute et 7 jours
problem-repeat-interval = doit être entre 1 et 52 semaines
problem-repeat-count = doit être au moins 1
problem-until-and-count = indiquez until ou count, pas les deux
problem-until-before-start = la séance « { $session } » se répète jusqu'au { $until }, avant sa première date, le { $first }
problem-term-ends-before-start = la période d'enseignement se termine ({ $end }) avant de commencer ({ $start })
problem-term-too-long = une période d'enseignement dure au plus un an
problem-seconds = « { $text } » contient des secondes ; un emploi du temps est à la minute près : écrivez { $pattern }
problem-fraction-of-second = « { $text } » contient une fraction de seconde ; Meridian ne garde que des secondes entières
problem-not-a-weekday = « { $text } » n'est pas un jour de la semaine ; utilisez mon, tue, wed, thu, fri, sat ou sun
problem-weekday-twice = { $day } apparaît deux fois ; indiquez les horaires de chaque jour une seule fois
problem-hours-end-before-start = les horaires d'enseignement « { $text } » se terminent avant de commencer
problem-no-demo = aucun emploi du temps de démonstration nommé « { $name } »
problem-unknown = l'emploi du temps ne contient { $item ->
    [campus] aucun campus
    [cohort] aucun groupe
    [lecturer] aucun enseignant
   *[room] aucune salle
} « { $id } »
problem-nothing-to-change = cet emploi du temps ne contient { $item ->
    [campus] aucun campus
    [cohort] aucun groupe
    [lecturer] aucun enseignant
    [room] aucune salle
    [session] aucune séance
   *[busy-calendar] aucun calendrier d'indisponibilités
} « { $id } » à modifier
problem-no-campus-chosen = choisissez au moins un campus
problem-too-many-at-once = au plus { $max } campus et { $max } groupes, enseignants et salles à la fois
problem-map-length = une séance dure de 5 minutes à une semaine
problem-answer-count = { $questions } questions demandent { $questions } réponses, pas { $answers }
problem-not-a-fingerprint = « { $text } » n'est pas une empreinte : une empreinte compte 11 lettres, chiffres, - ou _
problem-view-link-extra-session = un lien de consultation contient une séance à laquelle son campus ou son groupe ne participe pas
problem-no-occurrence = « { $title } » n'a pas lieu le { $date }
problem-no-occurrence-to-change = « { $title } » n'a pas lieu le { $date } : rien à modifier
problem-no-occurrence-to-cancel = « { $title } » n'a pas lieu le { $date } : rien à annuler
problem-occurrence-length = « { $title } » ne peut pas durer moins de 5 minutes ni plus d'une semaine
problem-too-far-to-move = c'est un déplacement trop important
problem-series-too-far = la séance « { $title } » ne peut pas être déplacée aussi loin
problem-weeks-wrap = la série « { $title } » a lieu toutes les { $interval } semaines ; décalée de { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}, certains de ses jours tomberaient dans des semaines où elle n'a pas lieu. Déplacez-la dans sa semaine ou de semaines entières, ou changez ses jours dans le formulaire
problem-one-off = « { $title } » est une séance unique : supprimez-la plutôt
problem-session-gone = cette séance ne figure plus dans l'emploi du temps
problem-only-campus = { $campus } est le seul campus de l'emploi du temps ; ajoutez-en d'abord un autre
problem-campus-teaches = impossible de retirer le campus { $campus } tant qu'il assure { $sessions } ; confiez d'abord { $count ->
    [one] cette séance
   *[other] ces séances
} à un autre campus
problem-titles-one = « { $first } »
problem-titles-two = « { $first } » et « { $second } »
problem-titles-more = « { $first } », « { $second } » et { $more } autres
problem-not-in-schedule = cet emploi du temps ne contient { $item ->
    [campus] aucun campus
    [cohort] aucun groupe
    [lecturer] aucun enseignant
   *[room] aucune salle
} « { $id } »
problem-name-empty = un emploi du temps doit avoir un nom
problem-period-needs-name = une période doit avoir un nom, p. ex. « Examens d'hiver »
problem-period-exists = le campus « { $campus } » a déjà la période « { $period } »
problem-academic-entry = une entrée du calendrier universitaire du { $date } n'a pas de nom ou se termine avant de commencer
problem-period-gone = cette période ne figure plus dans l'emploi du temps
problem-rotation-empty = la rotation n'a aucun créneau ou aucune semaine


## Engine: what changed between two versions

change-group-schedule = Emploi du temps
change-group-busy = Indisponibilités
change-group-people = Personnes et salles
change-renamed-quoted = renommé « { $before } » → « { $after } »
change-id = identifiant « { $before } » → « { $after } » (deux emplois du temps différents)
change-alliance = { $state ->
    [added] alliance ajoutée : « { $after } »
    [removed] alliance supprimée (anciennement « { $before } »)
   *[changed] alliance « { $before } » → « { $after } »
}
change-term = période d'enseignement { $before } → { $after }
change-term-span = { $start } – { $end } { $year }
change-breaks = pauses entre séances d'au moins { $before } → { $after }
change-busy-removed = « { $name } » supprimé
change-busy-blocks = « { $name } » : { $before } créneaux → { $after }
change-busy-added = « { $name } » ajouté ({ $blocks ->
    [one] { $blocks } créneau
   *[other] { $blocks } créneaux
})
change-busy-renamed = « { $before } » renommé en « { $after } »
change-busy-whose = « { $name } » : rattaché à { $before } → { $after }
change-busy-times = « { $name } » : { $blocks ->
    [one] { $blocks } créneau à un autre horaire
   *[other] { $blocks } créneaux à d'autres horaires
}
change-busy-titles = « { $name } » : { $blocks ->
    [one] { $blocks } créneau sous un autre intitulé
   *[other] { $blocks } créneaux sous d'autres intitulés
}
change-campus-removed = campus { $name } supprimé
change-campus-renamed = renommé { $before } → { $after }
change-zone = fuseau horaire { $before } → { $after }
change-hours = horaires d'enseignement du { $day } { $before } → { $after }
change-no-teaching = pas de cours
change-campus-term = période d'enseignement { $before } → { $after }
change-schedules-term = celle de l'emploi du temps
change-closure-span = { $start } – { $end } ({ $name })
change-closure-day = { $start } ({ $name })
change-reopened = fermeture supprimée : { $closure }
change-closed = nouvelle fermeture : { $closure }
change-campus-short = nom court { $before } → { $after }
change-campus-code = { $state ->
    [added] code { $after } (auparavant tiré du nom court)
    [removed] code tiré du nom court (auparavant { $before })
   *[changed] code { $before } → { $after }
}
change-campus-city = ville { $before } → { $after }
change-campus-country = pays { $before } → { $after }
change-campus-region = { $state ->
    [added] région des jours fériés { $after } (auparavant jours fériés nationaux { $country } uniquement)
    [removed] jours fériés nationaux { $country } uniquement (auparavant région des jours fériés { $before })
   *[changed] région des jours fériés { $before } → { $after }
}
change-holiday-off = cours assurés le { $date } bien que ce soit un jour férié
change-holiday-on = le { $date } est de nouveau un jour férié : pas de cours
change-period-added = { $kind ->
    [exams] session d'examens ajoutée
   *[lecture-free] période sans cours ajoutée
} : { $start } – { $end } ({ $name })
change-period-removed = { $kind ->
    [exams] session d'examens supprimée
   *[lecture-free] période sans cours supprimée
} : { $start } – { $end } ({ $name })
change-campus-added = campus { $name } ajouté ({ $zone })
change-when = { $days } { $span } ({ $place })
change-day-span = { $weekday } { $span }
change-day-time = { $weekday } { $time }
change-lengths = { $before } → { $after }
change-session-removed = supprimée ({ $when })
change-session-added = ajoutée ({ $when })
change-series-added = ajoutée ({ $when }), se répète { $repeat }
change-series-removed = supprimée ({ $when }), se répétait { $repeat }
change-every = { $interval ->
    [1] chaque semaine
   *[other] toutes les { $interval } semaines
}
change-repeat-until = { $every } jusqu'au { $date }
change-repeat-count = { $every }, { $count } fois
change-repeat-term = { $every } jusqu'à la fin de la période d'enseignement
change-moved = déplacée de { $before } à { $after }
change-longer = plus longue : { $lengths } (désormais { $when })
change-shorter = plus courte : { $lengths } (désormais { $when })
change-hosted = campus hôte { $before } → { $after }
change-now-repeats = se répète désormais { $repeat }
change-once = n'a plus lieu qu'une fois
change-cancelled = annulée le { $date }
change-again = a de nouveau lieu le { $date }
change-weeks = se répète { $after } (auparavant { $before })
change-week = cette semaine-là seulement, { $date } : { $what }
change-usual = retour à l'horaire et aux salles habituels
change-week-at = déplacée à { $time }
change-week-for = durée { $length }
change-week-rooms = dans d'autres salles
change-cohorts = groupes { $before } → { $after }
change-lecturer = enseignant { $before } → { $after }
change-rooms = salles { $before } → { $after }
change-none = aucun
change-course = { $state ->
    [added] cours ajouté : « { $after } »
    [removed] cours supprimé (anciennement « { $before } »)
   *[changed] cours « { $before } » → « { $after } »
}
change-link = { $state ->
    [added] lien de réunion ajouté : « { $after } »
    [removed] lien de réunion supprimé (anciennement « { $before } »)
   *[changed] lien de réunion « { $before } » → « { $after } »
}
change-notes = { $state ->
    [added] notes ajoutées : « { $after } »
    [removed] notes supprimées (anciennement « { $before } »)
   *[changed] notes « { $before } » → « { $after } »
}
change-kind = désormais { $kind ->
    [joint-lecture] un cours commun
    [lecture] un cours magistral
    [lab] des travaux pratiques
    [seminar] un séminaire
    [tutorial] des travaux dirigés
    [exam] un examen
    [office-hours] une permanence
   *[other] d'un autre type
}
change-person-removed = { $what ->
    [cohort] groupe { $name } supprimé
    [lecturer] enseignant { $name } supprimé
   *[room] salle { $name } supprimée
}
change-person-added = { $what ->
    [cohort] groupe { $name } ajouté
    [lecturer] enseignant { $name } ajouté
   *[room] salle { $name } ajoutée
}
change-person-renamed = { $what ->
    [cohort] groupe { $before } renommé en
    [lecturer] enseignant { $before } renommé en
   *[room] salle { $before } renommée en
} { $after }
change-person-campus = { $what ->
    [cohort] groupe
    [lecturer] enseignant
   *[room] salle
} { $name } : campus { $before } → { $after }
change-person-size = { $what ->
    [cohort] groupe { $name } : effectif { $before } → { $after }
   *[room] salle { $name } : nombre de places { $before } → { $after }
}
change-not-given = non renseigné
compare-group = { $group } :
compare-not-alone = modifié en même temps qu'une autre différence (impossible à appliquer seul)
compare-campus = Campus
compare-mine = La mienne
compare-theirs = L'autre
compare-yours = La vôtre
compare-after = Après
compare-no-effect = Aucun changement dans les conflits.
compare-new-conflict = Nouveau conflit : { $conflict }
compare-resolved = Résolu : { $conflict }
compare-other-link = la version du lien
compare-other-file = « { $name } »
compare-other-tab = la version enregistrée dans un autre onglet
compare-other-kept = une version conservée
compare-title = Comparer « { $name } » avec { $other }
compare-lead-three-way = Les deux versions proviennent d'une version que ce navigateur a partagée ou reçue : ce qu'un seul côté a modifié est donc repris tel quel ; { $mine ->
    [0] vous n'avez rien modifié depuis.
    [one] votre modification faite depuis est conservée.
   *[other] vos { $mine } modifications faites depuis sont conservées.
}
compare-no-questions = Aucun élément n'a été modifié à la fois par vous et par l'autre partie : aucune question à trancher.
compare-questions = { $count ->
    [one] { $count } élément a été modifié
   *[other] { $count } éléments ont été modifiés
} des deux côtés : choisissez la vôtre ou l'autre pour chacun.
compare-lead-two-way = Cette version n'indique aucune version partagée ou reçue par ce navigateur : toutes les différences sont donc proposées. Décochez ce que vous ne voulez pas.
compare-questions-title = Modifié des deux côtés
compare-question = Question { $number }
compare-mine-or-theirs = { $name } : la mienne ou l'autre
compare-lead-mine-theirs = (la mienne → l'autre)
compare-theirs-rather = L'autre plutôt que la mienne :
compare-changes-three-way = Ce que la fusion modifie dans la vôtre ({ $count ->
    [one] { $count } modification
   *[other] { $count } modifications
})
compare-differences = Différences ({ $count })
compare-none = Aucune.
compare-accept = Accepter
compare-more = et { $count } autres
compare-choose = Choisissez la vôtre ou l'autre pour { $count ->
    [one] { $count } élément
   *[other] { $count } éléments
} avant de fusionner.
compare-cancel = Annuler
compare-merge = Fusionner
compare-merge-changes = Fusionner ({ $count ->
    [one] { $count } modification
   *[other] { $count } modifications
})
compare-merge-differences = Fusionner ({ $accepted } sur { $count ->
    [one] { $count } différence
   *[other] { $count } différences
})
compare-with-title = Comparer « { $name } » avec…
compare-with-lead = Une autre version de cet emploi du temps (le lien d'un partenaire ou un fichier) pour voir ce qui a changé et la fusionner avec la vôtre. Rien ne change tant que vous ne fusionnez pas.
compare-with-link = Un lien de modification
compare-with-this-link = Comparer avec ce lien
compare-with-or = ou
compare-with-file = Comparer avec un fichier…
compare-view-link = C'est un lien pour les étudiants (en lecture seule, peut-être pour un seul campus) : collez un lien de modification.
compare-link-unread = Impossible de lire ce lien : { $problem }.
compare-file-unread-because = Impossible de lire « { $name } » : { $problem }.
compare-file-unread = Impossible de lire « { $name } ».
change-removed = Vous avez retiré { $what }{ $sessions ->
    [0] {""}
    [one] ; { $sessions } séance ne l'inclut plus
   *[other] ; { $sessions } séances ne l'incluent plus
}{ $busy ->
    [0] {""}
    [one] ; { $busy } calendrier d'indisponibilités supprimé aussi
   *[other] ; { $busy } calendriers d'indisponibilités supprimés aussi
}.
change-removed-with = Vous avez retiré { $what } avec { $with }{ $sessions ->
    [0] {""}
    [one] ; { $sessions } séance ne l'inclut plus
   *[other] ; { $sessions } séances ne l'incluent plus
}{ $busy ->
    [0] {""}
    [one] ; { $busy } calendrier d'indisponibilités supprimé aussi
   *[other] ; { $busy } calendriers d'indisponibilités supprimés aussi
}.
change-removed-cohorts = { $count ->
    [one] { $count } groupe
   *[other] { $count } groupes
}
change-removed-rooms = { $count ->
    [one] { $count } salle
   *[other] { $count } salles
}
change-removed-and = { $first } et { $second }

compare-changed-conflict = Conflit modifié : { $conflict }
compare-conflict-dates = { $conflict } — { $dates }
compare-dates-gone = n'a plus lieu le { $dates }
compare-dates-added = a désormais aussi lieu le { $dates }
compare-dates-instead = a désormais lieu le { $dates } à la place
compare-dates-kept = a toujours lieu { $count ->
    [one] à une autre date
   *[other] à { $count } autres dates
}
compare-dates-and = { $first } ; { $second }
compare-dates-list = { $first }, { $second }
compare-dates-more = { $dates } et { $count ->
    [one] une autre date
   *[other] { $count } autres dates
}


## Engine: best times and rotations

overlap-every-week = chaque semaine
overlap-weeks-from = { $weeks ->
    [one] { $weeks } semaine
   *[other] { $weeks } semaines
} à partir du { $date }
overlap-outside-hours = { $weekday } { $time }, hors des horaires d'enseignement ({ $span })
overlap-other-weekday = { $weekday } { $time }, jour sans enseignement sur ce campus ({ $span })
overlap-closed = fermé pour { $closure } ({ $span })
overlap-closed-unnamed = fermé ({ $span })
overlap-outside-term = hors de sa période d'enseignement ({ $span })
overlap-clock-change = { $time } à partir du { $date } : { $why } ({ $weeks ->
    [one] { $weeks } semaine
   *[other] { $weeks } semaines
})
overlap-clocks-change = changement d'heure
overlap-leaves-summer-time = { $place } repasse à l'heure d'hiver
overlap-enters-summer-time = { $place } passe à l'heure d'été
overlap-clocks-move = l'heure change de { $hours } h à { $place }
overlap-both = { $first } et { $second }
overlap-campus-reasons = { $campus } : { $reasons }
overlap-campus-fails = { $campus } : incompatible { $failing } fois sur { $weeks ->
    [one] { $weeks } semaine
   *[other] { $weeks } semaines
} : { $reasons }
overlap-booked = { $who } a déjà une réservation { $weeks ->
    [one] pendant { $weeks } semaine
   *[other] pendant { $weeks } semaines
} à partir du { $date }
overlap-someone = Quelqu'un
rotation-tally = { $campus } : { $burdens }
rotation-tally-none = { $campus } : 0
rotation-burden = { $count } { $kind ->
    [night] de nuit
    [weekend] le week-end
    [early] tôt le matin
    [late] tard le soir
   *[outside-hours] hors horaires d'enseignement
}


## Engine: calendar files (ICS)

ics-calendar-name = { $schedule } · { $who }
ics-room = { $room }, { $campus }
ics-online = En ligne
ics-kind = { $kind ->
    [joint-lecture] cours commun
    [lecture] cours magistral
    [lab] travaux pratiques
    [seminar] séminaire
    [tutorial] travaux dirigés
    [exam] examen
    [office-hours] permanence
   *[other] autre
}
ics-course-kind = { $course } · { $kind }
ics-taught-from = Assurée depuis { $campus } ({ $place })
ics-taught-from-elsewhere = Assurée depuis { $campus }, selon l'heure locale à { $place }
ics-lecturer = Enseignant : { $name }
ics-join = Rejoindre : { $url }


## App: header, start page, banners, language menu, status lines

shell-brand = Meridian
page-title-planner = Meridian — cours communs entre fuseaux horaires
page-title-timetable = Emploi du temps — Meridian
shell-footer-tzdb = IANA tzdb { $version }
shell-footer-version = Meridian { $version }
shell-footer-private = Tout reste dans ce navigateur
shell-campus-count = { $count ->
    [one] { $count } campus
   *[other] { $count } campus
}
shell-view = Vue
shell-planner = Planification
shell-my-timetable = Mon emploi du temps
shell-schedule = Emploi du temps
shell-shared-option = { $name } (lien partagé)
shell-demos = Démos
shell-my-schedules = Mes emplois du temps
shell-demo-enhance-autumn-2026 = ENHANCE · automne 2026
shell-demo-gma-spring-2027 = Global MOOC Alliance · printemps 2027
shell-grid-in = Fuseau de la grille
shell-your-time = Votre heure ({ $place })
shell-your-zone = Votre fuseau horaire
shell-history = Historique
shell-undo = Annuler
shell-undo-title = Annuler (Ctrl+Z)
shell-redo = Rétablir
shell-redo-title = Rétablir (Ctrl+Maj+Z)
shell-new-session = Nouvelle séance
shell-people = Campus et personnes
shell-file = Fichier
shell-new-schedule = Nouvel emploi du temps…
shell-open-my-schedules = Mes emplois du temps…
shell-import-busy = Importer des indisponibilités
shell-export-file = Exporter le fichier
shell-compare-with = Comparer avec…
shell-open-file = Ouvrir un fichier
shell-share = Partager
language-menu-label = Langue
language-menu-title = Choisir la langue de Meridian
banner-label = Emploi du temps partagé
banner-shared-copy = Copie partagée.
banner-shared-copy-detail = Vous avez ouvert un emploi du temps depuis un lien ou un fichier. Il n'est pas conservé dans ce navigateur tant que vous ne l'enregistrez pas (ou ne le modifiez pas) ; vos propres emplois du temps restent intacts.
banner-identity-stored = Un emploi du temps de même identité est enregistré
banner-already-stored = « { $name } » figure déjà dans vos emplois du temps. Comparer et fusionner cette copie avec lui, le remplacer par cette copie, ou garder les deux ?
banner-compare-and-merge = Comparer et fusionner…
banner-replace = Le remplacer
banner-keep-both = Garder les deux
banner-cancel = Annuler
banner-you-have = Vous avez « { $name } » dans vos emplois du temps : voyez ce qui a changé et fusionnez-le avec votre version.
banner-compare-with-mine = Comparer avec le mien…
banner-save = Enregistrer dans mes emplois du temps
banner-read-only = Emploi du temps en lecture seule.
banner-read-only-for = Emploi du temps en lecture seule pour { $whom }.
banner-read-only-detail = Partagé par lien : les heures sont affichées dans votre fuseau horaire ; rien n'est enregistré.
banner-release-ready = Une version plus récente de Meridian est prête.
banner-release-reload = Recharger pour l'utiliser
status-moved = Séance « { $title } » déplacée { $shift }.
status-resized = { $title } dure désormais { $length }.
status-deleted = Séance « { $title } » supprimée. « Annuler » la rétablit.
status-added = Séance « { $title } » ajoutée.
status-session-saved = Séance « { $title } » enregistrée.
status-busy-imported = { $blocks ->
    [one] { $blocks } créneau d'indisponibilité importé depuis « { $calendar } » : il est pris en compte dans la vérification des conflits et apparaît grisé dans la grille.
   *[other] { $blocks } créneaux d'indisponibilité importés depuis « { $calendar } » : ils sont pris en compte dans la vérification des conflits et apparaissent grisés dans la grille.
}
status-renamed = Renommé en « { $name } ».
status-occurrence-moved = Séance « { $title } » du { $date } déplacée { $shift }, cette semaine-là seulement.
status-occurrence-resized = { $title } du { $date } dure désormais { $length }, cette semaine-là seulement.
status-occurrence-saved = Séance « { $title } » du { $date } enregistrée, cette semaine-là seulement.
status-occurrence-skipped = La séance « { $title } » n'a pas lieu le { $date }. « Annuler » la rétablit.
status-merged = { $changes ->
    [0] Fusion effectuée : rien à changer ici.
    [one] Fusion effectuée : 1 modification reprise de l'autre version.
   *[other] Fusion effectuée : { $changes } modifications reprises de l'autre version.
} « Annuler » revient à votre version.
status-rotation-accepted = { $slots ->
    [one] { $title } occupe désormais son créneau hebdomadaire le plus équitable.
   *[other] { $title } alterne désormais entre { $slots } créneaux hebdomadaires, une série pour chacun.
} « Annuler » rétablit l'état précédent.
status-holiday-taught = Le campus { $campus } assure les cours le { $date } bien que ce soit un jour férié ({ $holiday }). « Annuler » le rétablit comme jour férié.
status-holiday-again = { $holiday }, le { $date }, est de nouveau un jour férié pour le campus { $campus }.
status-setup-saved = Campus et personnes enregistrés.
status-undone = Annulé.
status-redone = Rétabli.
status-created = « { $name } » créé. Ajoutez des séances avec « Nouvelle séance » ; chaque modification est conservée dans ce navigateur.
status-updated-from-tab = Mis à jour avec les modifications apportées à cet emploi du temps dans un autre onglet.
status-merged-with-tab = Cet emploi du temps a aussi été modifié dans un autre onglet : ses modifications et les vôtres sont toutes conservées.
status-changed-on-both-tabs = Cet emploi du temps a aussi été modifié dans un autre onglet, et certains éléments ont changé des deux côtés : choisissez lesquels garder. Rien n'est enregistré d'ici là.
status-session-gone = Cette séance ne figure plus dans l'emploi du temps.
status-refused = Cette modification n'est pas possible : { $reason }
status-name-needed = Un emploi du temps doit avoir un nom.
status-demo-not-loaded = Impossible de charger l'emploi du temps de démonstration : { $reason }
status-link-unreadable = Impossible de lire le lien que vous avez ouvert : { $reason }.
status-link-unreadable-demo = Impossible de lire le lien que vous avez ouvert : { $reason }. L'emploi du temps de démonstration est affiché à la place.
status-file-not-opened = « { $file } » n'a pas été ouvert et rien n'a changé : { $reason }.
status-file-unreadable = Impossible de lire « { $file } ».
status-storage-open = Impossible d'ouvrir cet emploi du temps : { $reason }.
status-storage-open-last = Impossible d'ouvrir votre dernier emploi du temps : { $reason }.
status-storage-list = Impossible de lire vos emplois du temps enregistrés : { $reason }.
status-storage-compare = Impossible de lire votre version enregistrée pour la comparaison : { $reason }.
status-storage-autosave = Votre dernière modification est ouverte ici mais n'est pas enregistrée : { $reason }.
status-storage-remember = Une version n'a pas été conservée dans l'historique de cet emploi du temps : { $reason }.
status-storage-save = L'emploi du temps n'a pas été enregistré : { $reason }.
status-storage-remove = Non supprimé : { $reason }.
status-storage-other = Cela n'a pas fonctionné : { $reason }.
status-zone-unknown = Aucun fuseau horaire ne correspond à « { $text } ». Saisissez une ville (p. ex. Trondheim) ou un nom IANA (p. ex. Europe/Oslo).
holidays-not-loaded = Impossible de charger les jours fériés du campus { $campus } ({ $country }) : la vérification ne tient compte que des fermetures saisies pour ce campus. Rechargez la page pour réessayer.
holidays-unknown-region = Le campus { $campus } a la région « { $region } », absente des données de jours fériés pour { $country } : seuls les jours fériés nationaux ({ $country }) sont pris en compte. Choisissez sa région dans « Campus et personnes ».
holidays-year-not-covered = Les données de jours fériés pour { $country } ne couvrent pas { $year } : les jours fériés du campus { $campus } cette année-là ne sont pas pris en compte.
holidays-both-names = { $local } ({ $english })
holidays-student-notice = { $date } : { $name }, jour férié pour le campus { $campus }
holidays-student-notice-observed = { $date } : { $name }, jour férié pour le campus { $campus }, reporté à ce jour


## App: student timetable

timetable-label = Mon emploi du temps
timetable-my-campus = Mon campus
timetable-all-campuses = Tous les campus
timetable-my-cohort = Mon groupe
timetable-all-cohorts = Tous les groupes
timetable-add-to-calendar = Ajouter à mon agenda (.ics)
timetable-next = Prochaine séance : { $title } { $countdown } — { $date }, { $time } (votre heure)
timetable-no-more = Plus aucune séance pendant cette période d'enseignement.
timetable-time-changes = Changements d'horaire
timetable-public-holidays = Jours fériés
timetable-show = Afficher
timetable-agenda = Agenda
timetable-week = Semaine
timetable-hide-earlier = Masquer les jours précédents
timetable-show-earlier = { $count ->
    [one] Afficher { $count } jour précédent
   *[other] Afficher { $count } jours précédents
}
timetable-nothing = Aucune séance à afficher.
timetable-skipped = pas de cours cette semaine
timetable-moved = déplacée cette semaine
timetable-skipped-date = pas de cours
timetable-moved-date = déplacée
timetable-meta = { $length } · heure du campus hôte : { $host }
timetable-meta-rooms = { $length } · heure du campus hôte : { $host } · { $rooms }
timetable-meta-elsewhere = { $length } · { $time }, heure locale à { $city } · campus hôte : { $campus }
timetable-meta-elsewhere-rooms = { $length } · { $time }, heure locale à { $city } · campus hôte : { $campus } · { $rooms }
timetable-host-time = { $time } à { $city } ({ $campus })
timetable-host-time-no-campus = { $time } à { $city }
timetable-room = { $room }, { $campus }
timetable-next-day = { $time } (le lendemain)
timetable-join = Rejoindre en ligne
timetable-not-a-web-link = pas un lien web
timetable-change = À partir du { $date }, { $title } commence à { $now } au lieu de { $was }.
timetable-change-why = À partir du { $date }, { $title } commence à { $now } au lieu de { $was } ({ $why }).
timetable-this-class = Cette séance
timetable-switch-to-summer = { $city } passe à l'heure d'été
timetable-switch-from-summer = { $city } repasse à l'heure d'hiver
timetable-term-label = Aperçu de la période d'enseignement
timetable-term-heading = Aperçu de la période d'enseignement — { $name }
timetable-times-in = Heures locales à { $place } ({ $zone }).
timetable-column-session = Séance
timetable-column-when = Quand
timetable-column-dates = Dates
timetable-usual = { $weekday } { $time }
timetable-other-times = { $usual } (autre horaire { $count ->
    [one] pour { $count } date
   *[other] pour { $count } dates
})
timetable-dates = { $first } – { $last } · { $count ->
    [one] { $count } séance
   *[other] { $count } séances
}
timetable-opening-planner = Ouverture de la planification…
timetable-open-the-link = Pour voir ici votre emploi du temps, ouvrez le lien pour les étudiants que votre coordinateur vous a transmis.
timetable-opening = Ouverture de l'emploi du temps…
timetable-plan-in-meridian = Planifier un emploi du temps dans Meridian


## App: planner grid, session form, conflicts panel, time finder, best times panel

week-nav = Semaines de la période d'enseignement
week-previous = Semaine précédente
week-next = Semaine suivante
week-pick = Semaine
week-label = Semaine { $week } · { $days } { $year }
week-position = semaine { $week } sur { $weeks } de la période d'enseignement
week-snap = Aligner sur
week-term-strip = Aperçu de la période d'enseignement : semaines avec conflits ou changements d'heure
week-cell = Semaine { $week } ({ $date }){ $conflicts ->
        [yes] , avec conflits
       *[no] {""}
    }{ $switch ->
        [yes] , changement d'heure
       *[no] {""}
    }
week-switches = Changements d'heure cette semaine
week-switch-forward = { $date } : { $campuses } — on avance les horloges { $from } → { $to } (désormais UTC{ $offset })
week-switch-back = { $date } : { $campuses } — on recule les horloges { $from } → { $to } (désormais UTC{ $offset })
grid-label = Séances, heures du fuseau { $zone }
grid-day-tabs = Jour
grid-day-count = { $count ->
        [one] { $count } séance
       *[other] { $count } séances
    }
grid-scroll = Grille de la semaine, défilante
grid-ruler-you = Vous
grid-ruler-your-time = Votre heure
grid-ruler = Règle : { $name }
grid-ruler-closed = Campus { $campus } fermé : { $days }
grid-ruler-offset = UTC{ $offset } · { $abbreviation }
grid-day-off = { $date } : { $holiday }
grid-legend = Heures de la grille : fuseau { $zone } · les règles montrent l'heure locale de chaque campus, grisée hors des horaires d'enseignement · survolez, sélectionnez ou touchez une séance pour voir son heure locale sur chaque campus{ $editable ->
        [yes] {" "}· faites glisser sur un créneau libre pour ajouter une séance
       *[no] {""}
    }
block-keys = Entrée ou double-clic pour modifier (cette semaine seulement ou toutes les semaines) ; les flèches décalent toutes les semaines de { $step } minutes ou d'un jour ; Maj avec haut et bas change la durée ; Suppr supprime la séance (Ctrl+Z annule). Faites glisser pour déplacer, faites glisser le bord inférieur pour changer la durée.
block-resize = Faites glisser pour changer la durée
block-changed = Modifiée cette semaine seulement
block-busy-title = Indisponible
block-busy = Indisponible : { $whose } (calendrier { $calendar }), { $time }
block-local-times = Heure locale sur chaque campus
block-other-day = autre jour
block-outside-hours = hors horaires
block-join = Rejoindre en ligne
block-not-a-web-link = pas un lien web
planner-cancel = Annuler
planner-scope-move = Déplacer « { $title } » { $shift } ?
planner-scope-shorter = Raccourcir « { $title } » de { $length } ?
planner-scope-longer = Allonger « { $title } » de { $length } ?
planner-scope-why = C'est une série hebdomadaire. Modifier seulement la semaine déplacée, ou toutes les semaines de la série ?
planner-scope-this-week = Cette semaine seulement ({ $date })
planner-scope-every-week = Toutes les semaines
planner-main = Grille de la semaine
conflicts-label = Conflits
conflicts-title = Conflits
conflicts-counts = { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    } · { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    } · { $notes ->
        [one] { $notes } note
       *[other] { $notes } notes
    }
conflicts-checking-short = vérification…
conflicts-progress = Vérification des conflits
conflicts-checking = Vérification de l'emploi du temps…
conflicts-checking-changed = Vérification de l'emploi du temps modifié… La liste ci-dessous date d'avant la modification.
conflicts-none = Aucun conflit : chaque séance convient à chaque campus, chaque semaine.
conflicts-errors = Erreurs ({ $count })
conflicts-warnings = Avertissements ({ $count })
conflicts-notes = Décalages dus à l'heure d'été et notes ({ $count })
conflicts-drift-caption = Heure locale de début sur chaque campus au fil de la période d'enseignement
conflicts-show-week = Afficher la semaine du { $date }
conflicts-find = Trouver un horaire pour { $title }
conflicts-find-week = Trouver un horaire pour { $title } le { $date } seulement
conflicts-teach-anyway = Maintenir les cours malgré le jour férié ({ $holiday })
conflicts-show-more = Afficher { $count } autres
conflicts-hint = Suggestion : { $hint }
planner-drag-label = Où irait la séance
planner-drag-title = { $title }, { $date }
planner-drag-checking = La vérification des conflits est en cours : ce que ce déplacement ajouterait s'affichera une fois qu'elle sera terminée.
planner-drag-ok = Aucun nouveau conflit, même si toutes les semaines sont déplacées.
finder-label = Trouver un horaire
finder-button = Trouver un horaire
finder-hint-week = essaie chaque demi-heure de cette semaine les jours d'enseignement du campus hôte, en vérifiant tout le reste de la semaine
finder-hint-series = essaie chaque demi-heure de la première semaine les jours d'enseignement du campus hôte, chacune vérifiée sur toute la période d'enseignement
finder-progress = Recherche d'un horaire
finder-searching = Essai de chaque début possible de la semaine…
finder-stop = Arrêter
finder-when = { $date }, { $time }
finder-now = Heures locales à { $place }. Horaire actuel ({ $when }) : { $summary }
finder-none-better = Aucun autre horaire de cette semaine n'est meilleur.
finder-refused = Aucun horaire à proposer : { $reason }.
form-edit-title = Modifier la séance
form-new-title = Nouvelle séance
form-scope = Modifier
form-scope-every-week = toutes les semaines de la série
form-scope-this-week = seulement le { $date } (cette semaine)
form-week-note = { $title } du { $date } : l'heure est l'heure locale à { $place }. Le titre, les groupes, l'enseignant et le reste restent ceux de la série ; choisissez « toutes les semaines de la série » pour les modifier.
form-title = Titre
form-course = Cours
form-kind = Type
form-kind-option = { $kind ->
        [joint-lecture] cours commun
        [lecture] cours magistral
        [lab] travaux pratiques
        [seminar] séminaire
        [tutorial] travaux dirigés
        [exam] examen
        [office-hours] permanence
       *[other] autre
    }
form-host = Assurée depuis
form-zone = Heure fixée dans
form-zone-host = le fuseau du campus hôte
form-date = Date
form-first-date = Première date
form-starts-at = Heure de début
form-length = Durée (minutes)
form-best-times = Meilleurs horaires
form-best-times-hint = colore la semaine selon le nombre de campus dans leurs horaires d'enseignement chaque semaine de la période, et propose une rotation équitable quand aucun horaire ne convient à tous
form-repeats = Répétition
form-weekly = toutes les semaines ou toutes les n semaines
form-interval = Toutes les … semaines
form-until = Jusqu'au (facultatif)
form-count = Nombre de fois (facultatif)
form-skip = Dates sautées ({ $pattern }, séparées par des virgules)
form-weekdays = Ces jours-ci (à défaut, le jour de la première date)
form-cohorts = Groupes
form-rooms = Salles
form-lecturer = Enseignant
form-meeting = Lien de la réunion en ligne
form-meeting-placeholder = https://…
form-notes = Notes
form-cancel-week = Annuler cette semaine
form-close = Fermer
form-save-week = Enregistrer cette semaine
form-save = Enregistrer
form-add = Ajouter la séance
form-no-title = Donnez un titre à la séance.
form-no-start = Indiquez la date et l'heure de début.
form-length-not-a-number = La durée doit être un nombre de minutes, p. ex. 90.
form-interval-too-small = L'intervalle doit être d'au moins 1 semaine.
form-until-not-a-date = « Jusqu'au » doit être une date au format { $pattern }.
form-count-not-a-number = « Nombre de fois » doit être un nombre.
form-skip-not-a-date = Chaque date sautée doit être une date au format { $pattern }.
best-label = Meilleurs horaires
best-title = Meilleurs horaires pour { $title }
best-title-new = Meilleurs horaires pour une nouvelle série
best-close = Fermer
best-campuses = Campus qui doivent participer
best-length = Durée (minutes)
best-tick-one = Cochez au moins un campus.
best-no-map = Pas de carte des meilleurs horaires : { $reason }.
best-no-rotation = Aucune rotation à proposer : { $reason }.
best-intro = Heures locales à { $place }. Ombré sur la grille : combien de campus cochés sont dans leurs horaires d'enseignement à chaque début, chaque semaine de la période d'enseignement ({ $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    }).
best-key-all = tous
best-key-booked = tous, réservé
best-key-fewer = moins
best-point-hint = Pointez un début sur la grille ou ci-dessous pour voir quels campus ne peuvent pas y participer, et pourquoi ; cliquez dessus pour y commencer une série.
best-slot = { $start } : { $state }
best-slot-no-week = aucune semaine de la période d'enseignement n'a ce jour
best-slot-everyone = convient à chaque campus chaque semaine où il enseigne
best-slot-holding = { $holding } campus sur { $campuses } dans leurs horaires d'enseignement chaque semaine
best-closed-weeks-only = { $reason } — seulement les semaines de fermeture, qu'aucun début n'évite
best-booked = { $who } a déjà une réservation { $weeks ->
        [one] pendant { $weeks } semaine
       *[other] pendant { $weeks } semaines
    } à partir du { $date }
best-someone = Quelqu'un
best-everyone-heading = Débuts qui conviennent à tous chaque semaine
best-start = Nouvelle série, début { $start }
best-start-everyone = Nouvelle série, début { $start } ({ $starts } : convient à tous)
best-none-suits = Aucun début ne convient aux { $campuses } campus chaque semaine de la période d'enseignement ; { $most } sur { $campuses } au mieux. Les plus proches :
best-no-rotation-found = Aucun début en semaine ne tombe dans la période d'enseignement chaque semaine sans réservation : il n'y a donc pas de rotation à proposer.
best-rotation-heading = { $slots ->
        [one] Un seul créneau hebdomadaire est le plus équitable
       *[other] Une rotation équitable de { $slots } créneaux hebdomadaires
    }
best-rotation-note = À tour de rôle, semaine après semaine, pour que les séances de nuit, tôt le matin, tard le soir et le week-end soient partagées : au plus { $largest } points pour un campus, { $total } au total (une séance de nuit compte { $night }){ $complete ->
        [no] {" "}(la recherche s'est arrêtée à sa limite ; c'est la meilleure trouvée)
       *[yes] {""}
    }.
best-rotation-scroll = Débuts en heure locale par campus, défilable
best-rotation-caption = Début en heure locale de chaque créneau sur chaque campus
best-rotation-campus = Campus
best-rotation-place = à { $place }
best-night = de nuit
best-night-aside = (de nuit)
best-rotation-weeks = Semaines :
best-rotation-tally = Séances contraignantes par campus :
best-rotation-fairness = Équité : les séances contraignantes de chaque campus sont réparties aussi équitablement que les horaires le permettent, une séance de nuit (avant 06:00 ou finissant après 23:00, marquée ☾) comptant pour trois. Vérifiez ci-dessus les heures locales de chaque campus.
best-rotation-use = Utiliser cette rotation
best-rotation-from-form = Ouvrez « Meilleurs horaires » depuis le formulaire d'une séance pour la remplacer par cette rotation.


## App: dialogs

dialog-cancel = Annuler
dialog-done = Terminé
dialog-save = Enregistrer
dialog-remove = retirer
share-title = Partager « { $name } »
share-lead = Tout l'emploi du temps voyage dans le lien : rien n'est envoyé sur un serveur, et chaque personne qui l'ouvre en obtient sa propre copie.
share-edit-heading = Lien de modification
share-edit-hint = S'ouvre dans la planification sous forme de copie que le destinataire peut modifier et enregistrer.
share-copy = Copier
share-view-heading = Lien pour les étudiants
share-view-hint = Lecture seule : ouvre l'emploi du temps dans le fuseau horaire de chaque étudiant.
share-for = Pour
share-everyone = Tout le monde
share-one-campus = Un campus
share-one-cohort = Un groupe
share-download = Télécharger l'agenda (.ics)
share-qr-heading = Code QR
share-qr-of = Code QR du
share-qr-students = lien pour les étudiants
share-qr-edit = lien de modification
share-qr-label-students = Code QR du lien pour les étudiants (version { $version })
share-qr-label-edit = Code QR du lien de modification (version { $version })
share-qr-caption = { $width }×{ $width } modules : visez-le avec l'appareil photo d'un téléphone, ou placez-le sur une diapositive.
share-qr-too-large = Cet emploi du temps est trop volumineux pour un seul code QR : partagez plutôt le lien.
share-copied-edit = Lien de modification copié dans le presse-papiers.
share-copied-students = Lien pour les étudiants copié dans le presse-papiers.
share-copy-failed-edit = Impossible de copier : sélectionnez le lien de modification et appuyez sur Ctrl+C (⌘C sur Mac).
share-copy-failed-students = Impossible de copier : sélectionnez le lien pour les étudiants et appuyez sur Ctrl+C (⌘C sur Mac).
share-downloaded = { $file } téléchargé : ouvrez-le avec votre application d'agenda pour ajouter toutes les séances.
share-download-failed = Impossible de créer le fichier d'agenda dans ce navigateur.
share-length = { $count ->
    [one] { $count } caractère
   *[other] { $count } caractères
}
share-no-link = Pas de lien : { $reason }.
share-sheet = Partager le lien pour les étudiants…
import-title = Importer des indisponibilités
import-lead = Un fichier d'agenda issu du logiciel d'emploi du temps d'un partenaire (TimeEdit, Untis, Google Calendar, Outlook). Ses événements deviennent des indisponibilités dans la vérification des conflits et apparaissent grisés dans la grille. Rien ne quitte ce navigateur.
import-file = Fichier d'agenda (.ics)
import-busy-of = Indisponibilités de
import-group-cohorts = Groupes
import-group-lecturers = Enseignants
import-group-rooms = Salles
import-group-campuses = Campus entier (tous les groupes)
import-name = Nom (facultatif)
import-name-placeholder = p. ex. NTNU TimeEdit, automne 2026
import-submit = Importer
import-choose-file = Choisissez d'abord un fichier d'agenda (.ics).
import-too-large = « { $file } » fait { $size } Mo ; Meridian lit les fichiers d'agenda jusqu'à { $limit } Mo (exportez une période plus courte).
import-unreadable = Impossible de lire le fichier.
import-nothing-imported = Rien n'a été importé : { $reason }.
new-title = Nouvel emploi du temps
new-lead = Partez d'une alliance : ses campus arrivent avec leurs fuseaux horaires et des horaires d'enseignement par défaut (du lundi au vendredi, 08:00–20:00 heure locale), modifiables ensuite.
new-alliance = Alliance
new-campuses = Campus
new-campus = { $campus } ({ $city })
new-name = Nom
new-name-placeholder = p. ex. Systèmes énergétiques durables — printemps 2027
new-term-starts = Début de la période d'enseignement
new-term-ends = Fin de la période d'enseignement
new-create = Créer
new-dates-missing = Indiquez le premier et le dernier jour de la période d'enseignement.
new-default-name = Période d'enseignement { $alliance }
new-default-name-plain = Nouvelle période d'enseignement
new-cannot-make = Impossible de créer l'emploi du temps : { $reason }.
people-title = Campus et personnes
people-campuses = Campus : horaires d'enseignement ({ $pattern } ; vide = pas de cours) et fermetures
people-campus-place = · { $city } · { $zone }
people-remove-campus-label = Retirer le campus { $name }
people-remove-campus = retirer le campus
people-remove-closure-label = Retirer la fermeture { $name }
people-remove-cohort-label = Retirer le groupe { $name }
people-remove-lecturer-label = Retirer l'enseignant { $name }
people-remove-room-label = Retirer la salle { $name }
people-hours-label = Horaires d'enseignement du campus { $campus }, { $weekday }
people-hours-empty = —
people-hours-refused = « { $hours } » n'est pas un horaire d'enseignement valable pour { $weekday } : écrivez-le sous la forme 08:00-18:00, ou laissez le champ vide s'il n'y a pas cours.
people-closure = { $name } — { $date }
people-closure-span = { $name } — du { $start } au { $end }
people-add-closure = Ajouter une fermeture (nom, date)
people-add-closure-placeholder = Jour férié, 2026-12-08
people-add-closure-label = Ajouter une fermeture pour le campus { $campus }
people-closure-refused = « { $text } » n'est pas une fermeture : écrivez son nom, une virgule et la date, p. ex. Jour férié, 2026-12-08.
people-add-campus = Ajouter un campus : cherchez une université, une ville ou un fuseau horaire
people-add-known = + { $campus } ({ $city })
people-add-zone = + un campus à { $city } ({ $zone })
people-new-campus-name = Campus { $city }
people-cohorts = Groupes
people-cohort-name = Nom du groupe
people-campus-of = Campus pour { $name }
people-add-cohort = Ajouter un groupe
people-lecturers = Enseignants
people-lecturer-name = Nom de l'enseignant
people-add-lecturer = Ajouter un enseignant
people-rooms = Salles
people-room-name = Nom de la salle
people-add-room = Ajouter une salle
people-removed = { $removed } Cliquez sur Enregistrer pour confirmer ou sur Annuler pour revenir en arrière.
people-not-removed = Non retiré : { $reason }.
people-not-changed = Non modifié : { $reason }.
people-new-cohort-campus = Campus du nouveau groupe
people-lecturer-prompt = Saisissez le nom de l'enseignant
people-room-prompt = Saisissez le nom de la salle
problem-unnamed = { $item ->
    [cohort] le groupe n° { $position } de la liste n'a pas de nom ; saisissez-en un ou retirez-le
    [lecturer] l'enseignant n° { $position } de la liste n'a pas de nom ; saisissez-en un ou retirez-le
   *[room] la salle n° { $position } de la liste n'a pas de nom ; saisissez-en un ou retirez-la
}
calendar-region = Région des jours fériés
calendar-region-label = Région des jours fériés du campus { $campus }
calendar-national-only = Jours fériés nationaux uniquement ({ $country })
calendar-national-no-country = Aucun pays indiqué
calendar-no-country = Aucun pays : seulement les fermetures saisies
calendar-loading = Jours fériés ({ $country }) : chargement…
calendar-no-holidays = Aucun jour férié pendant la période d'enseignement
calendar-holidays = { $taught ->
    [0] Jours fériés pendant la période d'enseignement ({ $count })
   *[other] Jours fériés pendant la période d'enseignement ({ $count }, dont { $taught } avec cours)
}
calendar-unticked = Décoché : le campus assure les cours ce jour-là.
calendar-english-name = ({ $name })
calendar-observed = reporté
calendar-substitute = jour de remplacement
calendar-we-teach = cours maintenus
calendar-period = { $kind ->
    [exams] Examens
   *[lecture-free] Sans cours
} : { $name } — du { $start } au { $end } { $year }
calendar-remove-period-label = Retirer la période { $name }
calendar-add-exams = Ajouter une session d'examens (nom, premier jour, dernier jour)
calendar-add-lecture-free = Ajouter des semaines sans cours (nom, premier jour, dernier jour)
calendar-add-exams-label = Ajouter une session d'examens pour le campus { $campus }
calendar-add-lecture-free-label = Ajouter des semaines sans cours pour le campus { $campus }
calendar-exams-placeholder = Examens d'hiver, 2027-02-01, 2027-02-19
calendar-lecture-free-placeholder = Vacances de Noël, 2026-12-21, 2027-01-03
calendar-period-refused = « { $text } » n'est pas une période : écrivez son nom, son premier jour et son dernier jour, p. ex. Examens d'hiver, 2027-02-01, 2027-02-19.
calendar-import = Importer le calendrier universitaire (.ics)…
calendar-import-label = Importer le calendrier universitaire (.ics) du campus { $campus }
calendar-too-large = « { $file } » fait { $size } Mo ; Meridian lit les fichiers d'agenda jusqu'à { $limit } Mo.
calendar-unreadable = Impossible de lire le fichier.
calendar-nothing-read = Rien n'a été lu : { $reason }.
calendar-academic-label = Calendrier universitaire du campus { $campus }
calendar-no-events = Aucun événement pendant la période d'enseignement.
calendar-events = Événements de la période d'enseignement, chacun conservé selon votre choix :
calendar-event = { $name } : { $when }
calendar-event-no-name = (sans nom) : { $when }
calendar-keep-as = Conserver { $name } ({ $when }) comme
calendar-keep-no-name-as = Conserver l'événement sans nom ({ $when }) comme
calendar-event-span = du { $start } au { $end }
calendar-as-closure = Fermeture
calendar-as-exams = Session d'examens
calendar-as-lecture-free = Sans cours
calendar-as-skip = Ignorer
calendar-forget = Abandonner
calendar-add = Ajouter ceux-ci
schedules-title = Mes emplois du temps
schedules-lead = Conservés uniquement dans le stockage de ce navigateur, sur cet appareil.
schedules-protected = Le navigateur s'est engagé à les conserver (il ne les effacera pas pour libérer de l'espace).
schedules-unprotected = Le navigateur ne s'est pas engagé à les conserver : il peut les effacer pour libérer de l'espace, et Safari les efface après sept jours sans visite si l'application n'est pas installée.
schedules-protection-unknown = Ce navigateur n'indique pas s'il les conservera.
schedules-keep-elsewhere = Exportez un fichier ou copiez le lien de modification pour en garder une copie ailleurs.
schedules-backup-changed = « { $name } » a changé depuis votre dernier export ou partage.
schedules-backup-how = Sa seule copie se trouve dans ce navigateur : utilisez Exporter le fichier dans le menu, ou Partager → Copier le lien de modification, et envoyez-vous ce lien.
schedules-none = Aucun pour l'instant : modifiez une démo, ouvrez un lien partagé et enregistrez-le, ou créez un nouvel emploi du temps.
schedules-name-label = Nom de l'emploi du temps { $name }
schedules-open = Ouvrir
schedules-duplicate = Dupliquer
schedules-delete-label = Supprimer { $name } ?
schedules-delete-question = Supprimer « { $name } » ?
schedules-delete = Supprimer
schedules-keep = Garder
schedules-delete-ask = Supprimer…
schedules-deleted = « { $name } » supprimé.
schedules-undo = Annuler
schedules-damaged = Mis de côté car endommagés
schedules-damaged-hint = Ils n'ont pas pu être lus et ont donc été mis de côté tels quels. Téléchargez-en un pour le réparer à la main (c'est le JSON de l'emploi du temps), puis ouvrez le fichier.
schedules-damaged-list = La liste des emplois du temps
schedules-damaged-schedule = Emploi du temps « { $id } »
schedules-download-list-label = Télécharger la liste des emplois du temps
schedules-download-schedule-label = Télécharger l'emploi du temps « { $id } »
schedules-download = Télécharger
schedules-discard-list-label = Supprimer la liste des emplois du temps
schedules-discard-schedule-label = Supprimer l'emploi du temps « { $id } »
schedules-discard = Supprimer
schedules-kept = Versions conservées de « { $name } » ({ $count })
schedules-kept-hint = Les versions que vous avez partagées, reçues ou que vous aviez avant une fusion (les 20 dernières) : comparez-en une avec la vôtre pour récupérer ce que vous voulez.
schedules-version = { $how ->
    [both] Partagée et reçue
    [shared] Partagée
    [received] Reçue
   *[had] Antérieure à une fusion
} · version { $version }
schedules-compare-label = Comparer la version { $version } avec la vôtre
schedules-compare = Comparer…
schedules-discard-versions = Supprimer ces versions
schedules-copy-name = { $name } (copie)
schedules-storage-unavailable = ce navigateur ne permet pas à Meridian de conserver des emplois du temps (navigation privée ou stockage désactivé) ; votre travail reste ouvert dans cet onglet uniquement
schedules-storage-full = le stockage de ce navigateur pour Meridian est plein ; votre travail reste ouvert dans cet onglet, et vous pouvez l'exporter sous forme de fichier
schedules-damaged-left = l'emploi du temps enregistré « { $id } » est endommagé ({ $reason }) ; il a été laissé tel quel
schedules-damaged-set-aside = l'emploi du temps enregistré « { $id } » est endommagé ({ $reason }) ; il a été mis de côté tel quel pour que rien ne l'écrase, et « Mes emplois du temps » le propose sous forme de fichier
schedules-missing = aucun emploi du temps « { $id } » n'est enregistré dans ce navigateur
schedules-list-repaired = La liste de vos emplois du temps enregistrés était endommagée : elle a été mise de côté et reconstruite à partir des emplois du temps enregistrés ici (« Mes emplois du temps » propose la liste endommagée sous forme de fichier).
schedules-unreadable = Impossible de lire vos emplois du temps enregistrés : { $reason }.
