// The coordinator's journey on the ENHANCE demo: see a clash in the conflicts list, fix it by
// moving the session with the keyboard, undo and redo, reload and find the work restored, export
// the schedule and open it again; a broken file changes nothing.
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const fs = require('fs');

const shot = (page, name) =>
  page.screenshot({ path: `tests/e2e/screenshots/${name}-${test.info().project.name}.png`, fullPage: false });

const CLASH = 'Energy markets and policy and Markets tutorial';

test('fix a clash with the keyboard, undo, redo, reload, export and reopen', async ({ page }, info) => {
  test.skip(info.project.name === 'phone', 'keyboard editing is a desktop journey; the phone journey is below');
  await page.clock.setFixedTime(new Date('2026-10-20T12:00:00Z'));
  await page.goto('/');
  const panel = page.getByRole('complementary', { name: 'Conflicts' });
  await expect(panel.locator('.conflict', { hasText: CLASH })).toHaveCount(1);
  await expect(panel.getByRole('heading')).toContainText('9 errors');
  // The term strip marks weeks with conflicts and weeks in which clocks change somewhere.
  const strip = page.getByRole('list', { name: /Term at a glance/ });
  await expect(strip.getByRole('button', { name: 'Week 6 (Mon 12 Oct), has conflicts' })).toBeVisible();
  await expect(strip.getByRole('button', { name: /^Week 7 \(Mon 19 Oct\),.*clocks change$/ })).toHaveAttribute('aria-current', 'true');
  await shot(page, 'planner-conflicts');

  // The tutorial (PoliMi, Tue 10:30–11:30 Milan) overlaps the markets lecture until 11:00.
  const tutorial = page.locator('.block', { hasText: 'Markets tutorial' }).first();
  await tutorial.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('status').first()).toContainText('Moved Markets tutorial 15 min later.');
  await expect(page.locator('.block', { hasText: 'Markets tutorial' }).first()).toBeFocused();
  await expect(panel.locator('.conflict', { hasText: CLASH })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sustainable Energy Systems — autumn 2026');
  await expect(page.getByLabel('Schedule')).toHaveValue(/^saved:demo-enhance-autumn-2026-/);

  // Undo twice: 15 minutes later still overlaps by 15 minutes, then the original.
  await page.keyboard.press('Control+z');
  await expect(panel.locator('.conflict', { hasText: CLASH })).toContainText('overlapping 15 min');
  await page.keyboard.press('Control+z');
  await expect(panel.locator('.conflict', { hasText: CLASH })).toContainText('overlapping 30 min');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await page.keyboard.press('Control+Shift+z');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(panel.locator('.conflict', { hasText: CLASH })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Redo' })).toBeDisabled();

  // Autosave: a reload opens the copy, moved.
  await page.waitForTimeout(600);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sustainable Energy Systems — autumn 2026');
  await expect(panel.locator('.conflict', { hasText: CLASH })).toHaveCount(0);
  await expect(page.locator('.block', { hasText: 'Markets tutorial' }).first()).toContainText('11:00 a.m.–12:00 p.m.');

  // Export, then open the file: the same schedule, as a copy to save.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('summary', { hasText: 'File' }).click().then(() => page.getByRole('button', { name: 'Export file' }).click()),
  ]);
  const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  expect(exported.sessions.find((s) => s.id === 'markets-tutorial').start).toBe('2026-09-08T11:00');
  const open = page.getByLabel('Open file');
  await open.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "meridian/1",\n "id": }') });
  await expect(page.getByRole('alert')).toContainText('“broken.json” was not opened, and nothing changed: line 2, column');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sustainable Energy Systems — autumn 2026');
  exported.name = 'Reopened term';
  await open.setInputFiles({ name: 'term.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reopened term');
  await expect(page.getByRole('region', { name: 'Shared schedule' })).toBeVisible();

  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});

test('on a phone the conflicts list follows the grid and jumps to a week', async ({ page }, info) => {
  test.skip(info.project.name !== 'phone', 'phone layout');
  await page.clock.setFixedTime(new Date('2026-10-20T12:00:00Z'));
  await page.goto('/');
  const panel = page.getByRole('complementary', { name: 'Conflicts' });
  const item = panel.locator('.conflict', { hasText: 'Hispanic Day' });
  await item.getByRole('button', { name: /Show week of Mon 12 Oct/ }).click();
  await expect(page.getByRole('combobox', { name: 'Week' })).toHaveValue('2026-10-12');
  await page.getByRole('tab', { name: /Mon 12 Oct/ }).click();
  await expect(page.locator('.block.highlight', { hasText: 'Energy systems' })).toBeVisible();
  await shot(page, 'planner-conflict-shown');
});

test('add a series in the form, see it clash, fix it in the form', async ({ page }, info) => {
  await page.clock.setFixedTime(new Date('2026-10-20T12:00:00Z'));
  await page.goto('/');
  await page.getByRole('button', { name: 'New session' }).click();
  const form = page.getByRole('dialog', { name: 'New session' });
  await form.getByLabel('Title', { exact: true }).fill('Wind energy seminar');
  await form.getByRole('combobox', { name: 'Taught from' }).selectOption({ label: 'NTNU' });
  await form.getByLabel('First date', { exact: true }).fill('2026-10-19');
  await form.getByLabel('Starts at', { exact: true }).fill('10:30');
  await form.getByLabel('Length (minutes)').fill('60');
  await form.getByLabel('TU Berlin · MSc Energy Engineering, year 1').check();
  await shot(page, 'session-form');
  const results = await new AxeBuilder({ page }).include('.session-form').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  await form.getByRole('button', { name: 'Add session' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('status').first()).toContainText('Added Wind energy seminar.');

  // Mondays 10:30–11:30 in Trondheim overlap the Berlin lecture (10:15–11:45) for TU Berlin's cohort.
  const panel = page.getByRole('complementary', { name: 'Conflicts' });
  const clash = panel.locator('.conflict', { hasText: 'Energy systems: joint lecture and Wind energy seminar' });
  await expect(clash).toHaveCount(1);
  if (info.project.name === 'phone') await page.getByRole('tab', { name: /Mon 19 Oct/ }).click();
  const block = page.locator('.block', { hasText: 'Wind energy seminar' }).first();
  await block.dblclick();
  const edit = page.getByRole('dialog', { name: 'Edit session' });
  await edit.getByLabel('Starts at', { exact: true }).fill('12:00');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(clash).toHaveCount(0);

  // What the schedule refuses keeps the form open with the reason.
  await page.getByRole('button', { name: 'New session' }).click();
  const again = page.getByRole('dialog', { name: 'New session' });
  await again.getByLabel('Title', { exact: true }).fill('Too long');
  await again.getByLabel('Length (minutes)').fill('20000');
  await again.getByRole('button', { name: 'Add session' }).click();
  await expect(again.getByRole('alert')).toContainText('must last between 1 minute and 7 days');
  await again.getByRole('button', { name: 'Cancel' }).click();
  await expect(again).toBeHidden();
});

test('a new four-campus term from the ENHANCE preset, with a series, kept across a reload', async ({ page }, info) => {
  await page.clock.setFixedTime(new Date('2027-01-10T12:00:00Z'));
  await page.goto('/');
  await page.locator('summary', { hasText: 'File' }).click();
  await page.getByRole('button', { name: 'New schedule…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New schedule' });
  await dialog.getByRole('combobox', { name: 'Alliance' }).selectOption({ label: 'ENHANCE' });
  for (const c of ['RWTH (Aachen)', 'UPV (Valencia)', 'WUT (Warsaw)', 'TU Delft (Delft)', 'Gdańsk Tech (Gdańsk)', 'ETH Zürich (Zürich)']) {
    await dialog.getByLabel(c).uncheck();
  }
  await dialog.getByLabel('Name').fill('Hydrogen economy — spring 2027');
  await dialog.getByLabel('Term starts').fill('2027-02-15');
  await dialog.getByLabel('Term ends').fill('2027-06-11');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hydrogen economy — spring 2027');
  await expect(page.locator('.campus-count')).toHaveText('4 campuses');
  await expect(page.getByLabel('Schedule')).toHaveValue(/^saved:hydrogen-economy/);

  // Name the cohorts, add a lecturer and a room, close PoliMi on Fridays.
  await page.getByRole('button', { name: 'Campuses & people' }).click();
  const people = page.getByRole('dialog', { name: 'Campuses and people' });
  // Each campus's cohort is named by the campus alone, so its remove button and every conflict
  // say "cohort TU Berlin" once (it was "TU Berlin cohort": "Cohort TU Berlin cohort").
  const cohortNames = people.getByRole('textbox', { name: 'Cohort name' });
  for (const [i, name] of ['TU Berlin', 'Chalmers', 'NTNU', 'PoliMi'].entries()) await expect(cohortNames.nth(i)).toHaveValue(name);
  await expect(people.getByRole('button', { name: 'Remove cohort TU Berlin', exact: true })).toBeVisible();
  await people.getByRole('textbox', { name: 'Cohort name' }).nth(2).fill('NTNU · MSc Hydrogen, year 1');
  await people.getByRole('textbox', { name: 'PoliMi teaching hours on Fri' }).fill('');
  await people.getByRole('button', { name: 'Add a lecturer' }).click();
  await people.getByRole('textbox', { name: 'Lecturer name' }).fill('Prof. Ingrid Berg');
  await people.getByRole('button', { name: 'Add a room' }).click();
  await people.getByRole('textbox', { name: 'Room name' }).fill('Hydrogen lab');
  await people.getByRole('searchbox', { name: 'Add a campus: search a university, city or time zone' }).fill('Santiago');
  await people.getByRole('button', { name: /\+ U\. Chile/ }).click();
  await shot(page, 'people');
  await people.getByRole('button', { name: 'Save' }).click();
  await expect(people).toBeHidden();
  await expect(page.locator('.campus-count')).toHaveText('5 campuses');

  await page.getByRole('button', { name: 'New session' }).click();
  const form = page.getByRole('dialog', { name: 'New session' });
  await form.getByLabel('Title', { exact: true }).fill('Electrolysis lecture');
  await form.getByLabel('First date', { exact: true }).fill('2027-02-16');
  await form.getByLabel('Starts at', { exact: true }).fill('09:15');
  for (const c of ['TU Berlin', 'Chalmers', 'NTNU · MSc Hydrogen, year 1', 'PoliMi']) await form.getByRole('checkbox', { name: c, exact: true }).check();
  await form.getByRole('combobox', { name: 'Lecturer' }).selectOption({ label: 'Prof. Ingrid Berg' });
  await form.getByRole('button', { name: 'Add session' }).click();
  await expect(form).toBeHidden();
  await page.getByRole('combobox', { name: 'Week' }).selectOption('2027-02-15');
  if (info.project.name === 'phone') await page.getByRole('tab', { name: /Tue 16 Feb/ }).click();
  await expect(page.locator('.block', { hasText: 'Electrolysis lecture' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Conflicts' }).getByRole('heading')).toContainText('0 errors');
  await shot(page, 'new-term');

  // A second session at the same time for TU Berlin's cohort: the conflict names the cohort once.
  await page.getByRole('button', { name: 'New session' }).click();
  await form.getByLabel('Title', { exact: true }).fill('Fuel cells seminar');
  await form.getByLabel('First date', { exact: true }).fill('2027-02-16');
  await form.getByLabel('Starts at', { exact: true }).fill('09:15');
  await form.getByRole('checkbox', { name: 'TU Berlin', exact: true }).check();
  await form.getByRole('button', { name: 'Add session' }).click();
  await expect(form).toBeHidden();
  const clash = page.getByRole('complementary', { name: 'Conflicts' }).locator('.conflict', { hasText: 'Fuel cells seminar' });
  await expect(clash.first()).toContainText('Cohort TU Berlin has two sessions on ');
  await expect(clash.first()).not.toContainText('TU Berlin cohort');
  await shot(page, 'new-term-conflict');

  await page.waitForTimeout(600);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hydrogen economy — spring 2027');
  await page.getByRole('combobox', { name: 'Week' }).selectOption('2027-02-15');
  if (info.project.name === 'phone') await page.getByRole('tab', { name: /Tue 16 Feb/ }).click();
  await expect(page.locator('.block', { hasText: 'Electrolysis lecture' })).toBeVisible();
});

test('drag a series to a free time: the preview shows local times and conflicts before the drop', async ({ page }, info) => {
  test.skip(info.project.name === 'phone', 'a mouse drag; the phone uses the keyboard-free form and buttons');
  await page.clock.setFixedTime(new Date('2026-10-20T12:00:00Z'));
  await page.goto('/');
  const panel = page.getByRole('complementary', { name: 'Conflicts' });
  await expect(panel.locator('.conflict', { hasText: CLASH })).toHaveCount(1);
  const block = page.locator('.block', { hasText: 'Markets tutorial' }).first();
  const box = await block.boundingBox();
  const x = box.x + box.width / 2;
  const y = box.y + 8;
  await page.mouse.move(x, y);
  await page.mouse.down();
  // 0.9 px a minute: 27 px is 30 minutes.
  for (let dy = 5; dy <= 27; dy += 5) await page.mouse.move(x, y + dy);
  await page.mouse.move(x, y + 27);
  const preview = page.getByRole('complementary', { name: 'Where the session would go' });
  await expect(preview).toContainText('Markets tutorial, Tue 20 Oct');
  await expect(preview).toContainText('PoliMi Tue 11:00 a.m.–12:00 p.m.');
  await shot(page, 'drag-preview');
  await page.mouse.up();
  await expect(preview).toBeHidden();
  // A series asks which weeks the drop is for.
  const ask = page.getByRole('dialog', { name: 'Move “Markets tutorial” 30 min later?' });
  await shot(page, 'drop-scope');
  await ask.getByRole('button', { name: 'Every week' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByRole('status').first()).toContainText('Moved Markets tutorial 30 min later.');
  await expect(panel.locator('.conflict', { hasText: CLASH })).toHaveCount(0);
});

// Regression: the arrow key moved a weekly series' first start to Wednesday but kept it on
// Tuesdays, so its first week vanished and every other week stayed where it was.
test('series moved by a day with the arrow key moves every week to the new weekday', async ({ page }, info) => {
  test.skip(info.project.name === 'phone', 'keyboard editing is a desktop journey');
  await page.clock.setFixedTime(new Date('2026-10-20T12:00:00Z'));
  await page.goto('/');
  const inDay = (day) => page.getByRole('group', { name: day }).locator('.block', { hasText: 'Markets tutorial' });
  await expect(inDay('Tue 20 Oct')).toHaveCount(1);
  await inDay('Tue 20 Oct').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('status').first()).toContainText('Moved Markets tutorial 1 day later.');
  await expect(inDay('Tue 20 Oct')).toHaveCount(0);
  await expect(inDay('Wed 21 Oct')).toHaveCount(1);
  // The first week moved too (it was dropped), and so did the last.
  const strip = page.getByRole('list', { name: /Term at a glance/ });
  await strip.getByRole('button', { name: /^Week 1 \(Mon 7 Sep\)/ }).click();
  await expect(inDay('Tue 8 Sep')).toHaveCount(0);
  await expect(inDay('Wed 9 Sep')).toHaveCount(1);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('summary', { hasText: 'File' }).click().then(() => page.getByRole('button', { name: 'Export file' }).click()),
  ]);
  const saved = JSON.parse(fs.readFileSync(await download.path(), 'utf8')).sessions.find((s) => s.id === 'markets-tutorial');
  expect(saved.start).toBe('2026-09-09T10:30');
  expect(saved.repeat.weekdays).toEqual(['wed']);
});

// Regression: three sessions side by side on Tuesday of term week 8 (27 Oct) shrank to stubs
// reading "En", "Mi", "Ma" on a desktop in German. Each keeps a readable lane (the day widens,
// the grid scrolling sideways if it must): every word of its title shows whole, and at least
// its first line (a 12-hour time, as this browser's en-CA clock reads, wraps in a lane).
test('sessions side by side keep a readable width: no title cut to a stub', async ({ page }, info) => {
  const phone = info.project.name === 'phone';
  await page.clock.setFixedTime(new Date('2026-10-20T12:00:00Z'));
  await page.goto('/?lang=de');
  await page.locator('.week-pick select').selectOption('2026-10-26');
  if (phone) await page.locator('.day-tab').nth(1).click();
  const tuesday = page.locator('.day').nth(1);
  const blocks = tuesday.locator('.block-wrap');
  expect(await blocks.count()).toBeGreaterThanOrEqual(3);
  await tuesday.scrollIntoViewIfNeeded();
  const cut = await tuesday.evaluate((day) => [...day.querySelectorAll('.block-wrap')].flatMap((b) => {
    const title = b.querySelector('.block-title');
    const width = b.getBoundingClientRect().width;
    // At least a line of the title shows (it had shrunk to nothing above a wrapped 12-hour time).
    const whole = width >= 64 && title.scrollWidth <= title.clientWidth + 1 && title.clientHeight >= 12;
    return whole ? [] : [`${title.textContent} (${Math.round(width)} × ${title.clientHeight} px)`];
  }));
  expect(cut).toEqual([]);
  await page.locator('.block', { hasText: 'Midterm' }).first().scrollIntoViewIfNeeded();
  await shot(page, 'planner-side-by-side');
});
