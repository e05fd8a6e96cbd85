UNWIND $ids AS parentId
MATCH (p:Quote)
USING INDEX p:Quote(id)
WHERE p.id IN [parentId]
MATCH (p)-[:EVIDENCES]->(x:CmoConfiguration)
RETURN parentId, x.id AS id, x.statement AS statement, x.confidence AS confidence,
       x.contextId AS contextId, x.mechanismId AS mechanismId, x.outcomeId AS outcomeId
ORDER BY x.studyId, x.ordinal
