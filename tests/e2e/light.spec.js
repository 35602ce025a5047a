// Issue 19: the timetable's own light page (timetable.html) for students' links, offline after
// one visit, and locked down by a Content-Security-Policy.
// The served app (playwright.config.js: E2E_PORT, else 8081).
const BASE = `http://127.0.0.1:${process.env.E2E_PORT || '8081'}/`;
const { test, expect } = require('@playwright/test');
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const meridian = (...args) => execFileSync(path.resolve('target/debug/meridian'), args, { encoding: 'utf8' });
const shot = (page, name) =>
  page.screenshot({ path: `tests/e2e/screenshots/${name}-${test.info().project.name}.png`, fullPage: false });
const FIXED = new Date('2026-10-20T12:00:00Z'); // Tue 20 Oct 2026, 08:00 in Toronto
const viewLink = (base) =>
  meridian('link', 'encode', 'examples/enhance-autumn-2026.json', '--view', '--campus', 'tub', '--base', base).trim();
const timetable = (page) => page.getByRole('main', { name: 'My timetable' });

test('the share dialog\'s link for students opens the timetable page', async ({ page }) => {
  await page.clock.setFixedTime(FIXED);
  await page.goto('/');
  await page.getByRole('button', { name: 'Share' }).click();
  const view = await page.getByRole('textbox', { name: 'Link for students' }).inputValue();
  expect(view.startsWith(`${BASE}timetable.html#`)).toBe(true);
  await page.goto(view);
  await expect(timetable(page)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Shared schedule' })).toContainText('Read-only timetable');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sustainable Energy Systems — autumn 2026');
  // None of the planner: no Share button, no week grid editing.
  await expect(page.getByRole('button', { name: 'Share' })).toHaveCount(0);
  await shot(page, 'timetable-page');
});

test('an old students\' link on the planner page and an edit link on the timetable page each go to their page', async ({ page }) => {
  await page.clock.setFixedTime(FIXED);
  const old = viewLink(BASE);
  await page.goto(old);
  await expect(page).toHaveURL(/\/timetable\.html#s/);
  await expect(timetable(page)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Shared schedule' })).toContainText('Read-only timetable for TU Berlin');

  const edit = meridian('link', 'encode', 'examples/enhance-autumn-2026.json', '--base', `${BASE}timetable.html`).trim();
  await page.goto(edit);
  await expect(page).toHaveURL(/\/index\.html#s/);
  await expect(page.getByRole('region', { name: 'Shared schedule' })).toContainText('Shared copy');
});

test('the timetable page\'s title is a heading, not a poster: two lines at most on a phone, one on a desktop', async ({ page }) => {
  // It was drawn in the browser's 2em for a bare h1: three lines of the schedule's name above a
  // student's next session on a 390 px phone.
  await page.clock.setFixedTime(FIXED);
  await page.goto(viewLink(`${BASE}timetable.html`));
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveText('Sustainable Energy Systems — autumn 2026');
  // Lines as drawn: the distinct tops of the text's boxes.
  const lines = await title.evaluate((h) => {
    const range = document.createRange();
    range.selectNodeContents(h);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });
  expect(lines).toBeLessThanOrEqual(test.info().project.name === 'phone' ? 2 : 1);
  await expect(page.locator('.next-session')).toBeInViewport();
});

test('while the wasm loads, the timetable page says so (not a blank screen)', async ({ page }) => {
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto(viewLink(`${BASE}timetable.html`));
  await expect(page.getByText('Opening the timetable…')).toBeVisible();
  await shot(page, 'timetable-loading');
  release();
  await expect(timetable(page)).toBeVisible();
  await expect(page.getByText('Opening the timetable…')).toHaveCount(0);
});

test('after one visit, the planner and a students\' link open offline, and the calendar file downloads', async ({ page, context }) => {
  await page.clock.setFixedTime(FIXED);
  const link = viewLink(`${BASE}timetable.html`);
  await page.goto(link);
  await expect(timetable(page)).toBeVisible();
  // The service worker has cached both pages' files (every one, or none: cache.addAll).
  await page.evaluate(() => navigator.serviceWorker.ready);
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names.find((n) => n.startsWith('meridian-')));
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  expect(cached).toEqual(expect.arrayContaining(['/index.html', '/timetable.html', '/sw-register.js']));
  expect(cached.filter((p) => p.endsWith('.wasm')).length).toBe(2);
  // Every language's catalogue for both pages too: a language chosen offline still speaks.
  expect(cached).toEqual(expect.arrayContaining(['/locales/en.ftl', '/locales/pl.ftl',
    '/locales/timetable/en.ftl', '/locales/timetable/zh-Hans.ftl']));

  await context.setOffline(true);
  await page.reload();
  await expect(timetable(page)).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add to my calendar (.ics)' }).click(),
  ]);
  const ics = fs.readFileSync(await download.path(), 'utf8');
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics).toContain('Energy systems');
  // In another language offline: its cut of the catalogue comes from the cache as well.
  await page.goto(link.replace('#', '?lang=pl#'));
  await expect(page.getByRole('main', { name: 'Mój plan zajęć' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Dodaj do mojego kalendarza (.ics)' })).toBeVisible();

  // Without a link, the timetable page opens the last timetable opened here.
  await page.goto(`${BASE}timetable.html`);
  await expect(timetable(page)).toBeVisible();
  await page.goto(BASE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sustainable Energy Systems — autumn 2026');
  await expect(page.getByRole('main', { name: 'Week grid' })).toBeVisible();
  expect(await page.locator('.block').count()).toBeGreaterThan(3);
  await context.setOffline(false);
});

test('both pages carry the policy: an injected script does not run, and no request leaves the origin', async ({ page }) => {
  await page.clock.setFixedTime(FIXED);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  // A schedule whose title is markup with an inline handler: the app writes it as text; if a
  // bug ever wrote it as markup, the browser itself refuses to run it.
  const hostile = JSON.parse(fs.readFileSync('examples/enhance-autumn-2026.json', 'utf8'));
  hostile.name = '<img src=x onerror="window.__ran=1"><script>window.__ran=2</script>';
  const file = path.join(test.info().outputDir, 'hostile.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(hostile));
  for (const base of [`${BASE}timetable.html`, `${BASE}index.html`]) {
    const link = meridian('link', 'encode', file, ...(base.endsWith('timetable.html') ? ['--view'] : []), '--base', base).trim();
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostile.name);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
    expect(csp).toContain("connect-src 'self'");
    const outcome = await page.evaluate(async (title) => {
      const violations = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
      const heading = document.querySelector('h1');
      heading.innerHTML = title; // what an escaping bug would do
      const s = document.createElement('script');
      s.textContent = 'window.__ran = 3';
      document.body.append(s);
      await new Promise((ok) => setTimeout(ok, 300));
      return { ran: window.__ran, violations };
    }, hostile.name);
    expect(outcome.ran).toBeUndefined();
    expect(outcome.violations).toContain('script-src-elem');
  }
  const origin = new URL(BASE).origin;
  expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
});

test('the planner asks to keep its storage, says so, and reminds to back up a changed schedule', async ({ page, context }) => {
  await page.clock.setFixedTime(FIXED);
  // The browser's answer is the browser's; what the app must do is ask, and say the answer.
  await page.addInitScript(() => {
    window.__persistAsked = 0;
    const storage = navigator.storage;
    storage.persist = async () => { window.__persistAsked += 1; window.__persisted = true; return true; };
    storage.persisted = async () => window.__persisted === true;
  });
  const link = meridian('link', 'encode', 'examples/gma-spring-2027.json', '--base', BASE).trim();
  await page.goto(link);
  await page.getByRole('region', { name: 'Shared schedule' }).getByRole('button', { name: 'Save to my schedules' }).click();
  await expect(page.getByLabel('Schedule')).toHaveValue('saved:demo-gma-spring-2027');
  expect(await page.evaluate(() => window.__persistAsked)).toBeGreaterThan(0);

  const openMine = async () => {
    await page.locator('summary', { hasText: 'File' }).click();
    await page.getByRole('button', { name: 'My schedules…' }).click();
    return page.getByRole('dialog', { name: 'My schedules' });
  };
  let mine = await openMine();
  await expect(mine).toContainText("Kept in this browser's storage on this device only.");
  await expect(mine).toContainText('The browser has agreed to keep it');
  await expect(mine.locator('.backup-reminder')).toContainText('“Learning Analytics — spring 2027” has changed since you last exported or shared it.');
  await shot(page, 'my-schedules-backup');
  await page.keyboard.press('Escape');

  // Exported: the reminder goes.
  await page.locator('summary', { hasText: 'File' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export file' }).click()]);
  expect(await download.path()).toBeTruthy();
  mine = await openMine();
  await expect(mine).toBeVisible();
  await expect(mine.locator('.backup-reminder')).toHaveCount(0);
});

/** Message `id` of German as Mozilla's Fluent says it (the update bar's words come from the catalogues). */
function german(id) {
  const { FluentBundle, FluentResource } = require('@fluent/bundle');
  const bundle = new FluentBundle('de', { useIsolating: false });
  bundle.addResource(new FluentResource(fs.readFileSync('locales/de.ftl', 'utf8')));
  return bundle.formatPattern(bundle.getMessage(id).value);
}

/** Opens a students' link, puts a new release in place (a worker with another release name, the
 * same files), and checks the page says so with `ready` and switches when `reload` is pressed;
 * `shots(page)` takes the screenshots while the bar is up; `main(page)` is the timetable. */
async function newRelease(page, ready, reload, shots, main = timetable) {
  const sw = path.join('dist', 'sw.js');
  const original = fs.readFileSync(sw, 'utf8');
  const { atime, mtime } = fs.statSync(sw);
  const gz = `${sw}.gz`;
  const originalGz = fs.existsSync(gz) ? fs.readFileSync(gz) : null;
  try {
    await page.clock.setFixedTime(FIXED);
    await page.goto(viewLink(`${BASE}timetable.html`));
    await expect(main(page)).toBeVisible();
    await page.evaluate(() => navigator.serviceWorker.ready);
    const before = await page.evaluate(() => caches.keys());
    expect(before).toHaveLength(1);

    // A new release: a worker with another release name (the file list is the same).
    fs.writeFileSync(sw, original.replace(/const RELEASE = "[^"]*";/, 'const RELEASE = "next-release";'));
    // The server answers the browser's check with 304 when the file's time, in whole seconds, is
    // not after the one it sent: a release written within a second of the last one would go
    // unseen (the German run after the English one did, in CI). A release is later than that.
    const later = new Date(Math.max(Date.now(), mtime.getTime()) + 5_000);
    fs.utimesSync(sw, later, later);
    if (originalGz) fs.rmSync(gz);
    await page.reload();
    await expect(main(page)).toBeVisible();
    const bar = page.getByRole('status').filter({ hasText: ready });
    await expect(bar).toBeVisible({ timeout: 15_000 });
    // Until the reader chooses, the old release still serves the page, and its cache stays.
    expect(await page.evaluate(() => caches.keys())).toEqual(expect.arrayContaining(before));
    await shots(page);
    await bar.getByRole('button', { name: reload }).click();
    await expect(main(page)).toBeVisible();
    // The click reloads the page: a look at the caches during that navigation is retried.
    const cacheNames = async () => {
      try {
        return await page.evaluate(() => caches.keys());
      } catch {
        return null;
      }
    };
    // The new release drops the old cache as it takes over, while the page reloads; on a loaded
    // machine (CI's two cores) that took longer than the poll's default 5 s.
    await expect.poll(cacheNames, { timeout: 20_000 }).toEqual(['meridian-next-release']);
    await expect(page.getByText(ready)).toHaveCount(0);
  } finally {
    fs.writeFileSync(sw, original);
    fs.utimesSync(sw, atime, mtime); // the build's own time, so the next test's check sees a change
    if (originalGz) fs.writeFileSync(gz, originalGz);
  }
}

test('a new release replaces the old one whole, after the page says it is ready', async ({ page }) => {
  test.skip(test.info().project.name !== 'desktop', 'one run is enough: it rewrites dist/sw.js while it runs');
  await newRelease(page, 'A newer version of Meridian is ready.', 'Reload to use it', (p) => shot(p, 'release-ready'));
});

test.describe('a reader whose browser speaks German', () => {
  test.use({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });

  test('is told of a new release in German, by the app\'s catalogue', async ({ page }) => {
    test.skip(test.info().project.name !== 'desktop', 'one run is enough: it rewrites dist/sw.js while it runs; both sizes are shot here');
    await newRelease(page, german('banner-release-ready'), german('banner-release-reload'), async (p) => {
      await expect(p.locator('html')).toHaveAttribute('lang', 'de');
      await expect(p.getByText('A newer version')).toHaveCount(0);
      await p.screenshot({ path: 'tests/e2e/screenshots/release-ready-de-desktop.png' });
      await p.setViewportSize({ width: 390, height: 844 });
      await p.screenshot({ path: 'tests/e2e/screenshots/release-ready-de-phone.png' });
      await p.setViewportSize({ width: 1280, height: 800 });
    }, (p) => p.getByRole('main', { name: german('timetable-label') }));
  });
});
