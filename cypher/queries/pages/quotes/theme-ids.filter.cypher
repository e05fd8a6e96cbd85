// A pattern filter (QueryCatalog adds WITH DISTINCT x after it); of-themes.match.cypher is used instead when the page
// has no ids to start from. Tests a theme with labels() rather than in the pattern: a label there lets 3.1 plan a scan
// of that label per row when its statistics say it is (nearly) empty.
MATCH (x)-[:EVIDENCES]->(t)
WHERE 'Theme' IN labels(t) AND t.id IN $themeIds
