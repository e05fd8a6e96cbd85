// One hop of a breadth-first walk over links: the findings linked (in either direction) to any finding of
// the frontier $ids, leaving out those already reached ($seen), each with the link followed and the finding it
// was reached from. Run once per level, so the work grows with the links leaving the frontier, never with the
// number of paths between findings.
UNWIND $ids AS viaId
MATCH (via:Finding)-[l:LINKS_TO]-(other:Finding)
USING INDEX via:Finding(id)
WHERE via.id IN [viaId] AND NOT other.id IN $seen
RETURN other.id AS id, viaId, startNode(l) = via AS outgoing,
       l.id AS linkId, startNode(l).id AS fromId, endNode(l).id AS toId, l.relation AS relation,
       l.rationale AS rationale, l.author AS author, l.createdAt AS createdAt
ORDER BY id, createdAt, linkId
