// Builds the web pages into the API's static files (src/RealistGraph.Api/wwwroot): each page of src/pages.mjs
// is written whole, its shared head, skip link and header (page-shell.mjs) around its own <main> in src/; the
// styles and ES modules of src/ are copied as they are (no bundler: the browser loads the modules directly),
// and GraphiQL with its React comes from node_modules into wwwroot/lib/, so nothing is fetched from
// another host at run time. Everything in wwwroot is rebuilt each time; git ignores it.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGES } from './src/pages.mjs';
import { pageHtml } from './page-shell.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'src', 'RealistGraph.Api', 'wwwroot');
const modules = join(here, 'node_modules');

const vendor = {
  'react.production.min.js': 'react/umd/react.production.min.js',
  'react-dom.production.min.js': 'react-dom/umd/react-dom.production.min.js',
  'graphiql.min.js': 'graphiql/graphiql.min.js',
  'graphiql.min.css': 'graphiql/graphiql.min.css',
};

mkdirSync(out, { recursive: true });
for (const entry of readdirSync(out)) {
  if (entry !== '.gitignore') rmSync(join(out, entry), { recursive: true, force: true });
}
const source = join(here, 'src');
const pageFiles = new Set(PAGES.map(page => page.file));
const inSource = path => relative(source, path).split(sep).join('/');
for (const file of readdirSync(source, { recursive: true })) {
  const name = String(file).split(sep).join('/');
  if (name.endsWith('.html') && !pageFiles.has(name)) throw new Error(`src/${name} is not a page of src/pages.mjs: add it there`);
}
cpSync(source, out, {
  recursive: true,
  filter: path => !pageFiles.has(inSource(path)) && inSource(path) !== 'pages.mjs',
});
for (const page of PAGES) {
  const body = readFileSync(join(source, page.file), 'utf8');
  mkdirSync(dirname(join(out, page.file)), { recursive: true });
  writeFileSync(join(out, page.file), pageHtml(PAGES, page, body));
}

mkdirSync(join(out, 'lib'), { recursive: true });
for (const [name, from] of Object.entries(vendor)) {
  const file = join(modules, from);
  if (!existsSync(file)) throw new Error(`missing ${from}: run npm ci in web/ first`);
  cpSync(file, join(out, 'lib', name));
}
writeFileSync(join(out, 'lib', 'README.txt'), 'Copied from web/node_modules by web/build.mjs; not committed.\n');
console.log(`web: built into ${out}`);
