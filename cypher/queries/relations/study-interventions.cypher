UNWIND $ids AS parentId
MATCH (p:Study {id: parentId})
MATCH (p)-[:EVALUATES]->(x:Intervention)
RETURN parentId, x.id AS id, x.name AS name, x.description AS description
ORDER BY x.studyId, x.ordinal
