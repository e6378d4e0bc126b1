// Benchmark (not a test) of the staff page checking a large directory file
// in Debian's Chromium: from the file chosen to the problems, the list and
// the map on screen (reading the file, decoding, the build's checks, the
// preview). Prints figures in milliseconds.
//
//   node tests/e2e/bench/staff.mjs http://127.0.0.1:4176/tsunagaru/ FILE.csv [FILE.cp932.csv]
//
// Run through .ci/bench-spots.sh, which generates 10,000 spots and serves
// the files from the app's folder.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

const [base, ...files] = process.argv.slice(2);
if (!base || files.length === 0) {
  console.error('usage: node tests/e2e/bench/staff.mjs BASE_URL FILE.csv [MORE.csv …] (file names below BASE_URL)');
  process.exit(2);
}
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

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

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const [name, viewport] of [['phone 360x640', { width: 360, height: 640 }], ['desktop 1280x800', { width: 1280, height: 800 }]]) {
  console.log(`\n== ${name}`);
  for (const file of files) {
    const done = { script: [], layout: [], frame: [] };
    let summary = '';
    for (let round = 0; round < ROUNDS; round++) {
      const context = await browser.newContext({ viewport, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
      const page = await context.newPage();
      await page.goto(base + 'staff/');
      await page.waitForSelector('#staff-directory-file');
      const t = await page.evaluate(async (url) => {
        const bytes = await (await fetch(url)).arrayBuffer();
        const input = document.getElementById('staff-directory-file');
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], url.split('/').pop(), { type: 'text/csv' }));
        const result = () => document.querySelector('.staff-result')?.textContent ?? '';
        const macrotask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
        const t0 = performance.now();
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
        // The file is read asynchronously; the check and the render follow.
        while (!result().includes('」：')) await macrotask();
        const script = performance.now() - t0;
        document.body.getBoundingClientRect();
        void document.body.offsetHeight;
        const layout = performance.now() - t0;
        await new Promise((r) => requestAnimationFrame(() => macrotask().then(r)));
        const frame = performance.now() - t0;
        const ok = document.querySelectorAll('.spot-card').length > 0
          && (document.querySelector('.spot-map__pins')?.getAttribute('d') ?? '').length > 0;
        return { script, layout, frame, ok, summary: result() };
      }, new URL(file, base).href);
      if (!t.ok) throw new Error(`the preview did not render: ${t.summary}`);
      summary = t.summary;
      for (const k of Object.keys(done)) done[k].push(t[k]);
      await context.close();
    }
    console.log(`${file}: ${summary.trim()}; ${ROUNDS} rounds`);
    line('check and show the file: script', done.script);
    line('check and show the file: + style/layout', done.layout);
    line('check and show the file: next frame', done.frame);
  }
}
await browser.close();
