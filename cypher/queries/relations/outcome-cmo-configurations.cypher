UNWIND $ids AS parentId
MATCH (p:Outcome)
USING INDEX p:Outcome(id)
WHERE p.id IN [parentId]
MATCH (p)<-[:LEADS_TO]-(x:CmoConfiguration)
RETURN parentId, x.id AS id, x.statement AS statement, x.confidence AS confidence,
       x.contextId AS contextId, x.mechanismId AS mechanismId, x.outcomeId AS outcomeId
ORDER BY x.studyId, x.ordinal
