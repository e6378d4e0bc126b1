// Screens of every section in every language, to compare two versions of the
// app word for word and pixel for pixel (not a test: it prints what differs).
//
//   node tests/e2e/tools/screens.mjs capture BASE_URL OUT_DIR
//   node tests/e2e/tools/screens.mjs compare BEFORE_DIR AFTER_DIR
//
// `capture` opens each page below BASE_URL in 日本語, やさしい日本語 and English
// on a 360 px phone, at fixed Japan times (a Tuesday evening, and 31 December
// in the morning), and writes for each a full-page PNG and a text file: the
// document title, the visible text, the words in SVG drawings and the
// accessible names given by attributes (aria-label, title, alt, placeholder).
// `compare` lists each screen whose words differ, with the lines that
// differ, and each screen whose pixels differ, with how many and where; the
// region that differs, before above after, goes to AFTER_DIR/differences/.
// Run through .ci/screens.sh, which builds and serves the app.
import { readFileSync, writeFileSync, mkdirSync, readdirSync, existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

const [mode, a, b] = process.argv.slice(2);
if (!['capture', 'compare'].includes(mode) || !a || !b) {
  console.error('usage: screens.mjs capture BASE_URL OUT_DIR | screens.mjs compare BEFORE_DIR AFTER_DIR');
  process.exit(2);
}

const LANGS = ['ja', 'easy', 'en'];
const TIMES = {
  tue20: '2026-12-08T20:00:00+09:00',
  dec31: '2026-12-31T10:00:00+09:00',
};
const CATEGORIES = ['crisis', 'mental', 'money', 'work', 'family', 'parenting', 'school', 'violence', 'health', 'care', 'rights', 'lgbtq', 'legal', 'unsure'];

/** The pages: [file name, path, clock, what to do once open]. */
function pages() {
  const list = [
    ['home', ''],
    ['home-search', '', async (page) => page.getByRole('searchbox').fill('お金')],
    ['home-sticker', '?s=sample-006'],
    ['spots', 'spots/'],
    ['sticker', 'sticker/'],
    ['leaflet', 'leaflet/'],
    ['register', 'register/'],
    ['about', 'about/'],
    ['guide', 'guide/'],
    ['privacy', 'privacy/'],
    ['staff', 'staff/'],
    ['window-unknown', 'window/?id=no-such-window'],
  ];
  const out = [];
  for (const [name, path, act] of list) for (const time of Object.keys(TIMES)) out.push([`${name}.${time}`, path, time, act]);
  for (const c of CATEGORIES) out.push([`home-c-${c}.tue20`, `?c=${c}`, 'tue20']);
  // Every window's own page.
  for (const id of windowIds()) {
    out.push([`window-${id}.tue20`, `window/?id=${id}`, 'tue20']);
    out.push([`window-${id}.dec31`, `window/?id=${id}`, 'dec31']);
  }
  return out;
}

/** The ids in data/windows.toml. */
function windowIds() {
  const toml = readFileSync(new URL('../../../data/windows.toml', import.meta.url), 'utf8');
  return [...toml.matchAll(/^id = "([^"]+)"/gm)].map((m) => m[1]);
}

async function capture(base, dir) {
  mkdirSync(dir, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const list = pages();
  for (const lang of LANGS) {
    for (const [name, path, time, act] of list) {
      const context = await browser.newContext({
        viewport: { width: 360, height: 640 },
        deviceScaleFactor: 1,
        locale: 'ja-JP',
        timezoneId: 'Asia/Tokyo',
        serviceWorkers: 'block',
      });
      await context.addInitScript((l) => localStorage.setItem('tsunagaru.lang', l), lang);
      const page = await context.newPage();
      await page.clock.setFixedTime(new Date(TIMES[time]));
      try {
        await page.goto(base + path);
        await page.locator('main#main').waitFor({ timeout: 15_000 });
      } catch (e) {
        // A section this version does not have: say so, and go on.
        writeFileSync(`${dir}/${lang}.${name}.txt`, `(not opened: ${String(e).split('\n')[0]})\n`);
        await page.screenshot({ path: `${dir}/${lang}.${name}.png` });
        await context.close();
        continue;
      }
      if (act) await act(page);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const text = await page.evaluate(() => {
        const attrs = [];
        for (const el of document.querySelectorAll('[aria-label],[title],[alt],[placeholder]')) {
          for (const a of ['aria-label', 'title', 'alt', 'placeholder']) {
            const v = el.getAttribute(a);
            if (v) attrs.push(`${el.tagName.toLowerCase()}[${a}] ${v}`);
          }
        }
        const svg = [...document.querySelectorAll('svg text')].map((t) => t.textContent.trim()).filter(Boolean);
        return [
          `title: ${document.title}`,
          `lang: ${document.documentElement.lang}`,
          '--- text',
          document.body.innerText,
          '--- svg',
          ...svg,
          '--- attributes',
          ...attrs,
        ].join('\n');
      });
      writeFileSync(`${dir}/${lang}.${name}.txt`, text + '\n');
      await page.screenshot({ path: `${dir}/${lang}.${name}.png`, fullPage: true, animations: 'disabled' });
      await context.close();
    }
    console.log(`${lang}: ${list.length} screens`);
  }
  await browser.close();
}

/** The lines of `before` and `after` that differ (a plain LCS diff). */
function lineDiff(before, after) {
  const x = before.split('\n');
  const y = after.split('\n');
  const n = x.length;
  const m = y.length;
  const L = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) L[i][j] = x[i] === y[j] ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
  const out = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) { i++; j++; }
    else if (j < m && (i === n || L[i][j + 1] >= L[i + 1][j])) out.push(`+ ${y[j++]}`);
    else out.push(`- ${x[i++]}`);
  }
  return out;
}

async function compare(before, after) {
  const names = readdirSync(before).filter((f) => f.endsWith('.txt')).sort();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  let same = 0;
  let differ = 0;
  for (const file of names) {
    const stem = file.slice(0, -4);
    if (!existsSync(`${after}/${file}`)) { console.log(`\n## ${stem}: missing after`); differ++; continue; }
    const words = lineDiff(readFileSync(`${before}/${file}`, 'utf8'), readFileSync(`${after}/${file}`, 'utf8'));
    const [pa, pb] = [`${before}/${stem}.png`, `${after}/${stem}.png`].map((p) => readFileSync(p));
    let pixels = 'same pixels';
    if (!pa.equals(pb)) {
      const r = await page.evaluate(async ([da, db]) => {
        const load = async (d) => createImageBitmap(await (await fetch(`data:image/png;base64,${d}`)).blob());
        const [ia, ib] = await Promise.all([load(da), load(db)]);
        const w = Math.max(ia.width, ib.width);
        const h = Math.max(ia.height, ib.height);
        const read = (img) => {
          const c = new OffscreenCanvas(w, h);
          const g = c.getContext('2d');
          g.drawImage(img, 0, 0);
          return g.getImageData(0, 0, w, h).data;
        };
        const [x, y] = [read(ia), read(ib)];
        let n = 0;
        let box = null;
        for (let k = 0; k < x.length; k += 4) {
          if (x[k] === y[k] && x[k + 1] === y[k + 1] && x[k + 2] === y[k + 2]) continue;
          n++;
          const px = (k / 4) % w;
          const py = Math.floor(k / 4 / w);
          box = box ? [Math.min(box[0], px), Math.min(box[1], py), Math.max(box[2], px), Math.max(box[3], py)] : [px, py, px, py];
        }
        // Where they differ, before above after, with some room around.
        let crop = null;
        if (box) {
          const [x0, y0] = [0, Math.max(0, box[1] - 20)];
          const [cw, ch] = [w, Math.min(h, box[3] + 21) - y0];
          const c = new OffscreenCanvas(cw, ch * 2 + 4);
          const g = c.getContext('2d');
          g.fillStyle = '#f0f';
          g.fillRect(0, 0, cw, ch * 2 + 4);
          g.drawImage(ia, x0, y0, cw, ch, 0, 0, cw, ch);
          g.drawImage(ib, x0, y0, cw, ch, 0, ch + 4, cw, ch);
          const blob = await c.convertToBlob({ type: 'image/png' });
          crop = await new Promise((done) => {
            const reader = new FileReader();
            reader.onload = () => done(String(reader.result).split(',')[1]);
            reader.readAsDataURL(blob);
          });
        }
        return { n, box, crop, before: `${ia.width}×${ia.height}`, after: `${ib.width}×${ib.height}` };
      }, [pa.toString('base64'), pb.toString('base64')]);
      if (r.crop) {
        mkdirSync(`${after}/differences`, { recursive: true });
        writeFileSync(`${after}/differences/${stem}.png`, Buffer.from(r.crop, 'base64'));
      }
      pixels = r.n === 0 ? 'same pixels' : `${r.n} pixels differ in x ${r.box[0]}–${r.box[2]}, y ${r.box[1]}–${r.box[3]} (${r.before} → ${r.after}; before above after in differences/${stem}.png)`;
    }
    if (words.length === 0 && pixels === 'same pixels') { same++; continue; }
    differ++;
    console.log(`\n## ${stem}: ${words.length ? `${words.length} lines of words differ` : 'same words'}; ${pixels}`);
    for (const l of words.slice(0, 40)) console.log(l);
    if (words.length > 40) console.log(`… ${words.length - 40} more`);
  }
  await browser.close();
  console.log(`\n${same} screens the same, ${differ} differ (of ${names.length})`);
}

if (mode === 'capture') await capture(a.endsWith('/') ? a : `${a}/`, b);
else await compare(a, b);
