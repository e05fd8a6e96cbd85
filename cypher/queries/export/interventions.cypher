MATCH (:Study {id: $studyId})-[:EVALUATES]->(i:Intervention)
RETURN i.id AS id, i.name AS name, i.description AS description
ORDER BY i.ordinal
