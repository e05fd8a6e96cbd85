// Points a DomainInteraction at its fromDomain (at none when $targetId is null), keeping DomainInteraction.fromDomainId in step with the relationship.
MATCH (n:DomainInteraction {id: $id})
USING INDEX n:DomainInteraction(id)
OPTIONAL MATCH (n)-[old:FROM_DOMAIN]->()
DELETE old
WITH DISTINCT n
OPTIONAL MATCH (target:Domain {id: $targetId})
USING INDEX target:Domain(id)
FOREACH (x IN CASE WHEN target IS NULL THEN [] ELSE [target] END | CREATE (n)-[:FROM_DOMAIN]->(x))
SET n.fromDomainId = target.id
