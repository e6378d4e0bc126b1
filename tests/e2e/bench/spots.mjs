// Benchmark (not a test) of the 協力スポット page with a large directory,
// in Debian's Chromium: the first render of the list and the map after
// opening the page from the menu, the work per keystroke of the search,
// a kind change, and 「近い順」. Prints figures in milliseconds.
//
//   node tests/e2e/bench/spots.mjs http://127.0.0.1:4176/tsunagaru/
//
// Run through .ci/bench-spots.sh, which builds the app with 10,000 spots.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';


const base = process.argv[2];
if (!base) {
  console.error('usage: node tests/e2e/bench/spots.mjs BASE_URL');
  process.exit(2);
}
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const TYPED = ['さんぷる', 'ｻﾝﾌﾟﾙ', 'やっきょく', 'びようしつ 12', 'こうみんかん'];

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return { n: s.length, mean, median: s[Math.floor(s.length / 2)], p95: s[Math.floor(s.length * 0.95)], max: s[s.length - 1] };
};
const line = (label, xs) => {
  const { n, mean, median, p95, max } = stats(xs);
  const f = (v) => v.toFixed(1).padStart(6);
  console.log(`${label.padEnd(44)} n=${String(n).padStart(3)}  mean ${f(mean)}  median ${f(median)}  p95 ${f(p95)}  max ${f(max)}`);
};

// Installed in the page: waits until the app's reactive work has run (it
// runs in microtasks, so one macrotask later it is done), then times the
// style and layout the browser needs, then the next painted frame.
const HELPERS = () => {
  window.__bench = {
    macrotask: () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); }),
    async settle(t0) {
      await this.macrotask();
      const script = performance.now() - t0;
      document.body.getBoundingClientRect();
      void document.body.offsetHeight;
      const layout = performance.now() - t0;
      await new Promise((r) => requestAnimationFrame(() => this.macrotask().then(r)));
      const frame = performance.now() - t0;
      return { script, layout, frame };
    },
  };
};

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const [name, viewport] of [['phone 360x640', { width: 360, height: 640 }], ['desktop 1280x800', { width: 1280, height: 800 }]]) {
  console.log(`\n== ${name}`);
  const open = { script: [], layout: [], frame: [] };
  const keys = { script: [], layout: [], frame: [] };
  const kind = { script: [], layout: [], frame: [] };
  const near = [];
  const cold = [];
  let spots = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const context = await browser.newContext({
      viewport, locale: 'ja-JP', timezoneId: 'Asia/Tokyo',
      geolocation: { latitude: 34.8581, longitude: 134.5456 }, permissions: ['geolocation'],
    });
    const page = await context.newPage();
    await page.addInitScript(HELPERS);

    // Cold: load spots/ directly (WASM download and start included).
    await page.goto(base + 'spots/');
    await page.waitForSelector('.spot-card');
    cold.push(await page.evaluate(() => performance.now()));

    // First render from the menu: home first, then 協力スポット.
    await page.goto(base);
    await page.waitForSelector('main#main');
    const first = await page.evaluate(async () => {
      const t0 = performance.now();
      document.querySelector('nav a[href="spots/"]').click();
      const t = await window.__bench.settle(t0);
      t.ok = document.querySelectorAll('.spot-card').length > 0
        && (document.querySelector('.spot-map__pins')?.getAttribute('d') ?? '').length > 0;
      t.spots = document.querySelector('.result-count')?.textContent;
      t.cards = document.querySelectorAll('.spot-card').length;
      return t;
    });
    if (!first.ok) throw new Error('the list or the map did not render');
    spots = first.spots;
    for (const k of Object.keys(open)) open[k].push(first[k]);

    // Typing: one keystroke at a time, the way an input event arrives.
    for (const word of TYPED) {
      const chars = [...word];
      for (let n = 1; n <= chars.length; n++) {
        const t = await page.evaluate(async (value) => {
          const input = document.getElementById('spot-search');
          const t0 = performance.now();
          input.value = value;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          return window.__bench.settle(t0);
        }, chars.slice(0, n).join(''));
        for (const k of Object.keys(keys)) keys[k].push(t[k]);
      }
      await page.evaluate(async () => {
        const input = document.getElementById('spot-search');
        input.value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await window.__bench.settle(performance.now());
      });
    }

    // A kind, then back to every kind.
    for (const value of ['shop', 'medical', '']) {
      const t = await page.evaluate(async (v) => {
        const select = document.getElementById('spot-kind');
        const t0 = performance.now();
        select.value = v;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        return window.__bench.settle(t0);
      }, value);
      for (const k of Object.keys(kind)) kind[k].push(t[k]);
    }

    // 近い順 (the position is mocked; the browser answers at once).
    near.push(await page.evaluate(async () => {
      const t0 = performance.now();
      [...document.querySelectorAll('button')].find((b) => b.textContent.includes('近い順に並べる')).click();
      while (!document.getElementById('nearest-title')) await window.__bench.macrotask();
      return (await window.__bench.settle(t0)).frame;
    }));
    await context.close();
  }
  console.log(`directory: ${spots}; ${ROUNDS} rounds`);
  line('first render, list + map: script', open.script);
  line('first render, list + map: + style/layout', open.layout);
  line('first render, list + map: next frame', open.frame);
  line('keystroke (search): script', keys.script);
  line('keystroke (search): + style/layout', keys.layout);
  line('keystroke (search): next frame', keys.frame);
  line('kind change: + style/layout', kind.layout);
  line('近い順 (mocked position): next frame', near);
  line('cold load of spots/ (incl. WASM start)', cold);
}
await browser.close();
