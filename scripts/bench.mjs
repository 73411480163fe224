// One command for the figures in BENCHMARKS.md: runs every measurement one
// after another (never in parallel: the machine is small and noisy) and
// rewrites the tables between the <!-- BEGIN name --> / <!-- END name -->
// markers, with the date, machine and versions.
//   node scripts/bench.mjs [size] [native] [peers] [first-visit] [keystroke] [redaktion] [lighthouse]   (default: all)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.env.PATH = `${root}/node_modules/.bin:${os.homedir()}/.cargo/bin:${process.env.PATH}`;
const chosen = new Set(
  process.argv.slice(2).length ? process.argv.slice(2) : ['size', 'native', 'peers', 'first-visit', 'keystroke', 'redaktion', 'lighthouse'],
);
const sh = (cmd, args, env = {}) =>
  execFileSync(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 28 }).toString();
const version = (cmd, args) => sh(cmd, args).trim().split('\n')[0];
const today = new Date().toISOString().slice(0, 10);
const machine = `${os.cpus().length} × ${os.cpus()[0].model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`;

const sections = {};
if (['size', 'lighthouse', 'first-visit', 'redaktion'].some((s) => chosen.has(s))) {
  if (!fs.existsSync(path.join(root, 'dist/index.html'))) sh('scripts/build.sh', []);
}
if (chosen.has('size')) {
  sections.size = `Measured ${today}: ${machine}; ${version('trunk', ['--version'])}, ${version('wasm-bindgen', ['--version'])}, ` +
    `${version('wasm-opt', ['--version'])}, ${version('rustc', ['--version'])}.\n\n` + sh('node', ['scripts/size.mjs', 'dist']).trim();
}
if (chosen.has('native')) {
  const table = sh('cargo', ['bench', '--quiet', '-p', 'stadtteilnetz-core', '--features', 'synthetic', '--bench', 'search']);
  sections.native = `Measured ${today}: ${machine}; ${version('rustc', ['--version'])}, \`[profile.bench]\` opt-level 3.\n\n${table.trim()}`;
}
if (chosen.has('peers')) {
  sections.peers = `Measured ${today}: ${machine}; our core built as shipped (release profile, opt-level "z").\n\n` +
    sh('node', ['benches/browser/run.mjs']).trim();
}
if (chosen.has('first-visit')) {
  sections['first-visit'] = `Measured ${today}: ${machine}; Debian Chromium, fresh profiles.\n\n` +
    sh('node', ['benches/browser/first-visit.mjs']).trim();
}
if (chosen.has('keystroke')) {
  sections.keystroke = `Measured ${today}: ${machine}.\n\n` + sh('node', ['benches/browser/keystroke.mjs']).trim();
}
if (chosen.has('redaktion')) {
  sections.redaktion = `Measured ${today}: ${machine}; Debian Chromium.\n\n` +
    sh('node', ['benches/browser/redaktion.mjs', '--no-build']).trim();
}
if (chosen.has('lighthouse')) {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const out = sh('scripts/lighthouse.sh', []);
    const score = (name) => Number(out.match(new RegExp(`^${name}: (\\d+)`, 'm'))[1]);
    runs.push({ head: out.match(/^Lighthouse .*/m)[0], p: score('Performance'), a: score('Accessibility'), b: score('Best Practices'), s: score('SEO') });
  }
  const median = (k) => runs.map((r) => r[k]).sort((x, y) => x - y)[1];
  sections.lighthouse = `Measured ${today}: ${runs[0].head}, three runs one after another.\n\n` +
    '| run | performance | accessibility | best practices | SEO |\n|---|---:|---:|---:|---:|\n' +
    runs.map((r, i) => `| ${i + 1} | ${r.p} | ${r.a} | ${r.b} | ${r.s} |`).join('\n') +
    `\n| **median** | **${median('p')}** | **${median('a')}** | **${median('b')}** | **${median('s')}** |`;
}

const file = path.join(root, 'BENCHMARKS.md');
let text = fs.readFileSync(file, 'utf8');
for (const [name, body] of Object.entries(sections)) {
  const re = new RegExp(`(<!-- BEGIN ${name} -->\\n)[\\s\\S]*?(<!-- END ${name} -->)`);
  if (!re.test(text)) throw new Error(`BENCHMARKS.md has no <!-- BEGIN ${name} --> … <!-- END ${name} --> section`);
  text = text.replace(re, (_, begin, end) => `${begin}${body}\n${end}`);
  console.log(`rewrote ${name}`);
}
fs.writeFileSync(file, text);
