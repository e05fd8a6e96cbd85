// The import page, for editors: choose a study file (and a mapping file), check it with validateStudy (which
// writes nothing) and see its problems with their places, then import it with importStudy and see what changed.
// Files go up as GraphQL multipart requests with the editor's key.
import { gql, GraphQLError } from './api.js';
import { el, clear } from './dom.js';
import { storedKey as editorKey, storeKey as setEditorKey, authHeaders } from './key.js';
import { multipartParts, placeOf } from './upload/multipart.js';

const VALIDATE = `mutation ValidateStudy($file: StudyFileInput!) {
  validateStudy(file: $file) { valid studyId title contents notes problems { path message line column } storedStudy { id title } }
}`;

const IMPORT = `mutation ImportStudy($file: StudyFileInput!) {
  importStudy(file: $file) { studyId change summary droppedLinks notes }
}`;

const STUDIES = `query UploadStudies { studies(first: 100) { totalCount nodes { id title year } } }`;

const $ = (id) => document.getElementById(id);
let checked = null; // The files that passed the check, as they were chosen.

function setStatus(text, isError = false) {
  const status = $('status');
  status.hidden = !text;
  status.textContent = text || '';
  status.classList.toggle('error', isError);
}

/** Posts one operation with the chosen file (and mapping) as a GraphQL multipart request; returns its data. */
async function upload(query, file, mapping) {
  const files = [{ path: 'file.content', file }];
  if (mapping) files.push({ path: 'file.mapping', file: mapping });
  const { operations, map, parts } = multipartParts(query, { file: { name: file.name } }, files);
  const form = new FormData();
  form.append('operations', operations);
  form.append('map', map);
  for (const [name, part] of parts) form.append(name, part, part.name);
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { accept: 'application/json', 'GraphQL-Require-Preflight': '1', ...authHeaders() },
    body: form,
  });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new Error(`The service answered ${response.status} ${response.statusText} without JSON.`);
  }
  if (body.errors && body.errors.length) throw new GraphQLError(body.errors);
  return body.data;
}

function explain(error) {
  const codes = (error.errors || []).map((e) => e.extensions && e.extensions.code);
  if (codes.includes('UNAUTHENTICATED') || codes.includes('FORBIDDEN')) {
    return `${error.message} Enter an editor key above.`;
  }
  return error.message;
}

function showKeyState() {
  $('key-state').textContent = editorKey()
    ? 'A key is set for this tab; it is sent with the check and the import.'
    : 'No key set: checking and importing need an editor key.';
}

function chosen() {
  return { file: $('file-input').files[0] || null, mapping: $('mapping-input').files[0] || null };
}

function resetCheck() {
  checked = null;
  $('import-button').disabled = true;
  $('validation').hidden = true;
}

async function check(event) {
  event.preventDefault();
  const { file, mapping } = chosen();
  resetCheck();
  $('result').hidden = true;
  if (!file) {
    setStatus('Choose a study file first.', true);
    return;
  }
  setStatus(`Checking ${file.name}…`);
  try {
    const { validateStudy: v } = await upload(VALIDATE, file, mapping);
    showValidation(file, v);
    setStatus('');
    if (v.valid) checked = { file, mapping };
    $('import-button').disabled = !v.valid;
  } catch (error) {
    setStatus(`The check could not run: ${explain(error)}`, true);
  }
}

function showValidation(file, v) {
  const section = $('validation');
  section.hidden = false;
  section.dataset.valid = String(v.valid);
  const summary = clear($('validation-summary'));
  if (v.valid) {
    summary.append(el('span', { class: 'badge ok' }, 'valid'), ` ${file.name}: study `, el('strong', {}, v.studyId),
      v.title ? ` (“${v.title}”)` : '', v.contents ? `, ${v.contents}.` : '.',
      v.storedStudy ? ` An import replaces the stored study “${v.storedStudy.title}” with the same id.` : ' No stored study has this id: an import creates it.');
  } else {
    summary.append(el('span', { class: 'badge problem' }, 'not valid'),
      ` ${file.name} has ${v.problems.length} problem${v.problems.length === 1 ? '' : 's'}; nothing was written. Correct the file and check it again.`);
  }
  const rows = clear($('problem-table').querySelector('tbody'));
  for (const p of v.problems) {
    rows.append(el('tr', { 'data-path': p.path }, el('td', { class: 'place' }, placeOf(p)), el('td', { class: 'message' }, p.message)));
  }
  $('problems').hidden = v.problems.length === 0;
  const notes = clear($('notes-list'));
  for (const note of v.notes) notes.append(el('li', {}, note));
  $('notes').hidden = v.notes.length === 0;
}

async function runImport() {
  if (!checked) return;
  const { file, mapping } = checked;
  $('import-button').disabled = true;
  setStatus(`Importing ${file.name}…`);
  try {
    const { importStudy: r } = await upload(IMPORT, file, mapping);
    showResult(r);
    setStatus('');
    await listStudies(r.studyId);
  } catch (error) {
    setStatus(`Nothing was imported: ${explain(error)}`, true);
    $('import-button').disabled = false;
  }
}

function showResult(r) {
  const section = $('result');
  section.hidden = false;
  section.dataset.change = r.change;
  clear($('result-summary')).append(el('span', { class: 'badge ok' }, r.change.toLowerCase()), ' ', r.summary.split('\n')[0]);
  if (r.droppedLinks.length) $('result-summary').append(el('br'), `Links not kept: ${r.droppedLinks.join('; ')}`);
  const id = encodeURIComponent(r.studyId);
  clear($('result-links')).append(el('a', { href: `/study.html?id=${id}` }, 'Open the study'), ' · ', el('a', { href: `/?study=${id}` }, 'See its cogs'));
}

async function listStudies(highlight = '') {
  const list = $('study-list');
  try {
    const data = await gql(STUDIES, {}, { headers: authHeaders() });
    clear(list);
    for (const s of data.studies.nodes) {
      list.append(el('li', { 'data-study': s.id, class: s.id === highlight ? 'just-imported' : '' },
        el('a', { href: `/study.html?id=${encodeURIComponent(s.id)}` }, s.title),
        el('span', { class: 'muted small' }, ` ${s.id}${s.year ? ` · ${s.year}` : ''}`),
        s.id === highlight ? el('span', { class: 'badge ok' }, 'just imported') : ''));
    }
    if (data.studies.nodes.length === 0) list.append(el('li', { class: 'muted' }, 'The graph holds no study yet.'));
    list.dataset.count = String(data.studies.totalCount);
  } catch (error) {
    clear(list).append(el('li', { class: 'muted' }, `Could not list the studies: ${explain(error)}`));
  }
}

function start() {
  showKeyState();
  $('key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    setEditorKey($('key-input').value);
    $('key-input').value = '';
    showKeyState();
    listStudies();
  });
  $('key-forget').addEventListener('click', () => {
    setEditorKey('');
    showKeyState();
  });
  $('upload-form').addEventListener('submit', check);
  $('file-input').addEventListener('change', resetCheck);
  $('mapping-input').addEventListener('change', resetCheck);
  $('import-button').addEventListener('click', runImport);
  listStudies();
}

start();
