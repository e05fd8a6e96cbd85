// The Domain nodes of the given studies that the filters match; they are found from the studies' unique index.
// The other filters left null do not filter.
MATCH (s:Study)
USING INDEX s:Study(id)
WHERE s.id IN $studyIds
MATCH (s)-[:HAS_DOMAIN]->(x:Domain)
WHERE ($ids IS NULL OR x.id IN $ids)
  AND ($canonicalDomains IS NULL OR x.canonicalDomain IN $canonicalDomains)
  AND ($textContains IS NULL OR toLower(x.name) CONTAINS toLower($textContains))
