// Shared set-up for the end-to-end tests: serves the built release bundle
// (dist/) on 127.0.0.1 and drives a real headless Chromium with playwright-core.
import { chromium } from 'playwright-core';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');
/** A second build with a visible change (scripts/test.sh makes it), for update tests. */
export const DIST_NEXT = path.join(ROOT, 'dist-next');
/** A build with 10,000 generated networks (feature `synthetic`; scripts/test.sh makes it). */
export const DIST_SYNTHETIC = path.join(ROOT, 'dist-synthetic');
/** A build on the real pages of shared/benchmarks/omos-qa (`scripts/build.sh --omos`; scripts/test.sh makes it). */
export const DIST_OMOS = path.join(ROOT, 'dist-omos');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The public address scripts/test.sh builds dist/ with (for QR codes). */
export const PUBLIC_URL = 'https://stadtteilnetz.example.org';

/** The shipped dataset, for expectations that follow the data. */
export const DATA = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/netzwerke.json'), 'utf8'));

/** The interface languages, German first. */
export const LANGS = ['de', 'en', 'uk', 'ar', 'ls'];

/** A language's BCP 47 tag, as in `lang="…"`: its code, except Leichte
 *  Sprache (`ls` in addresses), which is German with a private-use subtag. */
export const tagOf = (lang) => (lang === 'ls' ? 'de-x-ls' : lang);

/** The interface texts of a language, as in locales/<tag>/<ns>.json. */
const TEXTS = Object.fromEntries(LANGS.map((l) => [l, Object.fromEntries(
  ['common', 'home', 'pages', 'kiosk', 'legal', 'connections'].map((ns) => [ns, JSON.parse(fs.readFileSync(path.join(ROOT, 'locales', tagOf(l), `${ns}.json`), 'utf8'))]),
)]));

/** The interface text of `key` (`home.search.label`) in `lang`, with `vars` filled in. */
export function text(lang, key, vars = {}) {
  const value = key.split('.').reduce((o, k) => o?.[k], TEXTS[lang]);
  if (typeof value !== 'string') throw new Error(`${lang}: no text ${key}`);
  return value.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, v) => String(vars[v]));
}

/**
 * Starts the server and a browser with a fresh profile. Returns
 * { base, context, newPage, close }. `initScript` runs before any page script;
 * `locale` is the browser's language (navigator.languages); `javaScriptEnabled:
 * false` is a browser with JavaScript switched off.
 * Every page records console errors and uncaught exceptions in `page.errors`.
 */
export async function launch({ initScript, dir = DIST, locale = 'de-DE', javaScriptEnabled = true } = {}) {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`${dir}/index.html is missing: build first with scripts/build.sh`);
  }
  // Every path the server was asked for, in order.
  const served = [];
  const onRequest = (req) => served.push(req.url);
  let server = await startServer({ dir, onRequest });
  const port = Number(new URL(server.url).port);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stadtteilnetz-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 360, height: 740 },
    locale,
    javaScriptEnabled,
  });
  // A Content-Security-Policy violation is a console error, which every test
  // checks for.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  if (initScript) await context.addInitScript(initScript);
  // Every request the browser makes, pages and service workers alike.
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const newPage = async (options = {}) => {
    const page = await context.newPage();
    if (options.viewport) await page.setViewportSize(options.viewport);
    page.errors = [];
    // A page the server answers with 404 (an unknown address: the not-found
    // page, as it should) is no error of the page's.
    const navigations = new Set();
    page.on('request', (r) => { if (r.isNavigationRequest()) navigations.add(r.url()); });
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      if (/status of 404/.test(msg.text()) && navigations.has(msg.location().url)) return;
      page.errors.push(`console: ${msg.text()}`);
    });
    page.on('pageerror', (err) => page.errors.push(`page: ${err.message}`));
    return page;
  };
  return {
    base: server.url,
    context,
    newPage,
    requests,
    served,
    /** Stops the server, as when the network is gone. */
    async stopServer() {
      await server.close();
    },
    /** Serves `dir` again on the same address (another build, say). */
    async startServer(nextDir = dir) {
      server = await startServer({ dir: nextDir, port, onRequest });
    },
    async close() {
      await context.close();
      await server.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
      const foreign = requests.filter((u) => !['127.0.0.1'].includes(new URL(u).hostname) && !u.startsWith('data:'));
      if (foreign.length) throw new Error(`requests to other hosts: ${foreign.join(', ')}`);
    },
  };
}

/** An init script for `launch`: storage that refuses every write, as when
 *  it is full (Chromium's own quota is too large to fill in a test). */
export function fullStorage() {
  Storage.prototype.setItem = function () {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
}

/** Waits until the app has rendered its main heading: the app's own, once
 *  it has taken over the page the build drew. */
export async function appReady(page) {
  await page.waitForFunction(() => !document.getElementById('statisch') && document.querySelector('main h1'));
}

/** Opens `url` and waits until the app has rendered its main heading. */
export async function open(page, url) {
  await page.goto(url);
  await appReady(page);
}

/** A first visit to `url` that the worker has finished: it has cached the
 *  app and, after a reload, controls the page, so the server may go. */
export async function firstVisit(page, url) {
  await open(page, url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await appReady(page);
}

/** Runs axe-core with the WCAG 2.1 A and AA rules; returns the violations. */
const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
export async function axeViolations(page) {
  // Evaluated through DevTools: the app's Content-Security-Policy (rightly)
  // refuses injected inline scripts.
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(`${AXE}\n;0`);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations;
}

/** Whether the page can be scrolled sideways (it should not be). */
export async function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The text of the QR code shown in `locator`, read from a screenshot with a real decoder. */
export async function decodeQr(locator) {
  const png = PNG.sync.read(await locator.screenshot());
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!found) throw new Error('no readable QR code');
  return found.data;
}
