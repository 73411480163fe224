// First visit: what a fresh browser downloads (as transferred, brotli from
// scripts/serve.mjs) by kind, and the time from navigation start until the
// first network card is on screen — unthrottled, and as a slow phone (4x
// CPU slowdown, and Lighthouse's "slow 4G": 150 ms latency, 1.6 Mbit/s down).
// Median of 5 fresh profiles each.   node benches/browser/first-visit.mjs
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const server = await startServer({ dir: path.join(root, 'dist') });
const RUNS = 5;
const kindOf = (url) => {
  const ext = path.extname(new URL(url).pathname);
  return { '.wasm': 'WASM (with the data)', '.js': 'JS', '.css': 'CSS', '.html': 'HTML' }[ext] ?? (new URL(url).pathname === '/' ? 'HTML' : 'icons, manifest, worker');
};

async function visit(throttled) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'stadtteilnetz-first-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 360, height: 740 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttled) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
    });
  }
  const bytes = {};
  const urls = new Map();
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
  cdp.on('Network.loadingFinished', (e) => {
    const url = urls.get(e.requestId);
    if (url) bytes[kindOf(url)] = (bytes[kindOf(url)] ?? 0) + e.encodedDataLength;
  });
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
  await page.waitForTimeout(throttled ? 4000 : 1000); // let the worker's precache finish
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
const lines = ['| downloaded on a first visit (brotli, as transferred) | KiB |', '|---|---:|'];
for (const [k, v] of Object.entries(transferred).sort()) lines.push(`| ${k} | ${kb(v)} |`);
lines.push(`| **total** | **${kb(Object.values(transferred).reduce((a, b) => a + b, 0))}** |`);
lines.push('', 'The page\'s own requests; the worker then precaches the icons the page did not load (about 20 KiB, see the size table).');
lines.push('', `| first results on screen, median of ${RUNS} fresh profiles | ms |`, '|---|---:|');
for (const [label, ms] of rows) lines.push(`| ${label} | ${ms.toFixed(0)} |`);
console.log(lines.join('\n'));
