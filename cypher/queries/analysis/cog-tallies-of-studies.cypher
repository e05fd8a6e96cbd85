// The quotes of the named studies counted for the cogs, per study, domain and participant (a few rows, not one a quote).
// A quote coded to several themes of one domain is one unit there: with its own polarity, else its themes' when they
// agree, else MIXED. $byCanonical keys domains by their canonical domain (studies pooled) instead of their id.
// The domain's key and the theme's polarity are read once a theme, before the quotes (not once a coding: half the
// db hits), and only quotes evidence anything (every writer starts EVIDENCES at a :Quote), so q's label is not checked.
MATCH (s:Study)
USING INDEX s:Study(id)
WHERE s.id IN $studyIds
MATCH (s)-[:REPORTS]->(t:Theme)-[:IN_DOMAIN]->(d:Domain)
WITH d.studyId AS studyId, CASE WHEN $byCanonical THEN d.canonicalDomain ELSE d.id END AS domainKey, t, t.polarity AS themePolarity
MATCH (t)<-[:EVIDENCES]-(q)
WITH studyId, domainKey, q, collect(DISTINCT themePolarity) AS themePolarities
WITH studyId, domainKey, q.participantId AS participantId,
     coalesce(q.polarity, CASE WHEN size(themePolarities) = 1 THEN themePolarities[0] ELSE 'MIXED' END) AS polarity
RETURN studyId, domainKey, participantId, sum(CASE polarity WHEN 'SUPPORT' THEN 1 ELSE 0 END) AS supports,
       sum(CASE polarity WHEN 'THREAT' THEN 1 ELSE 0 END) AS threats, count(*) AS units
