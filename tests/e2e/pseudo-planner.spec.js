// The planner in the pseudo-locale (en-XA: every message accented, bracketed and 40 % longer), as
// a longer language would fill it: the week grid, the session form and the Best times panel, at
// 1280×800 and 390×844. No text of these views may be cut off or run out of its box; the
// screenshots are kept for a look (tests/e2e/screenshots/pseudo-<view>-<size>.png).
const { test, expect } = require('@playwright/test');

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
