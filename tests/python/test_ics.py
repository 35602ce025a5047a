"""`meridian ics` checked by independent implementations: Python's `icalendar` parses every
exported file and `recurring-ical-events` expands it to exactly the engine's occurrences (the
same UTC instants), for the demo schedules and a set of tricky ones."""

import copy
import datetime as dt
import json
import os
import subprocess
import tempfile

import icalendar
import pytest
import recurring_ical_events

MERIDIAN = os.environ.get("MERIDIAN_BIN", "target/debug/meridian")
STAMP = "2026-11-24T12:00:00Z"


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def tricky_north():
    """The ENHANCE term with a moved, lengthened and re-roomed week, skipped weeks, two weekdays
    every other week, a count that the term cuts short, a Sunday series at 02:30 Berlin through
    the October fold, non-ASCII titles and a long description full of characters to escape."""
    d = load("examples/enhance-autumn-2026.json")
    d["id"] = "tricky-north"
    s = d["sessions"]
    s[0]["changes"] = [
        {"date": "2026-10-05", "start": "2026-10-06T14:00", "duration_minutes": 120, "rooms": []},
        {"date": "2026-11-02", "duration_minutes": 45},
    ]
    s[0]["repeat"]["skip"] = ["2026-11-16"]
    s[0]["title"] = "Énergie — 能源系统 · Ørsted lecture 🎓"
    s[0]["notes"] = ("Bring: laptop, charger; notes\\slides (see page 3).\n" * 12).strip()
    s.append({
        "id": "night-maintenance", "title": "Night lab, Sunday 02:30", "host": "tub",
        "start": "2026-10-11T02:30", "duration_minutes": 30,
        "repeat": {"interval": 1, "count": 4}, "cohorts": ["tub-msc1"],
    })
    s.append({
        "id": "twice", "title": "Twice a week, every other week", "host": "ntnu",
        "start": "2026-09-08T08:15", "duration_minutes": 90,
        "repeat": {"interval": 2, "weekdays": ["tue", "thu"], "count": 40, "skip": ["2026-10-06"]},
        "cohorts": ["ntnu-msc1"],
    })
    return d


def tricky_south():
    """The Global MOOC Alliance term (Auckland to Santiago) with a series through the March
    switch anchored in Santiago, a moved occurrence across midnight, and a one-off exam."""
    d = load("examples/gma-spring-2027.json")
    d["id"] = "tricky-south"
    s = d["sessions"]
    host = next(c for c in d["campuses"] if c["zone"] == "America/Santiago")
    s.append({
        "id": "santiago-evening", "title": "Seminario de la tarde", "host": host["id"],
        "start": "2027-03-01T23:30", "duration_minutes": 90, "repeat": {"interval": 1},
        "changes": [{"date": "2027-03-29", "start": "2027-03-30T00:15"}],
    })
    s.append({
        "id": "final", "title": "Final exam", "host": host["id"],
        "start": "2027-06-02T09:00", "duration_minutes": 180,
    })
    return d


CASES = {
    "enhance": load("examples/enhance-autumn-2026.json"),
    "gma": load("examples/gma-spring-2027.json"),
    "tricky-north": tricky_north(),
    "tricky-south": tricky_south(),
}


def run(*args):
    out = subprocess.run([MERIDIAN, *args], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return out.stdout


def utc(t):
    return dt.datetime.fromisoformat(t.replace("Z", "+00:00"))


def export(doc, *scope):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "s.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False)
        occurrences = json.loads(run("occurrences", path, "--json"))
        raw = subprocess.run([MERIDIAN, "ics", path, "--stamp", STAMP, *scope], capture_output=True)
        assert raw.returncode == 0, raw.stderr
        return occurrences, raw.stdout


def expand(ics_bytes, doc):
    """(session, UTC start, length) of every instance, the length from the UTC end. (This
    reader adds an event's length on the wall clock, as Python's aware datetimes do; the export
    writes an instance across a switch in UTC so that it still ends at the right instant.)"""
    cal = icalendar.Calendar.from_ical(ics_bytes)
    start = dt.datetime.fromisoformat(doc["term"]["start"]) - dt.timedelta(days=3)
    end = dt.datetime.fromisoformat(doc["term"]["end"]) + dt.timedelta(days=3)
    events = recurring_ical_events.of(cal).between(start, end)
    u = lambda t: t.astimezone(dt.timezone.utc)
    return sorted(
        (str(e["UID"]).split(".")[0], u(e["DTSTART"].dt), u(e["DTEND"].dt) - u(e["DTSTART"].dt))
        for e in events
    )


@pytest.mark.parametrize("name", CASES)
def test_the_calendar_expands_to_exactly_the_engines_occurrences(name):
    doc = CASES[name]
    occurrences, ics = export(doc)
    expected = sorted((o["session"], utc(o["start"]), utc(o["end"]) - utc(o["start"])) for o in occurrences)
    got = expand(ics, doc)
    assert len(got) == len(occurrences)
    assert got == expected


@pytest.mark.parametrize("name", CASES)
def test_the_file_is_well_formed(name):
    _, ics = export(CASES[name])
    assert ics.endswith(b"\r\n")
    lines = ics.split(b"\r\n")[:-1]
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert all(len(line) <= 75 for line in lines), max(lines, key=len)
    ics.decode("utf-8")  # folding never splits a character
    cal = icalendar.Calendar.from_ical(ics)
    zones = {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")}
    used = {e["DTSTART"].params.get("TZID") for e in cal.walk("VEVENT")} - {None}
    assert used <= zones
    for event in cal.walk("VEVENT"):
        assert event["DTSTAMP"].dt == utc(STAMP)
        assert event["UID"]


def test_text_survives_escaping_and_folding():
    doc = CASES["tricky-north"]
    _, ics = export(doc)
    cal = icalendar.Calendar.from_ical(ics)
    series = [e for e in cal.walk("VEVENT") if "RECURRENCE-ID" not in e
              and str(e["UID"]).startswith(doc["sessions"][0]["id"] + ".")][0]
    assert str(series["SUMMARY"]) == doc["sessions"][0]["title"]
    assert doc["sessions"][0]["notes"] in str(series["DESCRIPTION"])
    assert str(series["URL"]) == doc["sessions"][0]["meeting_url"]


def test_the_guest_lectures_host_reads_wrong_no_more():
    """The guest lecture, kept on Toronto's clock and hosted by TU Berlin, as icalendar reads
    it: 10:00 Toronto time, and a description that says the host and the clock apart (not
    "Technische Universität Berlin (Toronto)"); an ordinary session keeps its wording."""
    _, ics = export(CASES["enhance"])
    events = {str(e["UID"]).split(".")[0]: e for e in icalendar.Calendar.from_ical(ics).walk("VEVENT")
              if "RECURRENCE-ID" not in e}
    guest = events["guest-grid"]
    assert guest["DTSTART"].params["TZID"] == "America/Toronto"
    assert guest["DTSTART"].dt.strftime("%H:%M") == "10:00"
    lines = str(guest["DESCRIPTION"]).split("\n")
    assert "Taught from Technische Universität Berlin, on Toronto time" in lines
    assert not any("(Toronto)" in line for line in lines)
    joint = events[CASES["enhance"]["sessions"][0]["id"]]
    assert "Taught from Technische Universität Berlin (Berlin)" in str(joint["DESCRIPTION"]).split("\n")


def test_a_reexport_keeps_the_uids_so_calendars_update_instead_of_duplicating():
    doc = copy.deepcopy(CASES["enhance"])
    _, first = export(doc)
    doc["sessions"][0]["start"] = "2026-09-07T11:15"
    _, second = export(doc)
    uids = lambda ics: sorted({str(e["UID"]) for e in icalendar.Calendar.from_ical(ics).walk("VEVENT")})
    assert uids(first) == uids(second)
    assert first != second


def test_a_cohort_calendar_holds_only_its_sessions():
    doc = CASES["enhance"]
    _, ics = export(doc, "--cohort", "ntnu-msc1")
    cal = icalendar.Calendar.from_ical(ics)
    titles = {str(e["SUMMARY"]) for e in cal.walk("VEVENT")}
    expected = {s["title"] for s in doc["sessions"] if "ntnu-msc1" in s.get("cohorts", [])}
    assert titles == expected
    assert "NTNU" in str(cal["X-WR-CALNAME"])
