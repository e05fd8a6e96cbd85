// What the links page asks the service: the studies; the links between findings (both directions for a
// study pair); the suggestions for a study or one finding; and the editors' accept and reject.
import { gql } from '../api.js';
import { findingSelection, ALL_KINDS } from './findings.js';

const STUDIES_QUERY = `query LinkStudies { studies(first: 100, order: { by: YEAR, direction: DESC }) { nodes { id title year } } }`;

const FINDING = findingSelection(ALL_KINDS);
const LINK = `id relation rationale author createdAt from { ${FINDING} } to { ${FINDING} }`;

const LINKS_QUERY = `query Links($a: ID, $b: ID) {
  forward: findingLinks(fromStudyId: $a, toStudyId: $b) { ${LINK} }
  backward: findingLinks(fromStudyId: $b, toStudyId: $a) { ${LINK} }
}`;

// Suggestions for a study or a finding, each with an id and the reason in words.
const SUGGESTIONS_QUERY = `query Suggestions($studyId: ID, $findingId: ID, $top: Int) {
  suggestedLinks(studyId: $studyId, findingId: $findingId, top: $top) {
    id score terms explanation finding { ${FINDING} } candidate { ${FINDING} }
  }
}`;

const ACCEPT = `mutation Accept($input: AcceptSuggestionInput!) { acceptSuggestion(input: $input) { ${LINK} } }`;
const REJECT = `mutation Reject($input: RejectSuggestionInput!) { rejectSuggestion(input: $input) { fromId toId reason author rejectedAt } }`;

export const fetchStudies = () => gql(STUDIES_QUERY).then((d) => d.studies.nodes);

/**
 * The links touching study `a` (or every link when none), and with `b` only those between a and b, in both
 * directions; each once.
 */
export async function fetchLinks(a, b) {
  const data = await gql(LINKS_QUERY, { a: a || null, b: b || null });
  const byId = new Map();
  for (const link of [...data.forward, ...(a ? data.backward : [])]) byId.set(link.id, link);
  return [...byId.values()];
}

/** Suggestions for a study, or for one finding (`findingId`, whose study is `studyId`). */
export const fetchSuggestions = (studyId, findingId, top = 10) =>
  gql(SUGGESTIONS_QUERY, { studyId: findingId ? null : studyId, findingId: findingId || null, top }).then((d) => d.suggestedLinks);

export const acceptSuggestion = (input) => gql(ACCEPT, { input }).then((d) => d.acceptSuggestion);
export const rejectSuggestion = (input) => gql(REJECT, { input }).then((d) => d.rejectSuggestion);
