size([(x)-[:HAS_DOMAIN]->(d:Domain) WHERE d.canonicalDomain IN $canonicalDomains | d]) > 0
