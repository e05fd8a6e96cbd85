UNWIND $ids AS parentId
MATCH (p:CmoConfiguration)
USING INDEX p:CmoConfiguration(id)
WHERE p.id IN [parentId]
MATCH (p)-[:INVOLVES]->(x:Function)
RETURN parentId, x.id AS id, x.interventionId AS interventionId, x.name AS name, x.description AS description
ORDER BY x.studyId, x.ordinal
