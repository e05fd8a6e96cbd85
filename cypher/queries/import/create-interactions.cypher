MATCH (s:Study {id: $studyId})
USING INDEX s:Study(id)
UNWIND $rows AS row
MATCH (a:Domain {id: row.fromDomainId})
MATCH (b:Domain {id: row.toDomainId})
CREATE (s)-[:STATES]->(i:DomainInteraction:StudyPart {id: row.id, studyId: $studyId, ordinal: row.ordinal})
SET i.fromDomainId = row.fromDomainId, i.toDomainId = row.toDomainId, i.kind = row.kind, i.description = row.description
CREATE (i)-[:FROM_DOMAIN]->(a)
CREATE (i)-[:TO_DOMAIN]->(b)
