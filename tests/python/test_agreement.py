"""The `meridian` CLI agrees with an independent time zone implementation.

Python's zoneinfo, reading the IANA data of the PyPI `tzdata` package (2025.2 = IANA 2025b, the
release chrono-tz 0.10.4 compiles in), resolves wall-clock times with its own `fold` rules; this
test derives gap/fold and the four disambiguations from them and compares, for every zone:
every 15 minutes around every offset change of 2026-2027 with all four disambiguations, and a
sweep every 13 hours through both years (so every hour of the day is met) with `compatible`.
"""

import json
import os
import subprocess
from datetime import datetime, timedelta, timezone

import pytest
import tzdata
import zoneinfo

zoneinfo.reset_tzpath(to=[])  # only the tzdata package: no system files of another release
UTC = timezone.utc
MERIDIAN = os.environ.get("MERIDIAN_BIN", "target/debug/meridian")
START = datetime(2026, 1, 1, tzinfo=UTC)
END = datetime(2028, 1, 1, tzinfo=UTC)
DISAMBIGUATIONS = ("compatible", "earlier", "later", "reject")


def zones():
    # "Factory" is a placeholder zone for unconfigured machines, not a place; chrono-tz omits it.
    return sorted(z for z in zoneinfo.available_timezones() if z not in ("localtime", "Factory"))


def transitions(zone):
    """UTC instants (to the minute) where the zone's offset changes within [START, END)."""
    found, t = [], START
    step = timedelta(hours=6)
    off = t.astimezone(zone).utcoffset()
    while t < END:
        n = t + step
        o = n.astimezone(zone).utcoffset()
        if o != off:
            lo, hi = t, n
            while hi - lo > timedelta(minutes=1):
                mid = lo + (hi - lo) / 2
                mid = mid.replace(second=0, microsecond=0)
                if mid <= lo:
                    break
                if mid.astimezone(zone).utcoffset() == off:
                    lo = mid
                else:
                    hi = mid
            found.append(hi)
            off = o
        t = n
    return found


def resolve(zone, naive, how):
    """Returns (instant, resolution) or (None, resolution) for a rejected gap or fold."""
    a = naive.replace(tzinfo=zone, fold=0).astimezone(UTC)
    b = naive.replace(tzinfo=zone, fold=1).astimezone(UTC)
    if a == b:
        return a, "exact"
    round_trips = a.astimezone(zone).replace(tzinfo=None) == naive
    kind = "fold" if round_trips else "gap"
    earlier, later = min(a, b), max(a, b)
    if how == "reject":
        return None, kind
    if how == "earlier":
        return earlier, kind
    if how == "later":
        return later, kind
    return (earlier if kind == "fold" else later), kind


def offset_text(delta):
    minutes = int(delta.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02}:{minutes % 60:02}"


def requests():
    """Every (zone name, naive wall time, disambiguation) to compare."""
    out = []
    for name in zones():
        zone = zoneinfo.ZoneInfo(name)
        for t in transitions(zone):
            wall = t.astimezone(zone).replace(tzinfo=None, second=0)
            first = (wall - timedelta(hours=2)).replace(minute=(wall.minute // 15) * 15)
            for k in range(0, 4 * 4 + 1):
                naive = first + timedelta(minutes=15 * k)
                for how in DISAMBIGUATIONS:
                    out.append((name, naive, how))
        naive = datetime(2026, 1, 1, 0, 0)
        while naive < datetime(2028, 1, 1):
            out.append((name, naive, "compatible"))
            naive += timedelta(hours=13)
    return out


def test_tzdata_is_the_release_meridian_uses():
    assert tzdata.IANA_VERSION == "2025b"
    version = subprocess.run([MERIDIAN, "--version"], capture_output=True, text=True, check=True)
    assert "IANA tzdb 2025b" in version.stdout


def test_meridian_knows_every_zone_of_the_database():
    names = zones()
    lines = "".join(f"{n} 2026-06-01T12:00\n" for n in names)
    run = subprocess.run([MERIDIAN, "convert", "-"], input=lines, capture_output=True, text=True)
    errors = [json.loads(l) for l in run.stdout.splitlines() if '"error"' in l]
    assert errors == []
    assert len(run.stdout.splitlines()) == len(names) > 590


def test_every_zone_hour_and_disambiguation_agrees():
    reqs = requests()
    lines = "".join(f"{z} {n:%Y-%m-%dT%H:%M} {how}\n" for z, n, how in reqs)
    run = subprocess.run([MERIDIAN, "convert", "-"], input=lines, capture_output=True, text=True)
    answers = run.stdout.splitlines()
    assert len(answers) == len(reqs)
    mismatches, gaps, folds = [], 0, 0
    for (name, naive, how), line in zip(reqs, answers):
        got = json.loads(line)
        expected, kind = resolve(zoneinfo.ZoneInfo(name), naive, how)
        gaps += kind == "gap"
        folds += kind == "fold"
        if expected is None:
            ok = "error" in got and ("does not exist" in got["error"] if kind == "gap" else "happens twice" in got["error"])
        else:
            local = expected.astimezone(zoneinfo.ZoneInfo(name))
            ok = (
                got.get("instant") == expected.strftime("%Y-%m-%dT%H:%M:%SZ")
                and got.get("resolution") == kind
                and got["local"][0]["datetime"] == local.strftime("%Y-%m-%dT%H:%M:%S")
                and got["local"][0]["offset"] == offset_text(local.utcoffset())
                and got["local"][0]["weekday"] == local.strftime("%a")
            )
        if not ok:
            mismatches.append((name, naive.isoformat(), how, kind, line))
    assert mismatches[:20] == []
    # The comparison really met switches of both kinds, many times.
    assert gaps > 1000 and folds > 1000, (gaps, folds)
    print(f"{len(reqs)} conversions compared, {gaps} in gaps, {folds} in folds")


def test_after_2099_every_zone_goes_on_by_its_rule():
    """chrono-tz lists changes up to 2099 and then keeps the last offset; Meridian goes on with
    each zone's yearly rule, as zoneinfo does with the POSIX TZ string at the end of each TZif
    file. Every 37 hours of 2137, every zone: the instant and offset agree, but for Gaza and
    Hebron, whose predicted Ramadan changes run to 2086 (fewer than the 28 years of one pattern
    Meridian's table needs before chrono-tz's list ends: they keep their last offset)."""
    reqs = []
    for name in zones():
        naive = datetime(2137, 1, 1)
        while naive < datetime(2138, 1, 1):
            reqs.append((name, naive))
            naive += timedelta(hours=37)
    lines = "".join(f"{z} {n:%Y-%m-%dT%H:%M} compatible\n" for z, n in reqs)
    run = subprocess.run([MERIDIAN, "convert", "-"], input=lines, capture_output=True, text=True)
    answers = run.stdout.splitlines()
    assert len(answers) == len(reqs)
    differ = set()
    for (name, naive), line in zip(reqs, answers):
        got = json.loads(line)
        zone = zoneinfo.ZoneInfo(name)
        expected, _ = resolve(zone, naive, "compatible")
        local = expected.astimezone(zone)
        if (
            got.get("instant") != expected.strftime("%Y-%m-%dT%H:%M:%SZ")
            or got["local"][0]["offset"] != offset_text(local.utcoffset())
        ):
            differ.add(name)
    assert differ == {"Asia/Gaza", "Asia/Hebron"}
