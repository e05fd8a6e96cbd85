MATCH (a:Finding)-[l:LINKS_TO {id: $id}]->(b:Finding)
RETURN l.id AS id, a.id AS fromId, b.id AS toId, l.relation AS relation, l.rationale AS rationale,
       l.author AS author, l.createdAt AS createdAt
