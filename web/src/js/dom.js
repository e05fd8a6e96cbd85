// Small DOM helpers shared by the pages. Text is always set as text, never as HTML.
import { participantHref } from './links-to.js';

/** Creates an element with attributes (false/null skipped, true as empty) and children (strings become text). */
export function el(name, attrs = {}, ...children) {
  const node = document.createElement(name);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === null || v === undefined) continue;
    if (k === 'checked' || k === 'selected') node[k] = Boolean(v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === '') continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Empties a node and returns it. */
export function clear(node) {
  node.replaceChildren();
  return node;
}

const POLARITY_WORDS = { SUPPORT: 'support', THREAT: 'threat', MIXED: 'mixed' };

/** A badge for a theme's or quote's polarity. */
export function polarityBadge(polarity, prefix = '') {
  if (!polarity) return '';
  return el('span', { class: `badge ${polarity}`, 'data-polarity': polarity }, `${prefix}${POLARITY_WORDS[polarity] || polarity.toLowerCase()}`);
}

/** Text with every case-insensitive occurrence of `needle` wrapped in <mark>. */
export function highlighted(text, needle) {
  const span = document.createElement('span');
  if (!needle) {
    span.textContent = text;
    return span;
  }
  const lower = text.toLowerCase();
  const n = needle.toLowerCase();
  let at = 0;
  for (let i = lower.indexOf(n); i >= 0; i = lower.indexOf(n, at)) {
    span.append(text.slice(at, i), el('mark', {}, text.slice(i, i + n.length)));
    at = i + n.length;
  }
  span.append(text.slice(at));
  return span;
}

/**
 * A quote as a list item: the words, whose they are (the label opens that participant's cogs), where it
 * stands in the paper when known, and its own polarity when it differs from its theme's.
 */
export function quoteItem(quote, themePolarity, needle = '') {
  const polarity = quote.polarity || themePolarity;
  const who = el('div', { class: 'who' });
  if (quote.participant) {
    const label = quote.participant.id
      ? el('a', { class: 'participant-label', href: participantHref(quote.participant.id), title: `${quote.participant.label}'s cogs` }, quote.participant.label)
      : el('span', { class: 'participant-label' }, quote.participant.label);
    who.append(label);
    if (quote.participant.site) who.append(el('span', {}, `site ${quote.participant.site}`));
  } else {
    who.append(el('span', {}, 'participant not recorded'));
  }
  if (quote.location) who.append(el('span', { class: 'location' }, quote.location));
  if (quote.polarity && quote.polarity !== themePolarity) who.append(polarityBadge(quote.polarity, 'own polarity: '));
  return el('li', { class: `quote ${polarity || ''}`, 'data-quote': quote.id, 'data-participant': quote.participant ? quote.participant.label : '' },
    el('blockquote', {}, highlighted(quote.text, needle)),
    who,
  );
}
