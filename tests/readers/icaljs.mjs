// Reads calendar files with stock ical.js (Mozilla's iCalendar library, the engine of Thunderbird)
// the way a calendar application does, and prints every instance it sees.
//
// Usage: node tests/readers/icaljs.mjs FILE...
// Output (stdout): one JSON object { FILE: { instances: [...] } | { error: "..." } }, where each
// instance is { uid, summary, start, end } with start and end in Unix seconds (UTC), as ical.js
// computes them: the file's own VTIMEZONEs registered by TZID, each series expanded by its
// RRULE and EXDATEs, RECURRENCE-ID overrides put in place of the instances they replace, and the
// end of each instance from ical.js's own getOccurrenceDetails (which adds a DURATION on the wall
// clock). Nothing is corrected: this is what a user of ical.js would see. Note that
// `new ICAL.Event(vevent)` itself relates every RECURRENCE-ID event of the calendar to the
// series, whatever its UID (matching by wall-time string): Meridian's export writes none.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const MAX_INSTANCES = 5000; // per series; a file that needs more is reported as an error

function read(text) {
  ICAL.TimezoneService.reset();
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  }
  const masters = new Map();
  const exceptions = [];
  const singles = [];
  for (const vevent of calendar.getAllSubcomponents("vevent")) {
    const event = new ICAL.Event(vevent);
    if (event.isRecurrenceException()) {
      exceptions.push(event);
    } else if (event.isRecurring()) {
      masters.set(event.uid, event);
    } else {
      singles.push(event);
    }
  }
  for (const exception of exceptions) {
    const master = masters.get(exception.uid);
    if (!master) throw new Error(`RECURRENCE-ID for ${exception.uid} without its series`);
    master.relateException(exception);
  }
  const instances = [];
  const push = (uid, summary, start, end) =>
    instances.push({ uid, summary, start: start.toUnixTime(), end: end.toUnixTime() });
  for (const event of singles) push(event.uid, event.summary, event.startDate, event.endDate);
  for (const event of masters.values()) {
    const iterator = event.iterator();
    let next;
    let count = 0;
    while ((next = iterator.next())) {
      if (++count > MAX_INSTANCES) throw new Error(`${event.uid} has more than ${MAX_INSTANCES} instances`);
      const details = event.getOccurrenceDetails(next);
      push(details.item.uid, details.item.summary, details.startDate, details.endDate);
    }
  }
  return instances;
}

const result = {};
for (const file of process.argv.slice(2)) {
  try {
    result[file] = { instances: read(readFileSync(file, "utf8")) };
  } catch (e) {
    result[file] = { error: String(e && e.stack ? e.stack : e) };
  }
}
process.stdout.write(JSON.stringify(result));
