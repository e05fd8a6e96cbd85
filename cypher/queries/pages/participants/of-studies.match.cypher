// The Participant nodes of the given studies, found from the studies' unique index, bound as x. QueryCatalog adds the filters a request gives
// (this folder's <parameter>.filter.cypher, joined by AND) and then a tail; a filter left null is not in the query.
MATCH (s:Study)
USING INDEX s:Study(id)
WHERE s.id IN $studyIds
MATCH (s)-[:HAS_PARTICIPANT]->(x:Participant)
