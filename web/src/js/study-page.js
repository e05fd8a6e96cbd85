// The study explorer: a study's metadata, then its domains → themes (with polarity) → quotes
// (with participant), narrowed by a filter box and a polarity choice.
import { gql } from './api.js';
import { el, clear, polarityBadge, quoteItem, highlighted } from './dom.js';
import { filterThemes } from './explorer.js';
import { themeAnchor } from './links-to.js';
import { studyDownloads } from './study/downloads.js';
import { renderDownloads } from './export/toolbar.js';

const INDEX_QUERY = `query StudyIndex {
  studies(first: 100, order: { by: YEAR, direction: DESC }) { totalCount nodes { id title year authors journal } }
}`;

const STUDY_QUERY = `query Study($id: ID!) {
  study(id: $id) {
    id title authors year doi journal design sampleSize setting summary
    domains { id name canonicalDomain description }
    themes { id code name summary polarity domain { id } quotes { id text location polarity participant { id label site } } }
  }
}`;

const $ = (id) => document.getElementById(id);
let study = null;

function setStatus(text, isError = false) {
  const status = $('status');
  status.hidden = !text;
  status.textContent = text || '';
  status.classList.toggle('error', isError);
}

async function start() {
  const params = new URLSearchParams(location.search);
  const id = params.get('id');
  try {
    if (!id) await showIndex();
    else await showStudy(id, params.get('q') || '', params.get('polarity') || '');
  } catch (error) {
    setStatus(`Could not load: ${error.message}`, true);
  }
}

async function showIndex() {
  const data = await gql(INDEX_QUERY);
  const list = clear($('study-index-list'));
  for (const s of data.studies.nodes) {
    list.append(el('li', { class: 'panel' },
      el('h2', {}, el('a', { href: `/study.html?id=${encodeURIComponent(s.id)}` }, s.title)),
      el('p', { class: 'muted small' }, [s.authors && s.authors.length ? `${s.authors[0]}${s.authors.length > 1 ? ' et al.' : ''}` : '', s.year, s.journal].filter(Boolean).join(' · ')),
    ));
  }
  if (data.studies.nodes.length === 0) list.append(el('li', { class: 'muted' }, 'The graph holds no study yet.'));
  setStatus('');
  $('study-index').hidden = false;
}

async function showStudy(id, q, polarity) {
  const data = await gql(STUDY_QUERY, { id });
  study = data.study;
  if (!study) {
    setStatus(`No study has the id “${id}”.`, true);
    return;
  }
  document.title = `${study.title} · RealistGraph`;
  $('study-title').textContent = study.title;
  $('study-authors').textContent = (study.authors || []).join(', ');
  const meta = clear($('study-meta'));
  const row = (term, value) => value !== null && value !== undefined && value !== '' && meta.append(el('dt', {}, term), el('dd', {}, value));
  row('Year', study.year);
  row('Published in', study.journal);
  row('Design', study.design);
  row('Sample', study.sampleSize ? `${study.sampleSize} participants` : null);
  row('Setting', study.setting);
  row('Summary', study.summary);
  row('Domains', study.domains.map((d) => d.name).join(' · '));
  const links = clear($('study-links'));
  const here = encodeURIComponent(study.id);
  links.append(el('a', { href: `/?study=${here}` }, 'See its cogs'), ' · ',
    el('a', { href: `/chains.html?study=${here}` }, 'Its evidence chains'), ' · ',
    el('a', { href: `/links.html?study=${here}` }, 'Its links'), ' · ',
    el('a', { href: `/print.html?id=${here}` }, 'Printable findings'));
  if (study.doi) links.append(' · ', el('a', { href: `https://doi.org/${study.doi}`, rel: 'noopener' }, `doi:${study.doi}`));

  $('filter-text').value = q;
  $('filter-polarity').value = polarity;
  $('filters').addEventListener('submit', (e) => e.preventDefault());
  $('filter-text').addEventListener('input', renderDomains);
  $('filter-polarity').addEventListener('change', renderDomains);
  renderDownloads($('study-downloads'), 'Download the study:', studyDownloads(study));
  setStatus('');
  $('study').hidden = false;
  renderDomains();
  showTargetTheme();
}

/** The theme the address points at (#theme-LOCALID, from links on other pages), scrolled to and outlined. */
function showTargetTheme() {
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (!target) return;
  target.classList.add('targeted');
  target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

function renderDomains() {
  const text = $('filter-text').value.trim();
  const polarity = $('filter-polarity').value;
  const params = new URLSearchParams({ id: study.id });
  if (text) params.set('q', text);
  if (polarity) params.set('polarity', polarity);
  history.replaceState(null, '', `?${params}${location.hash}`);

  const result = filterThemes(study.themes, { text, polarity });
  const container = clear($('domains'));
  for (const domain of study.domains) {
    const shown = result.themes.filter((t) => t.theme.domain && t.theme.domain.id === domain.id);
    if (shown.length === 0 && (text || polarity)) continue;
    const section = el('section', { class: 'domain-section panel', 'data-domain': domain.canonicalDomain || domain.id },
      el('h2', {}, domain.name, el('span', { class: 'count' }, `${shown.length} theme${shown.length === 1 ? '' : 's'}`)));
    if (domain.description) section.append(el('p', { class: 'muted small' }, domain.description));
    for (const { theme, quotes } of shown) {
      const article = el('article', { class: 'theme', id: themeAnchor(theme.id), 'data-theme': theme.id, 'data-polarity': theme.polarity || '' },
        el('div', { class: 'theme-head' },
          theme.code ? el('span', { class: 'theme-code' }, theme.code) : '',
          el('h3', {}, highlighted(theme.name, text)),
          polarityBadge(theme.polarity),
          el('span', { class: 'muted small' }, quotes.length === theme.quotes.length ? `${quotes.length} quote${quotes.length === 1 ? '' : 's'}` : `${quotes.length} of ${theme.quotes.length} quotes`),
        ));
      if (theme.summary) article.append(el('p', { class: 'theme-summary' }, highlighted(theme.summary, text)));
      if (quotes.length) article.append(el('ul', { class: 'quotes' }, ...quotes.map((quote) => quoteItem(quote, theme.polarity, text))));
      section.append(article);
    }
    container.append(section);
  }
  const total = study.themes.reduce((n, t) => n + t.quotes.length, 0);
  $('filter-count').textContent = `Showing ${result.themes.length} of ${study.themes.length} themes and ${result.quoteCount} of ${total} quotes.`;
  if (result.themes.length === 0) container.append(el('p', { class: 'status' }, 'Nothing matches this filter.'));
}

start();
