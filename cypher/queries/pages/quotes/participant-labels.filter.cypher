// A pattern filter (QueryCatalog adds WITH DISTINCT x after it). Leaves off the Participant label that SPOKEN_BY implies:
// a label in the pattern lets 3.1 plan a scan of that label per row when its statistics say it is (nearly) empty.
MATCH (x)-[:SPOKEN_BY]->(p)
WHERE toLower(p.label) IN $participantLabels
