// The cogs page: wires the reader's choice (studies, participant) to the service's cogModel and shows
// its answer as gears (cogs/drawing.js), tables (cogs/tables.js) and a selected cog's themes and
// quotes (cogs/details.js). The page's state lives here; everything it draws is derived from it.
import { layoutCogs, secondsPerTurn } from './geometry.js';
import { el, clear } from './dom.js';
import { fetchStudies, loadStudy, fetchCogModel } from './cogs/queries.js';
import { viewModel, hasEvidence, summaryParts, whoText, unitNote } from './cogs/model.js';
import { parseChoice, choiceQuery, knownStudies, participantGroups, domainNamesOf } from './cogs/choice.js';
import { pictureFrame, gearNodes, gearLabelNodes, layoutInput } from './cogs/drawing.js';
import { toSvg } from './cogs/svg.js';
import { renderCogTable, markSelectedRow, renderInteractions } from './cogs/tables.js';
import { renderDetails } from './cogs/details.js';
import { renderStudyList, renderParticipantPicker } from './cogs/controls.js';
import { createSpinners, wireMotionToggle } from './cogs/animation.js';
import { cogDownloads } from './cogs/downloads.js';
import { renderDownloads } from './export/toolbar.js';

const $ = (id) => document.getElementById(id);

const state = {
  studies: [],
  selected: [],
  participant: '',
  model: null,
  layout: null,
  selectedKey: null,
  request: 0,
};

const spinners = createSpinners($('cogs-svg'));
const isPaused = wireMotionToggle($('motion-toggle'), (paused) => spinners.start(paused));

function setStatus(text, isError = false) {
  const status = $('status');
  status.hidden = !text;
  status.textContent = text || '';
  status.classList.toggle('error', isError);
}

function writeUrl() {
  const query = choiceQuery({ studies: state.selected, participant: state.participant });
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

async function start() {
  try {
    state.studies = await fetchStudies();
  } catch (error) {
    setStatus(`Could not load the studies: ${error.message}`, true);
    return;
  }
  if (state.studies.length === 0) {
    setStatus('The graph holds no study yet. Import one (./realist import FILE) or start the service with Realist__LoadSamples=true.');
    return;
  }
  const asked = parseChoice(location.search);
  state.selected = knownStudies(asked.studies, state.studies);
  state.participant = asked.participant;
  renderStudyList($('study-list'), state.studies, state.selected, onStudiesChanged);
  await loadParticipants();
  await refresh();
}

async function onStudiesChanged(ids) {
  state.selected = ids;
  await loadParticipants();
  await refresh();
}

const chosenStudies = async () => (await Promise.all(state.selected.map(loadStudy))).filter(Boolean);

async function loadParticipants() {
  const select = $('participant');
  select.disabled = true;
  state.participant = renderParticipantPicker(select, participantGroups(await chosenStudies()), state.participant);
  select.disabled = false;
}

$('participant').addEventListener('change', async (event) => {
  state.participant = event.target.value;
  await refresh();
});

async function refresh() {
  const request = ++state.request;
  writeUrl();
  setStatus('Computing the cogs…');
  let model;
  try {
    const [answer, studies] = await Promise.all([fetchCogModel(state.selected, state.participant), chosenStudies()]);
    model = viewModel(answer, domainNamesOf(studies));
  } catch (error) {
    if (request === state.request) setStatus(`Could not compute the cogs: ${error.message}`, true);
    return;
  }
  if (request !== state.request) return; // a newer choice is on its way
  state.model = model;
  if (!hasEvidence(model)) {
    setStatus('No evidence for this choice: no theme or quote falls in any domain.');
    $('cogs-layout').hidden = true;
    $('cog-details').hidden = true;
    return;
  }
  setStatus('');
  $('cogs-layout').hidden = false;
  if (!model.cogs.some((c) => c.key === state.selectedKey)) state.selectedKey = null;
  render();
}

function participantLabel() {
  const option = $('participant').selectedOptions[0];
  return state.participant && option ? option.textContent : state.participant;
}

function render() {
  const { model } = state;
  const parts = summaryParts(model, whoText({ participantLabel: state.participant && participantLabel(), studyCount: state.selected.length }));
  clear($('summary-line')).append(
    el('span', {}, parts.cogs),
    el('span', {}, 'Heaviest: ', el('strong', {}, parts.heaviest), '. '),
    el('span', {}, parts.sameWay),
  );
  state.layout = layoutCogs(layoutInput(model.cogs));
  drawPicture();
  renderCogTable($('cog-table'), model.cogs, state.selectedKey, selectCog);
  renderInteractions($('interaction-table'), model.interactions, markLinkedCogs);
  $('source-note').textContent = unitNote(model.unit);
  showDetails();
}

renderDownloads($('cog-downloads'), 'Download:', cogDownloads(() => ({
  model: state.model,
  svg: $('cogs-svg'),
  studies: state.selected,
  participant: state.participant,
  title: $('summary-line').textContent,
})));

function drawPicture() {
  const svg = clear($('cogs-svg'));
  const frame = pictureFrame(state.model.cogs, state.layout);
  for (const [name, value] of Object.entries(frame.attrs)) svg.setAttribute(name, value);
  svg.append(toSvg(frame.desc));
  for (const gear of gearNodes(state.model.cogs, state.layout, state.selectedKey)) {
    const g = toSvg(gear);
    const key = gear.attrs['data-domain'];
    g.addEventListener('click', () => selectCog(key));
    g.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        selectCog(key);
      }
    });
    svg.append(g);
  }
  for (const label of gearLabelNodes(state.model.cogs, state.layout)) svg.append(toSvg(label));
  spinners.start(isPaused());
}

/** Pointing at an interaction outlines its two cogs. */
function markLinkedCogs(from, to) {
  for (const g of document.querySelectorAll('#cogs-svg .cog')) g.classList.toggle('linked', g.dataset.domain === from || g.dataset.domain === to);
}

function selectCog(key) {
  state.selectedKey = state.selectedKey === key ? null : key;
  for (const g of document.querySelectorAll('#cogs-svg .cog')) g.setAttribute('aria-pressed', String(g.dataset.domain === state.selectedKey));
  markSelectedRow($('cog-table'), state.selectedKey);
  showDetails();
  if (state.selectedKey) {
    // Move to the list's heading (keyboard and screen-reader users land there too).
    const panel = $('cog-details');
    panel.focus({ preventScroll: true });
    panel.scrollIntoView({ block: 'start', behavior: isPaused() ? 'auto' : 'smooth' });
  }
}

function showDetails() {
  const cog = state.model && state.model.cogs.find((c) => c.key === state.selectedKey);
  renderDetails($('cog-details'), cog, { participantId: state.participant, participantLabel: participantLabel() });
}

// Exposed for anyone curious in the console.
window.realistCogs = {
  get model() { return state.model; },
  get layout() { return state.layout; },
  secondsPerTurn,
};

start();
