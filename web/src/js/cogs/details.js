// The panel under the picture: the selected cog's themes, each with its quotes (one participant's
// only, when one is chosen).
import { el, clear, polarityBadge, quoteItem } from '../dom.js';
import { formatRotation, formatPercent, quotesFor } from './model.js';
import { themeHref } from '../links-to.js';

/** Shows `cog`'s themes and quotes in `panel`, or hides the panel when no cog is selected. */
export function renderDetails(panel, cog, { participantId, participantLabel }) {
  clear(panel);
  panel.hidden = !cog;
  if (!cog) return;
  panel.dataset.domain = cog.key;
  const who = participantId ? ` (participant ${participantLabel})` : '';
  panel.append(
    el('h2', {}, `${cog.domain.name}: themes and quotes${who}`),
    el('p', { class: 'muted small' }, `${cog.supports} supports, ${cog.threats} threats, rotation ${formatRotation(cog.rotation)}, ${formatPercent(cog.salience)} of the evidence.`),
  );
  for (const theme of cog.themes) {
    const quotes = quotesFor(theme, participantId);
    const article = el('article', { class: 'theme', 'data-theme': theme.id },
      el('div', { class: 'theme-head' },
        theme.code ? el('span', { class: 'theme-code' }, theme.code) : '',
        el('h3', {}, el('a', { href: themeHref(theme.id), title: 'Open the theme in the study explorer' }, theme.name)),
        polarityBadge(theme.polarity),
        el('span', { class: 'muted small' }, `${quotes.length} quote${quotes.length === 1 ? '' : 's'}`),
      ),
    );
    if (theme.summary) article.append(el('p', { class: 'theme-summary' }, theme.summary));
    if (quotes.length) article.append(el('ul', { class: 'quotes' }, ...quotes.map((q) => quoteItem(q, theme.polarity))));
    panel.append(article);
  }
}
