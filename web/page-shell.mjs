// A page's shared parts (head, skip link, header with the navigation) around its body, from one entry of
// src/pages.mjs. Titles, labels and addresses are the site's own words; they are escaped all the same.
const escape = text => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function navigation(pages, current) {
  const items = pages.filter(page => page.nav).map(page => {
    const here = page === current ? ' aria-current="page"' : '';
    return `          <li><a href="${escape(page.path)}"${here}>${escape(page.nav)}</a></li>`;
  });
  return ['      <nav class="site-nav" aria-label="Pages">', '        <ul>', ...items, '        </ul>', '      </nav>'];
}

export function head(page) {
  const scripts = page.scripts ?? [];
  return [
    '<head>',
    '  <meta charset="utf-8">',
    '  <meta name="viewport" content="width=device-width, initial-scale=1">',
    `  <title>${escape(page.title)} · RealistGraph</title>`,
    '  <link rel="icon" href="data:,">',
    ...page.styles.map(href => `  <link rel="stylesheet" href="${escape(href)}">`),
    ...(scripts.length ? ['  <!-- Served from this service (copied from npm at build time): nothing is fetched from another host. -->'] : []),
    ...scripts.map(src => `  <script src="${escape(src)}"></script>`),
    `  <script type="module" src="${escape(page.module)}"></script>`,
    '</head>',
  ];
}

// The whole page: body is the page's own markup, from <main> to </main>.
export function pageHtml(pages, page, body) {
  if (/<(html|head|body)[\s>]/i.test(body)) {
    throw new Error(`${page.file}: holds only the page's <main>; its head and header come from pages.mjs`);
  }
  return [
    '<!doctype html>',
    '<html lang="en">',
    ...head(page),
    '<body>',
    ...(page.skip ? [`  <a class="skip-link" href="#main">${escape(page.skip)}</a>`] : []),
    '  <header class="site-header">',
    '    <div class="inner">',
    '      <a class="brand" href="/">RealistGraph <span>realist evaluation evidence</span></a>',
    ...navigation(pages, page),
    ...(page.hint ? [`      <span class="hint">${escape(page.hint)}</span>`] : []),
    '    </div>',
    '  </header>',
    body.replace(/\s+$/, ''),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
