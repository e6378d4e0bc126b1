// 日本語 / やさしい日本語 / English: the switch in the header, kept on the
// device across reloads, reflected in <html lang>; English is offered to a
// browser whose first language is not Japanese; in English every piece of
// Japanese left on screen (names people may need to say, data typed by the
// spots) is marked lang="ja" for screen readers.
import { test, expect } from './fixtures/app';

// A section's path, and what is typed in its search (never in a URL).
const SECTIONS: Array<[string, string?]> = [[''], ['?c=money'], ['', 'debt'], ['window/?id=yorisoi'], ['spots/'], ['sticker/'], ['leaflet/'], ['register/'], ['about/'], ['guide/'], ['privacy/'], ['staff/']];

test('the switch changes the language, keeps it across a reload, and returns focus', async ({ app, page }) => {
  await app.open('');
  await expect(app.heading()).toHaveText('相談窓口');
  const en = page.locator('.lang-switch [data-lang="en"]');
  await expect(en).toHaveAttribute('aria-pressed', 'false');
  await en.focus();
  await page.keyboard.press('Enter');
  await expect(app.heading()).toHaveText('Get help');
  await expect(page.locator('.lang-switch [data-lang="en"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.lang-switch [data-lang="en"]')).toBeFocused();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await expect(page).toHaveTitle(/Tsunagaru Inochi/);
  await expect(page.getByRole('heading', { name: 'Talk to someone now' })).toBeVisible();

  await page.reload();
  await app.mounted();
  await expect(app.heading()).toHaveText('Get help');
  expect(await page.evaluate(() => localStorage.getItem('tsunagaru.lang'))).toBe('en');

  await page.locator('.lang-switch [data-lang="easy"]').click();
  await expect(page.getByRole('heading', { name: 'いま すぐ 話したい' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');

  // Other sections (the other build included) open in the chosen language.
  await app.open('about/');
  await expect(page.locator('.lang-switch [data-lang="easy"]')).toHaveAttribute('aria-pressed', 'true');
  await page.locator('.lang-switch [data-lang="ja"]').click();
  await expect(app.heading()).toHaveText('このネットワークについて');
  expect(app.errors).toEqual([]);
});

test('what is typed in the search box survives a change of language', async ({ app, page }) => {
  await app.open('');
  await page.getByRole('searchbox').fill('お金');
  await expect(page.locator('.result-count')).toContainText('お金');
  await page.locator('.lang-switch [data-lang="en"]').click();
  await expect(page.getByRole('searchbox')).toHaveValue('お金');
  await expect(page.locator('.result-count')).toContainText('Places to get help for “お金”');
});

test('the English view points to the lines that help in foreign languages', async ({ app, page }) => {
  await app.useLang('en');
  await app.open('');
  const foreign = page.locator('.crisis__foreign');
  await expect(foreign.getByRole('heading', { name: 'Help in English and other languages' })).toBeVisible();
  await expect(foreign.getByRole('link', { name: /Yorisoi Hotline/ })).toHaveAttribute('href', 'window/?id=yorisoi');
  await expect(foreign.getByRole('link', { name: /DV/ })).toHaveAttribute('href', 'window/?id=dv-plus');
  await foreign.getByRole('link', { name: /Yorisoi Hotline/ }).click();
  await expect(app.heading()).toHaveText(/Yorisoi Hotline/);
  await expect(page.locator('main')).toContainText(/foreign language/i);
});

test('in English at 360 px, each foreign-language line has its bullet beside its first line', async ({ app, page }) => {
  await app.useLang('en');
  await app.open('');
  const items = page.locator('.crisis__foreign li');
  expect(await items.count()).toBeGreaterThanOrEqual(2);
  for (const item of await items.all()) {
    await item.scrollIntoViewIfNeeded();
    const li = (await item.boundingBox())!;
    // The first line of the link's text.
    const first = await item.getByRole('link').evaluate((a) => {
      const range = document.createRange();
      range.selectNodeContents(a);
      const r = range.getClientRects()[0];
      return { top: r.top, bottom: r.bottom };
    });
    // The bullet is drawn outside the item, to its left: find its dark
    // pixels in a screenshot of that strip.
    const strip = { x: li.x - 18, y: li.y, width: 16, height: li.height };
    const png = (await page.screenshot({ clip: strip })).toString('base64');
    const rows = await page.evaluate(async ({ data, height }) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data: px } = context.getImageData(0, 0, image.width, image.height);
      const dark: number[] = [];
      for (let y = 0; y < image.height; y++) {
        for (let x = 0; x < image.width; x++) {
          const i = (y * image.width + x) * 4;
          if (px[i] + px[i + 1] + px[i + 2] < 3 * 110) {
            dark.push(y / (image.height / height));
            break;
          }
        }
      }
      return dark;
    }, { data: png, height: strip.height });
    expect(rows.length, 'a bullet is drawn').toBeGreaterThan(0);
    const bullet = li.y + (rows[0] + rows[rows.length - 1]) / 2;
    expect(bullet).toBeGreaterThanOrEqual(first.top);
    expect(bullet).toBeLessThanOrEqual(first.bottom);
  }
});

test.describe('a browser set to English', () => {
  test.use({ locale: 'en-US' });
  test('starts in English without a stored choice', async ({ app, page }) => {
    await app.open('');
    await expect(app.heading()).toHaveText('Get help');
    expect(await page.evaluate(() => localStorage.getItem('tsunagaru.lang'))).toBeNull();
    await page.locator('.lang-switch [data-lang="ja"]').click();
    await page.reload();
    await app.mounted();
    await expect(app.heading()).toHaveText('相談窓口');
  });
});

for (const [path, search] of SECTIONS) {
  test(`in English, Japanese text on /${path}${search ? ` searching “${search}”` : ''} is marked lang="ja"`, async ({ app, page }) => {
    await app.useLang('en');
    await app.open(path);
    if (search) await app.search(search);
    await expect(app.heading()).not.toBeEmpty();
    const unmarked = await page.evaluate(() => {
      const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const parent = node.parentElement;
        if (!parent || !japanese.test(text) || parent.closest('script, style, noscript')) continue;
        const lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
        if (!lang.startsWith('ja')) found.push(`${parent.tagName.toLowerCase()}.${parent.className}: ${text.trim().slice(0, 40)}`);
      }
      for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
        for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
          const value = el.getAttribute(attr) ?? '';
          const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
          if (japanese.test(value) && !lang.startsWith('ja')) found.push(`${el.tagName.toLowerCase()}[${attr}]: ${value.slice(0, 40)}`);
        }
      }
      return found;
    });
    expect(unmarked).toEqual([]);
    expect(app.errors).toEqual([]);
  });
}
