// A pattern filter (QueryCatalog adds WITH DISTINCT x after it). Leaves off the labels its relationship types imply
// (EVIDENCES ends at a finding, IN_DOMAIN at a domain): a label in the pattern lets 3.1 plan a scan of that label per
// row when its statistics say it is (nearly) empty.
MATCH (x)-[:EVIDENCES]->(t)-[:IN_DOMAIN]->(d)
WHERE d.canonicalDomain IN $canonicalDomains
