// Points a Theme at its domain (at none when $targetId is null), keeping Theme.domainId in step with the relationship.
MATCH (n:Theme {id: $id})
USING INDEX n:Theme(id)
OPTIONAL MATCH (n)-[old:IN_DOMAIN]->()
DELETE old
WITH DISTINCT n
OPTIONAL MATCH (target:Domain {id: $targetId})
USING INDEX target:Domain(id)
FOREACH (x IN CASE WHEN target IS NULL THEN [] ELSE [target] END | CREATE (n)-[:IN_DOMAIN]->(x))
SET n.domainId = target.id
