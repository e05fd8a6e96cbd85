UNWIND $ids AS parentId
MATCH (p:Study)
USING INDEX p:Study(id)
WHERE p.id IN [parentId]
MATCH (p)-[:HAS_CONTEXT]->(x:Context)
RETURN parentId, x.id AS id, x.description AS description
ORDER BY x.studyId, x.ordinal
