MATCH (st:Study {id: $studyId})-[:HAS_DOMAIN]->(d:Domain)-[:MAPS_TO]->(c:CanonicalDomain)
USING INDEX st:Study(id)
RETURN d.id AS id, d.name AS name, c.id AS canonicalDomain, d.description AS description
ORDER BY d.ordinal
