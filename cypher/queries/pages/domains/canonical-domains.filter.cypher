x.canonicalDomain IN $canonicalDomains
