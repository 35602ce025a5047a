// The language menu in both pages' headers, the language a students' link carries as a hint,
// dates from Intl in the chosen language, and the shell and timetable in the pseudo-locale
// (accented, 40 % longer) at both sizes, with screenshots to look at.
// The served app (playwright.config.js: E2E_PORT, else 8081).
const BASE = `http://127.0.0.1:${process.env.E2E_PORT || '8081'}/`;
const { test, expect } = require('@playwright/test');
const { execFileSync } = require('child_process');
const path = require('path');

const meridian = (...args) => execFileSync(path.resolve('target/debug/meridian'), args, { encoding: 'utf8' });
const size = () => (test.info().project.name === 'phone' ? '390x844' : '1280x800');
const shot = (page, view) =>
  page.screenshot({ path: `tests/e2e/screenshots/pseudo-${view}-${size()}.png`, fullPage: false });
// Thu 22 Oct 2026, 12:00 UTC: in the ENHANCE term.
const FIXED = new Date('2026-10-22T12:00:00Z');
const viewLink = (page = `${BASE}timetable.html`) =>
  meridian('link', 'encode', 'examples/enhance-autumn-2026.json', '--view', '--campus', 'tub', '--base', page).trim();
const withQuery = (link, query) => link.replace('#', `?${query}#`);

test('the header offers the ten languages by their own names; a choice is kept and <html lang> follows', async ({ page }) => {
  await page.goto(`${BASE}index.html`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const menu = page.locator('.language-menu');
  await menu.locator('summary').click();
  const options = menu.getByRole('group', { name: 'Language' }).getByRole('button');
  await expect(options).toHaveCount(10);
  await expect(options.nth(0)).toHaveText('English');
  await expect(options.nth(0)).toHaveAttribute('aria-pressed', 'true');
  await expect(menu.getByRole('button', { name: 'Polski' })).toHaveAttribute('lang', 'pl');
  await expect(menu.getByRole('button', { name: '简体中文' })).toHaveAttribute('lang', 'zh-Hans');
  await menu.getByRole('button', { name: 'Deutsch' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(menu).not.toHaveAttribute('open', '');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  // The timetable page reads the same choice.
  await page.goto(viewLink());
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

test('a students\' link made in Polish carries hl=pl; it never overrides a reader who speaks English', async ({ page }) => {
  await page.goto(`${BASE}index.html?lang=pl`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await page.locator('.share-button.primary').click();
  // The dialog speaks Polish now: find the students' link by what it is, not by its label.
  const links = await page.getByRole('dialog').getByRole('textbox').evaluateAll((els) => els.map((e) => e.value));
  const students = links.find((v) => v.includes('timetable.html'));
  expect(students).toMatch(/timetable\.html\?hl=pl#/);
  // This reader's browser prefers English (en-CA): the hint is not taken.
  await page.goto(withQuery(viewLink(), 'hl=pl'));
  await expect(page.getByRole('main', { name: 'My timetable' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('a reader whose browser prefers no language Meridian speaks', () => {
  test.use({ locale: 'ja-JP' });
  test('takes the link\'s hint, on the timetable page and the planner', async ({ page }) => {
    await page.goto(withQuery(viewLink(), 'hl=pl'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await page.goto(`${BASE}index.html?hl=sv`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  });
});

test('the timetable in Polish says its dates through Intl in Polish', async ({ page }) => {
  await page.clock.setFixedTime(FIXED);
  await page.goto(withQuery(viewLink(), 'lang=pl'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  const agenda = page.locator('.agenda');
  await expect(agenda).toBeVisible();
  const polishDay = await page.evaluate(() =>
    new Intl.DateTimeFormat('pl', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })
      .format(new Date(Date.UTC(2026, 9, 26, 12))));
  await expect(agenda.locator('.agenda-date', { hasText: polishDay })).toHaveCount(1);
  await page.screenshot({ path: `tests/e2e/screenshots/polish-timetable-${size()}.png`, fullPage: false });
});

test('the shell and the timetable in the pseudo-locale', async ({ page }) => {
  await page.clock.setFixedTime(FIXED);
  await page.goto(`${BASE}index.html?lang=en-XA`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  await expect(page.locator('.footer')).not.toContainText('Everything stays');
  await shot(page, 'start');
  await page.locator('.language-menu summary').click();
  await expect(page.locator('.language-menu .menu-items')).toBeVisible();
  await shot(page, 'header-language-menu');
  await page.locator('.language-menu summary').click();

  // The timetable page before any link was opened here.
  await page.goto(`${BASE}timetable.html?lang=en-XA`);
  await expect(page.locator('main.timetable a')).toBeVisible();
  await shot(page, 'timetable-page-start');

  await page.goto(withQuery(viewLink(), 'lang=en-XA'));
  await expect(page.locator('.agenda')).toBeVisible();
  await shot(page, 'timetable-agenda');
  await page.locator('.layout-switch .button').nth(1).click();
  await expect(page.locator('.timetable .planner')).toBeVisible();
  await page.locator('.timetable .planner').evaluate((e) => e.scrollIntoView());
  await shot(page, 'timetable-week');
});
