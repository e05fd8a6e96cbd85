// The Function nodes with the given ids that the filters match; the unique id index finds them.
// The other filters left null do not filter.
MATCH (x:Function)
USING INDEX x:Function(id)
WHERE x.id IN $ids
  AND ($studyIds IS NULL OR x.studyId IN $studyIds)
  AND ($textContains IS NULL OR toLower(x.name) CONTAINS toLower($textContains))
