// Findings (the members of the Finding union: themes, mechanisms, CMO configurations, contexts, outcomes,
// interventions, functions and activities) as the links page asks for and shows them. Pure.

const FIELDS = {
  Theme: 'id studyId name code polarity',
  Mechanism: 'id studyId name',
  CmoConfiguration: 'id studyId statement',
  Context: 'id studyId description',
  Outcome: 'id studyId description',
  Intervention: 'id studyId name',
  Function: 'id studyId name',
  Activity: 'id studyId name',
};
export const ALL_KINDS = Object.keys(FIELDS);

/** The selection of a Finding for the given member types. */
export const findingSelection = (kinds) => `__typename ${kinds.map((k) => `... on ${k} { ${FIELDS[k]} }`).join(' ')}`;

const KIND_WORDS = {
  Theme: 'theme', Mechanism: 'mechanism', CmoConfiguration: 'CMO configuration', Context: 'context',
  Outcome: 'outcome', Intervention: 'intervention', Function: 'function', Activity: 'activity',
};
export const kindWord = (finding) => KIND_WORDS[finding.__typename] || finding.__typename;

/** A finding's words: a theme's code and name, a statement, a description or a name. */
export function findingText(finding) {
  if (finding.__typename === 'Theme') return finding.code ? `${finding.code} ${finding.name}` : finding.name;
  return finding.name || finding.statement || finding.description || finding.id || '';
}
