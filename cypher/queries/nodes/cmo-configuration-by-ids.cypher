UNWIND $ids AS key
MATCH (x:CmoConfiguration)
USING INDEX x:CmoConfiguration(id)
WHERE x.id IN [key]
RETURN x.id AS id, x.statement AS statement, x.confidence AS confidence,
       x.contextId AS contextId, x.mechanismId AS mechanismId, x.outcomeId AS outcomeId
