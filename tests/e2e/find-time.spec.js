// "Find a time" in the session form: the PoliMi markets tutorial clashes with the markets lecture
// for the PoliMi cohort; the form offers starts that the engine checked against the whole term,
// and picking one and saving clears the clash.
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;

const shot = (page, name) =>
  page.screenshot({ path: `tests/e2e/screenshots/${name}-${test.info().project.name}.png`, fullPage: false });
const CLASH = 'Energy markets and policy and Markets tutorial';

test('find a time for a clashing series, pick one, save: the clash is gone', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-10-20T12:00:00Z'));
  await page.goto('/');
  const panel = page.getByRole('complementary', { name: 'Conflicts' });
  await expect(panel.locator('.conflict', { hasText: CLASH })).toHaveCount(1);
  if (test.info().project.name === 'phone') await page.getByRole('tab', { name: /Tue 20 Oct/ }).click();
  await page.locator('.block', { hasText: 'Markets tutorial' }).first().focus();
  await page.keyboard.press('Enter');
  const form = page.getByRole('dialog', { name: 'Edit session' });
  await form.getByRole('button', { name: 'Find a time' }).click();
  const finder = form.getByRole('region', { name: 'Find a time' });
  // Every Tuesday meets a clash or a holiday (the midterm on 27 Oct, Immaculate Conception on
  // 8 Dec), so the best offers move the series to another day, the same time first.
  await expect(finder).toContainText('Times in Milan. Now Tue 8 Sep, 10:30 a.m.: 3 errors');
  await expect(finder).toContainText('two sessions');
  const offers = finder.getByRole('listitem');
  await expect(offers).toHaveCount(5);
  await expect(offers.first()).toContainText('no conflicts');
  await expect(offers.first().getByRole('button')).toHaveText('Wed 9 Sep, 10:30 a.m.');
  await shot(page, 'find-a-time');
  const axe = await new AxeBuilder({ page }).include('.session-form').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  await offers.first().getByRole('button').click();
  await expect(form.getByLabel('First date', { exact: true })).toHaveValue('2026-09-09');
  await expect(form.getByLabel('Starts at', { exact: true })).toHaveValue('10:30');
  await expect(form.getByRole('group', { name: /On these days/ }).getByLabel('Wed')).toBeChecked();
  await expect(offers).toHaveCount(0);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').first()).toHaveText('Saved Markets tutorial.');
  await expect(panel.locator('.conflict', { hasText: CLASH })).toHaveCount(0);
  // The series now meets on Wednesdays (this week Wed 21 Oct), not on Tuesdays.
  await expect(page.locator('.day[aria-label="Wed 21 Oct"] .block', { hasText: 'Markets tutorial' })).toHaveCount(1);
  await expect(page.locator('.day[aria-label="Tue 20 Oct"] .block', { hasText: 'Markets tutorial' })).toHaveCount(0);
});

test('a conflict offers to find a time for its session: the form opens with the suggestions', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-10-20T12:00:00Z'));
  await page.goto('/');
  const panel = page.getByRole('complementary', { name: 'Conflicts' });
  const clash = panel.locator('.conflict', { hasText: CLASH });
  await clash.getByRole('button', { name: 'Find a time for Markets tutorial' }).click();
  const form = page.getByRole('dialog', { name: 'Edit session' });
  await expect(form.getByLabel('Title')).toHaveValue('Markets tutorial');
  const finder = form.getByRole('region', { name: 'Find a time' });
  await expect(finder).toContainText('Now Tue 8 Sep, 10:30 a.m.: 3 errors');
  await expect(finder.getByRole('listitem').first()).toContainText('no conflicts');
  await expect(finder.getByRole('listitem').first().getByRole('button')).toBeInViewport();
  // Drift is not a problem a time fixes: its note offers no search.
  const drift = panel.locator('.conflict', { hasText: 'moves at partners' });
  await expect(drift).toHaveCount(1);
  await expect(drift.locator('button', { hasText: 'Find a time' })).toHaveCount(0);
  await expect(clash.locator('button', { hasText: 'Find a time' })).toHaveCount(1);
  await shot(page, 'find-a-time-from-conflict');
});

test('a holiday in one week is fixed by moving that week only, found from the conflict', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-10-20T12:00:00Z'));
  await page.goto('/');
  const panel = page.getByRole('complementary', { name: 'Conflicts' });
  const holiday = panel.locator('.conflict', { hasText: 'falls on Hispanic Day at UPV' });
  await holiday.getByRole('button', { name: 'Find a time for Energy systems: joint lecture on Mon 12 Oct only' }).click();
  const form = page.getByRole('dialog', { name: 'Edit session' });
  await expect(form.getByLabel('only Mon 12 Oct (this week)')).toBeChecked();
  const finder = form.getByRole('region', { name: 'Find a time' });
  // Only that week's problem counts: the series' other weeks are not moved.
  await expect(finder).toContainText('Now Mon 12 Oct, 10:15 a.m.: 1 error — Energy systems: joint lecture on Mon 12 Oct 2026 falls on Hispanic Day at UPV');
  const first = finder.getByRole('listitem').first();
  await expect(first).toContainText('no conflicts');
  const label = (await first.getByRole('button').textContent()).trim();
  await first.getByRole('button').click();
  await expect(form.getByLabel('Date', { exact: true })).not.toHaveValue('2026-10-12');
  await shot(page, 'find-a-time-one-week');
  const axe = await new AxeBuilder({ page }).include('.session-form').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  await form.getByRole('button', { name: 'Save this week' }).click();
  await expect(page.getByRole('status').first()).toHaveText('Saved Energy systems: joint lecture on Mon 12 Oct, that week only.');
  await expect(holiday).toHaveCount(0);
  // The series still meets on Mondays: this week's lecture is where it was.
  await expect(page.locator('.day[aria-label="Mon 19 Oct"] .block', { hasText: 'Energy systems' })).toHaveCount(1);
  expect(label).toMatch(/^(Tue|Wed|Thu|Fri) 1[3-6] Oct, /);
  // A one-off's conflict moves the session itself: no "only".
  await expect(panel.getByRole('button', { name: 'Find a time for Midterm exam', exact: true }).first()).toBeVisible();
});
