// The Participant nodes of the given studies that the filters match; they are found from the studies' unique index.
// The other filters left null do not filter.
MATCH (s:Study)
USING INDEX s:Study(id)
WHERE s.id IN $studyIds
MATCH (s)-[:HAS_PARTICIPANT]->(x:Participant)
WHERE ($ids IS NULL OR x.id IN $ids)
  AND ($labels IS NULL OR toLower(x.label) IN $labels)
  AND ($sites IS NULL OR toLower(x.site) IN $sites)
