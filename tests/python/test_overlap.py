"""`meridian slots --json` (the term-wide overlap map) agrees with Python's zoneinfo.

Generated schedules (zones of both hemispheres and odd offsets, random teaching hours, closures,
campus terms, terms across switches and not starting on a Monday) are mapped by the CLI; every
start of every weekday is recomputed here: the anchor's wall time resolved per week with
`fold=0` (RFC 5545 / Temporal `compatible`: a skipped time moves forward by the gap, a repeated
one is the earlier), converted to each campus's zone, and judged by the rule written from
DESIGN.md (closure, campus term, teaching hours of the local weekday). The number of weeks each
campus fails, the weeks a slot has, and how many campuses hold must be the CLI's.
"""

import json
import os
import random
import subprocess
from datetime import date, datetime, time, timedelta, timezone

import pytest
import tzdata  # noqa: F401  (the IANA data zoneinfo reads)
import zoneinfo

zoneinfo.reset_tzpath(to=[])
UTC = timezone.utc
MERIDIAN = os.environ.get("MERIDIAN_BIN", "target/debug/meridian")
ZONES = [
    "Europe/Berlin", "Europe/London", "America/Santiago", "Pacific/Auckland", "Asia/Shanghai",
    "Africa/Nairobi", "America/Chicago", "America/Sao_Paulo", "Asia/Kathmandu",
    "Australia/Lord_Howe", "Pacific/Chatham", "America/St_Johns", "Europe/Dublin", "Asia/Tehran",
]
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def hm(minutes):
    return "24:00" if minutes == 1440 else f"{minutes // 60:02d}:{minutes % 60:02d}"


def generate(rng, n):
    start = date(2026, 1, 1) + timedelta(days=rng.randrange(0, 700))
    end = start + timedelta(days=rng.randrange(14, 70))
    campuses = []
    for i, zone in enumerate(rng.sample(ZONES, n)):
        hours = {}
        for d in DAYS:
            if rng.random() < 0.7:
                a = rng.randrange(0, 80) * 15
                b = min(1440, a + rng.randrange(4, 60) * 15)
                hours[d] = f"{hm(a)}-{hm(b)}"
        c = {"id": f"c{i}", "name": f"C{i}", "short": f"C{i}", "city": "X", "zone": zone,
             "teaching_hours": hours}
        if rng.random() < 0.5:
            s = start + timedelta(days=rng.randrange(0, 40))
            c["closures"] = [{"name": "break", "start": s.isoformat(),
                              "end": (s + timedelta(days=rng.randrange(0, 10))).isoformat()}]
        if rng.random() < 0.3:
            c["term"] = {"start": (start + timedelta(days=rng.randrange(0, 10))).isoformat(),
                         "end": (end - timedelta(days=rng.randrange(0, 10))).isoformat()}
        campuses.append(c)
    return {"format": "meridian/1", "id": "x", "name": "x",
            "term": {"start": start.isoformat(), "end": end.isoformat()}, "campuses": campuses}


def unfit(campus, local, minutes, host_day):
    """True when the campus cannot take the session (DESIGN.md: closure, term, hours)."""
    d = local.date()
    for x in campus.get("closures", []):
        if date.fromisoformat(x["start"]) <= d <= date.fromisoformat(x.get("end", x["start"])):
            return "closed"
    t = campus.get("term")
    if t and not (date.fromisoformat(t["start"]) <= d <= date.fromisoformat(t["end"])):
        return "closed"
    hours = campus["teaching_hours"].get(DAYS[local.weekday()])
    if hours is None:
        return "hours"
    a, b = hours.split("-")
    to_min = lambda s: 1440 if s == "24:00" else int(s[:2]) * 60 + int(s[3:])
    start = local.hour * 60 + local.minute
    return None if to_min(a) <= start and start + minutes <= to_min(b) else "hours"


def expected(doc, minutes):
    term_start = date.fromisoformat(doc["term"]["start"])
    term_end = date.fromisoformat(doc["term"]["end"])
    campuses = doc["campuses"]
    anchor = zoneinfo.ZoneInfo(campuses[0]["zone"])
    zones = [zoneinfo.ZoneInfo(c["zone"]) for c in campuses]
    mondays = []
    m = term_start - timedelta(days=term_start.weekday())
    while m <= term_end:
        mondays.append(m)
        m += timedelta(days=7)
    out = {}
    for wd in range(7):
        for q in range(96):
            weeks, failing, hours_failing = 0, [0] * len(campuses), [0] * len(campuses)
            for monday in mondays:
                d = monday + timedelta(days=wd)
                if not term_start <= d <= term_end:
                    continue
                weeks += 1
                wall = datetime.combine(d, time(q // 4, q % 4 * 15), tzinfo=anchor)  # fold=0
                utc = wall.astimezone(UTC)
                host_day = utc.astimezone(anchor).weekday()
                for k, c in enumerate(campuses):
                    why = unfit(c, utc.astimezone(zones[k]).replace(tzinfo=None), minutes, host_day)
                    if why:
                        failing[k] += 1
                    if why == "hours":
                        hours_failing[k] += 1
            holding = sum(1 for k in range(len(campuses)) if hours_failing[k] == 0)
            out[(DAYS[wd], f"{q // 4:02d}:{q % 4 * 15:02d}")] = (weeks, failing, holding)
    return out


@pytest.mark.parametrize("seed", range(12))
def test_overlap_map_agrees_with_zoneinfo(tmp_path, seed):
    rng = random.Random(20261202 + seed)
    doc = generate(rng, rng.randrange(2, 5))
    minutes = rng.choice([30, 60, 90, 135])
    path = tmp_path / "s.json"
    path.write_text(json.dumps(doc))
    ids = ",".join(c["id"] for c in doc["campuses"])
    run = subprocess.run([MERIDIAN, "slots", str(path), "--campuses", ids, "--length",
                          str(minutes), "--json"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    got = json.loads(run.stdout)
    assert got["anchor"] == "c0" and got["zone"] == doc["campuses"][0]["zone"]
    want = expected(doc, minutes)
    assert len(got["slots"]) == len(want) == 672
    for s in got["slots"]:
        weeks, failing, holding = want[(s["weekday"], s["start"])]
        where = f'{s["weekday"]} {s["start"]} (seed {seed})'
        assert s["weeks"] == weeks, where
        reported = [0] * len(failing)
        for f in s["failures"]:
            k = int(f["campus"][1:])
            reported[k] = f["weeks"]
            assert sum(r["weeks"] for r in f["reasons"]) == f["weeks"], where
        assert reported == failing, where
        assert s["holding"] == holding, where
