// The search benchmark on real pages that we did not write: the 617 pages
// and the questions of shared/benchmarks/omos-qa (Integreat, OMoS-QA,
// CC BY 4.0), each question in German and in English, through our core
// (search_eval, one entry per page, as the app searches) and, in the same
// run, through MiniSearch (as Integreat configures it, AND, and with OR),
// FlexSearch, Pagefind (in Chromium, as it runs) and Tantivy (BM25 with
// Snowball stemming, benches/omos/tantivy, its own workspace). Every engine
// indexes the pages of the question's language: title and text, the title
// weighted 2 where the engine has weights. Prints per engine, language and
// question set success@1, @5, @10, MRR@10 and query p50/p95, and with
// --write rewrites the table in BENCHMARKS.md.
//   node benches/omos/run.mjs [--write] [--sets dev,train] [--only ours]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import FlexSearch from 'flexsearch';
import * as pagefind from 'pagefind';
import { launchFresh } from '../browser/chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { parseRanking, readJsonl, score } from './score.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DATA = process.env.OMOS_DIR ?? path.resolve(root, '../shared/benchmarks/omos-qa');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const SETS = arg('--sets', 'dev,train').split(',');
const ONLY = arg('--only', null);
const LANGS = ['de', 'en'];
const pagesFile = path.join(DATA, 'pages.jsonl');
const pages = readJsonl(pagesFile);
const questionsOf = Object.fromEntries(SETS.map((s) => [s, readJsonl(path.join(DATA, `questions-${s}.jsonl`))]));
const env = { ...process.env, PATH: `${os.homedir()}/.cargo/bin:${process.env.PATH}` };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.round((xs.length - 1) * 0.95)];

/** Runs a command that prints ranking lines, and its query times (µs) on stderr. */
function external(cmd, args) {
  return (set, lang) => {
    const file = path.join(DATA, `questions-${set}.jsonl`);
    const errFile = path.join(os.tmpdir(), `omos-times-${process.pid}`);
    const fd = fs.openSync(errFile, 'w');
    const out = execFileSync(cmd, [...args, pagesFile, file, lang, ...(cmd.endsWith('search_eval') ? ['--times'] : [])], {
      env, maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', fd],
    }).toString();
    fs.closeSync(fd);
    const times = fs.readFileSync(errFile, 'utf8').split('\n').filter(Boolean).map((x) => Number(x) / 1000);
    fs.rmSync(errFile);
    return { ranked: parseRanking(out), times };
  };
}

/** An engine in this process: build per language, then a search per question. */
function local(build, search) {
  const built = {};
  return async (set, lang) => {
    built[lang] ??= await build(lang);
    const ranked = new Map();
    const times = [];
    for (const q of questionsOf[set]) {
      const t = performance.now();
      const ids = await search(built[lang], q[lang]);
      times.push(performance.now() - t);
      ranked.set(q.id, ids.slice(0, 10));
    }
    return { ranked, times };
  };
}

const docsIn = (lang) => pages.map((p) => ({ id: p.id, title: p[lang].title, content: p[lang].text }));

function miniSearch(combineWith) {
  return local(
    (lang) => {
      const ms = new MiniSearch({ fields: ['title', 'content'] });
      ms.addAll(docsIn(lang));
      return ms;
    },
    (ms, q) => ms.search(q, { boost: { title: 2 }, fuzzy: 0.25, prefix: true, combineWith }).map((r) => r.id),
  );
}

const flexSearch = local(
  (lang) => {
    const fx = new FlexSearch.Document({
      document: { id: 'id', index: ['title', 'content'] },
      tokenize: 'forward',
      encoder: FlexSearch.Charset.LatinExtra,
      resolution: 9,
    });
    for (const d of docsIn(lang)) fx.add(d);
    return fx;
  },
  (fx, q) => {
    // Each field's results, best first; the title's before the text's.
    const seen = [];
    for (const field of fx.search(q, { limit: 10, suggest: true })) {
      for (const id of field.result) if (!seen.includes(id)) seen.push(id);
    }
    return seen.slice(0, 10);
  },
);

/** Pagefind: indexed in Node (one custom record per page, the page's language), searched in Chromium. */
async function pagefindEngine() {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'omos-pagefind-'));
  for (const lang of LANGS) {
    const { index, errors } = await pagefind.createIndex();
    if (errors.length) throw new Error(errors.join('; '));
    for (const d of docsIn(lang)) {
      await index.addCustomRecord({ url: `/${encodeURIComponent(d.id)}`, content: d.content, language: lang, meta: { title: d.title } });
    }
    await index.writeFiles({ outputPath: path.join(out, lang) });
  }
  await pagefind.close();
  fs.writeFileSync(path.join(out, 'index.html'), '<!doctype html><title>Pagefind</title>');
  const server = await startServer({ dir: out });
  const { context, profile } = await launchFresh('omos-chromium-');
  const page = await context.newPage();
  await page.goto(`${server.url}/index.html`);
  const run = async (set, lang) => {
    const qs = questionsOf[set].map((q) => ({ id: q.id, text: q[lang] }));
    const res = await page.evaluate(async ({ qs, lang }) => {
      const pf = await import(`/${lang}/pagefind.js`);
      await pf.init();
      const out = [];
      for (const q of qs) {
        const t = performance.now();
        const r = await pf.search(q.text);
        const ids = await Promise.all(r.results.slice(0, 10).map(async (x) => decodeURIComponent((await x.data()).url.slice(1))));
        out.push({ id: q.id, ids, ms: performance.now() - t });
      }
      return out;
    }, { qs, lang });
    return { ranked: new Map(res.map((r) => [r.id, r.ids])), times: res.map((r) => r.ms) };
  };
  run.close = async () => {
    await context.close();
    await server.close();
    fs.rmSync(profile, { recursive: true, force: true });
    fs.rmSync(out, { recursive: true, force: true });
  };
  return run;
}

// Builds: our evaluation command, and Tantivy's (its own workspace).
execFileSync('cargo', ['build', '--release', '-q', '-p', 'stadtteilnetz-tools', '--bin', 'search_eval'], { cwd: root, env, stdio: 'inherit' });
const engines = { 'Stadtteilnetz (core)': external(path.join(root, 'target/release/search_eval'), []) };
if (!ONLY) {
  const tantivyDir = path.join(root, 'benches/omos/tantivy');
  execFileSync('cargo', ['build', '--release', '-q'], { cwd: tantivyDir, env, stdio: 'inherit' });
  Object.assign(engines, {
    'MiniSearch (Integreat: AND)': miniSearch('AND'),
    'MiniSearch (OR)': miniSearch('OR'),
    FlexSearch: flexSearch,
    Pagefind: await pagefindEngine(),
    'Tantivy (BM25, Snowball)': external(path.join(tantivyDir, 'target/release/omos-tantivy'), []),
  });
}

const rows = [];
for (const [name, run] of Object.entries(engines)) {
  for (const lang of LANGS) {
    const row = { name, lang };
    for (const set of SETS) {
      const { ranked, times } = await run(set, lang);
      row[set] = { ...score(questionsOf[set], ranked), p50: median(times), p95: p95(times) };
    }
    rows.push(row);
  }
  await run.close?.();
}

const f = (x) => x.toFixed(3);
const ms = (x) => (x < 1 ? `${(x * 1000).toFixed(0)} µs` : `${x.toFixed(1)} ms`);
const main = SETS[0];
const lines = [];
const pkg = (name) => JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
lines.push(`${pages.length} pages; ${SETS.map((s) => `${questionsOf[s].length} ${s} questions`).join(', ')}; MiniSearch ${pkg('minisearch')}, FlexSearch ${pkg('flexsearch')}, Pagefind ${pkg('pagefind')}, Tantivy 0.24.\n`);
lines.push(`| engine | language | ${main}: success@1 | success@5 | success@10 | **MRR@10** | ${SETS.slice(1).map((s) => `${s}: MRR@10 | success@10 | `).join('')}query p50 | p95 |`);
lines.push(`|---|---|---:|---:|---:|---:|${SETS.slice(1).map(() => '---:|---:|').join('')}---:|---:|`);
for (const r of rows) {
  const m = r[main];
  lines.push(`| ${r.name} | ${r.lang} | ${f(m.s1)} | ${f(m.s5)} | ${f(m.s10)} | **${f(m.mrr)}** | ${SETS.slice(1).map((s) => `${f(r[s].mrr)} | ${f(r[s].s10)} | `).join('')}${ms(m.p50)} | ${ms(m.p95)} |`);
}
const table = lines.join('\n');
console.log(table);
if (process.argv.includes('--write')) {
  const file = path.join(root, 'BENCHMARKS.md');
  const text = fs.readFileSync(file, 'utf8');
  const begin = '<!-- BEGIN omos -->';
  const end = '<!-- END omos -->';
  const today = new Date().toISOString().slice(0, 10);
  if (!text.includes(begin)) throw new Error('BENCHMARKS.md has no omos table markers');
  fs.writeFileSync(file, text.replace(new RegExp(`${begin}[\\s\\S]*${end}`), `${begin}\nMeasured ${today}.\n\n${table}\n${end}`));
}
