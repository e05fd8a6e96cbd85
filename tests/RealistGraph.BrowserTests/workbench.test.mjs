// The evaluator's workbench in a real Chromium: evidence chains, compare studies, links and suggestions,
// downloads and the printable findings, on both bundled samples. Expectations are read from the service's
// GraphQL by the test itself, never from the page's code.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, openPage, graphql, download, parseCsv } from './support.mjs';
import { SEED, SECOND } from './site-pages.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const CHAINS = `query($id: ID!) {
  cmoConfigurations(first: 100, where: { studyId: $id }) { totalCount nodes { id outcome { id } themes { id quotes { id } } } }
  interventions(first: 50, where: { studyId: $id }) { nodes { id functions { id activities { id } } } }
}`;

for (const study of [SEED, SECOND]) {
  test(`evidence chains (${study}): an outcome opens the chains that lead to it, down to their themes and quotes`, async () => {
    const data = await graphql(CHAINS, { id: study });
    const cmos = data.cmoConfigurations.nodes;
    assert.ok(cmos.length > 0, 'the sample states CMO configurations');
    const { page, check, shot, close } = await openPage(browser);
    try {
      await page.goto(`${BASE_URL}/chains.html?study=${study}`);
      await page.waitForSelector('#chains .chain');
      assert.deepEqual((await page.$$eval('#chains .chain', (cs) => cs.map((c) => c.dataset.cmo))).sort(), cmos.map((c) => c.id).sort());
      // Every chain reads context → mechanism → outcome.
      assert.ok(await page.$$eval('#chains .chain', (cs) => cs.every((c) => [...c.querySelectorAll('.cmo-step')].map((s) => s.dataset.step).join() === 'context,mechanism,outcome')));

      // The outcome with the most chains: its link shows exactly the chains that lead to it.
      const byOutcome = new Map();
      for (const c of cmos) if (c.outcome) byOutcome.set(c.outcome.id, [...(byOutcome.get(c.outcome.id) || []), c]);
      const [outcomeId, leading] = [...byOutcome].sort((a, b) => b[1].length - a[1].length)[0];
      await page.click(`#outcomes li[data-outcome="${outcomeId}"] a`);
      await page.waitForSelector(`#chains[data-outcome="${outcomeId}"]`);
      assert.match(page.url(), new RegExp(`outcome=${encodeURIComponent(outcomeId)}`));
      assert.deepEqual((await page.$$eval('#chains .chain', (cs) => cs.map((c) => c.dataset.cmo))).sort(), leading.map((c) => c.id).sort());
      assert.ok(await page.$$eval('#chains .chain', (cs, o) => cs.every((c) => c.querySelector(`.cmo-step.outcome [data-outcome="${o}"]`)), outcomeId));

      // Open a chain's evidence: its themes, and the quotes coded to them.
      const chain = leading.find((c) => c.themes.some((t) => t.quotes.length)) || leading[0];
      await page.click(`.chain[data-cmo="${chain.id}"] details.evidence summary`);
      const themes = await page.$$eval(`.chain[data-cmo="${chain.id}"] details[open] .theme`, (ts) => ts.map((t) => [t.dataset.theme, t.querySelectorAll('.quote').length]));
      assert.deepEqual(themes, chain.themes.map((t) => [t.id, t.quotes.length]));
      const quoted = chain.themes.some((t) => t.quotes.length);
      assert.equal(quoted, study === SEED, 'the seed has quotes behind its chains; the second sample is encoded without quotes');
      if (quoted) {
        const quote = await page.$eval(`.chain[data-cmo="${chain.id}"] .quote`, (q) => ({
          text: q.querySelector('blockquote').textContent, label: q.dataset.participant,
          href: q.querySelector('a.participant-label').getAttribute('href'), location: q.querySelector('.location')?.textContent,
        }));
        assert.ok(quote.text.length > 20 && /^\d+-[A-G]$/.test(quote.label), JSON.stringify(quote));
        assert.match(quote.location, /^Results /, 'the quote’s place in the paper');
        // The participant's label opens that participant's cogs.
        await shot(`chains-${study}`);
        await page.click(`.chain[data-cmo="${chain.id}"] .quote a.participant-label`);
        await page.waitForSelector('#cogs-svg g.cog');
        assert.equal(new URL(page.url()).searchParams.get('participant'), `${SEED}/${quote.label}`);
        assert.equal(await page.$eval('#participant', (s) => s.value), `${SEED}/${quote.label}`);
      } else {
        await shot(`chains-${study}`);
      }
      check();
    } finally {
      await close();
    }
  });
}

test('evidence chains across studies: every study’s chains and outcomes, each chain naming its study', async () => {
  const { cmoConfigurations, outcomes } = await graphql('{ cmoConfigurations(first: 100) { nodes { id studyId } } outcomes(first: 200) { nodes { id } } }');
  assert.deepEqual([...new Set(cmoConfigurations.nodes.map((c) => c.studyId))].sort(), [SEED, SECOND].sort());
  const { page, check, close } = await openPage(browser);
  try {
    await page.goto(`${BASE_URL}/chains.html`);
    await page.waitForSelector('#chains .chain');
    assert.deepEqual((await page.$$eval('#chains .chain', (cs) => cs.map((c) => `${c.dataset.study} ${c.dataset.cmo}`))).sort(),
      cmoConfigurations.nodes.map((c) => `${c.studyId} ${c.id}`).sort());
    assert.deepEqual((await page.$$eval('#outcomes li', (ls) => ls.map((l) => l.dataset.outcome))).sort(), outcomes.nodes.map((o) => o.id).sort());
    check();
  } finally {
    await close();
  }
});

test('evidence chains: interventions as trees, intervention → functions → activities', async () => {
  const data = await graphql(CHAINS, { id: SECOND });
  const { page, check, close } = await openPage(browser);
  try {
    await page.goto(`${BASE_URL}/chains.html?study=${SECOND}`);
    await page.waitForSelector('#interventions .tree');
    const tree = await page.$$eval('#interventions .tree > li', (is) => is.map((i) => [i.dataset.intervention,
      [...i.querySelectorAll(':scope > ul > li[data-function]')].map((f) => [f.dataset.function, [...f.querySelectorAll('li[data-activity]')].map((a) => a.dataset.activity)])]));
    assert.deepEqual(tree, data.interventions.nodes.map((i) => [i.id, i.functions.map((f) => [f.id, f.activities.map((a) => a.id)])]));
    check();
  } finally {
    await close();
  }
});

const COMPARE = `query($ids: [ID!]) { cogModel(studyIds: $ids) {
  notes cogs { domain { canonicalDomain } contributions { study { id } supports threats units } }
  byStudy { study { id } cogs { domain { canonicalDomain } } } } }`;

test('compare studies: each study’s cogs on one scale, the pooled notes and contributions, and a matrix cell’s evidence', async () => {
  const { cogModel: model } = await graphql(COMPARE, { ids: [SEED, SECOND] });
  const { page, check, shot, close } = await openPage(browser);
  try {
    await page.goto(`${BASE_URL}/compare.html?study=${SEED}&study=${SECOND}`);
    await page.waitForSelector('#matrix button');
    // One picture per study plus the pooled one, each with its study's cogs.
    const figures = await page.$$eval('#multiples figure', (fs) => fs.map((f) => [f.dataset.study, f.querySelectorAll('g.cog').length, Number(f.querySelector('svg').dataset.scaleWidth)]));
    assert.deepEqual(figures.map((f) => f.slice(0, 2)), [...model.byStudy.map((m) => [m.study.id, m.cogs.length]), ['pooled', model.cogs.length]]);
    assert.equal(Math.max(...figures.map((f) => f[2])), 100, 'the widest picture fills its cell');
    // Same scale: rendered width / viewBox width is the same for every picture.
    const scales = await page.$$eval('#multiples svg', (svgs) => svgs.map((s) => s.getBoundingClientRect().width / s.viewBox.baseVal.width));
    assert.ok(scales.every((s) => Math.abs(s - scales[0]) < 0.01 * scales[0]), `one scale: ${scales}`);
    // The service's notes and each study's contribution to each pooled cog.
    assert.deepEqual(await page.$$eval('#pooled-notes li', (ls) => ls.map((l) => l.textContent)), model.notes);
    const contributions = model.cogs.flatMap((c) => c.contributions.map((x) => [c.domain.canonicalDomain, x.study.id, String(x.supports), String(x.threats), String(x.units)]));
    assert.deepEqual(await page.$$eval('#contributions tbody tr', (rs) => rs.map((r) => [r.dataset.domain, r.dataset.study,
      ...['supports', 'threats', 'units'].map((f) => r.querySelector(`[data-field="${f}"]`).textContent)])), contributions);
    // The matrix: each cell is that study's supports and threats in that canonical domain.
    const cells = await page.$$eval('#matrix button', (bs) => bs.map((b) => [b.dataset.domain, b.dataset.study, b.dataset.supports, b.dataset.threats]));
    assert.deepEqual(cells.sort(), model.cogs.flatMap((c) => c.contributions.filter((x) => x.units > 0).map((x) => [c.domain.canonicalDomain, x.study.id, String(x.supports), String(x.threats)])).sort());
    await shot('compare');

    // A cell opens its evidence: the seed's structural themes, with their quotes.
    const { themes } = await graphql(`{ themes(first: 100, where: { studyId: "${SEED}", canonicalDomain: "structural" }) { nodes { id quotes { id } } } }`);
    await page.click(`#matrix button[data-study="${SEED}"][data-domain="structural"]`);
    await page.waitForSelector(`#cell-evidence[data-study="${SEED}"][data-domain="structural"] .theme`);
    assert.deepEqual(await page.$$eval('#cell-evidence .theme', (ts) => ts.map((t) => [t.dataset.theme, t.querySelectorAll('.quote').length])),
      themes.nodes.map((t) => [t.id, t.quotes.length]));
    // A theme opens its place in the explorer.
    const first = themes.nodes[0].id;
    await page.click(`#cell-evidence .theme[data-theme="${first}"] h3 a`);
    await page.waitForSelector('.theme.targeted');
    assert.equal(await page.$eval('.theme.targeted', (t) => t.dataset.theme), first);
    check();
  } finally {
    await close();
  }
});

const LINKS = `query($a: ID, $b: ID) { forward: findingLinks(fromStudyId: $a, toStudyId: $b) { id relation }
  backward: findingLinks(fromStudyId: $b, toStudyId: $a) { id relation } }`;

test('links: both directions between two studies, filtered by relation and by finding, and as CSV', async () => {
  const data = await graphql(LINKS, { a: SEED, b: SECOND });
  const all = [...data.forward, ...data.backward];
  assert.ok(all.length >= 3, 'the second sample links to the seed');
  const { page, check, shot, close } = await openPage(browser);
  try {
    // The seed first: the sample's links run from the second study to it, and must show all the same.
    await page.goto(`${BASE_URL}/links.html?study=${SEED}&other=${SECOND}`);
    await page.waitForSelector('#links .finding-link');
    assert.deepEqual((await page.$$eval('#links .finding-link', (ls) => ls.map((l) => l.dataset.link))).sort(), all.map((l) => l.id).sort());
    assert.ok(await page.$$eval('#links .finding-link', (ls) => ls.every((l) => l.querySelector('.rationale').textContent.length > 10 && /—/.test(l.querySelector('.author').textContent))));
    await shot('links');

    const relation = all[0].relation;
    await page.selectOption('#relation', relation);
    await page.waitForFunction((n) => document.querySelectorAll('#links .finding-link').length === n, all.filter((l) => l.relation === relation).length);
    assert.ok(await page.$$eval('#links .finding-link', (ls, r) => ls.every((l) => l.dataset.relation === r), relation));

    const csv = parseCsv((await download(page, '#link-downloads [data-download="links-csv"]')).bytes.toString('utf8'));
    assert.deepEqual(csv[0], ['link_id', 'from_id', 'from_kind', 'from', 'relation', 'to_id', 'to_kind', 'to', 'rationale', 'author', 'created_at']);
    assert.deepEqual(csv.slice(1).map((r) => r[4]), all.filter((l) => l.relation === relation).map(() => relation));

    // A finding's own links: every shown link touches it.
    // The page asks for its suggestions after it shows the links; following a link before they came aborted that
    // request (a CI run of session 8), so wait for them first.
    await page.waitForSelector('#suggestions[data-count]');
    await page.selectOption('#relation', '');
    await page.waitForFunction((n) => document.querySelectorAll('#links .finding-link').length === n, all.length);
    const target = await page.$eval('#links .finding-link', (l) => l.dataset.to);
    await page.click(`#links .finding-link[data-to="${target}"] .finding[data-finding="${target}"] a[aria-label^="its links"]`);
    await page.waitForFunction((t) => new URL(location.href).searchParams.get('finding') === t && document.querySelector('#finding-focus').textContent.length > 0, target);
    assert.ok(await page.$$eval('#links .finding-link', (ls, t) => ls.length > 0 && ls.every((l) => l.dataset.from === t || l.dataset.to === t), target));
    check();
  } finally {
    await close();
  }
});

test('links: the suggestions for a study say why each was suggested', async () => {
  const { page, check, close } = await openPage(browser);
  try {
    await page.goto(`${BASE_URL}/links.html?study=${SECOND}`);
    await page.waitForSelector('#suggestions[data-count]');
    const count = Number(await page.getAttribute('#suggestions', 'data-count'));
    assert.ok(count > 0, 'the second sample has findings alike to the seed’s');
    const items = await page.$$eval('#suggestions .suggestion', (ss) => ss.map((s) => ({ from: s.dataset.from, why: s.querySelector('.why-text').textContent, buttons: s.querySelectorAll('button.accept, button.reject').length })));
    assert.equal(items.length, count);
    assert.ok(items.every((s) => s.why.length > 5 && s.buttons === 2), JSON.stringify(items[0]));
    assert.ok(items.some((s) => s.from.startsWith(`${SECOND}/`)));
    check();
  } finally {
    await close();
  }
});

const COGS = `query($ids: [ID!]) { cogModel(studyIds: $ids) { cogs { domain { name } supports threats rotation salience direction } } }`;

for (const study of [SEED, SECOND]) {
  test(`take it away (${study}): the cogs as SVG, PNG and CSV, the study as YAML, JSON and .qdpx`, async () => {
    const { cogModel: model } = await graphql(COGS, { ids: [study] });
    const { page, check, close } = await openPage(browser);
    try {
      await page.goto(`${BASE_URL}/?study=${study}`);
      await page.waitForSelector(`#cogs-svg[data-cog-count="${model.cogs.length}"] g.cog`);
      const svg = await download(page, '#cog-downloads [data-download="svg"]');
      assert.match(svg.name, new RegExp(`^cogs-${study}\\.svg$`));
      const text = svg.bytes.toString('utf8');
      assert.match(text, /^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      assert.equal((text.match(/<g [^>]*data-direction=/g) || []).length, model.cogs.length, 'one gear per cog');
      assert.match(text, /style="[^"]*fill:\s*rgb\(/, 'the colours travel with the file');
      if (model.cogs.some((c) => c.direction !== 'STILL')) {
        assert.match(text, /<path d="[^"]*" style="fill:none;stroke:rgb\(/, 'a turning arrow is a stroke without fill');
      }
      assert.doesNotMatch(text, /tabindex|role="button"/, 'nothing interactive in a picture file');
      // The file is a picture a browser can open: draw it.
      const drawn = await page.evaluate(async (source) => {
        const img = new Image();
        img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
        await img.decode();
        return img.naturalWidth > 100 && img.naturalHeight > 100;
      }, text);
      assert.ok(drawn);

      const png = await download(page, '#cog-downloads [data-download="png"]');
      assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG');
      assert.ok(png.bytes.length > 5000);

      const csv = parseCsv((await download(page, '#cog-downloads [data-download="cogs-csv"]')).bytes.toString('utf8'));
      assert.deepEqual(csv[0], ['domain', 'canonical_domain', 'supports', 'threats', 'rotation', 'salience', 'direction']);
      assert.deepEqual(csv.slice(1).map((r) => [r[0], Number(r[2]), Number(r[3]), Number(r[4]), Number(r[5]), r[6]]),
        model.cogs.map((c) => [c.domain.name, c.supports, c.threats, c.rotation, c.salience, c.direction]));

      await page.goto(`${BASE_URL}/study.html?id=${study}`);
      await page.waitForSelector('#study-downloads [data-download="qdpx"]');
      const qdpx = await download(page, '#study-downloads [data-download="qdpx"]');
      assert.equal(qdpx.name, `${study}.qdpx`);
      assert.equal(qdpx.bytes.subarray(0, 2).toString('latin1'), 'PK', 'a zip archive');
      assert.ok(qdpx.bytes.includes(Buffer.from('project.qde')), 'with a REFI-QDA project inside');
      const yaml = (await download(page, '#study-downloads [data-download="yaml"]')).bytes.toString('utf8');
      assert.match(yaml, new RegExp(`^id: ${study}$`, 'm'));
      const json = JSON.parse((await download(page, '#study-downloads [data-download="json"]')).bytes.toString('utf8'));
      assert.equal(json.id, study);
      const quotes = parseCsv((await download(page, '#study-downloads [data-download="quotes-csv"]')).bytes.toString('utf8'));
      assert.equal(quotes.length - 1, await page.$$eval('.quote', (q) => q.length), 'one row per quote shown');
      check();
    } finally {
      await close();
    }
  });
}

test('the printable findings of the seed: themes, chains with their evidence open, and no navigation on paper', async () => {
  const { page, check, shot, close } = await openPage(browser);
  try {
    await page.goto(`${BASE_URL}/print.html?id=${SEED}`);
    await page.waitForSelector('#print-chains .chain');
    assert.equal(await page.$$eval('#print-findings .theme', (t) => t.length), 10);
    assert.equal(await page.$$eval('#print-findings .quote', (q) => q.length), 61);
    assert.equal(await page.$$eval('#print-chains .chain', (c) => c.length), 5);
    assert.ok(await page.$$eval('#print-chains details.evidence', (ds) => ds.every((d) => d.open)));
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.$eval('.site-header', (h) => getComputedStyle(h).display), 'none');
    assert.equal(await page.$eval('#print-button', (b) => getComputedStyle(b).display), 'none');
    await shot('print-seed');
    check();
  } finally {
    await close();
  }
});

test('participant labels of observed interactions open that participant’s cogs', async () => {
  const { page, check, close } = await openPage(browser);
  try {
    await page.goto(`${BASE_URL}/?study=${SEED}`);
    await page.waitForSelector('#interaction-table tr[data-source="OBSERVED"]');
    await page.click('#interaction-table tr[data-source="OBSERVED"] td.num summary');
    const link = await page.$eval('#interaction-table tr[data-source="OBSERVED"] .people a', (a) => ({ label: a.textContent, href: a.getAttribute('href') }));
    assert.equal(new URLSearchParams(link.href.split('?')[1]).get('participant'), `${SEED}/${link.label}`);
    await page.click('#interaction-table tr[data-source="OBSERVED"] .people a');
    await page.waitForFunction((p) => document.querySelector('#participant').value === p && document.querySelector('#cogs-svg g.cog'), `${SEED}/${link.label}`);
    check();
  } finally {
    await close();
  }
});
