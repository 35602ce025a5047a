// Issue 18: Meridian in the partners' languages. What the page shows is compared with what
// Mozilla's own Fluent (@fluent/bundle, Firefox's) says for the same message from the same
// catalogue — an implementation Meridian did not write — and dates with the browser's Intl.
const BASE = `http://127.0.0.1:${process.env.E2E_PORT || '8081'}/`;
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const { chosenTextCut, actionsOutOfReach, outsideWindow } = require('./fit');
const { FluentBundle, FluentResource } = require('@fluent/bundle');
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const meridian = (...args) => execFileSync(path.resolve('target/debug/meridian'), args, { encoding: 'utf8' });
const shot = (page, name) =>
  page.screenshot({ path: `tests/e2e/screenshots/${name}-${test.info().project.name}.png`, fullPage: false });

const bundles = {};
/** Message `id` of language `code` as Mozilla's Fluent says it. */
function say(code, id, args = {}) {
  if (!bundles[code]) {
    const b = new FluentBundle(code, { useIsolating: false });
    const errors = b.addResource(new FluentResource(fs.readFileSync(`locales/${code}.ftl`, 'utf8')));
    if (errors.length) throw new Error(`${code}.ftl: ${errors}`);
    bundles[code] = b;
  }
  const message = bundles[code].getMessage(id);
  if (!message || !message.value) throw new Error(`${code}.ftl has no ${id}`);
  return bundles[code].formatPattern(message.value, args);
}

// Tue 20 Oct 2026, 12:00 UTC.
const FIXED = new Date('2026-10-20T12:00:00Z');
const viewLink = (campus, hint) => {
  const link = meridian('link', 'encode', 'examples/enhance-autumn-2026.json', '--view', '--campus', campus,
    '--base', `${BASE}timetable.html`).trim();
  return hint ? link.replace('timetable.html#', `timetable.html?hl=${hint}#`) : link;
};
const axe = async (page) => {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
};
/** The page's visible text. */
const text = (page) => page.locator('body').innerText();

test.describe('a Polish student (browser in pl-PL)', () => {
  test.use({ locale: 'pl-PL', timezoneId: 'Europe/Warsaw' });

  test('reads the browser tab\'s title in Polish on both pages, and in German once switched', async ({ page }) => {
    // The tabs read "Timetable — Meridian" and "Meridian — joint classes across time zones" in
    // every language (the pages' static <title>).
    await page.clock.setFixedTime(FIXED);
    await page.goto(viewLink('wut'));
    await expect(page).toHaveTitle(say('pl', 'page-title-timetable'));
    expect(await page.title()).not.toContain('Timetable');
    await page.goto('/');
    await expect(page).toHaveTitle(say('pl', 'page-title-planner'));
    const menu = page.locator('.language-menu');
    await menu.locator('summary').click();
    await menu.getByRole('button', { name: 'Deutsch' }).click();
    await expect(page).toHaveTitle(say('de', 'page-title-planner'));
  });

  test('opens a students\' link in Polish: page language, words, dates by Intl', async ({ page }) => {
    await page.clock.setFixedTime(FIXED);
    await page.goto(viewLink('wut'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    const main = page.getByRole('main', { name: say('pl', 'timetable-label') });
    await expect(main).toBeVisible();
    await expect(page.getByRole('button', { name: say('pl', 'timetable-add-to-calendar') })).toBeVisible();
    // Weekdays and months come from Intl in Polish ("wt., 20 paź"), never English tables.
    const polishDate = new Intl.DateTimeFormat('pl', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })
      .format(new Date('2026-10-26T12:00:00Z'));
    const body = await text(page);
    expect(body).toContain(polishDate);
    for (const english of ['My timetable', 'Add to my calendar', 'Next:', 'Time changes', ' Oct ']) {
      expect(body).not.toContain(english);
    }
    await shot(page, 'languages-pl-timetable');
    await axe(page);
  });

  test('while the wasm loads, the timetable page already says so in Polish, lang="pl"', async ({ page }) => {
    let release;
    const held = new Promise((ok) => { release = ok; });
    await page.route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
    await page.goto(viewLink('wut'));
    const loading = page.locator('#loading');
    await expect(loading).toHaveText(say('pl', 'timetable-opening'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await shot(page, 'languages-pl-loading');
    release();
    await expect(page.getByRole('main', { name: say('pl', 'timetable-label') })).toBeVisible();
    await expect(loading).toHaveCount(0);
  });

  test('reads Warsaw as Warszawa, in the nominative after "czasu lokalnego"', async ({ page }) => {
    await page.clock.setFixedTime(FIXED);
    await page.goto(viewLink('wut'));
    await expect(page.getByRole('main', { name: say('pl', 'timetable-label') })).toBeVisible();
    expect(await text(page)).toContain(say('pl', 'timetable-times-in', { place: 'Warszawa', zone: 'Europe/Warsaw' }));
  });

  test('a link\'s language hint never overrides the reader\'s own language', async ({ page }) => {
    await page.clock.setFixedTime(FIXED);
    await page.goto(viewLink('wut', 'de'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  });
});

test.describe('a reader whose browser speaks none of the ten (ja-JP)', () => {
  test.use({ locale: 'ja-JP' });

  test('reads a students\' link in the language it was made in', async ({ page }) => {
    await page.clock.setFixedTime(FIXED);
    await page.goto(viewLink('tub', 'de'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('main', { name: say('de', 'timetable-label') })).toBeVisible();
    await page.goto(viewLink('tub'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('a Chinese student on a phone (zh-CN)', () => {
  test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });

  test('reads the timetable in Simplified Chinese', async ({ page }) => {
    await page.clock.setFixedTime(FIXED);
    await page.goto(viewLink('tub'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.getByRole('main', { name: say('zh-Hans', 'timetable-label') })).toBeVisible();
    const chineseDate = new Intl.DateTimeFormat('zh-Hans', { day: 'numeric', month: 'short', timeZone: 'UTC' })
      .format(new Date('2026-10-26T12:00:00Z'));
    expect(await text(page)).toContain(chineseDate);
    await shot(page, 'languages-zh-timetable');
    await axe(page);
  });

  // Outside readers found "时间为 Shanghai 时间" and "Toronto 时间": a city Meridian knows is
  // said in the reader's language.
  test('reads the cities in Chinese, 上海 and 多伦多', async ({ page }) => {
    await page.clock.setFixedTime(FIXED);
    await page.goto(viewLink('tub'));
    await expect(page.getByRole('main', { name: say('zh-Hans', 'timetable-label') })).toBeVisible();
    const body = await text(page);
    expect(body).toContain(say('zh-Hans', 'timetable-times-in', { place: '上海', zone: 'Asia/Shanghai' }));
    expect(body).toContain('多伦多时间');
    // The zone's IANA name (Asia/Shanghai) stays as it is; the city is said in Chinese.
    for (const english of ['Shanghai时间', 'Shanghai 时间', '为Shanghai', 'Toronto时间', 'Toronto 时间']) expect(body).not.toContain(english);
    await shot(page, 'languages-zh-cities');
  });
});

// Regression: a week within one month read "19 日–10月25日" in Chinese (the bare day first, as
// English puts it); the month is now said once where the language's own date puts it.
test('the planner\'s weeks read in Chinese with the month first: 10月19日–25日', async ({ page }) => {
  test.skip(test.info().project.name === 'phone', 'the planner is a desktop view');
  await page.clock.setFixedTime(FIXED);
  await page.goto(`${BASE}?lang=zh-Hans`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  const week = page.locator('option[value="2026-10-19"]').first();
  await expect(week).toHaveText(say('zh-Hans', 'week-label', { week: '43', days: '10月19日–25日', year: '2026' }));
  const across = page.locator('option[value="2026-10-26"]').first();
  await expect(across).toHaveText(say('zh-Hans', 'week-label', { week: '44', days: '10月26日 – 11月1日', year: '2026' }));
});

// The same rule in German, where the day comes first: 19.–25. Okt.
test('the planner\'s weeks read in German with the month once: 19.–25. Okt.', async ({ page }) => {
  test.skip(test.info().project.name === 'phone', 'the planner is a desktop view');
  await page.clock.setFixedTime(FIXED);
  await page.goto(`${BASE}?lang=de`);
  const week = page.locator('option[value="2026-10-19"]').first();
  await expect(week).toHaveText(say('de', 'week-label', { week: '43', days: '19.–25. Okt.', year: '2026' }));
});

test('the header\'s language menu switches the page, names each language in itself, and is remembered', async ({ page }) => {
  await page.clock.setFixedTime(FIXED);
  await page.goto(viewLink('tub'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('.language-menu summary').click();
  const polski = page.locator('.language-menu button[lang="pl"]');
  await expect(polski).toHaveText('Polski');
  await expect(page.locator('.language-menu button[lang="zh-Hans"]')).toHaveText('简体中文');
  await polski.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.getByRole('main', { name: say('pl', 'timetable-label') })).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  // The planner page, beside it, speaks the language chosen here.
  await page.goto(BASE);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
});

/** The demo's conflicts by severity, as `meridian check` counts them. */
function demoCounts() {
  let out;
  try {
    out = meridian('check', 'examples/enhance-autumn-2026.json', '--json');
  } catch (e) {
    out = e.stdout; // exit 1: the demo has errors on purpose
  }
  const list = JSON.parse(out);
  const n = (s) => list.filter((c) => c.severity === s).length;
  return { errors: n('error'), warnings: n('warning'), notes: n('info') };
}

for (const [code, locale] of [['de', 'de-DE'], ['pl', 'pl-PL']]) {
  test.describe(`a coordinator whose browser speaks ${code}`, () => {
    test.use({ locale, timezoneId: 'Europe/Berlin' });

    test(`plans and shares in ${code}: the grid, the conflicts' plural counts, the share dialog`, async ({ page }) => {
      test.skip(test.info().project.name === 'phone', 'the planner journey is a desktop one; the phone reads the timetable');
      await page.clock.setFixedTime(FIXED);
      await page.goto(BASE);
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      await expect(page.getByRole('main', { name: say(code, 'planner-main') })).toBeVisible();
      const panel = page.getByRole('complementary', { name: say(code, 'conflicts-label') });
      // "9 Fehler · 2 Warnungen · 1 Hinweis", "9 błędów · 2 ostrzeżenia · 1 uwaga": each count
      // in its own plural form, as Mozilla's Fluent picks it with the browser's plural rules.
      await expect(panel.locator('.conflict-counts')).toHaveText(say(code, 'conflicts-counts', demoCounts()), { timeout: 20_000 });
      const body = await text(page);
      for (const english of ['Week grid', 'Conflicts', 'New session', 'Campuses & people', 'errors', 'Hint:']) {
        expect(body).not.toContain(english);
      }
      await shot(page, `languages-${code}-planner`);
      await axe(page);

      await page.getByRole('button', { name: say(code, 'shell-share'), exact: true }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(say(code, 'share-title', { name: 'Sustainable Energy Systems — autumn 2026' }));
      await expect(dialog).toContainText(say(code, 'share-view-heading'));
      // Regression: in German "Fertig" was half below the fold at 1280×800.
      expect(await actionsOutOfReach(dialog)).toEqual([]);
      await shot(page, `languages-${code}-share`);
      await axe(page);
    });
  });
}

// Regression (outside tester, es-CL): the drift notes said "1:00 p. m." and the table under them
// "13:00". The table's times are written on the reader's clock, as the sentences are: each one
// is a time of day as Intl writes it in the page's language on the browser's hour cycle.
for (const [code, locale, zone, cycle] of [['es', 'es-CL', 'America/Santiago', 'h12'], ['de', 'de-DE', 'Europe/Berlin', 'h23']]) {
  test.describe(`a coordinator in ${locale} reading daylight-saving drift`, () => {
    test.use({ locale, timezoneId: zone });

    test(`reads the drift table's times on the same clock as its notes (${cycle})`, async ({ page }) => {
      test.skip(test.info().project.name === 'phone', 'the conflicts panel is the same on both; one run');
      await page.clock.setFixedTime(FIXED);
      await page.goto(BASE);
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      const panel = page.getByRole('complementary', { name: say(code, 'conflicts-label') });
      const drift = panel.locator('.conflict', { has: page.locator('table.drift') });
      await expect(drift.first()).toBeAttached({ timeout: 20_000 });
      const found = await page.evaluate(({ code, cycle }) => {
        const times = new Set();
        for (const c of [cycle, cycle === 'h12' ? 'h11' : 'h23']) {
          const f = new Intl.DateTimeFormat(code, { hour: cycle === 'h12' ? 'numeric' : '2-digit', minute: '2-digit', hourCycle: c, timeZone: 'UTC' });
          for (let m = 0; m < 1440; m++) times.add(f.format(new Date(Date.UTC(2026, 0, 1, 0, m))));
        }
        const hourCycle = new Intl.DateTimeFormat(undefined, { hour: 'numeric' }).resolvedOptions().hourCycle;
        const rows = [...document.querySelectorAll('table.drift .time')].map((e) => e.textContent);
        const notes = [...document.querySelectorAll('.conflict')].filter((c) => c.querySelector('table.drift'))
          .map((c) => c.querySelector('.conflict-message').textContent);
        return { hourCycle, rows, strange: rows.filter((t) => !times.has(t)), notes: notes.filter((n) => [...times].some((t) => n.includes(t))).length, all: notes.length };
      }, { code, cycle });
      expect(['h11', 'h12'].includes(found.hourCycle)).toBe(cycle === 'h12');
      expect(found.rows.length).toBeGreaterThan(0);
      expect(found.strange).toEqual([]);
      // The notes above the tables write their times on that clock too.
      expect(found.notes).toBe(found.all);
      if (cycle === 'h12') expect(found.rows.join(' ')).toMatch(/[ap]\.\s?m\./);
    });
  });
}

// Regression: on a phone the cohort read "WUT · MSc Power Er" and the week picker was cut off
// ("Tydzień 49 · 30 lis – 6 gru 2026", "第 49 周 · 2026 年 11月30日 – 12,"): a long cohort name
// and the week are shown whole, wrapping, in both layouts and every week of the term.
for (const [code, locale, zone, campus, lang] of [
  ['pl', 'pl-PL', 'Europe/Warsaw', 'wut', 'pl'],
  ['zh', 'zh-CN', 'Asia/Shanghai', 'tub', 'zh-Hans'],
]) {
  test.describe(`a student whose browser speaks ${code} (${locale})`, () => {
    test.use({ locale, timezoneId: zone });

    test(`sees the cohort and the week whole in ${code}`, async ({ page }) => {
      await page.clock.setFixedTime(new Date('2026-12-02T12:00:00Z'));
      await page.goto(viewLink(campus));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const main = page.getByRole('main', { name: say(lang, 'timetable-label') });
      await expect(main).toBeVisible();
      const who = main.locator('.who');
      // The demo's cohort names are long ("WUT · MSc Power Engineering, year 1").
      await who.locator('select').nth(1).selectOption({ index: 1 });
      await expect(who.locator('select').nth(1)).not.toHaveValue('');
      expect(await chosenTextCut(who)).toEqual([]);
      expect(await outsideWindow(who)).toEqual([]);
      await shot(page, `languages-${code}-cohort`);
      await main.getByRole('button', { name: say(lang, 'timetable-week'), exact: true }).click();
      const nav = main.locator('.week-nav');
      await expect(nav).toBeVisible();
      const weeks = await nav.locator('.week-pick option').evaluateAll((os) => os.map((o) => o.value));
      expect(weeks.length).toBeGreaterThan(10);
      for (const week of weeks) {
        await nav.locator('.week-pick select').selectOption(week);
        expect(await chosenTextCut(nav), week).toEqual([]);
        expect(await outsideWindow(nav), week).toEqual([]);
      }
      await nav.locator('.week-pick select').selectOption(weeks.find((w) => w >= '2026-11-30') || weeks[0]);
      await shot(page, `languages-${code}-week`);
      await axe(page);
    });
  });
}

test.describe('a Polish student\'s calendar file', () => {
  test.use({ locale: 'pl-PL', timezoneId: 'Europe/Warsaw' });

  test('is written in Polish', async ({ page }) => {
    await page.clock.setFixedTime(FIXED);
    await page.goto(viewLink('wut'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: say('pl', 'timetable-add-to-calendar') }).click(),
    ]);
    // Lines fold at 75 octets; unfold before reading.
    const ics = fs.readFileSync(await download.path(), 'utf8').replace(/\r\n[ \t]/g, '');
    const label = (id, args) => say('pl', id, args).split('\u0001')[0];
    expect(ics).toContain(label('ics-lecturer', { name: '\u0001' }));
    expect(ics).toContain(label('ics-taught-from', { campus: '\u0001', place: '' }));
    expect(ics).not.toContain('Lecturer: ');
    expect(ics).not.toContain('Taught from ');
  });
});

test.describe('a Polish coordinator whose stored list of schedules was damaged', () => {
  test.use({ locale: 'pl-PL', timezoneId: 'Europe/Warsaw' });

  test('is offered the list as a file, with buttons that say so in Polish', async ({ page }) => {
    await page.clock.setFixedTime(FIXED);
    await page.goto(BASE);
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await page.evaluate(() => localStorage.setItem('meridian.schedules.v1', '[{"id":'));
    await page.reload();
    await page.locator('summary', { hasText: say('pl', 'shell-file') }).click();
    await page.getByRole('button', { name: say('pl', 'shell-open-my-schedules') }).click();
    const mine = page.getByRole('dialog', { name: say('pl', 'schedules-title') });
    await expect(mine.getByText(say('pl', 'schedules-damaged-list'), { exact: true })).toBeVisible();
    // The list in the accusative, as the sentence needs ("Pobierz: Lista harmonogramów" before).
    await expect(mine.getByRole('button', { name: 'Pobierz listę harmonogramów', exact: true })).toBeVisible();
    await expect(mine.getByRole('button', { name: 'Odrzuć listę harmonogramów', exact: true })).toBeVisible();
    await shot(page, 'languages-pl-damaged-list');
  });
});

// An outside tester: the Norwegian message for a bad date said "forventet format: YYYY-MM-DD"
// while the Norwegian form says ÅÅÅÅ-MM-DD. The pattern is written as each language writes it.
test.describe('a Dutch coordinator adding a session (nl-NL)', () => {
  test.use({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });

  test('reads the session form\'s choices whole, the host\'s zone and another campus\'s', async ({ page }) => {
    // An outside tester read "Tijd geldt in: de tijdzone van de organiserende car" at 1280 px.
    await page.goto('/');
    await page.getByRole('button', { name: say('nl', 'shell-new-session') }).click();
    const form = page.getByRole('dialog');
    const zone = form.getByLabel(say('nl', 'form-zone'));
    await expect(zone.locator('option:checked')).toHaveText(say('nl', 'form-zone-host'));
    expect(await chosenTextCut(form)).toEqual([]);
    await zone.selectOption('Europe/Oslo');
    expect(await chosenTextCut(form)).toEqual([]);
  });
});

test.describe('a Norwegian coordinator opening a file with a bad date', () => {
  test.use({ locale: 'nb-NO', timezoneId: 'Europe/Oslo' });

  test('reads the date pattern as Norwegians write it, ÅÅÅÅ-MM-DD', async ({ page }) => {
    await page.clock.setFixedTime(FIXED);
    await page.goto(BASE);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    const file = JSON.parse(fs.readFileSync('examples/enhance-autumn-2026.json', 'utf8'));
    file.term.start = '2026-13-07';
    await page.locator('summary', { hasText: say('nb', 'shell-file') }).click();
    await page.getByLabel(say('nb', 'shell-open-file')).setInputFiles({
      name: 'semester.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)),
    });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('«2026-13-07»');
    await expect(alert).toContainText(say('nb', 'error-bad-date-time', { text: '2026-13-07', expected: 'ÅÅÅÅ-MM-DD' }));
    await expect(alert).not.toContainText('YYYY');
    await shot(page, 'languages-nb-bad-date');
  });
});

test.describe('the pseudo-locale', () => {
  test('is chosen by ?lang=en-XA only, accents every message and keeps dates and names', async ({ page }) => {
    await page.clock.setFixedTime(FIXED);
    await page.goto(`${BASE}timetable.html?lang=en-XA${viewLink('tub').slice(viewLink('tub').indexOf('#'))}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
    // `lang` is set by the page's inline script before the wasm runs: wait for the app's words.
    await expect(page.locator('body')).toContainText('⟦');
    const body = await text(page);
    expect(body).not.toContain('My timetable');
    expect(body).toContain('Energy systems');
    await shot(page, 'languages-pseudo-timetable');
  });
});
