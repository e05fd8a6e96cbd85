UNWIND $ids AS parentId
MATCH (p:Study)
USING INDEX p:Study(id)
WHERE p.id IN [parentId]
MATCH (p)-[:STATES]->(x:DomainInteraction)
RETURN parentId, x.id AS id, x.fromDomainId AS fromDomainId, x.toDomainId AS toDomainId, x.kind AS kind, x.description AS description
ORDER BY x.studyId, x.ordinal
