// 協力スポット, against a build made with the fictitious fixture
// (tests/fixtures/spots-sample.csv, every name 「サンプル」; see .ci/test.sh):
// the list grouped by district, the filters, the offline map and its pins,
// 「近い順」 with the position granted and refused, the CSV download, and the
// greeting a sticker's QR code (`?s=<id>`) brings to the home page. Nothing
// may be requested from another origin.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, type AppPage } from './fixtures/app';

const FIXTURE = new URL('../fixtures/spots-sample.csv', import.meta.url);
const COLUMNS =
  'ID,名称,名称_カナ,種別,地区,所在地_連結表記,緯度,経度,電話番号,URL,説明,登録日,備考';

/** Near サンプル公民館 in 御津 (the fixture's coordinates, not a real place). */
const NEAR_MITSU = { latitude: 34.7765, longitude: 134.5105 };

function card(page: Page, name: string) {
  return page.locator('.spot-card', { has: page.getByRole('heading', { name, exact: true }) });
}

function group(page: Page, district: string) {
  return page.locator('.spot-group', {
    has: page.getByRole('heading', { level: 2, name: new RegExp(`^${district}`) }),
  });
}

/** Every request went to the app's own server. */
function onlyOwnOrigin(app: AppPage, page: Page) {
  const origin = new URL(page.url()).origin;
  const foreign = app.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
  expect(foreign).toEqual([]);
}

test('the directory is grouped by district with counts, each spot with its actions', async ({ app, page }) => {
  await app.open('spots/');
  await expect(app.heading()).toHaveText('協力スポット');
  await expect(page.getByRole('note')).toContainText('サンプルデータ');
  await expect(page.getByRole('status').filter({ hasText: '協力スポット 10件' })).toBeVisible();

  const titles = page.locator('.spot-group__title');
  await expect(titles).toHaveText(['龍野3件', '新宮3件', '揖保川2件', '御津2件']);
  await expect(group(page, '龍野').locator('.spot-card')).toHaveCount(3);
  await expect(group(page, '御津').locator('.spot-card')).toHaveCount(2);

  // Name, kind, address, what it offers, tap-to-call and the map app.
  const pharmacy = card(page, 'サンプル薬局 本町店');
  await expect(pharmacy.locator('.tag')).toHaveText('店舗');
  await expect(pharmacy).toContainText('兵庫県たつの市龍野町（サンプル住所）');
  await expect(pharmacy).toContainText('相談窓口のチラシを置いています。');
  await expect(pharmacy.getByRole('link', { name: /サンプル薬局 本町店に電話する/ })).toHaveAttribute(
    'href',
    'tel:0791632112',
  );
  const mapApp = pharmacy.getByRole('link', { name: '地図アプリで開く' });
  await expect(mapApp).toHaveAttribute('href', /^geo:34\.8637,134\.5455\?q=34\.8637,134\.5455\(/);
  await expect(mapApp).toHaveAttribute(
    'data-fallback',
    'https://www.google.com/maps/search/?api=1&query=34.8637%2C134.5455',
  );

  // Quoted CSV fields arrive whole: a comma in a name, a line break in 説明.
  await expect(card(page, 'サンプル書店, 駅前店')).toBeVisible();
  await expect(card(page, 'サンプル内科クリニック').locator('.spot-card__offers')).toHaveText(
    '待合室に相談窓口の一覧があります。\n受付で声をかけてください。',
  );
  // A spot without coordinates or address has no map actions.
  const person = card(page, 'サンプル協力者（個人）');
  await expect(person.getByRole('link', { name: '地図アプリで開く' })).toHaveCount(0);
  await expect(person.getByRole('button', { name: 'この地図で見る' })).toHaveCount(0);

  // The offline map: the outline, a pin for each of the 8 placed spots, the credit.
  const map = page.locator('#spot-map');
  await expect(map.locator('.spot-map__city')).toHaveAttribute('d', /^M/);
  expect(((await map.locator('.spot-map__pins').getAttribute('d')) ?? '').match(/M/g)).toHaveLength(8);
  await expect(map).toContainText('位置の登録がない2件は一覧だけに載っています。');
  await expect(map).toContainText('出典：「国土数値情報（行政区域データ）」（国土交通省）');

  expect(await app.horizontalOverflow()).toBeLessThanOrEqual(0);
  expect(app.errors).toEqual([]);
  onlyOwnOrigin(app, page);
});

test('filtering by kind, and a search that forgives kana and width, survive a reload', async ({ app, page }) => {
  await app.open('spots/');
  await page.getByLabel('種別').selectOption({ label: '医療機関' });
  await expect(page).toHaveURL(/[?&]k=medical/);
  await expect(page.locator('.spot-card')).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: '条件に合う協力スポット 2件' })).toBeVisible();
  await expect(page.locator('.spot-group__title')).toHaveText(['新宮1件', '御津1件']);
  await expect(
    ((await page.locator('.spot-map__pins').getAttribute('d')) ?? '').match(/M/g),
  ).toHaveLength(2);

  await page.getByLabel('種別').selectOption({ label: 'すべて' });
  await expect(page.locator('.spot-card')).toHaveCount(10);
  const search = page.getByLabel(/名前でさがす/);
  await search.pressSequentially('ﾋﾞﾖｳｼﾂ');
  await expect(page.locator('.spot-card')).toHaveCount(1);
  await expect(card(page, 'サンプル美容室')).toBeVisible();
  await page.reload();
  await app.mounted();
  await expect(page.getByLabel(/名前でさがす/)).toHaveValue('ﾋﾞﾖｳｼﾂ');
  await expect(page.locator('.spot-card')).toHaveCount(1);

  // Regression: one spot replaced by another in the same district (the same
  // count) left the old card on screen.
  await page.getByLabel(/名前でさがす/).fill('やっきょく');
  await expect(page.locator('.spot-card')).toHaveCount(1);
  await expect(card(page, 'サンプル薬局 本町店')).toBeVisible();
  // From no search to a search every spot matches: the line says so.
  await page.getByLabel(/名前でさがす/).fill('');
  await expect(page.getByRole('status').filter({ hasText: /^協力スポット 10件$/ })).toBeVisible();
  await page.getByLabel(/名前でさがす/).fill('さ');
  await expect(page.getByRole('status').filter({ hasText: '条件に合う協力スポット 10件' })).toBeVisible();
  await page.getByLabel(/名前でさがす/).fill('ない名前');
  await expect(page.getByRole('status').filter({ hasText: '見つかりませんでした' })).toBeVisible();
  expect(app.errors).toEqual([]);
});

test('a pin on the map shows its spot in the list, and the list shows its spot on the map', async ({ app, page }) => {
  await app.open('spots/');
  const marker = page.locator('.spot-map__pin-selected');
  const status = page.locator('.spot-map__status');

  // List → map: 「この地図で見る」 marks the pin and names the spot.
  await card(page, 'サンプル公民館').getByRole('button', { name: 'この地図で見る' }).click();
  await expect(status).toHaveText('地図で選んでいるスポット：サンプル公民館');
  await expect(marker).toBeVisible();
  await expect(page).toHaveURL(/[?&]s=sample-006/);
  await expect(card(page, 'サンプル公民館')).toHaveAttribute('aria-current', 'true');
  const kominkan = await marker.boundingBox();

  await card(page, 'サンプル運送株式会社').getByRole('button', { name: 'この地図で見る' }).click();
  await expect(status).toHaveText('地図で選んでいるスポット：サンプル運送株式会社');
  await expect(card(page, 'サンプル公民館')).not.toHaveAttribute('aria-current', 'true');

  // Map → list: tapping the 公民館's pin selects it in the list and shows it.
  await page.mouse.click(kominkan!.x + kominkan!.width / 2, kominkan!.y + kominkan!.height / 2);
  await expect(status).toHaveText('地図で選んでいるスポット：サンプル公民館');
  const selected = card(page, 'サンプル公民館');
  await expect(selected).toHaveAttribute('aria-current', 'true');
  await expect(selected).toHaveClass(/spot-card--selected/);
  await expect(selected).toBeInViewport();
  await expect(selected).toBeFocused();
  expect(app.errors).toEqual([]);
  onlyOwnOrigin(app, page);
});

test.describe('with the position shared (mocked in 御津)', () => {
  test.use({ geolocation: NEAR_MITSU, permissions: ['geolocation'] });

  test('「近い順」 sorts by distance and shows it, and districts come back', async ({ app, page }) => {
    await app.open('spots/');
    await expect(page.getByText('送信も保存もしません')).toBeVisible();
    await page.getByRole('button', { name: '現在地から近い順に並べる' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '現在地から近い順' })).toBeVisible();
    const names = page.locator('.spot-card__name');
    await expect(names).toHaveCount(10);
    await expect(names.nth(0)).toHaveText('サンプル公民館');
    await expect(names.nth(1)).toHaveText('サンプル歯科医院');
    await expect(page.locator('.spot-card').nth(0).locator('.spot-card__distance')).toHaveText(/^ここから約\d+ m$/);
    await expect(page.locator('.spot-card').nth(2).locator('.spot-card__distance')).toHaveText(/^ここから約[\d.]+ km$/);
    // The two spots without coordinates come last, without a distance.
    await expect(page.locator('.spot-card').nth(9).locator('.spot-card__distance')).toHaveCount(0);
    await expect(page.locator('.spot-map__here-dot')).toBeVisible();
    // The position is not kept in the URL or in storage.
    expect(page.url()).not.toContain('34.77');
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);

    await page.getByRole('button', { name: '地区ごとの一覧にもどす' }).click();
    await expect(page.locator('.spot-group__title')).toHaveText(['龍野3件', '新宮3件', '揖保川2件', '御津2件']);
    await expect(page.locator('.spot-map__here-dot')).toHaveCount(0);
    expect(app.errors).toEqual([]);
    onlyOwnOrigin(app, page);
  });
});

test.describe('with the position refused', () => {
  test.use({ permissions: [] });

  test('a kind message, and the list, filters and map keep working', async ({ app, page, context }) => {
    await context.clearPermissions();
    await app.open('spots/');
    await page.getByRole('button', { name: '現在地から近い順に並べる' }).click();
    await expect(page.getByRole('status').filter({ hasText: '位置情報の利用が許可されなかった' })).toBeVisible();
    await expect(page.locator('.spot-group__title')).toHaveText(['龍野3件', '新宮3件', '揖保川2件', '御津2件']);
    await page.getByLabel('種別').selectOption({ label: '店舗' });
    await expect(page.locator('.spot-card')).toHaveCount(3);
    await card(page, 'サンプル美容室').getByRole('button', { name: 'この地図で見る' }).click();
    await expect(page.locator('.spot-map__status')).toHaveText('地図で選んでいるスポット：サンプル美容室');
    expect(app.errors).toEqual([]);
  });
});

test('the directory downloads as open-data CSV', async ({ app, page }) => {
  await app.open('spots/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '一覧をCSVで保存' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('tatsuno-tsunagaru-spots.csv');
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  expect(text.startsWith(`${COLUMNS}\r\n`)).toBe(true);
  // Every fixture spot, with quoted fields written back quoted.
  const ids = [...text.matchAll(/^(sample-\d{3}),/gm)].map((m) => m[1]).sort();
  const fixtureIds = [...readFileSync(FIXTURE, 'utf8').matchAll(/^(sample-\d{3}),/gm)].map((m) => m[1]).sort();
  expect(ids).toEqual(fixtureIds);
  expect(ids).toHaveLength(10);
  expect(text).toContain('sample-003,"サンプル書店, 駅前店",サンプルショテン エキマエテン,店舗,揖保川,');
  expect(text).toContain('"待合室に相談窓口の一覧があります。\n受付で声をかけてください。"');
  expect(text).toContain('"毎月「みんなの食堂」を開き、""だれでも""立ち寄れる場をつくっています。"');
  expect(text).toContain(',34.8637,134.5455,0791-63-2112,,');
  expect(text.endsWith('\r\n')).toBe(true);
  expect(app.errors).toEqual([]);
  onlyOwnOrigin(app, page);
});

test('a cell that would run as a formula is text on the page and neutralised in the download', async ({ app, page }) => {
  // The fixture holds 「'=1+1…」, as the app's own CSV writes a cell that
  // starts with =: the page shows the text without the quote, and the
  // download writes the quote back, so no spreadsheet runs it.
  const NOTE = '=1+1（表計算ソフトで式にならないことを確かめるサンプルの備考）';
  await app.open('spots/');
  await expect(card(page, 'サンプル運送株式会社')).toContainText(NOTE);
  await expect(card(page, 'サンプル運送株式会社')).not.toContainText(`'${NOTE}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '一覧をCSVで保存' }).click(),
  ]);
  const text = readFileSync((await download.path())!, 'utf8').slice(1);
  expect(text).toContain(`,2025-02-01,'${NOTE}\r\n`);
  // No cell starts like a formula (OWASP: = + - @ tab CR).
  for (const row of parseCsv(text)) {
    for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  }
  expect(app.errors).toEqual([]);
});

/** RFC 4180, as spreadsheets read it. */
function parseCsv(text: string) {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

test('a sticker\'s ?s=<id> greets after the crisis lines and leads to the spot', async ({ app, page }) => {
  await app.open('?s=sample-006');
  const greeting = page.locator('.spot-greeting');
  await expect(greeting).toHaveText('サンプル公民館は協力スポットです 一覧で見る');
  const crisis = page.getByRole('region', { name: '今すぐ話したい' });
  const [g, c] = [await greeting.boundingBox(), await crisis.boundingBox()];
  // The crisis lines come first; the greeting never pushes them down.
  expect(c!.y + c!.height).toBeLessThanOrEqual(g!.y);
  // The first crisis line can still be called without scrolling.
  const call = crisis.getByRole('link', { name: /に電話する/ }).first();
  const box = await call.boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(640);

  await greeting.getByRole('link', { name: '一覧で見る' }).click();
  await expect(page).toHaveURL(/\/spots\/\?s=sample-006$/);
  await app.mounted();
  await expect(card(page, 'サンプル公民館')).toHaveAttribute('aria-current', 'true');
  await expect(card(page, 'サンプル公民館')).toBeInViewport();
  await expect(page.locator('.spot-map__status')).toHaveText('地図で選んでいるスポット：サンプル公民館');
  expect(app.errors).toEqual([]);
  onlyOwnOrigin(app, page);
});

for (const id of ['no-such-spot', '%3Cb%3Eboo%3C%2Fb%3E', '', 'sample-006%20']) {
  test(`an unknown or malformed id (${JSON.stringify(id)}) is ignored and home is as usual`, async ({ app, page }) => {
    await app.open(`?s=${id}`);
    await expect(page.getByRole('region', { name: '今すぐ話したい' })).toBeVisible();
    await expect(page.locator('.spot-greeting')).toHaveCount(0);
    await expect(page.locator('b')).toHaveCount(0);
    expect(app.errors).toEqual([]);
  });
}

test.describe('on a phone without a geo: handler (iPhone)', () => {
  test.use({
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
  });

  test('「地図アプリで開く」 opens the map site, only when tapped', async ({ app, page, context }) => {
    // The map site is not contacted here: the test answers for it.
    await context.route('https://www.google.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/plain', body: 'map site' }),
    );
    await app.open('spots/');
    onlyOwnOrigin(app, page);
    const [opened] = await Promise.all([
      context.waitForEvent('page'),
      card(page, 'サンプル公民館').getByRole('link', { name: '地図アプリで開く' }).click(),
    ]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe('https://www.google.com/maps/search/?api=1&query=34.776%2C134.511');
    // The app's own page stayed where it was.
    await expect(page).toHaveURL(/\/spots\/$/);
    expect(app.errors).toEqual([]);
  });
});

test.describe('in English', () => {
  test('districts, kinds and the cards\' words are English; what the spots typed is marked Japanese', async ({ app, page }) => {
    await app.useLang('en');
    await app.open('spots/');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect(app.heading()).toHaveText('Partner spots');
    await expect(page.getByRole('note')).toContainText('sample data');
    await expect(page.getByRole('status').filter({ hasText: /^Partner spots: 10$/ })).toBeVisible();
    await expect(page.locator('.spot-group__title')).toHaveText(['Tatsuno(3)', 'Shingū(3)', 'Ibogawa(2)', 'Mitsu(2)']);

    const pharmacy = card(page, 'サンプル薬局 本町店');
    await expect(pharmacy.locator('.tag')).toHaveText('Shop');
    await expect(pharmacy.locator('.spot-card__name')).toHaveAttribute('lang', 'ja');
    await expect(pharmacy.locator('.spot-card__address')).toHaveAttribute('lang', 'ja');
    await expect(pharmacy.locator('.spot-card__offers')).toHaveAttribute('lang', 'ja');
    const call = pharmacy.getByRole('link', { name: /^Call サンプル薬局 本町店, 0791-63-2112/ });
    await expect(call).toHaveAttribute('href', 'tel:0791632112');
    await expect(call.locator('[lang="ja"]')).toHaveText('サンプル薬局 本町店');
    await expect(pharmacy.getByRole('link', { name: 'Open in a map app' })).toHaveAttribute('href', /^geo:/);
    await expect(card(page, 'サンプル商事株式会社').getByRole('link', { name: 'Website' })).toHaveAttribute(
      'href',
      'https://example.com/',
    );

    // The map: its name, the hint, the spots it cannot place, the credit kept word for word.
    const map = page.locator('#spot-map');
    await expect(page.getByRole('img', { name: 'Map of Tatsuno City with where the spots are (8)' })).toBeVisible();
    await expect(map).toContainText('Tap a dot to see that spot in the list. Spots without a registered location (2) are only in the list.');
    await expect(map.locator('.spot-map__credit [lang="ja"]')).toContainText('国土数値情報（行政区域データ）');
    await card(page, 'サンプル公民館').getByRole('button', { name: 'Show on this map' }).click();
    await expect(page.locator('.spot-map__status')).toHaveText('Selected on the map: サンプル公民館');
    await expect(page.locator('.spot-map__status [lang="ja"]')).toHaveText('サンプル公民館');

    // A filter, by an English kind; the URL keeps the same id as in Japanese.
    await page.getByLabel('Kind').selectOption({ label: 'Clinic or hospital' });
    await expect(page).toHaveURL(/[?&]k=medical/);
    await expect(page.locator('.spot-card')).toHaveCount(2);
    await expect(page.getByRole('status').filter({ hasText: 'Matching spots: 2' })).toBeVisible();
    await expect(page.locator('.spot-group__title')).toHaveText(['Shingū(1)', 'Mitsu(1)']);
    await page.getByLabel(/Search by name/).fill('ない名前');
    await expect(page.getByRole('status').filter({ hasText: 'No spots match.' })).toBeVisible();

    // The open data: English around it, the city's Japanese columns inside.
    await expect(page.getByRole('heading', { name: 'Open data' })).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save the list as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('tatsuno-tsunagaru-spots.csv');
    const text = readFileSync((await download.path())!).toString('utf8').slice(1);
    expect(text.startsWith(`${COLUMNS}\r\n`)).toBe(true);
    await expect(page.getByRole('status').filter({ hasText: 'Saved tatsuno-tsunagaru-spots.csv.' })).toBeVisible();
    expect(app.errors).toEqual([]);
    onlyOwnOrigin(app, page);
  });

  test('a sticker\'s ?s=<id> greets in English, with the spot\'s own name in Japanese', async ({ app, page }) => {
    await app.useLang('en');
    await app.open('?s=sample-006');
    const greeting = page.locator('.spot-greeting');
    await expect(greeting).toHaveText('サンプル公民館 is a partner spot See it in the list');
    await expect(greeting.locator('[lang="ja"]')).toHaveText('サンプル公民館');
    await greeting.getByRole('link', { name: 'See it in the list' }).click();
    await expect(page).toHaveURL(/\/spots\/\?s=sample-006$/);
    await app.mounted();
    await expect(app.heading()).toHaveText('Partner spots');
    await expect(card(page, 'サンプル公民館')).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('.spot-map__status')).toHaveText('Selected on the map: サンプル公民館');
    expect(app.errors).toEqual([]);
  });

  test.describe('with the position shared', () => {
    test.use({ geolocation: NEAR_MITSU, permissions: ['geolocation'] });

    test('nearest first, with distances in English', async ({ app, page }) => {
      await app.useLang('en');
      await app.open('spots/');
      await expect(page.getByText('It is never sent or saved.')).toBeVisible();
      await page.getByRole('button', { name: 'Sort by distance from where I am' }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'Nearest first' })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'Sorted by distance from where you are.' })).toBeVisible();
      await expect(page.locator('.spot-card').nth(0).locator('.spot-card__distance')).toHaveText(/^About \d+ m from here$/);
      await page.getByRole('button', { name: 'Back to the list by district' }).click();
      await expect(page.locator('.spot-group__title')).toHaveText(['Tatsuno(3)', 'Shingū(3)', 'Ibogawa(2)', 'Mitsu(2)']);
      expect(app.errors).toEqual([]);
    });
  });
});

test('in やさしい日本語: districts with their reading, plain kinds, a filter, the cards and the greeting', async ({ app, page }) => {
  await app.useLang('easy');
  await app.open('spots/');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
  await expect(page.getByRole('status').filter({ hasText: '協力スポットは 10か所 あります' })).toBeVisible();
  await expect(page.locator('.spot-group__title')).toHaveText([
    '龍野（たつの）3か所',
    '新宮（しんぐう）3か所',
    '揖保川（いぼがわ）2か所',
    '御津（みつ）2か所',
  ]);
  const pharmacy = card(page, 'サンプル薬局 本町店');
  await expect(pharmacy.locator('.tag')).toHaveText('お店');
  await expect(pharmacy.getByRole('link', { name: '地図の アプリで 開く' })).toBeVisible();
  await expect(pharmacy.getByRole('link', { name: /サンプル薬局 本町店に 電話する/ })).toHaveAttribute('href', 'tel:0791632112');

  await page.getByLabel('種類').selectOption({ label: 'お店' });
  await expect(page).toHaveURL(/[?&]k=shop/);
  await expect(page.locator('.spot-card')).toHaveCount(3);
  await expect(page.getByRole('status').filter({ hasText: '合う 協力スポットは 3か所 あります' })).toBeVisible();
  await card(page, 'サンプル美容室').getByRole('button', { name: 'この 地図で 見る' }).click();
  await expect(page.locator('.spot-map__status')).toHaveText('地図で 選んで いる スポット：サンプル美容室');
  await expect(page.getByRole('button', { name: 'リストを CSVで 保存する' })).toBeVisible();

  await app.open('?s=sample-006');
  const greeting = page.locator('.spot-greeting');
  await expect(greeting).toHaveText('サンプル公民館は 協力スポットです リストで 見る');
  await expect(greeting.getByRole('link', { name: 'リストで 見る' })).toHaveAttribute('href', 'spots/?s=sample-006');
  expect(app.errors).toEqual([]);
});
