// ステッカー: the studio draws the sticker while the spot types; its QR code,
// photographed from the screen, decodes (zbarimg) to exactly the app's
// consultation URL, which opens; the print sheet is an A4 page with stickers
// of the chosen size at true physical size (pdfinfo, pdftoppm); downloads are
// an SVG and a 300 dpi PNG; the printer correction is kept.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/app';

const SPOT_ID = 'spot-0042';
const MM_PER_INCH = 25.4;

/** The studio's controls, by their visible labels. */
function studio(page: Page) {
  return {
    name: page.getByLabel('スポット名（任意）'),
    spotId: page.getByLabel('スポットID（任意）'),
    size: page.getByLabel('サイズ'),
    copies: page.getByLabel('枚数'),
    base: page.getByLabel('QRコードのURL（ふつうは変更不要）'),
    sticker: page.locator('.sticker-preview svg'),
    measured: page.getByLabel('印刷された定規の長さ（mm）'),
  };
}

/** The app's consultation page (its base URL) seen from the studio. */
function consultationUrl(page: Page, spotId: string) {
  return new URL(`../?s=${spotId}`, page.url()).href;
}

test('the studio draws the sticker live, with hostile names escaped', async ({ app, page }) => {
  await app.open('sticker/');
  await expect(app.heading()).toHaveText('ステッカー');
  const s = studio(page);
  await expect(s.sticker).toBeVisible();
  // Only the other languages are told that the sticker prints in Japanese.
  await expect(page.locator('.sticker-preview-area')).not.toContainText('日本語で');
  await expect(s.sticker).toHaveAttribute('width', '70mm');
  for (const text of ['つながるいのち', '協力スポット', 'つながるいのちサポートネットワーク',
    '悩みを相談できる窓口はこちら', 'QRコードは株式会社デンソーウェーブの登録商標です']) {
    await expect(s.sticker.locator('text', { hasText: text }).first()).toBeAttached();
  }

  const hostile = 'たつの薬局 <b>本町</b> & "駅前" 🌸';
  await s.name.fill(hostile);
  await expect(s.sticker.locator('text.spot-name')).toHaveText(hostile);
  await expect(s.sticker.locator('b')).toHaveCount(0);

  await s.size.selectOption('50mm');
  await expect(s.sticker).toHaveAttribute('width', '50mm');
  await s.size.selectOption('a6');
  await expect(s.sticker).toHaveAttribute('height', '148mm');

  // 200 characters still fit: shrunk, wrapped to two lines and cut.
  await s.size.selectOption('50mm');
  await s.name.fill('薬'.repeat(200));
  const lines = s.sticker.locator('text.spot-name');
  await expect(lines).toHaveCount(2);
  const box = await s.sticker.boundingBox();
  for (const line of await lines.all()) {
    const b = await line.boundingBox();
    expect(b!.x).toBeGreaterThanOrEqual(box!.x);
    expect(b!.x + b!.width).toBeLessThanOrEqual(box!.x + box!.width + 0.5);
  }
  expect(await app.horizontalOverflow()).toBeLessThanOrEqual(0);
  expect(app.errors).toEqual([]);
});

test('a base URL that is not http(s) is refused next to the field', async ({ app, page }) => {
  await app.open('sticker/');
  const s = studio(page);
  await s.base.fill('ftp://example.jp/');
  await expect(s.base).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#sticker-base-note')).toContainText('http:// または https://');
  await expect(s.sticker).toHaveCount(0);
  await s.base.fill('https://example.jp/tsunagaru/');
  await expect(s.base).toHaveAttribute('aria-invalid', 'false');
  await expect(s.sticker).toBeVisible();
  await expect(page.locator('.sticker-url code')).toHaveText('https://example.jp/tsunagaru/');
  expect(app.errors).toEqual([]);
});

test('a QR target that only this device or network could open is warned about', async ({ app, page }) => {
  // This build has no TSUNAGARU_PUBLIC_URL, so the target is the app's own
  // address: here http://127.0.0.1, which no one else's phone can open.
  await app.open('sticker/');
  const s = studio(page);
  const warning = page.locator('#sticker-base-warning');
  await expect(warning).toHaveAttribute('role', 'status');
  await expect(s.base).toHaveAttribute('aria-describedby', /(^| )sticker-base-warning( |$)/);
  await expect(page.locator('.sticker-url code')).toHaveText(new URL('../', page.url()).href);
  await expect(warning).toContainText('この端末の中だけ');
  await expect(warning).toContainText('ほかの人のスマートフォンでは開けません');
  await expect(s.base).toHaveAccessibleDescription(/この端末の中だけ/);

  // The published address clears it.
  await s.base.fill('https://example.city.lg.jp/tsunagaru/');
  await expect(warning).toBeEmpty();
  await expect(page.locator('.sticker-url code')).toHaveText('https://example.city.lg.jp/tsunagaru/');

  for (const [target, says] of [
    ['http://example.city.lg.jp/tsunagaru/', 'https:// ではありません'],
    ['https://192.168.1.20/tsunagaru/', 'IPアドレス'],
    ['https://[::1]:8443/', 'この端末の中だけ'],
    ['https://app.localhost/', 'この端末の中だけ'],
    ['https://intranet/tsunagaru/', '建物の中のネットワーク'],
  ]) {
    await s.base.fill(target);
    await expect(warning, target).toContainText(says);
    // A warning, not an error: the sticker is still drawn.
    await expect(s.base).toHaveAttribute('aria-invalid', 'false');
    await expect(s.sticker).toBeVisible();
  }
  expect(app.errors).toEqual([]);
});

test('the QR target warning speaks the page\'s language', async ({ app, page }) => {
  await app.useLang('en');
  await app.open('sticker/');
  const warning = page.locator('#sticker-base-warning');
  await expect(warning).toContainText('points to this device only');
  await page.getByLabel('QR code URL (usually no need to change)').fill('https://example.city.lg.jp/tsunagaru/');
  await expect(warning).toBeEmpty();
  expect(app.errors).toEqual([]);
});

test('the QR code on screen decodes to the consultation URL, which opens', async ({ app, page }, testInfo) => {
  await app.open('sticker/');
  const s = studio(page);
  await s.spotId.fill(SPOT_ID);
  const expected = consultationUrl(page, SPOT_ID);
  await expect(page.locator('.sticker-url code')).toHaveText(expected);

  const shot = testInfo.outputPath('sticker.png');
  await s.sticker.screenshot({ path: shot });
  const decoded = execFileSync('zbarimg', ['--quiet', '--nodbus', '--raw', shot])
    .toString()
    .replace(/\n$/, '');
  expect(decoded).toBe(expected);

  await page.goto(decoded);
  await app.mounted();
  await expect(app.heading()).toHaveText('相談窓口');
  expect(app.errors).toEqual([]);
});

/** A decoded PPM image (what `pdftoppm` writes without -png). */
function readPpm(path: string) {
  const data = readFileSync(path);
  const header = data.subarray(0, 64).toString('latin1');
  const m = header.match(/^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!m) throw new Error(`not a PPM: ${path}`);
  const [width, height] = [Number(m[1]), Number(m[2])];
  const offset = m[0].length;
  const rgb = (x: number, y: number) => {
    const i = offset + (y * width + x) * 3;
    return [data[i], data[i + 1], data[i + 2]];
  };
  return { width, height, rgb };
}

test('the A4 sheet prints at true size, with cut marks and page breaks', async ({ app, page }, testInfo) => {
  await app.open('sticker/');
  const s = studio(page);
  await s.size.selectOption('70mm');
  await s.copies.fill('8');
  await expect(page.locator('#sticker-copies-note')).toContainText('1ページに6枚');

  const pdf = testInfo.outputPath('sheet.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const info = execFileSync('pdfinfo', [pdf]).toString();
  // 8 stickers at 6 a page: two A4 pages (595.28 × 841.89 pt).
  expect(info).toMatch(/^Pages:\s+2$/m);
  const size = info.match(/^Page size:\s+([\d.]+) x ([\d.]+) pts/m);
  expect(size).not.toBeNull();
  expect(Math.abs(Number(size![1]) - 595.28)).toBeLessThan(1);
  expect(Math.abs(Number(size![2]) - 841.89)).toBeLessThan(1);

  // Rasterise page 1 at 300 dpi and measure the first sticker: its pale
  // yellow background runs edge to edge along a row and a column 0.5 mm
  // inside its top and left edges.
  const dpi = 300;
  const stem = testInfo.outputPath('sheet');
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdf, stem]);
  const img = readPpm(`${stem}.ppm`);
  const yellow = (x: number, y: number) => {
    const [r, g, b] = img.rgb(x, y);
    return r >= 235 && g >= 225 && b >= 150 && b <= 215;
  };
  const dark = (x: number, y: number) => img.rgb(x, y).every((c) => c < 128);
  const px = (mm: number) => Math.round((mm / MM_PER_INCH) * dpi);
  const toMm = (pixels: number) => (pixels * MM_PER_INCH) / dpi;

  let top = -1;
  let left = -1;
  for (let y = 0; y < img.height && top < 0; y++) {
    for (let x = 0; x < img.width; x++) {
      if (yellow(x, y) && yellow(x + px(10), y) && yellow(x, y + px(10))) {
        top = y;
        left = x;
        break;
      }
    }
  }
  expect(top).toBeGreaterThan(0);
  const row = top + px(0.5);
  const col = left + px(0.5);
  let right = left;
  while (right + 1 < img.width && yellow(right + 1, row)) right++;
  let bottom = top;
  while (bottom + 1 < img.height && yellow(col, bottom + 1)) bottom++;
  const width = toMm(right - left + 1);
  const height = toMm(bottom - top + 1);
  testInfo.annotations.push({ type: 'measured', description: `${width.toFixed(2)} × ${height.toFixed(2)} mm` });
  expect(Math.abs(width - 70)).toBeLessThanOrEqual(0.5);
  expect(Math.abs(height - 70)).toBeLessThanOrEqual(0.5);

  // A thin cut mark continues the top edge to the left of the sticker.
  let mark = false;
  for (let dy = -3; dy <= 3 && !mark; dy++) {
    for (let mm = 1.0; mm <= 2.6 && !mark; mm += 0.2) mark = dark(left - px(mm), top + dy);
  }
  expect(mark).toBe(true);
  expect(app.errors).toEqual([]);
});

test('downloads an SVG file and a 300 dpi PNG', async ({ app, page }) => {
  await app.open('sticker/');
  const s = studio(page);
  await s.name.fill('たつの薬局');
  await s.spotId.fill(SPOT_ID);

  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'SVGで保存' }).click(),
  ]);
  expect(svgDownload.suggestedFilename()).toBe(`tsunagaru-sticker-70mm-${SPOT_ID}.svg`);
  const svg = readFileSync((await svgDownload.path())!, 'utf8');
  expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  expect(svg).toContain('width="70mm"');
  expect(svg).toContain('たつの薬局');

  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'PNGで保存（300dpi）' }).click(),
  ]);
  expect(pngDownload.suggestedFilename()).toBe(`tsunagaru-sticker-70mm-${SPOT_ID}.png`);
  const png = readFileSync((await pngDownload.path())!);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  // IHDR: 70 mm at 300 dpi is 827 pixels square.
  expect(png.readUInt32BE(16)).toBe(827);
  expect(png.readUInt32BE(20)).toBe(827);
  // pHYs right after IHDR: 11811 pixels per metre = 300 dpi.
  expect(png.subarray(37, 41).toString('latin1')).toBe('pHYs');
  expect(png.readUInt32BE(41)).toBe(11811);
  expect(app.errors).toEqual([]);
});

test('the printer correction (size and position) is saved and survives a reload', async ({ app, page }) => {
  await app.open('sticker/');
  const s = studio(page);
  const note = page.locator('#sticker-measure-note');
  const left = page.getByLabel('左端から');
  const top = page.getByLabel('上端から');
  const key = 'tsunagaru.sticker.printCorrection';
  await expect(note).toHaveText('いまの補正: 100.0%');
  await s.measured.fill('abc');
  await page.getByRole('button', { name: '補正を保存' }).click();
  await expect(s.measured).toHaveAttribute('aria-invalid', 'true');
  await expect(note).toContainText('80から120までの数字');
  await s.measured.fill('98');
  await left.fill('45');
  await page.getByRole('button', { name: '補正を保存' }).click();
  await expect(left).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#sticker-shift-note')).toContainText('10から30までの数字');
  // Nothing typed is lost on an error.
  await expect(s.measured).toHaveValue('98');
  await left.fill('２１ｍｍ');
  await top.fill('19');
  await page.getByRole('button', { name: '補正を保存' }).click();
  await expect(note).toHaveText(/^いまの補正: 102\.0%・左へ1\.0mm・下へ1\.0mm$/);
  const stored = (await page.evaluate((k) => localStorage.getItem(k), key)) ?? '';
  const [scale, dx, dy] = stored.split(';').map(Number);
  expect(scale).toBeCloseTo(100 / 98, 6);
  expect(dx).toBeCloseTo(-100 / 98, 6);
  expect(dy).toBeCloseTo(100 / 98, 6);

  // The print sheet carries the correction.
  const group = page.locator('.sticker-print svg.sticker-sheet > g').first();
  await expect(group).toHaveAttribute('transform', /^translate\(-1\.0\d* 1\.0\d*\) translate\(105 148\.5\) scale\(1\.0204\d\)/);

  await page.reload();
  await app.mounted();
  await expect(note).toHaveText(/^いまの補正: 102\.0%・左へ1\.0mm・下へ1\.0mm$/);
  await page.getByRole('button', { name: '補正をやめる' }).click();
  await expect(note).toHaveText('いまの補正: 100.0%');
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
  expect(app.errors).toEqual([]);
});

test('a spot chosen from the directory fills its name and id into the QR code', async ({ app, page }) => {
  // The e2e build carries the fictitious fixture directory (tests/fixtures/spots-sample.csv).
  await app.open('sticker/');
  const picker = page.getByLabel('協力スポットの名簿から選ぶ');
  await picker.selectOption('sample-001');
  await expect(page.getByLabel('スポット名（任意）')).toHaveValue('サンプル薬局 本町店');
  await expect(page.getByLabel('スポットID（任意）')).toHaveValue('sample-001');
  await expect(page.locator('.sticker-preview svg').first()).toContainText('サンプル薬局');
  // Typing by hand still works, and the picker then shows no choice.
  await page.getByLabel('スポット名（任意）').fill('手入力の店');
  await expect(picker).toHaveValue('');
  expect(app.errors).toEqual([]);
});

// The studio in English: every control is labelled in English, messages
// about what was typed appear in English next to their field, the printed
// calibration page speaks English, and downloads still work. The sticker
// itself is the city's Japanese design and is marked lang="ja".
test('in English, the studio is labelled in English and the sticker stays Japanese', async ({ app, page }) => {
  await app.useLang('en');
  await app.open('sticker/');
  await expect(app.heading()).toHaveText('Sticker');
  const picker = page.getByLabel('Choose from the list of partner spots');
  const name = page.getByLabel('Spot name (optional)');
  const spotId = page.getByLabel('Spot ID (optional)');
  const size = page.getByLabel('Size', { exact: true });
  const copies = page.getByLabel('Number of copies');
  const base = page.getByLabel('QR code URL (usually no need to change)');
  const measured = page.getByLabel('Length of the printed ruler (mm)');
  const left = page.getByLabel('From the left edge');
  const top = page.getByLabel('From the top edge');
  for (const control of [picker, name, spotId, size, copies, base, measured, left, top]) {
    await expect(control).toBeVisible();
  }
  await expect(size.locator('option[value="70mm"]')).toHaveText('70 mm square (standard)');
  await expect(size.locator('option[value="a6"]')).toHaveText('A6 poster (105 × 148 mm)');
  await expect(picker.locator('option[value=""]')).toHaveText('Choose a spot (or type below)');
  // A spot from the directory keeps its Japanese name, marked as Japanese.
  await expect(picker.locator('option[value="sample-001"]')).toHaveAttribute('lang', 'ja');

  // The sticker: Japanese, inside a lang="ja" container, with a note.
  const preview = page.locator('.sticker-preview');
  await expect(preview).toHaveAttribute('lang', 'ja');
  await expect(preview.locator('svg text', { hasText: 'つながるいのち' }).first()).toBeAttached();
  await expect(page.getByText('The sticker itself is printed in Japanese')).toBeVisible();
  await expect(page.locator('.sticker-print')).toHaveAttribute('lang', 'ja');

  // A wrong URL: the message in English, as the field's description.
  await base.fill('ftp://example.jp/');
  await expect(base).toHaveAttribute('aria-invalid', 'true');
  await expect(base).toHaveAccessibleDescription('Please enter a URL that starts with http:// or https://.');
  await expect(page.locator('.sticker-preview-error')).toHaveText('Please enter a URL that starts with http:// or https://.');
  await base.fill('');
  await expect(base).toHaveAttribute('aria-invalid', 'false');
  // The hint, then the warning: this test server's address (127.0.0.1)
  // is no target for a printed sticker.
  await expect(base).toHaveAccessibleDescription(
    "If left empty, it opens this app's list of places to get help. Warning: this URL (such as localhost) points to this device only. The QR code on a printed sticker would not open on anyone else's phone. Please enter the published app's address, starting with https://.",
  );
  await base.fill('https://example.city.lg.jp/tsunagaru/');
  await expect(base).toHaveAccessibleDescription("If left empty, it opens this app's list of places to get help.");

  await copies.fill('0');
  await expect(copies).toHaveAttribute('aria-invalid', 'true');
  await expect(copies).toHaveAccessibleDescription('Please enter a number of copies from 1 to 500.');
  await copies.fill('8');
  await expect(copies).toHaveAccessibleDescription('Each A4 page holds 6. Pages needed for 8: 2.');

  // The printer correction, in English.
  const note = page.locator('#sticker-measure-note');
  await expect(note).toHaveText('Current correction: 100.0%');
  await measured.fill('abc');
  await page.getByRole('button', { name: 'Save the correction' }).click();
  await expect(measured).toHaveAccessibleDescription(/^Please enter the measured length as a number from 80 to 120/);
  await measured.fill('98');
  await left.fill('45');
  await page.getByRole('button', { name: 'Save the correction' }).click();
  await expect(left).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#sticker-shift-note')).toHaveText(/from 10 to 30 \(mm\), or leave it empty\.$/);
  await left.fill('21');
  await page.getByRole('button', { name: 'Save the correction' }).click();
  await expect(note).toHaveText('Current correction: 102.0%, 1.0 mm to the left');

  // The calibration page prints in English (the print dialog is stubbed).
  await page.evaluate(() => { window.print = () => {}; });
  await page.getByRole('button', { name: 'Print the 100 mm ruler' }).click();
  const printArea = page.locator('.sticker-print');
  await expect(printArea.locator('svg.sticker-ruler')).toContainText('100 mm calibration ruler');
  await expect(printArea).toContainText('Current correction: 102.0%, 1.0 mm to the left');
  await expect(printArea).not.toHaveAttribute('lang', /./);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(printArea).toHaveAttribute('lang', 'ja');
  await page.getByRole('button', { name: 'Remove the correction' }).click();
  await expect(note).toHaveText('Current correction: 100.0%');

  // Downloads work, with the status in English.
  await spotId.fill(SPOT_ID);
  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as SVG' }).click(),
  ]);
  expect(svgDownload.suggestedFilename()).toBe(`tsunagaru-sticker-70mm-${SPOT_ID}.svg`);
  expect(readFileSync((await svgDownload.path())!, 'utf8')).toContain('つながるいのち');
  await expect(page.getByText('The SVG file has been saved.')).toBeVisible();
  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as PNG (300 dpi)' }).click(),
  ]);
  expect(pngDownload.suggestedFilename()).toBe(`tsunagaru-sticker-70mm-${SPOT_ID}.png`);
  expect(readFileSync((await pngDownload.path())!).subarray(1, 4).toString('latin1')).toBe('PNG');
  await expect(page.getByText('The PNG image (300 dpi) has been saved.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print on A4' })).toBeEnabled();
  expect(app.errors).toEqual([]);
});

// The studio in やさしい日本語: easy labels and messages; downloads work.
test('in easy Japanese, the studio uses easy words and still downloads', async ({ app, page }) => {
  await app.useLang('easy');
  await app.open('sticker/');
  await expect(app.heading()).toHaveText('ステッカー');
  const name = page.getByLabel('スポットの 名前（書かなくても よい）');
  const base = page.getByLabel('QRコードの URL（ふつうは 変えなくて よい）');
  const copies = page.getByLabel('何まい 作るか');
  await expect(page.getByLabel('大きさ')).toBeVisible();
  await expect(page.getByLabel('スポットの ID（書かなくても よい）')).toBeVisible();
  await expect(page.getByLabel('印刷された 定規の 長さ（mm）')).toBeVisible();
  await expect(page.getByLabel('大きさ').locator('option[value="50mm"]')).toHaveText('50mmの 四角（小さい）');
  await expect(page.getByText('ステッカーの 文字は 日本語で 印刷されます')).toBeVisible();

  await base.fill('ftp://example.jp/');
  await expect(base).toHaveAttribute('aria-invalid', 'true');
  await expect(base).toHaveAccessibleDescription('URLは http:// か https:// で はじまる 形で 書いて ください。');
  await base.fill('');
  await copies.fill('600');
  await expect(copies).toHaveAccessibleDescription('何まいかを 1から 500までの 数字で 書いて ください。');
  await copies.fill('');

  await name.fill('たつの薬局');
  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'PNGで 保存（300dpi）' }).click(),
  ]);
  expect(pngDownload.suggestedFilename()).toBe('tsunagaru-sticker-70mm.png');
  const png = readFileSync((await pngDownload.path())!);
  expect(png.readUInt32BE(16)).toBe(827);
  await expect(page.getByText('PNGの 画像（300dpi）を 保存しました。')).toBeVisible();
  expect(app.errors).toEqual([]);
});
