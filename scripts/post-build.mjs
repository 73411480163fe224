// Trunk post_build hook (see Trunk.toml). Works on Trunk's staging folder:
//  - renders the app icons (192, 512, maskable 512, apple-touch 180) from
//    public/icon.svg, the one source image, as palette PNGs (256 colours are
//    plenty for a flat icon, and half the bytes);
//  - in release builds, minifies wasm-bindgen's JS glue (terser) and puts
//    its new integrity hash into index.html (Trunk's hash in the name is a
//    64-bit hex number without leading zeros: up to 16 digits);
//  - for the Redaktion (STADTTEILNETZ_APP=redaktion, scripts/build.sh),
//    no icons and its own worker (scripts/sw-redaktion-template.js);
//  - in release builds, writes sw.js (minified) precaching every file of the bundle
//    (names read from the folder) under a cache named for the content hash,
//    and adds a Content-Security-Policy with the hash of Trunk's inline
//    start-up script to index.html;
//  - in debug builds, writes a worker that removes itself (never trapped).
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { minify } from 'terser';
import UPNG from 'upng-js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const staging = process.env.TRUNK_STAGING_DIR;
const release = process.env.TRUNK_PROFILE === 'release';
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set; run through trunk build');
  process.exit(1);
}
const BRAND = '#0b5d4b';
// scripts/build.sh builds the Redaktion with STADTTEILNETZ_APP=redaktion:
// its bundle lives below /redaktion/, with a worker of its own.
const editor = process.env.STADTTEILNETZ_APP === 'redaktion';
const prefix = editor ? '/redaktion' : '';

// Icons from the one source image (the residents' app's, for its manifest).
const svg = fs.readFileSync(path.join(root, 'public/icon.svg'), 'utf8');
const render = (source, size) => {
  const png = UPNG.decode(new Resvg(source, { fitTo: { mode: 'width', value: size } }).render().asPng());
  return Buffer.from(UPNG.encode(UPNG.toRGBA8(png), png.width, png.height, 256));
};
if (!editor) {
fs.writeFileSync(path.join(staging, 'icon-192.png'), render(svg, 192));
fs.writeFileSync(path.join(staging, 'icon-512.png'), render(svg, 512));
fs.writeFileSync(path.join(staging, 'apple-touch-icon.png'), render(svg, 180));
// Maskable: the same drawing inside the safe zone (80 %) on a full-bleed background.
const inner = svg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
const [, , w, h] = (svg.match(/viewBox="([^"]+)"/)?.[1] ?? '0 0 64 64').split(/\s+/).map(Number);
const pad = w * 0.125;
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-pad} ${-pad} ${w + 2 * pad} ${h + 2 * pad}"><rect x="${-pad}" y="${-pad}" width="${w + 2 * pad}" height="${h + 2 * pad}" fill="${BRAND}"/>${inner}</svg>`;
fs.writeFileSync(path.join(staging, 'icon-maskable-512.png'), render(maskable, 512));
}

if (!release) {
  fs.copyFileSync(path.join(here, 'sw-debug.js'), path.join(staging, 'sw.js'));
  process.exit(0);
}

const indexPath = path.join(staging, 'index.html');
let html = fs.readFileSync(indexPath, 'utf8');

// wasm-bindgen's glue, minified (a quarter of its brotli size); Trunk's
// integrity attribute then names the new content. Exports keep their names.
for (const name of fs.readdirSync(staging).filter((f) => /^(stadtteilnetz|redaktion)-[0-9a-f]{12,16}\.js$/.test(f))) {
  const file = path.join(staging, name);
  const source = fs.readFileSync(file, 'utf8');
  const { code } = await minify(source, { module: true, compress: true, mangle: true });
  fs.writeFileSync(file, code);
  const old = `sha384-${crypto.createHash('sha384').update(source, 'utf8').digest('base64')}`;
  const now = `sha384-${crypto.createHash('sha384').update(code, 'utf8').digest('base64')}`;
  if (!html.includes(old)) {
    console.error(`post-build: index.html has no integrity hash for ${name} to update`);
    process.exit(1);
  }
  html = html.replaceAll(old, now);
  console.log(`post-build: ${name} minified, ${source.length} → ${code.length} bytes`);
}

// The residents' first paint needs nothing but the page: the style sheet
// goes into it (15 KiB, 3 KiB brotli: one request and round trip fewer
// before anything shows on slow mobile data; BENCHMARKS.md, old phones).
// The residents' WASM is fetched early by index.html's first script, and
// only where the visitor stays (a page that sends them to their language's
// would waste the connection on it): Trunk's preload becomes a <meta> that
// names the file.
let styleHash = null;
if (!editor) {
  const link = html.match(/<link(?=[^>]*\brel=["']?stylesheet)[^>]*>/);
  const href = link?.[0].match(/\bhref=["']?\/([^"' >]+\.css)/)?.[1];
  if (!href) {
    console.error('post-build: index.html has no style sheet to take in');
    process.exit(1);
  }
  const css = fs.readFileSync(path.join(staging, href), 'utf8').trim();
  if (/<\/style/i.test(css)) {
    console.error(`post-build: ${href} contains </style and cannot go into the page`);
    process.exit(1);
  }
  html = html.replace(link[0], () => `<style>${css}</style>`);
  fs.rmSync(path.join(staging, href));
  styleHash = `'sha256-${crypto.createHash('sha256').update(css, 'utf8').digest('base64')}'`;

  const preload = html.match(/<link(?=[^>]*\brel=["']?preload)(?=[^>]*application\/wasm)[^>]*>/);
  const wasm = preload?.[0].match(/\bhref=["']?([^"' >]+)/)?.[1];
  if (!wasm) {
    console.error('post-build: index.html has no preload of the WASM to move');
    process.exit(1);
  }
  html = html
    .replace(preload[0], '')
    .replace(/<meta charset=["']?utf-8["']?\s*\/?>/i, (m) => `${m}<meta name=stadtteilnetz-wasm content="${wasm}">`);
}

// Content-Security-Policy: own origin only, WebAssembly, and exactly the
// page's inline scripts by their hashes: Trunk's start-up script and, in
// the residents' app, index.html's first script (the language of the
// first paint), and its style sheet by its hash. JSON-LD blocks are data,
// not scripts, and need none.
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const expected = editor ? 1 : 2;
if (inline.length !== expected) {
  console.error(`post-build: expected ${expected} inline scripts in index.html, found ${inline.length}`);
  process.exit(1);
}
const hashes = inline.map((code) => `'sha256-${crypto.createHash('sha256').update(code, 'utf8').digest('base64')}'`);
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  `style-src 'self'${styleHash ? ` ${styleHash}` : ''}`,
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
html = html.replace(/<meta charset=["']?utf-8["']?\s*\/?>/i, (m) => `${m}<meta http-equiv="Content-Security-Policy" content="${csp}">`);
if (!html.includes('Content-Security-Policy')) {
  console.error('post-build: could not place the Content-Security-Policy in index.html');
  process.exit(1);
}
fs.writeFileSync(indexPath, html);
fs.writeFileSync(path.join(staging, 'csp.txt'), `${csp}\n`);

// Every page of the residents' app as HTML (crates/prerender), with this
// index.html as the template: readable before the app runs and without
// JavaScript. Benchmark builds of generated data (STADTTEILNETZ_PAGES=0,
// set by scripts/build.sh) draw none: 10,000 pages would only slow them.
if (!editor && process.env.STADTTEILNETZ_PAGES !== '0') {
  const cargo = spawnSync('cargo', ['run', '--quiet', '--locked', '-p', 'stadtteilnetz-prerender', '--', staging], {
    cwd: root,
    stdio: 'inherit',
  });
  if (cargo.status !== 0) {
    console.error('post-build: drawing the pages failed (see above)');
    process.exit(1);
  }
}

// Every file of the bundle, read from the folder, and a hash of them all.
const walk = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
const bundle = walk(staging)
  .map((f) => '/' + path.relative(staging, f).split(path.sep).join('/'))
  .filter((f) => f !== '/sw.js' && f !== '/csp.txt')
  .sort();
// The worker precaches what the app needs to run, not the PNG icons: only
// the browser's install dialog and home screens ask for those, online, and
// they would add about 25 KiB to every first visit; nor sitemap.xml and
// robots.txt, which are for search engines.
// The drawn pages go into one file, seiten.json (address → page: "/" for
// index.html, /netzwerk/x for netzwerk/x.html, 404.html as it is), which
// the worker unpacks into its cache: compressed together they share their
// header, footer and head, 8 KiB in place of 58 KiB for the shipped data.
const isPage = (f) => !editor && f.endsWith('.html');
const address = (f) => (f.endsWith('/index.html') ? f.slice(0, -'index.html'.length) : f.endsWith('/404.html') ? f : f.slice(0, -'.html'.length));
const files = bundle
  .filter((f) => !/\.(png|xml|txt)$/.test(f) && !isPage(f) && f !== '/seiten.json')
  .map((f) => (editor && f === '/index.html' ? '/' : f))
  .map((f) => `${prefix}${f}`);
// Only the German pages: the worker caches the others' as they are visited,
// and offline gives the German one for a page in another language not yet
// visited (its first script then holds the first paint until the app has
// drawn it in the visitor's language): 8 KiB, not 19, on every first visit.
const german = (f) => !/^\/(en|uk|ar|ls)\//.test(f);
const pages = editor ? {} : Object.fromEntries(bundle.filter((f) => isPage(f) && german(f)).map((f) => [address(f), fs.readFileSync(path.join(staging, f), 'utf8')]));
if (!editor) fs.writeFileSync(path.join(staging, 'seiten.json'), JSON.stringify(pages));
const digest = crypto.createHash('sha256');
for (const f of bundle) {
  digest.update(f);
  digest.update(fs.readFileSync(path.join(staging, f)));
}
const version = digest.digest('hex').slice(0, 16);
const template = editor ? 'sw-redaktion-template.js' : 'sw-template.js';
const source = fs
  .readFileSync(path.join(here, template), 'utf8')
  .replace('__VERSION__', version)
  .replace('__FILES__', JSON.stringify(files));
// Minified like the glue: the worker is part of every first visit.
const { code: worker } = await minify(source, { compress: false, mangle: true });
fs.writeFileSync(path.join(staging, 'sw.js'), worker);
console.log(`post-build: sw.js caches ${files.length} files as version ${version}`);
