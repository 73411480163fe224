// Runs in the browser: builds every engine on one synthetic dataset (loads
// Pagefind's, prebuilt by run.mjs), runs the same queries, and leaves the
// figures in window.benchResult.
// Driven by benches/browser/run.mjs; not part of the app.
import init, { BenchIndex } from './pkg/bench_wasm.js';
import MiniSearch from '/node_modules/minisearch/dist/es/index.js';
import FlexSearch from '/node_modules/flexsearch/dist/flexsearch.bundle.module.min.mjs';
import Fuse from '/node_modules/fuse.js/dist/fuse.min.mjs';
import { docsOf, FIELDS } from './docs.mjs';

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
    // Indexed ahead of time in Node by run.mjs (its native binary, one
    // custom record per network); the page only loads the bundle. Searches
    // run in Pagefind's Web Worker and fetch index chunks on first use of a
    // word, so the engine is async. Defaults throughout: German stemming from
    // the records' language, the title (network name) ranked up by its
    // default metadata weight, prefix matching, no typo tolerance.
    Pagefind: {
      async: true,
      build: async () => {
        const pf = await import(`./pagefind/${size}/pagefind.js`);
        await pf.init();
        await pf.preload(''); // init() starts loading without waiting for it; this waits
        return pf;
      },
      // The ranked result list, as a UI gets it; each result's data (url,
      // title, excerpt) loads separately, see ids.
      search: async (pf, q) => (await pf.search(q)).results,
      // Urls come back as <baseUrl>n/<id>.
      ids: async (results) =>
        (await Promise.all(results.slice(0, 10).map((r) => r.data()))).map((d) => Number(d.url.match(/\/n\/(\d+)$/)[1])),
      // Its worker's JS memory; the WASM memory that holds the loaded index
      // is not reported by any browser API, so it is left out.
      workerMemory: async () => {
        // The worker keeps every result's data until a GC in the page runs
        // Pagefind's finalizers and they release it: let them run first.
        heap();
        await new Promise((r) => setTimeout(r, 100));
        const { breakdown } = await performance.measureUserAgentSpecificMemory();
        return breakdown
          .filter((b) => b.attribution.some((a) => a.scope === 'DedicatedWorkerGlobalScope' && a.url?.includes('/pagefind/')))
          .reduce((sum, b) => sum + b.bytes, 0);
      },
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
    // The worker measurement below forces a memory-reducing GC, which frees
    // more than gc() does; the baseline gets the same, or growth reads low.
    if (engine.async) await engine.workerMemory();
    const heapBefore = heap();
    const wasmBefore = wasmBytes();
    const builds = [];
    let index = null;
    let memory = 0;
    // An async engine's build is a one-off load of a prebuilt index (a module
    // import is cached, so it cannot be repeated in the page).
    for (let i = 0; i < (engine.async ? 1 : 3); i++) {
      if (!name.startsWith('Stadtteilnetz')) index = null;
      heap();
      const t = performance.now();
      index = engine.async ? await engine.build(index) : engine.build(index);
      builds.push(performance.now() - t);
      if (i === 0) memory = heap() - heapBefore + (wasmBytes() - wasmBefore);
    }
    status(`${name}: queries`);
    const all = Object.values(QUERIES).flat();
    for (const q of all) {
      if (engine.async) await engine.search(index, q); // warm up (and fetch index chunks)
      else engine.search(index, q); // warm up
    }
    // A lazily loading index is only (mostly) in memory after the warm-up.
    let workerMemory;
    if (engine.async) {
      workerMemory = await engine.workerMemory();
      memory = heap() - heapBefore + (wasmBytes() - wasmBefore) + workerMemory;
    }
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
          // Separate loops, so that the sync engines' timing has no await in it.
          if (engine.async) for (let k = 0; k < REPS; k++) await engine.search(index, q);
          else for (let k = 0; k < REPS; k++) engine.search(index, q);
          const d = (performance.now() - t) / REPS;
          times.push(d);
          byKind[kind].push(d);
        }
      }
    }
    times.sort((a, b) => a - b);
    let recall = 0;
    let mrr = 0;
    for (const [i, [q]] of LABELLED.entries()) {
      // Async engines return result handles; their ids load outside the timing.
      const got = engine.async ? await engine.ids(await engine.search(index, q)) : engine.search(index, q);
      const rel = relevant[i];
      const top5 = got.slice(0, 5).filter((id) => rel.has(id)).length;
      recall += rel.size ? top5 / Math.min(5, rel.size) : 0;
      const first = got.findIndex((id) => rel.has(id));
      mrr += first >= 0 ? 1 / (first + 1) : 0;
    }
    const build = builds.sort((a, b) => a - b)[Math.floor(builds.length / 2)];
    result.engines[name] = {
      // A prebuilt index only loads here; run.mjs adds its (Node) build time.
      ...(engine.async ? { load: build, workerMemory } : { build }),
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
