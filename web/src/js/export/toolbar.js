// A row of download buttons ("Take it away"), each naming its format; a failure is said beside them.
import { el, clear } from '../dom.js';

/**
 * Fills `container` with one button per item ({ label, format, run }); `run` may be async. The buttons carry
 * data-download="format" for tests and scripts.
 */
export function renderDownloads(container, heading, items) {
  const problem = el('p', { class: 'status error small', role: 'alert', hidden: true });
  const buttons = items.map((item) => {
    const button = el('button', { type: 'button', 'data-download': item.format }, item.label);
    button.addEventListener('click', async () => {
      problem.hidden = true;
      button.disabled = true;
      try {
        await item.run();
      } catch (error) {
        problem.textContent = `Could not download ${item.label}: ${error.message}`;
        problem.hidden = false;
      } finally {
        button.disabled = false;
      }
    });
    return button;
  });
  clear(container).append(el('span', { class: 'downloads-heading' }, heading), ...buttons, problem);
  container.classList.add('downloads');
}
