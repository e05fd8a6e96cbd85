// The link of the given id between two given findings (a link's id follows from its ends and relation), found from
// its start through the finding index.
MATCH (a:Finding {id: $fromId})-[l:LINKS_TO {id: $id}]->(b:Finding {id: $toId})
USING INDEX a:Finding(id)
RETURN l.id AS id, a.id AS fromId, b.id AS toId, l.relation AS relation, l.rationale AS rationale,
       l.author AS author, l.createdAt AS createdAt
