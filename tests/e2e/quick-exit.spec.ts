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
