// このネットワークについて in English and in やさしい日本語: the sections, the
// comparison of the three 見守り activities (headers, and cards on a phone),
// the way to the registration form, and the call link to 健康課. In English
// the names people must say or read on paper stay in Japanese, marked
// lang="ja". 健康課's number is read from data/windows.toml, as the app does.
import { readFileSync } from 'node:fs';
import { test, expect, type AppPage } from './fixtures/app';

/** 健康課's first phone number in the data file, as shown and as dialled. */
function healthDivisionPhone() {
  const data = readFileSync(new URL('../../data/windows.toml', import.meta.url), 'utf8');
  const block = data.split('[[window]]').find((w) => /^\s*id = "tatsuno-kenko"$/m.test(w));
  const number = block?.match(/^number = "([^"]+)"$/m)?.[1];
  if (!number) throw new Error('data/windows.toml has no phone number for tatsuno-kenko');
  return { display: number, tel: `tel:${number.replace(/\D/g, '')}` };
}
const PHONE = healthDivisionPhone();

const EN = {
  heading: 'About the network',
  sections: [
    'What is the network?',
    'How to use it',
    'What a partner spot does',
    'What the sticker means',
    'Who can register',
    "How it differs from the city's other watch-over schemes",
    'Contact',
  ],
  caption: 'The three watch-over schemes compared',
  columns: [
    'What we compare',
    'This network (Tsunagaru Inochi Support Network)',
    'Community watch of the Zero Isolated Deaths project (孤立死ゼロ作戦)',
    'SOS network for older people who may wander and get lost (はいかい高齢者等見守りSOSネットワーク)',
  ],
  rows: ['Aim', 'Mainly for', 'What helpers do'],
  formLink: 'Register',
};

const EASY = {
  heading: 'ネットワークの せつめい',
  sections: [
    'どんな ネットワーク？',
    '使いかた',
    '協力スポットが する こと',
    'ステッカーの 意味',
    'だれが 登録 できますか',
    '市の ほかの 見守りの 活動との ちがい',
    '問い合わせ',
  ],
  caption: '3つの 見守りの 活動の くらべ',
  columns: [
    'くらべる こと',
    'つながるいのち サポートネットワーク',
    '孤立死ゼロ作戦の 地域の 見守り',
    'はいかい高齢者等見守りSOSネットワーク',
  ],
  rows: ['目的', 'おもに だれの ため', '協力する 人が する こと'],
  formLink: '登録',
};

/** What every language shows: headings, the table, the form link, the call. */
async function checkPage(app: AppPage, texts: typeof EN) {
  const page = app.page;
  await expect(app.heading()).toHaveText(texts.heading);
  await expect(page.locator('main').getByRole('heading', { level: 2 })).toHaveText(texts.sections);

  const table = page.locator('table.compare');
  await expect(table.locator('caption')).toHaveText(texts.caption);
  await expect(table.getByRole('columnheader')).toHaveText(texts.columns);
  await expect(table.getByRole('rowheader')).toHaveText(texts.rows);
  await expect(table.getByRole('cell')).toHaveCount(9);
  // On a phone each cell shows its activity's name above it (the screen
  // reader announces the column header instead).
  const labels = table.locator('td .compare__label');
  await expect(labels.nth(4)).toBeVisible();
  await expect(labels.nth(4)).toHaveAttribute('aria-hidden', 'true');
  await expect(labels.nth(4)).toHaveText(texts.columns[2]);

  const join = page.getByRole('region', { name: texts.sections[4] });
  await expect(join.getByRole('link', { name: texts.formLink, exact: true })).toHaveAttribute('href', 'register/');
  await expect(join).toContainText('協力機関登録届出書（様式1）');
  await expect(join).toContainText('健康課');

  const contact = page.getByRole('region', { name: texts.sections[6] });
  await expect(contact).toContainText('健康課');
  await expect(contact.getByRole('link', { name: PHONE.display, exact: true })).toHaveAttribute('href', PHONE.tel);

  // Help is one tap away from the top of the page.
  await expect(page.locator('.help-now a')).toHaveAttribute('href', './');
}

test('in English: the sections, the comparison, the form and a call to 健康課', async ({ app, page }) => {
  await app.useLang('en');
  await app.open('about/');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await checkPage(app, EN);

  // Official names stay in Japanese, each marked for screen readers.
  const join = page.getByRole('region', { name: 'Who can register' });
  await expect(join.locator('[lang="ja"]')).toHaveText(['健康課', '協力機関登録届出書（様式1）']);
  await expect(join).toContainText('Tell the Health Division (健康課) that you would like to help.');
  const columns = page.locator('table.compare').getByRole('columnheader');
  await expect(columns.nth(2).locator('[lang="ja"]')).toHaveText('孤立死ゼロ作戦');
  await expect(columns.nth(3).locator('[lang="ja"]')).toHaveText('はいかい高齢者等見守りSOSネットワーク');
  const contact = page.getByRole('region', { name: 'Contact' });
  await expect(contact).toContainText('Health Division, Tatsuno City');
  await expect(contact.locator('[lang="ja"]').first()).toContainText('健康課');
  // The year the network began, as English readers count it (令和 began in
  // May 2019: 「令和元年3月」 is the city's Japanese wording only).
  await expect(page.locator('.lead')).toContainText('It began in March 2019.');
  await expect(page.locator('.lead [lang="ja"]')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'What the sticker means' })).toContainText(
    'In the language of flowers, the angel lamp means “I want to protect you” (あなたを守りたい).',
  );

  // The form link opens the registration page, still in English.
  await join.getByRole('link', { name: 'Register', exact: true }).click();
  await expect(page).toHaveURL(/\/tsunagaru\/register\/$/);
  await expect(page.locator('.lang-switch [data-lang="en"]')).toHaveAttribute('aria-pressed', 'true');
  expect(app.errors).toEqual([]);
});

test('in やさしい日本語: the sections, the comparison, the form and a call to 健康課', async ({ app, page }) => {
  await app.useLang('easy');
  await app.open('about/');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
  await checkPage(app, EASY);
  await expect(page.getByRole('region', { name: 'だれが 登録 できますか' })).toContainText('健康課に「協力したい」と 伝えます。');
  await expect(page.locator('.lead')).toContainText('相談できる ところに つなぎます。2019年3月から 続いて います。');
  await page.getByRole('region', { name: 'だれが 登録 できますか' }).getByRole('link', { name: '登録', exact: true }).click();
  await expect(page).toHaveURL(/\/tsunagaru\/register\/$/);
  expect(app.errors).toEqual([]);
});

for (const lang of ['en', 'easy'] as const) {
  test.describe(`${lang}: a 320 px screen with text at 200%`, () => {
    test.use({ viewport: { width: 320, height: 640 } });
    test('the comparison reads as cards without horizontal scrolling', async ({ app, page }) => {
      await app.useLang(lang);
      await app.open('about/');
      await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
      const table = page.locator('table.compare');
      await table.scrollIntoViewIfNeeded();
      await expect(table.locator('td .compare__label').first()).toBeVisible();
      expect(await app.horizontalOverflow()).toBeLessThanOrEqual(0);
      const widest = await table.evaluate((t) => Math.max(...[...t.querySelectorAll('tbody th, tbody td')].map((c) => c.scrollWidth - c.clientWidth)));
      expect(widest).toBeLessThanOrEqual(0);
    });
  });
}

test.describe('a wide screen', () => {
  test.use({ viewport: { width: 1024, height: 768 } });
  test('the comparison is a table with its headers on screen, each name once', async ({ app, page }) => {
    await app.useLang('en');
    await app.open('about/');
    const table = page.locator('table.compare');
    await expect(table.getByRole('columnheader').nth(1)).toBeVisible();
    await expect(table.getByRole('columnheader').nth(1)).toHaveText(EN.columns[1]);
    await expect(table.locator('td .compare__label').first()).toBeHidden();
    expect(await app.horizontalOverflow()).toBeLessThanOrEqual(0);
  });
});
