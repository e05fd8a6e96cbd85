UNWIND $ids AS parentId
MATCH (p:Function)
USING INDEX p:Function(id)
WHERE p.id IN [parentId]
MATCH (p)-[:ENACTED_BY]->(x:Activity)
RETURN parentId, x.id AS id, x.interventionId AS interventionId, x.name AS name, x.description AS description
ORDER BY x.studyId, x.ordinal
