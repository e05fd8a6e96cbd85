// What every page of the workbench shares: the status line, and the study titles by id.

/** Shows a message in #status (an error in red), or hides it when there is none. */
export function setStatus(text, isError = false) {
  const status = document.getElementById('status');
  status.hidden = !text;
  status.textContent = text || '';
  status.classList.toggle('error', isError);
}

export const titlesOf = (studies) => new Map(studies.map((s) => [s.id, s.title]));
