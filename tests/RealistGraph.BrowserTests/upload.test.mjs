// The import page in a real Chromium against the real service and Neo4j: a broken document shows its problems with
// their places and changes nothing; a good one is checked, imported, reported and listed. Needs EDITOR_KEY (run.sh
// makes one with the CLI).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE_URL, launch, openPage, screenshot } from './support.mjs';
import { SEED } from './site-pages.mjs';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const KEY = process.env.EDITOR_KEY;
const GOOD = 'synthetic-peer-mentoring';
let browser;

before(async () => {
  assert.ok(KEY, 'EDITOR_KEY must hold an editor key (run.sh makes one with `realist-cli keys create --role editor`)');
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

async function graphql(query, variables = {}) {
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

/** What an import could change: the studies, their themes and quotes, and the seed's change log. */
const graphState = () => graphql(`{ studies(first: 50) { totalCount nodes { id title } } themes(first: 500) { totalCount }
  quotes { totalCount } changes(studyId: "${SEED}", first: 100) { totalCount } }`);

async function withKey(page) {
  await page.goto(`${BASE_URL}/upload.html`);
  await page.waitForSelector('#study-list li[data-study]');
  await page.fill('#key-input', KEY);
  await page.click('#key-save');
  await page.waitForFunction(() => document.getElementById('key-state').textContent.includes('A key is set'));
}

test('import page: a broken document shows its problems with their places, cannot be imported, and changes nothing', async () => {
  const stateBefore = await graphState();
  const { page, check, close } = await openPage(browser, { width: 1440 });
  try {
    await withKey(page);
    await page.setInputFiles('#file-input', join(FIXTURES, 'broken-dangling.yaml'));
    await page.click('#check-button');
    await page.waitForSelector('#validation[data-valid="false"]');
    const problems = await page.$$eval('#problem-table tbody tr', (rows) => rows.map((r) => ({
      place: r.querySelector('.place').textContent, message: r.querySelector('.message').textContent })));
    assert.ok(problems.length >= 3, JSON.stringify(problems));
    assert.ok(problems.some((p) => p.place.startsWith('themes[1].domain') && /socal/.test(p.message)), JSON.stringify(problems));
    assert.ok(problems.some((p) => p.place.startsWith('quotes[0].participant') && /12-Z/.test(p.message)), JSON.stringify(problems));
    assert.match(await page.textContent('#validation-summary'), /broken-dangling\.yaml has \d+ problems; nothing was written/);
    assert.equal(await page.isDisabled('#import-button'), true, 'a file with problems cannot be imported');
    await screenshot(page, 'import-problems-1440');
    await page.setViewportSize({ width: 390, height: 900 });
    await screenshot(page, 'import-problems-390');
    assert.deepEqual(await graphState(), stateBefore, 'checking wrote nothing');
    check();
  } finally {
    await close();
  }
});

test('import page: a good document is checked, imported, reported and listed', async () => {
  const { page, check, close } = await openPage(browser, { width: 1440 });
  try {
    await withKey(page);
    assert.equal(await page.$(`#study-list li[data-study="${GOOD}"]`), null, 'not in the graph before');
    await page.setInputFiles('#file-input', join(FIXTURES, 'synthetic-mentoring-study.yaml'));
    await page.click('#check-button');
    await page.waitForSelector('#validation[data-valid="true"]');
    assert.match(await page.textContent('#validation-summary'), new RegExp(`study ${GOOD}.*themes.*an import creates it`));
    assert.equal(await graphql(`{ study(id: "${GOOD}") { id } }`).then((d) => d.study), null, 'the check wrote nothing');
    await page.click('#import-button');
    await page.waitForSelector('#result[data-change="CREATED"]');
    assert.match(await page.textContent('#result-summary'), new RegExp(`${GOOD}: created, `));
    await page.waitForSelector(`#study-list li.just-imported[data-study="${GOOD}"]`);
    assert.equal(await page.getAttribute(`#result-links a[href="/study.html?id=${GOOD}"]`, 'href'), `/study.html?id=${GOOD}`);
    const stored = await graphql(`{ study(id: "${GOOD}") { id themes { id } } }`);
    assert.ok(stored.study && stored.study.themes.length > 0, 'the study is in the graph');
    await screenshot(page, 'import-done-1440');
    check();
  } finally {
    await close();
    await graphql(`mutation { deleteStudy(id: "${GOOD}") { id } }`).catch(() => {});
  }
});

test('import page: without an editor key the check is refused and says a key is needed', async () => {
  const { page, close } = await openPage(browser, { width: 1000 });
  try {
    await page.goto(`${BASE_URL}/upload.html`);
    await page.waitForSelector('#study-list li[data-study]');
    await page.setInputFiles('#file-input', join(FIXTURES, 'synthetic-mentoring-study.yaml'));
    await page.click('#check-button');
    await page.waitForSelector('#status.error');
    assert.match(await page.textContent('#status'), /editor key/i);
    assert.equal(await page.isDisabled('#import-button'), true);
  } finally {
    await close();
  }
});
