// Runs in headless Chromium (bench/run.js): Meridian's engine compiled to wasm, then a baseline
// written the way a JavaScript app usually does it (Luxon expands each series, then every pair
// of occurrences is compared), on the same generated schedules.
import init, { run, run_overlap, schedule_json } from '/target/bench-web/meridian_bench.js';
import { DateTime } from '/node_modules/luxon/build/es6/luxon.mjs';

function baseline(schedule) {
  const t0 = performance.now();
  const zoneOf = new Map(schedule.campuses.map((c) => [c.id, c.zone]));
  const occ = [];
  for (const s of schedule.sessions) {
    const zone = s.zone || zoneOf.get(s.host);
    const first = DateTime.fromISO(s.start, { zone });
    const count = s.repeat ? s.repeat.count : 1;
    const resources = [
      ...s.cohorts.map((c) => 'cohort:' + c),
      ...(s.lecturer ? ['lecturer:' + s.lecturer] : []),
      ...(s.rooms || []).map((r) => 'room:' + r),
    ];
    for (let k = 0; k < count; k++) {
      const start = first.plus({ weeks: k });
      const end = start.plus({ minutes: s.duration_minutes });
      occ.push({ start: start.toMillis(), end: end.toMillis(), resources });
    }
  }
  const t1 = performance.now();
  let clashes = 0;
  for (let i = 0; i < occ.length; i++) {
    const a = occ[i];
    for (let j = i + 1; j < occ.length; j++) {
      const b = occ[j];
      if (a.start < b.end && b.start < a.end) {
        for (const r of a.resources) if (b.resources.includes(r)) clashes++;
      }
    }
  }
  return { total_ms: performance.now() - t0, expand_ms: t1 - t0, clashes, occurrences: occ.length };
}

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  await init();
  // Warm-up, discarded: Chromium compiles hot wasm functions with its optimising tier lazily.
  run(20, 500, 15, 15);
  const results = [];
  for (const [campuses, series, weeks, runs, baselineRuns] of [[20, 500, 15, 51, 3], [20, 3334, 15, 11, 1]]) {
    const engine = JSON.parse(run(campuses, series, weeks, runs));
    const schedule = JSON.parse(schedule_json(campuses, series, weeks));
    const base = [];
    for (let k = 0; k < baselineRuns; k++) base.push(baseline(schedule));
    results.push({
      campuses, series, weeks,
      engine,
      baseline: {
        total_ms: median(base.map((b) => b.total_ms)),
        expand_ms: median(base.map((b) => b.expand_ms)),
        clashes: base[0].clashes,
        occurrences: base[0].occurrences,
        runs: baselineRuns,
      },
    });
  }
  // Issue 20: the overlap map and the rotation search (warmed up inside, medians of 11 runs).
  window.__overlap = JSON.parse(run_overlap(11));
  window.__results = results;
  document.getElementById('out').textContent = JSON.stringify(results, null, 2);
}

main().catch((e) => { window.__results = { error: String(e) }; });
