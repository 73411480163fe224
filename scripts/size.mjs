// Sizes of everything a first visit downloads from dist/: raw, gzip -9 and
// brotli (quality 11), by kind (WASM, JS, CSS, HTML, icons), as a Markdown table.
//   node scripts/size.mjs [dist]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const kindOf = (f) => ({ '.wasm': 'WASM', '.js': 'JS', '.css': 'CSS', '.html': 'HTML' })[path.extname(f)] ?? 'Icons and other';
const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]);

const rows = walk(dir).sort().map((file) => {
  const body = fs.readFileSync(file);
  return {
    file: path.relative(dir, file),
    kind: kindOf(file),
    raw: body.length,
    gzip: zlib.gzipSync(body, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(body, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length,
  };
});
const kb = (n) => (n / 1024).toFixed(1);
console.log('| file | kind | raw KiB | gzip KiB | brotli KiB |');
console.log('|---|---|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.file} | ${r.kind} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
const sum = (k) => rows.reduce((s, r) => s + r[k], 0);
console.log(`| **total** | | **${kb(sum('raw'))}** | **${kb(sum('gzip'))}** | **${kb(sum('brotli'))}** |`);
