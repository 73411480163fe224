// Sizes of everything a first visit downloads from dist/: raw, gzip -9 and
// brotli (quality 11), by kind (WASM, JS, CSS, HTML, icons), as a Markdown
// table; the Redaktion (dist/redaktion/, which residents never load) in a
// table of its own.
//   node scripts/size.mjs [dist]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const kindOf = (f) => ({ '.wasm': 'WASM', '.js': 'JS', '.css': 'CSS', '.html': 'HTML' })[path.extname(f)] ?? 'Icons and other';
const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]);

const EDITOR = 'redaktion';
const measure = (base, files) => files.sort().map((file) => {
  const body = fs.readFileSync(file);
  return {
    file: path.relative(base, file),
    kind: kindOf(file),
    raw: body.length,
    gzip: zlib.gzipSync(body, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(body, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length,
  };
});
const kb = (n) => (n / 1024).toFixed(1);
const table = (rows) => {
  console.log('| file | kind | raw KiB | gzip KiB | brotli KiB |');
  console.log('|---|---|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.file} | ${r.kind} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
  const sum = (k) => rows.reduce((s, r) => s + r[k], 0);
  console.log(`| **total** | | **${kb(sum('raw'))}** | **${kb(sum('gzip'))}** | **${kb(sum('brotli'))}** |`);
};
const editorDir = path.join(dir, EDITOR);
table(measure(dir, walk(dir).filter((f) => !f.startsWith(editorDir + path.sep))));
if (fs.existsSync(editorDir)) {
  console.log(`\nThe Redaktion (\`${EDITOR}/\`, its own page; residents' pages never load it):\n`);
  table(measure(editorDir, walk(editorDir)));
}
