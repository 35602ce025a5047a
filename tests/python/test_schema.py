"""docs/schedule.schema.json describes what Meridian reads: every example validates, and
documents Meridian refuses for their shape are refused by the schema too."""

import copy
import glob
import json

import jsonschema

SCHEMA = json.load(open("docs/schedule.schema.json"))
EXAMPLES = sorted(glob.glob("examples/*.json"))


def validator():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    return jsonschema.Draft202012Validator(SCHEMA)


def test_every_example_matches_the_schema():
    assert len(EXAMPLES) >= 2
    v = validator()
    for path in EXAMPLES:
        errors = [e.message for e in v.iter_errors(json.load(open(path)))]
        assert errors == [], path


def test_the_schema_refuses_what_meridian_refuses():
    base = json.load(open(EXAMPLES[0]))
    v = validator()
    broken = []
    for mutate in (
        lambda d: d.update(format="meridian/9"),
        lambda d: d["sessions"][0].update(cohort=["x"]),
        lambda d: d["sessions"][0].update(duration_minutes=0),
        lambda d: d["sessions"][0].update(start="2026-09-07"),
        lambda d: d["sessions"][0]["repeat"].update(count=3),
        lambda d: d["campuses"][0].update(code="TOOLONG"),
        lambda d: d["campuses"][0]["teaching_hours"].update(sun="9-5"),
        lambda d: d.pop("term"),
        lambda d: d["sessions"][0].update(changes=[{"start": "2026-09-14T11:00"}]),
        lambda d: d["sessions"][0].update(changes=[{"date": "2026-09-14", "time": "11:00"}]),
        lambda d: d["sessions"][0].update(changes=[{"date": "2026-09-14", "duration_minutes": 0}]),
        lambda d: d.update(rules={"min_break_minutes": -5}),
        lambda d: d.update(rules={"min_break": 15}),
    ):
        doc = copy.deepcopy(base)
        mutate(doc)
        broken.append(v.is_valid(doc))
    assert broken == [False] * len(broken)


def test_busy_time_is_described():
    v = validator()
    doc = copy.deepcopy(json.load(open(EXAMPLES[0])))
    block = {"start": "2026-10-27T09:15:00Z", "end": "2026-10-27T11:00:00Z", "title": "Thermodynamics"}
    cohort = doc["cohorts"][0]["id"]
    doc["busy"] = [{"id": "te", "name": "TimeEdit", "cohort": cohort, "blocks": [block]}]
    assert [e.message for e in v.iter_errors(doc)] == []
    two_targets = copy.deepcopy(doc)
    two_targets["busy"][0]["room"] = doc["rooms"][0]["id"]
    assert not v.is_valid(two_targets)
    local_time = copy.deepcopy(doc)
    local_time["busy"][0]["blocks"][0]["start"] = "2026-10-27T10:15"
    assert not v.is_valid(local_time)


def test_a_campus_holiday_calendar_is_described():
    v = validator()
    doc = copy.deepcopy(json.load(open(EXAMPLES[0])))
    campus = doc["campuses"][0]
    campus["region"] = "BE"
    campus["holidays_off"] = ["2026-10-03"]
    campus["periods"] = [
        {"kind": "lecture-free", "name": "Reading week", "start": "2026-11-02", "end": "2026-11-06"},
        {"kind": "exams", "name": "Exams", "start": "2026-12-14", "end": "2026-12-18"},
    ]
    assert [e.message for e in v.iter_errors(doc)] == []
    for mutate in (
        lambda c: c.update(region=""),
        lambda c: c.update(holidays_off="2026-10-03"),
        lambda c: c["periods"][0].update(kind="holiday"),
        lambda c: c["periods"][0].pop("end"),
    ):
        broken = copy.deepcopy(doc)
        mutate(broken["campuses"][0])
        assert not v.is_valid(broken)
