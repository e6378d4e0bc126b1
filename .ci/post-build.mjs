// Trunk post_build hook: derives deploy files from the build output.
//
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

const indexPath = join(staging, 'index.html');
const html = readFileSync(indexPath, 'utf8');

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
