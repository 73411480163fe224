// Stadtteilnetz service worker, written by scripts/post-build.mjs for each
// release build. Do not edit dist/sw.js; edit scripts/sw-template.js.
//
// - Precaches every file of this build under a cache named for the
//   bundle's content hash; the drawn pages from one file, seiten.json.
// - Answers each navigation with its own page as the build drew it (cached
//   under its address: "/", /netzwerk/x, …; pages in other languages,
//   /en/netzwerk/x, once visited, and offline before that the German one,
//   which holds its first paint for the app), so every page opens offline;
//   an address with no page goes to the network, and offline gets the
//   not-found page (404.html) with status 404.
// - Handles same-origin GET requests only; everything else goes to the network.
// - Leaves /redaktion/ alone: the Redaktion has a worker of its own there.
// - A new version waits until the page asks it to take over ("Jetzt laden"),
//   so a page never mixes files of two versions; old caches are deleted only
//   once the new version is active.
const VERSION = '__VERSION__';
const CACHE = `stadtteilnetz-${VERSION}`;
const FILES = __FILES__;
// The prefix of a page in another language (/en/netzwerk/x, /en/).
const LANGUAGE = /^\/(en|uk|ar|ls)(?=\/|$)/;

// The page has just downloaded most of these files: the browser's HTTP cache
// serves the hashed ones (immutable) and revalidates the rest (no-cache), so
// a first visit does not download the bundle twice.
// The drawn pages come in one file (seiten.json: address → page), which is
// unpacked into the cache, each page under its address.
self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(FILES);
      const response = await fetch(`/seiten.json?v=${VERSION}`);
      if (!response.ok) throw new Error(`seiten.json: ${response.status}`);
      const pages = await response.json();
      await Promise.all(
        Object.entries(pages).map(([address, html]) =>
          cache.put(address, new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } })),
        ),
      );
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith('stadtteilnetz-') && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/redaktion')) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      (async () => {
        const cache = await caches.open(CACHE);
        const hit = (await cache.match(url.pathname)) || (await cache.match(url.pathname.replace(/(.)\/+$/, '$1')));
        if (hit) return hit;
        // A page in another language: kept once visited.
        const language = url.pathname.match(LANGUAGE);
        try {
          const response = await fetch(request);
          if (language && response.ok) await cache.put(url.pathname, response.clone());
          return response;
        } catch (offline) {
          if (language) {
            // Not visited yet: the German page, whose first script holds the
            // first paint until the app has drawn it in the visitor's language.
            const german = await cache.match(url.pathname.replace(LANGUAGE, '') || '/');
            if (german) return german;
          }
          const page = (language && (await cache.match(`/${language[1]}/404.html`))) || (await cache.match('/404.html'));
          if (!page) throw offline;
          return new Response(page.body, { status: 404, headers: page.headers });
        }
      })(),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request)).then((hit) => hit || fetch(request)),
  );
});
