// The regional lines a Tatsuno resident is referred to: the nearest いのちの電話
// (はりまいのちの電話, Himeji, every day 14:00–1:00) is offered among the crisis
// lines while it answers, and says when it opens while it does not.
import { test, expect } from './fixtures/app';

// Tuesday 2026-12-08 20:00 and 10:00 in Japan (11:00 and 01:00 UTC).
const TUESDAY_20_JST = new Date('2026-12-08T11:00:00Z');
const TUESDAY_10_JST = new Date('2026-12-08T01:00:00Z');

const harima = (page: import('@playwright/test').Page) =>
  page.locator('.crisis .line-card', { hasText: 'はりまいのちの電話' });

test('on a Tuesday at 20:00 はりまいのちの電話 is open on home with its call button', async ({ app, page }) => {
  await page.clock.setFixedTime(TUESDAY_20_JST);
  await app.open();
  const card = harima(page);
  await expect(card).toContainText('受付中（明日 1:00まで）');
  await expect(card).toHaveClass(/line-card--open/);
  const call = card.locator('a.call-button');
  await expect(call).toHaveAttribute('href', 'tel:0792224343');
  await expect(call).toContainText('079-222-4343');
  // Its page names the area and the source.
  await app.open('window/?id=harima-inochi');
  await expect(page.getByText('播磨・西播磨')).toBeVisible();
  await expect(page.locator('a[href="http://harima-inochi.jp/infomation1.html"]')).toBeVisible();
  expect(app.errors).toEqual([]);
});

test('at 10:00 the same day it says when it opens', async ({ app, page }) => {
  await page.clock.setFixedTime(TUESDAY_10_JST);
  await app.open();
  const card = harima(page);
  await expect(card).toContainText('いまは受付時間外・14:00から');
  await expect(card).not.toHaveClass(/line-card--open/);
  // Still callable: the button is there.
  await expect(card.locator('a.call-button')).toHaveAttribute('href', 'tel:0792224343');
  expect(app.errors).toEqual([]);
});
