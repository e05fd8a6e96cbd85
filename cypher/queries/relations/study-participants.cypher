UNWIND $ids AS parentId
MATCH (p:Study)
USING INDEX p:Study(id)
WHERE p.id IN [parentId]
MATCH (p)-[:HAS_PARTICIPANT]->(x:Participant)
RETURN parentId, x.id AS id, x.label AS label, x.site AS site, x.attributes AS attributes
ORDER BY x.studyId, x.ordinal
