// The service worker: keeps every file of one release on the device, so the
// app opens with no network at all after the first visit, and switches to a
// new release only when the person agrees (「新しい版があります・更新」).
//
// Plain JavaScript on purpose: a WASM worker cannot start offline. The build
// (.ci/post-build.mjs) writes the release's version and file list into the
// two constants below; nothing here is kept by hand.
//
// - install: caches every file of the release. Content-hashed files may come
//   from the HTTP cache (the page has just loaded some of them); the others
//   are fetched fresh.
// - activate (the first time, or when the page asks after the person agreed):
//   deletes the caches of older releases and takes over open tabs, which
//   reload so that no tab runs a mix of old and new files.
// - fetch: same-origin GET requests only. Files come from this release's
//   cache; pages (every section folder, with any query such as ?s=<id>)
//   come from the cache too, so deep links open offline.
const VERSION = '__VERSION__';
const FILES = __FILES__;
// The same as CACHE_PREFIX in src/domain/storage.rs (tests/storage.rs).
const PREFIX = 'tsunagaru-';
const CACHE = `${PREFIX}${VERSION}`;
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        cache.addAll(
          FILES.map((file) => new Request(file, { cache: HASHED.test(file) ? 'default' : 'reload' })),
        ),
      ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(PREFIX) && name !== CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skipWaiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(url, request));
    return;
  }
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true }))
      .then((hit) => hit || fetch(request)),
  );
});

// A page of the app: the cached folder page for the path, whatever the query.
async function page(url, request) {
  const scope = new URL(self.registration.scope);
  if (!url.pathname.startsWith(scope.pathname)) return fetch(request);
  const rel = url.pathname.slice(scope.pathname.length).replace(/index\.html$/, '');
  if (rel !== '' && !rel.endsWith('/') && FILES.includes(`${rel}/`)) {
    return Response.redirect(`${url.pathname}/${url.search}`, 301);
  }
  const cache = await caches.open(CACHE);
  const hit = await cache.match(new URL(rel, scope).href);
  if (hit) return hit;
  try {
    return await fetch(request);
  } catch {
    // Offline and not a page of the app: its home, which is.
    return Response.redirect(scope.href, 302);
  }
}
