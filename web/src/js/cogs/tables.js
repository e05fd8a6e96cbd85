// The cog table and the interaction table beside the picture, from the rows model.js shapes.
import { el, clear } from '../dom.js';
import { cogRows, interactionRows } from './model.js';
import { participantHref } from '../links-to.js';

/** One row per cog; a domain's name is a button that selects its cog. */
export function renderCogTable(table, cogs, selectedKey, onSelect) {
  const body = clear(table.tBodies[0]);
  for (const row of cogRows(cogs)) {
    const name = el('button', { type: 'button', class: 'table-link', 'data-domain': row.key }, row.name);
    name.addEventListener('click', () => onSelect(row.key));
    body.append(
      el('tr', { 'data-domain': row.key, class: row.key === selectedKey ? 'selected' : '' },
        el('th', { scope: 'row' }, name, ' ', el('span', { class: `badge ${row.direction}` }, row.direction.toLowerCase())),
        ...['supports', 'threats', 'rotation', 'salience'].map((field) => el('td', { class: 'num', 'data-field': field }, row[field])),
      ),
    );
  }
}

/** Marks the selected cog's row. */
export function markSelectedRow(table, selectedKey) {
  for (const tr of table.tBodies[0].rows) tr.classList.toggle('selected', tr.dataset.domain === selectedKey);
}

/**
 * One row per interaction, stated (from → to, with the authors' words) or observed (with how many
 * participants show it, and who). `onPoint(from, to)` runs when a reader points at or focuses a
 * row, `onPoint(null, null)` when they leave it.
 */
export function renderInteractions(table, interactions, onPoint) {
  const body = clear(table.tBodies[0]);
  if (interactions.length === 0) {
    body.append(el('tr', {}, el('td', { colspan: '3', class: 'muted' }, 'None stated or observed for this choice.')));
    return;
  }
  interactionRows(interactions).forEach((it, n) => {
    const first = el('td', {}, el('div', { class: 'pair' }, it.pair));
    if (it.description) first.append(el('details', { class: 'small' }, el('summary', {}, 'In the authors’ words'), el('p', {}, it.description)));
    const people = el('td', { class: 'num' });
    if (it.participantCount === null) {
      people.append(el('span', { class: 'muted', title: 'Stated by the authors, not counted in participants' }, '—'));
    } else {
      people.append(el('details', {},
        el('summary', { 'aria-label': `${it.participantCount} participants` }, String(it.participantCount)),
        el('div', { class: 'small people' }, ...peopleLinks(interactions[n].participants))));
    }
    const row = el('tr', { tabindex: '0', 'data-source': it.source, 'data-kind': it.kind, 'data-from': it.from, 'data-to': it.to },
      first,
      el('td', {}, el('span', { class: `badge ${it.kind}` }, it.kindWord), ' ', el('span', { class: 'badge source' }, it.sourceWord)),
      people,
    );
    const on = () => onPoint(it.from, it.to);
    const off = () => onPoint(null, null);
    row.addEventListener('mouseenter', on);
    row.addEventListener('mouseleave', off);
    row.addEventListener('focusin', on);
    row.addEventListener('focusout', off);
    body.append(row);
  });
}

/** The participants' labels, each opening that participant's cogs, separated by commas. */
const peopleLinks = (participants) => participants.flatMap((p, i) => [i ? ', ' : '',
  p.id ? el('a', { href: participantHref(p.id), title: `${p.label}'s cogs` }, p.label) : p.label]);
