// Accessibility of every section, in the light and the dark scheme: axe-core
// (its default rules: WCAG 2.0/2.1/2.2 A and AA, and best practices such as
// every piece of content inside a landmark) reports no violation; the page fits a
// 320 px wide screen and 200% text without horizontal scrolling; buttons and
// navigation are at least 44×44 CSS px.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { devices, type Page } from '@playwright/test';
import { test, expect } from './fixtures/app';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// `search`: typed into the search box (a search is never in a URL).
const PAGES: Array<{ path: string; heading: string | RegExp; search?: string }> = [
  { path: '', heading: '相談窓口' },
  { path: '?c=money', heading: '相談窓口' },
  { path: '', search: 'お金', heading: '相談窓口' },
  { path: 'window/?id=tatsuno-kenko', heading: /健康課/ },
  { path: 'spots/', heading: '協力スポット' },
  { path: 'sticker/', heading: 'ステッカー' },
  { path: 'leaflet/', heading: '相談先チラシ' },
  { path: 'register/', heading: 'ネットワークに登録する' },
  { path: 'about/', heading: 'このネットワークについて' },
  { path: 'guide/', heading: '協力スポットの方へ：声かけと、つなぎかた' },
  { path: 'privacy/', heading: 'プライバシーと保存データ' },
  { path: 'staff/', heading: '市の担当者の方へ' },
];

async function axeViolations(page: Page) {
  // Evaluated through the DevTools protocol, so the page's CSP (which would
  // refuse an injected script) stays on.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, {});
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

const LANGS = ['ja', 'easy', 'en'] as const;

/** Opens `path` in `lang`; in Japanese the heading is checked word for word,
 *  in the others the page must be marked with the right `lang`. */
async function openIn(app: import('./fixtures/app').AppPage, lang: (typeof LANGS)[number], path: string, heading: string | RegExp, search?: string) {
  if (lang !== 'ja') await app.useLang(lang);
  await app.open(path);
  if (search) {
    await app.search(search);
    await expect(app.page.locator('.result-count')).toContainText(search);
  }
  if (lang === 'ja') {
    await expect(app.heading()).toHaveText(heading);
  } else {
    await expect(app.page.locator(`.lang-switch [data-lang="${lang}"]`)).toHaveAttribute('aria-pressed', 'true');
    await expect(app.heading()).not.toBeEmpty();
  }
  expect(await app.page.evaluate(() => document.documentElement.lang)).toBe(lang === 'en' ? 'en' : 'ja');
}

for (const lang of LANGS) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${lang}, ${scheme} scheme`, () => {
      test.use({ colorScheme: scheme });
      for (const { path, heading, search } of PAGES) {
        test(`axe finds nothing on /${path}${search ? ` searching ${search}` : ''}`, async ({ app, page }) => {
          await openIn(app, lang, path, heading, search);
          expect(await axeViolations(page)).toEqual([]);
          expect(app.errors).toEqual([]);
        });
      }
    });
  }
}

for (const lang of LANGS) test.describe(`${lang}: a 320 px screen with text at 200%`, () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const { path, heading, search } of PAGES) {
    test(`/${path}${search ? ` searching ${search}` : ''} fits without horizontal scrolling`, async ({ app, page }) => {
      await openIn(app, lang, path, heading, search);
      expect(await app.horizontalOverflow()).toBeLessThanOrEqual(0);
      await page.addStyleTag({ content: 'html { font-size: 200% !important; }' }).catch(async () => {
        // The CSP refuses inline styles: zoom the root font through the DOM.
        await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
      });
      expect(await app.horizontalOverflow()).toBeLessThanOrEqual(0);
    });
  }
});

test('buttons and navigation are at least 44×44 CSS px', async ({ app, page }) => {
  for (const { path, search } of PAGES) {
    await app.open(path);
    if (search) await app.search(search);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, .site-nav a, a.call-button, a.text-button, a.link-button, input, select')]
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .filter((el) => !(el instanceof HTMLInputElement && ['checkbox', 'radio'].includes(el.type)))
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.height < 44 || box.width < 44)
        .map(({ el, box }) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.trim().slice(0, 20)}" ${Math.round(box.width)}×${Math.round(box.height)}`),
    );
    expect(small, `on /${path}`).toEqual([]);
  }
});

// On an iPhone a short code is shown to copy, with its own button and live
// region (see consultation.spec.ts).
test.describe('on an iPhone', () => {
  test.use({ userAgent: devices['iPhone 13'].userAgent });
  for (const path of ['?c=violence', 'window/?id=one-stop-8891']) {
    test(`axe finds nothing on /${path} with its short codes to copy`, async ({ app, page }) => {
      await app.open(path);
      await expect(page.locator('.short-code').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      expect(app.errors).toEqual([]);
    });
  }
});
