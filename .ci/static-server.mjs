// A plain static file server with no rewrite rules, as the app will have in
// production: a folder answers with its index.html, anything else that is not
// a file is a 404. Serves DIR under a URL prefix (default /tsunagaru/).
// Text and WASM are sent brotli- or gzip-compressed when the browser accepts
// it, as any production host does (compressed once per file version).
//
//   node .ci/static-server.mjs [--port 8080] [--prefix /tsunagaru/] [--host 127.0.0.1] DIR
import { createServer } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzip9 = promisify(gzip);

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const port = Number(opt('--port', '8080'));
const host = opt('--host', '127.0.0.1');
let prefix = opt('--prefix', '/tsunagaru/');
if (!prefix.endsWith('/')) prefix += '/';
const root = resolve(args[0] ?? 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const COMPRESSIBLE = /^(text\/|application\/(wasm|json|manifest\+json)|image\/svg)/;
// The compressed bodies, as promises: a request that comes while a file is
// being compressed waits for that same work. Compression runs off the main
// thread, so other files are served meanwhile.
const cache = new Map();
function compressed(path, mtime, body, encoding) {
  const key = `${encoding} ${path} ${mtime}`;
  if (!cache.has(key)) cache.set(key, encoding === 'br' ? brotli(body) : gzip9(body, { level: 9 }));
  return cache.get(key);
}

async function fileFor(urlPath) {
  if (!urlPath.startsWith(prefix)) {
    return urlPath === prefix.slice(0, -1) ? { redirect: prefix } : null;
  }
  let rel;
  try {
    rel = decodeURIComponent(urlPath.slice(prefix.length));
  } catch {
    return null;
  }
  const full = normalize(join(root, rel));
  if (full !== root && !full.startsWith(root + sep)) return null;
  try {
    const info = await stat(full);
    if (info.isDirectory()) {
      if (!urlPath.endsWith('/')) return { redirect: urlPath + '/' };
      const index = join(full, 'index.html');
      await stat(index);
      return { path: index };
    }
    return { path: full };
  } catch {
    return null;
  }
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, `http://${req.headers.host ?? 'localhost'}`);
  const found = await fileFor(url.pathname);
  if (found?.redirect) {
    res.writeHead(301, { Location: found.redirect + url.search });
    res.end();
    return;
  }
  if (!found) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('404 Not Found');
    return;
  }
  const info = await stat(found.path);
  const body = await readFile(found.path);
  const type = TYPES[extname(found.path)] ?? 'application/octet-stream';
  const accepts = String(req.headers['accept-encoding'] ?? '');
  const encoding = !COMPRESSIBLE.test(type) ? null : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
  const payload = encoding ? await compressed(found.path, info.mtimeMs, body, encoding) : body;
  res.writeHead(200, {
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
    Vary: 'Accept-Encoding',
    'Content-Type': type,
    // Only content-hashed files may be cached for good.
    'Cache-Control': /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/.test(found.path) ? 'max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : payload);
});

// Every file starts being compressed as the server starts, so the first
// page a test opens does not wait for the whole of a large WASM file's
// compression.
async function warm(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await warm(path);
    else if (COMPRESSIBLE.test(TYPES[extname(path)] ?? '')) {
      compressed(path, (await stat(path)).mtimeMs, await readFile(path), 'br');
    }
  }
}
server.listen(port, host, () => {
  console.log(`serving ${root} at http://${host}:${port}${prefix}`);
});
// A file replaced meanwhile (a new deploy) is compressed on request instead.
warm(root).catch(() => {});
