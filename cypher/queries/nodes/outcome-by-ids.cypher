UNWIND $ids AS key
MATCH (x:Outcome {id: key})
RETURN x.id AS id, x.description AS description, x.valence AS valence
