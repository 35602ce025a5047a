// The app shell on the demo terms: sessions with the right local times at campuses in both
// hemispheres, week navigation across a switch, the viewer's zone, and accessibility (axe).
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;

const shot = (page, name) =>
  page.screenshot({ path: `tests/e2e/screenshots/${name}-${test.info().project.name}.png`, fullPage: false });

async function detailsOf(page, title) {
  const block = page.locator('.block', { hasText: title }).first();
  await block.focus();
  const id = await block.getAttribute('aria-describedby');
  const details = page.locator(`[id="${id}"]`);
  await expect(details).toBeVisible();
  return details;
}

test('opens on the ENHANCE demo, in the current week and day, with the viewer zone detected', async ({ page }) => {
  // Tuesday 20 October 2026, 08:00 in Toronto.
  await page.clock.setFixedTime(new Date('2026-10-20T12:00:00Z'));
  await page.goto('/');
  await expect(page.getByRole('combobox', { name: 'Week' })).toHaveValue('2026-10-19');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sustainable Energy Systems — autumn 2026');
  await expect(page.getByText('IANA tzdb 2025b')).toBeVisible();
  await expect(page.getByLabel('Your time zone')).toHaveValue('America/Toronto');
  // On a phone only today's column shows; on a desktop the whole week.
  await expect(page.locator('.block:visible', { hasText: 'Energy markets and policy' })).toBeVisible();
});

test('GMA lecture shows local times in both hemispheres and moves with their switches', async ({ page }, info) => {
  await page.goto('/?demo=gma-spring-2027&week=2027-03-29');
  await expect(page.getByRole('combobox', { name: 'Week' })).toHaveValue('2027-03-29');
  if (info.project.name === 'phone') {
    await page.getByRole('tab', { name: /Tue 30 Mar/ }).click();
  }
  let details = await detailsOf(page, 'Learning analytics');
  await expect(details.getByRole('row', { name: /Auckland/ })).toContainText('Wed 04:00–05:30');
  await expect(details.getByRole('row', { name: /U\. Chile/ })).toContainText('Tue 12:00–13:30');
  await expect(details.getByRole('row', { name: /Auckland/ })).toContainText('other day');
  await shot(page, 'gma-week-13');

  // Auckland leaves summer time on 4 Apr, Santiago on 3 Apr: the switch is announced.
  await expect(page.getByRole('list', { name: 'Daylight-saving switches this week' })).toContainText('U. Chile');
  await page.getByRole('button', { name: 'Next week' }).click();
  await expect(page.getByRole('combobox', { name: 'Week' })).toHaveValue('2027-04-05');
  if (info.project.name === 'phone') {
    await page.getByRole('tab', { name: /Tue 6 Apr/ }).click();
  }
  details = await detailsOf(page, 'Learning analytics');
  await expect(details.getByRole('row', { name: /Auckland/ })).toContainText('Wed 03:00–04:30');
  await expect(details.getByRole('row', { name: /U\. Chile/ })).toContainText('Tue 11:00–12:30');
  await shot(page, 'gma-week-14');
});

test('the grid can be drawn in the viewer zone and the viewer zone can be changed by city', async ({ page }) => {
  await page.goto('/?week=2026-10-19');
  await page.getByLabel('Grid in').selectOption('America/Toronto');
  // The Toronto-anchored guest lecture sits at 10:00 in a Toronto grid.
  await expect(page.locator('.block', { hasText: 'Guest lecture' })).toContainText('10:00–11:00 a.m.');
  const zone = page.getByLabel('Your time zone');
  await zone.fill('Trondheim');
  await zone.press('Enter');
  await expect(zone).toHaveValue('Europe/Oslo');
  await zone.fill('Atlantis');
  await zone.press('Enter');
  await expect(page.getByRole('alert')).toContainText('No time zone matches "Atlantis"');
  // Left in the field to be corrected, and the zone in use is unchanged.
  await expect(zone).toHaveValue('Atlantis');
  await zone.fill('Gothenburg');
  await zone.press('Enter');
  await expect(zone).toHaveValue('Europe/Stockholm');
});

test('has no detectable accessibility violations', async ({ page }) => {
  await page.goto('/?week=2026-10-19');
  await expect(page.locator('.block').first()).toBeVisible();
  await shot(page, 'enhance-week-43');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});
