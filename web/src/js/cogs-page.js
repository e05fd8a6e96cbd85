// The cogs page: choose studies and a participant, draw one gear per domain, list the numbers,
// the interactions, and the themes and quotes of the cog a reader selects.
import { gql, queryFieldNames } from './api.js';
import { computeCogModel, evidenceRows, fromApiModel, formatRotation, formatPercent, directionWords, domainKey } from './cogs.js';
import { layoutCogs, gearPath, arrowPath, labelSize, splitLabel, secondsPerTurn } from './geometry.js';
import { el, clear, polarityBadge, quoteItem } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';

const STUDIES_QUERY = `query CogStudies {
  studies(first: 100, order: { by: YEAR, direction: DESC }) { totalCount nodes { id title year } }
}`;

const QUOTE_FIELDS = 'id text polarity participant { id label site }';

// One request per study (the complexity limit counts a studies(first: 100) list a hundred times over),
// cached: the participants for the picker, the themes and quotes for the details panel and for the
// computation in the browser when the service has no cogModel.
const STUDY_QUERY = `query CogStudy($id: ID!) {
  study(id: $id) {
    id title
    participants { id label site }
    themes { id code name summary polarity domain { id name canonicalDomain } quotes { ${QUOTE_FIELDS} } }
    interactions { kind description from { id name canonicalDomain } to { id name canonicalDomain } }
  }
}`;

const COG_MODEL_QUERY = `query CogModel($studyIds: [ID!], $participantId: ID) {
  cogModel(studyIds: $studyIds, participantId: $participantId) {
    unit allTurnSameWay heaviestDomain { id name canonicalDomain }
    cogs { domain { id name canonicalDomain } supports threats salience rotation direction themes { id } }
    interactions { from { id name canonicalDomain } to { id name canonicalDomain } kind source description participantCount participants { id label site } }
  }
}`;

const studyCache = new Map();
function loadStudy(id) {
  if (!studyCache.has(id)) {
    const pending = gql(STUDY_QUERY, { id }).then((d) => d.study);
    pending.catch(() => studyCache.delete(id));
    studyCache.set(id, pending);
  }
  return studyCache.get(id);
}
const selectedStudies = () => Promise.all(state.selected.map(loadStudy));

const state = {
  studies: [],
  selected: [],
  participant: '',
  hasCogModel: null,
  model: null,
  layout: null,
  selectedKey: null,
  request: 0,
};

const $ = (id) => document.getElementById(id);
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
let paused = reducedMotion.matches;

function readUrl() {
  const params = new URLSearchParams(location.search);
  return { studies: params.getAll('study'), participant: params.get('participant') || '' };
}

function writeUrl() {
  const params = new URLSearchParams();
  for (const id of state.selected) params.append('study', id);
  if (state.participant) params.set('participant', state.participant);
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

function setStatus(text, isError = false) {
  const status = $('status');
  status.hidden = !text;
  status.textContent = text || '';
  status.classList.toggle('error', isError);
}

async function start() {
  wireMotionToggle();
  try {
    const [fields, data] = await Promise.all([queryFieldNames().catch(() => new Set()), gql(STUDIES_QUERY)]);
    state.hasCogModel = fields.has('cogModel');
    state.studies = data.studies.nodes;
  } catch (error) {
    setStatus(`Could not load the studies: ${error.message}`, true);
    return;
  }
  if (state.studies.length === 0) {
    setStatus('The graph holds no study yet. Import one (./realist import FILE) or start the service with Realist__LoadSamples=true.');
    return;
  }
  const fromUrl = readUrl();
  const known = new Set(state.studies.map((s) => s.id));
  state.selected = fromUrl.studies.filter((id) => known.has(id));
  if (state.selected.length === 0) state.selected = [state.studies[0].id];
  state.participant = fromUrl.participant;
  renderStudyList();
  await loadParticipants();
  await refresh();
}

function renderStudyList() {
  const list = clear($('study-list'));
  for (const study of state.studies) {
    const box = el('input', { type: 'checkbox', name: 'study', value: study.id, checked: state.selected.includes(study.id) });
    box.addEventListener('change', onStudiesChanged);
    list.append(el('label', {}, box, el('span', {}, study.title, study.year ? el('span', { class: 'muted' }, ` (${study.year})`) : '')));
  }
}

async function onStudiesChanged() {
  const checked = [...document.querySelectorAll('#study-list input:checked')].map((b) => b.value);
  if (checked.length === 0) {
    // At least one study: undo the last untick.
    this.checked = true;
    return;
  }
  state.selected = checked;
  await loadParticipants();
  await refresh();
}

async function loadParticipants() {
  const select = $('participant');
  select.disabled = true;
  const studies = (await selectedStudies()).filter(Boolean);
  clear(select).append(el('option', { value: '' }, 'All participants'));
  const ids = new Set();
  for (const study of studies) {
    const sorted = [...study.participants].sort((a, b) => a.label.localeCompare(b.label, 'en', { numeric: true }));
    const options = sorted.map((p) => {
      ids.add(p.id);
      return el('option', { value: p.id }, p.site ? `${p.label} (site ${p.site})` : p.label);
    });
    if (studies.length > 1) select.append(el('optgroup', { label: study.title }, ...options));
    else select.append(...options);
  }
  if (!ids.has(state.participant)) state.participant = '';
  select.value = state.participant;
  select.disabled = false;
  select.onchange = async () => {
    state.participant = select.value;
    await refresh();
  };
}

async function refresh() {
  const request = ++state.request;
  writeUrl();
  setStatus('Computing the cogs…');
  let model;
  try {
    model = await fetchModel();
  } catch (error) {
    if (request === state.request) setStatus(`Could not compute the cogs: ${error.message}`, true);
    return;
  }
  if (request !== state.request) return; // a newer choice is on its way
  state.model = model;
  if (!model.cogs.some((c) => c.salience > 0)) {
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

async function fetchModel() {
  const participantId = state.participant || null;
  const studies = (await selectedStudies()).filter(Boolean);
  for (const theme of studies.flatMap((s) => s.themes)) if (theme.domain) domainNames.set(theme.domain.id, theme.domain.name);
  if (state.hasCogModel) {
    try {
      const data = await gql(COG_MODEL_QUERY, { studyIds: state.selected, participantId });
      const model = fromApiModel(data.cogModel, studies.flatMap((s) => s.themes));
      model.source = 'api';
      return model;
    } catch (error) {
      console.warn('cogModel failed; computing the cogs in the browser instead', error);
      state.hasCogModel = false;
    }
  }
  // The authors' stated interactions stay in view for one participant too, as cogModel does.
  const stated = studies.flatMap((s) => s.interactions || []);
  const model = computeCogModel(evidenceRows(studies, participantId), stated);
  model.source = 'browser';
  return model;
}

function render() {
  const model = state.model;
  const cogs = model.cogs;
  renderSummary(model);
  state.layout = layoutCogs(cogs.map((c) => ({ key: c.key, salience: c.salience, rotation: c.rotation })));
  renderSvg(cogs, state.layout);
  renderCogTable(cogs);
  renderInteractions(model.interactions);
  $('source-note').dataset.source = model.source;
  $('source-note').textContent =
    (model.unit === 'THEMES' ? 'Counted in themes (this choice has no quotes). ' : 'Counted in quotes. ') +
    (model.source === 'api' ? 'Computed by the service (cogModel).' : 'Computed in the browser from the studies’ themes and quotes, by the cogModel rules.');
  renderDetails();
}

function renderSummary(model) {
  const who = state.participant ? `participant ${participantLabel(state.participant)}` : state.selected.length > 1 ? `${state.selected.length} studies pooled` : 'all participants';
  const heaviest = model.heaviestDomain ? model.heaviestDomain.name : 'none';
  const line = clear($('summary-line'));
  line.append(
    el('span', {}, `${model.cogs.length} cogs for ${who}. `),
    el('span', {}, 'Heaviest: ', el('strong', {}, heaviest), '. '),
    el('span', {}, model.allTurnSameWay ? 'All cogs turn the same way.' : 'The cogs do not all turn the same way.'),
  );
}

function participantLabel(id) {
  const option = $('participant').querySelector(`option[value="${CSS.escape(id)}"]`);
  return option ? option.textContent : id;
}

function renderSvg(cogs, layout) {
  const svg = clear($('cogs-svg'));
  const { x, y, width, height } = layout.viewBox;
  svg.setAttribute('viewBox', `${x} ${y} ${width} ${height}`);
  svg.setAttribute('data-cog-count', String(cogs.length));
  const desc = document.createElementNS(SVG, 'desc');
  desc.textContent = cogs
    .map((c) => `${c.domain.name}: ${formatPercent(c.salience)} of the evidence, ${c.supports} supports and ${c.threats} threats, ${directionWords[c.direction]}.`)
    .join(' ');
  svg.append(desc);

  layout.gears.forEach((gear, i) => {
    const cog = cogs[i];
    const g = svgEl('g', {
      class: 'cog',
      transform: `translate(${gear.x} ${gear.y})`,
      'data-domain': cog.key,
      'data-direction': cog.direction,
      'data-rotation': String(cog.rotation),
      'data-salience': String(cog.salience),
      'data-radius': String(gear.pitch),
      'data-teeth': String(gear.teeth),
      'data-speed': String(gear.speedDeg),
      role: 'button',
      tabindex: '0',
      'aria-pressed': String(cog.key === state.selectedKey),
      'aria-label': `${cog.domain.name}: ${directionWords[cog.direction]}, rotation ${formatRotation(cog.rotation)}, ${formatPercent(cog.salience)} of the evidence. Show its themes and quotes.`,
    });
    const title = svgEl('title', {});
    title.textContent = `${cog.domain.name}: ${cog.supports} supports, ${cog.threats} threats, rotation ${formatRotation(cog.rotation)}, salience ${formatPercent(cog.salience)}`;
    g.append(title);
    g.append(svgEl('path', { class: 'body', d: gearPath(gear.teeth), transform: `rotate(${gear.phaseDeg})` }));
    g.append(svgEl('circle', { class: 'hub', r: String(Math.round(gear.root * 0.72)) }));
    const arrow = arrowPath(gear.root * 0.72 - 10, cog.direction);
    const spinner = svgEl('g', { class: 'spinner', 'data-speed': String(gear.speedDeg) });
    if (arrow) {
      spinner.append(svgEl('path', { class: 'arrow-arc', d: arrow.arc }), svgEl('path', { class: 'arrow-head', d: arrow.head }));
    }
    g.append(spinner);
    const size = labelSize(gear.pitch);
    const lines = splitLabel(cog.domain.name);
    const top = -((lines.length - 1) * size * 1.1) / 2 - size * 0.45;
    lines.forEach((text, n) => {
      const t = svgEl('text', { class: 'label', x: '0', y: String(Math.round(top + n * size * 1.1)), 'font-size': String(size) });
      t.textContent = text;
      g.append(t);
    });
    const value = svgEl('text', { class: 'label-value', x: '0', y: String(Math.round(top + lines.length * size * 1.1 + size * 0.35)), 'font-size': String(Math.max(10, size - 2)) });
    value.textContent = `${formatRotation(cog.rotation)} · ${formatPercent(cog.salience)}`;
    g.append(value);
    g.addEventListener('click', () => selectCog(cog.key));
    g.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        selectCog(cog.key);
      }
    });
    svg.append(g);
  });
  startAnimation();
}

function svgEl(name, attrs) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function renderCogTable(cogs) {
  const body = clear($('cog-table').tBodies[0]);
  for (const cog of cogs) {
    const name = el('button', { type: 'button', class: 'table-link', 'data-domain': cog.key }, cog.domain.name);
    name.addEventListener('click', () => selectCog(cog.key));
    body.append(
      el('tr', { 'data-domain': cog.key, class: cog.key === state.selectedKey ? 'selected' : '' },
        el('th', { scope: 'row' }, name, ' ', el('span', { class: `badge ${cog.direction}` }, cog.direction.toLowerCase())),
        el('td', { class: 'num', 'data-field': 'supports' }, String(cog.supports)),
        el('td', { class: 'num', 'data-field': 'threats' }, String(cog.threats)),
        el('td', { class: 'num', 'data-field': 'rotation' }, formatRotation(cog.rotation)),
        el('td', { class: 'num', 'data-field': 'salience' }, formatPercent(cog.salience)),
      ),
    );
  }
}

function renderInteractions(interactions) {
  const body = clear($('interaction-table').tBodies[0]);
  if (interactions.length === 0) {
    body.append(el('tr', {}, el('td', { colspan: '3', class: 'muted' }, 'None stated or observed for this choice.')));
    return;
  }
  for (const it of interactions) {
    const stated = it.source === 'STATED';
    const pair = el('div', { class: 'pair' }, stated ? `${domainName(it.from)} → ${domainName(it.to)}` : `${domainName(it.from)} ↔ ${domainName(it.to)}`);
    const first = el('td', {}, pair);
    if (it.description) first.append(el('details', { class: 'small' }, el('summary', {}, 'In the authors’ words'), el('p', {}, it.description)));
    const people = el('td', { class: 'num' });
    if (stated) people.append(el('span', { class: 'muted', title: 'Stated by the authors, not counted in participants' }, '—'));
    else {
      const labels = (it.participants || []).map((p) => p.label).join(', ');
      people.append(el('details', {}, el('summary', { 'aria-label': `${it.participantCount} participants` }, String(it.participantCount)), el('div', { class: 'small people' }, labels)));
    }
    const row = el('tr', { tabindex: '0', 'data-source': it.source, 'data-kind': it.kind, 'data-from': domainKey(it.from), 'data-to': domainKey(it.to) },
        first,
        el('td', {},
          el('span', { class: `badge ${it.kind}` }, it.kind === 'REINFORCING' ? 'reinforcing' : 'countering'), ' ',
          el('span', { class: 'badge source' }, stated ? 'stated' : 'observed')),
        people,
      );
    // Pointing at (or focusing) an interaction picks out its two cogs in the picture.
    const mark = (on) => {
      for (const g of document.querySelectorAll('#cogs-svg .cog')) {
        g.classList.toggle('linked', on && (g.dataset.domain === row.dataset.from || g.dataset.domain === row.dataset.to));
      }
    };
    row.addEventListener('mouseenter', () => mark(true));
    row.addEventListener('mouseleave', () => mark(false));
    row.addEventListener('focusin', () => mark(true));
    row.addEventListener('focusout', () => mark(false));
    body.append(row);
  }
}

// A domain's name as its study names it: an interaction may name a domain that has no cog in scope
// (e.g. for one participant), and then the service may give only its key as the name.
const domainNames = new Map();
function domainName(domain) {
  return domainNames.get(domain.id) || domain.name || domain.canonicalDomain || domain.id;
}

function selectCog(key) {
  state.selectedKey = state.selectedKey === key ? null : key;
  for (const g of document.querySelectorAll('#cogs-svg .cog')) g.setAttribute('aria-pressed', String(g.dataset.domain === state.selectedKey));
  for (const tr of document.querySelectorAll('#cog-table tbody tr')) tr.classList.toggle('selected', tr.dataset.domain === state.selectedKey);
  renderDetails();
  if (state.selectedKey) {
    // Move to the list's heading (keyboard and screen-reader users land there too).
    const panel = $('cog-details');
    panel.focus({ preventScroll: true });
    panel.scrollIntoView({ block: 'start', behavior: paused ? 'auto' : 'smooth' });
  }
}

function renderDetails() {
  const panel = $('cog-details');
  const cog = state.model && state.model.cogs.find((c) => c.key === state.selectedKey);
  if (!cog) {
    panel.hidden = true;
    clear(panel);
    return;
  }
  clear(panel);
  panel.hidden = false;
  panel.dataset.domain = cog.key;
  const who = state.participant ? ` (participant ${participantLabel(state.participant)})` : '';
  panel.append(
    el('h2', {}, `${cog.domain.name}: themes and quotes${who}`),
    el('p', { class: 'muted small' }, `${cog.supports} supports, ${cog.threats} threats, rotation ${formatRotation(cog.rotation)}, ${formatPercent(cog.salience)} of the evidence.`),
  );
  for (const theme of cog.themes) {
    const quotes = (theme.quotes || []).filter((q) => !state.participant || (q.participant && q.participant.id === state.participant));
    const article = el('article', { class: 'theme', 'data-theme': theme.id },
      el('div', { class: 'theme-head' },
        theme.code ? el('span', { class: 'theme-code' }, theme.code) : '',
        el('h3', {}, theme.name),
        polarityBadge(theme.polarity),
        el('span', { class: 'muted small' }, `${quotes.length} quote${quotes.length === 1 ? '' : 's'}`),
      ),
    );
    if (theme.summary) article.append(el('p', { class: 'theme-summary' }, theme.summary));
    if (quotes.length) article.append(el('ul', { class: 'quotes' }, ...quotes.map((q) => quoteItem(q, theme.polarity))));
    panel.append(article);
  }
}

// Animation: each cog's arrow turns at its own speed (degrees per second, clockwise positive).
// The teeth stay still: meshed gears can only turn opposite ways at linked speeds, and the evidence
// gives each domain its own direction and strength, so the arrow, not the gear, carries the motion.
let frame = 0;
let last = 0;
const angles = new Map();

function startAnimation() {
  cancelAnimationFrame(frame);
  last = 0;
  if (!paused) frame = requestAnimationFrame(tick);
  else drawAngles();
}

function tick(now) {
  const dt = last ? Math.min(0.1, (now - last) / 1000) : 0;
  last = now;
  for (const spinner of document.querySelectorAll('#cogs-svg .spinner')) {
    const key = spinner.parentNode.dataset.domain;
    const angle = ((angles.get(key) || 0) + Number(spinner.dataset.speed) * dt) % 360;
    angles.set(key, angle);
    spinner.setAttribute('transform', `rotate(${angle.toFixed(2)})`);
  }
  frame = requestAnimationFrame(tick);
}

function drawAngles() {
  for (const spinner of document.querySelectorAll('#cogs-svg .spinner')) {
    spinner.setAttribute('transform', `rotate(${(angles.get(spinner.parentNode.dataset.domain) || 0).toFixed(2)})`);
  }
}

function wireMotionToggle() {
  const button = $('motion-toggle');
  const show = () => {
    button.textContent = paused ? 'Play motion' : 'Pause motion';
    button.setAttribute('aria-pressed', String(paused));
    document.documentElement.dataset.motion = paused ? 'paused' : 'playing';
  };
  button.addEventListener('click', () => {
    paused = !paused;
    show();
    startAnimation();
  });
  reducedMotion.addEventListener('change', () => {
    paused = reducedMotion.matches;
    show();
    startAnimation();
  });
  show();
}

// Exposed for the browser tests and for anyone curious in the console.
window.realistCogs = {
  get model() { return state.model; },
  get layout() { return state.layout; },
  secondsPerTurn,
};

start();
