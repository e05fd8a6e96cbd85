// Findings reachable from one finding through links, in either direction, up to $depth links away (at most 10).
MATCH (start:Finding {id: $id})
MATCH path = (start)-[:LINKS_TO*1..10]-(other:Finding)
WHERE length(path) <= $depth AND other.id <> $id
WITH other, min(length(path)) AS depth
RETURN other.id AS id, depth
ORDER BY depth, id
