"""Place names against CLDR, which we did not write: for every time zone a preset campus is in,
each language's catalogue writes the zone's city (`place-<slug>`, what the engine calls the
zone's place: Europe/Rome's "Rome") as CLDR's exemplar city for that zone in that language
(babel's `Locale.time_zones[zone]['city']`; where a language has none, CLDR's rule: the zone
id's last part, underscores as spaces). Cities that are not a zone's exemplar (Milan, Munich,
Gothenburg …) have no CLDR name to compare with and were translated by hand."""

import os
import re

from babel import Locale

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
LANGUAGES = ["en", "de", "sv", "nb", "it", "es", "pl", "nl", "fr", "zh-Hans"]


def preset_zones():
    """The zones of the preset campuses, read from the engine's source."""
    with open(os.path.join(ROOT, "crates", "engine", "src", "presets.rs"), encoding="utf-8") as f:
        text = f.read()
    zones = sorted(set(re.findall(r'"([A-Z][a-z]+/[A-Za-z_]+)"\s*\)', text)))
    assert len(zones) >= 15, zones
    return zones


def place_messages(code):
    """{id: text} of a catalogue's place messages (single-line `place-x = Name`)."""
    with open(os.path.join(ROOT, "locales", f"{code}.ftl"), encoding="utf-8") as f:
        return dict(re.findall(r"^(place-[a-z0-9-]+) = (.+)$", f.read(), re.M))


def cldr_city(code, zone):
    names = Locale.parse(code.replace("-", "_")).time_zones.get(zone, {})
    return names.get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")


def test_every_zone_place_is_written_as_cldr_writes_its_exemplar_city():
    differences = []
    for code in LANGUAGES:
        ours = place_messages(code)
        for zone in preset_zones():
            place = zone.rsplit("/", 1)[-1].replace("_", " ")
            # Zone places are ASCII: their slug is lower case with "-" for anything else.
            assert place.isascii(), place
            msg = "place-" + re.sub(r"[^a-z0-9]+", "-", place.lower()).strip("-")
            want = cldr_city(code, zone)
            if ours.get(msg) != want:
                differences.append(f"{code} {zone}: {msg} = {ours.get(msg)!r}, CLDR {want!r}")
    assert not differences, "\n".join(differences)


def test_cldr_is_read_in_the_readers_language():
    # The comparison would pass vacuously if babel fell back to English everywhere.
    assert cldr_city("de", "Europe/Warsaw") == "Warschau"
    assert cldr_city("zh-Hans", "Asia/Shanghai") == "上海"
    assert cldr_city("nb", "Europe/Moscow") == "Moskva"
