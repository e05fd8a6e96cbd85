// One hop of a breadth-first walk over links: the findings linked (in either direction) to any finding of
// the frontier $ids, leaving out those already reached ($seen). Run once per level, so the work grows with
// the findings reached, never with the number of paths between them.
UNWIND $ids AS fromId
MATCH (:Finding {id: fromId})-[:LINKS_TO]-(other:Finding)
WHERE NOT other.id IN $seen
RETURN DISTINCT other.id AS id
ORDER BY id
