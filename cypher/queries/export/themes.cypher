MATCH (st:Study {id: $studyId})-[:REPORTS]->(t:Theme)-[:IN_DOMAIN]->(d:Domain)
USING INDEX st:Study(id)
OPTIONAL MATCH (t)-[:SUBTHEME_OF]->(parent:Theme)
RETURN t.id AS id, d.id AS domainId, t.code AS code, t.name AS name, t.summary AS summary, t.polarity AS polarity,
       parent.id AS parentThemeId
ORDER BY t.ordinal
