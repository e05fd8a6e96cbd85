// Points a CmoConfiguration at its context (at none when $targetId is null), keeping CmoConfiguration.contextId in step with the relationship.
MATCH (n:CmoConfiguration {id: $id})
USING INDEX n:CmoConfiguration(id)
OPTIONAL MATCH (n)-[old:IN_CONTEXT]->()
DELETE old
WITH DISTINCT n
OPTIONAL MATCH (target:Context {id: $targetId})
USING INDEX target:Context(id)
FOREACH (x IN CASE WHEN target IS NULL THEN [] ELSE [target] END | CREATE (n)-[:IN_CONTEXT]->(x))
SET n.contextId = target.id
