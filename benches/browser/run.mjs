// Peer comparison in one headless Chromium session: our WASM search core
// against MiniSearch, FlexSearch, Fuse.js and Pagefind on the synthetic
// datasets. Exports the datasets, builds the WASM module and the Pagefind
// indexes, serves everything on 127.0.0.1 (cross-origin isolated, for fine
// timers), and prints Markdown.
//   node benches/browser/run.mjs [sizes, default 1000,10000,50000]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { launchFresh } from './chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { docsOf, FIELDS } from './docs.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const here = path.join(root, 'benches/browser');
const sizes = (process.argv[2] ?? '1000,10000,50000').split(',').map(Number);
const rounds = Number(process.env.BENCH_ROUNDS ?? 30);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 30 });

fs.mkdirSync(path.join(here, 'data'), { recursive: true });
for (const n of sizes) {
  const file = path.join(here, 'data', `synthetic-${n}.json`);
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, run('cargo', ['run', '--quiet', '--release', '-p', 'stadtteilnetz-tools', '--bin', 'export_synthetic', '--', String(n)]));
  }
}
run('cargo', ['build', '--quiet', '--release', '--target', 'wasm32-unknown-unknown', '-p', 'stadtteilnetz-bench-wasm', '--lib']);
run('wasm-bindgen', ['--target', 'web', '--out-name', 'bench_wasm', '--out-dir', path.join(here, 'pkg'), path.join(root, 'target/wasm32-unknown-unknown/release/stadtteilnetz_bench_wasm.wasm')]);

// Pagefind builds its index ahead of time with a native binary, driven here
// through its Node API, and the page loads the written bundle. One custom
// record per network (ids as in docsOf, so the page can map urls back):
// every field in the content, the name as the title, which Pagefind's
// ranking boosts by default. Timed from createIndex to writeFiles (median of
// 3), after the binary has started; not comparable 1:1 with in-page builds.
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const check = ({ errors }) => {
  if (errors.length) throw new Error(`Pagefind: ${errors.join('; ')}`);
};
const pagefindBuild = {};
await (await pagefind.createIndex()).index.deleteIndex(); // starts the binary, untimed
for (const n of sizes) {
  const docs = docsOf(JSON.parse(fs.readFileSync(path.join(here, 'data', `synthetic-${n}.json`), 'utf8')));
  const outputPath = path.join(here, 'pagefind', String(n));
  const times = [];
  for (let i = 0; i < 3; i++) {
    fs.rmSync(outputPath, { recursive: true, force: true });
    const t = performance.now();
    const created = await pagefind.createIndex();
    check(created);
    for (const d of docs) {
      check(await created.index.addCustomRecord({
        url: `/n/${d.id}`,
        content: FIELDS.map((f) => d[f]).filter(Boolean).join('\n'),
        language: 'de',
        meta: { title: d.name },
      }));
    }
    check(await created.index.writeFiles({ outputPath }));
    times.push(performance.now() - t);
    await created.index.deleteIndex();
  }
  pagefindBuild[n] = median(times);
}
await pagefind.close();

// Pagefind's index files, as the page (and its worker) fetch them.
const pagefindFetched = Object.fromEntries(sizes.map((n) => [n, { files: 0, bytes: 0 }]));
const server = await startServer({
  dir: root,
  onRequest: (req) => {
    const m = decodeURIComponent(new URL(req.url, 'http://x').pathname).match(/^\/benches\/browser\/pagefind\/(\d+)\/.+/);
    const file = m && path.join(root, m[0]);
    if (m && pagefindFetched[m[1]] && fs.existsSync(file)) {
      pagefindFetched[m[1]].files += 1;
      pagefindFetched[m[1]].bytes += fs.statSync(file).size;
    }
  },
  headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
});
const { context, profile } = await launchFresh('stadtteilnetz-bench-', {
  args: [
    '--js-flags=--expose-gc', '--enable-precise-memory-info',
    // measureUserAgentSpecificMemory (for Pagefind's worker) at once, not at the next GC
    '--enable-blink-features=ForceEagerMeasureMemory',
  ],
});
const browserVersion = context.browser()?.version() ?? (await (await context.newPage()).evaluate(() => navigator.userAgent)).match(/Chrome\/([\d.]+)/)[1];
const results = [];
for (const n of sizes) {
  const page = await context.newPage();
  // Warnings matter here: Pagefind says so when it falls back from its worker.
  page.on('console', (m) => {
    const where = m.location().url ?? '';
    if (['warning', 'error'].includes(m.type()) && !where.endsWith('/favicon.ico')) console.error(`[page ${n}] ${m.text()} ${where}`);
  });
  await page.goto(`${server.url}/benches/browser/index.html?n=${n}&rounds=${rounds}`);
  await page.waitForFunction(() => window.benchResult || window.benchError, null, { timeout: 30 * 60 * 1000, polling: 1000 });
  const error = await page.evaluate(() => window.benchError);
  if (error) throw new Error(error);
  const result = await page.evaluate(() => window.benchResult);
  Object.assign(result.engines.Pagefind, { build: pagefindBuild[n], fetched: pagefindFetched[n] });
  results.push(result);
  await page.close();
}
await context.close();
await server.close();
fs.rmSync(profile, { recursive: true, force: true });

const pkg = (name) => JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
const us = (ms) => (ms * 1000).toFixed(1);
const lines = [];
lines.push(`Chromium ${browserVersion}; MiniSearch ${pkg('minisearch')}, FlexSearch ${pkg('flexsearch')}, Fuse.js ${pkg('fuse.js')}, Pagefind ${pkg('pagefind')}; ` +
  `${os.cpus().length} × ${os.cpus()[0].model}; up to ${rounds} rounds (at most 20 s of queries per engine), each sample the mean of 5 runs.`);
lines.push('');
lines.push('| networks | engine | build, median of 3 | memory (JS heap + WASM) | query p50 | query p95 | p95 vs ours | recall@5 | MRR |');
lines.push('|---:|---|---:|---:|---:|---:|---:|---:|---:|');
for (const r of results) {
  const ours = r.engines['Stadtteilnetz (WASM)'];
  for (const [name, e] of Object.entries(r.engines)) {
    const ratio = name.startsWith('Stadtteilnetz') ? '1.00' : (e.p95 / ours.p95).toFixed(2);
    const mark = e.load === undefined ? '' : ' ¹';
    lines.push(`| ${r.size} | ${name}${mark} | ${e.build.toFixed(1)} ms | ${(e.memory / 1e6).toFixed(1)} MB | ${us(e.p50)} µs | ${us(e.p95)} µs | ${ratio} | ${e.recall5.toFixed(2)} | ${e.mrr.toFixed(2)} |`);
  }
}
lines.push('');
lines.push('¹ Pagefind: build is indexing in Node with its native binary (Node API, custom records, median of 3), outside the browser; ' +
  'the page only loads the bundle (' + results.map((r) => `${r.size}: ${r.engines.Pagefind.load.toFixed(0)} ms`).join(', ') + '). ' +
  'Memory is the page\'s JS heap growth after the warm-up plus the JS memory of Pagefind\'s Web Worker (' +
  results.map((r) => `${r.size}: ${(r.engines.Pagefind.workerMemory / 1e6).toFixed(1)} MB`).join(', ') +
  '); the WASM memory in the worker, which holds the loaded index, is not counted (no browser API reports it), so this understates Pagefind. ' +
  'Latency is `await pagefind.search(q)`, a round trip to the worker, with the index chunks already fetched in the warm-up; loading result data (url, title) is not timed. ' +
  'Bundle files it requested from 127.0.0.1 in the whole run (size on disk): ' +
  results.map((r) => `${r.size}: ${r.engines.Pagefind.fetched.files} files, ${(r.engines.Pagefind.fetched.bytes / 1e6).toFixed(1)} MB`).join('; ') + '.');
lines.push('');
lines.push('| networks | engine | ' + Object.keys(results[0].engines[Object.keys(results[0].engines)[0]].byKind).map((k) => `${k} p95`).join(' | ') + ' |');
lines.push('|---:|---|' + Object.keys(results[0].engines[Object.keys(results[0].engines)[0]].byKind).map(() => '---:').join('|') + '|');
for (const r of results) {
  for (const [name, e] of Object.entries(r.engines)) {
    lines.push(`| ${r.size} | ${name} | ` + Object.values(e.byKind).map((k) => `${us(k.p95)} µs`).join(' | ') + ' |');
  }
}
console.log(lines.join('\n'));
fs.writeFileSync(path.join(here, 'last-run.json'), JSON.stringify(results, null, 2));
