import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PAGES } from '../src/pages.mjs';
import { pageHtml, navigation } from '../page-shell.mjs';

const source = file => readFileSync(new URL(`../src/${file}`, import.meta.url), 'utf8');

test('every page of pages.mjs has its body in src/: one <main> and nothing of the shared head or header', () => {
  assert.deepEqual(PAGES.map(p => p.id).filter((id, i, all) => all.indexOf(id) !== i), [], 'ids are unique');
  for (const page of PAGES) {
    const body = source(page.file);
    assert.match(body.trimStart(), /^<main[\s>]/, page.file);
    assert.match(body.trimEnd(), /<\/main>$/, page.file);
    assert.doesNotMatch(body, /site-header|<head|skip-link/, page.file);
  }
});

test('a page is written with its title, styles, scripts, skip link and the navigation marking it current', () => {
  const page = PAGES.find(p => p.id === 'chains');
  const html = pageHtml(PAGES, page, '  <main id="main"><h1>x</h1></main>\n');
  assert.match(html, /^<!doctype html>\n<html lang="en">\n<head>/);
  assert.match(html, /<title>Evidence chains · RealistGraph<\/title>/);
  assert.ok(html.indexOf('/css/site.css') < html.indexOf('/css/workbench.css'));
  assert.match(html, /<script type="module" src="\/js\/chains-page.js"><\/script>\n<\/head>/);
  assert.match(html, /<a class="skip-link" href="#main">Skip to the evidence chains<\/a>/);
  assert.match(html, /<a href="\/chains.html" aria-current="page">Evidence chains<\/a>/);
  assert.equal((html.match(/aria-current/g) ?? []).length, 1);
  assert.match(html, /<\/header>\n {2}<main id="main"><h1>x<\/h1><\/main>\n<\/body>\n<\/html>\n$/);
});

test('the navigation lists the pages with a label, in order; the printable page is not in it', () => {
  const labels = navigation(PAGES, null).filter(line => line.includes('<li>')).map(line => line.replace(/.*">|<\/a>.*/g, ''));
  assert.deepEqual(labels, PAGES.filter(p => p.nav).map(p => p.nav));
  assert.ok(!navigation(PAGES, null).join('').includes('print.html'));
});

test('GraphiQL keeps its classic scripts before its module and its hint in the header; no skip link', () => {
  const page = PAGES.find(p => p.id === 'graphiql');
  const html = pageHtml(PAGES, page, '  <main id="graphiql">Loading GraphiQL…</main>');
  const order = ['/lib/react.production.min.js', '/lib/react-dom.production.min.js', '/lib/graphiql.min.js', '/js/graphiql-page.js'].map(s => html.indexOf(s));
  assert.deepEqual([...order].sort((a, b) => a - b), order);
  assert.ok(order.every(i => i > 0));
  assert.match(html, /<span class="hint">POST \/graphql · Ctrl-Enter runs the query<\/span>/);
  assert.doesNotMatch(html, /skip-link/);
});

test('a body that still holds a head or header is refused, naming its file', () => {
  assert.throws(() => pageHtml(PAGES, PAGES[0], '<head></head><main></main>'), /index\.html/);
});
