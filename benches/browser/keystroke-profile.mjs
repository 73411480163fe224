// Where a keystroke's time goes, at 10,000 generated networks: the same
// release bundle as keystroke.mjs (dist-synthetic/), its WASM made again
// with function names (`wasm-bindgen --keep-debug` on the build's own
// target/…/stadtteilnetz.wasm, so build dist-synthetic on this commit
// first: `node benches/browser/keystroke.mjs` does). Queries typed letter
// by letter with pauses (so that the idle-time work of one keystroke is
// done before the next) under a Chromium trace with V8's sampling profiler.
// Per keystroke: the input event's script (the app's handler and the
// reactive updates it runs), split by what the sampled code is, and the
// rendering of the frame after it (style, layout, paint, commit); the bare
// field of keystroke.mjs measured the same way.
//   node benches/browser/keystroke-profile.mjs [rate, 4]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchFresh } from './chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { CONTROL } from './control.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RATE = Number(process.argv[2] ?? 4);
const QUERIES = ['Jugendarbeit', 'Integration', 'offene Treffpunkte', 'Buendnis', 'Löbstedt'];

// A copy of dist-synthetic whose WASM and glue carry names; the copy's
// pages lose their integrity attributes (the new files have other hashes).
const built = path.join(root, 'dist-synthetic');
const wasm = path.join(root, 'target/wasm32-unknown-unknown/release/stadtteilnetz.wasm');
if (!fs.existsSync(path.join(built, 'index.html')) || !fs.existsSync(wasm)) {
  console.error('dist-synthetic or the WASM it was built from is missing: run node benches/browser/keystroke.mjs first');
  process.exit(2);
}
const named = fs.mkdtempSync(path.join(os.tmpdir(), 'stadtteilnetz-named-'));
fs.cpSync(built, named, { recursive: true });
const bindgen = fs.mkdtempSync(path.join(os.tmpdir(), 'stadtteilnetz-wb-'));
execFileSync('wasm-bindgen', ['--keep-debug', '--target', 'web', '--out-dir', bindgen, wasm], {
  env: { ...process.env, PATH: `${path.join(root, 'node_modules/.bin')}:${os.homedir()}/.cargo/bin:${process.env.PATH}` },
});
const glue = fs.readdirSync(named).find((f) => /^stadtteilnetz-.*\.js$/.test(f));
const module = fs.readdirSync(named).find((f) => /^stadtteilnetz-.*_bg\.wasm$/.test(f));
fs.copyFileSync(path.join(bindgen, 'stadtteilnetz_bg.wasm'), path.join(named, module));
fs.writeFileSync(path.join(named, glue), fs.readFileSync(path.join(bindgen, 'stadtteilnetz.js'), 'utf8').replace('stadtteilnetz_bg.wasm', module));
for (const file of ['index.html', 'seiten.json']) {
  const p = path.join(named, file);
  fs.writeFileSync(p, fs.readFileSync(p, 'utf8').replace(/ integrity=sha384-[A-Za-z0-9+/=]+/g, ''));
}

/** What a sampled function is, by its name. */
function kind(name) {
  if (/^(insertBefore|remove|removeChild|appendChild|createElement|createTextNode|setAttribute|removeAttribute|cloneNode|replaceChildren|before|after|append)$/.test(name) || /__wbg_(insertBefore|remove|append|createElement|createTextNode|setAttribute|removeAttribute|cloneNode|set_nodeValue|set_textContent|replace)/.test(name)) return 'DOM calls';
  if (/^removeEventListener$|drop_in_place|drop_slow|Weak<T,A> as core::ops::drop|free_buckets|_wbg_cb_unref|__externref_table_dealloc/.test(name)) return 'dropping what was removed (cards, listeners)';
  if (/stadtteilnetz_core::search/.test(name)) return 'search (core)';
  if (/^(tachys|<tachys)/.test(name)) return 'Leptos renderer (tachys)';
  if (/reactive_graph|js_sys::futures|futures_core|Future>::poll|indexmap/.test(name)) return 'Leptos signals and scheduling';
  if (/dlmalloc|__rdl_|__rust_(alloc|dealloc)|alloc::raw_vec|box_new/.test(name)) return 'allocation';
  if (/^(requestIdleCallback|queueMicrotask|matchMedia|setTimeout)$/.test(name)) return 'browser calls (idle callbacks, media query, microtasks)';
  if (/^(wasm-to-js|js-to-wasm|decode|getStringFromWasm0|makeMutClosure|handleError|real)|__wbg_|externref/.test(name)) return 'JS ↔ WASM bindings';
  if (/stadtteilnetz_ui|stadtteilnetz::/.test(name)) return 'our components';
  if (name === '(program)' || name === '(garbage collector)' || name === '') return 'the browser itself (program, GC)';
  return 'other (std, closures)';
}
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'IntersectionObserverController::computeIntersections']);

async function profile(control) {
  const { context, profile: dir } = await launchFresh('stadtteilnetz-prof-', {
    viewport: { width: 412, height: 915 },
    locale: 'de-DE',
    args: ['--disable-frame-rate-limit', '--disable-gpu-vsync'],
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  await page.route('**/kontrolle', (route) => route.fulfill({ body: CONTROL, contentType: 'text/html; charset=utf-8' }));
  await page.goto(`${server.url}/${control ? 'kontrolle' : ''}`);
  await page.getByTestId('card').first().waitFor({ timeout: 120000 });
  await page.getByLabel('Netzwerke und Akteure durchsuchen').focus();
  await page.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 5000 })));
  await page.waitForTimeout(1000);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-v8.cpu_profiler',
    transferMode: 'ReportEvents',
  });
  for (const query of QUERIES) {
    for (const letter of query) {
      await page.keyboard.type(letter);
      await page.waitForTimeout(350);
    }
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.waitForTimeout(600);
  }
  await cdp.send('Tracing.end');
  await complete;
  await context.close();
  fs.rmSync(dir, { recursive: true, force: true });

  const inputs = events.filter((e) => e.name === 'EventDispatch' && e.ph === 'X' && e.args?.data?.type === 'input');
  const thread = inputs[0].tid;
  const frames = events.filter((e) => e.tid === thread && e.ph === 'X' && RENDERING.has(e.name)).sort((a, b) => a.ts - b.ts);
  const commits = frames.filter((e) => e.name === 'Commit');
  // The samples of V8's profiler, in trace time.
  const nodes = new Map();
  const parent = new Map();
  const samples = [];
  // The main thread's profile: its chunks share the id of its start.
  const start = events.find((e) => e.name === 'Profile' && e.pid === inputs[0].pid && e.tid === thread);
  let t = start.args.data.startTime;
  for (const e of events) {
    if (e.name === 'ProfileChunk' && e.id === start.id && e.pid === start.pid) {
      const chunk = e.args.data.cpuProfile;
      for (const n of chunk.nodes ?? []) {
        nodes.set(n.id, n);
        if (n.parent) parent.set(n.id, n.parent);
      }
      (chunk.samples ?? []).forEach((s, i) => {
        t += e.args.data.timeDeltas[i];
        samples.push([t, s]);
      });
    }
  }
  const script = [];
  const rendering = [];
  const kinds = new Map();
  const byStep = new Map();
  const others = new Map();
  for (const input of inputs) {
    const end = input.ts + input.dur;
    script.push(input.dur / 1000);
    // The frame after the keystroke: its rendering steps up to its commit.
    const commit = commits.find((c) => c.ts >= end);
    const steps = commit ? frames.filter((f) => f.ts >= end && f.ts <= commit.ts) : [];
    rendering.push(steps.reduce((sum, f) => sum + f.dur, 0) / 1000);
    for (const f of steps) byStep.set(f.name, (byStep.get(f.name) ?? 0) + f.dur / 1000);
    for (let i = 0; i < samples.length - 1; i++) {
      const [ts, id] = samples[i];
      if (ts < input.ts || ts > end) continue;
      const name = nodes.get(id)?.callFrame.functionName ?? '';
      const k = kind(name);
      if (process.env.PROFILE_OTHER && k.startsWith('other')) others.set(name, (others.get(name) ?? 0) + (samples[i + 1][0] - ts) / 1000);
      kinds.set(k, (kinds.get(k) ?? 0) + (samples[i + 1][0] - ts) / 1000);
    }
  }
  if (process.env.PROFILE_OTHER) console.log([...others].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([n, ms]) => `${ms.toFixed(1)} ${n.slice(0, 140)}`).join('\n'));
  return { control, n: inputs.length, script, rendering, kinds, byStep };
}

const server = await startServer({ dir: named });
const runs = [await profile(false), await profile(true)];
await server.close();
fs.rmSync(named, { recursive: true, force: true });
fs.rmSync(bindgen, { recursive: true, force: true });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.round((xs.length - 1) * 0.95)];
console.log(`${RATE}x slowdown, ${QUERIES.length} queries typed letter by letter and cleared, a pause after each key.\n`);
console.log('| page | keystrokes | input event (script), median | p95 | frame after it (style, layout, paint, commit), median | p95 |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of runs) {
  console.log(`| ${r.control ? 'control: bare field' : 'Stadtteilnetz'} | ${r.n} | ${median(r.script).toFixed(1)} ms | ${p95(r.script).toFixed(1)} ms | ` +
    `${median(r.rendering).toFixed(1)} ms | ${p95(r.rendering).toFixed(1)} ms |`);
}
const app = runs[0];
const total = [...app.kinds.values()].reduce((a, b) => a + b, 0);
console.log('\n| the input event\'s script, by what runs | per keystroke | share |');
console.log('|---|---:|---:|');
for (const [k, ms] of [...app.kinds].sort((a, b) => b[1] - a[1])) {
  console.log(`| ${k} | ${(ms / app.n).toFixed(2)} ms | ${((100 * ms) / total).toFixed(0)} % |`);
}
console.log('\n| the frame after it, by step | Stadtteilnetz, per keystroke | bare field |');
console.log('|---|---:|---:|');
for (const [step, ms] of [...app.byStep].sort((a, b) => b[1] - a[1])) {
  console.log(`| ${step} | ${(ms / app.n).toFixed(2)} ms | ${((runs[1].byStep.get(step) ?? 0) / runs[1].n).toFixed(2)} ms |`);
}
