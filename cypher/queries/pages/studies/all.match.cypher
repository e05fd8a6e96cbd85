// The Study nodes that the filters match. A filter left null does not filter.
MATCH (x:Study)
WHERE ($ids IS NULL OR x.id IN $ids)
  AND ($textContains IS NULL OR toLower(x.title) CONTAINS toLower($textContains) OR toLower(coalesce(x.summary, '')) CONTAINS toLower($textContains))
  AND ($yearFrom IS NULL OR x.year >= $yearFrom)
  AND ($yearTo IS NULL OR x.year <= $yearTo)
  AND ($canonicalDomains IS NULL OR size([(x)-[:HAS_DOMAIN]->(d:Domain) WHERE d.canonicalDomain IN $canonicalDomains | d]) > 0)
