import { test } from 'node:test';
import assert from 'node:assert/strict';
import { viewModel, hasEvidence, formatRotation, formatPercent, cogRows, interactionRows, summaryParts, whoText, unitNote, cogSentence, quotesFor, domainKey } from '../src/js/cogs/model.js';

const D = {
  personal: { id: 's/personal', name: 'Personal factors', canonicalDomain: 'personal' },
  social: { id: 's/social', name: 'Social factors', canonicalDomain: 'social' },
  structural: { id: 's/structural', name: 'Structural factors', canonicalDomain: 'structural' },
};
const P = (label) => ({ id: `s/${label}`, label, site: label.split('-')[1] });

// An answer shaped as cogModel gives it.
const answer = {
  unit: 'QUOTES',
  allTurnSameWay: false,
  heaviestDomain: D.structural,
  cogs: [
    { domain: D.personal, supports: 12, threats: 6, salience: 18 / 61, rotation: 1 / 3, direction: 'POSITIVE', themes: [] },
    { domain: D.structural, supports: 6, threats: 18, salience: 24 / 61, rotation: -0.5, direction: 'NEGATIVE', themes: [{ id: 's/t1', quotes: [{ id: 'q1', participant: P('51-C') }, { id: 'q2', participant: P('12-A') }, { id: 'q3', participant: null }] }] },
  ],
  interactions: [
    { from: D.structural, to: { id: 's/social', name: 'social', canonicalDomain: 'social' }, kind: 'REINFORCING', source: 'STATED', description: 'their words', participantCount: 0, participants: [] },
    { from: D.personal, to: D.structural, kind: 'COUNTERING', source: 'OBSERVED', description: null, participantCount: 2, participants: [P('51-C'), P('12-A')] },
  ],
};

test('the view model keys cogs by canonical domain and keeps the service’s numbers as they are', () => {
  const m = viewModel(answer);
  assert.deepEqual(m.cogs.map((c) => c.key), ['personal', 'structural']);
  assert.equal(m.cogs[1].rotation, -0.5);
  assert.equal(m.cogs[1].salience, 24 / 61);
  assert.equal(m.heaviestDomain, D.structural);
  assert.equal(m.unit, 'QUOTES');
  assert.ok(hasEvidence(m));
  assert.ok(!hasEvidence(viewModel({ ...answer, cogs: [] })));
  assert.equal(domainKey({ id: 'x/y' }), 'x/y');
  assert.equal(domainKey(null), 'unknown');
});

test('domains an interaction names only by key get their study’s name', () => {
  const unnamed = viewModel(answer);
  assert.equal(unnamed.interactions[0].to.name, 'social');
  const named = viewModel(answer, new Map([['s/social', 'Social factors']]));
  assert.equal(named.interactions[0].to.name, 'Social factors');
  assert.equal(named.interactions[0].from.name, 'Structural factors');
});

test('cog rows: counts, signed rotation with a real minus, whole percentages', () => {
  assert.deepEqual(cogRows(viewModel(answer).cogs), [
    { key: 'personal', name: 'Personal factors', direction: 'POSITIVE', supports: '12', threats: '6', rotation: '+0.33', salience: '30%' },
    { key: 'structural', name: 'Structural factors', direction: 'NEGATIVE', supports: '6', threats: '18', rotation: '\u22120.50', salience: '39%' },
  ]);
  assert.equal(formatRotation(0), '0.00');
  assert.equal(formatRotation(-0.001), '0.00', 'no signed zero');
  assert.equal(formatRotation(1), '+1.00');
  assert.equal(formatPercent(0.75), '75%');
});

test('interaction rows: stated with an arrow and no count, observed with participants', () => {
  const [stated, observed] = interactionRows(viewModel(answer, new Map([['s/social', 'Social factors']])).interactions);
  assert.deepEqual(stated, {
    source: 'STATED', kind: 'REINFORCING', from: 'structural', to: 'social', pair: 'Structural factors → Social factors',
    kindWord: 'reinforcing', sourceWord: 'stated', description: 'their words', participantCount: null, participantLabels: '',
  });
  assert.equal(observed.pair, 'Personal factors ↔ Structural factors');
  assert.equal(observed.kindWord, 'countering');
  assert.equal(observed.participantCount, 2);
  assert.equal(observed.participantLabels, '51-C, 12-A');
});

test('the summary, the note and the sentences say what the picture shows', () => {
  const m = viewModel(answer);
  assert.deepEqual(summaryParts(m, whoText({ participantLabel: '', studyCount: 1 })), {
    cogs: '2 cogs for all participants. ', heaviest: 'Structural factors', sameWay: 'The cogs do not all turn the same way.',
  });
  assert.equal(whoText({ participantLabel: '51-C', studyCount: 1 }), 'participant 51-C');
  assert.equal(whoText({ participantLabel: '', studyCount: 3 }), '3 studies pooled');
  assert.equal(summaryParts({ ...m, heaviestDomain: null, allTurnSameWay: true }, 'x').heaviest, 'none');
  assert.match(unitNote('THEMES'), /^Counted in themes/);
  assert.match(unitNote('MIXED'), /^Counted in quotes and, for studies without quotes, in themes/);
  assert.match(unitNote('QUOTES'), /^Counted in quotes\. Computed by the service \(cogModel\)\.$/);
  assert.equal(cogSentence(m.cogs[1]), 'Structural factors: 39% of the evidence, 6 supports and 18 threats, negative (threats outweigh supports).');
});

test('a theme’s quotes: all of them, or only the chosen participant’s', () => {
  const theme = viewModel(answer).cogs[1].themes[0];
  assert.equal(quotesFor(theme, '').length, 3);
  assert.deepEqual(quotesFor(theme, 's/51-C').map((q) => q.id), ['q1']);
  assert.deepEqual(quotesFor({ id: 'bare' }, ''), []);
});
