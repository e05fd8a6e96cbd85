// Self-test: node --test tools/cypher-lint/
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { queriesOf } from './lint.mjs';

const lintScript = join(dirname(fileURLToPath(import.meta.url)), 'lint.mjs');
const root = mkdtempSync(join(tmpdir(), 'cypher-lint-'));
after(() => rmSync(root, { recursive: true, force: true }));

function folder(name, files) {
  const dir = join(root, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

function lint(...dirs) {
  const run = spawnSync(process.execPath, [lintScript, ...dirs], { cwd: root, encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const good = 'MATCH (s:Study {id: $id})\nRETURN s.title AS title\n';

test('a good query passes under both versions, its unknown parameter ignored', () => {
  const { code, out } = lint(folder('good', { 'study.byId.cypher': good }));
  assert.equal(code, 0, out);
  assert.match(out, /cypher-lint: 1 files, 2 checks, 0 problems/);
});

test('a syntax error fails with file:line:col', () => {
  const { code, out } = lint(folder('syntax', { 'a.cypher': good, 'b.cypher': 'MATCH (s:Study)\nRETURN s.title AS\n' }));
  assert.equal(code, 1);
  assert.match(out, /^syntax\/b\.cypher:2:18: error \[CYPHER 5\]: Invalid input/m);
  assert.match(out, /^syntax\/b\.cypher:2:18: error \[CYPHER 25\]: Invalid input/m);
  assert.doesNotMatch(out, /a\.cypher/);
  assert.match(out, /2 files, 4 checks, 2 problems/);
});

test('removed and deprecated constructs fail', () => {
  const { code, out } = lint(
    folder('deprecated', {
      'exists.cypher': 'MATCH (n:Study) RETURN exists(n.doi) AS hasDoi\n',
      'constraint.cypher': 'CREATE CONSTRAINT ON (s:Study) ASSERT s.id IS UNIQUE\n',
      'id.cypher': 'MATCH (n:Study) RETURN id(n) AS nodeId\n',
    }),
  );
  assert.equal(code, 1);
  assert.match(out, /^deprecated\/exists\.cypher:1:24: error .*IS NOT NULL/m);
  assert.match(out, /^deprecated\/constraint\.cypher:1:19: error \[CYPHER 5\]: .*REQUIRE/m);
  assert.match(out, /^deprecated\/constraint\.cypher:1:\d+: error \[CYPHER 25\]: /m);
  assert.match(out, /^deprecated\/id\.cypher:1:24: deprecated .*deprecated function/m);
  assert.match(out, /3 files, 6 checks, 4 problems/);
});

test('both versions are checked: Cypher 25 syntax fails only as Cypher 5', () => {
  const { code, out } = lint(folder('versions', { 'filter.cypher': 'MATCH (n:Study)\nFILTER n.year > 2020\nRETURN n.id AS id\n' }));
  assert.equal(code, 1);
  assert.match(out, /^versions\/filter\.cypher:2:1: error \[CYPHER 5\]: Invalid input 'FILTER'/m);
  assert.doesNotMatch(out, /CYPHER 25\]/);
});

test('every statement of a file is checked, with its own line', () => {
  const { code, out } = lint(folder('multi', { 'two.cypher': 'RETURN 1 AS a;\nMATCH (n RETURN n;\n' }));
  assert.equal(code, 1);
  assert.match(out, /^multi\/two\.cypher:2:10: error/m);
});

test('warnings that are not deprecations are shown but do not fail', () => {
  const { code, out } = lint(folder('hint', { 'path.cypher': 'MATCH p = shortestPath((a:Study)-[*]->(b:Study)) RETURN p\n' }));
  assert.equal(code, 0, out);
  assert.match(out, /warning \(not a failure\)/);
  assert.match(out, /0 problems, 1 other warnings/);
});

test('3.x-only DDL under schema/v3 is skipped', () => {
  const schema = folder('cypher/schema', {
    'v3/constraints.cypher': 'CREATE CONSTRAINT ON (s:Study) ASSERT s.id IS UNIQUE\n',
    'v5/constraints.cypher': 'CREATE CONSTRAINT study_id IF NOT EXISTS FOR (s:Study) REQUIRE s.id IS UNIQUE\n',
  });
  const { code, out } = lint(schema);
  assert.equal(code, 0, out);
  assert.match(out, /1 files, 2 checks, 0 problems/);
});

test('match parts are linted composed with every tail in their folder or above, never alone', () => {
  const dir = folder('composed', {
    'pages/count.tail.cypher': 'RETURN count(x) AS n\n',
    'pages/themes/all.match.cypher': 'MATCH (x:Theme)\nWHERE x.polarity IN $polarities\n',
    'pages/themes/rows.tail.cypher': 'WITH x ORDER BY x.name SKIP $skip LIMIT $limit + 1\nRETURN x.id AS id, x.name AS\n',
  });
  const { code, out } = lint(dir);
  assert.equal(code, 1, out);
  assert.match(out, /^composed\/pages\/themes\/all\.match\.cypher\+rows\.tail\.cypher:4:/m);
  assert.doesNotMatch(out, /all\.match\.cypher\+count\.tail\.cypher/);
  assert.match(out, /cypher-lint: 3 files \(2 queries\), 4 checks, 2 problems/);
});

test('filters beside a match part are linted all together between it and each tail, never alone', () => {
  const dir = folder('filtered', {
    'pages/themes/all.match.cypher': 'MATCH (x:Theme)\n',
    'pages/themes/polarities.filter.cypher': '// a comment line is left out\nx.polarity IN $polarities\n',
    'pages/themes/text-contains.filter.cypher': 'x.name CONTAINS $textContains OR x.name =\n',
    'pages/themes/rows.tail.cypher': 'RETURN x.id AS id\n',
    'pages/quotes/polarities.filter.cypher': 'x.polarity IN $polarities\n',
  });
  const { code, out } = lint(dir);
  assert.equal(code, 1, out);
  assert.match(out, /^filtered\/pages\/themes\/all\.match\.cypher\+filters\+rows\.tail\.cypher:4:/m);
  assert.doesNotMatch(out, /^filtered\/pages\/themes\/all\.match\.cypher\+rows\.tail\.cypher:/m);
  assert.match(out, /^filtered\/pages\/quotes\/polarities\.filter\.cypher: error: a filter with no \.match\.cypher file beside it/m);
  assert.match(out, /cypher-lint: 5 files \(2 queries\), 4 checks, 2 problems/);
});

test('pattern filters follow the conditions, each ending in WITH DISTINCT x', () => {
  const dir = folder('patterns', {
    'pages/quotes/all.match.cypher': 'MATCH (x:Quote)\n',
    'pages/quotes/polarities.filter.cypher': 'x.polarity IN $polarities\n',
    'pages/quotes/theme-ids.filter.cypher': '// a pattern filter\nMATCH (x)-[:EVIDENCES]->(t)\nWHERE t.id IN $themeIds\n',
    'pages/quotes/participant-ids.filter.cypher': 'MATCH (x)-[:SPOKEN_BY]->(t)\nWHERE t.id IN $participantIds\n',
    'pages/quotes/rows.tail.cypher': 'RETURN x.id AS id\n',
  });
  const { code, out } = lint(dir);
  assert.equal(code, 0, out);
  assert.match(out, /cypher-lint: 5 files \(2 queries\), 4 checks, 0 problems/);
  const [, filtered] = queriesOf([
    'pages/quotes/all.match.cypher', 'pages/quotes/polarities.filter.cypher', 'pages/quotes/theme-ids.filter.cypher',
    'pages/quotes/participant-ids.filter.cypher', 'pages/quotes/rows.tail.cypher',
  ].map((f) => join(dir, f)));
  assert.equal(filtered.text, 'MATCH (x:Quote)\nWITH x\nWHERE (x.polarity IN $polarities)\n'
    + 'MATCH (x)-[:SPOKEN_BY]->(t)\nWHERE t.id IN $participantIds\nWITH DISTINCT x\n'
    + 'MATCH (x)-[:EVIDENCES]->(t)\nWHERE t.id IN $themeIds\nWITH DISTINCT x\nRETURN x.id AS id');
});

test('a match part that no tail completes fails', () => {
  const { code, out } = lint(folder('lonely', { 'pages/themes/all.match.cypher': 'MATCH (x:Theme)\n' }));
  assert.equal(code, 1, out);
  assert.match(out, /^lonely\/pages\/themes\/all\.match\.cypher: error: a match part that no/m);
});

test('a missing directory is a usage error', () => {
  const { code, err } = lint(join(root, 'does-not-exist'));
  assert.equal(code, 2);
  assert.match(err, /not a directory/);
});
