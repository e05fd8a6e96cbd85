// The Theme nodes of the given domains that the filters match; the domains' unique index finds them.
// The other filters left null do not filter.
// The patterns below leave off the labels their relationship types already imply (SPOKEN_BY ends at a participant,
// IN_DOMAIN at a domain) and test a theme with labels(): a label in a pattern lets 3.1 plan a scan of that label
// per row when its statistics say it is (nearly) empty.
MATCH (dx:Domain)
USING INDEX dx:Domain(id)
WHERE dx.id IN $domainIds
MATCH (dx)<-[:IN_DOMAIN]-(x:Theme)
WHERE ($ids IS NULL OR x.id IN $ids)
  AND ($studyIds IS NULL OR x.studyId IN $studyIds)
  AND ($domainIds IS NULL OR x.domainId IN $domainIds)
  AND ($canonicalDomains IS NULL OR size([(x)-[:IN_DOMAIN]->(d) WHERE d.canonicalDomain IN $canonicalDomains | d]) > 0)
  AND ($polarities IS NULL OR x.polarity IN $polarities)
  AND ($code IS NULL OR toLower(x.code) = toLower(trim($code)))
  AND ($textContains IS NULL OR toLower(x.name) CONTAINS toLower($textContains) OR toLower(coalesce(x.summary, '')) CONTAINS toLower($textContains))
