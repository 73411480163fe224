// Offline after the first visit, and safe updates: the service worker made
// by the build takes control, the server goes away, and the app still does
// everything; then a changed build appears, the banner offers it, and after
// loading it no file of the old build runs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, open, DATA, DIST, DIST_NEXT, appReady } from './harness.mjs';

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

const names = (page) => page.getByTestId('results').getByTestId('card-name').allTextContents();
const filesOf = (dir) => new Set(fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => `/${e.name}`));

test('the build wrote a worker that precaches every file of the bundle by name, install icons and the Redaktion aside', () => {
  const worker = fs.readFileSync(`${DIST}/sw.js`, 'utf8');
  const listed = JSON.parse(worker.match(/FILES\s*=\s*(\[[^\]]*\])/)[1]);
  assert.ok(!listed.some((f) => f.startsWith('/redaktion')), `${listed}`);
  // Every file but the worker itself, the CSP note, the install icons,
  // what is for search engines and the drawn pages, which come in one file.
  const walk = (dir, at = '') => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (!e.isDirectory()) return [`${at}/${e.name}`];
    return e.name === 'redaktion' ? [] : walk(path.join(dir, e.name), `${at}/${e.name}`);
  });
  const all = walk(DIST);
  const expected = all.filter((f) => !['/sw.js', '/csp.txt', '/seiten.json'].includes(f) && !/\.(png|xml|txt|html)$/.test(f));
  assert.ok(listed.some((f) => f.endsWith('.wasm')), `${listed}`);
  assert.deepEqual([...listed].sort(), expected.sort());
  const pages = JSON.parse(fs.readFileSync(`${DIST}/seiten.json`, 'utf8'));
  // The German ones; the worker keeps the other languages' as visited.
  const drawn = all.filter((f) => f.endsWith('.html') && !/^\/(en|uk|ar|ls)\//.test(f))
    .map((f) => (f.endsWith('/index.html') ? f.slice(0, -'index.html'.length) : f.endsWith('/404.html') ? f : f.slice(0, -'.html'.length)));
  assert.deepEqual(Object.keys(pages).sort(), drawn.sort());
  assert.ok(drawn.includes('/404.html') && drawn.includes(`/netzwerk/${DATA.networks[0].slug}`), `${drawn}`);
  assert.equal(pages['/'], fs.readFileSync(`${DIST}/index.html`, 'utf8'));
  assert.match(worker, /VERSION\s*=\s*["'][0-9a-f]{16}["']/);
  const html = fs.readFileSync(`${DIST}/index.html`, 'utf8');
  assert.match(html, /Content-Security-Policy/);
  assert.doesNotMatch(html, /unsafe-inline/);
  assert.match(html, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+' 'sha256-[^']+'/);
  const manifest = JSON.parse(fs.readFileSync(`${DIST}/manifest.webmanifest`, 'utf8'));
  assert.equal(manifest.lang, 'de');
  assert.equal(manifest.display, 'standalone');
  for (const icon of manifest.icons) {
    const png = fs.readFileSync(`${DIST}${icon.src}`);
    assert.equal(png.readUInt32BE(16), Number(icon.sizes.split('x')[0]), icon.src);
  }
  assert.ok(manifest.icons.some((i) => i.purpose === 'maskable'));
});

test('after the first visit everything works offline, with the server gone', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
  await page.evaluate(() => navigator.serviceWorker.ready);
  // Precaching reuses what the page just downloaded: the code is fetched once.
  const wasm = app.served.filter((p) => p.endsWith('.wasm'));
  assert.equal(wasm.length, 1, `WASM requests on a first visit: ${wasm}`);

  await app.stopServer();
  await app.context.setOffline(true);

  await page.reload();
  await appReady(page);
  assert.equal(await page.getByTestId('card').count(), 5);
  await page.getByTestId('offline').waitFor();
  assert.match(await page.getByTestId('offline').innerText(), /Offline/);

  // A deep link opened fresh.
  await open(page, `${app.base}/netzwerk/jenaer-integrationsbuendnis`);
  assert.equal(await page.locator('main h1').innerText(), 'Jenaer Integrationsbündnis');

  // Search and filter.
  await open(page, `${app.base}/`);
  await page.getByLabel('Netzwerke und Akteure durchsuchen').fill('Gener');
  await page.waitForURL(/\?q=Gener$/);
  assert.equal((await names(page))[0], 'Arbeitskreis Generationen');
  await page.getByRole('button', { name: /^Filter/ }).first().click();
  await page.getByTestId('facet-ebene').getByRole('checkbox', { name: /^Stadt \(/ }).check();
  await page.waitForURL(/ebene=stadt/);
  assert.deepEqual(await names(page), ['Arbeitskreis Generationen'], 'actors drop out under a filter');

  // A bookmark, then a reload.
  await open(page, `${app.base}/akteur/kubus`);
  await page.getByTestId('bookmark').click();
  await page.reload();
  await appReady(page);
  assert.equal(await page.getByTestId('bookmark').getAttribute('aria-pressed'), 'true');
  await open(page, `${app.base}/merkliste`);
  assert.match(await page.getByTestId('merkliste').innerText(), /Multifunktionales Zentrum KuBuS/);

  await app.context.setOffline(false);
  await page.getByTestId('offline').waitFor({ state: 'detached' });
});

test('a changed build: the banner offers it, and after loading no old file runs', async (t) => {
  if (!fs.existsSync(`${DIST_NEXT}/index.html`)) {
    assert.fail('dist-next is missing: scripts/test.sh builds it (STADTTEILNETZ_BUILD=next)');
  }
  const page = await app.newPage();
  await app.startServer(DIST);
  await open(page, `${app.base}/`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
  assert.doesNotMatch(await page.getByTestId('version').innerText(), /next/);

  await app.stopServer();
  await app.startServer(DIST_NEXT);
  await page.reload();
  await page.getByTestId('update').waitFor({ timeout: 20000 });
  assert.match(await page.getByTestId('update').innerText(), /Neue Version verfügbar/);
  // Until the person chooses, the page keeps running the old version.
  assert.doesNotMatch(await page.getByTestId('version').innerText(), /next/);

  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Jetzt laden' }).click()]);
  await appReady(page);
  assert.equal(await page.getByTestId('version').innerText(), 'Version next');
  const oldOnly = [...filesOf(DIST)].filter((f) => !filesOf(DIST_NEXT).has(f));
  assert.ok(oldOnly.some((f) => f.endsWith('.wasm')), 'the builds differ in their code');
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  const stale = loaded.filter((p) => oldOnly.includes(p));
  assert.deepEqual(stale, [], 'no file of the old build after the update');
  assert.ok(loaded.some((p) => p.endsWith('.wasm') && filesOf(DIST_NEXT).has(p)));
  const caches = await page.evaluate(() => caches.keys());
  assert.equal(caches.length, 1, `old caches deleted once the new version took over: ${caches}`);
  assert.equal(await page.getByTestId('update').count(), 0);
  t.diagnostic(`requests made: ${app.requests.length}, all to 127.0.0.1`);
});

test('a debug build replaces a stale release worker: caches gone, no worker left', async () => {
  // What `trunk serve` writes as sw.js (scripts/post-build.mjs in debug),
  // served over a release bundle whose worker still controls the page.
  const os = await import('node:os');
  const path = await import('node:path');
  const debugDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stadtteilnetz-debug-'));
  fs.cpSync(DIST, debugDir, { recursive: true });
  fs.copyFileSync(new URL('../../scripts/sw-debug.js', import.meta.url), path.join(debugDir, 'sw.js'));
  const page = await app.newPage();
  await app.stopServer();
  await app.startServer(DIST);
  await open(page, `${app.base}/`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
  await app.stopServer();
  await app.startServer(debugDir);
  try {
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.waitForFunction(
      async () => (await navigator.serviceWorker.getRegistrations()).length === 0 && (await caches.keys()).length === 0,
      null,
      { timeout: 20000, polling: 250 },
    );
    // The worker reloads its pages; the reloaded page is not controlled.
    let controlled = true;
    for (let i = 0; i < 60 && controlled; i++) {
      await page.waitForTimeout(250);
      controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null).catch(() => true);
    }
    assert.equal(controlled, false, 'the page is free of the old worker');
    await appReady(page);
  } finally {
    fs.rmSync(debugDir, { recursive: true, force: true });
  }
});
