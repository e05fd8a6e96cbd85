// The Quote nodes of the given studies that the filters match; they are found from the studies' unique index.
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
