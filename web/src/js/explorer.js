// Filtering for the study explorer: pure, unit-tested by node --test.

/** The polarity a quote pushes with: its own if set, else its theme's. */
export const effectivePolarity = (quote, theme) => quote.polarity || theme.polarity || null;

const matches = (value, needle) => typeof value === 'string' && value.toLowerCase().includes(needle);

/**
 * Narrows themes and their quotes.
 * - text: case-insensitive words; a theme whose code, name or summary matches keeps all its quotes,
 *   otherwise only the quotes whose text or participant label/site matches are kept (and a theme with
 *   none is dropped).
 * - polarity: keeps the quotes that push that way (own polarity, else the theme's); a theme without
 *   quotes is kept when its own polarity matches.
 * Returns { themes: [{ theme, quotes }], quoteCount }.
 */
export function filterThemes(themes, { text = '', polarity = '' } = {}) {
  const needle = text.trim().toLowerCase();
  const out = [];
  let quoteCount = 0;
  for (const theme of themes) {
    const all = theme.quotes || [];
    let quotes = polarity ? all.filter((q) => effectivePolarity(q, theme) === polarity) : all;
    const themeHit = !needle || matches(theme.name, needle) || matches(theme.summary, needle) || matches(theme.code, needle);
    if (!themeHit) {
      quotes = quotes.filter((q) => matches(q.text, needle) || (q.participant && (matches(q.participant.label, needle) || matches(`site ${q.participant.site}`, needle))));
      if (quotes.length === 0) continue;
    }
    if (polarity && quotes.length === 0 && !(all.length === 0 && theme.polarity === polarity)) continue;
    out.push({ theme, quotes });
    quoteCount += quotes.length;
  }
  return { themes: out, quoteCount };
}
