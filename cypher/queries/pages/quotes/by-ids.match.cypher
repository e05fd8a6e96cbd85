// The Quote nodes with the given ids that the filters match; the unique id index finds them.
// The other filters left null do not filter.
MATCH (x:Quote)
USING INDEX x:Quote(id)
WHERE x.id IN $ids
  AND ($studyIds IS NULL OR x.studyId IN $studyIds)
  AND ($participantIds IS NULL OR x.participantId IN $participantIds)
  AND ($participantLabels IS NULL OR size([(x)-[:SPOKEN_BY]->(p:Participant) WHERE toLower(p.label) IN $participantLabels | p]) > 0)
  AND ($themeIds IS NULL OR size([(x)-[:EVIDENCES]->(t:Theme) WHERE t.id IN $themeIds | t]) > 0)
  AND ($canonicalDomains IS NULL OR size([(x)-[:EVIDENCES]->(t:Theme)-[:IN_DOMAIN]->(d:Domain) WHERE d.canonicalDomain IN $canonicalDomains | d]) > 0)
  AND ($polarities IS NULL OR x.polarity IN $polarities OR (x.polarity IS NULL AND size([(x)-[:EVIDENCES]->(t:Theme) WHERE t.polarity IN $polarities | t]) > 0))
  AND ($textContains IS NULL OR toLower(x.text) CONTAINS toLower($textContains))
