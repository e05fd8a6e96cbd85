// Builds the web pages into the API's static files (src/RealistGraph.Api/wwwroot): the pages, styles
// and ES modules of src/ are copied as they are (no bundler: the browser loads the modules directly),
// and GraphiQL with its React comes from node_modules into wwwroot/lib/, so nothing is fetched from
// another host at run time. Everything in wwwroot is rebuilt each time; git ignores it.
import { cpSync, mkdirSync, readdirSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
cpSync(join(here, 'src'), out, { recursive: true });

mkdirSync(join(out, 'lib'), { recursive: true });
for (const [name, from] of Object.entries(vendor)) {
  const source = join(modules, from);
  if (!existsSync(source)) throw new Error(`missing ${from}: run npm ci in web/ first`);
  cpSync(source, join(out, 'lib', name));
}
writeFileSync(join(out, 'lib', 'README.txt'), 'Copied from web/node_modules by web/build.mjs; not committed.\n');
console.log(`web: built into ${out}`);
