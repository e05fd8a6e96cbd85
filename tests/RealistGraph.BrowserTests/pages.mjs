// Every page of the service, for tests that walk them all (accessibility checks, screenshots at several
// widths): its address with a bundled sample chosen, and a selector that is there once it has drawn.
export const SEED = 'brooks-2023-bsme';
export const SECOND = 'c-change-2024';

export const PAGES = [
  { name: 'cogs', path: `/?study=${SEED}`, ready: '#cogs-svg g.cog' },
  { name: 'explorer', path: `/study.html?id=${SEED}`, ready: '.theme' },
  { name: 'explorer-index', path: '/study.html', ready: '#study-index-list a' },
  { name: 'evidence-chains', path: `/chains.html?study=${SEED}`, ready: '#chains .chain' },
  { name: 'links', path: `/links.html?study=${SECOND}`, ready: '#links .finding-link' },
  { name: 'compare', path: `/compare.html?study=${SEED}&study=${SECOND}`, ready: '#matrix button' },
  { name: 'print', path: `/print.html?id=${SEED}`, ready: '#print-chains .chain' },
  { name: 'graphiql', path: '/graphiql/index.html', ready: '.graphiql-execute-button' },
];
