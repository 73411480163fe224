// A small static server for the release bundle, as a static host serves it:
// `.wasm` as application/wasm, each page the build drew from its file
// (/netzwerk/<slug> from netzwerk/<slug>.html), 404.html with status 404 for
// addresses with no page (index.html where the build drew none: benchmark
// bundles), the Redaktion's page below /redaktion/, no-cache for pages and sw.js, a long
// cache for hashed files, and brotli or gzip as the browser accepts (each
// file compressed once, then kept). Used by scripts/run.sh and the tests.
//
//   node scripts/serve.mjs --dir dist --port 8080 [--host 127.0.0.1]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Text formats worth compressing. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.csv', '.webmanifest', '.svg', '.txt']);

/** The languages the build draws pages in: German at the root, the
 *  others below their code (/en/…). */
const LANGUAGES = ['de', 'en', 'uk', 'ar', 'ls'];
const PREFIXED_LANGUAGES = LANGUAGES.slice(1);
const PREFIXED = new RegExp(`^/(${PREFIXED_LANGUAGES.join('|')})(/|$)`);

/** Compressed bodies by file (as it is on disk now) and encoding, made on
 *  first request. */
const compressed = new Map();
function encode(file, body, encoding) {
  const key = `${file}:${fs.statSync(file).mtimeMs}\0${encoding}`;
  if (!compressed.has(key)) {
    compressed.set(
      key,
      encoding === 'br'
        ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
        : zlib.gzipSync(body, { level: 9 }),
    );
  }
  return compressed.get(key);
}

/** The first language of an Accept-Language header that the app speaks, as
 *  the app picks from navigator.languages (`en-GB` → `en`), or null. */
export function preferredLanguage(header = '') {
  const tags = header
    .split(',')
    .map((part) => {
      const [tag, q] = part.trim().split(';q=');
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((t) => t.tag && t.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of tags) {
    const code = tag.split(/[-_]/)[0];
    if (LANGUAGES.includes(code)) return code;
  }
  return null;
}

/** Trunk puts a content hash in these names (a 64-bit hex number, without
 *  leading zeros: 16 digits or fewer), so they may be cached for ever. */
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.[a-z]+$/;

/**
 * Starts the server. Resolves to { server, url, close }; `onRequest` (optional)
 * sees every request, `onSent` (optional) every file sent, as (request, path
 * of the file, bytes of the body as sent); `headers` are added to every
 * response.
 */
/** Compresses every file below `root` that is worth it, both ways, so that
 *  no first request waits for the compressor (benchmarks time first visits). */
function precompressAll(root) {
  for (const entry of fs.readdirSync(root, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    if (!entry.isFile() || !COMPRESSIBLE.has(path.extname(file))) continue;
    const body = fs.readFileSync(file);
    for (const encoding of ['br', 'gzip']) encode(file, body, encoding);
  }
}

export function startServer({ dir, port = 0, host = '127.0.0.1', onRequest, onSent, headers: extra = {}, precompress = false } = {}) {
  const root = path.resolve(dir);
  if (precompress) precompressAll(root);
  const index = path.join(root, 'index.html');
  const notFound = path.join(root, '404.html');
  // The Redaktion is a page of its own below /redaktion/ (its own routes).
  const editorIndex = path.join(root, 'redaktion', 'index.html');
  const server = http.createServer((req, res) => {
    onRequest?.(req);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      pathname = '/';
    }
    const file = path.join(root, path.normalize(pathname));
    const inside = file === root || file.startsWith(root + path.sep);
    let target = null;
    let status = 200;
    const isFile = (f) => (f === root || f.startsWith(root + path.sep)) && fs.existsSync(f) && fs.statSync(f).isFile();
    const page = file.replace(/[\\/]+$/, '') + '.html';
    if (inside && isFile(file)) {
      target = file;
    } else if (pathname === '/') {
      target = index;
    } else if (inside && isFile(path.join(file, 'index.html'))) {
      // A language's start page, /en/.
      target = path.join(file, 'index.html');
    } else if (inside && pathname !== '/' && isFile(page)) {
      target = page;
    } else if (!path.extname(pathname) || (req.headers.accept ?? '').includes('text/html')) {
      const editor = pathname === '/redaktion' || pathname.startsWith('/redaktion/');
      if (editor && fs.existsSync(editorIndex)) {
        target = editorIndex;
      } else if (fs.existsSync(notFound)) {
        // No page for this address: the app, taking over, says what is
        // missing (below /en/ and the like, in that language).
        const language = pathname.match(PREFIXED)?.[1];
        const localized = language && path.join(root, language, '404.html');
        target = localized && fs.existsSync(localized) ? localized : notFound;
        status = 404;
      } else {
        target = index;
      }
    }
    if (!target) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    // A German page, asked for by a browser that prefers another language
    // we draw pages in: that language's page, at the same address, so that
    // a first visit needs no second request (index.html's first script
    // would otherwise send the visitor there).
    let negotiated = false;
    const relative = path.relative(root, target);
    const own = relative.split(path.sep)[0];
    if (target.endsWith('.html') && !PREFIXED_LANGUAGES.includes(own) && own !== 'redaktion') {
      negotiated = true;
      const language = preferredLanguage(req.headers['accept-language']);
      const localized = language && language !== 'de' && path.join(root, language, relative);
      if (localized && fs.existsSync(localized)) target = localized;
    }
    const ext = path.extname(target);
    const type = TYPES[ext] ?? 'application/octet-stream';
    const cache = HASHED.test(target) ? 'public, max-age=31536000, immutable' : 'no-cache';
    // An ETag, as static hosts send: a revalidation (no-cache files, the
    // worker's precache) then costs a 304, not the file again.
    const stat = fs.statSync(target);
    const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    const headers = { 'Content-Type': type, 'Cache-Control': cache, 'X-Content-Type-Options': 'nosniff', ETag: etag, ...extra };
    if (negotiated) headers.Vary = 'Accept-Language';
    if (status === 200 && req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
    let body = fs.readFileSync(target);
    if (COMPRESSIBLE.has(ext)) {
      headers.Vary = headers.Vary ? `${headers.Vary}, Accept-Encoding` : 'Accept-Encoding';
      const accepted = req.headers['accept-encoding'] ?? '';
      const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
      if (encoding) {
        body = encode(target, body, encoding);
        headers['Content-Encoding'] = encoding;
      }
    }
    headers['Content-Length'] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    if (req.method === 'GET') onSent?.(req, target, body.length);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({
        server,
        url: `http://${host}:${actual}`,
        close: () => new Promise((r) => { server.close(() => r()); server.closeAllConnections?.(); }),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const dir = arg('dir', 'dist');
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    console.error(`${dir}/index.html fehlt: erst bauen (scripts/build.sh).`);
    process.exit(1);
  }
  const { url } = await startServer({ dir, port: Number(arg('port', 8080)), host: arg('host', '127.0.0.1') });
  console.log(`Stadtteilnetz läuft auf ${url}/ (Strg+C beendet)`);
}
