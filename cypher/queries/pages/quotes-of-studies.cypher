// One page of the Quote nodes of the given studies, and the count of all that match; they are found from the studies' unique index.
// The other filters left null do not filter.
MATCH (s:Study)
USING INDEX s:Study(id)
WHERE s.id IN $studyIds
MATCH (s)-[:HAS_QUOTE]->(x:Quote)
WHERE ($ids IS NULL OR x.id IN $ids)
  AND ($participantIds IS NULL OR x.participantId IN $participantIds)
  AND ($participantLabels IS NULL OR size([(x)-[:SPOKEN_BY]->(p:Participant) WHERE toLower(p.label) IN $participantLabels | p]) > 0)
  AND ($themeIds IS NULL OR size([(x)-[:EVIDENCES]->(t:Theme) WHERE t.id IN $themeIds | t]) > 0)
  AND ($canonicalDomains IS NULL OR size([(x)-[:EVIDENCES]->(t:Theme)-[:IN_DOMAIN]->(d:Domain) WHERE d.canonicalDomain IN $canonicalDomains | d]) > 0)
  AND ($polarities IS NULL OR x.polarity IN $polarities OR (x.polarity IS NULL AND size([(x)-[:EVIDENCES]->(t:Theme) WHERE t.polarity IN $polarities | t]) > 0))
  AND ($textContains IS NULL OR toLower(x.text) CONTAINS toLower($textContains))
WITH x, CASE $orderBy WHEN 'PARTICIPANT' THEN x.participantId END AS textKey, null AS numberKey
ORDER BY CASE WHEN $descending THEN null ELSE textKey END ASC, CASE WHEN $descending THEN textKey END DESC,
         CASE WHEN $descending THEN null ELSE numberKey END ASC, CASE WHEN $descending THEN numberKey END DESC,
         x.studyId, x.ordinal, x.id
WITH collect(x) AS matched
WITH size(matched) AS totalCount, matched[$skip..($skip + $limit)] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS x
RETURN totalCount, x.id AS id, x.participantId AS participantId, CASE WHEN $withText THEN x.text END AS text,
       x.location AS location, x.polarity AS polarity
