// The CmoConfiguration nodes with the given ids that the filters match; the unique id index finds them.
// The other filters left null do not filter.
MATCH (x:CmoConfiguration)
USING INDEX x:CmoConfiguration(id)
WHERE x.id IN $ids
  AND ($studyIds IS NULL OR x.studyId IN $studyIds)
  AND ($textContains IS NULL OR toLower(x.statement) CONTAINS toLower($textContains))
  AND ($outcomeIds IS NULL OR x.outcomeId IN $outcomeIds)
  AND ($mechanismIds IS NULL OR x.mechanismId IN $mechanismIds)
  AND ($confidences IS NULL OR x.confidence IN $confidences)
