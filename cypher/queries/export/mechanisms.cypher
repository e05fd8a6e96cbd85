MATCH (:Study {id: $studyId})-[:HAS_MECHANISM]->(m:Mechanism)
RETURN m.id AS id, m.name AS name, m.resource AS resource, m.reasoning AS reasoning
ORDER BY m.ordinal
