// Findings (the members of the Finding union) as the links page asks for and shows them. The union is
// growing (issue 10's synthesis work adds contexts, outcomes, interventions, functions and activities to
// themes, mechanisms and CMO configurations), so a query is first sent with every kind and, when the
// service does not know them yet, again with the three it has always had. Pure apart from `gqlCompatible`.
import { gql, GraphQLError } from '../api.js';

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
export const FIRST_KINDS = ['Theme', 'Mechanism', 'CmoConfiguration'];

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

// Validation codes that mean "this service's schema is older than the query", not a bad request.
const OLDER_SCHEMA = new Set(['POSSIBLE_FRAGMENT_SPREADS', 'FIELDS_ON_CORRECT_TYPE', 'KNOWN_ARGUMENT_NAMES', 'KNOWN_TYPE_NAMES',
  'VARIABLES_IN_ALLOWED_POSITION', 'ARGUMENTS_OF_CORRECT_TYPE', 'PROVIDED_REQUIRED_ARGUMENTS', 'VALUES_OF_CORRECT_TYPE']);

export const isOlderSchema = (error) =>
  error instanceof GraphQLError && error.errors.length > 0 && error.errors.every((e) => OLDER_SCHEMA.has(e.extensions && e.extensions.code));

/** Runs `newer` (query, variables); if the service's schema does not know its fields yet, runs `older` instead. */
export async function gqlCompatible(newer, older) {
  try {
    return { data: await gql(...newer), newer: true };
  } catch (error) {
    if (!older || !isOlderSchema(error)) throw error;
    return { data: await gql(...older), newer: false };
  }
}
