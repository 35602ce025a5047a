// Issue 20 in the app: the GMA's global lecture (Milan, Toronto, Houston, Santiago, Manchester,
// Auckland) has no hour inside everyone's teaching hours. "Best times" shades the week by how
// many campuses hold each start in every week of the term, says why the others miss it, and
// proposes a rotation that shares the early, late and weekend sessions; accepting it makes one
// series per slot, and an Auckland student's timetable alternates between times across weeks.
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;

const shot = (page, name) =>
  page.screenshot({ path: `tests/e2e/screenshots/${name}-${test.info().project.name}.png`, fullPage: false });
const LECTURE = 'Learning analytics: joint lecture';

test('best times for the global lecture: heat layer, a fair rotation, accepted, an Auckland timetable alternates', async ({ page }) => {
  const phone = test.info().project.name === 'phone';
  await page.clock.setFixedTime(new Date('2027-03-01T12:00:00Z'));
  await page.goto('/?demo=gma-spring-2027');
  if (phone) await page.getByRole('tab', { name: /Tue 2 Mar/ }).click();
  await page.locator('.block', { hasText: LECTURE }).first().focus();
  await page.keyboard.press('Enter');
  const form = page.getByRole('dialog', { name: 'Edit session' });
  await form.getByRole('button', { name: 'Best times' }).click();
  await expect(form).toHaveCount(0);

  const panel = page.getByRole('complementary', { name: 'Best times' });
  await expect(panel.getByRole('heading', { name: `Best times for ${LECTURE}` })).toBeVisible();
  // The session's six campuses are ticked, the others not.
  for (const c of ['PoliMi', 'Auckland', 'Manchester', 'Toronto', 'Rice', 'U. Chile']) {
    await expect(panel.getByRole('checkbox', { name: c, exact: true })).toBeChecked();
  }
  await expect(panel.getByRole('checkbox', { name: 'Nairobi', exact: true })).not.toBeChecked();
  await expect(panel).toContainText('No start suits all 6 campuses in every week of the term');
  await expect(panel).toContainText('Times in Milan');
  // The heat layer over the grid: shaded starts, none of them for everyone.
  await expect(page.locator('.grid.with-heat')).toHaveCount(1);
  expect(await page.locator('.heat').count()).toBeGreaterThan(50);
  await expect(page.locator('.heat.heat-all')).toHaveCount(0);
  if (phone) await page.locator('.grid').scrollIntoViewIfNeeded();
  await page.locator('.day.selected .heat', { hasText: '5/6' }).first().hover();
  await expect(panel.locator('.pointed')).toContainText('5 of 6 campuses inside teaching hours every week');
  await shot(page, 'best-times-heat');

  // Pointing at a start says why campuses miss it.
  const closest = panel.locator('.best-slots li').first();
  await closest.getByRole('button').focus();
  await expect(panel.locator('.pointed')).toContainText('of 6 campuses inside teaching hours every week');
  await expect(panel.locator('.pointed li').first()).toBeVisible();

  // Unticking campuses is a filter over the same map: Milan, Manchester and Toronto alone
  // share hours every week.
  for (const c of ['Auckland', 'Rice', 'U. Chile']) await panel.getByRole('checkbox', { name: c, exact: true }).click();
  await expect(panel.getByRole('heading', { name: 'Starts that suit everyone in every week' })).toBeVisible();
  expect(await page.locator('.heat.heat-all').count()).toBeGreaterThan(0);
  await expect(panel.getByRole('region', { name: /rotation|weekly slot/ })).toHaveCount(0);
  if (!phone) await shot(page, 'best-times-three-campuses');
  for (const c of ['Auckland', 'Rice', 'U. Chile']) await panel.getByRole('checkbox', { name: c, exact: true }).click();
  await expect(page.locator('.heat.heat-all')).toHaveCount(0);
  await panel.scrollIntoViewIfNeeded();
  await shot(page, 'best-times-panel');

  // The rotation: its slots with every campus's local start, the weeks, and each burden.
  const rotation = panel.getByRole('region', { name: /A fair rotation of \d weekly slots/ });
  await expect(rotation).toBeVisible();
  const table = rotation.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(7);
  await expect(table.getByRole('rowheader', { name: 'Auckland' })).toBeVisible();
  await expect(rotation).toContainText('Inconvenient sessions per campus:');
  await expect(rotation).toContainText(/Auckland \d/);
  await expect(rotation).toContainText('a session at night (before 06:00 or ending after 23:00, marked ☾) counting as three');
  await rotation.scrollIntoViewIfNeeded();
  await shot(page, 'best-times-rotation');
  const axe = await new AxeBuilder({ page }).include('.best-times').include('.grid').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);

  await rotation.getByRole('button', { name: 'Use this rotation' }).click();
  await expect(page.getByRole('status').first()).toContainText(`${LECTURE} now rotates between`);
  await expect(panel).toHaveCount(0);

  // Undo brings the one series back; redo the rotation.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').first()).toHaveText('Undone.');
  await page.getByRole('button', { name: 'Redo' }).click();

  // An Auckland student's timetable: the lecture at more than one local time across weeks.
  await page.getByRole('button', { name: 'My timetable' }).click();
  await page.getByRole('combobox', { name: 'My campus' }).selectOption({ label: 'Auckland' });
  await expect(page.getByRole('combobox', { name: 'My cohort' })).toHaveValue('auckland-la');
  const items = page.locator('.agenda-item', { hasText: LECTURE });
  await expect(items.first()).toBeVisible();
  const times = await items.locator('.agenda-time').allTextContents();
  expect(times.length).toBeGreaterThanOrEqual(10);
  expect(new Set(times.map((t) => t.trim())).size).toBeGreaterThanOrEqual(2);
  // Week by week it takes turns: consecutive lectures are on another local weekday or at another
  // local time (two slots may meet Auckland at one hour on different days).
  const when = await page.locator('.agenda-day', { has: page.locator('.agenda-item', { hasText: LECTURE }) }).evaluateAll((days, title) =>
    days.map((d) => `${d.querySelector('.agenda-date').textContent.split(' ')[0]} ${[...d.querySelectorAll('.agenda-item')].find((i) => i.textContent.includes(title)).querySelector('.agenda-time').textContent.trim()}`), LECTURE);
  expect(when[0]).not.toEqual(when[1]);
  expect(when[1]).not.toEqual(when[2]);
  await shot(page, 'rotation-timetable');
});
