// End-to-end tests in Debian's Chromium (never a downloaded browser), against the release build
// in dist/ served on 127.0.0.1:8081 (8080 stays free for `make serve`).
const { defineConfig, devices } = require('@playwright/test');

// E2E_PORT lets two checkouts test at once on one machine (share links name 8081 by default).
const port = process.env.E2E_PORT || '8081';

module.exports = defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    timezoneId: 'America/Toronto',
    locale: 'en-CA',
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
    { name: 'phone', use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
  ],
  webServer: {
    command: `python3 -m http.server ${port} --bind 127.0.0.1 --directory dist`,
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'ignore',
    timeout: 30_000,
  },
});
