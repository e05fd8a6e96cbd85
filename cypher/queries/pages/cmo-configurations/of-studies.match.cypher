// The CmoConfiguration nodes of the given studies that the filters match; they are found from the studies' unique index.
// The other filters left null do not filter.
MATCH (s:Study)
USING INDEX s:Study(id)
WHERE s.id IN $studyIds
MATCH (s)-[:PROPOSES]->(x:CmoConfiguration)
WHERE ($ids IS NULL OR x.id IN $ids)
  AND ($textContains IS NULL OR toLower(x.statement) CONTAINS toLower($textContains))
  AND ($outcomeIds IS NULL OR x.outcomeId IN $outcomeIds)
  AND ($mechanismIds IS NULL OR x.mechanismId IN $mechanismIds)
  AND ($confidences IS NULL OR x.confidence IN $confidences)
