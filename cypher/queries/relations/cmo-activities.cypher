UNWIND $ids AS parentId
MATCH (p:CmoConfiguration {id: parentId})
MATCH (p)-[:INVOLVES]->(x:Activity)
RETURN parentId, x.id AS id, x.interventionId AS interventionId, x.name AS name, x.description AS description
ORDER BY x.studyId, x.ordinal
