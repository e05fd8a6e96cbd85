// Points a CmoConfiguration at its outcome (at none when $targetId is null), keeping CmoConfiguration.outcomeId in step with the relationship.
MATCH (n:CmoConfiguration {id: $id})
USING INDEX n:CmoConfiguration(id)
OPTIONAL MATCH (n)-[old:LEADS_TO]->()
DELETE old
WITH DISTINCT n
OPTIONAL MATCH (target:Outcome {id: $targetId})
USING INDEX target:Outcome(id)
FOREACH (x IN CASE WHEN target IS NULL THEN [] ELSE [target] END | CREATE (n)-[:LEADS_TO]->(x))
SET n.outcomeId = target.id
