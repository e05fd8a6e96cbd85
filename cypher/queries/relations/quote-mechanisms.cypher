UNWIND $ids AS parentId
MATCH (p:Quote)
USING INDEX p:Quote(id)
WHERE p.id IN [parentId]
MATCH (p)-[:EVIDENCES]->(x:Mechanism)
RETURN parentId, x.id AS id, x.name AS name, x.resource AS resource, x.reasoning AS reasoning
ORDER BY x.studyId, x.ordinal
