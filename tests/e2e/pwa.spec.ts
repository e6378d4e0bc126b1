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
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 40_000 });
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
    ['about', 'このネットワークについて'],
  ];
  for (const [path, heading] of visits) {
    await page.goto(path);
    await app.mounted();
    await expect(app.heading(), `offline: ${path}`).toHaveText(heading);
  }
  // A search typed offline still finds windows.
  await page.goto('');
  await app.mounted();
  await app.search('こども');
  await expect(page.locator('.window-card').first()).toBeVisible();
  // The crisis lines are there, offline, with their numbers.
  await page.goto('');
  await expect(page.locator('a[href^="tel:"]').first()).toBeVisible();
  await context.setOffline(false);
  expect(app.errors).toEqual([]);
});

/** Replaces what the deploy folder serves, as a static host would. */
function deployRelease(deploy: string, release: string) {
  for (const name of readdirSync(deploy)) rmSync(join(deploy, name), { recursive: true, force: true });
  cpSync(release, deploy, { recursive: true });
}

test.describe('a new deploy', () => {
  // One server for both journeys, each starting from the first release.
  test.describe.configure({ mode: 'serial' });
  let server: ChildProcess | undefined;
  let deploy = '';
  const port = BASE_PORT + 27; // (4190, +17, is a port browsers refuse)
  const url = `http://127.0.0.1:${port}/tsunagaru/`;
  const release = (page: Page) => page.locator('.site-footer__release');

  test.beforeAll(async () => {
    expect(existsSync(NEXT), `${NEXT} is missing: run bash .ci/test.sh, which builds it`).toBe(true);
    deploy = mkdtempSync(join(tmpdir(), 'tsunagaru-deploy-'));
    deployRelease(deploy, DIST);
    server = spawn('node', [join(ROOT, '.ci', 'static-server.mjs'), '--port', String(port), '--prefix', '/tsunagaru/', deploy], { stdio: 'ignore' });
    for (let i = 0; i < 50; i++) {
      try {
        if ((await fetch(url)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the deploy server did not start');
  });

  test.beforeEach(() => deployRelease(deploy, DIST));

  test.afterAll(() => {
    server?.kill();
    if (deploy) rmSync(deploy, { recursive: true, force: true });
  });

  test('is offered quietly, applied only when accepted, and never mixed with the old one', async ({ app, page }) => {
    // Two installs of the whole app, on a possibly busy machine.
    test.setTimeout(90_000);
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
    deployRelease(deploy, NEXT);

    // The reload still runs the old release (from the device) and offers the new one.
    await page.reload();
    await app.mounted();
    const notice = page.getByRole('status').filter({ hasText: '新しい版があります' });
    await expect(notice).toBeVisible({ timeout: 40_000 });
    await expect(release).toHaveText(oldRelease);
    for (const f of await loadedBuildFiles(page)) expect(oldFiles.has(f), `old page loaded ${f}`).toBe(true);

    // Navigating inside the old release keeps using old files only.
    await app.nav().getByRole('link', { name: '協力スポット', exact: true }).click();
    await expect(app.heading()).toHaveText('協力スポット');
    for (const f of await loadedBuildFiles(page)) expect(oldFiles.has(f), `old page loaded ${f}`).toBe(true);
    await expect(release).toHaveText(oldRelease);

    // Accepting switches to the new release, which loads only new files.
    await notice.getByRole('button', { name: '更新', exact: true }).click();
    await expect(release).not.toHaveText(oldRelease, { timeout: 40_000 });
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

  test('is applied in the very tab whose first visit installed the app', async ({ app, page }) => {
    // Two installs of the whole app, on a possibly busy machine.
    test.setTimeout(90_000);
    const newFiles = new Set(readdirSync(NEXT));
    // A first visit: no service worker yet; this visit installs it.
    await page.goto(url);
    await app.mounted();
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    await controlled(page);
    const oldRelease = (await release(page).textContent()) ?? '';

    deployRelease(deploy, NEXT);
    // The app looks for a new release when it comes back to the screen.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    const notice = page.getByRole('status').filter({ hasText: '新しい版があります' });
    await expect(notice).toBeVisible({ timeout: 40_000 });
    await notice.getByRole('button', { name: '更新', exact: true }).click();
    // 更新 reloads this tab into the new release (it used to stay on
    // 「更新しています…」 forever).
    await expect(release(page)).not.toHaveText(oldRelease, { timeout: 40_000 });
    await app.mounted();
    const loaded = await loadedBuildFiles(page);
    expect(loaded).not.toHaveLength(0);
    for (const f of loaded) expect(newFiles.has(f), `new page loaded ${f}`).toBe(true);
    await expect(page.getByText('新しい版があります')).toHaveCount(0);
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

test('the privacy page lists what is stored, the typed search too, and erases all of it', async ({ app, page }) => {
  await app.open();
  await app.search('お金');
  await app.open('sticker/');
  await page.getByLabel('印刷された定規の長さ（mm）').fill('99');
  await page.getByRole('button', { name: '補正を保存' }).click();
  await expect(page.locator('#sticker-measure-note')).toContainText('101.0%');
  await page.getByRole('link', { name: 'プライバシーと保存データ' }).click();
  await expect(app.heading()).toHaveText('プライバシーと保存データ');
  const item = page.locator('.stored-items li').filter({ hasText: 'ステッカー印刷の補正' });
  await expect(item).toContainText('いま保存あり');
  const search = page.locator('.stored-items li').filter({ hasText: '相談窓口の検索に入力したことば' });
  await expect(search).toContainText('いま保存あり');
  await expect(search).toContainText('「すぐに閉じる」を押すと消えます');

  await page.getByRole('button', { name: 'この端末に保存したデータを消去' }).click();
  await page.getByRole('button', { name: 'やめる' }).click();
  await expect(item).toContainText('いま保存あり');
  await page.getByRole('button', { name: 'この端末に保存したデータを消去' }).click();
  await page.getByRole('button', { name: '消去する' }).click();
  await expect(page.getByRole('status').filter({ hasText: '消去しました' })).toBeVisible();
  await expect(item).toContainText('いまはなし');
  await expect(search).toContainText('いまはなし');
  const left = await page.evaluate(() =>
    [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => k.startsWith('tsunagaru.')),
  );
  expect(left).toEqual([]);
  expect(app.errors).toEqual([]);
});

test('erasing the saved data removes the offline copy too, and says what that means', async ({ app, page }) => {
  // Installing the offline copy takes a while on a busy machine.
  test.setTimeout(60_000);
  await app.open('privacy/');
  await controlled(page);
  const offlineCopy = () =>
    page.evaluate(async () => ({
      registrations: (await navigator.serviceWorker.getRegistrations()).length,
      caches: (await caches.keys()).filter((k) => k.startsWith('tsunagaru-')).length,
    }));
  expect(await offlineCopy()).toEqual({ registrations: 1, caches: 1 });
  await page.getByRole('button', { name: 'この端末に保存したデータを消去' }).click();
  await expect(page.locator('#erase-question')).toContainText('電波のあるところでもう一度開くまで、電波がないときには開けません');
  await page.getByRole('button', { name: '消去する' }).click();
  const done = page.getByRole('status').filter({ hasText: '消去しました' });
  await expect(done).toContainText('電波のあるところで一度開いてください');
  await expect.poll(offlineCopy).toEqual({ registrations: 0, caches: 0 });
  expect(app.errors).toEqual([]);
});

test('the privacy page says what the browser and phone keep anyway, and how to open a private tab', async ({ app, page }) => {
  await app.open('privacy/');
  const section = page.getByRole('region', { name: 'ブラウザや端末が残すもの' });
  await expect(section).toContainText('見たページの履歴');
  await expect(section).toContainText('よく見るサイトの候補');
  await expect(section.getByRole('listitem').filter({ hasText: 'iPhone（Safari）' })).toHaveText('iPhone（Safari）：タブのボタン → 「プライベート」');
  await expect(section.getByRole('listitem').filter({ hasText: 'Android（Chrome）' })).toHaveText('Android（Chrome）：⋮（メニュー） → 「新しいシークレット タブ」');
  await page.locator('.lang-switch [data-lang="en"]').click();
  const en = page.getByRole('region', { name: 'What your browser and phone keep anyway' });
  await expect(en).toContainText('The history of the pages you visited');
  await expect(en).toContainText('New Incognito tab');
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
