UNWIND $ids AS key
MATCH (x:Context {id: key})
RETURN x.id AS id, x.description AS description
