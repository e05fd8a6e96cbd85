// The links page's choices and words. Pure; unit-tested by node --test.
import { kindWord, findingText } from './findings.js';

/** The relations a link can have (the synthesis contract's order). */
export const RELATIONS = ['CORROBORATES', 'CONTRADICTS', 'REFINES', 'EXTENDS', 'SIMILAR_TO', 'ADDRESSES'];

export const relationWords = (relation) => relation.toLowerCase().replace(/_/g, ' ');

/** The links of one relation ('' for all) and touching one finding ('' for any), newest first. */
export function filterLinks(links, { relation = '', findingId = '' } = {}) {
  return links
    .filter((l) => !relation || l.relation === relation)
    .filter((l) => !findingId || l.from.id === findingId || l.to.id === findingId)
    .sort((x, y) => String(y.createdAt).localeCompare(String(x.createdAt)) || x.id.localeCompare(y.id));
}

/** The relations present among links, in the contract's order (unknown ones last). */
export const relationsIn = (links) => [...new Set(links.map((l) => l.relation))].sort((a, b) => (RELATIONS.indexOf(a) + 1 || 99) - (RELATIONS.indexOf(b) + 1 || 99));

/** A suggestion's reason in words: the service's explanation, else the terms the two findings share. */
export const whySuggested = (s) => s.explanation || (s.terms && s.terms.length ? `Both speak of ${s.terms.join(', ')}.` : 'Their words are alike.');

/** A stable key for a suggestion (its id where the service gives one). */
export const suggestionKey = (s) => s.id || `${s.finding.id}→${s.candidate.id}`;

/** A finding in words for accessible names: "theme 2.2 Communities of practice". */
export const findingWords = (f) => `${kindWord(f)} ${findingText(f)}`;

export const LINK_COLUMNS = [
  ['link_id', (l) => l.id],
  ['from_id', (l) => l.from.id],
  ['from_kind', (l) => kindWord(l.from)],
  ['from', (l) => findingText(l.from)],
  ['relation', (l) => l.relation],
  ['to_id', (l) => l.to.id],
  ['to_kind', (l) => kindWord(l.to)],
  ['to', (l) => findingText(l.to)],
  ['rationale', (l) => l.rationale],
  ['author', (l) => l.author],
  ['created_at', (l) => l.createdAt],
];
