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

// Content-Security-Policy: own origin only, WebAssembly, and exactly
// Trunk's inline start-up script by its hash.
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length !== 1) {
  console.error(`post-build: expected Trunk's one inline script in index.html, found ${inline.length}`);
  process.exit(1);
}
const hash = crypto.createHash('sha256').update(inline[0], 'utf8').digest('base64');
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'`,
  "style-src 'self'",
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

// Every file of the bundle, read from the folder, and a hash of them all.
const walk = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
const bundle = walk(staging)
  .map((f) => '/' + path.relative(staging, f).split(path.sep).join('/'))
  .filter((f) => f !== '/sw.js' && f !== '/csp.txt')
  .sort();
// The worker precaches what the app needs to run, not the PNG icons: only
// the browser's install dialog and home screens ask for those, online, and
// they would add about 25 KiB to every first visit.
// index.html is listed as "/", the address a first visit loads it from, so
// that the precache finds it in the browser's HTTP cache.
const files = bundle
  .filter((f) => !f.endsWith('.png'))
  .map((f) => (f === '/index.html' ? `${prefix}/` : `${prefix}${f}`));
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
