// 相談先チラシ: from the sticker studio a spot opens the leaflet page, picks
// its worries and prints a leaflet and a sheet of pocket cards. The PDFs
// (Chromium's print to PDF) hold only numbers of data/windows.toml, with the
// date the facts were checked (pdftotext); the pages are A4 or A3 (pdfinfo);
// the QR codes on the printed pages decode to the app (zbarimg); the cards
// measure 91 × 55 mm between their cut marks (pdftoppm at 300 dpi).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/app';

const SPOT_ID = 'sample-001';
const SPOT_NAME = 'サンプル薬局 本町店';
const MM_PER_INCH = 25.4;
const DPI = 300;

/** Every phone number in the data file, as written there. */
const WINDOWS_TOML = readFileSync(new URL('../../data/windows.toml', import.meta.url), 'utf8');
/** Every number of the data, a short code's ordinary number included. */
const DATA_NUMBERS = new Set([...WINDOWS_TOML.matchAll(/^number = "([^"]+)"/gm)].map((m) => m[1]));
/** The numbers of 孤独・孤立相談ダイヤル, which runs only in announced periods: a leaflet
 *  kept for months leaves it off. */
const SEASONAL_NUMBERS = ['#9999', '0120-494949'];
/** The numbers of the contacts themselves: what a leaflet of every worry lists. A short code's
 *  ordinary number ([window.contact.ordinary]) is for dialling from a link and is not printed. */
const CONTACT_NUMBERS = new Set(
  [...WINDOWS_TOML.split(/^(?=\[)/m).filter((table) => !table.startsWith('[window.contact.ordinary]')).join('')
    .matchAll(/^number = "([^"]+)"/gm)].map((m) => m[1]).filter((n) => !SEASONAL_NUMBERS.includes(n)),
);

/** The app's consultation page, as a QR code should open it. */
function appUrl(page: Page, spotId?: string) {
  return new URL(spotId ? `../?s=${spotId}` : '../', page.url()).href;
}

/** Prints the page to PDF; returns its path. */
async function printPdf(page: Page, name: string) {
  const pdf = test.info().outputPath(`${name}.pdf`);
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  return pdf;
}

/** Page count and size (pt) of a PDF. */
function pdfInfo(pdf: string) {
  const info = execFileSync('pdfinfo', [pdf]).toString();
  const pages = Number(info.match(/^Pages:\s+(\d+)$/m)![1]);
  const size = info.match(/^Page size:\s+([\d.]+) x ([\d.]+) pts/m)!;
  return { pages, width: Number(size[1]), height: Number(size[2]) };
}

function expectA4(pdf: string, pages = 1) {
  const info = pdfInfo(pdf);
  expect(info.pages).toBe(pages);
  expect(Math.abs(info.width - 595.28)).toBeLessThan(1);
  expect(Math.abs(info.height - 841.89)).toBeLessThan(1);
}

/** The text of a PDF in reading order, without any white space (so words
 *  wrapped over two lines read as one). */
function squeezedText(pdf: string) {
  return execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, '');
}

/** The numbers in a PDF's text that look like phone numbers. */
function numbersIn(text: string) {
  return [...text.matchAll(/#\d{4}\b|\b0\d{1,4}(?:-\d{1,6}){1,2}\b/g)].map((m) => m[0]);
}

/** Every QR code on page 1 of a PDF, decoded (300 dpi). */
function qrCodes(pdf: string) {
  const stem = test.info().outputPath(`qr-${Math.random().toString(36).slice(2)}`);
  execFileSync('pdftoppm', ['-r', String(DPI), '-f', '1', '-l', '1', '-singlefile', '-png', pdf, stem]);
  return execFileSync('zbarimg', ['--quiet', '--nodbus', '--raw', `${stem}.png`])
    .toString()
    .split('\n')
    .filter((line) => line !== '');
}

/** Page 1 of a PDF as 8-bit grey pixels at 300 dpi. */
function greyPage(pdf: string) {
  const stem = test.info().outputPath('grey');
  execFileSync('pdftoppm', ['-r', String(DPI), '-f', '1', '-l', '1', '-singlefile', '-gray', pdf, stem]);
  const data = readFileSync(`${stem}.pgm`);
  const m = data.subarray(0, 64).toString('latin1').match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/)!;
  const [width, height, offset] = [Number(m[1]), Number(m[2]), m[0].length];
  return { width, height, dark: (x: number, y: number) => data[offset + y * width + x] < 128 };
}

/** Centres (mm) of the dark runs along a line of pixels. */
function darkRuns(length: number, dark: (i: number) => boolean) {
  const centres: number[] = [];
  let start = -1;
  for (let i = 0; i <= length; i++) {
    const d = i < length && dark(i);
    if (d && start < 0) start = i;
    if (!d && start >= 0) {
      centres.push((((start + i - 1) / 2) * MM_PER_INCH) / DPI);
      start = -1;
    }
  }
  return centres;
}

test('from the studio, a spot picks its worries and prints a leaflet of checked numbers', async ({ app, page }) => {
  await app.open('sticker/');
  await page.getByRole('link', { name: /チラシ/ }).click();
  await expect(app.heading()).toHaveText('相談先チラシ');
  // It opens on the A4 leaflet with every worry, ready to print.
  await expect(page.getByRole('radio', { name: '相談先チラシ（A4）' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'すべての悩みごと（2段組みの一覧・両面に印刷）' })).toBeChecked();
  await expect(page.getByRole('button', { name: '印刷する' })).toBeEnabled();

  // A pharmacy: its own spot, and two worries.
  await page.getByLabel('配るスポット（名簿から選ぶ・任意）').selectOption(SPOT_ID);
  await expect(page.getByLabel('スポットID（任意）')).toHaveValue(SPOT_ID);
  await page.getByRole('radio', { name: '選んだ悩みごとだけ' }).check();
  await page.getByLabel('こころの不調').check();
  await page.getByLabel('病気・健康').check();
  const preview = page.locator('.leaflet-preview svg');
  await expect(preview.locator('text.spot-name')).toContainText(SPOT_NAME);
  await expect(preview.locator('g.worries')).toContainText('病気・健康');
  await expect(preview.locator('g.worries')).not.toContainText('学校・いじめ');

  const shown = await page.locator('.sticker-print text.number').allTextContents();
  expect(shown.length).toBeGreaterThan(7);
  const pdf = await printPdf(page, 'leaflet');
  expectA4(pdf, 1);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  for (const number of shown) expect(text).toContain(number);
  const printed = numbersIn(text);
  expect(printed.length).toBeGreaterThanOrEqual(shown.length);
  for (const number of printed) expect(DATA_NUMBERS, number).toContain(number);
  expect(text).toContain('0791-63-2112');
  const squeezed = squeezedText(pdf);
  expect(squeezed).toContain('確認日：2026年11月25日');
  expect(squeezed).toContain('受付時間は変わることがあります');
  expect(squeezed).toContain(SPOT_NAME.replace(' ', ''));
  expect(text).not.toContain('印刷の見本');
  expect(qrCodes(pdf)).toEqual([appUrl(page, SPOT_ID)]);
  expect(app.errors).toEqual([]);
});

test('the leaflet of every worry prints every number of the data on both sides of one A4 sheet', async ({ app, page }) => {
  await app.open('leaflet/');
  const pdf = await printPdf(page, 'every-worry');
  expectA4(pdf, 2);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  for (const number of CONTACT_NUMBERS) expect(text, number).toContain(number);
  for (const number of numbersIn(text)) expect(DATA_NUMBERS, number).toContain(number);
  expect(qrCodes(pdf)).toEqual([appUrl(page)]);
  expect(app.errors).toEqual([]);
});

test('a sheet of ten pocket cards: 91 × 55 mm between the cut marks, each with its QR code', async ({ app, page }, testInfo) => {
  await app.open('leaflet/');
  await page.getByLabel('配るスポット（名簿から選ぶ・任意）').selectOption(SPOT_ID);
  await page.getByRole('radio', { name: /名刺サイズのカード/ }).check();
  // Cards carry no choice of worries.
  await expect(page.getByRole('radio', { name: '選んだ悩みごとだけ' })).toBeDisabled();
  await expect(page.locator('.sticker-print g.card')).toHaveCount(10);

  const pdf = await printPdf(page, 'cards');
  expectA4(pdf, 1);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  for (const number of ['0120-279-338', '0120-783-556', '078-382-3566', '0791-63-2112']) {
    expect(text.split(number).length - 1, number).toBe(10);
  }
  for (const number of numbersIn(text)) expect(DATA_NUMBERS, number).toContain(number);
  const codes = qrCodes(pdf);
  expect(codes).toHaveLength(10);
  for (const code of codes) expect(code).toBe(appUrl(page, SPOT_ID));

  // The vertical cuts, read 8 mm from the top edge (in the margin), and the
  // horizontal ones, read 10.5 mm from the left edge.
  const grey = greyPage(pdf);
  const px = (mm: number) => Math.round((mm / MM_PER_INCH) * DPI);
  const across = darkRuns(grey.width, (x) => grey.dark(x, px(8)));
  const down = darkRuns(grey.height, (y) => grey.dark(px(10.5), y));
  testInfo.annotations.push({ type: 'cuts', description: `x ${across.map((v) => v.toFixed(2))} · y ${down.map((v) => v.toFixed(2))}` });
  expect(across).toHaveLength(3);
  expect(down).toHaveLength(6);
  for (let i = 1; i < across.length; i++) expect(Math.abs(across[i] - across[i - 1] - 91)).toBeLessThanOrEqual(0.5);
  for (let i = 1; i < down.length; i++) expect(Math.abs(down[i] - down[i - 1] - 55)).toBeLessThanOrEqual(0.5);
  expect(app.errors).toEqual([]);
});

test('the A3 poster prints on an A3 page with three lines, 健康課 and the QR code', async ({ app, page }) => {
  await app.open('leaflet/');
  await page.getByRole('radio', { name: 'ポスター（A3）' }).check();
  const pdf = await printPdf(page, 'poster-a3');
  const info = pdfInfo(pdf);
  expect(info.pages).toBe(1);
  expect(Math.abs(info.width - 841.89)).toBeLessThan(1);
  expect(Math.abs(info.height - 1190.55)).toBeLessThan(1);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  expect(numbersIn(text).sort()).toEqual(['0120-279-338', '0120-783-556', '078-382-3566', '0791-63-2112']);
  expect(qrCodes(pdf)).toEqual([appUrl(page)]);
  expect(app.errors).toEqual([]);
});

test('bad choices are explained next to their field', async ({ app, page }) => {
  await app.open('leaflet/');
  const print = page.getByRole('button', { name: '印刷する' });
  const spotId = page.getByLabel('スポットID（任意）');
  await spotId.fill('no-such-spot');
  await expect(spotId).toHaveAttribute('aria-invalid', 'true');
  await expect(spotId).toHaveAccessibleDescription(/名簿にありません/);
  await expect(print).toBeDisabled();
  await spotId.fill('');
  await expect(print).toBeEnabled();

  await page.getByRole('radio', { name: '選んだ悩みごとだけ' }).check();
  await expect(page.locator('#leaflet-worries-note')).toContainText('1つ以上選ぶか');
  await expect(print).toBeDisabled();
  await page.getByLabel('子育て').check();
  await expect(print).toBeEnabled();

  const base = page.getByLabel('QRコードのURL（ふつうは変更不要）');
  await base.fill('http://example.jp/tsunagaru/');
  await expect(base).toHaveAttribute('aria-invalid', 'true');
  await expect(base).toHaveAccessibleDescription(/https:\/\/ で始まるもの/);
  await expect(print).toBeDisabled();
  await base.fill('https://example.jp/tsunagaru/');
  await expect(base).toHaveAttribute('aria-invalid', 'false');
  await expect(print).toBeEnabled();
  expect(app.errors).toEqual([]);
});

test('the choices are kept on the device and listed on the privacy page', async ({ app, page }) => {
  await app.open('spots/');
  await page.getByRole('link', { name: /チラシ/ }).click();
  await expect(app.heading()).toHaveText('相談先チラシ');
  await page.getByRole('radio', { name: /名刺サイズのカード/ }).check();
  await page.getByLabel('印刷する言葉').selectOption('easy');
  await page.getByLabel('配るスポット（名簿から選ぶ・任意）').selectOption(SPOT_ID);
  await page.reload();
  await app.mounted();
  await expect(page.getByRole('radio', { name: /名刺サイズのカード/ })).toBeChecked();
  await expect(page.getByLabel('印刷する言葉')).toHaveValue('easy');
  await expect(page.getByLabel('スポットID（任意）')).toHaveValue(SPOT_ID);
  await expect(page.locator('.sticker-print')).toContainText('電話代 無料');
  const stored = await page.evaluate(() => localStorage.getItem('tsunagaru.leaflet.choices'));
  expect(stored).toContain('format=cards');
  await app.open('privacy/');
  await expect(page.locator('.stored-items')).toContainText('相談先チラシで選んだ内容');
  expect(app.errors).toEqual([]);
});

test('in English, the leaflet is English with the Japanese names marked and foreign-language lines first', async ({ app, page }) => {
  await app.useLang('en');
  await app.open('leaflet/');
  await expect(app.heading()).toHaveText('Help leaflet');
  await expect(page.getByLabel('Language of the print')).toHaveValue('en');
  const preview = page.locator('.leaflet-preview svg');
  await expect(preview).toHaveAttribute('lang', 'en');
  await expect(preview.locator('g.crisis g.entry').first()).toHaveAttribute('data-window', 'yorisoi');
  await expect(preview.locator('g.crisis')).toContainText('Help in foreign languages');
  await expect(preview.locator('tspan[lang="ja"]', { hasText: 'よりそいホットライン' }).first()).toBeAttached();
  const pdf = await printPdf(page, 'leaflet-en');
  const info = pdfInfo(pdf);
  expect(info.pages).toBeLessThanOrEqual(2);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  expect(text).toContain('Talk to someone now');
  for (const number of CONTACT_NUMBERS) expect(text, number).toContain(number);
  expect(squeezedText(pdf)).toContain('checkedon25Nov2026');
  expect(app.errors).toEqual([]);
});
