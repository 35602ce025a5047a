// A student arrives by a link on a phone: picks their cohort, sees correct local times across a
// switch with a notice saying why, the host's time beside them, skipped weeks, and downloads a
// calendar file that is exactly the CLI's.
// The served app (playwright.config.js: E2E_PORT, else 8081).
const BASE = `http://127.0.0.1:${process.env.E2E_PORT || '8081'}/`;
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const meridian = (...args) => execFileSync(path.resolve('target/debug/meridian'), args, { encoding: 'utf8' });
const shot = (page, name) =>
  page.screenshot({ path: `tests/e2e/screenshots/${name}-${test.info().project.name}.png`, fullPage: false });

// Thu 22 Oct 2026, 12:00 UTC: before Europe (25 Oct) and Toronto (1 Nov) leave summer time.
const BEFORE_SWITCH = new Date('2026-10-22T12:00:00Z');

test('a student opens a view link, picks a cohort, and reads times across a switch', async ({ page }) => {
  await page.clock.setFixedTime(BEFORE_SWITCH);
  const link = meridian('link', 'encode', 'examples/enhance-autumn-2026.json', '--view', '--campus', 'tub',
    '--base', BASE).trim();
  await page.goto(link);
  await expect(page.getByRole('main', { name: 'My timetable' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Shared schedule' })).toContainText('Read-only timetable for TU Berlin');
  await page.getByRole('combobox', { name: 'My cohort' }).selectOption({ label: 'TU Berlin · MSc Energy Engineering, year 1' });

  // The viewer is in Toronto (en-CA, a 12-hour clock). The Berlin lecture at 10:15 is 4:15 a.m.
  // until Europe leaves summer time, then 5:15 a.m., then 4:15 a.m. again after Toronto does.
  const notices = page.getByRole('list', { name: 'Time changes' });
  await expect(notices).toContainText('From Mon 26 Oct, Energy systems: joint lecture starts at 5:15 a.m. instead of 4:15 a.m. (Berlin leaves summer time).');
  await expect(notices).toContainText('From Mon 2 Nov, Energy systems: joint lecture starts at 4:15 a.m. instead of 5:15 a.m. (Toronto leaves summer time).');
  const day = (label) => page.getByRole('region', { name: label });
  await expect(day('Mon 26 Oct').getByRole('listitem').filter({ hasText: 'Energy systems' }))
    .toContainText('5:15–6:45 a.m.');
  await expect(day('Mon 26 Oct').getByRole('listitem').filter({ hasText: 'Energy systems' }))
    .toContainText('host time 10:15 a.m. in Berlin (TU Berlin)');
  await expect(day('Mon 2 Nov').getByRole('listitem').filter({ hasText: 'Energy systems' }))
    .toContainText('4:15–5:45 a.m.');
  // Thursday morning to Monday: 4 calendar days (whole 24-hour spans said 3).
  await expect(page.locator('.next-session')).toHaveText('Next: Energy systems: joint lecture in 4 days — Mon 26 Oct, 5:15 a.m. your time');
  // The guest lecture keeps Toronto's clock but is hosted by TU Berlin: said apart.
  await expect(day('Mon 26 Oct').getByRole('listitem').filter({ hasText: 'Guest lecture' }))
    .toContainText('1 h · 10:00 a.m. Toronto time · hosted by TU Berlin');
  await shot(page, 'timetable-agenda');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);

  // The calendar file for that cohort is the CLI's, to the byte (but for its time stamp).
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add to my calendar (.ics)' }).click(),
  ]);
  const text = fs.readFileSync(await download.path(), 'utf8');
  const cli = meridian('ics', 'examples/enhance-autumn-2026.json', '--campus', 'tub', '--cohort', 'tub-msc1',
    '--stamp', '2026-10-22T12:00:00Z');
  expect(text).toBe(cli);

  // Printed, the page is the term overview: each session once, in the viewer's time.
  await page.emulateMedia({ media: 'print' });
  const overview = page.getByRole('region', { name: 'Term at a glance' });
  await expect(overview.getByRole('row', { name: /Energy systems/ })).toContainText('Mon 4:15–5:45 a.m.');
  await expect(page.getByRole('region', { name: 'Agenda' })).toBeHidden();
  await shot(page, 'timetable-print');
  await page.emulateMedia({ media: 'screen' });

  // The week layout shows the same session in the viewer's zone.
  await page.getByRole('button', { name: 'Week' }).click();
  await expect(page.getByRole('combobox', { name: 'Week' })).toHaveValue('2026-10-19');
  await shot(page, 'timetable-week');
});

test('the choice is remembered, skipped weeks show, and a 24-hour locale reads 24-hour times', async ({ browser }, info) => {
  const context = await browser.newContext({
    viewport: info.project.use.viewport, locale: 'en-GB', timezoneId: 'Europe/Oslo',
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-10-01T12:00:00Z'));
  await page.goto('/?view=timetable');
  await page.getByRole('combobox', { name: 'My campus' }).selectOption({ label: 'NTNU' });
  await expect(page.getByRole('combobox', { name: 'My cohort' })).toHaveValue('ntnu-msc1');
  // The hydrogen lab skips 21 Oct: seen on 1 Oct, not "this week".
  const skipped = page.getByRole('region', { name: 'Wed 21 Oct' }).getByRole('listitem').filter({ hasText: 'Hydrogen' });
  await expect(skipped.locator('.flag')).toHaveText('cancelled');
  await expect(skipped).toContainText('14:15–16:15');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'My cohort' })).toHaveValue('ntnu-msc1');
  await context.close();
});

// What an outside tester found on Wed 2 Dec 2026 as a WUT student in Warsaw.
test('a WUT student on 2 Dec: days counted by the calendar, a past cancellation, rulers of their campus and hosts', async ({ browser }, info) => {
  const context = await browser.newContext({
    viewport: info.project.use.viewport, locale: 'en-GB', timezoneId: 'Europe/Warsaw',
    isMobile: info.project.use.isMobile, hasTouch: info.project.use.hasTouch,
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-12-02T16:00:00Z')); // Wed 17:00 in Warsaw
  await page.goto('/?view=timetable');
  await page.getByRole('combobox', { name: 'My campus' }).selectOption({ label: 'WUT' });
  await expect(page.getByRole('combobox', { name: 'My cohort' })).toHaveValue('wut-msc1');
  // Countdowns a day short: Monday's lecture is 5 days after Wednesday afternoon (it read 4).
  await expect(page.locator('.next-session'))
    .toHaveText('Next: Energy systems: joint lecture in 5 days — Mon 7 Dec, 10:15 your time');
  await shot(page, 'timetable-wut-agenda');

  // A past cancellation badged "this week": the 21 Oct lab is just cancelled.
  await page.getByRole('button', { name: /Show \d+ earlier days/ }).click();
  const lab = page.getByRole('region', { name: 'Wed 21 Oct' }).getByRole('listitem').filter({ hasText: 'Hydrogen' });
  await expect(lab.locator('.flag')).toHaveText('cancelled');
  // The guest lecture's host reads wrong: Toronto time, hosted by TU Berlin.
  await expect(page.getByRole('region', { name: 'Mon 19 Oct' }).getByRole('listitem').filter({ hasText: 'Guest lecture' }))
    .toContainText('1 h · 10:00 Toronto time · hosted by TU Berlin');
  await lab.scrollIntoViewIfNeeded();
  await shot(page, 'timetable-wut-past');

  // The phone week view's rulers: the viewer's, WUT's, then the hosts of the day's sessions
  // (NTNU's lab on Wednesday), never Chalmers; a phone has room for three.
  await page.getByRole('button', { name: 'Week' }).click();
  const rulers = page.locator('.ruler-head .ruler-name:visible');
  const phone = info.project.name === 'phone';
  await expect(rulers).toHaveText(phone ? ['You', 'WAW', 'TRD'] : ['You', 'WAW', 'TRD', 'BER']);
  await shot(page, 'timetable-wut-week');
  if (phone) {
    await page.getByRole('tab', { name: /Mon 30 Nov/ }).click();
    await expect(rulers).toHaveText(['You', 'WAW', 'BER']);
  }
  await context.close();
});

test('a Chilean student pages back to the first session, on Sunday in Santiago, before the term\'s first week', async ({ browser }, info) => {
  // The GMA term starts Mon 1 Mar 2027 with a plenary at 08:00 in Auckland: Sun 28 Feb, 16:00 in
  // Santiago. The week list began with the term's first week, so "Next: Opening plenary — Sun
  // 28 Feb" was in no week the student could show (◀ was greyed out).
  const context = await browser.newContext({
    viewport: info.project.use.viewport, locale: 'en-GB', timezoneId: 'America/Santiago',
    isMobile: info.project.use.isMobile, hasTouch: info.project.use.hasTouch,
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-12-03T12:00:00Z'));
  await page.goto(meridian('link', 'encode', 'examples/gma-spring-2027.json', '--view', '--base', BASE).trim());
  await expect(page.locator('.next-session')).toContainText('Opening plenary');
  await expect(page.locator('.next-session')).toContainText('Sun 28 Feb, 16:00 your time');
  await page.getByRole('button', { name: 'Week' }).click();
  const nav = page.getByRole('navigation', { name: 'Weeks of the term' });
  await expect(nav.locator('.week-position')).toHaveText('term week 1 of 15');
  await page.getByRole('button', { name: 'Previous week' }).click();
  await expect(page.getByRole('combobox', { name: 'Week', exact: true })).toHaveValue('2027-02-22');
  // A week outside the term is not numbered as one of its weeks.
  await expect(nav.locator('.week-position')).toHaveCount(0);
  if (info.project.name === 'phone') await page.getByRole('tab', { name: /Sun 28 Feb/ }).click();
  await expect(page.locator('.block').filter({ hasText: 'Opening plenary' })).toBeVisible();
  await shot(page, 'timetable-santiago-first-week');
  await page.getByRole('button', { name: 'Next week' }).click();
  await expect(nav.locator('.week-position')).toHaveText('term week 1 of 15');
  await context.close();
});
