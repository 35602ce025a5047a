#!/usr/bin/env python3
"""Generates Meridian's public-holiday files (data/holidays/CC.txt) from the PyPI `holidays`
package, at the version pinned in requirements-test.txt.

    .venv/bin/python scripts/holidays.py [OUT_DIR]      (default: data/holidays)

One file per country the package supports (ISO 3166-1 alpha-2), with every subdivision it
supports, for the years FIRST_YEAR..LAST_YEAR, public holidays only, observed and substituted
days included and marked. Names in the country's default language and in English. The output
depends on nothing but the package version: the same version always writes the same bytes
(`make holidays-check` regenerates into a temporary directory and compares). The format is
described in DESIGN.md ("Holidays") and read by crates/engine/src/holidays.rs.
"""

import os
import re
import sys
from pathlib import Path

# The package reads LANGUAGE/LC_ALL/LC_MESSAGES/LANG when no language is given; every call below
# names one, and these are cleared so that nothing depends on the machine's locale.
for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
    os.environ.pop(var, None)

# This file is itself called holidays.py: drop its folder from the path so that the import below
# finds the package, not this script.
_here = Path(__file__).resolve().parent
sys.path = [p for p in sys.path if Path(p or ".").resolve() != _here]

import holidays  # noqa: E402

# The package keeps the names of one date's holidays sorted alphabetically, so the order differs
# between languages (Norway's 17 May 2027 is "Andre pinsedag; Grunnlovsdag" but "Constitution
# Day; Pentecost Monday"). A local name is paired with its English one by the order the package
# added them, which is the same in every language: every write and removal is logged here.
_set_item = holidays.HolidayBase.__setitem__
_pop = holidays.HolidayBase.pop


def _logged_set_item(self, key, value):
    _set_item(self, key, value)
    day = self.__keytransform__(key)
    self.__dict__.setdefault("_meridian_order", {}).setdefault(day, []).extend(
        value.split(holidays.constants.HOLIDAY_NAME_DELIMITER)
    )


def _logged_pop(self, key, *default):
    self.__dict__.setdefault("_meridian_order", {}).pop(self.__keytransform__(key), None)
    return _pop(self, key, *default)


holidays.HolidayBase.__setitem__ = _logged_set_item
holidays.HolidayBase.pop = _logged_pop


def in_order(calendar, day):
    """The names of `day`'s holidays in the order the package added them, once each."""
    added = calendar.__dict__.get("_meridian_order", {}).get(day, [])
    return list(dict.fromkeys(added))


FORMAT = "meridian-holidays/1"
FIRST_YEAR = 2025
LAST_YEAR = 2030
YEARS = range(FIRST_YEAR, LAST_YEAR + 1)

# Characters a name may not hold: control characters (tab and line feed separate fields and
# lines); a region code may not hold a comma either (it separates codes).
FORBIDDEN = re.compile(r"[\x00-\x1f\x7f-\x9f]")
FORBIDDEN_IN_CODE = re.compile(r"[\x00-\x1f\x7f-\x9f,]")


def english_language(cls):
    """The English locale to name holidays in: the default if it is English, else en_US, else
    en_GB, else any en_*; None when the package has no English names for the country."""
    default = cls.default_language
    if default and default.startswith("en"):
        return default
    langs = list(cls.supported_languages)
    for pick in ("en_US", "en_GB"):
        if pick in langs:
            return pick
    english = sorted(lang for lang in langs if lang.startswith("en"))
    return english[0] if english else None


def entries(country, subdiv, local_lang, english_lang):
    """{(date, local name, English name, kind)} for one calendar; kind is "" (the day itself),
    "o" (observed: a holiday moved off a weekend or another holiday) or "s" (substituted: a
    day off in exchange for a working day elsewhere, as China and Vietnam do)."""

    def calendar(language, observed):
        return holidays.country_holidays(
            country, subdiv=subdiv, years=YEARS, language=language, observed=observed
        )

    local = calendar(local_lang, True)
    english = calendar(english_lang, True) if english_lang else local
    plain = calendar(local_lang, False)
    plain_pairs = {(d, n) for d in plain for n in plain.get_list(d)}
    substituted = None
    if getattr(local, "substituted_label", None):
        label = local.tr(local.substituted_label)
        substituted = re.compile(re.escape(label).replace("%s", ".+").replace("%%", "%"))
    out = set()
    for d in sorted(local):
        names = in_order(local, d)
        en_names = in_order(english, d)
        if (
            len(names) != len(en_names)
            or set(names) != set(local.get_list(d))
            or set(en_names) != set(english.get_list(d))
        ):
            raise SystemExit(f"{country}-{subdiv} {d}: {names} vs {en_names} do not pair up")
        for name, en in zip(names, en_names):
            for text in (name, en):
                if FORBIDDEN.search(text) or not text.strip():
                    raise SystemExit(f"{country}-{subdiv} {d}: name {text!r} cannot be written")
            if substituted and substituted.fullmatch(name):
                kind = "s"
            elif (d, name) not in plain_pairs:
                kind = "o"
            else:
                kind = ""
            out.add((d, name, en, kind))
    return out


def country_file(country, subdivs):
    cls = holidays.country_holidays(country, years=FIRST_YEAR)
    local_lang = cls.default_language
    english_lang = english_language(cls)
    national = entries(country, None, local_lang, english_lang)
    regional = {s: entries(country, s, local_lang, english_lang) for s in subdivs}
    for code in subdivs:
        if FORBIDDEN_IN_CODE.search(code) or code in ("*", "") or code != code.strip():
            raise SystemExit(f"{country}: subdivision {code!r} cannot be written")
    where = {}
    for e in national:
        where.setdefault(e, [True, set()])
    for s, es in regional.items():
        for e in es:
            where.setdefault(e, [False, set()])[1].add(s)
    lines = [
        FORMAT,
        f"country {country}",
        f"source holidays {holidays.__version__}",
        f"years {FIRST_YEAR} {LAST_YEAR}",
        f"languages {' '.join(sorted(cls.supported_languages)) or '-'}",
        f"local {local_lang or '-'}",
        f"english {english_lang or '-'}",
        f"regions {','.join(subdivs)}" if subdivs else "regions",
    ]
    everywhere = set(subdivs)
    for (d, name, en, kind), (in_national, regions) in sorted(
        where.items(), key=lambda kv: (kv[0][0], kv[0][3], kv[0][1], kv[0][2])
    ):
        if in_national and regions == everywhere:
            scope = "*"
        else:
            # "-" stands for the country's own calendar (no region given) when a holiday is in
            # it but not in every region.
            scope = ",".join((["-"] if in_national else []) + [s for s in subdivs if s in regions])
        lines.append("\t".join([d.isoformat(), kind or "-", scope, name, "" if en == name else en]))
    return "\n".join(lines) + "\n"


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "data/holidays")
    out.mkdir(parents=True, exist_ok=True)
    supported = holidays.list_supported_countries(include_aliases=False)
    index = []
    for country in sorted(supported):
        subdivs = list(supported[country])
        text = country_file(country, subdivs)
        (out / f"{country}.txt").write_text(text, encoding="utf-8")
        index.append(f"{country}\t{','.join(subdivs)}")
    (out / "index.txt").write_text(
        f"{FORMAT} index\nsource holidays {holidays.__version__}\n" + "\n".join(index) + "\n",
        encoding="utf-8",
    )
    print(f"{len(index)} countries, {sum(len(s) for s in supported.values())} subdivisions -> {out}")


if __name__ == "__main__":
    main()
