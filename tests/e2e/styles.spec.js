// The style sheets of the two pages: the timetable page (students' first load) carries only
// styles/app.css; the planner's own rules are in styles/planner.css, which only the planner
// loads. If a rule in planner.css could match an element of the timetable page, that element
// would be unstyled there: this checks every rule against the page's real elements.
const { test, expect } = require('@playwright/test');
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const BASE = `http://127.0.0.1:${process.env.E2E_PORT || '8081'}/`;
const FIXED = new Date('2026-10-20T12:00:00Z');
const meridian = (...args) => execFileSync(path.resolve('target/debug/meridian'), args, { encoding: 'utf8' });

/** Every selector in a style sheet's text (inside @media too), without pseudo-classes and
 * pseudo-elements, which name states rather than elements. */
function selectors(css) {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out = [];
  for (const m of text.matchAll(/([^{}@]+)\{[^{}]*\}/g)) {
    for (const s of m[1].split(',')) {
      const bare = s.replace(/::?[a-zA-Z-]+(\([^)]*\))?/g, '').trim();
      if (bare) out.push(bare);
    }
  }
  return [...new Set(out)];
}

const plannerOnly = selectors(fs.readFileSync('styles/planner.css', 'utf8'));

async function matching(page) {
  return page.evaluate((list) => list.filter((s) => document.querySelector(s) !== null), plannerOnly);
}

test('no rule of the planner\'s own sheet matches anything on the timetable page', async ({ page }) => {
  expect(plannerOnly.length).toBeGreaterThan(100);
  await page.clock.setFixedTime(FIXED);
  for (const args of [['--campus', 'tub'], []]) {
    const link = meridian('link', 'encode', 'examples/enhance-autumn-2026.json', '--view', ...args, '--base', BASE).trim();
    await page.goto(link);
    await expect(page.getByRole('main', { name: 'My timetable' })).toBeVisible();
    // The timetable page loads one sheet, the shared one.
    const sheets = await page.evaluate(() => [...document.styleSheets].map((s) => s.href.split('/').pop()));
    expect(sheets).toHaveLength(1);
    expect(sheets[0]).toMatch(/^app-/);
    await page.getByRole('button', { name: 'Agenda', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Agenda' })).toBeVisible();
    expect(await matching(page)).toEqual([]);
    await page.getByRole('button', { name: 'Week', exact: true }).click();
    await expect(page.getByRole('combobox', { name: 'Week' })).toBeVisible();
    expect(await matching(page)).toEqual([]);
    const language = page.locator('.language-menu > summary');
    await language.click();
    expect(await matching(page)).toEqual([]);
    await language.click();
  }
});

test('the planner loads its own sheet after the shared one, and its dialogs are styled by it', async ({ page }) => {
  await page.clock.setFixedTime(FIXED);
  await page.goto('/');
  const sheets = await page.evaluate(() => [...document.styleSheets].map((s) => s.href.split('/').pop()));
  expect(sheets.map((s) => s.replace(/-[0-9a-f]+\.css$/, ''))).toEqual(['app', 'planner']);
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  // .dialog (planner.css): a surface with rounded corners, not an unstyled box.
  const style = await dialog.evaluate((d) => {
    const c = getComputedStyle(d);
    return { radius: c.borderTopLeftRadius, background: c.backgroundColor };
  });
  expect(style.radius).not.toBe('0px');
  expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
});
