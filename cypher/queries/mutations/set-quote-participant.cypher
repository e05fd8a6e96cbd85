// Points a Quote at its participant (at none when $targetId is null), keeping Quote.participantId in step with the relationship.
MATCH (n:Quote {id: $id})
USING INDEX n:Quote(id)
OPTIONAL MATCH (n)-[old:SPOKEN_BY]->()
DELETE old
WITH DISTINCT n
OPTIONAL MATCH (target:Participant {id: $targetId})
USING INDEX target:Participant(id)
FOREACH (x IN CASE WHEN target IS NULL THEN [] ELSE [target] END | CREATE (n)-[:SPOKEN_BY]->(x))
SET n.participantId = target.id
