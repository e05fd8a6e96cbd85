// One participant's quotes counted for the cogs, per domain (one row a domain).
// A quote coded to several themes of one domain is one unit there: with its own polarity, else its themes' when they
// agree, else MIXED.
// The domain's key and the theme's polarity are read once a theme, before the quotes; only quotes evidence anything.
MATCH (s:Study)-[:REPORTS]->(t:Theme)-[:IN_DOMAIN]->(d:Domain)
USING INDEX s:Study(id)
WHERE s.id IN [$studyId]
WITH d.studyId AS studyId, d.id AS domainKey, t, t.polarity AS themePolarity
MATCH (t)<-[:EVIDENCES]-(q)
WHERE q.participantId = $participantId
WITH studyId, domainKey, q, collect(DISTINCT themePolarity) AS themePolarities
WITH studyId, domainKey, q.participantId AS participantId,
     coalesce(q.polarity, CASE WHEN size(themePolarities) = 1 THEN themePolarities[0] ELSE 'MIXED' END) AS polarity
RETURN studyId, domainKey, participantId, sum(CASE polarity WHEN 'SUPPORT' THEN 1 ELSE 0 END) AS supports,
       sum(CASE polarity WHEN 'THREAT' THEN 1 ELSE 0 END) AS threats, count(*) AS units
