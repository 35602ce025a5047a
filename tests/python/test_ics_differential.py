"""`meridian ics` on generated schedules, read by two independent readers (RFC 5545 with dateutil,
and stock ical.js): every instance at the engine's instants. See ics_differential.py; `make
fuzz-ics COUNT=5000` runs the long version. ICS_FUZZ_COUNT and ICS_FUZZ_SEED override the
count and the seed here."""

import os

import ics_differential

COUNT = int(os.environ.get("ICS_FUZZ_COUNT", "300"))
SEED = int(os.environ.get("ICS_FUZZ_SEED", "20261124"))


def test_generated_schedules_read_the_same_in_two_independent_readers():
    log = []
    report = ics_differential.run(COUNT, SEED, log=log.append)
    print(f"\n{report}")
    assert report["failed"] == 0, "\n".join(log[:300])
    # Stock ical.js reads every instance as the engine does: the export avoids its deviations.
    assert report["icaljs_deviations"] == 0, "\n".join(log[:300])
    assert report["instances"] > 20 * COUNT  # the generator makes real series, not empty files
