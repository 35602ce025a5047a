"""Generated differential test of `meridian ics`: random schedules are exported, and two
independent readers expand each file; every instance's UTC start and end must equal
`meridian occurrences --json` for the same schedule.

The schedules are what makes calendar files hard: any IANA zone, starts in gaps and folds and
across local midnight, sessions spanning a switch or ending inside a repeated hour, lengths up to
a week, skipped and changed weeks (moved by days or weeks, outside the term, into gaps and
folds), count and until bounds, one-off sessions with and without a change, parallel sessions
(the same start in the same zone), and hostile ids and text (tabs, line breaks, commas, semicolons, backslashes, non-ASCII, property names).

The readers:
- **RFC 5545 with dateutil**: the file's own VTIMEZONEs read by `dateutil.tz.tzical` (and each
  wall time's reading cross-checked against Python's zoneinfo for the same TZID), `RRULE`s
  expanded by `dateutil.rrule`, wall times resolved as RFC 5545 §3.3.5 says (a time in a gap with
  the offset before it, a repeated time as its first occurrence), `DURATION` exact (§3.3.6),
  `EXDATE`s and `RECURRENCE-ID`s matched by instant.
- **Stock ical.js** (Mozilla's, Thunderbird's engine; tests/readers/icaljs.mjs): what a user of
  ical.js sees, nothing corrected. It deviates from the RFC (gap and fold readings, lengths
  added on the wall clock); the count of instances it reads differently from the engine is
  reported, and must be zero: the export avoids what it would misread.

Also checked: every line is at most 75 octets and ends in CRLF with no other CR or LF; every
VEVENT holds only the properties Meridian writes (an id or text cannot inject one); UIDs are
the documented encoding of the ids; SUMMARY reads back as the title in both readers.

Run: `python tests/python/ics_differential.py --count 5000 --seed 1` (`make fuzz-ics`), or
`--case N` to run one case of a seed. `make test` runs a few hundred through pytest
(test_ics_differential.py). A failure prints the seed, the case and the schedule JSON.
"""

import argparse
import io
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone

import icalendar
import zoneinfo
from dateutil import rrule as drrule
from dateutil import tz as dtz

zoneinfo.reset_tzpath(to=[])  # only the tzdata package (IANA 2025b, as chrono-tz)
UTC = timezone.utc
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MERIDIAN = os.environ.get("MERIDIAN_BIN", os.path.join(ROOT, "target/debug/meridian"))
ICALJS_READER = os.path.join(ROOT, "tests/readers/icaljs.mjs")
STAMP = "2026-11-24T12:00:00Z"
ZONES = sorted(z for z in zoneinfo.available_timezones() if z not in ("localtime", "Factory"))
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
EVENT_PROPERTIES = {"UID", "DTSTAMP", "DTSTART", "DURATION", "RRULE", "EXDATE", "RECURRENCE-ID",
                    "SUMMARY", "LOCATION", "URL", "DESCRIPTION"}
HOSTILE = [
    "a,b", "semi;colon", "back\\slash", "line\nbreak", "cr\rlf\r\nend", "tab\there", "\ttab first",
    "UID:evil", "x\r\nLOCATION:injected", "x\nBEGIN:VALARM", "ünïcødé 能源 Ørsted", "per%cent+plus@at",
    "🎓 emoji", "sep\u2028arator", "  spaced  ", 'quote"d', "colon:value", "bell\u0007nul\u0000",
    "nel\u0085", "trailing\\", "\\n literal", ";", ",", "a" * 90,
]


# ---- Generating schedules ----

def transitions(zone, start, end):
    """(UTC instant, offset before, offset after) of every offset change in [start, end)."""
    found = []
    t = start
    step = timedelta(hours=6)
    off = t.astimezone(zone).utcoffset()
    while t < end:
        n = t + step
        o = n.astimezone(zone).utcoffset()
        if o != off:
            lo, hi = t, n
            while hi - lo > timedelta(seconds=1):
                mid = lo + (hi - lo) / 2
                if mid.astimezone(zone).utcoffset() == off:
                    lo = mid
                else:
                    hi = mid
            found.append((hi.replace(microsecond=0), off, o))
            off = o
        t = n
    return found


def text(rng, plain):
    if rng.random() < 0.5:
        return plain
    parts = [plain] + rng.sample(HOSTILE, rng.randint(1, 3))
    rng.shuffle(parts)
    return " ".join(parts)


def ident(rng, plain, taken):
    base = plain if rng.random() < 0.5 else rng.choice(HOSTILE) + rng.choice(["", "-" + plain])
    if not base.strip():
        base = plain
    out, n = base, 1
    while out in taken:
        n += 1
        out = f"{base}-{n}"
    taken.add(out)
    return out


def session_dates(start, repeat, term_end):
    """The engine's dates of a session before the term clip (occurrence::session_dates)."""
    if repeat is None:
        return [start]
    wd = sorted({WEEKDAYS.index(w) for w in repeat.get("weekdays", [])}) or [start.weekday()]
    until = repeat.get("until")
    last = min(date.fromisoformat(until), term_end) if until else term_end
    count = repeat.get("count")
    skip = set(repeat.get("skip", []))
    step = timedelta(days=7 * repeat.get("interval", 1))
    out, counted = [], 0
    monday = start - timedelta(days=start.weekday())
    while monday <= last:
        for w in wd:
            d = monday + timedelta(days=w)
            if d < start:
                continue
            if d > last or (count is not None and counted >= count) or len(out) >= 400:
                return out
            counted += 1
            if d.isoformat() not in skip:
                out.append(d)
        monday += step
    return out


def wall(dt):
    return dt.strftime("%Y-%m-%dT%H:%M")


def tricky_walls(zone, switches):
    """Wall times next to a switch: in a gap, in a fold, just before (so a session spans it)."""
    out = []
    for at, before, after in switches:
        local_before = (at + before).replace(tzinfo=None)  # the wall clock reaching the switch
        local_after = (at + after).replace(tzinfo=None)
        lo, hi = min(local_before, local_after), max(local_before, local_after)
        out.append(("inside", lo, hi))  # a gap (forward) or a fold (back)
        out.append(("before", lo - timedelta(hours=3), lo))
    return out


def gen_start(rng, zone, switches, term_start, term_end):
    """A start (naive wall time) and a mode."""
    walls = tricky_walls(zone, switches)
    mode = rng.random()
    if walls and mode < 0.55:
        kind, lo, hi = rng.choice(walls)
        span = max(int((hi - lo).total_seconds() // 60), 1)
        minute = rng.randrange(span)
        step = rng.choice([1, 5, 15, 30])
        t = lo + timedelta(minutes=minute - minute % step)
        return t, "switch-" + kind
    if mode < 0.7:
        day = term_start + timedelta(days=rng.randint(-3, max((term_end - term_start).days, 0)))
        t = datetime.combine(day, datetime.min.time()) + timedelta(minutes=rng.choice(
            [23 * 60 + rng.randrange(60), rng.randrange(60), 24 * 60 - 1]))
        return t, "midnight"
    day = term_start + timedelta(days=rng.randint(-20, max((term_end - term_start).days, 0) + 3))
    t = datetime.combine(day, datetime.min.time()) + timedelta(minutes=rng.randrange(24 * 60))
    return t, "random"


def gen_duration(rng, zone, switches, start):
    r = rng.random()
    if r < 0.2 and switches:
        # End inside a fold or just after a switch.
        at, before, after = rng.choice(switches)
        lo = (at + min(before, after)).replace(tzinfo=None)
        target = lo + timedelta(minutes=rng.randrange(1, 90))
        minutes = int((target - start).total_seconds() // 60)
        if 1 <= minutes <= 10080:
            return minutes
    if r < 0.5:
        return rng.choice([15, 45, 60, 90, 105, 120, 180, 240])
    if r < 0.8:
        return rng.randint(1, 600)
    return rng.choice([rng.randint(1, 10080), 1440, 10080, 2 * 1440 + 30])


def gen_changes(rng, dates, zone_walls, term_start, term_end, rooms):
    changes = []
    for d in dates:
        if rng.random() > 0.25:
            continue
        c = {"date": d.isoformat()}
        r = rng.random()
        if r < 0.75:
            if r < 0.2 and zone_walls:
                _, lo, hi = rng.choice(zone_walls)
                span = max(int((hi - lo).total_seconds() // 60), 1)
                t = lo + timedelta(minutes=rng.randrange(span))
            elif r < 0.35:
                # Moved outside the term.
                away = rng.choice([-1, 1]) * rng.randint(8, 40)
                t = datetime.combine(d, datetime.min.time()) + timedelta(days=away, minutes=rng.randrange(1440))
            else:
                t = datetime.combine(d, datetime.min.time()) + timedelta(
                    days=rng.randint(-3, 3), minutes=rng.randrange(1440))
            c["start"] = wall(t)
        if rng.random() < 0.4:
            c["duration_minutes"] = rng.choice([rng.randint(1, 300), rng.randint(1, 10080)])
        if rng.random() < 0.2:
            c["rooms"] = rng.sample(rooms, rng.randint(0, min(1, len(rooms))))
        if len(c) > 1:
            changes.append(c)
    return changes


def generate(rng):
    """A random schedule (as JSON data) that the engine accepts."""
    year = rng.choice([2026, 2026, 2027, rng.randint(2019, 2037)])
    term_start = date(year, 1, 1) + timedelta(days=rng.randrange(365))
    term_end = term_start + timedelta(days=rng.choice([rng.randint(0, 40), rng.randint(40, 366), 366]))
    window = (datetime.combine(term_start, datetime.min.time(), UTC) - timedelta(days=45),
              datetime.combine(term_end, datetime.min.time(), UTC) + timedelta(days=45))

    def pick_zone():
        for _ in range(6):
            name = rng.choice(ZONES)
            switches = transitions(zoneinfo.ZoneInfo(name), *window)
            if switches or rng.random() < 0.15:
                return name, switches
        return name, switches

    ids = set()
    campuses, cohorts, rooms, lecturers = [], [], [], []
    for i in range(rng.randint(1, 3)):
        zone, _ = pick_zone()
        cid = ident(rng, f"campus{i}", ids)
        campuses.append({"id": cid, "name": text(rng, f"Campus {i}"), "short": text(rng, f"C{i}"),
                         "city": text(rng, "City"), "zone": zone})
        cohorts.append({"id": ident(rng, f"cohort{i}", ids), "name": text(rng, f"Cohort {i}"),
                        "campus": cid})
        rooms.append({"id": ident(rng, f"room{i}", ids), "name": text(rng, f"Room {i}"),
                      "campus": cid})
        lecturers.append({"id": ident(rng, f"lect{i}", ids), "name": text(rng, f"Lecturer {i}"),
                          "campus": cid})
    sessions = []
    session_ids = set()
    for i in range(rng.randint(1, 5)):
        host = rng.choice(campuses)
        s = {"id": ident(rng, f"session-{i}", session_ids), "title": text(rng, f"Session {i}"),
             "host": host["id"]}
        zone_name = host["zone"]
        if rng.random() < 0.3:
            zone_name, _ = pick_zone()
            s["zone"] = zone_name
        zone = zoneinfo.ZoneInfo(zone_name)
        switches = transitions(zone, *window)
        start, mode = gen_start(rng, zone, switches, term_start, term_end)
        if sessions and rng.random() < 0.25:
            # A parallel session: the same start in the same zone as the one before.
            prev = sessions[-1]
            s["host"] = prev["host"]
            if "zone" in prev:
                s["zone"] = prev["zone"]
            else:
                s.pop("zone", None)
            zone_name = prev.get("zone") or next(c["zone"] for c in campuses if c["id"] == prev["host"])
            zone = zoneinfo.ZoneInfo(zone_name)
            switches = transitions(zone, *window)
            start, mode = datetime.fromisoformat(prev["start"]), "parallel"
        if rng.random() < 0.75 and mode.startswith("switch"):
            # A series that meets the switch's date: start some weeks before.
            start -= timedelta(days=7 * rng.randint(0, 10))
        s["start"] = wall(start)
        s["duration_minutes"] = gen_duration(rng, zone, switches, start)
        if rng.random() < 0.75:
            rep = {}
            if rng.random() < 0.3:
                rep["interval"] = rng.choice([2, 2, 3, 5, 52])
            if rng.random() < 0.5:
                days = rng.sample(WEEKDAYS, rng.randint(1, 7))
                if rng.random() < 0.7:
                    days.append(WEEKDAYS[start.weekday()])
                rep["weekdays"] = sorted(set(days), key=WEEKDAYS.index)
            b = rng.random()
            if b < 0.3:
                rep["count"] = rng.randint(1, 60)
            elif b < 0.6:
                rep["until"] = (start.date() + timedelta(days=rng.randint(0, 400))).isoformat()
            dates = session_dates(start.date(), rep, term_end)
            skip = [d.isoformat() for d in dates if rng.random() < 0.15]
            if rng.random() < 0.1 and dates:
                skip.append(dates[0].isoformat())  # the first date skipped
            if skip:
                rep["skip"] = sorted(set(skip))
            s["repeat"] = rep
            dates = session_dates(start.date(), rep, term_end)
        else:
            dates = [start.date()]
        s["changes"] = gen_changes(rng, dates, tricky_walls(zone, switches), term_start, term_end,
                                   [r["id"] for r in rooms])
        if rng.random() < 0.5:
            s["cohorts"] = [rng.choice(cohorts)["id"]]
        if rng.random() < 0.4:
            s["rooms"] = [rng.choice(rooms)["id"]]
        if rng.random() < 0.4:
            s["lecturer"] = rng.choice(lecturers)["id"]
        if rng.random() < 0.3:
            s["course"] = text(rng, "Course")
        if rng.random() < 0.3:
            s["notes"] = text(rng, "Notes")
        if rng.random() < 0.3:
            s["meeting_url"] = rng.choice(["https://meet.example.org/a;b,c?x=1&y=2",
                                           "https://example.org/\nLOCATION:evil", "javascript:alert(1)"])
        if not s["changes"]:
            del s["changes"]
        sessions.append(s)
    return {
        "format": "meridian/1",
        "id": ident(rng, "generated", set()),
        "name": text(rng, "Generated schedule"),
        "term": {"start": term_start.isoformat(), "end": term_end.isoformat()},
        "campuses": campuses, "cohorts": cohorts, "lecturers": lecturers, "rooms": rooms,
        "sessions": sessions,
    }


# ---- What Meridian promises ----

def uid_part(s):
    """The UID encoding of an id (ics::uid): unsafe characters percent-encoded as UTF-8."""
    out = []
    for c in s:
        control = (ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F)
        if control or (c.isspace() and c != " ") or c in ",;\\%+@":
            out.append("".join(f"%{b:02X}" for b in c.encode("utf-8")))
        else:
            out.append(c)
    return "".join(out)


def text_as_written(s):
    """A TEXT value as the file can carry it: line breaks as LF, other controls but HTAB gone."""
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in s if c in "\t\n" or not (ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F))


# ---- Reader 1: RFC 5545 with dateutil ----

def content_lines(text, problems):
    if not text.endswith("\r\n"):
        problems.append("the file does not end in CRLF")
    lines = []
    for raw in text[:-2].split("\r\n"):
        if "\r" in raw or "\n" in raw:
            problems.append(f"a bare CR or LF in {raw!r}")
        if len(raw.encode("utf-8")) > 75:
            problems.append(f"a line longer than 75 octets: {raw!r}")
        if raw.startswith((" ", "\t")):
            lines[-1] += raw[1:]
        else:
            lines.append(raw)
    out = []
    for line in lines:
        quoted, at = False, None
        for i, c in enumerate(line):
            if c == '"':
                quoted = not quoted
            elif c == ":" and not quoted:
                at = i
                break
        if at is None:
            problems.append(f"not a content line: {line!r}")
            continue
        head, value = line[:at], line[at + 1:]
        name, *params = head.split(";")
        out.append((name.upper(), dict(p.split("=", 1) for p in params), value))
    return out


def parse_naive(v):
    return datetime.strptime(v, "%Y%m%dT%H%M%S")


class FileZone:
    """A zone as the file's VTIMEZONE defines it, parsed by dateutil's tzical: its observances'
    onsets (wall times on the clock before the switch, expanded by dateutil's rrule) become
    (UTC instant, offset before, offset after)."""

    def __init__(self, vtz):
        self.switches = []
        for comp in vtz._comps:
            for i, onset in enumerate(comp.rrule):
                if i > 10000:
                    break
                at = (onset - comp.tzoffsetfrom).replace(tzinfo=UTC)
                self.switches.append((at, comp.tzoffsetfrom, comp.tzoffsetto))
        self.switches.sort(key=lambda x: x[0])
        self.offsets = {o for _, a, b in self.switches for o in (a, b)}

    def offset_at(self, instant):
        current = self.switches[0][1] if self.switches else timedelta(0)
        for at, _, after in self.switches:
            if at > instant:
                break
            current = after
        return current

    def resolve(self, naive):
        """RFC 5545 §3.3.5: a wall time that exists once is that instant; a repeated one is its
        first occurrence; one in a gap is read with the offset before the gap."""
        found = sorted(naive.replace(tzinfo=UTC) - o for o in self.offsets
                       if self.offset_at(naive.replace(tzinfo=UTC) - o) == o)
        if found:
            return found[0]
        for at, before, after in self.switches:
            if (at + before).replace(tzinfo=None) <= naive < (at + after).replace(tzinfo=None):
                return naive.replace(tzinfo=UTC) - before
        raise ValueError(f"{naive} has no reading")


class RfcReader:
    """Expands a file as RFC 5545 says, with the file's VTIMEZONEs (dateutil's tzical) and
    dateutil's rrule."""

    def __init__(self, text, problems):
        self.problems = problems
        blocks = re.findall(r"BEGIN:VTIMEZONE\r\n.*?END:VTIMEZONE\r\n", text, re.S)
        self.zones = {}
        if blocks:
            ical = dtz.tzical(io.StringIO("".join(blocks).replace("\r\n", "\n")))
            self.zones = {k: FileZone(ical.get(k)) for k in ical.keys()}
        self.lines = content_lines(text, problems)

    def resolve(self, value, params):
        """A DATE-TIME value as a UTC datetime (RFC 5545 §3.3.5)."""
        if value.endswith("Z"):
            return parse_naive(value[:-1]).replace(tzinfo=UTC)
        tzid = params.get("TZID")
        naive = parse_naive(value)
        if tzid is None:
            self.problems.append(f"a floating time {value}")
            return naive.replace(tzinfo=UTC)
        zone = self.zones.get(tzid)
        if zone is None:
            self.problems.append(f"TZID {tzid} has no VTIMEZONE")
            return naive.replace(tzinfo=zoneinfo.ZoneInfo(tzid), fold=0).astimezone(UTC)
        got = zone.resolve(naive)
        # The file's zone data must say what the time zone database says (zoneinfo reads a gap
        # with the offset before it and a repeated time as its first occurrence, as RFC 5545).
        tzdb = naive.replace(tzinfo=zoneinfo.ZoneInfo(tzid), fold=0).astimezone(UTC)
        if got != tzdb:
            self.problems.append(f"VTIMEZONE {tzid} reads {value} as {got}, tzdb as {tzdb}")
        return got

    def events(self):
        stack, events, current = [], [], None
        for name, params, value in self.lines:
            if name == "BEGIN":
                stack.append(value)
                if value == "VEVENT":
                    current = []
                    events.append(current)
            elif name == "END":
                if not stack or stack.pop() != value:
                    self.problems.append(f"END:{value} closes nothing")
                if value == "VEVENT":
                    current = None
            elif current is not None and stack[-1] == "VEVENT":
                current.append((name, params, value))
        if stack:
            self.problems.append("unclosed components")
        return events

    def instances(self):
        out, overrides, masters = [], {}, []
        for props in self.events():
            names = [p[0] for p in props]
            extra = set(names) - EVENT_PROPERTIES
            if extra:
                self.problems.append(f"unexpected properties {sorted(extra)} (injected?)")
            for once in ("UID", "DTSTART", "SUMMARY"):
                if names.count(once) != 1:
                    self.problems.append(f"{names.count(once)} {once} in one VEVENT")
            get = {p[0]: p for p in props}
            if "UID" not in get or "DTSTART" not in get:
                continue
            uid = unescape(get["UID"][2])
            summary = unescape(get["SUMMARY"][2]) if "SUMMARY" in get else ""
            _, sp, sv = get["DTSTART"]
            start = self.resolve(sv, sp)
            if "DTEND" in get:
                length = self.resolve(get["DTEND"][2], get["DTEND"][1]) - start
                if length <= timedelta(0):
                    self.problems.append(f"{uid}: DTEND not after DTSTART")
                nominal = None
            else:
                length, nominal = duration(get["DURATION"][2])
                if length + nominal <= timedelta(0):
                    self.problems.append(f"{uid}: DURATION not positive")
            event = dict(uid=uid, summary=summary, start=start, sv=sv, sp=sp, length=length,
                         nominal=nominal, props=props, get=get)
            if "RECURRENCE-ID" in get:
                _, rp, rv = get["RECURRENCE-ID"]
                overrides[(uid, self.resolve(rv, rp))] = event
                out.append(self.instance(event, start, sv, sp))
            else:
                masters.append(event)
        generated = set()
        for m in masters:
            starts = [(m["start"], m["sv"])]
            if "RRULE" in m["get"]:
                starts = self.expand(m)
            for start, wall_value in starts:
                generated.add((m["uid"], start))
                if (m["uid"], start) not in overrides:
                    out.append(self.instance(m, start, wall_value, m["sp"]))
        for key in overrides:
            if key not in generated:
                self.problems.append(f"RECURRENCE-ID {key} replaces no instance")
        return out

    def instance(self, event, start, wall_value, params):
        end = start + event["length"]
        if event.get("nominal"):
            # Nominal days (§3.3.6): on the wall clock of the start's zone, then exact time.
            local = parse_naive(wall_value.rstrip("Z")) + event["nominal"]
            base = self.resolve(local.strftime("%Y%m%dT%H%M%S") + ("Z" if wall_value.endswith("Z") else ""), params)
            end = base + event["length"]
        return (event["uid"], start, end, event["summary"])

    def expand(self, m):
        parts = dict(p.split("=", 1) for p in m["get"]["RRULE"][2].split(";"))
        until = None
        if "UNTIL" in parts:
            u = parts.pop("UNTIL")
            if not u.endswith("Z") and "TZID" in m["sp"]:
                self.problems.append("UNTIL not in UTC for a DTSTART with TZID (§3.3.10)")
            until = self.resolve(u, m["sp"]) if "T" in u else None
        rule = drrule.rrulestr("RRULE:" + ";".join(f"{k}={v}" for k, v in parts.items()),
                               dtstart=parse_naive(m["sv"].rstrip("Z")))
        excluded = set()
        for name, params, value in m["props"]:
            if name == "EXDATE":
                excluded.update(self.resolve(v, params) for v in value.split(","))
        out = []
        bound = until.replace(tzinfo=None) + timedelta(days=2) if until else None
        for i, w in enumerate(rule):
            if bound and w > bound or i > 5000:
                break
            v = w.strftime("%Y%m%dT%H%M%S") + ("Z" if m["sv"].endswith("Z") else "")
            start = self.resolve(v, m["sp"])
            if until and start > until:
                continue
            if start not in excluded:
                out.append((start, v))
        return out


def unescape(v):
    out, i = [], 0
    while i < len(v):
        c = v[i]
        if c == "\\" and i + 1 < len(v):
            n = v[i + 1]
            out.append("\n" if n in "nN" else n)
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def duration(v):
    """(exact part, nominal days) of an RFC 5545 duration."""
    m = re.fullmatch(r"([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?", v)
    if not m:
        raise ValueError(f"bad DURATION {v}")
    sign = -1 if m.group(1) == "-" else 1
    w, d, h, mi, s = (int(x or 0) for x in m.groups()[1:])
    return sign * timedelta(hours=h, minutes=mi, seconds=s), sign * timedelta(days=7 * w + d)


# ---- One case ----

def meridian(*args, binary=None):
    return subprocess.run([binary or MERIDIAN, *args], capture_output=True)


def export_case(doc, directory, name):
    """Writes the schedule, returns (occurrences, path of the .ics) or raises with the reason."""
    path = os.path.join(directory, name + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False)
    occ = meridian("occurrences", path, "--json")
    if occ.returncode != 0:
        raise RuntimeError("the engine refused the generated schedule: " + occ.stderr.decode())
    ics = meridian("ics", path, "--stamp", STAMP)
    if ics.returncode != 0:
        raise RuntimeError("meridian ics failed: " + ics.stderr.decode())
    out = os.path.join(directory, name + ".ics")
    with open(out, "wb") as f:
        f.write(ics.stdout)
    return json.loads(occ.stdout), out


def session_of(uid, doc):
    if not uid.endswith("@meridian"):
        return None
    head = uid[: -len("@meridian")].split("+")[0]
    for s in doc["sessions"]:
        if head == f"{uid_part(s['id'])}.{uid_part(doc['id'])}":
            return s
    return None


def compare(doc, occurrences, instances, reader):
    """Mismatches between the engine's occurrences and a reader's instances."""
    problems = []
    want = {}
    for o in occurrences:
        want.setdefault(o["session"], []).append(
            (datetime.fromisoformat(o["start"].replace("Z", "+00:00")),
             datetime.fromisoformat(o["end"].replace("Z", "+00:00"))))
    got = {}
    for uid, start, end, summary in instances:
        s = session_of(uid, doc)
        if s is None:
            problems.append(f"{reader}: UID {uid!r} is no session's")
            continue
        if summary != text_as_written(s["title"]):
            problems.append(f"{reader}: SUMMARY {summary!r} for title {s['title']!r}")
        got.setdefault(s["id"], []).append((start, end))
    bad_instances = 0
    for sid in set(want) | set(got):
        w, g = sorted(want.get(sid, [])), sorted(got.get(sid, []))
        if w != g:
            missing = [x for x in w if x not in g]
            extra = [x for x in g if x not in w]
            bad_instances += max(len(missing), len(extra))
            fmt = lambda xs: ", ".join(f"{a:%Y-%m-%d %H:%M}Z–{b:%Y-%m-%d %H:%M}Z" for a, b in xs[:4])
            problems.append(f"{reader}: session {sid!r}: engine has {len(w)}, reader {len(g)}; "
                            f"missing [{fmt(missing)}] extra [{fmt(extra)}]")
    return problems, bad_instances


def read_icaljs(paths):
    out = {}
    for i in range(0, len(paths), 200):
        batch = paths[i:i + 200]
        r = subprocess.run(["node", ICALJS_READER, *batch], capture_output=True, cwd=ROOT)
        if r.returncode != 0:
            raise RuntimeError("the ical.js reader failed: " + r.stderr.decode())
        out.update(json.loads(r.stdout))
    return out


def run(count, seed, only=None, log=print):
    """Runs `count` generated cases of `seed` (or only case `only`). Returns a report dict."""
    started = time.monotonic()
    cases = range(count) if only is None else [only]
    failures, instances_total, icaljs_deviations, files = [], 0, 0, {}
    with tempfile.TemporaryDirectory() as tmp:
        docs = {}
        for i in cases:
            rng = random.Random(f"{seed}:{i}")
            doc = generate(rng)
            docs[i] = doc
            try:
                occurrences, path = export_case(doc, tmp, f"case{i}")
            except RuntimeError as e:
                failures.append((i, [str(e)]))
                continue
            files[i] = (occurrences, path)
        icaljs = read_icaljs([p for _, p in files.values()])
        for i, (occurrences, path) in files.items():
            doc = docs[i]
            problems = []
            with open(path, "rb") as f:
                raw = f.read()
            text = raw.decode("utf-8")
            instances_total += len(occurrences)
            # Reader 1: RFC 5545 with dateutil.
            try:
                reader = RfcReader(text, problems)
                rfc = reader.instances()
            except Exception as e:  # a crash is a finding too
                problems.append(f"dateutil reader: {type(e).__name__}: {e}")
                rfc = []
            p, _ = compare(doc, occurrences, [(u, s, e, t) for u, s, e, t in rfc], "dateutil")
            problems += p
            # Python's icalendar parses it and finds every event. (Not its titles: icalendar
            # 6.3 reads `\\n`, an escaped backslash and an n, as a line break.)
            try:
                cal = icalendar.Calendar.from_ical(raw)
                if len(cal.walk("VEVENT")) != text.count("BEGIN:VEVENT\r\n"):
                    problems.append("icalendar: events lost")
            except Exception as e:
                problems.append(f"icalendar: {type(e).__name__}: {e}")
            # Reader 2: stock ical.js.
            js = icaljs.get(path, {"error": "no answer"})
            if "error" in js:
                problems.append("ical.js: " + js["error"].splitlines()[0])
            else:
                got = [(x["uid"], datetime.fromtimestamp(x["start"], UTC),
                        datetime.fromtimestamp(x["end"], UTC), x["summary"]) for x in js["instances"]]
                p, bad = compare(doc, occurrences, got, "ical.js")
                icaljs_deviations += bad
                problems += p
            if problems:
                failures.append((i, problems))
        for i, problems in failures:
            log(f"FAILED: seed {seed}, case {i} (rerun: python tests/python/ics_differential.py "
                f"--seed {seed} --case {i})")
            for p in problems[:12]:
                log("  " + p)
            log("  schedule: " + json.dumps(docs.get(i), ensure_ascii=False))
    return {
        "cases": len(cases), "failed": len(failures), "instances": instances_total,
        "icaljs_deviations": icaljs_deviations, "seconds": round(time.monotonic() - started, 1),
        "seed": seed,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--seed", type=int, default=20261124)
    ap.add_argument("--case", type=int)
    a = ap.parse_args()
    report = run(a.count, a.seed, a.case)
    print(f"ics differential: {report['cases']} schedules, {report['instances']} instances, "
          f"seed {report['seed']}: {report['failed']} failed; stock ical.js read "
          f"{report['icaljs_deviations']} instances differently; {report['seconds']} s")
    sys.exit(1 if report["failed"] else 0)


if __name__ == "__main__":
    main()
