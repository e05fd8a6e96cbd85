// One page of the Theme nodes with the given ids, and the count of all that match; the unique id index finds them.
// The other filters left null do not filter.
MATCH (x:Theme)
USING INDEX x:Theme(id)
WHERE x.id IN $ids
  AND ($studyIds IS NULL OR x.studyId IN $studyIds)
  AND ($domainIds IS NULL OR x.domainId IN $domainIds)
  AND ($canonicalDomains IS NULL OR size([(x)-[:IN_DOMAIN]->(d:Domain) WHERE d.canonicalDomain IN $canonicalDomains | d]) > 0)
  AND ($polarities IS NULL OR x.polarity IN $polarities)
  AND ($code IS NULL OR toLower(x.code) = toLower(trim($code)))
  AND ($textContains IS NULL OR toLower(x.name) CONTAINS toLower($textContains) OR toLower(coalesce(x.summary, '')) CONTAINS toLower($textContains))
WITH x, CASE $orderBy WHEN 'NAME' THEN toLower(x.name) WHEN 'CODE' THEN x.code END AS textKey, null AS numberKey
ORDER BY CASE WHEN $descending THEN null ELSE textKey END ASC, CASE WHEN $descending THEN textKey END DESC,
         CASE WHEN $descending THEN null ELSE numberKey END ASC, CASE WHEN $descending THEN numberKey END DESC,
         x.studyId, x.ordinal, x.id
WITH collect(x) AS matched
WITH size(matched) AS totalCount, matched[$skip..($skip + $limit)] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS x
RETURN totalCount, x.id AS id, x.domainId AS domainId, x.code AS code, x.name AS name,
       CASE WHEN $withText THEN x.summary END AS summary, x.polarity AS polarity, x.parentThemeId AS parentThemeId
