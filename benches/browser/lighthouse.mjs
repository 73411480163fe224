// Lighthouse 12, mobile profile (its default: an emulated phone, simulated
// slow 4G and 4x CPU), on two bundles side by side in one run, runs
// alternating: performance score and largest contentful paint of each run.
//
//   node benches/browser/lighthouse.mjs <today's dist> <this dist> [runs] [browser language, en-US] [simulate|devtools]
//
// Lighthouse's default throttling is simulated: it loads the page at full
// speed and estimates the slow phone from that trace. `devtools` throttles
// the load itself (4x CPU, slow 4G) and reports what was observed.
//
// Uses `lighthouse` from PATH, else `npx --yes lighthouse@12`.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../../scripts/serve.mjs';

const [before, after, runsArg, langArg, methodArg] = process.argv.slice(2);
const METHOD = methodArg ?? 'simulate';
// The browser's language: Lighthouse's Chrome is en-US unless told.
const LANG = langArg ?? 'en-US';
if (!before || !after) {
  console.error('usage: node benches/browser/lighthouse.mjs <dist before> <dist after> [runs]');
  process.exit(2);
}
const RUNS = Number(runsArg ?? 3);
const FLAGS = `--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --lang=${LANG} --accept-lang=${LANG}`;
const onPath = spawnSync('lighthouse', ['--version']).status === 0;

// Asynchronous: the server runs in this process and must keep answering.
async function run(url) {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stadtteilnetz-lh-')), 'report.json');
  const [cmd, pre] = onPath ? ['lighthouse', []] : ['npx', ['--yes', 'lighthouse@12']];
  const child = spawn(cmd, [...pre, url, '--quiet', `--chrome-flags=${FLAGS}`, '--only-categories=performance', `--throttling-method=${METHOD}`, '--output=json', `--output-path=${out}`], {
    env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const status = await new Promise((resolve) => child.on('close', resolve));
  if (status !== 0) throw new Error(`lighthouse failed on ${url}`);
  const report = JSON.parse(fs.readFileSync(out, 'utf8'));
  return {
    score: Math.round(report.categories.performance.score * 100),
    lcp: report.audits['largest-contentful-paint'].numericValue,
    fcp: report.audits['first-contentful-paint'].numericValue,
    tbt: report.audits['total-blocking-time'].numericValue,
    cls: report.audits['cumulative-layout-shift'].numericValue,
    version: report.lighthouseVersion,
  };
}

const sides = [];
for (const [label, dir] of [['today', before], ['this build', after]]) {
  sides.push({ label, server: await startServer({ dir, precompress: true }), runs: [] });
}
for (let i = 0; i < RUNS; i++) for (const s of sides) s.runs.push(await run(`${s.server.url}/`));
for (const s of sides) await s.server.close();

const lines = [
  `Lighthouse ${sides[0].runs[0].version}, mobile, throttling ${METHOD}, browser language ${LANG}; each run: performance score / LCP / FCP / TBT / CLS`,
  '',
  `| run | ${sides.map((s) => s.label).join(' | ')} |`,
  `|---|${sides.map(() => '---:').join('|')}|`,
];
for (let i = 0; i < RUNS; i++) {
  lines.push(`| ${i + 1} | ${sides.map((s) => {
    const r = s.runs[i];
    return `${r.score} / ${(r.lcp / 1000).toFixed(2)} s / ${(r.fcp / 1000).toFixed(2)} s / ${r.tbt.toFixed(0)} ms / ${r.cls.toFixed(3)}`;
  }).join(' | ')} |`);
}
console.log(lines.join('\n'));
