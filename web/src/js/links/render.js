// The links page's parts as DOM: a finding, a link, a suggestion with the editors' accept and reject.
import { el } from '../dom.js';
import { themeHref } from '../links-to.js';
import { kindWord, findingText } from './findings.js';
import { RELATIONS, relationWords, whySuggested, suggestionKey, findingWords } from './model.js';

/** A finding: its kind, words and study; a theme opens its place in the explorer; every finding opens its own links. */
export function findingBox(finding, studyTitles, hrefOfFinding) {
  const text = findingText(finding);
  return el('div', { class: 'finding', 'data-finding': finding.id, 'data-kind': finding.__typename },
    el('span', { class: 'kind' }, kindWord(finding)), ' ',
    finding.__typename === 'Theme' ? el('a', { href: themeHref(finding.id), title: 'Open the theme in the study explorer' }, text) : el('span', {}, text),
    el('br'),
    el('span', { class: 'muted small' }, studyTitles.get(finding.studyId) || finding.studyId || '', ' · ',
      el('a', { href: hrefOfFinding(finding.id), 'aria-label': `its links (the ${findingWords(finding)})` }, 'its links')));
}

const when = (iso) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : date.toISOString().replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC');
};

/** One link: from → relation → to, and why, who and when. */
export function linkItem(link, studyTitles, hrefOfFinding) {
  return el('li', { class: 'finding-link panel', 'data-link': link.id, 'data-relation': link.relation, 'data-from': link.from.id, 'data-to': link.to.id },
    findingBox(link.from, studyTitles, hrefOfFinding),
    el('span', { class: 'relation' }, relationWords(link.relation), ' →'),
    findingBox(link.to, studyTitles, hrefOfFinding),
    el('p', { class: 'link-meta' }, el('q', { class: 'rationale' }, link.rationale), ' ', el('span', { class: 'author' }, `— ${link.author}`), `, ${when(link.createdAt)}`));
}

let formCount = 0;

/**
 * One suggestion with its reason and the editors' controls: a relation, a reason (the link's rationale when
 * accepting, the reason for rejecting), the author. `onAccept`/`onReject` get the suggestion and the form's values.
 */
export function suggestionItem(s, studyTitles, hrefOfFinding, { author, onAccept, onReject }) {
  const n = ++formCount;
  const relation = el('select', { id: `relation-${n}`, name: 'relation' }, ...RELATIONS.map((r) => el('option', { value: r }, relationWords(r))));
  relation.value = 'SIMILAR_TO';
  const reason = el('textarea', { id: `reason-${n}`, name: 'reason', rows: '2', required: true }, whySuggested(s));
  const who = el('input', { id: `author-${n}`, name: 'author', type: 'text', value: author, autocomplete: 'name', required: true });
  const problem = el('p', { class: 'status error small', role: 'alert', hidden: true });
  const values = () => ({ relation: relation.value, reason: reason.value.trim(), author: who.value.trim() });
  const act = (handler) => async () => {
    problem.hidden = true;
    const v = values();
    if (!v.reason || !v.author) {
      problem.textContent = 'Give a reason and your name first.';
      problem.hidden = false;
      return;
    }
    try {
      await handler(s, v);
    } catch (error) {
      problem.textContent = error.message;
      problem.hidden = false;
    }
  };
  const accept = el('button', { type: 'button', class: 'accept', 'aria-label': `Accept: link the ${findingWords(s.finding)} to the ${findingWords(s.candidate)}` }, 'Accept');
  const reject = el('button', { type: 'button', class: 'reject', 'aria-label': `Reject the suggestion to link the ${findingWords(s.finding)} to the ${findingWords(s.candidate)}` }, 'Reject');
  accept.addEventListener('click', act(onAccept));
  reject.addEventListener('click', act(onReject));
  return el('li', { class: 'finding-link panel suggestion', 'data-suggestion': suggestionKey(s), 'data-from': s.finding.id, 'data-to': s.candidate.id, 'data-score': String(s.score) },
    findingBox(s.finding, studyTitles, hrefOfFinding),
    el('span', { class: 'relation' }, `${Math.round(s.score * 100)}% alike`),
    findingBox(s.candidate, studyTitles, hrefOfFinding),
    el('p', { class: 'why' }, el('strong', {}, 'Why: '), el('span', { class: 'why-text' }, whySuggested(s))),
    el('div', { class: 'suggestion-actions' },
      el('label', { for: `relation-${n}` }, 'Relation', relation),
      el('label', { for: `reason-${n}`, class: 'grow' }, 'Rationale (accept) or reason (reject)', reason),
      el('label', { for: `author-${n}` }, 'Your name', who),
      accept, reject),
    problem);
}
