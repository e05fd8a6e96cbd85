// One page of the Study nodes with the given ids, and the count of all that match; the unique id index finds them.
// The other filters left null do not filter.
MATCH (x:Study)
USING INDEX x:Study(id)
WHERE x.id IN $ids
  AND ($textContains IS NULL OR toLower(x.title) CONTAINS toLower($textContains) OR toLower(coalesce(x.summary, '')) CONTAINS toLower($textContains))
  AND ($yearFrom IS NULL OR x.year >= $yearFrom)
  AND ($yearTo IS NULL OR x.year <= $yearTo)
  AND ($canonicalDomains IS NULL OR size([(x)-[:HAS_DOMAIN]->(d:Domain) WHERE d.canonicalDomain IN $canonicalDomains | d]) > 0)
WITH x, CASE $orderBy WHEN 'TITLE' THEN toLower(x.title) WHEN 'ID' THEN x.id END AS textKey, CASE $orderBy WHEN 'YEAR' THEN x.year END AS numberKey
ORDER BY CASE WHEN $descending THEN null ELSE textKey END ASC, CASE WHEN $descending THEN textKey END DESC,
         CASE WHEN $descending THEN null ELSE numberKey END ASC, CASE WHEN $descending THEN numberKey END DESC,
         x.id, x.id
WITH collect(x) AS matched
WITH size(matched) AS totalCount, matched[$skip..($skip + $limit)] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS x
RETURN totalCount, x.id AS id, x.title AS title, x.authors AS authors, x.year AS year, x.doi AS doi, x.journal AS journal,
       x.design AS design, x.sampleSize AS sampleSize, x.setting AS setting, x.summary AS summary
