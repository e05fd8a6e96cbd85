// The evidence behind the cogs: every quote coded to a theme, with the theme's domain (and themes without
// quotes, for studies entered without their quotes). Null filters do not filter.
MATCH (t:Theme)-[:IN_DOMAIN]->(d:Domain)
WHERE $studyIds IS NULL OR t.studyId IN $studyIds
OPTIONAL MATCH (t)<-[:EVIDENCES]-(q:Quote)
WITH d, t, q
WHERE $participantId IS NULL OR q.participantId = $participantId
RETURN d.id AS domainId, d.name AS domainName, d.canonicalDomain AS canonicalDomain, d.studyId AS studyId,
       t.id AS themeId, t.polarity AS themePolarity, q.id AS quoteId, q.polarity AS quotePolarity,
       q.participantId AS participantId
ORDER BY d.studyId, d.ordinal, t.ordinal, q.ordinal
