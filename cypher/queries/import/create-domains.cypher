MATCH (s:Study {id: $studyId})
USING INDEX s:Study(id)
UNWIND $rows AS row
MERGE (c:CanonicalDomain {id: row.canonicalDomain})
CREATE (s)-[:HAS_DOMAIN]->(d:Domain:StudyPart {id: row.id, studyId: $studyId, ordinal: row.ordinal})-[:MAPS_TO]->(c)
SET d.canonicalDomain = row.canonicalDomain, d.name = row.name, d.description = row.description
