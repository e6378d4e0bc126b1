// 日本語 / やさしい日本語 / English: the switch in the header, kept on the
// device across reloads, reflected in <html lang>; English is offered to a
// browser whose first language is not Japanese; in English every piece of
// Japanese left on screen (names people may need to say, data typed by the
// spots) is marked lang="ja" for screen readers.
import { test, expect } from './fixtures/app';

// A section's path, and what is typed in its search (never in a URL).
const SECTIONS: Array<[string, string?]> = [[''], ['?c=money'], ['', 'debt'], ['window/?id=yorisoi'], ['spots/'], ['sticker/'], ['register/'], ['about/'], ['guide/'], ['privacy/']];

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
  await expect(page.locator('.result-count')).toContainText('Places for “お金”');
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
