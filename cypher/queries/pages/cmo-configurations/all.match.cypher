// The CmoConfiguration nodes that the filters match. A filter left null does not filter.
MATCH (x:CmoConfiguration)
WHERE ($ids IS NULL OR x.id IN $ids)
  AND ($studyIds IS NULL OR x.studyId IN $studyIds)
  AND ($textContains IS NULL OR toLower(x.statement) CONTAINS toLower($textContains))
  AND ($outcomeIds IS NULL OR x.outcomeId IN $outcomeIds)
  AND ($mechanismIds IS NULL OR x.mechanismId IN $mechanismIds)
  AND ($confidences IS NULL OR x.confidence IN $confidences)
