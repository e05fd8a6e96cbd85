// Points a CmoConfiguration at its mechanism (at none when $targetId is null), keeping CmoConfiguration.mechanismId in step with the relationship.
MATCH (n:CmoConfiguration {id: $id})
USING INDEX n:CmoConfiguration(id)
OPTIONAL MATCH (n)-[old:THROUGH]->()
DELETE old
WITH DISTINCT n
OPTIONAL MATCH (target:Mechanism {id: $targetId})
USING INDEX target:Mechanism(id)
FOREACH (x IN CASE WHEN target IS NULL THEN [] ELSE [target] END | CREATE (n)-[:THROUGH]->(x))
SET n.mechanismId = target.id
