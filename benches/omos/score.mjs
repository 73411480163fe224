// Scores a ranking file (`<question id>\t<page id>,…`, as search_eval and
// the peers print it) against a questions file of shared/benchmarks/omos-qa:
// success@1, @5, @10 and MRR@10 (see that folder's README).
//   node benches/omos/score.mjs <questions.jsonl> <ranking.tsv>
import fs from 'node:fs';

/** Metrics of `ranked` (question id → page ids, best first) for `questions`. */
export function score(questions, ranked) {
  let s1 = 0, s5 = 0, s10 = 0, rr = 0;
  for (const q of questions) {
    const rank = (ranked.get(q.id) ?? []).slice(0, 10).indexOf(q.page) + 1;
    if (rank === 1) s1++;
    if (rank >= 1 && rank <= 5) s5++;
    if (rank >= 1) { s10++; rr += 1 / rank; }
  }
  const n = questions.length;
  return { n, s1: s1 / n, s5: s5 / n, s10: s10 / n, mrr: rr / n };
}

export const readJsonl = (file) => fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

/** A ranking file's lines as a map. */
export function parseRanking(text) {
  const out = new Map();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const [id, ids = ''] = line.split('\t');
    out.set(id, ids ? ids.split(',') : []);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [questions, ranking] = process.argv.slice(2);
  const r = score(readJsonl(questions), parseRanking(fs.readFileSync(ranking, 'utf8')));
  console.log(`n=${r.n} success@1=${r.s1.toFixed(3)} success@5=${r.s5.toFixed(3)} success@10=${r.s10.toFixed(3)} MRR@10=${r.mrr.toFixed(3)}`);
}
