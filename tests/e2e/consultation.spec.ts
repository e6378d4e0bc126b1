// 相談窓口: a resident who just scanned a sticker must see whom to call now,
// with working call buttons, even before the app loads or with JavaScript
// off; and must find the window that fits their worry.
import { devices, type Page } from '@playwright/test';
import { test, expect } from './fixtures/app';

// Saturday 2026-11-28 23:00 in Japan (14:00 UTC).
const SATURDAY_23_JST = new Date('2026-11-28T14:00:00Z');
// Wednesday 2026-12-30 10:00 in Japan: government offices close 12/29–1/3.
const YEAR_END_10_JST = new Date('2026-12-30T01:00:00Z');
// Saturday 2028-04-29 10:00 in Japan: 昭和の日, a national holiday.
const HOLIDAY_SATURDAY_10_JST = new Date('2028-04-29T01:00:00Z');
// Friday 2025-09-12 3:00 in Japan: いのちの電話's free line runs 24 hours
// from 9/10 8:00 to 9/17 8:00.
const SPECIAL_WEEK_3_JST = new Date('2025-09-11T18:00:00Z');

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
    // When life is in danger now: 119, directly under the lead.
    await expect(crisis.locator('.crisis__lead + .crisis__emergency').getByRole('link')).toHaveAttribute('href', 'tel:119');
    await expect(crisis.getByRole('link', { name: 'いま命に危険があるときは、119番に電話してください。' })).toBeVisible();
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
  // Kept for a reload of the tab, never in the URL.
  expect(decodeURIComponent(page.url())).not.toContain('しゃっきん');
  await page.reload();
  await app.mounted();
  await expect(page.getByLabel(/ことばでさがす/)).toHaveValue('しゃっきん');
  await expect(page.getByRole('heading', { name: '法テラス・サポートダイヤル' })).toBeVisible();
});

test('half-width katakana and everyday words are forgiven', async ({ app, page }) => {
  await app.open();
  await app.search('ﾊﾟﾜﾊﾗ');
  await expect(page.getByRole('heading', { name: '労働条件相談ほっとライン' })).toBeVisible();
  await app.search('しにたい');
  await expect(page.getByRole('heading', { name: '#いのちSOS' })).toBeVisible();
});

test('a search with no match still offers the crisis lines and よりそいホットライン', async ({ app, page }) => {
  await app.open();
  await app.search('ぴよぴよ');
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
    // Its hours depend on where the call is routed: it says so.
    await expect(card('こころの健康相談統一ダイヤル')).toContainText('受付時間は、つながる先の都道府県によって違います。');
    // Open lines come first.
    const first = await page.locator('.crisis .line-card').first().textContent();
    expect(first).not.toContain('受付時間外');
  });
});

test.describe('on the days offices are closed', () => {
  /** The status of each window card of the list, in the order shown. */
  const statuses = async (page: Page) =>
    page.locator('.window-list .window-card').evaluateAll((cards) =>
      cards.map((c) => ({
        name: c.querySelector('.window-card__name')?.textContent ?? '',
        status: c.querySelector('.line-card__status')?.textContent ?? '',
      })),
    );

  test('on 12/30 みんなの人権110番 is closed and not ranked among the open lines', async ({ app, page }) => {
    await page.clock.setFixedTime(YEAR_END_10_JST);
    await app.open('?c=work');
    await expect(page.locator('.window-list .window-card').first()).toBeVisible();
    const list = await statuses(page);
    const jinken = list.find((w) => w.name === 'みんなの人権110番');
    expect(jinken?.status).toBe('いまは受付時間外・1/4(月) 8:30から');
    // Open lines come first, and no line is open on a day nothing says it is.
    const firstNotOpen = list.findIndex((w) => !w.status.startsWith('受付中'));
    expect(list.slice(firstNotOpen).every((w) => !w.status.includes('受付中'))).toBe(true);
    const houterasu = list.find((w) => w.name === '法テラス・サポートダイヤル');
    expect(houterasu?.status).toBe('年末年始・祝日は窓口にご確認ください');
    // The crisis lines whose sources say nothing of the year-end are not open either.
    const card = (name: string) => page.locator('.crisis .line-card', { hasText: name });
    await expect(card('よりそいホットライン')).toContainText('24時間受付中');
    await expect(card('いのちの電話（ナビダイヤル）')).toContainText('年末年始・祝日は窓口にご確認ください');
    await expect(card('いのちの電話（ナビダイヤル）')).not.toHaveClass(/line-card--open/);
    await expect(page.locator('.crisis .line-card').first()).toHaveClass(/line-card--open/);
    // The window page says what happens on those days.
    await app.open('window/?id=jinken-110');
    await expect(page.locator('.contact .line-card__status')).toHaveText('いまは受付時間外・1/4(月) 8:30から');
    await expect(page.getByText('祝日・年末年始（12/29〜1/3）：休み')).toBeVisible();
    expect(app.errors).toEqual([]);
  });

  test('on a Saturday that is a national holiday 法テラス is not shown as open', async ({ app, page }) => {
    await page.clock.setFixedTime(HOLIDAY_SATURDAY_10_JST);
    await app.open('?c=legal');
    const houterasu = page.locator('.window-card', { hasText: '法テラス・サポートダイヤル' });
    await expect(houterasu.locator('.line-card__status')).toHaveText('年末年始・祝日は窓口にご確認ください');
    await app.open('window/?id=houterasu');
    await expect(page.locator('.contact .line-card__status').first()).toHaveText('年末年始・祝日は窓口にご確認ください');
    await expect(page.getByText('祝日・年末年始（12/29〜1/3）：窓口にご確認ください').first()).toBeVisible();
    expect(app.errors).toEqual([]);
  });

  test('in English and easy Japanese the unknown days ask to check', async ({ app, page }) => {
    await page.clock.setFixedTime(HOLIDAY_SATURDAY_10_JST);
    await app.useLang('en');
    await app.open('window/?id=houterasu');
    await expect(page.locator('.contact .line-card__status').first()).toHaveText(
      'Public holidays and New Year: please check with the service',
    );
    await expect(page.getByText('Public holidays and New Year (Dec 29 – Jan 3): please check with the service').first()).toBeVisible();
    await app.useLang('easy');
    await app.open('window/?id=houterasu');
    await expect(page.locator('.contact .line-card__status').first()).toHaveText(
      '年末年始と 祝日は、電話できるか 確かめて ください',
    );
    await expect(page.getByText('祝日と 年末年始（12月29日〜1月3日）：電話できるか 確かめて ください').first()).toBeVisible();
    expect(app.errors).toEqual([]);
  });
});

test('a dated special opening shows only while it lasts', async ({ app, page }) => {
  await page.clock.setFixedTime(SPECIAL_WEEK_3_JST);
  await app.open();
  const card = page.locator('.crisis .line-card', { hasText: '自殺予防いのちの電話' });
  await expect(card).toContainText('受付中（9/17(水) 8:00まで）');
  await expect(card).toHaveClass(/line-card--open/);
  await app.open('window/?id=inochi-free');
  await expect(page.getByText('特別受付：9/17(水) 8:00まで24時間')).toBeVisible();
  // After it: the usual hours, and no word of it.
  await page.clock.setFixedTime(new Date('2025-09-17T18:00:00Z'));
  await app.open('window/?id=inochi-free');
  await expect(page.locator('.contact .line-card__status')).toHaveText('いまは受付時間外・16:00から');
  await expect(page.getByText(/特別受付/)).toHaveCount(0);
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
  // The hours now come from a municipal page (あきる野市, 2023).
  await expect(page.getByText(/最終確認日：2026年12月6日（公式・運営者のページなどで確認）/)).toBeVisible();
  await expect(page.locator('.source a')).toHaveAttribute('href', 'https://www.city.akiruno.tokyo.jp/0000015267.html');
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

test.describe('in English', () => {
  test('the crisis lines, a category and the state of each line read in English', async ({ app, page }) => {
    await page.clock.setFixedTime(SATURDAY_23_JST);
    await app.useLang('en');
    await app.open();
    await expect(app.heading()).toHaveText('Get help');
    const crisis = page.getByRole('region', { name: 'Talk to someone now' });
    await expect(crisis).toBeVisible();
    // Call buttons: the accessible name holds the visible number and cost
    // (label in name) and reads the digits one by one.
    const call = crisis.getByRole('link', { name: /^Call Yorisoi Hotline, / }).first();
    await expect(call).toHaveAttribute('href', 'tel:0120279338');
    await expect(call).toHaveAccessibleName(/^Call Yorisoi Hotline, 0120-279-338 \(0 1 2 0, 2 7 9, 3 3 8\)\s*Free call$/);
    for (const link of await crisis.getByRole('link', { name: /^Call / }).all()) {
      await expect(link).toContainText(/Free call|Call charges/);
    }
    // The Japanese name stays beside the English one, marked for screen readers.
    const card = (name: string) => page.locator('.crisis .line-card', { hasText: name });
    await expect(card('Yorisoi Hotline').locator('[lang="ja"]')).toHaveText('よりそいホットライン');
    await expect(card('Yorisoi Hotline')).toContainText('Open 24 hours');
    await expect(card('Inochi no Denwa suicide prevention line')).toContainText('Closed now · opens tomorrow 16:00');
    await expect(card('Inochi no Denwa (Navi Dial)')).toContainText('Closed now · opens tomorrow 10:00');
    await expect(card('#Inochi SOS')).toContainText('Open now (until tomorrow 0:00)');
    await expect(card('Hyogo Prefecture life and mind support line')).toContainText('Open now (until Mon 30 Nov 8:30)');
    await expect(card('Mental health helpline')).toContainText('Hours depend on the prefecture the call goes to.');

    await page.getByRole('link', { name: 'Debt, money and living costs' }).click();
    await expect(page).toHaveURL(/\?c=money$/);
    await expect(page.getByRole('heading', { name: 'Debt, money and living costs', level: 3 })).toBeVisible();
    const houterasu = page.locator('.window-card', { hasText: 'Houterasu Support Dial' });
    await expect(houterasu.locator('.window-card__name [lang="ja"]')).toHaveText('法テラス・サポートダイヤル');
    await expect(houterasu).toContainText('legal trouble such as debt');
    await expect(houterasu.locator('.tag').first()).toHaveText('All of Japan');
    await expect(page.getByRole('combobox', { name: /^How/ })).toContainText('Social media or chat');
    await page.getByRole('combobox', { name: /^For/ }).selectOption('women');
    await expect(page).toHaveURL(/a=women/);
    expect(app.errors).toEqual([]);
  });

  test('typing English words finds windows by their English names and what they help with', async ({ app, page }) => {
    await app.useLang('en');
    await app.open();
    await app.search('debt');
    await expect(page.locator('.result-count')).toContainText('Places to get help for “debt”');
    await expect(page.locator('.window-list').getByRole('heading', { name: /Houterasu Support Dial/ })).toBeVisible();
    await app.search('hotline');
    await expect(page.locator('.window-list').getByRole('heading', { name: /Yorisoi Hotline/ })).toBeVisible();
    await expect(page.locator('.window-list').getByRole('heading', { name: /Consumer Hotline/ })).toBeVisible();
  });

  test("a window's page gives hours, cost and source in English, with the Japanese name", async ({ app, page }) => {
    await app.useLang('en');
    await app.open('window/?id=inochi-free');
    await expect(app.heading()).toHaveText('Inochi no Denwa suicide prevention line (toll-free) (自殺予防いのちの電話)');
    await expect(app.heading().locator('[lang="ja"]')).toHaveText('自殺予防いのちの電話');
    await expect(page.getByText('Every day 16:00–21:00')).toBeVisible();
    await expect(page.getByText('The 10th of every month 8:00–8:00 next day')).toBeVisible();
    await expect(page.getByText('The call is free.')).toBeVisible();
    await expect(page.getByText("Last checked: 2026-12-06 (checked on the official or operator's page)")).toBeVisible();
    await expect(page.locator('.source a')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('link', { name: /^Call Inochi no Denwa/ })).toHaveAttribute('href', 'tel:0120783556');
    await expect(page.getByRole('button', { name: 'Copy number' })).toBeVisible();
    await app.open('window/?id=childline');
    await expect(page.getByText('New Year (Dec 29 – Jan 3): closed')).toBeVisible();
    await app.open('window/?id=kokoro-dial');
    await expect(page.getByText(/unlimited calls/)).toBeVisible();
    await expect(page.getByText('Hours depend on the prefecture the call goes to.')).toBeVisible();
    await app.open('window/?id=yorisoi');
    await expect(page.getByRole('heading', { name: 'Phone (when calling from Iwate, Miyagi or Fukushima)' })).toBeVisible();
    expect(app.errors).toEqual([]);
  });
});

test.describe('in やさしい日本語', () => {
  test('the crisis lines, a category and a window page read in easy Japanese', async ({ app, page }) => {
    await page.clock.setFixedTime(SATURDAY_23_JST);
    await app.useLang('easy');
    await app.open();
    const crisis = page.getByRole('region', { name: 'いま すぐ 話したい' });
    await expect(crisis).toBeVisible();
    const card = (name: string) => page.locator('.crisis .line-card', { hasText: name });
    await expect(card('よりそいホットライン')).toContainText('24時間 いつでも 電話できます');
    await expect(card('自殺予防いのちの電話')).toContainText('いまは 時間外です・あした 16:00から');
    await expect(card('兵庫県いのちと心のサポートダイヤル')).toContainText('いま 電話できます（11月30日(月) 8:30まで）');
    await expect(crisis.getByRole('link', { name: /よりそいホットラインに 電話する/ }).first()).toContainText('電話代 無料');

    await page.getByRole('link', { name: 'お金・借金・生活' }).click();
    await expect(page).toHaveURL(/\?c=money$/);
    await expect(page.getByRole('heading', { name: 'お金・借金・生活', level: 3 })).toBeVisible();
    const houterasu = page.locator('.window-card', { hasText: '法テラス・サポートダイヤル' });
    await expect(houterasu).toContainText('どこに 相談すれば よいか、教えて もらえます');
    await expect(houterasu.locator('.tag').first()).toHaveText('日本 全国');

    await app.open('window/?id=childline');
    await expect(app.heading()).toHaveText('チャイルドライン');
    await expect(page.getByText('名前を 言わなくても だいじょうぶです', { exact: false })).toBeVisible();
    await expect(page.getByText('毎日 16:00〜21:00')).toBeVisible();
    await expect(page.getByText('年末年始（12月29日〜1月3日）：休み')).toBeVisible();
    await expect(page.getByText('電話代は かかりません。')).toBeVisible();
    expect(app.errors).toEqual([]);
  });
});

test('directly under the lead, the crisis block says to call 119 when life is in danger, in every language', async ({ app, page }) => {
  await app.open();
  for (const [lang, region, text] of [
    ['ja', '今すぐ話したい', 'いま命に危険があるときは、119番に電話してください。'],
    ['easy', 'いま すぐ 話したい', 'いま 命が あぶない ときは、119番に 電話して ください。'],
    ['en', 'Talk to someone now', 'If your life is in danger right now, call 119.'],
  ]) {
    await page.locator(`.lang-switch [data-lang="${lang}"]`).click();
    const crisis = page.getByRole('region', { name: region });
    const line = crisis.getByRole('link', { name: text });
    await expect(line).toHaveAttribute('href', 'tel:119');
    await expect(crisis.locator('.crisis__lead + .crisis__emergency a')).toHaveText(text);
  }
  expect(app.errors).toEqual([]);
});

// iOS does not dial a tel: link that holds # (Apple's Phone Links
// reference): on an iPhone a short code is shown to copy and dial in the
// Phone app, with the ordinary number of the same line as the button.
test.describe('on an iPhone', () => {
  const iphone = devices['iPhone 13'];
  test.use({ userAgent: iphone.userAgent, viewport: iphone.viewport, isMobile: true, hasTouch: true });

  test('a short code is shown large to copy, never as a dead tel: link', async ({ app, page }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await app.open('?c=violence');
    await expect(page.locator('.window-card').first()).toBeVisible();
    await expect(page.locator('a[href^="tel:%23"], a[href^="tel:#"]')).toHaveCount(0);
    const card = (name: string) =>
      page.locator('.window-card').filter({ has: page.getByRole('heading', { name, exact: true }) });

    const oneStop = card('性犯罪・性暴力被害者のためのワンストップ支援センター');
    await expect(oneStop.locator('.short-code__number')).toHaveText('#8891');
    await expect(oneStop).toContainText('「電話」アプリを開いて、#8891を押してください。');
    // The ordinary number the facts give for the same line is a real call button.
    const call = oneStop.getByRole('link', { name: /に電話する/ });
    await expect(call).toHaveAttribute('href', 'tel:0120889177');
    await expect(call).toContainText('0120-8891-77');
    await expect(call).toContainText('通話無料');
    await expect(oneStop).toContainText('NTTひかり電話などからかける時の番号');
    // 「番号をコピー」 copies the code and says so to screen readers too.
    await oneStop.getByRole('button', { name: '番号をコピー' }).click();
    await expect(oneStop.getByRole('status')).toHaveText('#8891をコピーしました。「電話」アプリに貼り付けて、かけてください。');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('#8891');

    // A short code with no ordinary number in the facts: the code to copy, no link.
    const dv = card('DV相談ナビ');
    await expect(dv.locator('.short-code__number')).toHaveText('#8008');
    await expect(dv.getByRole('button', { name: '番号をコピー' })).toBeVisible();
    await expect(dv.getByRole('link', { name: /に電話する/ })).toHaveCount(0);

    // The window's page: one copy button, and the ordinary number's own source.
    await app.open('window/?id=one-stop-8891');
    await expect(page.locator('.short-code__number')).toHaveText('#8891');
    await expect(page.getByRole('button', { name: '番号をコピー' })).toHaveCount(1);
    await expect(page.getByRole('link', { name: /に電話する/ })).toHaveCount(1);
    await expect(page.getByText('0120-8891-77の出典：')).toBeVisible();
    await expect(page.getByRole('link', { name: 'https://laundrybox.jp/magazine/seiboryokuniattara/' })).toBeVisible();
    expect(app.errors).toEqual([]);
  });

  test('when the browser refuses to copy, the code is selected to copy by hand', async ({ app, page }) => {
    await app.open('window/?id=police-8103');
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    });
    await page.getByRole('button', { name: '番号をコピー' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'コピーできませんでした' })).toBeVisible();
    expect(await page.evaluate(() => String(getSelection()))).toBe('#8103');
  });
});

test.describe('on an iPad that asks for desktop pages (it says Macintosh)', () => {
  test.use({
    userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15',
    hasTouch: true,
  });
  test('a short code is shown to copy', async ({ app, page }) => {
    // An iPad reports five touch points; a Mac none.
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'maxTouchPoints', { get: () => 5 }));
    await app.open('window/?id=one-stop-8891');
    await expect(page.locator('.short-code__number')).toHaveText('#8891');
    await expect(page.locator('a[href^="tel:%23"]')).toHaveCount(0);
  });
});

test('other phones keep the tel: link of a short code, and see the ordinary number on its page', async ({ app, page }) => {
  await app.open('?c=violence');
  const oneStop = page
    .locator('.window-card')
    .filter({ has: page.getByRole('heading', { name: '性犯罪・性暴力被害者のためのワンストップ支援センター' }) });
  await expect(oneStop.getByRole('link', { name: /に電話する/ })).toHaveAttribute('href', 'tel:%238891');
  await expect(oneStop.locator('.short-code')).toHaveCount(0);
  await app.open('window/?id=one-stop-8891');
  const calls = page.getByRole('link', { name: /に電話する/ });
  await expect(calls).toHaveCount(2);
  await expect(calls.first()).toHaveAttribute('href', 'tel:%238891');
  await expect(calls.nth(1)).toHaveAttribute('href', 'tel:0120889177');
  await expect(page.getByText('または、こちらの番号へ（NTTひかり電話などからかける時の番号）')).toBeVisible();
  await expect(page.getByRole('button', { name: '番号をコピー' })).toHaveCount(1);
  expect(app.errors).toEqual([]);
});
