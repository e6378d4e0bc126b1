// Offline and installable: after one visit every section and deep link opens
// with no network; a new deploy is offered, applied only when accepted, and
// never mixed with the old one; Chromium finds the app installable; no
// request leaves the app's origin; the Content-Security-Policy holds.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { test, expect, SECTIONS } from './fixtures/app';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const ROOT = resolve(process.cwd(), '..', '..');
const DIST = join(ROOT, 'dist');
// A second release (a different TSUNAGARU_RELEASE), built by .ci/test.sh.
const NEXT = join(ROOT, 'target', 'e2e-v2');
const BASE_PORT = Number(process.env.E2E_PORT ?? 4173);

/** Waits until the service worker controls the page: every file is cached. */
async function controlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
}

/** The hashed script and WASM files a page has loaded. */
async function loadedBuildFiles(page: Page) {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname.split('/').pop() ?? '')
      .filter((name) => /^tsunagaru-inochi-.*\.(js|wasm)$/.test(name)),
  );
}

test('after one visit, every section and deep link opens with no network', async ({ app, page, context }) => {
  await app.open();
  await controlled(page);
  await context.setOffline(true);
  const visits: Array<[string, string | RegExp]> = [
    ...SECTIONS.map((s) => [s.path, s.heading] as [string, string]),
    ['privacy/', 'プライバシーと保存データ'],
    ['window/?id=yorisoi', /よりそいホットライン/],
    ['?s=sample-0001', '相談窓口'],
    ['?c=money', '相談窓口'],
    ['?q=%E3%81%93%E3%81%A9%E3%82%82', '相談窓口'],
    ['about', 'このネットワークについて'],
  ];
  for (const [path, heading] of visits) {
    await page.goto(path);
    await app.mounted();
    await expect(app.heading(), `offline: ${path}`).toHaveText(heading);
  }
  // A search typed offline still finds windows.
  await page.goto('?q=%E3%81%93%E3%81%A9%E3%82%82');
  await app.mounted();
  await expect(page.locator('.window-card').first()).toBeVisible();
  // The crisis lines are there, offline, with their numbers.
  await page.goto('');
  await expect(page.locator('a[href^="tel:"]').first()).toBeVisible();
  await context.setOffline(false);
  expect(app.errors).toEqual([]);
});

test.describe('a new deploy', () => {
  let server: ChildProcess | undefined;
  let deploy = '';
  const port = BASE_PORT + 27; // (4190, +17, is a port browsers refuse)

  test.beforeAll(async () => {
    expect(existsSync(NEXT), `${NEXT} is missing: run bash .ci/test.sh, which builds it`).toBe(true);
    deploy = mkdtempSync(join(tmpdir(), 'tsunagaru-deploy-'));
    cpSync(DIST, deploy, { recursive: true });
    server = spawn('node', [join(ROOT, '.ci', 'static-server.mjs'), '--port', String(port), '--prefix', '/tsunagaru/', deploy], { stdio: 'ignore' });
    for (let i = 0; i < 50; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/tsunagaru/`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the deploy server did not start');
  });

  test.afterAll(() => {
    server?.kill();
    if (deploy) rmSync(deploy, { recursive: true, force: true });
  });

  test('is offered quietly, applied only when accepted, and never mixed with the old one', async ({ app, page }) => {
    const url = `http://127.0.0.1:${port}/tsunagaru/`;
    const oldFiles = new Set(readdirSync(DIST));
    const newFiles = new Set(readdirSync(NEXT));
    const release = page.locator('.site-footer__release');

    await page.goto(url);
    await app.mounted();
    await controlled(page);
    const oldRelease = (await release.textContent()) ?? '';
    expect(oldRelease).toMatch(/^版 /);
    expect(await loadedBuildFiles(page)).not.toHaveLength(0);

    // Deploy the next release in place, as a static host would.
    for (const name of readdirSync(deploy)) rmSync(join(deploy, name), { recursive: true, force: true });
    cpSync(NEXT, deploy, { recursive: true });

    // The reload still runs the old release (from the device) and offers the new one.
    await page.reload();
    await app.mounted();
    const notice = page.getByRole('status').filter({ hasText: '新しい版があります' });
    await expect(notice).toBeVisible({ timeout: 20_000 });
    await expect(release).toHaveText(oldRelease);
    for (const f of await loadedBuildFiles(page)) expect(oldFiles.has(f), `old page loaded ${f}`).toBe(true);

    // Navigating inside the old release keeps using old files only.
    await app.nav().getByRole('link', { name: '協力スポット', exact: true }).click();
    await expect(app.heading()).toHaveText('協力スポット');
    for (const f of await loadedBuildFiles(page)) expect(oldFiles.has(f), `old page loaded ${f}`).toBe(true);
    await expect(release).toHaveText(oldRelease);

    // Accepting switches to the new release, which loads only new files.
    await notice.getByRole('button', { name: '更新', exact: true }).click();
    await expect(release).not.toHaveText(oldRelease, { timeout: 20_000 });
    await app.mounted();
    const loaded = await loadedBuildFiles(page);
    expect(loaded).not.toHaveLength(0);
    for (const f of loaded) expect(newFiles.has(f), `new page loaded ${f}`).toBe(true);
    await expect(page.getByText('新しい版があります')).toHaveCount(0);

    // Old caches are gone; the new one is the only one.
    const caches = await page.evaluate(async () => (await window.caches.keys()).filter((k) => k.startsWith('tsunagaru-')));
    expect(caches).toHaveLength(1);
    expect(app.errors).toEqual([]);
  });
});

test('Chromium finds the app installable', async ({}, testInfo) => {
  // A fresh profile, a service worker install and Chromium's own checks take
  // a while on a busy machine.
  test.setTimeout(90_000);
  const profile = mkdtempSync(join(tmpdir(), 'tsunagaru-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    baseURL: testInfo.project.use.baseURL,
    // As every other test: a Japanese browser (the app starts in English
    // when the browser's first language is not Japanese).
    locale: 'ja-JP',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('');
    await expect(page.locator('main#main')).toBeVisible();
    await controlled(page);
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector('link[rel="manifest"]') as HTMLLinkElement | null;
      return link ? (await fetch(link.href)).json() : null;
    });
    expect(manifest?.lang).toBe('ja');
    expect(manifest?.display).toBe('standalone');
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    // Chromium offers installing; the footer turns that into a button.
    await page.reload();
    await expect(page.getByRole('button', { name: 'ホーム画面に追加' })).toBeVisible({ timeout: 45_000 });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a walk through every section makes requests only to the app itself, under its CSP', async ({ app, page, context }) => {
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

  await app.open();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const directive of ["default-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "'wasm-unsafe-eval'"]) {
    expect(csp).toContain(directive);
  }
  expect(csp).not.toContain('unsafe-inline');
  await page.locator('a[href*="window/?id="]').first().click();
  await expect(page).toHaveURL(/window\/\?id=/);
  for (const section of SECTIONS) {
    await app.nav().getByRole('link', { name: section.label, exact: true }).click();
    await expect(app.heading()).toHaveText(section.heading);
    expect(await violations()).toEqual([]);
  }
  await page.getByRole('link', { name: 'プライバシーと保存データ' }).click();
  await expect(app.heading()).toHaveText('プライバシーと保存データ');
  expect(await violations()).toEqual([]);

  const origin = new URL(page.url()).origin;
  const foreign = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(app.errors).toEqual([]);
});

test('the privacy page lists what is stored and erases all of it', async ({ app, page }) => {
  await app.open('sticker/');
  await page.getByLabel('印刷された定規の長さ（mm）').fill('99');
  await page.getByRole('button', { name: '補正を保存' }).click();
  await expect(page.locator('#sticker-measure-note')).toContainText('101.0%');
  await page.getByRole('link', { name: 'プライバシーと保存データ' }).click();
  await expect(app.heading()).toHaveText('プライバシーと保存データ');
  const item = page.locator('.stored-items li').filter({ hasText: 'ステッカー印刷の補正' });
  await expect(item).toContainText('いま保存あり');

  await page.getByRole('button', { name: 'この端末に保存したデータを消去' }).click();
  await page.getByRole('button', { name: 'やめる' }).click();
  await expect(item).toContainText('いま保存あり');
  await page.getByRole('button', { name: 'この端末に保存したデータを消去' }).click();
  await page.getByRole('button', { name: '消去する' }).click();
  await expect(page.getByRole('status').filter({ hasText: '消去しました' })).toBeVisible();
  await expect(item).toContainText('いまはなし');
  const left = await page.evaluate(() =>
    [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => k.startsWith('tsunagaru.')),
  );
  expect(left).toEqual([]);
  expect(app.errors).toEqual([]);
});

test.describe('on an iPhone', () => {
  test.use({
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
  });

  test('the footer explains ホーム画面に追加 through the share menu', async ({ app, page }) => {
    await app.open();
    const hint = page.locator('.install-hint');
    await expect(hint).toContainText('共有ボタン');
    await expect(hint).toContainText('ホーム画面に追加');
    expect(app.errors).toEqual([]);
  });
});

test('a desktop or Android browser without an install offer shows no install hint', async ({ app, page }) => {
  await app.open();
  await expect(page.locator('footer')).toBeVisible();
  await expect(page.locator('.install-hint')).toHaveCount(0);
});
