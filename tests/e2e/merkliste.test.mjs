// The Merkliste as people use it: save, reload, remove, undo, share to
// another device, print; and storage that is broken, full or forbidden.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, axeViolations, fullStorage, appReady } from './harness.mjs';

const KEY = 'stadtteilnetz.merkliste';
let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

const card = (page, name) => page.getByTestId('card').filter({ has: page.getByTestId('card-name').filter({ hasText: name }) });
const count = (page) => page.getByTestId('merkliste-count').innerText();
const entries = (page) => page.getByTestId('merkliste').locator('.entry__name').allInnerTexts();

async function fresh(page) {
  await open(page, `${app.base}/`);
  await page.evaluate((key) => localStorage.removeItem(key), KEY);
  await page.reload();
  await appReady(page);
}

test('bookmark on a card, then reload: it is still saved, counted and listed in order', async () => {
  const page = await app.newPage();
  await fresh(page);
  assert.equal(await count(page), '0');
  const button = card(page, 'Arbeitskreis Generationen').getByTestId('bookmark');
  assert.equal(await button.getAttribute('aria-pressed'), 'false');
  assert.match(await button.innerText(), /Merken/);
  await button.click();
  assert.equal(await button.getAttribute('aria-pressed'), 'true');
  assert.match(await button.innerText(), /Gemerkt/);
  assert.equal(await count(page), '1');
  // Then an actor from its page, then another network.
  await open(page, `${app.base}/akteur/kubus`);
  await page.getByTestId('bookmark').click();
  await open(page, `${app.base}/`);
  await card(page, 'Jenaer Integrationsbündnis').getByTestId('bookmark').click();
  assert.equal(await count(page), '3');

  await page.reload();
  await appReady(page);
  assert.equal(await card(page, 'Arbeitskreis Generationen').getByTestId('bookmark').getAttribute('aria-pressed'), 'true');
  assert.equal(await count(page), '3');
  const stored = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
  assert.deepEqual(stored, { version: 1, items: ['n:arbeitskreis-generationen', 'a:kubus', 'n:jenaer-integrationsbuendnis'] });

  await page.getByTestId('merkliste-link').click();
  await page.waitForURL(`${app.base}/merkliste`);
  assert.deepEqual(await entries(page), ['Arbeitskreis Generationen', 'Multifunktionales Zentrum KuBuS', 'Jenaer Integrationsbündnis']);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.errors, []);
});

test('remove one, remove all, and undo', async () => {
  const page = await app.newPage();
  await fresh(page);
  for (const name of ['Vernetzungsgruppe Kinder- und Jugendarbeit', 'Arbeitskreis Generationen']) {
    await card(page, name).getByTestId('bookmark').click();
  }
  await open(page, `${app.base}/merkliste`);
  await page.getByTestId('entry').filter({ hasText: 'Vernetzungsgruppe' }).getByRole('button', { name: 'Entfernen' }).click();
  assert.deepEqual(await entries(page), ['Arbeitskreis Generationen']);
  await page.getByRole('button', { name: 'Alle entfernen' }).click();
  await page.getByTestId('merkliste-empty').waitFor();
  assert.equal(await count(page), '0');
  await page.getByRole('button', { name: 'Rückgängig' }).click();
  assert.deepEqual(await entries(page), ['Arbeitskreis Generationen']);
  assert.equal(await count(page), '1');
  await page.reload();
  await appReady(page);
  assert.deepEqual(await entries(page), ['Arbeitskreis Generationen']);
});

test('bad stored values: the app works, says what it could not read, and keeps what it can', async () => {
  const page = await app.newPage();
  const cases = [
    ['{"version":1,"items":["n:arbeitskreis-generationen","a:kubus"', /beschädigt\. 2 Einträge wurden gerettet/, 2],
    ['42', /beschädigt\. Es konnte kein Eintrag gerettet werden/, 0],
    ['{"version":1,"items":["n:arbeitskreis-generationen",7,null]}', /2 Einträge der Merkliste waren unlesbar/, 1],
    ['{"version":99,"items":["a:klex"],"more":{}}', /neueren Version/, 1],
    ['["n:jenaer-integrationsbuendnis"]', null, 1],
  ];
  for (const [raw, message, kept] of cases) {
    await open(page, `${app.base}/`);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, raw]);
    await open(page, `${app.base}/merkliste`);
    if (message) {
      assert.match(await page.getByTestId('notice').innerText(), message, raw);
    } else {
      assert.equal(await page.getByTestId('notice').count(), 0, raw);
    }
    assert.equal(await count(page), String(kept), raw);
    assert.deepEqual(page.errors, [], raw);
  }
  // An id the dataset no longer has stays listed until removed.
  await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"items":["n:gibt-es-nicht-mehr","a:klex"]}'), KEY);
  await open(page, `${app.base}/merkliste`);
  const gone = page.getByTestId('entry').filter({ hasText: 'nicht mehr verfügbar' });
  assert.equal(await gone.count(), 1);
  await gone.getByRole('button', { name: 'Entfernen' }).click();
  assert.deepEqual(await entries(page), ['Kinder- und Jugendzentrum Klex']);
  assert.deepEqual(JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY)), { version: 1, items: ['a:klex'] });
});

test('a change in one tab shows in the other', async () => {
  const a = await app.newPage();
  await fresh(a);
  const b = await app.newPage();
  await open(b, `${app.base}/merkliste`);
  assert.equal(await count(b), '0');
  await card(a, 'Netzwerkrunde Arbeit mit Geflüchteten').getByTestId('bookmark').click();
  await b.getByTestId('merkliste').waitFor();
  assert.equal(await count(b), '1');
  assert.deepEqual(await entries(b), ['Netzwerkrunde Arbeit mit Geflüchteten']);
});

test('share as a link, copy it, and print the list with full texts', async () => {
  const page = await app.newPage();
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.base });
  await fresh(page);
  await card(page, 'Jenaer Integrationsbündnis').getByTestId('bookmark').click();
  await open(page, `${app.base}/merkliste`);
  const link = await page.getByTestId('share-link').inputValue();
  assert.equal(link, `${app.base}/merkliste?ids=n%3Ajenaer-integrationsbuendnis`);
  // Headless Chromium on Linux has no share sheet: the button copies.
  await page.getByRole('button', { name: 'Link kopieren' }).click();
  await page.getByText('Link kopiert.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);

  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('header.site-header').isVisible(), false);
  assert.equal(await page.getByRole('button', { name: 'Alle entfernen' }).isVisible(), false);
  assert.ok(await page.getByText('Besonderes Augenmerk liegt auf der Öffnung', { exact: false }).isVisible(), 'full text printed');
  await page.emulateMedia({ media: 'screen' });
});

test('storage that throws or is full: the Merkliste still works for the visit, with a message', async () => {
  const full = await launch({ initScript: fullStorage });
  try {
    const page = await full.newPage();
    await open(page, `${full.base}/`);
    await card(page, 'Arbeitskreis Generationen').getByTestId('bookmark').click();
    assert.match(await page.getByTestId('notice').innerText(), /nicht gespeichert werden/);
    assert.equal(await count(page), '1');
    assert.deepEqual(page.errors, []);
  } finally {
    await full.close();
  }
  const forbidden = await launch({
    initScript: () => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    },
  });
  try {
    const page = await forbidden.newPage();
    await open(page, `${forbidden.base}/`);
    assert.match(await page.getByTestId('notice').innerText(), /erlaubt kein Speichern/);
    await card(page, 'Arbeitskreis Generationen').getByTestId('bookmark').click();
    assert.equal(await count(page), '1');
    await page.getByTestId('merkliste-link').click();
    assert.deepEqual(await entries(page), ['Arbeitskreis Generationen']);
    assert.deepEqual(page.errors, []);
  } finally {
    await forbidden.close();
  }
});

test('a shared link opens on a fresh profile and can be taken over without overwriting', async () => {
  const page = await app.newPage();
  await fresh(page);
  await card(page, 'Arbeitskreis Generationen').getByTestId('bookmark').click();
  await open(page, `${app.base}/akteur/klex`);
  await page.getByTestId('bookmark').click();
  await open(page, `${app.base}/merkliste`);
  const link = new URL(await page.getByTestId('share-link').inputValue());

  const other = await launch();
  try {
    const phone = await other.newPage();
    await open(phone, `${other.base}/`);
    await card(phone, 'Jenaer Integrationsbündnis').getByTestId('bookmark').click();
    await open(phone, `${other.base}${link.pathname}${link.search}`);
    const shared = phone.getByTestId('shared');
    assert.match(await shared.innerText(), /Arbeitskreis Generationen[\s\S]*Kinder- und Jugendzentrum Klex/);
    assert.deepEqual(await entries(phone), ['Jenaer Integrationsbündnis'], 'own list untouched before taking over');
    await phone.getByRole('button', { name: 'Diese Liste übernehmen' }).click();
    await phone.waitForURL(`${other.base}/merkliste`);
    assert.deepEqual(await entries(phone), ['Jenaer Integrationsbündnis', 'Arbeitskreis Generationen', 'Kinder- und Jugendzentrum Klex']);
    assert.equal(await count(phone), '3');
    assert.deepEqual(phone.errors, []);
  } finally {
    await other.close();
  }
});
