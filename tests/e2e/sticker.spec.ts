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
