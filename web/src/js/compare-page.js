// Compare studies: each study's cogs side by side on one scale (cogModel's byStudy), the pooled cogs with
// the service's notes and each study's contributions, and a matrix of canonical domains × studies whose
// cells open their evidence. ?study=A&study=B (none: every study).
import { el, clear } from './dom.js';
import { setStatus, titlesOf } from './page.js';
import { renderStudyList } from './cogs/controls.js';
import { viewModel } from './cogs/model.js';
import { fetchStudies, fetchComparison, fetchCell } from './compare/queries.js';
import { sameScaleWidths, domainMatrix, matrixRecords, MATRIX_COLUMNS } from './compare/model.js';
import { cogPicture, multipleFigure, notesList, contributionsTable, matrixTable, cellEvidence } from './compare/render.js';
import { studyHref } from './links-to.js';
import { recordsToCsv, fileName } from './export/csv.js';
import { downloadText } from './export/download.js';
import { renderDownloads } from './export/toolbar.js';

const $ = (id) => document.getElementById(id);
const state = { studies: [], selected: [], model: null, request: 0 };

async function start() {
  try {
    state.studies = await fetchStudies();
  } catch (error) {
    setStatus(`Could not load the studies: ${error.message}`, true);
    return;
  }
  if (state.studies.length === 0) {
    setStatus('The graph holds no study yet.');
    return;
  }
  const known = new Set(state.studies.map((s) => s.id));
  const asked = new URLSearchParams(location.search).getAll('study').filter((id) => known.has(id));
  state.selected = asked.length ? asked : state.studies.map((s) => s.id);
  renderStudyList($('study-list'), state.studies, state.selected, (ids) => {
    state.selected = ids;
    refresh();
  });
  await refresh();
}

async function refresh() {
  const request = ++state.request;
  const params = new URLSearchParams();
  for (const id of state.selected) params.append('study', id);
  history.replaceState(null, '', `?${params}`);
  setStatus('Computing the cogs…');
  let model;
  try {
    model = await fetchComparison(state.selected);
  } catch (error) {
    if (request === state.request) setStatus(`Could not compare: ${error.message}`, true);
    return;
  }
  if (request !== state.request) return;
  state.model = model;
  setStatus('');
  $('compare-page').hidden = false;
  render();
}

function render() {
  const { model } = state;
  const titles = titlesOf(state.studies);
  // byStudy is empty when one study is chosen: the model itself is that study's.
  const perStudy = model.byStudy.length ? model.byStudy : [{ ...model, study: { id: state.selected[0], title: titles.get(state.selected[0]) } }];
  const pictures = [
    ...perStudy.map((m) => ({ id: m.study.id, title: m.study.title, href: studyHref(m.study.id), model: viewModel(m) })),
    ...(perStudy.length > 1 ? [{ id: 'pooled', title: `Pooled: ${perStudy.length} studies`, href: null, model: viewModel(model) }] : []),
  ];
  const drawn = pictures.map((p) => ({ ...p, ...cogPicture(p.model, `${p.title}: cogs`, (key) => openCell(p.id === 'pooled' ? null : p.id, key)) }));
  const widths = sameScaleWidths(drawn.map((d) => d.width));
  const multiples = clear($('multiples'));
  drawn.forEach((d, i) => {
    d.svg.style.width = `${widths[i]}%`;
    d.svg.dataset.scaleWidth = String(widths[i]);
    multiples.append(multipleFigure(d.svg, d));
  });

  clear($('pooled-details')).append(notesList(model.notes), el('div', { class: 'matrix-wrap', tabindex: '0', role: 'region', 'aria-label': 'Contributions (scrolls sideways on narrow screens)' }, contributionsTable(model.cogs)));
  const studies = perStudy.map((m) => m.study);
  const matrix = domainMatrix(model, studies);
  clear($('matrix-wrap')).append(matrixTable(matrix, openCell));
  renderDownloads($('compare-downloads'), 'Download:', [
    { label: 'Matrix (CSV)', format: 'matrix-csv', run: () => downloadText(`${fileName('compare', ...state.selected)}-matrix.csv`, recordsToCsv(matrixRecords(matrix), MATRIX_COLUMNS), 'text/csv') },
  ]);
}

/** Shows the evidence of one study in one canonical domain (a pooled gear: the first study with any). */
async function openCell(studyId, key) {
  const row = domainMatrix(state.model, state.model.byStudy.length ? state.model.byStudy.map((m) => m.study) : [{ id: state.selected[0] }]).rows.find((r) => r.key === key);
  const cell = row && (studyId ? row.cells.find((c) => c && c.studyId === studyId) : row.cells.find(Boolean));
  const target = studyId || (cell && cell.studyId);
  if (!target) return;
  const panel = $('cell-evidence');
  clear(panel).append(el('p', { class: 'status' }, 'Loading the evidence…'));
  panel.hidden = false;
  try {
    const themes = await fetchCell(target, key);
    cellEvidence(panel, { studyId: target, studyTitle: titlesOf(state.studies).get(target) || target, domain: row ? row.name : key, themes });
    $('cell-heading').focus();
  } catch (error) {
    clear(panel).append(el('p', { class: 'status error' }, `Could not load the evidence: ${error.message}`));
  }
}

start();
