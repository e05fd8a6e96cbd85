import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseChoice, choiceQuery, knownStudies, participantGroups, domainNamesOf } from '../src/js/cogs/choice.js';

test('the choice round-trips through the address', () => {
  const choice = { studies: ['a', 'b'], participant: 'a/51-C' };
  assert.equal(choiceQuery(choice), 'study=a&study=b&participant=a%2F51-C');
  assert.deepEqual(parseChoice(`?${choiceQuery(choice)}`), choice);
  assert.deepEqual(parseChoice(''), { studies: [], participant: '' });
  assert.equal(choiceQuery({ studies: [], participant: '' }), '');
});

test('unknown studies are dropped; none left means the first known study', () => {
  const studies = [{ id: 'new' }, { id: 'old' }];
  assert.deepEqual(knownStudies(['old', 'gone'], studies), ['old']);
  assert.deepEqual(knownStudies(['gone'], studies), ['new']);
  assert.deepEqual(knownStudies([], []), []);
});

test('participants are grouped by study and sorted with numbers in order', () => {
  const groups = participantGroups([{ title: 'S', participants: [
    { id: 's/51-C', label: '51-C', site: 'C' }, { id: 's/7-A', label: '7-A', site: 'A' }, { id: 's/x', label: 'X', site: null },
  ] }]);
  assert.deepEqual(groups, [{ title: 'S', options: [
    { value: 's/7-A', text: '7-A (site A)' }, { value: 's/51-C', text: '51-C (site C)' }, { value: 's/x', text: 'X' },
  ] }]);
});

test('domain names come from every chosen study', () => {
  const names = domainNamesOf([{ domains: [{ id: 'a/s', name: 'Social' }] }, { domains: [{ id: 'b/s', name: 'Societal' }] }, {}]);
  assert.equal(names.get('a/s'), 'Social');
  assert.equal(names.get('b/s'), 'Societal');
  assert.equal(names.size, 2);
});
