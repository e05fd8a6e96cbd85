// Creates a link between two findings; returns nothing when either end does not exist.
MATCH (a:Finding {id: $fromId})
USING INDEX a:Finding(id)
MATCH (b:Finding {id: $toId})
USING INDEX b:Finding(id)
CREATE (a)-[l:LINKS_TO {id: $id}]->(b)
SET l.relation = $relation, l.rationale = $rationale, l.author = $author, l.createdAt = $createdAt
RETURN l.id AS id, a.id AS fromId, b.id AS toId, l.relation AS relation, l.rationale AS rationale,
       l.author AS author, l.createdAt AS createdAt
