// The planner's pointer gestures on the ENHANCE demo (week of Mon 19 Oct, grid in Berlin time):
// one week of a series moved on its own, a session made longer by its lower edge, a new session
// sketched over empty time, snapping to 5 minutes, and "this week only" in the form.
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;

const shot = (page, name) =>
  page.screenshot({ path: `tests/e2e/screenshots/${name}-${test.info().project.name}.png`, fullPage: false });
const PX_PER_MINUTE = 0.9;

test.beforeEach(async ({ page }, info) => {
  test.skip(info.project.name === 'phone', 'mouse gestures; on a phone sessions are edited in the form');
  await page.clock.setFixedTime(new Date('2026-10-20T12:00:00Z'));
  await page.goto('/');
});

/** Drags from (x, y) by dy pixels in small steps, as a hand would. */
async function drag(page, x, y, dy, dx = 0) {
  await page.mouse.move(x, y);
  await page.mouse.down();
  const steps = 8;
  for (let i = 1; i <= steps; i++) await page.mouse.move(x + (dx * i) / steps, y + (dy * i) / steps);
  await page.mouse.up();
}

const block = (page, title) => page.locator('.block', { hasText: title }).first();
const status = (page) => page.getByRole('status').first();

test('one week of a series moves on its own, and the next week stays', async ({ page }) => {
  const lecture = block(page, 'Energy systems: joint lecture');
  await expect(lecture).toContainText('10:15–11:45 a.m.');
  const box = await lecture.boundingBox();
  await drag(page, box.x + box.width / 2, box.y + 10, 30 * PX_PER_MINUTE);
  const ask = page.getByRole('dialog', { name: 'Move “Energy systems: joint lecture” 30 min later?' });
  const axe = await new AxeBuilder({ page }).include('.scope-choice').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  await ask.getByRole('button', { name: 'This week only (Mon 19 Oct)' }).click();
  await expect(status(page)).toHaveText('Moved Energy systems: joint lecture on Mon 19 Oct 30 min later, that week only.');
  await expect(block(page, 'Energy systems: joint lecture')).toContainText('10:45 a.m.–12:15 p.m.');
  await expect(page.locator('.block.changed', { hasText: 'Energy systems' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Next week' }).click();
  await expect(block(page, 'Energy systems: joint lecture')).toContainText('10:15–11:45 a.m.');
  await page.getByRole('button', { name: 'Previous week' }).click();
  await shot(page, 'week-moved-alone');
  // Undo puts the week back; a cancelled drop changes nothing.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(block(page, 'Energy systems: joint lecture')).toContainText('10:15–11:45 a.m.');
  const again = await block(page, 'Energy systems: joint lecture').boundingBox();
  await drag(page, again.x + again.width / 2, again.y + 10, 60 * PX_PER_MINUTE);
  await page.getByRole('dialog', { name: /Move “Energy systems: joint lecture” 1 h later/ }).getByRole('button', { name: 'Cancel' }).click();
  await expect(block(page, 'Energy systems: joint lecture')).toContainText('10:15–11:45 a.m.');
});

test('the lower edge changes the length, every week', async ({ page }) => {
  const tutorial = block(page, 'Markets tutorial');
  await expect(tutorial).toContainText('10:30–11:30 a.m.');
  await tutorial.hover();
  const handle = page.locator('.block-wrap', { has: tutorial }).locator('.resize-handle');
  const box = await handle.boundingBox();
  await drag(page, box.x + box.width / 2, box.y + box.height / 2, 30 * PX_PER_MINUTE);
  await page.getByRole('dialog', { name: 'Make “Markets tutorial” 30 min longer?' }).getByRole('button', { name: 'Every week' }).click();
  await expect(status(page)).toHaveText('Markets tutorial now lasts 1 h 30 min.');
  await expect(block(page, 'Markets tutorial')).toContainText('10:30 a.m.–12:00 p.m.');
  // A one-off (the midterm, Tue 27 Oct) changes at once, without asking.
  await page.getByRole('button', { name: 'Next week' }).click();
  const exam = block(page, 'Midterm exam');
  await exam.hover();
  const edge = await page.locator('.block-wrap', { has: exam }).locator('.resize-handle').boundingBox();
  await drag(page, edge.x + edge.width / 2, edge.y + edge.height / 2, -30 * PX_PER_MINUTE);
  await expect(status(page)).toHaveText('Midterm exam now lasts 1 h 30 min.');
});

test('dragging over empty time opens a new session there; snapping to 5 minutes', async ({ page }) => {
  // Wednesday 21 Oct is free from 13:00 (the hydrogen lab skips that week). Find 13:00 from the
  // Monday lecture's top edge (10:15).
  const lecture = await block(page, 'Energy systems: joint lecture').boundingBox();
  const wednesday = await page.getByRole('group', { name: 'Wed 21 Oct' }).boundingBox();
  const y = lecture.y + (13 * 60 - (10 * 60 + 15)) * PX_PER_MINUTE + 2;
  await drag(page, wednesday.x + wednesday.width / 2, y, 90 * PX_PER_MINUTE - 4);
  const form = page.getByRole('dialog', { name: 'New session' });
  await expect(form.getByLabel('First date', { exact: true })).toHaveValue('2026-10-21');
  await expect(form.getByLabel('Starts at', { exact: true })).toHaveValue('13:00');
  await expect(form.getByLabel('Length (minutes)')).toHaveValue('90');
  await expect(form.getByRole('combobox', { name: 'Taught from' })).toHaveValue('tub');
  await form.getByLabel('Title', { exact: true }).fill('Storage workshop');
  await form.getByLabel('NTNU · MSc Energy and Environment, year 1').check();
  await form.getByRole('button', { name: 'Add session' }).click();
  await expect(block(page, 'Storage workshop')).toContainText('1:00–2:30 p.m.');

  await page.getByRole('combobox', { name: 'Snap to' }).selectOption('5');
  await block(page, 'Storage workshop').focus();
  await page.keyboard.press('ArrowDown');
  await expect(status(page)).toHaveText('Moved Storage workshop 5 min later.');
  await expect(block(page, 'Storage workshop')).toContainText('1:05–2:35 p.m.');
});

test('in the form: this week only, and cancelling one week', async ({ page }) => {
  await block(page, 'Grid integration seminar').dblclick();
  const form = page.getByRole('dialog', { name: 'Edit session' });
  await form.getByLabel('only Thu 22 Oct (this week)').check();
  await expect(form.getByLabel('Date', { exact: true })).toHaveValue('2026-10-22');
  await form.getByLabel('Starts at', { exact: true }).fill('14:00');
  await form.getByLabel('Aula B.4.1 (PoliMi)').uncheck();
  await shot(page, 'form-this-week');
  const axe = await new AxeBuilder({ page }).include('.session-form').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  await form.getByRole('button', { name: 'Save this week' }).click();
  await expect(status(page)).toHaveText('Saved Grid integration seminar on Thu 22 Oct, that week only.');
  await expect(block(page, 'Grid integration seminar')).toContainText('2:00–3:30 p.m.');
  await page.getByRole('button', { name: 'Next week' }).click();
  await expect(block(page, 'Grid integration seminar')).toContainText('4:00–5:30 p.m.');

  // Cancel the next week's seminar: it leaves the grid, and the series goes on after it.
  await block(page, 'Grid integration seminar').focus();
  await page.keyboard.press('Enter');
  await form.getByLabel('only Thu 29 Oct (this week)').check();
  await form.getByRole('button', { name: 'Cancel this week' }).click();
  await expect(status(page)).toHaveText('Grid integration seminar does not take place on Thu 29 Oct. Undo brings it back.');
  await expect(page.locator('.block', { hasText: 'Grid integration seminar' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Next week' }).click();
  await expect(block(page, 'Grid integration seminar')).toBeVisible();
});

test('the whole week fits a desktop, and a session dragged onto the narrow empty Saturday lands on Saturday', async ({ page }) => {
  // No sessions at the weekend this week: Saturday and Sunday are narrow, and nothing scrolls sideways.
  const grid = page.locator('.grid-scroll');
  const fits = await grid.evaluate((g) => g.scrollWidth <= g.clientWidth + 1);
  expect(fits).toBe(true);
  const saturday = page.getByRole('group', { name: 'Sat 24 Oct' });
  const friday = page.getByRole('group', { name: 'Fri 23 Oct' });
  const [sat, fri] = [await saturday.boundingBox(), await friday.boundingBox()];
  expect(sat.width).toBeLessThan(fri.width * 0.75);
  // Monday's lecture to the middle of Saturday's column, at the same time of day.
  const lecture = await block(page, 'Energy systems: joint lecture').boundingBox();
  await drag(page, lecture.x + lecture.width / 2, lecture.y + 10, 0, sat.x + sat.width / 2 - (lecture.x + lecture.width / 2));
  await page.getByRole('dialog', { name: 'Move “Energy systems: joint lecture” 5 days later?' })
    .getByRole('button', { name: 'This week only (Mon 19 Oct)' }).click();
  await expect(status(page)).toHaveText('Moved Energy systems: joint lecture on Mon 19 Oct 5 days later, that week only.');
  await expect(saturday.locator('.block', { hasText: 'Energy systems: joint lecture' })).toContainText('10:15–11:45 a.m.');
  // Saturday now has a session: it is as wide as a weekday again.
  expect((await saturday.boundingBox()).width).toBeGreaterThan((await friday.boundingBox()).width * 0.9);
  await shot(page, 'week-saturday-session');
});
