UNWIND $ids AS key
MATCH (x:Outcome)
USING INDEX x:Outcome(id)
WHERE x.id IN [key]
RETURN x.id AS id, x.description AS description, x.valence AS valence
