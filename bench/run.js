// `make bench`, browser part: serves the repository on 127.0.0.1, opens bench/index.html in
// Debian's Chromium through Playwright, and prints the figures with the ratios to the baseline.
const http = require('http');
const fs = require('fs');
const path = require('path');
const { chromium } = require('@playwright/test');

const root = path.resolve(__dirname, '..');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm' };
const server = http.createServer((req, res) => {
  const file = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});

(async () => {
  await new Promise((ok) => server.listen(8093, '127.0.0.1', ok));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
    await page.goto('http://127.0.0.1:8093/bench/index.html');
    await page.waitForFunction(() => window.__results, null, { timeout: Number(process.env.BENCH_TIMEOUT_MS || 600_000) });
    const results = await page.evaluate(() => window.__results);
    if (results.error) throw new Error(results.error);
    const version = browser.version();
    console.log(`browser (Chromium ${version}, engine as wasm)`);
    for (const r of results) {
      const e = r.engine;
      const b = r.baseline;
      const agree = e.clashes === b.clashes ? 'same double-booked pairs' : `MISMATCH: engine ${e.clashes}, baseline ${b.clashes}`;
      console.log(
        `  ${r.campuses} campuses × ${r.series} series × ${r.weeks} weeks: ${e.occurrences} occurrences, ${e.conflicts} conflicts`,
      );
      console.log(`    Meridian: full check ${e.full_ms.toFixed(2)} ms, incremental re-check ${e.incremental_ms.toFixed(3)} ms (medians of ${e.runs} runs)`);
      console.log(
        `    baseline (Luxon + pairwise): ${b.total_ms.toFixed(1)} ms (expanding ${b.expand_ms.toFixed(1)} ms), ` +
          `${(b.total_ms / e.full_ms).toFixed(0)}× slower than Meridian's full check; ${agree}`,
      );
      if (e.clashes !== b.clashes) process.exitCode = 1;
    }
  } finally {
    await browser.close();
    server.close();
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
