// A GraphQL client outside .NET (graphql-js) checks what the running service serves:
//  - its introspection builds a client schema, printed here as SDL;
//  - the fixed contract of the product's issue is present (types, fields, arguments, return types);
//  - every example request in queries/ (one per primer question, the same text as PrimerQuestionsIT and
//    docs/questions.md) validates against that schema.
// Run against a service: GRAPHQL_URL=http://127.0.0.1:PORT/graphql node --test tests/graphql-client/
// (tests/graphql-client/run.sh starts one and does that).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isNonNullType,
  isObjectType,
  parse,
  printSchema,
  printType,
  validate,
} from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));
const queriesDir = join(here, 'queries');
const url = process.env.GRAPHQL_URL;

let schemaPromise;
function servedSchema() {
  schemaPromise ??= (async () => {
    assert.ok(url, 'GRAPHQL_URL is not set: point it at a running service (tests/graphql-client/run.sh starts one)');
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: getIntrospectionQuery({ descriptions: true }) }),
    });
    assert.equal(response.status, 200, `introspection answered HTTP ${response.status}`);
    const reply = await response.json();
    assert.equal(reply.errors, undefined, `introspection failed: ${JSON.stringify(reply.errors)}`);
    return buildClientSchema(reply.data);
  })();
  return schemaPromise;
}

async function queryFiles() {
  return (await readdir(queriesDir)).filter((f) => f.endsWith('.graphql')).sort();
}

function field(schema, typeName, fieldName) {
  const type = schema.getType(typeName);
  assert.ok(type && isObjectType(type), `type ${typeName} is missing`);
  const f = type.getFields()[fieldName];
  assert.ok(f, `${typeName}.${fieldName} is missing`);
  return f;
}

function argument(f, name, typeString) {
  const arg = f.args.find((a) => a.name === name);
  assert.ok(arg, `${f.name}(${name}) is missing`);
  if (typeString) assert.equal(String(arg.type), typeString, `${f.name}(${name}:) has type ${arg.type}`);
  return arg;
}

test('the served schema builds on the client and prints as SDL', async () => {
  const schema = await servedSchema();
  const sdl = printSchema(schema);
  console.log(sdl);
  assert.match(sdl, /type Query/);
  assert.match(sdl, /type Mutation/);
});

test("the issue's fixed contract is served", async () => {
  const schema = await servedSchema();
  for (const name of ['Study', 'Domain', 'Theme', 'Quote', 'Participant', 'Intervention', 'Function', 'CogModel', 'Cog']) {
    assert.ok(isObjectType(schema.getType(name)), `object type ${name} is missing`);
  }

  const rotation = schema.getType('Rotation');
  assert.ok(isEnumType(rotation), 'enum Rotation is missing');
  assert.deepEqual(rotation.getValues().map((v) => v.name).sort(), ['NEGATIVE', 'POSITIVE', 'STILL']);

  const polarity = field(schema, 'Theme', 'polarity');
  assert.equal(String(polarity.type), 'Polarity!');
  assert.ok(isEnumType(getNamedType(polarity.type)));

  const studies = field(schema, 'Query', 'studies');
  assert.equal(String(studies.type), 'StudyConnection!');
  argument(studies, 'first', 'Int');
  argument(studies, 'after', 'String');
  argument(studies, 'where');
  const connection = schema.getType('StudyConnection');
  assert.ok(connection.getFields().nodes && connection.getFields().pageInfo, 'StudyConnection has nodes and pageInfo');

  const study = field(schema, 'Query', 'study');
  assert.equal(String(getNamedType(study.type)), 'Study');
  argument(study, 'id', 'ID!');

  const cogModel = field(schema, 'Query', 'cogModel');
  assert.equal(getNamedType(cogModel.type).name, 'CogModel');
  assert.ok(isNonNullType(cogModel.type), 'cogModel is non-null');
  argument(cogModel, 'studyIds', '[ID!]');
  argument(cogModel, 'participantId', 'ID');
  assert.equal(String(field(schema, 'CogModel', 'cogs').type), '[Cog!]!');
  assert.equal(String(field(schema, 'Cog', 'direction').type), 'Rotation!');
  console.log(printType(schema.getType('CogModel')));
});

test("issue 8's asking contract is served: search, root contexts and activities, nested connections, quote filters", async () => {
  const schema = await servedSchema();
  const search = field(schema, 'Query', 'search');
  assert.equal(String(search.type), '[SearchHit!]!');
  argument(search, 'text', 'String!');
  argument(search, 'kinds', '[FindingKind!]');
  argument(search, 'studyIds', '[ID!]');
  assert.equal(argument(search, 'first', 'Int').defaultValue, 20);
  for (const [name, type] of [['kind', 'SearchKind!'], ['score', 'Float!'], ['node', 'SearchResult!'], ['highlights', '[SearchHighlight!]!']]) {
    assert.equal(String(field(schema, 'SearchHit', name).type), type);
  }
  assert.deepEqual(
    schema.getType('FindingKind').getValues().map((v) => v.name),
    ['THEME', 'MECHANISM', 'CONTEXT', 'OUTCOME', 'CMO_CONFIGURATION', 'INTERVENTION', 'FUNCTION', 'ACTIVITY']);

  for (const [root, type] of [['contexts', 'ContextConnection!'], ['activities', 'ActivityConnection!']]) {
    const f = field(schema, 'Query', root);
    assert.equal(String(f.type), type);
    argument(f, 'first', 'Int');
    argument(f, 'after', 'String');
    assert.ok(getNamedType(argument(f, 'where').type).getFields().studyId, `${root}(where: {studyId}) is missing`);
  }

  for (const [type, name, connection] of [
    ['Study', 'quotesConnection', 'QuoteConnection!'], ['Study', 'themesConnection', 'ThemeConnection!'],
    ['Theme', 'quotesConnection', 'QuoteConnection!'], ['Participant', 'quotesConnection', 'QuoteConnection!'],
    ['Function', 'activitiesConnection', 'ActivityConnection!'], ['Domain', 'themesConnection', 'ThemeConnection!']]) {
    const f = field(schema, type, name);
    assert.equal(String(f.type), connection);
    argument(f, 'first', 'Int');
    argument(f, 'after', 'String');
    assert.equal(String(getNamedType(f.type).getFields().totalCount.type), 'Int!');
  }

  const quoteFilter = schema.getType('QuoteFilter').getFields();
  for (const name of ['mechanismId', 'cmoConfigurationId', 'functionId', 'activityId', 'mechanismIdIn', 'cmoConfigurationIdIn', 'functionIdIn', 'activityIdIn']) {
    assert.ok(quoteFilter[name], `QuoteFilter.${name} is missing`);
  }
});

test('there is one example request per primer question', async () => {
  const files = await queryFiles();
  assert.deepEqual(files.map((f) => f.slice(0, 2)), ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8']);
});

test('validation is not vacuous: a request for a field the schema lacks is refused', async () => {
  const schema = await servedSchema();
  const errors = validate(schema, parse('{ cogModel { noSuchField } }'));
  assert.equal(errors.length, 1);
  assert.match(errors[0].message, /noSuchField/);
});

for (const file of await queryFiles()) {
  test(`${file} validates against the served schema`, async () => {
    const schema = await servedSchema();
    const document = parse(await readFile(join(queriesDir, file), 'utf8'));
    const operations = document.definitions.filter((d) => d.kind === 'OperationDefinition');
    assert.equal(operations.length, 1, `${file} holds one request`);
    const errors = validate(schema, document);
    assert.deepEqual(errors.map((e) => e.message), [], `${file} does not validate`);
  });
}

// A mutation without a key (anonymous reading is on, writing never is) is refused with HTTP 401, a Bearer challenge
// and still a GraphQL body whose error names UNAUTHENTICATED, under both response media types.
for (const accept of ['application/json', 'application/graphql-response+json']) {
  test(`an anonymous mutation answers 401 UNAUTHENTICATED (${accept})`, async () => {
    assert.ok(url, 'GRAPHQL_URL is not set');
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept },
      body: JSON.stringify({ query: 'mutation { deleteStudy(id: "brooks-2023-bsme") { id } }' }),
    });
    assert.equal(response.status, 401);
    assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer realm="realist"/);
    assert.ok((response.headers.get('content-type') ?? '').startsWith(accept));
    const reply = await response.json();
    assert.equal(reply.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', JSON.stringify(reply));
    assert.equal(reply.data, undefined);
  });
}
