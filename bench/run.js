// `make bench`, browser part: serves the repository on 127.0.0.1, opens bench/index.html in
// Debian's Chromium through Playwright, and prints the figures with the ratios to the baseline.
const path = require('path');
const { withChromium } = require('./browser');

withChromium(path.resolve(__dirname, '..'), 8093, async (browser, base) => {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  await page.goto(`${base}/bench/index.html`);
  await page.waitForFunction(() => window.__results, null, { timeout: Number(process.env.BENCH_TIMEOUT_MS || 600_000) });
  const results = await page.evaluate(() => window.__results);
  if (results.error) throw new Error(results.error);
  const version = browser.version();
  console.log(`browser (Chromium ${version}, engine as wasm)`);
  for (const r of results) {
    const e = r.engine;
    const b = r.baseline;
    const agree = e.clashes === b.clashes ? 'same double-booked pairs' : `MISMATCH: engine ${e.clashes}, baseline ${b.clashes}`;
    console.log(
      `  ${r.campuses} campuses × ${r.series} series × ${r.weeks} weeks: ${e.occurrences} occurrences, ${e.conflicts} conflicts`,
    );
    console.log(`    Meridian: full check ${e.full_ms.toFixed(2)} ms, incremental re-check ${e.incremental_ms.toFixed(3)} ms (medians of ${e.runs} runs)`);
    console.log(
      `    baseline (Luxon + pairwise): ${b.total_ms.toFixed(1)} ms (expanding ${b.expand_ms.toFixed(1)} ms), ` +
        `${(b.total_ms / e.full_ms).toFixed(0)}× slower than Meridian's full check; ${agree}`,
    );
    if (e.clashes !== b.clashes) process.exitCode = 1;
  }
  const o = await page.evaluate(() => window.__overlap);
  if (o) {
    const rot = ([k, largest, total, exhaustive, compared]) =>
      `${k} slots, at most ${largest} inconvenient sessions for one campus, ${total} in all; ${compared} choices compared${exhaustive ? ', exhaustive' : ', stopped at the limit'}`;
    console.log(`  overlap map, 20 campuses × 15 weeks × ${o.slots} starts (90 min): ${o.map_ms.toFixed(2)} ms (median of 11 runs; goal ≤ 50 ms)`);
    console.log(`  rotation search, GMA five campuses, weekdays, up to 3 slots: ${o.gma_rotation_ms.toFixed(1)} ms (${rot(o.gma_rotation)}; goal ≤ 200 ms)`);
    console.log(`  rotation search, the 20 generated campuses, weekdays, up to 3 slots: ${o.wide_rotation_ms.toFixed(1)} ms (${rot(o.wide_rotation)})`);
  }
});
