// What data format 2 shows residents, in headless Chromium against the
// release bundles: "Stand" (the review date) on network and actor pages in
// each language's way of writing dates, the note that a text was translated
// by a machine, old addresses of renamed entries that move to the current
// ones (the generated data of dist-synthetic has renamed entries), a
// Merkliste holding an old id, and filter links made before format 2.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, text, DATA, DIST_SYNTHETIC, LANGS, tagOf, appReady } from './harness.mjs';

let app;
let big;
before(async () => {
  app = await launch();
  big = await launch({ dir: DIST_SYNTHETIC });
});
after(async () => {
  await app?.close();
  await big?.close();
});

/** `iso` (JJJJ-MM-TT) as the browser itself writes a long date in `lang`. */
const longDate = (page, lang, iso) =>
  page.evaluate(([l, d]) => new Intl.DateTimeFormat(l, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${d}T12:00:00Z`)), [tagOf(lang), iso]);

const switchTo = async (page, lang) => {
  await page.getByTestId(`lang-${lang}`).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, tagOf(lang));
};

test('network and actor pages say when they were last checked, as each language writes dates', async () => {
  const page = await app.newPage();
  const network = DATA.networks[3];
  const actor = DATA.actors.find((a) => a.id === 'kubus');
  for (const [path, entry] of [[`/netzwerk/${network.slug}`, network], [`/akteur/${actor.id}`, actor]]) {
    await open(page, app.base + path);
    const reviewed = page.getByTestId('reviewed');
    assert.ok(entry.reviewed, `${path} has a review date in the data`);
    assert.equal(await reviewed.locator('time').getAttribute('datetime'), entry.reviewed, path);
    for (const lang of LANGS) {
      await switchTo(page, lang);
      const expected = text(lang, 'pages.detail.reviewed', { date: await longDate(page, lang, entry.reviewed) });
      assert.equal(await reviewed.innerText(), expected, `${lang} ${path}`);
    }
    await switchTo(page, 'de');
    assert.equal(await reviewed.innerText(), `Stand: ${await longDate(page, 'de', entry.reviewed)}`);
  }
  assert.deepEqual(page.errors, []);
});

test('an entry never reviewed says so', async () => {
  const page = await big.newPage();
  await open(page, `${big.base}/`);
  // Network 3 of the generated data has no review date.
  const href = await page.getByTestId('card-name').nth(3).getAttribute('href');
  await open(page, big.base + href);
  assert.equal(await page.getByTestId('reviewed').innerText(), text('de', 'pages.detail.not_reviewed'));
  assert.equal(await page.getByTestId('reviewed').locator('time').count(), 0);
  await switchTo(page, 'en');
  assert.equal(await page.getByTestId('reviewed').innerText(), text('en', 'pages.detail.not_reviewed'));
  await switchTo(page, 'de');
  assert.deepEqual(page.errors, []);
});

test('English, Ukrainian and Arabic pages and cards say their texts were translated by a machine; German ones do not', async () => {
  const page = await app.newPage();
  const network = DATA.networks[0];
  assert.equal(network.translations.en.status.origin, 'machine', 'the shipped English is machine-made');
  await open(page, `${app.base}/?lang=en`);
  const card = page.getByTestId('card').first();
  assert.equal(await card.getByTestId('translation-note-short').innerText(), text('en', 'common.content.machine'));
  await open(page, `${app.base}/netzwerk/${network.slug}`);
  const note = page.locator('.page__header').getByTestId('translation-note');
  assert.equal(await note.innerText(), text('en', 'common.content.machine'));
  assert.equal(await page.getByTestId('translation-note').count(), 1, 'one note for the page, under its heading');
  // Ukrainian and Arabic are machine-made too: the note in the reader's language.
  for (const lang of ['uk', 'ar']) {
    assert.equal(network.translations[lang].status.origin, 'machine', lang);
    await switchTo(page, lang);
    assert.equal(await note.innerText(), text(lang, 'common.content.machine'), lang);
    assert.equal(await page.getByTestId('only-german').count(), 0, `${lang}: everything is translated`);
  }
  await switchTo(page, 'de');
  assert.equal(await page.getByTestId('translation-note').count(), 0, 'German is the original');
  await open(page, `${app.base}/`);
  assert.equal(await page.getByTestId('translation-note-short').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('a translation whose German has changed since says it may be out of date', async () => {
  const page = await big.newPage();
  // The test build's network 0 has a machine translation made from an older German summary.
  await open(page, `${big.base}/?lang=en`);
  const card = page.getByTestId('card').first();
  assert.equal(
    await card.getByTestId('translation-note-short').innerText(),
    `${text('en', 'common.content.machine')} · ${text('en', 'common.content.outdated')}`,
  );
  assert.match(await card.locator('.card__summary').innerText(), /\(in English\)$/);
  await card.getByTestId('card-name').click();
  await appReady(page);
  assert.deepEqual(
    await page.getByTestId('translation-note').locator('p').allInnerTexts(),
    [text('en', 'common.content.machine'), text('en', 'common.content.outdated')],
  );
  // In Ukrainian there is no translation, so nothing is said about one.
  await switchTo(page, 'uk');
  assert.equal(await page.getByTestId('translation-note').count(), 0);
  await switchTo(page, 'de');
  assert.deepEqual(page.errors, []);
});

test('a filter link made before format 2 (a label slug) still filters, and new links use the ids', async () => {
  const page = await app.newPage();
  const topic = DATA.topics.find((t) => t.id === 'generationen');
  assert.deepEqual(topic.aliases, ['miteinander-der-generationen']);
  const expected = DATA.networks.filter((n) => n.topics.includes('generationen')).map((n) => n.name);
  for (const value of ['miteinander-der-generationen', 'generationen']) {
    await open(page, `${app.base}/?thema=${value}`);
    assert.deepEqual(await page.getByTestId('card-name').allInnerTexts(), expected, value);
    const box = page.getByTestId('facet-thema').getByLabel(topic.label);
    assert.equal(await box.isChecked(), true, value);
  }
  // Another filter on top: the address now names the topic by its id.
  await open(page, `${app.base}/?thema=miteinander-der-generationen`);
  await page.locator('.filter-toggle').click();
  await page.getByTestId('facet-ebene').getByRole('checkbox', { name: /^Stadt \(/ }).check();
  await page.waitForFunction(() => new URL(location.href).searchParams.getAll('ebene').length === 1);
  const params = new URL(page.url()).searchParams;
  assert.deepEqual(params.getAll('thema'), ['generationen']);
  assert.deepEqual(params.getAll('ebene'), ['stadt']);
  assert.deepEqual(page.errors, []);
});

test('the address of a renamed network or actor moves to its current one, and Back skips the old one', async () => {
  const page = await big.newPage();
  await open(page, `${big.base}/`);
  // Network 0 of the generated data was renamed: its old slug is an alias.
  const first = page.getByTestId('card-name').first();
  const current = await first.getAttribute('href');
  const name = await first.innerText();
  await open(page, `${big.base}/netzwerk/frueher-netzwerk-0`);
  await page.waitForURL(`${big.base}${current}`);
  assert.equal(await page.locator('main h1').innerText(), name);
  assert.equal(await page.getByTestId('not-found').count(), 0);
  // Every tenth generated network names who keeps it.
  assert.match(await page.getByTestId('upkeep').innerText(), /Gepflegt von Redaktion Stadtteilnetz/);
  await page.goBack();
  await page.waitForURL(`${big.base}/`);
  // An actor's old id too.
  await open(page, `${big.base}/akteur/frueher-akteur-0`);
  await page.waitForURL((url) => /^\/akteur\/[a-z0-9-]+-0$/.test(url.pathname) && !url.pathname.includes('frueher'));
  await appReady(page);
  assert.equal(await page.getByTestId('not-found').count(), 0);
  // An old id that never existed is still "nicht gefunden".
  await open(page, `${big.base}/netzwerk/frueher-netzwerk-1`);
  assert.equal(await page.getByTestId('not-found').count(), 1);
  assert.deepEqual(page.errors, []);
});

test('a Merkliste that saved a network under its old slug finds it under the new one', async () => {
  const page = await big.newPage();
  await open(page, `${big.base}/`);
  const current = await page.getByTestId('card-name').first().getAttribute('href');
  await page.evaluate(() => localStorage.setItem('stadtteilnetz.merkliste', JSON.stringify({ version: 1, items: ['n:frueher-netzwerk-0'] })));
  await open(page, `${big.base}/merkliste`);
  const entry = page.getByTestId('entry');
  assert.equal(await entry.count(), 1);
  assert.equal(await entry.locator('.entry__name a').getAttribute('href'), current);
  assert.equal(await page.getByText('nicht mehr verfügbar').count(), 0);
  assert.equal(await page.getByTestId('merkliste-count').innerText(), '1');
  await open(page, big.base + current);
  assert.equal(await page.locator('.page__header').getByTestId('bookmark').getAttribute('aria-pressed'), 'true');
  // Saved again, it is saved under the current slug, once.
  await page.locator('.page__header').getByTestId('bookmark').click();
  await page.locator('.page__header').getByTestId('bookmark').click();
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('stadtteilnetz.merkliste')));
  assert.deepEqual(stored.items, [`n:${current.split('/').pop()}`]);
  assert.deepEqual(page.errors, []);
});
