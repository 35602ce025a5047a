// A partner's calendar imported as busy time: greyed in the grid, kept on save; a broken file
// says which line and changes nothing.
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;

const shot = (page, name) =>
  page.screenshot({ path: `tests/e2e/screenshots/${name}-${test.info().project.name}.png`, fullPage: false });

const TIMEEDIT = [
  'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//TimeEdit//EN',
  'BEGIN:VEVENT', 'UID:te-1', 'DTSTART;TZID=W. Europe Standard Time:20261027T101500',
  'DTEND;TZID=W. Europe Standard Time:20261027T120000', 'SUMMARY:Thermodynamics', 'END:VEVENT',
  'END:VCALENDAR', '',
].join('\r\n');

async function importFile(page, name, text, target) {
  await page.locator('summary', { hasText: 'File' }).click();
  await page.getByRole('button', { name: 'Import busy time' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import busy time' });
  await dialog.getByLabel('Calendar file (.ics)').setInputFiles({ name, mimeType: 'text/calendar', buffer: Buffer.from(text) });
  await dialog.getByRole('combobox', { name: 'Busy time of' }).selectOption({ label: target });
  await dialog.getByRole('button', { name: 'Import' }).click();
  return dialog;
}

test('a partner timetable becomes greyed busy time in my copy of the demo, kept on reload', async ({ page }, info) => {
  await page.clock.setFixedTime(new Date('2026-10-26T12:00:00Z'));
  await page.goto('/');
  const dialog = await importFile(page, 'ntnu-timeedit.ics', TIMEEDIT, 'NTNU · MSc Energy and Environment, year 1');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText('Imported 1 busy block from “ntnu-timeedit”');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sustainable Energy Systems — autumn 2026');
  await expect(page.getByLabel('Schedule')).toHaveValue(/^saved:demo-enhance-autumn-2026-/);
  if (info.project.name === 'phone') await page.getByRole('tab', { name: /Tue 27 Oct/ }).click();
  const busy = page.locator('.block.busy', { hasText: 'Thermodynamics' });
  await expect(busy).toBeVisible();
  await busy.focus();
  await expect(page.locator(`[id="${await busy.getAttribute('aria-describedby')}"]`))
    .toContainText('Busy for NTNU · MSc Energy and Environment, year 1 (from ntnu-timeedit)');
  await shot(page, 'busy-imported');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);

  await page.waitForTimeout(600);
  await page.reload();
  if (info.project.name === 'phone') await page.getByRole('tab', { name: /Tue 27 Oct/ }).click();
  await expect(page.locator('.block.busy', { hasText: 'Thermodynamics' })).toBeVisible();
});

test('a broken calendar file names its line and leaves the schedule untouched', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-10-26T12:00:00Z'));
  await page.goto('/');
  const broken = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:next tuesday\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
  const dialog = await importFile(page, 'broken.ics', broken, 'Prof. Anna Schulz');
  await expect(dialog.getByRole('alert')).toContainText('Nothing was imported: calendar file, line 3');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.block.busy')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sustainable Energy Systems — autumn 2026');
});

test('a Polish coordinator reads what is wrong in a calendar file in Polish, not English', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-10-26T12:00:00Z'));
  await page.goto('/?lang=pl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  const monthly = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261006T100000Z\r\nRRULE:FREQ=MONTHLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
  await page.locator('summary', { hasText: 'Plik' }).click();
  await page.getByRole('button', { name: 'Importuj zajęte terminy' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import zajętych terminów' });
  await dialog.getByLabel('Plik kalendarza (.ics)').setInputFiles({ name: 'monthly.ics', mimeType: 'text/calendar', buffer: Buffer.from(monthly) });
  await dialog.getByRole('combobox', { name: 'Zajęte terminy dla' }).selectOption({ label: 'Prof. Anna Schulz' });
  await dialog.getByRole('button', { name: 'Importuj', exact: true }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toHaveText('Niczego nie zaimportowano: plik kalendarza, wiersz 4: FREQ=MONTHLY nie jest obsługiwane; Meridian odczytuje wydarzenia powtarzane codziennie i co tydzień.');
  await expect(alert).not.toContainText('is not supported');
  await shot(page, 'busy-broken-polish');
  await dialog.getByRole('button', { name: 'Anuluj' }).click();
  await expect(page.locator('.block.busy')).toHaveCount(0);
});
