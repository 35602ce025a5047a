// Regressions from the outside tester's report (round 3): "Best times" threw away what was typed
// in the New session form; the keyboard focus landed on <body> whenever a dialog closed; and
// Escape did not close the File menu, which then stayed open behind the dialogs opened from it.
const { test, expect } = require('@playwright/test');
const { execFileSync } = require('child_process');
const path = require('path');

const shot = (page, name) =>
  page.screenshot({ path: `tests/e2e/screenshots/${name}-${test.info().project.name}.png`, fullPage: false });

// What has the focus, as a short description, to compare with what opened a dialog.
const focused = (page) => page.evaluate(() => {
  const e = document.activeElement;
  return e === document.body || !e ? 'body' : `${e.tagName} ${(e.textContent || '').trim().slice(0, 40)}`;
});
const describe = (locator) => locator.evaluate((e) => `${e.tagName} ${(e.textContent || '').trim().slice(0, 40)}`);

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-10-20T09:00:00Z'));
  await page.goto('/');
  await expect(page.locator('.block').first()).toBeAttached();
});

test('best times keeps what was typed in the new session form, and a picked start fills in only the time', async ({ page }) => {
  await page.getByRole('button', { name: 'New session', exact: true }).click();
  let form = page.getByRole('dialog', { name: 'New session' });
  await form.getByRole('textbox', { name: 'Title' }).fill('MY TYPED TITLE');
  await form.getByRole('textbox', { name: 'Course' }).fill('ENE-501');
  await form.getByRole('checkbox', { name: 'NTNU · MSc Energy and Environment, year 1' }).check();
  await form.getByRole('combobox', { name: 'Lecturer' }).selectOption({ index: 1 });
  const lecturer = await form.getByRole('combobox', { name: 'Lecturer' }).inputValue();
  await form.getByRole('spinbutton', { name: 'Length (minutes)' }).fill('60');
  await form.getByRole('button', { name: 'Best times' }).click();
  await expect(form).toHaveCount(0);

  // The panel starts from the draft's campuses (its host, TU Berlin, and its cohort's, NTNU)
  // and its length, not from every campus.
  const panel = page.getByRole('complementary', { name: 'Best times' });
  for (const c of ['TU Berlin', 'NTNU']) await expect(panel.getByRole('checkbox', { name: c, exact: true })).toBeChecked();
  for (const c of ['Chalmers', 'PoliMi', 'RWTH', 'UPV', 'WUT']) {
    await expect(panel.getByRole('checkbox', { name: c, exact: true })).not.toBeChecked();
  }
  await expect(panel.getByRole('spinbutton')).toHaveValue('60');

  // Closing the panel brings the form back as it was.
  await panel.getByRole('button', { name: 'Close' }).click();
  form = page.getByRole('dialog', { name: 'New session' });
  await expect(form.getByRole('textbox', { name: 'Title' })).toHaveValue('MY TYPED TITLE');
  const before = { date: await form.locator('input[type=date]').first().inputValue(), time: await form.locator('input[type=time]').inputValue() };
  await form.getByRole('button', { name: 'Best times' }).click();

  // Picking a start: the same form, with that start and everything else as typed.
  const start = panel.locator('.best-slots button').first();
  const label = (await start.textContent()).trim(); // "Mon 08:00–16:30" or "Mon 08:00"
  // On the reader's clock (en-CA: "Mon 8:00 a.m.–4:30 p.m."); the form's time field is 24-hour.
  const [, weekday, h, m, half] = label.match(/^(\w+)\.? (\d{1,2}):(\d\d)\s*([ap])?/i);
  const hour = half ? (Number(h) % 12) + (half.toLowerCase() === 'p' ? 12 : 0) : Number(h);
  const hhmm = `${String(hour).padStart(2, '0')}:${m}`;
  await start.click();
  form = page.getByRole('dialog', { name: 'New session' });
  await expect(form).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Title' })).toHaveValue('MY TYPED TITLE');
  await expect(form.getByRole('textbox', { name: 'Course' })).toHaveValue('ENE-501');
  await expect(form.getByRole('checkbox', { name: 'NTNU · MSc Energy and Environment, year 1' })).toBeChecked();
  await expect(form.getByRole('combobox', { name: 'Lecturer' })).toHaveValue(lecturer);
  await expect(form.getByRole('spinbutton', { name: 'Length (minutes)' })).toHaveValue('60');
  await expect(form.locator('input[type=time]')).toHaveValue(hhmm);
  const date = await form.locator('input[type=date]').first().inputValue();
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  expect(days[new Date(`${date}T12:00:00Z`).getUTCDay()]).toBe(weekday);
  expect({ date, time: hhmm }).not.toEqual(before);
  await shot(page, 'best-times-kept-draft');
  // And it adds the session as typed.
  await form.getByRole('button', { name: 'Add session' }).click();
  await expect(form).toHaveCount(0);
  await expect(page.getByRole('status').first()).toContainText('MY TYPED TITLE');
});

test('focus returns to what opened each dialog when it closes', async ({ page }, info) => {
  test.skip(info.project.name === 'phone', 'a keyboard journey on a desktop');
  const dialog = page.getByRole('dialog');
  const escapeBack = async (opener, how = 'Escape') => {
    const was = await describe(opener);
    await opener.focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(1);
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    if (how === 'Escape') await page.keyboard.press('Escape');
    else await dialog.getByRole('button', { name: how, exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect.poll(() => focused(page)).toBe(was);
  };
  await escapeBack(page.getByRole('button', { name: 'New session', exact: true }));
  await escapeBack(page.getByRole('button', { name: 'New session', exact: true }), 'Cancel');
  await escapeBack(page.getByRole('button', { name: 'Campuses & people', exact: true }));
  await escapeBack(page.getByRole('button', { name: 'Share', exact: true }));
  // A session's Edit dialog, by Escape and by Save.
  const block = page.locator('.block').first();
  await escapeBack(block);
  await escapeBack(block, 'Save');

  // Dialogs opened from the File menu: the focus goes back to the menu's button, the menu
  // closed.
  const file = page.locator('summary', { hasText: 'File' });
  const fromMenu = async (item) => {
    await file.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('details.menu[open]')).toHaveCount(1);
    await page.getByRole('button', { name: item }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(1);
    await expect(page.locator('details.menu[open]')).toHaveCount(0);
  };
  await fromMenu('My schedules');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect.poll(() => focused(page)).toBe('SUMMARY File');

  // Compare: opened in place of "Compare with…"; its Escape goes back to the File menu too.
  const link = execFileSync(path.resolve('target/debug/meridian'), ['link', 'encode', 'examples/enhance-autumn-2026.json',
    '--base', 'http://127.0.0.1/'], { encoding: 'utf8' }).trim();
  await fromMenu('Compare with…');
  await dialog.getByRole('textbox', { name: 'A link to edit' }).fill(link);
  await dialog.getByRole('button', { name: 'Compare with this link' }).click();
  await expect(page.getByRole('dialog', { name: /Compare .* with the link's version/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect.poll(() => focused(page)).toBe('SUMMARY File');
});

test('a deleted session gives the focus to its day when its dialog closes', async ({ page }, info) => {
  test.skip(info.project.name === 'phone', 'a keyboard journey on a desktop');
  // The Edit dialog is open over a session deleted meanwhile (undo of the session's addition).
  await page.getByRole('button', { name: 'New session', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'New session' });
  await form.getByRole('textbox', { name: 'Title' }).fill('Short-lived');
  await form.locator('input[type=date]').first().fill('2026-10-21');
  await form.getByRole('checkbox', { name: 'every week or few weeks' }).uncheck();
  await form.getByRole('button', { name: 'Add session' }).click();
  const block = page.locator('.block', { hasText: 'Short-lived' });
  await block.focus();
  await page.keyboard.press('Enter');
  const edit = page.getByRole('dialog', { name: 'Edit session' });
  await expect(edit).toBeVisible();
  await page.keyboard.press('Control+z'); // the dialog's own keys: undo is page-wide
  await expect(block).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(edit).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => document.activeElement.getAttribute('aria-label'))).toBe('Wed 21 Oct');
});

test('escape closes the file menu and returns the focus to its button; choosing an item closes it', async ({ page }, info) => {
  test.skip(info.project.name === 'phone', 'a keyboard journey on a desktop');
  const file = page.locator('summary', { hasText: 'File' });
  const open = page.locator('details.menu[open]');
  await file.focus();
  await page.keyboard.press('Enter');
  await expect(open).toHaveCount(1);
  await page.keyboard.press('Tab');
  await expect.poll(() => focused(page)).toBe('BUTTON New schedule…');
  await page.keyboard.press('Escape');
  await expect(open).toHaveCount(0);
  await expect.poll(() => focused(page)).toBe('SUMMARY File');
  // Open again, then pressed elsewhere on the page: closed.
  await file.click();
  await expect(open).toHaveCount(1);
  await page.locator('h1').click();
  await expect(open).toHaveCount(0);
  // Choosing an item closes it, and it is not left open behind the dialog.
  await file.click();
  await page.getByRole('button', { name: 'My schedules' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(1);
  await expect(open).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // The language menu too.
  const language = page.locator('details.language-menu');
  await language.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(language).toHaveAttribute('open', '');
  await page.keyboard.press('Escape');
  await expect(language).not.toHaveAttribute('open', '');
  await expect.poll(() => page.evaluate(() => document.activeElement.tagName)).toBe('SUMMARY');
});
