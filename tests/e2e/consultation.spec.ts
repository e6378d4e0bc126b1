// 相談窓口: a resident who just scanned a sticker must see whom to call now,
// with working call buttons, even before the app loads or with JavaScript
// off; and must find the window that fits their worry.
import { test, expect } from './fixtures/app';

// Saturday 2026-11-28 23:00 in Japan (14:00 UTC).
const SATURDAY_23_JST = new Date('2026-11-28T14:00:00Z');

test('the crisis lines are in the first viewport with working call buttons', async ({ app, page }) => {
  await app.open();
  const crisis = page.getByRole('region', { name: '今すぐ話したい' });
  await expect(crisis).toBeVisible();
  const calls = crisis.getByRole('link', { name: /に電話する/ });
  expect(await calls.count()).toBeGreaterThanOrEqual(4);
  const first = calls.first();
  await expect(first).toHaveAttribute('href', /^tel:(%23)?\d+$/);
  const box = await first.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y + box!.height).toBeLessThanOrEqual(640);
  expect(box!.height).toBeGreaterThanOrEqual(44);
  // Every call button says what the call costs.
  for (const call of await calls.all()) {
    await expect(call).toContainText(/通話無料|通話料/);
  }
  await expect(crisis.getByRole('link', { name: /よりそいホットライン/ }).first()).toBeVisible();
  expect(app.errors).toEqual([]);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the crisis lines are still readable and callable', async ({ page }) => {
    await page.goto('');
    const crisis = page.getByRole('region', { name: '今すぐ話したい' });
    await expect(crisis).toBeVisible();
    await expect(crisis).toContainText('よりそいホットライン');
    await expect(crisis).toContainText('0120-279-338');
    await expect(crisis.getByRole('link', { name: /よりそいホットラインに電話する/ })).toHaveAttribute(
      'href',
      'tel:0120279338',
    );
    // The same static lines are on every section's page.
    await page.goto('spots/');
    await expect(page.getByRole('region', { name: '今すぐ話したい' })).toContainText('0120-279-338');
  });
});

test('typing しゃっきん finds 法テラス, and the search survives a reload', async ({ app, page }) => {
  await app.open();
  const search = page.getByLabel(/ことばでさがす/);
  await search.pressSequentially('しゃっきん');
  await expect(page.getByRole('heading', { name: '法テラス・サポートダイヤル' })).toBeVisible();
  await expect(page).toHaveURL(/\?q=/);
  await page.reload();
  await app.mounted();
  await expect(page.getByLabel(/ことばでさがす/)).toHaveValue('しゃっきん');
  await expect(page.getByRole('heading', { name: '法テラス・サポートダイヤル' })).toBeVisible();
});

test('half-width katakana and everyday words are forgiven', async ({ app, page }) => {
  await app.open('?q=' + encodeURIComponent('ﾊﾟﾜﾊﾗ'));
  await expect(page.getByRole('heading', { name: '労働条件相談ほっとライン' })).toBeVisible();
  await app.open('?q=' + encodeURIComponent('しにたい'));
  await expect(page.getByRole('heading', { name: '#いのちSOS' })).toBeVisible();
});

test('a search with no match still offers the crisis lines and よりそいホットライン', async ({ app, page }) => {
  await app.open('?q=' + encodeURIComponent('ぴよぴよ'));
  await expect(page.getByRole('status')).toContainText('見つかりませんでした');
  await expect(page.locator('.window-list').getByRole('heading', { name: 'よりそいホットライン' })).toBeVisible();
});

test('a category shows its windows, and its URL reloads to the same list', async ({ app, page }) => {
  await app.open();
  await page.getByRole('link', { name: '借金・お金・生活' }).click();
  await expect(page).toHaveURL(/\?c=money$/);
  await expect(page.getByRole('heading', { name: '借金・お金・生活', level: 3 })).toBeVisible();
  const names = async () => page.locator('.window-list .window-card__name').allTextContents();
  const before = await names();
  expect(before).toContain('法テラス・サポートダイヤル');
  await page.reload();
  await app.mounted();
  expect(await names()).toEqual(before);
  // Filter by method: only windows reachable by phone remain, and the
  // filter is in the URL too.
  await page.getByLabel('方法').selectOption('phone');
  await expect(page).toHaveURL(/m=phone/);
  await page.getByLabel('対象').selectOption('women');
  await expect(page).toHaveURL(/a=women/);
  for (const name of await names()) {
    expect(['よりそいホットライン', 'ひょうご女性サポートホットライン〜ここふれ〜']).toContain(name);
  }
  expect(app.errors).toEqual([]);
});

test.describe('on a Saturday at 23:00 in Japan, on a phone set to New York time', () => {
  test.use({ timezoneId: 'America/New_York' });
  test('each crisis line shows the right open or closed state', async ({ app, page }) => {
    await page.clock.setFixedTime(SATURDAY_23_JST);
    await app.open();
    const card = (name: string) => page.locator('.crisis .line-card', { hasText: name });
    await expect(card('よりそいホットライン')).toContainText('24時間受付中');
    await expect(card('自殺予防いのちの電話')).toContainText('いまは受付時間外・明日 16:00から');
    await expect(card('いのちの電話（ナビダイヤル）')).toContainText('いまは受付時間外・明日 10:00から');
    await expect(card('#いのちSOS')).toContainText('受付中（明日 0:00まで）');
    await expect(card('兵庫県いのちと心のサポートダイヤル')).toContainText('受付中（11/30(月) 8:30まで）');
    await expect(card('こころの健康相談統一ダイヤル')).toContainText('受付時間は窓口にご確認ください');
    // Open lines come first.
    const first = await page.locator('.crisis .line-card').first().textContent();
    expect(first).not.toContain('受付時間外');
  });
});

test('coming back after a call offers the next line that is open now', async ({ app, page }) => {
  await page.clock.setFixedTime(SATURDAY_23_JST);
  await app.open();
  // Tapping the button hands the number to the phone app; the tab stays.
  await page.evaluate(() => {
    document.querySelectorAll('a[href^="tel:"]').forEach((a) =>
      a.addEventListener('click', (e) => e.preventDefault()),
    );
  });
  await page.locator('.crisis .line-card', { hasText: '#いのちSOS' }).getByRole('link', { name: /に電話する/ }).click();
  await expect(page.getByRole('complementary', { name: 'つながらなかった時は' })).toHaveCount(0);
  // Back from the phone app: the page becomes visible again.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
  const offer = page.getByRole('complementary', { name: 'つながらなかった時は' });
  await expect(offer).toBeVisible();
  await expect(offer).toContainText('よりそいホットライン');
  await expect(offer.getByRole('link', { name: /に電話する/ })).toHaveAttribute('href', 'tel:0120279338');
  // Reopening the app a minute later still offers it; closing it ends it.
  await page.reload();
  await app.mounted();
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: '閉じる' }).click();
  await expect(offer).toHaveCount(0);
});

test("a window's page shows its contacts, hours, cost and source", async ({ app, page }) => {
  await app.open('window/?id=inochi-free');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('自殺予防いのちの電話');
  await expect(page.getByText('毎月10日 8:00〜翌8:00')).toBeVisible();
  await expect(page.getByText('通話料はかかりません。')).toBeVisible();
  await expect(page.getByText(/最終確認日：2026年11月25日/)).toBeVisible();
  await expect(page.getByText(/2020年11月の報道/)).toBeVisible();
  await expect(page.getByRole('link', { name: /に電話する/ })).toHaveAttribute('href', 'tel:0120783556');
  // Copy the number, for calling from another phone or writing it down.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: '番号をコピー' }).click();
  await expect(page.getByRole('button', { name: 'コピーしました' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('0120-783-556');
  await app.open('window/?id=kokoro-dial');
  await expect(page.getByText(/かけ放題/)).toBeVisible();
  await app.open('window/?id=no-such-window');
  await expect(page.getByText('この相談窓口は見つかりませんでした。')).toBeVisible();
  expect(app.errors).toEqual([]);
});
