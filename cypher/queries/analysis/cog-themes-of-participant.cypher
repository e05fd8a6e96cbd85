// The themes one participant's quotes evidence, in evidence order (domain, theme), each with its domain.
MATCH (s:Study)-[:REPORTS]->(t:Theme)-[:IN_DOMAIN]->(d:Domain)
USING INDEX s:Study(id)
WHERE s.id IN [$studyId]
MATCH (t)<-[:EVIDENCES]-(q:Quote)
WHERE q.participantId = $participantId
WITH DISTINCT d, t
RETURN d.studyId AS studyId, d.id AS domainId, d.name AS domainName, d.canonicalDomain AS canonicalDomain,
       t.id AS themeId, t.polarity AS themePolarity, true AS quoted
ORDER BY d.studyId, d.ordinal, t.ordinal
