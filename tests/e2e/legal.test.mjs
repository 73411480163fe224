// The pages of a public service (Impressum, Datenschutz, Erklärung zur
// Barrierefreiheit, Leichte Sprache), reachable from every page kind's
// footer; Leichte Sprache as a fifth language; "Fehler melden" with its
// address decoded, on the shipped data (no e-mail address given anywhere)
// and on the generated data (every detail given, as examples).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, open, appReady, axeViolations, horizontalOverflow, decodeQr, text, tagOf,
  DATA, LANGS, DIST_SYNTHETIC, PUBLIC_URL,
} from './harness.mjs';

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

const network = DATA.networks[1];
const actor = DATA.actors.find((a) => a.id === 'kubus');

/** Every kind of page, and the legal pages themselves. */
const PAGE_KINDS = {
  start: '/',
  network: `/netzwerk/${network.slug}`,
  actor: `/akteur/${actor.id}`,
  merkliste: '/merkliste',
  'not found': '/gibt-es-nicht',
};
const LEGAL = {
  imprint: ['/impressum', 'legal.imprint.title', 'legal.footer.imprint'],
  privacy: ['/datenschutz', 'legal.privacy.title', 'legal.footer.privacy'],
  accessibility: ['/barrierefreiheit', 'legal.accessibility.title', 'legal.footer.accessibility'],
  easy: ['/leichte-sprache', 'legal.easy.title', 'legal.footer.easy'],
  open: ['/offene-daten', 'legal.open_data.title', 'legal.footer.open_data'],
};

/** The address of a page in `lang` (`?lang=` switches and is kept). */
const inLang = (path, lang) => `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;

test('every page kind links each legal page from its footer, and the link leads there', async () => {
  const page = await app.newPage();
  for (const [kind, from] of Object.entries(PAGE_KINDS)) {
    for (const [name, [path, title, link]] of Object.entries(LEGAL)) {
      await open(page, app.base + from);
      const footer = page.getByRole('contentinfo');
      // The link to the page in Leichte Sprache is in Leichte Sprache.
      const label = text(name === 'easy' ? 'ls' : 'de', link);
      await footer.getByRole('link', { name: label, exact: true }).click();
      await page.waitForURL((u) => u.pathname === path);
      assert.equal(await page.locator('main h1').innerText(), text(name === 'easy' ? 'ls' : 'de', title), `${kind} → ${name}`);
    }
  }
  assert.deepEqual(page.errors, []);
});

test('the legal pages are drawn by the build: they show without JavaScript', async () => {
  const nojs = await launch({ javaScriptEnabled: false });
  try {
    const page = await nojs.newPage();
    for (const [path, title] of Object.values(LEGAL)) {
      await page.goto(nojs.base + path);
      assert.equal(await page.locator('main h1').innerText(), text(path === '/leichte-sprache' ? 'ls' : 'de', title));
    }
  } finally {
    await nojs.close();
  }
});

test('axe finds nothing on each legal page in every language, and they fit 320 px', async () => {
  const page = await app.newPage({ viewport: { width: 320, height: 640 } });
  for (const lang of LANGS) {
    for (const [path, title] of Object.values(LEGAL)) {
      await open(page, app.base + inLang(path, lang));
      await page.waitForFunction((l) => document.documentElement.lang === l, tagOf(lang));
      const heading = path === '/leichte-sprache' ? text('ls', title) : text(lang, title);
      assert.equal(await page.locator('main h1').innerText(), heading, `${lang} ${path}`);
      assert.deepEqual(await axeViolations(page), [], `${lang} ${path}`);
      assert.equal(await horizontalOverflow(page), 0, `${lang} ${path} at 320 px`);
      const body = await page.locator('main').innerText();
      assert.doesNotMatch(body, /\{\{|undefined|null/, `${lang} ${path}: no unfilled text`);
    }
  }
  await open(page, `${app.base}/?lang=de`);
  assert.deepEqual(page.errors, []);
});

test('the Impressum shows the publisher the data names and says which details are not given yet', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/impressum`);
  const details = page.getByTestId('publisher-details');
  assert.equal(await details.locator('dt').allInnerTexts().then((t) => t.join('|')), text('de', 'legal.field.name'));
  assert.equal(await details.locator('dd').innerText(), DATA.publisher.name);
  const missing = await page.getByTestId('missing-details').innerText();
  for (const key of ['body', 'represented_by', 'address', 'email', 'phone', 'website', 'responsible_for_content']) {
    assert.ok(missing.includes(text('de', `legal.field.${key}`)), `names ${key} as missing: ${missing}`);
  }
  // Nothing that looks like a detail the data does not hold.
  const main = await page.locator('main').innerText();
  assert.doesNotMatch(main, /@|https?:\/\/|\d{5}/, 'no e-mail, web address or postcode');
  assert.ok(main.includes(DATA.source.title));
});

test('with every detail given, the legal pages show each, as links where they are addresses, and miss none', async () => {
  const page = await big.newPage();
  await open(page, `${big.base}/impressum`);
  assert.equal(await page.getByTestId('missing-details').count(), 0);
  const details = page.getByTestId('publisher-details');
  assert.equal(await details.getByRole('link', { name: 'stadtteilbuero@example.org' }).getAttribute('href'), 'mailto:stadtteilbuero@example.org');
  assert.equal(await details.getByRole('link', { name: '+49 000 000000' }).getAttribute('href'), 'tel:+49000000000');
  assert.match(await details.innerText(), /Beispielweg 1, 00000 Beispielstadt/);
  await open(page, `${big.base}/datenschutz`);
  assert.equal(await page.getByTestId('missing-details').count(), 0);
  assert.match(await page.getByTestId('hosting').innerText(), /Beispiel-Rechenzentrum/);
  await open(page, `${big.base}/barrierefreiheit`);
  assert.equal(await page.getByTestId('missing-details').count(), 0);
  assert.equal(await page.getByTestId('statement-date').innerText(), text('de', 'legal.accessibility.date', { date: '30. November 2026' }));
  assert.match(await page.locator('main').innerText(), /Durchsetzungsstelle Beispielland/);
  assert.deepEqual(page.errors, []);
});

test('the privacy page lists every key a visit leaves on the device', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/netzwerk/${network.slug}`);
  await page.locator('main .page__header').getByRole('button', { name: text('de', 'common.bookmark.save') }).click();
  await page.getByTestId('lang-en').click();
  await page.getByTestId('lang-de').click();
  await open(page, `${app.base}/?kiosk=1`);
  await open(page, `${app.base}/datenschutz`);
  const kept = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(kept.length >= 3, `a bookmark, a language and the kiosk setting are kept: ${kept}`);
  const listed = await page.getByTestId('stored').locator('.stored__key code').allInnerTexts();
  for (const key of kept) assert.ok(listed.includes(key), `${key} is listed (${listed})`);
  // And the Redaktion's keys, named where the page speaks of the Redaktion.
  const redaktion = await page.getByTestId('redaktion-keys').innerText();
  for (const key of ['stadtteilnetz.redaktion.entwurf', 'stadtteilnetz.redaktion.entwurf-unlesbar', 'stadtteilnetz.redaktion.entwurf-stand', 'stadtteilnetz.redaktion.entwurf-basis']) {
    assert.ok(redaktion.includes(key), key);
  }
  // No cookie, and no request to another host while reading it.
  assert.deepEqual(await page.context().cookies(), []);
  await open(page, `${app.base}/?kiosk=0`);
});

test('the accessibility statement says partly conformant, its limits, and which details are missing', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/barrierefreiheit`);
  assert.equal(await page.getByTestId('conformance').innerText(), text('de', 'legal.accessibility.status'));
  assert.equal(await page.getByTestId('limits').locator('li').count(), 5);
  const missing = await page.getByTestId('missing-details').allInnerTexts();
  for (const key of ['statement_date', 'email', 'enforcement_body']) {
    assert.ok(missing.join(' ').includes(text('de', `legal.field.${key}`)), `${key}: ${missing}`);
  }
  assert.equal(await page.getByTestId('statement-date').count(), 0, 'no date the data does not give');
});

test('Leichte Sprache through the switcher and ?lang=ls: interface, network texts with the note, actors in standard German', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/`);
  await page.getByTestId('lang-ls').click();
  await page.waitForFunction(() => document.documentElement.lang === 'de-x-ls');
  assert.equal(await page.locator('main h1').innerText(), text('ls', 'home.heading'));
  assert.equal(await page.getByTestId('lang-ls').innerText(), 'Leichte Sprache');
  await page.reload();
  await appReady(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de-x-ls', 'kept on the device');

  const fresh = await app.newPage();
  await open(fresh, `${app.base}/netzwerk/${network.slug}?lang=ls`);
  await fresh.waitForFunction(() => document.documentElement.lang === 'de-x-ls');
  const ls = network.translations.ls;
  assert.equal(await fresh.locator('main .lead').first().innerText(), ls.summary);
  const description = await fresh.locator('#beschreibung + div p, #beschreibung ~ div p').first().innerText();
  assert.equal(description.replace(/\s+/g, ' '), ls.description[0].replace(/\s+/g, ' '));
  assert.ok((await fresh.locator('main').innerText()).includes(text('ls', 'common.content.machine')), 'says a program wrote it, unchecked');
  // The paragraphs keep their line breaks (one statement per line).
  assert.equal(await fresh.locator('#beschreibung ~ div p').first().evaluate((p) => getComputedStyle(p).whiteSpace), 'pre-line');
  // Goals have no Leichte Sprache text: standard German, marked as German.
  assert.equal(await fresh.locator('#ziele ~ ul.bullets').first().getAttribute('lang'), 'de');

  await open(fresh, `${app.base}/akteur/${actor.id}`);
  assert.ok((await fresh.locator('main').innerText()).includes(text('ls', 'common.content.only_german')) || !actor.description,
    'an actor says its text is only in standard German');
  assert.deepEqual(await axeViolations(fresh), []);
  assert.deepEqual(fresh.errors, []);
  await page.getByTestId('lang-de').click();
});

test('the page "Leichte Sprache" is in Leichte Sprache in every interface language, and says it is unchecked', async () => {
  const page = await app.newPage();
  for (const lang of LANGS) {
    await open(page, app.base + inLang('/leichte-sprache', lang));
    await page.waitForFunction((l) => document.documentElement.lang === l, tagOf(lang));
    const article = page.getByTestId('easy-read');
    const own = await article.evaluate((a) => a.closest('[lang]').lang);
    assert.equal(own, 'de-x-ls', `${lang}: the page is marked as Leichte Sprache`);
    assert.deepEqual(
      await article.locator('h2').allInnerTexts(),
      DATA.easy_read.sections.map((s) => s.heading),
    );
    assert.equal(await page.getByTestId('easy-unchecked').innerText(), text('ls', 'legal.easy.unchecked'));
    if (lang !== 'ls') {
      assert.equal(await article.locator('.easy-read__note').innerText(), text(lang, 'legal.easy.note'));
    }
  }
  await open(page, `${app.base}/?lang=de`);
});

/** The parts of a mailto: link, decoded. */
function parseMailto(href) {
  const url = new URL(href);
  assert.equal(url.protocol, 'mailto:');
  return {
    to: decodeURIComponent(url.pathname),
    subject: url.searchParams.get('subject'),
    body: url.searchParams.get('body'),
  };
}

test('"Fehler melden" opens a prefilled message naming the entry, its address and its Stand; without an address it says so', async () => {
  const page = await app.newPage();
  await open(page, `${app.base}/netzwerk/${network.slug}`);
  const link = page.getByTestId('report-mistake');
  assert.equal(await link.innerText(), text('de', 'legal.report.button'));
  const mail = parseMailto(await link.getAttribute('href'));
  assert.equal(mail.to, '', 'the shipped data gives no address: no recipient is made up');
  assert.equal(mail.subject, text('de', 'legal.report.subject', { name: network.name }));
  assert.ok(mail.body.includes(`${PUBLIC_URL}/netzwerk/${network.slug}`), mail.body);
  assert.ok(mail.body.includes('\r\n'), 'line breaks as CRLF');
  assert.ok(mail.body.includes('1. Dezember 2026'), `the entry's Stand: ${mail.body}`);
  assert.equal(await page.getByTestId('report-no-address').innerText(), text('de', 'legal.report.no_address'));

  await open(page, `${app.base}/akteur/${actor.id}?lang=uk`);
  await page.waitForFunction(() => document.documentElement.lang === 'uk');
  const uk = parseMailto(await page.getByTestId('report-mistake').getAttribute('href'));
  assert.equal(uk.subject, text('uk', 'legal.report.subject', { name: actor.name }));
  await open(page, `${app.base}/?lang=de`);
  assert.deepEqual(page.errors, []);
});

test('"Fehler melden" writes to the entry\'s maintainer, else to the publisher', async () => {
  const page = await big.newPage();
  // Network 0 has a maintainer with an address; network 1 has none.
  await open(page, `${big.base}/netzwerk/frueher-netzwerk-0`);
  assert.equal(parseMailto(await page.getByTestId('report-mistake').getAttribute('href')).to, 'redaktion@example.org');
  assert.equal(await page.getByTestId('report-no-address').count(), 0);
  // The second generated network has no maintainer.
  await open(page, `${big.base}/`);
  await open(page, big.base + await page.getByTestId('card').nth(1).locator('a').first().getAttribute('href'));
  assert.doesNotMatch(await page.getByTestId('upkeep').innerText(), /Gepflegt von/);
  const mail = parseMailto(await page.getByTestId('report-mistake').getAttribute('href'));
  assert.equal(mail.to, 'stadtteilbuero@example.org');
  assert.ok(mail.body.includes(`${big.base}/netzwerk/`), `the address it was opened at: ${mail.body}`);
});

test('on a kiosk screen "Fehler melden" is a QR code of the same message, and no mail app opens there', async () => {
  const page = await big.newPage({ viewport: { width: 1080, height: 1920 } });
  await open(page, `${big.base}/?kiosk=1`);
  await open(page, big.base + await page.getByTestId('card').nth(1).locator('a').first().getAttribute('href'));
  const report = page.getByTestId('report');
  assert.equal(await report.getByTestId('report-mistake').count(), 0, 'no mailto link on a public screen');
  const decoded = parseMailto(await decodeQr(report.getByTestId('qr').locator('.qr__image')));
  assert.equal(decoded.to, 'stadtteilbuero@example.org');
  assert.ok(decoded.subject.length > 0 && decoded.body.includes('/netzwerk/'));
  assert.equal(await report.locator('.qr__link').innerText(), 'stadtteilbuero@example.org', 'the address, not the encoded link, is written beside it');
  await open(page, `${big.base}/?kiosk=0`);
});
