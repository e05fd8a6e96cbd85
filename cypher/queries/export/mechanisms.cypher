MATCH (st:Study {id: $studyId})-[:HAS_MECHANISM]->(m:Mechanism)
USING INDEX st:Study(id)
RETURN m.id AS id, m.name AS name, m.resource AS resource, m.reasoning AS reasoning
ORDER BY m.ordinal
