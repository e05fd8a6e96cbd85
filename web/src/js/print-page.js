// One study's findings on paper: metadata, domains → themes → quotes, the evidence chains with their
// evidence open, and the interventions as trees. The print styles (css/workbench.css, @media print) drop
// the navigation and buttons and keep each chain, theme and quote on one page. ?id=STUDY.
import { gql } from './api.js';
import { el, clear, polarityBadge, quoteItem } from './dom.js';
import { setStatus } from './page.js';
import { fetchChains, fetchQuotes } from './chains/queries.js';
import { orderedChains, interventionTree } from './chains/model.js';
import { chainArticle, interventionTreeList } from './chains/render.js';

const STUDY_QUERY = `query PrintStudy($id: ID!) {
  study(id: $id) {
    id title authors year doi journal design sampleSize setting summary
    domains { id name description }
    themes { id code name summary polarity domain { id } quotes { id text location polarity participant { id label site } } }
  }
}`;

const $ = (id) => document.getElementById(id);

async function start() {
  const id = new URLSearchParams(location.search).get('id');
  if (!id) {
    setStatus('Name a study: /print.html?id=STUDY (the study explorer links here).', true);
    return;
  }
  let study;
  let chains;
  let quotes;
  try {
    study = (await gql(STUDY_QUERY, { id })).study;
    if (!study) {
      setStatus(`No study has the id “${id}”.`, true);
      return;
    }
    chains = await fetchChains([id]);
    const cmos = chains.cmoConfigurations.nodes;
    quotes = await fetchQuotes([...new Set(cmos.flatMap((c) => c.themes.map((t) => t.id)))], [...new Set(cmos.flatMap((c) => c.quotes.map((q) => q.id)))]);
  } catch (error) {
    setStatus(`Could not load the study: ${error.message}`, true);
    return;
  }
  document.title = `${study.title}: findings · RealistGraph`;
  $('print-title').textContent = study.title;
  $('print-authors').textContent = [(study.authors || []).join(', '), study.year, study.journal].filter(Boolean).join(' · ');
  const meta = clear($('print-meta'));
  const row = (term, value) => value !== null && value !== undefined && value !== '' && meta.append(el('dt', {}, term), el('dd', {}, String(value)));
  row('Design', study.design);
  row('Sample', study.sampleSize ? `${study.sampleSize} participants` : null);
  row('Setting', study.setting);
  row('Summary', study.summary);
  row('DOI', study.doi);

  const findings = clear($('print-findings'));
  for (const domain of study.domains) {
    const themes = study.themes.filter((t) => t.domain && t.domain.id === domain.id);
    const section = el('section', { class: 'domain-section', 'data-domain': domain.id }, el('h3', {}, domain.name));
    for (const theme of themes) {
      section.append(el('article', { class: 'theme', 'data-theme': theme.id },
        el('div', { class: 'theme-head' }, theme.code ? el('span', { class: 'theme-code' }, theme.code) : '', el('h4', {}, theme.name), polarityBadge(theme.polarity)),
        theme.summary ? el('p', { class: 'theme-summary' }, theme.summary) : '',
        theme.quotes.length ? el('ul', { class: 'quotes' }, ...theme.quotes.map((q) => quoteItem(q, theme.polarity))) : ''));
    }
    findings.append(section);
  }

  const list = clear($('print-chains'));
  const cmos = orderedChains(chains.cmoConfigurations.nodes);
  if (!cmos.length) list.append(el('p', { class: 'muted' }, 'The study states no CMO configuration.'));
  for (const cmo of cmos) {
    const article = chainArticle(cmo, quotes, study.title);
    article.querySelector('details').open = true;
    list.append(article);
  }
  const trees = chains.interventions.nodes.map(interventionTree);
  clear($('print-interventions')).append(trees.length ? interventionTreeList(trees, null) : el('p', { class: 'muted' }, 'No intervention recorded.'));
  $('print-button').addEventListener('click', () => print());
  setStatus('');
  $('print-page').hidden = false;
}

start();
