MATCH (st:Study {id: $studyId})-[:HAS_CONTEXT]->(c:Context)
USING INDEX st:Study(id)
RETURN c.id AS id, c.description AS description
ORDER BY c.ordinal
