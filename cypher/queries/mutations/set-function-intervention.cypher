// Points a Function at its intervention (at none when $targetId is null), keeping Function.interventionId in step with the relationship.
MATCH (n:Function {id: $id})
USING INDEX n:Function(id)
OPTIONAL MATCH (n)<-[old:HAS_FUNCTION]-()
DELETE old
WITH DISTINCT n
OPTIONAL MATCH (target:Intervention {id: $targetId})
USING INDEX target:Intervention(id)
FOREACH (x IN CASE WHEN target IS NULL THEN [] ELSE [target] END | CREATE (x)-[:HAS_FUNCTION]->(n))
SET n.interventionId = target.id
