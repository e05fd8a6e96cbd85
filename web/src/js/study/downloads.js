// The explorer's downloads: the study as a document (YAML, JSON: exportStudy), as a REFI-QDA project
// (.qdpx: GET /studies/{id}/export.qdpx), and its themes and quotes as CSV.
import { gql } from '../api.js';
import { recordsToCsv, fileName } from '../export/csv.js';
import { downloadText, downloadFrom } from '../export/download.js';

const EXPORT_QUERY = `query ExportStudy($id: ID!, $format: DocumentFormat) { exportStudy(id: $id, format: $format) }`;

export const THEME_COLUMNS = [
  ['theme_id', (t) => t.id],
  ['code', (t) => t.code || ''],
  ['name', (t) => t.name],
  ['polarity', (t) => t.polarity],
  ['domain', (t) => t.domainName],
  ['summary', (t) => t.summary || ''],
  ['quote_count', (t) => t.quotes.length],
];

export const QUOTE_COLUMNS = [
  ['quote_id', (r) => r.quote.id],
  ['theme', (r) => r.theme.name],
  ['theme_code', (r) => r.theme.code || ''],
  ['participant', (r) => (r.quote.participant ? r.quote.participant.label : '')],
  ['site', (r) => (r.quote.participant && r.quote.participant.site) || ''],
  ['location', (r) => r.quote.location || ''],
  ['polarity', (r) => r.quote.polarity || r.theme.polarity],
  ['text', (r) => r.quote.text],
];

async function exportText(id, format) {
  const data = await gql(EXPORT_QUERY, { id, format });
  if (data.exportStudy === null) throw new Error(`no study '${id}'`);
  return data.exportStudy;
}

/** The download buttons' items for one study (as the explorer loaded it). */
export function studyDownloads(study) {
  const names = new Map(study.domains.map((d) => [d.id, d.name]));
  const themes = study.themes.map((t) => ({ ...t, domainName: t.domain ? names.get(t.domain.id) || '' : '' }));
  const base = fileName(study.id);
  return [
    { label: 'YAML', format: 'yaml', run: async () => downloadText(`${base}.yaml`, await exportText(study.id, 'YAML'), 'application/yaml') },
    { label: 'JSON', format: 'json', run: async () => downloadText(`${base}.json`, await exportText(study.id, 'JSON'), 'application/json') },
    { label: 'REFI-QDA (.qdpx)', format: 'qdpx', run: () => downloadFrom(`/studies/${encodeURIComponent(study.id)}/export.qdpx`, `${base}.qdpx`) },
    { label: 'Themes (CSV)', format: 'themes-csv', run: () => downloadText(`${base}-themes.csv`, recordsToCsv(themes, THEME_COLUMNS), 'text/csv') },
    { label: 'Quotes (CSV)', format: 'quotes-csv', run: () => downloadText(`${base}-quotes.csv`, recordsToCsv(themes.flatMap((theme) => theme.quotes.map((quote) => ({ theme, quote }))), QUOTE_COLUMNS), 'text/csv') },
  ];
}
