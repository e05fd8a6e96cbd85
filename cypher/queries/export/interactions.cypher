MATCH (s:Study {id: $studyId})
USING INDEX s:Study(id)
MATCH (s)-[:STATES]->(i:DomainInteraction)-[:FROM_DOMAIN]->(a:Domain)
MATCH (i)-[:TO_DOMAIN]->(b:Domain)
RETURN i.id AS id, a.id AS fromDomainId, b.id AS toDomainId, i.kind AS kind, i.description AS description
ORDER BY i.ordinal
