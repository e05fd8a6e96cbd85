// What the links page asks the service: the studies; the links between findings (both directions for a
// study pair); the suggestions for a study or one finding; and the editors' accept and reject.
import { gql } from '../api.js';
import { findingSelection, gqlCompatible, ALL_KINDS, FIRST_KINDS } from './findings.js';

const STUDIES_QUERY = `query LinkStudies { studies(first: 100, order: { by: YEAR, direction: DESC }) { nodes { id title year } } }`;

const LINK = (kinds) => `id relation rationale author createdAt from { ${findingSelection(kinds)} } to { ${findingSelection(kinds)} }`;

const linksQuery = (kinds) => `query Links($a: ID, $b: ID) {
  forward: findingLinks(fromStudyId: $a, toStudyId: $b) { ${LINK(kinds)} }
  backward: findingLinks(fromStudyId: $b, toStudyId: $a) { ${LINK(kinds)} }
}`;

// The synthesis contract: suggestions for a study or a finding, with an id and the reason in words.
const SUGGESTIONS_QUERY = `query Suggestions($studyId: ID, $findingId: ID, $top: Int) {
  # needs the synthesis schema (issue 10)
  suggestedLinks(studyId: $studyId, findingId: $findingId, top: $top) {
    id score terms explanation finding { ${findingSelection(ALL_KINDS)} } candidate { ${findingSelection(ALL_KINDS)} }
  }
}`;
// Before it: a study's suggestions only, explained by their shared terms.
const FIRST_SUGGESTIONS_QUERY = `query Suggestions($studyId: ID!, $top: Int) {
  suggestedLinks(studyId: $studyId, top: $top) {
    score terms finding { ${findingSelection(FIRST_KINDS)} } candidate { ${findingSelection(FIRST_KINDS)} }
  }
}`;

const ACCEPT = `mutation Accept($input: AcceptSuggestionInput!) { acceptSuggestion(input: $input) { ${LINK(ALL_KINDS)} } }`;
const REJECT = `mutation Reject($input: RejectSuggestionInput!) { rejectSuggestion(input: $input) { fromId toId reason author rejectedAt } }`;

export const fetchStudies = () => gql(STUDIES_QUERY).then((d) => d.studies.nodes);

/**
 * The links touching study `a` (or every link when none), and with `b` only those between a and b, in both
 * directions; each once.
 */
export async function fetchLinks(a, b) {
  const variables = { a: a || null, b: b || null };
  const { data } = await gqlCompatible([linksQuery(ALL_KINDS), variables], [linksQuery(FIRST_KINDS), variables]);
  const byId = new Map();
  for (const link of [...data.forward, ...(a ? data.backward : [])]) byId.set(link.id, link);
  return [...byId.values()];
}

/** Suggestions for a study, or for one finding (`findingId`, whose study is `studyId`). */
export async function fetchSuggestions(studyId, findingId, top = 10) {
  const { data, newer } = await gqlCompatible(
    [SUGGESTIONS_QUERY, { studyId: findingId ? null : studyId, findingId: findingId || null, top }],
    [FIRST_SUGGESTIONS_QUERY, { studyId, top: findingId ? 200 : top }]);
  const suggestions = data.suggestedLinks;
  return newer || !findingId ? suggestions : suggestions.filter((s) => s.finding.id === findingId || s.candidate.id === findingId);
}

export const acceptSuggestion = (input) => gql(ACCEPT, { input }).then((d) => d.acceptSuggestion);
export const rejectSuggestion = (input) => gql(REJECT, { input }).then((d) => d.rejectSuggestion);
