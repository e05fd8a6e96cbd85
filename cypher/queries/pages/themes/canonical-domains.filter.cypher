// Leaves off the Domain label that IN_DOMAIN implies: a label in the pattern lets 3.1 plan a scan of that label per row
// when its statistics say it is (nearly) empty.
size([(x)-[:IN_DOMAIN]->(d) WHERE d.canonicalDomain IN $canonicalDomains | d]) > 0
