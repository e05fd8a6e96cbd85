// The Domain nodes with the given ids that the filters match; the unique id index finds them.
// The other filters left null do not filter.
MATCH (x:Domain)
USING INDEX x:Domain(id)
WHERE x.id IN $ids
  AND ($studyIds IS NULL OR x.studyId IN $studyIds)
  AND ($canonicalDomains IS NULL OR x.canonicalDomain IN $canonicalDomains)
  AND ($textContains IS NULL OR toLower(x.name) CONTAINS toLower($textContains))
