// The header's dialogs in the pseudo-locale (en-XA: every message accented, bracketed and 40 %
// longer), as a longer language would fill them: Share, Campuses and people (with a campus's
// calendar), My schedules, New schedule and Import busy time, at 1280×800 and 390×844. No text
// of these dialogs may be cut off or run out of its box, nor their actions be out of reach; the
// screenshots are kept for a look (tests/e2e/screenshots/pseudo-<view>-<size>.png). The dialogs are opened by the header's
// structure, not its words, so this reads the same whatever language the header speaks.
const { test, expect } = require('@playwright/test');
const { outsideWindow, actionsOutOfReach } = require('./fit');

const size = () => (test.info().project.name === 'phone' ? '390x844' : '1280x800');
const shot = (page, view) =>
  page.screenshot({ path: `tests/e2e/screenshots/pseudo-${view}-${size()}.png`, fullPage: false });

// A text as the pseudo-locale says it (crates/words/src/pseudo.rs): accented, 40 % longer, bracketed.
const ACCENTS = {
  a: 'á', c: 'ç', e: 'é', i: 'î', n: 'ñ', o: 'ö', u: 'ü', y: 'ý', s: 'š', z: 'ž', g: 'ĝ', h: 'ĥ', k: 'ķ', l: 'ļ', r: 'ŕ',
  t: 'ţ', d: 'ď', w: 'ŵ', j: 'ĵ', A: 'Å', C: 'Ç', E: 'É', I: 'Î', N: 'Ñ', O: 'Ö', U: 'Ü', S: 'Š', Z: 'Ž', D: 'Ð', G: 'Ĝ',
  L: 'Ľ', R: 'Ŕ', T: 'Ţ', W: 'Ŵ', Y: 'Ý',
};
const xa = (text) => {
  const chars = [...text];
  return `⟦${chars.map((c) => ACCENTS[c] || c).join('')}${'·'.repeat(Math.max(1, Math.ceil((chars.length * 2) / 5)))}⟧`;
};

// Texts of `root` wider than their own box where the box hides what overflows (a clipped
// label), or a control's text wider than the control: each as "tag.class: text".
async function clipped(root) {
  return root.evaluate((el) => {
    const out = [];
    for (const e of el.querySelectorAll('button, label, legend, summary, h2, h3, option, .hint, .dialog-lead, .link-meta, .flag, .mine-name')) {
      const style = getComputedStyle(e);
      if (style.display === 'none' || style.visibility === 'hidden' || e.closest('[aria-hidden="true"], .visually-hidden')) continue;
      if (e.tagName === 'OPTION') continue;
      const hides = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
      if (e.scrollWidth > e.clientWidth + 1 && (hides || e.tagName === 'BUTTON')) {
        out.push(`${e.tagName.toLowerCase()}.${e.className}: ${e.textContent.trim().slice(0, 60)}`);
      }
    }
    // Nothing may stick out of the dialog sideways (the dialog scrolls up and down only).
    if (el.scrollWidth > el.clientWidth + 1) out.push(`the dialog scrolls sideways: ${el.scrollWidth} > ${el.clientWidth}`);
    return out;
  });
}

async function open(page) {
  await page.clock.setFixedTime(new Date('2026-10-20T12:00:00Z'));
  await page.goto('/?lang=en-XA');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
}

// The File menu's items, in order: New schedule, My schedules, Import busy time, …
// The menu must open inside the window (its items whole, none past an edge).
async function fileMenu(page, item) {
  await page.locator('header details.menu:not(.language-menu) > summary').click();
  const items = page.locator('header details.menu:not(.language-menu) .menu-items');
  await expect(items).toBeVisible();
  expect(await outsideWindow(items)).toEqual([]);
  await page.locator('header details.menu:not(.language-menu) .menu-items > button').nth(item).click();
}

test('the share dialog in the pseudo-locale', async ({ page }) => {
  await open(page);
  await page.locator('header button.primary.share-button').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('h2')).toContainText('Šĥáŕé');
  await expect(dialog.locator('h3').first()).toHaveText(xa('Link to edit'));
  await expect(dialog.locator('[data-length="edit"]')).toContainText('çĥáŕáçţéŕš');
  await expect(dialog.locator('.qr-code')).toBeVisible();
  expect(await clipped(dialog)).toEqual([]);
  // Taller than the window, the dialog scrolls inside itself; "Done" stays in reach (it was
  // half below the fold in German at 1280×800).
  expect(await actionsOutOfReach(dialog)).toEqual([]);
  await shot(page, 'share');
  await dialog.locator('.qr-section').scrollIntoViewIfNeeded();
  await shot(page, 'share-qr');
});

test('Campuses and people, with a campus calendar, in the pseudo-locale', async ({ page }) => {
  await open(page);
  await page.locator('header details.menu:not(.language-menu)').locator('xpath=preceding-sibling::button[1]').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('h2')).toHaveText(xa('Campuses and people'));
  await dialog.locator('.holiday-list > summary').first().click();
  expect(await clipped(dialog)).toEqual([]);
  expect(await actionsOutOfReach(dialog)).toEqual([]);
  await shot(page, 'people');
  // A typed closure the dialog refuses, said in the pseudo-locale.
  const closure = dialog.locator('.campus-row').first().locator('.control.inline input').first();
  await closure.fill('not a closure');
  await closure.press('Enter');
  await expect(dialog.getByRole('alert')).toContainText('îš ñöţ á çļöšüŕé: ŵŕîţé îţš ñámé');
  await dialog.locator('.period-fields').first().scrollIntoViewIfNeeded();
  expect(await clipped(dialog)).toEqual([]);
  expect(await actionsOutOfReach(dialog)).toEqual([]);
  await shot(page, 'people-calendar');
});

test('My schedules in the pseudo-locale', async ({ page }) => {
  await open(page);
  // A change stores the demo as the user's own schedule.
  await page.locator('.block:visible').first().focus();
  await page.keyboard.press('Delete');
  await page.waitForTimeout(600);
  await fileMenu(page, 1);
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('h2')).toHaveText(xa('My schedules'));
  await expect(dialog.locator('.mine-row')).toHaveCount(1);
  await dialog.locator('.mine-row button').nth(2).click();
  await expect(dialog.locator('.confirm button').first()).toHaveText(xa('Delete'));
  expect(await clipped(dialog)).toEqual([]);
  expect(await actionsOutOfReach(dialog)).toEqual([]);
  await shot(page, 'my-schedules');
});

test('New schedule in the pseudo-locale', async ({ page }) => {
  await open(page);
  await fileMenu(page, 0);
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('h2')).toHaveText(xa('New schedule'));
  expect(await clipped(dialog)).toEqual([]);
  expect(await actionsOutOfReach(dialog)).toEqual([]);
  await shot(page, 'new-schedule');
});

test('Import busy time in the pseudo-locale', async ({ page }) => {
  await open(page);
  await fileMenu(page, 2);
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('h2')).toHaveText(xa('Import busy time'));
  // Import without a file: the dialog says what to do first.
  await dialog.locator('button[type="submit"]').click();
  await expect(dialog.getByRole('alert')).toHaveText(xa('Choose a calendar file (.ics) first.'));
  expect(await clipped(dialog)).toEqual([]);
  expect(await actionsOutOfReach(dialog)).toEqual([]);
  await shot(page, 'busy-import');
});
