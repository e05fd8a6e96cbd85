// Every page of the service, once: the fit checks (no sideways scroll, badge contrast, axe-core) and the
// screenshots at 1440 and 390 px run over this list (fit.test.mjs). A new page joins them by adding one line:
// its name (the screenshot's file name), its address, and a selector that is there once the page has drawn its data.
export const SEED = 'brooks-2023-bsme';
export const SECOND = 'c-change-2024';

export const PAGES = [
  { name: 'cogs', path: `/?study=${SEED}`, ready: '#cogs-svg g.cog' },
  { name: 'cogs-participant', path: `/?study=${SEED}&participant=${SEED}/51-C`, ready: '#cogs-svg g.cog' },
  { name: 'study-index', path: '/study.html', ready: '#study-index-list li' },
  { name: 'study-explorer', path: `/study.html?id=${SEED}`, ready: '#domains .theme' },
  { name: 'evidence-chains', path: `/chains.html?study=${SEED}`, ready: '#chains .chain' },
  { name: 'links', path: `/links.html?study=${SECOND}`, ready: '#links .finding-link' },
  { name: 'compare', path: `/compare.html?study=${SEED}&study=${SECOND}`, ready: '#matrix button' },
  { name: 'print', path: `/print.html?id=${SEED}`, ready: '#print-chains .chain' },
  { name: 'import', path: '/upload.html', ready: '#study-list li[data-study]' },
  { name: 'graphiql', path: '/graphiql/index.html', ready: '.graphiql-container' },
];
