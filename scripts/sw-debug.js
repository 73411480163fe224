// Stadtteilnetz debug build (trunk serve): no offline cache. A worker left
// over from a release build on the same address replaces itself with this
// one, deletes every cache, unregisters and reloads its pages, so that a
// development build is never served stale files.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) await caches.delete(key);
      await self.registration.unregister();
      for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
    })(),
  );
});
