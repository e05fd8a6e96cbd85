// The editor's API key for the pages that write: kept in this tab's session storage only, sent only to this
// service (same origin) as `Authorization: Bearer ...`. Read-only pages send no key.

const STORAGE_KEY = 'realist.editorKey';

function storage() {
  try {
    return window.sessionStorage;
  } catch {
    return null; // Storage blocked: the key lives as long as the page.
  }
}

let memoryKey = '';

export function editorKey() {
  return storage()?.getItem(STORAGE_KEY) || memoryKey;
}

export function setEditorKey(key) {
  memoryKey = key.trim();
  if (memoryKey) storage()?.setItem(STORAGE_KEY, memoryKey);
  else storage()?.removeItem(STORAGE_KEY);
}

/** Headers that carry the key, or none when no key is set. */
export function authHeaders() {
  const key = editorKey();
  return key ? { authorization: `Bearer ${key}` } : {};
}
