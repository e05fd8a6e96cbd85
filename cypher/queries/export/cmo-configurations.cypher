MATCH (st:Study {id: $studyId})-[:PROPOSES]->(cmo:CmoConfiguration)
USING INDEX st:Study(id)
OPTIONAL MATCH (cmo)-[:IN_CONTEXT]->(c:Context)
OPTIONAL MATCH (cmo)-[:THROUGH]->(m:Mechanism)
OPTIONAL MATCH (cmo)-[:LEADS_TO]->(o:Outcome)
RETURN cmo.id AS id, cmo.statement AS statement, cmo.confidence AS confidence,
       c.id AS contextId, m.id AS mechanismId, o.id AS outcomeId
ORDER BY cmo.ordinal
