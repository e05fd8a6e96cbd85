// The cogs page's downloads: the picture as SVG and PNG, and its tables (cogs, interactions, themes,
// quotes) as CSV, with the numbers as cogModel answered them.
import { recordsToCsv, fileName } from '../export/csv.js';
import { downloadText, downloadBlob } from '../export/download.js';
import { standaloneSvg, svgToPng } from '../export/picture.js';

export const COG_COLUMNS = [
  ['domain', (c) => c.domain.name],
  ['canonical_domain', (c) => c.domain.canonicalDomain || ''],
  ['supports', (c) => c.supports],
  ['threats', (c) => c.threats],
  ['rotation', (c) => c.rotation],
  ['salience', (c) => c.salience],
  ['direction', (c) => c.direction],
];

export const INTERACTION_COLUMNS = [
  ['from', (i) => i.from.name],
  ['to', (i) => i.to.name],
  ['kind', (i) => i.kind],
  ['source', (i) => i.source],
  ['description', (i) => i.description || ''],
  ['participant_count', (i) => i.participantCount],
  ['participants', (i) => i.participants.map((p) => p.label)],
];

export const THEME_COLUMNS = [
  ['domain', (r) => r.cog.domain.name],
  ['theme_id', (r) => r.theme.id],
  ['code', (r) => r.theme.code || ''],
  ['name', (r) => r.theme.name],
  ['polarity', (r) => r.theme.polarity],
  ['quote_count', (r) => (r.theme.quotes || []).length],
];

export const QUOTE_COLUMNS = [
  ['domain', (r) => r.cog.domain.name],
  ['theme', (r) => r.theme.name],
  ['quote_id', (r) => r.quote.id],
  ['participant', (r) => (r.quote.participant ? r.quote.participant.label : '')],
  ['site', (r) => (r.quote.participant && r.quote.participant.site) || ''],
  ['location', (r) => r.quote.location || ''],
  ['polarity', (r) => r.quote.polarity || r.theme.polarity],
  ['text', (r) => r.quote.text],
];

export const themeRecords = (cogs) => cogs.flatMap((cog) => cog.themes.map((theme) => ({ cog, theme })));
export const quoteRecords = (cogs, participantId) =>
  themeRecords(cogs).flatMap(({ cog, theme }) => (theme.quotes || [])
    .filter((q) => !participantId || (q.participant && q.participant.id === participantId))
    .map((quote) => ({ cog, theme, quote })));

/** The download buttons' items for the current picture: `current()` gives { model, svg, studies, participant, title }. */
export function cogDownloads(current) {
  const base = () => {
    const { studies, participant } = current();
    return fileName('cogs', ...studies, participant ? participant.split('/').pop() : '');
  };
  const csv = (suffix, records, columns) => downloadText(`${base()}${suffix}.csv`, recordsToCsv(records, columns), 'text/csv');
  return [
    { label: 'Picture (SVG)', format: 'svg', run: () => downloadText(`${base()}.svg`, standaloneSvg(current().svg, current().title), 'image/svg+xml') },
    { label: 'Picture (PNG)', format: 'png', run: async () => downloadBlob(`${base()}.png`, await svgToPng(standaloneSvg(current().svg, current().title))) },
    { label: 'Cogs (CSV)', format: 'cogs-csv', run: () => csv('', current().model.cogs, COG_COLUMNS) },
    { label: 'Interactions (CSV)', format: 'interactions-csv', run: () => csv('-interactions', current().model.interactions, INTERACTION_COLUMNS) },
    { label: 'Themes (CSV)', format: 'themes-csv', run: () => csv('-themes', themeRecords(current().model.cogs), THEME_COLUMNS) },
    { label: 'Quotes (CSV)', format: 'quotes-csv', run: () => csv('-quotes', quoteRecords(current().model.cogs, current().participant), QUOTE_COLUMNS) },
  ];
}
