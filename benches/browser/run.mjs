// Peer comparison in one headless Chromium session: our WASM search core
// against MiniSearch, FlexSearch and Fuse.js on the synthetic datasets.
// Exports the datasets, builds the WASM module, serves everything on
// 127.0.0.1 (cross-origin isolated, for fine timers), and prints Markdown.
//   node benches/browser/run.mjs [sizes, default 1000,10000,50000]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const here = path.join(root, 'benches/browser');
const sizes = (process.argv[2] ?? '1000,10000,50000').split(',').map(Number);
const rounds = Number(process.env.BENCH_ROUNDS ?? 30);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 30 });

fs.mkdirSync(path.join(here, 'data'), { recursive: true });
for (const n of sizes) {
  const file = path.join(here, 'data', `synthetic-${n}.json`);
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, run('cargo', ['run', '--quiet', '--release', '--features', 'synthetic', '--bin', 'export_synthetic', '--', String(n)]));
  }
}
run('cargo', ['build', '--quiet', '--release', '--target', 'wasm32-unknown-unknown', '--features', 'bench-wasm', '--bin', 'bench_wasm']);
run('wasm-bindgen', ['--target', 'web', '--out-dir', path.join(here, 'pkg'), path.join(root, 'target/wasm32-unknown-unknown/release/bench_wasm.wasm')]);

const server = await startServer({
  dir: root,
  headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
});
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'stadtteilnetz-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--js-flags=--expose-gc', '--enable-precise-memory-info',
  ],
});
const browserVersion = context.browser()?.version() ?? (await (await context.newPage()).evaluate(() => navigator.userAgent)).match(/Chrome\/([\d.]+)/)[1];
const results = [];
for (const n of sizes) {
  const page = await context.newPage();
  await page.goto(`${server.url}/benches/browser/index.html?n=${n}&rounds=${rounds}`);
  await page.waitForFunction(() => window.benchResult || window.benchError, null, { timeout: 30 * 60 * 1000, polling: 1000 });
  const error = await page.evaluate(() => window.benchError);
  if (error) throw new Error(error);
  results.push(await page.evaluate(() => window.benchResult));
  await page.close();
}
await context.close();
await server.close();
fs.rmSync(profile, { recursive: true, force: true });

const pkg = (name) => JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
const us = (ms) => (ms * 1000).toFixed(1);
const lines = [];
lines.push(`Chromium ${browserVersion}; MiniSearch ${pkg('minisearch')}, FlexSearch ${pkg('flexsearch')}, Fuse.js ${pkg('fuse.js')}; ` +
  `${os.cpus().length} × ${os.cpus()[0].model}; up to ${rounds} rounds (at most 20 s of queries per engine), each sample the mean of 5 runs.`);
lines.push('');
lines.push('| networks | engine | build, median of 3 | memory (JS heap + WASM) | query p50 | query p95 | p95 vs ours | recall@5 | MRR |');
lines.push('|---:|---|---:|---:|---:|---:|---:|---:|---:|');
for (const r of results) {
  const ours = r.engines['Stadtteilnetz (WASM)'];
  for (const [name, e] of Object.entries(r.engines)) {
    const ratio = name.startsWith('Stadtteilnetz') ? '1.00' : (e.p95 / ours.p95).toFixed(2);
    lines.push(`| ${r.size} | ${name} | ${e.build.toFixed(1)} ms | ${(e.memory / 1e6).toFixed(1)} MB | ${us(e.p50)} µs | ${us(e.p95)} µs | ${ratio} | ${e.recall5.toFixed(2)} | ${e.mrr.toFixed(2)} |`);
  }
}
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
