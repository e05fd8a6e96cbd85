#!/usr/bin/env node
// Offline Cypher lint: every .cypher file is checked as Cypher 5 and as Cypher 25 by
// @neo4j-cypher/language-support. Errors and deprecation warnings fail the run.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
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

export function lintDirs(dirs, cwd = process.cwd()) {
  const files = dirs.flatMap((dir) => findCypherFiles(dir));
  const lines = [];
  let problems = 0;
  let warnings = 0;
  for (const file of files) {
    for (const f of lintText(readFileSync(file, 'utf8'))) {
      const fails = f.kind !== 'warning';
      if (fails) problems++;
      else warnings++;
      const label = fails ? f.kind : 'warning (not a failure)';
      lines.push(`${relative(cwd, file)}:${f.line}:${f.column}: ${label} [${f.versions.join(', ')}]: ${f.message}`);
    }
  }
  const checks = files.length * VERSIONS.length;
  const extra = warnings > 0 ? `, ${warnings} other warnings` : '';
  lines.push(`cypher-lint: ${files.length} files, ${checks} checks, ${problems} problems${extra}`);
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
