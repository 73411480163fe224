// The interface in German, English, Ukrainian and Arabic: the switcher, the
// choice kept on the device and set by `?lang=`, the browser's preference,
// Arabic right to left (mirrored, no overflow, axe clean), content in
// German with `lang="de"` and a note where no translation exists, search
// across languages, and CLDR plurals and numbers checked against the
// browser's own Intl.PluralRules and Intl.NumberFormat.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, axeViolations, horizontalOverflow, fullStorage, text, DATA, LANGS, tagOf, DIST_SYNTHETIC, appReady } from './harness.mjs';

const KEY = 'stadtteilnetz.sprache';

/** A plural text as a person must see it: the form the browser's
 *  Intl.PluralRules picks for `count`, numbers as Intl.NumberFormat writes them. */
async function plural(page, lang, key, count, vars = {}) {
  const [form, n] = await page.evaluate(([l, c]) =>
    [new Intl.PluralRules(l).select(c), new Intl.NumberFormat(l).format(c)], [tagOf(lang), count]);
  return text(lang, `${key}_${form}`, { n, ...vars });
}

/** A name or query inside a sentence, as the app sets it: isolated
 *  (U+2068 … U+2069) in a right-to-left interface. */
const isolated = (lang, s) => (lang === 'ar' ? `\u2068${s}\u2069` : s);

const refugees = DATA.networks.find((n) => n.slug === 'netzwerkrunde-arbeit-mit-gefluechteten');
const documentLang = (page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

let app;
before(async () => { app = await launch(); });
after(async () => { await app?.close(); });

test('the switcher names every language in itself and switches the whole interface', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/`);
  assert.deepEqual(await documentLang(page), ['de', 'ltr']);
  const names = await page.locator('.languages button').allInnerTexts();
  assert.deepEqual(names, ['Deutsch', 'English', 'Українська', 'العربية', 'Leichte Sprache']);
  assert.deepEqual(
    await page.locator('.languages button').evaluateAll((bs) => bs.map((b) => b.lang)),
    LANGS.map(tagOf),
    'each name is marked with its own language',
  );
  for (const lang of LANGS) {
    await page.getByTestId(`lang-${lang}`).click();
    await page.waitForFunction((l) => document.documentElement.lang === l, tagOf(lang));
    assert.equal(await page.locator('main h1').innerText(), text(lang, 'home.heading'));
    assert.equal(await page.getByLabel(text(lang, 'home.search.label')).count(), 1, `${lang}: search field label`);
    assert.equal(await page.getByTestId(`lang-${lang}`).getAttribute('aria-pressed'), 'true');
    assert.match(await page.title(), new RegExp(text(lang, 'home.title')));
  }
  await page.getByTestId('lang-de').click();
  assert.deepEqual(page.errors, []);
});

test('Arabic: right to left, mirrored, no sideways scrolling at 360 px and axe-clean on every page', async () => {
  const page = await app.newPage({ viewport: { width: 360, height: 740 } });
  await open(page, `${app.base}/`);
  const brandLeft = async () => (await page.locator('.brand').boundingBox()).x;
  assert.ok(await brandLeft() < 40, 'left to right: the brand starts at the left');
  await page.getByTestId('lang-ar').click();
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  assert.deepEqual(await documentLang(page), ['ar', 'rtl']);
  const box = await page.locator('.brand').boundingBox();
  assert.ok(box.x + box.width > 320, `right to left: the brand ends at the right (${box.x}+${box.width})`);
  const pages = ['/', '/netzwerk/arbeitskreis-generationen', '/akteur/kubus', '/merkliste', '/gibt-es-nicht'];
  for (const p of pages) {
    for (const viewport of [{ width: 360, height: 740 }, { width: 1920, height: 1080 }]) {
      await page.setViewportSize(viewport);
      await open(page, app.base + p);
      assert.deepEqual(await documentLang(page), ['ar', 'rtl'], p);
      assert.equal(await horizontalOverflow(page), 0, `${p} at ${viewport.width} px`);
      assert.deepEqual(await axeViolations(page), [], `${p} at ${viewport.width} px`);
    }
  }
  // German names inside Arabic sentences keep their own order: isolated
  // like <bdi>, so the footer's source reads "… «Netzwerke und
  // Stadtteilaustausch» …", not with its words scattered across the line.
  const footer = await page.locator('.site-footer p').first().innerText();
  assert.equal(footer, text('ar', 'common.footer.source', {
    title: isolated('ar', DATA.source.title),
    publisher: isolated('ar', DATA.source.publisher),
  }));
  // An address in the Merkliste's share field reads left to right.
  await open(page, `${app.base}/`);
  await page.getByTestId('bookmark').first().click();
  await open(page, `${app.base}/merkliste`);
  assert.equal(await page.getByTestId('share-link').evaluate((e) => getComputedStyle(e).direction), 'ltr');
  await page.evaluate(() => localStorage.removeItem('stadtteilnetz.merkliste'));
  // The back link's arrow points the way back: to the right in Arabic.
  await open(page, `${app.base}/netzwerk/arbeitskreis-generationen`);
  const arrow = await page.locator('.backlink a').evaluate((a) => getComputedStyle(a, '::before').transform);
  assert.equal(arrow, 'matrix(-1, 0, 0, 1, 0, 0)');
  // Open filters and a search with results still fit.
  await open(page, `${app.base}/?q=Integration`);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.locator('.filter-toggle').click();
  assert.equal(await horizontalOverflow(page), 0, 'search results and filters at 360 px');
  assert.deepEqual(page.errors, []);
  await page.getByTestId('lang-de').click();
});

test('the choice survives a reload and other pages; ?lang=… sets it too', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/`);
  await page.getByTestId('lang-en').click();
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), 'en');
  await page.reload();
  await appReady(page);
  assert.deepEqual(await documentLang(page), ['en', 'ltr']);
  assert.equal(await page.locator('main h1').innerText(), text('en', 'home.heading'));
  await open(page, `${app.base}/netzwerk/arbeitskreis-generationen`);
  assert.equal(await page.locator('.backlink a').innerText(), text('en', 'pages.detail.all_networks'));
  await open(page, `${app.base}/?lang=ar`);
  assert.deepEqual(await documentLang(page), ['ar', 'rtl']);
  await page.getByTestId('lang-de').click();
  await page.reload();
  await appReady(page);
  assert.deepEqual(await documentLang(page), ['de', 'ltr'], 'the switcher wins over the old link');
  assert.deepEqual(page.errors, []);
});

test('?lang=uk works from a fresh profile, and the address keeps its search', async () => {
  const fresh = await launch();
  try {
    const page = await fresh.newPage();
    await open(page, `${fresh.base}/?lang=uk&q=Integration`);
    assert.deepEqual(await documentLang(page), ['uk', 'ltr']);
    assert.equal(await page.locator('main h1').innerText(), text('uk', 'home.heading'));
    assert.equal(new URL(page.url()).searchParams.get('lang'), null, 'the choice is stored, not kept in the address');
    assert.equal(new URL(page.url()).searchParams.get('q'), 'Integration');
    assert.equal(await page.getByRole('searchbox').inputValue(), 'Integration');
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), 'uk');
    await page.reload();
    await appReady(page);
    assert.deepEqual(await documentLang(page), ['uk', 'ltr']);
    assert.deepEqual(page.errors, []);
  } finally {
    await fresh.close();
  }
});

test('with nothing chosen the browser decides, then German; an unknown ?lang= says so', async () => {
  for (const [locale, expected] of [['en-GB', 'en'], ['ar-SY', 'ar'], ['fr-FR', 'de']]) {
    const other = await launch({ locale });
    try {
      const page = await other.newPage();
      await open(page, `${other.base}/`);
      assert.deepEqual((await documentLang(page))[0], expected, locale);
      assert.equal(await page.locator('main h1').innerText(), text(expected, 'home.heading'));
      if (locale === 'fr-FR') {
        await open(page, `${other.base}/?lang=fr`);
        assert.equal(await page.getByTestId('notice').locator('p').innerText(), text('de', 'common.language.unknown', { code: 'fr' }));
        assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null);
      }
      assert.deepEqual(page.errors, []);
    } finally {
      await other.close();
    }
  }
});

test('storage that refuses the choice: the language still switches, and the page says it is not kept', async () => {
  const full = await launch({ initScript: fullStorage });
  try {
    const page = await full.newPage();
    await open(page, `${full.base}/`);
    await page.getByTestId('lang-en').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.equal(await page.locator('main h1').innerText(), text('en', 'home.heading'));
    const notice = page.getByTestId('notice').locator('p');
    assert.equal(await notice.innerText(), text('en', 'common.notice.language_not_saved'));
    // The message follows the language, like every notice.
    await page.getByTestId('lang-uk').click();
    assert.equal(await notice.innerText(), text('uk', 'common.notice.language_not_saved'));
    await page.reload();
    await appReady(page);
    assert.deepEqual(await documentLang(page), ['de', 'ltr'], 'not kept: the browser decides again');
    assert.equal(await page.getByTestId('notice').count(), 0);
    // A link's ?lang= is shown, and said not to be kept.
    await open(page, `${full.base}/?lang=ar`);
    assert.deepEqual(await documentLang(page), ['ar', 'rtl']);
    assert.equal(await notice.innerText(), text('ar', 'common.notice.language_not_saved'));
    assert.deepEqual(page.errors, []);
  } finally {
    await full.close();
  }
});

test('before the app runs: a German visitor reads the drawn page; where none is drawn, the note speaks all four languages', async () => {
  // A first visit (no service worker yet), the app's WASM held back as a
  // slow connection would.
  const hold = async (page) => {
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
    return release;
  };
  const german = await launch();
  try {
    const page = await german.newPage();
    const release = await hold(page);
    await page.goto(`${german.base}/`, { waitUntil: 'domcontentloaded' });
    assert.equal(await page.locator('#statisch main h1').innerText(), text('de', 'home.heading'));
    assert.equal(await page.locator('#laden').isVisible(), false, 'no loading note over a page that is there');
    assert.deepEqual(await documentLang(page), ['de', 'ltr']);
    release();
    await page.waitForFunction(() => !document.getElementById('statisch'));
    assert.deepEqual(page.errors, []);
  } finally {
    await german.close();
  }

  // The benchmark bundle draws no pages (10,000 of them would only slow it).
  const first = await launch({ dir: DIST_SYNTHETIC });
  const page = await first.newPage();
  const release = await hold(page);
  await page.goto(`${first.base}/`);
  const loading = page.locator('#laden p');
  await loading.first().waitFor();
  assert.deepEqual(await loading.allInnerTexts(), [
    'Stadtteilnetz wird geladen …',
    'Stadtteilnetz is loading …',
    'Stadtteilnetz завантажується …',
    'جارٍ تحميل Stadtteilnetz …',
  ]);
  assert.deepEqual(await loading.evaluateAll((ps) => ps.map((p) => [p.lang, p.dir])), [['de', ''], ['en', ''], ['uk', ''], ['ar', 'rtl']]);
  assert.equal(await horizontalOverflow(page), 0);
  release();
  await appReady(page);
  assert.equal(await page.locator('#laden').count(), 0, 'gone once the app runs');
  assert.deepEqual(page.errors, []);
  await first.close();

  const noScript = await launch({ dir: DIST_SYNTHETIC, javaScriptEnabled: false });
  try {
    const plain = await noScript.newPage();
    await plain.goto(`${noScript.base}/`);
    const said = await plain.locator('body').innerText();
    for (const line of [
      'Stadtteilnetz braucht JavaScript. Bitte schalten Sie JavaScript in Ihrem Browser ein.',
      'Stadtteilnetz needs JavaScript. Please turn on JavaScript in your browser.',
      'Для Stadtteilnetz потрібен JavaScript. Будь ласка, увімкніть JavaScript у своєму браузері.',
      'يحتاج Stadtteilnetz إلى JavaScript. يُرجى تفعيل JavaScript في متصفحك.',
    ]) assert.ok(said.includes(line), line);
    assert.equal(await plain.locator('#laden').isVisible(), false, 'no promise of loading that cannot come');
  } finally {
    await noScript.close();
  }
});

test('content: every language where translated, else German marked lang="de" with a note', async () => {
  const page = await app.newPage();
  const network = DATA.networks[0];
  await open(page, `${app.base}/?lang=en`);
  await open(page, `${app.base}/netzwerk/${network.slug}`);
  assert.equal(await page.locator('main h1').innerText(), network.name, 'names stay German');
  assert.equal(await page.locator('main h1').getAttribute('lang'), 'de');
  for (const lang of ['en', 'uk', 'ar']) {
    await page.getByTestId(`lang-${lang}`).click();
    await page.waitForFunction((l) => document.documentElement.lang === l, tagOf(lang));
    assert.equal(await page.locator('.page__header .gloss').innerText(), network.translations[lang].gloss, lang);
    assert.equal(await page.locator('.lead').innerText(), network.translations[lang].summary, lang);
    assert.equal(await page.locator('.lead').getAttribute('lang'), null, lang);
    assert.equal(await page.getByTestId('only-german').count(), 0, `${lang}: everything of this page is translated`);
  }
  await page.getByTestId('lang-de').click();
  await page.waitForFunction(() => document.documentElement.lang === 'de');
  assert.deepEqual(page.errors, []);

  // Where a text has no translation (the generated data is translated into
  // English only), the German text is shown, marked as German, with a note.
  const big = await launch({ dir: DIST_SYNTHETIC });
  try {
    const other = await big.newPage();
    await open(other, `${big.base}/?lang=uk`);
    await other.getByTestId('card-name').first().click();
    await appReady(other);
    const lead = other.locator('.lead');
    assert.equal(await lead.getAttribute('lang'), 'de');
    const notes = other.getByTestId('only-german');
    assert.ok(await notes.count() >= 1);
    assert.equal(await notes.first().innerText(), text('uk', 'common.content.only_german'));
    assert.equal(await other.locator('.page__header .gloss').count(), 0, 'no gloss without a translation');
    assert.equal(await other.getByTestId('original-toggle').count(), 0, 'nothing to switch back from');
    await other.getByTestId('lang-de').click();
    await other.waitForFunction(() => document.documentElement.lang === 'de');
    assert.equal(await notes.count(), 0, 'German needs no note');
    assert.deepEqual(other.errors, []);
  } finally {
    await big.close();
  }
});

test('Ukrainian and Arabic pages: translated content, "automatisch übersetzt", and the original on request', async () => {
  const page = await app.newPage({ viewport: { width: 360, height: 740 } });
  const network = DATA.networks.find((n) => n.slug === 'arbeitskreis-generationen');
  for (const lang of ['uk', 'ar']) {
    const t = network.translations[lang];
    await open(page, `${app.base}/netzwerk/${network.slug}?lang=${lang}`);
    assert.deepEqual(await documentLang(page), [lang, lang === 'ar' ? 'rtl' : 'ltr']);
    const lead = page.locator('.lead');
    assert.equal(await lead.innerText(), t.summary, lang);
    assert.equal(await page.locator('#beschreibung ~ div p').first().innerText(), t.description[0], lang);
    assert.deepEqual(await page.locator('section[aria-labelledby="ziele"] li').allInnerTexts(), t.goals, lang);
    const tag = DATA.topics.find((x) => x.id === network.topics[0]);
    assert.equal(await page.locator('.tags .tag').first().innerText(), tag.translations[lang].label, lang);
    assert.equal(await page.getByTestId('translation-note').innerText(), text(lang, 'common.content.machine'), lang);
    assert.equal(await horizontalOverflow(page), 0, `${lang} at 360 px`);

    // "Originaltext anzeigen": the German texts in place, marked as German.
    const toggle = page.getByTestId('original-toggle');
    assert.equal(await toggle.innerText(), text(lang, 'common.content.show_original'), lang);
    await toggle.click();
    await page.waitForFunction((s) => document.querySelector('.lead')?.textContent === s, network.summary);
    assert.equal(await lead.getAttribute('lang'), 'de', lang);
    assert.equal(await lead.getAttribute('dir'), lang === 'ar' ? 'ltr' : null, lang);
    assert.equal(await page.locator('#beschreibung ~ div p').first().innerText(), network.description[0], lang);
    assert.equal(await page.locator('.tags .tag').first().innerText(), tag.label, lang);
    assert.equal(await page.locator('.page__header .gloss').count(), 0, `${lang}: no gloss over the original`);
    assert.equal(await page.getByTestId('original-note').innerText(), text(lang, 'common.content.original_shown'), lang);
    assert.equal(await page.getByTestId('only-german').count(), 0, `${lang}: asked for, so no "only in German" note`);
    // The interface stays in the reader's language; focus stays on the button.
    assert.equal(await page.locator('#beschreibung').innerText(), text(lang, 'pages.network.description'), lang);
    assert.equal(await toggle.innerText(), text(lang, 'common.content.show_translation'), lang);
    await page.waitForFunction(() => document.activeElement?.dataset.testid === 'original-toggle');
    assert.equal(await horizontalOverflow(page), 0, `${lang} original at 360 px`);
    assert.deepEqual(await axeViolations(page), [], `${lang} original`);
    await page.keyboard.press('Enter');
    await page.waitForFunction((s) => document.querySelector('.lead')?.textContent === s, t.summary);
    assert.equal(await lead.getAttribute('lang'), null, lang);
    assert.equal(await toggle.innerText(), text(lang, 'common.content.show_original'), lang);
  }
  // An actor's page too.
  const actor = DATA.actors.find((a) => a.id === 'kubus');
  await open(page, `${app.base}/akteur/kubus?lang=uk`);
  assert.equal(await page.locator('.page__header .gloss').innerText(), actor.translations.uk.gloss);
  assert.equal(await page.locator('.lead').innerText(), actor.translations.uk.description);
  await page.getByTestId('original-toggle').click();
  await page.waitForFunction((s) => document.querySelector('.lead')?.textContent === s, actor.description);
  assert.equal(await page.locator('.lead').getAttribute('lang'), 'de');
  await open(page, `${app.base}/?lang=de`);
  assert.deepEqual(page.errors, []);
});

test('search in Ukrainian and Arabic finds their words and marks them on the card', async () => {
  const page = await app.newPage();
  for (const [lang, query] of [['uk', 'біженців'], ['ar', 'اللاجئين']]) {
    await open(page, `${app.base}/?lang=${lang}`);
    await page.getByRole('searchbox').fill(query);
    await page.waitForFunction((q) => new URL(location.href).searchParams.get('q') === q, query);
    const first = page.getByTestId('card').first();
    assert.equal(await first.getByTestId('card-name').innerText(), refugees.name, lang);
    assert.equal(await first.locator('.card__summary').innerText(), refugees.translations[lang].summary, lang);
    const marks = await first.locator('.card__summary mark').allInnerTexts();
    assert.ok(marks.some((m) => m.startsWith(query.slice(0, -2))), `${lang}: ${marks}`);
  }
  await open(page, `${app.base}/?lang=de`);
  assert.deepEqual(page.errors, []);
});

test('search: English finds English text, German works in every interface language', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/?lang=en`);
  await page.getByRole('searchbox').fill('refugees');
  const first = page.getByTestId('card').first();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'refugees');
  assert.equal(await first.getByTestId('card-name').innerText(), refugees.name);
  assert.equal(await first.locator('.card__summary').innerText(), refugees.translations.en.summary);
  assert.ok((await first.locator('mark').allInnerTexts()).some((m) => m.toLowerCase() === 'refugees'), 'the English word is marked');
  // The filters name their values in English too.
  const group = DATA.target_groups.find((t) => t.id === 'gefluechtete');
  const facetValues = async (key) => page.getByTestId(`facet-${key}`).locator('.facet__value > span:not(.facet__count)').evaluateAll((ss) => ss.map((s) => s.textContent));
  assert.ok((await facetValues('zielgruppe')).includes(group.translations.en.label), 'target group in English');
  assert.ok((await facetValues('ebene')).includes(text('en', 'common.level.district')), 'level in English');
  for (const lang of ['ar', 'uk', 'en']) {
    await open(page, `${app.base}/?lang=${lang}&q=Geflüchtete`);
    const card = page.getByTestId('card').first();
    assert.equal(await card.getByTestId('card-name').innerText(), refugees.name, lang);
    // Found by its German word, shown in the reader's language.
    assert.equal(await card.locator('.card__summary').innerText(), refugees.translations[lang].summary, lang);
    assert.equal(await card.locator('.card__summary').getAttribute('lang'), null, lang);
    assert.equal(await card.getByTestId('only-german-short').count(), 0, lang);
  }
  await open(page, `${app.base}/?lang=de`);
  assert.deepEqual(page.errors, []);
});

test('plurals and numbers follow CLDR in every language, as the browser itself counts', async () => {
  const page = await app.newPage();
  for (const lang of LANGS) {
    await open(page, `${app.base}/?lang=${lang}`);
    const count = page.getByTestId('count');
    assert.equal(await count.innerText(), await plural(page, lang, 'home.status.networks', DATA.networks.length), lang);
    for (const q of ['Klex', 'Integration', 'Jena', 'Generationen']) {
      await page.getByRole('searchbox').fill(q);
      await page.waitForFunction((q) => new URL(location.href).searchParams.get('q') === q, q);
      const n = await page.getByTestId('card').count();
      assert.equal(await count.innerText(), await plural(page, lang, 'home.status.results', n, { q: isolated(lang, q) }), `${lang}: ${q}`);
    }
  }
  await open(page, `${app.base}/?lang=de`);
  assert.deepEqual(page.errors, []);
});

test('at 10,000 entries numbers are grouped as each language writes them', async () => {
  const big = await launch({ dir: DIST_SYNTHETIC });
  try {
    const page = await big.newPage();
    for (const lang of LANGS) {
      await open(page, `${big.base}/?lang=${lang}`);
      const count = page.getByTestId('count');
      await count.waitFor();
      assert.equal(await count.innerText(), await plural(page, lang, 'home.status.networks', 10000), lang);
      const grouped = await page.evaluate((l) => new Intl.NumberFormat(l).format(10000), tagOf(lang));
      assert.ok((await count.innerText()).includes(grouped), `${lang}: ${grouped}`);
      assert.equal(await page.getByTestId('more').innerText(), await plural(page, lang, 'home.more.button', 50));
    }
    assert.deepEqual(page.errors, []);
  } finally {
    await big.close();
  }
});
