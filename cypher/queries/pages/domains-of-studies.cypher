// One page of the Domain nodes of the given studies, and the count of all that match; they are found from the studies' unique index.
// The other filters left null do not filter.
MATCH (s:Study)
USING INDEX s:Study(id)
WHERE s.id IN $studyIds
MATCH (s)-[:HAS_DOMAIN]->(x:Domain)
WHERE ($ids IS NULL OR x.id IN $ids)
  AND ($canonicalDomains IS NULL OR x.canonicalDomain IN $canonicalDomains)
  AND ($textContains IS NULL OR toLower(x.name) CONTAINS toLower($textContains))
WITH x, CASE $orderBy WHEN 'NAME' THEN toLower(x.name) END AS textKey, null AS numberKey
ORDER BY CASE WHEN $descending THEN null ELSE textKey END ASC, CASE WHEN $descending THEN textKey END DESC,
         CASE WHEN $descending THEN null ELSE numberKey END ASC, CASE WHEN $descending THEN numberKey END DESC,
         x.studyId, x.ordinal, x.id
WITH collect(x) AS matched
WITH size(matched) AS totalCount, matched[$skip..($skip + $limit)] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS x
RETURN totalCount, x.id AS id, x.studyId AS studyId, x.name AS name, x.canonicalDomain AS canonicalDomain, x.description AS description
