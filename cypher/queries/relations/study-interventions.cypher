UNWIND $ids AS parentId
MATCH (p:Study)
USING INDEX p:Study(id)
WHERE p.id IN [parentId]
MATCH (p)-[:EVALUATES]->(x:Intervention)
RETURN parentId, x.id AS id, x.name AS name, x.description AS description
ORDER BY x.studyId, x.ordinal
