// Every page of the site, once. build.mjs writes each page's <head>, skip link and header (with the navigation
// below, in this order) around its body (the file of the same name in src/, from <main> to </main>), and the browser
// tests walk the same list (tests/RealistGraph.BrowserTests/site-pages.mjs). A new page joins by adding one entry:
//   id        the page's name for the tests
//   file      its body in src/ and its built file in wwwroot/
//   path      its address (the navigation's link)
//   title     the document title (" · RealistGraph" is added)
//   nav       its label in the navigation; none: not in the navigation (e.g. the printable page, opened from a study)
//   skip      the skip link's words (to #main); none: no skip link
//   styles    style sheets, in order (default: site.css and workbench.css)
//   scripts   classic scripts served from /lib (copied from npm), loaded before the page's module
//   module    the page's ES module
//   hint      a line at the right of the header
const WORKBENCH = ['/css/site.css', '/css/workbench.css'];

export const PAGES = [
  { id: 'cogs', file: 'index.html', path: '/', title: 'Cogs', nav: 'Cogs', skip: 'Skip to the cogs',
    module: '/js/cogs-page.js' },
  { id: 'study', file: 'study.html', path: '/study.html', title: 'Study explorer', nav: 'Study explorer',
    skip: 'Skip to the study', module: '/js/study-page.js' },
  { id: 'chains', file: 'chains.html', path: '/chains.html', title: 'Evidence chains', nav: 'Evidence chains',
    skip: 'Skip to the evidence chains', module: '/js/chains-page.js' },
  { id: 'links', file: 'links.html', path: '/links.html', title: 'Links and suggestions', nav: 'Links',
    skip: 'Skip to the links', module: '/js/links-page.js' },
  { id: 'compare', file: 'compare.html', path: '/compare.html', title: 'Compare studies', nav: 'Compare',
    skip: 'Skip to the comparison', module: '/js/compare-page.js' },
  { id: 'print', file: 'print.html', path: '/print.html', title: 'Printable findings',
    skip: 'Skip to the findings', module: '/js/print-page.js' },
  { id: 'import', file: 'upload.html', path: '/upload.html', title: 'Import a study', nav: 'Import',
    skip: 'Skip to the import', styles: ['/css/site.css'], module: '/js/upload-page.js' },
  { id: 'graphiql', file: 'graphiql/index.html', path: '/graphiql/index.html', title: 'GraphiQL', nav: 'GraphiQL',
    styles: ['/lib/graphiql.min.css', ...WORKBENCH, '/css/graphiql-page.css'],
    scripts: ['/lib/react.production.min.js', '/lib/react-dom.production.min.js', '/lib/graphiql.min.js'],
    module: '/js/graphiql-page.js', hint: 'POST /graphql · Ctrl-Enter runs the query' },
].map(page => ({ styles: WORKBENCH, ...page }));
