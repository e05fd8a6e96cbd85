// The pages the page-wide checks walk: the fit checks (no sideways scroll, badge contrast, axe-core) and the
// screenshots at 1440 and 390 px (fit.test.mjs). The pages themselves are listed once, in web/src/pages.mjs (the
// build writes their heads and navigation from it); here each page gets how to see it with data: the visits below,
// each a name (the screenshot's file name), what to add to the page's address (a bundled sample chosen), and a
// selector that is there once the page has drawn its data. A page of pages.mjs without a visit here stops the tests.
import { PAGES as SITE } from '../../web/src/pages.mjs';

export { SITE };

export const SEED = 'brooks-2023-bsme';
export const SECOND = 'c-change-2024';

const VISITS = {
  cogs: [
    { name: 'cogs', query: `?study=${SEED}`, ready: '#cogs-svg g.cog' },
    { name: 'cogs-participant', query: `?study=${SEED}&participant=${SEED}/51-C`, ready: '#cogs-svg g.cog' },
  ],
  study: [
    { name: 'study-index', ready: '#study-index-list li' },
    { name: 'study-explorer', query: `?id=${SEED}`, ready: '#domains .theme' },
  ],
  chains: [{ name: 'evidence-chains', query: `?study=${SEED}`, ready: '#chains .chain' }],
  links: [{ name: 'links', query: `?study=${SECOND}`, ready: '#links .finding-link' }],
  compare: [{ name: 'compare', query: `?study=${SEED}&study=${SECOND}`, ready: '#matrix button' }],
  print: [{ name: 'print', query: `?id=${SEED}`, ready: '#print-chains .chain' }],
  import: [{ name: 'import', ready: '#study-list li[data-study]' }],
  graphiql: [{ name: 'graphiql', ready: '.graphiql-container' }],
};

const unknown = Object.keys(VISITS).filter(id => !SITE.some(page => page.id === id));
if (unknown.length) throw new Error(`site-pages.mjs: visits for pages that web/src/pages.mjs does not list: ${unknown.join(', ')}`);

export const PAGES = SITE.flatMap(page => {
  const visits = VISITS[page.id];
  if (!visits?.length) throw new Error(`site-pages.mjs: no visit for the page '${page.id}' of web/src/pages.mjs: add how to see it with data`);
  return visits.map(visit => ({ name: visit.name, path: page.path + (visit.query ?? ''), ready: visit.ready, page }));
});
