MATCH (s:Study {id: $studyId})
USING INDEX s:Study(id)
UNWIND $rows AS row
MATCH (d:Domain {id: row.domainId})
CREATE (s)-[:REPORTS]->(t:Theme:Finding:StudyPart {id: row.id, studyId: $studyId, ordinal: row.ordinal})-[:IN_DOMAIN]->(d)
SET t.domainId = row.domainId, t.parentThemeId = row.parentThemeId, t.code = row.code, t.name = row.name, t.summary = row.summary, t.polarity = row.polarity
