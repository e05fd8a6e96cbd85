MATCH (st:Study {id: $studyId})-[:EVALUATES]->(i:Intervention)
USING INDEX st:Study(id)
RETURN i.id AS id, i.name AS name, i.description AS description
ORDER BY i.ordinal
