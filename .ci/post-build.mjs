// Trunk post_build hook: derives deploy files from the build output.
//
// - The static first screen: the header and the crisis lines, generated from
//   data/windows.toml by data/build.rs, go into index.html so they are
//   readable before the WASM arrives and with JavaScript off.
// - Route copies: every section is a folder with its own index.html whose
//   <base href="../"> points back at the app root, so a static server with no
//   rewrite rules answers a direct visit or reload of any section URL.
//   The folder list must match Route::ALL in src/domain/route.rs
//   (checked by tests/routes.rs).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const ROUTE_FOLDERS = ['window', 'spots', 'sticker', 'register', 'about'];

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}

const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');

const boot = readFileSync(join(source, 'target', 'generated', 'boot.html'), 'utf8');
const bootSlot = /<div[^>]*\bid="?boot"?[^>]*><\/div>/;
if (!bootSlot.test(html)) {
  console.error('post-build: index.html has no <div id="boot"></div> slot');
  process.exit(1);
}
html = html.replace(bootSlot, `<div id="boot">${boot}</div>`);
writeFileSync(indexPath, html);

const baseTag = /<base href="?\.\/"?\s*\/?>/;
if (!baseTag.test(html)) {
  console.error('post-build: index.html has no <base href="./"> (check Trunk.toml public_url)');
  process.exit(1);
}

for (const folder of ROUTE_FOLDERS) {
  mkdirSync(join(staging, folder), { recursive: true });
  writeFileSync(join(staging, folder, 'index.html'), html.replace(baseTag, '<base href="../">'));
}
console.log(`post-build: ${ROUTE_FOLDERS.length} route folders written`);
