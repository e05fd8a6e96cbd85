MATCH (:Study {id: $studyId})-[:HAS_OUTCOME]->(o:Outcome)
RETURN o.id AS id, o.description AS description, o.valence AS valence
ORDER BY o.ordinal
