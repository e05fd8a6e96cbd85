// The Outcome nodes that the filters match. A filter left null does not filter.
MATCH (x:Outcome)
WHERE ($ids IS NULL OR x.id IN $ids)
  AND ($studyIds IS NULL OR x.studyId IN $studyIds)
  AND ($textContains IS NULL OR toLower(x.description) CONTAINS toLower($textContains))
  AND ($valences IS NULL OR x.valence IN $valences)
