// `make bench`, phone part: opens a students' link (the timetable page) and the planner in
// Chromium with Lighthouse's mobile throttling (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s
// up, CPU 4× slower, set over CDP), a fresh profile each time, the release build served gzip'd
// (scripts/serve-gzip.py), and prints the time until the timetable (or the planner's week)
// shows against the network's own floor for the bytes it fetched: bytes ÷ bandwidth + 3 round
// trips (connection, page, then the script and wasm). Goal: within 1.5× of the floor. Each
// page is opened by a reader of each language in PHONE_LOCALES (the browser's language, default
// `en-CA pl-PL`: English, and a language whose catalogue is fetched as English's is); the bytes
// counted include the catalogue fetched.
const path = require('path');
const { spawn, execFileSync } = require('child_process');
const { chromium } = require('@playwright/test');

const PORT = process.env.PHONE_PORT || '8095';
const BASE = `http://127.0.0.1:${PORT}/`;
const RTT_MS = 150;
const DOWN_BPS = 1.6e6; // bits per second
const RUNS = Number(process.env.PHONE_RUNS || 3);
const LOCALES = (process.env.PHONE_LOCALES || 'en-CA pl-PL').split(/[\s,]+/).filter(Boolean);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function once(browser, url, ready, locale) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true,
    timezoneId: 'America/Toronto', locale, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: RTT_MS, downloadThroughput: DOWN_BPS / 8, uploadThroughput: 750e3 / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let bytes = 0;
  const catalogues = [];
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.endsWith('.ftl')) catalogues.push(e.request.url.replace(BASE, ''));
  });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(ready).first().waitFor({ state: 'attached', timeout: 120_000 });
  const ms = await page.evaluate(() => performance.now());
  await context.close();
  const floor = (bytes * 8 / DOWN_BPS) * 1000 + 3 * RTT_MS;
  return { ms, bytes, floor, catalogues };
}

(async () => {
  const server = spawn('python3', [path.join(__dirname, '..', 'scripts', 'serve-gzip.py'), PORT, 'dist'], { stdio: 'inherit' });
  await new Promise((ok) => setTimeout(ok, 700));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const link = execFileSync(path.resolve('target/debug/meridian'),
      ['link', 'encode', 'examples/enhance-autumn-2026.json', '--view', '--campus', 'tub', '--base', `${BASE}timetable.html`],
      { encoding: 'utf8' }).trim();
    const apps = [
      ['timetable (a students\' link)', link, 'main.timetable .agenda-item'],
      ['planner (index.html, demo)', `${BASE}index.html`, 'main.planner .block'],
    ];
    for (const [name, url, ready] of apps) {
      for (const locale of LOCALES) {
        const runs = [];
        for (let i = 0; i < RUNS; i++) runs.push(await once(browser, url, ready, locale));
        const ms = median(runs.map((r) => r.ms));
        const { bytes, floor, catalogues } = runs[0];
        console.log(`phone: ${name}, reader in ${locale}: shows in ${Math.round(ms)} ms (median of ${RUNS}); ` +
          `${bytes.toLocaleString('en')} bytes over the wire (catalogue ${catalogues.join(', ') || 'none'}), ` +
          `floor ${Math.round(floor)} ms (bytes ÷ 1.6 Mbit/s + 3 × 150 ms); ` +
          `${(ms / floor).toFixed(2)}× the floor (goal ≤ 1.5×)`);
      }
    }
  } finally {
    await browser.close();
    server.kill();
  }
})().catch((e) => { console.error(e); process.exit(1); });
