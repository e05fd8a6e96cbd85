UNWIND $ids AS key
MATCH (x:Context {id: key})
USING INDEX x:Context(id)
RETURN x.id AS id, x.description AS description
