// The workbench pages' pure parts: CSV, where things open, evidence chains, the comparison, links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvField, toCsv, recordsToCsv, fileName } from '../src/js/export/csv.js';
import { studyOf, localOf, participantHref, themeHref, themeAnchor } from '../src/js/links-to.js';
import { chainsTo, outcomesWithChains, evidenceOf, interventionTree, orderedChains, chainQuoteRecords, CHAIN_COLUMNS } from '../src/js/chains/model.js';
import { sameScaleWidths, domainMatrix, matrixRecords, MATRIX_COLUMNS } from '../src/js/compare/model.js';
import { filterLinks, relationsIn, whySuggested, suggestionKey, LINK_COLUMNS } from '../src/js/links/model.js';
import { findingSelection, findingText, kindWord, ALL_KINDS } from '../src/js/links/findings.js';

test('CSV: quotes fields with commas, quotes and line breaks; CRLF rows; numbers as they are', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a, b'), '"a, b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField(-0.5), '-0.5');
  assert.equal(csvField(null), '');
  assert.equal(csvField(['x', 'y']), 'x; y');
  assert.equal(toCsv(['a', 'b'], [[1, 'x,y']]), 'a,b\r\n1,"x,y"\r\n');
  assert.equal(recordsToCsv([{ n: 2 }], [['n', (r) => r.n], ['twice', (r) => r.n * 2]]), 'n,twice\r\n2,4\r\n');
});

test('CSV: text a spreadsheet would run as a formula is defused', () => {
  assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvField('+1'), "'+1");
  assert.equal(csvField('@cmd'), "'@cmd");
});

test('file names are lower case words joined by dashes', () => {
  assert.equal(fileName('cogs', 'brooks-2023-bsme', 'C-Change 2024'), 'cogs-brooks-2023-bsme-c-change-2024');
  assert.equal(fileName('', null), 'realistgraph');
});

test('participants open their cogs, themes their place in the explorer', () => {
  assert.equal(studyOf('brooks-2023-bsme/51-C'), 'brooks-2023-bsme');
  assert.equal(localOf('brooks-2023-bsme/51-C'), '51-C');
  assert.equal(participantHref('brooks-2023-bsme/51-C'), '/?study=brooks-2023-bsme&participant=brooks-2023-bsme%2F51-C');
  assert.equal(themeAnchor('brooks-2023-bsme/communities-of-practice'), 'theme-communities-of-practice');
  assert.equal(themeHref('brooks-2023-bsme/communities-of-practice'), '/study.html?id=brooks-2023-bsme#theme-communities-of-practice');
});

const quote = (id, themeIds, label = '51-C') => ({ id, text: `text ${id}`, location: 'Results 1.1', themes: themeIds.map((t) => ({ id: t })), participant: { id: `s/${label}`, label } });
const cmo = (id, outcomeId, themeIds, extra = {}) => ({
  id, studyId: 's', statement: id, confidence: 'MODERATE', outcome: outcomeId ? { id: outcomeId } : null,
  themes: themeIds.map((t) => ({ id: t, name: t })), quotes: [], functions: [], activities: [], ...extra,
});

test('evidence chains: an outcome opens the chains that lead to it', () => {
  const cmos = [cmo('a', 'o1', []), cmo('b', 'o2', []), cmo('c', 'o1', []), cmo('d', null, [])];
  assert.deepEqual(chainsTo(cmos, 'o1').map((c) => c.id), ['a', 'c']);
  assert.equal(chainsTo(cmos, '').length, 4);
  assert.deepEqual(outcomesWithChains([{ id: 'o1' }, { id: 'o2' }, { id: 'o3' }], cmos).map((o) => o.chainIds), [['a', 'c'], ['b'], []]);
});

test('evidence chains: themes carry their quotes, direct quotes not under a theme come after, counted once', () => {
  const quotes = new Map([quote('q1', ['t1']), quote('q2', ['t1', 't2']), quote('q3', ['t9']), quote('q4', [])].map((q) => [q.id, q]));
  const e = evidenceOf(cmo('a', 'o', ['t1', 't2'], { quotes: [{ id: 'q2' }, { id: 'q4' }] }), quotes);
  assert.deepEqual(e.themes.map((t) => [t.theme.id, t.quotes.map((q) => q.id)]), [['t1', ['q1', 'q2']], ['t2', ['q2']]]);
  assert.deepEqual(e.direct.map((q) => q.id), ['q4']);
  assert.equal(e.quoteCount, 3);
  const rows = chainQuoteRecords([cmo('a', 'o', ['t1'])], quotes);
  assert.deepEqual(rows.map((r) => [r.theme.id, r.quote.id]), [['t1', 'q1'], ['t1', 'q2']]);
});

test('evidence chains: high confidence first within a study; CSV has one row per chain', () => {
  const ordered = orderedChains([cmo('low', 'o', [], { confidence: 'LOW' }), cmo('none', 'o', [], { confidence: null }), cmo('high', 'o', [], { confidence: 'HIGH' })]);
  assert.deepEqual(ordered.map((c) => c.id), ['high', 'low', 'none']);
  const csv = recordsToCsv([cmo('a', 'o', [], { context: { description: 'C' }, mechanism: { name: 'M', resource: 'R', reasoning: 'Q' }, outcome: { description: 'O', valence: 'POSITIVE' } })], CHAIN_COLUMNS);
  assert.match(csv, /^study,cmo_id,statement,confidence,context,mechanism,resource,reasoning,outcome,outcome_valence/);
  assert.match(csv, /\r\ns,a,a,MODERATE,C,M,R,Q,O,POSITIVE,/);
});

test('interventions as trees: functions with their activities, then activities enacting none', () => {
  const tree = interventionTree({
    id: 'i', studyId: 's', name: 'I', functions: [{ id: 'f1', name: 'F1', activities: [{ id: 'a1', name: 'A1' }] }, { id: 'f2', name: 'F2', activities: [] }],
    activities: [{ id: 'a1', name: 'A1' }, { id: 'a2', name: 'A2' }],
  });
  assert.deepEqual(tree.functions.map((f) => [f.id, f.activities.map((a) => a.id)]), [['f1', ['a1']], ['f2', []]]);
  assert.deepEqual(tree.otherActivities.map((a) => a.id), ['a2']);
  assert.equal(tree.studyId, 's');
});

test('compare: the widest picture fills its cell and the others keep the same scale', () => {
  assert.deepEqual(sameScaleWidths([400, 800, 600]), [50, 100, 75]);
});

test('compare: the matrix reads each study’s contribution to each pooled cog, empty where it adds nothing', () => {
  const pooled = { cogs: [
    { domain: { id: 'personal', name: 'personal', canonicalDomain: 'personal' }, contributions: [
      { study: { id: 'a' }, grain: 'QUOTES', supports: 12, threats: 6, mixed: 0, units: 18 },
      { study: { id: 'b' }, grain: 'THEMES', supports: 2, threats: 0, mixed: 0, units: 2 }] },
    { domain: { id: 'structural', name: 'structural', canonicalDomain: 'structural' }, contributions: [
      { study: { id: 'a' }, grain: 'QUOTES', supports: 6, threats: 18, mixed: 0, units: 24 }] },
  ] };
  const m = domainMatrix(pooled, [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }]);
  assert.deepEqual(m.rows.map((r) => r.key), ['personal', 'structural']);
  assert.deepEqual(m.rows[0].cells.map((c) => c && [c.supports, c.threats]), [[12, 6], [2, 0]]);
  assert.equal(m.rows[1].cells[1], null);
  assert.equal(recordsToCsv(matrixRecords(m), MATRIX_COLUMNS).split('\r\n').length, 5, 'a header, three cells and the final line end');
});

const link = (id, relation, from, to, createdAt) => ({ id, relation, from: { __typename: 'Theme', id: from, name: from }, to: { __typename: 'Mechanism', id: to, name: to }, createdAt, rationale: 'r', author: 'x' });

test('links: filtered by relation and by finding (either end), newest first', () => {
  const links = [link('l1', 'REFINES', 'a/1', 'b/1', '2026-01-01'), link('l2', 'SIMILAR_TO', 'b/2', 'a/1', '2026-02-01'), link('l3', 'REFINES', 'a/3', 'b/3', '2026-03-01')];
  assert.deepEqual(filterLinks(links).map((l) => l.id), ['l3', 'l2', 'l1']);
  assert.deepEqual(filterLinks(links, { relation: 'REFINES' }).map((l) => l.id), ['l3', 'l1']);
  assert.deepEqual(filterLinks(links, { findingId: 'a/1' }).map((l) => l.id), ['l2', 'l1']);
  assert.deepEqual(relationsIn(links), ['REFINES', 'SIMILAR_TO']);
  assert.match(recordsToCsv(links, LINK_COLUMNS), /^link_id,from_id,from_kind,from,relation,to_id,to_kind,to,rationale,author,created_at\r\nl1,a\/1,theme,a\/1,REFINES,b\/1,mechanism,b\/1,r,x,2026-01-01\r\n/);
});

test('suggestions: the service’s explanation, else the shared terms; keyed by id where given', () => {
  const s = { finding: { id: 'a/1' }, candidate: { id: 'b/1' }, terms: ['peer', 'group'] };
  assert.equal(whySuggested({ ...s, explanation: 'Both name peer groups.' }), 'Both name peer groups.');
  assert.equal(whySuggested(s), 'Both speak of peer, group.');
  assert.equal(suggestionKey(s), 'a/1→b/1');
  assert.equal(suggestionKey({ ...s, id: 'sg-1' }), 'sg-1');
});

test('findings: a selection per kind of the Finding union, and words per kind', () => {
  assert.equal(findingSelection(['Theme', 'Mechanism', 'CmoConfiguration']), '__typename ... on Theme { id studyId name code polarity } ... on Mechanism { id studyId name } ... on CmoConfiguration { id studyId statement }');
  assert.deepEqual(ALL_KINDS, ['Theme', 'Mechanism', 'CmoConfiguration', 'Context', 'Outcome', 'Intervention', 'Function', 'Activity']);
  assert.equal(findingText({ __typename: 'Theme', code: '2.2', name: 'Communities' }), '2.2 Communities');
  assert.equal(findingText({ __typename: 'Outcome', description: 'Better' }), 'Better');
  assert.equal(kindWord({ __typename: 'CmoConfiguration' }), 'CMO configuration');
});
