MATCH (s:Study {id: $studyId})
USING INDEX s:Study(id)
UNWIND $rows AS row
CREATE (s)-[:PROPOSES]->(cmo:CmoConfiguration:Finding:StudyPart {id: row.id, studyId: $studyId, ordinal: row.ordinal})
SET cmo.contextId = row.contextId, cmo.mechanismId = row.mechanismId, cmo.outcomeId = row.outcomeId,
    cmo.statement = row.statement, cmo.confidence = row.confidence
WITH cmo, row
OPTIONAL MATCH (c:Context {id: row.contextId})
OPTIONAL MATCH (m:Mechanism {id: row.mechanismId})
OPTIONAL MATCH (o:Outcome {id: row.outcomeId})
FOREACH (x IN CASE WHEN c IS NULL THEN [] ELSE [c] END | CREATE (cmo)-[:IN_CONTEXT]->(x))
FOREACH (x IN CASE WHEN m IS NULL THEN [] ELSE [m] END | CREATE (cmo)-[:THROUGH]->(x))
FOREACH (x IN CASE WHEN o IS NULL THEN [] ELSE [o] END | CREATE (cmo)-[:LEADS_TO]->(x))
