// The Redaktion's service worker (scope /redaktion/), written by
// scripts/post-build.mjs for each release build. Do not edit
// dist/redaktion/sw.js; edit scripts/sw-redaktion-template.js.
//
// - Precaches the editor's files, so that it opens offline after its first
//   visit; answers its navigations with its cached page.
// - A new version takes over at once: drafts live in the browser's storage,
//   not in the page, so nothing is lost when the editor is reloaded.
// - Its cache is named "redaktion-…", which the residents' worker leaves
//   alone, as this one leaves theirs.
const VERSION = '__VERSION__';
const CACHE = `redaktion-${VERSION}`;
const FILES = __FILES__;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith('redaktion-') && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith('/redaktion')) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      caches.open(CACHE).then((cache) => cache.match('/redaktion/')).then((hit) => hit || fetch(request)),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request)).then((hit) => hit || fetch(request)),
  );
});
