UNWIND $ids AS parentId
MATCH (p:Study {id: parentId})
USING INDEX p:Study(id)
MATCH (p)-[:STATES]->(x:DomainInteraction)
RETURN parentId, x.id AS id, x.fromDomainId AS fromDomainId, x.toDomainId AS toDomainId, x.kind AS kind, x.description AS description
ORDER BY x.studyId, x.ordinal
