// The controls above the picture: the studies' checkboxes and the participant picker.
import { el, clear } from '../dom.js';

/**
 * One checkbox per study. `onChange(ids)` gets the ticked studies; unticking the last one is undone
 * (a picture needs at least one study).
 */
export function renderStudyList(list, studies, selected, onChange) {
  clear(list);
  for (const study of studies) {
    const box = el('input', { type: 'checkbox', name: 'study', value: study.id, checked: selected.includes(study.id) });
    box.addEventListener('change', () => {
      const ticked = [...list.querySelectorAll('input:checked')].map((b) => b.value);
      if (ticked.length === 0) box.checked = true;
      else onChange(ticked);
    });
    list.append(el('label', {}, box, el('span', {}, study.title, study.year ? el('span', { class: 'muted' }, ` (${study.year})`) : '')));
  }
}

/**
 * The picker's options (choice.js's participantGroups; one optgroup per study when there are
 * several), with `current` chosen when it is among them. Returns the chosen value ('' for everyone).
 */
export function renderParticipantPicker(select, groups, current) {
  clear(select).append(el('option', { value: '' }, 'All participants'));
  for (const group of groups) {
    const options = group.options.map((o) => el('option', { value: o.value }, o.text));
    if (groups.length > 1) select.append(el('optgroup', { label: group.title }, ...options));
    else select.append(...options);
  }
  const known = groups.some((g) => g.options.some((o) => o.value === current));
  select.value = known ? current : '';
  return select.value;
}
