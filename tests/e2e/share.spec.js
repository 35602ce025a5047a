// Share links in a real browser: the share dialog, an edit link opened in a fresh browser
// profile with the identical schedule, saving a shared copy without overwriting local work,
// and links that are cut off or carry hostile text.
// The served app (playwright.config.js: E2E_PORT, else 8081).
const BASE = `http://127.0.0.1:${process.env.E2E_PORT || '8081'}/`;
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const shot = (page, name) =>
  page.screenshot({ path: `tests/e2e/screenshots/${name}-${test.info().project.name}.png`, fullPage: false });

// The CLI built by `cargo test` reads links independently of the app.
const meridian = (...args) => execFileSync(path.resolve('target/debug/meridian'), args, { encoding: 'utf8' });

const FIXED = new Date('2026-10-20T12:00:00Z'); // Tue 20 Oct 2026, 08:00 in Toronto

async function openShareDialog(page) {
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: /Share/ });
  await expect(dialog).toBeVisible();
  return dialog;
}

// Every block of the shown week as "title|time", sorted: what a coordinator sees.
async function blocks(page) {
  const texts = await page.locator('.block').evaluateAll((els) =>
    els.map((e) => `${e.querySelector('.block-title').textContent}|${e.querySelector('.block-time').textContent}`));
  return texts.sort();
}

test('the share dialog shows both links with their length, a QR code, and copies', async ({ page, context }, info) => {
  await page.clock.setFixedTime(FIXED);
  await page.goto('/');
  const dialog = await openShareDialog(page);
  const edit = await dialog.getByRole('textbox', { name: 'Link to edit' }).inputValue();
  expect(edit).toMatch(new RegExp(`^${BASE.replace(/[.]/g, '\\.')}#s1\\.[A-Za-z0-9_-]+$`));
  await expect(dialog.locator('[data-length="edit"]')).toHaveText(`${edit.length} characters`);
  await expect(dialog.getByRole('img', { name: /QR code of the link for students/ })).toBeVisible();

  // Narrowed to one cohort, the students' link is shorter and holds only that cohort's sessions.
  const everyone = await dialog.getByRole('textbox', { name: 'Link for students' }).inputValue();
  await dialog.getByRole('combobox', { name: 'For' }).selectOption({ label: 'NTNU · MSc Energy and Environment, year 1' });
  const ntnu = await dialog.getByRole('textbox', { name: 'Link for students' }).inputValue();
  expect(ntnu.length).toBeLessThan(everyone.length);
  const narrowed = JSON.parse(meridian('link', 'decode', ntnu));
  expect(narrowed.sessions.length).toBeGreaterThan(0);
  for (const s of narrowed.sessions) expect(s.cohorts).toContain('ntnu-msc1');

  await shot(page, 'share-dialog');
  const results = await new AxeBuilder({ page }).include('.share-dialog').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);

  if (info.project.name === 'desktop') {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await dialog.getByRole('button', { name: 'Copy' }).first().click();
    await expect(dialog.getByRole('status')).toHaveText('Copied the link to edit to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(edit);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('an edit link opens in a fresh browser profile with the identical schedule', async ({ page, browser }) => {
  await page.clock.setFixedTime(FIXED);
  await page.goto('/');
  const dialog = await openShareDialog(page);
  const edit = await dialog.getByRole('textbox', { name: 'Link to edit' }).inputValue();
  await page.keyboard.press('Escape');
  const original = await blocks(page);
  expect(original.length).toBeGreaterThan(3);

  // The link holds exactly the demo schedule (read by the CLI, not the app).
  const demo = JSON.parse(fs.readFileSync('examples/enhance-autumn-2026.json', 'utf8'));
  expect(JSON.parse(meridian('link', 'decode', edit))).toEqual(demo);

  // A fresh profile (new context: no storage) sees the same schedule and the same week.
  const fresh = await browser.newContext({ viewport: page.viewportSize(), timezoneId: 'America/Toronto' });
  const other = await fresh.newPage();
  await other.clock.setFixedTime(FIXED);
  await other.goto(edit);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(demo.name);
  await expect(other.getByRole('region', { name: 'Shared schedule' })).toContainText('Shared copy');
  expect(await blocks(other)).toEqual(original);
  await shot(other, 'shared-copy');
  await fresh.close();
});

test('saving a shared copy never overwrites a stored schedule without asking', async ({ page }) => {
  await page.clock.setFixedTime(FIXED);
  const link = meridian('link', 'encode', 'examples/gma-spring-2027.json', '--base', BASE).trim();
  await page.goto(link);
  const banner = page.getByRole('region', { name: 'Shared schedule' });
  await banner.getByRole('button', { name: 'Save to my schedules' }).click();
  await expect(banner).toBeHidden();
  await expect(page.getByLabel('Schedule')).toHaveValue('saved:demo-gma-spring-2027');

  // A reload opens the saved schedule (the link is gone from the address bar).
  await page.reload();
  await expect(page).toHaveURL(BASE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learning Analytics — spring 2027');
  await expect(page.getByRole('region', { name: 'Shared schedule' })).toHaveCount(0);

  // The same link again: the user chooses; "Keep both" stores a copy beside it.
  await page.goto(link);
  await page.getByRole('button', { name: 'Save to my schedules' }).click();
  await expect(page.getByText('is already in your schedules')).toBeVisible();
  await page.getByRole('button', { name: 'Keep both' }).click();
  const saved = page.getByLabel('Schedule').locator('optgroup[label="My schedules"] option');
  await expect(saved).toHaveText(['Learning Analytics — spring 2027', 'Learning Analytics — spring 2027 (copy)']);
});

test('a cut-off link says so and the app still works', async ({ page }) => {
  const link = meridian('link', 'encode', 'examples/enhance-autumn-2026.json', '--base', BASE).trim();
  await page.goto(link.slice(0, link.length - 60));
  await expect(page.getByRole('alert')).toContainText('this link was cut off');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sustainable Energy Systems — autumn 2026');
});

test('hostile text in a link is shown as text and a javascript: meeting link is not a link', async ({ page }, info) => {
  const doc = JSON.parse(fs.readFileSync('examples/enhance-autumn-2026.json', 'utf8'));
  doc.name = '<img src=x onerror="window.pwned=1"> Evil term';
  doc.sessions[0].title = '<script>window.pwned=1</script>Energy systems';
  doc.sessions[0].meeting_url = 'javascript:window.pwned=1';
  doc.sessions[0].notes = '<b>not bold</b>';
  const file = path.join(os.tmpdir(), `meridian-hostile-${process.pid}-${info.project.name}.json`);
  fs.writeFileSync(file, JSON.stringify(doc));
  const link = meridian('link', 'encode', file, '--base', BASE).trim();
  fs.unlinkSync(file);

  await page.clock.setFixedTime(FIXED);
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(doc.name);
  if (info.project.name === 'phone') await page.getByRole('tab', { name: /Mon 19 Oct/ }).click();
  const block = page.locator('.block', { hasText: 'Energy systems' }).first();
  await expect(block.locator('.block-title')).toHaveText(doc.sessions[0].title);
  await block.focus();
  const details = page.locator(`[id="${await block.getAttribute('aria-describedby')}"]`);
  await expect(details).toContainText('not a web link');
  await expect(details).toContainText('javascript:window.pwned=1');
  await expect(details).toContainText('<b>not bold</b>');
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();
});

test('a cohort downloads its calendar file from the share dialog', async ({ page }) => {
  await page.clock.setFixedTime(FIXED);
  await page.goto('/');
  const dialog = await openShareDialog(page);
  await dialog.getByRole('combobox', { name: 'For' }).selectOption({ label: 'NTNU · MSc Energy and Environment, year 1' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download calendar (.ics)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('sustainable-energy-systems-autumn-2026-ntnu-msc1.ics');
  const text = fs.readFileSync(await download.path(), 'utf8');
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  // The same file as the CLI writes for that cohort, but for the time stamp.
  const cli = meridian('ics', 'examples/enhance-autumn-2026.json', '--cohort', 'ntnu-msc1', '--stamp', '2026-10-20T12:00:00Z');
  expect(text).toBe(cli);
  await expect(dialog.getByRole('status')).toContainText('Downloaded sustainable-energy-systems-autumn-2026-ntnu-msc1.ics');
});

test('my schedules: rename, duplicate, delete with a confirmation and an undo', async ({ page }) => {
  await page.clock.setFixedTime(FIXED);
  const link = meridian('link', 'encode', 'examples/gma-spring-2027.json', '--base', BASE).trim();
  await page.goto(link);
  await page.getByRole('button', { name: 'Save to my schedules' }).click();
  await page.locator('summary', { hasText: 'File' }).click();
  await page.getByRole('button', { name: 'My schedules…' }).click();
  const dialog = page.getByRole('dialog', { name: 'My schedules' });
  const name = dialog.getByRole('textbox', { name: 'Name of Learning Analytics — spring 2027' });
  await name.fill('Learning Analytics (GMA)');
  await name.press('Tab');
  await dialog.getByRole('button', { name: 'Duplicate' }).click();
  const rows = dialog.getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(dialog.getByRole('textbox', { name: 'Name of Learning Analytics (GMA) (copy)' })).toBeVisible();
  await rows.nth(1).getByRole('button', { name: 'Delete…' }).click();
  await dialog.getByRole('group', { name: 'Delete Learning Analytics (GMA) (copy)?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(rows).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(2);
  const results = await new AxeBuilder({ page }).include('.dialog').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.reload();
  const saved = page.getByLabel('Schedule').locator('optgroup[label="My schedules"] option');
  await expect(saved).toHaveText(['Learning Analytics (GMA)', 'Learning Analytics (GMA) (copy)']);
});
