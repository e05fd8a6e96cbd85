MATCH (st:Study {id: $studyId})-[:HAS_OUTCOME]->(o:Outcome)
USING INDEX st:Study(id)
RETURN o.id AS id, o.description AS description, o.valence AS valence
ORDER BY o.ordinal
