UNWIND $ids AS key
MATCH (x:Activity)
USING INDEX x:Activity(id)
WHERE x.id IN [key]
RETURN x.id AS id, x.interventionId AS interventionId, x.name AS name, x.description AS description
