UNWIND $ids AS key
MATCH (x:Mechanism)
USING INDEX x:Mechanism(id)
WHERE x.id IN [key]
RETURN x.id AS id, x.name AS name, x.resource AS resource, x.reasoning AS reasoning
