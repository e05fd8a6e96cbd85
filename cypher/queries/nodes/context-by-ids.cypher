UNWIND $ids AS key
MATCH (x:Context)
USING INDEX x:Context(id)
WHERE x.id IN [key]
RETURN x.id AS id, x.description AS description
