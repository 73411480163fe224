// Runs in the browser: builds every engine on one synthetic dataset, runs
// the same queries, and leaves the figures in window.benchResult.
// Driven by benches/browser/run.mjs; not part of the app.
import init, { BenchIndex } from './pkg/bench_wasm.js';
import MiniSearch from '/node_modules/minisearch/dist/es/index.js';
import FlexSearch from '/node_modules/flexsearch/dist/flexsearch.bundle.module.min.mjs';
import Fuse from '/node_modules/fuse.js/dist/fuse.min.mjs';

const params = new URLSearchParams(location.search);
const size = Number(params.get('n') ?? 1000);
const rounds = Number(params.get('rounds') ?? 30);
const status = (t) => { document.getElementById('status').textContent = t; };

/** The query list: every kind, prefix sequences letter by letter. */
export const QUERIES = {
  exact: ['Jugendarbeit', 'Integration', 'Lobeda', 'Quartiersmanagement', 'Ehrenamt'],
  prefix: ['J', 'Ju', 'Jug', 'Juge', 'Jugen', 'G', 'Ge', 'Gen', 'Gene', 'Gener', 'W', 'Wi', 'Win', 'Winz'],
  typo: ['Jugnedarbeit', 'Intgration', 'Quartiersmanagment', 'Nachbarschaftshilfr', 'Wizerla'],
  'several words': ['Jugend Lobeda', 'Beratung Familien Winzerla', 'offene Treffpunkte Generationen'],
  'folded umlauts': ['Buendnis', 'Foerderung', 'Fluechtlingshilfe', 'Loebstedt', 'Zwaetzen'],
};

/** Labelled queries: relevant = networks whose name contains every target (folded). */
export const LABELLED = [
  ['Jugendarbeit', ['jugendarbeit']],
  ['Jugnedarbeit', ['jugendarbeit']],
  ['Integration', ['integration']],
  ['Intgration', ['integration']],
  ['Quartiersmanagment', ['quartiersmanagement']],
  ['Buendnis', ['bundnis']],
  ['Foerderung', ['forderung']],
  ['Gener', ['generation']],
  ['Nachbarschaftshilfr', ['nachbarschaftshilfe']],
  ['Jugend Lobeda', ['jugend', 'lobeda']],
  ['Familien Winzerla', ['familien', 'winzerla']],
  ['Loebstedt', ['lobstedt']],
  ['Sprachfoerderung', ['sprachforderung']],
  ['Kultrucafe', ['kulturcafe']],
];

const fold = (s) =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss').replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');

function percentile(sorted, p) {
  return sorted[Math.round((sorted.length - 1) * p)];
}

function docsOf(data) {
  const actors = new Map(data.actors.map((a) => [a.id, a.name]));
  const topics = new Map(data.topics.map((t) => [t.id, t.label]));
  const groups = new Map(data.target_groups.map((t) => [t.id, t.label]));
  const levels = { district: 'Stadtteil', city: 'Stadt', state: 'Land', federal: 'Bund' };
  return data.networks.map((n, id) => ({
    id,
    name: n.name,
    caption: n.caption ?? '',
    summary: n.summary,
    topics: n.topics.map((t) => topics.get(t)).join(' '),
    groups: n.target_groups.map((t) => groups.get(t)).join(' '),
    actors: n.actors.map((p) => actors.get(p.actor)).join(' '),
    levels: n.levels.map((l) => levels[l]).join(' '),
    description: [...n.description, ...n.goals, ...n.facts].join(' '),
  }));
}

const FIELDS = ['name', 'caption', 'summary', 'topics', 'groups', 'actors', 'levels', 'description'];
const BOOST = { name: 4, caption: 2.5, summary: 2.5, topics: 2, groups: 2, actors: 2, levels: 1.5, description: 1 };

/** Each engine as its documentation recommends for fuzzy, prefix search. */
function engines(json, docs) {
  return {
    'Stadtteilnetz (WASM)': {
      // The dataset is parsed into WASM once; later builds time the index alone.
      build: (previous) => {
        if (previous) {
          previous.rebuild();
          return previous;
        }
        return new BenchIndex(json);
      },
      search: (ix, q) => Array.from(ix.search(q, 10)),
    },
    MiniSearch: {
      build: () => {
        const ms = new MiniSearch({
          fields: FIELDS,
          searchOptions: { boost: BOOST, prefix: true, fuzzy: 0.2, combineWith: 'OR' },
        });
        ms.addAll(docs);
        return ms;
      },
      search: (ix, q) => ix.search(q).slice(0, 10).map((r) => r.id),
    },
    FlexSearch: {
      build: () => {
        const fx = new FlexSearch.Document({
          document: { id: 'id', index: FIELDS },
          tokenize: 'forward',
          encoder: FlexSearch.Charset.LatinExtra,
          resolution: 9,
        });
        for (const d of docs) fx.add(d);
        return fx;
      },
      search: (ix, q) => {
        const seen = [];
        for (const field of ix.search(q, { limit: 10, suggest: true })) {
          for (const id of field.result) if (!seen.includes(id)) seen.push(id);
        }
        return seen.slice(0, 10);
      },
    },
    'Fuse.js': {
      build: () =>
        new Fuse(docs, {
          keys: FIELDS.map((name) => ({ name, weight: BOOST[name] })),
          threshold: 0.3,
          ignoreLocation: true,
          includeScore: true,
        }),
      search: (ix, q) => ix.search(q, { limit: 10 }).map((r) => r.refIndex),
    },
  };
}

function heap() {
  globalThis.gc?.();
  return performance.memory?.usedJSHeapSize ?? 0;
}

async function run() {
  const wasm = await init();
  const wasmBytes = () => wasm.memory.buffer.byteLength;
  status(`loading ${size}`);
  const json = await (await fetch(`./data/synthetic-${size}.json`)).text();
  const data = JSON.parse(json);
  const docs = docsOf(data);
  const names = docs.map((d) => fold(d.name));
  const relevant = LABELLED.map(([, targets]) => new Set(names.flatMap((n, i) => (targets.every((t) => n.includes(t)) ? [i] : []))));
  const result = { size, rounds, engines: {} };
  for (const [name, engine] of Object.entries(engines(json, docs))) {
    if (name === 'Fuse.js' && size > 10000) continue; // scans every entry per query: minutes per round
    status(`${name}: build`);
    const heapBefore = heap();
    const wasmBefore = wasmBytes();
    const builds = [];
    let index = null;
    let memory = 0;
    for (let i = 0; i < 3; i++) {
      if (!name.startsWith('Stadtteilnetz')) index = null;
      heap();
      const t = performance.now();
      index = engine.build(index);
      builds.push(performance.now() - t);
      if (i === 0) memory = heap() - heapBefore + (wasmBytes() - wasmBefore);
    }
    status(`${name}: queries`);
    const all = Object.values(QUERIES).flat();
    for (const q of all) engine.search(index, q); // warm up
    const times = [];
    const byKind = Object.fromEntries(Object.keys(QUERIES).map((k) => [k, []]));
    // Each sample is the mean of REPS runs of one query, so that the
    // browser's timer resolution does not dominate microsecond figures.
    // Slow engines get fewer rounds: at most BUDGET_MS of querying each.
    const REPS = 5;
    const BUDGET_MS = 20000;
    const started = performance.now();
    for (let r = 0; r < rounds && (r === 0 || performance.now() - started < BUDGET_MS); r++) {
      for (const [kind, qs] of Object.entries(QUERIES)) {
        for (const q of qs) {
          const t = performance.now();
          for (let k = 0; k < REPS; k++) engine.search(index, q);
          const d = (performance.now() - t) / REPS;
          times.push(d);
          byKind[kind].push(d);
        }
      }
    }
    times.sort((a, b) => a - b);
    let recall = 0;
    let mrr = 0;
    LABELLED.forEach(([q], i) => {
      const got = engine.search(index, q);
      const rel = relevant[i];
      const top5 = got.slice(0, 5).filter((id) => rel.has(id)).length;
      recall += rel.size ? top5 / Math.min(5, rel.size) : 0;
      const first = got.findIndex((id) => rel.has(id));
      mrr += first >= 0 ? 1 / (first + 1) : 0;
    });
    result.engines[name] = {
      build: builds.sort((a, b) => a - b)[1],
      memory,
      p50: percentile(times, 0.5),
      p95: percentile(times, 0.95),
      byKind: Object.fromEntries(
        Object.entries(byKind).map(([k, v]) => {
          v.sort((a, b) => a - b);
          return [k, { p50: percentile(v, 0.5), p95: percentile(v, 0.95) }];
        }),
      ),
      recall5: recall / LABELLED.length,
      mrr: mrr / LABELLED.length,
    };
    index = null;
  }
  window.benchResult = result;
  status('done');
}

run().catch((e) => {
  window.benchError = String(e && e.stack ? e.stack : e);
  status(`error: ${e}`);
});
