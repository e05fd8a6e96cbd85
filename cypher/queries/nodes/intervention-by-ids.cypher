UNWIND $ids AS key
MATCH (x:Intervention)
USING INDEX x:Intervention(id)
WHERE x.id IN [key]
RETURN x.id AS id, x.name AS name, x.description AS description
