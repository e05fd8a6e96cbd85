UNWIND $ids AS key
MATCH (x:Mechanism {id: key})
USING INDEX x:Mechanism(id)
RETURN x.id AS id, x.name AS name, x.resource AS resource, x.reasoning AS reasoning
