UNWIND $ids AS parentId
MATCH (p:Study)
USING INDEX p:Study(id)
WHERE p.id IN [parentId]
MATCH (p)-[:HAS_OUTCOME]->(x:Outcome)
RETURN parentId, x.id AS id, x.description AS description, x.valence AS valence
ORDER BY x.studyId, x.ordinal
