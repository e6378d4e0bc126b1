// 協力スポットの方へ in English and in やさしい日本語: the five steps of the
// gatekeeper guide, the links from a worry into the consultation windows,
// the emergency numbers, and one printed A4 sheet in every language (the
// Japanese journey is in shell.spec.ts).
import { test, expect, type AppPage } from './fixtures/app';
import type { Page } from '@playwright/test';

const GUIDES = [
  {
    lang: 'en',
    title: 'For spot staff: reaching out and connecting people to help',
    steps: ['1. Notice', '2. Gently ask how they are', '3. Listen', '4. Connect them to help', '5. Stay in touch'],
    // A worry in everyday words, then the category it leads to.
    worry: 'Debt or living costs',
    category: 'Debt, money and living costs',
    ambulance: '119 (ambulance)',
    police: '110 (police)',
    print: 'Print this guide (one A4 sheet)',
  },
  {
    lang: 'easy',
    title: '協力スポットの 人へ：声の かけかたと、つなぎかた',
    steps: ['1. 気づく', '2. やさしく 声を かける', '3. 話を 聞く', '4. 相談できる ところに つなぐ', '5. 見守る'],
    worry: '借金や 生活の お金の こと',
    category: 'お金・借金・生活',
    ambulance: '119番（救急車）',
    police: '110番（警察）',
    print: 'この ガイドを 印刷する（A4・1まい）',
  },
] as const;

/** The number of pages of the page printed to PDF with its own @page size. */
async function printedPages(page: Page) {
  const pdf = await page.pdf({ preferCSSPageSize: true });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

async function openGuide(app: AppPage, lang: 'en' | 'easy') {
  await app.useLang(lang);
  await app.open('guide/');
}

for (const guide of GUIDES) {
  test(`the guide for spot staff in ${guide.lang}: five steps, links to help, one A4 sheet`, async ({ app, page }) => {
    await openGuide(app, guide.lang);
    await expect(app.heading()).toHaveText(guide.title);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText([...guide.steps]);
    await expect(page.getByRole('button', { name: guide.print })).toBeVisible();

    // 「つなぐ」: the worry is written out, and its category opens the windows.
    const referral = page.locator('.guide__referrals li', { hasText: guide.worry });
    await expect(referral).toHaveCount(1);
    const link = referral.getByRole('link', { name: guide.category, exact: true });
    await expect(link).toHaveAttribute('href', /\?c=money$/);
    await expect(page.locator('.guide__referrals a')).toHaveCount(7);

    // When a life is in danger: the emergency numbers, as calls.
    await expect(page.getByRole('link', { name: guide.ambulance })).toHaveAttribute('href', 'tel:119');
    await expect(page.getByRole('link', { name: guide.police })).toHaveAttribute('href', 'tel:110');
    // The Health Division's number comes from the data, whatever the language.
    await expect(page.locator('.guide__contact a[href^="tel:"]')).toHaveText(/^0791-/);

    await link.click();
    await expect(page).toHaveURL(/\?c=money$/);
    await expect(page.locator('html')).toHaveAttribute('lang', guide.lang === 'en' ? 'en' : 'ja');
    await page.goBack();
    await expect(app.heading()).toHaveText(guide.title);

    expect(await printedPages(page)).toBe(1);
    expect(app.errors).toEqual([]);
  });
}

test('the English guide says the office name in Japanese, marked as Japanese', async ({ app, page }) => {
  // Someone calling the city needs the name as it is said there.
  await openGuide(app, 'en');
  const contact = page.locator('.guide__contact');
  await expect(contact).toContainText('Questions and advice: Tatsuno City Health Division (');
  await expect(contact.locator('[lang="ja"]')).toHaveText('たつの市 健康課');
});
