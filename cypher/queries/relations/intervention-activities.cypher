UNWIND $ids AS parentId
MATCH (p:Intervention)
USING INDEX p:Intervention(id)
WHERE p.id IN [parentId]
MATCH (p)-[:HAS_ACTIVITY]->(x:Activity)
RETURN parentId, x.id AS id, x.interventionId AS interventionId, x.name AS name, x.description AS description
ORDER BY x.studyId, x.ordinal
