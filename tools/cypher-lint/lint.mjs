#!/usr/bin/env node
// Offline Cypher lint: every .cypher file (match parts and tails composed, see queriesOf) is checked as Cypher 5 and as Cypher 25 by
// @neo4j-cypher/language-support. Errors and deprecation warnings fail the run.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isNotParamError, lintCypherQuery } from '@neo4j-cypher/language-support';

export const VERSIONS = ['CYPHER 5', 'CYPHER 25'];

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

// cypher/schema/v3/ holds 3.x-only DDL (CREATE CONSTRAINT ON ... ASSERT), which Cypher 5 rejects by design.
export const DEFAULT_DIRS = ['cypher/queries', 'cypher/schema/v5'];
const SKIPPED_DIR = `schema${sep}v3`;

const ERROR = 1;
const WARNING = 2;

export function findCypherFiles(dir) {
  if (dir.endsWith(SKIPPED_DIR)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return findCypherFiles(path);
      return entry.isFile() && entry.name.endsWith('.cypher') ? [path] : [];
    });
}

function classify(diagnostic) {
  if (diagnostic.severity === ERROR) return 'error';
  if (diagnostic.severity === WARNING && /deprecat/i.test(diagnostic.message)) return 'deprecated';
  return 'warning';
}

// The version goes in as the schema's defaultLanguage rather than a "CYPHER n" prefix on the text: that keeps
// positions exact and applies to every statement of a file, where a prefix would cover only the first one.
// A file that starts with its own "CYPHER n" clause is linted as that version in both checks.
export function lintText(text) {
  const findings = new Map();
  for (const version of VERSIONS) {
    const { diagnostics } = lintCypherQuery(text, { defaultLanguage: version });
    for (const d of diagnostics.filter(isNotParamError)) {
      const line = d.range.start.line + 1;
      const column = d.range.start.character + 1;
      const key = `${line}:${column}:${d.message}`;
      const finding = findings.get(key) ?? { line, column, kind: classify(d), message: d.message, versions: [] };
      finding.versions.push(version);
      findings.set(key, finding);
    }
  }
  return [...findings.values()].sort((a, b) => a.line - b.line || a.column - b.column);
}

const MATCH_PART = '.match.cypher';
const TAIL = '.tail.cypher';
const FILTER = '.filter.cypher';

// Composed queries, the rule of QueryCatalog: X.match.cypher and each Y.tail.cypher in its folder or a folder above
// it make one query, the match text then the tail text (what the product runs). The P.filter.cypher files beside a
// match part are conditions on x that a request adds between the two (WITH x WHERE (...) AND (...)), or pattern
// filters (a file that starts with MATCH), added after the conditions, each followed by WITH DISTINCT x; each composed
// query is linted without them and with all of them (any other choice is a subset of those texts). The parts are
// linted only so composed; a match part that no tail completes, or a filter beside no match part, is a problem.
// Lines count from the match part's first line.
export function queriesOf(files) {
  const tails = files.filter((f) => f.endsWith(TAIL));
  const read = (file) => readFileSync(file, 'utf8').trim();
  const condition = (file) => read(file).split('\n').filter((l) => !l.trim().startsWith('//')).join('\n').trim();
  return files.filter((f) => !f.endsWith(TAIL) && !f.endsWith(FILTER)).flatMap((file) => {
    if (!file.endsWith(MATCH_PART)) return [{ file, text: readFileSync(file, 'utf8') }];
    const filters = files.filter((f) => f.endsWith(FILTER) && dirname(f) === dirname(file)).sort();
    const isPattern = (f) => /^MATCH /i.test(condition(f));
    const conditions = filters.filter((f) => !isPattern(f)).map((f) => `(${condition(f)})`);
    const filtered = 'WITH x' + (conditions.length > 0 ? `\nWHERE ${conditions.join('\n  AND ')}` : '')
      + filters.filter(isPattern).map((f) => `\n${condition(f)}\nWITH DISTINCT x`).join('');
    return tails
      .filter((tail) => file.startsWith(dirname(tail) + sep))
      .flatMap((tail) => [
        { file: `${file}+${basename(tail)}`, text: `${read(file)}\n${read(tail)}` },
        ...(filters.length > 0
          ? [{ file: `${file}+filters+${basename(tail)}`, text: `${read(file)}\n${filtered}\n${read(tail)}` }]
          : []),
      ]);
  });
}

export function lintDirs(dirs, cwd = process.cwd()) {
  const files = dirs.flatMap((dir) => findCypherFiles(dir));
  const queries = queriesOf(files);
  const lines = [];
  let problems = 0;
  let warnings = 0;
  for (const file of files.filter((f) => f.endsWith(MATCH_PART) && !queries.some((q) => q.file.startsWith(`${f}+`)))) {
    problems++;
    lines.push(`${relative(cwd, file)}: error: a match part that no ${TAIL} file in its folder or above completes`);
  }
  for (const file of files.filter((f) => f.endsWith(FILTER) && !files.some((m) => m.endsWith(MATCH_PART) && dirname(m) === dirname(f)))) {
    problems++;
    lines.push(`${relative(cwd, file)}: error: a filter with no ${MATCH_PART} file beside it`);
  }
  for (const { file, text } of queries) {
    for (const f of lintText(text)) {
      const fails = f.kind !== 'warning';
      if (fails) problems++;
      else warnings++;
      const label = fails ? f.kind : 'warning (not a failure)';
      lines.push(`${relative(cwd, file)}:${f.line}:${f.column}: ${label} [${f.versions.join(', ')}]: ${f.message}`);
    }
  }
  const checks = queries.length * VERSIONS.length;
  const extra = warnings > 0 ? `, ${warnings} other warnings` : '';
  const composed = queries.length !== files.length ? ` (${queries.length} queries)` : '';
  lines.push(`cypher-lint: ${files.length} files${composed}, ${checks} checks, ${problems} problems${extra}`);
  return { files: files.length, checks, problems, warnings, lines };
}

function main(args) {
  const dirs = args.length > 0 ? args.map((a) => resolve(a)) : DEFAULT_DIRS.map((d) => join(repoRoot, d));
  const missing = dirs.filter((d) => !safeIsDirectory(d));
  if (args.length > 0 && missing.length > 0) {
    console.error(`cypher-lint: not a directory: ${missing.join(', ')}`);
    return 2;
  }
  const result = lintDirs(dirs.filter((d) => !missing.includes(d)));
  for (const line of result.lines) console.log(line);
  return result.problems > 0 ? 1 : 0;
}

function safeIsDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
