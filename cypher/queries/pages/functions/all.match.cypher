// The Function nodes that the filters match. A filter left null does not filter.
MATCH (x:Function)
WHERE ($ids IS NULL OR x.id IN $ids)
  AND ($studyIds IS NULL OR x.studyId IN $studyIds)
  AND ($textContains IS NULL OR toLower(x.name) CONTAINS toLower($textContains))
