UNWIND $ids AS parentId
MATCH (p:Quote)
USING INDEX p:Quote(id)
WHERE p.id IN [parentId]
MATCH (p)-[:EVIDENCES]->(x:Function)
RETURN parentId, x.id AS id, x.interventionId AS interventionId, x.name AS name, x.description AS description
ORDER BY x.studyId, x.ordinal
