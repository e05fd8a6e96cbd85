UNWIND $ids AS parentId
MATCH (p:Study)
USING INDEX p:Study(id)
WHERE p.id IN [parentId]
MATCH (p)-[:HAS_DOMAIN]->(x:Domain)
RETURN parentId, x.id AS id, x.studyId AS studyId, x.name AS name, x.canonicalDomain AS canonicalDomain, x.description AS description
ORDER BY x.studyId, x.ordinal
