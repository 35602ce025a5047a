// Issue 19: both pages install on a phone's home screen. Chromium's own installability check
// (the one behind its install prompt, which Lighthouse's "installable" audit read) is asked
// through the DevTools protocol rather than re-implemented here. It refuses any incognito
// context, so this test opens Chromium with a profile of its own.
const BASE = `http://127.0.0.1:${process.env.E2E_PORT || '8081'}/`;
const { test, expect, chromium } = require('@playwright/test');
const fs = require('fs');
const os = require('os');
const path = require('path');

for (const page_ of ['index.html', 'timetable.html']) {
  test(`${page_} is installable by Chromium's own check, and its manifest reads without errors`, async ({}, info) => {
    test.skip(info.project.name === 'phone', 'one browser check is enough');
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-install-'));
    const context = await chromium.launchPersistentContext(profile, {
      ...info.project.use.launchOptions,
      viewport: info.project.use.viewport,
    });
    try {
      const page = await context.newPage();
      await page.goto(`${BASE}${page_}`);
      // Installability needs the service worker in control of the page.
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.reload();
      await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
      const cdp = await context.newCDPSession(page);
      const manifest = await cdp.send('Page.getAppManifest');
      expect(manifest.errors).toEqual([]);
      const parsed = JSON.parse(manifest.data);
      expect(parsed.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
      await expect
        .poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, { timeout: 10_000 })
        .toEqual([]);
    } finally {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });
}
