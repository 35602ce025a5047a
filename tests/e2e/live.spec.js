// The students' page stays true while it stays open, and a link's text cannot make it lie or
// break it: what an outside tester found (report: "Next" never updated; bidi controls made
// "evil" read "live"; a 3,000-character name made the phone page 69,665 px wide).
const { test, expect } = require('@playwright/test');
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const BASE = `http://127.0.0.1:${process.env.E2E_PORT || '8081'}/`;
const meridian = (...args) => execFileSync(path.resolve('target/debug/meridian'), args, { encoding: 'utf8' });
const shot = (page, name) =>
  page.screenshot({ path: `tests/e2e/screenshots/${name}-${test.info().project.name}.png`, fullPage: false });
const ntnuLink = () => meridian('link', 'encode', 'examples/enhance-autumn-2026.json', '--view', '--campus', 'ntnu',
  '--cohort', 'ntnu-msc1', '--base', BASE).trim();

async function osloReader(browser, info) {
  const context = await browser.newContext({
    viewport: info.project.use.viewport, locale: 'en-GB', timezoneId: 'Europe/Oslo',
    isMobile: info.project.use.isMobile, hasTouch: info.project.use.hasTouch,
  });
  return { context, page: await context.newPage() };
}

test('the next session line went stale on an open page: it follows the clock', async ({ browser }, info) => {
  const { context, page } = await osloReader(browser, info);
  await page.clock.install({ time: new Date('2026-10-26T08:50:00Z') }); // Mon 09:50 in Oslo
  await page.goto(ntnuLink());
  const next = page.locator('.next-session');
  await expect(next).toHaveText('Next: Energy systems: joint lecture in 25 min — Mon 26 Oct, 10:15 your time');
  // Ten minutes on, the countdown has moved with the clock.
  await page.clock.runFor('10:00');
  await expect(next).toHaveText('Next: Energy systems: joint lecture in 15 min — Mon 26 Oct, 10:15 your time');
  // At 10:20 the lecture has begun.
  await page.clock.runFor('20:00');
  await expect(next).toHaveText('Next: Energy systems: joint lecture now — Mon 26 Oct, 10:15 your time');
  // Past its end (11:45), the next one; the lecture reads as done in the agenda.
  await page.clock.runFor('02:00:00');
  await expect(next).toHaveText('Next: Midterm exam tomorrow — Tue 27 Oct, 10:00 your time');
  await expect(page.getByRole('region', { name: 'Mon 26 Oct' }).locator('.agenda-item.past')).toContainText('Energy systems');
  await shot(page, 'live-next-after-lecture');
  await context.close();
});

test("the planner's own timetable view follows the clock too", async ({ browser }, info) => {
  const { context, page } = await osloReader(browser, info);
  await page.clock.install({ time: new Date('2026-10-26T08:50:00Z') }); // Mon 09:50 in Oslo
  await page.goto('/?view=timetable');
  await page.getByRole('combobox', { name: 'My campus' }).selectOption({ label: 'NTNU' });
  const next = page.locator('.next-session');
  await expect(next).toHaveText('Next: Energy systems: joint lecture in 25 min — Mon 26 Oct, 10:15 your time');
  await page.clock.runFor('10:00');
  await expect(next).toHaveText('Next: Energy systems: joint lecture in 15 min — Mon 26 Oct, 10:15 your time');
  await context.close();
});

test('a page shown again after a night away reads the new day, and the week follows', async ({ browser }, info) => {
  const { context, page } = await osloReader(browser, info);
  await page.clock.install({ time: new Date('2026-10-25T20:00:00Z') }); // Sun 21:00 in Oslo
  await page.goto(ntnuLink());
  await page.getByRole('button', { name: 'Week' }).click();
  const week = page.getByRole('combobox', { name: 'Week' });
  await expect(week).toHaveValue('2026-10-19');
  await expect(page.locator('.next-session')).toContainText('tomorrow');
  // The phone slept: the clock jumps with no timer run, then the page is shown again.
  await page.clock.setSystemTime(new Date('2026-10-27T07:00:00Z')); // Tue 08:00
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect(week).toHaveValue('2026-10-26');
  await expect(page.locator('.next-session')).not.toContainText('tomorrow');
  // A week the reader picks stays picked when the clock moves on.
  await week.selectOption('2026-11-09');
  await page.clock.setSystemTime(new Date('2026-10-28T07:00:00Z')); // Wed 08:00
  await page.clock.runFor('02:00');
  await expect(week).toHaveValue('2026-11-09');
  await shot(page, 'live-week-picked');
  await context.close();
});

test('a title with bidi overrides read "live": it reads "evil" on both pages', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-10-22T12:00:00Z'));
  // Made by an encoder that kept U+202E … U+202C in the title and U+2067 … U+2069 in the name
  // (what a crafted link carries; Meridian's own reading now takes them out).
  const fragment = fs.readFileSync('tests/e2e/links/bidi-title-view.txt', 'utf8').trim();
  await page.goto(`${BASE}timetable.html#${fragment}`);
  const title = page.locator('.agenda-title').filter({ hasText: 'lecture' }).first();
  await expect(title).toContainText('evil lecture');
  const raw = await title.evaluate((e) => e.textContent);
  expect(raw).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  await expect(page.locator('h1.title')).toHaveText('Autumn term');
  await shot(page, 'live-bidi-timetable');
  // The planner reads links through the same engine door.
  await page.goto(`${BASE}index.html#${fragment}`);
  const text = await page.locator('body').evaluate((b) => b.textContent);
  expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
});

test('a 3,000-character name with no spaces made the page wider than the window', async ({ page }, info) => {
  await page.clock.setFixedTime(new Date('2026-10-22T12:00:00Z'));
  const doc = JSON.parse(fs.readFileSync('examples/enhance-autumn-2026.json', 'utf8'));
  const long = 'A'.repeat(3000);
  doc.name = long;
  doc.sessions[0].title = `B${long}`;
  doc.cohorts.find((c) => c.id === 'ntnu-msc1').name = `C${long}`;
  const file = path.join(os.tmpdir(), `meridian-long-name-${process.pid}.json`);
  fs.writeFileSync(file, JSON.stringify(doc));
  const link = meridian('link', 'encode', file, '--view', '--campus', 'ntnu', '--cohort', 'ntnu-msc1',
    '--base', BASE).trim();
  await page.goto(link);
  await expect(page.locator('.next-session')).toBeVisible();
  const width = info.project.use.viewport.width;
  const scroll = () => page.evaluate(() => document.documentElement.scrollWidth);
  expect(await scroll()).toBeLessThanOrEqual(width);
  await shot(page, 'live-long-name-agenda');
  await page.getByRole('button', { name: 'Week' }).click();
  expect(await scroll()).toBeLessThanOrEqual(width);
  await shot(page, 'live-long-name-week');
  // The planner with the same schedule as an edit link: its conflicts list and header too.
  const edit = meridian('link', 'encode', file, '--base', BASE).trim();
  await page.goto(edit);
  await expect(page.locator('.conflict').first()).toBeVisible();
  expect(await scroll()).toBeLessThanOrEqual(width);
  await shot(page, 'live-long-name-planner');
});
