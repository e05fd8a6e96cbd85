// The Quote nodes with the given ids that the filters match; the unique id index finds them.
// The other filters left null do not filter.
// The patterns below leave off the labels their relationship types already imply (SPOKEN_BY ends at a participant,
// IN_DOMAIN at a domain) and test a theme with labels(): a label in a pattern lets 3.1 plan a scan of that label
// per row when its statistics say it is (nearly) empty.
MATCH (x:Quote)
USING INDEX x:Quote(id)
WHERE x.id IN $ids
  AND ($studyIds IS NULL OR x.studyId IN $studyIds)
  AND ($participantIds IS NULL OR x.participantId IN $participantIds)
  AND ($participantLabels IS NULL OR size([(x)-[:SPOKEN_BY]->(p) WHERE toLower(p.label) IN $participantLabels | p]) > 0)
  AND ($themeIds IS NULL OR size([(x)-[:EVIDENCES]->(t) WHERE 'Theme' IN labels(t) AND t.id IN $themeIds | t]) > 0)
  AND ($canonicalDomains IS NULL OR size([(x)-[:EVIDENCES]->(t)-[:IN_DOMAIN]->(d) WHERE d.canonicalDomain IN $canonicalDomains | d]) > 0)
  AND ($polarities IS NULL OR x.polarity IN $polarities OR (x.polarity IS NULL AND size([(x)-[:EVIDENCES]->(t) WHERE 'Theme' IN labels(t) AND t.polarity IN $polarities | t]) > 0))
  AND ($textContains IS NULL OR toLower(x.text) CONTAINS toLower($textContains))
