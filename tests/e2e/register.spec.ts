// 登録: an organisation (or a person) fills the 協力機関登録届出書（様式1） on a
// phone. Nothing typed is ever lost (a reload restores every field); errors
// show next to the fields and a submit moves focus to the first; the mail
// link decodes back to exactly the fields; the downloaded A4 document shows
// hostile text as text and the CSV row parses in the directory's columns;
// the print view is one A4 page (pdfinfo); nothing leaves the device.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/app';

const DRAFT_KEY = 'tsunagaru.register.draft';
/** The setting `confirmed` of data/form.toml, which the build read. */
const FIELDS_CONFIRMED = /^confirmed\s*=\s*true\b/m.test(
  readFileSync(new URL('../../data/form.toml', import.meta.url), 'utf8'),
);
const COLUMNS = ['ID', '名称', '名称_カナ', '種別', '地区', '所在地_連結表記', '緯度', '経度',
  '電話番号', 'URL', '説明', '登録日', '備考'];

// Hostile but valid: markup, URL syntax, quotes, an escape that looks like a
// line break, emoji. The numbers are not assigned to anyone (00 after the
// area code).
const NAME = 'たつの薬局 <script>alert(1)</script> & "駅前" #1 ?a=b+c %0A 😀';
const NOTES = '平日 9:00〜17:00\r\nBcc: someone@example.jp\n&cc=x@example.jp <b>太字</b>';
const NOTES_AS_SENT = ['平日 9:00〜17:00', 'Bcc: someone@example.jp', '&cc=x@example.jp <b>太字</b>'];

/** A field's control by its visible label (the label also says 必須 or 任意). */
function field(page: Page, label: string) {
  return page.getByLabel(new RegExp(`^${label}\\s*(必須|任意)$`));
}

/** Fills the whole form as an organisation, writing values the way people do. */
async function fillOrganisation(page: Page) {
  await field(page, '届出日').fill('2026-11-25');
  await field(page, '名称').fill(NAME);
  await field(page, 'ふりがな').fill('ﾀﾂﾉﾔｯｷｮｸ エキマエ');
  await page.getByRole('radio', { name: '医療機関・薬局' }).check();
  await field(page, '代表者の職名').fill('代表取締役');
  await field(page, '代表者の氏名').fill('龍野 一郎');
  await field(page, '郵便番号').fill('〒６７９－４１００');
  await field(page, '所在地').fill('たつの市龍野町');
  await page.getByRole('radio', { name: '龍野地区' }).check();
  await field(page, '電話番号').fill('（０７９１）００-００００');
  await field(page, 'FAX番号').fill('0791000001');
  await field(page, 'メールアドレス').fill('ＩＮＦＯ＠example.jp');
  await field(page, '担当者の氏名').fill('揖保 花子');
  await field(page, '担当者の連絡先（電話番号）').fill('09000000000');
  await page.getByRole('checkbox', { name: 'ステッカーの掲示' }).check();
  await page.getByRole('checkbox', { name: 'さりげない声かけ・傾聴' }).check();
  await page.getByRole('checkbox', { name: '見守り' }).check();
  await field(page, '希望するステッカーの枚数').fill('２');
  await page.getByRole('radio', { name: '可', exact: true }).check();
  await field(page, '備考').fill(NOTES);
}

/** What the letter must say for the filled form, label by label. */
const EXPECTED_LETTER: [string, string][] = [
  ['登録の区分', '機関・団体・店舗'],
  ['届出日', '令和8年11月25日'],
  ['名称', NAME],
  ['ふりがな', 'たつのやっきょく えきまえ'],
  ['種別', '医療機関・薬局'],
  ['代表者の職名', '代表取締役'],
  ['代表者の氏名', '龍野 一郎'],
  ['郵便番号', '679-4100'],
  ['所在地', 'たつの市龍野町'],
  ['地区', '龍野地区'],
  ['電話番号', '0791-00-0000'],
  ['FAX番号', '0791-00-0001'],
  ['メールアドレス', 'INFO@example.jp'],
  ['担当者の氏名', '揖保 花子'],
  ['担当者の連絡先（電話番号）', '090-0000-0000'],
  ['協力できること', '・ステッカーの掲示\n・さりげない声かけ・傾聴\n・見守り'],
  ['希望するステッカーの枚数', '2枚'],
  ['名称などの公開', '可'],
  ['備考', NOTES_AS_SENT.join('\n')],
];

/** Splits a mailto: URL into its decoded recipient and parameters. */
function decodeMailto(href: string) {
  const m = href.match(/^mailto:([^?]*)\?(.*)$/s);
  if (!m) throw new Error(`not a mailto URL: ${href}`);
  const params = m[2].split('&').map((pair) => {
    const [k, v, ...rest] = pair.split('=');
    expect(rest).toEqual([]);
    return [decodeURIComponent(k), decodeURIComponent(v)] as const;
  });
  return { to: decodeURIComponent(m[1]), params };
}

/** Reads the letter back into [label, value] pairs (indented lines are a value's lines). */
function parseLetter(body: string) {
  const out: [string, string][] = [];
  let inFields = false;
  for (const line of body.split('\n')) {
    if (line.startsWith('■')) { inFields = true; continue; }
    if (line === '以上') break;
    if (!inFields || line === '') continue;
    const label = line.match(/^【([^】]*)】(.*)$/);
    if (label) {
      out.push([label[1], label[2]]);
    } else {
      expect(line.startsWith('  ')).toBe(true);
      const last = out[out.length - 1];
      last[1] = last[1] === '' ? line.slice(2) : `${last[1]}\n${line.slice(2)}`;
    }
  }
  return out;
}

/** RFC 4180, as spreadsheets write it. */
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

test('everything typed comes back after a reload', async ({ app, page }) => {
  await app.open('register/');
  await expect(app.heading()).toHaveText('ネットワークに登録する');
  await fillOrganisation(page);
  await page.reload();
  await app.mounted();
  await expect(page.getByRole('status').filter({ hasText: '前回の入力内容を復元しました' })).toBeVisible();
  await expect(field(page, '届出日')).toHaveValue('2026-11-25');
  await expect(field(page, '名称')).toHaveValue(NAME);
  await expect(field(page, 'ふりがな')).toHaveValue('ﾀﾂﾉﾔｯｷｮｸ エキマエ');
  await expect(page.getByRole('radio', { name: '医療機関・薬局' })).toBeChecked();
  await expect(field(page, '代表者の職名')).toHaveValue('代表取締役');
  await expect(field(page, '代表者の氏名')).toHaveValue('龍野 一郎');
  await expect(field(page, '郵便番号')).toHaveValue('〒６７９－４１００');
  await expect(field(page, '所在地')).toHaveValue('たつの市龍野町');
  await expect(page.getByRole('radio', { name: '龍野地区' })).toBeChecked();
  await expect(field(page, '電話番号')).toHaveValue('（０７９１）００-００００');
  await expect(field(page, 'FAX番号')).toHaveValue('0791000001');
  await expect(field(page, 'メールアドレス')).toHaveValue('ＩＮＦＯ＠example.jp');
  await expect(field(page, '担当者の氏名')).toHaveValue('揖保 花子');
  await expect(field(page, '担当者の連絡先（電話番号）')).toHaveValue('09000000000');
  for (const [name, on] of [['ステッカーの掲示', true], ['相談先チラシ等の設置', false],
    ['さりげない声かけ・傾聴', true], ['相談窓口の紹介・受診勧奨', false], ['見守り', true],
    ['自殺予防の普及啓発', false]] as const) {
    await expect(page.getByRole('checkbox', { name })).toBeChecked({ checked: on });
  }
  await expect(field(page, '希望するステッカーの枚数')).toHaveValue('２');
  await expect(page.getByRole('radio', { name: '可', exact: true })).toBeChecked();
  // A textarea reports its lines with LF only.
  await expect(field(page, '備考')).toHaveValue(NOTES.replace(/\r\n/g, '\n'));

  // The mode is kept too, and switching back shows the organisation's
  // fields with their values.
  await page.getByRole('radio', { name: '個人として' }).check();
  await page.reload();
  await app.mounted();
  await expect(page.getByRole('radio', { name: '個人として' })).toBeChecked();
  await expect(field(page, '氏名')).toHaveValue(NAME);
  await page.getByRole('radio', { name: '機関・団体・店舗として' }).check();
  await expect(field(page, '代表者の氏名')).toHaveValue('龍野 一郎');
  expect(app.errors).toEqual([]);
});

test('individuals see only what applies to them', async ({ app, page }) => {
  await app.open('register/');
  await page.getByRole('radio', { name: '個人として' }).check();
  await expect(field(page, '氏名')).toBeVisible();
  await expect(field(page, '住所')).toBeVisible();
  for (const gone of ['代表者の氏名', '代表者の職名', 'FAX番号', '担当者の氏名', '希望するステッカーの枚数']) {
    await expect(field(page, gone)).toHaveCount(0);
  }
  await expect(page.getByRole('radiogroup', { name: /種別/ })).toHaveCount(0);
  await expect(page.getByRole('radiogroup', { name: /名称などの公開/ })).toHaveCount(0);
  await expect(page.getByRole('checkbox')).toHaveCount(4);
  await expect(page.getByRole('checkbox', { name: 'ステッカーの掲示' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '一覧用のCSVを保存' })).toHaveCount(0);
  expect(app.errors).toEqual([]);
});

test('errors show next to the fields as typed, and a submit focuses the first', async ({ app, page }) => {
  await app.open('register/');
  const postal = field(page, '郵便番号');
  const postalError = page.locator('#reg-postal-error');
  await expect(postal).toHaveAttribute('aria-describedby', /reg-postal-error/);

  // No error while typing the first time; after leaving the field, yes.
  await postal.fill('679-41');
  await expect(postalError).toBeEmpty();
  await postal.press('Tab');
  await expect(postalError).toHaveText('郵便番号は7けたの数字で入力してください（例: 123-4567）。');
  await expect(postal).toHaveAttribute('aria-invalid', 'true');
  // From then on the message follows the typing, without leaving the field.
  await postal.fill('６７９４１００');
  await expect(postalError).toBeEmpty();
  await expect(postal).toHaveAttribute('aria-invalid', 'false');

  const phone = field(page, '電話番号');
  await phone.fill('0791-63');
  await phone.press('Tab');
  await expect(page.locator('#reg-phone-error')).toContainText('けた数が足りません');
  const kana = field(page, 'ふりがな');
  await kana.fill('Tatsuno');
  await kana.press('Tab');
  await expect(page.locator('#reg-kana-error')).toHaveText('ひらがなかカタカナで入力してください。');

  // Submit: every problem is listed, and focus is on the first one.
  await page.getByRole('button', { name: '入力内容を確認する' }).click();
  await expect(field(page, '名称')).toBeFocused();
  await expect(field(page, '名称')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#reg-name-error')).toHaveText('名称を入力してください。');
  const summary = page.locator('#reg-summary');
  await expect(summary).toContainText('か所、確認が必要なところがあります。');
  await expect(summary.getByRole('link', { name: /協力できること: 協力できることを1つ以上選んでください。/ })).toBeVisible();
  // A group's message is read with the group; its first option takes focus.
  await expect(page.getByRole('radiogroup', { name: /種別/ })).toHaveAttribute('aria-invalid', 'true');

  // Sending also checks first: the mail app does not open, focus moves.
  await field(page, '名称').fill('たつの薬局');
  await field(page, 'ふりがな').fill('たつのやっきょく');
  await page.getByRole('link', { name: 'メールで送る' }).click();
  await expect(page.getByRole('radio', { name: '企業・事業所' })).toBeFocused();
  await expect(page).toHaveURL(/\/register\/$/);
  expect(app.errors).toEqual([]);
});

test('the mail link decodes to exactly the fields, addressed to nobody', async ({ app, page }) => {
  await app.open('register/');
  await fillOrganisation(page);
  const mail = page.getByRole('link', { name: 'メールで送る' });
  const href = (await mail.getAttribute('href'))!;
  expect(href.startsWith('mailto:?subject=')).toBe(true);
  // Every reserved character is escaped: only the one ? and the & between
  // the two parameters are left.
  expect(href.slice('mailto:'.length)).toMatch(/^[A-Za-z0-9\-._~%?=&]+$/);
  const { to, params } = decodeMailto(href);
  expect(to).toBe('');
  expect(params.map(([k]) => k)).toEqual(['subject', 'body']);
  const [, subject] = params[0];
  const [, body] = params[1];
  expect(subject).toBe(`つながるいのちサポートネットワーク協力機関登録届出書（${NAME}）`);
  // CRLF line ends only.
  expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const letter = body.replace(/\r\n/g, '\n');
  expect(letter.startsWith('たつの市 健康課 御中\n')).toBe(true);
  expect(letter.endsWith('\n以上\n')).toBe(true);
  expect(parseLetter(letter)).toEqual(EXPECTED_LETTER);

  // Without a configured address the page says where to send it, with
  // the health division's number from the data file.
  const send = page.getByRole('region', { name: '送る・保存する' });
  await expect(send).toContainText('宛先が空欄のまま開きます');
  await expect(send.getByRole('link', { name: '0791-63-2112' })).toHaveAttribute('href', 'tel:0791632112');
  // The letter is long for a mail link: the page warns and offers the rest.
  await expect(send.getByText(/本文が途中で切れることがあります/)).toBeVisible();

  // The whole text can be copied.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: '文章をコピー' }).click();
  await expect(send.getByRole('status')).toHaveText('文章をコピーしました。メールなどに貼り付けて送れます。');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(letter);
  expect(app.errors).toEqual([]);
});

test('downloads: the A4 document shows the text as text, the CSV row parses', async ({ app, page, browser }) => {
  await app.open('register/');
  await fillOrganisation(page);

  const [doc] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '届出書を保存（A4・HTML）' }).click(),
  ]);
  expect(doc.suggestedFilename()).toBe('tsunagaru-todoke-20261125.html');
  const html = readFileSync((await doc.path())!, 'utf8');
  expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  expect(html).toContain('@page { size: A4;');
  expect(html).not.toContain('<script');
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html).not.toMatch(/https?:|src=|href=/);

  // Opened on its own, offline, it shows every value as text and prints
  // on A4.
  const context = await browser.newContext({ offline: true, javaScriptEnabled: true });
  const sheet = await context.newPage();
  let dialogs = 0;
  sheet.on('dialog', (d) => { dialogs++; void d.dismiss(); });
  await sheet.setContent(html);
  await expect(sheet.getByRole('heading', { level: 1 })).toHaveText('つながるいのちサポートネットワーク協力機関登録届出書');
  const row = (label: string) =>
    sheet.locator('tr', { has: sheet.locator('th', { hasText: new RegExp(`^${label}$`) }) }).locator('td');
  await expect(row('名称')).toHaveText(NAME);
  await expect(row('電話番号')).toHaveText('0791-00-0000');
  await expect(row('備考')).toHaveText(NOTES_AS_SENT.join(''));
  await expect(sheet.locator('td b')).toHaveCount(0);
  await expect(sheet.getByText('☑ ステッカーの掲示')).toBeVisible();
  await expect(sheet.getByText('☐ 相談先チラシ等の設置')).toBeVisible();
  expect(dialogs).toBe(0);
  const docPdf = test.info().outputPath('document.pdf');
  await sheet.pdf({ path: docPdf, preferCSSPageSize: true, printBackground: true });
  expectA4(docPdf, 1);
  await context.close();

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '一覧用のCSVを保存' }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe('tsunagaru-spot-20261125.csv');
  const text = readFileSync((await csv.path())!, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows = parseCsv(text.slice(1));
  expect(rows).toEqual([COLUMNS, [
    '', NAME, 'タツノヤッキョク エキマエ', '医療機関', '龍野', 'たつの市龍野町', '', '',
    '0791-00-0000', '', 'ステッカーの掲示、さりげない声かけ・傾聴、見守り', '2026-11-25', '',
  ]]);

  // Declining publication: no row for the public directory.
  await page.getByRole('radio', { name: '否', exact: true }).check();
  await expect(page.getByText('名称などの公開を「否」にしたため、一覧用のCSVはありません。')).toBeVisible();
  expect(app.errors).toEqual([]);
});

test('the CSV row is safe in a spreadsheet and in the directory\'s words, with an 050 number', async ({ app, page }) => {
  // A name that a spreadsheet would run as a formula, an address that
  // starts with a minus, an IP phone number (050) written the way people do.
  const formula = '=HYPERLINK("https://example.com","たつの薬局")';
  await app.open('register/');
  await fillOrganisation(page);
  await field(page, '名称').fill(formula);
  await field(page, '所在地').fill('-1 たつの市龍野町');
  await field(page, '電話番号').fill('０５０ー００００ー００００');
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '一覧用のCSVを保存' }).click(),
  ]);
  const rows = parseCsv(readFileSync((await csv.path())!, 'utf8').slice(1));
  const cell = (name: string) => rows[1][COLUMNS.indexOf(name)];
  // OWASP's guidance: a leading ' keeps the cell text.
  expect(cell('名称')).toBe(`'${formula}`);
  expect(cell('所在地_連結表記')).toBe("'-1 たつの市龍野町");
  for (const row of rows) {
    for (const c of row) expect(c).not.toMatch(/^[=+\-@\t\r]/);
  }
  // The number stays readable; kind and district are the directory's words.
  expect(cell('電話番号')).toBe('050-0000-0000');
  expect([cell('種別'), cell('地区')]).toEqual(['医療機関', '龍野']);
  expect(app.errors).toEqual([]);
});

/** pdfinfo says the file has `pages` A4 pages (595.28 × 841.89 pt). */
function expectA4(pdf: string, pages: number) {
  const info = execFileSync('pdfinfo', [pdf]).toString();
  expect(info).toMatch(new RegExp(`^Pages:\\s+${pages}$`, 'm'));
  const size = info.match(/^Page size:\s+([\d.]+) x ([\d.]+) pts/m);
  expect(size).not.toBeNull();
  expect(Math.abs(Number(size![1]) - 595.28)).toBeLessThan(1);
  expect(Math.abs(Number(size![2]) - 841.89)).toBeLessThan(1);
}

test('the print view is the filled form on one A4 page', async ({ app, page }) => {
  await app.open('register/');
  await fillOrganisation(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.register-print .todoke')).toBeVisible();
  await expect(page.getByRole('button', { name: '入力内容を確認する' })).toBeHidden();
  // page.pdf prints with print media unless screen is emulated.
  await page.emulateMedia({ media: null });
  const pdf = test.info().outputPath('print.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  expectA4(pdf, 1);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  expect(text).toContain('協力機関登録届出書');
  expect(text).toContain('たつの市長 様');
  expect(text).toContain('令和8年11月25日');
  expect(text).toContain('<script>alert(1)</script>');
  expect(text).not.toContain('メールで送る');
  expect(app.errors).toEqual([]);
});

test('clearing asks first; confirming it was sent deletes the draft', async ({ app, page }) => {
  await app.open('register/');
  await field(page, '名称').fill('たつの薬局');
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), DRAFT_KEY)).toContain('name=');

  // Cancelled: nothing happens.
  page.once('dialog', (d) => { expect(d.message()).toContain('消去'); void d.dismiss(); });
  await page.getByRole('button', { name: '入力内容を消去', exact: true }).click();
  await expect(field(page, '名称')).toHaveValue('たつの薬局');

  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: '入力内容を消去', exact: true }).click();
  await expect(field(page, '名称')).toHaveValue('');
  await expect(page.getByRole('status').filter({ hasText: '入力内容を消去しました。' })).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), DRAFT_KEY)).toBeNull();

  await fillOrganisation(page);
  page.once('dialog', (d) => { expect(d.message()).toContain('送信・提出'); void d.accept(); });
  await page.getByRole('button', { name: '送信・提出が済みました（入力内容を消去）' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'ご協力ありがとうございます' })).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), DRAFT_KEY)).toBeNull();
  await page.reload();
  await app.mounted();
  await expect(field(page, '名称')).toHaveValue('');
  expect(app.errors).toEqual([]);
});

test('offline, nothing is sent anywhere, and the page fits a phone', async ({ app, page, context }) => {
  await app.open('register/');
  await context.setOffline(true);
  await fillOrganisation(page);
  await page.getByRole('button', { name: '入力内容を確認する' }).click();
  await expect(page.getByRole('status').filter({ hasText: '入力内容に問題はありません' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '送る・保存する' })).toBeFocused();
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '届出書を保存（A4・HTML）' }).click(),
  ]);
  // Only the app's own files, all loaded before going offline.
  const origin = new URL(page.url()).origin;
  for (const url of app.requests) {
    expect(url.startsWith(origin) || url.startsWith('blob:') || url.startsWith('data:')).toBe(true);
  }
  expect(await app.horizontalOverflow()).toBeLessThanOrEqual(0);
  // Every control is at least 44 px tall (buttons, links, fields, options).
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('main button, main a, main input:not([type=radio]):not([type=checkbox]), main textarea, .reg-option, main summary')]
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .map((e) => ({ what: e.outerHTML.slice(0, 80), height: e.getBoundingClientRect().height }))
      .filter((e) => e.height < 44),
  );
  expect(small).toEqual([]);
  expect(app.errors).toEqual([]);
});

test('no accessibility violations (axe, WCAG 2.2 AA), also with errors shown', async ({ app, page }) => {
  await app.open('register/');
  const require = createRequire(import.meta.url);
  // Evaluated through the DevTools protocol: the page's CSP refuses injected scripts.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const audit = () =>
    page.evaluate(async () => {
      // @ts-expect-error axe is defined by the evaluated source above.
      const result = await axe.run(document.querySelector('main'), {
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      });
      return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) =>
        `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
  expect(await audit()).toEqual([]);
  await page.getByRole('button', { name: '入力内容を確認する' }).click();
  await expect(page.locator('#reg-summary')).toBeVisible();
  expect(await audit()).toEqual([]);
  await page.getByRole('radio', { name: '個人として' }).check();
  expect(await audit()).toEqual([]);
});

// The fields come from data/form.toml. Until 健康課 confirms them
// (`confirmed = false`, as shipped), the page says, in one sentence, that the
// city's own 様式1 is always accepted, and links the city's page where it is.
const CITY_PAGE = 'https://www.city.tatsuno.lg.jp/soshiki/1018/gyomu/1/4/4329.html';

test('until 健康課 confirms the fields, the city\'s own 様式1 is offered with its page', async ({ app, page }) => {
  await app.open('register/');
  const note = page.locator('#reg-unconfirmed');
  if (FIELDS_CONFIRMED) {
    await expect(note).toHaveCount(0);
    return;
  }
  await expect(note).toHaveText(
    'この画面の項目は健康課に確認しているところですが、市の様式1（WordまたはPDF）も市のホームページからダウンロードでき、いつでも受け付けています。',
  );
  const link = note.getByRole('link', { name: '市のホームページ' });
  await expect(link).toHaveAttribute('href', CITY_PAGE);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  // In English too, with the same page.
  await app.useLang('en');
  await page.reload();
  await app.mounted();
  await expect(note).toContainText('the city\'s own form (Word or PDF) can also be downloaded from the city\'s website and is always accepted.');
  await expect(note.getByRole('link', { name: 'the city\'s website' })).toHaveAttribute('href', CITY_PAGE);
  expect(app.errors).toEqual([]);
});

// A draft kept on the device under an older set of fields (as the app saves
// it: each value with its field's label): 「ポケベル番号」 is no longer a field.
test('a draft saved under other fields: what no field holds is named, the rest is kept', async ({ app, page }) => {
  const enc = encodeURIComponent;
  const saved = [
    'v=2', 'mode=org',
    `date=2026-11-25`, `date.label=${enc('届出日')}`,
    `name=${enc('たつの薬局')}`, `name.label=${enc('名称')}`,
    `pager=${enc('0791-00-0002')}`, `pager.label=${enc('ポケベル番号')}`,
    'district=ibogawa', `district.label=${enc('地区')}`,
    `fax=0791000001`, `fax.label=${enc('FAX番号')}`,
    `notes=${enc('平日の午後\nご連絡ください')}`, `notes.label=${enc('備考')}`,
  ].join('&');
  await app.open('register/');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [DRAFT_KEY, saved]);
  await page.reload();
  await app.mounted();

  const dropped = page.locator('#reg-dropped');
  await expect(dropped).toContainText('届出書の項目が変わったため、前回の入力のうち次の内容は使われなくなりました。');
  await expect(dropped.getByRole('listitem')).toHaveText(['ポケベル番号：0791-00-0002']);
  // Everything else is as it was typed.
  await expect(page.getByRole('status').filter({ hasText: '前回の入力内容を復元しました' })).toBeVisible();
  await expect(field(page, '届出日')).toHaveValue('2026-11-25');
  await expect(field(page, '名称')).toHaveValue('たつの薬局');
  await expect(page.getByRole('radio', { name: '揖保川地区' })).toBeChecked();
  await expect(field(page, 'FAX番号')).toHaveValue('0791000001');
  await expect(field(page, '備考')).toHaveValue('平日の午後\nご連絡ください');

  const require = createRequire(import.meta.url);
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    // @ts-expect-error axe is defined by the evaluated source above.
    const result = await axe.run(document.querySelector('main'), {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    });
    return result.violations.map((v: { id: string }) => v.id);
  });
  expect(violations).toEqual([]);

  // The draft is kept again in the current fields, so the notice is said once.
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), DRAFT_KEY)).not.toContain('pager');
  const kept = await page.evaluate((k) => localStorage.getItem(k), DRAFT_KEY);
  expect(kept).toContain('fax=0791000001');
  await page.reload();
  await app.mounted();
  await expect(dropped).toHaveCount(0);
  await expect(field(page, '名称')).toHaveValue('たつの薬局');
  expect(app.errors).toEqual([]);
});

/** Where the focus is: the element, its place on the page and whether it shows a focus ring. */
async function focusInfo(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    return {
      id: el.id,
      what: `${el.tagName.toLowerCase()}#${el.id} ${(el.textContent ?? '').trim().slice(0, 30)}`,
      control: el.matches('input, textarea, select, button, a[href], summary'),
      inMain: el.closest('main') !== null,
      top: Math.round(r.top + window.scrollY),
      left: Math.round(r.left + window.scrollX),
      ring: outline || shadow,
    };
  });
}

/**
 * Moves focus with the keyboard only, and checks on the way that every
 * focused control shows a focus ring and that Tab goes down the page in
 * reading order (rows top to bottom, left to right within a row).
 */
class KeyboardWalk {
  private last: Awaited<ReturnType<typeof focusInfo>> = null;
  readonly order: string[] = [];

  constructor(private readonly page: Page) {}

  /** Where the focus is now (after the app moved it, for example). */
  async here() {
    const info = await focusInfo(this.page);
    expect(info, 'something has focus').not.toBeNull();
    if (info!.control) expect(info!.ring, `focus ring on ${info!.what}`).toBe(true);
    this.last = info;
    return info!;
  }

  /** Tab to the next control (a date input's own parts are passed over). */
  async tab() {
    const before = this.last;
    let info = before;
    for (let i = 0; i < 6 && info?.id === before?.id && info?.what === before?.what; i++) {
      await this.page.keyboard.press('Tab');
      info = await focusInfo(this.page);
    }
    expect(info, 'Tab moved the focus').not.toBeNull();
    if (before) {
      const down = info!.top > before.top + 1;
      const sameRowRight = Math.abs(info!.top - before.top) <= 1 && info!.left > before.left;
      expect(down || sameRowRight, `${info!.what} comes after ${before.what} on the page`).toBe(true);
    }
    if (info!.control) expect(info!.ring, `focus ring on ${info!.what}`).toBe(true);
    this.last = info;
    this.order.push(info!.id);
    return info!;
  }

  /** Shift+Tab back to the previous control. */
  async back() {
    await this.page.keyboard.press('Shift+Tab');
    return this.here();
  }

  async press(key: string) {
    await this.page.keyboard.press(key);
  }

  async type(text: string) {
    await this.page.keyboard.type(text);
  }
}

test('keyboard only: an individual fills the form, fixes what is wrong and copies and saves it', async ({ app, page }) => {
  await app.open('register/');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const walk = new KeyboardWalk(page);

  // From the top of the page, Tab reaches the form's first control (after
  // the link to the city's own 様式1, while the fields are not confirmed).
  let info = null;
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    info = await focusInfo(page);
    if (info?.inMain) break;
  }
  if (!FIELDS_CONFIRMED) {
    await expect(page.locator('#reg-unconfirmed a')).toBeFocused();
    await page.keyboard.press('Tab');
    info = await focusInfo(page);
  }
  expect(info?.id).toBe('reg-mode-org');
  await walk.here();

  // Arrow keys choose within a radio group.
  await walk.press('ArrowRight');
  await expect(page.getByRole('radio', { name: '個人として' })).toBeFocused();
  await expect(page.getByRole('radio', { name: '個人として' })).toBeChecked();
  await expect(field(page, '氏名')).toBeVisible();
  await walk.here();

  expect((await walk.tab()).id).toBe('reg-date');
  await expect(field(page, '届出日')).not.toHaveValue('');
  expect((await walk.tab()).id).toBe('reg-name');
  await walk.type('揖保 花子');
  expect((await walk.tab()).id).toBe('reg-kana');
  await walk.type('hanako');

  // Leaving a field with a wrong value: the message appears next to it,
  // is part of the field's description, and the focus simply moves on.
  expect((await walk.tab()).id).toBe('reg-postal');
  const kana = field(page, 'ふりがな');
  await expect(page.locator('#reg-kana-error')).toHaveText('ひらがなかカタカナで入力してください。');
  await expect(kana).toHaveAttribute('aria-invalid', 'true');
  await expect(kana).toHaveAttribute('aria-describedby', /reg-kana-error/);
  // Back with Shift+Tab (the value is selected), and typed again.
  expect((await walk.back()).id).toBe('reg-kana');
  for (let i = 0; i < 7; i++) await walk.press('Backspace');
  await walk.type('いぼ はなこ');
  await expect(page.locator('#reg-kana-error')).toBeEmpty();
  await expect(kana).toHaveAttribute('aria-invalid', 'false');

  expect((await walk.tab()).id).toBe('reg-postal');
  await walk.type('6794100');
  expect((await walk.tab()).id).toBe('reg-address');
  await walk.type('たつの市揖保川町');
  // Into the district group (on its first option), arrows to 揖保川地区.
  expect((await walk.tab()).id).toBe('reg-district-tatsuno');
  await walk.press('ArrowDown');
  await walk.press('ArrowDown');
  await expect(page.getByRole('radio', { name: '揖保川地区' })).toBeChecked();
  await expect(page.getByRole('radio', { name: '揖保川地区' })).toBeFocused();
  await walk.here();
  expect((await walk.tab()).id).toBe('reg-phone');
  await walk.type('090-0000-0000');
  expect((await walk.tab()).id).toBe('reg-email');
  // Every checkbox is its own stop; none is checked yet.
  for (const key of ['listen', 'refer', 'watch', 'awareness']) {
    expect((await walk.tab()).id).toBe(`reg-activities-${key}`);
  }
  expect((await walk.tab()).id).toBe('reg-notes');
  const check = await walk.tab();
  expect(check.what).toContain('入力内容を確認する');

  // Enter on the check button: the missing choice is announced next to the
  // group, and the focus goes to its first option.
  await walk.press('Enter');
  const activities = page.getByRole('group', { name: /協力できること/ });
  await expect(page.getByRole('checkbox', { name: 'さりげない声かけ・傾聴' })).toBeFocused();
  await expect(page.locator('#reg-activities-error')).toHaveText('協力できることを1つ以上選んでください。');
  await expect(activities).toHaveAttribute('aria-describedby', /reg-activities-error/);
  await expect(page.locator('#reg-summary')).toContainText('1か所、確認が必要なところがあります。');
  await walk.here();
  await walk.press('Space');
  await expect(page.getByRole('checkbox', { name: 'さりげない声かけ・傾聴' })).toBeChecked();
  await expect(page.locator('#reg-activities-error')).toBeEmpty();
  expect((await walk.tab()).id).toBe('reg-activities-refer');
  expect((await walk.tab()).id).toBe('reg-activities-watch');
  await walk.press('Space');
  await expect(page.getByRole('checkbox', { name: '見守り' })).toBeChecked();
  expect((await walk.tab()).id).toBe('reg-activities-awareness');
  expect((await walk.tab()).id).toBe('reg-notes');
  expect((await walk.tab()).what).toContain('入力内容を確認する');
  await walk.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '入力内容に問題はありません' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '送る・保存する' })).toBeFocused();
  await walk.here();

  // The send actions, in order: the mail link, then copy, then save.
  expect((await walk.tab()).what).toContain('メールで送る');
  // Under it, the note on where to send it, with the division's number.
  expect((await walk.tab()).what).toContain('0791-63-2112');
  expect((await walk.tab()).what).toContain('文章をコピー');
  await walk.press('Enter');
  const send = page.getByRole('region', { name: '送る・保存する' });
  await expect(send.getByRole('status')).toHaveText('文章をコピーしました。メールなどに貼り付けて送れます。');
  const letter = await page.evaluate(() => navigator.clipboard.readText());
  expect(letter.startsWith('たつの市 健康課 御中\n')).toBe(true);
  expect(parseLetter(letter)).toEqual([
    ['登録の区分', '個人'],
    ['届出日', expect.stringMatching(/^令和\d+年\d+月\d+日$/)],
    ['氏名', '揖保 花子'],
    ['ふりがな', 'いぼ はなこ'],
    ['郵便番号', '679-4100'],
    ['住所', 'たつの市揖保川町'],
    ['地区', '揖保川地区'],
    ['電話番号', '090-0000-0000'],
    ['協力できること', '・さりげない声かけ・傾聴\n・見守り'],
  ]);
  expect((await walk.tab()).what).toContain('届出書を保存');
  const [doc] = await Promise.all([page.waitForEvent('download'), walk.press('Enter')]);
  expect(doc.suggestedFilename()).toMatch(/^tsunagaru-todoke-\d{8}\.html$/);
  await expect(send.getByRole('status')).toContainText('届出書（A4のHTMLファイル）を保存しました。');
  expect(app.errors).toEqual([]);
});

/** A field's control by its English label (which also says required or optional). */
function enField(page: Page, label: string) {
  return page.getByLabel(new RegExp(`^${label.replace(/[()]/g, '\\$&')}\\s*(required|optional)$`));
}

test('in English: the page, the labels and the messages; the letter stays Japanese', async ({ app, page }) => {
  await app.useLang('en');
  await app.open('register/');
  await expect(app.heading()).toHaveText('Register with the network');
  await expect(page.getByText('The form is sent to the city in Japanese')).toBeVisible();
  // The official form and 健康課 keep their Japanese names, marked as Japanese.
  await expect(page.locator('main p span[lang="ja"]', { hasText: '協力機関登録届出書（様式1）' })).toBeVisible();
  await expect(page.locator('main p span[lang="ja"]', { hasText: /^健康課$/ })).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: /Kind of organisation/ })).toBeVisible();

  // A wrong postal code: the message in English, next to the field.
  const postal = enField(page, 'Postal code');
  await postal.fill('679-41');
  await postal.press('Tab');
  await expect(page.locator('#reg-postal-error')).toHaveText('Please enter the postal code as 7 digits (for example 123-4567).');
  await expect(postal).toHaveAttribute('aria-invalid', 'true');
  await expect(postal).toHaveAttribute('aria-describedby', /reg-postal-error/);

  // A check of the empty form names the fields in English.
  await page.getByRole('button', { name: 'Check my answers' }).click();
  await expect(enField(page, 'Name of the organisation')).toBeFocused();
  await expect(page.locator('#reg-name-error')).toHaveText('Please fill in “Name of the organisation”.');
  await expect(page.locator('#reg-summary')).toContainText('Answers to check:');

  await enField(page, 'Date of the form').fill('2026-11-25');
  await enField(page, 'Name of the organisation').fill('たつの薬局');
  await enField(page, 'Reading of the name (furigana)').fill('たつのやっきょく');
  await page.getByRole('radio', { name: 'Clinic, hospital or pharmacy' }).check();
  await enField(page, "Representative's name").fill('龍野 一郎');
  await postal.fill('6794100');
  await enField(page, 'Address').fill('たつの市龍野町');
  await page.getByRole('radio', { name: 'Tatsuno district' }).check();
  await enField(page, 'Phone number').fill('0791-00-0000');
  await page.getByRole('checkbox', { name: 'Put up the sticker' }).check();
  await page.getByRole('radio', { name: 'Yes', exact: true }).check();
  await page.getByRole('button', { name: 'Check my answers' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Everything looks right' })).toBeVisible();

  // What goes to the city is in Japanese: the mail link and the text shown.
  const href = (await page.getByRole('link', { name: 'Send by email' }).getAttribute('href'))!;
  const { params } = decodeMailto(href);
  expect(params[0][1]).toBe('つながるいのちサポートネットワーク協力機関登録届出書（たつの薬局）');
  const letter = params[1][1].replace(/\r\n/g, '\n');
  expect(letter.startsWith('たつの市 健康課 御中\n')).toBe(true);
  expect(parseLetter(letter)).toEqual([
    ['登録の区分', '機関・団体・店舗'],
    ['届出日', '令和8年11月25日'],
    ['名称', 'たつの薬局'],
    ['ふりがな', 'たつのやっきょく'],
    ['種別', '医療機関・薬局'],
    ['代表者の氏名', '龍野 一郎'],
    ['郵便番号', '679-4100'],
    ['所在地', 'たつの市龍野町'],
    ['地区', '龍野地区'],
    ['電話番号', '0791-00-0000'],
    ['協力できること', '・ステッカーの掲示'],
    ['希望するステッカーの枚数', '1枚'],
    ['名称などの公開', '可'],
  ]);
  const send = page.getByRole('region', { name: 'Send or save' });
  await send.getByText('See the text to send').click();
  await expect(send.locator('pre[lang="ja"]')).toContainText('たつの市 健康課 御中');
  await expect(send.locator('span[lang="ja"]', { hasText: 'たつの市 健康課' }).first()).toBeVisible();
  await expect(send).toContainText('no address');

  // The A4 document is the Japanese form too.
  const [doc] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save the form (A4, HTML)' }).click(),
  ]);
  const html = readFileSync((await doc.path())!, 'utf8');
  expect(html).toContain('<html lang="ja">');
  expect(html).toContain('<td>医療機関・薬局</td>');
  expect(html).toContain('☑ ステッカーの掲示');
  await expect(send.getByRole('status')).toContainText('The form is saved');
  expect(app.errors).toEqual([]);
});

test('in やさしい日本語: labels and messages in easy Japanese; switching language keeps what was typed', async ({ app, page }) => {
  await app.useLang('easy');
  await app.open('register/');
  await expect(app.heading()).toHaveText('ネットワークに 登録する');
  await expect(page.getByText('市に 送る 書類は、ふつうの 日本語で 作ります')).toBeVisible();
  const easy = (label: string) => page.getByLabel(new RegExp(`^${label}\\s*(かならず|なくても いい)$`));

  await page.getByRole('radio', { name: '個人として（ひとりで）' }).check();
  const phone = easy('電話番号');
  await phone.fill('0791-63');
  await phone.press('Tab');
  await expect(page.locator('#reg-phone-error')).toHaveText('数字が 足りません。0から 始まる 番号で 書いて ください。');
  await expect(phone).toHaveAttribute('aria-invalid', 'true');

  // Typing, then switching the language at once: nothing is lost, and the
  // message comes back in the new language.
  await easy('名前').pressSequentially('揖保 花');
  await page.locator('.lang-switch [data-lang="en"]').click();
  await expect(app.heading()).toHaveText('Register with the network');
  await expect(page.getByRole('radio', { name: 'An individual' })).toBeChecked();
  await expect(enField(page, 'Your name')).toHaveValue('揖保 花');
  await expect(enField(page, 'Phone number')).toHaveValue('0791-63');
  await expect(page.locator('#reg-phone-error')).toHaveText('Some digits are missing. Please start with the area code.');
  await enField(page, 'Your name').press('End');
  await page.keyboard.type('子');
  await page.locator('.lang-switch [data-lang="ja"]').click();
  await expect(app.heading()).toHaveText('ネットワークに登録する');
  await expect(field(page, '氏名')).toHaveValue('揖保 花子');
  await expect(page.locator('#reg-phone-error')).toHaveText('けた数が足りません。市外局番から入力してください。');
  await page.locator('.lang-switch [data-lang="easy"]').click();
  await expect(easy('名前')).toHaveValue('揖保 花子');

  // The mail in easy Japanese is the same Japanese letter.
  await easy('ふりがな（名前の 読み方）').fill('いぼ はなこ');
  await easy('郵便番号').fill('6794100');
  await easy('住所').fill('たつの市揖保川町');
  await page.getByRole('radio', { name: '揖保川（いぼがわ）地区' }).check();
  await easy('電話番号').fill('090-0000-0000');
  await page.getByRole('checkbox', { name: '見守る' }).check();
  await page.getByRole('button', { name: '入力した ことを 確かめる' }).click();
  await expect(page.getByRole('status').filter({ hasText: '入力した ことに 問題は ありません' })).toBeVisible();
  const href = (await page.getByRole('link', { name: 'メールで 送る' }).getAttribute('href'))!;
  const letter = decodeMailto(href).params[1][1].replace(/\r\n/g, '\n');
  expect(letter).toContain('【氏名】揖保 花子\n');
  expect(letter).toContain('【地区】揖保川地区\n');
  expect(letter).toContain('【協力できること】\n  ・見守り\n');
  expect(letter.endsWith('\n以上\n')).toBe(true);
  expect(app.errors).toEqual([]);
});
