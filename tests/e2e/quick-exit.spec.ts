// すぐに閉じる: one tap (or Escape three times) replaces the app with a
// neutral weather page, in place, so Back does not return to it. The weather
// site is answered locally here: tests never reach other origins.
import { test, expect } from './fixtures/app';

const NEUTRAL = 'https://weather.yahoo.co.jp/weather/';

test.beforeEach(async ({ page }) => {
  await page.route('https://weather.yahoo.co.jp/**', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>天気</title><h1>天気予報</h1>' }),
  );
});

test('the button is on every screen and leaves at once, without a Back entry', async ({ app, page }) => {
  await app.open('window/?id=yorisoi');
  const exit = page.getByRole('button', { name: 'すぐに閉じる' });
  await expect(exit).toBeVisible();
  // Still reachable at the bottom of a long page.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(exit).toBeInViewport();
  const box = await exit.boundingBox();
  expect(box?.height).toBeGreaterThanOrEqual(44);
  await exit.click();
  await expect(page).toHaveURL(NEUTRAL);
  await expect(page.getByRole('heading', { name: '天気予報' })).toBeVisible();
  await page.goBack();
  expect(page.url()).not.toContain('/tsunagaru/window/');
});

test('Escape three times leaves too; once or twice does nothing', async ({ app, page }) => {
  await app.open();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(2_100);
  await page.keyboard.press('Escape');
  await expect(app.heading()).toHaveText('相談窓口');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(NEUTRAL);
});

test('it is the first control after the skip link', async ({ app, page }) => {
  await app.open();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '本文へ移動' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'すぐに閉じる' })).toBeFocused();
});

test.describe('no trace left', () => {
  const WORDS = 'しにたい';

  /** Everything a person could see of this tab: the address, the title, the
   *  page's text and fields, and what the tab keeps in sessionStorage. */
  async function traces(page: import('@playwright/test').Page) {
    return page.evaluate(() => ({
      url: decodeURIComponent(location.href),
      title: document.title,
      text: document.body.innerText,
      fields: [...document.querySelectorAll('input, textarea')].map((f) => (f as HTMLInputElement).value).join('|'),
      session: Object.keys(sessionStorage).map((k) => `${k}=${sessionStorage.getItem(k)}`).join('|'),
    }));
  }

  async function expectNoTrace(page: import('@playwright/test').Page) {
    const seen = await traces(page);
    for (const [where, value] of Object.entries(seen)) expect(value, where).not.toContain(WORDS);
    expect(seen.url).not.toMatch(/[?&]q=/);
    expect(seen.session).not.toContain('tsunagaru.');
  }

  test('what is typed in the search never goes into the URL or the history', async ({ app, page }) => {
    await app.open('?c=money');
    const entries = await page.evaluate(() => history.length);
    await page.getByRole('searchbox').pressSequentially(WORDS);
    await expect(page.getByRole('heading', { name: '#いのちSOS' })).toBeVisible();
    // The category may stay in the URL (it is shareable); the words may not.
    await expect(page).toHaveURL(/\?c=money$/);
    expect(await page.evaluate(() => history.length)).toBe(entries);
    // A reload of the tab keeps the search (from this tab's sessionStorage).
    await page.reload();
    await app.mounted();
    await expect(page.getByRole('searchbox')).toHaveValue(WORDS);
    await expect(page.getByRole('heading', { name: '#いのちSOS' })).toBeVisible();
    await expect(page).toHaveURL(/\?c=money$/);
    // Emptied, the category's windows come back.
    await page.getByRole('searchbox').fill('');
    await expect(page.getByRole('combobox', { name: /対象/ })).toBeVisible();
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  test('a link of an earlier version with ?q= loses it at once, and it is not used', async ({ app, page }) => {
    await app.open(`?c=money&q=${encodeURIComponent(WORDS)}`);
    await expect(page).toHaveURL(/\?c=money$/);
    await expect(page.getByRole('searchbox')).toHaveValue('');
    await expect(page.getByRole('combobox', { name: /対象/ })).toBeVisible();
    await expectNoTrace(page);
  });

  test('the spots search stays out of the URL too', async ({ app, page }) => {
    await app.open('spots/');
    await page.getByLabel(/名前でさがす/).pressSequentially('やっきょく');
    await expect(page.locator('.spot-card')).toHaveCount(1);
    expect(decodeURIComponent(page.url())).not.toContain('やっきょく');
    await page.reload();
    await app.mounted();
    await expect(page.getByLabel(/名前でさがす/)).toHaveValue('やっきょく');
    expect(decodeURIComponent(page.url())).not.toContain('やっきょく');
  });

  for (const reload of [false, true]) {
    test(`after すぐに閉じる, Back shows nothing that was typed${reload ? ' (typed, then reloaded)' : ''}`, async ({ app, page }) => {
      await app.open();
      await page.getByRole('searchbox').pressSequentially(WORDS);
      await expect(page.getByRole('heading', { name: '#いのちSOS' })).toBeVisible();
      if (reload) {
        await page.reload();
        await app.mounted();
        await expect(page.getByRole('searchbox')).toHaveValue(WORDS);
      }
      // A call tapped (the number goes to the phone app; the tab stays).
      await page.evaluate(() =>
        document.querySelectorAll('a[href^="tel:"]').forEach((a) => a.addEventListener('click', (e) => e.preventDefault())),
      );
      await page.locator('.crisis a[href^="tel:"]').first().click();
      expect(await page.evaluate(() => Object.keys(sessionStorage).length)).toBeGreaterThan(0);
      // On to a window found by the search, then away.
      await page.locator('.window-list a[href*="window/?id="]').first().click();
      await expect(page).toHaveURL(/window\/\?id=/);
      await page.getByRole('button', { name: 'すぐに閉じる' }).click();
      await expect(page).toHaveURL(NEUTRAL);
      // Back lands on the page of the app before it: nothing typed is there.
      await page.goBack();
      await app.mounted();
      await expect(app.heading()).toHaveText('相談窓口');
      await expect(page.getByRole('searchbox')).toHaveValue('');
      await expect(page.getByRole('complementary', { name: 'つながらなかった時は' })).toHaveCount(0);
      await expectNoTrace(page);
    });
  }
});
