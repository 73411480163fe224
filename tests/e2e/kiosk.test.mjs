// Kiosk mode on a community-centre screen: turned on by a link and kept on
// the device, larger touch targets, and the idle reset ("Noch da?", any
// touch cancels it, then nothing of the visit is left). The browser's clock
// is Playwright's controllable one, so that two minutes pass in a moment.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, open, axeViolations, decodeQr, PUBLIC_URL, ROOT, appReady } from './harness.mjs';

const KIOSK = 'stadtteilnetz.kiosk';
const MERKLISTE = 'stadtteilnetz.merkliste';
let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

const isKiosk = (page) => page.evaluate(() => document.documentElement.classList.contains('kiosk'));
const stored = (page, key) => page.evaluate((key) => localStorage.getItem(key), key);
const overlay = (page) => page.getByTestId('kiosk-overlay');

test('?kiosk=1 turns kiosk mode on for the device, it survives a reload, ?kiosk=0 ends it', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/`);
  assert.equal(await isKiosk(page), false);
  await open(page, `${app.base}/?kiosk=1&idle=45`);
  assert.equal(await isKiosk(page), true);
  assert.equal(await stored(page, KIOSK), '1:45');
  await open(page, `${app.base}/netzwerk/arbeitskreis-generationen`);
  assert.equal(await isKiosk(page), true, 'kept on another page');
  await page.reload();
  await appReady(page);
  assert.equal(await isKiosk(page), true, 'kept after a reload');
  await open(page, `${app.base}/?kiosk=0`);
  assert.equal(await isKiosk(page), false);
  assert.equal(await stored(page, KIOSK), null);
  assert.deepEqual(page.errors, []);
});

test('an idle time out of bounds is refused with a message and the default applies', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/?kiosk=1&idle=5`);
  assert.equal(await isKiosk(page), true);
  assert.equal(await stored(page, KIOSK), '1:120');
  assert.match(await page.getByTestId('notice').innerText(), /Wartezeit „5“ gilt nicht.*30 bis 3600/);
  await open(page, `${app.base}/?kiosk=0`);
});

test('in kiosk mode every button, field, filter value and card link is at least 48 px high', async () => {
  const page = await app.newPage({ viewport: { width: 1080, height: 1920 } });
  await open(page, `${app.base}/?kiosk=1`);
  // A checkbox's touch target is its whole label.
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('main button, main input, main .button, [data-testid=card-name], .site-nav a')]
      .map((e) => (e.type === 'checkbox' ? e.closest('label') : e))
      .filter((e) => e.offsetParent !== null)
      .map((e) => [e.textContent.trim().slice(0, 30) || e.outerHTML.slice(0, 40), e.getBoundingClientRect().height])
      .filter(([, h]) => h < 48));
  assert.deepEqual(small, []);
  await open(page, `${app.base}/?kiosk=0`);
});

test('after the idle time "Noch da?" counts down, a touch cancels it, and then the reset leaves nothing', async () => {
  const page = await app.newPage();
  await page.clock.install();
  await open(page, `${app.base}/?kiosk=1&idle=30`);
  // A visit: a search, an open filter panel with a filter, a bookmark.
  await page.getByLabel('Netzwerke und Akteure durchsuchen').fill('Integration');
  await page.clock.runFor(1000);
  await page.getByRole('button', { name: /^Filter/ }).click();
  await page.getByTestId('facet-ebene').getByRole('checkbox', { name: /^Stadtteil \(/ }).check();
  await page.clock.runFor(1000);
  await page.waitForURL(/\?q=Integration&ebene=stadtteil$/);
  await page.getByTestId('card').first().getByTestId('bookmark').click();
  await page.clock.runFor(1000);
  assert.equal(await page.getByTestId('merkliste-count').innerText(), '1');
  assert.notEqual(await stored(page, MERKLISTE), null);

  await page.clock.runFor(20_000);
  assert.equal(await overlay(page).count(), 0, 'not before the idle time');
  await page.clock.runFor(12_000);
  await overlay(page).waitFor();
  assert.match(await overlay(page).innerText(), /Noch da\?[\s\S]*In \d+ Sekunden beginnt alles von vorn/);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'kiosk-stay', 'the dialog has focus');
  assert.deepEqual(await axeViolations(page), []);
  await page.mouse.click(5, 5); // a touch anywhere
  assert.equal(await overlay(page).count(), 0, 'a touch cancels it');
  assert.equal(await page.getByTestId('merkliste-count').innerText(), '1', 'and nothing was lost');

  await page.clock.runFor(31_000);
  await overlay(page).waitFor();
  await page.clock.runFor(11_000);
  await page.waitForURL(`${app.base}/`);
  await appReady(page);
  await page.getByTestId('card').first().waitFor();
  assert.equal(await page.getByLabel('Netzwerke und Akteure durchsuchen').inputValue(), '');
  assert.equal(await page.getByTestId('card').count(), 5, 'the start list, no search, no filter');
  assert.equal(await page.locator('input[type=checkbox]:checked').count(), 0);
  assert.equal(await page.getByRole('button', { name: /^Filter/ }).getAttribute('aria-expanded'), 'false', 'the panel closed');
  assert.equal(await page.evaluate(() => window.scrollY), 0);
  assert.equal(await page.getByTestId('merkliste-count').innerText(), '0');
  assert.equal(await stored(page, MERKLISTE), null, 'nothing in storage either');
  assert.equal(await isKiosk(page), true, 'still a kiosk');
  assert.equal(await overlay(page).count(), 0);
  await open(page, `${app.base}/?kiosk=0`);
  assert.deepEqual(page.errors, []);
});

test('a visitor\'s language: the countdown speaks it (CLDR plurals), keeps focus while it counts, and the reset forgets it', async () => {
  const ar = JSON.parse(fs.readFileSync(path.join(ROOT, 'locales/ar/kiosk.json'), 'utf8')).overlay;
  const page = await app.newPage();
  await page.clock.install();
  await open(page, `${app.base}/?kiosk=1&idle=30`);
  await page.getByTestId('lang-ar').click();
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  await page.clock.runFor(31_000);
  await overlay(page).waitFor();
  // Arabic has a form for 1, for 2, for 3–10 and for 11–99: the browser's
  // own CLDR rules pick the text to expect for every second.
  const forms = await page.evaluate(() => [...Array(11).keys()].map((n) => new Intl.PluralRules('ar').select(n)));
  const expected = forms.map((form, n) => ar[`countdown_${form}`].replace(/\{\{\s*n\s*\}\}/, String(n)));
  const shown = async () => {
    const text = await page.locator('#kiosk-overlay-text').innerText();
    const n = expected.indexOf(text);
    assert.ok(n > 0, `an Arabic countdown text: ${text}`);
    return n;
  };
  let n = await shown();
  assert.ok(n >= 9, `starts at 10 (or 9 when a tick passed): ${n}`);
  while (n > 1) {
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'kiosk-stay', `focus kept at ${n} s`);
    await page.clock.runFor(1_000);
    const next = await shown();
    assert.equal(next, n - 1);
    n = next;
  }
  await page.clock.runFor(1_000);
  await page.waitForURL(`${app.base}/`);
  await appReady(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de', 'the next visitor starts in German');
  assert.equal(await stored(page, 'stadtteilnetz.sprache'), null);
  await open(page, `${app.base}/?kiosk=0`);
  assert.deepEqual(page.errors, []);
});

test('on a kiosk, the Merkliste and a network page show QR codes of their links at the public address', async () => {
  const page = await app.newPage({ viewport: { width: 1080, height: 1920 } });
  await open(page, `${app.base}/?kiosk=1`);
  await page.getByTestId('card').filter({ hasText: 'Arbeitskreis Generationen' }).getByTestId('bookmark').click();
  await open(page, `${app.base}/akteur/kubus`);
  await page.getByTestId('bookmark').click();
  await open(page, `${app.base}/merkliste`);
  const list = await decodeQr(page.getByTestId('qr').locator('.qr__image'));
  assert.equal(list, `${PUBLIC_URL}/merkliste?ids=n%3Aarbeitskreis-generationen%2Ca%3Akubus`);
  assert.ok(!list.includes('127.0.0.1'));
  assert.equal(await page.getByTestId('qr').locator('.qr__link').innerText(), list, 'the link is written beside it');
  // Nothing that would show the kiosk's own address or need a printer.
  assert.equal(await page.getByTestId('share-link').count(), 0);
  assert.equal(await page.getByRole('button', { name: /Link kopieren|Teilen|Drucken/ }).count(), 0);
  assert.ok(!(await page.locator('main').innerText()).includes('127.0.0.1'));

  await open(page, `${app.base}/netzwerk/jenaer-integrationsbuendnis`);
  assert.equal(await decodeQr(page.getByTestId('qr').first().locator('.qr__image')), `${PUBLIC_URL}/netzwerk/jenaer-integrationsbuendnis`);
  // Links that would leave the app are codes, not links.
  const leaving = await page.locator('main a[href^="http"], main a[href^="mailto:"], main a[href^="tel:"]').count();
  assert.equal(leaving, 0);
  await open(page, `${app.base}/?kiosk=0`);
  await open(page, `${app.base}/netzwerk/jenaer-integrationsbuendnis`);
  assert.equal(await page.getByTestId('qr').count(), 0, 'no codes off kiosk screens');
  assert.deepEqual(page.errors, []);
});
