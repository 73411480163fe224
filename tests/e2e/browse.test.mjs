// Browsing the directory as a person would: list, network pages, actor pages,
// deep links and unknown addresses, in headless Chromium against the release bundle.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, DATA } from './harness.mjs';

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

const NAMES = [
  'Vernetzungsgruppe Kinder- und Jugendarbeit',
  'Arbeitskreis Generationen',
  'Netzwerkrunde Arbeit mit Geflüchteten',
  'Jenaer Integrationsbündnis',
  'Thüringer Arbeitsgemeinschaft Stadtentwicklung',
];

test('the start page lists the five networks by name, in German', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/`);
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  // The static loading note is gone once the app runs.
  assert.equal(await page.getByText('wird geladen').count(), 0);
  assert.equal(await page.locator('h1').innerText(), 'Netzwerke in Lobeda');
  const cards = page.getByTestId('results').getByTestId('card');
  assert.equal(await cards.count(), 5);
  assert.deepEqual(await page.getByTestId('card-name').allTextContents(), NAMES);
  // A card shows caption, summary, level and topics.
  const first = cards.first();
  const text = await first.innerText();
  assert.match(text, /Ferien vor Ort mit Klex/);
  assert.match(text, /Ebene\s*Stadtteil/);
  assert.match(text, /Kinder- und Jugendarbeit/);
  assert.match(await page.title(), /Netzwerke im Stadtteil – Stadtteilnetz Lobeda/);
  // The network without a photo caption shows none, and no empty line for it.
  assert.equal(await cards.nth(2).locator('.card__caption').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('a card leads to its network page, and back', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/`);
  await page.getByTestId('card-name').filter({ hasText: 'Jenaer Integrationsbündnis' }).click();
  await page.waitForURL(`${app.base}/netzwerk/jenaer-integrationsbuendnis`);
  assert.equal(await page.locator('h1').innerText(), 'Jenaer Integrationsbündnis');
  assert.equal(await page.title(), 'Jenaer Integrationsbündnis – Stadtteilnetz Lobeda');
  // Focus moves to the new page's heading, as after a page load.
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
  const main = await page.locator('main').innerText();
  assert.match(main, /Lebenssituation von Menschen mit Migrationshintergrund/);
  assert.match(main, /Städtisches Integrationskonzept/);
  assert.match(main, /Partner\s*Kindersprachbrücke/);
  assert.match(main, /Zielgruppen\s*Menschen mit Migrationshintergrund/);
  assert.match(main, /Ebene\s*Stadt/);
  // Related: the refugees' round shares topics with it.
  const related = page.locator('section', { has: page.locator('h2', { hasText: 'Verwandte Netzwerke' }) });
  assert.match(await related.innerText(), /Netzwerkrunde Arbeit mit Geflüchteten – gemeinsame Themen: Integration/);
  await page.getByRole('link', { name: 'Alle Netzwerke' }).click();
  await page.waitForURL(`${app.base}/`);
  assert.equal(await page.getByTestId('card').count(), 5);
  assert.deepEqual(page.errors, []);
});

test('actor links lead both ways between networks and actors', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/netzwerk/vernetzungsgruppe-kinder-und-jugendarbeit`);
  const leads = page.locator('h3', { hasText: 'Leitung' });
  assert.equal(await leads.count(), 1);
  await page.getByRole('link', { name: 'Fachdienst Jugend und Bildung' }).click();
  await page.waitForURL(`${app.base}/akteur/fachdienst-jugend-und-bildung`);
  assert.equal(await page.locator('h1').innerText(), 'Fachdienst Jugend und Bildung');
  assert.match(await page.locator('main').innerText(), /Städtischer Fachdienst/);
  assert.match(await page.locator('main').innerText(), /Rolle: Leitung/);
  // The link in "Beteiligt an" ("Mit wem noch?" names the network too).
  await page.getByRole('region', { name: 'Beteiligt an' }).getByRole('link', { name: 'Vernetzungsgruppe Kinder- und Jugendarbeit' }).click();
  await page.waitForURL(`${app.base}/netzwerk/vernetzungsgruppe-kinder-und-jugendarbeit`);
  assert.equal(await page.locator('h1').innerText(), 'Vernetzungsgruppe Kinder- und Jugendarbeit');

  // An actor in two networks lists both, each with its role.
  await open(page, `${app.base}/akteur/vereine`);
  const items = await page.locator('.involvements li').allInnerTexts();
  assert.equal(items.length, 2);
  assert.match(items[0], /Vernetzungsgruppe Kinder- und Jugendarbeit\s*Rolle: Mitwirkung/);
  assert.match(items[1], /Arbeitskreis Generationen\s*Rolle: Mitwirkung/);
  assert.deepEqual(page.errors, []);
});

test('every network and every actor page loads from a deep link', async () => {
  const page = await app.newPage();
  for (const n of DATA.networks) {
    await open(page, `${app.base}/netzwerk/${n.slug}`);
    assert.equal(await page.locator('h1').innerText(), n.name);
    assert.equal(await page.title(), `${n.name} – Stadtteilnetz Lobeda`);
  }
  for (const a of DATA.actors) {
    await open(page, `${app.base}/akteur/${a.id}`);
    assert.equal(await page.locator('h1').innerText(), a.name);
  }
  // The source names no actor of the refugees' round; the page says so.
  await open(page, `${app.base}/netzwerk/netzwerkrunde-arbeit-mit-gefluechteten`);
  assert.match(await page.locator('main').innerText(), /nennt für dieses Netzwerk keine einzelnen Akteure/);
  assert.deepEqual(page.errors, []);
});

test('unknown paths and slugs show the in-app not-found page with a way home', async () => {
  const page = await app.newPage();
  for (const path of ['/gibt-es-nicht', '/netzwerk/unbekannt', '/akteur/niemand', '/netzwerk/', '/a/b/c']) {
    await open(page, app.base + path);
    assert.equal(await page.locator('h1').innerText(), 'Seite nicht gefunden', path);
    assert.match(await page.title(), /^Seite nicht gefunden/);
  }
  await open(page, `${app.base}/netzwerk/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E`);
  // The hostile slug is shown as text, never as markup.
  assert.equal(await page.locator('main img').count(), 0);
  assert.match(await page.locator('main').innerText(), /<img src=x onerror=alert\(1\)>/);
  await page.getByRole('link', { name: 'Zur Startseite mit allen Netzwerken' }).click();
  await page.waitForURL(`${app.base}/`);
  assert.equal(await page.getByTestId('card').count(), 5);
  assert.deepEqual(page.errors, []);
});
