UNWIND $ids AS key
MATCH (x:Intervention {id: key})
USING INDEX x:Intervention(id)
RETURN x.id AS id, x.name AS name, x.description AS description
