// Keystroke to paint in the real app with 10,000 generated networks: the
// release bundle built with `--features synthetic` (never the default) into
// dist-synthetic/, served on 127.0.0.1, queries typed letter by letter into
// the search field by Chromium's input pipeline. Each sample runs from the
// input event to the end of the first frame whose DOM shows that query's
// result count — that frame is painted before the message posted from its
// requestAnimationFrame callback runs. Unthrottled and with 4x CPU slowdown
// (DevTools Emulation.setCPUThrottlingRate) as a stand-in for an old phone.
//   node benches/browser/keystroke.mjs [--no-build | --dist <folder>]
// KEYSTROKE_SAMPLES=<prefix> also writes every sample to <prefix>-<rate>.json.
// Frames are not tied to a 60 Hz display (--disable-frame-rate-limit), so
// the figure is the app's own work; a real screen adds the wait for its next
// refresh (0-16.7 ms at 60 Hz), which no page controls.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchFresh } from './chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { CONTROL } from './control.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// `--dist <folder>`: measure a bundle built before (another commit's, side
// by side with this one's); it is not rebuilt.
const given = process.argv.indexOf('--dist');
const dist = given > 0 ? path.resolve(process.argv[given + 1]) : path.join(root, 'dist-synthetic');
const NETWORKS = 10000;
if (given < 0 && (!process.argv.includes('--no-build') || !fs.existsSync(path.join(dist, 'index.html')))) {
  execFileSync(path.join(root, 'scripts/build.sh'), ['--residents-only', '--features', 'synthetic', '--dist', dist], {
    cwd: root,
    env: { ...process.env, STADTTEILNETZ_SYNTHETIC: String(NETWORKS), STADTTEILNETZ_BUILD: 'synthetic' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** Typed letter by letter; after each, the field is cleared (one more keystroke, back to the start list). */
const QUERIES = [
  'Jugendarbeit',
  'Integration',
  'Quartiersmanagement',
  'Jugnedarbeit',
  'Beratung Familien Winzerla',
  'Buendnis',
  'Löbstedt',
  'offene Treffpunkte',
];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CADENCE_MS = 150;

/** In the page: one sample per input event, taken when its result is painted. */
function instrument() {
  window.keystrokes = [];
  const status = () => document.querySelector('[data-testid=count]')?.textContent ?? '';
  document.addEventListener(
    'input',
    (event) => {
      const start = event.timeStamp;
      const query = event.target.value.trim();
      const shows = () => (query ? status().includes(`„${query}“`) : /Netzwerke$/.test(status()));
      const frame = () => {
        if (!shows()) {
          requestAnimationFrame(frame);
          return;
        }
        const dom = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.keystrokes.push({ query, dom: dom - start, paint: performance.now() - start });
        channel.port2.postMessage(null);
      };
      requestAnimationFrame(frame);
    },
    true,
  );
}

const percentile = (sorted, p) => sorted[Math.round((sorted.length - 1) * p)];

async function measure(rate, control = false) {
  const { context, profile } = await launchFresh('stadtteilnetz-keys-', {
    viewport: { width: 412, height: 915 },
    // The app speaks the browser's language; measure the German default.
    locale: 'de-DE',
    args: ['--disable-frame-rate-limit', '--disable-gpu-vsync'],
  });
  const page = await context.newPage();
  await page.addInitScript(instrument);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.route('**/kontrolle', (route) => route.fulfill({ body: CONTROL, contentType: 'text/html; charset=utf-8' }));
  const started = Date.now();
  await page.goto(`${server.url}/${control ? 'kontrolle' : ''}`);
  await page.getByTestId('card').first().waitFor({ timeout: 120000 });
  const firstCards = Date.now() - started;
  const field = page.getByLabel('Netzwerke und Akteure durchsuchen');
  await field.focus();
  // Let the idle-time index build finish before the first keystroke.
  await page.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 5000 })));
  await page.waitForTimeout(500);
  let expected = 0;
  // A fast typist: a key every CADENCE_MS (about 80 words a minute), or
  // as soon as the last one is painted if that took longer.
  const next = async (sent) => {
    expected += 1;
    await page.waitForFunction((n) => window.keystrokes.length >= n, expected, { timeout: 60000, polling: 'raf' });
    const rest = CADENCE_MS - (Date.now() - sent);
    if (rest > 0) await page.waitForTimeout(rest);
  };
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of QUERIES) {
      for (const letter of query) {
        const sent = Date.now();
        await page.keyboard.type(letter);
        await next(sent);
      }
      await page.keyboard.press('Control+A');
      const sent = Date.now();
      await page.keyboard.press('Backspace');
      await next(sent);
    }
  }
  const samples = await page.evaluate(() => window.keystrokes);
  if (process.env.KEYSTROKE_SAMPLES) fs.writeFileSync(`${process.env.KEYSTROKE_SAMPLES}-${rate}${control ? '-control' : ''}.json`, JSON.stringify(samples));
  const cardsShown = await page.getByTestId('card').count();
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
  const paint = samples.map((s) => s.paint).sort((a, b) => a - b);
  const dom = samples.map((s) => s.dom).sort((a, b) => a - b);
  const slowest = [...samples].sort((a, b) => b.paint - a.paint).slice(0, 3);
  return { rate, control, n: samples.length, firstCards, cardsShown, paint, dom, slowest };
}

const server = await startServer({ dir: dist });
const runs = [];
for (const rate of [1, 4]) {
  runs.push(await measure(rate));
  runs.push(await measure(rate, true));
}
await server.close();

const ms = (x) => x.toFixed(1);
const browser = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version']).toString().trim();
console.log(`${browser}; ${NETWORKS.toLocaleString('en')} generated networks (feature \`synthetic\`), viewport 412 × 915; ` +
  `${QUERIES.length} queries typed letter by letter (a key every ${CADENCE_MS} ms at most) and cleared, ${ROUNDS} rounds.\n`);
console.log('| page | CPU | keystrokes | input → DOM updated, p50 | p95 | input → painted, p50 | p95 | max | first cards after load |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
for (const r of runs) {
  console.log(`| ${r.control ? 'control: bare field' : 'Stadtteilnetz'} | ${r.rate === 1 ? 'unthrottled' : `${r.rate}x slowdown`} | ${r.n} | ` +
    `${ms(percentile(r.dom, 0.5))} ms | ${ms(percentile(r.dom, 0.95))} ms | ` +
    `${ms(percentile(r.paint, 0.5))} ms | **${ms(percentile(r.paint, 0.95))} ms** | ${ms(r.paint.at(-1))} ms | ${r.control ? '–' : `${r.firstCards} ms`} |`);
}
console.log('');
console.log('Slowest keystrokes: ' + runs.filter((r) => !r.control).map((r) => `${r.rate}x: ` + r.slowest.map((s) => `„${s.query}“ ${ms(s.paint)} ms`).join(', ')).join('; ') + '.');
