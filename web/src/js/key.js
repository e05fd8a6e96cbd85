// The reader's API key for this browser tab (sessionStorage: gone when the tab closes), sent as
// `Authorization: Bearer` with every request. Editors need one for the curation buttons; readers need
// one only where the service does not allow anonymous reading.
const STORAGE = 'realist-api-key';

export function storedKey() {
  try {
    return sessionStorage.getItem(STORAGE) || '';
  } catch {
    return '';
  }
}

export function storeKey(key) {
  const value = (key || '').trim();
  if (value) sessionStorage.setItem(STORAGE, value);
  else sessionStorage.removeItem(STORAGE);
}

/** The Authorization header for the stored key, or none. */
export const authHeaders = () => (storedKey() ? { authorization: `Bearer ${storedKey()}` } : {});
