// GraphiQL's own markup, made to pass the accessibility checks every page gets (fit.test.mjs, axe-core): its
// CodeMirror text areas get names, and their scrolling regions can be reached by keyboard. Applied again whenever
// GraphiQL renders new editors. Its colours are overridden in graphiql/index.html.
const NAMES = [
  ['.graphiql-query-editor', 'Query editor'],
  ['.graphiql-editor-tool .graphiql-editor:nth-child(1)', 'Variables editor'],
  ['.graphiql-editor-tool .graphiql-editor:nth-child(2)', 'Headers editor'],
  ['.result-window', 'Result'],
];

function label(root) {
  for (const [selector, name] of NAMES) {
    for (const area of root.querySelectorAll(`${selector} .CodeMirror textarea`)) {
      if (!area.hasAttribute('aria-label')) area.setAttribute('aria-label', name);
    }
    for (const scroll of root.querySelectorAll(`${selector} .CodeMirror-scroll`)) {
      if (scroll.getAttribute('tabindex') !== '0') { // CodeMirror sets -1: reachable by script, not by keyboard.
        scroll.setAttribute('tabindex', '0');
        scroll.setAttribute('aria-label', `${name}, scrollable`);
      }
    }
  }
  for (const area of root.querySelectorAll('.CodeMirror textarea:not([aria-label])')) area.setAttribute('aria-label', 'Editor');
  for (const scroll of root.querySelectorAll('.CodeMirror-scroll:not([tabindex="0"])')) scroll.setAttribute('tabindex', '0');
}

export function watchGraphiQL(root) {
  label(root);
  new MutationObserver(() => label(root)).observe(root, { childList: true, subtree: true });
}
