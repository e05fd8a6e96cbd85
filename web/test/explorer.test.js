import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filterThemes, effectivePolarity } from '../src/js/explorer.js';

const themes = [
  { id: 't1', code: '1.1', name: 'Attraction to teaching', summary: 'Early positive experiences', polarity: 'SUPPORT', quotes: [
    { id: 'q1', text: 'I loved teaching', polarity: null, participant: { label: '51-C', site: 'C' } },
    { id: 'q2', text: 'It was fun', polarity: null, participant: { label: '4-B', site: 'B' } },
  ] },
  { id: 't2', code: '3.2', name: 'Unclear career trajectories', summary: 'No path', polarity: 'THREAT', quotes: [
    { id: 'q3', text: 'a special bubble', polarity: 'SUPPORT', participant: { label: '69-B', site: 'B' } },
    { id: 'q4', text: 'chairs do not know why I am here', polarity: null, participant: { label: '51-C', site: 'C' } },
  ] },
  { id: 't3', code: '2.9', name: 'Empty theme', summary: null, polarity: 'MIXED', quotes: [] },
];

test('no filter keeps everything', () => {
  const r = filterThemes(themes);
  assert.equal(r.themes.length, 3);
  assert.equal(r.quoteCount, 4);
});

test('text matching a theme keeps all its quotes; matching quotes keeps only those', () => {
  const byTheme = filterThemes(themes, { text: 'career' });
  assert.deepEqual(byTheme.themes.map((t) => [t.theme.id, t.quotes.length]), [['t2', 2]]);
  const byParticipant = filterThemes(themes, { text: '51-c' });
  assert.deepEqual(byParticipant.themes.map((t) => [t.theme.id, t.quotes.map((q) => q.id)]), [['t1', ['q1']], ['t2', ['q4']]]);
  assert.equal(filterThemes(themes, { text: 'site b' }).quoteCount, 2);
  assert.equal(filterThemes(themes, { text: 'nothing like this' }).themes.length, 0);
});

test('polarity follows a quote’s own polarity, else its theme’s', () => {
  assert.equal(effectivePolarity(themes[1].quotes[0], themes[1]), 'SUPPORT');
  const supports = filterThemes(themes, { polarity: 'SUPPORT' });
  assert.deepEqual(supports.themes.map((t) => [t.theme.id, t.quotes.map((q) => q.id)]), [['t1', ['q1', 'q2']], ['t2', ['q3']]]);
  const mixed = filterThemes(themes, { polarity: 'MIXED' });
  assert.deepEqual(mixed.themes.map((t) => t.theme.id), ['t3']);
});
