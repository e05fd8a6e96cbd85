// Row lookups are `USING INDEX` + `IN [value]`: a seek per row whatever the statistics say (with `{id: value}` 3.1 can
// plan an index scan per row when the index's sample lags the label's count; see docs/engineering-notes.md).
MATCH (s:Study {id: $studyId})
USING INDEX s:Study(id)
UNWIND $rows AS row
CREATE (s)-[:PROPOSES]->(cmo:CmoConfiguration:Finding:StudyPart {id: row.id, studyId: $studyId, ordinal: row.ordinal})
SET cmo.contextId = row.contextId, cmo.mechanismId = row.mechanismId, cmo.outcomeId = row.outcomeId,
    cmo.statement = row.statement, cmo.confidence = row.confidence
WITH cmo, row
OPTIONAL MATCH (c:Context)
USING INDEX c:Context(id)
WHERE c.id IN [row.contextId]
OPTIONAL MATCH (m:Mechanism)
USING INDEX m:Mechanism(id)
WHERE m.id IN [row.mechanismId]
OPTIONAL MATCH (o:Outcome)
USING INDEX o:Outcome(id)
WHERE o.id IN [row.outcomeId]
FOREACH (x IN CASE WHEN c IS NULL THEN [] ELSE [c] END | CREATE (cmo)-[:IN_CONTEXT]->(x))
FOREACH (x IN CASE WHEN m IS NULL THEN [] ELSE [m] END | CREATE (cmo)-[:THROUGH]->(x))
FOREACH (x IN CASE WHEN o IS NULL THEN [] ELSE [o] END | CREATE (cmo)-[:LEADS_TO]->(x))
