// The evidence chains page's parts as DOM: outcome list, chains, evidence, intervention tree.
import { el, polarityBadge, quoteItem } from '../dom.js';
import { themeHref, studyHref } from '../links-to.js';
import { evidenceOf, interventionsOf, confidenceWords } from './model.js';

const VALENCE_WORDS = { POSITIVE: 'desired', NEGATIVE: 'harmful', MIXED: 'mixed' };
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The outcomes, each a link to the chains that lead to it; `studyTitles` (null: one study) names their studies. */
export function outcomeList(outcomes, studyTitles, currentId, hrefOf) {
  return el('ul', { class: 'outcome-list' }, ...outcomes.map((o) => el('li', { 'data-outcome': o.id },
    el('a', { href: hrefOf(o.id), 'aria-current': o.id === currentId ? 'true' : false },
      o.description),
    ' ',
    el('span', { class: `badge ${o.valence}` }, VALENCE_WORDS[o.valence] || o.valence.toLowerCase()),
    el('span', { class: 'muted small' }, ` ${plural(o.chainIds.length, 'chain')}${studyTitles ? ` · ${studyTitles.get(o.studyId) || o.studyId}` : ''}`))));
}

function step(kind, title, ...body) {
  return el('li', { class: `cmo-step ${kind}`, 'data-step': kind }, el('span', { class: 'step-kind' }, title), ...body);
}

/** One CMO configuration as a chain, with its evidence behind a disclosure. */
export function chainArticle(cmo, quotes, studyTitle) {
  const evidence = evidenceOf(cmo, quotes);
  const m = cmo.mechanism;
  const steps = el('ol', { class: 'cmo-steps', 'aria-label': 'Context, mechanism, outcome' },
    step('context', 'Context', el('p', {}, cmo.context ? cmo.context.description : 'not stated')),
    step('mechanism', 'Mechanism',
      m ? el('p', {}, el('strong', {}, m.name)) : el('p', {}, 'not stated'),
      m && m.resource ? el('p', { class: 'small' }, el('span', { class: 'muted' }, 'Resource: '), m.resource) : '',
      m && m.reasoning ? el('p', { class: 'small' }, el('span', { class: 'muted' }, 'Reasoning: '), m.reasoning) : ''),
    step('outcome', 'Outcome', cmo.outcome
      ? el('p', { 'data-outcome': cmo.outcome.id }, cmo.outcome.description, ' ', el('span', { class: `badge ${cmo.outcome.valence}` }, VALENCE_WORDS[cmo.outcome.valence] || cmo.outcome.valence))
      : el('p', {}, 'not stated')));

  const interventions = interventionsOf(cmo);
  const parts = el('dl', { class: 'meta chain-parts' });
  if (interventions.length) parts.append(el('dt', {}, 'Intervention'), el('dd', {}, interventions.map((i) => i.name).join(' · ')));
  parts.append(el('dt', {}, 'Functions'), el('dd', { 'data-field': 'functions' }, cmo.functions.length ? cmo.functions.map((f) => f.name).join(' · ') : 'none recorded'));
  parts.append(el('dt', {}, 'Activities'), el('dd', { 'data-field': 'activities' }, cmo.activities.length ? cmo.activities.map((a) => a.name).join(' · ') : 'none recorded'));

  const details = el('details', { class: 'evidence' },
    el('summary', {}, `Evidence: ${plural(cmo.themes.length, 'theme')}, ${plural(evidence.quoteCount, 'quote')}`));
  for (const { theme, quotes: qs } of evidence.themes) {
    details.append(el('article', { class: 'theme', 'data-theme': theme.id },
      el('div', { class: 'theme-head' },
        theme.code ? el('span', { class: 'theme-code' }, theme.code) : '',
        el('h4', {}, el('a', { href: themeHref(theme.id), title: 'Open the theme in the study explorer' }, theme.name)),
        polarityBadge(theme.polarity),
        el('span', { class: 'muted small' }, plural(qs.length, 'quote'))),
      qs.length ? el('ul', { class: 'quotes' }, ...qs.map((q) => quoteItem(q, theme.polarity))) : el('p', { class: 'muted small' }, 'No quotes coded to this theme.')));
  }
  if (evidence.direct.length) {
    details.append(el('h4', {}, 'Quotes given for the configuration itself'), el('ul', { class: 'quotes' }, ...evidence.direct.map((q) => quoteItem(q, null))));
  }

  return el('article', { class: 'chain panel', 'data-cmo': cmo.id, 'data-study': cmo.studyId, 'data-confidence': cmo.confidence || '' },
    el('div', { class: 'chain-head' },
      el('h3', {}, cmo.statement),
      el('span', { class: `badge confidence ${cmo.confidence || 'NONE'}` }, confidenceWords(cmo.confidence))),
    el('p', { class: 'muted small' }, el('a', { href: studyHref(cmo.studyId) }, studyTitle || cmo.studyId)),
    steps, parts, details);
}

/** Interventions as a tree: intervention → functions → activities. */
export function interventionTreeList(trees, studyTitles) {
  return el('ul', { class: 'tree' }, ...trees.map((t) => el('li', { 'data-intervention': t.id },
    el('strong', {}, t.name), studyTitles ? el('span', { class: 'muted small' }, ` · ${studyTitles.get(t.studyId) || t.studyId}`) : '',
    t.description ? el('p', { class: 'small muted' }, t.description) : '',
    el('ul', {}, ...t.functions.map((f) => el('li', { 'data-function': f.id },
      el('span', { class: 'tree-kind' }, 'Function'), ' ', f.name,
      f.activities.length ? el('ul', {}, ...f.activities.map((a) => el('li', { 'data-activity': a.id }, el('span', { class: 'tree-kind' }, 'Activity'), ' ', a.name))) : '')),
    ...(t.otherActivities.length ? [el('li', {}, el('span', { class: 'tree-kind' }, 'Activities enacting no recorded function'),
      el('ul', {}, ...t.otherActivities.map((a) => el('li', { 'data-activity': a.id }, a.name))))] : [])))));
}
