// Tables as CSV (RFC 4180): a header row, then one row per record, CRLF line ends, fields quoted when
// they hold a comma, quote or line break. Text that a spreadsheet would run as a formula (starting with
// = + @ or a tab) gets a leading apostrophe. Pure; unit-tested by node --test.

const FORMULA = /^[=+@\t\r]/;

/** One field as CSV: numbers as they are, text quoted where needed. */
export function csvField(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let text = Array.isArray(value) ? value.join('; ') : String(value);
  if (FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document from column names and rows (arrays of values in the columns' order). */
export const toCsv = (columns, rows) =>
  [columns, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';

/** A CSV document from records and [column name, value of a record] pairs. */
export const recordsToCsv = (records, columns) =>
  toCsv(columns.map(([name]) => name), records.map((r) => columns.map(([, pick]) => pick(r))));

/** A file name from words: lower case, letters, digits and '-' only. */
export const fileName = (...words) =>
  words.filter(Boolean).join('-').toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 120) || 'realistgraph';
