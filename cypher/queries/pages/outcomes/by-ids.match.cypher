// The Outcome nodes with the given ids that the filters match; the unique id index finds them.
// The other filters left null do not filter.
MATCH (x:Outcome)
USING INDEX x:Outcome(id)
WHERE x.id IN $ids
  AND ($studyIds IS NULL OR x.studyId IN $studyIds)
  AND ($textContains IS NULL OR toLower(x.description) CONTAINS toLower($textContains))
  AND ($valences IS NULL OR x.valence IN $valences)
