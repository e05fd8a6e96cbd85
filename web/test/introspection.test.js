import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ROOTS_QUERY, typesQuery, chunk, assemble, isIntrospection, splitIntrospection } from '../src/js/introspection.js';

test('GraphiQL’s introspection request is recognised, other queries are not', () => {
  assert.ok(isIntrospection({ operationName: 'IntrospectionQuery', query: '...' }));
  assert.ok(isIntrospection({ query: '  query IntrospectionQuery { __schema { types { name } } }' }));
  assert.ok(!isIntrospection({ operationName: 'StructuralThreats', query: 'query StructuralThreats { themes { totalCount } }' }));
});

test('type queries alias each type and refuse names that are not GraphQL names', () => {
  const q = typesQuery(['Study', 'Theme']);
  assert.match(q, /t0: __type\(name: "Study"\)/);
  assert.match(q, /t1: __type\(name: "Theme"\)/);
  assert.throws(() => typesQuery(['Bad") { x } y: __type(name: "Z']));
  assert.deepEqual(chunk([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]]);
});

test('the split answers assemble into the standard shape, types in order', async () => {
  const sent = [];
  const run = async (query) => {
    sent.push(query);
    if (query === ROOTS_QUERY) {
      return { __schema: { queryType: { name: 'Query' }, mutationType: null, subscriptionType: null, types: [{ name: 'Query' }, { name: 'String' }, { name: 'Study' }], directives: [{ name: 'skip', description: null, locations: ['FIELD'], args: [] }] } };
    }
    const names = [...query.matchAll(/__type\(name: "(\w+)"\)/g)].map((m) => m[1]);
    return Object.fromEntries(names.map((name, i) => [`t${i}`, { kind: 'OBJECT', name }]));
  };
  const result = await splitIntrospection(run, 2);
  assert.equal(sent.length, 3);
  assert.deepEqual(result.data.__schema.types.map((t) => t.name), ['Query', 'String', 'Study']);
  assert.equal(result.data.__schema.queryType.name, 'Query');
  assert.equal(result.data.__schema.directives[0].isRepeatable, false);
  assert.deepEqual(assemble({ __schema: { queryType: null, mutationType: null, subscriptionType: null, types: [], directives: [] } }, []).__schema.types, []);
});
