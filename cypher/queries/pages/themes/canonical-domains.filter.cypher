// A pattern filter (QueryCatalog adds WITH DISTINCT x after it). Leaves off the Domain label that IN_DOMAIN implies:
// a label in the pattern lets 3.1 plan a scan of that label per row when its statistics say it is (nearly) empty.
MATCH (x)-[:IN_DOMAIN]->(d)
WHERE d.canonicalDomain IN $canonicalDomains
