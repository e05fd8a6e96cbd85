// Hands a file to the reader: text or a Blob made here, or a file the service serves (fetched with
// the tab's key, so downloads work where anonymous reading is off).
import { authHeaders } from '../key.js';

/** Saves a Blob under a name, through a temporary link (the browser's own download). */
export function downloadBlob(name, blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const downloadText = (name, text, type) => downloadBlob(name, new Blob([text], { type }));

/** Fetches a file of the service and saves it; throws with the service's message when refused. */
export async function downloadFrom(path, name) {
  const response = await fetch(path, { headers: authHeaders() });
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      const body = await response.json();
      if (body.error && body.error.message) message = body.error.message;
    } catch {
      // Not JSON: the status says enough.
    }
    throw new Error(message);
  }
  downloadBlob(name, await response.blob());
}
