// The Function nodes of the given studies, found from the studies' unique index, bound as x. QueryCatalog adds the filters a request gives
// (this folder's <parameter>.filter.cypher, joined by AND) and then a tail; a filter left null is not in the query.
MATCH (x:StudyPart:Function)
USING INDEX x:StudyPart(studyId)
WHERE x.studyId IN $studyIds
