MATCH (st:Study {id: $studyId})-[:HAS_PARTICIPANT]->(p:Participant)
USING INDEX st:Study(id)
RETURN p.id AS id, p.label AS label, p.site AS site, p.attributes AS attributes
ORDER BY p.ordinal
