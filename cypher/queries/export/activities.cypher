MATCH (st:Study {id: $studyId})-[:EVALUATES]->(i:Intervention)-[:HAS_ACTIVITY]->(a:Activity)
USING INDEX st:Study(id)
RETURN a.id AS id, i.id AS interventionId, a.name AS name, a.description AS description
ORDER BY a.ordinal
