MATCH (:Study {id: $studyId})-[:HAS_CONTEXT]->(c:Context)
RETURN c.id AS id, c.description AS description
ORDER BY c.ordinal
