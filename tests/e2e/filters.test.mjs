// Filtering by Themen, Zielgruppe and Ebene by clicks, with counts, and the
// URL as the record of the view: reload, shared links, Back and Forward.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, axeViolations, horizontalOverflow, appReady } from './harness.mjs';

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

const names = (page) => page.getByTestId('results').getByTestId('card-name').allTextContents();
const facet = (page, key) => page.getByTestId(`facet-${key}`);
const toggleButton = (page) => page.getByRole('button', { name: /^Filter( \(\d+ gewählt\))?$/ });
const option = (page, key, label) => facet(page, key).getByRole('checkbox', { name: new RegExp(`^${label} \\(`) });

test('on a phone the filters open in a panel; clicks filter with OR inside, AND across', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/`);
  const toggle = toggleButton(page);
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await facet(page, 'ebene').isVisible(), false);
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  // Counts before choosing.
  assert.match(await facet(page, 'ebene').innerText(), /Stadtteil\s*\(3\)[\s\S]*Stadt\s*\(2\)[\s\S]*Land\s*\(1\)[\s\S]*Bund\s*\(1\)/);

  await option(page, 'ebene', 'Land').check();
  await page.waitForURL(/\?ebene=land$/);
  assert.deepEqual(await names(page), ['Thüringer Arbeitsgemeinschaft Stadtentwicklung']);
  assert.equal(await page.getByTestId('count').innerText(), '1 Netzwerk');

  // By keyboard: focus stays on the box just ticked.
  await option(page, 'ebene', 'Stadt').focus();
  await page.keyboard.press('Space');
  await page.waitForURL(/\?ebene=land&ebene=stadt$/);
  assert.equal(
    await page.evaluate(() => document.activeElement.closest('label')?.innerText.replace(/\s+/g, ' ').trim()),
    'Stadt (2)',
  );
  assert.deepEqual(await names(page), [
    'Arbeitskreis Generationen',
    'Jenaer Integrationsbündnis',
    'Thüringer Arbeitsgemeinschaft Stadtentwicklung',
  ]);

  await option(page, 'thema', 'Integration').check();
  await page.waitForURL(/thema=integration/);
  assert.deepEqual(await names(page), ['Jenaer Integrationsbündnis']);
  assert.equal(await toggleButton(page).innerText(), 'Filter (3 gewählt)');

  // Back and Forward step through the choices.
  await page.goBack();
  await page.waitForURL(/\?ebene=land&ebene=stadt$/);
  assert.equal((await names(page)).length, 3);
  assert.equal(await option(page, 'thema', 'Integration').isChecked(), false);
  await page.goForward();
  await page.waitForURL(/thema=integration/);
  assert.deepEqual(await names(page), ['Jenaer Integrationsbündnis']);
  assert.equal(await option(page, 'thema', 'Integration').isChecked(), true);

  // Reload keeps the view.
  await page.reload();
  await appReady(page);
  assert.deepEqual(await names(page), ['Jenaer Integrationsbündnis']);

  await toggleButton(page).click();
  await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
  await page.waitForURL(`${app.base}/`);
  assert.equal(await page.getByTestId('card').count(), 5);
  assert.equal(await horizontalOverflow(page), 0);
  assert.deepEqual(page.errors, []);
});

test('filters combine with the search, and counts follow the search', async () => {
  const page = await app.newPage({ viewport: { width: 1920, height: 1080 } });
  await open(page, `${app.base}/?q=Integration`);
  // Wide screens show the filters beside the results, no toggle needed.
  assert.equal(await facet(page, 'ebene').isVisible(), true);
  assert.match(await facet(page, 'ebene').innerText(), /Stadtteil\s*\(1\)[\s\S]*Stadt\s*\(1\)/);
  assert.doesNotMatch(await facet(page, 'ebene').innerText(), /Land/);
  await option(page, 'ebene', 'Stadtteil').check();
  await page.waitForURL(/\?q=Integration&ebene=stadtteil$/);
  assert.deepEqual(await names(page), ['Netzwerkrunde Arbeit mit Geflüchteten']);
  // Typing keeps the filters.
  const box = page.getByLabel('Netzwerke und Akteure durchsuchen');
  await box.fill('Flüchtlinge');
  await page.waitForURL(/\?q=Fl%C3%BCchtlinge&ebene=stadtteil$/);
  assert.deepEqual(await names(page), ['Netzwerkrunde Arbeit mit Geflüchteten']);
  assert.deepEqual(await axeViolations(page), []);
});

test('a shared link with repeated and unknown values opens the same view without an error', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/?thema=integration&thema=gibt-es-nicht&zielgruppe=%3Cscript%3E&ebene=stadt&ebene=mond`);
  assert.deepEqual(await names(page), ['Jenaer Integrationsbündnis']);
  await toggleButton(page).click();
  assert.equal(await option(page, 'ebene', 'Stadt').isChecked(), true);
  assert.equal(await option(page, 'thema', 'Integration').isChecked(), true);
  // A filter nothing passes says so and offers a way back.
  await open(page, `${app.base}/?zielgruppe=kinder&ebene=bund`);
  assert.match(await page.getByTestId('empty').innerText(), /Kein Netzwerk passt zu diesen Filtern/);
  assert.deepEqual(page.errors, []);
});
