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
  await expect(app.heading()).toHaveText('協力スポットに登録する');
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
    '', NAME, 'タツノヤッキョク エキマエ', '医療機関・薬局', '龍野地区', 'たつの市龍野町', '', '',
    '0791-00-0000', '', 'ステッカーの掲示、さりげない声かけ・傾聴、見守り', '2026-11-25', '',
  ]]);

  // Declining publication: no row for the public directory.
  await page.getByRole('radio', { name: '否', exact: true }).check();
  await expect(page.getByText('名称などの公開を「否」にしたため、一覧用のCSVはありません。')).toBeVisible();
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
