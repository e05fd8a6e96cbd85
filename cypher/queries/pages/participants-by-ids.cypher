// One page of the Participant nodes with the given ids, and the count of all that match; the unique id index finds them.
// The other filters left null do not filter.
MATCH (x:Participant)
USING INDEX x:Participant(id)
WHERE x.id IN $ids
  AND ($studyIds IS NULL OR x.studyId IN $studyIds)
  AND ($labels IS NULL OR toLower(x.label) IN $labels)
  AND ($sites IS NULL OR toLower(x.site) IN $sites)
WITH x, CASE $orderBy WHEN 'LABEL' THEN x.label END AS textKey, null AS numberKey
ORDER BY CASE WHEN $descending THEN null ELSE textKey END ASC, CASE WHEN $descending THEN textKey END DESC,
         CASE WHEN $descending THEN null ELSE numberKey END ASC, CASE WHEN $descending THEN numberKey END DESC,
         x.studyId, x.ordinal, x.id
WITH collect(x) AS matched
WITH size(matched) AS totalCount, matched[$skip..($skip + $limit)] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS x
RETURN totalCount, x.id AS id, x.label AS label, x.site AS site, x.attributes AS attributes
