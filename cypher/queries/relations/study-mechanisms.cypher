UNWIND $ids AS parentId
MATCH (p:Study)
USING INDEX p:Study(id)
WHERE p.id IN [parentId]
MATCH (p)-[:HAS_MECHANISM]->(x:Mechanism)
RETURN parentId, x.id AS id, x.name AS name, x.resource AS resource, x.reasoning AS reasoning
ORDER BY x.studyId, x.ordinal
