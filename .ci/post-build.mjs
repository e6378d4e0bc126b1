// Trunk post_build hook: derives deploy files from the build output.
//
// The release is two trunk builds of the same app (see .ci/build.sh):
// - TSUNAGARU_BUNDLE=full: every page (the sections for spots), built first
//   into target/dist-full;
// - TSUNAGARU_BUNDLE=light: home and the window pages, what a first visit
//   downloads. Its hook merges both builds into dist/.
//
// - The scripts, minified (wasm-bindgen's glue ships with its comments and
//   long names), with their integrity hashes in the page brought up to date.
// - The static first screen: the header and the crisis lines, generated from
//   data/windows.toml by data/build.rs, go into index.html so they are
//   readable before the WASM arrives and with JavaScript off (and, kept by
//   the app, are the first paint that stays; src/first_screen.rs).
// - The Content-Security-Policy: a <meta> in every page, allowing its inline
//   start-up script by hash and nothing from any other origin.
// - The service worker (src/sw.js) with the release's version and the list
//   of every file of dist/, so it can precache the whole app.
// - Route copies: every section is a folder with its own index.html whose
//   <base href="../"> points back at the app root, so a static server with no
//   rewrite rules answers a direct visit or reload of any section URL. Each
//   folder gets the page of the build that serves it. The list must match
//   Route::ALL and Route::bundle in src/rules/route.rs (tests/routes.rs).
import { readFileSync, writeFileSync, mkdirSync, readdirSync, copyFileSync, existsSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative, sep } from 'node:path';
import { createRequire } from 'node:module';

export const ROUTE_FOLDERS = [['window', 'light'], ['spots', 'full'], ['sticker', 'full'], ['leaflet', 'full'], ['register', 'full'], ['about', 'full'], ['privacy', 'full'], ['guide', 'full'], ['staff', 'full']];
export const FULL_DIST = join('target', 'dist-full');

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}
const bundle = process.env.TSUNAGARU_BUNDLE;
if (bundle !== 'light' && bundle !== 'full') {
  console.error('post-build: TSUNAGARU_BUNDLE must be light or full; build with: bash .ci/build.sh');
  process.exit(1);
}

const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');

// The minifier is one of the pinned npm tools (tests/e2e/package-lock.json),
// installed by .ci/setup.sh with wasm-opt.
const { minify } = createRequire(join(source, 'tests', 'e2e', 'package.json'))('terser');
const minified = async (code, module = true) => (await minify(code, { module, toplevel: true, compress: true, mangle: true })).code;
for (const name of readdirSync(staging).filter((n) => n.endsWith('.js'))) {
  const path = join(staging, name);
  const code = await minified(readFileSync(path, 'utf8'));
  writeFileSync(path, code);
  const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
  const link = new RegExp(`(<link\\b[^>]*\\bhref="?(?:\\./)?${name.replace(/[.]/g, '\\.')}"?[^>]*\\bintegrity=)"?[^\\s">]+"?`);
  const linkBefore = new RegExp(`(<link\\b[^>]*\\bintegrity=)"?[^\\s">]+"?([^>]*\\bhref="?(?:\\./)?${name.replace(/[.]/g, '\\.')}"?)`);
  if (link.test(html)) html = html.replace(link, `$1"${integrity}"`);
  else if (linkBefore.test(html)) html = html.replace(linkBefore, `$1"${integrity}"$2`);
  else if (html.includes(name)) {
    console.error(`post-build: index.html names ${name} without an integrity attribute to update`);
    process.exit(1);
  }
}

// In place of the slot, directly in <body>: the app keeps this <main> on
// the home page in Japanese (src/first_screen.rs).
const boot = readFileSync(join(source, 'target', 'generated', 'boot.html'), 'utf8');
const bootSlot = /<div[^>]*\bid="?boot"?[^>]*><\/div>/;
if (!bootSlot.test(html)) {
  console.error('post-build: index.html has no <div id="boot"></div> slot');
  process.exit(1);
}
html = html.replace(bootSlot, () => boot);

// The app's WASM is fetched after the static first screen has painted: no
// preload of it in <head>, and trunk's loader waits two frames (the first
// paint is then on screen) before it starts the app. The first screen
// (crisis lines and 119, working links) needs no script; a WASM download
// racing with its first paint made that paint count as late (Lighthouse's
// LCP at 1.8–2.1 s instead of the FCP's 0.8–0.9 s), in Japanese and in
// English.
const wasmPreload = /<link\b[^>]*\brel="?preload"?[^>]*_bg\.wasm[^>]*>|<link\b[^>]*_bg\.wasm[^>]*\brel="?preload"?[^>]*>/;
if (!wasmPreload.test(html)) {
  console.error('post-build: index.html has no preload of the WASM to take out');
  process.exit(1);
}
html = html.replace(wasmPreload, '');
const start = 'const wasm = await init(';
if (!html.includes(start)) {
  console.error(`post-build: trunk's loader has no \`${start}\` to wait before`);
  process.exit(1);
}
html = html.replace(start, `await new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(painted))));\n${start}`);
html = withCsp(html);
writeFileSync(indexPath, html);

/** The page with a strict CSP meta tag that allows its inline scripts by hash. */
function withCsp(page) {
  const hashes = [...page.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .filter((m) => m[1].trim() !== '')
    .map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self' mailto:",
  ].join('; ');
  const charset = /<meta charset="?utf-8"?\s*\/?>/i;
  if (!charset.test(page)) {
    console.error('post-build: index.html has no <meta charset="utf-8">');
    process.exit(1);
  }
  return page.replace(charset, (m) => `${m}<meta http-equiv="Content-Security-Policy" content="${policy}">`);
}

const baseTag = /<base href="?\.\/"?\s*\/?>/;
if (!baseTag.test(html)) {
  console.error('post-build: index.html has no <base href="./"> (check Trunk.toml public_url)');
  process.exit(1);
}
if (bundle === 'full') {
  console.log('post-build: full build ready for the light build to merge');
  process.exit(0);
}

// The light build's pages (a first visit) load main.css only: the other
// styles of index.html belong to the sections of the full build, whose
// pages keep every style.
const sectionStyle = /<link\b(?=[^>]*\brel="?stylesheet"?)(?![^>]*\bhref="?(?:\.\/)?main-[0-9a-f]+\.css)[^>]*>/g;
const sectionStyles = html.match(sectionStyle) ?? [];
if (sectionStyles.length === 0 || !/\bhref="?(?:\.\/)?main-[0-9a-f]+\.css/.test(html)) {
  console.error('post-build: index.html should link main.css and the sections\' styles');
  process.exit(1);
}
html = html.replace(sectionStyle, '');
writeFileSync(indexPath, html);

// Merge the full build: its hashed script and WASM (styles and public files
// are the same in both builds, with the same hashed names).
const fullDir = join(source, FULL_DIST);
const fullIndex = join(fullDir, 'index.html');
if (!existsSync(fullIndex)) {
  console.error(`post-build: ${FULL_DIST}/index.html is missing; build with: bash .ci/build.sh`);
  process.exit(1);
}
const fullHtml = readFileSync(fullIndex, 'utf8');
let merged = 0;
const mergeDir = (from, to) => {
  for (const name of readdirSync(from)) {
    const src = join(from, name);
    const dst = join(to, name);
    if (statSync(src).isDirectory()) {
      if (ROUTE_FOLDERS.some(([f]) => f === name)) continue;
      mkdirSync(dst, { recursive: true });
      mergeDir(src, dst);
    } else if (!existsSync(dst)) {
      copyFileSync(src, dst);
      merged += 1;
    }
  }
};
mergeDir(fullDir, staging);

for (const [folder, servedBy] of ROUTE_FOLDERS) {
  const page = servedBy === 'light' ? html : fullHtml;
  mkdirSync(join(staging, folder), { recursive: true });
  writeFileSync(join(staging, folder, 'index.html'), page.replace(baseTag, '<base href="../">'));
}

// The service worker: every file of the release (a folder's index.html as
// the folder URL, which is what pages are requested as), and a version that
// changes whenever any file does.
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(relative(staging, path).split(sep).join('/'));
  }
};
walk(staging);
const release = createHash('sha256');
const precache = [];
for (const file of files.filter((f) => f !== 'sw.js')) {
  release.update(file).update(readFileSync(join(staging, file)));
  precache.push(file === 'index.html' ? './' : file.replace(/(^|\/)index\.html$/, '$1'));
}
const version = release.digest('hex').slice(0, 16);
const template = readFileSync(join(source, 'src', 'sw.js'), 'utf8');
if (!template.includes("'__VERSION__'") || !template.includes('__FILES__')) {
  console.error('post-build: src/sw.js lacks the __VERSION__ or __FILES__ placeholder');
  process.exit(1);
}
// Shipped minified (its comments explain the source, not the release).
const worker = template
  .replace("'__VERSION__'", `'${version}'`)
  .replace('__FILES__', JSON.stringify(precache));
writeFileSync(join(staging, 'sw.js'), await minified(worker, false));
console.log(`post-build: ${merged} files of the full build merged, ${ROUTE_FOLDERS.length} route folders written, service worker ${version} precaches ${precache.length} files`);
