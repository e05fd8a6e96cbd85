// What the compare page asks the service: the studies; cogModel of the chosen studies pooled, with each
// study's own cogs (byStudy), the pooled notes and each pooled cog's per-study contributions; and the
// themes with quotes behind one cell of the matrix.
import { gql } from '../api.js';

const STUDIES_QUERY = `query CompareStudies {
  studies(first: 100, order: { by: YEAR, direction: DESC }) { nodes { id title year } }
}`;

const DOMAIN = 'id name canonicalDomain';
const COG = `domain { ${DOMAIN} } supports threats salience rotation direction`;

const COMPARE_QUERY = `query Compare($studyIds: [ID!]) {
  cogModel(studyIds: $studyIds) {
    unit notes pooled heaviestDomain { ${DOMAIN} }
    cogs { ${COG} contributions { study { id title } grain supports threats mixed units } }
    counted { study { id title } grain units }
    byStudy { study { id title year } unit notes heaviestDomain { ${DOMAIN} } cogs { ${COG} } }
  }
}`;

const CELL_QUERY = `query CompareCell($studyId: ID!, $canonicalDomain: String!) {
  themes(first: 200, where: { studyId: $studyId, canonicalDomain: $canonicalDomain }) {
    nodes { id code name summary polarity quotes { id text location polarity participant { id label site } } }
  }
}`;

export const fetchStudies = () => gql(STUDIES_QUERY).then((d) => d.studies.nodes);
export const fetchComparison = (studyIds) => gql(COMPARE_QUERY, { studyIds }).then((d) => d.cogModel);
export const fetchCell = (studyId, canonicalDomain) => gql(CELL_QUERY, { studyId, canonicalDomain }).then((d) => d.themes.nodes);
