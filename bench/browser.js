// What both browser benchmarks need: the files under `root` served on 127.0.0.1:`port` (a
// folder serves its index.html), Debian's Chromium through Playwright (never a downloaded
// browser), and both closed afterwards. A failure prints and exits 1.
const http = require('http');
const fs = require('fs');
const path = require('path');
const { chromium } = require('@playwright/test');

const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };

function serve(root) {
  return http.createServer((req, res) => {
    let file = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(root) || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
}

/** Runs `run(browser, base)` with `root` served at `base` (`http://127.0.0.1:<port>`). */
function withChromium(root, port, run) {
  const server = serve(path.resolve(root));
  (async () => {
    await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      await run(browser, `http://127.0.0.1:${port}`);
    } finally {
      await browser.close();
      server.close();
    }
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

module.exports = { withChromium };
