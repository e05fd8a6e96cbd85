UNWIND $ids AS parentId
MATCH (p:Theme)
USING INDEX p:Theme(id)
WHERE p.id IN [parentId]
MATCH (p)<-[:INVOLVES]-(x:CmoConfiguration)
RETURN parentId, x.id AS id, x.statement AS statement, x.confidence AS confidence,
       x.contextId AS contextId, x.mechanismId AS mechanismId, x.outcomeId AS outcomeId
ORDER BY x.studyId, x.ordinal
