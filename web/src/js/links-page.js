// Links and suggestions: the links between findings (both directions between two studies, or everything
// touching one study or one finding), by relation, with rationale, author and time; and the service's
// suggested links for a study or a finding, which editors accept (as a link, with relation and rationale)
// or reject. ?study=A&other=B&relation=R&finding=ID.
import { el, clear } from './dom.js';
import { setStatus, titlesOf } from './page.js';
import { storedKey, storeKey } from './key.js';
import { studyOf } from './links-to.js';
import { fetchStudies, fetchLinks, fetchSuggestions, acceptSuggestion, rejectSuggestion } from './links/queries.js';
import { filterLinks, relationsIn, relationWords, LINK_COLUMNS } from './links/model.js';
import { findingText, kindWord } from './links/findings.js';
import { linkItem, suggestionItem } from './links/render.js';
import { recordsToCsv, fileName } from './export/csv.js';
import { downloadText } from './export/download.js';
import { renderDownloads } from './export/toolbar.js';

const $ = (id) => document.getElementById(id);
const AUTHOR = 'realist-author';
const state = { studies: [], study: '', other: '', relation: '', finding: '', links: [] };

function query(overrides = {}) {
  const s = { ...state, ...overrides };
  const params = new URLSearchParams();
  if (s.study) params.set('study', s.study);
  if (s.other) params.set('other', s.other);
  if (s.relation) params.set('relation', s.relation);
  if (s.finding) params.set('finding', s.finding);
  const text = params.toString();
  return text ? `?${text}` : location.pathname;
}
const hrefOfFinding = (id) => query({ finding: id, study: studyOf(id), other: '', relation: '' });

async function start() {
  const params = new URLSearchParams(location.search);
  try {
    state.studies = await fetchStudies();
  } catch (error) {
    setStatus(`Could not load the studies: ${error.message}`, true);
    return;
  }
  const known = new Set(state.studies.map((s) => s.id));
  state.finding = params.get('finding') || '';
  state.study = known.has(params.get('study')) ? params.get('study') : (state.finding ? studyOf(state.finding) : '');
  state.other = known.has(params.get('other')) ? params.get('other') : '';
  state.relation = params.get('relation') || '';
  const options = (first) => [el('option', { value: '' }, first), ...state.studies.map((s) => el('option', { value: s.id }, s.year ? `${s.title} (${s.year})` : s.title))];
  clear($('study')).append(...options('Every study'));
  clear($('other')).append(...options('Any other study'));
  $('study').value = state.study;
  $('other').value = state.other;
  $('study').addEventListener('change', () => { state.study = $('study').value; state.finding = ''; load(); });
  $('other').addEventListener('change', () => { state.other = $('other').value; state.finding = ''; load(); });
  $('relation').addEventListener('change', () => { state.relation = $('relation').value; renderLinks(); });
  $('choice').addEventListener('submit', (e) => e.preventDefault());
  wireKeyForm();
  await load();
}

function wireKeyForm() {
  const input = $('editor-key');
  const say = () => { $('key-state').textContent = storedKey() ? 'A key is in use for this tab.' : 'No key: reading only.'; };
  $('key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    storeKey(input.value);
    input.value = '';
    say();
  });
  $('key-forget').addEventListener('click', () => { storeKey(''); say(); });
  say();
}

async function load() {
  setStatus('Loading the links…');
  try {
    state.links = await fetchLinks(state.study, state.other);
  } catch (error) {
    setStatus(`Could not load the links: ${error.message}`, true);
    return;
  }
  setStatus('');
  $('links-page').hidden = false;
  renderLinks();
  await loadSuggestions();
}

function renderLinks() {
  history.replaceState(null, '', query());
  const titles = titlesOf(state.studies);
  const relation = $('relation');
  const present = relationsIn(state.links);
  if (state.relation && !present.includes(state.relation)) present.push(state.relation);
  clear(relation).append(el('option', { value: '' }, 'Any relation'), ...present.map((r) => el('option', { value: r }, relationWords(r))));
  relation.value = state.relation;

  const shown = filterLinks(state.links, { relation: state.relation, findingId: state.finding });
  const focus = clear($('finding-focus'));
  if (state.finding) {
    const f = state.links.flatMap((l) => [l.from, l.to]).find((x) => x.id === state.finding);
    focus.append('Links of the ', f ? `${kindWord(f)} “${findingText(f)}”` : state.finding, '. ', el('a', { href: query({ finding: '' }) }, 'Show every link'));
  }
  const pair = state.study && state.other ? `between the two studies, both ways` : state.study ? 'from or to this study' : 'between any studies';
  $('links-count').textContent = `${shown.length} link${shown.length === 1 ? '' : 's'} ${pair}${state.relation ? `, ${relationWords(state.relation)}` : ''}.`;
  const list = clear($('links'));
  for (const link of shown) list.append(linkItem(link, titles, hrefOfFinding));
  if (!shown.length) list.append(el('li', { class: 'status' }, 'No link in this choice.'));
  renderDownloads($('link-downloads'), 'Download:', [
    { label: 'Links (CSV)', format: 'links-csv', run: () => downloadText(`${fileName('links', state.study, state.other, state.relation)}.csv`, recordsToCsv(shown, LINK_COLUMNS), 'text/csv') },
  ]);
}

async function loadSuggestions() {
  const list = clear($('suggestions'));
  const scope = state.finding || state.study;
  $('suggestions-scope').textContent = state.finding ? 'for this finding' : state.study ? `for ${titlesOf(state.studies).get(state.study)}` : '';
  if (!scope) {
    list.append(el('li', { class: 'muted' }, 'Choose a study (or a finding’s links) to see what the service suggests linking.'));
    return;
  }
  let suggestions;
  try {
    suggestions = await fetchSuggestions(state.study || studyOf(state.finding), state.finding);
  } catch (error) {
    list.append(el('li', { class: 'status error' }, `Could not load the suggestions: ${error.message}`));
    return;
  }
  const titles = titlesOf(state.studies);
  const author = localStorage.getItem(AUTHOR) || '';
  for (const s of suggestions) list.append(suggestionItem(s, titles, hrefOfFinding, { author, onAccept: accept, onReject: reject }));
  if (!suggestions.length) list.append(el('li', { class: 'muted' }, 'No suggestion: nothing alike enough, or every pair is linked or rejected already.'));
  list.dataset.count = String(suggestions.length);
}

async function accept(s, { relation, reason, author }) {
  localStorage.setItem(AUTHOR, author);
  const link = await acceptSuggestion({ fromId: s.finding.id, toId: s.candidate.id, relation, rationale: reason, author });
  $('curation-status').textContent = `Linked: ${findingText(link.from)} ${relationWords(link.relation)} ${findingText(link.to)}.`;
  await load();
}

async function reject(s, { reason, author }) {
  localStorage.setItem(AUTHOR, author);
  await rejectSuggestion({ fromId: s.finding.id, toId: s.candidate.id, reason, author });
  $('curation-status').textContent = `Rejected: ${findingText(s.finding)} and ${findingText(s.candidate)} will not be suggested again.`;
  await loadSuggestions();
}

start();
