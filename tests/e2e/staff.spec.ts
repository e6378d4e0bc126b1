// 市の担当者の方へ: the city's staff check a directory file in the browser
// with the build's own checks (each problem by row and column, the valid
// spots previewed on the list and the map), add a registration and download
// a directory that reads back clean, refuse a registration that said 「否」
// to publication, print stickers for chosen spots (each QR code decodes to
// its own ?s=, zbarimg) and the public list (A4, pdfinfo; every spot,
// pdftotext); axe finds nothing. Nothing leaves the device.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/app';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const fixture = (name: string) => FIXTURES + name;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The names of tests/fixtures/spots-sample.csv, every one a sample. */
const SAMPLE_NAMES = [
  'サンプル薬局 本町店', 'サンプル商事株式会社', 'サンプル書店, 駅前店', 'サンプル内科クリニック',
  'サンプル子ども食堂の会', 'サンプル公民館', 'サンプル協力者（個人）', 'サンプル歯科医院',
  'サンプル美容室', 'サンプル運送株式会社',
];

function directoryFile(page: Page) {
  return page.getByLabel('協力スポットの一覧（CSVファイル）');
}

/** The page's print dialog does nothing here: the test prints to PDF. */
async function withoutPrintDialog(page: Page) {
  await page.addInitScript(() => { window.print = () => {}; });
}

async function axeViolations(page: Page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, {});
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

async function printPdf(page: Page, name: string) {
  const pdf = test.info().outputPath(`${name}.pdf`);
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  return pdf;
}

function expectA4(pdf: string) {
  const info = execFileSync('pdfinfo', [pdf]).toString();
  const size = info.match(/^Page size:\s+([\d.]+) x ([\d.]+) pts/m);
  expect(size).not.toBeNull();
  expect(Math.abs(Number(size![1]) - 595.28)).toBeLessThan(1);
  expect(Math.abs(Number(size![2]) - 841.89)).toBeLessThan(1);
  return Number(info.match(/^Pages:\s+(\d+)$/m)![1]);
}

test('the page is in the footer, says nothing leaves the device, and passes axe', async ({ app, page }) => {
  await app.open('');
  const link = page.locator('footer').getByRole('link', { name: '市の担当者の方へ' });
  await expect(link).toHaveAttribute('href', 'staff/');
  await link.click();
  await expect(app.heading()).toHaveText('市の担当者の方へ');
  await expect(page.locator('.staff-private')).toContainText('どこにも送られません');
  await expect(page.locator('.staff-private')).toContainText('ログインは要りません');
  expect(await axeViolations(page)).toEqual([]);
  expect(app.errors).toEqual([]);
});

test('a file with a bad district and a formula lists both by row and previews the valid spot', async ({ app, page }) => {
  await app.open('staff/');
  await directoryFile(page).setInputFiles(fixture('staff-directory.csv'));
  const result = page.locator('#staff-check-title').locator('..');
  await expect(result.locator('.staff-result')).toContainText('誤りのないスポットは1件、直すところが2件あります');
  const issues = page.locator('.staff-issues li');
  await expect(issues).toHaveCount(2);
  await expect(issues.nth(0)).toContainText('3行目「地区」: 「姫路」は地区にありません');
  await expect(issues.nth(1)).toContainText('4行目「説明」: 「=」で始まるセルは表計算ソフトで式として動くため使えません');
  // The valid spot as the spots page shows it: its district, its card, its pin.
  await expect(page.getByRole('heading', { name: /^龍野/ })).toBeVisible();
  const cards = page.locator('.spot-card');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('サンプル薬局 駅前店');
  await expect(page.locator('.spot-map__pins')).toHaveAttribute('d', /^M\d+ \d+h0$/);
  await expect(page.locator('#spot-map-title')).toContainText('1');
  // Not a file the build would take: nothing to publish from it.
  await expect(page.getByRole('button', { name: '一覧を印刷する（A4）' })).toBeDisabled();
  await expect(page.getByRole('button', { name: '一覧を保存（spots.csv）' })).toBeDisabled();
  expect(await axeViolations(page)).toEqual([]);
  expect(app.errors).toEqual([]);
});

test('a Shift_JIS file dropped on the field is read as Excel saved it', async ({ app, page }) => {
  await app.open('staff/');
  const bytes = [...readFileSync(fixture('spots-sample.cp932.csv'))];
  await page.evaluate((data) => {
    const file = new File([new Uint8Array(data)], 'spots.csv', { type: 'text/csv' });
    const transfer = new DataTransfer();
    transfer.items.add(file);
    document.querySelector('.file-pick')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, bytes);
  await expect(page.locator('.staff-result').first()).toContainText('「spots.csv」：誤りはありません。公開されるスポットは10件です。');
  await expect(page.locator('.staff-result').first()).toContainText('Shift_JIS');
  await expect(page.locator('.spot-card').first()).toBeVisible();
  expect(app.errors).toEqual([]);
});

test('a pasted registration gets the next id, and the downloaded directory reads back clean', async ({ app, page }) => {
  await app.open('staff/');
  await directoryFile(page).setInputFiles(fixture('spots-sample.csv'));
  await expect(page.locator('.staff-result').first()).toContainText('公開されるスポットは10件です');

  // A registration that said 否 is refused, with the reason.
  await page.getByLabel('登録のCSVまたはメールの本文').fill(readFileSync(fixture('staff-letter-declined.txt'), 'utf8'));
  await page.getByRole('button', { name: '確かめて一覧に加える' }).click();
  const outcome = page.locator('#staff-add-title').locator('..').locator('.staff-result');
  await expect(outcome).toContainText('名称などの公開に「否」と答えています');
  await expect(page.locator('.staff-result').first()).toContainText('10件');

  // The form's CSV row is added as sample-011.
  await page.getByLabel('登録のCSVまたはメールの本文').fill(readFileSync(fixture('staff-registration.csv'), 'utf8'));
  await page.getByRole('button', { name: '確かめて一覧に加える' }).click();
  await expect(outcome).toContainText('ID「sample-011」をつけて、一覧の12行目に加えました');
  await expect(page.locator('.staff-result').first()).toContainText('公開されるスポットは11件です');
  await expect(page.locator('.spot-card', { hasText: 'サンプル会館' })).toHaveCount(1);
  // The same registration again is not added twice.
  await page.getByLabel('登録のCSVまたはメールの本文').fill(readFileSync(fixture('staff-registration.csv'), 'utf8'));
  await page.getByRole('button', { name: '確かめて一覧に加える' }).click();
  await expect(outcome).toContainText('すでに12行目（ID「sample-011」）にあります');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '一覧を保存（spots.csv）' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('spots.csv');
  const saved = test.info().outputPath('spots.csv');
  await download.saveAs(saved);
  const bytes = readFileSync(saved);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text).toContain('sample-011,サンプル会館,サンプルカイカン,公共施設,御津,');
  expect(text).toContain("'=1+1"); // the fixture's neutralised cell, kept as it was

  // Re-imported through the page: clean, with the new spot.
  await page.reload();
  await app.mounted();
  await directoryFile(page).setInputFiles(saved);
  await expect(page.locator('.staff-result').first()).toContainText('「spots.csv」：誤りはありません。公開されるスポットは11件です。');
  await expect(page.locator('.staff-issues')).toHaveCount(0);
  expect(app.errors).toEqual([]);
});

test('stickers for two chosen spots decode to their own ?s= URLs', async ({ app, page }) => {
  await withoutPrintDialog(page);
  await app.open('staff/');
  await directoryFile(page).setInputFiles(fixture('spots-sample.csv'));
  await expect(page.locator('.staff-result').first()).toContainText('10件');
  const chosen = [['sample-001', 'サンプル薬局 本町店'], ['sample-006', 'サンプル公民館']];
  for (const [id] of chosen) await page.locator(`#staff-sticker-${id}`).check();
  await page.getByLabel('1スポットあたりの枚数').fill('1');
  await page.getByRole('button', { name: '選んだ2件のステッカーを印刷する' }).click();
  await expect(page.locator('.sticker-print svg')).toHaveCount(2);
  await expect(page.locator('.sticker-print text.spot-name').first()).toHaveText(chosen[0][1]);

  const pdf = await printPdf(page, 'stickers');
  expect(expectA4(pdf)).toBe(2);
  const base = new URL('../', page.url()).href;
  for (const [n, [id]] of chosen.entries()) {
    const stem = test.info().outputPath(`stickers-${n + 1}`);
    execFileSync('pdftoppm', ['-r', '300', '-f', String(n + 1), '-l', String(n + 1), '-singlefile', '-png', pdf, stem]);
    const decoded = execFileSync('zbarimg', ['--quiet', '--nodbus', '--raw', `${stem}.png`]).toString().trim().split('\n');
    expect(decoded).toEqual([`${base}?s=${id}`]);
  }
  expect(app.errors).toEqual([]);
});

test('the public list prints on A4 with every spot of the file', async ({ app, page }) => {
  await withoutPrintDialog(page);
  await app.open('staff/');
  await directoryFile(page).setInputFiles(fixture('spots-sample.csv'));
  await expect(page.locator('.staff-result').first()).toContainText('10件');
  await page.getByRole('button', { name: '一覧を印刷する（A4）' }).click();
  await expect(page.locator('.roster-print .roster tbody tr')).toHaveCount(SAMPLE_NAMES.length);

  const pdf = await printPdf(page, 'roster');
  expectA4(pdf);
  const text = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, '');
  expect(text).toContain('協力スポット一覧');
  expect(text).toMatch(/令和\d+年\d+月\d+日現在/);
  for (const name of SAMPLE_NAMES) expect(text).toContain(name.replace(/\s+/g, ''));
  for (const district of ['龍野地区', '新宮地区', '揖保川地区', '御津地区']) expect(text).toContain(district);
  expect(text).toContain('0791-63-2112');

  // The same list as a file, and the open-data CSV of the spots page.
  const [html] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '一覧をHTMLで保存' }).click(),
  ]);
  expect(html.suggestedFilename()).toMatch(/^tatsuno-tsunagaru-spot-list-\d{8}\.html$/);
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '一覧をCSVで保存' }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe('tatsuno-tsunagaru-spots.csv');
  expect(app.errors).toEqual([]);
  // Nothing was requested from anywhere but the app.
  const origin = new URL(page.url()).origin;
  expect(app.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
});
