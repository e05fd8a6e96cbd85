UNWIND $ids AS key
MATCH (x:Function {id: key})
USING INDEX x:Function(id)
RETURN x.id AS id, x.interventionId AS interventionId, x.name AS name, x.description AS description
