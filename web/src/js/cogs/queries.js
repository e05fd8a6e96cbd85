// What the cogs page asks the service: the studies, each chosen study's participants and domains
// (cached), and cogModel, whose numbers the page shows as they come.
import { gql } from '../api.js';

const STUDIES_QUERY = `query CogStudies {
  studies(first: 100, order: { by: YEAR, direction: DESC }) { totalCount nodes { id title year } }
}`;

const STUDY_QUERY = `query CogStudy($id: ID!) {
  study(id: $id) { id title participants { id label site } domains { id name canonicalDomain } }
}`;

const DOMAIN = 'id name canonicalDomain';
const QUOTE = 'id text location polarity participant { id label site }';

/** cogModel with everything the page shows: numbers, interactions, and each cog's themes with their quotes. */
export const COG_MODEL_QUERY = `query CogModel($studyIds: [ID!], $participantId: ID) {
  cogModel(studyIds: $studyIds, participantId: $participantId) {
    unit allTurnSameWay heaviestDomain { ${DOMAIN} }
    cogs {
      domain { ${DOMAIN} } supports threats salience rotation direction
      themes { id code name summary polarity quotes { ${QUOTE} } }
    }
    interactions { from { ${DOMAIN} } to { ${DOMAIN} } kind source description participantCount participants { id label site } }
  }
}`;

/** The studies for the picker, newest first. */
export const fetchStudies = () => gql(STUDIES_QUERY).then((d) => d.studies.nodes);

const studyCache = new Map();
/** One study's participants and domains; cached, and forgotten again if the request fails. */
export function loadStudy(id) {
  if (!studyCache.has(id)) {
    const pending = gql(STUDY_QUERY, { id }).then((d) => d.study);
    pending.catch(() => studyCache.delete(id));
    studyCache.set(id, pending);
  }
  return studyCache.get(id);
}

/** The service's cogs for the chosen studies and participant. */
export const fetchCogModel = (studyIds, participantId) =>
  gql(COG_MODEL_QUERY, { studyIds, participantId: participantId || null }).then((d) => d.cogModel);
