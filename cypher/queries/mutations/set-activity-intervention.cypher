// Points a Activity at its intervention (at none when $targetId is null), keeping Activity.interventionId in step with the relationship.
MATCH (n:Activity {id: $id})
USING INDEX n:Activity(id)
OPTIONAL MATCH (n)<-[old:HAS_ACTIVITY]-()
DELETE old
WITH DISTINCT n
OPTIONAL MATCH (target:Intervention {id: $targetId})
USING INDEX target:Intervention(id)
FOREACH (x IN CASE WHEN target IS NULL THEN [] ELSE [target] END | CREATE (x)-[:HAS_ACTIVITY]->(n))
SET n.interventionId = target.id
