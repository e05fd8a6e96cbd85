// What the evidence chains page asks the service: the studies, each CMO configuration with its context,
// mechanism, outcome, intervention functions and activities, themes and quotes; the outcomes; the
// interventions with their functions and activities. Quotes come in a second request (by theme and by
// id), which keeps each request well under the service's cost limit.
import { gql } from '../api.js';

const STUDIES_QUERY = `query ChainStudies {
  studies(first: 100, order: { by: YEAR, direction: DESC }) { nodes { id title year } }
}`;

const CHAINS_QUERY = `query EvidenceChains($studyIds: [ID!]) {
  cmoConfigurations(first: 100, where: { studyIdIn: $studyIds }) {
    totalCount
    nodes {
      id statement confidence studyId
      context { id description }
      mechanism { id name resource reasoning }
      outcome { id description valence }
      functions { id name intervention { id name } }
      activities { id name }
      themes { id code name polarity }
      quotes { id }
    }
  }
  outcomes(first: 200, where: { studyIdIn: $studyIds }) { nodes { id description valence studyId } }
  interventions(first: 50, where: { studyIdIn: $studyIds }) {
    nodes {
      id name description studyId
      functions { id name description activities { id name } }
      activities { id name }
    }
  }
}`;

const QUOTE = 'id text location polarity participant { id label site } themes { id }';

const QUOTES_QUERY = `query ChainQuotes($themeIds: [ID!], $quoteIds: [ID!], $after: String) {
  byTheme: quotes(first: 500, after: $after, where: { themeIdIn: $themeIds }) { pageInfo { hasNextPage endCursor } nodes { ${QUOTE} } }
  byId: quotes(first: 500, where: { idIn: $quoteIds }) { nodes { ${QUOTE} } }
}`;

export const fetchStudies = () => gql(STUDIES_QUERY).then((d) => d.studies.nodes);

/** The chains, outcomes and interventions of the studies (null: all). */
export const fetchChains = (studyIds) => gql(CHAINS_QUERY, { studyIds });

/** Every quote of the themes and every quote named by id, following pages. */
export async function fetchQuotes(themeIds, quoteIds) {
  const quotes = new Map();
  if (themeIds.length === 0 && quoteIds.length === 0) return quotes;
  let after = null;
  for (;;) {
    const data = await gql(QUOTES_QUERY, { themeIds, quoteIds: after ? [] : quoteIds, after });
    for (const q of [...data.byTheme.nodes, ...data.byId.nodes]) quotes.set(q.id, q);
    if (!data.byTheme.pageInfo.hasNextPage) return quotes;
    after = data.byTheme.pageInfo.endCursor;
  }
}
