UNWIND $ids AS key
MATCH (x:Outcome {id: key})
USING INDEX x:Outcome(id)
RETURN x.id AS id, x.description AS description, x.valence AS valence
