// The comparison shaped for the page: small multiples on one scale, and the matrix of canonical domains ×
// studies read from the pooled cogs' per-study contributions. Pure; unit-tested by node --test. Every
// number is cogModel's; nothing here counts.
import { domainKey } from '../cogs/model.js';

/**
 * Each picture's width as a share of its cell, so that one unit of the layout is the same length in every
 * picture: the widest picture fills its cell, the others are narrower in proportion.
 */
export function sameScaleWidths(viewBoxWidths) {
  const widest = Math.max(...viewBoxWidths, 1);
  return viewBoxWidths.map((w) => Math.round((w / widest) * 1000) / 10);
}

/**
 * The matrix: one row per pooled cog (canonical domain), one column per study (in `studies`' order), each cell
 * the study's contribution to that cog ({ supports, threats, mixed, units, grain }) or null when it adds nothing.
 */
export function domainMatrix(pooled, studies) {
  return {
    columns: studies.map((s) => ({ id: s.id, title: s.title })),
    rows: pooled.cogs.map((cog) => ({
      key: domainKey(cog.domain),
      name: cog.domain.canonicalDomain || cog.domain.name,
      cells: studies.map((s) => {
        const c = (cog.contributions || []).find((x) => x.study.id === s.id);
        return c && c.units > 0 ? { studyId: s.id, supports: c.supports, threats: c.threats, mixed: c.mixed, units: c.units, grain: c.grain } : null;
      }),
    })),
  };
}

/** A cell in words, for its button and its accessible name. */
export const cellWords = (cell) => `${cell.supports} supports · ${cell.threats} threats`;

const GRAIN_WORDS = { QUOTES: 'quotes', THEMES: 'themes', MIXED: 'quotes and themes' };
export const grainWords = (grain) => GRAIN_WORDS[grain] || String(grain).toLowerCase();

/** The matrix as CSV rows: domain, study, supports, threats, mixed, units, grain. */
export const matrixRecords = (matrix) =>
  matrix.rows.flatMap((row) => row.cells.map((cell, i) => ({ domain: row.name, study: matrix.columns[i].id, cell })).filter((r) => r.cell));

export const MATRIX_COLUMNS = [
  ['canonical_domain', (r) => r.domain],
  ['study', (r) => r.study],
  ['supports', (r) => r.cell.supports],
  ['threats', (r) => r.cell.threats],
  ['mixed', (r) => r.cell.mixed],
  ['units', (r) => r.cell.units],
  ['grain', (r) => r.cell.grain],
];
