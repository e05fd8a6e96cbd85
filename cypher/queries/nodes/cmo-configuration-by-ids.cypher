UNWIND $ids AS key
MATCH (x:CmoConfiguration {id: key})
USING INDEX x:CmoConfiguration(id)
RETURN x.id AS id, x.statement AS statement, x.confidence AS confidence,
       x.contextId AS contextId, x.mechanismId AS mechanismId, x.outcomeId AS outcomeId
