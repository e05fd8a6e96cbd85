// The Outcome nodes of the given studies that the filters match; they are found from the studies' unique index.
// The other filters left null do not filter.
MATCH (s:Study)
USING INDEX s:Study(id)
WHERE s.id IN $studyIds
MATCH (s)-[:HAS_OUTCOME]->(x:Outcome)
WHERE ($ids IS NULL OR x.id IN $ids)
  AND ($textContains IS NULL OR toLower(x.description) CONTAINS toLower($textContains))
  AND ($valences IS NULL OR x.valence IN $valences)
