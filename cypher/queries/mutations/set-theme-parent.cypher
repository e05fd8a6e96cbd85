// Points a Theme at its parentTheme (at none when $targetId is null), keeping Theme.parentThemeId in step with the relationship.
MATCH (n:Theme {id: $id})
USING INDEX n:Theme(id)
OPTIONAL MATCH (n)-[old:SUBTHEME_OF]->()
DELETE old
WITH DISTINCT n
OPTIONAL MATCH (target:Theme {id: $targetId})
USING INDEX target:Theme(id)
FOREACH (x IN CASE WHEN target IS NULL THEN [] ELSE [target] END | CREATE (n)-[:SUBTHEME_OF]->(x))
SET n.parentThemeId = target.id
