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

test('filtering by SNS・チャット lists at least four services, each with its source and as-of date', async ({ app, page }) => {
  await app.open('?c=mental');
  await page.getByLabel('方法').selectOption('chat');
  await expect(page).toHaveURL(/m=chat/);
  const cards = page.locator('.window-list .window-card');
  await expect(cards.first()).toBeVisible();
  const links = await cards.locator('.window-card__name a').evaluateAll((as) =>
    as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''),
  );
  expect(links.length).toBeGreaterThanOrEqual(4);
  for (const href of links) {
    await app.open(href);
    // The hours are checked on each site, with the date of what we know.
    const contact = page.locator('.contact', { hasText: '受付時間は各サイトで確認' });
    await expect(contact.first()).toBeVisible();
    await expect(contact.first()).toContainText(/\d{4}年\d{1,2}月|日付なし/);
    // The source and when it was last checked.
    await expect(page.locator('.source a[href^="http"]')).toBeVisible();
    await expect(page.locator('.source', { hasText: '出典' })).toContainText(/最終確認日：\d{4}年/);
    // The chat opens as a link, never a phone call.
    await expect(page.locator('.contact a[href^="http"]').first()).toBeVisible();
  }
  expect(app.errors).toEqual([]);
});

// 孤独・孤立相談ダイヤル (#9999) runs only during announced periods
// (2023-12-15 to 2024-01-04 among them); it has no standing entry.
const IN_9999_PERIOD = new Date('2023-12-28T03:00:00Z');

test('#9999 is offered only during one of its periods', async ({ app, page }) => {
  const kodoku = page.locator('.window-list .window-card', { hasText: '孤独・孤立相談ダイヤル' });
  await page.clock.setFixedTime(IN_9999_PERIOD);
  await app.open('?c=mental');
  await expect(kodoku).toBeVisible();
  await expect(kodoku.locator('.line-card__status')).toHaveText('受付中（1/5(金) 0:00まで）');
  await expect(kodoku.locator('a.call-button')).toHaveAttribute('href', 'tel:%239999');
  // Outside every period: not in the list, not in a search.
  await page.clock.setFixedTime(TUESDAY_20_JST);
  await app.open('?c=mental');
  await expect(page.locator('.window-list .window-card').first()).toBeVisible();
  await expect(kodoku).toHaveCount(0);
  await app.search('孤独');
  await expect(page.locator('.result-count')).toBeVisible();
  await expect(page.locator('.window-card', { hasText: '孤独・孤立相談ダイヤル' })).toHaveCount(0);
  expect(app.errors).toEqual([]);
});
