import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeCogModel, evidenceRows, countUnits, fromApiModel, formatRotation, formatPercent, domainKey } from '../src/js/cogs.js';

const D = {
  personal: { id: 's/personal', name: 'Personal factors', canonicalDomain: 'personal' },
  social: { id: 's/social', name: 'Social factors', canonicalDomain: 'social' },
  structural: { id: 's/structural', name: 'Structural factors', canonicalDomain: 'structural' },
};
const P = (label) => ({ id: `s/${label}`, label, site: label.split('-')[1] });
let n = 0;
const q = (participant, polarity = null) => ({ id: `s/q${++n}`, text: `quote ${n}`, polarity, participant: P(participant) });

// A small study shaped like the seed: two positive cogs and a larger negative one.
const study = {
  id: 's',
  themes: [
    { id: 's/t1', polarity: 'SUPPORT', domain: D.personal, quotes: [q('1-A'), q('2-B')] },
    { id: 's/t2', polarity: 'THREAT', domain: D.personal, quotes: [q('3-C')] },
    { id: 's/t3', polarity: 'SUPPORT', domain: D.social, quotes: [q('1-A'), q('3-C'), q('4-D')] },
    { id: 's/t4', polarity: 'THREAT', domain: D.structural, quotes: [q('1-A'), q('3-C'), q('4-D'), q('2-B', 'SUPPORT')] },
    { id: 's/t5', polarity: 'THREAT', domain: D.structural, quotes: [q('4-D'), q('2-B', 'MIXED')] },
  ],
  interactions: [
    { kind: 'REINFORCING', description: 'stated', from: D.structural, to: D.social },
    { kind: 'REINFORCING', description: 'stated', from: D.structural, to: D.social },
  ],
};

test('supports, threats, rotation and salience per cog, in order of first appearance', () => {
  const m = computeCogModel(evidenceRows([study]), study.interactions);
  assert.equal(m.unit, 'QUOTES');
  assert.deepEqual(m.cogs.map((c) => c.key), ['personal', 'social', 'structural']);
  const [personal, social, structural] = m.cogs;
  assert.deepEqual([personal.supports, personal.threats], [2, 1]);
  assert.deepEqual([social.supports, social.threats], [3, 0]);
  // own polarity SUPPORT counts as a support; MIXED counts as neither but is evidence.
  assert.deepEqual([structural.supports, structural.threats, structural.evidence], [1, 4, 6]);
  assert.equal(structural.rotation, (1 - 4) / 5);
  assert.equal(structural.direction, 'NEGATIVE');
  assert.equal(social.rotation, 1);
  assert.equal(structural.salience, 6 / 12);
  assert.ok(Math.abs(m.cogs.reduce((s, c) => s + c.salience, 0) - 1) < 1e-12, 'saliences sum to 1');
  assert.equal(m.heaviestDomain, D.structural);
  assert.equal(m.allTurnSameWay, false);
  assert.deepEqual(structural.themes.map((t) => t.id), ['s/t4', 's/t5']);
});

test('stated interactions come first, deduplicated; observed ones per participant nets', () => {
  const m = computeCogModel(evidenceRows([study]), study.interactions);
  const stated = m.interactions.filter((i) => i.source === 'STATED');
  assert.equal(stated.length, 1);
  assert.equal(m.interactions[0].source, 'STATED');
  const observed = m.interactions.filter((i) => i.source === 'OBSERVED').map((i) => `${domainKey(i.from)}-${domainKey(i.to)} ${i.kind} ${i.participants.map((p) => p.label).join(',')}`);
  // nets: 1-A personal +1 social +1 structural -1; 2-B personal +1 structural +1 (support, mixed);
  //       3-C personal -1 social +1 structural -1; 4-D social +1 structural -2.
  assert.deepEqual(observed, [
    'personal-social REINFORCING 1-A',
    'personal-social COUNTERING 3-C',
    'personal-structural REINFORCING 2-B,3-C',
    'personal-structural COUNTERING 1-A',
    'social-structural COUNTERING 1-A,3-C,4-D',
  ]);
  for (const i of m.interactions) assert.equal(i.participantCount, i.participants.length);
});

test('one participant: only their quotes count', () => {
  const rows = evidenceRows([study], 's/1-A');
  const m = computeCogModel(rows, []);
  assert.deepEqual(m.cogs.map((c) => [c.key, c.supports, c.threats]), [['personal', 1, 0], ['social', 1, 0], ['structural', 0, 1]]);
  assert.deepEqual(m.cogs.map((c) => c.salience), [1 / 3, 1 / 3, 1 / 3]);
  const none = computeCogModel(evidenceRows([study], 's/nobody'), []);
  assert.equal(none.cogs.length, 0);
  assert.equal(none.heaviestDomain, null);
  assert.equal(none.allTurnSameWay, false);
});

test('themes are the unit when there are no quotes; all positive cogs turn the same way', () => {
  const bare = { id: 'b', themes: [
    { id: 'b/1', polarity: 'SUPPORT', domain: D.personal, quotes: [] },
    { id: 'b/2', polarity: 'SUPPORT', domain: D.social, quotes: [] },
    { id: 'b/3', polarity: 'MIXED', domain: D.social, quotes: [] },
  ] };
  const m = computeCogModel(evidenceRows([bare]), []);
  assert.equal(m.unit, 'THEMES');
  assert.deepEqual(m.cogs.map((c) => [c.supports, c.threats, c.salience]), [[1, 0, 1 / 3], [1, 0, 2 / 3]]);
  assert.equal(m.allTurnSameWay, true);
  assert.equal(m.interactions.length, 0);
});

test('a quote coded to two themes of one domain counts once; disagreeing themes make it MIXED', () => {
  const shared = q('9-Z');
  const s = { id: 'd', themes: [
    { id: 'd/1', polarity: 'SUPPORT', domain: D.personal, quotes: [shared] },
    { id: 'd/2', polarity: 'THREAT', domain: D.personal, quotes: [shared] },
  ] };
  const { units } = countUnits(evidenceRows([s]));
  assert.equal(units.length, 1);
  assert.equal(units[0].polarity, 'MIXED');
  const m = computeCogModel(evidenceRows([s]), []);
  assert.equal(m.cogs[0].direction, 'STILL');
  assert.equal(m.cogs[0].rotation, 0);
});

test('studies pool by canonical domain', () => {
  const other = { id: 'o', themes: [{ id: 'o/1', polarity: 'THREAT', domain: { id: 'o/struct', name: 'Institutional', canonicalDomain: 'structural' }, quotes: [q('1-X')] }] };
  const m = computeCogModel(evidenceRows([study, other]), []);
  assert.deepEqual(m.cogs.map((c) => c.key), ['personal', 'social', 'structural']);
  assert.equal(m.cogs[2].threats, 5);
});

test('the API answer gets keys and full themes', () => {
  const model = fromApiModel({
    unit: 'QUOTES', allTurnSameWay: false, heaviestDomain: D.structural, interactions: [],
    cogs: [{ domain: D.structural, supports: 1, threats: 3, salience: 1, rotation: -0.5, direction: 'NEGATIVE', themes: [{ id: 's/t4' }] }],
  }, study.themes);
  assert.equal(model.cogs[0].key, 'structural');
  assert.equal(model.cogs[0].themes[0].quotes.length, 4);
});

test('numbers are formatted with a real minus sign and whole percentages', () => {
  assert.equal(formatRotation(0.4736), '+0.47');
  assert.equal(formatRotation(-0.5), '\u22120.50');
  assert.equal(formatRotation(0), '0.00');
  assert.equal(formatPercent(24 / 61), '39%');
});
