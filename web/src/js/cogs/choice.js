// The reader's choice (studies and a participant) and its place in the address, so that a picture can
// be linked to: ?study=ID&study=ID2&participant=PID. Pure; unit-tested by node --test.

/** The choice an address asks for. */
export function parseChoice(search) {
  const params = new URLSearchParams(search);
  return { studies: params.getAll('study'), participant: params.get('participant') || '' };
}

/** The address query ('' for none) of a choice. */
export function choiceQuery({ studies, participant }) {
  const params = new URLSearchParams();
  for (const id of studies) params.append('study', id);
  if (participant) params.set('participant', participant);
  return params.toString();
}

/** The studies to show: those asked for that exist, else the first known study. */
export function knownStudies(asked, studies) {
  const known = new Set(studies.map((s) => s.id));
  const chosen = asked.filter((id) => known.has(id));
  return chosen.length > 0 || studies.length === 0 ? chosen : [studies[0].id];
}

/** The participant picker's groups: one per study (sorted by label, numbers in order), with each option's text. */
export function participantGroups(studies) {
  return studies.map((study) => ({
    title: study.title,
    options: [...study.participants]
      .sort((a, b) => a.label.localeCompare(b.label, 'en', { numeric: true }))
      .map((p) => ({ value: p.id, text: p.site ? `${p.label} (site ${p.site})` : p.label })),
  }));
}

/** Domain id -> name, from the studies' domains. */
export const domainNamesOf = (studies) => new Map(studies.flatMap((s) => (s.domains || []).map((d) => [d.id, d.name])));
