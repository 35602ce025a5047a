// A university's academic calendar (.ics) imported in Campuses and people: TU Berlin's file
// with an exam period and a reading week is read over the term, each event's kind preset by the
// engine from its name, added in one step, saved with the dialog, and a weekly lecture then has
// an exam warning in the exam period and a closure error in the lecture-free week.
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;

const shot = (page, name) =>
  page.screenshot({ path: `tests/e2e/screenshots/${name}-${test.info().project.name}.png`, fullPage: false });

const axe = async (page, selector) => {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
};

// In the style of TU Berlin's published calendar: all-day, multi-day events, DTEND the day
// after the last, one event before the term, one without a name.
const ICS = [
  'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//TU Berlin//Akademischer Kalender//DE',
  'BEGIN:VEVENT', 'UID:summer@tu', 'DTSTART;VALUE=DATE:20260801', 'DTEND;VALUE=DATE:20260802', 'SUMMARY:Sommerfest', 'END:VEVENT',
  'BEGIN:VEVENT', 'UID:reading@tu', 'DTSTART;VALUE=DATE:20261102', 'DTEND;VALUE=DATE:20261107', 'SUMMARY:Reading week', 'END:VEVENT',
  'BEGIN:VEVENT', 'UID:exams@tu', 'DTSTART;VALUE=DATE:20261130', 'DTEND;VALUE=DATE:20261205', 'SUMMARY:Prüfungszeitraum', 'END:VEVENT',
  'BEGIN:VEVENT', 'UID:unnamed@tu', 'DTSTART;VALUE=DATE:20261010', 'END:VEVENT',
  'BEGIN:VEVENT', 'UID:dies@tu', 'DTSTART;VALUE=DATE:20261118', 'SUMMARY:Dies Academicus', 'END:VEVENT',
  'END:VCALENDAR', '',
].join('\r\n');

const EXAMS = "Joint lecture on Mon 30 Nov 2026 is in TU Berlin's exam period (Prüfungszeitraum)";
const READING = 'Joint lecture on Mon 2 Nov 2026 falls in Reading week, lecture-free at TU Berlin';

test('an academic calendar imported for one campus gives an exam warning and a lecture-free error', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-08-20T12:00:00Z'));
  await page.goto('/');
  await page.locator('summary', { hasText: 'File' }).click();
  await page.getByRole('button', { name: 'New schedule…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New schedule' });
  await dialog.getByRole('combobox', { name: 'Alliance' }).selectOption({ label: 'ENHANCE' });
  await dialog.getByLabel('Name').fill('Academic autumn 2026');
  await dialog.getByLabel('Term starts').fill('2026-09-07');
  await dialog.getByLabel('Term ends').fill('2026-12-18');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Academic autumn 2026');

  // A lecture every Monday for every cohort.
  await page.getByRole('button', { name: 'New session' }).click();
  const form = page.getByRole('dialog', { name: 'New session' });
  await form.getByLabel('Title', { exact: true }).fill('Joint lecture');
  await form.getByLabel('First date', { exact: true }).fill('2026-09-07');
  await form.getByLabel('Starts at', { exact: true }).fill('10:00');
  await form.getByRole('group', { name: /On these days/ }).getByRole('checkbox', { name: 'Mon' }).check();
  for (const c of await form.locator('fieldset', { hasText: 'Cohorts' }).getByRole('checkbox').all()) await c.check();
  await form.getByRole('button', { name: 'Add session' }).click();
  await expect(form).toBeHidden();
  const panel = page.getByRole('complementary', { name: 'Conflicts' });
  await expect(panel.locator('.conflict', { hasText: EXAMS })).toHaveCount(0);

  // Campuses and people: TU Berlin's academic calendar, read over the term.
  await page.getByRole('button', { name: 'Campuses & people' }).click();
  const people = page.getByRole('dialog', { name: 'Campuses and people' });
  const tub = people.locator('.campus-row').filter({ has: page.locator('strong', { hasText: /^TU Berlin$/ }) });
  await tub.getByLabel('Import academic calendar (.ics) of TU Berlin').setInputFiles({
    name: 'tu-berlin-akademischer-kalender.ics', mimeType: 'text/calendar', buffer: Buffer.from(ICS, 'utf-8'),
  });
  const found = tub.getByRole('group', { name: 'Academic calendar of TU Berlin' });
  // The events in the term only (not the summer party), each preset by its name.
  await expect(found.getByRole('listitem')).toHaveCount(4);
  // One without a name cannot be kept: it starts skipped.
  await expect(found.getByRole('combobox', { name: 'Keep the event without a name (Sat 10 Oct 2026) as' })).toHaveValue('skip');
  await expect(found.getByRole('combobox', { name: /^Keep Reading week \(Mon 2 Nov to Fri 6 Nov 2026\) as$/ })).toHaveValue('lecture-free');
  await expect(found.getByRole('combobox', { name: /^Keep Prüfungszeitraum \(Mon 30 Nov to Fri 4 Dec 2026\) as$/ })).toHaveValue('exams');
  const dies = found.getByRole('combobox', { name: /^Keep Dies Academicus/ });
  await expect(dies).toHaveValue('closure');
  await dies.selectOption('skip');
  await found.scrollIntoViewIfNeeded();
  await shot(page, 'academic-import');
  await axe(page, '[role=dialog]');
  await found.getByRole('button', { name: 'Add these' }).click();
  await expect(found).toHaveCount(0);
  await expect(tub.locator('.closures li', { hasText: 'Exams: Prüfungszeitraum' })).toHaveCount(1);
  await expect(tub.locator('.closures li', { hasText: 'Lecture-free: Reading week' })).toHaveCount(1);
  await expect(tub.locator('.closures li', { hasText: 'Dies Academicus' })).toHaveCount(0);
  await people.getByRole('button', { name: 'Save' }).click();
  await expect(people).toBeHidden();

  // The exam period is a warning, the reading week an error.
  await expect(panel.locator('.conflict-group.warning .conflict', { hasText: EXAMS })).toHaveCount(1);
  await expect(panel.locator('.conflict-group.error .conflict', { hasText: READING })).toHaveCount(1);
  await panel.locator('.conflict', { hasText: READING }).scrollIntoViewIfNeeded();
  await shot(page, 'academic-conflicts');

  // One undoable change: Undo takes the whole import back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(panel.locator('.conflict', { hasText: EXAMS })).toHaveCount(0);
  await expect(panel.locator('.conflict', { hasText: READING })).toHaveCount(0);
});
