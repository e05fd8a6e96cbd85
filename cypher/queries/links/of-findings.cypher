// The links that start or end at each of the given findings.
UNWIND $ids AS parentId
MATCH (f:Finding)-[l:LINKS_TO]-(:Finding)
USING INDEX f:Finding(id)
WHERE f.id IN [parentId]
WITH parentId, l, startNode(l) AS a, endNode(l) AS b
RETURN parentId, l.id AS id, a.id AS fromId, b.id AS toId, l.relation AS relation, l.rationale AS rationale,
       l.author AS author, l.createdAt AS createdAt
ORDER BY l.createdAt, l.id
