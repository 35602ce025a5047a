// `make bench`, app part: opens the 7,500-occurrence benchmark schedule in the release build
// (dist/) in Debian's Chromium, drags a session through 5-minute snapping steps, and reports
// what the app recorded with performance.measure: the re-check of each drag step
// ("meridian:drag-recheck": the dragged session re-checked on a copy of the conflict index,
// its conflicts worded, and the local times of the dragged week) and the full check after the
// schedule opened ("meridian:check"), with the frame intervals seen during the drag; then
// "Best times" for a new series of all 20 campuses: the overlap map ("meridian:overlap-map")
// and, as no start suits all of them, the rotation search ("meridian:rotation").
const path = require('path');
const { execFileSync } = require('child_process');
const { withChromium } = require('./browser');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};
const fmt = (x) => x.toFixed(2);

withChromium(path.resolve(__dirname, '..', 'dist'), 8094, async (browser, base) => {
  const schedule = execFileSync('target/release/meridian-bench-schedule', ['20', '500', '15']);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, timezoneId: 'Europe/Berlin' });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  // No fake clock: Playwright's replaces performance.now and drops performance.measure.
  await page.goto(`${base}/?tz=Europe/Berlin`);
  await page.getByLabel('Open file').setInputFiles({ name: 'bench.json', mimeType: 'application/json', buffer: schedule });
  await page.getByRole('region', { name: 'Shared schedule' }).waitFor();
  await page.getByRole('combobox', { name: 'Week' }).selectOption('2026-04-13');
  await page.getByRole('combobox', { name: 'Snap to' }).selectOption('5');
  const blocks = await page.locator('.block.draggable').count();
  const block = page.locator('.block.draggable').first();
  await block.scrollIntoViewIfNeeded();
  const box = await block.boundingBox();
  const [x, y] = [box.x + box.width / 2, box.y + 6];
  await page.evaluate(() => {
    performance.clearMeasures('meridian:drag-recheck');
    window.__frames = [];
    const tick = (t) => {
      window.__frames.push(t);
      if (!window.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const steps = 60;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) await page.mouse.move(x, y + i * 4.5);
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  const r = await page.evaluate(() => {
    window.__stop = true;
    const f = window.__frames;
    return {
      recheck: performance.getEntriesByName('meridian:drag-recheck').map((e) => e.duration),
      check: performance.getEntriesByName('meridian:check').map((e) => e.duration),
      frames: f.slice(1).map((t, i) => t - f[i]),
    };
  });
  await page.mouse.up();
  const cancel = page.getByRole('button', { name: 'Cancel' });
  if (await cancel.isVisible()) await cancel.click();
  await page.evaluate(() => {
    performance.clearMeasures('meridian:overlap-map');
    performance.clearMeasures('meridian:rotation');
  });
  await page.getByRole('button', { name: 'New session' }).click();
  await page.getByRole('dialog', { name: 'New session' }).getByRole('button', { name: 'Best times' }).click();
  await page.getByRole('complementary', { name: 'Best times' }).waitFor();
  await page.waitForFunction(() => performance.getEntriesByName('meridian:overlap-map').length > 0);
  const campuses = await page.getByRole('complementary', { name: 'Best times' }).getByRole('checkbox', { checked: true }).count();
  const best = await page.evaluate(() => ({
    map: performance.getEntriesByName('meridian:overlap-map').map((e) => e.duration),
    rotation: performance.getEntriesByName('meridian:rotation').map((e) => e.duration),
  }));
  console.log(`app (Chromium ${browser.version()}, release build, 1280×800): 7,500-occurrence schedule, ${blocks} blocks in the shown week`);
  console.log(`  full check when the schedule opened: ${r.check.map(fmt).join(', ')} ms`);
  console.log(
    `  drag re-check: ${r.recheck.length} steps, median ${fmt(median(r.recheck))} ms, slowest ${fmt(Math.max(...r.recheck))} ms (one frame at 60 Hz: 16.7 ms)`,
  );
  console.log(
    `  frames during the drag: ${r.frames.length}, median interval ${fmt(median(r.frames))} ms, longest ${fmt(Math.max(...r.frames))} ms, ${r.frames.filter((f) => f > 17.5).length} longer than one frame`,
  );
  console.log(`  Best times, ${campuses} campuses, 90 min: overlap map ${best.map.map(fmt).join(', ')} ms (goal ≤ 50 ms); rotation search ${best.rotation.length ? best.rotation.map(fmt).join(', ') + ' ms' : 'not run (a start suits everyone)'} (goal ≤ 200 ms)`);
});
