UNWIND $ids AS key
MATCH (x:Function)
USING INDEX x:Function(id)
WHERE x.id IN [key]
RETURN x.id AS id, x.interventionId AS interventionId, x.name AS name, x.description AS description
