// The evidence chains page: for one study or all, each CMO configuration as context → mechanism →
// outcome with its intervention parts, confidence, and the themes and quotes behind it; the outcomes,
// each opening the chains that lead to it; the interventions as trees. ?study=ID&outcome=ID.
import { el, clear } from './dom.js';
import { setStatus, titlesOf } from './page.js';
import { fetchStudies, fetchChains, fetchQuotes } from './chains/queries.js';
import { chainsTo, outcomesWithChains, orderedChains, interventionTree, evidenceOf, chainQuoteRecords, CHAIN_COLUMNS, CHAIN_QUOTE_COLUMNS } from './chains/model.js';
import { outcomeList, chainArticle, interventionTreeList } from './chains/render.js';
import { recordsToCsv, fileName } from './export/csv.js';
import { downloadText } from './export/download.js';
import { renderDownloads } from './export/toolbar.js';

const $ = (id) => document.getElementById(id);
const state = { studies: [], study: '', outcome: '', data: null, quotes: new Map() };

function hrefFor(study, outcome) {
  const params = new URLSearchParams();
  if (study) params.set('study', study);
  if (outcome) params.set('outcome', outcome);
  const query = params.toString();
  return query ? `?${query}` : location.pathname;
}

async function start() {
  const params = new URLSearchParams(location.search);
  try {
    state.studies = await fetchStudies();
  } catch (error) {
    setStatus(`Could not load the studies: ${error.message}`, true);
    return;
  }
  const known = new Set(state.studies.map((s) => s.id));
  state.study = known.has(params.get('study')) ? params.get('study') : '';
  state.outcome = params.get('outcome') || '';
  const select = $('study');
  clear(select).append(el('option', { value: '' }, 'All studies'), ...state.studies.map((s) => el('option', { value: s.id }, s.year ? `${s.title} (${s.year})` : s.title)));
  select.value = state.study;
  select.addEventListener('change', () => {
    state.study = select.value;
    state.outcome = '';
    load();
  });
  $('outcome').addEventListener('change', (event) => {
    state.outcome = event.target.value;
    render();
  });
  await load();
}

async function load() {
  setStatus('Loading the evidence chains…');
  try {
    state.data = await fetchChains(state.study ? [state.study] : null);
    const cmos = state.data.cmoConfigurations.nodes;
    state.quotes = await fetchQuotes([...new Set(cmos.flatMap((c) => c.themes.map((t) => t.id)))], [...new Set(cmos.flatMap((c) => c.quotes.map((q) => q.id)))]);
    for (const cmo of cmos) cmo.quoteCount = evidenceOf(cmo, state.quotes).quoteCount;
  } catch (error) {
    setStatus(`Could not load the evidence chains: ${error.message}`, true);
    return;
  }
  setStatus('');
  $('chains-page').hidden = false;
  render();
}

function render() {
  const { data } = state;
  const titles = titlesOf(state.studies);
  const cmos = orderedChains(data.cmoConfigurations.nodes);
  const outcomes = outcomesWithChains(data.outcomes.nodes, cmos);
  if (state.outcome && !outcomes.some((o) => o.id === state.outcome)) state.outcome = '';
  history.replaceState(null, '', hrefFor(state.study, state.outcome));

  const outcomeSelect = $('outcome');
  clear(outcomeSelect).append(el('option', { value: '' }, 'Every outcome'), ...outcomes.map((o) => el('option', { value: o.id }, o.description)));
  outcomeSelect.value = state.outcome;

  clear($('outcomes')).append(outcomeList(outcomes, state.study ? null : titles, state.outcome, (id) => hrefFor(state.study, id)));
  for (const link of $('outcomes').querySelectorAll('a')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      state.outcome = new URLSearchParams(link.search).get('outcome') || '';
      render();
      $('chains-heading').focus();
    });
  }

  const shown = chainsTo(cmos, state.outcome);
  const chosen = outcomes.find((o) => o.id === state.outcome);
  $('chains-heading').textContent = chosen ? `Chains leading to: ${chosen.description}` : 'Every chain';
  $('chains-count').textContent = `${shown.length} of ${cmos.length} CMO configuration${cmos.length === 1 ? '' : 's'}${state.study ? '' : ' across all studies'}.`;
  const list = clear($('chains'));
  list.dataset.outcome = state.outcome;
  if (shown.length === 0) list.append(el('p', { class: 'status' }, 'No CMO configuration in this choice.'));
  for (const cmo of shown) list.append(chainArticle(cmo, state.quotes, titles.get(cmo.studyId)));

  const trees = data.interventions.nodes.map(interventionTree);
  clear($('interventions')).append(trees.length ? interventionTreeList(trees, state.study ? null : titles) : el('p', { class: 'muted' }, 'No intervention recorded.'));

  const base = fileName(state.study || 'all-studies', chosen ? 'outcome' : '', 'evidence-chains');
  renderDownloads($('chain-downloads'), 'Download:', [
    { label: 'Chains (CSV)', format: 'chains-csv', run: () => downloadText(`${base}.csv`, recordsToCsv(shown, CHAIN_COLUMNS), 'text/csv') },
    { label: 'Their quotes (CSV)', format: 'chain-quotes-csv', run: () => downloadText(`${base}-quotes.csv`, recordsToCsv(chainQuoteRecords(shown, state.quotes), CHAIN_QUOTE_COLUMNS), 'text/csv') },
  ]);
}

start();
