// First visit: what a fresh browser downloads, page and service worker
// together (the bodies scripts/serve.mjs sends, brotli), by kind, and the time from navigation start until the
// first network card is on screen — unthrottled, and as a slow phone (4x
// CPU slowdown, and Lighthouse's "slow 4G": 150 ms latency, 1.6 Mbit/s down).
// Median of 5 fresh profiles each.   node benches/browser/first-visit.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchFresh } from './chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RUNS = 5;
const kindOf = (file) =>
  ({ '.wasm': 'WASM (with the data)', '.js': 'JS', '.css': 'CSS', '.html': 'HTML' })[path.extname(file)] ?? 'icons, manifest';
// What the server sent during the current visit, to the page and its worker.
let bytes = {};
const server = await startServer({
  dir: path.join(root, 'dist'),
  onSent: (req, file, length) => {
    const kind = path.basename(file) === 'sw.js' ? 'JS' : kindOf(file);
    bytes[kind] = (bytes[kind] ?? 0) + length;
  },
});

async function visit(throttled) {
  const { context, profile } = await launchFresh('stadtteilnetz-first-', {
    viewport: { width: 360, height: 740 },
    locale: 'de-DE',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable'); // a fresh profile: the HTTP cache starts empty
  if (throttled) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
    });
  }
  bytes = {};
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('[data-testid=card]')) {
        window.firstResults = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(server.url + '/');
  await page.waitForFunction(() => window.firstResults, null, { timeout: 120000 });
  const ms = await page.evaluate(() => window.firstResults);
  // Until the worker has precached everything (it controls the page then).
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60000 });
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
  return { ms, bytes };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
let transferred = null;
for (const throttled of [false, true]) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await visit(throttled));
  rows.push([throttled ? 'slow phone (4x CPU, slow 4G)' : 'unthrottled', median(runs.map((r) => r.ms))]);
  transferred ??= runs[0].bytes;
}
await server.close();
const kb = (n) => (n / 1024).toFixed(1);
const lines = ['| downloaded on a first visit, page and worker (brotli bodies as sent) | KiB |', '|---|---:|'];
for (const [k, v] of Object.entries(transferred).sort()) lines.push(`| ${k} | ${kb(v)} |`);
lines.push(`| **total** | **${kb(Object.values(transferred).reduce((a, b) => a + b, 0))}** |`);
lines.push('', `| first results on screen, median of ${RUNS} fresh profiles | ms |`, '|---|---:|');
for (const [label, ms] of rows) lines.push(`| ${label} | ${ms.toFixed(0)} |`);
console.log(lines.join('\n'));
