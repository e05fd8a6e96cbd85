// The Theme nodes that the filters match. A filter left null does not filter.
MATCH (x:Theme)
WHERE ($ids IS NULL OR x.id IN $ids)
  AND ($studyIds IS NULL OR x.studyId IN $studyIds)
  AND ($domainIds IS NULL OR x.domainId IN $domainIds)
  AND ($canonicalDomains IS NULL OR size([(x)-[:IN_DOMAIN]->(d:Domain) WHERE d.canonicalDomain IN $canonicalDomains | d]) > 0)
  AND ($polarities IS NULL OR x.polarity IN $polarities)
  AND ($code IS NULL OR toLower(x.code) = toLower(trim($code)))
  AND ($textContains IS NULL OR toLower(x.name) CONTAINS toLower($textContains) OR toLower(coalesce(x.summary, '')) CONTAINS toLower($textContains))
