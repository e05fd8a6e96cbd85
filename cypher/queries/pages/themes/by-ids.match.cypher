// The Theme nodes with the given ids that the filters match; the unique id index finds them.
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
