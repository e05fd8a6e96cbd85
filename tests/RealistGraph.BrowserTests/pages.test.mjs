// The web pages in a real Chromium (Debian's), against the API that run.sh started with the seed study.
// Assertions read the DOM and the SVG's attributes, never pixels; screenshots are saved for people to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, openPage as openPageIn } from './support.mjs';

const SEED = 'brooks-2023-bsme';
// The second bundled sample (samples/c-change-2024.yaml): abstract-level, themes without quotes.
const SECOND = 'c-change-2024';

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

const openPage = (options) => openPageIn(browser, options);

/** The gears as the SVG describes them, keyed by domain. */
const readCogs = (page) =>
  page.$$eval('#cogs-svg g.cog', (gears) =>
    Object.fromEntries(gears.map((g) => [g.dataset.domain, {
      direction: g.dataset.direction,
      radius: Number(g.dataset.radius),
      rotation: Number(g.dataset.rotation),
      salience: Number(g.dataset.salience),
      speed: Number(g.dataset.speed),
      teeth: Number(g.dataset.teeth),
      transform: g.getAttribute('transform'),
      hasBody: !!g.querySelector('path.body'),
      label: g.getAttribute('aria-label'),
    }])));

const tableRow = (page, domain) =>
  page.$eval(`#cog-table tbody tr[data-domain="${domain}"]`, (tr) =>
    Object.fromEntries([...tr.querySelectorAll('td[data-field]')].map((td) => [td.dataset.field, td.textContent.trim()])));

test('cogs page: the seed study shows three gears, structural largest and negative, personal and social positive', async () => {
  const { page, check, shot, close } = await openPage();
  try {
    await page.goto(`${BASE_URL}/?study=${SEED}`);
    await page.waitForSelector('#cogs-svg g.cog');
    const cogs = await readCogs(page);
    assert.deepEqual(Object.keys(cogs).sort(), ['personal', 'social', 'structural']);
    const { personal, social, structural } = cogs;
    assert.ok(structural.radius > social.radius && structural.radius > personal.radius, JSON.stringify(cogs));
    assert.equal(structural.direction, 'NEGATIVE');
    assert.equal(personal.direction, 'POSITIVE');
    assert.equal(social.direction, 'POSITIVE');
    assert.ok(structural.speed < 0 && personal.speed > 0 && social.speed > 0, 'clockwise = positive');
    assert.ok(Math.abs(social.speed) > Math.abs(personal.speed), 'speed grows with |rotation|');
    assert.ok(Object.values(cogs).every((c) => c.hasBody && c.teeth >= 10));
    const total = Object.values(cogs).reduce((s, c) => s + c.salience, 0);
    assert.ok(Math.abs(total - 1) < 1e-9, `saliences sum to ${total}`);
    // The seed's counts (samples/README.md): 18/19/24 quotes; three supports inside threat themes.
    assert.deepEqual(await tableRow(page, 'personal'), { supports: '12', threats: '6', rotation: '+0.33', salience: '30%' });
    assert.deepEqual(await tableRow(page, 'social'), { supports: '14', threats: '5', rotation: '+0.47', salience: '31%' });
    assert.deepEqual(await tableRow(page, 'structural'), { supports: '6', threats: '18', rotation: '\u22120.50', salience: '39%' });
    assert.match(structural.label, /Structural factors: negative/);
    // The authors' stated interaction, and observed ones with participant counts.
    const stated = await page.$$eval('#interaction-table tr[data-source="STATED"]', (rows) => rows.map((r) => [r.dataset.from, r.dataset.to, r.dataset.kind]));
    assert.deepEqual(stated, [['structural', 'social', 'REINFORCING']]);
    await page.hover('#interaction-table tr[data-source="STATED"]');
    await page.waitForSelector('#cogs-svg .cog.linked');
    assert.deepEqual(await page.$$eval('#cogs-svg .cog.linked', (g) => g.map((x) => x.dataset.domain).sort()), ['social', 'structural'], 'pointing at an interaction picks out its cogs');
    const observed = await page.$$eval('#interaction-table tr[data-source="OBSERVED"] td.num summary', (s) => s.map((x) => Number(x.textContent)));
    assert.ok(observed.length > 0 && observed.every((n) => n >= 1));
    assert.match(await page.textContent('#summary-line'), /Heaviest: Structural factors/);
    assert.equal(await page.textContent('#source-note'), 'Counted in quotes. Computed by the service (cogModel).');
    await shot('cogs-seed');
    check();
  } finally {
    await close();
  }
});

/** Resolves after the page has drawn `frames` more animation frames (a wait on the page's own clock). */
const framesDrawn = (page, frames) =>
  page.evaluate((n) => new Promise((resolve) => {
    const next = (left) => (left === 0 ? resolve() : requestAnimationFrame(() => next(left - 1)));
    next(n);
  }), frames);

test('cogs page: the arrows turn, and stand still for readers who prefer reduced motion', async () => {
  const arrow = '#cogs-svg g.cog[data-domain="structural"] .spinner';
  const spinAngle = (page) => page.$eval(arrow, (s) => s.getAttribute('transform') || '');
  const moving = await openPage();
  try {
    await moving.page.goto(`${BASE_URL}/?study=${SEED}`);
    await moving.page.waitForSelector('#cogs-svg g.cog');
    await moving.page.waitForSelector('html[data-motion="playing"]');
    const first = await spinAngle(moving.page);
    // Animated by default: the arrow's transform changes (every frame moves it by about 0.3 degrees).
    await moving.page.waitForFunction(([sel, was]) => (document.querySelector(sel).getAttribute('transform') || '') !== was, [arrow, first]);
    await moving.page.click('#motion-toggle');
    await moving.page.waitForSelector('html[data-motion="paused"]');
    assert.equal(await moving.page.getAttribute('#motion-toggle', 'aria-pressed'), 'true');
    const paused = await spinAngle(moving.page);
    await framesDrawn(moving.page, 20);
    assert.equal(await spinAngle(moving.page), paused, 'the pause button stops it: 20 frames later the arrow has not moved');
    await moving.page.click('#motion-toggle');
    await moving.page.waitForFunction(([sel, was]) => document.querySelector(sel).getAttribute('transform') !== was, [arrow, paused]);
    moving.check();
  } finally {
    await moving.close();
  }
  const still = await openPage({ reducedMotion: 'reduce' });
  try {
    await still.page.goto(`${BASE_URL}/?study=${SEED}`);
    await still.page.waitForSelector('#cogs-svg g.cog');
    assert.equal(await still.page.getAttribute('html', 'data-motion'), 'paused');
    const a = await spinAngle(still.page);
    await framesDrawn(still.page, 20);
    assert.equal(await spinAngle(still.page), a, 'under reduced motion the arrow stays where it is');
    still.check();
  } finally {
    await still.close();
  }
});

test('cogs page: choosing participant 51-C changes the picture', async () => {
  const { page, check, shot, close } = await openPage();
  try {
    await page.goto(`${BASE_URL}/?study=${SEED}`);
    await page.waitForSelector('#cogs-svg[data-cog-count="3"]');
    const everyone = await readCogs(page);
    await page.selectOption('#participant', `${SEED}/51-C`);
    await page.waitForSelector('#cogs-svg[data-cog-count="2"]');
    const cogs = await readCogs(page);
    // 51-C: three structural threats (3.2) and one personal support (1.1); nothing social.
    assert.deepEqual(Object.keys(cogs).sort(), ['personal', 'structural']);
    assert.equal(cogs.structural.direction, 'NEGATIVE');
    assert.equal(cogs.structural.rotation, -1);
    assert.equal(cogs.personal.direction, 'POSITIVE');
    assert.equal(cogs.structural.salience, 0.75);
    assert.ok(cogs.structural.radius > everyone.structural.radius, 'structural grows to 75% of this person’s evidence');
    assert.deepEqual(await tableRow(page, 'structural'), { supports: '0', threats: '3', rotation: '\u22121.00', salience: '75%' });
    assert.match(page.url(), /participant=brooks-2023-bsme%2F51-C/);
    assert.match(await page.textContent('#summary-line'), /51-C/);
    await shot('cogs-51-C');
    // Back to everyone: three gears again.
    await page.selectOption('#participant', '');
    await page.waitForSelector('#cogs-svg[data-cog-count="3"]');
    check();
  } finally {
    await close();
  }
});

test('cogs page: selecting a cog lists its themes with their quotes and participants', async () => {
  const { page, check, shot, close } = await openPage();
  try {
    await page.goto(`${BASE_URL}/?study=${SEED}`);
    await page.waitForSelector('#cogs-svg g.cog');
    await page.click('#cogs-svg g.cog[data-domain="structural"]');
    await page.waitForSelector('#cog-details:not([hidden]) .quote');
    assert.equal(await page.getAttribute('#cogs-svg g.cog[data-domain="structural"]', 'aria-pressed'), 'true');
    assert.equal(await page.$$eval('#cog-details .theme', (t) => t.length), 4);
    const quotes = await page.$$eval('#cog-details .quote', (qs) => qs.map((q) => ({ text: q.querySelector('blockquote').textContent, who: q.dataset.participant })));
    assert.equal(quotes.length, 24, 'the 24 structural quotes');
    assert.ok(quotes.every((q) => q.text.length > 0 && /^\d+-[A-G]$/.test(q.who)), 'every quote has text and a participant label');
    assert.ok(quotes.some((q) => q.who === '51-C'));
    await shot('cogs-structural-quotes');

    // Keyboard: Tab to a gear and press Enter.
    await page.focus('#cogs-svg g.cog[data-domain="personal"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#cog-details[data-domain="personal"]');
    assert.equal(await page.$$eval('#cog-details .quote', (qs) => qs.length), 18);

    // With a participant chosen, only that person's quotes are listed.
    await page.selectOption('#participant', `${SEED}/51-C`);
    await page.waitForSelector('#cogs-svg[data-cog-count="2"]');
    await page.click('#cog-table button[data-domain="structural"]');
    await page.waitForSelector('#cog-details[data-domain="structural"] .quote');
    const labels = await page.$$eval('#cog-details .quote', (qs) => qs.map((q) => q.dataset.participant));
    assert.deepEqual(labels, ['51-C', '51-C', '51-C']);
    check();
  } finally {
    await close();
  }
});

/** Asks the service's GraphQL endpoint directly, as any client would. */
async function graphql(query, variables) {
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

const COG_MODEL = `query($studyIds: [ID!], $participantId: ID) { cogModel(studyIds: $studyIds, participantId: $participantId) {
  unit allTurnSameWay heaviestDomain { name }
  cogs { domain { id name canonicalDomain } supports threats salience rotation direction themes { id } }
  interactions { from { id canonicalDomain } to { id canonicalDomain } kind source participantCount participants { label } } } }`;

// Written here, not imported from the page, so that a formatting slip in the page shows.
const signed = (r) => (Math.abs(r).toFixed(2) === '0.00' ? '0.00' : `${r > 0 ? '+' : '\u2212'}${Math.abs(r).toFixed(2)}`);
const percent = (s) => `${Math.round(s * 100)}%`;
const keyOf = (d) => d.canonicalDomain || d.id;

const CHOICES = [['the seed study', [SEED], null], ['participant 51-C', [SEED], `${SEED}/51-C`], ['both samples pooled', [SEED, SECOND], null]];
for (const [name, studyIds, participantId] of CHOICES) {
  test(`cogs page: shows cogModel's numbers, interactions and themes for ${name}`, async () => {
    const { cogModel: model } = await graphql(COG_MODEL, { studyIds, participantId });
    assert.ok(model.cogs.length >= 2, 'the service answers cogs to compare with');
    const { page, check, close } = await openPage();
    try {
      const studies = studyIds.map((id) => `study=${id}`).join('&');
      const query = participantId ? `${studies}&participant=${encodeURIComponent(participantId)}` : studies;
      await page.goto(`${BASE_URL}/?${query}`);
      await page.waitForSelector(`#cogs-svg[data-cog-count="${model.cogs.length}"] g.cog`);

      // The gears: one per cog, in cogModel's order, with its direction, rotation and salience.
      const gears = await page.$$eval('#cogs-svg g.cog', (gs) => gs.map((g) => [g.dataset.domain, g.dataset.direction, Number(g.dataset.rotation), Number(g.dataset.salience)]));
      assert.deepEqual(gears, model.cogs.map((c) => [keyOf(c.domain), c.direction, c.rotation, c.salience]));

      // The table: the same numbers as the page writes them.
      const rows = await page.$$eval('#cog-table tbody tr', (trs) => trs.map((tr) => [tr.dataset.domain, tr.querySelector('button').textContent,
        ...[...tr.querySelectorAll('td[data-field]')].map((td) => td.textContent.trim())]));
      assert.deepEqual(rows, model.cogs.map((c) => [keyOf(c.domain), c.domain.name, String(c.supports), String(c.threats), signed(c.rotation), percent(c.salience)]));

      // The interactions, stated and observed, in cogModel's order, with who shows them.
      const shown = await page.$$eval('#interaction-table tbody tr', (trs) => trs.map((tr) => [tr.dataset.from, tr.dataset.to, tr.dataset.kind, tr.dataset.source,
        tr.querySelector('td.num summary')?.textContent ?? null, tr.querySelector('.people')?.textContent ?? '']));
      assert.deepEqual(shown, model.interactions.map((i) => [keyOf(i.from), keyOf(i.to), i.kind, i.source,
        i.source === 'OBSERVED' ? String(i.participantCount) : null, i.participants.map((p) => p.label).join(', ')]));
      assert.ok(model.interactions.some((i) => i.source === 'STATED'), 'the authors’ stated interaction is in the answer');

      // The summary and the note.
      const summary = await page.textContent('#summary-line');
      assert.match(summary, new RegExp(`Heaviest: ${model.heaviestDomain.name}\\.`));
      assert.match(summary, model.allTurnSameWay ? /All cogs turn the same way/ : /do not all turn the same way/);
      const notes = { QUOTES: /^Counted in quotes\./, THEMES: /^Counted in themes/, MIXED: /^Counted in quotes and, for studies without quotes, in themes/ };
      assert.match(await page.textContent('#source-note'), notes[model.unit]);

      // Each cog's themes, as cogModel lists them.
      for (const cog of model.cogs) {
        await page.click(`#cog-table button[data-domain="${keyOf(cog.domain)}"]`);
        await page.waitForSelector(`#cog-details[data-domain="${keyOf(cog.domain)}"]:not([hidden])`);
        assert.deepEqual(await page.$$eval('#cog-details .theme', (ts) => ts.map((t) => t.dataset.theme)), cog.themes.map((t) => t.id), keyOf(cog.domain));
      }
      check();
    } finally {
      await close();
    }
  });
}

test('study explorer: the seed shows its metadata, 3 domains, 10 themes and 61 quotes, and filters', async () => {
  const { page, check, shot, close } = await openPage();
  try {
    await page.goto(`${BASE_URL}/study.html?id=${SEED}`);
    await page.waitForSelector('.theme');
    assert.match(await page.textContent('#study-title'), /Professional Identity Formation of Basic Science Medical Educators/);
    assert.match(await page.textContent('#study-meta'), /2023/);
    assert.equal(await page.$$eval('.domain-section', (d) => d.length), 3);
    assert.equal(await page.$$eval('.theme', (t) => t.length), 10);
    const badges = await page.$$eval('.theme .theme-head .badge', (b) => b.map((x) => x.dataset.polarity));
    assert.equal(badges.filter((b) => b === 'SUPPORT').length, 5);
    assert.equal(badges.filter((b) => b === 'THREAT').length, 5);
    assert.equal(await page.$$eval('.quote', (q) => q.length), 61);
    assert.equal(await page.$$eval('.quote .badge[data-polarity="SUPPORT"]', (q) => q.length), 3, 'three quotes with their own polarity');
    await shot('explorer-seed');

    await page.fill('#filter-text', '51-C');
    await page.waitForFunction(() => document.querySelectorAll('.quote').length === 4);
    const who = await page.$$eval('.quote', (q) => [...new Set(q.map((x) => x.dataset.participant))]);
    assert.deepEqual(who, ['51-C']);
    assert.match(await page.textContent('#filter-count'), /2 of 10 themes and 4 of 61 quotes/);
    await page.fill('#filter-text', '');
    await page.selectOption('#filter-polarity', 'THREAT');
    await page.waitForFunction(() => document.querySelectorAll('.quote').length < 61);
    assert.ok(await page.$$eval('.quote', (q) => q.every((x) => x.classList.contains('THREAT'))));
    await shot('explorer-threats');
    check();
  } finally {
    await close();
  }
});

test('study explorer without an id lists the studies', async () => {
  const { page, check, close } = await openPage();
  try {
    await page.goto(`${BASE_URL}/study.html`);
    await page.waitForSelector('#study-index-list a');
    // Both bundled samples are listed.
    assert.ok(await page.$(`#study-index-list a[href="/study.html?id=${SEED}"]`));
    assert.ok(await page.$(`#study-index-list a[href="/study.html?id=${SECOND}"]`));
    check();
  } finally {
    await close();
  }
});

test('GraphiQL loads from this service, knows the schema, and runs the preloaded query', async () => {
  const { page, check, shot, close } = await openPage();
  try {
    const graphqlPosts = [];
    page.on('request', (r) => r.url().endsWith('/graphql') && r.method() === 'POST' && graphqlPosts.push(r.postDataJSON()));
    const introspection = page.waitForResponse((r) => r.url().endsWith('/graphql') && /IntrospectionQuery/.test(r.request().postData() || ''));
    await page.goto(`${BASE_URL}/graphiql`);
    assert.match(page.url(), /\/graphiql\/index\.html$/);
    const schema = await (await introspection).json();
    assert.equal(schema.errors, undefined, JSON.stringify(schema.errors));
    assert.ok(schema.data.__schema.types.some((type) => type.name === 'CogModel'), 'the whole schema in one answer');
    await page.waitForSelector('.graphiql-execute-button');
    const editor = await page.textContent('.graphiql-query-editor');
    assert.match(editor, /StructuralThreats/);
    // The schema arrives through GraphiQL's standard introspection query, in one request.
    await page.waitForFunction(() => !document.querySelector('.graphiql-doc-explorer-search')?.disabled && document.querySelector('[aria-label="Show Documentation Explorer"]'));
    await page.click('[aria-label="Show Documentation Explorer"]');
    await page.waitForSelector('.graphiql-doc-explorer');
    await page.waitForFunction(() => /Query/.test(document.querySelector('.graphiql-doc-explorer').textContent));
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(() => /"totalCount": 3/.test(document.querySelector('.graphiql-response')?.textContent || ''));
    const response = await page.textContent('.graphiql-response');
    assert.match(response, /Paucity of formal training programs/);
    assert.doesNotMatch(response, /"errors"/);
    assert.ok(graphqlPosts.some((p) => /StructuralThreats/.test(p.query)), 'the preloaded query was posted to /graphql');
    assert.ok(!graphqlPosts.some((p) => /__type\(name:/.test(p.query)), 'no split introspection');
    await shot('graphiql');
    check();
  } finally {
    await close();
  }
});
