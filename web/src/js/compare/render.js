// The compare page's parts as DOM: one picture of cogs (a small multiple), the notes and contributions of
// the pooled cogs, the matrix, and the evidence behind one cell.
import { el, clear, polarityBadge, quoteItem } from '../dom.js';
import { layoutCogs } from '../geometry.js';
import { pictureFrame, gearNodes, layoutInput } from '../cogs/drawing.js';
import { toSvg } from '../cogs/svg.js';
import { unitNote, formatRotation } from '../cogs/model.js';
import { themeHref, studyHref } from '../links-to.js';
import { cellWords, grainWords } from './model.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A still picture of a model's cogs (no motion); its gears call `onGear(key)` when chosen. */
export function cogPicture(model, label, onGear) {
  const layout = layoutCogs(layoutInput(model.cogs));
  const svg = document.createElementNS(SVG_NS, 'svg');
  const frame = pictureFrame(model.cogs, layout);
  for (const [name, value] of Object.entries(frame.attrs)) svg.setAttribute(name, value);
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', label);
  svg.append(toSvg(frame.desc));
  for (const gear of gearNodes(model.cogs, layout, null)) {
    const g = toSvg(gear);
    const key = gear.attrs['data-domain'];
    g.addEventListener('click', () => onGear(key));
    g.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onGear(key);
      }
    });
    svg.append(g);
  }
  return { svg, width: layout.viewBox.width };
}

/** One small multiple: the picture and what it shows. */
export function multipleFigure(picture, { id, title, href, model }) {
  return el('figure', { class: 'multiple panel', 'data-study': id },
    picture,
    el('figcaption', {},
      href ? el('a', { href }, title) : el('strong', {}, title),
      el('span', { class: 'muted' }, ` · ${model.cogs.map((c) => `${c.domain.name} ${formatRotation(c.rotation)}`).join(', ')}`),
      el('br'),
      el('span', { class: 'muted small' }, unitNote(model.unit))));
}

/** The pooled cogs' notes, as the service words them. */
export const notesList = (notes) => (notes.length
  ? el('ul', { class: 'notes', id: 'pooled-notes' }, ...notes.map((n) => el('li', {}, n)))
  : el('p', { class: 'muted small', id: 'pooled-notes' }, 'The service adds no note to these counts.'));

/** What each study adds to each pooled cog. */
export function contributionsTable(cogs) {
  const body = el('tbody');
  for (const cog of cogs) {
    for (const c of cog.contributions) {
      body.append(el('tr', { 'data-domain': cog.domain.canonicalDomain || cog.domain.id, 'data-study': c.study.id },
        el('th', { scope: 'row' }, cog.domain.name),
        el('td', {}, c.study.title),
        el('td', {}, grainWords(c.grain)),
        el('td', { class: 'num', 'data-field': 'supports' }, String(c.supports)),
        el('td', { class: 'num', 'data-field': 'threats' }, String(c.threats)),
        el('td', { class: 'num', 'data-field': 'mixed' }, String(c.mixed)),
        el('td', { class: 'num', 'data-field': 'units' }, String(c.units))));
    }
  }
  return el('table', { class: 'contributions', id: 'contributions' },
    el('caption', {}, 'What each study adds to each pooled cog'),
    el('thead', {}, el('tr', {}, ...['Cog', 'Study', 'Counted in'].map((h) => el('th', { scope: 'col' }, h)),
      ...['Supports', 'Threats', 'Mixed', 'Units'].map((h) => el('th', { scope: 'col', class: 'num' }, h)))),
    body);
}

/** The matrix of canonical domains × studies; a cell's button calls `onCell(studyId, key)`. */
export function matrixTable(matrix, onCell) {
  const head = el('tr', {}, el('th', { scope: 'col' }, 'Canonical domain'), ...matrix.columns.map((c) => el('th', { scope: 'col' }, c.title)));
  const body = el('tbody', {}, ...matrix.rows.map((row) => el('tr', { 'data-domain': row.key },
    el('th', { scope: 'row' }, row.name),
    ...row.cells.map((cell, i) => {
      if (!cell) return el('td', { class: 'empty', 'data-study': matrix.columns[i].id }, 'no evidence');
      const button = el('button', { type: 'button', 'data-study': cell.studyId, 'data-domain': row.key, 'data-supports': cell.supports, 'data-threats': cell.threats,
        'aria-label': `${matrix.columns[i].title}, ${row.name}: ${cellWords(cell)}. Show the evidence.` }, cellWords(cell));
      button.addEventListener('click', () => onCell(cell.studyId, row.key));
      return el('td', { 'data-study': cell.studyId }, button, el('span', { class: 'muted small' }, ` in ${grainWords(cell.grain)}`));
    }))));
  return el('table', { class: 'matrix', id: 'matrix' }, el('caption', {}, 'Supports and threats by canonical domain and study'), el('thead', {}, head), body);
}

/** The themes (and their quotes) of one study in one canonical domain. */
export function cellEvidence(panel, { studyId, studyTitle, domain, themes }) {
  clear(panel);
  panel.hidden = false;
  panel.dataset.study = studyId;
  panel.dataset.domain = domain;
  panel.append(el('h2', { id: 'cell-heading', tabindex: '-1' }, `${domain}: the evidence of `, el('a', { href: studyHref(studyId) }, studyTitle)));
  if (!themes.length) panel.append(el('p', { class: 'muted' }, 'No theme.'));
  for (const theme of themes) {
    panel.append(el('article', { class: 'theme', 'data-theme': theme.id },
      el('div', { class: 'theme-head' },
        theme.code ? el('span', { class: 'theme-code' }, theme.code) : '',
        el('h3', {}, el('a', { href: themeHref(theme.id), title: 'Open the theme in the study explorer' }, theme.name)),
        polarityBadge(theme.polarity),
        el('span', { class: 'muted small' }, `${theme.quotes.length} quote${theme.quotes.length === 1 ? '' : 's'}`)),
      theme.summary ? el('p', { class: 'theme-summary' }, theme.summary) : '',
      theme.quotes.length ? el('ul', { class: 'quotes' }, ...theme.quotes.map((q) => quoteItem(q, theme.polarity))) : ''));
  }
}
