MATCH (st:Study {id: $studyId})-[:EVALUATES]->(i:Intervention)-[:HAS_FUNCTION]->(f:Function)
USING INDEX st:Study(id)
RETURN f.id AS id, i.id AS interventionId, f.name AS name, f.description AS description
ORDER BY f.ordinal
