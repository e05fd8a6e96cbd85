// One page of the CmoConfiguration nodes with the given ids, and the count of all that match; the unique id index finds them.
// The other filters left null do not filter.
MATCH (x:CmoConfiguration)
USING INDEX x:CmoConfiguration(id)
WHERE x.id IN $ids
  AND ($studyIds IS NULL OR x.studyId IN $studyIds)
  AND ($textContains IS NULL OR toLower(x.statement) CONTAINS toLower($textContains))
  AND ($outcomeIds IS NULL OR x.outcomeId IN $outcomeIds)
  AND ($mechanismIds IS NULL OR x.mechanismId IN $mechanismIds)
  AND ($confidences IS NULL OR x.confidence IN $confidences)
WITH x, CASE $orderBy WHEN 'CONFIDENCE' THEN x.confidence END AS textKey, null AS numberKey
ORDER BY CASE WHEN $descending THEN null ELSE textKey END ASC, CASE WHEN $descending THEN textKey END DESC,
         CASE WHEN $descending THEN null ELSE numberKey END ASC, CASE WHEN $descending THEN numberKey END DESC,
         x.studyId, x.ordinal, x.id
WITH collect(x) AS matched
WITH size(matched) AS totalCount, matched[$skip..($skip + $limit)] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS x
RETURN totalCount, x.id AS id, x.statement AS statement, x.confidence AS confidence,
       x.contextId AS contextId, x.mechanismId AS mechanismId, x.outcomeId AS outcomeId
