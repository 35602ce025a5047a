// The planner in the pseudo-locale (en-XA: every message accented, bracketed and 40 % longer), as
// a longer language would fill it: the week grid, the session form and the Best times panel, at
// 1280×800 and 390×844. No text of these views may be cut off or run out of its box, and the
// header's menus open inside the window in every language; the screenshots are kept for a look (tests/e2e/screenshots/pseudo-<view>-<size>.png).
const { test, expect } = require('@playwright/test');
const { execFileSync } = require('child_process');
const path = require('path');
const { outsideWindow, chosenTextCut } = require('./fit');

const LECTURE = 'Learning analytics: joint lecture';
const size = () => (test.info().project.name === 'phone' ? '390x844' : '1280x800');
const shot = (page, view) =>
  page.screenshot({ path: `tests/e2e/screenshots/pseudo-${view}-${size()}.png`, fullPage: false });

// Texts of `root` wider than their own box where the box hides what overflows (a clipped
// label), or a control's text wider than the control: each as "tag.class: text".
async function clipped(root) {
  return root.evaluate((el) => {
    const out = [];
    for (const e of el.querySelectorAll('button, label, legend, h2, h3, th, .hint, .form-note, .day-head, .day-tab, .block-title, .week-position')) {
      const style = getComputedStyle(e);
      if (style.display === 'none' || style.visibility === 'hidden' || e.closest('[aria-hidden="true"], .visually-hidden, .details')) continue;
      const hides = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
      if (e.scrollWidth > e.clientWidth + 1 && (hides || e.tagName === 'BUTTON')) {
        // A session block is short by design: its title may end in an ellipsis.
        if (e.closest('.block')) continue;
        out.push(`${e.tagName.toLowerCase()}.${e.className}: ${e.textContent.trim().slice(0, 60)}`);
      }
    }
    return out;
  });
}

test('the planner, its session form and Best times in the pseudo-locale', async ({ page }) => {
  const phone = test.info().project.name === 'phone';
  await page.clock.setFixedTime(new Date('2027-03-01T12:00:00Z'));
  await page.goto('/?demo=gma-spring-2027&lang=en-XA');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  // The grid: day headings and the legend are the catalogue's, in pseudo-English.
  const grid = page.locator('section.grid');
  await expect(grid).toBeVisible();
  await expect(page.locator('.grid-legend')).toContainText('Ĝŕîď ţîméš');
  if (phone) await page.getByRole('tab', { name: /Tue 2 Mar/ }).click();
  expect(await clipped(page.locator('body'))).toEqual([]);
  // The header's selects (the open schedule, the grid's zone) say their chosen text whole.
  const header = page.locator('header');
  expect(await chosenTextCut(header)).toEqual([]);
  expect(await outsideWindow(header)).toEqual([]);
  // The viewer's ruler says "You" within its 40 px, the week picker shows its week.
  const you = page.locator('.ruler-head').first().locator('.ruler-name');
  expect(await you.evaluate((e) => e.getBoundingClientRect().width)).toBeLessThanOrEqual(40);
  const pick = page.locator('.week-pick select');
  expect(await pick.evaluate((e) => e.getBoundingClientRect().width)).toBeGreaterThan(phone ? 200 : 300);
  await shot(page, 'planner');

  // The session form of the global lecture.
  await page.locator('.block', { hasText: LECTURE }).first().focus();
  await page.keyboard.press('Enter');
  const form = page.getByRole('dialog');
  await expect(form.locator('h2')).toContainText('Éďîţ šéššîöñ');
  expect(await clipped(form)).toEqual([]);
  await shot(page, 'session-form');

  // Best times, opened from the form.
  await form.locator('.best-times-open button').click();
  const panel = page.locator('aside.best-times');
  await expect(panel.locator('h2')).toContainText(LECTURE);
  await expect(panel.locator('.rotation')).toBeVisible();
  expect(await clipped(panel)).toEqual([]);
  await shot(page, 'best-times');
  await panel.locator('.rotation').scrollIntoViewIfNeeded();
  await shot(page, 'rotation');
});

// Regression: the German File menu ("Datei") opened off the window's left edge at 1280×800 (its
// button on the header's second row, at the far left; the menu right-aligned to it, at x = −82,
// its items reading "n…", "ne…"). The checks above measured text against its own box, never a
// box against the window, and never opened a menu; so every header menu is opened here, on both
// pages, in the pseudo-locale and each of the ten languages.
const LANGUAGES = ['en-XA', 'en', 'de', 'sv', 'nb', 'it', 'es', 'pl', 'nl', 'fr', 'zh-Hans'];
test('the header menus of both pages open inside the window in every language', async ({ page }) => {
  test.setTimeout(120_000);
  await page.clock.setFixedTime(new Date('2026-10-20T12:00:00Z'));
  const link = execFileSync(path.resolve('target/debug/meridian'), ['link', 'encode', 'examples/enhance-autumn-2026.json',
    '--view', '--campus', 'wut', '--base', 'http://127.0.0.1/timetable.html'], { encoding: 'utf8' }).trim();
  const hash = link.slice(link.indexOf('#'));
  for (const lang of LANGUAGES) {
    for (const address of [`/?lang=${lang}`, `/timetable.html?lang=${lang}${hash}`]) {
      await page.goto(address);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const menus = page.locator('header details.menu');
      await expect(menus.first()).toBeVisible();
      // Regression: on a phone the planner's schedule select read "ENHANCE · Herbst 2" in
      // German (a native select cannot wrap); its text and the zone's show whole in a face.
      expect(await chosenTextCut(page.locator('header')), address).toEqual([]);
      expect(await outsideWindow(page.locator('header')), address).toEqual([]);
      if (!address.includes('timetable') && ['de', 'en-XA'].includes(lang)) await shot(page, `header-${lang}`);
      for (let i = 0; i < (await menus.count()); i++) {
        const menu = menus.nth(i);
        await menu.locator('> summary').click();
        const items = menu.locator('.menu-items');
        await expect(items).toBeVisible();
        expect(await outsideWindow(items), `${address}, menu ${i + 1}`).toEqual([]);
        expect(await clipped(items), `${address}, menu ${i + 1}`).toEqual([]);
        if (lang === 'de' && !address.includes('timetable')) await shot(page, `menu-${i + 1}-de`);
        await menu.locator('> summary').click();
        await expect(items).toBeHidden();
      }
    }
  }
});

// Regression: two sessions side by side in one day (Energy markets and policy and Markets
// tutorial, Tue 20 Oct) got some 60 px each on a desktop and "Markets" read "Marke", cut at
// the lane's edge. A word longer than its lane now breaks instead, and the title may take more
// lines (a title longer than its block ends in "…", whole in its tooltip and details); a minimum
// width would push the week past 1280 px, so the whole week must still show.
test('titles of sessions side by side break rather than run past their lane, and the week still fits', async ({ page }) => {
  const phone = test.info().project.name === 'phone';
  await page.clock.setFixedTime(new Date('2026-10-20T12:00:00Z'));
  for (const lang of ['de', 'en-XA', 'en']) {
    await page.goto(`/?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    if (phone) await page.locator('.day-tab').nth(1).click();
    const pair = page.locator('.block-wrap.narrow', { hasText: 'Markets tutorial' });
    await expect(pair.first()).toBeVisible();
    const titles = page.locator('.block-wrap.narrow .block-title');
    expect(await titles.count()).toBeGreaterThanOrEqual(2);
    const cut = await titles.evaluateAll((all) => all
      .filter((t) => t.offsetParent !== null)
      .filter((t) => t.scrollWidth > t.clientWidth + 1)
      .map((t) => `${t.textContent} (${t.scrollWidth}×${t.scrollHeight} in ${t.clientWidth}×${t.clientHeight})`));
    expect(cut, lang).toEqual([]);
    if (!phone) {
      const scroll = page.locator('.grid-scroll');
      const [wide, shown] = await scroll.evaluate((e) => [e.scrollWidth, e.clientWidth]);
      expect(wide, `${lang}: the week is ${wide} px wide in ${shown}`).toBeLessThanOrEqual(shown + 1);
    }
    await shot(page, `side-by-side-${lang}`);
  }
});
