// Maps a domain onto a canonical domain (created when new; shared ones stay), keeping Domain.canonicalDomain in step.
MATCH (n:Domain {id: $id})
USING INDEX n:Domain(id)
OPTIONAL MATCH (n)-[old:MAPS_TO]->()
DELETE old
WITH DISTINCT n
MERGE (c:CanonicalDomain {id: $targetId})
CREATE (n)-[:MAPS_TO]->(c)
SET n.canonicalDomain = c.id
