// The themes the cogs of the named studies count or list, in evidence order (study, domain, theme), each with its
// domain and whether a quote evidences it. The quotes themselves are counted by cog-tallies-of-studies.
// Only quotes evidence anything (every writer starts EVIDENCES at a :Quote): q's label is not checked (half the db hits).
MATCH (s:Study)
USING INDEX s:Study(id)
WHERE s.id IN $studyIds
MATCH (s)-[:REPORTS]->(t:Theme)-[:IN_DOMAIN]->(d:Domain)
RETURN d.studyId AS studyId, d.id AS domainId, d.name AS domainName, d.canonicalDomain AS canonicalDomain,
       t.id AS themeId, t.polarity AS themePolarity, size([(t)<-[:EVIDENCES]-(q) | q]) > 0 AS quoted
ORDER BY d.studyId, d.ordinal, t.ordinal
