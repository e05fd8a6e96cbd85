// The Theme nodes of the given studies that the filters match; they are found from the studies' unique index.
// The other filters left null do not filter.
MATCH (s:Study)
USING INDEX s:Study(id)
WHERE s.id IN $studyIds
MATCH (s)-[:REPORTS]->(x:Theme)
WHERE ($ids IS NULL OR x.id IN $ids)
  AND ($domainIds IS NULL OR x.domainId IN $domainIds)
  AND ($canonicalDomains IS NULL OR size([(x)-[:IN_DOMAIN]->(d:Domain) WHERE d.canonicalDomain IN $canonicalDomains | d]) > 0)
  AND ($polarities IS NULL OR x.polarity IN $polarities)
  AND ($code IS NULL OR toLower(x.code) = toLower(trim($code)))
  AND ($textContains IS NULL OR toLower(x.name) CONTAINS toLower($textContains) OR toLower(coalesce(x.summary, '')) CONTAINS toLower($textContains))
