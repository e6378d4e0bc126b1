// App icon generator: rasterises the icon sources of public/icons/ (icon.svg
// for purpose "any", icon-maskable.svg for "maskable") in headless Chromium,
// reduces each image to an indexed-colour PNG of at most 256 colours and
// writes the PNGs next to the sources. Checks that the maskable icon draws
// nothing outside its central 80% circle and that the apple-touch-icon has
// no transparency. Run it again whenever a source SVG changes, and commit
// the PNGs (the build copies public/ as is).
//
//   node .ci/icons.mjs        (after bash .ci/setup.sh test)
//
// CHROMIUM_PATH picks another Chromium (default /usr/bin/chromium).
import { createRequire } from 'node:module';
import { readFile, writeFile } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const iconDir = join(root, 'public', 'icons');

// What to make: source, output, side in pixels, and the checks it must pass.
const ICONS = [
  { src: 'icon.svg', out: 'icon-192.png', size: 192 },
  { src: 'icon.svg', out: 'icon-512.png', size: 512 },
  { src: 'icon-maskable.svg', out: 'icon-maskable-512.png', size: 512, opaque: true, safeZone: true },
  { src: 'icon-maskable.svg', out: 'apple-touch-icon.png', size: 180, opaque: true },
];
const MAX_COLOURS = 256;


let chromium;
try {
  const require = createRequire(join(root, 'tests', 'e2e', 'package.json'));
  ({ chromium } = require('@playwright/test'));
} catch {
  console.error('Playwright is missing: run bash .ci/setup.sh test');
  process.exit(1);
}

// ---------------------------------------------------------------------------
// Rasterising: the SVG is drawn at the exact size on a canvas and read back
// as straight (not premultiplied) RGBA.

async function rasterise(page, svg, size) {
  const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
  const base64 = await page.evaluate(
    async ({ sized, size }) => {
      const img = new Image();
      img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(sized);
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(img, 0, 0, size, size);
      const bytes = ctx.getImageData(0, 0, size, size).data;
      let text = '';
      for (let i = 0; i < bytes.length; i += 0x8000) {
        text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      }
      return btoa(text);
    },
    { sized, size },
  );
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

// ---------------------------------------------------------------------------
// Colour reduction. Flat artwork has a few solid colours and the blends that
// antialiasing makes at their edges. Every colour that covers a visible area
// keeps its exact value; the edge blends share the remaining palette entries,
// chosen by median cut.

function reduceColours(rgba, maxColours) {
  const counts = new Map();
  for (let i = 0; i < rgba.length; i += 4) {
    const key = ((rgba[i] << 24) | (rgba[i + 1] << 16) | (rgba[i + 2] << 8) | rgba[i + 3]) >>> 0;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const colours = [...counts].map(([key, count]) => ({
    c: [key >>> 24, (key >>> 16) & 255, (key >>> 8) & 255, key & 255],
    key,
    count,
  }));
  let palette;
  if (colours.length <= maxColours) {
    palette = colours.map((e) => e.c);
  } else {
    const pixels = rgba.length / 4;
    colours.sort((a, b) => b.count - a.count);
    const solid = colours.filter((e) => e.count >= pixels / 2000).slice(0, maxColours / 4);
    const rest = colours.slice(solid.length);
    palette = [...solid.map((e) => e.c), ...medianCut(rest, maxColours - solid.length)];
  }
  // Transparent entries first, so the tRNS chunk stays short.
  palette.sort((a, b) => a[3] - b[3]);
  const indexOf = new Map();
  for (const e of colours) indexOf.set(e.key, nearest(palette, e.c));
  const indices = new Uint8Array(rgba.length / 4);
  for (let i = 0, p = 0; i < rgba.length; i += 4, p++) {
    const key = ((rgba[i] << 24) | (rgba[i + 1] << 16) | (rgba[i + 2] << 8) | rgba[i + 3]) >>> 0;
    indices[p] = indexOf.get(key);
  }
  return { palette, indices };
}

function medianCut(colours, boxes) {
  const spread = (box) => {
    let best = { channel: 0, range: -1 };
    for (let ch = 0; ch < 4; ch++) {
      let lo = 255;
      let hi = 0;
      for (const e of box) {
        lo = Math.min(lo, e.c[ch]);
        hi = Math.max(hi, e.c[ch]);
      }
      if (hi - lo > best.range) best = { channel: ch, range: hi - lo };
    }
    return best;
  };
  const queue = [colours];
  while (queue.length < boxes) {
    // Split the box whose widest channel, weighted by its pixels, is widest.
    let pick = -1;
    let score = 0;
    for (let i = 0; i < queue.length; i++) {
      if (queue[i].length < 2) continue;
      const pixels = queue[i].reduce((sum, e) => sum + e.count, 0);
      const s = spread(queue[i]).range * Math.sqrt(pixels);
      if (s > score) {
        score = s;
        pick = i;
      }
    }
    if (pick < 0) break;
    const box = queue[pick];
    const { channel } = spread(box);
    box.sort((a, b) => a.c[channel] - b.c[channel]);
    const half = box.reduce((sum, e) => sum + e.count, 0) / 2;
    let cut = 0;
    for (let acc = 0; cut < box.length - 1 && acc + box[cut].count <= half; cut++) acc += box[cut].count;
    cut = Math.min(Math.max(cut, 1), box.length - 1);
    queue.splice(pick, 1, box.slice(0, cut), box.slice(cut));
  }
  return queue
    .filter((box) => box.length > 0)
    .map((box) => {
      const sum = [0, 0, 0, 0];
      let n = 0;
      for (const e of box) {
        for (let ch = 0; ch < 4; ch++) sum[ch] += e.c[ch] * e.count;
        n += e.count;
      }
      return sum.map((v) => Math.round(v / n));
    });
}

function nearest(palette, c) {
  let best = 0;
  let bestDistance = Infinity;
  for (let i = 0; i < palette.length; i++) {
    const p = palette[i];
    const d = (p[0] - c[0]) ** 2 + (p[1] - c[1]) ** 2 + (p[2] - c[2]) ** 2 + 2 * (p[3] - c[3]) ** 2;
    if (d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------
// PNG writing: colour type 3 (indexed), 8 bits, filter 0 on every row (the
// best filter for palette images), maximum zlib compression.

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, { palette, indices }) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 3; // indexed colour
  const plte = Buffer.from(palette.flatMap((c) => c.slice(0, 3)));
  const alphas = palette.map((c) => c[3]);
  const lastTranslucent = alphas.findLastIndex((a) => a < 255);
  const rows = Buffer.alloc(size * (size + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size + 1)] = 0;
    rows.set(indices.subarray(y * size, (y + 1) * size), y * (size + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', plte),
    ...(lastTranslucent >= 0 ? [chunk('tRNS', Buffer.from(alphas.slice(0, lastTranslucent + 1)))] : []),
    chunk('IDAT', deflateSync(rows, { level: 9, memLevel: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------
// Checks.

function checkOpaque(name, rgba) {
  for (let i = 3; i < rgba.length; i += 4) {
    if (rgba[i] !== 255) throw new Error(`${name}: transparent pixels; it must be opaque`);
  }
}

// The maskable icon may be cut to a circle of 80% of its side: outside that
// circle only the background colour (the corner pixel's) may appear.
function checkSafeZone(name, rgba, size) {
  const bg = rgba.subarray(0, 4);
  const centre = size / 2;
  const radius = size * 0.4;
  let worst = 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const same = [0, 1, 2, 3].every((ch) => Math.abs(rgba[i + ch] - bg[ch]) <= 2);
      if (!same) worst = Math.max(worst, Math.hypot(x + 0.5 - centre, y + 0.5 - centre));
    }
  }
  if (worst > radius) {
    throw new Error(`${name}: drawing reaches ${worst.toFixed(1)} px from the centre, beyond the safe zone (${radius} px)`);
  }
  return worst;
}

// ---------------------------------------------------------------------------

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage();
  await page.setContent('<!DOCTYPE html><title>icons</title>');
  for (const icon of ICONS) {
    const svg = await readFile(join(iconDir, icon.src), 'utf8');
    const rgba = await rasterise(page, svg, icon.size);
    if (icon.opaque) checkOpaque(icon.out, rgba);
    let note = '';
    if (icon.safeZone) {
      const reach = checkSafeZone(icon.out, rgba, icon.size);
      note = `, drawing within ${((reach / icon.size) * 200).toFixed(1)}% circle`;
    }
    const reduced = reduceColours(rgba, MAX_COLOURS);
    const png = encodePng(icon.size, reduced);
    await writeFile(join(iconDir, icon.out), png);
    console.log(
      `${icon.out.padEnd(24)} ${String(icon.size).padStart(3)} px  ${String(reduced.palette.length).padStart(3)} colours  ${String(png.length).padStart(6)} bytes${note}`,
    );
  }
} finally {
  await browser.close();
}
