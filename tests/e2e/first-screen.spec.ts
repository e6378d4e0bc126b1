// The static first screen: index.html carries the header and the crisis
// lines in Japanese (data/build.rs), readable before the app has loaded. In
// Japanese the app keeps that crisis block (its main, title, lead and 119),
// the same nodes in the same place: nothing moves, screen readers find one
// block, and the largest paint stays the first one. The list of lines is the
// app's from its first frame (open state, open ones first, links), where the
// static list was. In English and やさしい日本語 the Japanese block gives way to
// the app's own.
import { devices, type Page } from '@playwright/test';
import { test, expect } from './fixtures/app';

/** Monday 2026-12-07 15:59 in Japan: 自殺予防いのちの電話 opens at 16:00. */
const MONDAY_1559_JST = new Date('2026-12-07T06:59:00Z');

type Box = { x: number; y: number; width: number; height: number };

/** Records layout shifts and largest-contentful-paint entries from the start. */
async function observePaints(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number[]; lcp: PerformanceEntry[] };
    w.shifts = [];
    w.lcp = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.shifts.push((e as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => w.lcp.push(...list.getEntries())).observe({
      type: 'largest-contentful-paint',
      buffered: true,
    });
  });
}

/** Opens `path` with the app's WASM held back; resolves once the static
 *  first screen is on screen, with the function that lets the app start. */
async function openStatic(page: Page, path = ''): Promise<() => void> {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let seen!: () => void;
  const requested = new Promise<void>((resolve) => (seen = resolve));
  await page.route('**/*_bg.wasm', async (route) => {
    seen();
    await gate;
    await route.continue();
  });
  await page.goto(path, { waitUntil: 'domcontentloaded' });
  await requested;
  await expect(page.locator('.crisis')).toBeVisible();
  // Two frames: the static screen has been painted.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return open;
}

/** Marks every element of the static first screen, and keeps where the
 *  crisis block's parts are. */
async function markStatic(page: Page) {
  return page.evaluate(() => {
    for (const el of document.body.querySelectorAll('*')) (el as unknown as { isStatic: boolean }).isStatic = true;
    const parts: Record<string, Element | null> = {
      main: document.querySelector('main'),
      section: document.querySelector('.crisis'),
      title: document.querySelector('.crisis__title'),
      lead: document.querySelector('.crisis__lead'),
      emergency: document.querySelector('.crisis__emergency a'),
      list: document.querySelector('.crisis__lines'),
    };
    (window as unknown as { parts: typeof parts }).parts = parts;
    const boxes: Record<string, Box> = {};
    for (const [name, el] of Object.entries(parts)) {
      const r = el!.getBoundingClientRect();
      boxes[name] = { x: r.x, y: r.y, width: r.width, height: name === 'main' || name === 'section' || name === 'list' ? 0 : r.height };
    }
    return boxes;
  });
}

/** Waits two frames and a moment, so paints and shifts have been reported. */
async function settle(page: Page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 200)))));
}

test.describe('in Japanese', () => {
  test('from a sticker (?s=): the crisis block keeps its place and the greeting comes after it, with no shift', async ({ app, page }) => {
    await observePaints(page);
    const start = await openStatic(page, '?s=sample-006');
    const before = await markStatic(page);
    start();
    await app.mounted();
    await expect(page.locator('.spot-greeting')).toBeVisible();
    await settle(page);
    const after = await page.evaluate(() => {
      const r = document.querySelector('.crisis__emergency a')!.getBoundingClientRect();
      const crisis = document.querySelector('.crisis')!.getBoundingClientRect();
      const greeting = document.querySelector('.spot-greeting')!.getBoundingClientRect();
      const w = window as unknown as { shifts: number[] };
      return { y: r.y, crisisBottom: crisis.bottom, greetingTop: greeting.top, shift: w.shifts.reduce((a, b) => a + b, 0) };
    });
    expect(after.y).toBeCloseTo(before.emergency.y, 1);
    expect(after.greetingTop).toBeGreaterThanOrEqual(after.crisisBottom);
    expect(after.shift).toBe(0);
    expect(app.errors).toEqual([]);
  });

  test('the app keeps the static crisis block: same nodes, same place, no shift, the first paint stays the largest', async ({ app, page }) => {
    await observePaints(page);
    const start = await openStatic(page);
    const before = await markStatic(page);
    start();
    await app.mounted();
    await expect(page.locator('.crisis .line-card__name a').first()).toBeVisible();
    await settle(page);

    const after = await page.evaluate(() => {
      const parts = (window as unknown as { parts: Record<string, Element> }).parts;
      const same: Record<string, boolean> = {};
      const boxes: Record<string, { x: number; y: number; width: number; height: number }> = {};
      // The list of lines is the app's own, where the static one was.
      parts.list = document.querySelector('.crisis__lines')!;
      for (const [name, el] of Object.entries(parts)) {
        same[name] = el.isConnected && (el as unknown as { isStatic?: boolean }).isStatic === true;
        const r = el.getBoundingClientRect();
        boxes[name] = { x: r.x, y: r.y, width: r.width, height: name === 'main' || name === 'section' || name === 'list' ? 0 : r.height };
      }
      same.main &&= document.querySelector('main#main') === parts.main;
      same.section &&= document.querySelector('.crisis') === parts.section;
      same.emergency &&= document.querySelector('.crisis__emergency a') === parts.emergency;
      const w = window as unknown as { shifts: number[]; lcp: { element: Element | null; startTime: number }[] };
      const last = w.lcp.at(-1);
      return {
        same,
        boxes,
        shift: w.shifts.reduce((a, b) => a + b, 0),
        lcpCount: w.lcp.length,
        lcpIsStatic: !!last?.element && (last.element as unknown as { isStatic?: boolean }).isStatic === true,
        lcpText: last?.element?.textContent ?? null,
        blocks: document.querySelectorAll('.crisis').length,
        titles: document.querySelectorAll('#crisis-title').length,
      };
    });
    expect(after.same).toEqual({ main: true, section: true, title: true, lead: true, emergency: true, list: false });
    for (const [name, box] of Object.entries(before)) {
      for (const key of ['x', 'y', 'width', 'height'] as const) {
        expect(after.boxes[name][key], `${name} ${key}`).toBeCloseTo(box[key], 1);
      }
    }
    expect(after.shift).toBe(0);
    expect(after.lcpCount).toBeGreaterThan(0);
    expect(after.lcpIsStatic, `largest paint: ${after.lcpText}`).toBe(true);
    // One block for screen readers.
    expect(after.blocks).toBe(1);
    expect(after.titles).toBe(1);
    await expect(page.getByRole('region', { name: '今すぐ話したい' })).toHaveCount(1);

    // The lines are the app's: each names its window's page, says whether
    // it is open, and has a call button that dials.
    const crisis = page.getByRole('region', { name: '今すぐ話したい' });
    const cards = crisis.locator('.line-card');
    const count = await cards.count();
    expect(count).toBeGreaterThanOrEqual(4);
    await expect(crisis.locator('.line-card__name a[href^="window/?id="]')).toHaveCount(count);
    for (const card of await cards.all()) {
      await expect(card.locator('a.call-button[href^="tel:"], .short-code')).not.toHaveCount(0);
      await expect(card.locator('.line-card__status')).toHaveText(/受付|時間外|確認|違います/);
    }
    await expect(crisis.getByRole('link', { name: 'いま命に危険があるときは、119番に電話してください。' })).toHaveAttribute('href', 'tel:119');
    // The app's header took the static one's place, with すぐに閉じる.
    await expect(page.locator('header')).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'すぐに閉じる' })).toBeVisible();
    await expect(page.locator('footer')).toBeVisible();
    expect(app.errors).toEqual([]);
  });

  test('a line that opens while the page is open moves up and says so; the block stays the same', async ({ app, page }) => {
    await page.clock.install({ time: MONDAY_1559_JST });
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        (document.querySelector('.crisis') as unknown as { isStatic: boolean }).isStatic = true;
      }),
    );
    await app.open();
    const names = () => page.locator('.crisis .line-card__name').allTextContents();
    const card = page.locator('.crisis .line-card', { hasText: '自殺予防いのちの電話' });
    await expect(card).toContainText('受付時間外');
    expect(await names()).toEqual([
      'よりそいホットライン',
      'いのちの電話（ナビダイヤル）',
      '#いのちSOS',
      'はりまいのちの電話',
      '自殺予防いのちの電話',
      '兵庫県いのちと心のサポートダイヤル',
      'こころの健康相談統一ダイヤル',
    ]);

    await page.clock.runFor('02:00');
    await expect(card).toContainText('受付中');
    await expect(card).toHaveClass(/line-card--open/);
    expect(await names()).toEqual([
      'よりそいホットライン',
      '自殺予防いのちの電話',
      'いのちの電話（ナビダイヤル）',
      '#いのちSOS',
      'はりまいのちの電話',
      '兵庫県いのちと心のサポートダイヤル',
      'こころの健康相談統一ダイヤル',
    ]);
    await expect(card.getByRole('link', { name: /自殺予防いのちの電話に電話する/ })).toHaveAttribute('href', 'tel:0120783556');
    expect(await page.evaluate(() => (document.querySelector('.crisis') as unknown as { isStatic?: boolean }).isStatic)).toBe(true);
    await expect(page.locator('.crisis')).toHaveCount(1);
  });

  test('switching language replaces the kept block; switching back draws it again', async ({ app, page }) => {
    await app.open();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('region', { name: 'Talk to someone now' })).toBeVisible();
    await expect(page.locator('.crisis')).toHaveCount(1);
    await expect(page.locator('main')).toHaveCount(1);
    await expect(page.locator('header')).toHaveCount(1);
    await expect(page.locator('body')).not.toContainText('今すぐ話したい');
    await page.getByRole('button', { name: '日本語', exact: true }).click();
    await expect(page.getByRole('region', { name: '今すぐ話したい' })).toHaveCount(1);
    await expect(page.locator('.crisis .line-card__name a').first()).toBeVisible();
    // And on to another page and back.
    await page.locator('.crisis .line-card__name a').first().click();
    await expect(page).toHaveURL(/window\/\?id=/);
    await expect(page.locator('.crisis')).toHaveCount(0);
    await page.goBack();
    await expect(page.getByRole('region', { name: '今すぐ話したい' })).toHaveCount(1);
    expect(app.errors).toEqual([]);
  });

  test('on another page the static block gives way to that page', async ({ app, page }) => {
    await app.open('window/?id=yorisoi');
    await expect(page.locator('.crisis')).toHaveCount(0);
    await expect(page.locator('main')).toHaveCount(1);
    await expect(page.locator('header')).toHaveCount(1);
    await expect(app.heading()).toHaveText('よりそいホットライン');
  });
});

test.describe('on an iPhone, in Japanese', () => {
  const iphone = devices['iPhone 13'];
  test.use({ userAgent: iphone.userAgent, viewport: iphone.viewport, isMobile: true, hasTouch: true });
  test('the kept block has no call link an iPhone cannot dial', async ({ app, page }) => {
    await app.open();
    const crisis = page.getByRole('region', { name: '今すぐ話したい' });
    await expect(crisis.locator('.line-card__name a').first()).toBeVisible();
    await expect(crisis.locator('a[href^="tel:%23"], a[href^="tel:#"]')).toHaveCount(0);
    for (const card of await crisis.locator('.line-card').all()) {
      await expect(card.locator('a.call-button[href^="tel:"], .short-code__number')).not.toHaveCount(0);
    }
  });
});

for (const [lang, title] of [
  ['en', 'Talk to someone now'],
  ['easy', 'いま すぐ 話したい'],
] as const) {
  test.describe(`in ${lang === 'en' ? 'English (the browser\'s language)' : 'やさしい日本語 (chosen before)'}`, () => {
    if (lang === 'en') test.use({ locale: 'en-US' });
    test('the Japanese static text is replaced by the app\'s, without a shift', async ({ app, page }) => {
      if (lang === 'easy') await app.useLang('easy');
      await observePaints(page);
      const start = await openStatic(page);
      await markStatic(page);
      start();
      await app.mounted();
      await expect(page.getByRole('region', { name: title })).toBeVisible();
      await settle(page);
      const state = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        staticLeft: [...document.body.querySelectorAll(':not(noscript)')]
          .filter((el) => (el as unknown as { isStatic?: boolean }).isStatic)
          .map((el) => el.outerHTML.slice(0, 80)),
        shift: (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0),
        text: document.body.innerText,
      }));
      expect(state.lang).toBe(lang === 'en' ? 'en' : 'ja');
      expect(state.staticLeft).toEqual([]);
      expect(state.shift).toBe(0);
      for (const japanese of ['今すぐ話したい', 'ひとりで抱えこまないで', 'いま命に危険があるときは']) {
        expect(state.text).not.toContain(japanese);
      }
      await expect(page.locator('.crisis')).toHaveCount(1);
      await expect(page.locator('main')).toHaveCount(1);
      await expect(page.locator('header')).toHaveCount(1);
      await expect(page.locator('.crisis__emergency a')).toHaveAttribute('href', 'tel:119');
      expect(app.errors).toEqual([]);
    });
  });
}
