// Partners' public holidays with nothing typed in: a fresh ENHANCE term from the preset with a
// lecture every Monday and Friday shows the holidays of Valencia and Milan as conflicts, named
// and placed at their campus; switching one off in Campuses and people removes its conflict,
// and the switch survives an edit link opened in a fresh browser profile.
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;

const shot = (page, name) =>
  page.screenshot({ path: `tests/e2e/screenshots/${name}-${test.info().project.name}.png`, fullPage: false });

const VALENCIA = 'Joint lecture on Fri 9 Oct 2026 falls on Día de la Comunidad Valenciana (Valencian Community Day), a public holiday at UPV (Valencia): its cohorts there are off';
const MILAN = "Joint lecture on Mon 7 Dec 2026 falls on Sant'Ambrogio (Saint Ambrose's Day), a public holiday at PoliMi (Milan): its cohorts there are off";
const SPAIN = 'Joint lecture on Mon 12 Oct 2026 falls on Fiesta Nacional de España (National Day), a public holiday at UPV (Valencia)';

const axe = async (page, selector) => {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
};

test('a fresh ENHANCE term shows partners\' holidays as conflicts; one switched off stays off through a link', async ({ page, browser }, info) => {
  await page.clock.setFixedTime(new Date('2026-08-20T12:00:00Z'));
  // Each country's file is fetched once in the session, and only for countries with a campus.
  const fetched = [];
  page.on('response', (r) => {
    const m = r.url().match(/\/data\/holidays\/([A-Za-z]+)\.txt$/);
    if (m) fetched.push(m[1]);
  });
  await page.goto('/');
  await page.locator('summary', { hasText: 'File' }).click();
  await page.getByRole('button', { name: 'New schedule…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New schedule' });
  await dialog.getByRole('combobox', { name: 'Alliance' }).selectOption({ label: 'ENHANCE' });
  await dialog.getByLabel('Name').fill('Holidays autumn 2026');
  await dialog.getByLabel('Term starts').fill('2026-09-07');
  await dialog.getByLabel('Term ends').fill('2026-12-18');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Holidays autumn 2026');
  await expect(page.locator('.campus-count')).toHaveText('10 campuses');

  // A lecture every Monday and Friday for every cohort, no closure typed anywhere.
  await page.getByRole('button', { name: 'New session' }).click();
  const form = page.getByRole('dialog', { name: 'New session' });
  await form.getByLabel('Title', { exact: true }).fill('Joint lecture');
  await form.getByLabel('First date', { exact: true }).fill('2026-09-07');
  await form.getByLabel('Starts at', { exact: true }).fill('10:00');
  const days = form.getByRole('group', { name: /On these days/ });
  await days.getByRole('checkbox', { name: 'Mon' }).check();
  await days.getByRole('checkbox', { name: 'Fri' }).check();
  const cohorts = form.locator('fieldset', { hasText: 'Cohorts' }).getByRole('checkbox');
  for (const c of await cohorts.all()) await c.check();
  await form.getByRole('button', { name: 'Add session' }).click();
  await expect(form).toBeHidden();

  const panel = page.getByRole('complementary', { name: 'Conflicts' });
  await expect(panel.locator('.conflict', { hasText: VALENCIA })).toHaveCount(1);
  await expect(panel.locator('.conflict', { hasText: MILAN })).toHaveCount(1);
  await expect(panel.locator('.conflict', { hasText: SPAIN })).toHaveCount(1);
  const countries = [...fetched].sort();
  expect(countries).toEqual(['CH', 'DE', 'ES', 'IT', 'NL', 'NO', 'PL', 'SE']);
  // Milan's city holiday is not Rome's, nor Berlin's: only PoliMi is off on 7 Dec.
  await expect(panel.locator('.conflict', { hasText: 'Mon 7 Dec 2026' })).toHaveCount(1);
  // Find a time moves that week only.
  await expect(panel.locator('.conflict', { hasText: VALENCIA }).getByRole('button', { name: 'Find a time for Joint lecture on Fri 9 Oct only' })).toBeVisible();

  // The week of 5 Oct: UPV's ruler marks the holiday (rulers beyond the third are hidden on a phone).
  await panel.locator('.conflict', { hasText: VALENCIA }).getByRole('button', { name: /Show week of/ }).click();
  if (info.project.name === 'desktop') {
    await expect(page.locator('.ruler-holiday', { hasText: 'UPV is closed: Fri 9 Oct: Día de la Comunidad Valenciana' })).toHaveCount(1);
  }
  await panel.locator('.conflict', { hasText: VALENCIA }).scrollIntoViewIfNeeded();
  await shot(page, 'holiday-conflict');
  await axe(page, '.planner-body');

  // Campuses and people: UPV's holidays in the term, with a switch each; teach on 9 Oct.
  await page.getByRole('button', { name: 'Campuses & people' }).click();
  const people = page.getByRole('dialog', { name: 'Campuses and people' });
  const upv = people.locator('.campus-row').filter({ has: page.locator('strong', { hasText: /^UPV$/ }) });
  await expect(upv.getByRole('combobox', { name: 'Holiday region of UPV' })).toHaveValue('VC');
  await upv.locator('.holiday-list summary').click();
  await expect(upv.locator('.holiday-list summary')).toHaveText('Public holidays in the term (3)');
  const day = upv.getByRole('checkbox', { name: /Día de la Comunidad Valenciana/ });
  await expect(day).toBeChecked();
  await upv.locator('.holiday-list').scrollIntoViewIfNeeded();
  await shot(page, 'holidays-dialog');
  await axe(page, '[role=dialog]');
  await day.uncheck();
  await expect(upv.locator('.holiday-list summary')).toHaveText('Public holidays in the term (3, 1 taught)');
  await people.getByRole('button', { name: 'Save' }).click();
  await expect(people).toBeHidden();
  await expect(panel.locator('.conflict', { hasText: VALENCIA })).toHaveCount(0);
  await expect(panel.locator('.conflict', { hasText: SPAIN })).toHaveCount(1);

  // The edit link carries the switch: a fresh profile opening it has the same conflicts.
  await page.getByRole('button', { name: 'Share' }).click();
  const share = page.getByRole('dialog', { name: /Share/ });
  const edit = await share.getByRole('textbox', { name: 'Link to edit' }).inputValue();
  await page.keyboard.press('Escape');
  const fresh = await browser.newContext({ viewport: page.viewportSize(), timezoneId: 'America/Toronto', locale: 'en-CA' });
  const other = await fresh.newPage();
  await other.goto(edit);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Holidays autumn 2026');
  const otherPanel = other.getByRole('complementary', { name: 'Conflicts' });
  await expect(otherPanel.locator('.conflict', { hasText: MILAN })).toHaveCount(1);
  await expect(otherPanel.locator('.conflict', { hasText: VALENCIA })).toHaveCount(0);
  await other.getByRole('button', { name: 'Campuses & people' }).click();
  const otherUpv = other.getByRole('dialog', { name: 'Campuses and people' }).locator('.campus-row')
    .filter({ has: other.locator('strong', { hasText: /^UPV$/ }) });
  await otherUpv.locator('.holiday-list summary').click();
  await expect(otherUpv.getByRole('checkbox', { name: /Día de la Comunidad Valenciana/ })).not.toBeChecked();
  await fresh.close();

  // From the conflicts list too: one click teaches on the holiday, and Undo takes it back.
  await panel.locator('.conflict', { hasText: SPAIN }).getByRole('button', { name: 'Teach on Fiesta Nacional de España anyway' }).click();
  await expect(page.getByRole('status').first()).toHaveText('UPV teaches on Mon 12 Oct although it is Fiesta Nacional de España. Undo makes it a holiday again.');
  await expect(panel.locator('.conflict', { hasText: SPAIN })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(panel.locator('.conflict', { hasText: SPAIN })).toHaveCount(1);
});

test('a student at UPV sees the holidays to come in the timetable', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-09-20T12:00:00Z'));
  await page.goto('/');
  await page.getByRole('button', { name: 'My timetable' }).click();
  await page.getByRole('combobox', { name: 'My campus' }).selectOption({ label: 'UPV' });
  const notices = page.getByRole('list', { name: 'Public holidays' });
  await expect(notices).toContainText('Mon 12 Oct 2026: Fiesta Nacional de España (National Day), a public holiday at UPV');
  await expect(notices).toContainText('Tue 8 Dec 2026: Inmaculada Concepción (Immaculate Conception), a public holiday at UPV');
});
