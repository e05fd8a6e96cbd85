import { test } from 'node:test';
import assert from 'node:assert/strict';
import { multipartParts, placeOf } from '../src/js/upload/multipart.js';

test('multipart parts: each file becomes a numbered part mapped to its variable path, with null in the operations', () => {
  const study = { name: 'seed.qdpx' };
  const mapping = { name: 'seed.mapping.yaml' };
  const { operations, map, parts } = multipartParts('mutation($file: StudyFileInput!) { x }', { file: { name: 'seed.qdpx' } },
    [{ path: 'file.content', file: study }, { path: 'file.mapping', file: mapping }]);
  assert.deepEqual(JSON.parse(operations), { query: 'mutation($file: StudyFileInput!) { x }', variables: { file: { name: 'seed.qdpx', content: null, mapping: null } } });
  assert.deepEqual(JSON.parse(map), { 0: ['variables.file.content'], 1: ['variables.file.mapping'] });
  assert.deepEqual(parts, [['0', study], ['1', mapping]]);
});

test('multipart parts: the variables given are not changed', () => {
  const variables = { file: { name: 'a.yaml' } };
  multipartParts('q', variables, [{ path: 'file.content', file: {} }]);
  assert.deepEqual(variables, { file: { name: 'a.yaml' } });
});

test('a problem is placed by its path, line and column, or as the whole file', () => {
  assert.equal(placeOf({ path: 'themes[3].domain', line: 12, column: 5 }), 'themes[3].domain · line 12, column 5');
  assert.equal(placeOf({ path: 'quotes[0]', line: null, column: null }), 'quotes[0]');
  assert.equal(placeOf({ path: '', line: 4 }), 'line 4');
  assert.equal(placeOf({ path: '', line: null }), 'the file as a whole');
});
