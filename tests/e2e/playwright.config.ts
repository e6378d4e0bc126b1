// End-to-end journeys against the release build (`bash .ci/build.sh`),
// served from a sub-path by a static server with no rewrite rules, in
// Debian's Chromium (Playwright never downloads a browser here).
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);


export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/tsunagaru/`,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
    trace: 'off',
  },
  projects: [
    {
      name: 'phone',
      use: {
        ...devices['Pixel 5'],
        viewport: { width: 360, height: 640 },
        browserName: 'chromium',
      },
    },
  ],
  webServer: {
    command: `node ../../.ci/static-server.mjs --port ${PORT} --prefix /tsunagaru/ ../../dist`,
    url: `http://127.0.0.1:${PORT}/tsunagaru/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
