// A first visit on an emulated old phone (4x CPU slowdown, Lighthouse's
// "slow 4G": 150 ms latency, 1.6 Mbit/s down), two bundles side by side in
// one run, visits alternating, fresh profile each:
//   - what was downloaded (brotli bodies as scripts/serve.mjs sends them,
//     page and worker);
//   - first contentful paint and largest contentful paint;
//   - the five networks on screen: the first frame painted with the cards
//     in it (their names are read in that frame);
//   - the app responds to a tap: from the start, "Merken" on the first card
//     is tapped every 50 ms until it answers (aria-pressed="true").
// Medians of RUNS visits per bundle.
//
//   node benches/browser/old-phone.mjs <today's dist> <this dist> [runs] [phone language, de-DE]
import fs from 'node:fs';
import { launchFresh } from './chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';

const [before, after, runsArg, localeArg] = process.argv.slice(2);
// The phone's language: German, or another, whose visitors the build sends
// to the page in theirs.
const LOCALE = localeArg ?? 'de-DE';
if (!before || !after) {
  console.error('usage: node benches/browser/old-phone.mjs <dist before> <dist after> [runs]');
  process.exit(2);
}
const RUNS = Number(runsArg ?? 5);

/** Measured in the page from its very start. */
function probe() {
  window.__m = { lcp: 0 };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__m.lcp = e.startTime; })
    .observe({ type: 'largest-contentful-paint', buffered: true });
  const frame = () => {
    if (!window.__m.cards && document.querySelectorAll('main [data-testid=card]').length >= 5
        && document.styleSheets.length > 0) {
      // This callback runs just before the frame that paints the cards.
      window.__m.cards = performance.now();
    }
    const button = document.querySelector('main [data-testid=card] [data-testid=bookmark]');
    if (button && !window.__m.tap && button.getAttribute('aria-pressed') === 'true') window.__m.tap = performance.now();
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const tapper = setInterval(() => {
    if (window.__m.tap) return clearInterval(tapper);
    document.querySelector('main [data-testid=card] [data-testid=bookmark]')?.click();
  }, 50);
}

async function visit(server, counter) {
  const { context, profile } = await launchFresh('stadtteilnetz-phone-', {
    viewport: { width: 360, height: 740 },
    locale: LOCALE,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
  });
  await page.addInitScript(probe);
  counter.bytes = 0;
  const t0 = Date.now();
  await page.goto(server.url + '/');
  await page.waitForFunction(() => window.__m.tap && window.__m.cards, null, { timeout: 120000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60000 });
  // Absolute times (the page's clock is this machine's), so that a visit
  // the first page sent on to the page in the visitor's language counts
  // from the first navigation.
  const m = await page.evaluate(() => {
    const at = (t) => performance.timeOrigin + t;
    return {
      fcp: at(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0),
      lcp: at(window.__m.lcp),
      cards: at(window.__m.cards),
      tap: at(window.__m.tap),
    };
  });
  for (const k of Object.keys(m)) m[k] -= t0;
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
  // The five networks are on screen with the first paint that has them.
  m.cards = Math.max(m.cards, m.fcp);
  return { ...m, bytes: counter.bytes };
}

const bundles = [];
for (const [label, dir] of [['today', before], ['this build', after]]) {
  const counter = { bytes: 0 };
  const server = await startServer({ dir, precompress: true, onSent: (req, file, length) => { counter.bytes += length; } });
  bundles.push({ label, dir, server, counter, runs: [] });
}
for (let i = 0; i < RUNS; i++) {
  for (const b of bundles) b.runs.push(await visit(b.server, b.counter));
}
for (const b of bundles) await b.server.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const col = (b, k) => median(b.runs.map((r) => r[k]));
const rows = [
  ['downloaded, page and worker (KiB, brotli)', 'bytes', (v) => (v / 1024).toFixed(1)],
  ['first contentful paint (ms)', 'fcp', (v) => v.toFixed(0)],
  ['largest contentful paint (ms)', 'lcp', (v) => v.toFixed(0)],
  ['the five networks on screen (ms)', 'cards', (v) => v.toFixed(0)],
  ['the app answers a tap on "Merken" (ms)', 'tap', (v) => v.toFixed(0)],
];
const [a, b] = bundles;
const lines = [
  `| slow phone (${LOCALE}), first visit, median of ${RUNS} | ${a.label} | ${b.label} | ratio |`,
  '|---|---:|---:|---:|',
];
for (const [name, key, fmt] of rows) {
  const x = col(a, key);
  const y = col(b, key);
  lines.push(`| ${name} | ${fmt(x)} | ${fmt(y)} | ${(y / x).toFixed(2)} |`);
}
console.log(lines.join('\n'));
